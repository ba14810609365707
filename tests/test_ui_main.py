"""The main window driven through real widgets, offscreen."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from conftest import REPO, person
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QToolButton,
    QWidget,
)
from uihelpers import TODAY, answer, shown, type_text, when_modal

from netzjournal import paths
from netzjournal.demo.generator import DemoSpec, generate_into
from netzjournal.store.backups import list_backups
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import contact_count, create_contact, get_contact
from netzjournal.store.errors import NotFound
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import (
    add_follow_up,
    create_interaction,
    follow_ups_of_note,
    get_interaction,
    interaction_count,
    interactions_of,
)
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, ContactRecord, FollowUpRecord, InteractionRecord
from netzjournal.ui.contacts.editor import ContactEditor
from netzjournal.ui.main_window import CONTACTS, EVENTS, NOTES, TIMELINE, MainWindow
from netzjournal.ui.timeline.model import ENTRY_ROLE, KIND_ROLE


def test_stable_object_names(demo_window, qtbot):
    w = demo_window
    for view in (NOTES, TIMELINE, CONTACTS):  # the panes are built when first shown
        w.show_view(view)
    # The coach pane is built after the contacts' first paint.
    qtbot.waitUntil(lambda: w.findChild(QWidget, "coachPane") is not None, timeout=30_000)
    for name in ("contactsView", "notesView", "timelineView", "coachPane", "searchField"):
        widget = w.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    w.open_quick_note()
    dialog = w.quick_note_dialog()
    assert dialog.objectName() == "quickNoteDialog" and dialog.accessibleName()
    dialog.reject()


def test_new_journal_shows_the_welcome_page(make_window):
    w = make_window()
    assert w.stack.currentWidget() is w.welcome
    assert w.welcome.buttons["import"].isEnabled()
    assert w.welcome.buttons["contact"].isEnabled() and w.welcome.buttons["demo"].isEnabled()


def test_a_journal_of_events_only_shows_its_events_not_the_welcome_page(make_window, qtbot):
    """Invitations imported before any contact (the Events view's import, or
    `netzjournal import x.ics`): the import and every start after it showed
    "Your journal is empty" over them."""
    w = make_window()
    assert w.stack.currentWidget() is w.welcome
    w.show_view(EVENTS)
    when_modal(answer(QMessageBox.StandardButton.Ok))
    w.events_pane.import_file(
        str(REPO / "tests" / "data" / "events" / "invitations" / "fair-and-barcamp.WRITTEN.ics")
    )
    assert w.stack.currentWidget() is w.tabs and w.tabs.currentIndex() == EVENTS
    journal = w.journal
    again = make_window(journal)  # the next start
    assert again.stack.currentWidget() is again.tabs


def test_views_switch_with_ctrl_digits(demo_window, qtbot):
    w = demo_window
    w.activateWindow()
    for key, view in ((Qt.Key.Key_2, NOTES), (Qt.Key.Key_3, TIMELINE), (Qt.Key.Key_1, CONTACTS)):
        QTest.keyClick(w, key, Qt.KeyboardModifier.ControlModifier)
        assert w.tabs.currentIndex() == view


def test_create_contact_through_the_editor(make_window, qtbot):
    w = make_window()

    def fill(editor):
        assert isinstance(editor, ContactEditor)
        type_text(editor.given_name, "Jürgen")
        type_text(editor.family_name, "Weiß")
        qtbot.keyClicks(editor.organisation, "Nordlicht Medien")
        qtbot.keyClicks(editor.birthday, "29.02.")
        editor.tabs.setCurrentIndex(1)
        row = editor.emails.rows[0]
        qtbot.keyClicks(row.value, "juergen at example")  # wrong on purpose
        editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        assert editor.isVisible() and "not an e-mail" in editor.error.text()
        assert editor.focusWidget() is row.value  # the wrong address is where the cursor is
        row.value.clear()
        qtbot.keyClicks(row.value, "juergen@example.org")
        row.type.setCurrentIndex(row.type.findData("work"))
        editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    handled = when_modal(fill)
    created = w.contacts.new_contact()
    assert handled and created is not None
    c = get_contact(w.journal, created)
    assert (c.given_name, c.family_name, c.organisation) == ("Jürgen", "Weiß", "Nordlicht Medien")
    assert c.birthday == Birthday(2, 29)
    assert [(ch.label, ch.value) for ch in c.channels] == [("work", "juergen@example.org")]
    assert w.stack.currentWidget() is w.tabs  # the welcome page gave way
    assert w.contacts.selected_ids() == [created]
    assert "Jürgen Weiß" in w.contacts.detail.toPlainText()


def _write_quick_note(w, qtbot):
    w.actions_.quick_note.trigger()
    dialog = w.quick_note_dialog()
    assert dialog.isVisible()
    type_text(dialog.who, "Jörg Müller")
    dialog.when.setDateTime(QDateTime(QDate(2026, 3, 14), QTime(10, 30)))
    type_text(dialog.body, "Kaffee am Markt, über Barcamps geredet ☕🎉")
    type_text(dialog.hooks, "Läuft im Mai Halbmarathon")
    when_modal(answer(QMessageBox.StandardButton.Yes))  # "create contact Jörg Müller?"
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    return saved.args[0]


def test_quick_note_with_umlauts_and_emoji_is_found_everywhere(make_window, qtbot):
    w = make_window()
    note_id = _write_quick_note(w, qtbot)
    note = get_interaction(w.journal, note_id)
    assert note.body == "Kaffee am Markt, über Barcamps geredet ☕🎉"
    assert note.kind == "coffee" and note.occurred_at == dt.datetime(2026, 3, 14, 10, 30)
    (contact_id,) = note.participants
    assert get_contact(w.journal, contact_id).family_name == "Müller"
    # Found by the global search, with German folding and without the emoji.
    for query in ("Kaffee", "Muller", "über Barcamps geredet", "Mueller Kaf"):
        w.search_field.clear()
        type_text(w.search_field, query)
        ids = [
            w.search.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
            for r in range(w.search.model.rowCount())
        ]
        assert note_id in ids or contact_id in ids, query
        assert w.search.results.isVisible()
        # Rows padded as the views' tables (an umlaut's dots touched the row above).
        results = w.search.results
        assert results.sizeHintForRow(0) >= results.fontMetrics().height() + 10
    w.search_field.clear()
    qtbot.keyClicks(w.search_field, "Kaffee")
    QTest.keyClick(w.search_field, Qt.Key.Key_Return)
    assert w.tabs.currentIndex() == NOTES and w.notes.editor.record.id == note_id
    # In the timeline under March 2026.
    w.show_view(TIMELINE)
    model = w.timeline.model
    qtbot.waitUntil(lambda: model.row_of_note(note_id) is not None, timeout=30_000)
    row = model.row_of_note(note_id)
    header = next(
        model.index(r, 0).data()
        for r in range(row, -1, -1)
        if model.index(r, 0).data(KIND_ROLE) == "month"
    )
    assert header.endswith("2026") and ("March" in header or "März" in header)


def test_edit_a_note_and_undo(make_window, qtbot):
    w = make_window()
    note_id = _write_quick_note(w, qtbot)
    w.open_note(note_id)
    editor = w.notes.editor
    editor.title.clear()
    type_text(editor.title, "Kaffee mit Jörg")
    editor.save_button.click()
    assert get_interaction(w.journal, note_id).title == "Kaffee mit Jörg"
    assert w.notes.model.note_at(0).title == "Kaffee mit Jörg"
    w.undo_stack.undo()
    assert get_interaction(w.journal, note_id).title == ""
    w.undo_stack.redo()
    assert get_interaction(w.journal, note_id).title == "Kaffee mit Jörg"


def test_a_note_and_its_follow_ups_are_saved_and_undone_together(make_window, qtbot):
    w = make_window()
    note_id = _write_quick_note(w, qtbot)
    (person_id,) = get_interaction(w.journal, note_id).participants
    add_follow_up(w.journal, FollowUpRecord(
        text="Termin vorschlagen", contact_id=person_id, interaction_id=note_id))  # fmt: skip
    w.open_note(note_id)
    editor = w.notes.editor
    before = follow_ups_of_note(w.journal, note_id)
    assert before and not any(f.done for f in before)  # the quick note's next step
    editor.title.setText("Kaffee mit Jörg")
    row = editor._add_follow_row(FollowUpRecord(text=""))
    row.text.setText("Artikel über Barcamps schicken")
    for existing in editor._follow_rows[: len(before)]:
        existing.done.setChecked(True)
    editor.save_button.click()
    after = follow_ups_of_note(w.journal, note_id)
    assert "Artikel über Barcamps schicken" in [f.text for f in after]
    assert all(f.done for f in after if f.id in {b.id for b in before})
    w.undo_stack.undo()  # one step takes back the title and the follow-ups
    assert get_interaction(w.journal, note_id).title == ""
    assert follow_ups_of_note(w.journal, note_id) == before
    w.undo_stack.redo()
    assert get_interaction(w.journal, note_id).title == "Kaffee mit Jörg"
    assert sorted(f.text for f in follow_ups_of_note(w.journal, note_id)) == sorted(
        f.text for f in after
    )


def test_follow_ups_removed_in_the_editor_are_deleted_and_undo_brings_them_back(make_window, qtbot):
    w = make_window()
    note_id = _write_quick_note(w, qtbot)
    (person_id,) = get_interaction(w.journal, note_id).participants
    for text in ("Termin vorschlagen", "Buch ausleihen"):
        add_follow_up(w.journal, FollowUpRecord(
            text=text, contact_id=person_id, interaction_id=note_id))  # fmt: skip
    before = follow_ups_of_note(w.journal, note_id)
    w.open_note(note_id)
    first, second = w.notes.editor._follow_rows
    first.findChild(QToolButton).click()  # ✕
    assert not first.isVisible()
    second.text.clear()  # emptying the text removes it too
    w.notes.editor.save_button.click()
    assert follow_ups_of_note(w.journal, note_id) == []
    w.undo_stack.undo()
    assert follow_ups_of_note(w.journal, note_id) == before


def test_delete_contact_and_note_then_undo(make_window, qtbot):
    w = make_window()
    note_id = _write_quick_note(w, qtbot)
    contact_id = get_interaction(w.journal, note_id).participants[0]
    w.open_contact(contact_id)
    when_modal(answer(QMessageBox.StandardButton.Yes))
    w.actions_.delete_contact.trigger()
    with pytest.raises(NotFound):
        get_contact(w.journal, contact_id)
    qtbot.waitUntil(lambda: w.contacts.model.row_for(contact_id) is None, timeout=30_000)
    w.undo_stack.undo()
    assert get_contact(w.journal, contact_id).family_name == "Müller"
    assert get_interaction(w.journal, note_id).participants == [contact_id]
    qtbot.waitUntil(lambda: w.contacts.model.row_for(contact_id) is not None, timeout=30_000)
    assert [h.id for h in search(w.journal, "Müller", kind="contact")] == [contact_id]
    w.open_note(note_id)
    when_modal(answer(QMessageBox.StandardButton.Yes))
    w.notes.delete_current()
    with pytest.raises(NotFound):
        get_interaction(w.journal, note_id)
    w.undo_stack.undo()
    assert get_interaction(w.journal, note_id).hooks == "Läuft im Mai Halbmarathon"


def test_merge_two_contacts_keeps_every_interaction(make_window, qtbot):
    w = make_window()
    a = create_contact(w.journal, person("Max", "Müller", organisation="Nordlicht")).value
    b = create_contact(w.journal, person("Max", "Mueller", city="Köln")).value
    for who, day in ((a, 1), (b, 2), (b, 3)):
        create_interaction(
            w.journal, InteractionRecord(dt.datetime(2026, 1, day), participants=[who.id])
        )
    w.show_view(CONTACTS)
    w.contacts.select(a.id)
    index_b = w.contacts.model.index(w.contacts.model.row_for(b.id), 0)
    w.contacts.table.selectionModel().select(
        index_b,
        w.contacts.table.selectionModel().SelectionFlag.Select
        | w.contacts.table.selectionModel().SelectionFlag.Rows,
    )
    assert sorted(w.contacts.selected_ids()) == sorted([a.id, b.id])

    def keep_first(dialog):
        from netzjournal.ui.contacts.merge import MergeDialog

        assert isinstance(dialog, MergeDialog)
        assert shown(dialog.merge_button.text()) == "Merge"  # says what it does
        dialog.choose("Max Müller")
        dialog.accept()

    when_modal(keep_first)
    w.actions_.merge_contacts.trigger()
    merged = get_contact(w.journal, a.id)
    assert merged.city == "Köln" and merged.organisation == "Nordlicht"
    assert len(interactions_of(w.journal, a.id)) == 3
    with pytest.raises(NotFound):
        get_contact(w.journal, b.id)
    w.undo_stack.undo()
    assert len(interactions_of(w.journal, b.id)) == 2


def test_quick_note_draft_survives_a_destroyed_window(make_window, where, qtbot):
    w = make_window()
    w.open_quick_note()
    dialog = w.quick_note_dialog()
    type_text(dialog.who, "Ute Groß")
    type_text(dialog.body, "Über die Straßenbahn gesprochen 🚋")
    draft = dialog.drafts.current  # (sealed beside an encrypted journal)
    qtbot.waitUntil(draft.exists, timeout=30_000)
    # A crash: the window vanishes without any save or close handling
    # (hidden, not closed: closeEvent would save the draft itself).
    dialog.hide()
    w.hide()
    QApplication.processEvents()
    again = make_window(Journal.open(where.journal, backup_dir=where.backups))
    when_modal(answer(QMessageBox.StandardButton.Yes))  # "continue with the unsaved note?"
    again.open_quick_note()
    restored = again.quick_note_dialog()
    assert restored.who.text() == "Ute Groß"
    assert restored.body.toPlainText() == "Über die Straßenbahn gesprochen 🚋"
    when_modal(answer(QMessageBox.StandardButton.Yes))  # create the contact
    restored.save()
    assert not draft.exists()
    assert search(again.journal, "Strassenbahn", kind="interaction")


def test_escape_with_text_asks_first(make_window, qtbot):
    w = make_window()
    w.open_quick_note()
    dialog = w.quick_note_dialog()
    type_text(dialog.body, "Wichtig")
    asked = when_modal(answer(QMessageBox.StandardButton.Cancel))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    when_modal(answer(QMessageBox.StandardButton.Discard))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_window_state_is_restored(make_window, qtbot, where):
    w = make_window()
    create_contact(w.journal, person("Max", "Müller"))
    w.resize(1100, 700)
    w.show_view(TIMELINE)
    w.contacts.splitter.setSizes([300, 200])
    w.contacts.splitter.splitterMoved.emit(300, 1)  # as the person's drag: only that is kept
    w.contacts.table.setColumnWidth(0, 222)
    sizes = w.contacts.splitter.sizes()
    w.close()
    again = make_window(w.journal)
    assert (again.width(), again.height()) == (1100, 700)
    assert again.tabs.currentIndex() == TIMELINE
    again.show_view(CONTACTS)
    QApplication.processEvents()
    # Qt rescales splitter sizes on layout; allow a pixel of rounding.
    restored = again.contacts.splitter.sizes()
    assert all(abs(a - b) <= 2 for a, b in zip(restored, sizes, strict=True)), (restored, sizes)
    assert again.contacts.table.columnWidth(0) == 222


# The first start on a laptop's screen, in a Qt of its own (offscreen Qt's screen
# is fixed when the application starts): the window and its frame fit the room.
_FIRST_START_PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from netzjournal import paths
from netzjournal.store.journal import Journal
from netzjournal.ui.main_window import MainWindow
where = paths.resolve(Path(sys.argv[1])).ensure()
journal = Journal.open(where.journal, backup_dir=where.backups)
window = MainWindow(journal, where)
window.show()
app.processEvents()
room, frame = window.screen().availableGeometry(), window.frameGeometry()
print(json.dumps([frame.width(), frame.height(), room.width(), room.height(),
                  window.width(), window.height()]))
journal.close()
"""


