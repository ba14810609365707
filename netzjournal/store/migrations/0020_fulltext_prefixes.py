"""The two full-text tables keep prefix indexes for one and two letters only.

``search_index`` (0002) and ``contact_search`` (0013) had ``prefix = '1 2 3 4'``:
every word of every document went into the index five times (itself and its
first one to four letters). Only the short prefixes need their own index: "m"*
or "sc"* match thousands of words, which FTS5 would otherwise merge on each
keystroke; from three letters on, the words a prefix matches are few and
FTS5 reads them from the words' own entries. The documents, their rowids and
the tokenizer, and so every match and every ranking, stay as they were;
writing the documents of 5,000 imported people into both tables takes ~160 M
fewer instructions (of the import's 2,590 M apply step).

FTS5 cannot change the option of a table in place: each table's stored
documents are copied aside (a temporary table), the table is made anew and
filled from the copy, in the migrations' one transaction. Dropped first, so
that the new index reuses the old one's pages and the file does not grow.
Frozen: the statements as they were when this was written.
"""

TABLES = ("search_index", "contact_search")
CREATE = (
    "CREATE VIRTUAL TABLE {} USING fts5("
    "name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')"
)


def up(migrator, db):
    for table in TABLES:
        db.execute_sql(f"CREATE TEMP TABLE aside AS SELECT rowid AS id, name, body FROM {table}")
        db.execute_sql(f"DROP TABLE {table}")
        db.execute_sql(CREATE.format(table))
        db.execute_sql(f"INSERT INTO {table} (rowid, name, body) SELECT id, name, body FROM aside")
        db.execute_sql("DROP TABLE temp.aside")
        # One segment: what a query reads first after the upgrade.
        db.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
