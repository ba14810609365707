"""Startup and the window shell, driven through real widgets offscreen."""

import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import person
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from uihelpers import (
    close_main_window_once_painted,
    create_when_the_folder_is_asked_for,
    when_modal,
)

from netzjournal import app as app_module
from netzjournal import paths
from netzjournal.store.backups import create_backup, list_backups
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.journal import Journal
from netzjournal.ui.main_window import MainWindow
from netzjournal.ui.single_instance import SingleInstance


def click_in_modal(text_part):
    """Click the button whose text contains ``text_part`` in the next modal box."""
    clicked = []

    def has_button(box) -> bool:
        return isinstance(box, QMessageBox) and any(
            text_part in b.text() for b in box.findChildren(QAbstractButton)
        )

    def click(box) -> None:
        clicked.append(box.text())
        next(b for b in box.findChildren(QAbstractButton) if text_part in b.text()).click()

    when_modal(click, has_button)
    return clicked


def test_main_window_shows_counts_and_coach_placeholder(qtbot, tmp_path):
    where = paths.resolve(tmp_path).ensure()
    journal = Journal.open(where.journal)
    window = MainWindow(journal, where)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.first_painted, timeout=30_000):
        qtbot.waitExposed(window)
    assert window.findChild(object, "coachPane") is not None
    assert window.stack.currentWidget() is window.welcome
    # The counts follow the first paint (counting every note waits for it).
    assert window.counts_label.text() == "Contacts: 0 · Meeting notes: 0"
    create_contact(journal, person("Max", "Müller"))
    # Refreshed by the change signal: the views replace the welcome page.
    assert window.stack.currentWidget() is window.tabs
    assert window.counts_label.text() == "Contacts: 1 · Meeting notes: 0"
    window.close()
    journal.close()


def test_window_geometry_is_restored(qtbot, tmp_path):
    where = paths.resolve(tmp_path).ensure()
    journal = Journal.open(where.journal)
    first = MainWindow(journal, where)
    qtbot.addWidget(first)
    first.resize(1150, 720)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(journal, where)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1150, 720)
    journal.close()


def test_second_instance_hands_over(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    first.listen()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.message, timeout=30_000) as signal:
        assert second.send("quick-note")
    assert signal.args == ["quick-note"]
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()
    third.release()


def test_a_second_launch_waits_for_a_first_instance_still_starting(qtbot, tmp_path):
    # The first instance listens only after its first paint; a second launch
    # in that gap must keep trying instead of giving up (or starting twice).
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    sent: list[bool] = []
    sender = threading.Thread(target=lambda: sent.append(second.send("raise", timeout_ms=60_000)))
    with qtbot.waitSignal(first.message, timeout=60_000) as signal:
        sender.start()
        qtbot.wait(300)  # the sender is refused meanwhile and tries again
        assert not sent
        first.listen()
    sender.join(60)
    assert signal.args == ["raise"] and sent == [True]
    first.release()


