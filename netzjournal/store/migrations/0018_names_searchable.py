"""Middle names, nickname and honorific suffix (migration 0014) in the contacts'
search documents, so that "Kalle" finds Karl.

From here on a contact's document holds the middle names and the nickname with
the other names (column ``name``) and the suffix with the organisation and the
rest (``body``), in ``search_index`` (rowid 2·id) and ``contact_search`` (rowid
id) alike. Only contacts with one of the three fields set are written again:
everybody else's document is already what it would be, so a large journal
(where few have them) migrates in moments. Runs in the migrations' one
transaction.

Frozen: the document is composed here as ``store.fulltext`` composed it when
this was written; only the folding is shared (as in 0002).
"""

from netzjournal.store.folding import fold

DOCUMENTS = (
    "SELECT c.id, c.display_name, c.given_name, c.additional_names, c.family_name, c.nickname,"
    " c.organisation, c.honorific_suffix, c.department, c.role, c.city, c.topics, c.notes,"
    " c.source_detail,"
    " (SELECT group_concat(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
    "   WHERE ct.contact_id = c.id),"
    " (SELECT group_concat(ch.value, ' ') FROM contact_channel ch WHERE ch.contact_id = c.id)"
    " FROM contact c"
    " WHERE c.additional_names != '' OR c.nickname != '' OR c.honorific_suffix != ''"
)


def _join(parts) -> str:
    return "\n".join(str(p) for p in parts if p)


def up(migrator, db):
    rows = db.execute_sql(DOCUMENTS).fetchall()
    documents = [(r[0], fold(_join(r[1:6])), fold(_join(r[6:]))) for r in rows]
    ids = [(d[0],) for d in documents]
    conn = db.connection()
    conn.executemany("DELETE FROM search_index WHERE rowid = 2 * ?", ids)
    conn.executemany("DELETE FROM contact_search WHERE rowid = ?", ids)
    conn.executemany("INSERT INTO search_index (rowid, name, body) VALUES (2 * ?, ?, ?)", documents)
    conn.executemany("INSERT INTO contact_search (rowid, name, body) VALUES (?, ?, ?)", documents)
