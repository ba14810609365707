"""One suggestion: name, warmth, reason and the opener's first line, with calm actions.

Compact by default; "Edit" opens the opener to choose another and change the text.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal.coach.engine import Suggestion
from netzjournal.coach.openers import WITHHELD_FIELD, preview_line
from netzjournal.ui import style
from netzjournal.ui.link_line import LinkLine
from netzjournal.ui.wrapping_bar import WrappingBar


class WarmthBar(QWidget):
    """A small bar from cool to warm; the tooltip explains the parts."""

    def __init__(self, value: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = max(0.0, min(1.0, value))
        self.setFixedSize(QSize(64, 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0.5, 0.5, self.width() - 1, self.height() - 1)
        palette = self.palette()
        painter.setPen(style.grid(palette).darker(115))
        painter.setBrush(style.blend(style.background(palette), style.text(palette), 0.08))
        painter.drawRoundedRect(rect, 4, 4)
        warm = style.warmth(self.value, palette)  # blue → orange
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(warm)
        painter.drawRoundedRect(
            QRectF(1, 1, (self.width() - 2) * self.value, self.height() - 2), 4, 4
        )
        painter.end()


class SuggestionCard(QFrame):
    copy = Signal(int, str)
    expanded_changed = Signal(int, bool)  # contact id, expanded
    mail = Signal(int, str, str)  # contact id, subject, body
    reached_out = Signal(int, str, str, str)  # contact id, subject, body, opener key
    snooze = Signal(int, int)  # contact id, days
    snooze_until = Signal(int, object)  # contact id, the day (dt.date) the card is back
    never = Signal(int)
    open_contact = Signal(int)
    complete = Signal(int, str)  # contact id, the field that would give them an opener
    language_chosen = Signal(int, str)  # contact id, "de" or "en" (it was not known)
    form_chosen = Signal(int, str)  # contact id, "sie" or "du" (it was the default)
    form_for_all = Signal(str)  # "sie" or "du" for everyone still open (asked first)
    salutation_chosen = Signal(int, str)  # contact id, "Frau", "Herr" or "" (neutral)

    def __init__(self, s: Suggestion, warmth_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = s
        self.setObjectName("suggestionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The name on one bold line and a namesake's detail ("· Stadtwerke München")
        # on one line below, each cut with "…" where the coach is narrow (the label
        # wrapped to three bold lines); the tooltip has it whole.
        shown, _, detail = s.name.partition(" · ")
        self.name, self.detail = QLabel(shown), QLabel(detail)
        self.name.setObjectName("suggestionName")
        self.detail.setObjectName("suggestionDetail")
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.detail.setVisible(bool(detail))
        for line in (self.name, self.detail):
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.setMinimumWidth(60)
            line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._whole = {self.name: shown, self.detail: detail}
        name = self.name
        name.setAccessibleName(s.name)
        bar = WarmthBar(s.warmth.score)
        bar.setToolTip(self.tr("Warmth %1").replace("%1", warmth_text))
        bar.setAccessibleName(self.tr("Warmth"))
        name.setToolTip(f"{s.name}\n{bar.toolTip()}")
        self.detail.setToolTip(s.name)
        self.toggle = QToolButton()
        self.toggle.setObjectName("expandCard")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setText(self.tr("Edit"))
        self.toggle.setToolTip(self.tr("Choose another opener or change the text"))
        self.toggle.toggled.connect(self.set_expanded)
        # The warmth bar beside the name, or below it where the whole name would not
        # fit beside it (a long name was cut to "Mareike Neuma…" at 1366 px).
        top = QGridLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setVerticalSpacing(style.SPACE.XS)
        top.setColumnStretch(0, 1)
        top.addWidget(name, 0, 0, 1, 1)
        top.addWidget(bar, 0, 1, 1, 1)
        top.addWidget(self.toggle, 0, 2, 1, 1)
        self._top, self.bar = top, bar
        reason = QLabel(style.reason_breaks(s.reason), wordWrap=True)
        reason.setObjectName("suggestionReason")
        reason.setStyleSheet("color: palette(placeholder-text)")
        self.choice = QComboBox()
        self.choice.setObjectName("openerChoice")
        self.choice.setAccessibleName(self.tr("Opener"))
        for opener in s.openers:
            self.choice.addItem(opener.subject)
        self.text = QPlainTextEdit()
        self.text.setObjectName("openerText")
        self.text.setAccessibleName(self.tr("Opener text"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 8)
        self.text.setMinimumWidth(120)
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(12)
        self.preview = QLabel(wordWrap=False)
        self.preview.setObjectName("openerPreview")
        self.preview.setStyleSheet("font-style: italic")
        self.preview.setMinimumWidth(80)
        # A follow-up I owe them: "Reached out" can mark it done in the same step. Ticked
        # while the opener shown is the one that delivers it ("what I promised"), until
        # the person sets it themselves.
        self.mark_done: QCheckBox | None = None
        self._done_touched = False
        if s.promised:
            what = s.promised[0][1]
            self._done_label = self.tr("Mark “%1” as done")
            self.mark_done = QCheckBox(self._done_label.replace("%1", what))
            self.mark_done.setObjectName("markPromiseDone")
            self.mark_done.setAccessibleName(self.mark_done.text())
            # As wide as the card gives it: the follow-up cut with "…" (_fit_done_text);
            # its whole text had widened every card past the coach's edge at 800 px.
            self.mark_done.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.mark_done.setMinimumWidth(60)
            self.mark_done.setToolTip(
                self.tr("“Reached out” also marks this follow-up done: %1").replace("%1", what)
            )
            self.mark_done.clicked.connect(self._touch_done)
        # What the person typed into each opener, by its index: choosing another
        # opener must not throw their words away (choosing it again brings them back).
        self._typed: dict[int, str] = {}
        self._shown = -1
        self.choice.currentIndexChanged.connect(self._show_opener)
        self.text.textChanged.connect(self._show_preview)
        self._show_opener(0)
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName("copyOpener")
        if not s.openers:  # (it copied nothing, and said it had copied)
            copy.setEnabled(False)
            copy.setToolTip(self.tr("No opener to copy"))
        mail = QPushButton(self.tr("E-mail"))
        mail.setObjectName("mailOpener")
        # Without an opener it opened a mail with an empty body: off, as Copy, and the
        # card's sentence says what is missing (and offers the field).
        mail.setEnabled(bool(s.email) and bool(s.openers))
        if not s.openers:
            mail.setToolTip(self.tr("No opener to send"))
        elif not s.email:
            mail.setToolTip(self.tr("No e-mail address known"))
        done = QPushButton(self.tr("Reached out"))
        done.setObjectName("reachedOut")
        done.setToolTip(self.tr("Notes the message in the journal; the person rests for two weeks"))
        # A push button with a menu: Qt's size hint makes room for the arrow beside the
        # text, so it is as wide as it needs and no wider (an instant-popup tool button
        # drew the arrow into the corner, on the "r" of "Later"; a minimum width on top
        # of the hint left a gap of another arrow's width).
        later = QPushButton(self.tr("Later"))
        later.setObjectName("snooze")
        menu = QMenu(later)
        for days, label in ((14, self.tr("In 2 weeks")), (30, self.tr("In a month")),
                            (90, self.tr("In 3 months"))):  # fmt: skip
            action = menu.addAction(label)
            action.setObjectName(f"snooze{days}")
            action.triggered.connect(lambda _=False, d=days: self.snooze.emit(s.contact_id, d))
        later.setMenu(menu)
        more = QToolButton()
        more.setObjectName("cardMore")
        more.setText("…")
        more.setAccessibleName(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # "…" says "more" itself; Fusion's corner arrow only crowded the dots.
        more.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        more_menu = QMenu(more)
        open_action = more_menu.addAction(self.tr("Open contact"))
        open_action.triggered.connect(lambda: self.open_contact.emit(s.contact_id))
        never = more_menu.addAction(self.tr("Not this person…"))  # (asks first)
        never.setObjectName("neverSuggest")
        self._never = never
        never.triggered.connect(lambda: self.never.emit(s.contact_id))
        more.setMenu(more_menu)
        copy.clicked.connect(lambda: self.copy.emit(s.contact_id, self.text.toPlainText()))
        mail.clicked.connect(
            lambda: self.mail.emit(s.contact_id, self.subject(), self.text.toPlainText())
        )
        done.clicked.connect(
            lambda: self.reached_out.emit(
                s.contact_id, self.subject(), self.text.toPlainText(), self.opener_key()
            )
        )
        # Two short rows: German labels are long and the dock is narrow (a card
        # must fit the coach's minimum width, or its right edge is cut off).
        first, second = QHBoxLayout(), QHBoxLayout()
        for row, widgets in ((first, (done, copy)), (second, (mail, later, more))):
            row.setSpacing(style.SPACE.XS)
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
        buttons = QVBoxLayout()
        buttons.setSpacing(style.SPACE.XS)
        buttons.addLayout(first)
        buttons.addLayout(second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACE.S, style.SPACE.S, style.SPACE.S, style.SPACE.S)
        layout.setSpacing(style.SPACE.XS)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        layout.addWidget(reason)
        self.birthday_button = self._birthday_ahead(s)
        if self.birthday_button is not None:
            layout.addWidget(self.birthday_button, 0, Qt.AlignmentFlag.AlignLeft)
        if s.openers:
            layout.addWidget(self.preview)
            layout.addWidget(self.choice)
            layout.addWidget(self.text)
        self.complete_button: QPushButton | None = None
        self.salutation_buttons: dict[str, QPushButton] = {}
        self.salutation_neutral: QLabel | None = None
        if (
            not s.openers
            and s.withheld in WITHHELD_FIELD
            and not (s.salutation_asked and s.withheld == "sie_salutation")
        ):  # (the salutation is asked below, with the buttons that give the opener)
            # Withheld rather than a wrong greeting: say why, and offer the field.
            why, button = self._withheld_words(s.withheld)
            self.withheld = QLabel(why, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
            self.withheld.setObjectName("openerWithheld")
            self.complete_button = QPushButton(button)
            self.complete_button.setObjectName("completeContact")
            field = WITHHELD_FIELD[s.withheld]
            self.complete_button.clicked.connect(lambda: self.complete.emit(s.contact_id, field))
            layout.addWidget(self.withheld)
            layout.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.form_button: QPushButton | None = None
        self.form_buttons: dict[str, QPushButton] = {}
        self.form_all: QLabel | None = None
        if not s.address_known:
            # Sie/du was an import's default: asked, not stated (also where the hook
            # is in the other form: the hook may be the better guess).
            layout.addWidget(self._form_question(s))
        elif s.hook_form in ("du", "sie"):
            # The hook ("deine Session …") is not quoted to someone written to in the
            # other form: say so, with the way to the address form.
            if s.hook_form == "du":
                said = self.tr("The last hook is written in the du form, and messages to "
                               "this person use Sie: it is not quoted.")  # fmt: skip
            else:
                said = self.tr("The last hook is written in the Sie form, and messages to "
                               "this person use du: it is not quoted.")  # fmt: skip
            self.hook_form_note = QLabel(said, wordWrap=True,
                                         textFormat=Qt.TextFormat.PlainText)  # fmt: skip
            self.hook_form_note.setObjectName("hookOtherForm")
            self.hook_form_note.setStyleSheet("color: palette(placeholder-text)")
            self.form_button = QPushButton(self.tr("Address form…"), autoDefault=False)
            self.form_button.setObjectName("changeAddressForm")
            self.form_button.clicked.connect(
                lambda: self.complete.emit(s.contact_id, "address_form")
            )
            layout.addWidget(self.hook_form_note)
            layout.addWidget(self.form_button, 0, Qt.AlignmentFlag.AlignLeft)
        if s.salutation_asked:
            layout.addWidget(self._salutation_question(s))
        self.language_buttons: dict[str, QPushButton] = {}
        if not s.language_known and not s.language_asked_for_all:
            layout.addWidget(self._language_question(s))
        self.toggle.setVisible(bool(s.openers))
        if self.mark_done is not None:
            layout.addWidget(self.mark_done)
        layout.addLayout(buttons)
        self.actions_ = {"copy": copy, "mail": mail, "done": done, "later": later, "more": more}
        self.set_expanded(False)

    def _birthday_ahead(self, s: Suggestion) -> QPushButton | None:
        """A birthday in the next days: the reason says the wishes belong to the day
        (not before it, in German-speaking culture); one click sets the card aside
        until that day ("Later" up to the birthday), when it comes back with them."""
        ahead = next((o.when for o in s.occasions
                      if o.kind == "birthday" and o.days > 0 and o.when), None)  # fmt: skip
        if ahead is None:
            return None
        button = QPushButton(self.tr("Remind me on the birthday"), autoDefault=False)
        button.setObjectName("remindOnBirthday")
        button.setToolTip(self.tr("Off the list until the birthday; then the card is back "
                                  "with the congratulations"))  # fmt: skip
        button.clicked.connect(lambda: self.snooze_until.emit(s.contact_id, ahead))
        return button

    def _language_question(self, s: Suggestion) -> QWidget:
        """Where the person's language is not known: which one the coach wrote in, and
        one click each to keep it or take the other (remembered for the person)."""
        if s.language == "de":
            said = self.tr("Language not known: this message is in German.")
            keep, other = self.tr("Keep German"), self.tr("Write in English")
        else:
            said = self.tr("Language not known: this message is in English.")
            keep, other = self.tr("Keep English"), self.tr("Write in German")
        choices = ((s.language, keep), ("en" if s.language == "de" else "de", other))
        return self._question("language", said, choices, self.language_chosen,
                              self.language_buttons)  # fmt: skip

    def _question(self, name: str, said: str, choices: tuple[tuple[str, str], ...],
                  chosen: SignalInstance, buttons: dict[str, QPushButton]) -> QWidget:  # fmt: skip
        """A question the card asks (language, address form): what it wrote, and a
        button per answer (kept in ``buttons``, each ``name_<value>``) that emits
        ``chosen`` with the person's id and that value."""
        contact_id = self.suggestion.contact_id
        box = QWidget()
        box.setObjectName(f"{name}Question")
        label = QLabel(said, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        label.setStyleSheet("color: palette(placeholder-text)")
        # The answers wrap: side by side „Beim Sie bleiben“ „Per du schreiben“ were wider
        # than the coach at its narrowest (800 px), and the whole list was cut at the right.
        row = WrappingBar()
        row.setSpacing(style.SPACE.XS)
        for value, text in choices:
            button = QPushButton(text, autoDefault=False)
            button.setObjectName(f"{name}_{value}")
            button.clicked.connect(lambda _=False, v=value: chosen.emit(contact_id, v))
            buttons[value] = button
            row.add_group(button)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(style.SPACE.XS)
        column.addWidget(label)
        column.addLayout(row)
        return box

    def _form_question(self, s: Suggestion) -> QWidget:
        """Where Sie/du was not chosen (an import's default): which one the message is
        in, why a hook in the other form is left out, one click each to keep it or
        take the other (remembered for the person)."""
        if s.address_form == "du":
            said = self.tr("Address form not chosen: this message uses du.")
            if s.hook_form == "sie":
                said = self.tr("Address form not chosen: this message uses du, so the "
                               "last hook, written in the Sie form, is not quoted.")  # fmt: skip
            keep, other = self.tr("Keep du"), self.tr("Write with Sie")
        else:
            said = self.tr("Address form not chosen: this message uses Sie.")
            if s.hook_form == "du":
                said = self.tr("Address form not chosen: this message uses Sie, so the "
                               "last hook, written in the du form, is not quoted.")  # fmt: skip
            keep, other = self.tr("Keep Sie"), self.tr("Write with du")
        theirs = "du" if s.address_form == "du" else "sie"
        choices = ((theirs, keep), ("sie" if theirs == "du" else "du", other))
        box = self._question("form", said, choices, self.form_chosen, self.form_buttons)
        # After an import of 300 people every German card asks once: the form this
        # message keeps, for everyone still open at once (the pane asks first).
        if theirs == "du":
            everyone = self.tr("For everyone still open: du…")
        else:
            everyone = self.tr("For everyone still open: Sie…")
        self.form_all = LinkLine(theirs, everyone)
        self.form_all.setObjectName("formForAll")
        self.form_all.linkActivated.connect(self.form_for_all.emit)
        if (column := box.layout()) is not None:
            column.addWidget(self.form_all)
        return box

    def _salutation_question(self, s: Suggestion) -> QWidget:
        """Frau or Herr not known for a German Sie message: one click each (with the
        family name, as the greeting will say it), or the whole name kept (asked no
        more). Never guessed from the first name."""
        if s.openers:
            said = self.tr("Salutation not known: this message greets by the whole name.")
        else:
            said = self.tr("No opener: a message in the Sie form greets as “Frau …” or "
                           "“Herr …”; which one is not known.")  # fmt: skip
        family = s.family_name
        choices = (("Frau", self.tr("Ms %1").replace("%1", family)),
                   ("Herr", self.tr("Mr %1").replace("%1", family)))  # fmt: skip
        box = self._question("salutation", said, choices, self.salutation_chosen,
                             self.salutation_buttons)  # fmt: skip
        # (without a first name there is no whole name to greet by: no neutral then)
        if not (s.openers or s.withheld != "sie_salutation"):
            return box
        link = self.salutation_neutral = LinkLine("neutral", self.tr("Keep neutral"))
        link.setObjectName("salutationNeutral")
        link.setToolTip(self.tr("Greet by the whole name and do not ask again"))
        link.linkActivated.connect(lambda _=None: self.salutation_chosen.emit(s.contact_id, ""))
        if (column := box.layout()) is not None:
            column.addWidget(link)
        return box

    def _withheld_words(self, why: str) -> tuple[str, str]:
        """The sentence saying why there is no opener, and the button's text."""
        if why == "sie_family":
            return (self.tr("No opener: a message in the Sie form greets by family name, "
                            "and this contact has none."),
                    self.tr("Add the family name…"))  # fmt: skip
        if why == "sie_salutation":
            return (self.tr("No opener: a message in the Sie form greets as “Frau …” or "
                            "“Herr …”, or by the whole name; neither the salutation nor "
                            "the first name is known."),
                    self.tr("Add the salutation…"))  # fmt: skip
        if why == "du_given":
            return (self.tr("No opener: a message in the du form greets by first name, "
                            "and this contact has none."),
                    self.tr("Add the first name…"))  # fmt: skip
        return (self.tr("No opener: an English message greets by first name, or as "
                        "“Ms …” or “Mr …” with the family name; this contact has neither."),
                self.tr("Add the first name…"))  # fmt: skip

    def set_read_only(self) -> None:
        """A journal that cannot be written: what would write (Reached out, Later,
        Not this person) is off, with the reason; Copy and E-mail stay."""
        why = self.tr("Read only: the journal cannot be written")
        buttons = [self.actions_["done"], self.actions_["later"], self.complete_button,
                   self.birthday_button,
                   self.form_button, *self.language_buttons.values(),
                   *self.form_buttons.values(), self.form_all, self.mark_done,
                   *self.salutation_buttons.values(), self.salutation_neutral]  # fmt: skip
        for button in filter(None, buttons):
            button.setEnabled(False)
            button.setToolTip(why)
        self._never.setEnabled(False)

    def set_expanded(self, expanded: bool) -> None:
        """Compact: the opener's first line; expanded: choose and edit it."""
        has = bool(self.suggestion.openers)
        self.choice.setVisible(expanded and has)
        self.text.setVisible(expanded and has)
        self.preview.setVisible(not expanded and has)
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)
            return
        self.toggle.setText(self.tr("Done") if expanded else self.tr("Edit"))
        if expanded:
            self.text.setFocus()
        self.expanded_changed.emit(self.suggestion.contact_id, expanded)

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def _show_preview(self) -> None:
        first = preview_line(self.text.toPlainText())  # what the person reads first
        self.preview.setToolTip(self.text.toPlainText())
        width = max(self.preview.width(), 200)
        self.preview.setText(
            self.preview.fontMetrics().elidedText(first, Qt.TextElideMode.ElideRight, width)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # (name and preview: one line)
            self._place_bar()
            self._show_preview()
            for label, whole in self._whole.items():
                width = max(label.contentsRect().width(), 60)
                label.setText(
                    label.fontMetrics().elidedText(whole, Qt.TextElideMode.ElideRight, width)
                )
            self._fit_done_text()

    def _fit_done_text(self) -> None:
        """The box's words in its width: the follow-up cut with "…", the rest whole."""
        box = self.mark_done
        if box is None:
            return
        metrics = box.fontMetrics()
        # The indicator and its spacing: the hint less its text (no QStyle enum: the
        # first use of one builds all of QStyle's in PySide, see ARCHITECTURE).
        chrome = box.sizeHint().width() - metrics.horizontalAdvance(box.text())
        room = box.contentsRect().width() - chrome - 2
        frame = metrics.horizontalAdvance(self._done_label.replace("%1", ""))
        what = self.suggestion.promised[0][1]
        cut = metrics.elidedText(what, Qt.TextElideMode.ElideRight, max(room - frame, 30))
        # A stub („Ko…“) says nothing: then the plain words (the tooltip names it).
        short = cut != what and len(cut) < 12
        box.setText(self.tr("Mark as done") if short else self._done_label.replace("%1", cut))

    def _place_bar(self) -> None:
        """The name's line: with the warmth bar and "Edit" beside it where the whole
        name fits there; else the bar below it; else the name alone on its line, bar
        and "Edit" below (a long name was cut to "Mareike Neuma…")."""
        top, bar, toggle, name = self._top, self.bar, self.toggle, self.name
        row = self.contentsRect().width()
        if (layout := self.layout()) is not None:
            margins = layout.contentsMargins()
            row -= margins.left() + margins.right()
        spacing = max(top.horizontalSpacing(), 0)
        edit = toggle.sizeHint().width() + spacing if toggle.isVisibleTo(self) else 0
        needed = name.fontMetrics().horizontalAdvance(self._whole[name])
        if needed <= row - edit - bar.width() - spacing:
            places = {name: (0, 0, 1, 1), bar: (0, 1, 1, 1), toggle: (0, 2, 1, 1)}
        elif needed <= row - edit:
            places = {name: (0, 0, 1, 2), bar: (1, 0, 1, 1), toggle: (0, 2, 1, 1)}
        else:
            places = {name: (0, 0, 1, 3), bar: (1, 0, 1, 1), toggle: (1, 2, 1, 1)}
        now = [top.getItemPosition(top.indexOf(w)) for w in places]  # (PySide: a list)
        if [tuple(p) for p in now] == list(places.values()):  # type: ignore[arg-type]
            return
        for widget in places:
            top.removeWidget(widget)
        for widget, (r, c, rows, columns) in places.items():
            align = Qt.AlignmentFlag.AlignLeft if widget is bar and r else Qt.AlignmentFlag(0)
            top.addWidget(widget, r, c, rows, columns, align)
        top.activate()  # (the name's width below follows at once)

    def opener_key(self) -> str:
        index = self.choice.currentIndex()
        openers = self.suggestion.openers
        return openers[index].key if 0 <= index < len(openers) else ""

    def _show_opener(self, index: int) -> None:
        openers = self.suggestion.openers
        self._keep_typed()
        if 0 <= index < len(openers):
            self._shown = index
            self.text.setPlainText(self._typed.get(index, openers[index].body))
            if self.mark_done is not None and not self._done_touched:
                self.mark_done.setChecked(openers[index].category == "promised")

    def _touch_done(self) -> None:
        self._done_touched = True  # (the person's choice: another opener keeps it)

    def done_ids(self) -> list[int]:
        """The follow-up "Reached out" marks done with the message (the box ticked)."""
        if self.mark_done is None or not self.mark_done.isChecked():
            return []
        return [self.suggestion.promised[0][0]]

    def _keep_typed(self) -> None:
        """Remember the text of the opener shown, if the person changed it."""
        openers = self.suggestion.openers
        if 0 <= self._shown < len(openers):
            text = self.text.toPlainText()
            if text != openers[self._shown].body:
                self._typed[self._shown] = text
            else:
                self._typed.pop(self._shown, None)

    def edited(self) -> tuple[int, dict[int, str]] | None:
        """The opener chosen and every opener's text the person changed (by index),
        if they changed any."""
        self._keep_typed()
        return (self.choice.currentIndex(), dict(self._typed)) if self._typed else None

    def focus_first(self) -> None:
        """The keyboard to the card's first control (Edit, else Reached out)."""
        widget = self.nextInFocusChain()  # (Tab's order; it runs through the window)
        while widget is not None and widget is not self:
            if (
                self.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):  # fmt: skip
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def discard_edits(self) -> None:
        """Every opener as the coach wrote it again (the person chose to discard theirs)."""
        self._typed.clear()
        self._shown = -1  # (nothing to keep)
        self._show_opener(self.choice.currentIndex())

    def restore(self, index: int, typed: dict[int, str]) -> None:
        """Show the openers as the person had edited them (the list was refreshed)."""
        openers = self.suggestion.openers
        self._typed = {i: text for i, text in typed.items() if 0 <= i < len(openers)}
        if 0 <= index < len(openers):
            self._shown = -1  # (nothing shown yet to keep)
            if self.choice.currentIndex() == index:
                self._show_opener(index)
            else:
                self.choice.setCurrentIndex(index)

    def subject(self) -> str:
        index = self.choice.currentIndex()
        openers = self.suggestion.openers
        return openers[index].subject if 0 <= index < len(openers) else ""
