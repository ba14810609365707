"""Bulk loads make the contacts' summary rows set-based (store.summary_bulk):
the result equals what the row-by-row triggers give, the triggers come back
exactly as stored, and a failed load leaves triggers and rows as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from netzjournal.store import bulk_indexes, cipher, summary
from netzjournal.store.bulk import bulk_load, next_contact_id
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord, InteractionRecord


def triggers(j: Journal) -> list[tuple[str, str]]:
    rows = j.connection().execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    )
    return rows.fetchall()


def check(j: Journal) -> None:
    conn = j.connection()
    assert summary.stored(conn) == summary.from_scratch(conn)
    assert summary.stored_keys(conn) == summary.keys_from_scratch(conn)


def people(first: int, n: int) -> list[ContactRecord]:
    return [
        ContactRecord(id=first + k, given_name=f"Anna{k}",
                      family_name=("Öz", "Zorn", "Ärger")[k % 3],
                      organisation=("Acme", "", "Über AG")[k % 3], city="Köln",
                      tags=[("Presse", "presse", "Kunde")[k % 3], "Über"][: 1 + k % 2])
        for k in range(n)
    ]  # fmt: skip


def test_a_bulk_load_into_a_journal_with_people_and_notes_keeps_the_summary(
    journal: Journal,
) -> None:
    old = create_contact(
        journal, ContactRecord(given_name="Bea", family_name="Alt", tags=["presse"])
    ).value
    create_interaction(
        journal,
        InteractionRecord(occurred_at=dt.datetime(2025, 3, 1, 9), kind="coffee",
                          direction="together", title="Kaffee", participants=[old.id]),
    )  # fmt: skip
    before = triggers(journal)
    with journal.write():
        first = next_contact_id(journal)
    bulk_load(journal, people(first, 40), [], [])
    assert triggers(journal) == before
    check(journal)
    stored = summary.stored(journal.connection())
    assert stored[old.id].notes == 1 and len(stored) == 41
    # the triggers work again afterwards, row by row
    create_contact(journal, ContactRecord(given_name="Carl", tags=["Kunde"]))
    check(journal)


def test_a_failed_bulk_load_leaves_triggers_and_rows_as_they_were(journal: Journal) -> None:
    create_contact(journal, ContactRecord(given_name="Bea", family_name="Alt"))
    before = triggers(journal)
    with journal.write():
        first = next_contact_id(journal)
    records = people(first, 10)
    records[7].uid = records[3].uid = "0b7a4f1e-8d2c-4c1a-9e55-1f0e2d3c4b5a"  # not unique
    with pytest.raises(cipher.IntegrityError):  # (sqlite3's or SQLCipher's)
        bulk_load(journal, records, [], [])
    assert triggers(journal) == before
    assert journal.connection().execute("SELECT count(*) FROM contact").fetchone()[0] == 1
    check(journal)
    create_contact(journal, ContactRecord(given_name="Carl", tags=["Kunde"]))
    check(journal)


def schema(j: Journal) -> list[tuple[str, str, str]]:
    rows = j.connection().execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
        " ORDER BY type, name"
    )
    return rows.fetchall()


def test_a_large_load_builds_the_indexes_again_exactly_as_they_were(journal: Journal) -> None:
    create_contact(journal, ContactRecord(given_name="Bea", family_name="Alt", tags=["presse"]))
    before = schema(journal)
    with journal.write():
        first = next_contact_id(journal)
        assert bulk_indexes.worth_it(journal.connection(), 600)
        dropped = bulk_indexes.droppable(journal.connection())
    # the sort keys' and look-ups' indexes wait; those for foreign keys never do
    assert {"contact_summary_name", "contact_uid", "contact_channel_value"} <= set(dropped)
    assert not {"contact_introduced_by_id", "contact_channel_contact_id"} & set(dropped)
    # contact_tag: its primary key leads with contact_id, its one tag_id index (0019) stays
    assert not {"contact_tag_contact_id", "contact_tag_tag_id", "contact_tag_tag"} & set(dropped)
    records = people(first, 600)
    records[0].introduced_by = first + 599  # forward, within the load
    bulk_load(journal, records, [], [])
    assert schema(journal) == before
    check(journal)
    conn = journal.connection()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # the indexes are in use again: a name is found through one
    plan = conn.execute("EXPLAIN QUERY PLAN SELECT id FROM contact WHERE uid = 'x'").fetchall()
    assert "contact_uid" in str(plan)


def test_a_large_failed_load_leaves_indexes_and_rows_as_they_were(journal: Journal) -> None:
    create_contact(journal, ContactRecord(given_name="Bea", family_name="Alt"))
    before = schema(journal)
    with journal.write():
        first = next_contact_id(journal)
    records = people(first, 600)
    # not unique: only building the UNIQUE index again finds it
    records[500].uid = records[3].uid = "0b7a4f1e-8d2c-4c1a-9e55-1f0e2d3c4b5a"
    with pytest.raises(cipher.IntegrityError):
        bulk_load(journal, records, [], [])
    assert schema(journal) == before
    conn = journal.connection()
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check(journal)
    create_contact(journal, ContactRecord(given_name="Carl", tags=["Kunde"]))
    check(journal)


def test_a_small_load_into_a_large_journal_keeps_its_indexes(journal: Journal) -> None:
    with journal.write():
        first = next_contact_id(journal)
    bulk_load(journal, people(first, 600), [], [])
    conn = journal.connection()
    assert not bulk_indexes.worth_it(conn, 400)  # a handful
    assert not bulk_indexes.worth_it(conn, 599)  # fewer than there are
    assert bulk_indexes.worth_it(conn, 600)