@pytest.mark.parametrize(("screen", "expected"), [((1366, 768), None), ((1920, 1200), (1280, 800))])
def test_the_first_window_fits_the_screen(tmp_path, screen, expected):
    """On a 1366×768 laptop the first window was 1280×800: the status bar and the
    notes editor's Save below the screen's edge (the fresh-eyes walk). A roomy
    screen still gets 1280×800."""
    import json

    width, height = screen
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    probe = [sys.executable, "-c", _FIRST_START_PROBE, str(tmp_path / "data")]
    out = subprocess.run(probe, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    frame_w, frame_h, room_w, room_h, *size = json.loads(out.stdout.splitlines()[-1])
    assert (room_w, room_h) == screen
    assert frame_w <= room_w and frame_h <= room_h, (frame_w, frame_h, screen)
    if expected is not None:
        assert tuple(size) == expected


def test_the_selected_contact_is_selected_again_after_a_restart(make_window, qtbot):
    """Sabine quit with Claudia Reuter selected and started again: the sort order and
    the window's size came back, the selection did not (the fresh-eyes walk). It is
    kept by id: a namesake is not selected in her place, nor is anyone once she is
    archived."""
    w = make_window()
    first = create_contact(w.journal, person("Frank", "Meyer", organisation="Conti")).value.id
    chosen = create_contact(w.journal, person("Frank", "Meyer", city="Hildesheim")).value.id
    create_contact(w.journal, person("Claudia", "Reuter"))
    w.show_view(CONTACTS)
    qtbot.waitUntil(lambda: w.contacts.model.row_for(chosen) is not None)
    assert w.contacts.select(chosen)
    w.close()

    again = make_window(w.journal)
    qtbot.waitUntil(lambda: again.contacts.selected_ids() == [chosen], timeout=10_000)
    assert again.contacts.detail.contact_id == chosen != first

    from netzjournal.store.contacts import set_archived

    set_archived(again.journal, [chosen], True)
    again.close()
    third = make_window(again.journal)
    qtbot.wait(200)  # the steps after the first paint have run
    assert third.contacts.selected_ids() == []


def test_contacts_filter_as_you_type(demo_window, qtbot):
    w = demo_window
    w.show_view(CONTACTS)
    total = w.contacts.model.rowCount()
    some = contact_rows(w.journal)[3]
    qtbot.keyClicks(w.contacts.filter, some.family_name[:4])
    shown = [w.contacts.model.contact_at(r).id for r in range(w.contacts.model.rowCount())]
    assert some.id in shown and len(shown) < total
    w.contacts.filter.clear()
    assert w.contacts.model.rowCount() == total


def test_a_filter_keystroke_keeps_the_selection_and_its_page(demo_window, qtbot):
    """Typing narrows the list; the selected contact stays selected while it matches,
    its page is not built again per keystroke, and a note written meanwhile that
    names the filter's word brings its person into the filtered list."""
    w = demo_window
    w.show_view(CONTACTS)
    pane = w.contacts
    some = contact_rows(w.journal)[3]
    assert pane.select(some.id)
    built: list[int] = []
    real = pane.detail.contact_html
    pane.detail.contact_html = lambda c: built.append(c.id) or real(c)  # type: ignore[method-assign]
    type_text(pane.filter, some.family_name[:4])
    QApplication.processEvents()
    assert pane.selected_ids() == [some.id] and pane.detail.contact_id == some.id
    assert built == []  # (the same contact: the page stands)
    other = next(r for r in contact_rows(w.journal) if r.id != some.id and not r.archived)
    type_text(pane.filter, " Quetzalcoatl")
    QApplication.processEvents()
    assert pane.model.rowCount() == 0 and pane.selected_ids() == []
    create_interaction(w.journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 11, 20, 9), participants=[other.id],
        body=f"{some.family_name} erzählte von Quetzalcoatl"))  # fmt: skip
    pane.refresher.flush()
    QApplication.processEvents()
    assert [pane.model.id_at(r) for r in range(pane.model.rowCount())] == [other.id]


