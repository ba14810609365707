"""The summary rows of many new contacts at once (a bulk load, a large import).

Migration 0010's triggers keep ``contact_summary`` right row by row: every new
contact inserts its summary row and recomputes its aggregates, and every tag
linked to it marks its sort keys stale again — for 5,000 imported people that
was over half of the time spent in SQL. :func:`deferred` takes those two
triggers out *inside the write's transaction*, lets the caller insert, and then
does their work once for the whole batch, set-based, before it puts the
triggers back exactly as they were (their text as stored in the file).

Dropping and re-creating them is part of the same transaction: a rollback puts
them back too, and no other program can write in between (the transaction
holds SQLite's write lock from the first insert on). The sort keys are left
stale, and :func:`netzjournal.store.summary.fill_keys` makes them in one go
before the commit, as for every write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from netzjournal.store.summary import IN_PERSON_KINDS

# The triggers whose per-row work :func:`deferred` does for the whole batch.
TRIGGERS = ("contact_summary_contact_insert", "contact_summary_tag_insert")

_NEW_ROWS = """
INSERT OR REPLACE INTO contact_summary (contact_id, archived)
SELECT id, archived FROM contact WHERE id IN (SELECT value FROM json_each(?))
"""

# Only contacts that are already in notes (none, for new ids; kept for what the
# insert trigger promised: an INSERT OR REPLACE of a contact keeps its notes).
_AGGREGATES = f"""
UPDATE contact_summary
   SET (last_contact, last_two_way, last_outbound, last_in_person, notes) = (
       SELECT max(i.occurred_at),
              max(CASE WHEN i.direction IN ('together', 'inbound') THEN i.occurred_at END),
              max(CASE WHEN i.direction = 'outbound' THEN i.occurred_at END),
              max(CASE WHEN i.direction = 'together' AND i.kind IN {IN_PERSON_KINDS!r}
                       THEN i.occurred_at END),
              count(i.id)
         FROM participant p JOIN interaction i ON i.id = p.interaction_id
        WHERE p.contact_id = contact_summary.contact_id)
 WHERE contact_id IN (SELECT value FROM json_each(?))
   AND contact_id IN (SELECT contact_id FROM participant)
"""


@contextmanager
def deferred(conn: sqlite3.Connection, ids: list[int]) -> Iterator[None]:
    """Insert the contacts ``ids`` (and their tag links) inside this block; their
    summary rows are made once at its end. Call inside a transaction.

    Only new contacts and their tags may be written in the block: other writes
    that the two triggers look after would go unnoticed. On an exception nothing
    is put back here — the transaction's rollback restores the triggers.
    """
    marks = ",".join("?" * len(TRIGGERS))
    saved = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        TRIGGERS,
    ).fetchall()
    for name, _sql in saved:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    listed = "[" + ",".join(str(int(i)) for i in ids) + "]"
    conn.execute(_NEW_ROWS, (listed,))
    conn.execute(_AGGREGATES, (listed,))
    for _name, sql in saved:
        conn.execute(sql)
