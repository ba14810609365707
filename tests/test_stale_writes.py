"""Lost updates between two processes: editors and undo never overwrite newer data.

The other process is real: ``netzjournal import`` in a subprocess, or a
second SQLite connection on the same file, writing while the window holds
an older copy of the row.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, person
from dbfiles import connect as _dbconnect
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from uihelpers import TODAY, when_modal

from netzjournal import paths
from netzjournal.commands.contacts import DeleteContacts, EditContact
from netzjournal.store import stale
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.errors import NotFound
from netzjournal.store.interactions import create_interaction, get_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import Channel, ContactRecord, InteractionRecord
from netzjournal.ui.contacts.editor import ContactEditor
from netzjournal.ui.main_window import NOTES, MainWindow

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jana Beispiel\r\nN:Beispiel;Jana;;;\r\n"
    "EMAIL:jana@example.org\r\nTEL;TYPE=cell:+49 170 5550123\r\n"
    "NOTE:Kennt den Messechef\r\nEND:VCARD\r\n"
)


@pytest.fixture
def window(qtbot, where):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    w = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.first_painted, timeout=30_000):
        w.show()
    yield w
    journal.close()


@pytest.fixture
def jana(window):
    rec = person(
        "Jana",
        "Beispiel",
        city="Köln",
        notes="Trifft man auf der Messe.\nMag Filterkaffee.",
        channels=[Channel("email", "jana@example.org")],
    )
    return create_contact(window.journal, rec).value


def run_import(where: paths.DataPaths, tmp_path: Path, expect: str = "1 merged") -> None:
    """Another process: ``netzjournal import`` merges a phone and a note into Jana."""
    card = tmp_path / "jana.vcf"
    card.write_text(CARD, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "netzjournal", "import", str(card), "--data-dir", str(where.root)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert expect in done.stdout, done.stdout


def save_editor(editor: ContactEditor) -> None:
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def phones(rec: ContactRecord) -> list[str]:
    return [c.value for c in rec.channels if c.kind == "phone"]


def test_editor_holding_an_older_contact_keeps_the_imported_phone_and_note(
    window, jana, where, tmp_path, qtbot
):
    window.open_contact(jana.id)
    said: list[str] = []

    def edit(editor) -> None:
        assert isinstance(editor, ContactEditor)
        run_import(where, tmp_path)  # while the editor holds the older Jana
        editor.city.setText("Düsseldorf")

        def kept(box) -> None:
            said.append(box.text())
            box.accept()

        when_modal(kept, lambda w: isinstance(w, QMessageBox))
        save_editor(editor)

    when_modal(edit, lambda w: isinstance(w, ContactEditor))
    window.actions_.edit_contact.trigger()
    now = get_contact(window.journal, jana.id)
    assert now.city == "Düsseldorf"
    assert phones(now) == ["+49 170 5550123"]  # the import's phone survived the editor
    assert "Kennt den Messechef" in now.notes and "Mag Filterkaffee" in now.notes
    assert said and "changed elsewhere" in said[0]
    # Undo takes back only this edit: the import's phone stays.
    window.undo_stack.undo()
    now = get_contact(window.journal, jana.id)
    assert now.city == "Köln" and phones(now) == ["+49 170 5550123"]


def test_same_field_changed_elsewhere_is_refused_then_shown_again(
    window, jana, where, tmp_path, qtbot
):
    window.open_contact(jana.id)
    rounds: list[str] = []

    def edit(editor) -> None:
        rounds.append("first")
        run_import(where, tmp_path)  # appends its note to Jana's notes
        editor.notes.setPlainText("Mag Espresso.")  # rewritten here: a real conflict

        def conflict(box) -> None:
            rounds.append(box.text())
            box.accept()

        when_modal(conflict, lambda w: isinstance(w, QMessageBox))
        when_modal(second, lambda w: isinstance(w, ContactEditor) and w is not editor)
        save_editor(editor)

    def second(editor) -> None:
        rounds.append("second")
        # The other change (the phone) is taken in; this side's notes are shown.
        assert editor.notes.toPlainText() == "Mag Espresso."
        assert "+49 170 5550123" in [c.value for c in editor.phones.channels()]
        save_editor(editor)

    when_modal(edit, lambda w: isinstance(w, ContactEditor))
    window.actions_.edit_contact.trigger()
    assert rounds[0] == "first" and rounds[2] == "second", rounds
    assert "Notes" in rounds[1] and "changed elsewhere" in rounds[1]
    now = get_contact(window.journal, jana.id)
    assert now.notes == "Mag Espresso." and phones(now) == ["+49 170 5550123"]


def test_undo_never_overwrites_a_change_made_elsewhere(window, jana, where, qtbot):
    from netzjournal.ui import undo

    after = get_contact(window.journal, jana.id)
    after.city = "Bonn"
    undo.perform(window.undo_stack, EditContact(window.journal, jana, after), window)
    other = _dbconnect(where.journal)  # another process changes the city again
    other.execute("UPDATE contact SET city = 'Berlin' WHERE id = ?", (jana.id,))
    other.commit()
    other.close()
    said: list[str] = []

    def read(box) -> None:
        said.append(box.text())
        box.accept()

    when_modal(read, lambda w: isinstance(w, QMessageBox))
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert get_contact(window.journal, jana.id).city == "Berlin"
    assert window.undo_stack.count() == 0  # the refused step left the stack
    assert "cannot be undone" in said[0]


def test_undo_of_a_delete_is_refused_when_its_notes_changed_elsewhere(window, jana, where, qtbot):
    from netzjournal.ui import undo

    ben = create_contact(window.journal, person("Ben", "Zweiter")).value
    shared = create_interaction(
        window.journal,
        InteractionRecord(dt.datetime(2026, 3, 1, 10), participants=[jana.id, ben.id]),
    ).value
    undo.perform(window.undo_stack, DeleteContacts(window.journal, [jana.id]), window)
    other = _dbconnect(where.journal)
    other.execute("PRAGMA foreign_keys = ON")
    other.execute("DELETE FROM interaction WHERE id = ?", (shared.id,))
    other.commit()
    other.close()
    said = when_modal(lambda box: box.accept(), lambda w: isinstance(w, QMessageBox))
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    with pytest.raises(NotFound):
        get_interaction(window.journal, shared.id)
    with pytest.raises(NotFound):  # not brought back half (without the note)
        get_contact(window.journal, jana.id)
    assert window.undo_stack.count() == 0


def test_note_editor_combines_its_edit_with_a_change_made_elsewhere(window, jana, where, qtbot):
    note = create_interaction(
        window.journal,
        InteractionRecord(dt.datetime(2026, 3, 1, 10), participants=[jana.id], title="Messe"),
    ).value
    window.show_view(NOTES)
    window.open_note(note.id)
    editor = window.notes.editor
    editor.title.setText("Messe Köln")
    other = _dbconnect(where.journal)
    other.execute("UPDATE interaction SET place = 'Halle 7' WHERE id = ?", (note.id,))
    other.commit()
    other.close()
    when_modal(lambda box: box.accept(), lambda w: isinstance(w, QMessageBox))
    assert window.notes.save()
    now = get_interaction(window.journal, note.id)
    assert now.title == "Messe Köln" and now.place == "Halle 7"


def test_note_editor_conflict_keeps_the_text_and_saves_on_the_second_try(window, jana, where):
    note = create_interaction(
        window.journal,
        InteractionRecord(dt.datetime(2026, 3, 1, 10), participants=[jana.id], body="A"),
    ).value
    window.show_view(NOTES)
    window.open_note(note.id)
    editor = window.notes.editor
    editor.body.setPlainText("Mein Text")
    other = _dbconnect(where.journal)
    other.execute("UPDATE interaction SET body = 'Fremd', place = 'Halle 7' WHERE id = ?",
                  (note.id,))  # fmt: skip
    other.commit()
    other.close()
    said = when_modal(lambda box: box.accept(), lambda w: isinstance(w, QMessageBox))
    assert not window.notes.save()
    assert said and editor.body.toPlainText() == "Mein Text"
    assert editor.place.text() == "Halle 7"  # the other change is taken in
    assert get_interaction(window.journal, note.id).body == "Fremd"
    assert window.notes.save()
    now = get_interaction(window.journal, note.id)
    assert now.body == "Mein Text" and now.place == "Halle 7"


def test_window_notices_an_import_by_another_process(window, where, tmp_path, qtbot):
    create_contact(window.journal, person("Ada", "Lovelace"))
    model = window.contacts.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=30_000)
    run_import(where, tmp_path, "1 created")  # Jana is new here
    # On activation of the window ...
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=30_000)
    # ... and without it, within a few seconds.
    other = _dbconnect(where.journal)
    other.execute("UPDATE contact SET city = 'Köln' WHERE given_name = 'Ada'")
    other.commit()
    other.close()
    ada = next(r for r in contact_rows(window.journal) if r.name == "Ada Lovelace")
    qtbot.waitUntil(lambda: model.cached(ada.id).city == "Köln", timeout=8000)


def test_own_writes_do_not_count_as_changes_from_elsewhere(window):
    watcher = window.external_changes
    assert not watcher.check()
    create_contact(window.journal, person("Ada", "Lovelace"))
    assert not watcher.check()


def test_three_way_merge_of_records():
    base = person("Jana", "Beispiel", city="Köln", tags=["Messe"], notes="a")
    mine = person("Jana", "Beispiel", city="Bonn", tags=["Messe", "Kunde"], notes="a")
    theirs = person("Jana", "Beispiel", city="Köln", tags=["Messe"], notes="a\n\nb",
                    channels=[Channel("phone", "+49 1")])  # fmt: skip
    merged, conflicts = stale.merge(base, mine, theirs)
    assert not conflicts
    assert merged.city == "Bonn" and merged.notes == "a\n\nb"
    assert merged.tags == ["Messe", "Kunde"] and merged.channels == theirs.channels
    mine.notes = "x"
    merged, conflicts = stale.merge(base, mine, theirs)
    assert conflicts == ["notes"] and merged.notes == "x"


def test_a_closed_journal_is_not_watched(tmp_path, qtbot):
    """A window's 3-second check on a journal closed under it reopened the journal
    (a late reader gets a fresh connection) and saw a "change by another process"."""
    from PySide6.QtWidgets import QWidget

    from netzjournal.ui.external_changes import ExternalChanges

    journal = Journal.open(tmp_path / "journal.sqlite3")
    owner = QWidget()
    qtbot.addWidget(owner)
    watcher = ExternalChanges(journal, owner)
    other = Journal.open(tmp_path / "journal.sqlite3")
    create_contact(other, person("Jürgen", "Weiß"))  # another writer: a change to see
    other.close()
    journal.close()
    assert watcher.check() is False
    assert journal.is_closed  # not reopened by the check
