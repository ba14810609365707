"""Events and series in and out of iCalendar: recurrence kept, round trip exact."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from conftest import REPO

from netzjournal.interchange import ical_in, writers
from netzjournal.store.contacts import create_contact
from netzjournal.store.events import (
    create_event,
    ensure_occurrence,
    get_event,
    list_events,
    occurrence_rows,
    occurrences,
    set_attendance,
    update_event,
    update_occurrence,
)
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord, EventRecord

D = dt.date
ICS = REPO / "tests" / "data" / "events" / "ruhr-events.ics"


def _view(j, start, end):
    return [
        (o.name, o.starts_on, o.ends_on, o.start_time, o.place, o.cancelled, o.occurrence_on)
        for o in occurrences(j, start, end)
    ]


def test_import_a_recurring_event_keeps_rule_exceptions_and_moves(journal):
    events = ical_in.read_events(ICS)
    out = ical_in.import_events(journal, events)
    assert (out.value.created, out.value.skipped, out.value.occurrences) == (3, 0, 2)
    assert out.changes.events
    (stammtisch,) = [e for e in list_events(journal) if e.name == "Stammtisch Süd"]
    assert set(stammtisch.rrule.split(";")) == {"FREQ=MONTHLY", "BYDAY=-1TU",
                                                "UNTIL=20261231T235959"}  # fmt: skip
    full = get_event(journal, stammtisch.id)
    assert (full.place, full.url, full.tags) == (
        "Brauhaus Goldene Möwe, Essen", "https://events.example/stammtisch-sued",
        ["Stammtisch", "Unternehmer"],
    )  # fmt: skip
    got = occurrences(journal, D(2026, 2, 1), D(2026, 12, 31), series_ids=[stammtisch.id])
    # 19:00 before and after the change to summer time (29 March 2026)
    assert {o.start_time for o in got} == {dt.time(19, 0)}
    days = [(o.starts_on, o.cancelled, o.place) for o in got]
    assert (D(2026, 2, 24), False, "Brauhaus Goldene Möwe, Essen") in days
    assert (D(2026, 3, 31), False, "Brauhaus Goldene Möwe, Essen") in days
    assert (D(2026, 4, 30), False, "Biergarten am See") in days  # moved from 28 April
    assert (D(2026, 5, 26), True, "Brauhaus Goldene Möwe, Essen") in days  # EXDATE
    assert days[-1][0] == D(2026, 12, 29) and len(days) == 11
    barcamp = [o for o in occurrences(journal, D(2026, 1, 1), D(2027, 12, 31))
               if o.name == "Barcamp Ruhr"]  # fmt: skip
    assert [(o.starts_on, o.ends_on) for o in barcamp] == [
        (D(2026, 3, 14), D(2026, 3, 15)),
        (D(2027, 3, 13), D(2027, 3, 14)),
    ]
    september = occurrences(journal, D(2026, 9, 1), D(2026, 9, 30))
    (dmexco,) = [o for o in september if o.name == "DMEXCO 2026"]
    # given in UTC: shown in this computer's zone, a two-day event
    assert dmexco.ends_on == D(2026, 9, 17) and dmexco.start_time is not None
    # the same file again: nothing twice
    again = ical_in.import_events(journal, ical_in.read_events(ICS))
    assert (again.value.created, again.value.skipped) == (0, 3)


def test_round_trip_through_the_export(journal, tmp_path):
    s = create_event(journal, EventRecord(
        "Stammtisch Süd", D(2026, 1, 13), place="Brauhaus", rrule="FREQ=MONTHLY;BYDAY=2TU",
        start_time=dt.time(19, 0), end_time=dt.time(22, 0), tags=["Stammtisch"],
        url="https://stammtisch.example", notes="Hinterzimmer")).value  # fmt: skip
    update_occurrence(journal, s.id, D(2026, 3, 10), cancelled=True)
    update_occurrence(journal, s.id, D(2026, 4, 14), starts_on=D(2026, 4, 16),
                            place="Biergarten")  # fmt: skip
    eid = ensure_occurrence(journal, s.id, D(2026, 5, 12)).value  # attendance only
    c = create_contact(journal, ContactRecord(given_name="Ole")).value
    set_attendance(journal, eid, c.id)
    create_event(journal, EventRecord(
        "Barcamp Ruhr", D(2024, 2, 29), D(2024, 3, 1), rrule="FREQ=YEARLY"))  # fmt: skip
    create_event(journal, EventRecord("DMEXCO", D(2026, 9, 16), D(2026, 9, 17),
                                                  place="Koelnmesse"))  # fmt: skip
    # Three days from 9:30, no end time (the demo's fairs): the days were lost.
    create_event(journal, EventRecord("Buchmesse", D(2026, 10, 14), D(2026, 10, 16),
                                      start_time=dt.time(9, 30), rrule="FREQ=YEARLY"))  # fmt: skip
    data = writers.ics(journal, D(2026, 6, 1))
    path = tmp_path / "out.ics"
    path.write_bytes(data)
    other = Journal.open(tmp_path / "other.sqlite3")
    try:
        ical_in.import_events(other, ical_in.read_events(path))
        assert _view(other, D(2024, 1, 1), D(2029, 12, 31)) == _view(
            journal, D(2024, 1, 1), D(2029, 12, 31)
        )
        (copy,) = [e for e in list_events(other) if e.name == "Stammtisch Süd"]
        full = get_event(other, copy.id)
        assert (full.url, full.notes, full.tags, full.end_time) == (
            "https://stammtisch.example",
            "Hinterzimmer",
            ["Stammtisch"],
            dt.time(22, 0),
        )
        # Each event travels with its own UID (DTSTAMP on every VEVENT); the import keeps it.
        assert full.uid == f"{s.uid}@netzjournal" and s.uid
        assert all("DTSTAMP" in v for v in data.decode().split("BEGIN:VEVENT")[1:])
    finally:
        other.close()


def test_a_broken_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"\x00\x01 not a calendar")
    with pytest.raises(ical_in.CalendarError):
        ical_in.read_events(bad)
    with pytest.raises(ical_in.CalendarError):
        ical_in.read_events(tmp_path / "missing.ics")


def test_import_is_one_transaction(journal, monkeypatch):
    events = ical_in.parse(ICS.read_bytes())

    def fails(*args, **kwargs):  # the disk gone after the first events were written
        raise OSError("I/O error")

    monkeypatch.setattr(ical_in, "update_occurrence", fails)
    with pytest.raises(OSError):
        ical_in.import_events(journal, events)
    assert list_events(journal) == []


def test_an_event_the_journal_refuses_is_said_and_the_others_imported(journal):
    events = ical_in.parse(ICS.read_bytes())
    events[0].record.rrule = "FREQ=NEVER"  # a rule the journal cannot expand
    out = ical_in.import_events(journal, events, "de")
    # the reason in the interface's language, as the message around it (not the store's English)
    assert out.value.refused == [
        (events[0].record.name, "Die Wiederholungsregel „FREQ=NEVER“ ist nicht lesbar")
    ]
    assert sorted(e.name for e in list_events(journal)) == sorted(
        e.record.name for e in events[1:] if e.recurrence_id is None
    )


@pytest.mark.parametrize(
    ("rule", "de", "en"),
    [
        ("FREQ=NEVER", "Die Wiederholungsregel „FREQ=NEVER“ ist nicht lesbar",
         "The recurrence rule “FREQ=NEVER” cannot be read"),
        ("INTERVAL=2", "Die Wiederholungsregel „INTERVAL=2“ sagt nicht, wie oft (FREQ)",
         "The recurrence rule “INTERVAL=2” does not say how often (FREQ)"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "Die Wiederholungsregel "
         "„FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30“ ergibt keinen einzigen Tag",
         "The recurrence rule “FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30” gives no day at all"),
    ],
)  # fmt: skip
def test_the_store_s_reason_for_a_refused_rule_is_worded_in_either_language(journal, rule, de, en):
    from netzjournal.localized import refusal_text
    from netzjournal.store.errors import ValidationError
    from netzjournal.store.events import create_event

    record = EventRecord(name="Stammtisch", starts_on=D(2026, 3, 1), rrule=rule)
    with pytest.raises(ValidationError) as refused:
        create_event(journal, record)
    assert (refusal_text(refused.value, "de"), refusal_text(refused.value, "en")) == (de, en)
    assert refusal_text(ValidationError("An event needs a name."), "de") == (
        "An event needs a name."  # (no code: the store's words)
    )


def test_quirks_of_real_calendar_files_import_what_can_be_read(journal):
    """A DTEND with a space before it, an escaped RRULE, RSCALE, an UNTIL before the
    start, an unreadable and a doubled DTSTART (tests/data/events/README.md): no
    traceback, every readable event in, every other one said."""
    problems: list[tuple[str, str]] = []
    events = ical_in.read_events(REPO / "tests/data/events/quirks.WRITTEN.ics", problems)
    assert problems == [("Kontoeröffnung", "end"), ("Ohne lesbaren Beginn", "start")]
    out = ical_in.import_events(journal, events)
    assert [name for name, _why in out.value.refused] == [
        "Chinesisches Neujahr",
        "Vorbei bevor es beginnt",
    ]
    got = {e.name: (e.starts_on, e.start_time, e.rrule) for e in list_events(journal)}
    assert got == {
        "Barcamp Bochum": (D(2026, 9, 12), None, ""),
        "Sprint-Standup": (
            D(2026, 7, 6),
            dt.time(9),
            "FREQ=WEEKLY;UNTIL=20260731T235959;BYDAY=MO,WE",
        ),
        "Kontoeröffnung": (D(2026, 8, 12), dt.time(16, 30), ""),
        "Stammtisch doppelt": (D(2026, 10, 20), dt.time(19), ""),
    }
    standups = [o.starts_on for o in occurrences(journal, D(2026, 7, 1), D(2026, 8, 31))
                if o.name == "Sprint-Standup"]  # fmt: skip
    assert standups == [D(2026, 7, d) for d in (6, 8, 13, 15, 20, 22, 27, 29)]


def test_a_broken_time_zone_block_does_not_refuse_the_calendar(journal):
    """icalendar refuses a file with one unreadable VTIMEZONE as a whole: its events
    are read anyway — a TZID naming an IANA zone through zoneinfo, one naming none
    as local time, said once; a readable zone of the file's own stays in use."""
    problems: list[tuple[str, str]] = []
    events = ical_in.read_events(REPO / "tests/data/events/broken-zones.WRITTEN.ics", problems)
    assert problems == [("Büro Essen", "zone")]  # once, though two events use it
    ical_in.import_events(journal, events)
    got = {e.name: (e.starts_on, e.start_time, e.end_time, e.rrule) for e in list_events(journal)}
    assert got == {
        "Stammtisch West": (
            D(2026, 3, 24),
            dt.time(19),
            dt.time(22),
            "FREQ=MONTHLY;COUNT=6;BYDAY=-1TU",
        ),
        "Unternehmerfrühstück": (D(2026, 3, 12), dt.time(8, 30), dt.time(10), ""),
        "Unternehmerfrühstück April": (D(2026, 4, 9), dt.time(8, 30), None, ""),
        "Kundentag": (D(2026, 4, 15), dt.time(14), None, ""),
    }


