"""Time zones, continued: a series whose start is in UTC (Google's export), an
invitation update that takes an extra evening back, a PERIOD RDATE whose TZID has
commas unquoted."""

from __future__ import annotations

import datetime as dt

from netzjournal import zones
from netzjournal.interchange import ical_in
from netzjournal.interchange.writers import ics
from netzjournal.store.events import list_events, occurrences
from netzjournal.store.journal import Journal
from netzjournal.sync.events import EventAdapter

D, T = dt.date, dt.time
TODAY = D(2027, 3, 1)


def google(zone_line: str) -> bytes:
    """Google's export of a weekly run over the change to summer time: the start in
    UTC (18:00 in Berlin in winter), EXDATE in Berlin's time, an RDATE in UTC."""
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        f"VERSION:2.0\r\nMETHOD:PUBLISH\r\n{zone_line}"
        "BEGIN:VEVENT\r\nDTSTART:20270319T170000Z\r\nDTEND:20270319T190000Z\r\n"
        "RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20270416T215959Z;BYDAY=FR\r\n"
        "EXDATE;TZID=Europe/Berlin:20270409T180000\r\n"
        "RDATE;VALUE=DATE-TIME:20270413T160000Z\r\n"
        "DTSTAMP:20270301T120000Z\r\nUID:lauf-2027@google.com\r\n"
        "SUMMARY:Netzwerk-Lauftreff\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nDTSTART:20270402T150000Z\r\nDTEND:20270402T170000Z\r\n"
        "RECURRENCE-ID:20270402T160000Z\r\nDTSTAMP:20270301T120000Z\r\n"
        "UID:lauf-2027@google.com\r\nSUMMARY:Netzwerk-Lauftreff\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()


def here(j: Journal) -> list[tuple[dt.datetime, bool]]:
    return [
        (zones.moment_here(o.starts_on, o.start_time or T(0), o.zone), o.cancelled)
        for o in occurrences(j, TODAY, D(2027, 6, 1))
    ]


BERLIN = [
    (dt.datetime(2027, 3, 19, 18), False), (dt.datetime(2027, 3, 26, 18), False),
    (dt.datetime(2027, 4, 2, 17), False),  # (moved an hour earlier: its own evening)
    (dt.datetime(2027, 4, 9, 18), True), (dt.datetime(2027, 4, 13, 18), False),
    (dt.datetime(2027, 4, 16, 18), False),
]  # fmt: skip


def test_a_series_in_utc_keeps_the_wall_clock_of_the_calendars_zone(journal, tmp_path, berlin_zone):
    problems: list[tuple[str, str]] = []
    found = ical_in.parse(google("X-WR-TIMEZONE:Europe/Berlin\r\n"), problems)
    assert problems == []
    master = found[0].record
    assert (master.start_time, master.end_time, master.zone) == (T(18), T(20), "Europe/Berlin")
    ical_in.import_events(journal, found, today=TODAY)
    # After 28 March each evening is still at 18:00 in Berlin (17:00 UTC would be 19:00).
    assert here(journal) == BERLIN
    # The export and a re-import keep them.
    again = Journal.open(tmp_path / "again.sqlite3")
    try:
        ical_in.import_events(again, ical_in.parse(ics(journal, TODAY)), today=TODAY)
        assert here(again) == BERLIN
    finally:
        again.close()


def test_without_the_calendars_zone_a_series_in_utc_repeats_in_utc(journal, berlin_zone):
    ical_in.import_events(journal, ical_in.parse(google("")), today=TODAY)
    [series] = list_events(journal)
    assert (series.start_time, series.zone) == (T(17), "UTC")
    # RFC 5545: every evening at 17:00 UTC, 19:00 in Berlin in summer.
    assert here(journal) == [
        (dt.datetime(2027, 3, 19, 18), False), (dt.datetime(2027, 3, 26, 18), False),
        (dt.datetime(2027, 4, 2, 17), False), (dt.datetime(2027, 4, 9, 19), True),
        (dt.datetime(2027, 4, 13, 18), False), (dt.datetime(2027, 4, 16, 19), False),
    ]  # fmt: skip
    text = ics(journal, TODAY).decode()
    assert "DTSTART:20270319T170000Z" in text


