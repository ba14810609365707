"""Migration 0020: both full-text tables keep prefix indexes for one and two letters
only, also in a journal made before, with the same documents, matches and ranking."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dbfiles import connect as _dbconnect

from netzjournal.store.contacts import create_contact
from netzjournal.store.fulltext import (
    contact_index_snapshot,
    index_snapshot,
    matching_contact_ids,
    search,
)
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal, latest_schema
from netzjournal.store.people import search_people
from netzjournal.store.records import Channel, ContactRecord, InteractionRecord

TABLES = ("search_index", "contact_search")
# What a few keystrokes and words find: one and two letters (their own prefix
# index), three and more (the words' own entries), a name column filter (pickers).
TYPED = ["m", "mü", "mül", "müll", "müller", "k", "ka", "kaf", "kaffee", "weiß", "Weiss", "ber"]


def _options(conn) -> dict[str, str]:  # type: ignore[no-untyped-def]
    sql = "SELECT name, sql FROM sqlite_master WHERE name IN ('search_index', 'contact_search')"
    return dict(conn.execute(sql).fetchall())


def _fill(j: Journal) -> None:
    people = [
        ("Jörg", "Müller", "Kaffeerösterei Nord", ["Presse"]),
        ("Anna", "Mueller", "Müllabfuhr", []),
        ("Karl", "Weiß", "Kaffee & Co", ["Kunde"]),
        ("Berta", "Kaufmann", "Bergbau AG", []),
        ("Max", "Mustermann", "", []),
    ]
    ids = []
    for given, family, org, tags in people:
        record = ContactRecord(given_name=given, family_name=family, organisation=org, tags=tags)
        record.channels = [Channel("email", f"{given.lower()}@example.org")]
        ids.append(create_contact(j, record).value.id)
    for n, text in enumerate(["Kaffee am Markt", "Müll trennen, Kaffee trinken", "Berlin"]):
        when = dt.datetime(2026, 3, 1 + n, 10, 0)
        note = InteractionRecord(occurred_at=when, participants=ids[n : n + 2], body=text)
        create_interaction(j, note)


def _answers(j: Journal) -> list[object]:
    found: list[object] = []
    for text in TYPED:
        found.append(
            [(h.kind, h.id, h.label, h.snippet, round(h.score, 6)) for h in search(j, text)]
        )
        found.append(sorted(matching_contact_ids(j, text) or ()))
        found.append([(c.id, c.known_as) for c in search_people(j, text, limit=50)])
    return found


def test_a_new_journal_has_the_short_prefixes_only(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as j:
        for sql in _options(j.connection()).values():
            assert "prefix = '1 2')" in sql


def test_an_older_journal_keeps_its_documents_matches_and_ranking(tmp_path: Path) -> None:
    old_path, new_path = tmp_path / "old.sqlite3", tmp_path / "new.sqlite3"
    for path in (old_path, new_path):
        with Journal.open(path) as j:
            _fill(j)
    # The old journal as 0019 left it: the same documents under prefix '1 2 3 4'.
    raw = _dbconnect(old_path)
    for table in TABLES:
        raw.execute(f"DROP TABLE {table}")
        raw.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5(name, body,"
            " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')"
        )
    raw.commit()
    raw.close()
    with Journal.open(old_path) as j:
        from netzjournal.store.fulltext import rebuild

        with j.write():
            rebuild(j)
        answers_before = _answers(j)
        documents_before = (index_snapshot(j), contact_index_snapshot(j))
    raw = _dbconnect(old_path)
    before = latest_schema() - 1
    raw.executescript(
        "DELETE FROM schema_migration WHERE name LIKE '0020%';"
        f"UPDATE meta SET value = '{before}' WHERE key = 'schema_version';"
        f"PRAGMA user_version = {before};"
    )
    raw.close()
    with Journal.open(old_path) as j:
        conn = j.connection()
        assert all("prefix = '1 2')" in sql for sql in _options(conn).values())
        assert (index_snapshot(j), contact_index_snapshot(j)) == documents_before
        assert _answers(j) == answers_before
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in TABLES:  # (raises on a damaged index)
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
    # ... and a journal made new answers alike.
    with Journal.open(new_path) as j:
        assert _answers(j) == answers_before
