"""Session 34's faults: the journal's file taken away while it is open, and a journal
that is a symbolic link.

Real files in tmp_path, real widgets offscreen. SQLite in WAL mode goes on writing to a
journal whose file (or folder) was deleted, moved or replaced while it is open: every
write then lands in a file nobody opens again, and says nothing. The store now refuses
such a write (one ``stat`` per write transaction) and says why.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_storage_trust import (
    count_contacts,
    fill_disk,
    holding_the_write_lock,
    needs_root,
    tmpfs,
    write_journal,
)
from uihelpers import collect_message_boxes, quick_note_shown

from netzjournal import cli, paths
from netzjournal.coach import settings as coach_settings
from netzjournal.paths import DataPaths
from netzjournal.store import backups, cipher
from netzjournal.store.backups import create_backup
from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.errors import JournalUnavailable
from netzjournal.store.interactions import create_interaction, interaction_count
from netzjournal.store.journal import Journal
from netzjournal.store.reading import get_setting
from netzjournal.store.records import InteractionRecord

NOW = dt.datetime(2026, 12, 1, 9, 30)


def _take_away(journal_path: Path, how: str) -> None:
    folder = journal_path.parent
    if how == "file deleted":
        journal_path.unlink()
    elif how == "folder deleted":
        shutil.rmtree(folder)
    elif how == "folder moved":
        folder.rename(folder.with_name(folder.name + "-moved"))
    elif how == "file replaced":
        # (a sync client puts another device's copy in its place)
        other = journal_path.with_name("other.sqlite3")
        shutil.copyfile(journal_path, other)
        os.replace(other, journal_path)


@pytest.mark.parametrize("how", ["file deleted", "folder deleted", "folder moved", "file replaced"])
def test_a_write_to_a_journal_taken_away_while_open_is_refused_and_says_why(tmp_path, how):
    path = tmp_path / "data" / "journal.sqlite3"
    path.parent.mkdir()
    journal = Journal.open(path)
    try:
        create_contact(journal, person("Anna", "Alt"))
        _take_away(path, how)
        with pytest.raises(JournalUnavailable) as caught:
            create_contact(journal, person("Bert", "Bau"))
        assert caught.value.kind == "moved"
        assert caught.value.path == path
        assert "was moved or deleted while netzjournal had it open" in str(caught.value)
        assert contact_count(journal) == 1  # rolled back: one transaction, nothing half
    finally:
        journal.close()


def test_a_journal_reopened_at_its_path_after_a_close_writes_there(tmp_path):
    """A late reader's reconnect (the window closing after a restore) takes the file now
    at the path; its writes are not refused as moved."""
    path = tmp_path / "journal.sqlite3"
    journal = Journal.open(path)
    create_contact(journal, person("Anna", "Alt"))
    journal.close()
    _take_away(path, "file replaced")
    try:
        create_contact(journal, person("Bert", "Bau"))
        assert contact_count(journal) == 2
    finally:
        journal.close()


def _key(widget, ch: str) -> None:
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
    )


def test_a_quick_note_on_a_journal_moved_away_keeps_its_text_and_saves_once_it_is_back(
    journal, tmp_path, qtbot
):
    jana = create_contact(journal, person("Jana", "Beispiel")).value.id
    with quick_note_shown(journal, tmp_path / "drafts", NOW) as dialog:
        dialog.who.refresh_names()
        dialog.who.set_ids([jana])
        for ch in "Über Köln":
            _key(dialog.body, ch)
        away = journal.path.with_name("journal-elsewhere.sqlite3")
        journal.path.rename(away)
        seen = collect_message_boxes()
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert len(seen) == 1, seen
        assert "was moved or deleted while netzjournal had it open" in seen[0]
        assert str(journal.path) in seen[0]
        assert dialog.isVisible() and dialog.body.toPlainText() == "Über Köln"
        assert interaction_count(journal) == 0
        away.rename(journal.path)  # put back, as the message says
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert not dialog.isVisible()
    assert interaction_count(journal) == 1


# -- a journal that is a symbolic link (into a synced folder, onto another disk) ---------


@pytest.fixture
def linked(tmp_path) -> tuple[DataPaths, Path]:
    """A data folder whose journal.sqlite3 is a link to a journal in another folder."""
    share = tmp_path / "Nextcloud Freigabe #2"
    share.mkdir()
    target = share / "netzjournal.sqlite3"
    write_journal(target, contacts=2)  # (another process: this one has not opened it)
    where = paths.resolve(tmp_path / "data").ensure()
    (where.root / paths.JOURNAL_FILE).symlink_to(target)
    return where, target


def _still_linked(where: DataPaths, target: Path) -> None:
    link = where.root / paths.JOURNAL_FILE
    assert link.is_symlink() and Path(os.readlink(link)) == target
    # nothing of the journal's in the data folder but the link (SQLite's files and
    # every kept copy are beside the file the link names)
    assert sorted(p.name for p in where.root.glob("journal.sqlite3*")) == [paths.JOURNAL_FILE]


def test_a_linked_journal_s_leftover_wal_is_checked_where_sqlite_keeps_it(linked, tmp_path):
    """SQLite keeps the -wal beside the link's target; the check at open looked beside
    the link, found none, and let SQLite replay another journal's -wal."""
    where, target = linked
    other = tmp_path / "other" / "journal.sqlite3"
    other.parent.mkdir()
    write_journal(other, contacts=20, crash=True, prefix="Fremd")
    foreign = other.with_name(other.name + "-wal").read_bytes()
    target.with_name(target.name + "-wal").write_bytes(foreign)
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        (aside,) = j.set_aside
        assert aside.parent == target.parent and aside.read_bytes() == foreign
        assert contact_count(j) == 2
        create_contact(j, person("Clara", "Czech"))
    _still_linked(where, target)
    assert count_contacts(target) == 3


