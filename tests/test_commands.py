"""The commands of netzjournal/commands, without Qt: each does its change in one
step, says what it did, and its undo puts the journal back exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import note, person

from netzjournal.commands.coach import ReachedOut, Snooze, reached_out_note
from netzjournal.commands.contacts import (
    ArchiveContacts,
    DeleteContacts,
    EditContact,
    MergeContacts,
)
from netzjournal.commands.events import (
    DeleteEvent,
    DifferOccurrence,
    RemoveAttendance,
    SetAttendance,
    SetMetAt,
    SetMyStatus,
)
from netzjournal.commands.notes import (
    DeleteNotes,
    EditNote,
    QuickNote,
    SaveNote,
    contact_from_name,
)
from netzjournal.store.coach_data import snoozed_until
from netzjournal.store.contacts import contact_count, create_contact, get_contact
from netzjournal.store.events import (
    attendance,
    create_event,
    ensure_occurrence,
    get_event,
    matching_event_ids,
    occurrence_row,
    occurrences,
    set_attendance,
    set_met_at,
)
from netzjournal.store.interactions import (
    create_interaction,
    follow_ups,
    get_interaction,
    interaction_count,
    update_interaction,
)
from netzjournal.store.journal import Journal
from netzjournal.store.records import EventRecord, FollowUpRecord, Occurrence
from netzjournal.store.stale import StaleWrite

D = dt.date
TABLES = ("contact", "contact_channel", "contact_tag", "interaction", "participant",
          "follow_up", "coach_state", "event", "event_tag", "attendance")  # fmt: skip


def _dump(j: Journal) -> dict[str, list[tuple]]:
    """Every row a command may touch (when rows were last touched aside), and the
    events' search index."""
    conn = j.connection()
    out: dict[str, list[tuple]] = {}
    for table in TABLES:
        cur = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cur.description]
        keep = [i for i, n in enumerate(names) if n != "updated_at"]
        rows = [tuple(r[i] for i in keep) for r in cur.fetchall()]
        if table == "coach_state":  # a row of nothing is no state
            rows = [r for r in rows if any(v is not None for v in r[1:])]
        out[table] = sorted(rows, key=repr)
    out["event_search"] = sorted(conn.execute("SELECT rowid, name, body FROM event_search"))
    return out


def _stammtisch(j: Journal) -> EventRecord:
    rec = EventRecord("Stammtisch Süd", D(2026, 1, 13), place="Brauhaus",
                            rrule="FREQ=MONTHLY;BYDAY=2TU", start_time=dt.time(19, 0),
                            tags=["Stammtisch"])  # fmt: skip
    return create_event(j, rec).value


def _evening(j: Journal, series_id: int, day: D) -> Occurrence:
    return next(o for o in occurrences(j, day, day) if o.series_id == series_id)


def _round_trip(j: Journal, command, check_done) -> None:  # type: ignore[no-untyped-def]
    """do → done; undo → exactly as before; redo → done again; undo → as before."""
    before = _dump(j)
    outcome = command.do()
    check_done()
    after = _dump(j)
    assert after != before
    undone = command.undo()
    assert undone.what == outcome.what
    assert _dump(j) == before
    command.do()
    check_done()
    command.undo()
    assert _dump(j) == before


def test_attendance_on_an_evening_never_recorded_is_undone_with_its_row(journal):
    s = _stammtisch(journal)
    anna = create_contact(journal, person("Anna", "Schmidt")).value
    evening = _evening(journal, s.id, D(2026, 11, 10))
    assert evening.event_id is None
    command = SetAttendance(journal, evening, anna.id, "attended", "kurz gesprochen")

    def done() -> None:
        row = occurrence_row(journal, s.id, D(2026, 11, 10))
        assert row is not None
        assert [(a.contact_id, a.note) for a in attendance(journal, [row])[row]] == [
            (anna.id, "kurz gesprochen")
        ]
        assert row in (matching_event_ids(journal, "Schmidt") or set())

    _round_trip(journal, command, done)
    assert occurrence_row(journal, s.id, D(2026, 11, 10)) is None  # the row went with the undo
    assert command.outcome is not None
    assert (command.outcome.what, command.outcome.subject) == ("attendance_add", "Anna Schmidt")


