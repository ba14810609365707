"""``contact_tag`` loses the two indexes its other indexes already cover.

It had four: the primary key (``contact_id, tag_id``), ``contact_tag_contact_id``
(``contact_id``: the primary key leads with it), and both ``contact_tag_tag_id``
and ``contact_tag_tag`` on ``tag_id`` (0001 made the second beside peewee's). SQLite
finds a contact's tags — and the links to delete with a contact — through the
primary key, and a tag's contacts through ``contact_tag_tag_id``; the other two
were only written, on every tag linked (a 5,000-card import builds them again).
"""


def up(migrator, db):
    db.execute_sql("DROP INDEX IF EXISTS contact_tag_contact_id")
    db.execute_sql("DROP INDEX IF EXISTS contact_tag_tag")
