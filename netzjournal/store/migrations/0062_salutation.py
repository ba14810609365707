"""The greeting's salutation as the files say it, and the neutral greeting chosen:
``contact.name_prefix`` and ``contact.salutation_neutral``.

``name_prefix`` keeps a card's own name prefix verbatim ("Mrs.", "Fr. Dr.", "Herr
Prof."): the journal reads Frau/Herr and the title out of it into ``salutation`` and
``title_prefix`` (what the coach greets with), and a vCard export writes the card's
own words back while they still say the same. '' for everyone before: their
salutation and title are written as before.

``salutation_neutral``: the person chose the whole-name greeting ("Guten Tag Kim
Meier,") for someone without Frau/Herr; the coach's card stops asking then. No
journal before chose it: 0.

Frozen: plain DDL, no application imports.
"""

STATEMENTS = [
    "ALTER TABLE contact ADD COLUMN name_prefix TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN salutation_neutral INTEGER NOT NULL DEFAULT 0",
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
