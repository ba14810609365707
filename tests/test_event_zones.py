"""An invitation from another time zone keeps its wall clock and its zone, and the
window says when it is here (netzjournal/zones.py, migration 0043).

The invitations are real files (tests/data/events/invitations): Outlook 365's
Teams meeting from London (Windows zone "GMT Standard Time"), Zoom's webinar in
New York's zone, and the Berlin ones beside them. This computer's zone is pinned:
Berlin (``berlin_zone``) or UTC (``utc_zone``, as CI's).
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from netzjournal import zones
from netzjournal.interchange import ical_in
from netzjournal.interchange.writers import ics
from netzjournal.store.events import create_event, get_event, list_events, occurrences
from netzjournal.store.records import EventRecord, Occurrence
from netzjournal.sync.events import EventAdapter

INVITATIONS = Path(__file__).parent / "data" / "events" / "invitations"
EVENTS = Path(__file__).parent / "data" / "events"
TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def utc_zone() -> Iterator[None]:
    """This computer in UTC (as CI's), for the test."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def imported(journal, *names: str) -> dict[str, EventRecord]:
    for name in names:
        ical_in.import_events(
            journal, ical_in.parse((INVITATIONS / name).read_bytes()), today=TODAY
        )
    return {e.name: e for e in list_events(journal)}


def test_an_invitation_keeps_its_wall_clock_and_its_zone(journal, berlin_zone):
    events = imported(journal, "teams-meeting-london.WRITTEN.ics",
                      "zoom-webinar-newyork.WRITTEN.ics",
                      "teams-meeting-outlook365.WRITTEN.ics")  # fmt: skip
    london = events["Mentoring UK/DE: Kick-off"]
    assert (london.starts_on, london.start_time, london.end_time) == (
        dt.date(2026, 12, 8), dt.time(16, 0), dt.time(16, 45))  # fmt: skip
    assert london.zone == "Europe/London"  # (Outlook's "GMT Standard Time")
    webinar = events["Webinar: Remote Jobs bei US-Firmen"]
    assert (webinar.start_time, webinar.zone) == (dt.time(18, 0), "America/New_York")
    berlin = events["Mentoring-Tandems: Abstimmung"]
    assert (berlin.start_time, berlin.zone) == (dt.time(16, 0), "Europe/Berlin")
    # The list's occurrences carry it too.
    by_name = {o.name: o for o in occurrences(journal, TODAY, dt.date(2026, 12, 31))}
    assert by_name["Mentoring UK/DE: Kick-off"].zone == "Europe/London"


def test_when_it_is_here_in_berlin(journal, berlin_zone):
    events = imported(journal, "teams-meeting-london.WRITTEN.ics",
                      "zoom-webinar-newyork.WRITTEN.ics",
                      "teams-meeting-outlook365.WRITTEN.ics")  # fmt: skip
    london = events["Mentoring UK/DE: Kick-off"]
    assert zones.here(london.starts_on, london.start_time, london.zone) == dt.datetime(
        2026, 12, 8, 17, 0
    )
    webinar = events["Webinar: Remote Jobs bei US-Firmen"]
    assert zones.here(webinar.starts_on, webinar.start_time, webinar.zone) == dt.datetime(
        2026, 12, 11, 0, 0
    )  # (the next day here)
    berlin = events["Mentoring-Tandems: Abstimmung"]
    assert zones.here(berlin.starts_on, berlin.start_time, berlin.zone) is None


def test_when_it_is_here_on_a_utc_computer_the_stored_times_stay(journal, utc_zone):
    events = imported(journal, "teams-meeting-london.WRITTEN.ics",
                      "teams-meeting-outlook365.WRITTEN.ics")  # fmt: skip
    berlin = events["Mentoring-Tandems: Abstimmung"]
    assert (berlin.start_time, berlin.zone) == (dt.time(16, 0), "Europe/Berlin")  # kept
    assert zones.here(berlin.starts_on, berlin.start_time, berlin.zone) == dt.datetime(
        2026, 12, 8, 15, 0
    )
    london = events["Mentoring UK/DE: Kick-off"]
    assert zones.here(london.starts_on, london.start_time, london.zone) is None  # (UTC = GMT)


def test_summer_time_is_that_moments(berlin_zone):
    # London and Berlin differ by an hour all year; New York and Berlin by five,
    # but by four in the weeks only one of them has changed its clocks.
    assert zones.here(dt.date(2026, 7, 1), dt.time(9), "America/New_York") == dt.datetime(
        2026, 7, 1, 15, 0
    )
    assert zones.here(dt.date(2026, 3, 20), dt.time(9), "America/New_York") == dt.datetime(
        2026, 3, 20, 14, 0
    )
    assert zones.here(dt.date(2026, 7, 1), dt.time(9), "") is None
    assert zones.here(dt.date(2026, 7, 1), None, "Europe/London") is None


def test_a_zone_of_the_files_own_is_kept_as_its_offset(journal, berlin_zone):
    ical_in.import_events(journal, ical_in.parse((EVENTS / "office-zone.WRITTEN.ics").read_bytes()),
                          today=TODAY)  # fmt: skip
    [office] = list_events(journal)
    assert office.zone == "+05:00"
    assert zones.place(office.zone) == "UTC+05:00"
    at = zones.here(office.starts_on, office.start_time, office.zone)
    assert at is not None and at - dt.datetime.combine(office.starts_on, office.start_time) == (
        dt.timedelta(hours=-4))  # fmt: skip


def test_export_and_reimport_keep_the_zone(journal, tmp_path, berlin_zone):
    imported(journal, "teams-meeting-london.WRITTEN.ics", "zoom-webinar-newyork.WRITTEN.ics")
    create_event(journal, EventRecord("Stammtisch", dt.date(2026, 12, 9),
                                      start_time=dt.time(19), rrule="FREQ=WEEKLY"))  # fmt: skip
    create_event(journal, EventRecord("Offset", dt.date(2026, 12, 9), start_time=dt.time(9),
                                      zone="-03:30"))  # fmt: skip
    data = ics(journal, TODAY)
    text = data.decode()
    assert "DTSTART;TZID=Europe/London:20261208T160000" in text
    assert "DTSTART;TZID=America/New_York:20261210T180000" in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:America/New_York" in text
    assert "DTSTART:20261209T190000" in text  # (one without a zone stays floating)
    again = {e.record.name: e.record for e in ical_in.parse(data)}
    assert (again["Mentoring UK/DE: Kick-off"].start_time,
            again["Mentoring UK/DE: Kick-off"].zone) == (dt.time(16), "Europe/London")  # fmt: skip
    assert again["Webinar: Remote Jobs bei US-Firmen"].zone == "America/New_York"
    assert again["Stammtisch"].zone == ""
    assert (again["Offset"].start_time, again["Offset"].zone) == (dt.time(9), "-03:30")


def test_sync_writes_the_zone_back_and_reads_it(journal, berlin_zone):
    [webinar] = imported(journal, "zoom-webinar-newyork.WRITTEN.ics").values()
    adapter = EventAdapter(journal)
    fields = adapter.fields(webinar)
    assert fields["zone"] == "America/New_York"
    text = adapter.text(webinar.uid, fields, None)
    assert "DTSTART;TZID=America/New_York:20261210T180000" in text
    assert "TZID:America/New_York" in text  # (its VTIMEZONE)
    _uid, back = adapter.parse(text, "x.ics")  # type: ignore[misc]
    assert back == fields
    # A phone's entry at a floating time has no zone; one here without a zone, none.
    plain = create_event(journal, EventRecord("Stammtisch", dt.date(2026, 12, 9),
                                              start_time=dt.time(19))).value  # fmt: skip
    assert "zone" not in adapter.fields(plain)
    rec = adapter._record(get_event(journal, webinar.id or 0), {**fields, "zone": None})
    assert rec.zone == ""


def test_the_events_words_say_when_it_is_here(qapp, berlin_zone):
    from uihelpers import in_language

    from netzjournal.ui.events_tab import words

    def occ(day: dt.date, at: dt.time, zone: str) -> Occurrence:
        return Occurrence(None, 1, day, day, None, at, "x", "", zone=zone)

    london = occ(dt.date(2026, 12, 8), dt.time(16), "Europe/London")
    newyork = occ(dt.date(2026, 12, 10), dt.time(18), "America/New_York")
    berlin = occ(dt.date(2026, 12, 8), dt.time(16), "Europe/Berlin")
    with in_language("de"):
        assert words.span_here(london) == "08.12.2026 16:00 (London) · 17:00 bei Ihnen"
        assert words.span_here(newyork) == (
            "10.12.2026 18:00 (New York) · 00:00 am Fr., 11.12. bei Ihnen"
        )
        assert words.span_here(berlin) == "08.12.2026 16:00"
    with in_language("en"):
        assert words.span_here(london) == "08/12/2026 16:00 London time · 17:00 your time"
        assert words.span_here(newyork) == (
            "10/12/2026 18:00 New York time · 00:00 on Fri 11 Dec your time"
        )
        assert words.span_here(berlin) == "08/12/2026 16:00"


def test_a_meeting_from_london_has_begun_by_berlins_clock(berlin_zone):
    from netzjournal.ui.events_tab import words

    day = dt.date(2026, 12, 8)
    london = Occurrence(None, 1, day, day, None, dt.time(16), "x", "", zone="Europe/London")
    assert words.has_begun(london, day, dt.time(16, 30)) is False  # (15:30 in London)
    assert words.has_begun(london, day, dt.time(17, 0)) is True
    here = Occurrence(None, 1, day, day, None, dt.time(16), "x", "")
    assert words.has_begun(here, day, dt.time(16, 30)) is True


def test_the_events_list_says_when_it_is_here_and_the_row_is_higher(
    qtbot, qtmodeltester, tmp_path, berlin_zone, german
):
    from PySide6.QtCore import Qt

    from netzjournal import paths
    from netzjournal.store.journal import Journal
    from netzjournal.ui.events_tab.model import EventsModel
    from netzjournal.ui.main_window import EVENTS, MainWindow

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal)
    imported(journal, "teams-meeting-london.WRITTEN.ics", "zoom-webinar-newyork.WRITTEN.ics",
             "teams-meeting-outlook365.WRITTEN.ics")  # fmt: skip
    model = EventsModel(journal, lambda: TODAY)
    model.reload()
    qtmodeltester.check(model)
    rows = {model.occurrence(r).name: r for r in range(model.rowCount()) if model.occurrence(r)}

    def cell(name: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(rows[name], EventsModel.DATE), role)

    assert cell("Mentoring UK/DE: Kick-off") == "08.12.2026 16:00\n17:00 bei Ihnen"
    assert cell("Webinar: Remote Jobs bei US-Firmen") == "10.12.2026 18:00\nFr. 00:00 bei Ihnen"
    assert cell("Mentoring-Tandems: Abstimmung") == "08.12.2026 16:00"  # (Berlin: as here)
    assert cell("Mentoring UK/DE: Kick-off", Qt.ItemDataRole.ToolTipRole) == (
        "08.12.2026 16:00 (London) · 17:00 bei Ihnen"
    )
    zoned = {rows["Mentoring UK/DE: Kick-off"], rows["Webinar: Remote Jobs bei US-Firmen"]}
    assert set(model.zoned_rows()) == zoned

    # In the window at 800×600: those rows are a line higher, their second line shown.
    w = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(800, 600)
    w.show()
    w.show_view(EVENTS)
    pane = w.events_pane
    table, listed = pane.table, pane.model
    qtbot.waitUntil(lambda: listed.rowCount() > 0)
    heights = {listed.occurrence(r).name: table.rowHeight(r)  # type: ignore[union-attr]
               for r in range(listed.rowCount()) if listed.occurrence(r)}  # fmt: skip
    plain = heights["Mentoring-Tandems: Abstimmung"]
    assert heights["Mentoring UK/DE: Kick-off"] > plain
    assert heights["Webinar: Remote Jobs bei US-Firmen"] > plain
    w.close()
    journal.close()


