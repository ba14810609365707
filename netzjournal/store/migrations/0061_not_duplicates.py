"""Pairs of contacts the person said are not the same: ``contact_not_duplicate``.

"Possible duplicates" (``store/duplicates.py``) does not offer such a pair again.
``low_id`` < ``high_id``: one row per pair whichever way it was said. No foreign
key: a merge deletes one of them and an undone merge puts it back with the same id,
and the pair should still be known then; erasing a person removes their rows
(``store/erasure.py``).

Frozen: plain DDL, no application imports.
"""

STATEMENTS = [
    "CREATE TABLE contact_not_duplicate ("
    " low_id INTEGER NOT NULL,"
    " high_id INTEGER NOT NULL,"
    " said_at TEXT NOT NULL,"
    " PRIMARY KEY (low_id, high_id),"
    " CHECK (low_id < high_id)) WITHOUT ROWID",
    "CREATE INDEX contact_not_duplicate_high ON contact_not_duplicate (high_id)",
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
