"""A "pick up next time" for each person of a note with several people.

The note's one field was quoted by the coach to everyone on it ("your move to
Lisbon" was Katrin's; Tom got it too). With one person picked, that one field
is all there is (as fast to type as before); with more, a small field per person
appears under it, said to that person only and stored by contact id
(``InteractionRecord.say_next_to``). The shared field stays for what is said to
all of them ("the meetup in March"). The fields of more than
``SHOWN_WITHOUT_SCROLLING`` people scroll: a barcamp note with eight people grew the
quick note past a 768-pixel screen, its Save button out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netzjournal.ui import mnemonics
from netzjournal.ui.participants import ParticipantsField, Token

SHOWN_WITHOUT_SCROLLING = 3  # people whose fields the editor makes room for
FIELD_LETTERS = 16  # a person's field keeps room for a short phrase beside a long name
NAME_SHARE = 3 / 5  # at most this much of a row for a name; the rest is its field's


class _NameLabel(QLabel):
    """A person's name beside their field: cut with "…" where the row has too little
    room (whole in the tooltip then); its text is the name with a name's own "&"
    shown ("Müller & Söhne KG"), not taken as the buddy's Alt letter."""

    def __init__(self, name: str) -> None:
        super().__init__(mnemonics.literal(name))
        self._name = name

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        return QSize(min(least.width(), 6 * self.fontMetrics().averageCharWidth()), least.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(self._name, Qt.TextElideMode.ElideRight, room.width())
        self.setToolTip(self._name if shown != self._name else "")
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         shown)  # fmt: skip


class _FieldsScroll(QScrollArea):
    """Tab to a person's field scrolls the whole field into view: Qt's own scrolling
    keeps 50 px around the text cursor, more than a view of three one-line rows has,
    and left the field half out of sight."""

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        focus, inner = QApplication.focusWidget(), self.widget()
        if moved and focus is not None and inner is not None and inner.isAncestorOf(focus):
            top = focus.mapTo(inner, QPoint(0, 0)).y()
            bar, room = self.verticalScrollBar(), self.viewport().height()
            if top < bar.value():
                bar.setValue(top)
            elif top + focus.height() > bar.value() + room:
                bar.setValue(top + focus.height() - room)
        return moved


def _key(token: Token) -> str:
    """A person's field by id; a new name (no id until it is created on saving) by
    its name: after creation the same name finds its text again."""
    return f"id:{token.id}" if token.id is not None else f"name:{token.name}"


