"""The journal file is gone where an earlier journal left backups or drafts.

Not damage (there is no file to keep) and not the surroundings (the folder is
there and usable): the file was deleted or moved. The box says so, names the
folder and the newest verified backup, and offers to restore that backup (the
default), to start a new, empty journal (asked first; the backups stay) or to
quit. Nothing is created before the choice.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from netzjournal.store.backups import CheckedBackup
from netzjournal.store.errors import JournalMissing
from netzjournal.ui import texts
from netzjournal.ui.confirm import confirm
from netzjournal.ui.startup_dialogs import steady_width


class Choice(Enum):
    RESTORE = "restore"
    ANEW = "anew"
    QUIT = "quit"
    KEY = "key"


def newest_usable(rows: list[CheckedBackup]) -> CheckedBackup | None:
    """The newest verified backup (``checked_backups`` lists usable ones first, newest first)."""
    return next((r for r in rows if r.usable), None)


def missing_box(
    error: JournalMissing, rows: list[CheckedBackup], locked: bool = False
) -> QMessageBox:
    """The box; its buttons carry their :class:`Choice` as the ``choice`` property.
    ``locked``: no key known here opens the encrypted backups (the journal's marker,
    which names its keyring entry, went with it): they need only the key, asked for."""
    folder = error.path.parent
    text = QCoreApplication.translate(
        "MissingJournal",
        "The journal file is no longer in its folder, but backups or drafts of it "
        "are. It was deleted or moved – by a sync program, a clean-up tool, or with "
        "the folder.",
    )
    newest = newest_usable(rows)
    if newest is not None:
        said = (
            QCoreApplication.translate(
                "MissingJournal",
                "Newest checked backup: %1 (contacts: %2, notes: %3).",
            )
            .replace("%1", texts.format_datetime(newest.info.created))
            .replace("%2", QLocale().toString(newest.report.contacts))
            .replace("%3", QLocale().toString(newest.report.notes))
        )
    elif locked:
        said = QCoreApplication.translate(
            "MissingJournal",
            "The backups are encrypted, and no key on this computer opens them. They "
            "need only the journal's passphrase or its recovery key.",
        )
    elif rows:
        said = QCoreApplication.translate(
            "MissingJournal", "None of the backups can be used; please keep the folder safe."
        )
    else:
        said = QCoreApplication.translate(
            "MissingJournal", "There is no backup to restore, only drafts."
        )
    advice = "\n\n".join(
        [
            said,
            QCoreApplication.translate(
                "MissingJournal", "If you moved the file, quit, put it back and start again."
            ),
            QCoreApplication.translate("MissingJournal", "Folder: %1").replace("%1", str(folder)),
        ]
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MissingJournal", "The journal file is missing"),
        text,
    )
    box.setObjectName("missingJournalBox")
    box.setInformativeText(advice)
    restore = None
    if newest is not None:
        restore = box.addButton(
            QCoreApplication.translate("MissingJournal", "Restore backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setObjectName("restoreNewest")
        restore.setProperty("choice", Choice.RESTORE.value)
    elif locked:
        restore = box.addButton(
            QCoreApplication.translate("MissingJournal", "Enter the key…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setObjectName("enterKey")
        restore.setProperty("choice", Choice.KEY.value)
    anew = box.addButton(
        QCoreApplication.translate("MissingJournal", "Create a new, empty journal"),
        QMessageBox.ButtonRole.ActionRole,
    )
    anew.setObjectName("startAnew")
    anew.setProperty("choice", Choice.ANEW.value)
    anew.setAutoDefault(False)
    quit_button = box.addButton(
        QCoreApplication.translate("MissingJournal", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("quitMissing")
    quit_button.setProperty("choice", Choice.QUIT.value)
    box.setDefaultButton(restore or quit_button)  # (never the new, empty journal)
    box.setEscapeButton(quit_button)
    return steady_width(box)


def confirm_anew(error: JournalMissing) -> bool:
    """Asked before a new, empty journal is made beside the backups (Cancel is default)."""
    return confirm(
        None,
        QCoreApplication.translate("MissingJournal", "Create a new, empty journal?"),
        QCoreApplication.translate(
            "MissingJournal", "netzjournal creates a new, empty journal in %1."
        ).replace("%1", str(error.path.parent)),
        QCoreApplication.translate("MissingJournal", "Create a new journal"),
        QCoreApplication.translate(
            "MissingJournal",
            "The backups stay in the folder “backups”; File → Backups… restores one "
            "later. Should the old file turn up again, the new journal is in its place.",
        ),
    )


def ask_missing(error: JournalMissing, rows: list[CheckedBackup], locked: bool = False) -> Choice:
    """The person's choice; a new journal only once it was confirmed."""
    while True:
        box = missing_box(error, rows, locked)
        box.exec()
        clicked = box.clickedButton()
        choice = Choice(clicked.property("choice") if clicked is not None else "quit")
        if choice is not Choice.ANEW or confirm_anew(error):
            return choice
