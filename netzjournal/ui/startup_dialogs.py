"""Dialogs for a journal that cannot be opened normally.

Each one explains in plain words what happened, says that nothing was
changed, and offers the one sensible way forward.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from netzjournal import store
from netzjournal.store.backups import BackupInfo


def ask_restore(error: store.JournalDamaged, newest: BackupInfo | None) -> bool:
    """Explain the damage; True if the user wants the newest backup restored."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("StartupDialogs", "The journal cannot be read"))
    box.setText(
        QCoreApplication.translate(
            "StartupDialogs", "netzjournal cannot read your journal. The file has not been changed."
        )
    )
    details = (
        QCoreApplication.translate("StartupDialogs", "File: %1\nReason: %2")
        .replace("%1", str(error.path))
        .replace("%2", error.detail)
    )
    if newest is None:
        box.setInformativeText(
            details
            + "\n\n"
            + QCoreApplication.translate(
                "StartupDialogs", "There is no backup to restore. Please keep the file safe."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    when = QLocale().toString(newest.created, QLocale.FormatType.ShortFormat)
    box.setInformativeText(
        details
        + "\n\n"
        + QCoreApplication.translate(
            "StartupDialogs",
            "Restore the newest backup, from %1? The unreadable file is kept beside it.",
        ).replace("%1", when)
    )
    restore = box.addButton(
        QCoreApplication.translate("StartupDialogs", "Restore backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("StartupDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def ask_read_only(error: store.JournalTooNew) -> bool:
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