def test_a_file_broken_elsewhere_is_still_refused(tmp_path):
    bad = tmp_path / "bad.ics"
    text = (REPO / "tests/data/events/broken-zones.WRITTEN.ics").read_text(encoding="utf-8")
    # (A file cut short before END:VCALENDAR is read as far as it goes; one with no
    # calendar begun is no calendar, broken zones or not.)
    bad.write_text(text.replace("BEGIN:VCALENDAR", ""), encoding="utf-8")
    with pytest.raises(ical_in.CalendarError):
        ical_in.read_events(bad)


def test_a_known_event_is_recognised_by_its_uid_first(journal, tmp_path):
    from netzjournal.store.events import get_event, list_events, update_event

    ical_in.import_events(journal, ical_in.read_events(ICS))
    # Renamed and moved here since: the name and first day no longer tell it, the UID does.
    (stammtisch,) = [e for e in list_events(journal) if e.name == "Stammtisch Süd"]
    changed = get_event(journal, stammtisch.id)
    changed.name, changed.starts_on = "Stammtisch Ruhr-Süd", changed.starts_on + dt.timedelta(7)
    update_event(journal, changed)
    again = ical_in.import_events(journal, ical_in.read_events(ICS))
    assert (again.value.created, again.value.skipped) == (0, 3)
    # The same name and first day under another UID (a calendar that makes new
    # UIDs on every export) is known too.
    text = ICS.read_text(encoding="utf-8")
    renamed = tmp_path / "new-uids.ics"
    renamed.write_text(text.replace("UID:", "UID:other-"), encoding="utf-8")
    out = ical_in.import_events(journal, ical_in.read_events(renamed))
    assert out.value.created == 1  # only the renamed series is new under its new UID
    # The journal's own export is recognised by the UID it wrote.
    own = tmp_path / "own.ics"
    own.write_bytes(writers.ics(journal, D(2026, 6, 1)))
    mine = ical_in.import_events(journal, ical_in.read_events(own))
    assert mine.value.created == 0 and mine.value.skipped == len(list_events(journal))


