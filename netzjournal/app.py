"""Startup: names → single instance → paths → store → window.

The order matters: Qt must know the application and desktop-file names
before any window exists (or desktops call it "python"), and a second
launch must hand over to the first before it opens the journal.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from netzjournal import __version__, logs, paths
from netzjournal.store.errors import (
    JournalDamaged,
    JournalKeyError,
    JournalMissing,
    JournalTooNew,
    JournalUnavailable,
    StoreError,
)
from netzjournal.store.journal import Journal, UpgradeNeeded

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtWidgets import QWidget

    from netzjournal.store.backups import CheckedBackup
    from netzjournal.ui.main_window import MainWindow
    from netzjournal.ui.shutdown import ShutdownOnSignal
    from netzjournal.ui.upgrade_notice import UpgradeNotice

# Qt is imported where it is used: this module's imports (the store's) load before
# PySide, whose import hook reads the source of every module imported after it
# (PYSIDE-2029; ~0.5 M instructions a module, ~7 M for these at every start).

DESKTOP_ID = "org.netzjournal.Netzjournal"  # the .desktop and AppStream id
log = logging.getLogger(__name__)


def _set_names() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    QCoreApplication.setApplicationName("netzjournal")
    QCoreApplication.setOrganizationName("netzjournal")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("netzjournal")
    QGuiApplication.setDesktopFileName(DESKTOP_ID)


def _install_excepthook(log_path: object, interactive: bool = True) -> None:
    """Show a friendly dialog instead of dying silently on a programming error.

    Without a person to click (``interactive=False``: --screenshot) the error
    is printed and the process exits with status 70 instead.
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("uncaught exception\n%s", logs.withheld(exc) or details)
        if not interactive:
            print(details, file=sys.stderr)
            os._exit(70)
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        if _problem_in_window(exc):
            return
        from netzjournal.ui.startup_dialogs import crash_box

        crash_box(log_path, details).exec()

    sys.excepthook = hook


# The running window (None while it is built), its journal and folders: a database
# error inside one of its slots (a view built late, a page scrolled to) is told apart
# as at the start; while the window is built it is kept in _met for run_gui.
_running: list[tuple[QWidget | None, Journal, paths.DataPaths]] = []
_met: list[BaseException] = []
# The notice of an upgrade at start: shown until the window shows (or a message does).
_notices: list[UpgradeNotice] = []


def _close_notices() -> None:
    for notice in _notices:
        notice.finish()
    _notices.clear()


def _problem_in_window(exc: BaseException) -> bool:
    """Damage met by the running window offers the verified backups, the environment
    says what is wrong; False for anything else (a bug: the crash box)."""
    from netzjournal.store import environment
    from netzjournal.store.journal import is_database_error

    if not _running or not is_database_error(exc):
        return False
    window, journal, where = _running[-1]
    damaged = environment.is_damage(exc)
    problem = None if damaged else environment.classify(exc, where.journal)
    if not damaged and problem is None:
        return False
    if window is None:
        _met.append(exc)
    elif problem is not None:
        from netzjournal.ui import startup_dialogs

        startup_dialogs.show_unavailable(problem)
    else:
        _damaged_while_open(window, journal, where, str(exc))
    return True


