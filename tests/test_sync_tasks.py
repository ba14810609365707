"""Follow-ups ↔ VTODO on a real Radicale and Xandikos (see tests/dav_servers.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import person
from dav_servers import PASSWORD, USER, Radicale, Server, Xandikos

from netzjournal.store import sync_state as state
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import (
    add_follow_up,
    delete_follow_up,
    follow_ups,
    update_follow_up,
)
from netzjournal.store.records import FollowUpRecord
from netzjournal.sync.calendars import ensure_calendar
from netzjournal.sync.dav import DavClient, SyncError
from netzjournal.sync.tasks import sync_tasks

pytestmark = pytest.mark.slow
NOW = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(params=["radicale", "xandikos"])
def server(request, tmp_path: Path) -> Iterator[Server]:
    running = {"radicale": Radicale, "xandikos": Xandikos}[request.param](tmp_path / "dav")
    running.start()
    yield running
    running.stop()


@pytest.fixture
def client(server: Server) -> Iterator[DavClient]:
    c = DavClient(server.url, USER, PASSWORD)
    yield c
    c.close()


@pytest.fixture
def tasks(server: Server) -> str:
    return ensure_calendar(server.url, USER, PASSWORD)


def sync(j, client, tasks, **kw):
    return sync_tasks(j, client, tasks, now=NOW, **kw)


def server_items(client: DavClient, tasks: str) -> dict[str, tuple[str | None, str]]:
    listing = client.list_etags(tasks)
    return client.multiget(tasks, list(listing.etags), "cal") if listing.etags else {}


def phone_edit(client, tasks, uid: str, old: str, new: str) -> None:
    [(href, (etag, text))] = [(h, v) for h, v in server_items(client, tasks).items() if uid in v[1]]
    assert re.search(old, text, re.M), text
    client.put(href, re.sub(old, new, text, count=1, flags=re.M), etag, "text/calendar")


def test_the_calendar_is_found_again_not_made_twice(server):
    first = ensure_calendar(server.url, USER, PASSWORD)
    assert ensure_calendar(server.url, USER, PASSWORD) == first


def test_follow_ups_become_tasks_and_done_on_the_phone_is_done_here(journal, client, tasks):
    anna = create_contact(journal, person("Anna", "Meier")).value
    call = add_follow_up(
        journal,
        FollowUpRecord("Anna anrufen wegen Angebot", anna.id, due_on=dt.date(2026, 12, 1)),
    ).value
    send = add_follow_up(journal, FollowUpRecord("Folien schicken", owed_by="them")).value
    report = sync(journal, client, tasks)
    assert sorted(report.created_there) == ["Anna anrufen wegen Angebot", "Folien schicken"]
    texts = "".join(t for _e, t in server_items(client, tasks).values())
    assert "DUE;VALUE=DATE:20261201" in texts
    assert f"X-NETZJOURNAL-CONTACT:{anna.uid}" in texts and "DESCRIPTION:Anna Meier" in texts
    assert "X-NETZJOURNAL-OWED-BY:them" in texts
    assert sync(journal, client, tasks).changed == 0

    # Ticked off on the phone, which also adds an alarm; the journal renames it.
    phone_edit(
        client, tasks, call.uid, r"^STATUS:NEEDS-ACTION",
        "STATUS:COMPLETED\r\nCOMPLETED:20261123T080000Z\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
        "DESCRIPTION:Erinnerung\r\nTRIGGER:-PT15M\r\nEND:VALARM",
    )  # fmt: skip
    call.text = "Anna anrufen: Angebot nachfassen"
    update_follow_up(journal, call)
    report = sync(journal, client, tasks)
    assert not report.conflicts
    [done] = [f for f in follow_ups(journal, open_only=False) if f.uid == call.uid]
    assert done.done and done.done_at is not None
    assert done.text == "Anna anrufen: Angebot nachfassen" and done.contact_id == anna.id
    text = next(t for _e, t in server_items(client, tasks).values() if call.uid in t)
    assert "SUMMARY:Anna anrufen: Angebot nachfassen" in text
    assert "STATUS:COMPLETED" in text and "TRIGGER:-PT15M" in text  # the alarm kept
    assert [f.uid for f in follow_ups(journal)] == [send.uid]  # the other still open
    assert sync(journal, client, tasks).changed == 0


def test_a_task_made_on_the_phone_becomes_a_follow_up(journal, client, tasks):
    anna = create_contact(journal, person("Anna", "Meier")).value
    client.put(
        f"{tasks}phone-task.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tasks.org//EN\r\nBEGIN:VTODO\r\n"
        "UID:tasks-org-4711\r\nDTSTAMP:20261120T100000Z\r\nSUMMARY:Karte an Anna\r\n"
        "DUE;VALUE=DATE:20261205\r\nPRIORITY:1\r\n"
        f"X-NETZJOURNAL-CONTACT:{anna.uid}\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
        None,
        "text/calendar",
    )
    report = sync(journal, client, tasks)
    assert report.created_here == ["Karte an Anna"]
    [f] = follow_ups(journal)
    assert (f.uid, f.due_on, f.contact_id, f.done) == (
        "tasks-org-4711", dt.date(2026, 12, 5), anna.id, False,
    )  # fmt: skip
    # Deleted in the journal, untouched on the phone: deleted there too.
    delete_follow_up(journal, f.id)
    report = sync(journal, client, tasks)
    assert report.deleted_there == ["Karte an Anna"]
    assert server_items(client, tasks) == {}
    assert state.sync_items(journal, "follow_up") == {}


def test_a_wrong_password_for_the_calendar(tmp_path):
    server = Radicale(tmp_path / "r")
    server.start()
    try:
        with pytest.raises(SyncError) as caught:
            ensure_calendar(server.url, USER, "falsch")
        assert caught.value.code == "auth"
    finally:
        server.stop()


def test_a_follow_up_names_a_paired_contact_by_the_card_s_uid(journal, client, tasks, tmp_path):
    """Jörg was on Mira's phone and in her journal; the first sync made them one, the
    journal's Jörg keeping his UID and the card the phone's. His follow-up named him
    by the journal's UID, which a second computer syncing the same address book (it
    knows him by the card's) could not find: its follow-up named nobody."""
    from netzjournal.store.journal import Journal
    from netzjournal.store.records import Channel
    from netzjournal.sync.contacts import sync_contacts

    book = client.ensure_addressbook()
    client.put(
        f"{book}phone-1.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:joerg-card\r\nFN:Jörg Übel\r\nN:Übel;Jörg;;;\r\n"
        "EMAIL:joerg@stadtwerke.example\r\nEND:VCARD\r\n",
        None,
    )
    email = [Channel("email", "joerg@stadtwerke.example")]
    joerg = create_contact(journal, person("Jörg", "Übel", channels=email)).value
    add_follow_up(journal, FollowUpRecord("Jörg anrufen", joerg.id))
    assert sync_contacts(journal, client, book).paired == ["Jörg Übel"]
    sync(journal, client, tasks)
    [(_etag, text)] = server_items(client, tasks).values()
    assert "X-NETZJOURNAL-CONTACT:joerg-card" in text and joerg.uid not in text

    with Journal.open(tmp_path / "second.sqlite3") as second:
        sync_contacts(second, client, book)
        sync(second, client, tasks)
        [there] = state.contact_directory(second)
        assert there.uid == "joerg-card"
        [call] = follow_ups(second, open_only=False)
        assert call.contact_id == there.id and call.text == "Jörg anrufen"
        # The phone's "done" there comes back here to the same Jörg's follow-up.
        call.done = True
        update_follow_up(second, call)
        sync(second, client, tasks)
    assert sync(journal, client, tasks).updated_here == ["Jörg anrufen"]
    [mine] = follow_ups(journal, open_only=False)
    assert mine.done and mine.contact_id == joerg.id
    assert sync(journal, client, tasks).changed == 0
