"""People are ids in every picker: namesakes, names with commas, Enter in "Wer", German order.

Driven through the real widgets with qtbot, on a real journal file.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QToolButton
from uihelpers import answer, type_text, when_modal

from netzjournal.store.contacts import (
    contact_count,
    create_contact,
    get_contact,
    update_contact,
)
from netzjournal.store.errors import NotFound
from netzjournal.store.interactions import (
    create_interaction,
    get_interaction,
    interaction_count,
    interactions_of,
)
from netzjournal.store.journal import Journal
from netzjournal.store.records import InteractionRecord
from netzjournal.ui.contacts.editor import ContactEditor
from netzjournal.ui.main_window import CONTACTS, TIMELINE
from netzjournal.ui.people_model import ID_ROLE, PeopleCompletionModel

GERMAN_ORDER = ["Ärger", "Bäcker", "Böhm", "Brown", "Oswald", "Özdemir", "Zöllner"]


def add(journal, given, family, **kw):
    return create_contact(journal, person(given, family, **kw)).value.id


@pytest.fixture
def chloes(where):
    """Two people called Chloe Baker, and Carla Fischer (for "Car")."""
    journal = Journal.open(where.journal, backup_dir=where.backups)
    ids = {
        "weser": add(journal, "Chloe", "Baker", organisation="Weserbogen Logistik"),
        "hafen": add(journal, "Chloe", "Baker", organisation="Hafenkontor", city="Hamburg"),
        "carla": add(journal, "Carla", "Fischer", city="Bremen"),
    }
    journal.close()
    return ids


def popup_rows(field_or_picker):
    completion = field_or_picker.completion
    model = completion.model
    return [
        (model.index(r, 0).data(), model.index(r, 0).data(ID_ROLE)) for r in range(model.rowCount())
    ]


def highlight(completion, contact_id):
    """Move the popup's highlight to ``contact_id`` with the arrow keys, as a person would."""
    popup = completion.completer.popup()
    assert popup.isVisible()
    for _ in range(completion.model.rowCount() + 1):
        current = popup.currentIndex()
        if current.isValid() and current.data(ID_ROLE) == contact_id:
            return
        QTest.keyClick(popup, Qt.Key.Key_Down)
    raise AssertionError(f"{contact_id} not offered")


def open_quick_note(w):
    w.actions_.quick_note.trigger()
    dialog = w.quick_note_dialog()
    assert dialog.isVisible()
    return dialog


def count_notes(journal):
    return interaction_count(journal)


# -- the completion model ------------------------------------------------------------------


def test_people_completion_model_passes_the_model_tester(qtmodeltester, journal):
    add(journal, "Chloe", "Baker", organisation="Weserbogen Logistik")
    add(journal, "Chloe", "Baker", organisation="Hafenkontor")
    add(journal, "Jörg", "Müller")
    model = PeopleCompletionModel(journal)
    model.set_filter("chlo")
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Chloe Baker · Weserbogen Logistik",  # namesakes apart (same name: oldest first)
        "Chloe Baker · Hafenkontor",
    ]
    model.set_filter("mueller")  # German folding, as in search
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Jörg Müller"]
    model.set_filter("hafen")  # the organisation finds a person too
    assert model.rowCount() == 1 and model.index(0, 0).data(ID_ROLE) == 2
    model.set_filter("")
    assert model.rowCount() == 0


# -- namesakes -----------------------------------------------------------------------------


def test_editing_a_namesakes_note_keeps_it_with_that_person(make_window, chloes, qtbot):
    w = make_window()
    note = create_interaction(
        w.journal,
        InteractionRecord(
            dt.datetime(2026, 11, 2, 10),
            participants=[chloes["hafen"]],
            body="Über Lagerflächen gesprochen",
        ),
    ).value
    w.open_note(note.id)
    editor = w.notes.editor
    assert editor.participants.text() == "Chloe Baker · Hafenkontor"
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_text(editor.body, " und Kühlketten")
    QTest.keySequence(w, QKeySequence(QKeySequence.StandardKey.Save))  # Ctrl+S
    saved = get_interaction(w.journal, note.id)
    assert saved.body.endswith("und Kühlketten")
    assert saved.participants == [chloes["hafen"]]


