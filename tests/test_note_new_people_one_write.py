"""People named in a note who are not contacts yet are written with the note, in
its one transaction: a save that fails leaves none of them behind, and undoing
the note removes them again (unless something else has come to need them).

Real journals in tmp_path. Faults are real SQLite failures: a trigger that
raises on the note's insert (created in the test's own journal only), or the
connection's page limit (``PRAGMA max_page_count``), which makes SQLite report a
full disk exactly as a full disk does.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import note, person
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from test_quick_note_new_people import answer_in_turn
from uihelpers import quick_note_shown, type_text

from netzjournal.commands.notes import EditNote, NewPeople, QuickNote, SaveNote
from netzjournal.store import cipher
from netzjournal.store.contacts import contact_count, create_contact, get_contact, update_contact
from netzjournal.store.errors import NotFound
from netzjournal.store.interactions import (
    create_interaction,
    follow_ups,
    get_interaction,
    interaction_count,
)
from netzjournal.store.journal import Journal
from netzjournal.store.records import Channel, FollowUpRecord

NOW = dt.datetime(2026, 11, 25, 11, 15)
KATRIN = NewPeople({-1: "Katrin Vogel"}, "de")


def _refuse_notes(journal: Journal) -> None:
    """From now on SQLite refuses every new or changed note (this journal only)."""
    with journal.write():
        for op in ("INSERT", "UPDATE"):
            journal.connection().execute(
                f"CREATE TRIGGER test_refuse_{op.lower()} BEFORE {op} ON interaction"
                " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
            )


def _quick(people: list[int], **kw: object) -> QuickNote:
    return QuickNote(NOW, "coffee", people, body="Messe, Halle 15", **kw)  # type: ignore[arg-type]


def test_a_note_that_fails_after_its_new_person_leaves_no_person(journal):
    """The person's insert works, the note's fails: the person goes with it."""
    _refuse_notes(journal)
    command = SaveNote(journal, _quick([-1], next_step="CV schicken"), new_people=KATRIN)
    with pytest.raises(cipher.IntegrityError, match="refused by the test"):  # (either driver's)
        command.do()
    assert contact_count(journal) == 0
    assert interaction_count(journal) == 0


def test_an_edit_that_fails_after_its_new_person_leaves_no_person(journal):
    anna = create_contact(journal, person("Anna", "Schmidt")).value
    n = create_interaction(journal, note(NOW, [anna.id], body="Kaffee")).value
    after = get_interaction(journal, n.id)
    after.participants = [anna.id, -1]
    _refuse_notes(journal)
    edit = EditNote(journal, after, [], base=get_interaction(journal, n.id), new_people=KATRIN)
    with pytest.raises(cipher.IntegrityError):
        edit.do()
    assert contact_count(journal) == 1


def test_undo_removes_the_new_people_and_redo_brings_them_back_the_same(journal):
    anna = create_contact(journal, person("Anna", "Schmidt")).value
    # The new person named first: the next step is owed to her.
    command = SaveNote(journal, _quick([-1, anna.id], next_step="CV schicken"),
                       new_people=KATRIN)  # fmt: skip
    command.do()
    katrin = command.newcomers.ids[-1]
    made = get_contact(journal, katrin)
    assert made.name == "Katrin Vogel"
    assert command.outcome is not None
    assert get_interaction(journal, command.outcome.value or 0).participants == [katrin, anna.id]
    assert [f.text for f in follow_ups(journal, katrin)] == ["CV schicken"]

    command.undo()
    assert contact_count(journal) == 1 and interaction_count(journal) == 0
    with pytest.raises(NotFound):
        get_contact(journal, katrin)

    command.do()  # redo: the same person (id and uid), named and owed to again
    again = get_contact(journal, katrin)
    assert (again.name, again.uid) == ("Katrin Vogel", made.uid)
    assert get_interaction(journal, command.outcome.value or 0).participants == [katrin, anna.id]
    assert [f.text for f in follow_ups(journal, katrin)] == ["CV schicken"]
    command.undo()
    assert contact_count(journal) == 1


def test_undo_keeps_a_new_person_another_note_names_since(journal):
    command = SaveNote(journal, _quick([-1]), new_people=KATRIN)
    command.do()
    katrin = command.newcomers.ids[-1]
    create_interaction(journal, note(NOW + dt.timedelta(days=2), [katrin], body="Telefonat"))
    command.undo()
    # Deleting her would take her from the other note: she stays.
    assert get_contact(journal, katrin).name == "Katrin Vogel"
    assert interaction_count(journal) == 1
    command.do()  # redo: the note names the same, kept person (no second Katrin)
    assert contact_count(journal) == 1
    assert get_interaction(journal, command.outcome.value or 0).participants == [katrin]


def test_undo_keeps_a_new_person_edited_since(journal):
    command = SaveNote(journal, _quick([-1]), new_people=KATRIN)
    command.do()
    katrin = command.newcomers.ids[-1]
    base = get_contact(journal, katrin)
    edited = get_contact(journal, katrin)
    edited.channels = [Channel("phone", "+49 711 123456")]
    update_contact(journal, edited, base=base)
    command.undo()
    assert interaction_count(journal) == 0
    assert [c.value for c in get_contact(journal, katrin).channels] == ["+49 711 123456"]


def test_redo_after_the_id_was_given_to_someone_else_makes_the_person_anew(journal):
    command = SaveNote(journal, _quick([-1]), new_people=KATRIN)
    command.do()
    katrin = command.newcomers.ids[-1]
    command.undo()
    # SQLite gives a freed highest id to the next row: Jan is made under Katrin's id.
    jan = create_contact(journal, person("Jan", "Roth")).value
    assert jan.id == katrin
    command.do()
    assert get_contact(journal, jan.id).name == "Jan Roth"  # not overwritten
    new_id = command.newcomers.ids[-1]
    assert new_id != jan.id and get_contact(journal, new_id).name == "Katrin Vogel"
    assert get_interaction(journal, command.outcome.value or 0).participants == [new_id]


def test_an_edit_naming_a_new_person_is_undone_with_her(journal):
    anna = create_contact(journal, person("Anna", "Schmidt")).value
    n = create_interaction(journal, note(NOW, [anna.id], body="Kaffee")).value
    after = get_interaction(journal, n.id)
    after.participants = [anna.id, -1]
    edit = EditNote(journal, after, [FollowUpRecord("Einladung", -1, n.id)],
                    base=get_interaction(journal, n.id), new_people=KATRIN)  # fmt: skip
    edit.do()
    katrin = edit.newcomers.ids[-1]
    assert get_interaction(journal, n.id).participants == [anna.id, katrin]
    assert [f.text for f in follow_ups(journal, katrin)] == ["Einladung"]
    edit.undo()
    assert get_interaction(journal, n.id).participants == [anna.id]
    assert contact_count(journal) == 1
    edit.do()
    assert get_interaction(journal, n.id).participants == [anna.id, katrin]


@pytest.fixture
def dialog(journal, tmp_path):
    with quick_note_shown(journal, tmp_path / "drafts", NOW) as d:
        yield d


def test_a_quick_note_on_a_full_disk_creates_nobody(dialog, qtbot, journal):
    """Markus names Katrin Vogel (new), says "Yes" to creating her, and the disk is
    full: the note is not saved, and she is not in his contacts either (she was,
    before: created at the "Yes", in a write of her own)."""
    d = dialog
    type_text(d.who.edit, "Katrin Vogel")
    QTest.keyClick(d.who.edit, Qt.Key.Key_Return)
    # A long note (an agenda pasted in): more pages than the disk has left.
    d.body.setPlainText("Halle 15, Stand Trumpf. " * 8000)
    conn = journal.connection()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 4}")
    Yes, Ok = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok
    seen = answer_in_turn([Yes, Ok])
    QTest.keyClick(d.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert "Katrin Vogel" in seen[0]
    assert d.isVisible()  # the text stays
    assert contact_count(journal) == 0
    assert interaction_count(journal) == 0

    # Space again: asked once more, she is created with the note.
    conn.execute("PRAGMA max_page_count = 1073741823")
    seen = answer_in_turn([Yes])
    QTest.keyClick(d.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert contact_count(journal) == 1 and interaction_count(journal) == 1


def test_an_edit_refused_as_stale_names_its_new_person_by_placeholder_again(journal, qtbot):
    """The note was changed elsewhere in the same field: nothing is saved, Katrin is
    not created, and the note offered to edit again names her as still to create."""
    from netzjournal.store.interactions import update_interaction
    from netzjournal.store.stale import StaleWrite
    from netzjournal.ui.participants import ParticipantsField

    anna = create_contact(journal, person("Anna", "Schmidt")).value
    n = create_interaction(journal, note(NOW, [anna.id], body="Kaffee")).value
    base = get_interaction(journal, n.id)
    after = get_interaction(journal, n.id)
    after.participants, after.body = [anna.id, -1], "Tee am Stand"
    elsewhere = get_interaction(journal, n.id)
    elsewhere.body = "Kakao"
    update_interaction(journal, elsewhere)
    edit = EditNote(journal, after, [], base=base, new_people=KATRIN)
    with pytest.raises(StaleWrite) as refused:
        edit.do()
    assert contact_count(journal) == 1
    merged = refused.value.merged
    assert merged is not None and merged.participants == [anna.id, -1]

    field = ParticipantsField(journal)
    qtbot.addWidget(field)
    field.set_ids(merged.participants, KATRIN)
    assert [(t.name, t.id) for t in field.tokens()] == [("Anna Schmidt", anna.id),
                                                        ("Katrin Vogel", None)]  # fmt: skip


def test_undoing_a_quick_note_in_the_window_removes_the_person_it_made(make_window, qtbot):
    """Edit → Undo after a quick note that named someone new: note and person go;
    Redo brings both back, the person under the same id."""
    window = make_window()
    journal = window.journal
    window.open_quick_note()
    d = window.quick_note_dialog()
    qtbot.waitUntil(d.isVisible)
    type_text(d.who.edit, "Katrin Vogel")
    QTest.keyClick(d.who.edit, Qt.Key.Key_Return)
    type_text(d.body, "Halle 15, Stand Trumpf: sucht Vertriebsleiter Laser.")
    seen = answer_in_turn([QMessageBox.StandardButton.Yes])
    QTest.keyClick(d.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert len(seen) == 1
    assert contact_count(journal) == 1 and interaction_count(journal) == 1
    (katrin,) = [r[0] for r in journal.connection().execute("SELECT id FROM contact")]

    stack = window.undo_stack
    assert stack.canUndo() and stack.undoText() == "New note"
    stack.undo()  # (as Edit → Undo does)
    assert interaction_count(journal) == 0
    assert contact_count(journal) == 0
    stack.redo()
    assert interaction_count(journal) == 1
    assert get_contact(journal, katrin).name == "Katrin Vogel"
