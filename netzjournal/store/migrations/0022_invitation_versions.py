"""What the last invitation mail said about an event (iTIP, RFC 5546).

* ``invitation_sequence``: the SEQUENCE of the newest invitation, update or
  cancellation taken for this row (NULL: none read since this migration);
* ``invitation_stamp``: its DTSTAMP in UTC (``YYYY-MM-DDTHH:MM:SS``), the
  tie-break between mails of one SEQUENCE;
* ``invitation_answer``: the user's own answer (``my_status``) that invitation
  set from the user's PARTSTAT ('' if it set none). A ``my_status`` that
  differs from it was answered here, in the journal, and a later mail leaves
  it alone.

Mails do not arrive in order: an older update read after a newer one is
recognised by these and left out. Rows from before stay NULL / '': the next
invitation is taken as before (an update above SEQUENCE 0 or a cancellation).

Frozen: plain DDL, no application imports.
"""

STATEMENTS = [
    "ALTER TABLE event ADD COLUMN invitation_sequence INTEGER",
    "ALTER TABLE event ADD COLUMN invitation_stamp TEXT",
    "ALTER TABLE event ADD COLUMN invitation_answer TEXT NOT NULL DEFAULT ''",
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
