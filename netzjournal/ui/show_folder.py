"""Show a folder in the file manager: the data folder, the backups, a journal's place.

Boxes that tell a person to look at a file ("make it writable", "move it aside",
"keep the backups safe") give them a button to get there instead of a path to
type. The folder shown is the nearest one that exists: a journal behind a link
to a disk not connected has no folder of its own to show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox

# The file manager's door (tests put a recorder here instead of opening one).
opener: Callable[[QUrl], bool] = QDesktopServices.openUrl


def folder_of(place: object) -> Path:
    """The folder to show for ``place`` (a file shows its folder; the nearest one that
    exists where the place is not there)."""
    path = Path(str(place))
    if not path.is_dir():
        path = path.parent
    while not path.is_dir() and path != path.parent:
        path = path.parent
    return path


def show(place: object) -> bool:
    """Open the file manager at ``place``'s folder; False if the desktop could not."""
    return opener(QUrl.fromLocalFile(str(folder_of(place))))


def add_button(box: QMessageBox, place: object, label: str = "") -> QAbstractButton:
    """A "Show in file manager" button on ``box`` that leaves the box open (the person
    reads its advice while they look). Call it after the box's standard buttons."""
    button = box.addButton(
        label or QCoreApplication.translate("ShowFolder", "Show in file manager"),
        QMessageBox.ButtonRole.ActionRole,
    )
    button.setObjectName("showInFileManager")
    button.clicked.disconnect()  # (an ActionRole button would close the box)
    button.clicked.connect(lambda: show(place))
    return button