def _open_journal(where: paths.DataPaths) -> Journal | None:
    """Open the journal, walking the user through damage, the environment or a version clash.

    Damage offers verified backups; an environment problem (full disk, I/O
    error, permissions, a lock, a folder in the file's place) says what is
    wrong and quits without touching anything. A journal that cannot be
    written opens read-only (the window shows why).
    """
    # (startup_dialogs, QMessageBox and its enums load only when there is something to say)
    try:
        journal = _open_or_upgrade(where)
    except JournalUnavailable as exc:
        from netzjournal.ui import startup_dialogs

        log.error("journal unavailable (%s): %s", exc.kind, exc)
        startup_dialogs.show_unavailable(exc)
        return None
    except JournalKeyError as exc:
        from netzjournal.ui import startup_dialogs

        # A key problem is never damage: no backup is offered for it.
        log.error("journal key refused (%s)", exc.kind)
        startup_dialogs.show_key_problem(exc)
        return None
    except JournalDamaged as exc:
        log.error("journal damaged: %s", exc)
        return _recover(where, exc)
    except JournalMissing as exc:
        log.error("journal missing: %s", exc)
        return _missing(where, exc)
    except JournalTooNew as exc:
        from netzjournal.ui import startup_dialogs

        log.error("journal too new: %s", exc)
        if not startup_dialogs.ask_read_only(exc):
            return None
        try:
            return Journal.open(where.journal, read_only=True, backup_dir=where.backups)
        except StoreError as again:
            _cannot_open(again, where.journal)
            return None
    except StoreError as exc:
        _cannot_open(exc, where.journal)
        return None
    if journal.set_aside:
        from netzjournal.ui import startup_dialogs

        startup_dialogs.show_set_aside(journal.set_aside)
    return journal


def _open_or_upgrade(where: paths.DataPaths, start_anew: bool = False) -> Journal:
    """The journal, opened on the GUI thread; an old one is first upgraded on a worker
    while a notice shows (see ui.upgrade_notice), which stays until the window shows.
    ``start_anew``: the person chose a new journal beside a missing one's backups."""

    def opened(upgrade: bool, on_stage: Callable[[str], None] | None = None) -> Journal:
        # The full quick_check runs in the background once the window shows
        # (see ui.integrity); the byte-level checks still run here.
        return Journal.open(
            where.journal,
            backup_dir=where.backups,
            verify=False,
            fallback_read_only=True,
            allow_upgrade=upgrade,
            on_stage=on_stage,
            start_anew=start_anew,
        )

    try:
        return opened(upgrade=False)
    except UpgradeNeeded:
        log.info("the journal needs an upgrade: on a worker, with a notice")
    from netzjournal.ui.upgrade_notice import upgrade_with_notice

    set_aside: list[Path] = []  # (a damaged -wal the worker's open moved aside: said later)

    def upgrade(on_stage: Callable[[str], None]) -> None:
        with opened(True, on_stage) as upgraded:
            set_aside.extend(upgraded.set_aside)

    notice = upgrade_with_notice(upgrade)
    try:
        journal = opened(upgrade=True)  # (upgraded: nothing left to do, or it does it here)
    except BaseException:
        notice.finish()  # a message follows
        raise
    journal.set_aside[:0] = set_aside
    _notices.append(notice)
    return journal


