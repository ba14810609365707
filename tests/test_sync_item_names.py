"""Items whose UIDs a server would refuse as names still sync (a real Radicale).

Radicale refuses ``: ' " * ? ,`` in a request path, even percent-encoded (HTTP 400):
a Zoom invitation's UID ends in an IPv6 address (``…@fe80:0:0:0:…``). Such an item
is put under a name of its own (``engine.item_name``); the UID inside stays.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from conftest import TODAY, person
from dav_servers import PASSWORD, USER

from netzjournal.store import sync_state as state
from netzjournal.store.contacts import update_contact
from netzjournal.store.events import create_event, delete_event, list_events, update_event
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord, EventRecord
from netzjournal.sync import engine
from netzjournal.sync.calendars import ensure_calendar
from netzjournal.sync.contacts import ContactAdapter, sync_contacts
from netzjournal.sync.dav import DavClient
from netzjournal.sync.events import sync_events
from netzjournal.sync.fields import to_fields

pytestmark = pytest.mark.slow

ZOOM = Path(__file__).parent / "data" / "events" / "invitations" / "zoom-webinar.WRITTEN.ics"


def zoom_uid() -> str:
    [event] = icalendar.Calendar.from_ical(ZOOM.read_bytes()).walk("VEVENT")
    return str(event["UID"])


UIDS = {
    "Zoom-Webinar": zoom_uid(),  # 20261125T104512Z-86123456789@fe80:0:0:0:…eth0
    "Mit Schrägstrich": "termine/2026/12/stammtisch",
    "Mit Fragezeichen": "wer-kommt?ja",
    "Mit Raute": "stand#12",
    "Mit Leerzeichen": "Messe Köln 2026",
    "Nicht ASCII": "Grüße-€-日本",
    "Prozent": "rabatt%3A50",
    "Sehr lang": "x" * 300 + "@example.org",
    "Gewöhnlich": "040000008200E00074C5B7101A82E008",
}


@pytest.fixture
def client(radicale) -> Iterator[DavClient]:
    c = DavClient(radicale.url, USER, PASSWORD)
    yield c
    c.close()


def server_uids(client: DavClient, collection: str, kind: str = "cal") -> dict[str, str]:
    """href → the UID inside, of every item on the server."""
    listing = client.list_etags(collection)
    got = client.multiget(collection, list(listing.etags), kind) if listing.etags else {}
    out = {}
    for href, (_etag, text) in got.items():
        unfolded = re.sub(r"\r?\n[ \t]", "", text)  # (a long UID's line is folded)
        out[href] = re.search(r"^UID(?:;[^:\r\n]*)?:(.*?)\r?$", unfolded, re.M).group(1)
    return out


def with_uids(journal: Journal, uids: dict[str, str]) -> dict[str, ContactRecord]:
    """Contacts under these UIDs, as a sync from a phone's address book makes them (a
    contact made here gets a UUID: only a card from elsewhere brings such a UID)."""
    made = [
        (uid, to_fields(person(name, f"Nachname{n}"))) for n, (name, uid) in enumerate(uids.items())
    ]
    return ContactAdapter(journal).create(made)


def test_item_name_keeps_a_safe_uid_and_hashes_any_other():
    assert engine.item_name("3f2b-9c@example.org") == "3f2b-9c@example.org"
    for uid in (*UIDS.values(), ".versteckt", "-a", ""):
        if uid == UIDS["Gewöhnlich"]:
            continue
        name = engine.item_name(uid)
        assert name == hashlib.sha256(uid.encode()).hexdigest(), uid
    assert engine.item_name("x" * 200) == "x" * 200
    assert engine.item_name("x" * 201) != "x" * 201


def test_events_with_any_uid_reach_the_server_once_and_come_back_unchanged(
    journal, client, radicale, tmp_path
):
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    for name, uid in UIDS.items():
        create_event(journal, EventRecord(name, dt.date(2026, 12, 10), uid=uid))
    report = sync_events(journal, client, calendar)
    assert not report.rejected
    assert sorted(report.created_there) == sorted(UIDS)
    on_server = server_uids(client, calendar)
    assert sorted(on_server.values()) == sorted(UIDS.values())  # each once, UID as it was
    for href, uid in on_server.items():
        assert href == f"{calendar}{engine.item_name(uid)}.ics"
    assert sync_events(journal, client, calendar).changed == 0

    # Edited here and again: the same item is written, no second one.
    [zoom] = [e for e in list_events(journal) if e.uid == UIDS["Zoom-Webinar"]]
    zoom.place = "Online"
    update_event(journal, zoom)
    report = sync_events(journal, client, calendar)
    assert report.updated_there == ["Zoom-Webinar"] and not report.rejected
    assert sorted(server_uids(client, calendar).values()) == sorted(UIDS.values())

    # Another computer's journal gets them with their UIDs.
    other = Journal.open(tmp_path / "other.sqlite3")
    try:
        report = sync_events(other, client, calendar)
        assert sorted(report.created_here) == sorted(UIDS)
        assert {e.uid: e.name for e in list_events(other)} == {u: n for n, u in UIDS.items()}
        assert sync_events(other, client, calendar).changed == 0
    finally:
        other.close()
    assert sync_events(journal, client, calendar).changed == 0


def test_a_first_upload_in_one_request_leaves_unsafe_uids_to_single_uploads(journal, client):
    book = client.ensure_addressbook()
    plain = {f"Person{n}": f"person-{n}@netzjournal" for n in range(engine.BULK_MIN)}
    everyone = {**plain, **UIDS}
    with_uids(journal, everyone)
    puts: list[str] = []
    client.on_request = lambda method, url: puts.append(url) if method == "PUT" else None
    report = sync_contacts(journal, client, book, today=lambda: TODAY)
    client.on_request = None
    assert not report.rejected and len(report.created_there) == len(everyone)
    # One collection upload, then one PUT for each UID unsafe as a name.
    unsafe = [u for u in UIDS.values() if engine.item_name(u) != u]
    assert puts[0] == book and len(puts) == 1 + len(unsafe)
    on_server = server_uids(client, book, "card")
    assert sorted(on_server.values()) == sorted(everyone.values())
    kept = {uid: item.href for uid, item in state.sync_items(journal, "contact").items()}
    assert kept == {uid: f"{book}{engine.item_name(uid)}.vcf" for uid in everyone.values()}
    assert sync_contacts(journal, client, book, today=lambda: TODAY).changed == 0


def test_an_item_synced_before_keeps_its_href_even_an_odd_one(journal, client, radicale):
    """A phone's item under a name with ``%`` in it (sent as ``%25``, not read as an
    escape), and one an earlier version put at ``<uid>.ics`` with a space: edits and
    deletions go to that same place. (Radicale itself cuts a name at ``#``.)"""
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    odd = {"Rabatt%3A50 Köln.ics": "phone-1", "Messe Köln.ics": "Messe Köln"}
    for name, uid in odd.items():
        client.put(
            f"{calendar}{name}",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20261120T100000Z\r\nDTSTART;VALUE=DATE:20261210\r\n"
            f"SUMMARY:{name[:-4]}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            None,
            "text/calendar",
        )
    assert sorted(server_uids(client, calendar)) == sorted(f"{calendar}{n}" for n in odd)
    report = sync_events(journal, client, calendar)
    assert sorted(report.created_here) == ["Messe Köln", "Rabatt%3A50 Köln"]
    for event in list_events(journal):
        event.place = "Halle 7"
        update_event(journal, event)
    report = sync_events(journal, client, calendar)
    assert sorted(report.updated_there) == ["Messe Köln", "Rabatt%3A50 Köln"]
    assert not report.rejected and not report.conflicts
    on_server = server_uids(client, calendar)
    assert on_server == {f"{calendar}{n}": uid for n, uid in odd.items()}
    assert sync_events(journal, client, calendar).changed == 0
    for event in list_events(journal):
        delete_event(journal, event.id)
    report = sync_events(journal, client, calendar)
    assert sorted(report.deleted_there) == ["Messe Köln", "Rabatt%3A50 Köln"]
    assert server_uids(client, calendar) == {}


def test_contacts_with_any_uid_reach_the_address_book_once(journal, client):
    book = client.ensure_addressbook()
    people = with_uids(journal, UIDS)
    report = sync_contacts(journal, client, book, today=lambda: TODAY)
    assert not report.rejected and len(report.created_there) == len(UIDS)
    assert sorted(server_uids(client, book, "card").values()) == sorted(UIDS.values())
    assert sync_contacts(journal, client, book, today=lambda: TODAY).changed == 0
    zoom = people[UIDS["Zoom-Webinar"]]
    zoom.city = "Bonn"
    update_contact(journal, zoom)
    report = sync_contacts(journal, client, book, today=lambda: TODAY)
    assert len(report.updated_there) == 1 and not report.rejected
    assert len(server_uids(client, book, "card")) == len(UIDS)


def test_an_item_the_server_refuses_is_named_and_the_others_go_on(journal, client, radicale):
    """Radicale refuses a series of more than 10,000 evenings (HTTP 400): that one
    event stays here, is reported by name each time, and the rest reach the server."""
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    create_event(journal, EventRecord("Barcamp Ruhr", dt.date(2026, 12, 5)))
    create_event(
        journal,
        EventRecord("Daily Stand-up", dt.date(2026, 12, 1), rrule="FREQ=DAILY;COUNT=20000"),
    )
    create_event(
        journal, EventRecord("Zoom-Webinar", dt.date(2026, 12, 10), uid=UIDS["Zoom-Webinar"])
    )
    report = sync_events(journal, client, calendar)
    assert [(name, why.split()[:2]) for name, why in report.rejected] == [
        ("Daily Stand-up", ["HTTP", "400"])
    ]
    assert sorted(report.created_there) == ["Barcamp Ruhr", "Zoom-Webinar"]
    assert len(server_uids(client, calendar)) == 2
    again = sync_events(journal, client, calendar)
    assert [name for name, _why in again.rejected] == ["Daily Stand-up"]
    assert not again.created_there and not again.updated_there


def test_a_run_cut_off_after_putting_a_hashed_name_repeats_without_a_duplicate(
    journal, client, radicale
):
    """The run stopped after the PUT, before the journal noted it: the next run finds
    the item under its hash by the UID inside, and puts no second one."""
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    uid = UIDS["Zoom-Webinar"]
    webinar = create_event(journal, EventRecord("Zoom-Webinar", dt.date(2026, 12, 10), uid=uid))
    assert sync_events(journal, client, calendar).created_there == ["Zoom-Webinar"]
    state.forget_sync_items(journal, "event", [uid])  # as if cut off before this commit
    event = webinar.value
    event.place = "Online"
    update_event(journal, event)
    report = sync_events(journal, client, calendar)
    assert not report.rejected and not report.created_there and not report.created_here
    assert server_uids(client, calendar) == {f"{calendar}{engine.item_name(uid)}.ics": uid}
    assert sync_events(journal, client, calendar).changed == 0
    assert [e.uid for e in list_events(journal)] == [uid]
