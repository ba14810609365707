"""Listings for the views, merging contacts, and snapshots for undo."""

import datetime as dt

import pytest
from conftest import TODAY, note, person

from netzjournal.store import fulltext
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import (
    create_contact,
    delete_contacts,
    get_contact,
    merge_contacts,
    update_contact,
)
from netzjournal.store.errors import NotFound
from netzjournal.store.events import create_event
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import (
    add_follow_up,
    create_interaction,
    delete_interactions,
    follow_ups,
    get_interaction,
    interactions_of,
)
from netzjournal.store.listings import (
    NoteFilter,
    TimelineCursor,
    give_and_take,
    timeline_page,
    years_with_entries,
)
from netzjournal.store.records import Channel, EventRecord, FollowUpRecord, GiveTakeLine
from netzjournal.store.snapshots import restore_snapshot, snapshot_contacts, snapshot_interactions


@pytest.fixture
def people(journal):
    a = create_contact(journal, person("Max", "Müller", organisation="A", tags=["Presse"]))
    b = create_contact(journal, person("Eva", "Groß", city="Köln"))
    c = create_contact(journal, person("Old", "Friend", archived=True))
    return journal, a.value, b.value, c.value


def test_contact_rows_show_last_contact_and_tags(people):
    journal, a, b, c = people
    create_interaction(journal, note(dt.datetime(2025, 1, 5, 10), [a.id]))
    create_interaction(journal, note(dt.datetime(2026, 2, 1, 9), [a.id, b.id]))
    rows = {r.id: r for r in contact_rows(journal)}
    assert set(rows) == {a.id, b.id}  # archived hidden by default
    assert rows[a.id].last_contact == dt.datetime(2026, 2, 1, 9)
    assert rows[a.id].tags == ("Presse",)
    assert {r.id for r in contact_rows(journal, include_archived=True)} == {a.id, b.id, c.id}
    assert [r.id for r in contact_rows(journal, ids=[b.id])] == [b.id]


def test_timeline_pages_merge_notes_and_events_newest_first(people):
    journal, a, b, _ = people
    for day in range(1, 29):
        create_interaction(
            journal, note(dt.datetime(2026, 2, day, 12), [a.id if day % 2 else b.id], kind="call")
        )
    create_event(journal, EventRecord("Barcamp", dt.date(2026, 2, 10), tags=["Presse"]))
    create_event(journal, EventRecord("Future", TODAY + dt.timedelta(days=30)))
    cursor = TimelineCursor()
    seen = []
    while not cursor.done:
        page = timeline_page(journal, NoteFilter(), cursor, 7, TODAY)
        seen += page
    assert len(seen) == 29  # 28 notes + the past event; the future one is not history
    whens = [e.when for e in seen]
    assert whens == sorted(whens, reverse=True)
    assert [e.title for e in seen if e.source == "event"] == ["Barcamp"]
    only_a = timeline_page(journal, NoteFilter(contact_id=a.id), TimelineCursor(), 100, TODAY)
    assert len(only_a) == 14 and all("Max" in e.people for e in only_a)
    tagged = timeline_page(journal, NoteFilter(tag="Presse"), TimelineCursor(), 100, TODAY)
    assert len(tagged) == 15  # a's notes and the tagged event
    assert timeline_page(journal, NoteFilter(year=2025), TimelineCursor(), 100, TODAY) == []
    assert years_with_entries(journal) == [2026]


def test_years_with_entries_are_every_year_of_a_note_or_an_event(people):
    """Read one seek per year, from the latest back (the review's year list): years
    with gaps between them, a year of events only, notes on a year's first and last
    minute, several in one year, a year before 1000."""
    journal, a, _, _ = people
    assert years_with_entries(journal) == []
    for when in (dt.datetime(2026, 1, 1, 0, 0), dt.datetime(2026, 12, 31, 23, 59),
                 dt.datetime(2023, 6, 1, 9), dt.datetime(2023, 6, 1, 9),
                 dt.datetime(2019, 12, 31, 23, 30), dt.datetime(999, 5, 5, 12)):  # fmt: skip
        create_interaction(journal, note(when, [a.id]))
    for day in (dt.date(2027, 3, 1), dt.date(2021, 1, 1), dt.date(2023, 12, 31)):
        create_event(journal, EventRecord(name="Barcamp", starts_on=day))
    assert years_with_entries(journal) == [2027, 2026, 2023, 2021, 2019, 999]