@pytest.mark.slow
def test_a_synced_invitation_keeps_its_zone_on_the_server_and_back(journal, radicale, berlin_zone):
    from dav_servers import PASSWORD, USER

    from netzjournal.sync.calendars import ensure_calendar
    from netzjournal.sync.dav import DavClient
    from netzjournal.sync.events import sync_events

    [meeting] = imported(journal, "teams-meeting-london.WRITTEN.ics").values()
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    client = DavClient(radicale.url, USER, PASSWORD)
    try:
        assert sync_events(journal, client, calendar).created_there == [meeting.name]
        [(href, (etag, text))] = client.multiget(
            calendar, list(client.list_etags(calendar).etags), "cal"
        ).items()
        assert "DTSTART;TZID=Europe/London:20261208T160000" in text
        assert "BEGIN:VTIMEZONE" in text
        assert sync_events(journal, client, calendar).changed == 0
        # The phone moves it half an hour later, in its zone (London's): the journal takes the
        # wall clock and keeps the zone.
        moved = text.replace("20261208T160000", "20261208T163000")
        client.put(href, moved, etag, "text/calendar")
        sync_events(journal, client, calendar)
        back = get_event(journal, meeting.id or 0)
        assert (back.start_time, back.zone) == (dt.time(16, 30), "Europe/London")
        assert zones.here(back.starts_on, back.start_time, back.zone) == dt.datetime(
            2026, 12, 8, 17, 30
        )
    finally:
        client.close()