class PersonHooks(QWidget):
    """One field per picked person, shown while more than one is picked."""

    changed = Signal()

    def __init__(
        self, people: ParticipantsField, shared: QLineEdit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personHooks")
        self.people, self.shared = people, shared
        # The note's own field: its example for one person, or what all of them hear.
        self._one_example = shared.placeholderText()
        self._outer: QFormLayout | None = None  # the editor's form, whose row this is
        self._texts: dict[str, str] = {}  # kept while a person is taken off and back on
        self.fields: dict[str, QLineEdit] = {}
        # Each name beside its field, in a grid: the fields start at one edge (in a
        # form a long name, "Mareike Neumann-Hagedorn", left its field a few letters
        # wide and the fields stood ragged); a name with too little room is cut with
        # "…" and whole in its tooltip. (Above its field, each name took a line: with
        # three people "Talked about" was squeezed to four lines at 800×600.)
        self._inner = QWidget()
        self._column = QGridLayout(self._inner)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setVerticalSpacing(2)
        self._column.setColumnStretch(1, 1)
        self._scroll = _FieldsScroll(widgetResizable=True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        self._rows: list[QWidget] = []
        people.changed.connect(self._follow)
        self._follow()

    def add_to(self, form: QFormLayout) -> None:
        """A row of ``form`` (under the note's own field), shown only when wanted: a
        hidden widget alone left its row's spacing."""
        form.addRow("", self)
        self._outer = form
        self._show(bool(self.fields))

    def _show(self, shown: bool) -> None:
        self.shared.setPlaceholderText(
            self.tr("said to all of them: the meetup in March") if shown else self._one_example
        )
        if self._outer is not None:
            self._outer.setRowVisible(self, shown)
        else:
            self.setVisible(shown)

    def _follow(self) -> None:
        """Rows for the people picked now, in their order (texts kept by person)."""
        tokens = self.people.tokens()
        for token in tokens:  # a new name made a contact: its text follows it
            named = self._texts.get(f"name:{token.name}")
            if token.id is not None and named and not self._texts.get(f"id:{token.id}"):
                self._texts[f"id:{token.id}"] = named
        keys = [_key(t) for t in tokens]
        # One person: the note's own field is theirs — unless a text of their own is
        # stored (the other people taken off): shown, not kept out of sight.
        if len(keys) < 2 and not any(self._texts.get(k, "").strip() for k in keys):
            keys = []
        if keys == list(self.fields):
            self._show(bool(self.fields))
            return
        self._remove_rows()
        self.fields = {}
        previous: QWidget = self.shared
        for token, key in zip(tokens, keys, strict=False):
            field = QLineEdit(self._texts.get(key, ""))
            field.setObjectName("personHook")
            field.setPlaceholderText(self.tr("said to them only"))
            field.setAccessibleName(self.tr("Pick up next time with %1").replace("%1", token.label))
            field.textChanged.connect(lambda text, k=key: self._typed(k, text))
            # The name gives way (cut with "…", whole in its tooltip), not the field:
            # beside „Lena Schubert · Agentur Fröhlich & Partner“ the field was 38 px,
            # the grid kept the name's whole width.
            field.setMinimumWidth(FIELD_LETTERS * field.fontMetrics().averageCharWidth())
            # A name's own "&" ("Müller & Söhne KG") is shown, not the buddy's Alt letter.
            label = _NameLabel(token.label)
            label.setBuddy(field)
            row = len(self._rows) // 2
            self._column.addWidget(label, row, 0)
            self._column.addWidget(field, row, 1)
            self._rows += [label, field]
            self._share_rows(self.width())
            # Tab goes from the note's own field through each person's, then on.
            QWidget.setTabOrder(previous, field)
            previous = field
            self.fields[key] = field
        self._show(bool(self.fields))
        self.updateGeometry()  # (the scroll area keeps its content's size to itself)
        self._fit_window()

    def _rows_height(self, people: int) -> int:
        shown = self._rows[: 2 * people]  # (a label and a field each, side by side)
        gaps = self._column.verticalSpacing() * max(0, people - 1)
        rows = zip(shown[::2], shown[1::2], strict=True)
        return sum(max(a.sizeHint().height(), b.sizeHint().height()) for a, b in rows) + gaps

    def sizeHint(self) -> QSize:
        return QSize(self._inner.sizeHint().width(), self._rows_height(len(self.fields)))

    def minimumSizeHint(self) -> QSize:
        """Room for the first few people's fields; the others scroll (Tab scrolls them
        into view)."""
        shown = min(len(self.fields), SHOWN_WITHOUT_SCROLLING)
        return QSize(self._inner.minimumSizeHint().width(), self._rows_height(shown))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_window()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Squeezed below the rows' room after the window was fitted (the "Who" field
        wrapped its people to a second line a turn later, at 800×600 in German): the
        window grows again, or the second person's field was cut in half under a
        scroll bar."""
        super().resizeEvent(event)
        self._share_rows(event.size().width())
        if event.size().height() < self.minimumSizeHint().height():
            self._fit_window()

    def _share_rows(self, width: int) -> None:
        """A name takes at most ``NAME_SHARE`` of the row: the grid gave a long name its
        whole width and its field the rest (38 px beside „Lena Schubert · Agentur
        Fröhlich & Partner“); the name is cut with "…" and whole in its tooltip."""
        for label in self._rows[::2]:
            label.setMaximumWidth(max(label.minimumSizeHint().width(), int(width * NAME_SHARE)))

    def _fit_window(self) -> None:
        """The dialog grown by what the fields lack, once laid out: its minimum size is
        its own (its layout does not enlarge it), and a "Who" wrapped to two lines of
        people takes more than the layout counts, so the fields were squashed to a
        sliver."""
        if self.window() is not self and self.isVisible():
            QTimer.singleShot(0, self, self._grow_window)

    def _grow_window(self) -> None:
        window = self.window()
        if (layout := window.layout()) is not None:
            layout.activate()
        short = self.minimumSizeHint().height() - self.height()
        if self.isVisible() and short > 0:
            window.resize(window.width(), window.height() + short)
            self._keep_on_screen(window)

    @staticmethod
    def _keep_on_screen(window: QWidget) -> None:
        """A window grown past the screen's foot moved up (Save stays in sight)."""
        screen = window.screen()
        if screen is None or not window.isWindow():
            return
        room = screen.availableGeometry()
        frame = window.frameGeometry()
        if frame.bottom() > room.bottom():
            window.move(window.x(), max(room.top(), window.y() - (frame.bottom() - room.bottom())))

    def _remove_rows(self) -> None:
        for widget in self._rows:
            self._column.removeWidget(widget)
            widget.hide()  # before unparenting: see participants.ParticipantsField._remove
            widget.setParent(None)
            widget.deleteLater()
        self._rows = []

    def _typed(self, key: str, text: str) -> None:
        self._texts[key] = text
        self.changed.emit()

    def texts(self) -> dict[str, str]:
        """What is typed for each person shown, by key (for a draft)."""
        return {k: f.text() for k, f in self.fields.items() if f.text().strip()}

    def has_text(self) -> bool:
        return bool(self.texts())

    def by_id(self) -> dict[int, str]:
        """What is said to whom, by contact id, of the fields shown — after the people's
        field resolved new names into contacts (a new person's text is found by name)."""
        out: dict[int, str] = {}
        for token in self.people.tokens():
            if token.id is None:
                continue
            for key in (f"id:{token.id}", f"name:{token.name}"):
                text = self._texts.get(key, "") if key in self.fields else ""
                if text.strip():
                    out[token.id] = " ".join(text.split())
                    break
        return out

    def set_texts(self, texts: dict[str, str]) -> None:
        """Show these texts (by key: "id:5", "name:Katrin")."""
        self._texts = {str(k): str(v) for k, v in texts.items()}
        self.fields = {}
        self._remove_rows()
        self._follow()

    def clear(self) -> None:
        self.set_texts({})
