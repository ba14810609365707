"""The contacts table's sorts and its filter without work over every row.

* Indexes for sorting by organisation, role, city and tags: like name and
  last contact (0010), each order is read from an index alone — key, the name
  as tie-break, the id, archived for skipping — instead of SQLite sorting
  every contact in a temporary B-tree on each click (~200 ms on a journal of
  50,000 contacts).
* ``contact_summary.closeness``: a copy of ``contact.closeness`` kept by
  triggers, so that sorting by closeness, too, reads an index of the summary
  instead of joining every contact and sorting them (~200 ms on 50,000).
* ``contact_search``: the contacts' documents of ``search_index`` once more,
  by contact id. The filter bar asks which *contacts* match; in
  ``search_index`` their documents are interleaved with ten times as many
  notes', so a one-letter prefix walked every note that holds such a word.
  Kept by ``store.fulltext.index_contacts`` with the other index.

Frozen: plain DDL, no application imports.
"""

STATEMENTS = [
    *(
        f"CREATE INDEX contact_summary_{column} ON contact_summary"
        f" ({column}_key, name_key, contact_id, archived)"
        for column in ("organisation", "role", "city", "tags")
    ),
    "ALTER TABLE contact_summary ADD COLUMN closeness INTEGER NOT NULL DEFAULT 0",
    "UPDATE contact_summary SET closeness ="
    " (SELECT c.closeness FROM contact c WHERE c.id = contact_summary.contact_id)",
    "CREATE INDEX contact_summary_closeness ON contact_summary"
    " (closeness, name_key, contact_id, archived)",
    # (0010's insert trigger writes the summary row with INSERT OR REPLACE: the
    # copy is taken when that row arrives, whichever trigger made it)
    """CREATE TRIGGER contact_summary_closeness_new AFTER INSERT ON contact_summary BEGIN
         UPDATE contact_summary SET closeness =
           (SELECT c.closeness FROM contact c WHERE c.id = NEW.contact_id)
          WHERE contact_id = NEW.contact_id;
       END""",
    """CREATE TRIGGER contact_summary_closeness AFTER UPDATE OF closeness ON contact BEGIN
         UPDATE contact_summary SET closeness = NEW.closeness WHERE contact_id = NEW.id;
       END""",
    "CREATE VIRTUAL TABLE contact_search USING fts5("
    "name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')",
    "INSERT INTO contact_search (rowid, name, body)"
    " SELECT rowid / 2, name, body FROM search_index WHERE rowid % 2 = 0",
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
