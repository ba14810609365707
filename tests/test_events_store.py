"""Events and series in the store: recurrence, exceptions, moves, attendance, origin."""

import datetime as dt

import pytest
from conftest import note, person
from dbfiles import connect as _dbconnect

from netzjournal.store import recurrence
from netzjournal.store.contacts import (
    contact_count,
    create_contact,
    delete_contacts,
    get_contact,
    merge_contacts,
    update_contact,
)
from netzjournal.store.debrief import Debrief, DebriefPerson, save_debrief, undo_debrief
from netzjournal.store.errors import ValidationError
from netzjournal.store.events import (
    attendance,
    contact_events,
    create_event,
    delete_event,
    ensure_occurrence,
    event_label,
    event_row_for,
    get_event,
    list_events,
    matching_event_ids,
    occurrence_row,
    occurrences,
    people_met,
    remove_attendance,
    series_attendees,
    set_attendance,
    set_met_at,
    set_my_status,
    update_event,
    update_occurrence,
)
from netzjournal.store.interactions import (
    create_interaction,
    follow_ups,
    get_interaction,
    interaction_count,
    update_interaction,
)
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_history
from netzjournal.store.records import EventRecord
from netzjournal.store.review_data import review_rows
from netzjournal.store.snapshots import restore_snapshot, snapshot_contacts, snapshot_interactions
from netzjournal.store.stale import StaleWrite

D = dt.date


JAN_13 = D(2026, 1, 13)


def series(journal, name="Stammtisch Süd", first=JAN_13, rule="FREQ=MONTHLY;BYDAY=2TU", **kw):
    rec = EventRecord(name=name, starts_on=first, rrule=rule, **kw)
    return create_event(journal, rec).value


def days(occs):
    return [o.starts_on for o in occs]


def test_monthly_by_weekday_is_every_second_tuesday(journal):
    s = series(journal, start_time=dt.time(19, 0))
    got = occurrences(journal, D(2026, 1, 1), D(2026, 6, 30))
    assert days(got) == [D(2026, 1, 13), D(2026, 2, 10), D(2026, 3, 10), D(2026, 4, 14),
                         D(2026, 5, 12), D(2026, 6, 9)]  # fmt: skip
    assert all(o.series_id == s.id and o.event_id is None for o in got)
    assert all(o.starts_on.weekday() == 1 and 8 <= o.starts_on.day <= 14 for o in got)


def test_yearly_series_keeps_its_length(journal):
    series(journal, "Barcamp Ruhr", D(2024, 3, 16), "FREQ=YEARLY", ends_on=D(2024, 3, 17))
    got = occurrences(journal, D(2024, 1, 1), D(2027, 12, 31))
    assert days(got) == [D(2024, 3, 16), D(2025, 3, 16), D(2026, 3, 16), D(2027, 3, 16)]
    assert [o.ends_on for o in got] == [D(2024, 3, 17), D(2025, 3, 17), D(2026, 3, 17),
                                        D(2027, 3, 17)]  # fmt: skip


def test_yearly_on_the_second_saturday_of_march(journal):
    rule = recurrence.rule_for("yearly_weekday", D(2025, 3, 8))
    assert rule == "FREQ=YEARLY;BYMONTH=3;BYDAY=2SA"
    series(journal, "Barcamp Ruhr", D(2025, 3, 8), rule)
    got = occurrences(journal, D(2025, 1, 1), D(2027, 12, 31))
    assert days(got) == [D(2025, 3, 8), D(2026, 3, 14), D(2027, 3, 13)]


def test_cancelled_occurrence_is_marked_and_others_stay(journal):
    s = series(journal)
    update_occurrence(journal, s.id, D(2026, 3, 10), cancelled=True)
    got = occurrences(journal, D(2026, 2, 1), D(2026, 4, 30))
    assert days(got) == [D(2026, 2, 10), D(2026, 3, 10), D(2026, 4, 14)]
    assert [o.cancelled for o in got] == [False, True, False]


def test_moved_occurrence_leaves_its_day_and_appears_on_the_new_one(journal):
    s = series(journal, place="Brauhaus")
    out = update_occurrence(
        journal, s.id, D(2026, 3, 10), starts_on=D(2026, 3, 12), place="Biergarten"
    )
    assert out.changes.events >= {s.id, out.value}
    got = occurrences(journal, D(2026, 3, 1), D(2026, 3, 31))
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
    assert occurrences(journal, D(2026, 3, 10), D(2026, 3, 11)) == []
    # the next month is untouched and keeps the series' place
    april = occurrences(journal, D(2026, 4, 1), D(2026, 4, 30))
    assert [(o.starts_on, o.place) for o in april] == [(D(2026, 4, 14), "Brauhaus")]