def test_removing_someone_is_undone_with_their_line(journal):
    s = _stammtisch(journal)
    anna = create_contact(journal, person("Anna", "Schmidt")).value
    ben = create_contact(journal, person("Ben", "Kurz")).value
    evening = _evening(journal, s.id, D(2026, 10, 13))
    SetAttendance(journal, evening, anna.id, "attended", "Podcast").do()
    SetAttendance(journal, _evening(journal, s.id, D(2026, 10, 13)), ben.id).do()
    evening = _evening(journal, s.id, D(2026, 10, 13))
    assert evening.event_id is not None
    eid = evening.event_id
    _round_trip(
        journal,
        RemoveAttendance(journal, evening, anna.id),
        lambda: [a.contact_id for a in attendance(journal, [eid])[eid]] == [ben.id],
    )
    assert {(a.contact_id, a.note) for a in attendance(journal, [eid])[eid]} == {
        (anna.id, "Podcast"), (ben.id, ""),
    }  # fmt: skip


def test_my_status_and_an_evening_differently_are_undone(journal):
    s = _stammtisch(journal)
    evening = _evening(journal, s.id, D(2026, 12, 8))

    def moved() -> None:
        o = _evening(journal, s.id, D(2026, 12, 15))
        assert o.moved and o.place == "Biergarten" and o.occurrence_on == D(2026, 12, 8)
        assert not [x for x in occurrences(journal, D(2026, 12, 8), D(2026, 12, 8))
                    if x.series_id == s.id]  # fmt: skip

    _round_trip(journal, DifferOccurrence(journal, evening, starts_on=D(2026, 12, 15),
                                          place="Biergarten"), moved)  # fmt: skip

    def cancelled() -> None:
        assert _evening(journal, s.id, D(2026, 12, 8)).cancelled

    command = DifferOccurrence(journal, evening, cancelled=True)
    _round_trip(journal, command, cancelled)
    assert command.outcome is not None and command.outcome.what == "occurrence_cancel"

    def going() -> None:
        assert _evening(journal, s.id, D(2026, 12, 8)).my_status == "going"

    _round_trip(journal, SetMyStatus(journal, evening, "going"), going)


def test_deleting_a_series_is_undone_with_every_evening_note_link_and_origin(journal):
    s = _stammtisch(journal)
    anna = create_contact(journal, person("Anna", "Schmidt")).value
    SetAttendance(journal, _evening(journal, s.id, D(2026, 10, 13)), anna.id, "attended",
                  "Podcast").do()  # fmt: skip
    DifferOccurrence(journal, _evening(journal, s.id, D(2026, 9, 8)), cancelled=True).do()
    row = occurrence_row(journal, s.id, D(2026, 10, 13))
    assert row is not None
    talk = create_interaction(
        journal, note(dt.datetime(2026, 10, 13, 20), [anna.id], body="KI", event_id=row)
    ).value
    SetMetAt(journal, anna.id, row).do()

    def gone() -> None:
        assert get_interaction(journal, talk.id).event_id is None
        assert get_contact(journal, anna.id).met_at_event_id is None
        assert not matching_event_ids(journal, "Stammtisch")

    command = DeleteEvent(journal, s.id)
    _round_trip(journal, command, gone)
    assert get_interaction(journal, talk.id).event_id == row
    assert get_contact(journal, anna.id).met_at_event_id == row
    assert get_event(journal, s.id).tags == ["Stammtisch"]
    assert _evening(journal, s.id, D(2026, 9, 8)).cancelled
    assert command.outcome is not None
    assert (command.outcome.what, command.outcome.subject) == ("delete_event", "Stammtisch Süd")


