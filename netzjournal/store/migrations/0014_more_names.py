"""Additional names (middle names), an honorific suffix (``Jr.``, ``MBA``) and a
nickname per contact, as vCards carry them: read on import and written again on
export instead of dropped. Empty for everyone already in the journal.
"""

COLUMNS = ("additional_names", "honorific_suffix", "nickname")


def up(migrator, db):
    for column in COLUMNS:
        db.execute_sql(f"ALTER TABLE contact ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
