"""The JSON export and its restore into an empty journal lose nothing the user decided.

The comparison is built from the schema itself: every table of a journal is
either restored row for row (each column compared) or named below with the
reason it is left out. A table added later without a word here fails
:func:`test_every_table_is_restored_or_left_out_on_purpose`; a column added to a
restored table is compared without anyone listing it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from conftest import note, person

from netzjournal.interchange import ical_in
from netzjournal.store import journal_json
from netzjournal.store.catalog import save_opener, set_setting
from netzjournal.store.coach_data import record_answered, snooze
from netzjournal.store.contacts import create_contact, merge_contacts
from netzjournal.store.duplicates import say_not_duplicates
from netzjournal.store.events import list_events
from netzjournal.store.interactions import create_interaction
from netzjournal.store.invitees import set_invitees
from netzjournal.store.journal import Journal
from netzjournal.store.merges import keep_as_was
from netzjournal.store.records import Invitee, OpenerTemplateRecord

TODAY = dt.date(2026, 12, 1)
# A monthly evening in Berlin's zone, one of its evenings called off, two extra (RDATE).
SERIES = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 15.1//EN\r\n"
    "BEGIN:VEVENT\r\nUID:gruender-essen@example.de\r\nDTSTAMP:20261129T181512Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20261203T190000\r\nDTEND;TZID=Europe/Berlin:20261203T220000\r\n"
    "RRULE:FREQ=MONTHLY;BYDAY=1TH;COUNT=4\r\n"
    "EXDATE;TZID=Europe/Berlin:20270107T190000\r\n"
    "RDATE;TZID=Europe/Berlin:20270114T190000,20270218T183000\r\n"
    "SUMMARY:Gründerstammtisch Essen\r\nLOCATION:Zeche Carl\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

#: Tables a restore does not bring back from the file, and why. (The search
#: indexes' own shadow tables, ``<index>_data`` …, go with their index.)
LEFT_OUT = {
    # The search indexes: rebuilt from the restored rows (compared below by searching).
    "search_index": "rebuilt", "contact_search": "rebuilt", "event_search": "rebuilt",
    # How this file was made and upgraded, and its WAL mark: the file's, not the journal's.
    "schema_migration": "the file's own", "meta": "the file's own",
    # Sync state: which server item is which row, its etag, the inbox and the
    # conflicts. A restored journal is a new device; its first sync pairs by UID.
    "sync_collection": "per device", "sync_item": "per device",
    "sync_inbox": "per device", "sync_conflict": "per device",
}  # fmt: skip
#: Tables kept by the journal itself from the restored rows (triggers, rebuilt):
#: not in the file, but compared like the rest.
DERIVED = {"contact_summary"}


def _tables(conn: sqlite3.Connection) -> list[str]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    indexes = {n for n in names if n in LEFT_OUT}
    return [n for n in names if not any(n.startswith(i + "_") for i in indexes)]


def _rows(conn: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple]]:
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    order = ", ".join(f'"{c}"' for c in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    return columns, conn.execute(f"SELECT {names} FROM {table} ORDER BY {order}").fetchall()


INDEXES = ("search_index", "contact_search", "event_search")


def _indexed(conn: sqlite3.Connection, index: str) -> list[tuple]:
    """What a search index holds: each row's words (an incremental update and a
    rebuild may put a note's people or blank lines in another order: the same hits)."""
    rows = conn.execute(f"SELECT rowid, * FROM {index} ORDER BY rowid").fetchall()
    return [tuple(sorted(v.split()) if isinstance(v, str) else v for v in row) for row in rows]


