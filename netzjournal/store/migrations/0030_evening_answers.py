"""Whose word an evening of a series has: its own answer, and who cancelled it.

* ``my_status_own``: 1 when this row's ``my_status`` is the evening's own
  answer, also when that is '' (the user picked "no answer" for this one
  evening). 0: an evening of a series shows the series' answer while its own
  is ''. Rows with an answer are their own already; those without stay 0.
* ``cancelled_by_organiser``: 1 when the evening's cancellation came from the
  organiser's calendar (an invitation's "cancel series", its EXDATE, the
  evening's own cancellation). A newer invitation of the series that has the
  evening again brings it back (RFC 5546: it replaces the set of evenings).
  0: cancelled here by hand, or before this migration (it stays off).

Frozen: plain DDL, no application imports.
"""

STATEMENTS = [
    "ALTER TABLE event ADD COLUMN my_status_own INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE event ADD COLUMN cancelled_by_organiser INTEGER NOT NULL DEFAULT 0",
    "UPDATE event SET my_status_own = 1 WHERE my_status != ''",
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
