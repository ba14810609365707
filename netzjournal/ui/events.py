"""The one app-level change signal.

The store tells its subscribers what a committed write changed; this object
re-emits that as a Qt signal so each pane can decide whether to refresh.
Panes never call each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from netzjournal.store.changes import ChangeSet
from netzjournal.store.journal import Journal


class AppEvents(QObject):
    changed = Signal(object)  # a ChangeSet
    open_contact = Signal(int)
    open_note = Signal(int)
    open_event = Signal(int)  # an event row's id (a single event or one occurrence)
    # The contact editor, opened on one field ("family_name": what the coach lacks).
    edit_contact = Signal(int, str)
    # Settings, opened on one field ("user_name": what signs the coach's openers).
    open_settings = Signal(str)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        journal.subscribe(self._relay)

    def _relay(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)