def test_a_quick_note_with_the_second_namesake_goes_to_that_person(make_window, chloes, qtbot):
    w = make_window()
    dialog = open_quick_note(w)
    type_text(dialog.who, "Chloe")
    labels = [label for label, _ in popup_rows(dialog.who)]
    assert sorted(labels) == ["Chloe Baker · Hafenkontor", "Chloe Baker · Weserbogen Logistik"]
    highlight(dialog.who.completion, chloes["hafen"])
    QTest.keyClick(dialog.who.completion.completer.popup(), Qt.Key.Key_Return)
    assert dialog.who.ids() == [chloes["hafen"]]
    assert dialog.who.text() == "Chloe Baker · Hafenkontor"
    assert dialog.isVisible()
    type_text(dialog.body, "Kaffee am Hafen")
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_interaction(w.journal, saved.args[0]).participants == [chloes["hafen"]]


def test_wer_finds_a_namesake_by_nickname_and_says_why(make_window, chloes, where, qtbot):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    c = get_contact(journal, chloes["hafen"])
    c.nickname, c.additional_names = "Kiki", "Marie"
    update_contact(journal, c, base=get_contact(journal, chloes["hafen"]))
    journal.close()
    w = make_window()
    dialog = open_quick_note(w)
    type_text(dialog.who, "Kiki")
    assert popup_rows(dialog.who) == [("Chloe Baker (Kiki) · Hafenkontor", chloes["hafen"])]
    highlight(dialog.who.completion, chloes["hafen"])
    QTest.keyClick(dialog.who.completion.completer.popup(), Qt.Key.Key_Return)
    assert dialog.who.ids() == [chloes["hafen"]]
    assert dialog.who.text() == "Chloe Baker · Hafenkontor"  # the label, as for a name
    type_text(dialog.body, "Kaffee am Hafen")
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_interaction(w.journal, saved.args[0]).participants == [chloes["hafen"]]
    # the middle name too, with the whole name as the reason
    dialog = open_quick_note(w)
    type_text(dialog.who, "Marie")
    assert popup_rows(dialog.who) == [
        ("Chloe Baker (Chloe Marie Baker) · Hafenkontor", chloes["hafen"])
    ]


def test_the_full_name_of_namesakes_lists_them_and_never_guesses(make_window, chloes, qtbot):
    w = make_window()
    dialog = open_quick_note(w)
    type_text(dialog.who, "Chloe Baker")
    QTest.keyClick(dialog.who.edit, Qt.Key.Key_Return)
    assert dialog.who.tokens() == []  # no pick by name when two people have it
    assert dialog.who.completer_popup_visible()
    assert sorted(i for _, i in popup_rows(dialog.who)) == sorted(
        [chloes["weser"], chloes["hafen"]]
    )
    highlight(dialog.who.completion, chloes["weser"])
    QTest.keyClick(dialog.who.completion.completer.popup(), Qt.Key.Key_Return)
    assert dialog.who.ids() == [chloes["weser"]]


