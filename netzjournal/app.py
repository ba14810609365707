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
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from netzjournal import __version__, logs, paths, store
from netzjournal.store import backups

DESKTOP_ID = "org.netzjournal.Netzjournal"  # the .desktop and AppStream id
log = logging.getLogger(__name__)


def _set_names() -> None:
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
        log.error("uncaught exception\n%s", details)
        if not interactive:
            print(details, file=sys.stderr)
            os._exit(70)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("App", "Something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "App",
                "netzjournal ran into an unexpected problem. Everything you saved is safe in "
                "your journal. Details are in the log: %1",
            ).replace("%1", str(log_path))
        )
        box.setDetailedText(details)
        copy = box.addButton(
            QCoreApplication.translate("App", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()

    sys.excepthook = hook


def _open_journal(where: paths.DataPaths) -> store.Journal | None:
    """Open the journal, walking the user through damage or a version clash."""
    try:
        # The full quick_check runs in the background once the window shows
        # (see ui.integrity); the byte-level checks still run here.
        return store.Journal.open(where.journal, backup_dir=where.backups, verify=False)
    except store.JournalDamaged as exc:
        from netzjournal.ui import startup_dialogs

        log.error("journal damaged: %s", exc)
        found = backups.list_backups(where.backups)
        if not startup_dialogs.ask_restore(exc, found[0] if found else None):
            return None
        try:
            backups.recover_from_backup(where.journal, found[0].path)
            return store.Journal.open(where.journal, backup_dir=where.backups)
        except store.StoreError as again:
            startup_dialogs.show_error(
                QCoreApplication.translate("App", "The backup cannot be read either"), str(again)
            )
            return None
    except store.JournalTooNew as exc:
        from netzjournal.ui import startup_dialogs

        log.error("journal too new: %s", exc)
        if not startup_dialogs.ask_read_only(exc):
            return None
        return store.Journal.open(where.journal, read_only=True)
    except store.StoreError as exc:
        from netzjournal.ui import startup_dialogs

        log.error("journal cannot be opened: %s", exc)
        startup_dialogs.show_error(
            QCoreApplication.translate("App", "The journal cannot be opened"), str(exc)
        )
        return None


def _restart_command() -> tuple[str, list[str]]:
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "netzjournal", *sys.argv[1:]]


def _damaged_while_open(
    window: QWidget, journal: store.Journal, where: paths.DataPaths, detail: str
) -> None:
    """The background check found damage: offer the newest backup, then restart."""
    from PySide6.QtCore import QProcess

    from netzjournal.ui import startup_dialogs

    log.error("journal damaged (background check): %s", detail)
    found = backups.list_backups(where.backups)
    error = store.JournalDamaged(where.journal, detail)
    if not startup_dialogs.ask_restore(error, found[0] if found else None):
        return
    journal.close()
    try:
        backups.recover_from_backup(where.journal, found[0].path)
    except store.StoreError as exc:
        startup_dialogs.show_error(
            QCoreApplication.translate("App", "The backup cannot be read either"), str(exc)
        )
    program, args = _restart_command()
    QProcess.startDetached(program, args)
    window.close()
    QApplication.quit()


def _screenshots(where: paths.DataPaths, screenshot: tuple[str, int, int]) -> int:
    from pathlib import Path

    from netzjournal.ui.main_window import MainWindow
    from netzjournal.ui.screenshots import take_screenshots

    out, width, height = screenshot
    try:
        journal = store.Journal.open(where.journal, backup_dir=where.backups)
    except store.StoreError as exc:
        print(f"netzjournal: {exc}", file=sys.stderr)
        return 2
    window = MainWindow(journal, where)
    written = take_screenshots(window, Path(out), width, height)
    window.hide()  # not close(): a screenshot run leaves the saved window layout alone
    journal.close()
    for path in written:
        print(path)
    return 0


def _set_icon() -> None:
    icon = paths.resources_dir() / "icons" / "netzjournal.svg"
    if icon.exists():
        from PySide6.QtGui import QIcon

        QGuiApplication.setWindowIcon(QIcon(str(icon)))


def run_gui(
    data_dir: str | None = None,
    quick_note: bool = False,
    lang: str | None = None,
    screenshot: tuple[str, int, int] | None = None,
    exit_after_paint: bool = False,
    coach: bool = False,
) -> int:
    """Start the desktop app; returns the process exit status.

    With ``screenshot=(dir, width, height)`` the views are rendered
    offscreen into ``dir`` and the app exits without waiting for a person.
    """
    if screenshot and QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _set_names()  # (fractional scaling: Qt 6 passes the factor through by default)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not gc.isenabled():  # switched off for the start (cli.main); never for long
        from PySide6.QtCore import QTimer

        QTimer.singleShot(3000, gc.enable)
    where = paths.resolve(data_dir).ensure()
    log_path = logs.setup(where.logs)
    _install_excepthook(log_path, interactive=screenshot is None)
    from netzjournal.ui.i18n import choose_language, install_translators
    from netzjournal.ui.preferences import saved_language
    from netzjournal.ui.single_instance import SingleInstance

    translators = install_translators(app, choose_language(lang or saved_language(where)))
    instance = SingleInstance(where.root)
    if screenshot:
        _set_icon()
        return _screenshots(where, screenshot)
    if not instance.acquire():
        sent = instance.send("quick-note" if quick_note else "coach" if coach else "raise")
        log.info("another instance runs for %s; handed over (%s)", where.root, sent)
        return 0
    journal = _open_journal(where)
    if journal is None:
        instance.release()
        return 1
    from netzjournal.ui.first_rows import FirstRows

    first_rows = FirstRows(where.journal)  # read while the window is built
    if not journal.read_only:
        try:
            backups.ensure_daily(journal, where.backups)
        except store.StoreError as exc:  # a backup problem must not block the day's work
            log.error("daily backup failed: %s", exc)
    from netzjournal.ui.main_window import MainWindow

    window = MainWindow(journal, where, first_rows=first_rows)
    instance.message.connect(window.handle_message)
    if exit_after_paint:
        from netzjournal.ui.startup_probe import PaintProbe

        PaintProbe(window, app)

    def after_first_paint() -> None:
        # None of this is needed for the first picture; each costs a few ms.
        from netzjournal.ui.integrity import IntegrityCheck

        gc.enable()
        instance.listen()
        _set_icon()
        check = IntegrityCheck(where.journal, window)
        check.damaged.connect(lambda detail: _damaged_while_open(window, journal, where, detail))
        check.start()

    window.first_painted.connect(after_first_paint)
    window.show()
    if quick_note:
        window.open_quick_note()
    elif coach:
        window.show_coach()
    status = app.exec()
    journal.close()
    instance.release()
    del translators
    return status
