"""Migration 0019: ``contact_tag`` keeps its primary key and one ``tag_id`` index; the two
indexes those already cover go, also from a journal made before, and every look-up
still finds its rows through an index."""

from __future__ import annotations

from pathlib import Path

from dbfiles import connect as _dbconnect

from netzjournal.store.contacts import create_contact, delete_contacts, get_contact
from netzjournal.store.journal import Journal, latest_schema
from netzjournal.store.records import ContactRecord

KEPT = ["contact_tag_tag_id", "sqlite_autoindex_contact_tag_1"]


def _indexes(conn) -> list[str]:  # type: ignore[no-untyped-def]
    sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact_tag'"
    return sorted(r[0] for r in conn.execute(sql))


def _plan(conn, where: str) -> str:  # type: ignore[no-untyped-def]
    return str(
        conn.execute(f"EXPLAIN QUERY PLAN SELECT * FROM contact_tag WHERE {where}").fetchall()
    )


def test_an_older_journal_loses_the_covered_indexes(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        assert _indexes(j.connection()) == KEPT
        ann = create_contact(j, ContactRecord(given_name="Ann", tags=["Presse", "Kunde"])).value.id
        bob = create_contact(j, ContactRecord(given_name="Bob", tags=["Presse"])).value.id
    # As 0001..0018 left it: four indexes.
    raw = _dbconnect(path)
    before = latest_schema() - 1
    raw.executescript(
        'CREATE INDEX "contact_tag_contact_id" ON "contact_tag" ("contact_id");'
        "CREATE INDEX contact_tag_tag ON contact_tag (tag_id);"
        "DELETE FROM schema_migration WHERE name LIKE '0019%';"
        f"UPDATE meta SET value = '{before}' WHERE key = 'schema_version';"
        f"PRAGMA user_version = {before};"
    )
    assert len(_indexes(raw)) == 4
    raw.close()
    with Journal.open(path) as j:
        conn = j.connection()
        assert _indexes(conn) == KEPT
        assert "sqlite_autoindex_contact_tag_1" in _plan(conn, "contact_id = 1")
        assert "contact_tag_tag_id" in _plan(conn, "tag_id = 1")
        assert get_contact(j, ann).tags == ["Kunde", "Presse"]
        delete_contacts(j, [ann], backup_reason=None)  # (its links go by the cascade)
        assert conn.execute("SELECT contact_id FROM contact_tag").fetchall() == [(bob,)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
