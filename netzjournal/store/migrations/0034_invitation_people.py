"""Who an invitation names: ``event.invitation_people``; e-mail addresses found
by their lower case.

* ``event.invitation_people``: an imported invitation's organiser and attendees
  who are not contacts were mentioned nowhere. The newest invitation taken for
  an event or series keeps them here as it gives them, a JSON list of objects
  (``address`` in lower case, ``name``: its CN, ``answer``: its PARTSTAT,
  ``organiser``: 1 for the ORGANIZER); '' where no invitation named anyone.
  Nothing existing moves: an event imported before keeps '' until its next
  invitation.
* ``contact_channel_email``: the e-mail channels by ``lower(value)`` — the event
  page asks on each show whether the people an invitation names are contacts
  (as the import does when it links them): without it a scan of every channel,
  ~10 ms CPU on 50,000 contacts; with it ~0.03 ms.

Frozen: plain DDL, no application imports.
"""

STATEMENTS = [
    "ALTER TABLE event ADD COLUMN invitation_people TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX IF NOT EXISTS contact_channel_email ON contact_channel (lower(value))"
    " WHERE kind = 'email'",
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
