"""A journal file that is gone where its backups or drafts are: never a new, empty
journal without a word (the store, the command line, the window, a real start)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import REPO, person
from PySide6.QtWidgets import QMessageBox
from uihelpers import when_modal

from netzjournal import app as app_module
from netzjournal import keys, paths
from netzjournal.drafts import DraftStore
from netzjournal.store.backups import create_backup, list_backups
from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.errors import JournalMissing
from netzjournal.store.journal import Journal


def folder_state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def lost_journal(where: paths.DataPaths) -> None:
    """A journal with an old backup (one contact) and a newer one (three), then deleted
    with its companions, as a clean-up tool or a sync client does."""
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, person("Max", "Müller"))
        create_backup(j, where.backups, "daily", dt.datetime(2026, 1, 1, 9))
        create_contact(j, person("Eva", "Groß"))
        create_contact(j, person("Jörg", "Lang"))
        create_backup(j, where.backups, "manual", dt.datetime(2026, 3, 1, 9, 30))
    for p in where.root.glob("journal.sqlite3*"):
        p.unlink()


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NETZJOURNAL_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "netzjournal", *args],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120,
    )  # fmt: skip


# -- the store --------------------------------------------------------------------------


def test_a_missing_journal_beside_its_backups_is_refused_and_nothing_is_created(tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    lost_journal(where)
    before = folder_state(where.root)
    with pytest.raises(JournalMissing) as caught:
        Journal.open(where.journal, backup_dir=where.backups)
    assert caught.value.backups == 2 and caught.value.drafts == 0
    assert "deleted or moved" in str(caught.value)
    assert not where.journal.exists() and folder_state(where.root) == before
    with Journal.open(where.journal, backup_dir=where.backups, start_anew=True) as j:
        assert contact_count(j) == 0
    assert len(list_backups(where.backups)) == 2  # the backups stay


def test_drafts_alone_are_traces_of_a_journal_too(tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    DraftStore(where.drafts).save({"body": "Kaffee mit Anna"})
    with pytest.raises(JournalMissing) as caught:
        Journal.open(where.journal, backup_dir=where.backups)
    assert caught.value.drafts == 1 and caught.value.backups == 0
    assert not where.journal.exists()


def test_a_first_start_still_creates_the_journal(tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()  # empty folders: no traces
    (where.backups / "journal-20260101-090000-daily.sqlite3").write_bytes(b"")  # 0 bytes
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        assert contact_count(j) == 0
    assert where.journal.exists()


# -- the command line -------------------------------------------------------------------


# Plain only: an encrypted journal deleted with its key marker leaves the command no
# key to check its encrypted backups with (an open end, see the note).
@pytest.mark.plain_only
def test_the_command_line_refuses_a_missing_journal_and_says_how_to_go_on(tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    lost_journal(where)
    before = folder_state(where.root)
    out = run("contact", "list", home=where.root)
    assert out.returncode == 2, out.stdout + out.stderr
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert f"There is no journal at {where.journal}" in out.stderr
    assert "2 backups" in out.stderr and "deleted or moved" in out.stderr
    newest = "20260301-093000-manual"
    assert f"newest usable backup is {newest} (made 2026-03-01 09:30; contacts: 3" in out.stderr
    assert f"netzjournal backup restore {newest}" in out.stderr
    assert "--new-journal" in out.stderr
    assert not where.journal.exists() and folder_state(where.root) == before
    searched = run("search", "Lang", home=where.root)  # (a command that only reads)
    assert searched.returncode == 2 and f"backup restore {newest}" in searched.stderr

    restored = run("backup", "restore", newest, home=where.root)
    assert restored.returncode == 0, restored.stderr
    listed = run("contact", "list", home=where.root)
    assert listed.returncode == 0 and listed.stdout.count("\n") == 3, listed.stdout


def test_new_journal_starts_anew_and_keeps_the_backups(tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    lost_journal(where)
    out = run("contact", "list", "--new-journal", home=where.root)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "" and "new, empty journal" in out.stderr
    assert where.journal.exists() and len(list_backups(where.backups)) == 2
    again = run("contact", "list", "--new-journal", home=where.root)  # a journal is there
    assert again.returncode == 0 and again.stderr == ""


@pytest.mark.plain_only  # the child runs without a key, as after a sync client took both
def test_new_journal_beside_a_leftover_key_marker_sets_the_marker_aside(tmp_path):
    """The encrypted journal went, its key marker stayed. ``--new-journal`` (no key
    known) makes a plain journal and sets the marker aside, named as such (it names the
    keyring entry the encrypted backups may need): the next start is a plain journal's,
    not one that asks for a key and then calls a plain file damaged."""
    from netzjournal.store import cipher

    where = paths.resolve(tmp_path / "data").ensure()
    lost_journal(where)
    marker = cipher.new_marker(cipher.Key(raw=bytes(range(32))), "netzjournal-test-entry")
    cipher.write_marker(where.journal, marker)
    out = run("contact", "list", "--new-journal", home=where.root)
    assert out.returncode == 0, out.stderr
    assert not cipher.marker_path(where.journal).exists()
    (aside,) = where.root.glob(f"journal.sqlite3{cipher.MARKER_SUFFIX}.set-aside-*")
    assert aside.name in out.stderr
    assert "netzjournal-test-entry" in aside.read_text(encoding="utf-8")
    assert cipher.is_plain_sqlite(where.journal)
    again = run("contact", "add", "--given", "Eva", "--family", "Groß", home=where.root)
    assert again.returncode == 0, again.stderr
    assert run("contact", "list", home=where.root).stdout.count("Groß") == 1


# -- the window -------------------------------------------------------------------------


def is_missing_box(widget) -> bool:
    return widget.objectName() == "missingJournalBox"


def test_the_window_names_the_folder_and_the_newest_backup_and_restores_it(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    lost_journal(where)
    seen = {}

    def restore(box: QMessageBox) -> None:
        seen["title"] = box.windowTitle()
        seen["text"] = box.text()
        seen["advice"] = box.informativeText()
        seen["default"] = box.defaultButton().objectName()
        seen["buttons"] = sorted(b.objectName() for b in box.buttons())
        box.defaultButton().click()

    when_modal(restore, is_missing_box)
    journal = app_module._open_journal(where)
    assert journal is not None
    try:
        assert contact_count(journal) == 3
    finally:
        journal.close()
    assert seen["title"] == "The journal file is missing"
    assert "deleted or moved" in seen["text"]
    assert str(where.root) in seen["advice"]
    assert "(contacts: 3, notes: 0)" in seen["advice"]
    assert "2026" in seen["advice"] and "09:30" in seen["advice"]
    assert seen["default"] == "restoreNewest"
    assert seen["buttons"] == ["quitMissing", "restoreNewest", "startAnew"]
    assert not list(where.root.glob("journal.sqlite3.damaged-*"))  # nothing to keep aside


def test_quit_at_a_missing_journal_changes_nothing(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    lost_journal(where)
    before = folder_state(where.root)
    when_modal(lambda box: box.findChild(object, "quitMissing").click(), is_missing_box)
    assert app_module._open_journal(where) is None
    assert folder_state(where.root) == before


def test_a_new_journal_is_asked_for_first_and_the_backups_stay(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    lost_journal(where)
    asked = []

    def confirm(box: QMessageBox) -> None:
        asked.append((box.objectName(), box.defaultButton().text()))
        box.button(QMessageBox.StandardButton.Yes).click()

    def start_anew(box: QMessageBox) -> None:
        when_modal(confirm, lambda w: w.objectName() == "confirmDestructive")
        box.findChild(object, "startAnew").click()

    when_modal(start_anew, is_missing_box)
    journal = app_module._open_journal(where)
    assert journal is not None
    try:
        assert contact_count(journal) == 0
    finally:
        journal.close()
    assert asked and asked[0][0] == "confirmDestructive"
    assert asked[0][1] != "Create a new journal"  # Cancel is the default
    assert len(list_backups(where.backups)) == 2


def test_a_real_start_shows_the_missing_box_and_creates_nothing(tmp_path):
    """The whole start in a child process, as a person starts it: the box, not the
    welcome page; Quit leaves the folder as it was."""
    where = paths.resolve(tmp_path / "data").ensure()
    lost_journal(where)
    before = folder_state(where.root)
    code = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv[:1])
        seen = []
        def answer():
            box = QApplication.activeModalWidget()
            if box is not None and box.isVisible():
                seen.append(box.objectName())
                box.findChild(object, "quitMissing").click()
        timer = QTimer()
        timer.timeout.connect(answer)
        timer.start(50)
        QTimer.singleShot(60_000, app.quit)
        from netzjournal.cli import main
        status = main(["--data-dir", {str(where.root)!r}, "--lang", "en"])
        print("seen", seen, "status", status)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=REPO, env=env, timeout=120)  # fmt: skip
    assert "seen ['missingJournalBox'] status 1" in out.stdout, out.stdout + out.stderr
    assert not where.journal.exists()
    # (new are only the start's log, which says what was found, and the window's lock)
    after = {k: v for k, v in folder_state(where.root).items()
             if not k.startswith("logs") and k != "instance.lock"}  # fmt: skip
    assert after == before


# -- while the window runs: the data folder taken away -----------------------------------


def test_a_draft_does_not_bring_back_a_data_folder_taken_away(tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    lost_journal(where)
    where.root.rename(tmp_path / "moved")  # the folder moved while the window runs
    with pytest.raises(FileNotFoundError):
        DraftStore(where.drafts).save({"body": "Kaffee mit Anna"})
    assert not where.root.exists()  # the place stays free to put the folder back
    # A drafts folder that is missing inside a data folder that is there is made.
    fresh = paths.resolve(tmp_path / "fresh")
    fresh.root.mkdir()
    DraftStore(fresh.drafts).save({"body": "Kaffee mit Anna"})
    assert DraftStore(fresh.drafts).load() == {"body": "Kaffee mit Anna"}


def open_with_contacts(where: paths.DataPaths, *names: str) -> Journal:
    journal = Journal.open(where.journal, backup_dir=where.backups)
    for name in names:
        create_contact(journal, person(name, "Lang"))
    return journal


@pytest.mark.parametrize("reader", ["worker thread", "late reader", "integrity check"])
@pytest.mark.parametrize("how", ["file deleted", "folder deleted"])
def test_a_journal_taken_away_is_never_made_again_by_a_later_connection(tmp_path, reader, how):
    """Only the open that makes a journal creates its file: a worker's connection, a
    late reader's after the close, the window's integrity check fail on a journal
    deleted meanwhile instead of leaving a new, empty file at its path (which the next
    start would open as an empty journal). Any error will do (SQLCipher's class is
    another); what counts is that no file appeared."""
    import shutil
    import threading

    from netzjournal.store.journal import QuickCheck

    where = paths.resolve(tmp_path / "data").ensure()
    journal = open_with_contacts(where, "Anna")
    failed: list[BaseException] = []

    def read() -> None:
        try:
            if reader == "integrity check":
                lines = QuickCheck(where.journal).run()
                failed.append(AssertionError(f"read a journal that is gone: {lines}"))
                return
            journal.connection().execute("SELECT count(*) FROM contact").fetchone()
            failed.append(AssertionError("read a journal that is gone"))
        except Exception as exc:
            failed.append(exc)
        finally:
            journal.close_thread_connection()

    try:
        if how == "file deleted":
            for p in where.root.glob("journal.sqlite3*"):
                p.unlink()
        else:
            shutil.rmtree(where.root)
            where.root.mkdir()  # (a sync client that made the folder again, empty)
        if reader == "late reader":
            journal.close(checkpoint=False)
            read()
        else:
            worker = threading.Thread(target=read)
            worker.start()
            worker.join()
    finally:
        journal.close(checkpoint=False)
    assert failed and not isinstance(failed[0], AssertionError), failed
    assert not where.journal.exists()
    assert not list(where.root.glob("journal.sqlite3*"))


@pytest.mark.parametrize(
    "how", ["file deleted", "only the file deleted", "folder deleted", "folder moved"]
)
def test_an_open_journal_taken_away_is_written_back_and_saves_there(tmp_path, how):
    import shutil

    from netzjournal.store.errors import JournalUnavailable
    from netzjournal.store.write_back import write_back

    where = paths.resolve(tmp_path / "data").ensure()
    journal = open_with_contacts(where, "Anna", "Bert")
    try:
        if how == "file deleted":
            for p in where.root.glob("journal.sqlite3*"):
                p.unlink()
        elif how == "only the file deleted":  # (a file manager: its -wal and -shm stay)
            where.journal.unlink()
        elif how == "folder deleted":
            shutil.rmtree(where.root)
        else:
            where.root.rename(tmp_path / "moved")
        with pytest.raises(JournalUnavailable):
            create_contact(journal, person("Carla", "Lang"))
        assert write_back(journal) == where.journal
        create_contact(journal, person("Carla", "Lang"))  # the same save, now at the path
        assert not list(where.root.glob("*.part"))
        # The old file's -wal left at the path is kept aside, never replayed nor deleted.
        aside = list(where.root.glob("*set-aside*"))
        assert len(aside) == (how == "only the file deleted")
    finally:
        journal.close()
    with Journal.open(where.journal, backup_dir=where.backups) as again:
        assert contact_count(again) == 3
    if how == "folder moved":  # the moved folder's journal is as it was
        with Journal.open(tmp_path / "moved" / "journal.sqlite3", read_only=True) as moved:
            assert contact_count(moved) == 2


def test_writing_back_never_goes_over_a_file_that_is_there_again(tmp_path):
    from netzjournal.store.write_back import WriteBackRefused, write_back

    where = paths.resolve(tmp_path / "data").ensure()
    journal = open_with_contacts(where, "Anna")
    try:
        for p in where.root.glob("journal.sqlite3*"):
            p.unlink()
        where.journal.write_bytes(b"a sync client's copy")
        with pytest.raises(WriteBackRefused, match="again"):
            write_back(journal)
    finally:
        journal.close(checkpoint=False)
    assert where.journal.read_bytes() == b"a sync client's copy"
    assert not list(where.root.glob("*.part"))


def test_a_quick_note_on_a_journal_moved_away_offers_to_write_it_back(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from uihelpers import quick_note_shown

    from netzjournal.store.interactions import interaction_count

    where = paths.resolve(tmp_path / "data").ensure()
    journal = open_with_contacts(where, "Jana")
    try:
        jana = 1
        with quick_note_shown(journal, where.drafts, dt.datetime(2026, 12, 1, 9, 30)) as dialog:
            dialog.who.refresh_names()
            dialog.who.set_ids([jana])
            QTest.keyClicks(dialog.body, "Kaffee")
            where.root.rename(tmp_path / "moved")  # the folder moved away under the window
            seen: list[tuple[str, str]] = []

            def answer(box: QMessageBox) -> None:
                seen.append((box.objectName(), box.defaultButton().objectName()))
                when_modal(lambda ok: (seen.append((ok.objectName(), "")), ok.accept()))
                box.defaultButton().click()

            when_modal(answer, lambda w: w.objectName() == "journalMovedBox")
            QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda: len(seen) == 2)
            assert seen == [("journalMovedBox", "writeBack"), ("writtenBackBox", "")]
            assert dialog.isVisible() and dialog.body.toPlainText() == "Kaffee"
            assert where.journal.exists()
            QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert not dialog.isVisible()
        assert interaction_count(journal) == 1
    finally:
        journal.close()
    with Journal.open(where.journal, backup_dir=where.backups) as again:
        assert contact_count(again) == 1
        assert interaction_count(again) == 1


def test_a_file_that_appears_while_writing_back_is_kept_and_so_is_the_journal(
    tmp_path, monkeypatch
):
    """A sync client puts its copy at the path in the moment the copy is linked: that
    file stays, the open journal is kept beside it, and no write goes into either."""
    from netzjournal.store import write_back as module
    from netzjournal.store.errors import JournalUnavailable

    where = paths.resolve(tmp_path / "data").ensure()
    journal = open_with_contacts(where, "Anna", "Bert")
    real_link = os.link

    def racing_link(src, dst):
        Path(dst).write_bytes(b"a sync client's copy")
        return real_link(src, dst)

    try:
        shutil_rmtree(where.root)
        monkeypatch.setattr(module.os, "link", racing_link)
        with pytest.raises(module.WriteBackRefused, match="saved as") as refused:
            module.write_back(journal)
        with pytest.raises(JournalUnavailable):
            create_contact(journal, person("Carla", "Lang"))
    finally:
        journal.close(checkpoint=False)
    assert where.journal.read_bytes() == b"a sync client's copy"
    kept = where.root / "journal.sqlite3.written-back"  # (beside it: its key marker)
    assert kept.is_file()
    assert str(kept) in str(refused.value)
    with Journal.open(kept, read_only=True, backup_dir=tmp_path / "none") as saved:
        assert contact_count(saved) == 2


def shutil_rmtree(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder)


@pytest.mark.parametrize("kind", ["settings", "templates"])
def test_settings_and_templates_on_a_journal_moved_away_offer_to_write_it_back(
    make_window, qtbot, kind
):
    """The quick note, undoable edits, a new contact and the coach offered „Journal
    wiederherstellen“; Settings and the opener templates showed the plain warning."""
    from netzjournal.ui.coach.templates_dialog import TemplatesDialog
    from netzjournal.ui.settings_dialog import SettingsDialog

    w = make_window()
    if kind == "settings":
        dialog = SettingsDialog(w.paths, w.journal, w)
    else:
        dialog = TemplatesDialog(w.journal, w)
    dialog.show()
    away = w.journal.path.with_name("elsewhere.sqlite3")
    w.journal.path.rename(away)
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.objectName())
        box.escapeButton().click()

    when_modal(answer, lambda x: isinstance(x, QMessageBox))
    try:
        if kind == "settings":
            dialog.user_name.setText("Jürgen Beispiel")
            dialog.accept()
        else:
            dialog.body.setPlainText("Lust auf einen Espresso in {city}? Sonst gern ein andermal.")
            assert not dialog.save_template()
        qtbot.waitUntil(lambda: bool(seen))
        assert seen == ["journalMovedBox"]
    finally:
        away.rename(w.journal.path)
        dialog.hide()  # (a child of the window, which closes it; not Esc: it would ask)


# -- encrypted backups whose journal went with its key marker ---------------------------


def lost_encrypted_journal(where: paths.DataPaths, key) -> None:
    """An encrypted journal (``key``) with a backup, then deleted with its key marker."""
    from netzjournal.store import cipher

    before, before_id = cipher.active(), cipher.active_key_id()
    cipher.activate(key, "netzjournal-lost-entry")
    try:
        with Journal.open(where.journal, backup_dir=where.backups) as j:
            create_contact(j, person("Eva", "Groß"))
            create_backup(j, where.backups, "manual", dt.datetime(2026, 3, 1, 9, 30))
    finally:
        cipher.activate(before, before_id)
    assert cipher.looks_encrypted(list_backups(where.backups)[0].path)
    for p in where.root.glob("journal.sqlite3*"):
        p.unlink()


def run_with(stdin: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NETZJOURNAL_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "netzjournal", *args], input=stdin,
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120,
    )  # fmt: skip


@pytest.mark.plain_only  # the child has no key: the point of the test
def test_encrypted_backups_of_a_journal_gone_with_its_marker_need_only_the_passphrase(tmp_path):
    """The journal and its key marker were deleted; no process knows the key. The
    command line does not call the encrypted backups unusable: it says they need the
    key, and with the passphrase on standard input lists and restores them."""
    from netzjournal.store import cipher

    where = paths.resolve(tmp_path / "data").ensure()
    lost_encrypted_journal(where, cipher.Key(passphrase="Lieferketten 2026"))
    out = run("contact", "list", home=where.root)
    assert out.returncode == 2
    assert "None of the backups can be used" not in out.stderr
    assert "--passphrase-stdin" in out.stderr
    wrong = run_with("falsch\n", "backup", "list", "--passphrase-stdin", home=where.root)
    assert "(0 of 1 usable" in wrong.stdout
    listed = run_with("Lieferketten 2026\n", "backup", "list", "--passphrase-stdin",
                      home=where.root)  # fmt: skip
    assert "(1 of 1 usable" in listed.stdout, listed.stdout + listed.stderr
    ident = listed.stdout.splitlines()[1].split()[0]
    restored = run_with("Lieferketten 2026\n", "backup", "restore", ident,
                        "--passphrase-stdin", home=where.root)  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    assert cipher.read_marker(where.journal) is not None  # the next start asks the key
    again = run_with("Lieferketten 2026\n", "contact", "list", "--passphrase-stdin",
                     home=where.root)  # fmt: skip
    assert "Eva Groß" in again.stdout, again.stderr


def test_the_keyring_entry_that_opens_the_backups_is_found_by_trying_not_by_name(
    tmp_path, memory_keyring
):
    """No marker names the entry: the keyring's netzjournal entries are each tried
    against the backup; the one that opens it is the key, the others are not taken."""
    from netzjournal import keys
    from netzjournal.store import cipher

    where = paths.resolve(tmp_path / "data").ensure()
    right = cipher.Key(raw=bytes(range(32)))
    lost_encrypted_journal(where, right)
    memory_keyring.secrets[(keys.SERVICE, "aaa-other-journal")] = bytes(32).hex()
    memory_keyring.secrets[(keys.SERVICE, "zzz-this-one")] = right.raw.hex()
    encrypted = [b.path for b in list_backups(where.backups)]
    assert keys.key_for_backups(encrypted, where.journal) == (right, "zzz-this-one")
    memory_keyring.secrets.pop((keys.SERVICE, "zzz-this-one"))
    assert keys.key_for_backups(encrypted, where.journal) is None
    typed = keys.recovery_text(right)
    assert keys.key_for_backups(encrypted, where.journal, typed) == (right, None)


def test_the_window_asks_the_key_for_encrypted_backups_and_restores_with_it(
    qtbot, tmp_path, no_keyring
):
    """No key known opens the encrypted backups: the box says they need the key and
    offers "Enter the key…" (the default), not "none can be used". A wrong passphrase
    is refused in the dialog; the right one opens them, and the box then restores."""
    from netzjournal.store import cipher
    from netzjournal.ui.privacy import UnlockDialog

    where = paths.resolve(tmp_path / "data").ensure()
    lost_encrypted_journal(where, cipher.Key(passphrase="Lieferketten 2026"))
    before, before_id = cipher.active(), cipher.active_key_id()
    cipher.activate(None)
    seen: dict[str, object] = {}

    def restore(box: QMessageBox) -> None:
        seen["restore"] = box.defaultButton().objectName()
        box.defaultButton().click()

    def type_key(dialog: UnlockDialog) -> None:
        dialog.field.setText("falsch")
        dialog.accept()
        seen["wrong"] = dialog.problem.text()
        assert dialog.isVisible()
        dialog.field.setText("Lieferketten 2026")
        when_modal(restore, is_missing_box)
        dialog.accept()

    def ask_key(box: QMessageBox) -> None:
        seen["advice"] = box.informativeText()
        seen["default"] = box.defaultButton().objectName()
        when_modal(type_key, lambda w: isinstance(w, UnlockDialog))
        box.defaultButton().click()

    when_modal(ask_key, is_missing_box)
    try:
        journal = app_module._open_journal(where)
        assert journal is not None
        try:
            assert contact_count(journal) == 1
        finally:
            journal.close()
    finally:
        cipher.activate(before, before_id)
    assert "None of the backups can be used" not in str(seen["advice"])
    assert "passphrase or its recovery key" in str(seen["advice"])
    assert seen["default"] == "enterKey"
    assert "opens none of the backups" in str(seen["wrong"])
    assert seen["restore"] == "restoreNewest"


def test_a_recovery_key_typed_at_the_missing_box_is_kept_in_the_keyring(
    qtbot, tmp_path, memory_keyring
):
    """The backups opened with the recovery key and were restored; the restored
    journal's new marker names a keyring entry that did not exist, so the next start
    asked for the 56 letters once more. Now the keyring keeps it under that name, as
    the start's unlock does after a recovery key."""
    from netzjournal.store import cipher
    from netzjournal.ui.privacy import UnlockDialog

    where = paths.resolve(tmp_path / "data").ensure()
    right = cipher.Key.random()
    lost_encrypted_journal(where, right)
    before, before_id = cipher.active(), cipher.active_key_id()
    cipher.activate(None)

    def type_key(dialog: UnlockDialog) -> None:
        dialog.field.setText(keys.recovery_text(right))
        when_modal(lambda box: box.defaultButton().click(), is_missing_box)
        dialog.accept()

    def ask_key(box: QMessageBox) -> None:
        when_modal(type_key, lambda w: isinstance(w, UnlockDialog))
        box.defaultButton().click()

    when_modal(ask_key, is_missing_box)
    try:
        journal = app_module._open_journal(where)
        assert journal is not None
        journal.close()
    finally:
        cipher.activate(before, before_id)
    marker = cipher.read_marker(where.journal)
    assert marker is not None and marker.mode == "keyring"
    assert marker.key_id != "netzjournal-lost-entry"  # (a new entry: the old name is unknown)
    # What the next start tries first: found, so it does not ask.
    assert keys.key_from_keyring(where.journal) == right
