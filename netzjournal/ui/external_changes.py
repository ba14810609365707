"""Noticing what another process wrote to the journal, and refreshing for it.

``netzjournal import`` (or a second window on the same file) writes while
this window is open. SQLite's ``PRAGMA data_version`` changes whenever
another connection commits; it is read when the window is activated and
every few seconds (a cheap pragma, no file I/O beyond SQLite's own). On a
change every pane hears ``ChangeSet(everything=True)`` — as after a restore —
and reloads what it shows. Editors keep what was typed: their saves are
checked against the newer rows (:mod:`netzjournal.store.stale`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer

from netzjournal.store.changes import ChangeSet
from netzjournal.store.journal import Journal

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 3000


class ExternalChanges(QObject):
    """Polls ``data_version``; installs itself as an event filter on ``window``."""

    def __init__(self, journal: Journal, window: QObject) -> None:
        super().__init__(window)
        self.journal = journal
        self._seen = self._version()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.installEventFilter(self)

    def _version(self) -> int | None:
        if self.journal.is_closed:
            # Nothing to notice on a journal the window let go; reading would reopen
            # it (a window left to the collector did so in whatever test ran next).
            return None
        try:
            return self.journal.data_version()
        except Exception as exc:  # closed, or the disk went away: never fatal
            log.warning("data_version not readable: %s", exc)
            return None

    def hold(self) -> None:
        """Stop noticing while our own sync child writes: it reports by ids what it
        changed, and re-reading everything every few seconds of a long sync would
        stall the window."""
        self.timer.stop()
        self._held = True

    def resume(self, seen: bool = True) -> None:
        """Go on noticing. ``seen``: the caller told the panes what changed, so the
        journal as it is now counts as seen; else (a sync child that failed
        half-way) the next check refreshes whatever it wrote."""
        self._held = False
        if seen:
            self._seen = self._version()
        self.timer.start()

    _held = False

    def check(self) -> bool:
        """Refresh everything if another process wrote; True if it did."""
        if self._held:
            return False
        version = self._version()
        if version is None or version == self._seen:
            return False
        self._seen = version
        log.info("the journal was changed by another process; refreshing")
        self.journal.notify(ChangeSet(everything=True))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False
