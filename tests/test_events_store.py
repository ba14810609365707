"""Events and series in the store: recurrence, exceptions, moves, attendance, origin."""

import datetime as dt

import pytest
from conftest import note, person
from dbfiles import connect as _dbconnect

from netzjournal import store
from netzjournal.store import recurrence

D = dt.date


JAN_13 = D(2026, 1, 13)


def series(journal, name="Stammtisch Süd", first=JAN_13, rule="FREQ=MONTHLY;BYDAY=2TU", **kw):
    rec = store.EventRecord(name=name, starts_on=first, rrule=rule, **kw)
    return store.create_event(journal, rec).value


def days(occs):
    return [o.starts_on for o in occs]


def test_monthly_by_weekday_is_every_second_tuesday(journal):
    s = series(journal, start_time=dt.time(19, 0))
    got = store.occurrences(journal, D(2026, 1, 1), D(2026, 6, 30))
    assert days(got) == [D(2026, 1, 13), D(2026, 2, 10), D(2026, 3, 10), D(2026, 4, 14),
                         D(2026, 5, 12), D(2026, 6, 9)]  # fmt: skip
    assert all(o.series_id == s.id and o.event_id is None for o in got)
    assert all(o.starts_on.weekday() == 1 and 8 <= o.starts_on.day <= 14 for o in got)


def test_yearly_series_keeps_its_length(journal):
    series(journal, "Barcamp Ruhr", D(2024, 3, 16), "FREQ=YEARLY", ends_on=D(2024, 3, 17))
    got = store.occurrences(journal, D(2024, 1, 1), D(2027, 12, 31))
    assert days(got) == [D(2024, 3, 16), D(2025, 3, 16), D(2026, 3, 16), D(2027, 3, 16)]
    assert [o.ends_on for o in got] == [D(2024, 3, 17), D(2025, 3, 17), D(2026, 3, 17),
                                        D(2027, 3, 17)]  # fmt: skip


def test_yearly_on_the_second_saturday_of_march(journal):
    rule = recurrence.rule_for("yearly_weekday", D(2025, 3, 8))
    assert rule == "FREQ=YEARLY;BYMONTH=3;BYDAY=2SA"
    series(journal, "Barcamp Ruhr", D(2025, 3, 8), rule)
    got = store.occurrences(journal, D(2025, 1, 1), D(2027, 12, 31))
    assert days(got) == [D(2025, 3, 8), D(2026, 3, 14), D(2027, 3, 13)]


def test_cancelled_occurrence_is_marked_and_others_stay(journal):
    s = series(journal)
    store.update_occurrence(journal, s.id, D(2026, 3, 10), cancelled=True)
    got = store.occurrences(journal, D(2026, 2, 1), D(2026, 4, 30))
    assert days(got) == [D(2026, 2, 10), D(2026, 3, 10), D(2026, 4, 14)]
    assert [o.cancelled for o in got] == [False, True, False]


def test_moved_occurrence_leaves_its_day_and_appears_on_the_new_one(journal):
    s = series(journal, place="Brauhaus")
    out = store.update_occurrence(
        journal, s.id, D(2026, 3, 10), starts_on=D(2026, 3, 12), place="Biergarten"
    )
    assert out.changes.events >= {s.id, out.value}
    got = store.occurrences(journal, D(2026, 3, 1), D(2026, 3, 31))
    assert len(got) == 1
    moved = got[0]
    assert (moved.starts_on, moved.occurrence_on, moved.place, moved.moved) == (
        D(2026, 3, 12),
        D(2026, 3, 10),
        "Biergarten",
        True,
    )
    assert moved.name == "Stammtisch Süd"  # inherited from the series
    # moved out of a window: gone from its old day's window too
    assert store.occurrences(journal, D(2026, 3, 10), D(2026, 3, 11)) == []
    # the next month is untouched and keeps the series' place
    april = store.occurrences(journal, D(2026, 4, 1), D(2026, 4, 30))
    assert [(o.starts_on, o.place) for o in april] == [(D(2026, 4, 14), "Brauhaus")]


def test_29_february_recurs_in_leap_years_only(journal):
    series(journal, "Schalttag-Treffen", D(2024, 2, 29), "FREQ=YEARLY")
    got = store.occurrences(journal, D(2024, 1, 1), D(2033, 12, 31))
    assert days(got) == [D(2024, 2, 29), D(2028, 2, 29), D(2032, 2, 29)]