def test_a_second_launch_gives_up_when_nobody_answers(tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()  # holds the lock but never listens (hung)
    assert not SingleInstance(tmp_path).send("raise", timeout_ms=300)
    first.release()


def test_damaged_journal_offers_the_newest_backup(qtbot, tmp_path):
    from netzjournal.ui.recovery_dialog import RecoveryDialog

    where = paths.resolve(tmp_path).ensure()
    with Journal.open(where.journal) as j:
        create_contact(j, person("Max", "Müller"))
        create_backup(j, where.backups)
    where.journal.write_bytes(b"broken" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(where.journal) + suffix).unlink(missing_ok=True)
    asked = []

    def restore(dialog):
        asked.append(dialog.findChild(object, "recoveryHead").text())
        dialog.restore_button.click()

    when_modal(restore, lambda w: isinstance(w, RecoveryDialog))
    journal = app_module._open_journal(where)
    assert asked and "cannot read" in asked[0]
    assert journal is not None
    assert get_contact(journal, 1).family_name == "Müller"
    assert [p.read_bytes() for p in tmp_path.glob("journal.sqlite3.damaged-*")] == [b"broken" * 100]
    journal.close()


def test_newer_journal_can_be_opened_read_only(qtbot, tmp_path):
    where = paths.resolve(tmp_path).ensure()
    with Journal.open(where.journal) as j:
        j.connection().execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    asked = []

    def read_only(box):
        asked.append((box.text(), box.detailedText()))
        next(b for b in box.findChildren(QAbstractButton) if "read-only" in b.text()).click()

    when_modal(read_only, lambda w: isinstance(w, QMessageBox) and w.objectName() == "tooNewBox")
    journal = app_module._open_journal(where)
    # The schema numbers are for whoever helps: in the details, not in the text; the same
    # version number on both sides (a newer format of this version) is not said twice.
    (text, details), *_ = asked
    assert "newer netzjournal" in text and "schema" not in text
    assert text.count("version") == 1, text
    assert "99" in details, details
    assert journal is not None and journal.read_only
    window = MainWindow(journal, where)
    qtbot.addWidget(window)
    assert "read-only" in window.windowTitle()
    journal.close()


def test_run_gui_starts_and_exits_cleanly(qtbot, tmp_path):
    seen = []

    def check(window) -> None:
        seen.append(window.windowTitle())
        # Quitting stops the background check (test_integrity_stop.py): the day's
        # backup is taken once it has passed, so closing waits for that here.
        backups = tmp_path / "data" / "backups"
        deadline = time.monotonic() + 60
        while not list_backups(backups) and time.monotonic() < deadline:
            time.sleep(0.01)

    close_main_window_once_painted(check)
    create_when_the_folder_is_asked_for()  # (named, not there: asked first)
    status = app_module.run_gui(data_dir=str(tmp_path / "data"), lang="en")
    assert status == 0 and seen == ["netzjournal"]
    assert (tmp_path / "data" / "journal.sqlite3").exists()
    assert [b.reason for b in list_backups(tmp_path / "data" / "backups")] == ["daily"]
    assert (tmp_path / "data" / "logs" / "netzjournal.log").exists()
    assert QApplication.applicationName() == "netzjournal"
    assert QApplication.desktopFileName() == "org.netzjournal.Netzjournal"


def test_background_integrity_check_reports_damage(qtbot, tmp_path):
    from netzjournal.ui.integrity import IntegrityCheck

    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        for n in range(300):
            create_contact(j, person(f"P{n}", "Lang", notes="y" * 500))
    healthy = IntegrityCheck(path)
    # (a whole-file check on a thread: generous limits, a loaded machine is slow)
    with qtbot.waitSignal(healthy.finished, timeout=60_000) as result:
        healthy.start()
    assert result.args == [["ok"]]
    data = bytearray(path.read_bytes())
    for offset in range(3 * 4096, 12 * 4096, 4096):
        data[offset : offset + 200] = bytes(range(200))
    path.write_bytes(bytes(data))
    broken = IntegrityCheck(path)
    with qtbot.waitSignal(broken.damaged, timeout=60_000) as damage:
        broken.start()
    assert damage.args[0]


def test_a_daily_backup_that_could_not_be_made_is_said_in_the_window(make_window, qtbot, where):
    """The day's backup found no room (a full disk on the fresh-eyes walk; here a file
    stands where the backups' folder should be): it was only logged, and the person
    believed a backup was there. The window now says so above the views, in German,
    and the journal is untouched."""
    import hashlib
    import shutil

    from uihelpers import in_language

    with Journal.open(where.journal) as journal:
        create_contact(journal, person("Sabine", "Krüger"))
    shutil.rmtree(where.backups)
    where.backups.write_text("not a folder", encoding="utf-8")
    with in_language("de"):
        window = make_window()
        before = hashlib.sha256(where.journal.read_bytes()).hexdigest()
        coach_width = window.coach_dock.width()
        check = app_module.start_background_check(window, window.journal, where)
        try:
            # (shown a turn of the event loop later: a layout shows a widget it takes
            # in while the window is on screen by a queued call)
            qtbot.waitUntil(
                lambda: window.backup_notice is not None and window.backup_notice.isVisible(),
                timeout=60_000,
            )
        finally:
            check.wait(30)  # type: ignore[attr-defined]
    notice = window.backup_notice
    assert notice is not None and notice.isVisible()
    # Above the views, which keep their room (a new central widget gave the coach
    # half the window).
    qtbot.wait(50)
    assert window.coach_dock.width() == coach_width
    text = notice.text()
    assert text.startswith("Die heutige Sicherung wurde nicht angelegt"), text
    assert str(where.backups) in text and "Ihr Journal ist unverändert" in text, text
    assert hashlib.sha256(where.journal.read_bytes()).hexdigest() == before
    assert where.backups.read_text(encoding="utf-8") == "not a folder"


def test_the_failed_backup_notice_goes_once_a_backup_is_made(make_window, qtbot, where):
    """The notice stayed for the whole session, even after "Jetzt sichern" had made a
    backup (the fresh-eyes walk): it goes once one is made."""
    import shutil

    from PySide6.QtWidgets import QPushButton, QWidget

    shutil.rmtree(where.backups)
    where.backups.write_text("not a folder", encoding="utf-8")
    window = make_window()
    check = app_module.start_background_check(window, window.journal, where)
    try:
        qtbot.waitUntil(lambda: window.backup_notice is not None, timeout=60_000)
    finally:
        check.wait(30)  # type: ignore[attr-defined]
    notice = window.backup_notice
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    where.backups.unlink()  # room again (the folder is made by the backup)

    def back_up_now(dialog: QWidget) -> None:
        button = dialog.findChild(QPushButton, "backupNow")
        assert button is not None
        button.click()
        dialog.accept()

    shown = when_modal(back_up_now, lambda w: w.objectName() == "backupsDialog")
    window.show_backups()
    assert shown and len(list_backups(where.backups)) == 1
    assert window.backup_notice is None and not notice.isVisible()


def test_uncaught_exception_shows_a_friendly_dialog_with_copy(qtbot, tmp_path):
    import sys

    from PySide6.QtGui import QGuiApplication

    previous = sys.excepthook
    app_module._install_excepthook(tmp_path / "netzjournal.log")
    seen = []

    def press_copy(box):
        seen.append(f"{box.text()}\n{box.informativeText()}")  # the log on its own line
        copy = next(b for b in box.buttons() if "Copy" in b.text() or "Kopieren" in b.text())
        copy.click()
        box.reject()

    when_modal(press_copy)
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert seen and "log" in seen[0] and str(tmp_path) in seen[0]
    assert "RuntimeError: boom in a slot" in QGuiApplication.clipboard().text()


def test_the_instance_lock_is_held_across_processes_and_dies_with_its_owner(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from pathlib import Path\n"
         "from netzjournal.ui.single_instance import SingleInstance\n"
         f"assert SingleInstance(Path({str(tmp_path)!r})).acquire()\n"
         "print('locked', flush=True)\n"
         "time.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert not SingleInstance(tmp_path).acquire()
    finally:
        holder.kill()  # a crash: no chance to unlock
        holder.wait()
    again = SingleInstance(tmp_path)
    assert again.acquire()  # no stale lock left behind
    again.release()


def test_cycles_are_collected_again_once_the_window_has_painted(qtbot, tmp_path):
    """Off for the start (cli.main); after the first paint, cycles are collected again, on
    the GUI thread's timer (ui/collector.py), never by a worker thread's allocation."""
    import gc

    from netzjournal.ui import collector

    states = []
    gc.disable()  # as cli.main does for the start

    def painted(window):
        timer = collector._timer
        states.append((gc.isenabled(), timer is not None and timer.isActive()))

    close_main_window_once_painted(painted)
    create_when_the_folder_is_asked_for()  # (named, not there: asked first)
    assert app_module.run_gui(data_dir=str(tmp_path / "data"), lang="en") == 0
    assert states == [(False, True)]
