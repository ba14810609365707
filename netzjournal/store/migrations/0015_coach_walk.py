"""The coach's pick without reading everyone (see ``coach/walk.py``).

* ``contact_summary_coach``: the summary in the order the coach walks it —
  per closeness, the newest two-way contact first — with what the walk's
  bound and first look need (in person, last contact, last outbound,
  archived), so the walk reads this index and not the table. The bound of
  a person's warmth falls along that order; the walk stops where it can no
  longer beat the list.
* ``contact_birthday``: today's birthdays (always on the list) found by
  month and day instead of reading every contact.

Indexes only: SQLite keeps them in the statement of every write, and they are
built here from what the journal holds.

Frozen: plain DDL, no application imports.
"""

STATEMENTS = [
    "CREATE INDEX contact_summary_coach ON contact_summary"
    " (closeness, last_two_way, archived, last_in_person, last_contact, last_outbound)",
    "CREATE INDEX contact_birthday ON contact (birthday_month, birthday_day)",
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