def test_series_across_daylight_saving_stays_at_its_local_time(journal):
    # Weekly at 19:00 from before the change (29 March 2026 in Germany) to after it.
    series(journal, "After-Work Golf", D(2026, 3, 19), "FREQ=WEEKLY;COUNT=4",
           start_time=dt.time(19, 0))  # fmt: skip
    got = store.occurrences(journal, D(2026, 3, 1), D(2026, 4, 30))
    assert days(got) == [D(2026, 3, 19), D(2026, 3, 26), D(2026, 4, 2), D(2026, 4, 9)]
    assert {o.start_time for o in got} == {dt.time(19, 0)}


def test_until_in_utc_is_read_as_the_local_end_day(journal):
    series(journal, rule="FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260310T180000Z")
    got = store.occurrences(journal, D(2026, 1, 1), D(2026, 12, 31))
    assert days(got) == [D(2026, 1, 13), D(2026, 2, 10), D(2026, 3, 10)]


def test_unreadable_rule_is_refused(journal):
    with pytest.raises(store.ValidationError):
        series(journal, rule="FREQ=SOMETIMES")
    with pytest.raises(store.ValidationError):
        series(journal, rule="BYDAY=2TU")


def test_plain_words_parts_read_back_the_simple_forms():
    first = D(2026, 1, 13)
    for form in recurrence.SIMPLE_FORMS[1:]:
        assert recurrence.parts(recurrence.rule_for(form, first), first).form == form
    p = recurrence.parts("FREQ=MONTHLY;BYDAY=2TU", first)
    assert (p.nth, p.weekday) == (2, 1)
    assert recurrence.parts("FREQ=MONTHLY;BYDAY=-1FR", first).nth == -1
    assert recurrence.parts("FREQ=DAILY;BYHOUR=3", first).form == "custom"


def test_single_event_round_trip_with_link_and_times(journal):
    rec = store.EventRecord(
        name="DMEXCO", starts_on=D(2026, 9, 16), ends_on=D(2026, 9, 17), place="Köln Messe",
        url="https://dmexco.com", start_time=dt.time(9, 30), end_time=dt.time(18, 0),
        tags=["Messe", "Marketing"], notes="Halle 7",
    )  # fmt: skip
    out = store.create_event(journal, rec)
    got = store.get_event(journal, out.value.id)
    assert (got.url, got.start_time, got.end_time, got.tags) == (
        "https://dmexco.com",
        dt.time(9, 30),
        dt.time(18, 0),
        ["Marketing", "Messe"],
    )
    occ = store.occurrences(journal, D(2026, 9, 1), D(2026, 9, 30))
    assert [(o.event_id, o.series_id, o.ends_on) for o in occ] == [(got.id, None, D(2026, 9, 17))]
    got.place = "Koelnmesse"
    assert store.update_event(journal, got).value.place == "Koelnmesse"


def test_attendance_by_id_tells_namesakes_apart(journal):
    a = store.create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht")).value
    b = store.create_contact(journal, person("Anna", "Schmidt", city="Leipzig")).value
    s = series(journal)
    occ = store.occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    out = store.event_row_for(journal, occ)
    eid = out.value
    assert store.event_row_for(journal, occ).value == eid or occ.event_id is None
    changed = store.set_attendance(journal, eid, b.id, "attended", "kurz gesprochen")
    assert changed.changes.contacts == {b.id} and eid in changed.changes.events
    store.set_attendance(journal, eid, a.id, "going")
    rows = store.attendance(journal, [eid])[eid]
    assert [(r.contact_id, r.status, r.note, r.city) for r in rows] == [
        (b.id, "attended", "kurz gesprochen", "Leipzig"),
        (a.id, "going", "", ""),
    ]
    # the occurrence now has its row; it is the same when asked again
    again = store.occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    assert again.event_id == eid and again.series_id == s.id
    assert store.ensure_occurrence(journal, s.id, D(2026, 2, 10)).value == eid
    with pytest.raises(store.ValidationError):
        store.set_attendance(journal, eid, 9999)
    store.remove_attendance(journal, eid, a.id)
    assert [r.contact_id for r in store.attendance(journal, [eid])[eid]] == [b.id]