def test_merging_two_namesakes_keeps_the_one_chosen(make_window, chloes, qtbot):
    w = make_window()
    for who, day in ((chloes["weser"], 1), (chloes["hafen"], 2)):
        create_interaction(
            w.journal, InteractionRecord(dt.datetime(2026, 1, day), participants=[who])
        )
    w.show_view(CONTACTS)
    qtbot.waitUntil(lambda: w.contacts.model.row_for(chloes["hafen"]) is not None, timeout=30_000)
    w.contacts.select(chloes["weser"])
    selection = w.contacts.table.selectionModel()
    index = w.contacts.model.index(w.contacts.model.row_for(chloes["hafen"]), 0)
    selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    offered = []

    def keep_the_hafenkontor_one(dialog):
        from netzjournal.ui.contacts.merge import MergeDialog

        assert isinstance(dialog, MergeDialog)
        offered.extend(dialog.labels)
        dialog.choose("Chloe Baker · Hafenkontor")
        dialog.accept()

    when_modal(keep_the_hafenkontor_one)
    w.actions_.merge_contacts.trigger()
    assert sorted(offered) == ["Chloe Baker · Hafenkontor", "Chloe Baker · Weserbogen Logistik"]
    kept = get_contact(w.journal, chloes["hafen"])
    assert kept.organisation == "Hafenkontor"
    with pytest.raises(NotFound):
        get_contact(w.journal, chloes["weser"])
    assert len(interactions_of(w.journal, chloes["hafen"])) == 2


def test_introduced_by_holds_the_namesake_picked(make_window, chloes, qtbot):
    w = make_window()
    ida = add(w.journal, "Ida", "Ibsen")
    editor = ContactEditor(w.journal, get_contact(w.journal, chloes["carla"]), w)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(2)
    picker = editor.introduced_by
    type_text(picker, "chloe")
    highlight(picker.completion, chloes["weser"])
    QTest.keyClick(picker.completion.completer.popup(), Qt.Key.Key_Return)
    assert editor.isVisible()  # Enter took the completion, not the dialog's OK
    assert picker.person_id == chloes["weser"]
    assert picker.text() == "Chloe Baker · Weserbogen Logistik"
    record = editor.record()
    assert record is not None and record.introduced_by == chloes["weser"]
    # A name typed in full that one person has is theirs; namesakes' full name is not.
    picker.clear()
    type_text(picker, "Ida Ibsen")
    record = editor.record()
    assert record is not None and record.introduced_by == ida
    picker.clear()
    type_text(picker, "Carla Fischer")  # herself: not offered, not taken
    assert editor.record() is None
    picker.clear()
    type_text(picker, "Chloe Baker")
    assert editor.record() is None and editor.error.isVisible()
    # A name typed that nobody has is not silently dropped: the dialog says so.
    picker.clear()
    type_text(picker, "Niemand Bekannt")
    assert editor.record() is None and editor.error.isVisible()
    editor.done(QDialog.DialogCode.Rejected)  # closed without the unsaved-changes question


def test_the_timeline_filters_by_the_namesake_picked(make_window, chloes, qtbot):
    w = make_window()
    for who, day in ((chloes["weser"], 1), (chloes["hafen"], 2), (chloes["hafen"], 3)):
        create_interaction(
            w.journal, InteractionRecord(dt.datetime(2026, 1, day), participants=[who])
        )
    w.show_view(TIMELINE)
    picker = w.timeline.person
    type_text(picker, "Chloe")
    highlight(picker.completion, chloes["hafen"])
    QTest.keyClick(picker.completion.completer.popup(), Qt.Key.Key_Return)
    assert w.timeline.model.current_filter.contact_id == chloes["hafen"]
    assert picker.text() == "Chloe Baker · Hafenkontor"


def test_enter_on_a_partial_name_of_several_people_lists_them_first(make_window, chloes, qtbot):
    w = make_window()
    dialog = open_quick_note(w)
    qtbot.keyClicks(dialog.who.edit, "Chlo")
    QTest.keyClick(dialog.who.edit, Qt.Key.Key_Return)
    assert dialog.who.tokens() == []  # neither a guess nor a "new person"
    popup = dialog.who.completion.completer.popup()
    assert popup.isVisible() and popup.currentIndex().data(ID_ROLE) == chloes["weser"]
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.who.ids() == [chloes["hafen"]]


# -- names with commas ---------------------------------------------------------------------