def test_a_linked_journal_recovered_from_a_backup_stays_where_the_link_points(linked):
    where, target = linked
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        made = create_backup(j, where.backups, now=dt.datetime(2026, 11, 30, 9))
    target.write_bytes(b"kaputt" * 1000)  # damaged
    kept = backups.recover_from_backup(where.journal, made.path, now=NOW)
    _still_linked(where, target)
    assert kept is not None and kept.parent == target.parent
    assert kept.read_bytes() == b"kaputt" * 1000
    assert count_contacts(target) == 2


def test_encrypting_a_linked_journal_encrypts_the_file_it_names_and_leaves_no_plain_copy(
    linked, no_keyring, monkeypatch, capsys
):
    where, target = linked
    before = cipher.active()
    try:
        cipher.activate(None)
        if not cipher.is_plain_sqlite(target):
            pytest.skip("the encrypted run's journals are encrypted already")
        d = ["--data-dir", str(where.root)]
        monkeypatch.setattr(sys, "stdin", io.StringIO("Sommer am See 2026\n"))
        assert cli.main(["encryption", "on", "--new-passphrase-stdin", *d]) == 0
        _still_linked(where, target)
        assert not cipher.is_plain_sqlite(target)
        cipher.activate(None)
        monkeypatch.setattr(sys, "stdin", io.StringIO("Sommer am See 2026\n"))
        assert cli.main(["encryption", "confirm", "--passphrase-stdin", *d]) == 0
        _still_linked(where, target)
        plain = [p for p in target.parent.iterdir() if p.is_file() and cipher.is_plain_sqlite(p)]
        assert plain == []  # the unencrypted original is gone once confirmed
    finally:
        capsys.readouterr()
        cipher.activate(before)