EVENTS = REPO / "tests" / "data" / "events"


def test_calendars_put_together_and_a_broken_to_do_do_not_refuse_the_file(journal):
    """Two calendars one after another (``cat a.ics b.ics``), the second with a to-do
    whose PRIORITY is empty and DUE unreadable, an alarm with a broken TRIGGER and a
    journal entry with a broken DTSTART: the whole file was refused ("Found multiple
    components", "Expected int"). Every event is read; what is not an event is not
    our business."""
    problems: list[tuple[str, str]] = []
    events = ical_in.read_events(EVENTS / "joined-calendars.WRITTEN.ics", problems)
    assert problems == []
    assert [(e.record.name, e.record.starts_on, e.record.place) for e in events] == [
        ("Python Usergroup Köln", D(2026, 10, 6), "Startplatz, Im Mediapark 5, Köln"),
        ("Gründerstammtisch", D(2026, 10, 15), ""),
    ]
    assert ical_in.import_events(journal, events).value.created == 2


def test_a_calendar_in_windows_1252_keeps_its_umlauts():
    """Outlook and older tools write Windows-1252; icalendar made every ä, ü, €, –
    (and a character split by a fold) into U+FFFD."""
    (event,) = ical_in.read_events(EVENTS / "windows-1252.WRITTEN.ics")
    assert event.record.name == "Frauen im Vertrieb – Netzwerkabend in Düsseldorf"
    assert event.record.place == "Königsallee 1"
    assert event.record.notes == (
        "Anmeldung über Frau Müller. Getränke à 3 € – bitte bar bezahlen."
    )