def test_attendance_write_is_one_transaction_and_reports_once(journal):
    c = store.create_contact(journal, person("Ole", "Hansen")).value
    s = series(journal)
    heard = []
    journal.subscribe(heard.append)
    with pytest.raises(store.ValidationError), journal.write():
        eid = store.ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
        store.set_attendance(journal, eid, c.id)
        store.set_attendance(journal, eid, c.id, "maybe")  # refused: all rolled back
    assert heard == []
    assert store.occurrence_row(journal, s.id, D(2026, 2, 10)) is None


def test_note_links_to_an_occurrence_and_series_attendees(journal):
    a = store.create_contact(journal, person("Jana", "Berg")).value
    b = store.create_contact(journal, person("Tim", "Roth")).value
    s = series(journal)
    feb = store.ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    store.create_interaction(journal, note(dt.datetime(2026, 2, 10, 21), [a.id], kind="event",
                                           event_id=feb))  # fmt: skip
    mar = store.ensure_occurrence(journal, s.id, D(2026, 3, 10)).value
    store.set_attendance(journal, mar, b.id)
    assert store.people_met(journal, [feb, mar]) == {feb: {a.id}, mar: {b.id}}
    assert store.series_attendees(journal, [s.id], D(2026, 3, 1)) == {s.id: {a.id}}
    assert store.series_attendees(journal, [s.id], D(2026, 4, 1)) == {s.id: {a.id, b.id}}
    assert [e.event_id for e in store.contact_events(journal, a.id)] == [feb]


def test_contact_origin_is_an_occurrence(journal):
    c = store.create_contact(journal, person("Mia", "Klein")).value
    s = series(journal, "Barcamp Ruhr", D(2025, 3, 8), "FREQ=YEARLY;BYMONTH=3;BYDAY=2SA")
    eid = store.ensure_occurrence(journal, s.id, D(2025, 3, 8)).value
    out = store.set_met_at(journal, c.id, eid)
    assert out.changes.contacts == {c.id}
    got = store.get_contact(journal, c.id)
    assert (got.met_at_event_id, got.met_on, got.source) == (eid, D(2025, 3, 8), "event")
    assert store.event_label(journal, eid) == ("Barcamp Ruhr", D(2025, 3, 8))
    # survives an ordinary edit, and deleting the event forgets it
    got.city = "Essen"
    assert store.update_contact(journal, got).value.met_at_event_id == eid
    store.delete_event(journal, s.id)
    assert store.get_contact(journal, c.id).met_at_event_id is None


def test_search_index_covers_events_and_who_was_there(journal):
    c = store.create_contact(journal, person("Jürgen", "Weiß")).value
    s = series(journal, "Stammtisch Süd", place="Brauhaus Müller")
    single = store.create_event(journal, store.EventRecord("Barcamp Köln", D(2026, 6, 6))).value
    assert store.matching_event_ids(journal, "stammt") == {s.id}
    assert store.matching_event_ids(journal, "Mueller") == {s.id}
    assert store.matching_event_ids(journal, "koln") == {single.id}
    assert store.matching_event_ids(journal, '"') is None
    eid = store.ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    store.set_attendance(journal, eid, c.id, note="Podcast")
    assert store.matching_event_ids(journal, "Weiss") == {eid}
    store.delete_event(journal, single.id)
    assert store.matching_event_ids(journal, "koln") == set()


def test_deleting_a_contact_is_undone_with_their_attendance(journal):
    c = store.create_contact(journal, person("Ole", "Hansen")).value
    s = series(journal)
    eid = store.ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    store.set_attendance(journal, eid, c.id)
    snap = store.snapshot_contacts(journal, [c.id])
    assert store.matching_event_ids(journal, "Hansen") == {eid}
    store.delete_contacts(journal, [c.id])
    assert store.attendance(journal, [eid]) == {}
    assert store.matching_event_ids(journal, "Hansen") == set()  # gone from the index too
    store.restore_snapshot(journal, snap)
    assert [r.contact_id for r in store.attendance(journal, [eid])[eid]] == [c.id]
    assert store.matching_event_ids(journal, "Hansen") == {eid}


