"""Whether a contact's Sie/du was chosen: ``contact.address_form_chosen``; and an
index of the people whose language is not known.

An import gives everyone the new-contact default (Sie, unless Settings say du), and
that default could not be told from a choice: the coach wrote to an imported du
friend in Sie and said so as a fact. From now on a form is chosen when a person
sets it (the contact editor, the coach's card) or a file says it (netzjournal's own
field, a CSV column).

What this migration can know of older journals: nothing records where a contact
came from or which field an edit changed. A form other than the journal's default
for new contacts was set by someone (an edit, a file that said it): chosen. A
form equal to the default may be a choice or the import's default: not chosen —
the coach asks once, on the card, and keeps writing in it meanwhile.

``contact_no_language`` holds only the people whose language is not known (''):
the coach counts them at each refresh of a list that shows one (a scan of every
contact cost 6.5 ms of CPU on 50,000).

Frozen: plain DDL, no application imports.
"""

STATEMENTS = [
    "ALTER TABLE contact ADD COLUMN address_form_chosen INTEGER NOT NULL DEFAULT 0",
    """UPDATE contact SET address_form_chosen = 1 WHERE address_form != coalesce(
         (SELECT CASE WHEN json_valid(value)
                      THEN json_extract(value, '$.new_contact_address_form') END
            FROM setting WHERE key = 'coach'), 'sie')""",
    # (language in it too: without, SQLite reads each row to check the condition)
    "CREATE INDEX contact_no_language ON contact (archived, language) WHERE language = ''",
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
