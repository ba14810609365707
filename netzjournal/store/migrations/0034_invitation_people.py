"""Who an invitation names: ``event.invitation_people``.

An imported invitation's organiser and attendees who are not contacts were
mentioned nowhere. The newest invitation taken for an event or series keeps
them here as it gives them, a JSON list of objects (``address`` in lower case,
``name``: its CN, ``answer``: its PARTSTAT, ``organiser``: 1 for the
ORGANIZER); '' where no invitation named anyone. Nothing existing moves: an
event imported before keeps '' until its next invitation.

Frozen: plain DDL, no application imports.
"""


def up(migrator, db):
    db.execute_sql("ALTER TABLE event ADD COLUMN invitation_people TEXT NOT NULL DEFAULT ''")
