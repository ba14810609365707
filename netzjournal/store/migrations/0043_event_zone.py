"""An event's time zone: ``event.zone``.

The calendar import keeps a TZID's time as the wall clock where the event was
planned ("16:00" of a meeting planned in London). What the zone was went lost, so
the journal could not say when that is here. ``zone`` keeps it: an IANA name
("Europe/London"; Windows names as "GMT Standard Time" mapped to theirs), a fixed
offset as "+05:30", or '' — a time without a zone (typed here, floating, or a UTC
time the import already gave in this computer's zone). An occurrence row has the
series' zone (its own stays ''). Nothing existing moves: every event has ''
until its next import or sync.

Frozen: plain DDL, no application imports.
"""

STATEMENTS = ["ALTER TABLE event ADD COLUMN zone TEXT NOT NULL DEFAULT ''"]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