def test_migration_keeps_old_events_and_indexes_them(tmp_path):

    path = tmp_path / "old.sqlite3"
    with store.Journal.open(path) as j:
        store.create_event(j, store.EventRecord("Altes Treffen", D(2020, 5, 5), place="Bonn"))
    # Take the journal back to schema 4 as a released version left it.
    conn = _dbconnect(path)
    conn.executescript(
        "DROP TABLE attendance; DROP TABLE event_search;"
        "DROP INDEX event_series_occurrence; DROP INDEX event_rrule;"
        "DROP INDEX interaction_event; DROP INDEX contact_met_at_event;"
        "ALTER TABLE contact DROP COLUMN met_at_event_id;"
        + "".join(f"ALTER TABLE event DROP COLUMN {c};" for c in (
            "url", "start_time", "end_time", "rrule", "series_id", "occurrence_on", "cancelled",
            "my_status", "updated_at"))
        + "DELETE FROM schema_migration WHERE name LIKE '0008%'; PRAGMA user_version = 4;"
        "UPDATE meta SET value = '4' WHERE key = 'schema_version';"
    )  # fmt: skip
    conn.close()
    with store.Journal.open(path) as j:
        (old,) = store.list_events(j)
        assert (old.name, old.place, old.rrule, old.my_status) == ("Altes Treffen", "Bonn", "", "")
        assert store.matching_event_ids(j, "bonn") == {old.id}


def _debrief(journal, occ, people):
    return store.Debrief(occ, dt.datetime(2026, 2, 10, 22, 0), people)


def test_debrief_is_one_transaction_and_undone_exactly(journal):
    a = store.create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht")).value
    b = store.create_contact(journal, person("Anna", "Schmidt", city="Leipzig")).value
    s = series(journal, place="Brauhaus")
    occ = store.occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    store_before = (store.contact_count(journal), store.interaction_count(journal))
    heard = []
    journal.subscribe(heard.append)
    d = _debrief(journal, occ, [
        store.DebriefPerson(b.id, line="Podcast über KI", hooks="ihr Umzug nach Lissabon",
                            follow_up="Artikel schicken", follow_up_due=D(2026, 2, 17)),
        store.DebriefPerson(new_contact=person("Ole", "Hansen", organisation="Werft"),
                            line="Segeln"),
        store.DebriefPerson(a.id),  # was there, nothing more
    ])  # fmt: skip
    out = store.save_debrief(journal, d)
    r = out.value
    assert len(heard) == 1  # one transaction, one change report
    (ole,) = r.new_contacts
    assert set(heard[0].contacts) >= {a.id, b.id, ole}
    assert store.occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0].event_id == r.event_id
    rows = store.attendance(journal, [r.event_id])[r.event_id]
    assert sorted(x.contact_id for x in rows) == sorted([a.id, b.id, ole])
    # each person's history shows it; the namesake without a line has no note
    hist = store.contact_history(journal, b.id)
    assert [(h.title, h.hooks) for h in hist] == [("Stammtisch Süd", "ihr Umzug nach Lissabon")]
    assert store.contact_history(journal, a.id) == []
    assert [f.text for f in store.follow_ups(journal, b.id)] == ["Artikel schicken"]
    new = store.get_contact(journal, ole)
    assert (new.met_at_event_id, new.met_on, new.source) == (r.event_id, D(2026, 2, 10), "event")
    assert store.get_event(journal, r.event_id).my_status == "attended"
    heard.clear()
    store.undo_debrief(journal, r)
    assert len(heard) == 1
    assert (store.contact_count(journal), store.interaction_count(journal)) == store_before
    assert store.follow_ups(journal, b.id) == []
    assert store.occurrence_row(journal, s.id, D(2026, 2, 10)) is None
    assert store.matching_event_ids(journal, "Hansen") == set()


def test_debrief_refused_part_leaves_nothing(journal):
    a = store.create_contact(journal, person("Anna", "Schmidt")).value
    series(journal)
    occ = store.occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    d = _debrief(journal, occ, [
        store.DebriefPerson(a.id, line="ok"),
        store.DebriefPerson(new_contact=person("", ""), line="no name"),  # refused
    ])  # fmt: skip
    with pytest.raises(store.ValidationError):
        store.save_debrief(journal, d)
    assert store.interaction_count(journal) == 0
    assert store.occurrence_row(journal, occ.series_id, occ.occurrence_on) is None


def test_debrief_undo_restores_earlier_attendance(journal):
    a = store.create_contact(journal, person("Anna", "Schmidt")).value
    s = series(journal)
    eid = store.ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    store.set_attendance(journal, eid, a.id, "going")
    occ = store.occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    r = store.save_debrief(journal, _debrief(journal, occ, [store.DebriefPerson(a.id)])).value
    assert r.event_id == eid and not r.created_occurrence
    assert store.attendance(journal, [eid])[eid][0].status == "attended"
    store.undo_debrief(journal, r)
    assert store.attendance(journal, [eid])[eid][0].status == "going"
    assert store.occurrence_row(journal, s.id, D(2026, 2, 10)) == eid


