"""Shared fixtures: real journal files in tmp_path, Qt offscreen."""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# Offscreen, on a virtual 1920×1200 screen (the plugin's default is 800×600,
# which clamps restored window sizes).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).resolve().parent / "offscreen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

from netzjournal.store import cipher
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord, InteractionRecord

if TYPE_CHECKING:
    from dav_servers import Radicale
    from keyrings import MemoryKeyring
    from pytestqt.qtbot import QtBot

    from netzjournal.paths import DataPaths
    from netzjournal.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parent.parent

# NETZJOURNAL_TEST_ENCRYPTED=1 (CI's second run): every journal a test creates
# is an SQLCipher journal with one key for the run, kept in a file keyring that
# child processes (the CLI, the app) read through keyring's own switch.
ENCRYPTED_RUN = os.environ.get("NETZJOURNAL_TEST_ENCRYPTED") == "1"
if ENCRYPTED_RUN:
    import tempfile

    from netzjournal import keys

    _ring = Path(tempfile.mkdtemp(prefix="netzjournal-test-keyring-")) / "keyring.json"
    os.environ["NETZJOURNAL_TEST_KEYRING"] = str(_ring)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.FileKeyring"
    _tests = str(Path(__file__).resolve().parent)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (_tests, os.environ.get("PYTHONPATH", "")) if p
    )
    sys.path.insert(0, _tests)
    import keyring
    from keyrings import FileKeyring

    keyring.set_keyring(FileKeyring())
    _run_key = cipher.Key.random()
    keys.store_key("test-run", _run_key)
    cipher.activate(_run_key, "test-run")


# -- which tests the encrypted run takes -------------------------------------------------
# Every test below the widgets that makes or opens a journal itself: one with a
# temporary folder (every journal a test makes lives in one) — the store, the commands,
# the command line, imports and exports, sync, the app started as a process. A new
# store test is in without a mark. Widget tests (qtbot) run plain only: encryption sits
# below the journal's connection, which the store tests cover encrypted, and a widget
# test run twice costs CI minutes for no new path — except in the modules named in
# ENCRYPTION_WIDGETS, whose windows meet the key themselves (a passphrase asked, a
# backup restored with its key, a journal replaced or missing, a lock or a full disk
# under SQLCipher). `encrypted_too` takes any other test in; `plain_only` leaves one
# out. The plain run checks the rule: a test below the widgets that is left out but
# opens a journal connection while it runs fails and says so.

FOLDERS = frozenset({"tmp_path", "tmp_path_factory"})
ENCRYPTION_WIDGETS = frozenset({
    "test_app.py", "test_backups_from_file.py", "test_integrity_stop.py",
    "test_missing_journal.py", "test_newer_journal_faults.py", "test_own_files.py",
    "test_privacy_ui.py", "test_rekey_restart.py", "test_rekey_ui.py", "test_shutdown.py",
    "test_stale_writes.py", "test_startup_trust.py", "test_two_instances.py",
    "test_ui_restore_progress.py", "test_upgrade_notice.py", "test_write_faults.py",
    "test_write_faults_s34.py", "test_write_faults_s34b.py",
})  # fmt: skip


def _asks_for_a_folder_itself(item: pytest.Item) -> bool:
    info = item._fixtureinfo  # type: ignore[attr-defined]
    if FOLDERS & set(info.argnames):
        return True
    return any(
        FOLDERS & set(d.argnames)
        for name, defs in info.name2fixturedefs.items()
        if name not in FOLDERS and name != "journal"
        for d in defs
    )


def runs_encrypted(item: pytest.Item) -> bool:
    if item.get_closest_marker("plain_only"):
        return False
    if item.get_closest_marker("encrypted_too"):
        return True
    names = set(getattr(item, "fixturenames", ()))
    if not FOLDERS & names:
        return False  # no folder, no journal
    if _widget_test(item):
        return item.path.name in ENCRYPTION_WIDGETS and _asks_for_a_folder_itself(item)
    return True