def test_29_february_recurs_in_leap_years_only(journal):
    series(journal, "Schalttag-Treffen", D(2024, 2, 29), "FREQ=YEARLY")
    got = occurrences(journal, D(2024, 1, 1), D(2033, 12, 31))
    assert days(got) == [D(2024, 2, 29), D(2028, 2, 29), D(2032, 2, 29)]


def test_series_across_daylight_saving_stays_at_its_local_time(journal):
    # Weekly at 19:00 from before the change (29 March 2026 in Germany) to after it.
    series(journal, "After-Work Golf", D(2026, 3, 19), "FREQ=WEEKLY;COUNT=4",
           start_time=dt.time(19, 0))  # fmt: skip
    got = occurrences(journal, D(2026, 3, 1), D(2026, 4, 30))
    assert days(got) == [D(2026, 3, 19), D(2026, 3, 26), D(2026, 4, 2), D(2026, 4, 9)]
    assert {o.start_time for o in got} == {dt.time(19, 0)}


def test_until_in_utc_is_read_as_the_local_end_day(journal):
    series(journal, rule="FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260310T180000Z")
    got = occurrences(journal, D(2026, 1, 1), D(2026, 12, 31))
    assert days(got) == [D(2026, 1, 13), D(2026, 2, 10), D(2026, 3, 10)]


def test_unreadable_rule_is_refused(journal):
    with pytest.raises(ValidationError):
        series(journal, rule="FREQ=SOMETIMES")
    with pytest.raises(ValidationError):
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
    rec = EventRecord(
        name="DMEXCO", starts_on=D(2026, 9, 16), ends_on=D(2026, 9, 17), place="Köln Messe",
        url="https://dmexco.com", start_time=dt.time(9, 30), end_time=dt.time(18, 0),
        tags=["Messe", "Marketing"], notes="Halle 7",
    )  # fmt: skip
    out = create_event(journal, rec)
    got = get_event(journal, out.value.id)
    assert (got.url, got.start_time, got.end_time, got.tags) == (
        "https://dmexco.com",
        dt.time(9, 30),
        dt.time(18, 0),
        ["Marketing", "Messe"],
    )
    occ = occurrences(journal, D(2026, 9, 1), D(2026, 9, 30))
    assert [(o.event_id, o.series_id, o.ends_on) for o in occ] == [(got.id, None, D(2026, 9, 17))]
    got.place = "Koelnmesse"
    assert update_event(journal, got).value.place == "Koelnmesse"


def test_attendance_by_id_tells_namesakes_apart(journal):
    a = create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht")).value
    b = create_contact(journal, person("Anna", "Schmidt", city="Leipzig")).value
    s = series(journal)
    occ = occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    out = event_row_for(journal, occ)
    eid = out.value
    assert event_row_for(journal, occ).value == eid or occ.event_id is None
    changed = set_attendance(journal, eid, b.id, "attended", "kurz gesprochen")
    assert changed.changes.contacts == {b.id} and eid in changed.changes.events
    set_attendance(journal, eid, a.id, "going")
    rows = attendance(journal, [eid])[eid]
    assert [(r.contact_id, r.status, r.note, r.city) for r in rows] == [
        (b.id, "attended", "kurz gesprochen", "Leipzig"),
        (a.id, "going", "", ""),
    ]
    # the occurrence now has its row; it is the same when asked again
    again = occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    assert again.event_id == eid and again.series_id == s.id
    assert ensure_occurrence(journal, s.id, D(2026, 2, 10)).value == eid
    with pytest.raises(ValidationError):
        set_attendance(journal, eid, 9999)
    remove_attendance(journal, eid, a.id)
    assert [r.contact_id for r in attendance(journal, [eid])[eid]] == [b.id]


def test_attendance_write_is_one_transaction_and_reports_once(journal):
    c = create_contact(journal, person("Ole", "Hansen")).value
    s = series(journal)
    heard = []
    journal.subscribe(heard.append)
    with pytest.raises(ValidationError), journal.write():
        eid = ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
        set_attendance(journal, eid, c.id)
        set_attendance(journal, eid, c.id, "maybe")  # refused: all rolled back
    assert heard == []
    assert occurrence_row(journal, s.id, D(2026, 2, 10)) is None