def _fill(j: Journal) -> None:
    """The generated journal and this session's cases, each in at least one row."""
    from netzjournal.demo.generator import DemoSpec, generate_into

    generate_into(j, DemoSpec(40, 2, seed=5, today=TODAY))
    # Sie/du the importer defaulted (not chosen) beside one a person chose.
    create_contact(j, person("Jana", "Vogt", address_form="du", address_form_chosen=False))
    create_contact(j, person("Olaf", "Vogt", address_form="sie", address_form_chosen=True))
    # A merge (and the merged-away contact kept as it was), a pair said apart.
    a = create_contact(j, person("Anna", "Roth", city="Kassel")).value.id or 0
    b = create_contact(j, person("Anna", "Roth", city="Leipzig")).value.id or 0
    c = create_contact(j, person("Anna", "Roth", city="Bonn")).value.id or 0
    d = create_contact(j, person("Anna", "Roth", city="Ulm")).value.id or 0
    gone = create_contact(j, person("Anna", "Roth", city="Jena")).value
    merge_contacts(j, a, b)
    keep_as_was(j, gone)
    merge_contacts(j, a, gone.id or 0)
    with j.write():
        say_not_duplicates(j.connection(), d, c, dt.datetime(2026, 11, 30, 18))
    # An event in a zone of its own, a series with an extra evening (RDATE), guests
    # linked to a contact by id.
    problems: list[tuple[str, str]] = []
    ical_in.import_events(j, ical_in.parse(SERIES.encode(), problems), today=TODAY)
    assert problems == []
    (series,) = [e for e in list_events(j) if e.uid == "gruender-essen@example.de"]
    assert series.zone == "Europe/Berlin"
    set_invitees(
        j,
        series.id or 0,
        [Invitee("anna@example.de", "Anna Roth", "ACCEPTED", contact=c), Invitee("x@y.de")],
    )
    # A snoozed contact and an opener template of the user's own.
    snooze(j, c, dt.date(2027, 1, 1))
    # A card's own name prefix, a neutral greeting chosen (0062), and a birthday
    # "Reached out" answered (0063): the coach stays quiet about it after a restore.
    create_contact(j, person("Lena", "Schubert", salutation="Frau", name_prefix="Fr. Dr."))
    create_contact(j, person("Kim", "Meier", salutation_neutral=True))
    wrote = create_interaction(j, note(dt.datetime(2026, 11, 22, 9), [d])).value.id
    record_answered(j, d, wrote, dt.date(2026, 11, 22))
    save_opener(j, OpenerTemplateRecord("reconnect", "de", "du", "Hallo {vorname}, wie geht's?"))
    set_setting(j, "sync.last", {"at": "2026-11-30T18:00:00", "contacts": 3})


def test_every_table_is_restored_or_left_out_on_purpose(tmp_path):
    with Journal.open(tmp_path / "a.sqlite3") as a:
        _fill(a)
        conn = a.connection()
        tables = _tables(conn)
        kept = [t for t in tables if t not in LEFT_OUT and t not in DERIVED]
        assert sorted(kept) == sorted(journal_json.JSON_TABLES), (
            "a table is neither exported nor left out with a reason (LEFT_OUT)"
        )
        empty = [t for t in tables if t not in LEFT_OUT and not _rows(conn, t)[1]]
        assert empty == [], "fill these tables so that their round trip is tested"
        # This round's columns hold something other than their default (else the
        # comparison below could not fail for them).
        assert conn.execute(
            "SELECT (SELECT count(*) FROM contact WHERE name_prefix != ''),"
            " (SELECT count(*) FROM contact WHERE salutation_neutral),"
            " (SELECT count(*) FROM coach_state WHERE reached_out_id IS NOT NULL"
            "  AND answered_until IS NOT NULL)"
        ).fetchone() == (1, 1, 1)
        before = {t: _rows(conn, t) for t in tables if t not in LEFT_OUT}
        indexed = {i: _indexed(conn, i) for i in INDEXES}
        assert all(indexed.values())
        text = journal_json.export_text(a)
    with Journal.open(tmp_path / "b.sqlite3") as b:
        journal_json.restore(b, text)
        conn = b.connection()
        after = {t: _rows(conn, t) for t in tables if t not in LEFT_OUT}
        for table in before:
            columns, rows = before[table]
            assert after[table][0] == columns, table
            for n, column in enumerate(columns):
                assert [r[n] for r in after[table][1]] == [r[n] for r in rows], (table, column)
        # The search indexes were rebuilt from what came back.
        assert {i: _indexed(conn, i) for i in INDEXES} == indexed