def test_merge_keeps_every_note_and_detail(people):
    journal, a, b, _ = people
    both = create_interaction(journal, note(dt.datetime(2026, 1, 1), [a.id, b.id])).value
    only_b = create_interaction(
        journal,
        note(dt.datetime(2026, 1, 2), [b.id], give_take=[GiveTakeLine("gave", "Tipp", b.id)]),
    ).value
    add_follow_up(journal, FollowUpRecord("Anrufen", contact_id=b.id))
    b.channels = [Channel("email", "eva@example.org")]
    update_contact(journal, b)
    merged = merge_contacts(journal, a.id, b.id).value
    assert merged.city == "Köln" and merged.organisation == "A"
    assert [c.value for c in merged.channels] == ["eva@example.org"]
    assert set(interactions_of(journal, a.id)) == {both.id, only_b.id}
    assert get_interaction(journal, both.id).participants == [a.id]
    assert [f.text for f in follow_ups(journal, a.id)] == ["Anrufen"]
    assert [g.text for g in give_and_take(journal, a.id)] == ["Tipp"]
    with pytest.raises(NotFound):
        get_contact(journal, b.id)
    assert [h.id for h in search(journal, "Groß")] == []
    fulltext_now = fulltext.index_snapshot(journal)
    fulltext.rebuild(journal)
    assert fulltext.index_snapshot(journal) == fulltext_now


def test_snapshot_undoes_delete_and_merge_exactly(people):
    journal, a, b, _ = people
    i = create_interaction(
        journal,
        note(dt.datetime(2026, 1, 1), [a.id, b.id], give_take=[GiveTakeLine("gave", "X", b.id)]),
    ).value
    add_follow_up(journal, FollowUpRecord("Anrufen", contact_id=b.id, interaction_id=i.id))
    c = create_contact(journal, person("New", "Person", introduced_by=b.id)).value

    def state():
        conn = journal.connection()
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in ("contact", "contact_channel", "contact_tag", "participant", "follow_up",
                      "give_take", "interaction")
        } | {"index": fulltext.index_snapshot(journal)}  # fmt: skip

    before = state()
    snap = snapshot_contacts(journal, [a.id, b.id])
    merge_contacts(journal, a.id, b.id)
    assert get_contact(journal, c.id).introduced_by == a.id
    restore_snapshot(journal, snap)
    assert state() == before
    snap = snapshot_contacts(journal, [b.id])
    delete_contacts(journal, [b.id])
    out = restore_snapshot(journal, snap)
    assert state() == before
    assert b.id in out.changes.contacts and i.id in out.changes.interactions
    snap = snapshot_interactions(journal, [i.id])
    delete_interactions(journal, [i.id])
    restore_snapshot(journal, snap)
    assert state() == before
    assert journal.connection().execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_timeline_has_an_event_on_the_day_it_was_here(journal, berlin_zone):
    """New York's evening of 31 December is 1 January here: in the timeline's 2026, in
    order among the events of those days, on every page size."""

    def event(name: str, day: dt.date, at: dt.time, zone: str = "") -> None:
        create_event(journal, EventRecord(name, day, start_time=at, zone=zone))

    event("Silvester New York", dt.date(2025, 12, 31), dt.time(20), "America/New_York")
    event("Silvester Essen", dt.date(2025, 12, 31), dt.time(20))
    event("Neujahrsempfang", dt.date(2026, 1, 1), dt.time(11))
    event("Tokio-Frühstück", dt.date(2026, 1, 2), dt.time(7), "Asia/Tokyo")  # (1 Jan here)
    event("Stammtisch", dt.date(2025, 12, 30), dt.time(19))
    for day in range(1, 20):  # (more than a page of others before them)
        event(f"Abend {day}", dt.date(2025, 12, day), dt.time(19))
    jan1, dec31, dec30 = dt.date(2026, 1, 1), dt.date(2025, 12, 31), dt.date(2025, 12, 30)
    expected = [("Tokio-Frühstück", jan1), ("Neujahrsempfang", jan1),
                ("Silvester New York", jan1), ("Silvester Essen", dec31), ("Stammtisch", dec30),
                *((f"Abend {d}", dt.date(2025, 12, d)) for d in range(19, 0, -1))]  # fmt: skip
    for size in (1, 2, 3, 50):
        cursor, seen = TimelineCursor(), []
        while not cursor.done:
            seen += timeline_page(journal, NoteFilter(), cursor, size, dt.date(2026, 3, 1))
        assert [(e.title, e.when.date()) for e in seen] == expected
    today = dt.date(2026, 3, 1)
    in_2026 = timeline_page(journal, NoteFilter(year=2026), TimelineCursor(), 100, today)
    assert sorted(e.title for e in in_2026) == ["Neujahrsempfang", "Silvester New York",
                                                "Tokio-Frühstück"]  # fmt: skip
    in_2025 = timeline_page(journal, NoteFilter(year=2025), TimelineCursor(), 100, today)
    assert "Silvester New York" not in {e.title for e in in_2025} and len(in_2025) == 21
