"""The coach's event occasion from series attendance (not only a shared tag)."""

from __future__ import annotations

import datetime as dt

from test_coach import TODAY, add, names

from netzjournal.coach.engine import suggest
from netzjournal.store.coach_data import upcoming_events
from netzjournal.store.events import (
    create_event,
    ensure_occurrence,
    set_attendance,
    update_occurrence,
)
from netzjournal.store.interactions import create_interaction
from netzjournal.store.records import EventRecord, InteractionRecord

D = dt.date


def _stammtisch(journal):
    # The last Tuesday of the month: 26 May was one, 30 June is the next after TODAY (15 June).
    return create_event(
        journal,
        EventRecord("Stammtisch Süd", D(2026, 1, 27), rrule="FREQ=MONTHLY;BYDAY=-1TU"),
    ).value


def test_upcoming_occurrence_is_an_occasion_for_earlier_attendees(journal):
    came = add(journal, "Sabine", "Kraus", closeness=2, last=40)
    noted = add(journal, "Tom", "Berger", closeness=2, last=40)
    add(journal, "Never", "There", closeness=2, last=40)
    s = _stammtisch(journal)
    may = ensure_occurrence(journal, s.id, D(2026, 5, 26)).value
    set_attendance(journal, may, came.id, note="kurz gesprochen")  # no note needed
    april = ensure_occurrence(journal, s.id, D(2026, 4, 28)).value
    evening = dt.datetime(2026, 4, 28, 21)
    rec = InteractionRecord(evening, kind="event", participants=[noted.id], event_id=april)
    create_interaction(journal, rec)
    upcoming = upcoming_events(journal, TODAY, 35)
    nxt = next(e for e in upcoming if e.starts_on == D(2026, 6, 30))
    assert nxt.id == s.id and nxt.attendees == {came.id, noted.id}
    result = suggest(journal, TODAY)
    assert sorted(names(result)) == ["Sabine Kraus", "Tom Berger"]  # not "Never There"
    first = next(x for x in result.suggestions if x.name == "Sabine Kraus")
    event = next(o for o in first.occasions if o.kind == "event")
    assert (event.text, event.when, event.series) == ("Stammtisch Süd", D(2026, 6, 30), True)
    assert "Stammtisch Süd am 30. Juni" in first.reason
    assert first.openers[0].category == "event_series"
    body = first.openers[0].body
    assert "Stammtisch Süd" in body and "30. Juni" in body and " bei Stammtisch" not in body


def test_a_cancelled_occurrence_is_no_occasion(journal):
    came = add(journal, "Sabine", "Kraus", closeness=2, last=40)
    s = _stammtisch(journal)
    may = ensure_occurrence(journal, s.id, D(2026, 5, 26)).value
    set_attendance(journal, may, came.id)
    update_occurrence(journal, s.id, D(2026, 6, 30), cancelled=True)
    events = upcoming_events(journal, TODAY, 21)
    assert all(e.starts_on != D(2026, 6, 30) for e in events)
    assert names(suggest(journal, TODAY)) == []


def test_who_said_they_will_come_to_a_fair_has_it_as_occasion(journal):
    """An accepted invitation (or "said they'd come" on the event's page) is an
    occasion for that person: "Sind Sie auch auf der …?" (not "wieder": no series).
    It was one only through a shared tag."""
    coming = add(journal, "Sabine", "Kraus", closeness=2, last=40)
    add(journal, "Never", "There", closeness=2, last=40)
    fair = create_event(journal, EventRecord("EXPO REAL 2026", D(2026, 6, 22),
                                             ends_on=D(2026, 6, 24))).value  # fmt: skip
    set_attendance(journal, fair.id, coming.id, "going")
    (upcoming,) = upcoming_events(journal, TODAY, 35)
    assert (upcoming.id, upcoming.coming, upcoming.attendees) == (fair.id, {coming.id}, set())
    result = suggest(journal, TODAY)
    assert names(result) == ["Sabine Kraus"]
    (first,) = result.suggestions
    event = next(o for o in first.occasions if o.kind == "event")
    assert (event.text, event.when, event.series) == ("EXPO REAL 2026", D(2026, 6, 22), False)
    assert first.openers[0].category == "event"


def test_a_new_york_evening_counts_on_the_day_it_is_here(journal, berlin_zone):
    """Thursday 18 June, 20:00 in New York is Friday 19 June, 02:00 in Berlin: the
    coach's "am 19. Juni" and its "in N days" count to the day it is here (it said
    the 18th, one day off)."""
    tag = "Remote"
    add(journal, "Nina", "Ott", closeness=2, last=40, tags=[tag])
    event = create_event(journal, EventRecord(
        "Remote Jobs Q&A", D(2026, 6, 18), start_time=dt.time(20, 0),
        zone="America/New_York", tags=[tag])).value  # fmt: skip
    (found,) = [e for e in upcoming_events(journal, TODAY, 21) if e.id == event.id]
    assert found.starts_on == D(2026, 6, 19)
    (s,) = suggest(journal, TODAY).suggestions
    occasion = next(o for o in s.occasions if o.kind == "event")
    assert (occasion.when, occasion.days) == (D(2026, 6, 19), 4)
    # (four days ahead: its weekday here, Friday — not New York's Thursday)
    assert "Remote Jobs Q&A am Freitag" in s.reason
    # At the window's end: the 5th of July here (4 July, 20:00 in New York) is out of
    # a fortnight's window (it ends on the 4th), and in a three-week one.
    late = create_event(journal, EventRecord(
        "Late Q&A", D(2026, 7, 4), start_time=dt.time(20, 0),
        zone="America/New_York")).value  # fmt: skip
    assert late.id not in {e.id for e in upcoming_events(journal, TODAY, 19)}
    assert late.id in {e.id for e in upcoming_events(journal, TODAY, 20)}


