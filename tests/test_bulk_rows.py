"""A bulk load (an import) stores a contact's row exactly as creating it one by one does.

The bulk insert binds the columns that may be empty as 0 / '' and lets SQLite make
them NULL (store/bulk.py: Python's sqlite3 binds None, bool and bytes slowly); the
stored values and their types must not tell the two paths apart.
"""

from __future__ import annotations

import datetime as dt

from netzjournal.store.bulk import bulk_load, next_contact_id
from netzjournal.store.contacts import create_contact
from netzjournal.store.events import (
    create_event,
    matching_event_ids,
    rebuild_event_index,
    set_attendance,
)
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, ContactRecord, EventRecord

_VARIABLE = ("id", "uid", "created_at", "updated_at", "introduced_by_id")


def _rows(j: Journal, ids: list[int]) -> list[dict[str, tuple[object, str]]]:
    conn = j.connection()
    columns = [r[1] for r in conn.execute("PRAGMA table_info(contact)")]
    wanted = [c for c in columns if c not in _VARIABLE]
    select = ", ".join(f'"{c}", typeof("{c}")' for c in wanted)
    rows = []
    for cid in ids:
        row = conn.execute(f"SELECT {select} FROM contact WHERE id = ?", (cid,)).fetchone()
        rows.append({c: (row[2 * n], row[2 * n + 1]) for n, c in enumerate(wanted)})
    return rows


def _summaries(j: Journal, ids: list[int]) -> list[tuple[object, ...]]:
    sql = (
        "SELECT archived, name_key, typeof(name_key), organisation_key, role_key, city_key,"
        " tags_key, typeof(tags_key), closeness, notes FROM contact_summary WHERE contact_id = ?"
    )
    return [j.connection().execute(sql, (cid,)).fetchone() for cid in ids]


def _people(event_id: int) -> list[ContactRecord]:
    return [
        ContactRecord(given_name="Ada", family_name="Lovelace"),  # every optional column empty
        ContactRecord(
            given_name="Jörg",
            family_name="Straße",
            organisation="Ärzte e. V.",
            birthday=Birthday(2, 29),  # no year
            met_on=dt.date(2024, 5, 1),
            cadence_days=30,
            cadence_never=True,
            archived=True,
            closeness=5,
            met_at_event_id=event_id,
            tags=["Presse"],
        ),
        ContactRecord(display_name="Büro Nord", birthday=Birthday(3, 22, 1980), cadence_days=1),
    ]


def test_a_bulk_loaded_row_equals_a_created_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with (
        Journal.open(tmp_path / "one.sqlite3") as one,
        Journal.open(tmp_path / "bulk.sqlite3") as bulk,
    ):
        ids_one, ids_bulk = [], []
        for j in (one, bulk):
            create_event(j, EventRecord(name="Barcamp", starts_on=dt.date(2024, 5, 1)))
        event_id = one.connection().execute("SELECT max(id) FROM event").fetchone()[0]
        for person in _people(event_id):
            ids_one.append(create_contact(one, person).value.id)
        # the introduction as both paths make it: the first person introduced the second
        first = next_contact_id(bulk)
        records = _people(event_id)
        for n, r in enumerate(records):
            r.id = first + n
        records[1].introduced_by = first
        bulk_load(bulk, records, [], [])
        ids_bulk = [r.id for r in records]
        assert _rows(one, ids_one) == _rows(bulk, ids_bulk)
        assert _summaries(one, ids_one) == _summaries(bulk, ids_bulk)
        introduced = "SELECT introduced_by_id, typeof(introduced_by_id) FROM contact ORDER BY id"
        assert bulk.connection().execute(introduced).fetchall() == [
            (None, "null"),
            (first, "integer"),
            (None, "null"),
        ]


def test_a_load_of_people_alone_leaves_the_events_search_as_it_was(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # (bulk_load rebuilds the events' index only when it brings events or attendance:
    # an event's document names who was there, and new people were at none)
    with Journal.open(tmp_path / "j.sqlite3") as j:
        event = create_event(j, EventRecord(name="Barcamp", starts_on=dt.date(2024, 5, 1))).value
        assert event.id is not None
        ada = create_contact(j, ContactRecord(given_name="Ada", family_name="Lovelace")).value
        assert ada.id is not None
        set_attendance(j, event.id, ada.id)
        before = j.connection().execute("SELECT rowid, * FROM event_search").fetchall()
        records = _people(event.id)
        first = next_contact_id(j)
        for n, r in enumerate(records):
            r.id = first + n
        bulk_load(j, records, [], [])
        assert j.connection().execute("SELECT rowid, * FROM event_search").fetchall() == before
        assert matching_event_ids(j, "lovelace") == {event.id}
        rebuild_event_index(j)  # what a rebuild makes of the same rows
        assert j.connection().execute("SELECT rowid, * FROM event_search").fetchall() == before
