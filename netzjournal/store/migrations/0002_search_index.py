"""The full-text index over contacts and interactions, filled from existing rows.

The index holds a *folded* copy of the text (see netzjournal.store.folding):
rowid = 2 * contact id for contacts, 2 * interaction id + 1 for interactions.
"""

from netzjournal.store.folding import fold

CREATE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')"
)


def _join(*parts) -> str:
    return "\n".join(p for p in parts if p)


def up(migrator, db):
    db.execute_sql(CREATE)
    contacts = db.execute_sql(
        "SELECT c.id, c.display_name, c.given_name, c.family_name, c.organisation,"
        " c.department, c.role, c.city, c.topics, c.notes, c.source_detail,"
        " (SELECT group_concat(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        "   WHERE ct.contact_id = c.id),"
        " (SELECT group_concat(ch.value, ' ') FROM contact_channel ch WHERE ch.contact_id = c.id)"
        " FROM contact c"
    ).fetchall()
    rows = [
        (2 * r[0], fold(_join(r[1], r[2], r[3])), fold(_join(*[x or "" for x in r[4:]])))
        for r in contacts
    ]
    interactions = db.execute_sql(
        "SELECT i.id, i.title, i.body, i.hooks, i.place, i.outcome,"
        " (SELECT group_concat(coalesce(nullif(c.display_name, ''),"
        "   c.given_name || ' ' || c.family_name), ' ')"
        "   FROM participant p JOIN contact c ON c.id = p.contact_id"
        "   WHERE p.interaction_id = i.id),"
        " (SELECT group_concat(g.text, ' ') FROM give_take g WHERE g.interaction_id = i.id)"
        " FROM interaction i"
    ).fetchall()
    rows += [
        (
            2 * r[0] + 1,
            fold(_join(r[1], r[6] or "")),
            fold(_join(r[2], r[3], r[4], r[5], r[7] or "")),
        )
        for r in interactions
    ]
    db.connection().executemany(
        "INSERT INTO search_index (rowid, name, body) VALUES (?, ?, ?)", rows
    )