def _widget_test(item: pytest.Item) -> bool:
    return bool(set(getattr(item, "fixturenames", ())) & {"qtbot", "qtmodeltester"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not ENCRYPTED_RUN:
        return
    kept = [item for item in items if runs_encrypted(item)]
    config.hook.pytest_deselected(items=[item for item in items if not runs_encrypted(item)])
    items[:] = kept


_connections = [0]
_test_thread = [0]


def _counting(connect):
    def counted(*args, **kwargs):
        # Only the test's own thread: a thread an earlier test left must not count here.
        if threading.get_ident() == _test_thread[0]:
            _connections[0] += 1
        return connect(*args, **kwargs)

    return counted


cipher.connect = _counting(cipher.connect)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    _test_thread[0] = threading.get_ident()
    before = _connections[0]
    result = yield
    left_out = (
        not runs_encrypted(item)
        and not item.get_closest_marker("plain_only")
        and not _widget_test(item)
    )
    if not ENCRYPTED_RUN and _connections[0] > before and left_out:
        pytest.fail(
            "this test opens a journal while it runs, but the encrypted run leaves it out "
            "(see tests/conftest.py): give it tmp_path or mark it @pytest.mark.encrypted_too"
        )
    return result


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(request: pytest.FixtureRequest) -> None:
    """As in the app (``ui/collector.py``): cycles are collected on the GUI thread only.

    A window's cycles left by one test were collected by a later test's worker thread
    (the coach's first list), which ran their Qt destructors there: a crash.
    """
    try:
        from netzjournal.ui.collector import collect_on_gui_thread
    except ImportError:  # the store tests at the lowest versions run without Qt
        return
    collect_on_gui_thread(request.getfixturevalue("qapp"))


def _windows() -> set[int] | None:
    """The top-level widgets there are now (their addresses), None without Qt."""
    if "PySide6.QtWidgets" not in sys.modules:  # the store tests run without Qt too
        return None
    import shiboken6
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return None
    return {shiboken6.getCppPointer(w)[0] for w in QApplication.topLevelWidgets()}


def _delete_what_the_test_let_go(before: set[int] | None) -> None:
    """Delete now the widgets the test closed with ``deleteLater`` (qtbot's, the window
    fixtures'), and the windows of its own it left closed but alive (``run_gui``'s, a
    start's dialogs): outside an event loop Qt keeps the first until some later test
    spins one (``qtbot.wait``), the second for good, so their timers, watchers and
    destructors ran in later tests — a window's journal watcher opened a connection in
    another test's count, a reminder read a journal under another test's key. Only
    parentless windows made during the test: a popup of a longer-lived window is its."""
    if before is None:
        return
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for w in QApplication.topLevelWidgets():
        made_here = shiboken6.getCppPointer(w)[0] not in before
        if made_here and w.parent() is None and not w.isVisible():
            w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _after_each_test() -> Iterator[None]:
    """Undo what a test may leave behind for the next one.

    Dialog-answering helpers (tests/uihelpers.py) stop with their test, passed
    or failed; in the encrypted run, a test that changed the process's key
    gets it back. Cycles are collected when due, on this (the GUI) thread.
    """
    before = _windows()
    yield
    _delete_what_the_test_let_go(before)
    collector = sys.modules.get("netzjournal.ui.collector")
    if collector is not None:
        collector.collect_due()
    helpers = sys.modules.get("uihelpers")  # loaded only by tests with widgets
    if helpers is not None:
        helpers.stop_helpers()
    if ENCRYPTED_RUN:
        cipher.activate(_run_key, "test-run")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring in this process only, standing in for the desktop's."""
    import keyring
    from keyrings import MemoryKeyring

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No keyring at all (as on a server or a bare desktop)."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    """A real Radicale (CardDAV/CalDAV) on 127.0.0.1 for this test (tests/dav_servers.py)."""
    from dav_servers import Radicale

    server = Radicale(tmp_path / "radicale")
    server.start()
    yield server
    server.stop()


TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _default_locale_restored() -> Iterator[None]:
    """A test that installs the German translators also sets the default locale; it must
    not outlive the test (the next file's coach tooltip read "Warmth 0,78 · Nähe")."""
    try:
        from PySide6.QtCore import QLocale
    except ImportError:  # the store tests at the lowest versions run without Qt
        yield
        return
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(params=["de", "en"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    """The test once in each language, the app installed in it as the app installs it."""
    from uihelpers import in_language

    with in_language(request.param):
        yield request.param


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    """The app in German for the test: its and Qt's translators, the German locale."""
    from uihelpers import in_language

    with in_language("de"):
        yield


@pytest.fixture
def berlin_zone() -> Iterator[None]:
    """This computer in Berlin's zone for the test and the processes it starts (CI's
    is UTC): a calendar's single events are shown at this computer's hour, and the
    test files' invitations are written in Berlin's."""
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    j = Journal.open(tmp_path / "journal.sqlite3")
    yield j
    j.close()


@pytest.fixture
def where(tmp_path: Path) -> DataPaths:
    """An empty data folder in tmp_path, laid out as the app lays it out."""
    from netzjournal import paths

    return paths.resolve(tmp_path / "data").ensure()


@pytest.fixture
def demo_where(where: DataPaths) -> DataPaths:
    """``where`` with a small demo journal: 40 people, two years, seed 3."""
    from netzjournal.demo.generator import DemoSpec, generate_into

    with Journal.open(where.journal, backup_dir=where.backups) as journal:
        generate_into(journal, DemoSpec(40, 2, seed=3, today=TODAY))
    return where


@pytest.fixture
def make_window(qtbot: QtBot, where: DataPaths) -> Iterator[Callable[..., MainWindow]]:
    """Opens the main window on ``where``'s journal (or the journal given) on ``today``
    (``TODAY`` unless given), as a person gets it: painted once, then shortcuts, search
    and coach attached. The journals are closed after the test."""
    from netzjournal.ui.main_window import MainWindow
    from netzjournal.ui.refresh import DeferredRefresh

    opened: list[Journal] = []
    windows: list[MainWindow] = []

    def make(journal: Journal | None = None, today: dt.date = TODAY) -> MainWindow:
        journal = journal or Journal.open(where.journal, backup_dir=where.backups)
        opened.append(journal)
        window = MainWindow(journal, where, today=lambda: today)
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitSignal(window.first_painted, timeout=30_000):
            window.show()
        return window

    yield make
    # A write just before the end leaves a refresh due in 250 ms; it must not fire in
    # the next test, on a journal closed here (an encrypted one then reads as damaged).
    for window in windows:
        for refresher in window.findChildren(DeferredRefresh):
            refresher.cancel()
        if window._review is not None:  # a review still being made reads no more
            window._review.stop()
    for journal in opened:
        journal.close()


@pytest.fixture
def demo_window(make_window: Callable[..., MainWindow], where: DataPaths) -> MainWindow:
    """The main window on the S demo journal (50 people, three years, seed 1)."""
    from netzjournal.demo.generator import DemoSpec, generate_into

    journal = Journal.open(where.journal, backup_dir=where.backups)
    generate_into(journal, DemoSpec(50, 3, seed=1, today=TODAY))
    return make_window(journal)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private NETZJOURNAL_HOME for tests that start the app or the CLI."""
    root = tmp_path / "home"
    monkeypatch.setenv("NETZJOURNAL_HOME", str(root))
    return root


def person(given: str, family: str, **kw: object) -> ContactRecord:
    return ContactRecord(given_name=given, family_name=family, **kw)  # type: ignore[arg-type]


def note(when: dt.datetime, people: list[int], **kw: object) -> InteractionRecord:
    return InteractionRecord(occurred_at=when, participants=people, **kw)  # type: ignore[arg-type]
