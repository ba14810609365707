"""The window started on a data folder that does not exist (``--data-dir`` or
``NETZJOURNAL_HOME`` mistyped, most likely).

The command line refuses such a folder unless ``--new-journal`` asks for it; the
window asks before anything is made: a new journal there, another folder, or quit
(the default: Enter or Esc makes nothing). The platform's own folder, made on first
use, never comes here (``paths.named_but_missing``).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from netzjournal.ui.startup_dialogs import steady_width


class Choice(Enum):
    CREATE = "create"
    ELSEWHERE = "elsewhere"
    QUIT = "quit"


def missing_folder_box(folder: Path) -> QMessageBox:
    """The box; its buttons carry their :class:`Choice` as the ``choice`` property."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MissingFolder", "The folder does not exist"),
        QCoreApplication.translate(
            "MissingFolder", "The folder %1 does not exist (a typo?)."
        ).replace("%1", str(folder)),
    )
    box.setObjectName("missingFolderBox")
    box.setInformativeText(
        QCoreApplication.translate(
            "MissingFolder",
            "Nothing has been created yet. netzjournal can start a new, empty journal in "
            "that folder, or open a journal in another folder.",
        )
    )
    create = box.addButton(
        QCoreApplication.translate("MissingFolder", "Create a new journal there"),
        QMessageBox.ButtonRole.ActionRole,
    )
    create.setObjectName("createThere")
    create.setProperty("choice", Choice.CREATE.value)
    create.setAutoDefault(False)
    elsewhere = box.addButton(
        QCoreApplication.translate("MissingFolder", "Choose another folder…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    elsewhere.setObjectName("chooseFolder")
    elsewhere.setProperty("choice", Choice.ELSEWHERE.value)
    elsewhere.setAutoDefault(False)
    quit_button = box.addButton(
        QCoreApplication.translate("MissingFolder", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("quitMissingFolder")
    quit_button.setProperty("choice", Choice.QUIT.value)
    box.setDefaultButton(quit_button)  # (never a folder made by pressing Enter)
    box.setEscapeButton(quit_button)
    return steady_width(box)


def _nearest_existing(folder: Path) -> Path:
    """Where the folder dialog opens: the deepest part of the mistyped path that exists
    (the typo is usually in its last part)."""
    for parent in folder.parents:
        if parent.is_dir():
            return parent
    return Path.home()


def ask_missing_folder(folder: Path) -> Path | None:
    """The folder to start in (``folder`` itself, made by the caller, or another one the
    person picked), or None to quit. A folder dialog cancelled asks again."""
    while True:
        box = missing_folder_box(folder)
        box.exec()
        clicked = box.clickedButton()
        choice = Choice(clicked.property("choice") if clicked is not None else "quit")
        if choice is Choice.QUIT:
            return None
        if choice is Choice.CREATE:
            return folder
        chosen = QFileDialog.getExistingDirectory(
            None,
            QCoreApplication.translate("MissingFolder", "Choose the journal's folder"),
            str(_nearest_existing(folder)),
        )
        if chosen:
            return Path(chosen)