def test_a_utf8_calendar_with_one_stray_byte_keeps_its_other_lines():
    text = ICS.read_bytes().replace(b"SUMMARY:Barcamp Ruhr", b"SUMMARY:Barcamp Ruhr \xe4")
    assert text != ICS.read_bytes()
    names = {e.record.name for e in ical_in.parse(text)}
    assert "Barcamp Ruhr ä" in names
    assert names == {e.record.name.replace("Barcamp Ruhr", "Barcamp Ruhr ä")
                     for e in ical_in.parse(ICS.read_bytes())}  # fmt: skip


def test_a_calendar_cut_short_imports_what_came_before_and_says_so(journal):
    """A download that stopped inside its third event: icalendar found no calendar
    ("Found no components") and the file was refused as a whole."""
    problems: list[tuple[str, str]] = []
    events = ical_in.read_events(EVENTS / "cut-short.WRITTEN.ics", problems)
    assert [e.record.name for e in events] == ["HR-Netzwerk Hamburg", "Karrieretag Leipzig"]
    assert problems == [("Barcamp Dresden", "cut")]
    # Cut before its name: said without one.
    data = (EVENTS / "cut-short.WRITTEN.ics").read_bytes()
    cut = data[: data.index(b"SUMMARY:Barcamp")]
    problems = []
    assert len(ical_in.parse(cut, problems)) == 2 and problems == [("", "cut")]
    # A whole file says nothing.
    problems = []
    ical_in.parse(data + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", problems)
    assert problems == [("Barcamp Dresden", "start")]


def test_an_evening_at_the_series_place_follows_the_series(journal, tmp_path):
    """A RECURRENCE-ID instance repeats the series' LOCATION (RFC 5545; netzjournal's
    export writes it so): read back, it pinned the place on the evening, so it no
    longer followed the series (the round trip of ical.js's recur_instances.ics)."""
    series = create_event(journal, EventRecord("Stammtisch", D(2026, 3, 5), place="Zeche",
                                               start_time=dt.time(19),
                                               rrule="FREQ=MONTHLY;COUNT=4")).value  # fmt: skip
    assert series.id is not None
    update_occurrence(journal, series.id, D(2026, 4, 5), start_time=dt.time(20))
    data = writers.ics(journal, D(2026, 1, 1))
    assert data.count(b"LOCATION:Zeche") == 2  # the series and its moved evening
    other = Journal.open(tmp_path / "other.sqlite")
    try:
        ical_in.import_events(other, ical_in.parse(data))
        (again,) = list_events(other)
        evening = occurrences(other, D(2026, 4, 1), D(2026, 4, 30))
        assert [(o.start_time, o.place) for o in evening] == [(dt.time(20), "Zeche")]
        update_event(other, replace(again, place="Bahnhof"))
        moved = occurrences(other, D(2026, 4, 1), D(2026, 4, 30))
        assert [(o.start_time, o.place) for o in moved] == [(dt.time(20), "Bahnhof")]
    finally:
        other.close()


@pytest.mark.parametrize("ending", [b"\r", b"\r\r\n"])
def test_a_calendar_whose_lines_end_otherwise_is_read(ending):
    """Lotus Notes wrote CR alone (Apple's calendar server keeps such invitations in
    its tests): icalendar saw one long line and "no calendar"."""
    data = ICS.read_bytes().replace(b"\r\n", b"\n")
    expected = [(e.uid, e.record) for e in ical_in.parse(data)]
    assert len(expected) > 3
    assert [(e.uid, e.record) for e in ical_in.parse(data.replace(b"\n", ending))] == expected


def test_two_events_of_one_name_on_one_day_are_two(journal):
    """Two screenings of a film at 19:30 and 20:30, each with its UID (ical4j's
    core.ics), or Google's "Public Holiday" twice on one day: the second was counted
    "already there" and left out. Without UIDs, copies at one time stay one; one at
    another time is another (libical's overlaps.ics: five evenings became one)."""

    def vevent(uid: str, at: str, name: str = "Kinoabend") -> str:
        uid_line = f"UID:{uid}\r\n" if uid else ""
        return (f"BEGIN:VEVENT\r\n{uid_line}DTSTAMP:20260101T000000Z\r\n"
                f"DTSTART:20260629T{at}00\r\nSUMMARY:{name}\r\nEND:VEVENT\r\n")  # fmt: skip

    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
            + vevent("a@kino.example", "1930") + vevent("b@kino.example", "2030")
            + vevent("", "1700", "Stammtisch") + vevent("", "1700", "Stammtisch")
            + vevent("", "2100", "Stammtisch") + "END:VCALENDAR\r\n").encode()  # fmt: skip
    out = ical_in.import_events(journal, ical_in.parse(data)).value
    assert (out.created, out.skipped) == (4, 1)
    times = sorted(str(e.start_time) for e in list_events(journal))
    assert times == ["17:00:00", "19:30:00", "20:30:00", "21:00:00"]
    again = ical_in.import_events(journal, ical_in.parse(data)).value
    assert (again.created, again.skipped) == (0, 5)


