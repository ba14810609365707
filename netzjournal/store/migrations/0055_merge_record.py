"""Where a merged-away contact went: ``contact_merge``.

A merge deletes one contact; its id can still be met later (an editor's draft left
behind, a link). ``from_id`` is the contact merged away, ``into_id`` the one it joined
(which may itself have been merged on since: follow the chain). ``was`` holds the
merged-away contact as it was, as JSON, only while a draft of it could not be
carried over at the merge (a full disk, a read-only drafts folder); '' otherwise.

A contact row that comes back with that id (an undone merge puts the row back
exactly) ends its record: the trigger, in the same transaction.

Frozen: plain DDL, no application imports.
"""

STATEMENTS = [
    "CREATE TABLE contact_merge ("
    " from_id INTEGER NOT NULL PRIMARY KEY,"
    " into_id INTEGER NOT NULL,"
    " merged_at TEXT NOT NULL,"
    " was TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX contact_merge_into ON contact_merge (into_id)",
    "CREATE TRIGGER contact_merge_back AFTER INSERT ON contact BEGIN"
    " DELETE FROM contact_merge WHERE from_id = NEW.id; END",
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
