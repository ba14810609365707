"""A series' extra evenings (RDATE): imported as evenings of the series, written
back by the export and the CalDAV sync, and read again (round trip)."""

from __future__ import annotations

import datetime as dt

import pytest

from netzjournal.interchange import ical_in
from netzjournal.interchange.writers import ics
from netzjournal.store.events import (
    list_events,
    occurrence_rows,
    occurrences,
    set_attendance,
    update_occurrence,
)
from netzjournal.store.journal import Journal
from netzjournal.sync.events import EventAdapter

D, T = dt.date, dt.time
TODAY = D(2026, 12, 1)

# A monthly Stammtisch (first Thursday, 19:00 in Berlin) with two extra evenings: one
# at the series' time, one at 18:30, and one of the rule's called off.
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


def evenings(j: Journal) -> list[tuple[dt.date, dt.time | None, bool]]:
    return [(o.starts_on, o.start_time, o.cancelled) for o in occurrences(j, TODAY, D(2027, 6, 1))]


EXPECTED = [
    (D(2026, 12, 3), T(19), False), (D(2027, 1, 7), T(19), True),
    (D(2027, 1, 14), T(19), False), (D(2027, 2, 4), T(19), False),
    (D(2027, 2, 18), T(18, 30), False), (D(2027, 3, 4), T(19), False),
]  # fmt: skip


def test_extra_evenings_are_imported_exported_and_read_again(journal, tmp_path, berlin_zone):
    problems: list[tuple[str, str]] = []
    ical_in.import_events(journal, ical_in.parse(SERIES.encode(), problems), today=TODAY)
    assert problems == []
    assert evenings(journal) == EXPECTED
    # The export writes them as RDATEs (each at its own time), and reads back the same.
    text = ics(journal, TODAY).decode()
    assert "RDATE;TZID=Europe/Berlin:20270114T190000" in text
    assert "RDATE;TZID=Europe/Berlin:20270218T183000" in text
    assert "RECURRENCE-ID" not in text  # (their RDATE says all there is)
    again = Journal.open(tmp_path / "again.sqlite3")
    try:
        count = ical_in.import_events(again, ical_in.parse(text.encode()), today=TODAY).value
        assert count.created == 1
        assert evenings(again) == EXPECTED
    finally:
        again.close()
    # The same file again: nothing new, no copy.
    count = ical_in.import_events(journal, ical_in.parse(SERIES.encode()), today=TODAY).value
    assert (count.created, count.updated, count.skipped) == (0, 0, 1)
    assert evenings(journal) == EXPECTED


def test_an_extra_evening_moved_to_another_place_keeps_it_in_the_export(journal, berlin_zone):
    ical_in.import_events(journal, ical_in.parse(SERIES.encode()), today=TODAY)
    [series] = list_events(journal)
    update_occurrence(journal, series.id or 0, D(2027, 1, 14), place="Unperfekthaus")
    text = ics(journal, TODAY).decode()
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20270114T190000" in text
    [back] = [e for e in ical_in.parse(text.encode()) if e.recurrence_id == D(2027, 1, 14)]
    assert back.record.place == "Unperfekthaus"


def test_the_sync_writes_extra_evenings_as_rdates_and_reads_them(journal, berlin_zone):
    ical_in.import_events(journal, ical_in.parse(SERIES.encode()), today=TODAY)
    [series] = list_events(journal)
    adapter = EventAdapter(journal)
    fields = adapter.fields(series)
    assert fields["rdates"] == ["2027-01-14", "2027-02-18"]
    text = adapter.text(series.uid, fields, None)
    assert "RDATE;TZID=Europe/Berlin:20270114T190000" in text
    assert "RDATE;TZID=Europe/Berlin:20270218T183000" in text
    _uid, back = adapter.parse(text, "x.ics")  # type: ignore[misc]
    assert back == fields
    # A series without extra evenings has no such field (the bases of series synced
    # before stay equal).
    plain = SERIES.replace("RDATE;TZID=Europe/Berlin:20270114T190000,20270218T183000\r\n", "")
    _uid, fields2 = adapter.parse(plain, "y.ics")  # type: ignore[misc]
    assert "rdates" not in fields2


def test_an_extra_evening_the_server_takes_back_is_called_off_not_deleted(journal, berlin_zone):
    # Who came to it stays recorded: its row is kept, called off.
    from netzjournal.store.contacts import create_contact
    from netzjournal.store.records import ContactRecord

    adapter = EventAdapter(journal)
    _uid, fields = adapter.parse(SERIES, "s.ics")  # type: ignore[misc]
    made = adapter.create([("gruender-essen@example.de", fields)])["gruender-essen@example.de"]
    assert evenings(journal) == EXPECTED
    rows = {o.occurrence_on: o for o in occurrence_rows(journal, made.id or 0)}
    ada = create_contact(journal, ContactRecord(given_name="Ada", family_name="Kurz")).value
    set_attendance(journal, rows[D(2027, 1, 14)].id or 0, ada.id or 0, "going")
    fewer = SERIES.replace("20270114T190000,", "")
    _uid, new = adapter.parse(fewer, "s.ics")  # type: ignore[misc]
    adapter.update(made, new)
    by_day = {d: off for d, _at, off in evenings(journal)}
    assert by_day[D(2027, 1, 14)] is True
    assert by_day[D(2027, 2, 18)] is False


@pytest.mark.slow
def test_a_series_with_extra_evenings_travels_through_radicale(
    journal, tmp_path, radicale, berlin_zone
):
    from dav_servers import PASSWORD, USER

    from netzjournal.sync.calendars import ensure_calendar
    from netzjournal.sync.dav import DavClient
    from netzjournal.sync.events import sync_events

    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    client = DavClient(radicale.url, USER, PASSWORD)
    phone = Journal.open(tmp_path / "phone.sqlite3")  # (another device)
    try:
        ical_in.import_events(journal, ical_in.parse(SERIES.encode()), today=TODAY)
        assert sync_events(journal, client, calendar).created_there == ["Gründerstammtisch Essen"]
        [text] = client.multiget(calendar, list(client.list_etags(calendar).etags), "cal").values()
        assert "RDATE;TZID=Europe/Berlin:20270218T183000" in str(text)
        assert sync_events(journal, client, calendar).changed == 0
        assert sync_events(phone, client, calendar).created_here == ["Gründerstammtisch Essen"]
        assert evenings(phone) == EXPECTED
        assert sync_events(phone, client, calendar).changed == 0
    finally:
        phone.close()
        client.close()


def test_the_page_says_an_extra_evening_is_one(qtbot, journal, berlin_zone, german):
    from netzjournal.ui.events_tab.page import EventPage

    ical_in.import_events(journal, ical_in.parse(SERIES.encode()), today=TODAY)
    page = EventPage(journal, lambda: TODAY)
    qtbot.addWidget(page)
    found = {o.starts_on: o for o in occurrences(journal, TODAY, D(2027, 3, 1))}
    page.show_occurrence(found[D(2027, 1, 14)])
    assert "Zusätzlicher Termin dieser Reihe<br>Jeden ersten Donnerstag" in page.details.text()
    page.show_occurrence(found[D(2027, 2, 4)])
    assert "Zusätzlicher" not in page.details.text()