def test_a_name_with_a_comma_is_one_person(make_window, qtbot):
    w = make_window()
    hans = add(w.journal, "Hans", "Müller", display_name="Müller, Hans", city="Köln")
    dialog = open_quick_note(w)
    type_text(dialog.who, "Müller, Hans")
    QTest.keyClick(dialog.who.edit, Qt.Key.Key_Return)
    assert dialog.who.ids() == [hans]
    # A new name with a comma stays one (new) person, created only after asking.
    type_text(dialog.who, "Dr. Weiß, MBA")
    QTest.keyClick(dialog.who.edit, Qt.Key.Key_Return)
    assert [(t.name, t.id) for t in dialog.who.tokens()] == [
        ("Müller, Hans", hans),
        ("Dr. Weiß, MBA", None),
    ]
    type_text(dialog.body, "Zu dritt beim Stammtisch")
    questions = []

    def yes(box):
        questions.append(box.text())
        answer(QMessageBox.StandardButton.Yes)(box)

    when_modal(yes)
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(questions) == 1 and "Dr. Weiß, MBA" in questions[0]
    people = get_interaction(w.journal, saved.args[0]).participants
    assert len(people) == 2 and people[0] == hans
    weiss = get_contact(w.journal, people[1])
    assert weiss.name == "Dr. Weiß, MBA" and weiss.family_name == "Weiß"


# -- Enter in "Wer" ------------------------------------------------------------------------


def test_enter_in_wer_takes_the_completion_and_never_saves(make_window, chloes, qtbot):
    w = make_window()
    before = count_notes(w.journal)
    dialog = open_quick_note(w)
    assert not dialog.save_button.isEnabled()  # nobody, no text
    qtbot.keyClicks(dialog.who.edit, "Car")
    highlight(dialog.who.completion, chloes["carla"])  # ↓
    QTest.keyClick(dialog.who.completion.completer.popup(), Qt.Key.Key_Return)  # Enter
    QTest.keyClick(dialog.who.edit, Qt.Key.Key_Return)  # Enter again
    assert dialog.isVisible() and count_notes(w.journal) == before
    assert dialog.who.ids() == [chloes["carla"]]
    assert not dialog.save_button.isEnabled()  # a person, but nothing said yet
    QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and count_notes(w.journal) == before
    type_text(dialog.body, "Kurz telefoniert")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert count_notes(w.journal) == before + 1


