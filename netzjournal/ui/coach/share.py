"""The coach's width as a share of the window, as a splitter keeps it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMainWindow

from netzjournal.ui.coach.dock import EXPANDED_MIN, CoachDock

COACH_WIDTH = 320  # px: the coach beside a window with room (ROOMY px and up)
ROOMY = 1024  # px: from this window width on the coach has COACH_WIDTH (the views are
# laid out for 1024 px beside it; narrower, it gives way down to EXPANDED_MIN at 800)


class CoachShare(QObject):
    """The coach keeps its share of the window's width, as a splitter does.

    Qt's dock layout gives a window's whole change of width to the central widget: an
    800 px session (or a state restored from one) left the coach at its narrowest in a
    wide window, and a window opened wide and shrunk to 800 px kept a 320 px coach, so
    the German tab bar scrolled („Vera…“). So, after each resize, the coach gets its
    share of the new width: ``normal`` px beside a window of ``ROOMY`` px and up, in
    proportion below (250 px, ``EXPANDED_MIN``, at 800), never below ``EXPANDED_MIN`` (a
    card's buttons fit). A width the person dragged (a press on the window's separator
    that changed the dock's width) is theirs: it is kept as a share of the window it
    was dragged in, not as pixels."""

    def __init__(self, window: QMainWindow, dock: CoachDock, normal: int) -> None:
        super().__init__(window)
        self._window, self._dock, self._normal = window, dock, normal
        self.share: float | None = None  # the dragged width / the window's width
        self._pressed_at: int | None = None
        self._from_layout = False
        window.installEventFilter(self)

    @property
    def placed_by_hand(self) -> bool:
        return self.share is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:  # only the separators are the window's own
            self._pressed_at = self._dock.width()
        elif kind == QEvent.Type.MouseButtonRelease and self._pressed_at is not None:
            if not self._dock.collapsed and self._dock.width() != self._pressed_at:
                self.share = self._dock.width() / max(1, self._window.width())
            self._pressed_at = None
        elif (
            kind == QEvent.Type.Resize
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            QTimer.singleShot(0, self._share)  # once the layout has the new size
        return False

    def restore(self, share: object, placed: object = None) -> None:
        """The share kept by an earlier session; ``placed``: the flag kept before the
        share was (a width dragged then): its share is read off the restored layout."""
        try:
            value = float(str(share)) if share is not None else None
        except ValueError:
            value = None
        self.share = value if value is not None and 0 < value < 1 else None
        self._from_layout = self.share is None and str(placed).lower() == "true"

    def width_for(self, window_width: int) -> int:
        """The coach's width beside a window ``window_width`` px wide."""
        if self.share is not None:
            wanted = round(self.share * window_width)
        else:
            wanted = round(self._normal * min(1.0, window_width / ROOMY))
        return max(EXPANDED_MIN, wanted)

    def _share(self) -> None:
        dock = self._dock
        if dock.collapsed or dock.isFloating() or not dock.isVisible():
            return
        if self._from_layout:  # the restored width is the person's
            self._from_layout = False
            self.share = dock.width() / max(1, self._window.width())
            return
        wanted = self.width_for(self._window.width())
        if dock.width() != wanted:
            self._window.resizeDocks([dock], [wanted], Qt.Orientation.Horizontal)