def test_note_links_to_an_occurrence_and_series_attendees(journal):
    a = create_contact(journal, person("Jana", "Berg")).value
    b = create_contact(journal, person("Tim", "Roth")).value
    s = series(journal)
    feb = ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    create_interaction(journal, note(dt.datetime(2026, 2, 10, 21), [a.id], kind="event",
                                           event_id=feb))  # fmt: skip
    mar = ensure_occurrence(journal, s.id, D(2026, 3, 10)).value
    set_attendance(journal, mar, b.id)
    assert people_met(journal, [feb, mar]) == {feb: {a.id}, mar: {b.id}}
    assert series_attendees(journal, [s.id], D(2026, 3, 1)) == {s.id: {a.id}}
    assert series_attendees(journal, [s.id], D(2026, 4, 1)) == {s.id: {a.id, b.id}}
    assert [e.event_id for e in contact_events(journal, a.id)] == [feb]


def test_contact_origin_is_an_occurrence(journal):
    c = create_contact(journal, person("Mia", "Klein")).value
    s = series(journal, "Barcamp Ruhr", D(2025, 3, 8), "FREQ=YEARLY;BYMONTH=3;BYDAY=2SA")
    eid = ensure_occurrence(journal, s.id, D(2025, 3, 8)).value
    out = set_met_at(journal, c.id, eid)
    assert out.changes.contacts == {c.id}
    got = get_contact(journal, c.id)
    assert (got.met_at_event_id, got.met_on, got.source) == (eid, D(2025, 3, 8), "event")
    assert event_label(journal, eid) == ("Barcamp Ruhr", D(2025, 3, 8))
    # survives an ordinary edit, and deleting the event forgets it
    got.city = "Essen"
    assert update_contact(journal, got).value.met_at_event_id == eid
    delete_event(journal, s.id)
    assert get_contact(journal, c.id).met_at_event_id is None


def test_search_index_covers_events_and_who_was_there(journal):
    c = create_contact(journal, person("Jürgen", "Weiß")).value
    s = series(journal, "Stammtisch Süd", place="Brauhaus Müller")
    single = create_event(journal, EventRecord("Barcamp Köln", D(2026, 6, 6))).value
    assert matching_event_ids(journal, "stammt") == {s.id}
    assert matching_event_ids(journal, "Mueller") == {s.id}
    assert matching_event_ids(journal, "koln") == {single.id}
    assert matching_event_ids(journal, '"') is None
    eid = ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    set_attendance(journal, eid, c.id, note="Podcast")
    assert matching_event_ids(journal, "Weiss") == {eid}
    delete_event(journal, single.id)
    assert matching_event_ids(journal, "koln") == set()


def test_deleting_a_contact_is_undone_with_their_attendance(journal):
    c = create_contact(journal, person("Ole", "Hansen")).value
    s = series(journal)
    eid = ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    set_attendance(journal, eid, c.id)
    snap = snapshot_contacts(journal, [c.id])
    assert matching_event_ids(journal, "Hansen") == {eid}
    delete_contacts(journal, [c.id])
    assert attendance(journal, [eid]) == {}
    assert matching_event_ids(journal, "Hansen") == set()  # gone from the index too
    restore_snapshot(journal, snap)
    assert [r.contact_id for r in attendance(journal, [eid])[eid]] == [c.id]
    assert matching_event_ids(journal, "Hansen") == {eid}


def test_migration_keeps_old_events_and_indexes_them(tmp_path):

    path = tmp_path / "old.sqlite3"
    with Journal.open(path) as j:
        create_event(j, EventRecord("Altes Treffen", D(2020, 5, 5), place="Bonn"))
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
    with Journal.open(path) as j:
        (old,) = list_events(j)
        assert (old.name, old.place, old.rrule, old.my_status) == ("Altes Treffen", "Bonn", "", "")
        assert matching_event_ids(j, "bonn") == {old.id}


def _debrief(journal, occ, people):
    return Debrief(occ, dt.datetime(2026, 2, 10, 22, 0), people)


