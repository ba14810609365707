"""While the window is open: the day's reminder once a day at the chosen time.

Shares the once-a-day mark with ``netzjournal remind --notify``
(:func:`netzjournal.reminders.claim_day`), so a day never brings two.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from netzjournal import reminders
from netzjournal.paths import DataPaths
from netzjournal.store.journal import Journal
from netzjournal.ui.texts import ui_language

log = logging.getLogger(__name__)
CHECK_MS = 60_000


class DailyReminder(QObject):
    shown = Signal(str)  # the notification's text

    def __init__(
        self,
        journal: Journal,
        paths: DataPaths,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.paths, self.now = journal, paths, now
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        """Show the reminder if it is time (and nothing showed one today)."""
        now = self.now()
        settings = reminders.load_settings(self.journal)
        state = reminders.state_dir(self.paths.root)
        if not reminders.due_now(settings, now, state):
            return False
        language = ui_language()
        digest = reminders.digest(self.journal, now.date(), language)
        message = reminders.notification(digest, language)
        if message is None or not reminders.claim_day(state, now.date()):
            return False
        from netzjournal import notify

        label = "Öffnen" if language == "de" else "Open"
        shown = notify.available() and notify.show(*message, label, wait=0).shown
        if not shown:
            from netzjournal.ui.tray_notify import show

            if not show(*message).shown:  # no notification here: the window's coach says it
                reminders.release_day(state, now.date())
                log.info("no way to show the daily reminder")
                return False
        log.info("daily reminder shown")
        self.shown.emit(message[1])
        return True
