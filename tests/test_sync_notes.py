"""Journal entries (VJOURNAL) from the phone → meeting notes or the Inbox, on a real Radicale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from conftest import person
from dav_servers import PASSWORD, USER

from netzjournal.store import sync_state as state
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import follow_ups
from netzjournal.store.records import Channel, InteractionRecord
from netzjournal.sync.calendars import ensure_calendar
from netzjournal.sync.dav import DavClient
from netzjournal.sync.notes import sync_notes
from netzjournal.sync.tasks import sync_tasks

pytestmark = pytest.mark.slow


@pytest.fixture
def client(radicale) -> Iterator[DavClient]:
    c = DavClient(radicale.url, USER, PASSWORD)
    yield c
    c.close()


@pytest.fixture
def calendar(radicale) -> str:
    return ensure_calendar(radicale.url, USER, PASSWORD)


def entry(uid: str, summary: str, *lines: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//jtx Board//EN\r\nBEGIN:VJOURNAL\r\n"
        f"UID:{uid}\r\nDTSTAMP:20261121T100000Z\r\nDTSTART:20261121T083000Z\r\n"
        f"SUMMARY:{summary}\r\nDESCRIPTION:Notiz vom Telefon\r\n"
        + "".join(line + "\r\n" for line in lines)
        + "END:VJOURNAL\r\nEND:VCALENDAR\r\n"
    )


def put(client, calendar, name, text):
    client.put(f"{calendar}{name}.ics", text, None, "text/calendar")


def notes(journal) -> dict[str, InteractionRecord]:
    return state.notes_by_uid(journal, list(state.sync_items(journal, "note")))


def test_entries_with_known_people_become_notes_the_rest_wait_in_the_inbox(
    journal, client, calendar
):
    anna = create_contact(
        journal, person("Anna", "Meier", channels=[Channel("email", "Anna@Netz.example")])
    ).value
    ben = create_contact(journal, person("Ben", "Brandt")).value
    for given in ("Carl", "Cora"):  # two people, one shared address: never guessed
        create_contact(
            journal, person(given, "Team", channels=[Channel("email", "team@firma.example")])
        )
    put(
        client,
        calendar,
        "a",
        entry("e-anna", "Kaffee mit Anna", "ATTENDEE;CN=Anna:mailto:anna@netz.example"),
    )
    put(client, calendar, "b", entry("e-ben", "Telefonat", f"X-NETZJOURNAL-CONTACT:{ben.uid}"))
    put(
        client,
        calendar,
        "c",
        entry("e-who", "Messe", "ATTENDEE;CN=Anna Meier:mailto:anna@other.example"),
    )
    put(client, calendar, "d", entry("e-team", "Team-Runde", "ATTENDEE:mailto:team@firma.example"))
    put(client, calendar, "e", entry("e-none", "Gedanken"))
    # A task in the same calendar is the task sync's, not a note.
    client.put(
        f"{calendar}t.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VTODO\r\nUID:t-1\r\n"
        "DTSTAMP:20261121T100000Z\r\nSUMMARY:Aufgabe\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
        None,
        "text/calendar",
    )

    report = sync_notes(journal, client, calendar)
    assert sorted(report.created_here) == sorted(
        ["Kaffee mit Anna", "Telefonat", "Messe", "Team-Runde", "Gedanken"]
    )
    got = notes(journal)
    assert sorted(got) == ["e-anna", "e-ben"]
    assert got["e-anna"].participants == [anna.id] and got["e-anna"].body == "Notiz vom Telefon"
    assert got["e-ben"].participants == [ben.id]
    local = dt.datetime(2026, 11, 21, 8, 30, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert got["e-anna"].occurred_at == local
    inbox = {e.uid: e for e in state.inbox_entries(journal)}
    assert sorted(inbox) == ["e-none", "e-team", "e-who"]
    assert inbox["e-who"].people["unresolved"] == ["Anna Meier <anna@other.example>"]
    assert inbox["e-team"].people["unresolved"] == ["team@firma.example"]
    assert sync_notes(journal, client, calendar).changed == 0
    assert [f.text for f in follow_ups(journal)] == []  # the task is not a note

    # The user says who "Messe" was with: a note, and the phone learns it.
    note = state.assign_inbox(journal, "e-who", [anna.id])
    assert note.participants == [anna.id] and note.uid == "e-who"
    assert "e-who" not in {e.uid for e in state.inbox_entries(journal)}
    report = sync_notes(journal, client, calendar)
    assert report.updated_there == ["Messe"]
    assert sync_notes(journal, client, calendar).changed == 0
    # Tasks and notes share the calendar, each with its own sync token.
    assert sync_tasks(journal, client, calendar).created_here == ["Aufgabe"]
    assert sync_notes(journal, client, calendar).changed == 0

    # An edit on the phone reaches the note.
    listing = client.list_etags(calendar)
    items = client.multiget(calendar, list(listing.etags), "cal")
    href, (etag, text) = next((h, v) for h, v in items.items() if "e-anna" in v[1])
    client.put(href, text.replace("Notiz vom Telefon", "Notiz\\, ergänzt"), etag, "text/calendar")
    sync_notes(journal, client, calendar)
    assert notes(journal)["e-anna"].body == "Notiz, ergänzt"
