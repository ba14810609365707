"""The coach pane: a short, calm list of whom to get back in touch with.

Its first list is worked out on a worker thread, so the window stays
responsive right after it appears (the coach reads only as far as the list
needs, but the first time from a cold file); a change that arrives meanwhile
is applied when that list is in. Later refreshes run on the GUI thread and
keep the openers and cards of everyone the change did not touch.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, QTimer, QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices, QGuiApplication, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal.coach import settings as coach_settings
from netzjournal.coach.engine import (
    CoachResult,
    OpenerCache,
    Suggestion,
    suggest,
    warmth_explained,
)
from netzjournal.store.catalog import set_setting
from netzjournal.store.changes import ChangeSet
from netzjournal.store.coach_data import set_never
from netzjournal.store.errors import StoreError
from netzjournal.store.journal import Journal
from netzjournal.store.reading import get_setting
from netzjournal.ui import style, undo
from netzjournal.ui.background import run_in_background
from netzjournal.ui.coach.card import SuggestionCard
from netzjournal.ui.coach.languages import LanguagesQuestion
from netzjournal.ui.confirm import confirm
from netzjournal.ui.events import AppEvents
from netzjournal.ui.refresh import DeferredRefresh
from netzjournal.ui.texts import ui_language

# The hint that openers are signed without a name, once set aside (journal setting).
NAME_HINT_KEY = "coach.name_hint_dismissed"
NOTICE_MS = 12_000  # how long "what happened" (with Undo) stays

STEP = 5
# New cards are built this many ms at a time, then the window may react again.
SLICE_MS = 12
log = logging.getLogger(__name__)


@dataclass
class _Draft:
    """What the person typed into the openers of someone no longer on the list."""

    name: str  # as the card named them ("Anna Müller · Bosch")
    edits: tuple[int, dict[int, str]]  # the opener chosen, the texts changed (SuggestionCard)
    asks: bool  # False when an action on the card used or set the text aside


class CoachPane(QWidget):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._expanded: set[int] = set()
        # Edited openers outlive their card: someone who leaves the list (a note
        # saved elsewhere, a smaller limit) gets their text back on their return, and
        # closing the window asks about it (see may_close). Reached out, Later and Not
        # this person set the text aside: it is not asked about, but an Undo brings
        # it back.
        self._drafts: dict[int, _Draft] = {}
        self._set_aside: set[int] = set()
        self._undoable: QUndoCommand | None = None
        self.setObjectName("coachPane")
        self.setAccessibleName(self.tr("Reconnect coach"))
        self.journal, self.events, self.today = journal, events, today
        self.cache = OpenerCache()
        self.extra = 0  # "more" pressed this many times
        self.result: CoachResult | None = None
        self.cards: list[SuggestionCard] = []
        self._building = 0  # the list being put in place (a newer one stops an older)
        self._loaded = False
        self._loading = False
        self._waiting = False  # a change came during the first load
        self.intro = QLabel(self.tr("Loading suggestions…"), wordWrap=True)
        self.intro.setObjectName("coachIntro")
        self.list = QVBoxLayout()
        self.list.setSpacing(style.SPACE.S)
        self.more = QPushButton(self.tr("Show more"))
        self.more.setObjectName("coachMore")
        self.more.clicked.connect(self.show_more)
        self.more.hide()
        self.held = QLabel(wordWrap=True)
        self.held.setObjectName("coachHeld")
        self.held.setStyleSheet("color: palette(placeholder-text)")
        self.legend = QLabel(
            self.tr("Bar: warmth – mostly the closeness (1–5) you set; point at it for more."),
            wordWrap=True,
        )
        self.legend.setObjectName("coachLegend")
        self.legend.setStyleSheet("color: palette(placeholder-text)")
        style.set_type(self.legend, style.Type.SECONDARY)
        self.legend.setToolTip(
            self.tr("Closeness is yours to set on each contact, from 1 (acquaintance) "
                    "to 5 (close). Hover over a bar to see what makes up its warmth.")
        )  # fmt: skip
        # Openers end in „Viele Grüße“ and no name until "Your name" is set: said once,
        # with the way there; gone once the name is set or the hint set aside.
        self.name_hint = QFrame()
        self.name_hint.setObjectName("coachNameHint")
        self.name_hint_text = QLabel(
            self.tr("Your messages are signed without a name. "
                    "<a href=\"settings:user_name\">Add your name</a>"),
            wordWrap=True,
        )  # fmt: skip
        self.name_hint_text.setObjectName("coachNameHintText")
        self.name_hint_text.setTextFormat(Qt.TextFormat.RichText)
        self.name_hint_text.linkActivated.connect(self._open_name_setting)
        style.set_type(self.name_hint_text, style.Type.SECONDARY)
        self.name_hint_dismiss = QToolButton(autoRaise=True)
        self.name_hint_dismiss.setText("\u00d7")
        self.name_hint_dismiss.setObjectName("coachNameHintDismiss")
        self.name_hint_dismiss.setToolTip(self.tr("Hide this hint"))
        self.name_hint_dismiss.setAccessibleName(self.tr("Hide this hint"))
        self.name_hint_dismiss.clicked.connect(self.dismiss_name_hint)
        hint_row = QHBoxLayout(self.name_hint)
        hint_row.setContentsMargins(0, 0, 0, 0)
        hint_row.addWidget(self.name_hint_text, 1)
        hint_row.addWidget(self.name_hint_dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.name_hint.hide()
        # Several people without a language: asked once for all, not on each card.
        self.languages = LanguagesQuestion()
        self.languages.chosen.connect(self.choose_language_for_all)
        self.languages.set_read_only(self.journal.read_only)
        # What just happened, with Undo ("Anna Weiß: noted … [Undo]").
        self.notice = QFrame(frameShape=QFrame.Shape.StyledPanel)
        self.notice.setObjectName("coachNotice")
        self.notice_text = QLabel(wordWrap=True)
        self.notice_text.setObjectName("coachNoticeText")
        self.notice_undo = QPushButton(self.tr("Undo"))
        self.notice_undo.setObjectName("coachUndo")
        self.notice_undo.clicked.connect(self.undo_last)
        row = QHBoxLayout(self.notice)
        row.setContentsMargins(style.SPACE.S, style.SPACE.XS, style.SPACE.XS, style.SPACE.XS)
        row.addWidget(self.notice_text, 1)
        row.addWidget(self.notice_undo)
        self.notice.hide()
        self._notice_timer = QTimer(self, singleShot=True)
        self._notice_timer.timeout.connect(self.notice.hide)
        # The notice's Undo is for its own step only: undone from the Edit menu (Ctrl+Z)
        # or followed by another, it stops offering it (it said „… notiert“ with an
        # Undo button beside a status bar saying the step was already undone).
        self.undo_stack.indexChanged.connect(self._stack_moved)
        inner = QWidget()
        column = QVBoxLayout(inner)
        style.pane_margins(column)
        column.addWidget(self.intro)
        column.addWidget(self.name_hint)
        column.addWidget(self.languages)
        column.addWidget(self.legend)
        column.addLayout(self.list)
        column.addWidget(self.more)
        column.addWidget(self.held)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll)
        # Below the list, like a snackbar: seen wherever the list is scrolled, and
        # showing it moves no card away from under the pointer.
        layout.addWidget(self.notice)
        # A side pane: it may catch up a moment after the views (and a burst
        # of changes, such as a merge, costs one refresh).
        self.refresher = DeferredRefresh(self, self._on_changed, delay_ms=250)
        events.changed.connect(self._relevant)

    # -- loading ---------------------------------------------------------------------

    def start(self) -> None:
        """First load (the main window calls this after its first paint), on a worker.

        The worker reads on a connection of its own (Journal.connection) and never
        touches the pane: a window closed meanwhile drops its list (ui/background)."""
        if self._loaded or self._loading:
            return
        self._loading = True
        work = functools.partial(
            _work_out_first_list, self.journal, self.cache, self.today(), ui_language(),
            STEP * self.extra,
        )  # fmt: skip
        run_in_background("coach-first-list", work, self._first_list_in)

    def _first_list_in(self, result: CoachResult | None) -> None:
        self._loading = False
        waiting, self._waiting = self._waiting, False
        if result is None:
            # The worker failed: read it here, unless the journal was closed meanwhile
            # (the window closed): that would open the file again, for a list nobody
            # sees (and a journal moved or deleted by then cannot be opened).
            if not self.journal.is_closed:
                self.reload()
            return
        self.result, self._loaded = result, True
        self._show(result)
        if waiting:
            self.reload()

    def _relevant(self, changes: ChangeSet) -> None:
        # Refresh only for what the coach reads: people, notes, follow-ups,
        # events and settings (openers included).
        if (
            changes.everything or changes.contacts or changes.interactions
            or changes.follow_ups or changes.events or changes.settings or changes.openers
        ):  # fmt: skip
            self.refresher.changed(changes)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._loading:  # the worker uses the cache now: apply this afterwards
            self._waiting = True
            return
        self.reload()

    def reload(self) -> None:
        """The list again (it reads only as far as the list needs; openers of people
        whose inputs did not change are kept)."""
        settings = coach_settings.load(self.journal)
        limit = settings.limit + STEP * self.extra
        self.result = suggest(
            self.journal, self.today(), settings, limit, ui_language(), self.cache
        )
        self._loaded = True
        self._show(self.result)

    def show_more(self) -> None:
        self.extra += 1
        self.reload()

    # -- showing ---------------------------------------------------------------------

    def _show(self, result: CoachResult) -> None:
        # An action reloads the list: the reader stays where they were.
        position = self.scroll_area.verticalScrollBar().value()
        shown = self._all_cards()
        # An opener the person is editing survives the refresh (a note saved
        # elsewhere must not throw their words away).
        edits = {c.suggestion.contact_id: e for c in shown if (e := c.edited())}
        # A card whose suggestion did not change is kept as it is (on a large journal
        # the list can hold a hundred birthday cards; building them all again after
        # every change is what a person would wait for).
        wanted = {s.contact_id: s for s in result.cards}
        kept: dict[int, SuggestionCard] = {}
        for card in shown:
            contact_id = card.suggestion.contact_id
            if wanted.get(contact_id) == card.suggestion:
                kept[contact_id] = card
            else:
                if contact_id not in wanted and contact_id in edits:
                    asks = contact_id not in self._set_aside
                    self._drafts[contact_id] = _Draft(
                        card.suggestion.name, edits.pop(contact_id), asks
                    )
                self.list.removeWidget(card)
                card.hide()  # before unparenting: see participants.ParticipantsField._remove
                card.setParent(None)
                card.deleteLater()
        self._set_aside -= wanted.keys()  # back on the list (an Undo): asked about again
        if result.cards:
            self.intro.setText(self.tr("Whom you could get back in touch with:"))
        elif result.no_contacts:
            self.intro.setText(
                self.tr("No contacts yet. Add or import your contacts (File menu), and the "
                        "coach will suggest whom to get back in touch with.")
            )  # fmt: skip
        elif result.no_notes:
            # (Nobody can be due yet: the coach goes by the meetings noted.)
            self.intro.setText(
                self.tr("Nobody can be due yet: the coach goes by your notes, and there are "
                        "none yet. Until then it names only occasions, such as a birthday "
                        "soon. After your next meeting or call, write a quick note – "
                        "then the coach suggests whom to get back in touch with, and when.")
            )  # fmt: skip
        elif result.never_noted:
            # (Imported people are never due before a first note: say so, or the list
            # of 30 people just imported reads as lost.)
            self.intro.setText(
                self.tr("Nobody is due right now. %n of your contacts have no note yet: the "
                        "coach goes by your notes and suggests them once you note a meeting "
                        "or call with them. Until then it names only occasions, such as a "
                        "birthday soon.", "", result.never_noted)
            )  # fmt: skip
        else:
            self.intro.setText(
                self.tr("Nobody is due right now. Enjoy the quiet – the coach will speak up.")
            )
        self.name_hint.setVisible(bool(result.cards) and self._signed_without_name())
        self.languages.ask(result.without_language, result.usual_language)
        self.cards = []
        self._building += 1
        self._place(result, 0, kept, edits, position, self._building)

    def _place(
        self,
        result: CoachResult,
        start: int,
        kept: dict[int, SuggestionCard],
        edits: dict[int, tuple[int, dict[int, str]]],
        position: int,
        building: int,
    ) -> None:
        """Put the cards from ``start`` in order; new cards are built a slice at a time
        (a card costs several ms: a first list of a dozen built at once kept the
        window from reacting for ~80 ms), the rest on the next turns of the event loop."""
        if building != self._building:  # a newer list replaced this one
            return
        began = time.perf_counter()
        cards = result.cards
        for index in range(start, len(cards)):
            s = cards[index]
            card = kept.pop(s.contact_id, None)
            if card is None:
                card = self._card(s)
                if s.contact_id in edits:
                    card.restore(*edits[s.contact_id])
                elif (draft := self._drafts.pop(s.contact_id, None)) is not None:
                    card.restore(*draft.edits)
            if self.list.indexOf(card) != index:
                self.list.removeWidget(card)
                self.list.insertWidget(index, card)
                # Shown now, not on a later turn of the event loop (Qt's default for a
                # widget added to a visible layout): a card in ``cards`` is on screen.
                if self.isVisible():  # (never hide one: a folded pane shows it on opening)
                    card.show()
            self.cards.append(card)
            last = index + 1 == len(cards)
            if not last and (time.perf_counter() - began) * 1000 > SLICE_MS:
                go_on = functools.partial(
                    self._place, result, index + 1, kept, edits, position, building
                )
                QTimer.singleShot(0, self, go_on)
                return
        self.more.setVisible(result.more)
        if result.held:
            from netzjournal.store.people import join_names  # off the start path

            names = join_names(h.name for h in result.held[:5])
            self.held.setText(
                self.tr("Holding off (no answer to several messages): %1").replace("%1", names)
            )
            self.held.setToolTip("\n".join(f"{h.name}: {h.reason}" for h in result.held))
        self.held.setVisible(bool(result.held))
        self.legend.setVisible(bool(cards))
        # The list's new height at its current width (adjustSize would shrink it to
        # its hint's width first: every card resized twice, ~0.2 s with a hundred).
        column = self.scroll_area.widget().layout()
        if column is not None:
            column.activate()
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(position)
        # Once the layout has settled; with the bar as context, never after it is gone.
        QTimer.singleShot(0, bar, lambda: bar.setValue(position))

    def _signed_without_name(self) -> bool:
        """No "Your name" in Settings, and the hint about it not set aside."""
        if self.journal.read_only:
            return False  # (Settings cannot take a name then)
        name = get_setting(self.journal, "user.name", "")
        named = isinstance(name, str) and bool(name.strip())
        return not named and not get_setting(self.journal, NAME_HINT_KEY, False)

    def _open_name_setting(self, _link: str) -> None:
        self.events.open_settings.emit("user_name")

    def dismiss_name_hint(self) -> None:
        self.name_hint.hide()
        try:
            set_setting(self.journal, NAME_HINT_KEY, True)
        except StoreError as exc:  # (hidden for now; it comes back next time)
            log.warning("name hint not remembered: %s", exc)

    def _card(self, s: Suggestion) -> SuggestionCard:
        card = SuggestionCard(s, warmth_explained(ui_language(), s.warmth))
        card.copy.connect(self.copy_opener)
        card.mail.connect(self.mail_opener)
        card.reached_out.connect(self.mark_reached_out)
        if s.contact_id in self._expanded:
            card.set_expanded(True)
        card.expanded_changed.connect(self._remember_expanded)
        card.snooze.connect(self.snooze)
        card.snooze_until.connect(self.snooze_until)
        card.never.connect(self.never)
        card.open_contact.connect(self.events.open_contact)
        card.complete.connect(self.events.edit_contact)
        card.language_chosen.connect(self.choose_language)
        card.form_chosen.connect(self.choose_form)
        card.salutation_chosen.connect(self.choose_salutation)
        card.form_for_all.connect(self.choose_form_for_all)
        if self.journal.read_only:
            card.set_read_only()
        return card

    def _remember_expanded(self, contact_id: int, expanded: bool) -> None:
        if expanded:
            self._expanded.add(contact_id)
        else:
            self._expanded.discard(contact_id)

    def card_for(self, contact_id: int) -> SuggestionCard | None:
        return next((c for c in self.cards if c.suggestion.contact_id == contact_id), None)

    def _all_cards(self) -> list[SuggestionCard]:
        """Every card in the list, also those of a list still being built."""
        from netzjournal.ui.layout_entries import entries

        return [c for c in entries(self.list) if isinstance(c, SuggestionCard)]

    def focus_first(self) -> None:
        """The keyboard to the first card (its first control), else to the list."""
        cards = self._all_cards()
        if cards and cards[0].isVisible():
            cards[0].focus_first()
        else:
            self.scroll_area.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- edited openers --------------------------------------------------------------

    def unsaved_messages(self) -> list[str]:
        """Whose openers the person changed and has not used yet (their names as the
        cards show them, namesakes told apart)."""
        names = [
            card.suggestion.name
            for card in self._all_cards()
            if card.suggestion.contact_id not in self._set_aside and card.edited()
        ]
        return names + [d.name for d in self._drafts.values() if d.asks]

    def discard_messages(self) -> None:
        for card in self._all_cards():
            card.discard_edits()
        self._drafts.clear()

    def may_close(self) -> bool:
        """True when the window may close: no edited opener, or the person chose to
        discard them (one question for all; Cancel is the default). There is nowhere
        to save an opener, so the choice is Discard or Cancel."""
        names = self.unsaved_messages()
        if not names:
            return True
        if len(names) == 1:
            question = self.tr("Discard your edited message to %1?")
        else:
            question = self.tr("Discard your edited messages to %1?")
        if confirm(
            self.window(),
            self.tr("Edited message"),
            question.replace("%1", QLocale().createSeparatedList(names)),  # "A, B und C"
            self.tr("&Discard"),
            self.tr("The journal does not keep openers. To keep the text, choose "
                    "Cancel, then Copy or E-mail."),
        ):  # fmt: skip
            self.discard_messages()
            return True
        return False

    # -- actions ---------------------------------------------------------------------

    def show_notice(self, text: str, command: QUndoCommand | None = None) -> None:
        """Say what just happened; with a command, offer to undo it."""
        self._undoable = command
        self.notice_text.setText(text)
        self.notice_undo.setVisible(command is not None)
        self.notice.show()
        self._notice_timer.start(NOTICE_MS if command is not None else 4000)

    def _stack_moved(self) -> None:
        import shiboken6

        stack, command = self.undo_stack, self._undoable
        # (the window going: its stack, cleared as it goes, or this pane already gone)
        if not (shiboken6.isValid(stack) and shiboken6.isValid(self.notice)):
            return
        if command is None or (stack.index() > 0 and stack.command(stack.index() - 1) is command):
            return
        self._undoable = None
        undone = any(stack.command(i) is command for i in range(stack.index(), stack.count()))
        if undone and self.notice.isVisible():
            self.show_notice(self.tr("Undone: %1").replace("%1", command.text()))
        else:
            self.notice_undo.hide()

    def undo_last(self) -> None:
        stack, command = self.undo_stack, self._undoable
        # Only while it is still the last thing done (the Edit menu may have moved on).
        if (
            command is not None
            and stack.index() > 0
            and stack.command(stack.index() - 1) is command
        ):
            stack.undo()
            self.show_notice(self.tr("Undone: %1").replace("%1", command.text()))
        else:
            self.notice.hide()
        self._undoable = None

    def _name(self, contact_id: int) -> str:
        card = self.card_for(contact_id)
        return card.suggestion.name if card else ""

    def copy_opener(self, contact_id: int, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.show_notice(self.tr("Copied – paste it into your message to %1.").replace(
            "%1", self._name(contact_id)))  # fmt: skip

    def mail_opener(self, contact_id: int, subject: str, body: str) -> None:
        card = self.card_for(contact_id)
        if card is None or not card.suggestion.email:
            return
        if not self.open_url(mailto_url(card.suggestion.email, subject, body)):
            QGuiApplication.clipboard().setText(body)
            self.show_notice(
                self.tr("No e-mail program opened. The text is copied instead – paste it "
                        "into a message to %1.").replace("%1", card.suggestion.email)
            )  # fmt: skip

    def mark_reached_out(self, contact_id: int, subject: str, body: str, key: str = "") -> None:
        """Notes the message; the card's occasions count as answered (a birthday today
        no longer keeps them listed) and, where the card's box says so, the follow-up
        it delivers is done — one step. The notice says when they come back."""
        from netzjournal.commands.coach import ReachedOut, answered_until, reached_out_note

        today = self.today()
        record = reached_out_note(contact_id, today, dt.datetime.now().time(), subject, body)
        card = self.card_for(contact_id)
        s = card.suggestion if card is not None else None
        until = answered_until(today, s.occasions if s is not None else ())
        done = card.done_ids() if card is not None else []
        name = self._name(contact_id)
        command = ReachedOut(self.journal, record, key, until, done)
        if step := undo.perform(self.undo_stack, command, self):
            self._set_aside.add(contact_id)  # (the note holds the text)
            self.show_notice(self._reached_out_said(name, s, done), step)

    def _reached_out_said(self, name: str, s: Suggestion | None, done: list[int]) -> str:
        """ "Anna: noted as reached out – back on the list in about 3 weeks." and, with a
        follow-up I owe them left open, that it stays open (it brings them back on its
        day); one marked done with it, that it is done."""
        rest = coach_settings.load(self.journal).rest_days
        days = max(rest, s.cadence if s is not None else rest)
        said = (
            self.tr("%1: noted as reached out – back on the list %2.")
            .replace("%1", name)
            .replace("%2", self._back_in(days))
        )
        if s is None or not s.promised:
            return said
        if done:
            return said + " " + self.tr("“%1” is marked done.").replace("%1", s.promised[0][1])
        return said + " " + self.tr("“%1” stays open.").replace("%1", s.promised[0][1])

    def _back_in(self, days: int) -> str:
        """ "in about 3 weeks", "in about 2 months", "in about a year": when someone
        who just heard from the user is due again (their cadence; at least the rest)."""
        if days < 56:
            return self.tr("in about %n week(s)", "", round(days / 7))
        if days < 330:
            return self.tr("in about %n month(s)", "", round(days / 30))
        return self.tr("in about %n year(s)", "", max(1, round(days / 365)))

    def snooze(self, contact_id: int, days: int) -> None:
        self.snooze_until(contact_id, self.today() + dt.timedelta(days=days))

    def snooze_until(self, contact_id: int, until: dt.date) -> None:
        """ "Later" up to a day (a birthday ahead: that day, when its card is back)."""
        from netzjournal.commands.coach import Snooze

        name = self._name(contact_id)
        if step := undo.perform(self.undo_stack, Snooze(self.journal, contact_id, until), self):
            self._set_aside.add(contact_id)
            day = QLocale().toString(until, QLocale.FormatType.LongFormat)  # type: ignore[call-overload]
            self.show_notice(
                self.tr("%1 will be back on the list on %2.")
                .replace("%1", name)
                .replace("%2", day),
                step,
            )

    def choose_language(self, contact_id: int, language: str) -> None:
        """The language to write to someone in, where it was not known: kept for them
        (the card comes back in it, without the question)."""
        from netzjournal.commands.coach import ChooseLanguage

        undo.perform(self.undo_stack, ChooseLanguage(self.journal, contact_id, language), self)

    def choose_form(self, contact_id: int, form: str) -> None:
        """Sie or du for someone whose form was an import's default: kept for them
        (the card comes back in it, without the question)."""
        from netzjournal.commands.coach import ChooseAddressForm

        undo.perform(self.undo_stack, ChooseAddressForm(self.journal, contact_id, form), self)

    def choose_salutation(self, contact_id: int, salutation: str) -> None:
        """Frau or Herr for a German Sie message ("" the whole name, asked no more):
        kept for them, one undo step (the card comes back with its greeting)."""
        from netzjournal.commands.coach import ChooseSalutation

        undo.perform(self.undo_stack, ChooseSalutation(self.journal, contact_id, salutation), self)

    def choose_form_for_all(self, form: str) -> None:
        """Sie (or du) for everyone whose form nobody chose, asked first with how many
        and who is left out (those the journal already duzt); one undo step."""
        from netzjournal.commands.coach import ChooseOpenAddressForms, settle_open_forms

        # (about 1 s of reading on 23,000 people still open, the bench's XL journal)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            forms = settle_open_forms(self.journal, form)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not forms:
            return
        other = sum(1 for f in forms.values() if f != form)
        if form == "du":
            text = self.tr("Write to %Ln contact(s) with du?", "", len(forms))
            action = self.tr("Everyone with du")
        else:
            text = self.tr("Write to %Ln contact(s) with Sie?", "", len(forms))
            action = self.tr("Everyone with Sie")
        detail = self.tr("These are the contacts for whom Sie or du is still open. "
                         "You can change it for each of them later.")  # fmt: skip
        if other:
            detail += " " + self.tr(
                "%Ln of them you already write to with du in the journal: they keep du.",
                "", other)  # fmt: skip
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sie or du"), text,
                          QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setObjectName("formForAllQuestion")
        box.setInformativeText(detail)
        do = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(do)  # (nothing is lost: one undo step takes it back)
        from netzjournal.ui import mnemonics

        mnemonics.assign(box)
        box.exec()
        if box.clickedButton() is not do:
            return
        if step := undo.perform(
            self.undo_stack, ChooseOpenAddressForms(self.journal, form, forms), self
        ):
            self.show_notice(step.text(), step)

    def choose_language_for_all(self, language: str) -> None:
        """One language for everyone without one (one undo step)."""
        from netzjournal.commands.coach import ChooseLanguageForAll

        if step := undo.perform(
            self.undo_stack, ChooseLanguageForAll(self.journal, language), self
        ):
            self.show_notice(step.text(), step)

    def never(self, contact_id: int) -> None:
        card = self.card_for(contact_id)
        name = card.suggestion.name if card else ""
        if confirm(
            self,
            self.tr("Not this person"),
            self.tr(
                "The coach will not suggest %1 again. You can change this in the contact's "
                '"keep in touch" setting.'
            ).replace("%1", name),
            self.tr("Never suggest"),
        ):
            try:
                set_never(self.journal, contact_id)
            except StoreError as exc:  # locked by another program, a full disk
                self._not_saved(exc)
            else:
                self._set_aside.add(contact_id)

    def _not_saved(self, exc: StoreError) -> None:
        from netzjournal.ui import not_saved, texts

        not_saved.warn(self, self.tr("Not saved"), texts.store_error_text(exc), exc)


def _work_out_first_list(
    journal: Journal, cache: OpenerCache, today: dt.date, language: str, extra: int
) -> CoachResult | None:
    """The coach's first list, on a worker thread (None if it failed: the GUI thread
    then reads it again itself)."""
    try:
        # This thread's connection reads once and closes: a small page cache
        # (the journal's 16 MB would stay in the process's memory after it).
        journal.small_page_cache()
        settings = coach_settings.load(journal)
        return suggest(journal, today, settings, settings.limit + extra, language, cache)
    except Exception:
        log.exception("working out the coach's first list failed")
        return None
    finally:
        journal.close_thread_connection()


def mailto_url(address: str, subject: str, body: str) -> QUrl:
    url = QUrl(f"mailto:{address}")
    query = QUrlQuery()
    query.addQueryItem("subject", QUrl.toPercentEncoding(subject).data().decode())
    query.addQueryItem("body", QUrl.toPercentEncoding(body).data().decode())
    url.setQuery(query)
    return url