def test_debrief_is_one_transaction_and_undone_exactly(journal):
    a = create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht")).value
    b = create_contact(journal, person("Anna", "Schmidt", city="Leipzig")).value
    s = series(journal, place="Brauhaus")
    occ = occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    store_before = (contact_count(journal), interaction_count(journal))
    heard = []
    journal.subscribe(heard.append)
    d = _debrief(journal, occ, [
        DebriefPerson(b.id, line="Podcast über KI", say_next="ihr Umzug nach Lissabon",
                            follow_up="Artikel schicken", follow_up_due=D(2026, 2, 17)),
        DebriefPerson(new_contact=person("Ole", "Hansen", organisation="Werft"),
                            line="Segeln"),
        DebriefPerson(a.id),  # was there, nothing more
    ])  # fmt: skip
    out = save_debrief(journal, d)
    r = out.value
    assert len(heard) == 1  # one transaction, one change report
    (ole,) = r.new_contacts
    assert set(heard[0].contacts) >= {a.id, b.id, ole}
    assert occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0].event_id == r.event_id
    rows = attendance(journal, [r.event_id])[r.event_id]
    assert sorted(x.contact_id for x in rows) == sorted([a.id, b.id, ole])
    # each person's history shows it; the namesake without a line has no note
    hist = contact_history(journal, b.id)
    assert [(h.title, h.say_next) for h in hist] == [("Stammtisch Süd", "ihr Umzug nach Lissabon")]
    # What to say to them next time, not a private remark (the coach may quote it).
    said = get_interaction(journal, hist[0].id)
    assert (said.say_next, said.hooks) == ("ihr Umzug nach Lissabon", "")
    assert contact_history(journal, a.id) == []
    assert [f.text for f in follow_ups(journal, b.id)] == ["Artikel schicken"]
    new = get_contact(journal, ole)
    assert (new.met_at_event_id, new.met_on, new.source) == (r.event_id, D(2026, 2, 10), "event")
    assert get_event(journal, r.event_id).my_status == "attended"
    heard.clear()
    undo_debrief(journal, r)
    assert len(heard) == 1
    assert (contact_count(journal), interaction_count(journal)) == store_before
    assert follow_ups(journal, b.id) == []
    assert occurrence_row(journal, s.id, D(2026, 2, 10)) is None
    assert matching_event_ids(journal, "Hansen") == set()


def test_debrief_refused_part_leaves_nothing(journal):
    a = create_contact(journal, person("Anna", "Schmidt")).value
    series(journal)
    occ = occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    d = _debrief(journal, occ, [
        DebriefPerson(a.id, line="ok"),
        DebriefPerson(new_contact=person("", ""), line="no name"),  # refused
    ])  # fmt: skip
    with pytest.raises(ValidationError):
        save_debrief(journal, d)
    assert interaction_count(journal) == 0
    assert occurrence_row(journal, occ.series_id, occ.occurrence_on) is None


def test_debrief_undo_restores_earlier_attendance(journal):
    a = create_contact(journal, person("Anna", "Schmidt")).value
    s = series(journal)
    eid = ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    set_attendance(journal, eid, a.id, "going")
    occ = occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    r = save_debrief(journal, _debrief(journal, occ, [DebriefPerson(a.id)])).value
    assert r.event_id == eid and not r.created_occurrence
    assert attendance(journal, [eid])[eid][0].status == "attended"
    undo_debrief(journal, r)
    assert attendance(journal, [eid])[eid][0].status == "going"
    assert occurrence_row(journal, s.id, D(2026, 2, 10)) == eid


def test_debrief_undo_gives_an_evening_the_series_answer_back(journal):
    a = create_contact(journal, person("Anna", "Schmidt")).value
    s = series(journal)
    set_my_status(journal, s.id, "going")  # (the series accepted)
    eid = ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    set_attendance(journal, eid, a.id, "going")
    occ = occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    assert occ.my_status == "going"  # (a row never answered on its own: the series')
    r = save_debrief(journal, _debrief(journal, occ, [DebriefPerson(a.id)])).value
    assert occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0].my_status == "attended"
    undo_debrief(journal, r)
    assert occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0].my_status == "going"