def test_undoing_a_delete_is_refused_when_the_event_came_back_changed(journal):
    single = create_event(journal, EventRecord("DMEXCO", D(2026, 9, 16))).value
    command = DeleteEvent(journal, single.id)
    command.do()
    # Meanwhile another window made an event under the same id: undo would overwrite it.
    create_event(journal, EventRecord("Barcamp", D(2026, 3, 7), id=None))
    journal.connection().execute("UPDATE event SET id = ? WHERE name = 'Barcamp'", (single.id,))
    with pytest.raises(StaleWrite):
        command.undo()
    assert get_event(journal, single.id).name == "Barcamp"


def test_met_here_first_is_undone_and_refused_after_a_change_elsewhere(journal):
    s = _stammtisch(journal)
    anna = create_contact(journal, person("Anna", "Schmidt", source="xing")).value
    row = SetAttendance(journal, _evening(journal, s.id, D(2026, 10, 13)), anna.id).do().value
    assert row is not None

    def met() -> None:
        c = get_contact(journal, anna.id)
        assert c.met_at_event_id == row and c.met_on == D(2026, 10, 13) and c.source == "xing"

    command = SetMetAt(journal, anna.id, row)
    _round_trip(journal, command, met)
    assert command.outcome is not None and command.outcome.other == "Stammtisch Süd"
    command.do()
    set_met_at(journal, anna.id, None)  # changed elsewhere
    with pytest.raises(StaleWrite):
        command.undo()


def test_contact_commands_say_what_they_did_and_undo(journal):
    a = create_contact(journal, person("Chloe", "Baker", organisation="Weserbogen")).value
    b = create_contact(journal, person("Chloe", "Baker", city="Bremen")).value
    create_interaction(journal, note(dt.datetime(2026, 5, 1, 10), [b.id], body="Kaffee"))
    archive = ArchiveContacts(journal, [a.id])
    _round_trip(journal, archive, lambda: get_contact(journal, a.id).archived)
    assert archive.outcome is not None and archive.outcome.what == "archive"
    merge = MergeContacts(journal, a.id, b.id)
    _round_trip(journal, merge, lambda: contact_count(journal) == 1)
    assert merge.outcome is not None
    # Namesakes are told apart in the label.
    assert merge.outcome.subject != merge.outcome.other
    assert "Weserbogen" in merge.outcome.other
    _round_trip(journal, DeleteContacts(journal, [b.id]),
                lambda: contact_count(journal) == 1)  # fmt: skip
    after = get_contact(journal, a.id)
    after.city = "Hamburg"
    edit = EditContact(journal, get_contact(journal, a.id), after)
    _round_trip(journal, edit, lambda: get_contact(journal, a.id).city == "Hamburg")
    # (b is back after each undo: her namesake is told apart)
    assert edit.outcome is not None and edit.outcome.subject == "Chloe Baker · Weserbogen"


def test_a_quick_note_is_built_saved_and_undone(journal):
    a = create_contact(journal, person("Anna", "Schmidt")).value
    quick = QuickNote(dt.datetime(2026, 11, 2, 9, 30), "coffee", [a.id], body="  Podcast  ",
                      hooks="Lissabon", next_step=" Artikel schicken ",
                      due_on=D(2026, 11, 9))  # fmt: skip
    command = SaveNote(journal, quick)

    def saved() -> None:
        assert command.outcome is not None and command.outcome.value
        n = get_interaction(journal, command.outcome.value)
        assert (n.body, n.hooks, n.kind) == ("Podcast", "Lissabon", "coffee")
        fus = follow_ups(journal, a.id)
        assert [(f.text, f.due_on) for f in fus] == [("Artikel schicken", D(2026, 11, 9))]

    _round_trip(journal, command, saved)
    command.do()
    n = get_interaction(journal, command.outcome.value)
    edited = get_interaction(journal, n.id)
    edited.body = "Podcast über KI"
    update_interaction(journal, edited)  # changed elsewhere: undo would lose it
    with pytest.raises(StaleWrite):
        command.undo()


