"""Bulk loads make the contacts' summary rows set-based (store.summary_bulk):
the result equals what the row-by-row triggers give, the triggers come back
exactly as stored, and a failed load leaves triggers and rows as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from netzjournal.store import cipher, summary
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