def test_an_instance_repeating_its_series_keeps_only_what_differs(journal):
    """Google repeats the series' DESCRIPTION (and time) in every changed instance,
    and an instance may differ only by what the journal does not keep (its SUMMARY):
    those were pinned on the evening (an edited series no longer reached it) or left
    an empty evening behind that the export did not write (ical4android's
    recurring-with-exception1.ics, ical4j's blalor.ics)."""
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:s@google.com\r\nDTSTAMP:20260101T000000Z\r\n"
        b"DTSTART:20260302T190000\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Stammtisch\r\n"
        b"LOCATION:Zeche\r\nDESCRIPTION:Bitte anmelden.\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:s@google.com\r\nRECURRENCE-ID:20260309T190000\r\n"
        b"DTSTAMP:20260101T000000Z\r\nDTSTART:20260309T200000\r\nSUMMARY:Stammtisch\r\n"
        b"LOCATION:Zeche\r\nDESCRIPTION:Bitte anmelden.\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:s@google.com\r\nRECURRENCE-ID:20260316T190000\r\n"
        b"DTSTAMP:20260101T000000Z\r\nDTSTART:20260316T190000\r\nSUMMARY:Stammtisch (Quiz)\r\n"
        b"LOCATION:Zeche\r\nDESCRIPTION:Bitte anmelden.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    out = ical_in.import_events(journal, ical_in.parse(data)).value
    assert out.occurrences == 1
    (series,) = list_events(journal)
    assert [(o.occurrence_on, o.start_time, o.place, o.notes)
            for o in occurrence_rows(journal, series.id)] == [
        (D(2026, 3, 9), dt.time(20), "", "")]  # fmt: skip
    update_event(journal, replace(series, place="Bahnhof", notes="Ohne Anmeldung."))
    moved = occurrences(journal, D(2026, 3, 9), D(2026, 3, 9))
    assert [(o.start_time, o.place) for o in moved] == [(dt.time(20), "Bahnhof")]


