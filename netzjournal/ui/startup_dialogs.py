"""Dialogs for a journal that cannot be opened normally.

Each one explains in plain words what happened, says that nothing was
changed, and offers the one sensible way forward. Damage offers verified
backups (``ui/recovery_dialog.py``); an environment problem (full disk,
I/O error, permissions, lock, …) never does: restoring would not help.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from netzjournal.store.errors import JournalTooNew, JournalUnavailable


def unavailable_text(error: JournalUnavailable) -> tuple[str, str]:
    """Title and advice for an environment problem (see ``store.errors.UNAVAILABLE_MESSAGES``)."""
    texts = {
        "disk-full": (
            QCoreApplication.translate("StartupDialogs", "The disk is full"),
            QCoreApplication.translate(
                "StartupDialogs", "The disk is full – please free some space and start again."
            ),
        ),
        "io-error": (
            QCoreApplication.translate("StartupDialogs", "The disk reports an error"),
            QCoreApplication.translate(
                "StartupDialogs",
                "The disk reported a read or write error. Please check the drive (or the "
                "network connection to it) and start again.",
            ),
        ),
        "permission-denied": (
            QCoreApplication.translate("StartupDialogs", "No permission"),
            QCoreApplication.translate(
                "StartupDialogs",
                "netzjournal may not open the journal or its folder. Please check who owns "
                "them and their permissions, then start again.",
            ),
        ),
        "read-only": (
            QCoreApplication.translate("StartupDialogs", "The journal cannot be written"),
            QCoreApplication.translate(
                "StartupDialogs",
                "The journal, its folder or its disk is write-protected. Please make it "
                "writable and start again.",
            ),
        ),
        "locked": (
            QCoreApplication.translate("StartupDialogs", "The journal is in use"),
            QCoreApplication.translate(
                "StartupDialogs",
                "Another program is using the journal right now. Please close it (or wait "
                "until it has finished) and start again.",
            ),
        ),
        "is-a-directory": (
            QCoreApplication.translate("StartupDialogs", "A folder is in the journal's place"),
            QCoreApplication.translate(
                "StartupDialogs",
                "Where the journal file should be there is a folder. Please move it aside, "
                "or start netzjournal with --data-dir to use another data folder.",
            ),
        ),
        "not-a-folder": (
            QCoreApplication.translate("StartupDialogs", "A file is in the data folder's place"),
            QCoreApplication.translate(
                "StartupDialogs",
                "Where the data folder should be there is a file. Please move it aside, or "
                "start netzjournal with --data-dir to use another data folder.",
            ),
        ),
    }
    return texts.get(
        error.kind,
        (QCoreApplication.translate("StartupDialogs", "The journal cannot be opened"), str(error)),
    )


def show_unavailable(error: JournalUnavailable) -> None:
    """An environment problem: what is wrong, how to fix it; nothing was changed."""
    title, advice = unavailable_text(error)
    box = QMessageBox()
    box.setObjectName("unavailableBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(advice)
    box.setInformativeText(
        QCoreApplication.translate(
            "StartupDialogs", "Nothing was changed: your journal is as it was.\n\nPlace: %1"
        ).replace("%1", str(error.path))
    )
    if error.detail:
        box.setDetailedText(error.detail)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def show_set_aside(paths: list[Path]) -> None:
    """A damaged ``-wal`` was set aside at open: say so, and where it is."""
    box = QMessageBox()
    box.setObjectName("setAsideBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(
        QCoreApplication.translate("StartupDialogs", "A leftover file was set aside")
    )
    box.setText(
        QCoreApplication.translate(
            "StartupDialogs",
            "Beside the journal lay unfinished changes (a “-wal” file) that do not fit it; "
            "adding them would have damaged the journal. The journal opens without them.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("StartupDialogs", "The file is kept as:\n%1").replace(
            "%1", "\n".join(str(p) for p in paths)
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ask_read_only(error: JournalTooNew) -> bool:
    """Explain the version clash; True if the user wants to look read-only."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(
        QCoreApplication.translate("StartupDialogs", "A newer netzjournal wrote this journal")
    )
    box.setText(
        QCoreApplication.translate(
            "StartupDialogs",
            "This journal was written by netzjournal %1 (schema %2); this is "
            "netzjournal %3 (schema %4).",
        )
        .replace("%1", error.found_app)
        .replace("%2", str(error.found_schema))
        .replace("%3", error.our_app)
        .replace("%4", str(error.our_schema))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "StartupDialogs",
            "Please update netzjournal. Until then you can open the journal read-only.",
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("StartupDialogs", "Open read-only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("StartupDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def show_error(title: str, text: str) -> None:
    QMessageBox.critical(None, title, text)
