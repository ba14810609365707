"""The notice while an old journal is updated at start: shown at once, gone with the window.

A real journal of the first release is upgraded by ``run_gui``; the migration is
held at a gate (on the upgrade's worker) while the test looks at the screen.
"""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QMainWindow
from test_upgrade_faults import old_journal
from uihelpers import _every, close_main_window_once_painted

from netzjournal import app as app_module
from netzjournal.store import journal as journal_module
from netzjournal.store.backups import list_backups
from netzjournal.store.journal import Journal, latest_schema
from netzjournal.ui.upgrade_notice import UpgradeNotice


def visible_notices() -> list[UpgradeNotice]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, UpgradeNotice) and w.isVisible()]  # fmt: skip


def test_the_notice_shows_while_the_journal_is_upgraded_and_goes_when_the_window_shows(
    qtbot, tmp_path, monkeypatch
):
    data = tmp_path / "data"
    data.mkdir()
    old_journal(data / "journal.sqlite3")
    reached, gate = threading.Event(), threading.Event()
    computed = journal_module.fill_keys

    def held(conn):  # inside the migrations' transaction, after the backup
        if threading.current_thread() is not threading.main_thread():
            reached.set()
            assert gate.wait(60)
        return computed(conn)

    monkeypatch.setattr(journal_module, "fill_keys", held)
    during: list[tuple[str, ...]] = []

    def look() -> None:  # on the GUI thread, whose loop turns during the upgrade
        if reached.is_set() and not gate.is_set():
            QApplication.processEvents()  # (the step the worker said, queued)
            for notice in visible_notices():
                labels = notice.findChildren(type(notice.step))
                during.append((notice.windowTitle(), *(label.text() for label in labels)))
            # The window is not there yet: the journal is still being upgraded.
            windows = [w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMainWindow) and w.isVisible()]  # fmt: skip
            during.append(("main windows", str(len(windows))))
            gate.set()

    _every(10, look)
    at_window: list[int] = []
    close_main_window_once_painted(lambda window: at_window.append(len(visible_notices())))
    status = app_module.run_gui(data_dir=str(data), lang="en")
    assert status == 0
    assert during == [
        (
            "netzjournal",
            "Updating your journal for this version…",
            "Step 2 of 2: updating…",
            "This happens once after netzjournal was updated and takes a moment.",
        ),
        ("main windows", "0"),
    ]
    assert at_window == [0]  # gone once the window shows
    assert "pre-migration" in [b.reason for b in list_backups(data / "backups")]
    with Journal.open(data / "journal.sqlite3") as j:
        assert j.schema_version == latest_schema()


def test_a_plain_start_shows_no_notice(qtbot, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    Journal.open(data / "journal.sqlite3").close()  # new: made at once, nothing to upgrade
    seen: list[int] = []
    _every(5, lambda: seen.append(len(visible_notices())))
    close_main_window_once_painted()
    assert app_module.run_gui(data_dir=str(data), lang="en") == 0
    assert seen and set(seen) == {0}


def test_an_upgrade_that_fails_closes_the_notice_before_its_message(qtbot, tmp_path, monkeypatch):
    from netzjournal.ui import startup_dialogs

    data = tmp_path / "data"
    data.mkdir()
    old_journal(data / "journal.sqlite3")

    def full(conn):
        if threading.current_thread() is not threading.main_thread():
            raise journal_module.sqlite3.OperationalError("database or disk is full")
        return 0

    monkeypatch.setattr(journal_module, "fill_keys", full)
    told: list[tuple[str, int]] = []
    monkeypatch.setattr(
        startup_dialogs,
        "show_unavailable",
        lambda exc: told.append((exc.kind, len(visible_notices()))),
    )
    assert app_module.run_gui(data_dir=str(data), lang="en") == 1
    assert told == [("disk-full", 0)]
