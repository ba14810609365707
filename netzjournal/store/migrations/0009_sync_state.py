"""What a sync with the user's own CardDAV/CalDAV server needs to remember.

- ``sync_item``: per synced item (by kind and UID) where it lives on the
  server (``href``), the ETag last seen and the *base* — the item's fields as
  they were when both sides last agreed (canonical JSON). The base is what a
  three-way merge compares both sides against.
- ``sync_collection``: per server collection the RFC 6578 sync token.
- ``sync_conflict``: a field both sides changed; the journal kept its value,
  the server's is kept here until the user resolves it.
- ``sync_inbox``: entries from the server that name nobody the journal knows
  (a phone's VJOURNAL note); the user assigns them, nothing is guessed.

No foreign keys to the items: a local delete must leave the base behind so
the next sync can tell "deleted here" from "never synced".
"""


def up(migrator, db):
    db.execute_sql(
        "CREATE TABLE sync_item ("
        " kind TEXT NOT NULL, uid TEXT NOT NULL, collection TEXT NOT NULL,"
        " href TEXT NOT NULL, etag TEXT, base TEXT NOT NULL, synced_at TEXT NOT NULL,"
        " PRIMARY KEY (kind, uid))"
    )
    db.execute_sql("CREATE UNIQUE INDEX sync_item_href ON sync_item (href)")
    db.execute_sql(
        "CREATE TABLE sync_collection ("
        " url TEXT PRIMARY KEY, kind TEXT NOT NULL, sync_token TEXT, synced_at TEXT)"
    )
    db.execute_sql(
        "CREATE TABLE sync_conflict ("
        " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, uid TEXT NOT NULL, field TEXT NOT NULL,"
        " journal_value TEXT, server_value TEXT, found_at TEXT NOT NULL, resolved_at TEXT)"
    )
    db.execute_sql("CREATE INDEX sync_conflict_open ON sync_conflict (kind, uid, resolved_at)")
    db.execute_sql(
        "CREATE TABLE sync_inbox ("
        " id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
        " summary TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',"
        " occurred_at TEXT, people TEXT NOT NULL DEFAULT '[]', received_at TEXT NOT NULL)"
    )
