"""Events and series in and out of iCalendar: recurrence kept, round trip exact."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import REPO

from netzjournal.interchange import ical_in, writers
from netzjournal.store.contacts import create_contact
from netzjournal.store.events import (
    create_event,
    ensure_occurrence,
    get_event,
    list_events,
    occurrences,
    set_attendance,
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
    bad.write_text(text.replace("END:VCALENDAR", ""), encoding="utf-8")
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
