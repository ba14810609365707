"""The "Who" field of the quick note as a fast typist meets it.

After Enter took a person, a second Enter on the empty field moves on to the
note's text; text that cannot be a name is not offered as a new person (it stays,
with a hint). Real dialog offscreen, real key events sent to whatever has the
focus (non-ASCII one character at a time), a real journal in tmp_path.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from test_quick_note_new_people import answer_in_turn

from netzjournal.commands.notes import could_be_name
from netzjournal.drafts import DraftStore
from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.interactions import get_interaction, interaction_count
from netzjournal.ui.quick_note import QuickNoteDialog

NOW = dt.datetime(2026, 11, 25, 11, 15)
WRONG_FIELD = "Kurz am Stand Trumpf, will CV (neu?)"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_here(text: str) -> None:
    """Type as a person does: into whatever has the focus, key by key."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)  # fmt: skip


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


@pytest.fixture
def dialog(journal, tmp_path, qtbot):
    create_contact(journal, person("Jürgen", "Schäfer", organisation="Trumpf"))
    d = QuickNoteDialog(journal, DraftStore(tmp_path / "drafts"), now=lambda: NOW)
    d.reset()
    d.show()
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.who.edit)
    yield d
    d.body.clear()
    d.who.clear()
    d.close()
    d.deleteLater()


def test_a_second_enter_moves_from_who_to_the_note(dialog, qtbot, journal):
    d = dialog
    type_here("Jürgen Schäfer")
    press(Qt.Key.Key_Return)
    assert [t.name for t in d.who.tokens()] == ["Jürgen Schäfer"]
    assert focused() is d.who.edit  # a second person may follow
    press(Qt.Key.Key_Return)
    assert focused() is d.body
    type_here("Kurz am Stand Trumpf, will CV für Vertriebsleiter Süd.")
    assert d.who.edit.text() == ""
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert contact_count(journal) == 1 and interaction_count(journal) == 1
    (row,) = journal.connection().execute("SELECT id FROM interaction").fetchall()
    assert get_interaction(journal, row[0]).body.startswith("Kurz am Stand Trumpf, will CV für")


def test_a_sentence_typed_into_who_is_no_new_person(dialog, qtbot, journal):
    """Markus took Jürgen Schäfer with Enter and typed on: his note landed in "Who".
    Enter does not make it a "new person?" chip; it stays as typed, with a hint.
    Ctrl+Enter then asks nobody to be created and saves nothing."""
    d = dialog
    type_here("Jürgen Schäfer")
    press(Qt.Key.Key_Return)
    type_here(WRONG_FIELD)
    press(Qt.Key.Key_Return)
    assert [t.name for t in d.who.tokens()] == ["Jürgen Schäfer"]
    assert d.who.edit.text() == WRONG_FIELD
    assert "name" in d.who.edit.toolTip()
    assert focused() is d.who.edit

    d.body.setPlainText("Stand Trumpf")  # something to save, so Ctrl+Enter tries
    seen = answer_in_turn([QMessageBox.StandardButton.Yes])
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(200)
    assert seen == []  # not asked whether to create "Kurz am Stand …"
    assert d.isVisible()
    assert contact_count(journal) == 1 and interaction_count(journal) == 0
    assert [t.name for t in d.who.tokens()] == ["Jürgen Schäfer"]

    # Cut from "Who" (the hint goes with it), the note saves with Jürgen only.
    d.who.edit.clear()
    assert d.who.edit.toolTip() == ""
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not d.isVisible())
    assert contact_count(journal) == 1 and interaction_count(journal) == 1


def test_a_new_name_is_still_offered(dialog, qtbot, journal):
    """The hint is for sentences only: "Müller, Hans Peter" is a new person."""
    d = dialog
    type_here("Müller, Hans Peter")
    press(Qt.Key.Key_Return)
    assert [(t.name, t.id) for t in d.who.tokens()] == [("Müller, Hans Peter", None)]
    assert d.who.edit.text() == "" and d.who.edit.toolTip() == ""


@pytest.mark.parametrize("name", [
    "Katrin Vogel", "Müller, Hans", "Müller, Hans Peter", "Dr. Weiß, MBA",
    "Prof. Dr. Anna Schmidt", "J. R. R. Tolkien", "Maria del Carmen García López",
    "Hans-Peter Schulz", "O'Brien",
])  # fmt: skip
def test_names_could_be_names(name):
    assert could_be_name(name)


@pytest.mark.parametrize("text", [
    WRONG_FIELD, "Kurz am Stand Trumpf, will CV",
    "sucht Vertriebsleiter im Raum Stuttgart ab Januar", "Wer war das?", "Termin: Dienstag",
    "Stand 4. will CV", "Hallo!",
])  # fmt: skip
def test_sentences_are_not_names(text):
    assert not could_be_name(text)
