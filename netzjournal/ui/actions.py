"""Every window-level action, declared in one place with its shortcut.

Panes and menus fetch actions from :class:`Actions`; nothing else creates
window-level QActions, so shortcuts cannot collide unnoticed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class Actions(QObject):
    """The main window's actions; texts are translated when created."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.quit = self._make(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.about = self._make(self.tr("&About netzjournal"))
        self.data_location = self._make(self.tr("Where my &data lives…"))
        self.open_data_folder = self._make(self.tr("Open the data &folder"))

    def _make(self, text: str, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self.parent())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def all(self) -> list[QAction]:
        return [self.quit, self.about, self.data_location, self.open_data_folder]
