"""A "pick up next time" for one person of a note: ``participant.say_next``.

A note with two people had one "Pick up next time" for both, and the coach
quoted it to each ("your move to Lisbon" was Katrin's; Tom got it too). Each
participant row may now hold a phrase said to that person only; the note's own
``interaction.say_next`` stays what is said to everyone on it (or to its one
person). Nothing existing moves: an old note's hook stays the note's.
"""


def up(migrator, db):
    db.execute_sql("ALTER TABLE participant ADD COLUMN say_next TEXT NOT NULL DEFAULT ''")
