"""Middle names, suffix and nickname in the window: the contact editor shows and
edits them (in the name's reading order, aligned, saved in one step, undone with
Ctrl+Z, asked about before they go), the detail pane shows them."""

from __future__ import annotations

import pytest
from conftest import person
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from uihelpers import TODAY, answer, shown, type_text, when_modal

from netzjournal.commands.contacts import ArchiveContacts, DeleteContacts
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.journal import Journal
from netzjournal.ui.contacts.editor import ContactEditor
from netzjournal.ui.texts import outcome_text


@pytest.fixture
def window(make_window):
    w = make_window()
    w.activateWindow()
    return w


def _ada(journal: Journal) -> int:
    return create_contact(journal, person(
        "Ada", "King", title_prefix="Dr.", additional_names="Augusta", honorific_suffix="MBA",
        nickname="Enchantress", city="London")).value.id  # fmt: skip


def test_the_editor_shows_edits_and_saves_them_and_ctrl_z_undoes(window, qtbot):
    w = window
    ada = _ada(w.journal)
    w.contacts.select(ada)
    seen: dict[str, object] = {}

    def edit(editor: QWidget) -> None:
        assert isinstance(editor, ContactEditor)
        seen["loaded"] = (editor.additional_names.text(), editor.honorific_suffix.text(),
                          editor.nickname.text())  # fmt: skip
        assert editor.focusWidget() is editor.given_name  # typing starts with the name
        # Tab goes through the name in reading order: given, middle, family, suffix, …
        order = []
        for _ in range(6):
            QTest.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
            order.append(editor.focusWidget().objectName())
        seen["order"] = order
        editor.additional_names.clear()
        type_text(editor.additional_names, "Augusta, Béatrice")
        editor.honorific_suffix.clear()
        type_text(editor.honorific_suffix, "Countess")
        editor.nickname.clear()
        type_text(editor.nickname, "Zahlenzauberin")
        QTest.keyClick(editor.nickname, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert when_modal(edit, lambda widget: isinstance(widget, ContactEditor)) is not None
    w.contacts.edit_selected()
    assert seen["loaded"] == ("Augusta", "MBA", "Enchantress")
    assert seen["order"] == ["additionalNames", "familyName", "honorificSuffix", "displayName",
                             "nickname", "organisation"]  # fmt: skip
    saved = get_contact(w.journal, ada)
    assert (saved.additional_names, saved.honorific_suffix, saved.nickname) == (
        "Augusta, Béatrice", "Countess", "Zahlenzauberin")  # fmt: skip
    assert (saved.given_name, saved.city) == ("Ada", "London")  # the rest as it was
    qtbot.waitUntil(lambda: "Zahlenzauberin" in w.contacts.detail.toHtml())  # the pane follows
    html = w.contacts.detail.toHtml()
    assert "Dr. Ada Augusta Béatrice King Countess" in html and "“Zahlenzauberin”" in html
    w.undo_stack.undo()  # one step puts all three back
    back = get_contact(w.journal, ada)
    assert (back.additional_names, back.honorific_suffix, back.nickname) == (
        "Augusta", "MBA", "Enchantress")  # fmt: skip


@pytest.mark.parametrize("field", ["additional_names", "honorific_suffix", "nickname"])
def test_a_change_to_them_is_asked_about_before_it_goes(window, field):
    ada = _ada(window.journal)
    editor = ContactEditor(window.journal, get_contact(window.journal, ada), parent=window)
    editor.show()
    try:
        assert not editor.has_unsaved_changes()
        type_text(getattr(editor, field), "x")
        assert editor.has_unsaved_changes()
        asked = when_modal(answer(QMessageBox.StandardButton.Cancel),
                           lambda w: w.objectName() == "unsavedQuestion")  # fmt: skip
        QTest.keyClick(getattr(editor, field), Qt.Key.Key_Escape)
        assert asked and editor.isVisible()
    finally:
        editor.done(ContactEditor.DialogCode.Rejected)


def test_the_second_name_column_lines_up(window):
    editor = ContactEditor(window.journal, get_contact(window.journal, _ada(window.journal)),
                           parent=window)  # fmt: skip
    editor.resize(1000, 600)
    editor.show()
    try:
        seconds = (editor.title_prefix, editor.additional_names, editor.honorific_suffix,
                   editor.nickname)  # fmt: skip
        lefts = {f.mapTo(editor, QPoint(0, 0)).x() for f in seconds}
        rights = {f.mapTo(editor, QPoint(f.width(), 0)).x() for f in seconds}
        assert len(lefts) == 1 and len(rights) == 1, (lefts, rights)
        firsts = (editor.given_name, editor.family_name, editor.display_name)
        assert len({f.mapTo(editor, QPoint(0, 0)).x() for f in firsts}) == 1
        assert editor.given_name.width() > 150 and editor.additional_names.width() > 150
        # The dialog still opens within a 1024 × 700 screen.
        hint = editor.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, hint
    finally:
        editor.done(ContactEditor.DialogCode.Rejected)


def test_the_detail_pane_shows_the_whole_name_and_the_nickname(window):
    w = window
    ada = _ada(w.journal)
    w.contacts.select(ada)
    html = w.contacts.detail.toHtml()
    assert "Dr. Ada Augusta King MBA" in html and "“Enchantress”" in html
    c = get_contact(w.journal, ada)
    c.display_name = "Lady Lovelace"
    c.nickname = ""
    w.contacts.detail.show_contact(ada)
    html = w.contacts.detail.contact_html(c)
    assert "Lady Lovelace" in html and "Full name" in html and "Dr. Ada Augusta King MBA" in html
    assert "“" not in html


def test_in_german_the_labels_and_the_quotes_are_german(german, window):
    from PySide6.QtWidgets import QLabel

    from netzjournal.ui.contacts.detail import ContactDetail

    ada = _ada(window.journal)
    editor = ContactEditor(window.journal, get_contact(window.journal, ada), parent=window)
    try:
        labels = [label for label in editor.findChildren(QLabel) if label.buddy() is not None]
        buddies = {label.buddy(): shown(label.text()) for label in labels}
        assert buddies[editor.additional_names] == "Weitere Vornamen"
        assert buddies[editor.honorific_suffix] == "Namenszusatz"
        assert buddies[editor.nickname] == "Spitzname"
    finally:
        editor.deleteLater()
    detail = ContactDetail(window.journal, lambda: TODAY)
    c = get_contact(window.journal, ada)
    html = detail.contact_html(c)
    assert "„Enchantress“" in html
    c.display_name = "Lady Lovelace"
    assert "Vollständiger Name" in detail.contact_html(c)
    detail.deleteLater()


def test_an_unknown_csv_maps_its_columns_to_them(window, qtbot, tmp_path):
    from netzjournal.store.contact_list import contact_rows
    from netzjournal.ui.interchange.wizard import ImportWizard

    odd = tmp_path / "crm.csv"
    odd.write_text("Vor;Zweitname;Nach;Zusatz;Rufname\nAda;Augusta;King;MBA;Ada L.\n",
                   encoding="utf-8")  # fmt: skip
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([odd])
    wizard.build_plan()
    combos = wizard.mapping_combos
    for field, header in (("given", "Vor"), ("middle", "Zweitname"), ("family", "Nach"),
                          ("suffix", "Zusatz"), ("nickname", "Rufname")):  # fmt: skip
        combos[field].setCurrentIndex(combos[field].findData(header))
    wizard.build_plan()
    assert wizard.pages.currentIndex() == 1
    wizard.run_import()
    (row,) = contact_rows(window.journal)
    ada = get_contact(window.journal, row.id)
    assert (ada.given_name, ada.additional_names, ada.family_name, ada.honorific_suffix,
            ada.nickname) == ("Ada", "Augusta", "King", "MBA", "Ada L.")  # fmt: skip


def test_archiving_or_deleting_one_person_names_them_apart_from_namesakes(journal, language):
    """The undo step said "Archive contacts (1)": which of eight Anna Müllers? One
    person is named as the pickers name them; several are still counted."""
    a = create_contact(journal, person("Anna", "Müller", organisation="Isar Health")).value
    b = create_contact(journal, person("Anna", "Müller", organisation="Elbtal Energie")).value
    archive = ArchiveContacts(journal, [a.id])
    archive.do()
    restore = ArchiveContacts(journal, [a.id])
    restore.do()
    delete = DeleteContacts(journal, [b.id])
    delete.do()
    said = [outcome_text(c.outcome) for c in (archive, restore, delete) if c.outcome]
    assert said == {
        "en": ["Archive Anna Müller · Isar Health", "Restore Anna Müller · Isar Health",
               "Delete Anna Müller · Elbtal Energie"],
        "de": ["Anna Müller · Isar Health archivieren", "Anna Müller · Isar Health zurückholen",
               "Anna Müller · Elbtal Energie löschen"],
    }[language]  # fmt: skip
    c = create_contact(journal, person("Jonas", "Brandt")).value
    both = ArchiveContacts(journal, [a.id, c.id])
    both.do()
    assert both.outcome is not None and outcome_text(both.outcome) == {
        "en": "Archive contacts (2)", "de": "Kontakte archivieren (2)"
    }[language]  # fmt: skip


def test_a_counted_undo_step_groups_its_thousands(language):
    """An import of a 5,000-card file was "Import contacts (5000)" beside a status bar
    that says "Contacts: 4,883"."""
    from netzjournal.commands.base import Outcome

    assert outcome_text(Outcome("import", count=5000)) == {
        "en": "Import contacts (5,000)", "de": "Kontakte importieren (5.000)"
    }[language]  # fmt: skip


def test_a_note_without_a_title_is_named_by_its_day_as_dates_are_written_here(journal, language):
    """Editing or deleting a note without a title said "Done: Edit note “2026-12-01”"
    beside dates written 01/12/2026 (or 01.12.2026) everywhere else."""
    import datetime as dt

    from conftest import note

    from netzjournal.commands.notes import DeleteNotes, EditNote
    from netzjournal.store.interactions import create_interaction, get_interaction

    ada = _ada(journal)
    when = dt.datetime(2026, 10, 14, 9, 0)
    untitled = create_interaction(journal, note(when, [ada], body="Scope 3")).value.id
    titled = create_interaction(journal, note(when, [ada], title="Climate breakfast")).value.id
    edit = EditNote(journal, get_interaction(journal, untitled), [])
    edit.do()
    delete = DeleteNotes(journal, [untitled])
    delete.do()
    named = DeleteNotes(journal, [titled])
    named.do()
    said = [outcome_text(c.outcome) for c in (edit, delete, named) if c.outcome]
    assert said == {
        "en": ["Edit the note of 14/10/2026", "Delete the note of 14/10/2026",
               "Delete note “Climate breakfast”"],
        "de": ["Notiz vom 14.10.2026 bearbeiten", "Notiz vom 14.10.2026 löschen",
               "Notiz „Climate breakfast“ löschen"],
    }[language]  # fmt: skip
    assert outcome_text(delete.undo()) == said[1]  # (the redo's label)


def test_every_step_a_command_makes_is_worded_not_its_code(language):
    """Adding someone an invitation names as a contact said "Done: create_contact":
    the code of the step, not words. Each code a command can name is worded."""
    import re

    from conftest import REPO

    from netzjournal.commands.base import Outcome

    codes: set[str] = set()
    for source in (REPO / "netzjournal" / "commands").glob("*.py"):
        text = source.read_text(encoding="utf-8")
        codes |= set(re.findall(r'Outcome\(\s*"(\w+)"', text))
        for line in re.findall(r"what = (.+)", text):
            codes |= set(re.findall(r'"(\w+)"', line))
    assert {"create_contact", "edit_note", "archive", "create_event"} <= codes
    said = {code: outcome_text(Outcome(code, "Ada King", "Grace Hopper", count=1))
            for code in sorted(codes)}  # fmt: skip
    unworded = [code for code, text in said.items() if text == code]
    assert unworded == []


def test_my_answer_to_an_evening_is_named_as_the_page_names_it_and_which_evening(journal, language):
    """The page says "My answer: I was there"; its undo step said "My status at
    Vertriebler-Stammtisch München" — another word, and which evening of the series?"""
    import datetime as dt

    from netzjournal.commands.events import SetMyStatus
    from netzjournal.store.events import create_event, occurrences
    from netzjournal.store.records import EventRecord

    create_event(journal, EventRecord("Stammtisch Süd", dt.date(2026, 9, 8),
                                      rrule="FREQ=MONTHLY;BYDAY=2TU"))  # fmt: skip
    (evening,) = occurrences(journal, dt.date(2026, 11, 10), dt.date(2026, 11, 10))
    command = SetMyStatus(journal, evening, "attended")
    command.do()
    assert command.outcome is not None and outcome_text(command.outcome) == {
        "en": "My answer for “Stammtisch Süd” on 10/11/2026",
        "de": "Meine Antwort für „Stammtisch Süd“ am 10.11.2026",
    }[language]  # fmt: skip
