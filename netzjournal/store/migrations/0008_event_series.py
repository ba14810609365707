"""Events become first-class: series with a recurrence, occurrences, attendance.

The ``event`` table keeps its rows and gains:

- ``rrule``: an RFC 5545 recurrence (``FREQ=MONTHLY;BYDAY=2TU``) — the row is
  then a *series* whose first occurrence starts on ``starts_on``;
- ``series_id`` + ``occurrence_on``: the row is *one occurrence* of a series
  (its RECURRENCE-ID), created when something is recorded about it or it
  differs (moved: another ``starts_on``; another place; ``cancelled``).
  Blank name/place and NULL times inherit the series' values;
- ``url``, ``start_time``/``end_time`` (local wall-clock ``HH:MM``; NULL means
  all day), ``my_status`` ('' / going / attended / missed), ``updated_at``.

``attendance`` records who was there (or said they would come) per event row,
by contact id, with an optional short line. ``contact.met_at_event_id`` is
where the user met someone. ``event_search`` is the events' full-text index
(rowid = event id; folded text like ``search_index``).
"""

from netzjournal.store.folding import fold

_COLUMNS = (
    "ALTER TABLE event ADD COLUMN url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE event ADD COLUMN start_time TEXT",
    "ALTER TABLE event ADD COLUMN end_time TEXT",
    "ALTER TABLE event ADD COLUMN rrule TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE event ADD COLUMN series_id INTEGER REFERENCES event (id) ON DELETE CASCADE",
    "ALTER TABLE event ADD COLUMN occurrence_on DATE",
    "ALTER TABLE event ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE event ADD COLUMN my_status TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE event ADD COLUMN updated_at DATETIME",
    "ALTER TABLE contact ADD COLUMN met_at_event_id INTEGER"
    " REFERENCES event (id) ON DELETE SET NULL",
)
_TABLES = (
    "CREATE UNIQUE INDEX event_series_occurrence ON event (series_id, occurrence_on)",
    "CREATE INDEX event_rrule ON event (rrule) WHERE rrule != ''",
    "CREATE TABLE attendance ("
    " event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,"
    " contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,"
    " status TEXT NOT NULL DEFAULT 'attended',"
    " note TEXT NOT NULL DEFAULT '',"
    " created_at DATETIME,"
    " PRIMARY KEY (event_id, contact_id))",
    "CREATE INDEX attendance_contact ON attendance (contact_id)",
    "CREATE INDEX interaction_event ON interaction (event_id) WHERE event_id IS NOT NULL",
    "CREATE INDEX contact_met_at_event ON contact (met_at_event_id)"
    " WHERE met_at_event_id IS NOT NULL",
    "CREATE VIRTUAL TABLE event_search USING fts5("
    "name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')",
)


def up(migrator, db):
    for sql in (*_COLUMNS, *_TABLES):
        db.execute_sql(sql)
    rows = db.execute_sql(
        "SELECT e.id, e.name, e.place, e.notes,"
        " (SELECT group_concat(t.name, ' ') FROM event_tag et JOIN tag t ON t.id = et.tag_id"
        "   WHERE et.event_id = e.id)"
        " FROM event e"
    ).fetchall()
    db.connection().executemany(
        "INSERT INTO event_search (rowid, name, body) VALUES (?, ?, ?)",
        [(r[0], fold(r[1] or ""), fold("\n".join(x for x in r[2:] if x))) for r in rows],
    )
