"""Events ↔ all-day VEVENTs on a real Radicale (see tests/dav_servers.py)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator

import icalendar
import pytest
from dav_servers import PASSWORD, USER

from netzjournal.store.events import (
    create_event,
    ensure_occurrence,
    get_event,
    list_events,
    occurrence_rows,
    reset_occurrence,
    update_event,
    update_occurrence,
)
from netzjournal.store.records import EventRecord
from netzjournal.sync.calendars import ensure_calendar
from netzjournal.sync.dav import DavClient
from netzjournal.sync.events import sync_events
from netzjournal.sync.tasks import sync_tasks

pytestmark = pytest.mark.slow


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


def _objects(client, calendar):
    """The calendar's objects, parsed: {UID: [VEVENT, …]} (the series' own first)."""
    out: dict[str, list] = {}
    for _etag, text in items(client, calendar).values():
        for ev in icalendar.Calendar.from_ical(text).walk("VEVENT"):
            out.setdefault(str(ev["UID"]), []).append(ev)
    for events in out.values():
        events.sort(key=lambda e: e.get("RECURRENCE-ID") is not None)
    return out


def test_a_series_travels_as_a_series_with_its_cancelled_and_moved_evenings(
    journal, client, radicale
):
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    series = create_event(
        journal,
        EventRecord("Stammtisch Süd", dt.date(2026, 1, 13), rrule="FREQ=MONTHLY;BYDAY=2TU",
                          start_time=dt.time(19), end_time=dt.time(22), place="Zum Anker",
                          tags=["Stammtisch"]),
    ).value  # fmt: skip
    update_occurrence(journal, series.id, dt.date(2026, 2, 10), cancelled=True)
    update_occurrence(
        journal, series.id, dt.date(2026, 3, 10), starts_on=dt.date(2026, 3, 12),
        place="Biergarten",
    )  # fmt: skip
    ensure_occurrence(journal, series.id, dt.date(2026, 4, 14))  # who came: no difference
    create_event(journal, EventRecord("Barcamp Ruhr", dt.date(2026, 3, 14)))
    report = sync_events(journal, client, calendar)
    assert sorted(report.created_there) == ["Barcamp Ruhr", "Stammtisch Süd"]
    [master, moved] = _objects(client, calendar)[series.uid]
    assert dict(master["RRULE"]) == {"FREQ": ["MONTHLY"], "BYDAY": ["2TU"]}
    assert master["DTSTART"].dt == dt.datetime(2026, 1, 13, 19)
    assert master["DTEND"].dt == dt.datetime(2026, 1, 13, 22)
    assert [d.dt for d in master["EXDATE"].dts] == [dt.datetime(2026, 2, 10, 19)]
    assert moved["RECURRENCE-ID"].dt == dt.datetime(2026, 3, 10, 19)
    assert moved["DTSTART"].dt == dt.datetime(2026, 3, 12, 19)
    assert str(moved["LOCATION"]) == "Biergarten"
    assert sync_events(journal, client, calendar).changed == 0

    # On the phone: the May evening is cancelled, the June one moves to the Thursday.
    [href] = [h for h, (_e, t) in items(client, calendar).items() if series.uid in t]
    etag, text = items(client, calendar)[href]
    cal = icalendar.Calendar.from_ical(text)
    first = next(e for e in cal.walk("VEVENT") if e.get("RECURRENCE-ID") is None)
    first.add("EXDATE", dt.datetime(2026, 5, 12, 19))
    june = icalendar.Event()
    for key, value in (("UID", series.uid), ("DTSTAMP", dt.datetime(2026, 5, 1, tzinfo=dt.UTC)),
                       ("RECURRENCE-ID", dt.datetime(2026, 6, 9, 19)),
                       ("DTSTART", dt.datetime(2026, 6, 11, 19)),
                       ("DTEND", dt.datetime(2026, 6, 11, 22)),
                       ("SUMMARY", "Stammtisch Süd")):  # fmt: skip
        june.add(key, value)
    cal.add_component(june)
    client.put(href, cal.to_ical().decode(), etag, "text/calendar")
    report = sync_events(journal, client, calendar)
    assert report.updated_here == ["Stammtisch Süd"] and not report.conflicts
    evenings = {o.occurrence_on: o for o in occurrence_rows(journal, series.id)}
    assert evenings[dt.date(2026, 5, 12)].cancelled
    assert evenings[dt.date(2026, 6, 9)].starts_on == dt.date(2026, 6, 11)
    assert evenings[dt.date(2026, 3, 10)].place == "Biergarten"  # still moved
    assert dt.date(2026, 4, 14) in evenings  # the row with who came stays
    assert sync_events(journal, client, calendar).changed == 0

    # In the journal: the March evening is as the series again; the rule changes.
    reset_occurrence(journal, series.id, dt.date(2026, 3, 10))
    changed = get_event(journal, series.id)
    changed.rrule = "FREQ=MONTHLY;BYDAY=2TU;COUNT=12"
    update_event(journal, changed)
    assert sync_events(journal, client, calendar).updated_there == ["Stammtisch Süd"]
    [master, *others] = _objects(client, calendar)[series.uid]
    assert dict(master["RRULE"]) == {"FREQ": ["MONTHLY"], "BYDAY": ["2TU"], "COUNT": [12]}
    assert sorted(d.dt for x in ([master["EXDATE"]] if not isinstance(master["EXDATE"], list)
                                 else master["EXDATE"]) for d in x.dts) == [
        dt.datetime(2026, 2, 10, 19), dt.datetime(2026, 5, 12, 19)]  # fmt: skip
    assert [o["RECURRENCE-ID"].dt for o in others] == [dt.datetime(2026, 6, 9, 19)]
    assert sync_events(journal, client, calendar).changed == 0


def test_a_series_made_on_the_phone_arrives_as_a_series(journal, client, radicale):
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    client.put(
        f"{calendar}jour-fixe.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Etar//EN\r\n"
        "BEGIN:VEVENT\r\nUID:etar-series-1\r\nDTSTAMP:20261120T100000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20261202T080000\r\nDTEND;TZID=Europe/Berlin:20261202T083000\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=6\r\nEXDATE;TZID=Europe/Berlin:20261230T080000\r\n"
        "SUMMARY:Jour fixe Netze\r\nLOCATION:Raum 3\r\n"
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Jour fixe\r\nTRIGGER:-PT10M\r\n"
        "END:VALARM\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:etar-series-1\r\nDTSTAMP:20261120T100000Z\r\n"
        "RECURRENCE-ID;TZID=Europe/Berlin:20261209T080000\r\n"
        "DTSTART;TZID=Europe/Berlin:20261209T090000\r\nDTEND;TZID=Europe/Berlin:20261209T093000\r\n"
        "SUMMARY:Jour fixe Netze\r\nLOCATION:Raum 5\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        None,
        "text/calendar",
    )
    assert sync_events(journal, client, calendar).created_here == ["Jour fixe Netze"]
    [series] = [e for e in list_events(journal) if e.uid == "etar-series-1"]
    assert series.rrule == "FREQ=WEEKLY;COUNT=6"
    assert (series.starts_on, series.start_time, series.end_time) == (
        dt.date(2026, 12, 2), dt.time(8), dt.time(8, 30))  # fmt: skip
    evenings = {o.occurrence_on: o for o in occurrence_rows(journal, series.id)}
    assert evenings[dt.date(2026, 12, 30)].cancelled
    assert evenings[dt.date(2026, 12, 9)].start_time == dt.time(9)
    assert evenings[dt.date(2026, 12, 9)].place == "Raum 5"
    assert sync_events(journal, client, calendar).changed == 0
    # The journal renames it: the phone's alarm, zone and evenings stay.
    series.name = "Jour fixe Netzbetrieb"
    update_event(journal, series)
    assert sync_events(journal, client, calendar).updated_there == ["Jour fixe Netzbetrieb"]
    [(_e, text)] = list(items(client, calendar).values())
    assert "TRIGGER:-PT10M" in text and "TZID=Europe/Berlin" in text
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20261209T080000" in text
    assert sync_events(journal, client, calendar).changed == 0


def test_a_fair_of_several_days_without_an_end_time_keeps_its_days(
    journal, client, radicale, tmp_path
):
    from netzjournal.store.journal import Journal

    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    create_event(journal, EventRecord("Buchmesse", dt.date(2026, 10, 14), dt.date(2026, 10, 16),
                                      start_time=dt.time(9, 30)))  # fmt: skip
    sync_events(journal, client, calendar)
    [(_e, text)] = list(items(client, calendar).values())
    assert "DTEND:20261017T000000" in text  # through the last day (it had no DTEND)
    phone = Journal.open(tmp_path / "second-device.sqlite3")
    try:
        assert sync_events(phone, client, calendar).created_here == ["Buchmesse"]
        [fair] = list_events(phone)
        assert (fair.starts_on, fair.ends_on, fair.start_time, fair.end_time) == (
            dt.date(2026, 10, 14), dt.date(2026, 10, 16), dt.time(9, 30), None)  # fmt: skip
        assert sync_events(phone, client, calendar).changed == 0
    finally:
        phone.close()
    assert sync_events(journal, client, calendar).changed == 0


def test_tasks_events_and_notes_share_one_listing_of_their_calendar(journal, client, radicale):
    from netzjournal.store.interactions import add_follow_up
    from netzjournal.store.records import FollowUpRecord
    from netzjournal.sync.notes import sync_notes

    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    create_event(journal, EventRecord("Stammtisch", dt.date(2026, 12, 3), dt.date(2026, 12, 3)))
    for _round in range(2):  # the second brings every kind's token past the event's upload
        sync_tasks(journal, client, calendar)
        sync_events(journal, client, calendar)
        sync_notes(journal, client, calendar)

    def all_three() -> list[str]:
        methods: list[str] = []
        client.on_request = lambda method, _url: methods.append(method)
        listings: dict = {}
        for run in (sync_tasks, sync_events, sync_notes):
            assert run(journal, client, calendar, listings=listings).changed == 0
        client.on_request = None
        return methods

    assert all_three() == ["REPORT"]
    # Once one of them writes, the next asks the server again.
    add_follow_up(journal, FollowUpRecord(text="Angebot schicken", due_on=dt.date(2026, 12, 9)))
    methods: list[str] = []
    client.on_request = lambda method, _url: methods.append(method)
    listings: dict = {}
    assert sync_tasks(journal, client, calendar, listings=listings).created_there
    assert sync_events(journal, client, calendar, listings=listings).changed == 0
    client.on_request = None
    # Tasks: listing, upload, the newer token; events: their own listing (not the
    # one from before the upload) — the new item is the tasks', not fetched again.
    assert methods == ["REPORT", "PUT", "REPORT", "REPORT"]


def test_an_event_deleted_on_the_phone_keeps_who_was_there(journal, client, radicale):
    """Tidying the phone's calendar deleted the evening here and who came with it.
    An event the journal's attendance or notes name is kept and goes back up (as an
    edit here would); one without history is deleted as before."""
    from conftest import note, person

    from netzjournal.store.contacts import create_contact
    from netzjournal.store.events import attendance, set_attendance
    from netzjournal.store.interactions import create_interaction, get_interaction

    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    anna = create_contact(journal, person("Anna", "Meier")).value
    evening = create_event(journal, EventRecord("Stammtisch", dt.date(2026, 11, 3))).value
    fair = create_event(journal, EventRecord("Messe", dt.date(2026, 11, 10))).value
    empty = create_event(journal, EventRecord("Webinar", dt.date(2026, 11, 12))).value
    set_attendance(journal, evening.id, anna.id, "attended")
    met = create_interaction(
        journal, note(dt.datetime(2026, 11, 10, 12, 0), [anna.id], event_id=fair.id)
    ).value
    sync_events(journal, client, calendar)
    for href, (etag, _text) in items(client, calendar).items():
        client.delete(href, etag)

    report = sync_events(journal, client, calendar)
    assert report.deleted_here == ["Webinar"]
    assert sorted(report.kept_here) == ["Messe", "Stammtisch"]
    assert sorted(report.created_there) == ["Messe", "Stammtisch"]
    assert {e.uid for e in list_events(journal)} == {evening.uid, fair.uid}
    assert empty.uid not in {e.uid for e in list_events(journal)}
    assert [a.contact_id for a in attendance(journal, [evening.id])[evening.id]] == [anna.id]
    assert get_interaction(journal, met.id).event_id == fair.id
    assert len(items(client, calendar)) == 2
    assert sync_events(journal, client, calendar).changed == 0


GOOGLE_SERIES = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
    "BEGIN:VEVENT\r\nUID:0abc123def@google.com\r\nDTSTAMP:20261120T080000Z\r\n"
    "DTSTART:20261203T170000Z\r\nDTEND:20261203T180000Z\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=30\r\nSUMMARY:Mentoring-Call\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_google_series_in_utc_synced_before_keeps_its_hour_on_every_side(
    journal, client, radicale, berlin_zone
):
    """A series Google put on the server in UTC (``DTSTART:…170000Z`` and a weekly
    rule, no zone named) was read before this version as 18:00 on this computer's
    clock (Berlin, winter) and its base kept so. The server's copy now reads as
    17:00 UTC. An edit here (a note) must not write the journal's 18:00 back as a
    floating time — every other device would show the evening at 18:00 wherever it
    is, and in summer an hour before the others —; a change on the phone takes the
    server's reading once, the same instants."""
    from netzjournal.store import sync_state as state
    from netzjournal.sync.events import EventAdapter

    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    href = f"{client.path(calendar).rstrip('/')}/0abc123def@google.com.ics"
    client.put(href, GOOGLE_SERIES, None, "text/calendar")
    [(etag, _text)] = items(client, calendar).values()
    # As the last version left it: 18:00 on this computer's clock, no zone, its base so.
    series = create_event(journal, EventRecord(
        "Mentoring-Call", dt.date(2026, 12, 3), start_time=dt.time(18), end_time=dt.time(19),
        rrule="FREQ=WEEKLY;COUNT=30", uid="0abc123def@google.com"),
    ).value  # fmt: skip
    base = EventAdapter(journal).fields(series)
    assert "zone" not in base
    state.save_sync_items(journal, "event", client.path(calendar), [
        (series.uid, client.path(href), etag, base)])  # fmt: skip

    def first_evening(text: str) -> dt.datetime:
        master = next(
            e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")
            if e.get("RECURRENCE-ID") is None
        )  # fmt: skip
        return master["DTSTART"].dt

    # A note here: up it goes, the series' times as the server has them.
    series.notes = "Fragen zur Gründung mitbringen"
    update_event(journal, series)
    assert sync_events(journal, client, calendar).updated_there == ["Mentoring-Call"]
    [(_etag, text)] = items(client, calendar).values()
    assert first_evening(text) == dt.datetime(2026, 12, 3, 17, tzinfo=dt.UTC)
    assert "Fragen zur Gründung" in text
    assert sync_events(journal, client, calendar).changed == 0

    # On the phone: a new title. The journal takes the server's reading (17:00 UTC):
    # 18:00 in Berlin in winter as before, 19:00 in summer as every other device.
    [(there, (etag, text))] = items(client, calendar).items()
    client.put(there, text.replace("SUMMARY:Mentoring-Call", "SUMMARY:Mentoring"), etag,
               "text/calendar")  # fmt: skip
    report = sync_events(journal, client, calendar)
    assert len(report.updated_here) == 1 and not report.conflicts
    now = get_event(journal, series.id)
    assert now.name == "Mentoring" and now.notes == "Fragen zur Gründung mitbringen"
    assert (now.start_time, now.zone) == (dt.time(17), "UTC")
    berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    first = dt.datetime.combine(now.starts_on, now.start_time, dt.UTC).astimezone(berlin)
    assert first.time() == dt.time(18)  # the first evening's wall clock here: unchanged
    [(_etag, text)] = items(client, calendar).values()
    assert first_evening(text) == dt.datetime(2026, 12, 3, 17, tzinfo=dt.UTC)
    assert sync_events(journal, client, calendar).changed == 0