def test_review_lists_the_years_events_with_whom_and_where_we_met(journal):
    from netzjournal.review import figures, render

    a = create_contact(journal, person("Jana", "Berg")).value
    s = series(journal, "Barcamp Ruhr", D(2025, 3, 8), "FREQ=YEARLY;BYMONTH=3;BYDAY=2SA")
    occ = occurrences(journal, D(2026, 3, 1), D(2026, 3, 31))[0]
    d = Debrief(occ, dt.datetime(2026, 3, 14, 18), [
        DebriefPerson(a.id),  # there, no note
        DebriefPerson(new_contact=person("Mia", "Klein"), line="Segeln"),
    ])  # fmt: skip
    save_debrief(journal, d)
    stammtisch = series(journal, "Stammtisch Süd")
    eid = ensure_occurrence(journal, stammtisch.id, D(2026, 5, 12)).value
    set_my_status(journal, eid, "attended")  # went, noted nobody
    update_occurrence(journal, stammtisch.id, D(2026, 6, 9), cancelled=True)
    f = figures.compute(review_rows(journal, 2026))
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
    keep = create_contact(journal, person("Anna", "Schmidt")).value
    other = create_contact(journal, person("Anna", "Schmidt", city="Leipzig")).value
    s = series(journal)
    feb = ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    mar = ensure_occurrence(journal, s.id, D(2026, 3, 10)).value
    set_attendance(journal, feb, keep.id, "going")
    set_attendance(journal, feb, other.id, "attended", "kurz gesprochen")
    set_attendance(journal, mar, other.id)
    set_met_at(journal, other.id, feb)
    snap = snapshot_contacts(journal, [keep.id, other.id])
    merge_contacts(journal, keep.id, other.id)
    assert [(r.contact_id, r.status) for r in attendance(journal, [feb])[feb]] == [
        (keep.id, "going")
    ]
    assert [r.contact_id for r in attendance(journal, [mar])[mar]] == [keep.id]
    assert get_contact(journal, keep.id).met_at_event_id == feb
    restore_snapshot(journal, snap)
    assert {r.contact_id for r in attendance(journal, [feb])[feb]} == {keep.id, other.id}
    assert get_contact(journal, other.id).met_at_event_id == feb


def test_debrief_undo_is_refused_after_its_note_was_edited_elsewhere(journal):
    a = create_contact(journal, person("Anna", "Schmidt")).value
    series(journal)
    occ = occurrences(journal, D(2026, 2, 1), D(2026, 2, 28))[0]
    r = save_debrief(journal, _debrief(journal, occ, [
        DebriefPerson(a.id, line="Podcast")])).value  # fmt: skip
    saved = snapshot_interactions(journal, r.notes)
    (note_id,) = r.notes
    other = get_interaction(journal, note_id)  # another window edits the note
    other.body = "Podcast über KI – und sein neues Buch"
    update_interaction(journal, other)
    with pytest.raises(StaleWrite):
        undo_debrief(journal, r, expect=saved)
    assert get_interaction(journal, note_id).body == other.body  # nothing undone
    assert [x.contact_id for x in attendance(journal, [r.event_id])[r.event_id]] == [a.id]
    undo_debrief(journal, r, expect=snapshot_interactions(journal, r.notes))
    assert interaction_count(journal) == 0


def test_a_renamed_person_is_found_under_their_new_name_at_the_events_they_attended(journal):
    from netzjournal.store.contacts import create_contact, get_contact, update_contact
    from netzjournal.store.events import create_event, matching_event_ids, set_attendance
    from netzjournal.store.records import EventRecord

    anna = create_contact(journal, person("Anna", "Schmidt")).value
    barcamp = create_event(journal, EventRecord("Barcamp Ruhr", dt.date(2026, 3, 7))).value
    set_attendance(journal, barcamp.id, anna.id, "attended", "Podcast")
    assert matching_event_ids(journal, "Schmidt") == {barcamp.id}
    renamed = get_contact(journal, anna.id)
    renamed.family_name = "Özdemir"
    out = update_contact(journal, renamed)
    assert barcamp.id in out.changes.events
    assert matching_event_ids(journal, "Ozdemir") == {barcamp.id}
    assert matching_event_ids(journal, "Schmidt") == set()
    assert matching_event_ids(journal, "Podcast") == {barcamp.id}


def test_who_came_and_events_of_one_day_sort_as_names_do(journal):
    """Locale-aware, as the contacts list sorts (store/collation.py): Özlem after Oliver
    and before Zora, Ärztetag with the A's — plain case folding put both after Z."""
    ids = [
        create_contact(journal, person(given, family)).value.id
        for given, family in (("Zora", "Zink"), ("Özlem", "Yıldız"), ("Oliver", "Ott"))
    ]
    eid = create_event(journal, EventRecord(name="Barcamp", starts_on=JAN_13)).value.id
    for cid in ids:
        set_attendance(journal, eid, cid, "attended")
    names = [r.name for r in attendance(journal, [eid])[eid]]
    assert names == ["Oliver Ott", "Özlem Yıldız", "Zora Zink"]
    for name in ("Zukunftstag", "Ärztetag", "Barcamp Süd"):
        create_event(journal, EventRecord(name=name, starts_on=JAN_13))
    same_day = [o.name for o in occurrences(journal, JAN_13, JAN_13)]
    assert same_day == ["Ärztetag", "Barcamp", "Barcamp Süd", "Zukunftstag"]