def test_extra_dates_of_a_series_are_its_evenings(journal):
    """RDATE (extra days beside the rule, as Zimbra writes them in ical.js's
    recur_instances.ics): evenings of the series (was: said, left out). An RDATE in
    one evening's own VEVENT (RECURRENCE-ID) means nothing there."""
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Zimbra-Calendar-Provider\r\n"
        b"BEGIN:VEVENT\r\nUID:r@zimbra.example\r\nDTSTAMP:20260101T000000Z\r\n"
        b"DTSTART:20260302T190000\r\nRRULE:FREQ=MONTHLY;COUNT=3\r\n"
        b"RDATE:20260320T190000,20260325T190000\r\nSUMMARY:Mentoring\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:r@zimbra.example\r\nRECURRENCE-ID:20260402T190000\r\n"
        b"RDATE:20260404T190000\r\n"
        b"DTSTAMP:20260101T000000Z\r\nDTSTART:20260402T200000\r\nSUMMARY:Mentoring\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    problems: list[tuple[str, str]] = []
    events = ical_in.parse(data, problems)
    assert problems == []
    assert ical_in.import_events(journal, events).value.created == 1
    days = [(o.starts_on, o.start_time) for o in occurrences(journal, D(2026, 3, 1), D(2026, 6, 1))]
    assert days == [(D(2026, 3, 2), dt.time(19)), (D(2026, 3, 20), dt.time(19)),
                    (D(2026, 3, 25), dt.time(19)), (D(2026, 4, 2), dt.time(20)),
                    (D(2026, 5, 2), dt.time(19))]  # fmt: skip


def test_rdates_of_a_single_event_are_said():
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:s@x\r\n"
        b"DTSTAMP:20260101T000000Z\r\nDTSTART:20260302T190000\r\n"
        b"RDATE:20260320T190000\r\nSUMMARY:Vortrag\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    problems: list[tuple[str, str]] = []
    ical_in.parse(data, problems)
    assert problems == [("Vortrag", "extra_dates")]


def test_a_zone_of_an_earlier_calendar_is_not_used_for_a_later_one_of_the_same_name():
    """icalendar caches a VTIMEZONE by its TZID for the whole process. Two calendars
    read in one window session, each with a zone of its own called "Büro Essen": the
    second's unreadable zone is said (not quietly replaced by the first's), and a
    readable one of other rules is its own."""
    from icalendar.timezone import tzp

    data = REPO / "tests/data/events"
    first = ical_in.read_events(data / "office-zone.WRITTEN.ics")
    assert [(e.record.name, e.record.start_time) for e in first] == [
        ("Teamfrühstück", dt.time(8, 30))
    ]
    problems: list[tuple[str, str]] = []
    ical_in.read_events(data / "broken-zones.WRITTEN.ics", problems)
    assert problems == [("Büro Essen", "zone")]

    other = (data / "office-zone.WRITTEN.ics").read_text(encoding="utf-8")
    ical_in.parse(other.replace("+0500", "-0300").encode("utf-8"))
    zone = tzp.timezone("Büro Essen")  # what the last calendar's times were read in
    assert zone is not None
    assert zone.utcoffset(dt.datetime(2026, 3, 5, 8, 30)) == dt.timedelta(hours=-3)


