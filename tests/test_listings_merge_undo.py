"""Listings for the views, merging contacts, and snapshots for undo."""

import datetime as dt

import pytest
from conftest import TODAY, note, person

from netzjournal import store
from netzjournal.store import fulltext


@pytest.fixture
def people(journal):
    a = store.create_contact(journal, person("Max", "Müller", organisation="A", tags=["Presse"]))
    b = store.create_contact(journal, person("Eva", "Groß", city="Köln"))
    c = store.create_contact(journal, person("Old", "Friend", archived=True))
    return journal, a.value, b.value, c.value


def test_contact_rows_show_last_contact_and_tags(people):
    journal, a, b, c = people
    store.create_interaction(journal, note(dt.datetime(2025, 1, 5, 10), [a.id]))
    store.create_interaction(journal, note(dt.datetime(2026, 2, 1, 9), [a.id, b.id]))
    rows = {r.id: r for r in store.contact_rows(journal)}
    assert set(rows) == {a.id, b.id}  # archived hidden by default
    assert rows[a.id].last_contact == dt.datetime(2026, 2, 1, 9)
    assert rows[a.id].tags == ("Presse",)
    assert {r.id for r in store.contact_rows(journal, include_archived=True)} == {a.id, b.id, c.id}
    assert [r.id for r in store.contact_rows(journal, ids=[b.id])] == [b.id]
    assert store.contact_ids_with_tag(journal, "presse") == {a.id}


def test_timeline_pages_merge_notes_and_events_newest_first(people):
    journal, a, b, _ = people
    for day in range(1, 29):
        store.create_interaction(
            journal, note(dt.datetime(2026, 2, day, 12), [a.id if day % 2 else b.id], kind="call")
        )
    store.create_event(journal, store.EventRecord("Barcamp", dt.date(2026, 2, 10), tags=["Presse"]))
    store.create_event(journal, store.EventRecord("Future", TODAY + dt.timedelta(days=30)))
    cursor = store.TimelineCursor()
    seen = []
    while not cursor.done:
        page = store.timeline_page(journal, store.NoteFilter(), cursor, 7, TODAY)
        seen += page
    assert len(seen) == 29  # 28 notes + the past event; the future one is not history
    whens = [e.when for e in seen]
    assert whens == sorted(whens, reverse=True)
    assert [e.title for e in seen if e.source == "event"] == ["Barcamp"]
    only_a = store.timeline_page(
        journal, store.NoteFilter(contact_id=a.id), store.TimelineCursor(), 100, TODAY
    )
    assert len(only_a) == 14 and all("Max" in e.people for e in only_a)
    tagged = store.timeline_page(
        journal, store.NoteFilter(tag="Presse"), store.TimelineCursor(), 100, TODAY
    )
    assert len(tagged) == 15  # a's notes and the tagged event
    assert (
        store.timeline_page(
            journal, store.NoteFilter(year=2025), store.TimelineCursor(), 100, TODAY
        )
        == []
    )
    assert store.years_with_entries(journal) == [2026]


def test_merge_keeps_every_note_and_detail(people):
    journal, a, b, _ = people
    both = store.create_interaction(journal, note(dt.datetime(2026, 1, 1), [a.id, b.id])).value
    only_b = store.create_interaction(
        journal,
        note(dt.datetime(2026, 1, 2), [b.id], give_take=[store.GiveTakeLine("gave", "Tipp", b.id)]),
    ).value
    store.add_follow_up(journal, store.FollowUpRecord("Anrufen", contact_id=b.id))
    b.channels = [store.Channel("email", "eva@example.org")]
    store.update_contact(journal, b)
    merged = store.merge_contacts(journal, a.id, b.id).value
    assert merged.city == "Köln" and merged.organisation == "A"
    assert [c.value for c in merged.channels] == ["eva@example.org"]
    assert set(store.interactions_of(journal, a.id)) == {both.id, only_b.id}
    assert store.get_interaction(journal, both.id).participants == [a.id]
    assert [f.text for f in store.follow_ups(journal, a.id)] == ["Anrufen"]
    assert [g.text for g in store.give_and_take(journal, a.id)] == ["Tipp"]
    with pytest.raises(store.NotFound):
        store.get_contact(journal, b.id)
    assert [h.id for h in store.search(journal, "Groß")] == []
    fulltext_now = fulltext.index_snapshot(journal.db)
    fulltext.rebuild(journal.db)
    assert fulltext.index_snapshot(journal.db) == fulltext_now


def test_snapshot_undoes_delete_and_merge_exactly(people):
    journal, a, b, _ = people
    i = store.create_interaction(
        journal,
        note(
            dt.datetime(2026, 1, 1), [a.id, b.id], give_take=[store.GiveTakeLine("gave", "X", b.id)]
        ),
    ).value
    store.add_follow_up(
        journal, store.FollowUpRecord("Anrufen", contact_id=b.id, interaction_id=i.id)
    )
    c = store.create_contact(journal, person("New", "Person", introduced_by=b.id)).value

    def state():
        conn = journal.db.connection()
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in ("contact", "contact_channel", "contact_tag", "participant", "follow_up",
                      "give_take", "interaction")
        } | {"index": fulltext.index_snapshot(journal.db)}  # fmt: skip

    before = state()
    snap = store.snapshot_contacts(journal, [a.id, b.id])
    store.merge_contacts(journal, a.id, b.id)
    assert store.get_contact(journal, c.id).introduced_by == a.id
    store.restore_snapshot(journal, snap)
    assert state() == before
    snap = store.snapshot_contacts(journal, [b.id])
    store.delete_contacts(journal, [b.id])
    out = store.restore_snapshot(journal, snap)
    assert state() == before
    assert b.id in out.changes.contacts and i.id in out.changes.interactions
    snap = store.snapshot_interactions(journal, [i.id])
    store.delete_interactions(journal, [i.id])
    store.restore_snapshot(journal, snap)
    assert state() == before
    assert journal.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
