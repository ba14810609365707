"""Naming two new people in a quick note: a "Cancel" at the second creates neither.

Real dialog offscreen, real key events, a real journal in tmp_path; the questions
are answered as a person would press their buttons.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from uihelpers import _every, quick_note_shown, type_text

from netzjournal.store.contacts import contact_count
from netzjournal.store.interactions import interaction_count

NOW = dt.datetime(2026, 11, 25, 11, 15)


@pytest.fixture
def dialog(journal, tmp_path):
    with quick_note_shown(journal, tmp_path / "drafts", NOW) as d:
        yield d


def answer_in_turn(buttons: list[QMessageBox.StandardButton]) -> list[str]:
    """Press ``buttons`` in the message boxes as they come, one each; their texts."""
    seen: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and len(seen) < len(buttons):
            seen.append(box.text())
            box.button(buttons[len(seen) - 1]).click()

    _every(20, poll)
    return seen


def test_cancel_at_the_second_new_person_creates_neither(dialog, qtbot, journal):
    """At the fair Markus names two people he met for the first time, "Katrin Vogel"
    and "Jan Roth". Asked whether to create them, he says yes to Katrin, then thinks
    better of Jan and cancels: nothing is saved, the note stays open — and Katrin must
    not be in his contacts either (she was created at the first "Yes", a contact
    without the note she was named for, and a second save asked no more)."""
    d = dialog
    for name in ("Katrin Vogel", "Jan Roth"):
        type_text(d.who.edit, name)
        QTest.keyClick(d.who.edit, Qt.Key.Key_Return)
    type_text(d.body, "Halle 15, Stand Trumpf: sucht Vertriebsleiter Laser.")
    Yes, Cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
    seen = answer_in_turn([Yes, Cancel])
    QTest.keyClick(d.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert "Katrin Vogel" in seen[0] and "Jan Roth" in seen[1]
    assert d.isVisible()
    assert contact_count(journal) == 0
    assert interaction_count(journal) == 0

    # Asked again, he says yes to both: both are created and the note names them.
    seen = answer_in_turn([Yes, Yes])
    QTest.keyClick(d.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert len(seen) == 2
    assert contact_count(journal) == 2
    assert interaction_count(journal) == 1


def test_enter_at_the_new_person_question_creates_them(dialog, qtbot, journal):
    """The German walk: Ctrl+Enter, then Enter at „Kontakt anlegen?“ cancelled the
    save (Cancel was the default). Creating a contact from a name just typed destroys
    nothing: Yes is the default, Enter creates; Escape still cancels."""
    d = dialog
    type_text(d.who.edit, "Kai Brenner")
    QTest.keyClick(d.who.edit, Qt.Key.Key_Return)
    type_text(d.body, "Barcamp: Session zu Design Tokens.")
    keys = [Qt.Key.Key_Escape, Qt.Key.Key_Return]  # pressed in the boxes, one each
    defaults: list[bool] = []  # whether Yes was each box's default

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and len(defaults) < len(keys):
            defaults.append(box.defaultButton() is box.button(QMessageBox.StandardButton.Yes))
            QTest.keyClick(box, keys[len(defaults) - 1])

    _every(20, poll)
    QTest.keyClick(d.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(defaults) == 1)
    qtbot.wait(50)
    assert d.isVisible() and contact_count(journal) == 0  # Escape: not created, not saved
    QTest.keyClick(d.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(defaults) == 2)
    assert defaults == [True, True]
    qtbot.waitUntil(lambda: not d.isVisible())
    assert contact_count(journal) == 1
    assert interaction_count(journal) == 1


@pytest.mark.parametrize(
    ("typed", "split"),
    [
        ("Kai von Figma", ("Kai", "Figma")),
        ("Kai from Figma", ("Kai", "Figma")),
        ("Kai (Figma)", ("Kai", "Figma")),
        ("Kai Weber, Figma", ("Kai Weber", "Figma")),
        ("Kai von 1&1", ("Kai", "1&1")),
        # Names, not a person at an organisation:
        ("Ursula von der Leyen", ("Ursula von der Leyen", "")),
        ("von der Leyen, Ursula", ("von der Leyen, Ursula", "")),
        ("Müller, Hans", ("Müller, Hans", "")),
        ("Dr. Weiß, MBA", ("Dr. Weiß, MBA", "")),
        ("Kai Brenner", ("Kai Brenner", "")),
        ("Kai von", ("Kai von", "")),
    ],
)
def test_a_name_with_where_the_person_works_is_read_as_both(typed, split):
    from netzjournal.commands.notes import name_and_organisation

    assert name_and_organisation(typed) == split


def test_a_new_person_typed_with_the_organisation_is_shown_split_and_corrected(
    dialog, qtbot, journal
):
    """„Kai von Figma“ became a person named „Kai von Figma“, filed under F. Now the
    save shows the split (name „Kai“, organisation „Figma“) before creating anyone; what
    the person corrects there is what is created. „Richard von Weizsäcker“ is a name:
    the organisation field emptied, the name put back whole."""
    from netzjournal.store.contacts import get_contact
    from netzjournal.ui.new_person import NewPersonDialog

    d = dialog
    for name in ("Kai von Figma", "Richard von Weizsäcker"):
        type_text(d.who.edit, name)
        QTest.keyClick(d.who.edit, Qt.Key.Key_Return)
    type_text(d.body, "Barcamp: Session zu Design Tokens.")
    shown: list[tuple[str, str]] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, NewPersonDialog) and box.isVisible():
            shown.append((box.name(), box.organisation()))
            if box.name() == "Richard":
                box.name_field.setText("Richard von Weizsäcker")
                box.organisation_field.clear()
            box.create_button.click()

    _every(20, poll)
    QTest.keyClick(d.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert shown == [("Kai", "Figma"), ("Richard", "Weizsäcker")]
    ids = [r[0] for r in journal.connection().execute("SELECT id FROM contact")]
    made = {get_contact(journal, i).name: get_contact(journal, i) for i in ids}
    assert made["Kai"].organisation == "Figma"  # (and filed under K, not F)
    assert made["Richard von Weizsäcker"].organisation == ""
    assert made["Richard von Weizsäcker"].family_name == "Weizsäcker"


def test_the_next_step_goes_to_the_namesake_chosen_for_it(dialog, qtbot, journal):
    """Jonas's note with both Lena Schuberts: „die Folien schicken“ was meant for the
    Lena at Spreadshirt, and went to whichever Lena was named first, unsaid. With two
    people a choice of whose step it is appears (the first named, unless chosen); the
    step is owed to the person chosen, by id."""
    from conftest import person

    from netzjournal.store.contacts import create_contact
    from netzjournal.store.interactions import follow_ups

    agentur = create_contact(
        journal, person("Lena", "Schubert", organisation="Agentur Fröhlich & Partner")
    ).value.id
    shirt = create_contact(journal, person("Lena", "Schubert", organisation="Spreadshirt")).value.id
    d = dialog
    assert not d.step_for.isVisible()  # nobody, then one person: no choice to make
    d.who.add_person(agentur)
    assert not d.step_for.isVisible()
    d.who.add_person(shirt)
    qtbot.waitUntil(lambda: d.step_for.isVisible())
    assert [d.step_for.itemText(i) for i in range(d.step_for.count())] == [
        "Lena Schubert · Agentur Fröhlich & Partner", "Lena Schubert · Spreadshirt",
    ]  # fmt: skip
    assert d.step_for.currentIndex() == 0  # the first named, as before
    type_text(d.body, "Barcamp-Nachtreffen")
    type_text(d.next_step, "die Folien schicken")
    QTest.keyClick(d.next_step, Qt.Key.Key_Tab)  # the step, then whose it is
    assert d.step_for.hasFocus()
    QTest.keyClick(d.step_for, Qt.Key.Key_Down)
    assert d.fields()["next_for"] == f"id:{shirt}"  # (kept in the draft)
    QTest.keyClick(d.step_for, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert [f.text for f in follow_ups(journal, shirt)] == ["die Folien schicken"]
    assert follow_ups(journal, agentur) == []


def test_the_next_step_can_be_a_new_persons(dialog, qtbot, journal):
    """„Tim von Spreadshirt“, named second and new: the step chosen for him is his
    once the save has created him (his id does not exist before)."""
    from conftest import person

    from netzjournal.store.contacts import create_contact, get_contact
    from netzjournal.store.interactions import follow_ups
    from netzjournal.ui.new_person import NewPersonDialog

    lena = create_contact(journal, person("Lena", "Schubert", organisation="Spreadshirt")).value.id
    d = dialog
    d.who.add_person(lena)
    type_text(d.who.edit, "Tim von Spreadshirt")
    QTest.keyClick(d.who.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.step_for.isVisible())
    type_text(d.body, "Kaffee im Kaiserbad")
    type_text(d.next_step, "Nutzertest anbieten")
    d.step_for.setCurrentIndex(1)

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, NewPersonDialog) and box.isVisible():
            box.create_button.click()

    _every(20, poll)
    QTest.keyClick(d.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not d.isVisible())
    ids = [r[0] for r in journal.connection().execute("SELECT id FROM contact")]
    (tim,) = [i for i in ids if get_contact(journal, i).name == "Tim"]
    assert [f.text for f in follow_ups(journal, tim)] == ["Nutzertest anbieten"]
    assert follow_ups(journal, lena) == []


def test_the_next_notes_step_is_the_first_persons_again(dialog, qtbot, journal):
    """The choice of whose step it is belongs to one note: the next quick note with
    the same two people starts at the first named again."""
    from conftest import person

    from netzjournal.store.contacts import create_contact

    a = create_contact(journal, person("Greta", "Böhm")).value.id
    b = create_contact(journal, person("Ida", "Peters")).value.id
    d = dialog
    d.who.add_person(a)
    d.who.add_person(b)
    d.step_for.setCurrentIndex(1)
    d.step_for.activated.emit(1)  # (as a choice in the list does)
    assert d.step_for.key() == f"id:{b}"
    d.reset()
    d.who.add_person(a)
    d.who.add_person(b)
    assert d.step_for.key() == f"id:{a}"