def test_a_link_to_a_disk_not_connected_is_said_and_nothing_is_created_there(tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    usb = tmp_path / "media" / "usb"
    (where.root / paths.JOURNAL_FILE).symlink_to(usb / "journal.sqlite3")
    with pytest.raises(JournalUnavailable) as caught:
        Journal.open(where.journal, backup_dir=where.backups)
    assert caught.value.kind == "link-target-missing"
    assert "is a link to a place that is not there" in str(caught.value)
    assert str(usb / "journal.sqlite3") in caught.value.detail
    assert not (tmp_path / "media").exists()


# -- Settings: every setting in the journal one transaction; a refusal said, the dialog kept


@pytest.mark.plain_only  # (another process takes the lock with plain sqlite3)
def test_settings_refused_by_a_lock_are_said_keep_the_dialog_and_write_nothing(make_window, qtbot):
    """OK under another program's write lock raised out of the dialog (no message: the
    crash box in the app) after each setting had been tried in a transaction of its own;
    on a full disk the first could stay written and the rest not."""
    from netzjournal.ui.settings_dialog import SettingsDialog

    w = make_window()
    before = (get_setting(w.journal, "user.name"), coach_settings.load(w.journal).limit)
    dialog = SettingsDialog(w.paths, w.journal, w)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_name.setText("Jürgen Beispiel")
    dialog.limit.setValue(before[1] + 1)
    w.journal.connection().execute("PRAGMA busy_timeout = 200")
    seen = collect_message_boxes()
    with holding_the_write_lock(w.journal.path):
        dialog.accept()
        qtbot.waitUntil(lambda: len(seen) == 1)
    assert "Another program is writing to the journal" in seen[0]
    assert dialog.isVisible() and dialog.user_name.text() == "Jürgen Beispiel"
    assert (get_setting(w.journal, "user.name"), coach_settings.load(w.journal).limit) == before
    dialog.accept()  # the lock is gone: saved as chosen
    assert not dialog.isVisible()
    assert get_setting(w.journal, "user.name") == "Jürgen Beispiel"
    assert coach_settings.load(w.journal).limit == before[1] + 1


@pytest.mark.plain_only
def test_settings_on_a_disk_that_fills_midway_write_none_of_them(make_window, qtbot, monkeypatch):
    """The disk fills after the name is written and before the coach's settings are (the
    real store; a journal capped with max_page_count is the full disk, and a row of
    ballast written just before the coach's settings uses up its last pages): before,
    the name stayed saved and the coach's settings were not."""
    from netzjournal.ui.settings_dialog import SettingsDialog

    w = make_window()
    before = (get_setting(w.journal, "user.name"), coach_settings.load(w.journal).limit)
    dialog = SettingsDialog(w.paths, w.journal, w)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_name.setText("Jürgen Beispiel")
    dialog.limit.setValue(before[1] + 1)
    conn = w.journal.connection()
    pages = conn.execute("PRAGMA page_count").fetchone()[0] + 2
    seen = collect_message_boxes()
    original = coach_settings.save

    def save_on_a_full_disk(journal, settings):
        conn.execute(f"PRAGMA max_page_count = {pages}")
        conn.execute("INSERT INTO setting (key, value) VALUES ('ballast', zeroblob(400000))")
        original(journal, settings)

    monkeypatch.setattr(coach_settings, "save", save_on_a_full_disk)
    dialog.accept()
    monkeypatch.undo()
    conn.execute("PRAGMA max_page_count = 1073741823")
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "The disk is full" in seen[0]
    assert dialog.isVisible()
    assert (get_setting(w.journal, "user.name"), coach_settings.load(w.journal).limit) == before
    assert get_setting(w.journal, "ballast") is None  # (rolled back with the rest)
    dialog.accept()  # room again: saved as chosen
    assert not dialog.isVisible()
    assert get_setting(w.journal, "user.name") == "Jürgen Beispiel"


# -- a stale rollback -journal beside the journal ----------------------------------------

_CRASH_MID_TRANSACTION = r"""
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA journal_mode=DELETE")
c.execute("PRAGMA cache_size=1")  # pages spill into the file before the commit
c.execute("CREATE TABLE IF NOT EXISTS t (x)")
c.execute("BEGIN")
c.execute("INSERT INTO t SELECT randomblob(50000) FROM (SELECT 1 UNION SELECT 2 UNION SELECT 3)")
c.execute(sys.argv[2])
os._exit(0)  # killed mid-transaction: a hot -journal is left
"""


def _crash_mid_transaction(db: Path, statement: str = "SELECT 1") -> Path:
    subprocess.run([sys.executable, "-c", _CRASH_MID_TRANSACTION, str(db), statement],
                   check=True, timeout=60)  # fmt: skip
    rollback = db.with_name(db.name + "-journal")
    assert rollback.stat().st_size > 0
    return rollback


def test_another_database_s_rollback_journal_is_set_aside_not_played_back(tmp_path):
    """SQLite plays back a hot -journal at open whoever wrote it: another database's
    pages went over the journal's, every contact was gone and SQLite's check said ok."""
    path = tmp_path / "data" / "journal.sqlite3"
    path.parent.mkdir()
    write_journal(path, contacts=4)
    foreign = _crash_mid_transaction(tmp_path / "other.db").read_bytes()
    path.with_name(path.name + "-journal").write_bytes(foreign)
    with Journal.open(path) as j:
        (aside,) = j.set_aside
        assert aside.name.startswith("journal.sqlite3-journal.set-aside-")
        assert aside.read_bytes() == foreign  # kept, not deleted
        assert contact_count(j) == 4
        assert j.integrity_check() == ["ok"]
    assert not path.with_name(path.name + "-journal").exists()


@pytest.mark.plain_only  # (another tool, plain sqlite3, switched the journal's mode)
def test_a_journal_s_own_rollback_journal_is_still_played_back(tmp_path):
    """A file another tool switched to rollback mode and crashed in: its -journal is its
    own, and SQLite's playback is what keeps it whole."""
    path = tmp_path / "journal.sqlite3"
    write_journal(path, contacts=4)
    _crash_mid_transaction(path, "DELETE FROM contact")
    with Journal.open(path) as j:
        assert j.set_aside == []
        assert contact_count(j) == 4  # the crashed transaction rolled back
        assert j.integrity_check() == ["ok"]


# -- the log-in reminder's entry on a full disk --------------------------------------------


@needs_root
def test_the_log_in_entry_on_a_full_disk_leaves_the_old_one_and_nothing_else(tmp_path):
    """The entry was written as "….desktop.part" and renamed: a full disk raised with
    the half-written part left in ~/.config/autostart (and nothing was fsynced)."""
    from netzjournal import reminders

    with tmpfs(tmp_path / "autostart", size="64k") as folder:
        entry = folder / "netzjournal-remind.desktop"
        reminders.install_autostart(["netzjournal", "remind", "--notify"], entry)
        before = entry.read_bytes()
        fill_disk(folder)
        with pytest.raises(OSError):
            reminders.install_autostart(["netzjournal", "--data-dir", "x" * 8000, "remind"], entry)
        assert entry.read_bytes() == before
        assert sorted(p.name for p in folder.iterdir()) == ["filler", entry.name]


def test_a_window_ini_that_cannot_be_written_is_said_and_the_rest_is_saved(make_window, qtbot):
    """The language went into window.ini with no word when the file could not be written
    (here a folder in its place; a write-protected file or one of another user alike)."""
    from netzjournal.ui.settings_dialog import SettingsDialog

    w = make_window()
    ini = w.paths.root / "window.ini"
    dialog = SettingsDialog(w.paths, w.journal, w)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_name.setText("Jürgen Beispiel")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    ini.unlink()
    ini.mkdir()
    seen = collect_message_boxes()
    dialog.accept()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "The interface language could not be saved" in seen[0] and str(ini) in seen[0]
    assert not dialog.isVisible()
    assert get_setting(w.journal, "user.name") == "Jürgen Beispiel"


# -- the review's PDF saved again over last week's on a full disk -------------------------


@needs_root
def test_a_review_pdf_saved_over_an_older_one_on_a_full_disk_keeps_the_older_one(
    journal, tmp_path, qapp
):
    """Qt's writer wrote into the user's file itself: on a full disk last year's review,
    saved over with this year's longer one, was cut short into a broken PDF, and no
    error was raised (only an empty file was)."""
    from netzjournal.review.figures import review
    from netzjournal.ui.review.export import write_pdf

    for n in range(12):
        who = create_contact(journal, person(f"Petra{n}", "Beispiel")).value.id
        create_interaction(
            journal,
            InteractionRecord(occurred_at=dt.datetime(2026, 3, 1 + n, 18), participants=[who],
                              body="Vortrag über Netzwerke in Köln"),
        )  # fmt: skip
    longer = tmp_path / "longer.pdf"
    write_pdf(review(journal, 2026), longer, "de", "Petra")
    with tmpfs(tmp_path / "Dokumente", size="512k") as folder:
        pdf = write_pdf(review(journal, 2019), folder / "Jahresrückblick.pdf", "de", "Petra")
        before = pdf.read_bytes()
        assert len(longer.read_bytes()) > len(before) + 8192  # (more than its blocks)
        fill_disk(folder)
        with pytest.raises(OSError):
            write_pdf(review(journal, 2026), pdf, "de", "Petra")
        assert pdf.read_bytes() == before
        assert sorted(p.name for p in folder.iterdir()) == ["Jahresrückblick.pdf", "filler"]


@pytest.mark.plain_only  # (another process takes the lock with plain sqlite3)
def test_the_event_editor_without_an_undo_stack_says_a_lock_in_the_window_s_language(
    make_window, qtbot
):
    """The editor without an undo stack (a new event from the command palette's
    dialogs) said a refused save with the store's English text in a German window.
    A real lock held by another program; the store waits 200 ms for it, not its
    default (the earlier test of this hung there). The text stays, nothing is
    written; without the lock it saves."""
    from uihelpers import in_language

    from netzjournal.store.events import first_event_day
    from netzjournal.ui.events_tab.editor import EventEditor

    with in_language("de"):
        w = make_window()
        editor = EventEditor(w.journal, None, dt.date(2026, 11, 22), parent=w)
        qtbot.addWidget(editor)
        editor.show()
        editor.name.setText("Barcamp Köln")
        w.journal.connection().execute("PRAGMA busy_timeout = 200")
        seen = collect_message_boxes()
        with holding_the_write_lock(w.journal.path):
            editor.save()
            qtbot.waitUntil(lambda: len(seen) == 1)
        kept = editor.isVisible() and editor.name.text() == "Barcamp Köln"
        written = first_event_day(w.journal)
        editor.save()  # (closed before asserting: an open editor outlived a failure)
        assert not editor.isVisible()
        assert first_event_day(w.journal) is not None
    assert seen[0].startswith("Ein anderes Programm schreibt gerade in das Journal"), seen
    assert kept and written is None
