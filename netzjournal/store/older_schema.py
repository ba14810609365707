"""Reading a journal one upgrade behind when it cannot be upgraded.

A write-protected journal (a read-only file, folder or mount) or one opened
read-only cannot run its pending migrations. Most of them change what is
stored, and such a journal is refused ("needs an upgrade"). Some only add
columns whose default says exactly what an older journal meant: no name prefix
of its own, no neutral greeting chosen (0062), no "Reached out" answered
(0063). Those are bridged here for reading, in one place: each read-only
connection gets a TEMP view per table that lacks the columns, named like the
table, which SQLite resolves before ``main``'s (its queries are flattened into
the table's, so the table's indexes still serve them). Nothing is written to
the journal; the next read-write open upgrades it as usual.
"""

from __future__ import annotations

import sqlite3

# The pending migrations a read-only open may bridge, and per table the columns
# they add with the value each means for every row written before them.
BRIDGED: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "0062_salutation": {
        "contact": (("name_prefix", "''"), ("salutation_neutral", "0")),
    },
    "0063_coach_answered": {
        "coach_state": (("reached_out_id", "NULL"), ("answered_until", "NULL")),
    },
}


def bridgeable(pending: list[str]) -> bool:
    """Whether these pending migrations (names) can all be bridged for reading."""
    return bool(pending) and all(name in BRIDGED for name in pending)


def bridge(conn: sqlite3.Connection) -> None:
    """Give a read-only connection the bridged columns its journal lacks.

    Cheap where nothing is missing (one ``table_info`` per table): every
    read-only connection of the journal passes here.
    """
    for tables in BRIDGED.values():
        for table, columns in tables.items():
            have = {r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")}
            if not have:  # (no such table: nothing of it to read either)
                continue
            missing = [f"{value} AS {name}" for name, value in columns if name not in have]
            if missing:
                conn.execute(
                    f"CREATE TEMP VIEW IF NOT EXISTS {table} AS"
                    f" SELECT *, {', '.join(missing)} FROM main.{table}"
                )
