"""Deferred pane refreshes: collect change sets, refresh once, and only when seen.

A save must return quickly (the quick note closes at once); panes catch up
on the next turn of the event loop, and a hidden pane waits until it is
shown. Several changes in a row cost one refresh.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from netzjournal.store.changes import ChangeSet


class DeferredRefresh(QObject):
    def __init__(
        self, pane: QWidget, refresh: Callable[[ChangeSet], None], delay_ms: int = 0
    ) -> None:
        super().__init__(pane)
        self._pane = pane
        self._refresh = refresh
        self._pending = ChangeSet()
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)
        pane.installEventFilter(self)

    def changed(self, changes: ChangeSet) -> None:
        self._pending.update(changes)
        if self._pane.isVisible():
            self._timer.start()

    def flush(self) -> None:
        """Refresh now with everything collected so far (tests call this too)."""
        self._timer.stop()
        if self._pending:
            changes, self._pending = self._pending, ChangeSet()
            self._refresh(changes)

    def cancel(self) -> None:
        """Drop what is pending, unrefreshed (its journal is about to close)."""
        self._timer.stop()
        self._pending = ChangeSet()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._pane and event.type() == QEvent.Type.Show and self._pending:
            self._timer.start()
        return False
