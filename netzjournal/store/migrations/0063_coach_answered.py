"""What "Reached out" answered: ``coach_state.reached_out_id`` and ``answered_until``.

A birthday today or a follow-up I owe due today keeps a person on the coach's
list even while they rest (DESIGN: today counts). Once "Reached out" noted a
message for that occasion, it is answered: ``reached_out_id`` is the note it
wrote and ``answered_until`` the last day of the occasions it answered (the
birthday's day, the follow-ups' due days, at least that day). While that note
exists, today's birthday or follow-up up to that day no longer keeps them
listed; deleting the note (undo, or by hand) brings the card back. No foreign
key: a note's id is looked up, a deleted one simply no longer answers.

Frozen: plain DDL, no application imports.
"""

STATEMENTS = [
    "ALTER TABLE coach_state ADD COLUMN reached_out_id INTEGER",
    "ALTER TABLE coach_state ADD COLUMN answered_until TEXT",
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
