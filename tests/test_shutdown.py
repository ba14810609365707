"""SIGTERM, a logout and Ctrl+Q lose no editor's text: drafts by id, offered back.

The app runs in a real subprocess (tests/shutdown_child.py), is sent SIGTERM with
text typed in the contact editor or the note editor, and must end cleanly with the
text in a draft named by the record's id; the next start offers it back to that
record, never to a namesake.
"""

import datetime as dt
import os
import signal
import stat
import subprocess
import sys

import pytest
from conftest import REPO, note, person
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from uihelpers import when_modal

from netzjournal.drafts import DraftStore, record_drafts
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.interactions import create_interaction, get_interaction
from netzjournal.store.journal import Journal
from netzjournal.ui.contacts.editor import ContactEditor

TYPED = "Neue Firma GmbH – für Anna"


def _namesakes(where):
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        first = create_contact(j, person("Anna", "Roth", organisation="Stadtwerke", city="Ulm"))
        second = create_contact(j, person("Anna", "Roth", organisation="Festo", city="Esslingen"))
        met = create_interaction(
            j, note(dt.datetime(2026, 11, 2, 10, 0), [second.value.id], title="Kaffee am Stand")
        )
        return first.value.id, second.value.id, met.value.id


def _typed_then(where, kind, record_id, number):
    """Start the app, type into the editor, send ``number``; the exit status."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "shutdown_child.py"), str(where.root), kind,
         str(record_id), TYPED],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    try:
        line = proc.stdout.readline()
        assert line.strip() == "typed", proc.stderr.read() if proc.stderr else line
        proc.send_signal(number)  # at once: the draft's timer has not fired yet
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, err


def _answer(text_part, seen):
    def click(box) -> None:
        seen.append(box.text())
        next(b for b in box.findChildren(QAbstractButton) if text_part in b.text()).click()

    return when_modal(click, lambda w: isinstance(w, QMessageBox) and w.isVisible())


@pytest.mark.skipif(os.name != "posix", reason="signals")
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_signal_keeps_contact_editor_text_for_that_contact(where, make_window, qtbot, number):
    stadtwerke, festo, _ = _namesakes(where)
    status, err = _typed_then(where, "contact", festo, number)
    assert status == 0, err
    draft = DraftStore.of_record(where.drafts, "contact", festo)
    # (sealed with the key in the encrypted run: current is the file, load() reads it)
    assert stat.S_IMODE(draft.current.stat().st_mode) == 0o600
    assert (draft.load() or {})["fields"]["organisation"] == TYPED
    assert [(k, i) for k, i, _ in record_drafts(where.drafts)] == [("contact", festo)]
    assert not where.journal.with_name(where.journal.name + "-wal").exists()  # closed cleanly
    with Journal.open(where.journal) as j:
        assert j.integrity_check() == ["ok"]
        assert get_contact(j, festo).organisation == "Festo"  # nothing saved unasked

    # The next start offers it, naming the namesake it belongs to; Restore opens
    # that person's editor with the text, Save stores it and the draft goes.
    seen: list[str] = []
    _answer("Restore", seen)
    in_editor: list[tuple[int | None, str]] = []

    def save(editor) -> None:
        in_editor.append((editor._record.id, editor.organisation.text()))
        editor.accept()

    when_modal(save, lambda w: isinstance(w, ContactEditor))
    window = make_window()
    qtbot.waitUntil(lambda: bool(in_editor), timeout=30_000)
    assert seen == ["Restore the unsaved changes to “Anna Roth · Festo”?"]
    assert in_editor == [(festo, TYPED)]
    assert get_contact(window.journal, festo).organisation == TYPED
    assert get_contact(window.journal, stadtwerke).organisation == "Stadtwerke"
    assert not draft.exists()


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_sigterm_keeps_note_editor_text(where, make_window, qtbot):
    _, _, met = _namesakes(where)
    status, err = _typed_then(where, "note", met, signal.SIGTERM)
    assert status == 0, err
    draft = DraftStore.of_record(where.drafts, "note", met)
    assert draft.load()["body"] == TYPED

    seen: list[str] = []
    _answer("Restore", seen)
    window = make_window()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert seen == ["Restore the unsaved changes to the note “Kaffee am Stand”?"]
    editor = window.notes.editor
    qtbot.waitUntil(lambda: editor.record is not None and editor.record.id == met)
    assert editor.body.toPlainText() == TYPED
    assert editor.has_unsaved_changes()
    assert window.notes.save()
    assert get_interaction(window.journal, met).body == TYPED
    assert not draft.exists()


def test_discarding_the_contact_editor_removes_its_draft(where, make_window, qtbot):
    stadtwerke, _, _ = _namesakes(where)
    window = make_window()
    seen: list[str] = []

    def type_then_cancel(editor) -> None:
        editor.organisation.setText("Stadtwerke Ulm GmbH")
        qtbot.waitUntil(DraftStore.of_record(where.drafts, "contact", stadtwerke).exists)
        _answer("Discard", seen)
        editor.reject()

    when_modal(type_then_cancel, lambda w: isinstance(w, ContactEditor))
    window.contacts.edit(stadtwerke)
    assert seen == ["Save the changes to the contact “Anna Roth · Stadtwerke”?"]
    assert list(record_drafts(where.drafts)) == []
    assert get_contact(window.journal, stadtwerke).organisation == "Stadtwerke"


def test_ctrl_q_in_the_quick_note_quits_as_from_the_window(make_window, qtbot):
    window = make_window()
    window.open_quick_note()
    dialog = window.quick_note_dialog()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.body, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_note_draft_with_some_fields_only_restores_those(where, make_window, qtbot):
    _, festo, met = _namesakes(where)
    DraftStore.of_record(where.drafts, "note", met).save({"id": met, "body": TYPED})
    seen: list[str] = []
    _answer("Restore", seen)
    window = make_window()
    editor = window.notes.editor
    qtbot.waitUntil(lambda: editor.record is not None and editor.record.id == met)
    assert editor.body.toPlainText() == TYPED
    assert editor.title.text() == "Kaffee am Stand"  # not in the draft: as stored
    assert editor.participants.ids() == [festo]
    window.notes.discard()  # (closing the window would ask)
    assert not DraftStore.of_record(where.drafts, "note", met).exists()


def test_contact_and_note_drafts_are_sealed_beside_an_encrypted_journal(tmp_path):
    from netzjournal.drafts import reseal_all
    from netzjournal.store import cipher

    before = cipher.active()
    try:
        cipher.activate(cipher.Key.random())
        draft = DraftStore.of_record(tmp_path, "contact", 7)
        draft.save({"id": 7, "fields": {"organisation": TYPED}})
        assert draft.sealed.exists() and not draft.path.exists()
        assert TYPED.encode() not in draft.sealed.read_bytes()
        assert [(k, i) for k, i, _ in record_drafts(tmp_path)] == [("contact", 7)]
        reseal_all(tmp_path, between=lambda: cipher.activate(None))  # encryption off
        assert draft.path.exists() and not draft.sealed.exists()
        assert draft.load() == {"id": 7, "fields": {"organisation": TYPED}}
    finally:
        cipher.activate(before)


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_a_signal_wakes_the_sleeping_loop(qapp, qtbot):
    from netzjournal.ui.shutdown import ShutdownOnSignal

    calls: list[str] = []
    before = signal.getsignal(signal.SIGTERM)
    watcher = ShutdownOnSignal(qapp, lambda: calls.append("shut down"),
                               lambda: calls.append("flushed"))  # fmt: skip
    try:
        os.kill(os.getpid(), signal.SIGTERM)  # handled while Qt's loop waits
        qtbot.waitUntil(lambda: bool(calls), timeout=10_000)
        assert calls == ["shut down"]
    finally:
        watcher.uninstall()
    assert signal.getsignal(signal.SIGTERM) == before  # the handlers as they were


def test_erasing_a_person_takes_their_editor_draft_by_id(where):
    from netzjournal.store import erasure

    stadtwerke, festo, _ = _namesakes(where)
    theirs = DraftStore.of_record(where.drafts, "contact", festo)
    theirs.save({"id": festo, "fields": {"given_name": "Anne", "organisation": "X"}})
    other = DraftStore.of_record(where.drafts, "contact", stadtwerke)
    other.save({"id": stadtwerke, "fields": {"organisation": "Y"}})
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        assert erasure.plan_erasure(j, festo, where.drafts).drafts == [theirs.current]
        erasure.erase_person(j, festo, with_sole_notes=True, drafts_dir=where.drafts)
    assert not theirs.exists() and other.exists()