def test_a_series_in_utc_syncs_in_its_zone(journal, berlin_zone):
    """The sync reads a server's event as the import does, and writes it back the same."""
    adapter = EventAdapter(journal)
    text = google("X-WR-TIMEZONE:Europe/Berlin\r\n").decode()
    uid, fields = adapter.parse(text, "lauf.ics") or ("", {})
    assert (uid, fields["start_time"], fields["zone"]) == ("lauf-2027@google.com", "18:00",
                                                           "Europe/Berlin")  # fmt: skip
    written = adapter.text(uid, fields, None)
    assert adapter.parse(written, "lauf.ics") == (uid, fields)


OUTLOOK_ZONE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def test_a_period_rdate_with_an_unquoted_zone_with_commas_is_an_evening(journal, berlin_zone):
    from pathlib import Path

    data = Path(__file__).parent / "data/events/invitations/outlook-display-zones.WRITTEN.ics"
    text = data.read_bytes().decode("utf-8")
    zone = text[text.index(f"BEGIN:VTIMEZONE\r\nTZID:{OUTLOOK_ZONE}") :]
    zone = zone[: zone.index("END:VTIMEZONE") + len("END:VTIMEZONE\r\n")]
    series = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Microsoft Exchange Server 2010\r\n" + zone +
        "BEGIN:VEVENT\r\nUID:tandem-reihe\r\nDTSTAMP:20261120T150000Z\r\n"
        f"DTSTART;TZID={OUTLOOK_ZONE}:20270105T103000\r\n"
        f"DTEND;TZID={OUTLOOK_ZONE}:20270105T113000\r\n"
        "RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=3\r\n"
        f"RDATE;VALUE=PERIOD;TZID={OUTLOOK_ZONE}:20270119T140000/20270119T150000,"
        "20270126T090000/PT1H\r\n"
        "SUMMARY:Mentoring-Tandems\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )  # fmt: skip
    problems: list[tuple[str, str]] = []
    [found] = ical_in.parse(series.encode(), problems)
    assert problems == []
    assert (found.record.start_time, found.record.zone) == (T(10, 30), "Europe/Berlin")
    assert found.rdates == [(D(2027, 1, 19), T(14)), (D(2027, 1, 26), T(9))]
    ical_in.import_events(journal, [found], today=TODAY)
    assert [(o.starts_on, o.start_time) for o in occurrences(journal, D(2027, 1, 1),
                                                             D(2027, 3, 31))] == [
        (D(2027, 1, 5), T(10, 30)), (D(2027, 1, 19), T(14)), (D(2027, 1, 26), T(9)),
        (D(2027, 2, 2), T(10, 30)), (D(2027, 3, 2), T(10, 30)),
    ]  # fmt: skip


