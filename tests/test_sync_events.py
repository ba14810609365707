"""Events ↔ all-day VEVENTs on a real Radicale (see tests/dav_servers.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from dav_servers import PASSWORD, USER, Radicale

from netzjournal.store.events import create_event, get_event, list_events, update_event
from netzjournal.store.records import EventRecord
from netzjournal.sync.calendars import ensure_calendar
from netzjournal.sync.dav import DavClient
from netzjournal.sync.events import sync_events
from netzjournal.sync.tasks import sync_tasks

pytestmark = pytest.mark.slow


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    server = Radicale(tmp_path / "radicale")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def client(radicale) -> Iterator[DavClient]:
    c = DavClient(radicale.url, USER, PASSWORD)
    yield c
    c.close()


def items(client, calendar):
    listing = client.list_etags(calendar)
    return client.multiget(calendar, list(listing.etags), "cal")


def test_events_travel_both_ways_and_keep_what_the_calendar_added(journal, client, radicale):
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    fair = create_event(
        journal,
        EventRecord("Netzwerk-Messe", dt.date(2026, 12, 3), dt.date(2026, 12, 4),
                          place="Köln", notes="Stand B12", tags=["Messe", "Glasfaser"]),
    ).value  # fmt: skip
    report = sync_events(journal, client, calendar)
    assert report.created_there == ["Netzwerk-Messe"]
    [(href, (etag, text))] = list(items(client, calendar).items())
    assert "DTSTART;VALUE=DATE:20261203" in text and "DTEND;VALUE=DATE:20261205" in text
    assert "LOCATION:Köln" in text and "CATEGORIES:Glasfaser,Messe" in text
    assert sync_events(journal, client, calendar).changed == 0

    # The phone moves it to another hall and adds an alarm; the journal renames it.
    client.put(
        href,
        text.replace("LOCATION:Köln", "LOCATION:Köln Halle 7").replace(
            "END:VEVENT", "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Messe\r\n"
            "TRIGGER:-P1D\r\nEND:VALARM\r\nEND:VEVENT"),
        etag,
        "text/calendar",
    )  # fmt: skip
    fair.name = "Netzwerk-Messe 2026"
    update_event(journal, fair)
    report = sync_events(journal, client, calendar)
    assert not report.conflicts
    kept = get_event(journal, fair.id)
    assert (kept.name, kept.place) == ("Netzwerk-Messe 2026", "Köln Halle 7")
    [text] = [t for _e, t in items(client, calendar).values()]
    assert "SUMMARY:Netzwerk-Messe 2026" in text and "TRIGGER:-P1D" in text

    # One made in the phone's calendar arrives (a timed one: its day).
    client.put(
        f"{calendar}phone.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Etar//EN\r\nBEGIN:VEVENT\r\nUID:etar-1\r\n"
        "DTSTAMP:20261120T100000Z\r\nDTSTART:20261210T180000\r\nDTEND:20261210T200000\r\n"
        "SUMMARY:Stammtisch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        None,
        "text/calendar",
    )
    assert sync_events(journal, client, calendar).created_here == ["Stammtisch"]
    [new] = [e for e in list_events(journal) if e.uid == "etar-1"]
    assert (new.starts_on, new.ends_on) == (dt.date(2026, 12, 10), None)
    assert sync_events(journal, client, calendar).changed == 0
    assert sync_tasks(journal, client, calendar).changed == 0  # events are no tasks


def test_a_series_stays_off_the_server_and_its_single_events_travel(journal, client, radicale):
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    create_event(
        journal,
        EventRecord("Stammtisch Süd", dt.date(2026, 1, 13), rrule="FREQ=MONTHLY;BYDAY=2TU",
                          tags=["Stammtisch"]),
    )  # fmt: skip
    create_event(journal, EventRecord("Barcamp Ruhr", dt.date(2026, 3, 14)))
    report = sync_events(journal, client, calendar)
    assert report.created_there == ["Barcamp Ruhr"]  # one all-day entry would lose the evenings
    texts = [t for _e, t in items(client, calendar).values()]
    assert len(texts) == 1 and "Stammtisch" not in texts[0]
    assert sync_events(journal, client, calendar).changed == 0
