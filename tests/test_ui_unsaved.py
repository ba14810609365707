"""Nothing typed vanishes: every way of leaving an editor saves or asks first.

Driven through the real widgets, offscreen: switching notes, switching views,
closing the window, quitting with Ctrl+Q and Esc in the contact dialog, each
answered with Save and with Discard (and Cancel where it keeps the editor).
Also: Enter on the import's last page, destructive questions' defaults, the
search list, and a new journal's first note in the notes view.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import person
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from uihelpers import TODAY, answer, in_language, type_text, when_modal

from netzjournal.store.backups import create_backup, list_backups
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import contact_count, create_contact, get_contact
from netzjournal.store.interactions import (
    create_interaction,
    follow_ups_of_note,
    get_interaction,
    interaction_count,
)
from netzjournal.store.journal import Journal
from netzjournal.store.people import find_people_by_name
from netzjournal.store.reading import get_setting
from netzjournal.store.records import FollowUpRecord, InteractionRecord
from netzjournal.ui.contacts.editor import ContactEditor
from netzjournal.ui.main_window import CONTACTS, NOTES, REVIEW, TIMELINE, MainWindow

SAVE, DISCARD, CANCEL = (
    QMessageBox.StandardButton.Save,
    QMessageBox.StandardButton.Discard,
    QMessageBox.StandardButton.Cancel,
)


def is_unsaved_question(widget: QWidget) -> bool:
    return widget.objectName() == "unsavedQuestion"


@pytest.fixture
def make_window(qtbot, where):
    opened, windows = [], []

    def make(journal=None):
        journal = journal or Journal.open(where.journal, backup_dir=where.backups)
        window = MainWindow(journal, where, today=lambda: TODAY)
        # Closed below, not by qtbot (which closes before fixtures end): an edit
        # left unsaved would ask, with nobody there to answer.
        with qtbot.waitSignal(window.first_painted, timeout=30_000):
            window.show()
        window.activateWindow()
        opened.append(journal)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window._notes is not None:
            window._notes.discard()
        window.close()
        window.deleteLater()
    for journal in opened:
        journal.close()


@pytest.fixture
def two_notes(make_window):
    """A window on the notes view, the first of two notes open in the editor."""
    w = make_window()
    anna = create_contact(w.journal, person("Anna", "Berg")).value.id
    first = create_interaction(
        w.journal,
        InteractionRecord(
            dt.datetime(2026, 3, 2, 9), participants=[anna], title="Erste", body="eins"
        ),
    ).value.id
    second = create_interaction(
        w.journal,
        InteractionRecord(
            dt.datetime(2026, 3, 1, 9), participants=[anna], title="Zweite", body="zwei"
        ),
    ).value.id
    w.open_note(first)
    assert w.notes.editor.record.id == first
    return w, first, second


def edit_title(w: MainWindow, text: str) -> None:
    editor = w.notes.editor
    editor.title.clear()
    type_text(editor.title, text)
    assert editor.has_unsaved_changes()


def title_of(w: MainWindow, note_id: int) -> str:
    return get_interaction(w.journal, note_id).title


# -- switching notes ----------------------------------------------------------------


def click_row(w: MainWindow, row: int) -> None:
    view = w.notes.list
    rect = view.visualRect(w.notes.model.index(row, 3))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_switching_notes_save_keeps_the_edit(two_notes):
    w, first, second = two_notes
    edit_title(w, "Erste, geändert")
    asked = when_modal(answer(SAVE), is_unsaved_question)
    click_row(w, 1)
    assert asked
    assert title_of(w, first) == "Erste, geändert"
    assert w.notes.editor.record.id == second
    assert w.notes.editor.title.text() == "Zweite"
    assert not w.notes.has_unsaved_changes()


def test_switching_notes_discard_drops_the_edit(two_notes):
    w, first, second = two_notes
    edit_title(w, "verworfen")
    asked = when_modal(answer(DISCARD), is_unsaved_question)
    QTest.keyClick(w.notes.list, Qt.Key.Key_Down)  # the keyboard way to the next note
    assert asked
    assert title_of(w, first) == "Erste"
    assert w.notes.editor.record.id == second


def test_switching_notes_cancel_keeps_editing(two_notes):
    w, first, _second = two_notes
    edit_title(w, "noch nicht fertig")
    asked = when_modal(answer(CANCEL), is_unsaved_question)
    click_row(w, 1)
    assert asked
    assert w.notes.editor.record.id == first
    assert w.notes.editor.title.text() == "noch nicht fertig"
    assert w.notes.list.currentIndex().row() == 0  # the list points at the note still edited
    assert title_of(w, first) == "Erste"
    # ... and so does its highlight, also once the click's own selecting is done
    # (the view selects the clicked row after it made it current).
    QApplication.processEvents()
    assert [i.row() for i in w.notes.list.selectionModel().selectedRows()] == [0]


def test_a_note_opened_from_elsewhere_asks_too(two_notes):
    w, first, second = two_notes
    edit_title(w, "über die Suche verlassen")
    asked = when_modal(answer(SAVE), is_unsaved_question)
    w.open_note(second)  # what the search, the timeline and the contact page do
    assert asked and title_of(w, first) == "über die Suche verlassen"
    assert w.notes.editor.record.id == second


def test_unchanged_or_changed_back_asks_nothing(two_notes):
    w, _first, second = two_notes
    w.notes.editor.title.setText("anders")
    w.notes.editor.title.setText("Erste")  # as it was
    w.notes.editor.body_tabs.setCurrentIndex(1)  # looking at the preview changes nothing
    assert not w.notes.has_unsaved_changes()
    click_row(w, 1)
    assert w.notes.editor.record.id == second


def test_saving_twice_does_not_repeat_new_follow_ups(two_notes):
    w, first, _second = two_notes
    row = w.notes.editor._add_follow_row(FollowUpRecord(text=""))
    type_text(row.text, "Artikel schicken")
    w.notes.save()
    assert not w.notes.has_unsaved_changes()
    w.notes.save()
    assert [f.text for f in follow_ups_of_note(w.journal, first)] == ["Artikel schicken"]


# -- switching views ----------------------------------------------------------------


@pytest.mark.parametrize("choice", [SAVE, DISCARD])
def test_switching_views_asks(two_notes, choice):
    w, first, _second = two_notes
    edit_title(w, "Titel beim Wechsel")
    asked = when_modal(answer(choice), is_unsaved_question)
    QTest.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert asked and w.tabs.currentIndex() == TIMELINE
    expected = "Titel beim Wechsel" if choice == SAVE else "Erste"
    assert title_of(w, first) == expected
    w.show_view(NOTES)  # and back: the editor shows what the journal holds
    assert w.notes.editor.title.text() == expected
    assert not w.notes.has_unsaved_changes()


def test_switching_views_cancel_stays_on_the_note(two_notes):
    w, first, _second = two_notes
    edit_title(w, "bleibt")
    when_modal(answer(CANCEL), is_unsaved_question)
    w.tabs.setCurrentIndex(CONTACTS)  # a click on the tab
    assert w.tabs.currentIndex() == NOTES
    assert w.tabs.currentWidget() is w.notes
    assert w.notes.editor.title.text() == "bleibt"
    assert title_of(w, first) == "Erste"


# -- closing the window and quitting --------------------------------------------------


@pytest.mark.parametrize("choice", [SAVE, DISCARD])
def test_closing_the_window_asks(two_notes, choice):
    w, first, _second = two_notes
    edit_title(w, "vor dem Schließen")
    asked = when_modal(answer(choice), is_unsaved_question)
    w.close()
    assert asked and not w.isVisible()
    assert title_of(w, first) == ("vor dem Schließen" if choice == SAVE else "Erste")


def test_closing_the_window_cancel_keeps_it_open(two_notes):
    w, first, _second = two_notes
    edit_title(w, "offen lassen")
    when_modal(answer(CANCEL), is_unsaved_question)
    w.close()
    assert w.isVisible() and w.notes.editor.title.text() == "offen lassen"
    assert title_of(w, first) == "Erste"


@pytest.mark.parametrize("choice", [SAVE, DISCARD])
def test_ctrl_q_asks(two_notes, choice):
    w, first, _second = two_notes
    edit_title(w, "vor dem Beenden")
    asked = when_modal(answer(choice), is_unsaved_question)
    QTest.keyClick(w.notes.editor.title, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked and not w.isVisible()
    assert title_of(w, first) == ("vor dem Beenden" if choice == SAVE else "Erste")


def test_ctrl_q_with_a_wrong_field_keeps_the_window(two_notes, monkeypatch):
    w, _first, _second = two_notes
    edit_title(w, "nicht speicherbar")
    monkeypatch.setattr(w.notes.editor, "value", lambda: None)  # e.g. an unknown name, cancelled
    when_modal(answer(SAVE), is_unsaved_question)
    QTest.keyClick(w.notes.editor.title, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert w.isVisible() and w.notes.editor.title.text() == "nicht speicherbar"


# -- the contact dialog ---------------------------------------------------------------


@pytest.fixture
def contact_editor(make_window, qtbot):
    w = make_window()
    anna = create_contact(w.journal, person("Anna", "Berg", city="Bremen")).value
    editor = ContactEditor(w.journal, get_contact(w.journal, anna.id), parent=w)
    editor.show()
    yield editor
    if editor.isVisible():
        editor.done(ContactEditor.DialogCode.Rejected)  # nobody left to answer a question


def test_esc_in_the_contact_dialog_save(contact_editor):
    editor = contact_editor
    editor.city.clear()
    type_text(editor.city, "Köln")
    asked = when_modal(answer(SAVE), is_unsaved_question)
    QTest.keyClick(editor.city, Qt.Key.Key_Escape)
    assert asked and not editor.isVisible()
    assert editor.result() == ContactEditor.DialogCode.Accepted
    assert editor.record().city == "Köln"  # what the pane then stores


def test_esc_in_the_contact_dialog_discard(contact_editor):
    editor = contact_editor
    type_text(editor.city, " Nord")
    asked = when_modal(answer(DISCARD), is_unsaved_question)
    QTest.keyClick(editor.city, Qt.Key.Key_Escape)
    assert asked and not editor.isVisible()
    assert editor.result() == ContactEditor.DialogCode.Rejected


def test_esc_in_the_contact_dialog_cancel_and_unchanged(contact_editor):
    editor = contact_editor
    type_text(editor.city, "x")
    when_modal(answer(CANCEL), is_unsaved_question)
    QTest.keyClick(editor.city, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.city.text() == "Bremenx"
    QTest.keyClick(editor.city, Qt.Key.Key_Backspace)  # back as it was: Esc just closes
    QTest.keyClick(editor.city, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_the_contact_dialogs_question_tells_namesakes_apart(contact_editor):
    """Eight people called Anna Müller: "Save the changes to the contact “Anna Müller”?"
    did not say which; the question names her as the pickers do."""
    editor = contact_editor
    create_contact(editor._journal, person("Anna", "Berg", organisation="Stadtwerke"))
    type_text(editor.city, "x")
    questions: list[str] = []

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        questions.append(box.text())
        box.button(CANCEL).click()

    when_modal(read_and_cancel, is_unsaved_question)
    QTest.keyClick(editor.city, Qt.Key.Key_Escape)
    assert questions == ["Save the changes to the contact “Anna Berg · Bremen”?"]


def test_the_questions_are_whole_german_sentences(contact_editor, where):
    """ "Änderungen an dem Kontakt „…“ speichern?" was composed of "Änderungen an %1"
    and "dem Kontakt …"; each kind of editor now asks its own sentence."""
    from netzjournal.ui.settings_dialog import SettingsDialog

    editor = contact_editor
    questions: list[str] = []

    def read_and_discard(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        questions.append(box.text())
        box.button(DISCARD).click()

    with in_language("de"):
        QApplication.processEvents()
        type_text(editor.city, "x")
        when_modal(read_and_discard, is_unsaved_question)
        QTest.keyClick(editor.city, Qt.Key.Key_Escape)
        dialog = SettingsDialog(where, editor._journal, editor.parentWidget())
        dialog.show()
        dialog.user_name.setText("Ulla Beispiel")
        when_modal(read_and_discard, is_unsaved_question)
        QTest.keyClick(dialog.user_name, Qt.Key.Key_Escape)
    assert questions == [
        "Änderungen am Kontakt „Anna Berg“ speichern?",
        "Änderungen an den Einstellungen speichern?",
    ]


def test_looking_at_another_tab_is_no_change(contact_editor):
    """Showing a tab raises its page (it moves among its siblings): no question on Esc."""
    editor = contact_editor
    for tab in (2, 1, 0, 2):
        editor.tabs.setCurrentIndex(tab)
        assert not editor.has_unsaved_changes()
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_save_with_a_wrong_field_keeps_the_dialog(contact_editor):
    editor = contact_editor
    type_text(editor.birthday, "31.02.")
    when_modal(answer(SAVE), is_unsaved_question)
    QTest.keyClick(editor.city, Qt.Key.Key_Escape)
    assert editor.isVisible() and "birthday" in editor.error.text().lower()


def test_ctrl_enter_saves_the_contact_from_any_field(make_window):
    w = make_window()

    def fill(editor):
        assert isinstance(editor, ContactEditor)
        assert editor.focusWidget() is editor.given_name  # typing starts with the name
        type_text(editor.given_name, "Jörg")
        type_text(editor.family_name, "Öztürk")
        editor.tabs.setCurrentIndex(2)
        type_text(editor.notes, "Kennt alle beim Stammtisch")
        QTest.keyClick(editor.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    handled = when_modal(fill, lambda widget: isinstance(widget, ContactEditor))
    created = w.contacts.new_contact()
    assert handled and created is not None
    saved = get_contact(w.journal, created)
    assert (saved.family_name, saved.notes) == ("Öztürk", "Kennt alle beim Stammtisch")


# -- the import's last page and destructive questions ---------------------------------

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Neu;Nora;;;\r\nFN:Nora Neu\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Zweit;Zoe;;;\r\nFN:Zoe Zweit\r\nEND:VCARD\r\n"
)


def test_enter_on_the_import_result_page_closes_and_keeps_the_import(make_window, qtbot, tmp_path):
    from netzjournal.ui.interchange.wizard import ImportWizard

    w = make_window()
    create_contact(w.journal, person("Anna", "Berg"))
    file = tmp_path / "two.vcf"
    file.write_text(VCARD, encoding="utf-8")
    wizard = ImportWizard(w.journal, w.undo_stack, w)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_paths([file])
    wizard.build_plan()
    wizard.run_import()
    assert wizard.pages.currentIndex() == 2
    assert contact_count(w.journal) == 3
    undo_button = wizard.findChild(QWidget, "importUndo")
    assert not undo_button.isDefault() and not undo_button.autoDefault()
    assert wizard.focusWidget() is wizard.close_button
    QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert not wizard.isVisible()
    assert contact_count(w.journal) == 3


def test_undoing_an_import_asks_and_enter_cancels(make_window, qtbot, tmp_path):
    from netzjournal.ui.interchange.wizard import ImportWizard

    w = make_window()
    file = tmp_path / "two.vcf"
    file.write_text(VCARD, encoding="utf-8")
    wizard = ImportWizard(w.journal, w.undo_stack, w)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_paths([file])
    wizard.build_plan()
    wizard.run_import()

    def press_enter(box):
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        QTest.keyClick(box, Qt.Key.Key_Return)

    asked = when_modal(press_enter)
    wizard.findChild(QWidget, "importUndo").click()
    assert asked and contact_count(w.journal) == 2
    when_modal(answer(QMessageBox.StandardButton.Yes))  # "Undo the import", clicked
    wizard.findChild(QWidget, "importUndo").click()
    assert contact_count(w.journal) == 0


def test_delete_questions_default_to_cancel(two_notes):
    w, _first, _second = two_notes
    seen = []

    def press_enter(box):
        action = box.button(QMessageBox.StandardButton.Yes) or next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        )
        seen.append((box.defaultButton().text(), action.text()))
        QTest.keyClick(box, Qt.Key.Key_Return)

    when_modal(press_enter)
    w.notes.delete_current()
    w.show_view(CONTACTS)
    w.contacts.select(contact_rows(w.journal)[0].id)
    when_modal(press_enter)
    w.contacts.delete_selected()
    when_modal(press_enter)
    w.contacts.delete_everywhere()
    assert len(seen) == 3
    assert all(yes != default and ("Delete" in yes or "Erase" in yes) for default, yes in seen), (
        seen
    )
    assert interaction_count(w.journal) == 2 and contact_count(w.journal) == 1


# -- the search list ------------------------------------------------------------------


@pytest.fixture
def searchable(make_window):
    w = make_window()
    anna = create_contact(w.journal, person("Anna", "Kaffeeberg")).value.id
    create_interaction(w.journal, InteractionRecord(
        dt.datetime(2026, 3, 2, 9), participants=[anna], body="Kaffee am Markt"))  # fmt: skip
    return w


def search_for(w: MainWindow, text: str) -> None:
    QTest.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert w.search_field.hasFocus()
    QTest.keyClicks(w.search_field, text)
    assert w.search.results.isVisible()


@pytest.mark.parametrize("view", [NOTES, TIMELINE, REVIEW, CONTACTS])
def test_search_list_closes_on_enter_and_stays_closed_on_first_visits(searchable, view):
    w = searchable
    w.show_view(TIMELINE if view == CONTACTS else CONTACTS)
    search_for(w, "Kaffee")
    QTest.keyClick(w.search_field, Qt.Key.Key_Return)
    assert not w.search.results.isVisible()
    for each in (view, NOTES, TIMELINE, REVIEW, CONTACTS):  # each view, first visit first
        w.show_view(each)
        QApplication.processEvents()
        assert not w.search.results.isVisible(), each


def test_search_list_closes_on_esc_on_enter_with_nothing_and_on_a_view_switch(searchable):
    w = searchable
    search_for(w, "Kaffee")
    QTest.keyClick(w.search_field, Qt.Key.Key_Escape)
    assert not w.search.results.isVisible()
    w.search_field.clear()
    search_for(w, "Zzzxq")
    QTest.keyClick(w.search_field, Qt.Key.Key_Return)  # "Nothing found": Enter closes it
    assert not w.search.results.isVisible()
    w.search_field.clear()
    search_for(w, "Kaffee")
    QTest.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentIndex() == NOTES and not w.search.results.isVisible()


def test_search_list_closes_on_a_click_outside_and_when_the_focus_leaves(searchable):
    w = searchable
    search_for(w, "Kaffee")
    # A click on something that takes no focus (the status bar) closes it too.
    QTest.mouseClick(w.statusBar(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not w.search.results.isVisible()
    QTest.mouseClick(w.search_field, Qt.MouseButton.LeftButton)  # back in: results again
    assert w.search.results.isVisible()
    # A click inside the list is not outside: it opens the hit.
    results = w.search.results
    rect = results.visualRect(w.search.model.first_hit())
    QTest.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not results.isVisible() and w.tabs.currentIndex() in (CONTACTS, NOTES)
    w.search_field.clear()
    search_for(w, "Kaffee")
    w.contacts.table.setFocus()  # Tab, or anything else taking the focus
    assert not w.search.results.isVisible()


# -- a new journal's first note -------------------------------------------------------


def test_first_note_of_a_new_journal_is_in_the_notes_view(make_window, qtbot):
    w = make_window()
    assert w.stack.currentWidget() is w.welcome

    def fill(editor):
        type_text(editor.given_name, "Anna")
        type_text(editor.family_name, "Berg")
        QTest.keyClick(editor.family_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_modal(fill, lambda widget: isinstance(widget, ContactEditor))
    w.welcome.buttons["contact"].click()
    assert contact_count(w.journal) == 1
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=30_000)
    QTest.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = w.quick_note_dialog()
    assert dialog.isVisible()
    (anna,) = find_people_by_name(w.journal, "Anna Berg")
    dialog.who.set_ids([anna.id])
    type_text(dialog.body, "Erster Kaffee")
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=30_000)
    QTest.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentIndex() == NOTES
    QApplication.processEvents()
    model = w.notes.model
    assert model.rowCount() == 1 and model.note_at(0).id == saved.args[0]
    assert w.notes.list.isVisible()


def test_panes_built_late_show_what_changed_before(make_window):
    w = make_window()
    anna = create_contact(w.journal, person("Anna", "Berg")).value.id
    w.show_view(CONTACTS)  # builds only the contacts (it used to build every pane)
    assert w._notes is None and w._timeline is None and w._review is None
    note = create_interaction(w.journal, InteractionRecord(
        dt.datetime(2025, 5, 1, 9), participants=[anna], body="früher"))  # fmt: skip
    w.show_view(TIMELINE)
    assert w.timeline.model.row_of_note(note.value.id) is not None
    w.show_view(REVIEW)
    assert w.review.year.findData(2025) >= 0


def test_esc_in_the_settings_asks_when_something_changed(make_window, where):
    from netzjournal.ui.preferences import saved_language
    from netzjournal.ui.settings_dialog import SettingsDialog

    w = make_window()
    dialog = SettingsDialog(where, w.journal, w)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    asked = when_modal(answer(DISCARD), is_unsaved_question)
    QTest.keyClick(dialog.language, Qt.Key.Key_Escape)
    assert asked and not dialog.isVisible() and saved_language(where) is None
    dialog = SettingsDialog(where, w.journal, w)
    dialog.show()
    dialog.user_name.setText("Ulla Beispiel")
    asked = when_modal(answer(SAVE), is_unsaved_question)
    QTest.keyClick(dialog.user_name, Qt.Key.Key_Escape)
    assert asked and get_setting(w.journal, "user.name", "") == "Ulla Beispiel"
    dialog = SettingsDialog(where, w.journal, w)
    dialog.show()
    QTest.keyClick(dialog.user_name, Qt.Key.Key_Escape)  # nothing changed: closes at once
    assert not dialog.isVisible()


def test_a_tab_clicked_puts_the_focus_into_its_view(searchable, qtbot):
    w = searchable
    w.show_view(CONTACTS)
    assert w.contacts.table.hasFocus()
    for view, widget in ((NOTES, lambda: w.notes.list), (TIMELINE, lambda: w.timeline.view),
                         (CONTACTS, lambda: w.contacts.table)):  # fmt: skip
        bar = w.tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(view).center())
        assert w.tabs.currentIndex() == view
        assert widget().hasFocus(), view
        assert not w.search_field.hasFocus()


def test_a_cancelled_first_contact_leaves_the_welcome_page(make_window):
    w = make_window()
    when_modal(lambda editor: editor.reject(), lambda widget: isinstance(widget, ContactEditor))
    w.actions_.new_contact.trigger()
    assert w.stack.currentWidget() is w.welcome


def test_restoring_a_backup_settles_the_note_being_edited(two_notes, where):
    w, _first, _second = two_notes
    backup = create_backup(w.journal, where.backups, reason="manual")
    edit_title(w, "vor der Wiederherstellung")
    asked = when_modal(answer(CANCEL), is_unsaved_question)
    w.restore_backup(backup)
    assert asked and w.notes.editor.title.text() == "vor der Wiederherstellung"
    assert any(b.reason == "manual" for b in list_backups(where.backups))
    assert not any(b.reason == "pre-restore" for b in list_backups(where.backups))


def test_the_open_follow_ups_filter_asks_too(two_notes):
    w, first, _second = two_notes
    edit_title(w, "gefiltert")
    asked = when_modal(answer(CANCEL), is_unsaved_question)
    w.notes.open_only.click()
    assert asked and not w.notes.open_only.isChecked()
    assert w.notes.editor.title.text() == "gefiltert"
    when_modal(answer(SAVE), is_unsaved_question)
    w.notes.open_only.click()
    assert w.notes.open_only.isChecked() and title_of(w, first) == "gefiltert"