def _cannot_open(exc: StoreError, journal: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from netzjournal.ui import startup_dialogs

    log.error("journal cannot be opened: %s", exc)
    if isinstance(exc, JournalUnavailable):
        startup_dialogs.show_unavailable(exc)
    else:
        startup_dialogs.show_error(
            QCoreApplication.translate("App", "The journal cannot be opened"), str(exc), journal
        )


def _recover(where: paths.DataPaths, error: JournalDamaged) -> Journal | None:
    """Offer the verified backups; restore the chosen one beside the damaged file, then open."""
    from netzjournal.store import backups
    from netzjournal.ui import recovery_dialog

    checked = backups.checked_backups(where.backups)
    chosen = recovery_dialog.ask_recovery(error, checked)
    if chosen is None:
        return None
    return _restore_chosen(where, chosen)


def _restore_chosen(where: paths.DataPaths, chosen: CheckedBackup) -> Journal | None:
    """Bring back a verified backup beside the journal's place (a damaged file is kept
    aside), then open it; None (said) if that failed."""
    from netzjournal.store import backups

    try:
        kept = backups.recover_from_backup(where.journal, chosen.info.path)
        log.info("restored %s; the damaged file is kept as %s", chosen.info.path, kept)
        # A backup from an older version is upgraded as any old journal: with the notice.
        return _open_or_upgrade(where)
    except StoreError as again:
        if isinstance(again, JournalUnavailable):
            _cannot_open(again, where.journal)
            return None
        from PySide6.QtCore import QCoreApplication

        from netzjournal.ui import startup_dialogs

        startup_dialogs.show_error(
            QCoreApplication.translate("App", "The backup cannot be read either"), str(again)
        )
        return None


def _encrypted_backups_locked(where: paths.DataPaths, checked: list[CheckedBackup]) -> list[Path]:
    """With no usable backup: the encrypted ones no key here opens (the journal went
    with its marker). A keyring entry that opens them is taken first (tried, never
    guessed by name); the list is then empty. Empty too when there is none."""
    from netzjournal.store import cipher

    if any(c.usable for c in checked) or cipher.active() is not None:
        return []
    encrypted = [c.info.path for c in checked if cipher.looks_encrypted(c.info.path)]
    if not encrypted:
        return []
    from netzjournal import keys

    found = keys.key_for_backups(encrypted, where.journal)
    if found is None:
        return encrypted
    cipher.activate(*found)  # (the entry's name: the restored journal's marker keeps it)
    return []


def _missing(where: paths.DataPaths, error: JournalMissing) -> Journal | None:
    """The file is gone, its backups or drafts are there: restore the newest verified
    backup, start a new, empty journal (asked first), or quit; nothing before that."""
    from netzjournal.store import backups
    from netzjournal.ui import missing_journal

    checked = backups.checked_backups(where.backups)
    locked = _encrypted_backups_locked(where, checked)
    choice = missing_journal.ask_missing(error, checked, bool(locked))
    while choice is missing_journal.Choice.KEY:
        from PySide6.QtWidgets import QDialog

        from netzjournal import keys
        from netzjournal.store import cipher
        from netzjournal.ui.privacy import UnlockDialog

        dialog = UnlockDialog(where, keys.Lock("passphrase"), backups=locked)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.key is not None:
            cipher.activate(dialog.key)
            checked = backups.checked_backups(where.backups)
            locked = _encrypted_backups_locked(where, checked)
        choice = missing_journal.ask_missing(error, checked, bool(locked))
    if choice is missing_journal.Choice.QUIT:
        return None
    journal: Journal | None
    if choice is missing_journal.Choice.ANEW:
        log.info("a new, empty journal at %s (the backups stay)", where.journal)
        try:
            journal = _open_or_upgrade(where, start_anew=True)
        except StoreError as exc:
            _cannot_open(exc, where.journal)
            return None
    else:
        newest = missing_journal.newest_usable(checked)
        assert newest is not None  # (the box offers the restore only then)
        journal = _restore_chosen(where, newest)
    if journal is not None:
        from netzjournal import keys

        # (a recovery key typed at the box: the next start must not ask for it again)
        keys.keep_typed_key(where.journal)
    return journal


def _problem_behind(
    exc: BaseException, where: paths.DataPaths
) -> JournalDamaged | JournalUnavailable | None:
    """The damage or environment problem a database error stands for (None: a bug)."""
    from netzjournal.store import environment
    from netzjournal.store.journal import is_database_error

    if not is_database_error(exc):
        return None
    return environment.classify(exc, where.journal) or JournalDamaged(where.journal, str(exc))


def _handle_problem(
    where: paths.DataPaths, problem: JournalDamaged | JournalUnavailable
) -> Journal | None:
    if isinstance(problem, JournalUnavailable):
        _cannot_open(problem, where.journal)
        return None
    log.error("journal damaged: %s", problem)
    return _recover(where, problem)


def _restart_command() -> tuple[str, list[str]]:
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "netzjournal", *sys.argv[1:]]