def test_a_cancelled_meeting_goes_to_the_phone_cancelled_and_comes_back_so(
    journal, client, radicale, tmp_path
):
    """An Outlook meeting the organiser called off is cancelled in the journal: the
    phone's calendar must not show it as on (STATUS:CANCELLED), and one called off in
    the phone's calendar is cancelled here. An app's own STATUS stays otherwise."""
    from netzjournal.store.journal import Journal

    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    pre_read = create_event(
        journal, EventRecord("Steering committee pre-read", dt.date(2026, 12, 3),
                             start_time=dt.time(14), end_time=dt.time(15),
                             zone="Europe/London", cancelled=True),
    ).value  # fmt: skip
    kickoff = create_event(
        journal, EventRecord("Kick-off Beschaffungsstrategie", dt.date(2026, 12, 8),
                             start_time=dt.time(10)),
    ).value  # fmt: skip
    sync_events(journal, client, calendar)
    texts = {str(icalendar.Calendar.from_ical(t).walk("VEVENT")[0]["SUMMARY"]): (h, e, t)
             for h, (e, t) in items(client, calendar).items()}  # fmt: skip
    assert "STATUS:CANCELLED" in texts["Steering committee pre-read"][2]
    assert "STATUS" not in texts["Kick-off Beschaffungsstrategie"][2]

    phone = Journal.open(tmp_path / "second-device.sqlite3")
    try:
        sync_events(phone, client, calendar)
        assert {e.name: e.cancelled for e in list_events(phone)} == {
            "Steering committee pre-read": True,
            "Kick-off Beschaffungsstrategie": False,
        }
    finally:
        phone.close()

    # The phone's calendar calls the kick-off off; the pre-read is on again there.
    href, etag, text = texts["Kick-off Beschaffungsstrategie"]
    client.put(href, text.replace("END:VEVENT", "STATUS:CANCELLED\r\nEND:VEVENT"), etag,
               "text/calendar")  # fmt: skip
    href, etag, text = texts["Steering committee pre-read"]
    client.put(href, text.replace("STATUS:CANCELLED", "STATUS:TENTATIVE"), etag,
               "text/calendar")  # fmt: skip
    report = sync_events(journal, client, calendar)
    assert not report.conflicts
    assert get_event(journal, kickoff.id).cancelled
    assert not get_event(journal, pre_read.id).cancelled

    # Renamed here: the phone's TENTATIVE stays (nothing about being on changed).
    kept = get_event(journal, pre_read.id)
    kept.name = "Steering committee pre-read (v2)"
    update_event(journal, kept)
    sync_events(journal, client, calendar)
    [text] = [t for _e, t in items(client, calendar).values() if "(v2)" in t]
    assert "STATUS:TENTATIVE" in text
    assert sync_events(journal, client, calendar).changed == 0
