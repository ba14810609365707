"""The summary rows of many new contacts at once (a bulk load, a large import).

Migration 0010's triggers keep ``contact_summary`` right row by row: every new
contact inserts its summary row and recomputes its aggregates, and every tag
linked to it marks its sort keys stale again — for 5,000 imported people that
was over half of the time spent in SQL. :func:`deferred` takes those two
triggers out *inside the write's transaction*, lets the caller insert, and then
does their work once for the whole batch, set-based, before it puts the
triggers back exactly as they were (their text as stored in the file). The
caller hands over each new contact's names and tags, so that its row goes in
with its sort keys (made in Python, :func:`summary.row_keys`) rather than
stale and then updated.

Dropping and re-creating them is part of the same transaction: a rollback puts
them back too, and no other program can write in between (the transaction
holds SQLite's write lock from the first insert on).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from operator import attrgetter
from typing import NamedTuple

from netzjournal.store import bulk_indexes
from netzjournal.store.summary import IN_PERSON_KINDS, rows_keys

# The triggers whose per-row work :func:`deferred` does for the whole batch.
TRIGGERS = (
    "contact_summary_contact_insert",
    "contact_summary_tag_insert",
    "contact_summary_closeness_new",  # (0013: copies closeness into each new row)
)

_NEW_ROW = (
    "INSERT OR REPLACE INTO contact_summary (contact_id, archived, name_key, organisation_key,"
    " role_key, city_key, tags_key, closeness) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


class NewContact(NamedTuple):
    """What a new contact's summary row is made of (``tags``: as stored). A tuple:
    made once per contact of a load, at a third of a frozen dataclass's cost."""

    id: int
    archived: bool
    display_name: str
    given_name: str
    family_name: str
    organisation: str
    role: str
    city: str
    tags: list[str]
    closeness: int


# What a contact's keys are made of (summary.rows_keys), in its order.
_NAMES = attrgetter(
    "display_name", "given_name", "family_name", "organisation", "role", "city", "tags"
)

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
"""
# Which of them are in notes at all: a range of the participant index, not every row.
_IN_NOTES = "SELECT DISTINCT contact_id FROM participant WHERE contact_id BETWEEN ? AND ?"


@contextmanager
def deferred(conn: sqlite3.Connection, added: list[NewContact]) -> Iterator[None]:
    """Insert the contacts ``added`` (and their tag links) inside this block; their
    summary rows are made once at its end (``added`` may be filled in the block).
    Call inside a transaction.

    Only new contacts and their tags may be written in the block: other writes
    that these triggers look after would go unnoticed. On an exception nothing
    is put back here — the transaction's rollback restores the triggers.
    """
    with bulk_indexes.dropped(conn, "trigger", TRIGGERS):
        yield
        keys = rows_keys(_NAMES(c) for c in added)
        # (bytearray: sqlite3 binds it as the same BLOB, but bytes go through its
        # adapter lookup first — ~0.5 µs a key, five keys a contact)
        conn.executemany(
            _NEW_ROW,
            [
                (c.id, int(c.archived), *map(bytearray, k), c.closeness)
                for c, k in zip(added, keys, strict=True)
            ],
        )
        ids = {c.id for c in added}
        if ids:
            rows = conn.execute(_IN_NOTES, (min(ids), max(ids))).fetchall()
            if in_notes := [cid for (cid,) in rows if cid in ids]:
                conn.execute(_AGGREGATES, ("[" + ",".join(map(str, in_notes)) + "]",))