def test_a_series_from_new_york_is_right_here_in_the_weeks_only_one_side_changed(
    journal, berlin_zone
):
    # Outlook names its zones by Windows' display names, with ':' and ',' in the
    # TZID parameter and no quotes; its VTIMEZONE has New York's rules. Each
    # evening is worked out in New York's zone: the US change their clocks on 14
    # March 2027, the EU on 28 March.
    events = imported(journal, "outlook-display-zones.WRITTEN.ics")
    call = events["US/DE Mentoring: weekly call"]
    assert (call.start_time, call.zone) == (dt.time(12), "America/New_York")
    here = {
        o.starts_on: zones.here(o.starts_on, o.start_time, o.zone)
        for o in occurrences(journal, dt.date(2027, 2, 1), dt.date(2027, 5, 1), [call.id or 0])
    }
    assert [(d.day, at.hour if at else None) for d, at in here.items()] == [
        (22, 18), (1, 18), (8, 18), (15, 17), (22, 17), (29, 18), (5, 18), (12, 18)]  # fmt: skip


def test_outlooks_unquoted_zone_with_commas_keeps_its_event(journal, berlin_zone):
    problems: list[tuple[str, str]] = []
    data = (INVITATIONS / "outlook-display-zones.WRITTEN.ics").read_bytes()
    names = {e.record.name: e.record for e in ical_in.parse(data, problems)}
    assert problems == []
    meeting = names["Mentoring-Tandems: Jahresabschluss"]
    assert (meeting.starts_on, meeting.start_time, meeting.end_time, meeting.zone) == (
        dt.date(2026, 12, 15), dt.time(10, 30), dt.time(11, 30), "Europe/Berlin")  # fmt: skip
    # A zone of the file's own whose clock no IANA zone keeps stays its offset.
    [office] = ical_in.parse((EVENTS / "office-zone.WRITTEN.ics").read_bytes())
    assert office.record.zone == "+05:00"


