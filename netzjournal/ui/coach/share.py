"""The coach's width beside a window that grows: its normal share back, unless dragged."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMainWindow

from netzjournal.ui.coach.dock import CoachDock

COACH_WIDTH = 320  # px: the coach's share of a window with room (1280 px and up)


class CoachShare(QObject):
    """A window that grows gives the coach ``normal`` px again: an 800 px session (or
    a state restored from one) left it at its narrowest, and Qt gives all new room to
    the central widget. A width the person dragged (a press on the window's separator
    that changed the dock's width) is theirs and kept."""

    def __init__(self, window: QMainWindow, dock: CoachDock, normal: int) -> None:
        super().__init__(window)
        self._window, self._dock, self._normal = window, dock, normal
        self.placed_by_hand = False
        self._pressed_at: int | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:  # only the separators are the window's own
            self._pressed_at = self._dock.width()
        elif kind == QEvent.Type.MouseButtonRelease and self._pressed_at is not None:
            if not self._dock.collapsed and self._dock.width() != self._pressed_at:
                self.placed_by_hand = True
            self._pressed_at = None
        elif (
            kind == QEvent.Type.Resize
            and isinstance(event, QResizeEvent)
            and event.size().width() > event.oldSize().width()
        ):
            QTimer.singleShot(0, self._give_back)  # once the layout has the new size
        return False

    def _give_back(self) -> None:
        dock = self._dock
        if self.placed_by_hand or dock.collapsed or dock.isFloating() or not dock.isVisible():
            return
        if dock.width() < self._normal:
            self._window.resizeDocks([dock], [self._normal], Qt.Orientation.Horizontal)
