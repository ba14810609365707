"""The contacts table sorts descending from indexes of its own, and a cell of only
white space sorts as an empty one.

Sorting by organisation, role, city, tags, last contact or closeness now puts
the empty cells last in both directions and breaks ties by the name in
collation order in both directions (``summary.ordered_parts``). Ascending, the
indexes of 0010 and 0013 give that order; descending, one of them walked
backwards would give the names backwards too, and a mixed ORDER BY doubles a
sort's cost (a temporary B-tree per group). So each column gets an index
``(X DESC, name_key, contact_id, archived)``.

The keys of organisation, role, city and tags no longer hold surrounding white
space: the rows whose texts have some are marked stale (``name_key`` NULL), and
the journal's open computes their keys again. Frozen: the statements as they
were when this was written.
"""

COLUMNS = ("organisation_key", "role_key", "city_key", "tags_key", "last_contact", "closeness")


def up(migrator, db):
    for column in COLUMNS:
        name = column.removesuffix("_key")
        db.execute_sql(
            f"CREATE INDEX contact_summary_{name}_desc ON contact_summary"
            f" ({column} DESC, name_key, contact_id, archived)"
        )
    cursor = db.execute_sql(
        "SELECT c.id, c.organisation, c.role, c.city,"
        " (SELECT group_concat(t.name, char(31)) FROM contact_tag ct"
        "   JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)"
        " FROM contact c"
    )
    stale = [
        (row[0],)
        for row in cursor.fetchall()
        if any(text != text.strip() for text in row[1:4])
        or any(tag != tag.strip() for tag in (row[4] or "").split("\x1f"))
    ]
    db.connection().executemany(
        "UPDATE contact_summary SET name_key = NULL WHERE contact_id = ?", stale
    )
