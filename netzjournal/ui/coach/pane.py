"""The coach pane: a short, calm list of whom to get back in touch with.

Its first list is worked out on a worker thread (every person's summary and
the ranking: ~100 ms for 5,000 people, ~1 s for 50,000), so the window stays
responsive right after it appears; changes that arrive meanwhile are applied
when that list is in. Later refreshes read only the people a change touched
and run on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netzjournal import store
from netzjournal.coach import settings as coach_settings
from netzjournal.coach.engine import CoachResult, SummaryCache, suggest, warmth_explained
from netzjournal.ui.coach.card import SuggestionCard
from netzjournal.ui.events import AppEvents
from netzjournal.ui.refresh import DeferredRefresh

STEP = 5
log = logging.getLogger(__name__)

# Changes that arrived while the first list was worked out: ids, or FULL.
FULL = None


class CoachPane(QWidget):
    _first_list = Signal(object)  # CoachResult | None, from the worker

    def __init__(
        self,
        journal: store.Journal,
        events: AppEvents,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coachPane")
        self.setAccessibleName(self.tr("Reconnect coach"))
        self.journal, self.events, self.today = journal, events, today
        self.cache = SummaryCache()
        self.extra = 0  # "more" pressed this many times
        self.result: CoachResult | None = None
        self.cards: list[SuggestionCard] = []
        self._loaded = False
        self._loading = False
        self._waiting: set[int] | None = set()  # changes during the first load (None: all)
        self._first_list.connect(self._first_list_in)
        self.intro = QLabel(self.tr("Loading suggestions…"))
        self.intro.setWordWrap(True)
        self.intro.setObjectName("coachIntro")
        self.list = QVBoxLayout()
        self.list.setSpacing(8)
        self.more = QPushButton(self.tr("Show more"))
        self.more.setObjectName("coachMore")
        self.more.clicked.connect(self.show_more)
        self.more.hide()
        self.held = QLabel()
        self.held.setObjectName("coachHeld")
        self.held.setWordWrap(True)
        self.held.setStyleSheet("color: palette(placeholder-text)")
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.intro)
        column.addLayout(self.list)
        column.addWidget(self.more)
        column.addWidget(self.held)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        # A side pane: it may catch up a moment after the views (and a burst
        # of changes, such as a merge, costs one refresh).
        self.refresher = DeferredRefresh(self, self._on_changed, delay_ms=250)
        events.changed.connect(self._relevant)

    @staticmethod
    def language() -> str:
        return "de" if QLocale().language() == QLocale.Language.German else "en"

    # -- loading ---------------------------------------------------------------------

    def start(self) -> None:
        """First load (the main window calls this after its first paint), on a worker."""
        if self._loaded or self._loading:
            return
        self._loading = True
        # peewee's database is made here, on the GUI thread; the worker then
        # gets a connection of its own from it (peewee keeps one per thread).
        _ = self.journal.db
        today, language = self.today(), self.language()
        threading.Thread(target=self._work_out_first_list, args=(today, language),
                         name="coach-first-list", daemon=True).start()  # fmt: skip

    def _work_out_first_list(self, today: dt.date, language: str) -> None:
        result: CoachResult | None = None
        try:
            summaries = self.cache.get(self.journal, today, None)
            settings = coach_settings.load(self.journal)
            limit = settings.limit + STEP * self.extra
            result = suggest(self.journal, today, settings, limit, language, summaries)
        except Exception:  # the GUI thread reads it again itself
            log.exception("working out the coach's first list failed")
        finally:
            self.journal.db.close()  # this thread's connection only
        self._first_list.emit(result)

    def _first_list_in(self, result: CoachResult | None) -> None:
        self._loading = False
        waiting, self._waiting = self._waiting, set()
        if result is None:
            self.reload()
            return
        self.result, self._loaded = result, True
        self._show(result)
        if waiting is FULL or waiting:
            self.reload(waiting)

    def _relevant(self, changes: store.ChangeSet) -> None:
        # Refresh only for what the coach reads: people, notes, follow-ups,
        # events and settings (openers included).
        if (
            changes.everything or changes.contacts or changes.interactions
            or changes.follow_ups or changes.events or changes.settings or changes.openers
        ):  # fmt: skip
            self.refresher.changed(changes)

    def _on_changed(self, changes: store.ChangeSet) -> None:
        if self._loading:  # the worker reads the cache now: apply this afterwards
            if changes.everything or changes.settings or self._waiting is FULL:
                self._waiting = FULL
            else:
                self._waiting |= set(changes.contacts)
            return
        full = changes.everything or bool(changes.settings) or not self._loaded
        self.reload(None if full else set(changes.contacts))

    def reload(self, changed: set[int] | None = None) -> None:
        today = self.today()
        summaries = self.cache.get(self.journal, today, changed)
        settings = coach_settings.load(self.journal)
        limit = settings.limit + STEP * self.extra
        self.result = suggest(self.journal, today, settings, limit, self.language(), summaries)
        self._loaded = True
        self._show(self.result)

    def show_more(self) -> None:
        self.extra += 1
        self.reload(set())

    # -- showing ---------------------------------------------------------------------

    def _show(self, result: CoachResult) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        if result.suggestions:
            self.intro.setText(self.tr("Whom you could get back in touch with:"))
        else:
            self.intro.setText(
                self.tr("Nobody is due right now. Enjoy the quiet – the coach will speak up.")
            )
        for s in result.suggestions:
            card = SuggestionCard(s, warmth_explained(self.language(), s.warmth))
            card.copy.connect(self.copy_opener)
            card.mail.connect(self.mail_opener)
            card.reached_out.connect(self.mark_reached_out)
            card.snooze.connect(self.snooze)
            card.never.connect(self.never)
            card.open_contact.connect(self.events.open_contact)
            self.list.addWidget(card)
            self.cards.append(card)
        self.more.setVisible(result.candidates > len(result.suggestions))
        if result.held:
            names = ", ".join(h.name for h in result.held[:5])
            self.held.setText(
                self.tr("Holding off (no answer to several messages): %1").replace("%1", names)
            )
            self.held.setToolTip("\n".join(f"{h.name}: {h.reason}" for h in result.held))
        self.held.setVisible(bool(result.held))

    def card_for(self, contact_id: int) -> SuggestionCard | None:
        return next((c for c in self.cards if c.suggestion.contact_id == contact_id), None)

    # -- actions ---------------------------------------------------------------------

    def copy_opener(self, contact_id: int, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def mail_opener(self, contact_id: int, subject: str, body: str) -> None:
        card = self.card_for(contact_id)
        if card is None or not card.suggestion.email:
            return
        QDesktopServices.openUrl(mailto_url(card.suggestion.email, subject, body))

    def mark_reached_out(self, contact_id: int, subject: str, body: str) -> None:
        now = dt.datetime.now()
        when = dt.datetime.combine(self.today(), now.time().replace(microsecond=0))
        record = store.InteractionRecord(
            occurred_at=when, kind="message", direction="outbound", participants=[contact_id],
            title=subject, body=body,
        )  # fmt: skip
        try:
            store.create_interaction(self.journal, record)
        except store.StoreError as exc:
            self._not_saved(exc)

    def _not_saved(self, exc: store.StoreError) -> None:
        from netzjournal.ui import texts

        QMessageBox.warning(self, self.tr("Not saved"), texts.store_error_text(exc))

    def snooze(self, contact_id: int, days: int) -> None:
        try:
            store.snooze(self.journal, contact_id, self.today() + dt.timedelta(days=days))
        except store.StoreError as exc:  # locked by another program, a full disk
            self._not_saved(exc)

    def never(self, contact_id: int) -> None:
        card = self.card_for(contact_id)
        name = card.suggestion.name if card else ""
        answer = QMessageBox.question(
            self,
            self.tr("Not this person"),
            self.tr(
                "The coach will not suggest %1 again. You can change this in the contact's "
                '"keep in touch" setting.'
            ).replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                store.set_never(self.journal, contact_id)
            except store.StoreError as exc:
                self._not_saved(exc)


def mailto_url(address: str, subject: str, body: str) -> QUrl:
    url = QUrl(f"mailto:{address}")
    query = QUrlQuery()
    query.addQueryItem("subject", QUrl.toPercentEncoding(subject).data().decode())
    query.addQueryItem("body", QUrl.toPercentEncoding(body).data().decode())
    url.setQuery(query)
    return url