def _damaged_while_open(
    window: QWidget, journal: Journal, where: paths.DataPaths, detail: str
) -> None:
    """The background check found damage: offer the verified backups, then restart.

    Quit quits. The damaged journal was never backed up (the day's backup
    waits for the check to pass).
    """
    from PySide6.QtCore import QCoreApplication, QProcess
    from PySide6.QtWidgets import QApplication

    from netzjournal.store import backups
    from netzjournal.ui import recovery_dialog, startup_dialogs

    log.error("journal damaged (found while open): %s", detail)
    if window.property("recovering"):
        return  # the backups are on offer already (several views, the background check)
    window.setProperty("recovering", True)
    error = JournalDamaged(where.journal, detail)
    chosen = recovery_dialog.ask_recovery(error, backups.checked_backups(where.backups))
    if chosen is None:
        window.close()
        QApplication.quit()
        return
    journal.close()
    try:
        backups.recover_from_backup(where.journal, chosen.info.path)
    except JournalUnavailable as exc:
        startup_dialogs.show_unavailable(exc)
    except StoreError as exc:
        startup_dialogs.show_error(
            QCoreApplication.translate("App", "The backup cannot be read either"), str(exc)
        )
    else:
        program, args = _restart_command()
        QProcess.startDetached(program, args)
    window.close()
    QApplication.quit()


def _ask_missing_folder(
    app: QCoreApplication, where: paths.DataPaths, lang: str | None
) -> paths.DataPaths | None:
    """The data folder to start in, the named one missing: that one (made by the caller),
    another one picked, or None (quit; nothing made)."""
    from netzjournal.ui.i18n import choose_language, install_translators
    from netzjournal.ui.missing_folder import ask_missing_folder

    translators = install_translators(app, choose_language(lang))
    try:
        chosen = ask_missing_folder(where.root)
    finally:  # (the window's own, by the chosen folder's saved language)
        for translator in translators:
            app.removeTranslator(translator)
    if chosen is None:
        log.info("no data folder at %s: quit at the box, nothing made", where.root)
        return None
    if chosen != where.root:
        _restart_in(chosen)
    return paths.resolve(chosen)


def _restart_in(root: Path) -> None:
    """A restart (to convert the journal's encryption) starts in the folder picked at the
    missing-folder box, not at the mistyped one again: ``--data-dir`` given last wins."""
    sys.argv[1:] = [*sys.argv[1:], "--data-dir", str(root)]


def _ensure_folders(where: paths.DataPaths) -> JournalUnavailable | None:
    """Create the data folder if needed; the problem if it cannot be there."""
    from netzjournal.store import environment

    try:
        where.ensure()
    except OSError as exc:
        found = environment.classify(exc, where.journal)
        if found is None:
            found = JournalUnavailable(where.root, "permission-denied", str(exc))
        if found.kind == "not-a-folder" or os.path.isfile(where.root):  # (never raises)
            return JournalUnavailable(where.root, "not-a-folder", str(exc))
        return found
    return None


def _daily_backup(journal_path: Path, backup_dir: Path) -> StoreError | None:
    """The day's first backup, from the checked file (runs on the check's worker);
    the problem that kept it from being made, for the window to say."""
    from netzjournal.store import backups  # (not before the first paint)

    try:
        backups.ensure_daily_of(journal_path, backup_dir)
    except StoreError as exc:  # a backup problem must not block the day's work
        log.error("daily backup failed: %s", exc)
        return exc
    return None


def start_background_check(window: MainWindow, journal: Journal, where: paths.DataPaths) -> QObject:
    """The journal's integrity check on a worker, then the day's backup: damage
    offers the backups, a backup that could not be made is said in the window."""
    from netzjournal.ui.integrity import IntegrityCheck

    # The day's backup is taken only once the journal passed its check:
    # a damaged journal is never backed up (on the check's worker thread).
    daily = None if journal.read_only else (where.backups, _daily_backup)
    check = IntegrityCheck(journal.opened_path, window, after_ok=daily, immutable=journal.immutable)
    check.damaged.connect(lambda detail: _damaged_while_open(window, journal, where, detail))
    check.backup_failed.connect(window.say_backup_failed)
    check.start()
    return check


