"""When a contact's role or organisation last changed (for the coach's "new role").

Unknown (NULL) for everyone already in the journal: the coach then does not
congratulate anyone on a role they may have held for years.
"""


def up(migrator, db):
    db.execute_sql("ALTER TABLE contact ADD COLUMN role_changed_on DATE")
