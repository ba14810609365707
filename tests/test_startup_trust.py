"""Issue 11 at the window's start: real widgets offscreen, real files in tmp_path."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import person
from PySide6.QtWidgets import QApplication, QLabel
from uihelpers import (
    close_main_window_once_painted,
    create_when_the_folder_is_asked_for,
    quit_after,
    when_modal,
)

from netzjournal import app as app_module
from netzjournal import paths
from netzjournal.store.backups import BackupInfo, checked_backups, create_backup, list_backups
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.journal import Journal
from netzjournal.ui.main_window import MainWindow
from netzjournal.ui.recovery_dialog import CheckedBackupsModel, RecoveryDialog

IS_ROOT = os.name == "posix" and os.geteuid() == 0


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def no_windows_left(qtbot):
    """run_gui closes its window but does not delete it: leave none for later tests."""
    yield
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            w.deleteLater()
    qtbot.wait(50)


def is_recovery(widget) -> bool:
    return isinstance(widget, RecoveryDialog)


def scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(3 * 4096, 12 * 4096, 4096):
        data[offset : offset + 200] = bytes(range(200))
    path.write_bytes(bytes(data))


def journal_with_backups(where: paths.DataPaths) -> list[BackupInfo]:
    """A journal and three backups: empty (old), two contacts, three contacts (newest)."""
    made = []
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        made.append(create_backup(j, where.backups, "daily", dt.datetime(2026, 1, 1, 9)))
        create_contact(j, person("Max", "Müller"))
        create_contact(j, person("Eva", "Groß"))
        made.append(create_backup(j, where.backups, "daily", dt.datetime(2026, 2, 1, 9)))
        create_contact(j, person("Jörg", "Lang"))
        made.append(create_backup(j, where.backups, "manual", dt.datetime(2026, 3, 1, 9)))
    return made


# -- 1. environment errors: a message, no restore offer, nothing touched ------------------


@pytest.mark.skipif(not IS_ROOT, reason="needs root to mount a small tmpfs (a full disk)")
def test_full_disk_at_start_says_so_and_offers_no_restore(qtbot, tmp_path):
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    mounted = subprocess.run(
        # (30 contact writes leave a -wal of ~3 MB)
        ["mount", "-t", "tmpfs", "-o", "size=5m", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:  # a container without CAP_SYS_ADMIN
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        where = paths.resolve(mnt).ensure()
        code = (
            "import os\n"
            "from netzjournal.store.journal import Journal\n"
            "from netzjournal.store.records import ContactRecord\n"
            "from netzjournal.store.contacts import create_contact\n"
            f"j = Journal.open({str(where.journal)!r})\n"
            "for n in range(30):\n"
            "    r = ContactRecord(given_name=f'P{n}', family_name='L')\n"
            "    create_contact(j, r)\n"
            "j.close()\n"  # (a crash's -wal is read where it lies: that start needs no room)
        )
        subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
        with open(mnt / "filler", "wb", buffering=0) as fh, contextlib.suppress(OSError):
            while True:
                fh.write(b"\0" * 65536)
        before = folder_state(mnt)
        seen = []

        def close(box):
            seen.append((type(box).__name__, box.windowTitle(), box.text()))
            box.reject()

        when_modal(close)
        assert app_module._open_journal(where) is None
        assert seen == [
            (
                "QMessageBox",
                "The disk is full",
                "The disk is full. Please free some space and start again.",
            )
        ]
        assert folder_state(mnt) == before
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_data_folder_is_a_file_gives_a_message_and_exit_status(qtbot, tmp_path, no_windows_left):
    blocker = tmp_path / "data"
    blocker.write_text("my notes")
    seen = []

    def close(box):
        seen.append(box.windowTitle())
        box.reject()

    when_modal(close)
    assert app_module.run_gui(data_dir=str(blocker), lang="en") == 1
    assert seen == ["A file is in the data folder's place"]
    assert blocker.read_text() == "my notes"


def test_journal_path_is_a_directory_gives_a_message(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    where.journal.mkdir()
    seen = []
    when_modal(lambda box: (seen.append(box.windowTitle()), box.reject()))
    assert app_module._open_journal(where) is None
    assert seen == ["A folder is in the journal's place"]
    assert where.journal.is_dir()


# -- 2. a set-aside -wal is reported -------------------------------------------------------


def test_a_set_aside_wal_is_reported(qtbot, tmp_path):
    mine = paths.resolve(tmp_path / "mine").ensure()
    other = paths.resolve(tmp_path / "other").ensure()
    for where, count, crash in ((mine, 4, False), (other, 40, True)):
        code = (
            "import os\n"
            "from netzjournal.store.journal import Journal\n"
            "from netzjournal.store.records import ContactRecord\n"
            "from netzjournal.store.contacts import create_contact\n"
            f"j = Journal.open({str(where.journal)!r})\n"
            f"for n in range({count}):\n"
            "    r = ContactRecord(given_name=f'P{n}', family_name='L')\n"
            "    create_contact(j, r)\n" + ("os._exit(0)\n" if crash else "j.close()\n")
        )
        subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    wal = mine.journal.with_name("journal.sqlite3-wal")
    wal.write_bytes(other.journal.with_name("journal.sqlite3-wal").read_bytes())
    told = []
    when_modal(lambda box: (told.append(box.informativeText()), box.accept()))
    journal = app_module._open_journal(mine)
    assert journal is not None
    try:
        assert contact_count(journal) == 4
        (aside,) = journal.set_aside
        assert told and str(aside) in told[0] and "set-aside" in told[0]
    finally:
        journal.close()


# -- 3. recovery: a verified list, newest healthy first; Quit quits -------------------------


def test_recovery_lists_checked_backups_and_restores_the_chosen_one(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    empty, two, three = journal_with_backups(where)
    scribble(three.path)  # the newest backup is damaged
    (where.backups / "journal-20260401-090000-manual.sqlite3").write_bytes(b"")
    where.journal.write_bytes(b"garbage" * 1000)
    seen = {}

    def choose(dialog: RecoveryDialog):
        model = dialog.model
        rows = [
            tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())
        ]
        seen["rows"] = rows
        seen["selected"] = dialog.table.selectionModel().selectedRows()[0].row()
        seen["default"] = dialog.restore_button.isDefault()
        dialog.restore_button.click()

    when_modal(choose, is_recovery)
    journal = app_module._open_journal(where)
    assert journal is not None
    try:
        assert sorted(r.family_name for r in contact_rows(journal)) == ["Groß", "Müller"]
    finally:
        journal.close()
    rows = seen["rows"]
    assert rows[0][2:] == ("2", "0", "usable")  # the healthy one with data, first
    assert seen["selected"] == 0 and not seen["default"]
    states = sorted(r[4] for r in rows[1:])
    assert states == sorted(["damaged", "empty file (0 bytes)", "holds no contacts or notes"])
    assert [p.read_bytes() for p in where.root.glob("journal.sqlite3.damaged-*")] == [
        b"garbage" * 1000
    ]
    del empty, two


def test_quit_in_recovery_changes_nothing(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal_with_backups(where)
    where.journal.write_bytes(b"garbage" * 1000)
    before = folder_state(where.root)
    when_modal(lambda d: d.quit_button.click(), is_recovery)
    assert app_module._open_journal(where) is None
    assert folder_state(where.root) == before


def test_damage_found_while_open_offers_backups_and_quit_quits(qtbot, tmp_path, no_windows_left):
    where = paths.resolve(tmp_path / "data").ensure()
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        for n in range(300):
            create_contact(j, person(f"P{n}", "Lang", notes="y" * 500))
        create_backup(j, where.backups, "daily", dt.datetime(2026, 1, 1, 9))
    scribble(where.journal)
    offered = []

    def quit_(dialog):
        offered.append(dialog.model.rowCount())
        dialog.quit_button.click()

    when_modal(quit_, is_recovery)
    quit_after(120_000)  # a safety net only
    status = app_module.run_gui(data_dir=str(where.root), lang="en")
    # Found while the window reads (status 1) or by the background check (0).
    assert status in (0, 1) and offered == [1]
    # The damaged journal was not backed up.
    assert [b.reason for b in list_backups(where.backups)] == ["daily"]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                and w.isVisible()]  # fmt: skip


def damage_the_notes(where: paths.DataPaths) -> None:
    """A journal with 200 notes and a backup; every page of the notes' table scribbled
    over (the contacts stay readable: the window starts)."""
    import sqlite3

    from netzjournal.store.interactions import create_interaction
    from netzjournal.store.records import InteractionRecord

    with Journal.open(where.journal, backup_dir=where.backups) as j:
        anna = create_contact(j, person("Anna", "Lang")).value.id
        for n in range(200):
            create_interaction(j, InteractionRecord(
                dt.datetime(2026, 1, 1, 9) + dt.timedelta(hours=n), participants=[anna],
                title=f"Kaffee {n}", body="x" * 400))  # fmt: skip
        create_backup(j, where.backups, "daily", dt.datetime(2026, 1, 1, 9))
    with contextlib.closing(sqlite3.connect(where.journal)) as c:
        query = "SELECT pageno FROM dbstat WHERE name = 'interaction' AND pagetype = 'leaf'"
        leaves = [p for (p,) in c.execute(query)]
    data = bytearray(where.journal.read_bytes())
    for page in leaves:
        data[(page - 1) * 4096 : page * 4096] = b"\x5a" * 4096
    where.journal.write_bytes(bytes(data))


def answer_every_box(shown: list[str]):
    """Note each modal that shows (Quit in the recovery dialog, else close it)."""
    from PySide6.QtCore import QTimer

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible():
            return
        shown.append(box.objectName() or type(box).__name__)
        box.quit_button.click() if isinstance(box, RecoveryDialog) else box.close()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    return timer


@contextlib.contextmanager
def running_window(window, journal, where, tmp_path):
    """The app's exception hook installed over this window, as ``run_gui`` leaves it;
    yields the names of the modals that showed (each answered). Closes the journal."""
    hook = sys.excepthook
    app_module._install_excepthook(tmp_path / "netzjournal.log")
    app_module._running[:] = [(window, journal, where)]
    shown: list[str] = []
    timer = answer_every_box(shown)
    try:
        yield shown
    finally:
        timer.stop()
        sys.excepthook = hook
        app_module._running.clear()
        journal.close()


@pytest.mark.plain_only  # dbstat (which pages hold the notes) is not in SQLCipher's build
def test_damage_met_by_a_view_built_at_the_start_offers_backups_never_the_crash_box(
    qtbot, tmp_path, no_windows_left
):
    """The notes view, opened as last time, meets a damaged page inside a Qt slot:
    that is damage (backups offered), not "an unexpected problem, all is safe"."""
    from PySide6.QtCore import QSettings

    from netzjournal.ui.main_window import NOTES

    where = paths.resolve(tmp_path / "data").ensure()
    damage_the_notes(where)
    window_ini = QSettings(str(where.root / "window.ini"), QSettings.Format.IniFormat)
    window_ini.setValue("mainWindow/view", NOTES)
    window_ini.sync()
    shown: list[str] = []
    timer = answer_every_box(shown)
    quit_after(120_000)  # a safety net only
    try:
        app_module.run_gui(data_dir=str(where.root), lang="en")
    finally:
        timer.stop()
    assert shown == ["recoveryDialog"]  # once, however many views met the damage
    assert [b.reason for b in list_backups(where.backups)] == ["daily"]


@pytest.mark.plain_only  # as above
def test_damage_met_later_in_the_running_window_offers_backups_once(qtbot, tmp_path):
    from netzjournal.ui.main_window import NOTES

    where = paths.resolve(tmp_path / "data").ensure()
    damage_the_notes(where)
    journal = Journal.open(where.journal, backup_dir=where.backups, verify=False)
    window = MainWindow(journal, where)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with running_window(window, journal, where, tmp_path) as shown:
        window.tabs.setCurrentIndex(NOTES)  # the notes meet the damage in a slot
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert shown == ["recoveryDialog"]


def test_a_sql_mistake_in_the_running_window_is_a_bug_never_damage(qtbot, tmp_path):
    """Only SQLite's own word for damage offers the backups; "no such column" is ours."""
    import sqlite3

    where = paths.resolve(tmp_path / "data").ensure()
    journal_with_backups(where)
    journal = Journal.open(where.journal, backup_dir=where.backups)
    window = MainWindow(journal, where)
    qtbot.addWidget(window)
    mistake = sqlite3.OperationalError("no such column: x")
    with running_window(window, journal, where, tmp_path) as shown:
        sys.excepthook(type(mistake), mistake, None)
    assert shown == ["crashBox"]