def invitation(sequence: int, rdates: str) -> bytes:
    """A monthly Stammtisch's invitation (first Thursday, 19:00 in Berlin) with extra
    evenings (RDATE)."""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 15.1//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:stammtisch@example.de\r\n"
        f"DTSTAMP:2026112{sequence}T181512Z\r\nSEQUENCE:{sequence}\r\n"
        "DTSTART;TZID=Europe/Berlin:20261203T190000\r\n"
        "DTEND;TZID=Europe/Berlin:20261203T220000\r\n"
        "RRULE:FREQ=MONTHLY;BYDAY=1TH;COUNT=4\r\n"
        f"{rdates}SUMMARY:Gründerstammtisch Essen\r\nLOCATION:Zeche Carl\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_an_update_without_an_extra_evening_takes_it_back(journal, berlin_zone):
    from netzjournal.store.contacts import create_contact
    from netzjournal.store.events import attendance, occurrence_row, set_attendance
    from netzjournal.store.records import ContactRecord

    today = D(2026, 12, 1)
    both = "RDATE;TZID=Europe/Berlin:20270114T190000,20270218T183000\r\n"
    ical_in.import_events(journal, ical_in.parse(invitation(0, both)), today=today)
    [series] = list_events(journal)
    assert series.id is not None
    row = occurrence_row(journal, series.id, D(2027, 1, 14))
    assert row is not None
    anna = create_contact(journal, ContactRecord(given_name="Anna", family_name="Schmidt")).value
    set_attendance(journal, row, anna.id or 0, "going")
    # The organiser takes the 14 January back (the 18 February stays).
    one = "RDATE;TZID=Europe/Berlin:20270218T183000\r\n"
    count = ical_in.import_events(journal, ical_in.parse(invitation(1, one)), today=today).value
    assert count.updated == 1
    assert ("cancelled", "Gründerstammtisch Essen", D(2027, 1, 14)) in count.changed
    assert [(o.starts_on, o.start_time, o.cancelled) for o in
            occurrences(journal, D(2027, 1, 1), D(2027, 2, 28))] == [
        (D(2027, 1, 7), T(19), False), (D(2027, 1, 14), T(19), True),
        (D(2027, 2, 4), T(19), False), (D(2027, 2, 18), T(18, 30), False),
    ]  # fmt: skip
    assert occurrence_row(journal, series.id, D(2027, 1, 14)) == row  # (the row is kept)
    assert [a.contact_id for a in attendance(journal, [row])[row]] == [anna.id]
    # The same update again changes nothing more.
    count = ical_in.import_events(journal, ical_in.parse(invitation(1, one)), today=today).value
    assert (count.updated, count.skipped, count.changed) == (0, 1, [])
    # A later update has it again: it is on again, who said they would come kept.
    again = ical_in.import_events(journal, ical_in.parse(invitation(2, both)), today=today).value
    assert again.updated == 1
    assert [(o.starts_on, o.cancelled) for o in occurrences(journal, D(2027, 1, 14),
                                                            D(2027, 1, 14))] == [
        (D(2027, 1, 14), False)]  # fmt: skip
    assert [a.contact_id for a in attendance(journal, [row])[row]] == [anna.id]


def test_a_series_in_utc_comes_from_radicale_in_its_zone_and_stays(
    journal, tmp_path, radicale, berlin_zone
):
    """Put on the server as Google writes it; synced down, its evenings are Berlin's
    18:00; synced again, nothing changes on either side."""
    from dav_servers import PASSWORD, USER

    from netzjournal.sync.calendars import ensure_calendar
    from netzjournal.sync.dav import DavClient
    from netzjournal.sync.events import sync_events

    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    client = DavClient(radicale.url, USER, PASSWORD)
    try:
        text = google("X-WR-TIMEZONE:Europe/Berlin\r\n").decode()
        client.put(f"{calendar}lauf.ics", text.replace("METHOD:PUBLISH\r\n", ""), None,
                   "text/calendar")  # fmt: skip
        assert sync_events(journal, client, calendar).created_here == ["Netzwerk-Lauftreff"]
        [series] = list_events(journal)
        assert (series.start_time, series.zone) == (T(18), "Europe/Berlin")
        assert here(journal) == BERLIN
        report = sync_events(journal, client, calendar)
        assert (report.changed, report.created_there, report.conflicts) == (0, [], [])
        assert here(journal) == BERLIN
    finally:
        client.close()


def test_a_series_in_utc_is_at_berlins_hour_on_a_computer_in_new_york(journal, monkeypatch):
    """Read at this computer's floating time, the series kept New York's 13:00 of its
    first evening all spring; Berlin's 18:00 is 12:00 in New York once Berlin has
    changed its clocks too (28 March)."""
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        ical_in.import_events(journal, ical_in.parse(google("X-WR-TIMEZONE:Europe/Berlin\r\n")),
                              today=TODAY)  # fmt: skip
        got = {m.date(): m.time() for m, _ in here(journal)}
    finally:
        monkeypatch.undo()
        time.tzset()
    assert (got[D(2027, 3, 19)], got[D(2027, 3, 26)], got[D(2027, 4, 16)]) == (T(13), T(13), T(12))
