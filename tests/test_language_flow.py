"""Issue 16, language and flow: dates with full years, channel labels in words,
the channel list editor, Tab order, focus, namesakes apart, the shortcut
overview, the demo's temporary folder."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import person
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenuBar
from uihelpers import type_text

from netzjournal import localized
from netzjournal.drafts import DraftStore
from netzjournal.interchange.person_markdown import markdown_person
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.interactions import add_follow_up, create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.listings import NoteFilter, interaction_page
from netzjournal.store.records import Birthday, Channel, FollowUpRecord, InteractionRecord

NOW = dt.datetime(2026, 3, 14, 10, 30)


@pytest.fixture
def german_locale(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def test_dates_have_four_digit_years_in_both_languages(german_locale):
    from netzjournal.ui import texts

    assert texts.format_date(dt.date(1956, 4, 22)) == "22.04.1956"
    assert texts.format_datetime(dt.datetime(2026, 3, 2, 9, 5)) == "02.03.2026 09:05"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert texts.format_date(dt.date(1956, 4, 22)) == "22/04/1956"
    assert localized.format_date(dt.date(1956, 4, 22), "de") == "22.04.1956"
    assert localized.format_date(dt.date(1956, 4, 22), "en") == "22/04/1956"
    assert localized.format_decimal(0.8249, "de") == "0,82"


def test_a_span_within_a_year_and_a_birthday_leave_out_the_same_year(german_locale):
    """One pattern for a day without its year: a birthday's, and a span's first day."""
    from netzjournal.ui import texts
    from netzjournal.ui.events_tab.words import span

    assert texts.format_day_month(13, 5, None) == "13.05."
    assert span(dt.date(2026, 5, 13), dt.date(2026, 5, 15)) == "13.05. – 15.05.2026"
    assert span(dt.date(2026, 12, 30), dt.date(2027, 1, 2)) == "30.12.2026 – 02.01.2027"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert texts.format_day_month(13, 5, None) == "13/05"
    assert span(dt.date(2026, 5, 13), dt.date(2026, 5, 15)) == "13/05 – 15/05/2026"


def test_channel_labels_are_words_and_own_labels_stay():
    assert localized.channel_label("cell,pref", "de") == "Mobil, bevorzugt"
    assert localized.channel_label("work", "de") == "Arbeit"
    assert localized.channel_label("home", "en") == "home"
    assert localized.channel_label("Büro", "de") == "Büro"  # the person's own word
    assert localized.channel_label("", "de") == ""


def test_everything_stored_reads_in_german(journal):
    c = create_contact(journal, person(
        "Jürgen", "Weiß", birthday=Birthday(4, 22, 1956), source="barcamp",
        hierarchy="head", address_form="du", cadence_days=30, role="Redakteurin",
        channels=[Channel("phone", "+49 170 5550123", "cell")],
    )).value  # fmt: skip
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 1, 2, 10, 15), participants=[c.id], kind="coffee",
        direction="inbound", hooks="Jazz", duration_minutes=45))  # fmt: skip
    add_follow_up(journal, FollowUpRecord("Buch schicken", c.id,
                                                      due_on=dt.date(2026, 2, 1)))  # fmt: skip
    md = markdown_person(journal, c.id, "de")
    for expected in ("**Geburtstag:** 22.04.1956", "**Ansprache:** du", "**Nähe:** 3 von 5",
                     "**Hierarchieebene:** Abteilungsleitung",
                     "**In Kontakt bleiben:** alle 30 Tage",
                     "**Telefon (Mobil):** +49 170 5550123", "### 02.01.2026 10:15 · Kaffee",
                     "Die Person hat sich gemeldet", "Dauer: 45 Min.",
                     "Private Notizen: Jazz", "Buch schicken (fällig 01.02.2026)"):  # fmt: skip
        assert expected in md, (expected, md)
    for raw in ("coffee", "inbound", "cell", "head", "1956-04-22", "2026-01-02"):
        assert raw not in md
    # The same word as the detail pane's "Verlauf (1)" for the same list.
    assert "## Verlauf (1)" in md and "Begegnungen" not in md
    # The editors' words: "Funktion" (contacts table and editor), "Private Notizen" (notes).
    assert "**Funktion:** Redakteurin" in md
    assert "Rolle" not in md and "Bemerkungen" not in md
    assert "## History (1)" in markdown_person(journal, c.id, "en")
    # A history entry's line reads as labels with values, never a lower-case fragment
    # ("together · Place: …").
    for language in ("de", "en"):
        lines = [x for x in markdown_person(journal, c.id, language).splitlines()
                 if x.startswith("*") and not x.startswith("**")]  # fmt: skip
        assert lines and all(x[1].isupper() for x in lines), lines
    assert "*Richtung: Die Person hat sich gemeldet · Dauer: 45 Min.*" in md


def test_channels_are_edited_as_a_list(journal, qtbot):
    from netzjournal.ui.contacts.editor import ContactEditor

    c = create_contact(journal, person("Ana", "Ö", channels=[
        Channel("email", "ana@example.org", "work"),
        Channel("phone", "+49 30 1234", "Büro"),
    ])).value  # fmt: skip
    editor = ContactEditor(journal, get_contact(journal, c.id))
    qtbot.addWidget(editor)
    emails, phones = editor.emails, editor.phones
    assert [r.value.text() for r in emails.rows] == ["ana@example.org"]
    assert phones.rows[0].type.currentText() == "Büro"  # an own label stays as written
    assert editor.urls.rows and not editor.urls.rows[0].value.text()  # one empty row to type in
    # Add a row, choose "home", type; remove the work address with its ✕.
    qtbot.mouseClick(emails.add_button, Qt.MouseButton.LeftButton)
    row = emails.rows[-1]
    row.type.setCurrentIndex(row.type.findData("home"))
    qtbot.keyClicks(row.value, "ana@zuhause.de")
    qtbot.mouseClick(emails.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert editor.has_unsaved_changes()
    record = editor.record()
    assert record is not None
    assert [(ch.kind, ch.value, ch.label) for ch in record.channels] == [
        ("email", "ana@zuhause.de", "home"), ("phone", "+49 30 1234", "Büro"),
    ]  # fmt: skip
    # The last row removed leaves an empty one; a typed label of one's own is kept.
    qtbot.mouseClick(phones.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert len(phones.rows) == 1 and not phones.rows[0].value.text()
    qtbot.keyClicks(phones.rows[0].value, "0171 22")
    phones.rows[0].type.setEditText("Zweithandy")
    record = editor.record()
    assert ("phone", "0171 22", "Zweithandy") in [(c.kind, c.value, c.label)
                                                   for c in record.channels]  # fmt: skip
    editor.discard()
    editor.done(0)


def test_contact_dialog_starts_in_the_first_name(journal, qtbot):
    from netzjournal.ui.contacts.editor import ContactEditor

    editor = ContactEditor(journal, None, new=True)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.given_name)
    QTest.keyClicks(QApplication.focusWidget(), "Ana")
    assert editor.given_name.text() == "Ana" and editor.title_prefix.text() == ""
    editor.given_name.clear()  # nothing changed: closing asks nothing


def test_quick_note_tab_goes_from_who_to_what_was_said(journal, tmp_path, qtbot):
    from netzjournal.ui.quick_note import QuickNoteDialog

    dialog = QuickNoteDialog(journal, DraftStore(tmp_path / "drafts"), now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.reset()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.who.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.who.edit)
    QTest.keyClick(dialog.who.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.body
    # The date is one Tab stop, not one per day/month/year/hour/minute.
    dialog.when.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.when and not dialog.when.isAncestorOf(
        QApplication.focusWidget()
    )
    dialog.reset()  # emptied: closing asks nothing
    dialog.drafts.clear()


def test_a_separator_typed_after_a_name_is_not_kept(journal, tmp_path, qtbot):
    from netzjournal.ui.quick_note import QuickNoteDialog

    dialog = QuickNoteDialog(journal, DraftStore(tmp_path / "drafts"), now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.reset()
    type_text(dialog.who.edit, "Neue Person, ")
    QTest.keyClick(dialog.who.edit, Qt.Key.Key_Return)
    type_text(dialog.who.edit, ";Zweite Person;")
    QTest.keyClick(dialog.who.edit, Qt.Key.Key_Return)
    assert [t.name for t in dialog.who.tokens()] == ["Neue Person", "Zweite Person"]
    assert dialog.who.edit.text() == "" and dialog.who.text() == "Neue Person; Zweite Person"
    dialog.reset()  # emptied: closing asks nothing
    dialog.drafts.clear()


def test_empty_note_editor_shows_no_date(journal, qtbot):
    from netzjournal.ui.notes.editor import NoteEditor

    editor = NoteEditor(journal)
    qtbot.addWidget(editor)
    assert editor.when.text().strip() == ""  # as built, before any note
    editor.show_note(None)
    assert editor.when.text().strip() == ""  # not "01.01.00 00:00"
    c = create_contact(journal, person("Ana", "Ö")).value
    note = create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime(1999, 12, 31, 23, 0), participants=[c.id])).value  # fmt: skip
    editor.show_note(note.id)
    assert "1999" in editor.when.text()


def test_notes_list_tells_namesakes_apart(journal):
    a = create_contact(journal, person("Anna", "Schmidt", organisation="Stadtwerke")).value
    b = create_contact(journal, person("Anna", "Schmidt", organisation="Hafenamt")).value
    solo = create_contact(journal, person("Jürgen", "Weiß", organisation="Nordlicht")).value
    create_interaction(journal, InteractionRecord(
        occurred_at=NOW, participants=[a.id, solo.id]))  # fmt: skip
    create_interaction(journal, InteractionRecord(
        occurred_at=NOW - dt.timedelta(days=1), participants=[b.id]))  # fmt: skip
    entries = interaction_page(journal, NoteFilter(), None, 10)
    assert [e.people for e in entries] == [
        "Anna Schmidt · Stadtwerke; Jürgen Weiß", "Anna Schmidt · Hafenamt",
    ]  # fmt: skip


def test_shortcut_overview_lists_every_menu_shortcut_in_german(
    qapp, qtbot, qtmodeltester, german_locale
):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from netzjournal.ui.i18n import install_translators
    from netzjournal.ui.shortcuts_dialog import ShortcutsDialog

    installed = install_translators(qapp, "de")
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        bar: QMenuBar = window.menuBar()
        menu = bar.addMenu("&Datei")
        quick = QAction("&Schnellnotiz …", window)
        quick.setShortcut(QKeySequence("Ctrl+N"))
        menu.addAction(quick)
        menu.addAction(QAction("Ohne Kürzel", window))
        dialog = ShortcutsDialog(bar, window)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.model)
        head = dialog.model.item(0, 0)
        assert head.text() == "Datei" and head.rowCount() == 1  # no row without a key
        assert (head.child(0, 0).text(), head.child(0, 1).text()) == ("Schnellnotiz", "Strg+N")
        sections = [dialog.model.item(r, 0).text() for r in range(dialog.model.rowCount())]
        assert "Personen auswählen" in sections  # the editors' own keys, in German
        assert dialog.windowTitle() == "Tastenkürzel"
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_the_main_window_offers_its_shortcut_overview(qtbot, tmp_path):
    from netzjournal import paths
    from netzjournal.ui.main_window import MainWindow

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    window = MainWindow(journal, where)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=30_000):
        window.show()
    from netzjournal.ui.shortcuts_dialog import ShortcutsModel

    model = ShortcutsModel(window.menuBar())
    heads = [model.item(r, 0) for r in range(model.rowCount())]
    listed = {head.child(i, 0).text() for head in heads for i in range(head.rowCount())}
    with_keys = {a.text().replace("&", "").rstrip("…").strip() for a in window.actions_.all()
                 if a.shortcuts()}  # fmt: skip
    assert with_keys <= listed and "Quick note" in listed
    journal.close()


def test_the_shortcut_overview_lists_undo_and_redo_without_the_step(qtbot, tmp_path):
    # Walk-through: after a new event and Ctrl+Z the overview (F1) listed
    # "Redo New event “Digital-Frühstück”" as the name of the Ctrl+Shift+Z row.
    from PySide6.QtGui import QUndoCommand

    from netzjournal import paths
    from netzjournal.ui.main_window import MainWindow
    from netzjournal.ui.shortcuts_dialog import ShortcutsModel

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    window = MainWindow(journal, where)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=30_000):
        window.show()
    window.undo_stack.push(QUndoCommand("New event “Digital-Frühstück”"))
    window.undo_stack.push(QUndoCommand("Edit Anna"))
    window.undo_stack.undo()  # something to undo and something to redo
    model = ShortcutsModel(window.menuBar())
    heads = [model.item(r, 0) for r in range(model.rowCount())]
    listed = {head.child(i, 0).text() for head in heads for i in range(head.rowCount())}
    assert {"Undo", "Redo"} <= listed
    assert not [t for t in listed if "Anna" in t or "Digital" in t]
    journal.close()


def test_only_a_temporary_demo_folder_is_removed(tmp_path):
    from netzjournal.demo.folder import MARKER, PREFIX, remove_temporary_demo
    from netzjournal.ui.demo_launcher import create_demo_folder

    demo = create_demo_folder()
    assert demo.parent == Path(tempfile.gettempdir()).resolve() or demo.name.startswith(PREFIX)
    assert remove_temporary_demo(demo) and not demo.exists()
    # A folder of the user's, even marked, or unmarked in the temporary directory: kept.
    mine = tmp_path / f"{PREFIX}mine"
    mine.mkdir()
    (mine / MARKER).write_text("")
    unmarked = Path(tempfile.mkdtemp(prefix=PREFIX))
    try:
        assert not remove_temporary_demo(mine) and mine.exists()
        assert not remove_temporary_demo(unmarked) and unmarked.exists()
    finally:
        unmarked.rmdir()


def test_a_start_up_error_speaks_german_and_keeps_the_english_detail_aside(qapp):
    from PySide6.QtWidgets import QTextEdit

    from netzjournal.ui.i18n import install_translators
    from netzjournal.ui.startup_dialogs import error_box

    installed = install_translators(qapp, "de")
    try:
        box = error_box("Das Journal kann nicht geöffnet werden", "file is not a database")
        shown = box.text() + box.informativeText()
        assert "Es wurde nichts verändert" in shown and "database" not in shown
        details = box.findChild(QTextEdit)
        assert details is not None and not details.isVisibleTo(box)
        assert box.detailedText() == "file is not a database"
    finally:
        for t in installed:
            qapp.removeTranslator(t)


@pytest.mark.parametrize(
    ("language", "met", "birthday", "no_year", "typed", "hint"),
    [
        ("en", "28/04/2026", "22/03/1980", "29/02", "3/5/2026", "DD/MM/YYYY"),
        ("de", "28.04.2026", "22.03.1980", "29.02.", "3.5.2026", "TT.MM.JJJJ"),
    ],
)
def test_the_contact_editor_writes_dates_as_the_language_does(
    journal, qtbot, qapp, language, met, birthday, no_year, typed, hint
):
    """English "Met on" kept DD.MM.YYYY (and the birthday "22.03.1980") where every other
    English date reads DD/MM/YYYY: one date format per language, typed as it is shown."""
    import datetime as dt

    from netzjournal.store.contacts import create_contact, get_contact
    from netzjournal.store.records import Birthday, ContactRecord
    from netzjournal.ui.contacts.editor import ContactEditor
    from netzjournal.ui.i18n import install_translators

    installed = install_translators(qapp, language)
    try:
        record = ContactRecord(given_name="Ada", family_name="Lovelace")
        record.met_on = dt.date(2026, 4, 28)
        record.birthday = Birthday(3, 22, 1980)
        cid = create_contact(journal, record).value.id
        editor = ContactEditor(journal, get_contact(journal, cid))
        qtbot.addWidget(editor)
        assert editor.met_on.text() == met and editor.birthday.text() == birthday
        assert editor.met_on.placeholderText() == hint
        editor.met_on.setText(typed)
        editor.birthday.setText(no_year)
        saved = editor.record()
        assert saved is not None
        assert saved.met_on == dt.date(2026, 5, 3) and saved.birthday == Birthday(2, 29)
        editor.met_on.setText("28/04/26")  # a two-digit year reads as another century
        assert editor.record() is None
        assert hint in editor.error.text()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_the_shortcut_overview_names_the_enter_key_as_the_hints_do(qapp):
    """The overview listed "Ctrl+Return" / "Strg+Return" where the quick note and the
    debrief say "Ctrl+Enter saves" / "Strg+Eingabe speichert": one name for one key."""
    from netzjournal.ui.i18n import install_translators
    from netzjournal.ui.shortcuts_dialog import editor_keys

    def keys() -> set[str]:
        return {key for _, rows in editor_keys() for _, key in rows}

    assert "Ctrl+Enter" in keys() and "Enter" in keys()
    assert not [k for k in keys() if "Return" in k]
    installed = install_translators(qapp, "de")
    try:
        assert "Strg+Eingabe" in keys() and "Eingabe" in keys()
        assert not [k for k in keys() if "Return" in k]
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_messengers_are_shown_and_edited_with_their_service(journal, qtbot, language):
    """A contact's Skype, XMPP or Signal had no place: the editor lists them as the
    other channels (the service as their type) and the contact's page shows them."""
    from netzjournal.ui.contacts.detail import ContactDetail
    from netzjournal.ui.contacts.editor import ContactEditor

    c = create_contact(journal, person("Ana", "Ö", channels=[
        Channel("messenger", "ana.oe", "skype"), Channel("messenger", "ana@chat.example", "Wire"),
    ])).value  # fmt: skip
    editor = ContactEditor(journal, get_contact(journal, c.id))
    qtbot.addWidget(editor)
    rows = editor.messengers.rows
    assert [(r.type.currentText(), r.value.text()) for r in rows] == [
        ("Skype", "ana.oe"),
        ("Wire", "ana@chat.example"),
    ]
    qtbot.mouseClick(editor.messengers.add_button, Qt.MouseButton.LeftButton)
    row = editor.messengers.rows[-1]
    row.type.setCurrentIndex(row.type.findData("signal"))
    qtbot.keyClicks(row.value, "+49 170 5550123")
    record = editor.record()
    assert record is not None
    assert [(ch.kind, ch.value, ch.label) for ch in record.channels] == [
        ("messenger", "ana.oe", "skype"), ("messenger", "ana@chat.example", "Wire"),
        ("messenger", "+49 170 5550123", "signal"),
    ]  # fmt: skip
    editor.discard()
    editor.done(0)
    page = ContactDetail(journal, lambda: dt.date(2026, 6, 15))
    qtbot.addWidget(page)
    page.show_contact(c.id)
    shown = page.toPlainText()
    assert "Messenger (Skype)" in shown and "ana.oe" in shown


def test_a_birthday_without_a_year_on_the_person_page_reads_as_the_locale_writes_it(
    journal, qtbot, language
):
    """The page said "2.7." in English too (and not "02.07." as the editor's German):
    it wrote the day and month by hand instead of the one pattern for a day without
    its year (the keyboard walk on L)."""
    from netzjournal.store.contacts import create_contact, get_contact
    from netzjournal.store.records import Birthday, ContactRecord
    from netzjournal.ui.contacts.detail import ContactDetail

    c = create_contact(
        journal, ContactRecord(given_name="Bärbel", family_name="Bäcker", birthday=Birthday(7, 2))
    ).value
    detail = ContactDetail(journal, lambda: dt.date(2026, 11, 30))
    qtbot.addWidget(detail)
    html = detail.contact_html(get_contact(journal, c.id))
    assert {"de": "02.07.", "en": "02/07"}[language] in html