INVITATIONS = EVENTS / "invitations"


def _only(j, name):
    (event,) = [e for e in list_events(j) if name in e.name]
    return event


def test_an_invitation_s_update_replaces_it_and_its_cancellation_calls_it_off(journal):
    def read(name):
        return ical_in.read_events(INVITATIONS / f"fruehstueck-{name}.WRITTEN.ics")

    first = ical_in.import_events(journal, read("request")).value
    assert (first.created, first.updated) == (1, 0)
    breakfast = _only(journal, "Vertriebsfrühstück")
    # The day the clocks go back: 09:00 in Munich as planned (Outlook's own zone name).
    assert (breakfast.starts_on, breakfast.start_time, breakfast.end_time) == (
        D(2026, 10, 25),
        dt.time(9),
        dt.time(11),
    )
    update_event(journal, replace(breakfast, notes="Jonas fragen: Kontakt zu Bauträgern"))
    # The organiser moved it (SEQUENCE 1): the same event, now at 09:30 elsewhere.
    moved = ical_in.import_events(journal, read("update")).value
    assert (moved.created, moved.updated, moved.skipped) == (0, 1, 0)
    now = _only(journal, "Vertriebsfrühstück")
    assert now.id == breakfast.id
    assert (now.start_time, now.end_time) == (dt.time(9, 30), dt.time(11, 30))
    assert now.place == "Schumann's, Odeonsplatz 6, München"
    assert now.notes == "Jonas fragen: Kontakt zu Bauträgern"  # the user's own stay
    # The same mail again (already there), or the first invitation again (older than
    # the update: the journal is already more current): nothing changes.
    for again, older in (("update", 0), ("request", 1)):
        out = ical_in.import_events(journal, read(again)).value
        assert (out.created, out.updated, out.skipped, out.outdated) == (0, 0, 1 - older, older)
    assert _only(journal, "Vertriebsfrühstück") == now
    # Called off: shown as cancelled, its name not Outlook's "Abgesagt: …".
    off = ical_in.import_events(journal, read("cancel")).value
    assert (off.created, off.updated) == (0, 1)
    assert _only(journal, "Vertriebsfrühstück") == replace(now, cancelled=True)
    (shown,) = [o for o in occurrences(journal, D(2026, 10, 25), D(2026, 10, 25))
                if o.name == now.name]  # fmt: skip
    assert shown.cancelled


def test_an_evening_called_off_alone_is_cancelled_in_the_series_here(journal):
    ical_in.import_events(
        journal, ical_in.read_events(INVITATIONS / "stammtisch-series.WRITTEN.ics"))  # fmt: skip
    cancel = ical_in.read_events(INVITATIONS / "stammtisch-cancel-november.WRITTEN.ics")
    out = ical_in.import_events(journal, cancel).value
    assert (out.created, out.updated) == (0, 1)
    evenings = [(o.starts_on, o.start_time, o.cancelled)
                for o in occurrences(journal, D(2026, 10, 1), D(2026, 12, 31))]  # fmt: skip
    assert evenings == [
        (D(2026, 10, 13), dt.time(19), False),
        (D(2026, 11, 10), dt.time(19), True),
        (D(2026, 12, 8), dt.time(19), False),
    ]
    again = ical_in.import_events(journal, ical_in.read_events(
        INVITATIONS / "stammtisch-cancel-november.WRITTEN.ics")).value  # fmt: skip
    assert (again.created, again.updated, again.skipped) == (0, 0, 1)
    assert len(list_events(journal)) == 1


def test_an_invitation_and_its_update_in_one_file_are_one_event_as_updated(journal, tmp_path):
    both = tmp_path / "both.ics"
    both.write_bytes((INVITATIONS / "fruehstueck-update.WRITTEN.ics").read_bytes()
                     + (INVITATIONS / "fruehstueck-request.WRITTEN.ics").read_bytes())  # fmt: skip
    out = ical_in.import_events(journal, ical_in.read_events(both)).value
    assert (out.created, out.skipped) == (1, 1)  # (the first invitation: the same event)
    assert _only(journal, "Vertriebsfrühstück").start_time == dt.time(9, 30)