def test_the_list_is_in_the_order_they_are_here(qapp, qtmodeltester, journal, berlin_zone):
    # New York's 18:00 on the 10th is the 11th's midnight in Berlin: after the
    # Berlin evenings of the 10th, and on the 10th itself it is still ahead.
    from netzjournal.ui.events_tab import words
    from netzjournal.ui.events_tab.model import EventsModel

    imported(journal, "zoom-webinar-newyork.WRITTEN.ics")
    for name, at in (("Stammtisch", dt.time(19)), ("Spieleabend", dt.time(22))):
        create_event(journal, EventRecord(name, dt.date(2026, 12, 10), start_time=at))
    create_event(journal, EventRecord("Messe", dt.date(2026, 12, 11)))  # (all day: its morning)
    create_event(journal, EventRecord("Frühstück", dt.date(2026, 12, 11), start_time=dt.time(8),
                                      zone="Europe/Berlin"))  # fmt: skip
    order = [o.name for o in occurrences(journal, dt.date(2026, 12, 10), dt.date(2026, 12, 11))]
    assert order == ["Stammtisch", "Spieleabend", "Messe", "Webinar: Remote Jobs bei US-Firmen",
                     "Frühstück"]  # fmt: skip
    model = EventsModel(journal, lambda: dt.date(2026, 12, 10))
    model.reload()
    qtmodeltester.check(model)
    rows = [o.name if (o := model.occurrence(r)) else model.data(model.index(r, 0))
            for r in range(model.rowCount())]  # fmt: skip
    today, ahead = rows.index("Today"), rows.index("Upcoming")
    assert rows[today + 1 : ahead] == ["Stammtisch", "Spieleabend"]
    assert rows[ahead + 1 : ahead + 3] == ["Messe", "Webinar: Remote Jobs bei US-Firmen"]
    webinar = next(o for o in occurrences(journal, dt.date(2026, 12, 10), dt.date(2026, 12, 10))
                   if o.zone)  # fmt: skip
    assert words.has_begun(webinar, dt.date(2026, 12, 10), dt.time(23, 59)) is False
    assert words.has_begun(webinar, dt.date(2026, 12, 11), dt.time(0, 0)) is True
    # A Tokyo morning on the 11th is the 10th's 23:00 here: today, and begun.
    tokyo = replace(webinar, starts_on=dt.date(2026, 12, 11), start_time=dt.time(7),
                    zone="Asia/Tokyo")  # fmt: skip
    assert words.is_today(tokyo, dt.date(2026, 12, 10))
    assert words.has_begun(tokyo, dt.date(2026, 12, 10), dt.time(22, 30)) is False
    assert words.has_begun(tokyo, dt.date(2026, 12, 10), dt.time(23, 30)) is True