def test_timeline_fetches_lazily(make_window, where):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    generate_into(journal, DemoSpec(400, 5, seed=2, today=TODAY))
    total = interaction_count(journal)
    w = make_window(journal)
    w.show_view(TIMELINE)
    QApplication.processEvents()
    model = w.timeline.model
    assert 0 < model.loaded_entries() < total
    before = model.loaded_entries()
    w.show_view(TIMELINE)
    w.timeline.view.scrollToBottom()
    QApplication.processEvents()
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.loaded_entries() > before
    entries = [model.index(r, 0).data(ENTRY_ROLE) for r in range(model.rowCount())]
    whens = [e.when for e in entries if e is not None]
    assert whens == sorted(whens, reverse=True)


# Encryption sits below the journal's connection, and the encrypted run has the store's
# and sync's own tests: this test (every view drawn; the app's start with a key is
# tested in test_app and test_startup_trust) gains nothing from the run key and would
# cost CI minutes twice.
@pytest.mark.plain_only
def test_screenshot_command_renders_every_view(tmp_path):
    data = tmp_path / "demo"
    env_run = [sys.executable, "-m", "netzjournal", "--data-dir", str(data)]
    subprocess.run([*env_run, "demo", "--size", "S", "--today", "2026-11-22"], check=True,
                   cwd=REPO, capture_output=True)  # fmt: skip
    # A folded coach in the folder's window.ini (another run's, or the person's) is
    # neither followed nor changed: the pictures show the coach, the folded ones fold it.
    ini = data / "window.ini"
    ini.write_text("[coach]\ncollapsed=true\n", encoding="utf-8")
    out = tmp_path / "shots"
    # As a person runs it: the command makes its own offscreen screen, the window's size.
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run([*env_run, "--screenshot", str(out), "--size", "1280x800",
                             "--lang", "de", "--dark", "--scale", "2"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=240)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert ini.read_text(encoding="utf-8") == "[coach]\ncollapsed=true\n"
    from PySide6.QtGui import QColor, QImage

    shown, folded_shot = (
        QImage(str(out / n)) for n in ("contacts.png", "contacts-coach-folded.png")
    )
    assert shown != folded_shot

    names = sorted(p.name for p in out.glob("*.png"))
    views = ["contact-detail", "contacts", "events", "notes", "quick-note", "review", "search",
             "timeline", "welcome"]  # fmt: skip
    # Every dialog, each settings tab and each page of the import wizard, the questions.
    dialogs = ["all-data", "backups", "contact-1", "contact-2", "contact-3", "contact-new-1",
               "contact-new-2", "contact-new-3", "data-location", "debrief", "delete", "encrypt",
               "erase", "event", "event-new", "export", "import", "import-files",
               "import-preview", "import-result", "merge", "occurrence", "recovery",
               "recovery-key", "settings-1", "settings-2", "settings-3", "settings-4",
               "settings-5", "shortcuts", "sync-pairs", "sync-review", "templates",
               "unlock-keyring", "unlock-passphrase", "unsaved", "progress",
               "quick-note-draft"]  # fmt: skip
    # The boxes the start shows before there is a window, each on an empty screen.
    startup = ["disk-full", "io-error", "permission-denied", "read-only", "locked",
               "upgrading", "is-a-directory", "not-a-folder", "link-target-missing",
               "name-too-long", "wrong-key", "no-key", "too-new",
               "set-aside", "cannot-open", "crash", "encrypting"]  # fmt: skip
    folded = [f"{view}-coach-folded.png"  # every view again with the coach folded
              for view in ("contacts", "events", "notes", "review", "timeline")]  # fmt: skip
    assert names == sorted(
        [f"{v}.png" for v in views]
        + [f"dialog-{d}.png" for d in dialogs]
        + folded
        + [f"startup-{b}.png" for b in startup]
    )
    # A dialog is shot over the window it opens on (the window's size), centred on it.
    settings = QImage(str(out / "dialog-settings-1.png"))
    assert (settings.width(), settings.height()) == (2560, 1600)
    image = QImage(str(out / "contacts.png"))
    assert image.width() == 2560  # --scale 2: every pixel twice
    # --dark: the window's background (the status bar, bottom left) is dark.
    assert QColor(image.pixel(4, image.height() - 4)).lightnessF() < 0.4
    # Every dialog in dark too: the settings' and the start-up box's own background.
    assert QColor(settings.pixel(1280, 800)).lightnessF() < 0.4
    full = QImage(str(out / "startup-disk-full.png"))
    assert (full.width(), full.height()) == (2560, 1600)
    desktop = QColor(full.pixel(8, 8))  # an empty screen around the box, no window

    def box_rows(x: int) -> list[int]:
        return [y for y in range(0, 1600, 4) if QColor(full.pixel(x, y)) != desktop]

    rows = box_rows(1280)
    # Centred on the screen (Qt places it before it grows to its text: a little high).
    assert rows and abs((rows[0] + rows[-1]) / 2 - 800) < 120
    dark = [QColor(full.pixel(1280, y)).lightnessF() < 0.3 for y in rows]
    assert sum(dark) > len(rows) / 2  # the box's own background is dark


def test_ctrl_n_opens_the_quick_note_from_any_view(demo_window, qtbot):
    w = demo_window
    for view in (CONTACTS, NOTES, TIMELINE):
        w.show_view(view)
        w.activateWindow()
        QTest.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        dialog = w.quick_note_dialog()
        assert dialog.isVisible(), view
        dialog.reject()


def test_second_launch_asks_for_the_quick_note(demo_window, qtbot):
    w = demo_window
    w.handle_message("quick-note")
    assert w.quick_note_dialog().isVisible()
    w.quick_note_dialog().reject()
    w.handle_message("raise")
    assert not w.quick_note_dialog().isVisible()


def test_backups_dialog_creates_and_restores(make_window, where, qtbot):
    from netzjournal.ui.backups_dialog import BackupsDialog

    w = make_window()
    create_contact(w.journal, person("Max", "Müller"))
    dialog = BackupsDialog(lambda: w.journal, w.restore_backup, where, w)
    qtbot.addWidget(dialog)
    dialog.create_now()
    assert dialog.model.rowCount() == 1
    create_contact(w.journal, person("Eva", "Later"))
    dialog.table.selectRow(0)
    when_modal(answer(QMessageBox.StandardButton.Yes))
    dialog.restore_selected()
    assert [r.name for r in contact_rows(w.journal)] == ["Max Müller"]
    reasons = sorted(b.reason for b in list_backups(where.backups))
    assert reasons == ["manual", "pre-restore"]
    assert dialog.model.rowCount() == 2


def test_backups_dialog_says_there_is_no_backup_yet(make_window, where, qtbot):
    """A new journal's first day: a sentence instead of an empty white table."""
    from netzjournal.ui.backups_dialog import BackupsDialog

    w = make_window()
    dialog = BackupsDialog(lambda: w.journal, w.restore_backup, where, w)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.none_yet.isVisible() and not dialog.table.isVisible()
    assert not dialog.restore_button.isEnabled()
    dialog.create_now()
    assert dialog.table.isVisible() and not dialog.none_yet.isVisible()


def test_tab_goes_through_a_dialogs_buttons_as_they_stand(make_window, where, qtbot):
    """Backups: Tab went from the list to "Close" (the right-most), then back to "Back up
    now": the box's own standard button came first, wherever it stands."""
    from PySide6.QtWidgets import QPushButton

    from netzjournal.ui.backups_dialog import BackupsDialog

    w = make_window()
    create_contact(w.journal, person("Max", "Müller"))
    dialog = BackupsDialog(lambda: w.journal, w.restore_backup, where, w)
    qtbot.addWidget(dialog)
    dialog.create_now()
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = sorted(
        (b for b in dialog.findChildren(QPushButton) if b.isVisible()), key=lambda b: b.x()
    )
    chain, widget = [], dialog.table.nextInFocusChain()
    while widget is not dialog.table:  # the order Tab takes from the list
        if isinstance(widget, QPushButton) and widget.isVisible():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert [b.text() for b in chain] == [b.text() for b in shown]


def test_language_setting_is_kept_in_the_data_folder(make_window, where, qtbot):
    from netzjournal.ui.preferences import saved_language
    from netzjournal.ui.settings_dialog import SettingsDialog

    w = make_window()
    dialog = SettingsDialog(where, parent=w)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert saved_language(where) == "de"
    dialog = SettingsDialog(where, parent=w)
    dialog.language.setCurrentIndex(0)  # as the system
    dialog.accept()
    assert saved_language(where) is None


def test_demo_journal_is_separate_and_marked(qtbot, tmp_path, monkeypatch):
    from netzjournal.ui import demo_launcher

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    root = demo_launcher.create_demo_folder()
    assert root.parent == tmp_path and (root / "journal.sqlite3").exists()
    _program, args = demo_launcher.command_for(root)
    assert args[-2:] == ["--data-dir", str(root)]
    where = paths.resolve(root)
    journal = Journal.open(where.journal)
    window = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert "DEMO" in window.windowTitle()
    assert contact_count(journal) == 50
    journal.close()


def test_search_typed_before_the_first_paint_is_searched(qtbot, where):
    # The search is attached after the first paint; text typed into the field
    # before that (a fast typist at start) must still bring up results.
    journal = Journal.open(where.journal, backup_dir=where.backups)
    create_contact(journal, ContactRecord(given_name="Jörg", family_name="Kaffeeklatsch"))
    window = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.search_field.setText("Kaffeeklatsch")
    assert window._search is None
    with qtbot.waitSignal(window.first_painted, timeout=30_000):
        window.show()
    assert window.search.model.rowCount() >= 2  # "Contacts (1)" and the hit
    assert window.search.results.isVisible()
    window.close()
    journal.close()


def test_shortcuts_are_bound_once_the_window_has_painted(qtbot, where):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    window = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.actions_.quick_note.shortcuts() == []  # not needed for the first picture
    with qtbot.waitSignal(window.first_painted, timeout=30_000):
        window.show()
    assert "Ctrl+N" in [k.toString() for k in window.actions_.quick_note.shortcuts()]
    assert "Ctrl+K" in [k.toString() for k in window.actions_.find.shortcuts()]  # (both work)
    assert window.undo_action.shortcuts() and window.redo_action.shortcuts()
    window.close()
    journal.close()


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "Search people and notes ("), ("de", "Personen und Notizen suchen (")],
)
def test_the_search_field_names_the_key_its_menu_item_shows(qtbot, where, language, words):
    """The walk read "(Ctrl+K)" in the field and Ctrl+F beside Edit → Search everything."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from netzjournal.localized import tell_language, told_language
    from netzjournal.ui.i18n import install_translators

    app = QApplication.instance()
    before, told = QLocale(), told_language()
    installed = install_translators(app, language)
    try:
        journal = Journal.open(where.journal, backup_dir=where.backups)
        window = MainWindow(journal, where, today=lambda: TODAY)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.first_painted, timeout=30_000):
            window.show()
        find = window.actions_.find
        shown_key = find.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        hint = window.search_field.placeholderText()
        window.close()
        journal.close()
    finally:
        for t in installed:
            app.removeTranslator(t)
        QLocale.setDefault(before)
        tell_language(told)
    assert shown_key and hint == f"{words}{shown_key})"
    # the menu item shows that key: it is the action's first, and it works
    assert find.shortcuts()[0] == find.shortcut()


@given(st.text())
def test_the_detail_pages_escaping_is_html_escape(text):
    import html

    from netzjournal.ui.contacts.detail import _e

    assert _e(text) == html.escape(text)


def test_tab_moves_through_the_contacts_view_in_layout_order(demo_window, qtbot):
    w = demo_window
    w.show_view(CONTACTS)
    w.activateWindow()

    def walk() -> list[str]:
        w.contacts.filter.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is w.contacts.filter)
        seen = []
        for _ in range(8):
            focused = QApplication.focusWidget()
            seen.append(focused.objectName() or focused.text())
            QTest.keyClick(focused, Qt.Key.Key_Tab)
        return seen

    # Nobody selected: the filter bar left to right, the list (Tab leaves it), the
    # (empty) page, then the search in the tool bar. "Edit…" does nothing then and is
    # off: Tab passes over it, as over any disabled button (the old expectation had
    # it here only because it stayed on with nobody selected).
    assert not w.actions_.edit_contact.isEnabled()
    assert walk()[:7] == [
        "contactFilter", "tagFilter", "showArchived", "Merge…",
        "contactsView", "contactDetail", "searchField",
    ]  # fmt: skip
    # One person selected: "Edit…" is on and in its place (the page's links then take
    # Tab in turn, as a browser's do).
    w.contacts.select(w.contacts.model.id_at(0))
    assert walk()[:7] == [
        "contactFilter", "tagFilter", "showArchived", "Edit…", "Merge…",
        "contactsView", "contactDetail",
    ]  # fmt: skip


def test_stored_channel_types_read_as_choices_and_are_kept(qtbot):
    from netzjournal.store.records import Channel
    from netzjournal.ui.contacts.channels import ChannelList

    phones = ChannelList("phone")
    qtbot.addWidget(phones)
    stored = [Channel("phone", "+49 1", "mobile"), Channel("phone", "+49 2", "iphone"),
              Channel("phone", "+49 3", "Büro"), Channel("phone", "+49 4", "work")]  # fmt: skip
    phones.set_channels(stored)
    # Capitalised like the offered choices ("Work"): "Mobile", not "mobile"; a
    # label of the user's own and "iPhone" stay as written.
    assert [r.type.currentText() for r in phones.rows] == ["Mobile", "iPhone", "Büro", "Work"]
    assert [ch.label for ch in phones.channels()] == ["mobile", "iphone", "Büro", "work"]


def test_the_edit_menu_lists_the_note_s_entries_only_beside_the_notes(demo_window, qtbot):
    from netzjournal.ui.main_window import NOTES

    w = demo_window
    a = w.actions_
    edit = next(t.menu() for t in w.menuBar().actions() if a.find in t.menu().actions())

    def listed() -> list[str]:
        edit.aboutToShow.emit()
        return [x.text() for x in edit.actions() if x.isVisible() and not x.isSeparator()]

    w.show_view(CONTACTS)
    shown_here = listed()
    assert a.save_note.text() not in shown_here and a.delete_note.text() not in shown_here
    assert a.edit_contact.text() in shown_here
    w.show_view(NOTES)
    assert a.save_note.text() in listed() and a.delete_note.text() in listed()
    w.show_view(CONTACTS)
    assert a.save_note.text() not in listed()
