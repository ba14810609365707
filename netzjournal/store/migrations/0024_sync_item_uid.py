"""The UID inside the server's item, where it is not the journal's.

A contact the first sync paired with a card a phone made (``sync.engine``'s
``_pair``) keeps its own UID, and the card keeps the phone's: a UID never
changes. A follow-up's VTODO and a note's VJOURNAL name people by UID
(``X-NETZJOURNAL-CONTACT``); named by the journal's, another device syncing
the same address book — which knows the person by the card's — could not find
them. ``item_uid`` holds the card's UID for such pairs (NULL: the same as
``uid``); tasks and notes name the person by it and read either.
"""


def up(migrator, db):
    db.execute_sql("ALTER TABLE sync_item ADD COLUMN item_uid TEXT")