def test_a_fair_s_days_and_a_barcamp_across_the_change_of_time(journal):
    ical_in.import_events(
        journal, ical_in.read_events(INVITATIONS / "fair-and-barcamp.WRITTEN.ics"))  # fmt: skip
    fair, barcamp = _only(journal, "EXPO REAL"), _only(journal, "Barcamp")
    assert (fair.starts_on, fair.ends_on, fair.start_time) == (D(2026, 10, 5), D(2026, 10, 7), None)
    assert (barcamp.starts_on, barcamp.ends_on) == (D(2026, 10, 24), D(2026, 10, 25))
    assert (barcamp.start_time, barcamp.end_time) == (dt.time(9), dt.time(18))


def test_who_accepted_an_invitation_is_linked_by_e_mail_as_coming(journal):
    """The organiser and the attendees who accepted are the journal's people by
    their e-mail address (an id, never the CN's name); an address two people share,
    and those who have not answered, are linked to no one."""
    from netzjournal.store.events import attendance
    from netzjournal.store.records import Channel

    def person(given, family, email, org=""):
        record = ContactRecord(given_name=given, family_name=family, organisation=org,
                               channels=[Channel("email", email)])  # fmt: skip
        return create_contact(journal, record).value.id

    sabine = person("Sabine", "Huber", "Sabine.Huber@vertrieb-sued.example")
    # Jonas (accepted) under an address two contacts share: no one is guessed.
    person("Jonas", "Brandl", "j.brandl@example.de", "Brandl Bau")
    person("Jonas", "Brandl", "j.brandl@example.de", "Brandl Consulting")
    kemal = person("Kemal", "Aydın", "kemal.aydin@example.de")  # not answered yet
    read = ical_in.read_events(INVITATIONS / "fruehstueck-request.WRITTEN.ics")
    ical_in.import_events(journal, read)
    breakfast = _only(journal, "Vertriebsfrühstück")
    rows = attendance(journal, [breakfast.id])[breakfast.id]
    assert [(a.contact_id, a.status) for a in rows] == [(sabine, "going")]
    # Kemal accepts (the update says so); Sabine, recorded as there since, stays so.
    set_attendance(journal, breakfast.id, sabine, "attended", "kam später")
    ical_in.import_events(
        journal, ical_in.read_events(INVITATIONS / "fruehstueck-update.WRITTEN.ics"))  # fmt: skip
    rows = attendance(journal, [breakfast.id])[breakfast.id]
    assert sorted((a.contact_id, a.status, a.note) for a in rows) == [
        (sabine, "attended", "kam später"), (kemal, "going", "")]  # fmt: skip


def test_outlook_s_canceled_prefix_is_not_kept_in_a_cancelled_event_s_name(journal):
    """Outlook exports a meeting called off as STATUS:CANCELLED with "Canceled: "
    before its name (in the organiser's language): the events list then said
    "Canceled: Steering committee pre-read (cancelled)". A name that only starts so,
    of an event not called off, is the name."""
    text = (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        "VERSION:2.0\r\nMETHOD:PUBLISH\r\n"
        + "".join(
            f"BEGIN:VEVENT\r\nUID:outlook-{n}\r\nDTSTART;VALUE=DATE:2026120{n}\r\n"
            f"SUMMARY;LANGUAGE=en-gb:{summary}\r\n{status}END:VEVENT\r\n"
            for n, summary, status in (
                (1, "Canceled: Steering committee pre-read", "STATUS:CANCELLED\r\n"),
                (2, "Abgesagt: Jour fixe Einkauf", "STATUS:CANCELLED\r\n"),
                (3, "Cancelled: flights\\, a debrief", ""),
                (4, "Canceled:", "STATUS:CANCELLED\r\n"),
            )
        )
        + "END:VCALENDAR\r\n"
    )
    ical_in.import_events(journal, ical_in.parse(text.encode()), today=dt.date(2026, 11, 30))
    assert sorted((e.name, e.cancelled) for e in list_events(journal)) == [
        ("Canceled:", True),
        ("Cancelled: flights, a debrief", False),
        ("Jour fixe Einkauf", True),
        ("Steering committee pre-read", True),
    ]