def test_who_was_there_is_listed_as_the_contacts_table_sorts(journal):
    """The evening's list sorted by first name ("Anton Zeller" before "Zora Albers")
    while the contacts table sorts by family name, particles filed behind it: the list
    now reads the table's key. Those who were there come first, as before."""
    from netzjournal.store.events import attendance, create_event, set_attendance
    from netzjournal.store.records import EventRecord

    evening = create_event(journal, EventRecord("Stammtisch", dt.date(2026, 3, 3))).value
    names = [("Anton", "Zeller"), ("Zora", "Albers"), ("Jan", "de Vries"), ("Ben", "Özdemir")]
    ids = {f"{g} {f}": create_contact(journal, person(g, f)).value.id for g, f in names}
    for name, cid in ids.items():
        set_attendance(journal, evening.id, cid, "attended" if name != "Zora Albers" else "going")
    rows = attendance(journal, [evening.id])[evening.id]
    assert [a.name for a in rows] == ["Ben Özdemir", "Jan de Vries", "Anton Zeller", "Zora Albers"]


def test_someone_met_at_a_new_york_evening_was_met_on_the_day_here(journal):
    """The debrief's note is on the day and hour it was here (the pane works it out:
    ``Debrief.when``); a new contact's "met on" is that day, not New York's."""
    create_event(journal, EventRecord("Webinar New York", D(2026, 12, 31),
                                      start_time=dt.time(20), zone="America/New_York"))  # fmt: skip
    [occ] = occurrences(journal, D(2026, 12, 31), D(2026, 12, 31))
    here = dt.datetime(2027, 1, 1, 2)  # (20:00 in New York is 02:00 in Berlin)
    d = Debrief(occ, here, [DebriefPerson(new_contact=person("Ole", "Hansen"), line="Remote")])
    [ole] = save_debrief(journal, d).value.new_contacts
    assert get_contact(journal, ole).met_on == D(2027, 1, 1)


def test_met_at_a_new_york_evening_is_met_on_the_day_here(journal, berlin_zone):
    at, zone = dt.time(20), "America/New_York"
    evening = EventRecord("Webinar", D(2026, 12, 31), start_time=at, zone=zone)
    ny = create_event(journal, evening)
    c = create_contact(journal, person("Mia", "Klein")).value
    set_met_at(journal, c.id, ny.value.id)
    assert get_contact(journal, c.id).met_on == D(2027, 1, 1)


def test_the_timeline_s_years_and_how_we_met_count_an_evening_on_its_day_here(journal, berlin_zone):
    """A New York evening of 31.12.2025 is 1 January 2026 in Berlin: the timeline's
    „Springe zu“ offered 2025 and the contact page's „Wie wir uns kennengelernt
    haben“ said 31.12.2025, while its note, „met on“, the review and the coach say
    1 January. A Tokyo morning of 1 January is 31 December here."""
    from netzjournal.store.events import event_label, met_at_choices
    from netzjournal.store.listings import years_with_entries

    evening = EventRecord("Silvester New York", D(2025, 12, 31), start_time=dt.time(20),
                          zone="America/New_York")  # fmt: skip
    ny = create_event(journal, evening)
    assert years_with_entries(journal) == [2026]
    assert event_label(journal, ny.value.id) == ("Silvester New York", D(2026, 1, 1))
    tokyo = EventRecord("Neujahr Tokio", D(2024, 1, 1), start_time=dt.time(7), zone="Asia/Tokyo")
    create_event(journal, tokyo)
    create_event(journal, EventRecord("Silvester hier", D(2021, 12, 31), start_time=dt.time(20)))
    create_event(journal, EventRecord("Sommerfest", D(2019, 7, 1)))
    assert years_with_entries(journal) == [2026, 2023, 2021, 2019]
    # The contact editor's "where we met" offers it on that day too ("met on" follows it).
    offered = met_at_choices(journal, D(2026, 1, 5))
    assert [(m.name, m.day) for m in offered if m.name == "Silvester New York"] == [
        ("Silvester New York", D(2026, 1, 1))
    ]
    c = create_contact(journal, person("Mia", "Klein")).value
    set_met_at(journal, c.id, ny.value.id)
    assert get_contact(journal, c.id).met_on == event_label(journal, ny.value.id)[1]
    assert met_at_choices(journal, D(2026, 1, 5), current=ny.value.id)[0].day == D(2026, 1, 1)
