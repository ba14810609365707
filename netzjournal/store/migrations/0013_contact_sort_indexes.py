"""Indexes for sorting the contacts table by organisation, role, city and tags.

Like name and last contact (0010), each order is then read from an index
alone — key, the name as tie-break, the id, archived for skipping — instead of
SQLite sorting every contact in a temporary B-tree on each click (250–680 ms
on a journal of 50,000 contacts).

Frozen: plain DDL, no application imports.
"""

STATEMENTS = [
    f"CREATE INDEX contact_summary_{column} ON contact_summary"
    f" ({column}_key, name_key, contact_id, archived)"
    for column in ("organisation", "role", "city", "tags")
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