def test_importing_the_same_file_again_fills_in_a_missing_zone(journal, berlin_zone):
    # Events imported before zones were kept (migration 0043) have none: the same
    # file again gives it to them, and changes nothing else nor makes a copy. One
    # moved here since keeps what it has.
    from netzjournal.store.events import update_event

    names = ("zoom-webinar-newyork.WRITTEN.ics", "teams-meeting-london.WRITTEN.ics",
             "outlook-display-zones.WRITTEN.ics")  # fmt: skip
    office = ical_in.parse((EVENTS / "office-zone.WRITTEN.ics").read_bytes())  # (no METHOD)
    ical_in.import_events(journal, office, today=TODAY)
    events = imported(journal, *names)
    before = {}
    for name, e in events.items():
        moved = name == "Mentoring-Tandems: Jahresabschluss"
        old = replace(e, zone="", notes="Meine Notiz",
                      start_time=dt.time(11) if moved else e.start_time)  # fmt: skip
        before[name] = update_event(journal, old).value
    assert {e.zone for e in list_events(journal)} == {""}
    count = ical_in.import_events(journal, [
        *office, *(e for n in names for e in ical_in.parse((INVITATIONS / n).read_bytes()))],
        today=TODAY).value  # fmt: skip
    # Said as updated (with their zone), not as "already there" (the moved one is).
    assert (count.created, count.updated, count.skipped) == (0, 0, 1)
    assert sorted(name for name, _day in count.zoned) == [
        "Mentoring UK/DE: Kick-off", "Teamfrühstück", "US/DE Mentoring: weekly call",
        "Webinar: Remote Jobs bei US-Firmen",
    ]  # fmt: skip
    after = {e.name: e for e in list_events(journal)}
    assert len(after) == 5
    assert {n: e.zone for n, e in after.items()} == {
        "Webinar: Remote Jobs bei US-Firmen": "America/New_York",
        "Mentoring UK/DE: Kick-off": "Europe/London",
        "US/DE Mentoring: weekly call": "America/New_York",
        "Mentoring-Tandems: Jahresabschluss": "",  # (moved to 11:00 here)
        "Teamfrühstück": "+05:00",
    }
    for name, e in after.items():
        assert replace(e, zone="") == before[name]  # nothing else changed


def _zone_of(tzid: str, rules: str, day: str = "20270301T120000") -> str:
    """The zone kept for an event at ``day`` under a VTIMEZONE of the file's own."""
    text = (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n{rules}"
        f"END:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:z@x\r\nDTSTAMP:20270101T000000Z\r\n"
        f'DTSTART;TZID="{tzid}":{day}\r\nSUMMARY:z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
    )
    [event] = ical_in.parse(text.encode())
    return event.record.zone