def test_note_edit_and_delete_round_trip(journal):
    a = create_contact(journal, person("Anna", "Schmidt")).value
    n = create_interaction(journal, note(dt.datetime(2026, 5, 1, 10), [a.id],
                                               title="Kaffee", body="Podcast")).value  # fmt: skip
    after = get_interaction(journal, n.id)
    after.body = "Podcast über KI"
    edit = EditNote(journal, after, [FollowUpRecord("Link schicken", a.id, n.id)],
                    base=get_interaction(journal, n.id))  # fmt: skip
    _round_trip(journal, edit,
                lambda: get_interaction(journal, n.id).body == "Podcast über KI")  # fmt: skip
    delete = DeleteNotes(journal, [n.id])
    _round_trip(journal, delete, lambda: interaction_count(journal) == 0)
    assert delete.outcome is not None and delete.outcome.subject == "Kaffee"


def test_coach_commands_round_trip(journal):
    a = create_contact(journal, person("Anna", "Schmidt")).value
    record = reached_out_note(a.id, D(2026, 11, 2), dt.time(9, 41, 12, 5), "Kaffee?", "Hallo")
    assert record.occurred_at == dt.datetime(2026, 11, 2, 9, 41, 12)
    assert (record.kind, record.direction) == ("message", "outbound")
    reached = ReachedOut(journal, record, "coffee_1")
    _round_trip(journal, reached, lambda: interaction_count(journal) == 1)
    assert reached.outcome is not None and reached.outcome.subject == "Anna Schmidt"
    _round_trip(journal, Snooze(journal, a.id, D(2026, 12, 1)),
                lambda: snoozed_until(journal, a.id) == D(2026, 12, 1))  # fmt: skip


def test_a_person_from_a_typed_name():
    assert (contact_from_name("Müller, Hans").family_name,
            contact_from_name("Müller, Hans").given_name) == ("Müller", "Hans")  # fmt: skip
    assert contact_from_name("Müller, Hans").display_name == "Müller, Hans"
    assert contact_from_name("Dr. Weiß, MBA").family_name == "Weiß"
    assert (contact_from_name("Anna Lena Schmidt").given_name, "Schmidt") == (
        "Anna Lena",
        "Schmidt",
    )


def test_the_set_attendance_the_store_had_still_reports_by_id(journal):
    """Attendance written directly (as the debrief does) is seen by the commands too."""
    s = _stammtisch(journal)
    anna = create_contact(journal, person("Anna", "Schmidt")).value
    row = ensure_occurrence(journal, s.id, D(2026, 11, 10)).value
    set_attendance(journal, row, anna.id)
    evening = _evening(journal, s.id, D(2026, 11, 10))
    assert evening.event_id == row
    RemoveAttendance(journal, evening, anna.id).do()
    assert attendance(journal, [row]) == {}


def test_an_event_saved_in_the_editor_is_one_step_back(journal):
    from netzjournal.commands.events import SaveEvent

    new = SaveEvent(journal, EventRecord("Webmontag Ruhr", D(2026, 12, 28), place="Essen",
                                         rrule="FREQ=MONTHLY;BYDAY=4MO", tags=["Web"]))  # fmt: skip
    _round_trip(journal, new, lambda: matching_event_ids(journal, "Webmontag") is not None
                and len(matching_event_ids(journal, "Webmontag") or ()) == 1)  # fmt: skip
    new.do()
    assert new.saved is not None and new.saved.id is not None
    anna = create_contact(journal, person("Anna", "Schmidt")).value
    SetAttendance(journal, _evening(journal, new.saved.id, D(2027, 1, 25)), anna.id).do()
    edited = get_event(journal, new.saved.id)
    edited.name, edited.place, edited.tags = "Webmontag Essen", "Unperfekthaus", ["Ruhr"]
    edit = SaveEvent(journal, edited)

    def renamed() -> None:
        assert get_event(journal, new.saved.id).name == "Webmontag Essen"
        assert matching_event_ids(journal, "Essen") != set()

    _round_trip(journal, edit, renamed)
    back = get_event(journal, new.saved.id)
    assert (back.name, back.place, back.tags) == ("Webmontag Ruhr", "Essen", ["Web"])
    assert edit.outcome is not None and edit.outcome.what == "edit_event"


