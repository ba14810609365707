"""A maintained summary per contact: what the contacts list sorts by and the coach reads.

``contact_summary`` holds, per contact, the newest note (any, two-way, outbound,
in person), how many notes they are in, and the collation keys the contacts
table sorts by (name, organisation, role, city, tags; see
:mod:`netzjournal.store.summary`). Triggers keep the aggregates right in the
same transaction as every write to contacts, notes, participants and tags —
whoever writes (the app, an import, a restore, another tool). The keys need
Python's collation: a trigger only marks them stale (``name_key`` NULL), and
:func:`netzjournal.store.summary.fill_keys` computes them before every commit
of :meth:`Journal.write` and when a journal is opened.

Frozen: plain DDL, no application imports.
"""

# The aggregates of one contact, from scratch (:X is replaced per trigger).
_AGGREGATES = """
SELECT max(i.occurred_at),
       max(CASE WHEN i.direction IN ('together', 'inbound') THEN i.occurred_at END),
       max(CASE WHEN i.direction = 'outbound' THEN i.occurred_at END),
       max(CASE WHEN i.direction = 'together' AND i.kind IN ('coffee', 'meal', 'event', 'other')
                THEN i.occurred_at END),
       count(i.id)
  FROM participant p JOIN interaction i ON i.id = p.interaction_id
 WHERE p.contact_id = :X
"""
_OF_NOTE = "IN (SELECT contact_id FROM participant WHERE interaction_id IN (:IDS))"
_COLUMNS = "(last_contact, last_two_way, last_outbound, last_in_person, notes)"


def _recompute(who: str) -> str:
    return (
        f"UPDATE contact_summary SET {_COLUMNS} = ("
        + _AGGREGATES.replace(":X", "contact_summary.contact_id")
        + f") WHERE contact_id {who};"
    )


STATEMENTS = [
    """CREATE TABLE contact_summary (
         contact_id INTEGER PRIMARY KEY,
         last_contact DATETIME,
         last_two_way DATETIME,
         last_outbound DATETIME,
         last_in_person DATETIME,
         notes INTEGER NOT NULL DEFAULT 0,
         archived INTEGER NOT NULL DEFAULT 0,
         name_key BLOB,
         organisation_key BLOB,
         role_key BLOB,
         city_key BLOB,
         tags_key BLOB)""",
    # The contacts table's usual orders, read from the index alone (archived
    # ones skipped on the way); other columns sort in a temporary B-tree.
    "CREATE INDEX contact_summary_name ON contact_summary (name_key, contact_id, archived)",
    "CREATE INDEX contact_summary_last"
    " ON contact_summary (last_contact, name_key, contact_id, archived)",
    "CREATE INDEX contact_summary_stale ON contact_summary (contact_id) WHERE name_key IS NULL",
    # contacts
    f"""CREATE TRIGGER contact_summary_contact_insert AFTER INSERT ON contact BEGIN
         INSERT OR REPLACE INTO contact_summary (contact_id, archived)
         VALUES (NEW.id, NEW.archived);
         {_recompute("= NEW.id")}
       END""",
    """CREATE TRIGGER contact_summary_contact_delete AFTER DELETE ON contact BEGIN
         DELETE FROM contact_summary WHERE contact_id = OLD.id;
       END""",
    """CREATE TRIGGER contact_summary_contact_archived AFTER UPDATE OF archived ON contact BEGIN
         UPDATE contact_summary SET archived = NEW.archived WHERE contact_id = NEW.id;
       END""",
    """CREATE TRIGGER contact_summary_contact_names
         AFTER UPDATE OF given_name, family_name, display_name, organisation, role, city
         ON contact BEGIN
         UPDATE contact_summary SET name_key = NULL WHERE contact_id = NEW.id;
       END""",
    # participants (from scratch for the contact: an INSERT OR REPLACE removes the
    # row it replaces without running a delete trigger)
    f"""CREATE TRIGGER contact_summary_participant_insert AFTER INSERT ON participant BEGIN
         {_recompute("= NEW.contact_id")}
       END""",
    f"""CREATE TRIGGER contact_summary_participant_delete AFTER DELETE ON participant BEGIN
         {_recompute("= OLD.contact_id")}
       END""",
    f"""CREATE TRIGGER contact_summary_participant_update AFTER UPDATE ON participant BEGIN
         {_recompute("IN (OLD.contact_id, NEW.contact_id)")}
       END""",
    # notes
    f"""CREATE TRIGGER contact_summary_interaction_update
         AFTER UPDATE OF id, occurred_at, direction, kind ON interaction BEGIN
         {_recompute(_OF_NOTE.replace(":IDS", "OLD.id, NEW.id"))}
       END""",
    # (with foreign keys on, the participants go first and their trigger runs)
    f"""CREATE TRIGGER contact_summary_interaction_delete AFTER DELETE ON interaction BEGIN
         {_recompute(_OF_NOTE.replace(":IDS", "OLD.id"))}
       END""",
    # tags: the tags column's key
    """CREATE TRIGGER contact_summary_tag_insert AFTER INSERT ON contact_tag BEGIN
         UPDATE contact_summary SET name_key = NULL WHERE contact_id = NEW.contact_id;
       END""",
    """CREATE TRIGGER contact_summary_tag_delete AFTER DELETE ON contact_tag BEGIN
         UPDATE contact_summary SET name_key = NULL WHERE contact_id = OLD.contact_id;
       END""",
    """CREATE TRIGGER contact_summary_tag_update AFTER UPDATE ON contact_tag BEGIN
         UPDATE contact_summary SET name_key = NULL
          WHERE contact_id IN (OLD.contact_id, NEW.contact_id);
       END""",
    """CREATE TRIGGER contact_summary_tag_rename AFTER UPDATE OF name ON tag BEGIN
         UPDATE contact_summary SET name_key = NULL
          WHERE contact_id IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id);
       END""",
    # everyone already in the journal (keys: filled when the journal opens)
    "INSERT INTO contact_summary (contact_id, archived) SELECT id, archived FROM contact",
    _recompute("IN (SELECT contact_id FROM participant)").rstrip(";"),
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