def _rules(std: str, dst: tuple[str, str], standard: str, daylight: str, at: str = "02") -> str:
    """Outlook's VTIMEZONE rules: from 1601 on, standard time from ``std`` (its first
    day) by ``standard``, summer time by ``daylight``, changed at ``at`` o'clock."""
    return (
        f"BEGIN:STANDARD\r\nDTSTART:1601{std}T{at}0000\r\nRRULE:FREQ=YEARLY;{standard}\r\n"
        f"TZOFFSETFROM:{dst[1]}\r\nTZOFFSETTO:{dst[0]}\r\nEND:STANDARD\r\n"
        f"BEGIN:DAYLIGHT\r\nDTSTART:16010101T{at}0000\r\nRRULE:FREQ=YEARLY;{daylight}\r\n"
        f"TZOFFSETFROM:{dst[0]}\r\nTZOFFSETTO:{dst[1]}\r\nEND:DAYLIGHT\r\n"
    )


US = ("-0500", "-0400"), "BYDAY=1SU;BYMONTH=11", "BYDAY=2SU;BYMONTH=3"
EU = ("+0100", "+0200"), "BYDAY=-1SU;BYMONTH=10", "BYDAY=-1SU;BYMONTH=3"


def test_a_zone_of_the_files_own_is_the_iana_zone_that_keeps_its_clock():
    us = _rules("1104", US[0], US[1], US[2])
    eu = _rules("1028", EU[0], EU[1], EU[2], at="03")
    # The one its Windows name or a city it names means; Windows' own for a city.
    assert _zone_of("(UTC-05:00) Eastern Time (US & Canada)", us) == "America/New_York"
    assert _zone_of("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", eu) == (
        "Europe/Berlin")  # fmt: skip
    assert _zone_of("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", eu) == "Europe/Paris"
    # Without a name: Windows' zone of that clock, first in its names' order.
    assert _zone_of("Custom 1", us) == "America/New_York"
    # Changing at another hour of the night: only where the name says which zone.
    odd = _rules("1104", US[0], US[1], US[2], at="03")
    assert _zone_of("(UTC-05:00) Eastern Time (US & Canada)", odd) == "America/New_York"
    assert _zone_of("Custom 2", odd) == "-05:00"


def test_the_import_result_says_a_zone_filled_in_as_an_update_in_both_languages(
    qtbot, journal, berlin_zone
):
    """The same invitation imported again gave an event from before zones were kept
    its zone, and the result said „bereits vorhanden: 1“ — as if nothing happened."""
    from PySide6.QtGui import QUndoStack
    from uihelpers import in_language

    from netzjournal.store.events import update_event
    from netzjournal.ui.events import AppEvents
    from netzjournal.ui.events_tab.pane import EventsPane

    name = "zoom-webinar-newyork.WRITTEN.ics"
    (webinar,) = imported(journal, name).values()
    update_event(journal, replace(webinar, zone=""))
    again = ical_in.parse((INVITATIONS / name).read_bytes())
    count = ical_in.import_events(journal, again, today=TODAY).value
    assert (count.created, count.skipped, len(count.zoned)) == (0, 0, 1)
    app_events, stack = AppEvents(journal), QUndoStack()
    pane = EventsPane(journal, app_events, stack, lambda: TODAY)
    qtbot.addWidget(pane)
    day = webinar.starts_on
    assert pane._result_text(count, [], []).splitlines() == [
        "Updated with their time zone: 1",
        f"Time zone added: {webinar.name} on {texts_day(day)}",
    ]
    with in_language("de"):
        text = pane._result_text(count, [], [])
        assert text.splitlines() == [
            "Mit ihrer Zeitzone aktualisiert: 1",
            f"Zeitzone ergänzt: {webinar.name} am {texts_day(day)}",
        ]
        assert "bereits vorhanden" not in text


def texts_day(day: dt.date) -> str:
    from netzjournal.ui.events_tab import words

    return words.format_day(day)