def test_an_event_i_declined_is_no_occasion(journal):
    """„Sind Sie auch auf der EXPO REAL?" for a fair the user said no to invites a
    meeting where the user will not be."""
    from netzjournal.store.events import set_my_status

    add(journal, "Sabine", "Kraus", closeness=2, last=40)
    coming = add(journal, "Tom", "Berger", closeness=2, last=40)
    fair = create_event(journal, EventRecord("EXPO REAL 2026", D(2026, 6, 22))).value
    set_attendance(journal, fair.id, coming.id, "going")
    assert names(suggest(journal, TODAY)) == ["Tom Berger"]
    set_my_status(journal, fair.id, "declined")
    assert upcoming_events(journal, TODAY, 35) == []
    assert names(suggest(journal, TODAY)) == []
    # One evening of a series declined: that evening is none, the next one is.
    came = add(journal, "Kai", "Lorenz", closeness=2, last=40)
    s = _stammtisch(journal)
    set_attendance(journal, ensure_occurrence(journal, s.id, D(2026, 5, 26)).value, came.id)
    june = ensure_occurrence(journal, s.id, D(2026, 6, 30)).value
    set_my_status(journal, june, "declined")
    ahead = upcoming_events(journal, TODAY, 50)
    assert [e.starts_on for e in ahead if e.id == s.id] == [D(2026, 7, 28)]


def test_texts_say_when_an_event_is_relative_to_the_clock():
    from netzjournal.coach import texts

    monday = TODAY  # 15 June 2026
    said = {n: (texts.when("de", monday + dt.timedelta(days=n), monday),
                texts.when("en", monday + dt.timedelta(days=n), monday))
            for n in (0, 1, 2, 6, 7)}  # fmt: skip
    assert said == {
        0: ("heute", "today"),
        1: ("morgen", "tomorrow"),
        2: ("am Mittwoch", "on Wednesday"),
        6: ("am Sonntag", "on Sunday"),
        7: ("am 22. Juni", "on 22 June"),  # (a weekday a week ahead is ambiguous)
    }


def test_an_opener_about_a_near_event_says_tomorrow_not_the_date(journal):
    coming = add(journal, "Sabine", "Kraus", closeness=2, last=40)
    fair = create_event(journal, EventRecord("EXPO REAL 2026", D(2026, 6, 16))).value
    set_attendance(journal, fair.id, coming.id, "going")
    (first,) = suggest(journal, TODAY).suggestions
    assert first.openers[0].category == "event"
    subject, body = first.openers[0].subject, first.openers[0].body
    assert "morgen" in f"{subject} {body}" and "16. Juni" not in f"{subject} {body}"
    assert "EXPO REAL 2026 morgen" in first.reason  # (the card's reason says it so too)
    # A day later by the clock given: the fair is today.
    (later,) = suggest(journal, TODAY + dt.timedelta(days=1)).suggestions
    assert "heute" in later.openers[0].subject + later.openers[0].body


def test_when_i_organise_the_event_the_opener_is_a_host_s(journal):
    from netzjournal.store.catalog import set_setting
    from netzjournal.store.invitees import set_invitees
    from netzjournal.store.reading import OWN_ADDRESSES
    from netzjournal.store.records import Invitee

    coming = add(journal, "Sabine", "Kraus", closeness=2, last=40)
    evening = create_event(journal, EventRecord("Sommerfest", D(2026, 6, 18))).value
    set_attendance(journal, evening.id, coming.id, "going")
    set_invitees(
        journal,
        evening.id,
        [
            Invitee("ich@example.de", "Ich", "", True),
            Invitee("s.kraus@example.de", "Sabine", "ACCEPTED"),
        ],
    )
    # My address not set: the journal cannot tell who organises it.
    (guest,) = suggest(journal, TODAY).suggestions
    assert guest.openers[0].category == "event"
    set_setting(journal, OWN_ADDRESSES, ["Ich@example.de"])
    (upcoming,) = upcoming_events(journal, TODAY, 21)
    assert upcoming.hosting
    (host,) = suggest(journal, TODAY).suggestions
    categories = [o.category for o in host.openers]
    assert categories[0] == "event_host" and "event" not in categories
    body = host.openers[0].body
    assert "Ich würde mich freuen, wenn Sie dabei sind" in body.replace("ich würde", "Ich würde")
    assert "auch dabei?" not in body and "am Donnerstag" in host.openers[0].subject + body