def test_an_unknown_name_in_wer_is_created_only_when_confirmed(make_window, chloes, qtbot):
    w = make_window()
    contacts = contact_count(w.journal)
    dialog = open_quick_note(w)
    qtbot.keyClicks(dialog.who.edit, "Cor")  # nobody: no suggestion
    QTest.keyClick(dialog.who.edit, Qt.Key.Key_Return)
    assert [(t.name, t.id) for t in dialog.who.tokens()] == [("Cor", None)]
    assert dialog.who._chips[0].label.text() == "Cor (new?)"
    assert contact_count(w.journal) == contacts  # nothing created by Enter
    type_text(dialog.body, "Kennengelernt")
    asked = when_modal(answer(QMessageBox.StandardButton.Cancel))
    dialog.save_button.click()
    assert asked and dialog.isVisible()
    assert contact_count(w.journal) == contacts
    when_modal(answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        dialog.save_button.click()
    (cor,) = get_interaction(w.journal, saved.args[0]).participants
    assert get_contact(w.journal, cor).name == "Cor"
    assert contact_count(w.journal) == contacts + 1


# -- German collation ----------------------------------------------------------------------


def test_names_are_listed_in_german_order_in_the_table_and_the_completion(make_window, qtbot):
    w = make_window()
    shuffled = GERMAN_ORDER[:]
    random.Random(7).shuffle(shuffled)
    for family in shuffled:
        add(w.journal, "Kim", family)
    w.show_view(CONTACTS)
    model = w.contacts.model
    qtbot.waitUntil(lambda: model.rowCount() == len(GERMAN_ORDER), timeout=30_000)
    assert [model.contact_at(r).family_name for r in range(model.rowCount())] == GERMAN_ORDER
    dialog = open_quick_note(w)
    type_text(dialog.who, "Kim")
    assert [label.split()[-1] for label, _ in popup_rows(dialog.who)] == GERMAN_ORDER
    dialog.who.edit.clear()
    QApplication.processEvents()


def test_german_order_survives_a_fresh_window_start(make_window, where, qtbot):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    for family in reversed(GERMAN_ORDER):
        add(journal, "Kim", family)
    journal.close()
    w = make_window()  # the first screen comes from SQLite, the rest from Python: same order
    model = w.contacts.model
    assert [model.contact_at(r).family_name for r in range(model.rowCount())] == GERMAN_ORDER


def test_saving_with_a_partial_name_typed_lists_the_matches_instead_of_a_new_person(
    make_window, chloes, qtbot
):
    w = make_window()
    contacts = contact_count(w.journal)
    dialog = open_quick_note(w)
    qtbot.keyClicks(dialog.who.edit, "Carl")
    QTest.keyClick(dialog.who.completion.completer.popup(), Qt.Key.Key_Escape)
    assert not dialog.who.completer_popup_visible() and dialog.isVisible()
    type_text(dialog.body, "Kurz gesprochen")
    dialog.save_button.click()
    assert dialog.isVisible() and contact_count(w.journal) == contacts
    assert dialog.who.tokens() == [] and dialog.who.completer_popup_visible()
    QTest.keyClick(dialog.who.completion.completer.popup(), Qt.Key.Key_Return)
    assert dialog.who.ids() == [chloes["carla"]]


def test_token_field_backspace_and_remove_button(make_window, chloes, qtbot):
    w = make_window()
    dialog = open_quick_note(w)
    dialog.who.set_ids([chloes["weser"], chloes["carla"]])
    assert dialog.who.text() == "Chloe Baker · Weserbogen Logistik; Carla Fischer"
    QTest.keyClick(dialog.who.edit, Qt.Key.Key_Backspace)  # empty input: the last token goes
    assert dialog.who.ids() == [chloes["weser"]]
    chip = dialog.who._chips[0]
    chip.findChild(QToolButton).click()
    assert dialog.who.ids() == []
    assert not dialog.save_button.isEnabled()


def test_the_who_hint_shows_only_while_nobody_is_picked(make_window, chloes, qtbot):
    """Beside the chips the hint was cut ("Type a n…"); the chips say what the field is for."""
    w = make_window()
    dialog = open_quick_note(w)
    hint = dialog.who.edit.placeholderText()
    assert hint.startswith("Whom did you meet?")
    dialog.who.set_ids([chloes["weser"]])
    assert dialog.who.edit.placeholderText() == ""
    dialog.who.remove_token(0)
    assert dialog.who.edit.placeholderText() == hint


def test_a_quick_note_draft_keeps_the_namesake_picked(make_window, chloes, where, qtbot):
    w = make_window()
    dialog = open_quick_note(w)
    dialog.who.set_ids([chloes["hafen"]])
    type_text(dialog.who, "Jemand")  # typed, not yet a token
    type_text(dialog.body, "Über Kühlketten")
    draft = dialog.drafts.current  # (sealed beside an encrypted journal)
    qtbot.waitUntil(draft.exists, timeout=30_000)
    dialog.hide()  # as after a crash: nothing saved, nothing closed
    w.hide()
    again = make_window()
    when_modal(answer(QMessageBox.StandardButton.Yes))  # "continue with the unsaved note?"
    again.open_quick_note()
    restored = again.quick_note_dialog()
    assert restored.who.ids() == [chloes["hafen"]]
    assert restored.who.text() == "Chloe Baker · Hafenkontor; Jemand"