def test_the_command_line_note_names_new_people_as_the_window_does(journal):
    """``netzjournal note add --create-missing`` goes through the same commands."""
    from netzjournal.capture import Capture, NoteRequest, add_note

    request = NoteRequest(["Müller, Hans"], when="2026-11-02", kind="coffee", text="Podcast",
                          next_step="Link schicken", create_missing=True)  # fmt: skip
    result = add_note(journal, request, Capture("de"), dt.datetime(2026, 11, 2, 9, 30))
    ((person_id, name),) = result.created
    hans = get_contact(journal, person_id)
    assert (hans.family_name, hans.given_name, name) == ("Müller", "Hans", "Müller, Hans")
    assert get_interaction(journal, result.note_id).participants == [person_id]
    assert [f.text for f in follow_ups(journal, person_id)] == ["Link schicken"]


def test_every_step_names_a_namesake_as_the_pickers_do(journal):
    """Two Anna Müllers: each undo text says which one (organisation), never a bare
    name and never a row id (house rule 4)."""
    from netzjournal.commands.contacts import CreateContact

    s = _stammtisch(journal)
    stadtwerke = create_contact(journal, person("Anna", "Müller", organisation="Stadtwerke")).value
    create = CreateContact(journal, person("Anna", "Müller", organisation="Weserbogen"))
    create.do()
    assert create.outcome is not None and create.outcome.subject == "Anna Müller · Weserbogen"
    other = create.outcome.value
    assert other is not None
    evening = _evening(journal, s.id, D(2026, 11, 10))
    steps = [
        SetAttendance(journal, evening, stadtwerke.id, "attended"),
        RemoveAttendance(journal, evening, stadtwerke.id),
        SetMetAt(journal, stadtwerke.id, None),
        ReachedOut(journal, reached_out_note(stadtwerke.id, D(2026, 11, 2), dt.time(9), "", "")),
        Snooze(journal, stadtwerke.id, D(2026, 12, 1)),
    ]
    for step in steps:
        assert step.do().subject == "Anna Müller · Stadtwerke", type(step).__name__
    after = get_contact(journal, other)
    after.city = "Bremen"
    edit = EditContact(journal, get_contact(journal, other), after)
    assert edit.do().subject == "Anna Müller · Weserbogen"
    merge = MergeContacts(journal, stadtwerke.id, other)
    done = merge.do()
    assert (done.subject, done.other) == ("Anna Müller · Weserbogen", "Anna Müller · Stadtwerke")
    assert "#" not in done.subject + done.other


def test_an_import_counts_the_people_it_wrote_not_the_cards_it_left_out(journal):
    """Importing Outlook's CSV with its four mailing-list cards left out said „Kontakte
    importieren (14)“ in the status bar and the Edit menu beside „Neu angelegt: 10 …
    Übersprungen: 4“: the skipped cards were counted as imported."""
    from pathlib import Path

    from netzjournal.commands.imports import ImportContacts
    from netzjournal.interchange.importer import plan_import, read_paths

    data = Path(__file__).parent / "data" / "contacts"
    read = read_paths([data / "csv" / "outlook-de__anrede-and-mailing-lists.WRITTEN.csv"])
    plan = plan_import(journal, read)
    assert plan.count("skip") == 4  # the newsletter@, noreply@ … cards
    command = ImportContacts(journal, plan)
    command.do()
    assert command.outcome is not None and command.result is not None
    assert command.outcome.count == len(command.result.created) == contact_count(journal) == 8
