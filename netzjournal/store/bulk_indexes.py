"""A large bulk load's secondary indexes, built once after the rows are in.

Inserting 5,000 new contacts into an empty journal wrote every row into about
a dozen secondary indexes one at a time — the contacts table's sort keys
(migrations 0010 and 0013: long collation keys, in random order) alone took
over half of the load's SQL. Building an index afterwards sorts its entries
once. So, when a load brings at least as many contacts as the journal holds,
:func:`deferred` drops those indexes *inside the write's transaction* and
creates them again at its end from their exact stored text (``sqlite_master``).
:func:`dropped` does the same for named triggers (``summary_bulk`` does their
work set-based; the UID trigger has none to do: a bulk load gives every row
its UID).

Dropping and re-creating are part of the same transaction: a rollback puts
them back too, and no other program sees the file without them (a reader
sees the last commit). A UNIQUE index that cannot be built again because the
load broke it fails as an insert would have, with an ``IntegrityError``, and
the caller's transaction rolls back.

Kept in any case: the primary keys, and for each foreign key column one index
that leads with it (SQLite looks up children through it while a deferred
foreign key is open — an introduction that names a later contact of the same
load); a second index on the same column waits like the others (``contact_tag``
had two before migration 0019 dropped them).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

# The tables a contacts load writes into, whose indexes may wait.
TABLES = ("contact", "contact_channel", "contact_tag", "contact_summary")


def _foreign_key_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[3] for row in conn.execute(f'PRAGMA foreign_key_list("{table}")')}


def droppable(conn: sqlite3.Connection, tables: tuple[str, ...] = TABLES) -> list[str]:
    """The names of the indexes :func:`deferred` drops, in creation order: all but
    the first index that leads with each foreign key column (a primary key's
    index counts as first)."""
    found = []
    for table in tables:
        keys = _foreign_key_columns(conn, table)
        rows = conn.execute(
            "SELECT name, sql IS NULL FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            " ORDER BY sql IS NOT NULL, rowid",
            (table,),
        ).fetchall()
        covered: set[str | None] = set()  # foreign key columns some kept index leads with
        for name, automatic in rows:
            # (fetchall: no statement may stay open on the connection — DROP INDEX
            # refuses to run beside one)
            columns = conn.execute(f'PRAGMA index_info("{name}")').fetchall()
            column = min(columns)[2] if columns else None  # seqno 0: the first
            if automatic or (column in keys and column not in covered):
                covered.add(column)  # kept: SQLite finds children through it
            else:
                found.append(name)
    return found


def worth_it(conn: sqlite3.Connection, new_contacts: int) -> bool:
    """Whether building the indexes afterwards is cheaper than inserting into them:
    a load of at least as many contacts as there are (and not a handful)."""
    if new_contacts < 500:
        return False
    existing = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    return bool(new_contacts >= existing)


@contextmanager
def dropped(conn: sqlite3.Connection, kind: str, names: tuple[str, ...]) -> Iterator[None]:
    """Drop these triggers or indexes (``kind``) for the block, then create them again
    exactly as stored; names not in the file are passed over. Call inside a
    transaction: on an exception nothing is put back here — the rollback does."""
    assert kind in ("trigger", "index")
    marks = ",".join("?" * len(names))
    saved = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = ? AND name IN ({marks}) ORDER BY rowid",
        (kind, *names),
    ).fetchall()
    for name, _sql in saved:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    yield
    for _name, sql in saved:
        conn.execute(sql)


@contextmanager
def deferred(conn: sqlite3.Connection, enabled: bool = True) -> Iterator[None]:
    """Drop the secondary indexes of :data:`TABLES` for the block (``enabled``),
    and the UID trigger in any case; then create them again exactly as stored."""
    with (
        dropped(conn, "index", tuple(droppable(conn)) if enabled else ()),
        dropped(conn, "trigger", ("contact_uid_on_insert",)),
    ):
        yield