def _screenshots(where: paths.DataPaths, screenshot: tuple[str, int, int]) -> int:
    from netzjournal.ui.main_window import MainWindow
    from netzjournal.ui.screenshots import take_screenshots

    out, width, height = screenshot
    try:
        journal = Journal.open(where.journal, backup_dir=where.backups)
    except StoreError as exc:
        print(f"netzjournal: {exc}", file=sys.stderr)
        return 2
    window = MainWindow(journal, where)
    written = take_screenshots(window, Path(out), width, height)
    window.hide()  # not close(): a screenshot run leaves the saved window layout alone
    journal.close()
    for path in written:
        print(path)
    return 0


def _offscreen_screen(width: int, height: int) -> Path:
    """A screen exactly the window's size for ``--screenshot`` (offscreen Qt's own is
    800×600): dialogs open centred on the window, and one too big for a laptop's
    screen shows as such."""
    import json
    import tempfile

    scale = float(os.environ.get("QT_SCALE_FACTOR") or 1)
    screen = {"name": "screen0", "x": 0, "y": 0, "width": round(width * scale),
              "height": round(height * scale), "logicalDpi": 96, "logicalBaseDpi": 96,
              "dpr": 1}  # fmt: skip
    config = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
              "screens": [screen]}  # fmt: skip
    handle, name = tempfile.mkstemp(prefix="netzjournal-screen-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        json.dump(config, file)
    return Path(name)


def _set_icon() -> None:
    icon = paths.resources_dir() / "icons" / "netzjournal.svg"
    if icon.exists():
        from PySide6.QtGui import QGuiApplication, QIcon

        QGuiApplication.setWindowIcon(QIcon(str(icon)))


def run_gui(
    data_dir: str | None = None,
    quick_note: bool = False,
    lang: str | None = None,
    screenshot: tuple[str, int, int] | None = None,
    exit_after_paint: bool = False,
    coach: bool = False,
    dark: bool = False,
) -> int:
    """Start the desktop app; returns the process exit status.

    With ``screenshot=(dir, width, height)`` the views are rendered
    offscreen into ``dir`` and the app exits without waiting for a person.
    """
    from PySide6.QtWidgets import QApplication

    from netzjournal.ui.collector import collect_on_gui_thread

    screen_file = None
    if screenshot and QApplication.instance() is None and "QT_QPA_PLATFORM" not in os.environ:
        screen_file = _offscreen_screen(screenshot[1], screenshot[2])
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file}"
    _set_names()  # (fractional scaling: Qt 6 passes the factor through by default)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if screen_file is not None:
        screen_file.unlink(missing_ok=True)  # read when the platform started
    from netzjournal.ui.style import follow_color_scheme

    # Light or dark as the system says (and when it changes); --dark forces dark.
    follow_color_scheme(forced_dark=dark)
    if not gc.isenabled():  # switched off for the start (cli.main); never for long
        from PySide6.QtCore import QTimer

        QTimer.singleShot(3000, lambda: collect_on_gui_thread(app))
    where = paths.resolve(data_dir)
    if screenshot is None and paths.named_but_missing(data_dir):
        # A mistyped --data-dir: asked before anything (folder, log, lock) is made there.
        chosen = _ask_missing_folder(app, where, lang)
        if chosen is None:
            return 1
        where = chosen
    problem = _ensure_folders(where)
    log_path = logs.setup(where.logs)
    _install_excepthook(log_path, interactive=screenshot is None)
    from netzjournal.ui.i18n import choose_language, install_translators
    from netzjournal.ui.preferences import saved_language
    from netzjournal.ui.single_instance import SingleInstance

    translators = install_translators(
        app, choose_language(lang or (None if problem else saved_language(where)))
    )
    if problem is not None:
        log.error("data folder unavailable (%s): %s", problem.kind, problem)
        if screenshot:
            print(f"netzjournal: {problem}", file=sys.stderr)
            return 2
        from netzjournal.ui import startup_dialogs

        startup_dialogs.show_unavailable(problem)
        return 1
    instance = SingleInstance(where.root)
    if screenshot:
        _set_icon()
        return _screenshots(where, screenshot)
    if not instance.acquire():
        sent = instance.send("quick-note" if quick_note else "coach" if coach else "raise")
        log.info("another instance runs for %s; handed over (%s)", where.root, sent)
        if not sent:  # (its lock held by a process that did not answer: said, not silence)
            from netzjournal.ui import startup_dialogs

            startup_dialogs.show_busy_elsewhere(where.journal)
            return 1
        return 0
    if _encryption_involved(where):
        from netzjournal.ui import privacy

        if not privacy.prepare(where):
            instance.release()
            return 1
    journal = _open_journal(where)
    if journal is None:
        instance.release()
        return 1
    from netzjournal.ui.main_window import MainWindow

    _running[:] = [(None, journal, where)]  # (a slot's error while it is built: _met)
    try:
        window = MainWindow(journal, where)
        if _met:
            raise _met.pop()
    except Exception as exc:
        # Damage the byte-level checks could not see (the full check runs
        # after the first paint) shows up as soon as the window reads.
        _running.clear()
        _met.clear()
        _close_notices()
        behind = _problem_behind(exc, where)
        if behind is None:
            raise
        journal.close(checkpoint=False)
        journal = _handle_problem(where, behind)
        if journal is None:
            instance.release()
            return 1
        window = MainWindow(journal, where)
    _running[:] = [(window, journal, where)]
    instance.message.connect(window.handle_message)
    if exit_after_paint:
        from netzjournal.bench.startup_probe import PaintProbe

        PaintProbe(window, app)

    def after_first_paint() -> None:
        # None of this is needed for the first picture; each costs a few ms.
        collect_on_gui_thread(app)  # from now on, and never on a worker thread
        instance.listen()
        _set_icon()
        checks.append(start_background_check(window, journal, where))
        # SIGTERM, SIGINT, SIGHUP and a logout: drafts written, then the journal closed
        # below. (Before the first picture no editor holds text; the default ends it.)
        from netzjournal.ui.shutdown import ShutdownOnSignal

        on_signal.append(ShutdownOnSignal(app, window.shut_down, window.flush_drafts))
        linecache.clearcache()  # (what the window's steps after the paint imported)

    checks: list[object] = []
    on_signal: list[ShutdownOnSignal] = []
    # PySide's import hook reads the source of every module imported after it
    # (inspect.getsource: does it use PySide?), which leaves each file's lines in
    # linecache for the session — ~55,000 strings, never read again. Dropped at the
    # table's first paint, the window's next steps reuse their memory (settled,
    # ~3 MB less resident on L); again once those steps are done. (A traceback
    # reads the lines it needs again.)
    import linecache

    window.contacts.first_painted.connect(linecache.clearcache)
    window.first_painted.connect(after_first_paint)
    window.show()
    _close_notices()  # (an upgrade's, shown until now)
    if quick_note:
        window.open_quick_note()
    elif coach:
        window.show_coach()
    status = app.exec()
    for handler in on_signal:
        handler.uninstall()
    _running.clear()
    # Quitting does not wait for the check (it reads the whole file: ~1 s on 50,000
    # contacts); stopped, it gives no verdict and the day's backup waits for the next
    # start, as it does when the window closed before the check began.
    for check in checks:
        check.stop()  # type: ignore[attr-defined]
        check.wait(30)  # type: ignore[attr-defined]  # a backup in progress completes
    journal.close()
    instance.release()
    from netzjournal.demo.folder import remove_temporary_demo

    if remove_temporary_demo(where.root):  # "Explore a demo journal": nothing to keep
        log.info("demo folder %s removed", where.root)
    del translators
    restart = sys.modules.get("netzjournal.ui.privacy")
    if restart is not None and restart.restart_requested():
        restart.restart_now()  # to convert the journal while nothing has it open
    return status


def _encryption_involved(where: paths.DataPaths) -> bool:
    """A requested conversion, or an encrypted journal still to unlock (two stats
    for a plain journal; nothing to import for one unlocked by --passphrase-stdin)."""
    from netzjournal.store import cipher

    journal = where.journal
    if journal.with_name(journal.name + ".encryption-request.json").exists():
        return True
    return cipher.active() is None and cipher.marker_path(journal).exists()