def test_review_lists_the_years_events_with_whom_and_where_we_met(journal):
    from netzjournal.review import figures, render

    a = store.create_contact(journal, person("Jana", "Berg")).value
    s = series(journal, "Barcamp Ruhr", D(2025, 3, 8), "FREQ=YEARLY;BYMONTH=3;BYDAY=2SA")
    occ = store.occurrences(journal, D(2026, 3, 1), D(2026, 3, 31))[0]
    d = store.Debrief(occ, dt.datetime(2026, 3, 14, 18), [
        store.DebriefPerson(a.id),  # there, no note
        store.DebriefPerson(new_contact=person("Mia", "Klein"), line="Segeln"),
    ])  # fmt: skip
    store.save_debrief(journal, d)
    stammtisch = series(journal, "Stammtisch Süd")
    eid = store.ensure_occurrence(journal, stammtisch.id, D(2026, 5, 12)).value
    store.set_my_status(journal, eid, "attended")  # went, noted nobody
    store.update_occurrence(journal, stammtisch.id, D(2026, 6, 9), cancelled=True)
    f = figures.compute(store.review_rows(journal, 2026))
    assert [(e.name, e.day, e.people) for e in f.events] == [
        ("Barcamp Ruhr", D(2026, 3, 14), ("Jana Berg", "Mia Klein")),
        ("Stammtisch Süd", D(2026, 5, 12), ()),
    ]
    assert [(e.name, e.people) for e in f.where_met] == [("Barcamp Ruhr", ("Mia Klein",))]
    md = render.markdown(f, "de")
    assert "## Wo Sie neue Kontakte kennengelernt haben" in md and "Barcamp Ruhr: Mia Klein" in md
    assert "Where you met new people" in render.sections_html(f, "en")
    assert s.id


def test_merging_contacts_keeps_attendance_and_where_we_met(journal):
    keep = store.create_contact(journal, person("Anna", "Schmidt")).value
    other = store.create_contact(journal, person("Anna", "Schmidt", city="Leipzig")).value
    s = series(journal)
    feb = store.ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    mar = store.ensure_occurrence(journal, s.id, D(2026, 3, 10)).value
    store.set_attendance(journal, feb, keep.id, "going")
    store.set_attendance(journal, feb, other.id, "attended", "kurz gesprochen")
    store.set_attendance(journal, mar, other.id)
    store.set_met_at(journal, other.id, feb)
    snap = store.snapshot_contacts(journal, [keep.id, other.id])
    store.merge_contacts(journal, keep.id, other.id)
    assert [(r.contact_id, r.status) for r in store.attendance(journal, [feb])[feb]] == [
        (keep.id, "going")
    ]
    assert [r.contact_id for r in store.attendance(journal, [mar])[mar]] == [keep.id]
    assert store.get_contact(journal, keep.id).met_at_event_id == feb
    store.restore_snapshot(journal, snap)
    assert {r.contact_id for r in store.attendance(journal, [feb])[feb]} == {keep.id, other.id}
    assert store.get_contact(journal, other.id).met_at_event_id == feb


def test_debrief_undo_is_refused_after_its_note_was_edited_elsewhere(journal):
    a = store.create_contact(journal, person("Anna", "Schmidt")).value
    series(journal)
    occ = store.occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    r = store.save_debrief(journal, _debrief(journal, occ, [
        store.DebriefPerson(a.id, line="Podcast")])).value  # fmt: skip
    saved = store.snapshot_interactions(journal, r.notes)
    (note_id,) = r.notes
    other = store.get_interaction(journal, note_id)  # another window edits the note
    other.body = "Podcast über KI – und sein neues Buch"
    store.update_interaction(journal, other)
    with pytest.raises(store.StaleWrite):
        store.undo_debrief(journal, r, expect=saved)
    assert store.get_interaction(journal, note_id).body == other.body  # nothing undone
    assert [x.contact_id for x in store.attendance(journal, [r.event_id])[r.event_id]] == [a.id]
    store.undo_debrief(journal, r, expect=store.snapshot_interactions(journal, r.notes))
    assert store.interaction_count(journal) == 0
