"""A random, permanent UID for every contact, note, follow-up and event.

Row ids are reused after a delete and collide between journals, so
``urn:netzjournal:contact:<id>`` in an export named different people alike
(a CardDAV server refused such cards as duplicates). Each row now carries
``uid``: a random UUID (version 4, text), or for a contact created from a
vCard that card's own UID, so the card is recognised when it comes back.

Existing rows are given one here. New rows get one from an ``AFTER INSERT``
trigger, whatever path inserts them (the store's functions, bulk loading,
JSON restore, undo), unless the insert brings its own; a second trigger
refuses to change a UID once set.
"""

TABLES = ("contact", "interaction", "follow_up", "event")

# SQLite's randomblob() draws from its ChaCha20 generator seeded by the OS.
RANDOM_UUID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'"
    " || substr(hex(randomblob(2)), 2) || '-'"
    " || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)"
    " || '-' || hex(randomblob(6)))"
)


def up(migrator, db):
    for table in TABLES:
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        db.execute_sql(f"UPDATE {table} SET uid = {RANDOM_UUID} WHERE uid IS NULL")
        db.execute_sql(f"CREATE UNIQUE INDEX {table}_uid ON {table} (uid)")
        db.execute_sql(
            f"CREATE TRIGGER {table}_uid_on_insert AFTER INSERT ON {table}"
            f" FOR EACH ROW WHEN NEW.uid IS NULL OR NEW.uid = ''"
            f" BEGIN UPDATE {table} SET uid = {RANDOM_UUID} WHERE rowid = NEW.rowid; END"
        )
        db.execute_sql(
            f"CREATE TRIGGER {table}_uid_is_permanent BEFORE UPDATE OF uid ON {table}"
            f" FOR EACH ROW WHEN OLD.uid <> '' AND NEW.uid IS NOT OLD.uid"
            f" BEGIN SELECT RAISE(ABORT, 'a UID never changes'); END"
        )