def test_checked_backups_model(qtmodeltester, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal_with_backups(where)
    model = CheckedBackupsModel(checked_backups(where.backups))
    qtmodeltester.check(model)
    assert model.rowCount() == 3


# -- 5. a zero-byte journal offers the backups ---------------------------------------------


def test_zero_byte_journal_offers_the_backups(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal_with_backups(where)
    where.journal.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(str(where.journal) + suffix).unlink(missing_ok=True)
    seen = []

    def choose(dialog):
        seen.append(dialog.findChild(object, "recoveryHead").text())
        dialog.restore_button.click()

    when_modal(choose, is_recovery)
    journal = app_module._open_journal(where)
    assert seen and journal is not None
    try:
        assert contact_count(journal) == 3
    finally:
        journal.close()


# -- 7. read-only: a banner, permissions untouched -----------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize(("lang", "words"), [("de", "Nur lesen:"), ("en", "Read only:")])
def test_a_write_protected_journal_opens_with_a_banner(qtbot, tmp_path, lang, words):
    from netzjournal.ui.i18n import install_translators

    where = paths.resolve(tmp_path / "data").ensure()
    with Journal.open(where.journal) as j:
        create_contact(j, person("Max", "Müller"))
    where.journal.chmod(0o444)
    translators = install_translators(QApplication.instance(), lang)
    try:
        journal = app_module._open_journal(where)
        assert journal is not None and journal.read_only
        window = MainWindow(journal, where)
        qtbot.addWidget(window)
        banner = window.read_only_banner
        assert banner is not None and banner.text().startswith(words)
        assert str(where.root) in banner.text()
        assert not window.actions_.new_contact.isEnabled()
        window.close()
        journal.close()
    finally:
        for t in translators:
            QApplication.instance().removeTranslator(t)
        install_translators(QApplication.instance(), "en")
    assert stat.S_IMODE(where.journal.stat().st_mode) == 0o444


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_window_ini_and_log_are_private(qtbot, tmp_path, no_windows_left):
    close_main_window_once_painted()
    create_when_the_folder_is_asked_for()  # (named, not there: asked first)
    root = tmp_path / "data"
    assert app_module.run_gui(data_dir=str(root), lang="en") == 0
    for f in (root / "window.ini", root / "logs" / "netzjournal.log"):
        assert f.exists() and stat.S_IMODE(f.stat().st_mode) == 0o600, f


def test_quit_after_damage_found_in_the_background_closes_the_window(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal_with_backups(where)
    journal = Journal.open(where.journal, backup_dir=where.backups)
    window = MainWindow(journal, where)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = folder_state(where.root / "backups")
    seen = []

    def quit_(dialog):
        seen.append(dialog.model.rowCount())
        dialog.quit_button.click()

    when_modal(quit_, is_recovery)
    app_module._damaged_while_open(window, journal, where, "database disk image is malformed")
    assert seen == [3] and not window.isVisible()
    assert folder_state(where.root / "backups") == before
    journal.close()


def test_the_recovery_question_without_backups_has_no_empty_middle(qtbot, tmp_path):
    from netzjournal.store.errors import JournalDamaged

    dialog = RecoveryDialog(JournalDamaged(tmp_path / "journal.sqlite3", "not a database"), [])
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert not dialog.table.isVisible()
    # As high as its sentences and the Quit button need at its width: the table's
    # 400 px are not kept, and nothing is cut either.
    needed = dialog.layout().totalHeightForWidth(dialog.width())
    assert needed <= dialog.height() <= needed + 2, (dialog.height(), needed)
    head = dialog.findChild(QLabel, "recoveryHead")
    assert head.height() >= head.heightForWidth(head.width())
