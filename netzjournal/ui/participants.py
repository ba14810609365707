"""The people of a meeting as tokens: each token holds a contact id.

A token shows the person's name and, when somebody else has the same name,
their organisation or city ("Chloe Baker · Weserbogen Logistik"). Names are
never split at commas ("Müller, Hans" is one name): a token is made by
picking a suggestion (Enter, click) or by Enter on a name typed in full.
Typed text that names nobody becomes a dashed "new person?" token; the
contact is created only when the note is saved and the user confirms it
(:meth:`ParticipantsField.resolve`), by the note's own command, in the
note's transaction (:class:`netzjournal.commands.notes.NewPeople`).
Namesakes are listed to choose from; the field never guesses between them.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QWidget,
    QWidgetItem,
)

from netzjournal.commands.notes import NewPeople, could_be_name, name_and_organisation
from netzjournal.store.journal import Journal
from netzjournal.ui import style
from netzjournal.ui.person_picker import PersonCompletion, is_plain_enter
from netzjournal.ui.texts import ui_language


@dataclass
class Token:
    """One participant: a contact id, or a name waiting to become a contact."""

    name: str
    label: str
    id: int | None = None  # None: a new person, created on confirmation
    # Picked in a draft, merged or deleted since: to be picked again, never created anew
    # under the name (a namesake may be meant) — see resolve().
    gone: bool = False
    # A new person's organisation, as confirmed at the save („Kai von Figma“: "Figma").
    organisation: str = ""

    def to_json(self) -> dict[str, object]:
        if self.id is not None:
            return {"id": self.id, "name": self.name}
        return {"name": self.name, "gone": True} if self.gone else {"name": self.name}


class FlowLayout(QLayout):
    """Lays widgets out in rows, wrapping like words (the tokens and the input)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(2, 2, 2, 2)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def take_widget(self, widget: QWidget) -> None:
        """Take ``widget`` out (not QLayout.removeWidget: that deletes an item
        this Python layout owns)."""
        self._items = [i for i in self._items if i.widget() is not widget]
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        last = len(self._items) - 1
        for n, item in enumerate(self._items):
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self._spacing, 0
            width = hint.width()
            if n == last:  # the input takes the rest of its row
                width = max(hint.width(), area.right() + 1 - x)
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class TokenChip(QFrame):
    """One token as shown: the label and a ✕ to remove it."""

    remove_requested = Signal()

    def __init__(self, token: Token, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.token = token
        self.setObjectName("participantToken")
        new = token.id is None
        if token.gone:
            text = self.tr("%1 (no longer in your contacts)").replace("%1", token.label)
            tip = self.tr(
                "“%1” was picked in this draft, but has been merged or deleted since. "
                "Remove it and pick the person again."
            ).replace("%1", token.name)
        elif new:
            text = self.tr("%1 (new?)").replace("%1", token.label)
            tip = self.tr("Not in your contacts yet: saving asks whether to create “%1”.")
            tip = tip.replace("%1", token.name)
        else:
            text = tip = token.label
        self.label = QLabel(text)
        self.setToolTip(tip)
        self.setAccessibleName(text)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.setToolTip(self.tr("Remove %1").replace("%1", token.label))
        remove.setAccessibleName(remove.toolTip())
        remove.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.label)
        layout.addWidget(remove)
        self._new = new
        # The background from the sheet; the edge is painted (paintEvent) from the
        # palette's rule colour: palette(mid) is a bevel shade, next to the base itself
        # in a dark scheme, where the chip had no edge.
        self.setStyleSheet(
            "#participantToken { border: 1px solid transparent; border-radius: 9px;"
            " background: palette(alternate-base); }"
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(style.rule(self.palette()))
        if self._new:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 9, 9)
        painter.end()


class _Input(QLineEdit):
    """The text part of the field: Enter makes a token, Backspace at the start removes one."""

    def __init__(self, field: ParticipantsField) -> None:
        super().__init__(field)
        self._field = field
        self.setFrame(False)
        self.setMinimumWidth(120)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_plain_enter(event):
            if not self.text().strip() and self._field.tokens():
                # A second Enter after a person was taken: on to the next field (the
                # note's text). A fast typist's next words are the note, not a name.
                self.focusNextChild()
            else:
                self._field.commit_text()
            event.accept()  # Enter takes the completion only, never the dialog's Save
            return
        if event.key() == Qt.Key.Key_Backspace and not self.text() and self._field.tokens():
            self._field.remove_token(len(self._field.tokens()) - 1)
            event.accept()
            return
        super().keyPressEvent(event)


class ParticipantsField(QFrame):
    """Participants as tokens over contact ids; see the module docstring."""

    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._tokens: list[Token] = []
        self._chips: list[TokenChip] = []
        self._forwarding = False
        self._placeholder = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().Base)
        self.edit = _Input(self)
        self.edit.setObjectName("participantsInput")
        self.completion = PersonCompletion(journal, self.edit)
        self.completion.picked.connect(self._picked)
        self.edit.textChanged.connect(self.changed)
        self.edit.textChanged.connect(self._forget_hint)
        self.setFocusProxy(self.edit)
        self._flow = FlowLayout(self)
        self._flow.addWidget(self.edit)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys sent to the field itself (focus proxy aside) are meant for its input;
        # keys the input ignores come back here on their way up: pass those on.
        if self._forwarding:
            super().keyPressEvent(event)
            return
        self._forwarding = True
        try:
            QApplication.sendEvent(self.edit, event)
        finally:
            self._forwarding = False
        event.accept()  # already delivered up the chain from the input; not twice

    # -- reading -------------------------------------------------------------------------

    def tokens(self) -> list[Token]:
        return list(self._tokens)

    def ids(self) -> list[int]:
        """The ids of the people named so far (new people not yet created left out)."""
        return [t.id for t in self._tokens if t.id is not None]

    def text(self) -> str:
        """What the field shows, as text: the tokens' labels, then anything typed."""
        shown = [t.label for t in self._tokens] + [self.edit.text().strip()]
        return "; ".join(p for p in shown if p)

    def has_people(self) -> bool:
        """Tokens, or a name typed but not yet made a token."""
        return bool(self._tokens) or bool(self.edit.text().strip())

    def setPlaceholderText(self, text: str) -> None:
        """Shown while nobody is picked: beside the chips it was cut ("Type a n…"), and
        the chips say by then what the field is for."""
        self._placeholder = text
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        self.edit.setPlaceholderText("" if self._tokens else self._placeholder)

    def completer_popup_visible(self) -> bool:
        return self.completion.popup_visible()

    # -- changing ------------------------------------------------------------------------

    def labels_of(self, ids: list[int]) -> dict[int, str]:
        """These people as the pickers name them (a namesake with their organisation or
        city), by id; read in one query."""
        return {i: c.label for i, c in self.completion.model.choices(ids).items()}

    def refresh_names(self) -> None:
        """Contacts changed: read the people again when next needed."""
        self.completion.model.refresh()

    def clear(self) -> None:
        while self._tokens:
            self._remove(0)
        self.edit.clear()
        self.changed.emit()

    def set_ids(self, ids: list[int], new_people: NewPeople | None = None) -> None:
        """Show these people (archived ones too) and nothing typed; placeholder ids
        that ``new_people`` names are shown as new people again."""
        self.clear()
        found = self.completion.model.choices(ids)
        new = new_people.names if new_people is not None else {}
        for contact_id in ids:
            choice = found.get(contact_id)
            if contact_id in new:
                self._add(Token(new[contact_id], new[contact_id], None))
            elif choice is not None:
                self._add(Token(choice.name, choice.label, choice.id))
        self.changed.emit()

    def add_person(self, contact_id: int) -> None:
        if contact_id in self.ids():
            return
        choice = self.completion.model.choice(contact_id)
        if choice is not None:
            self._add(Token(choice.name, choice.label, choice.id))
            self.changed.emit()

    def remove_token(self, index: int) -> None:
        self._remove(index)
        self.changed.emit()

    def commit_text(self) -> bool:
        """Make the typed text a token (Enter). False when people are listed to pick
        from, or the text cannot be a name (:func:`could_be_name`: it stays, with a hint)."""
        self.completion.exclude = frozenset(self.ids())
        kind, value = self.completion.take_enter()
        if kind == "id":
            self.add_person(int(value))  # type: ignore[call-overload]
            self.edit.clear()
        elif kind == "unknown":
            # A comma may be part of a name ("Müller, Hans"), a separator left at
            # either end is not (no "Anna, " token, no ", , " left behind).
            name = " ".join(str(value).strip(" ,;").split())
            if not could_be_name(name):
                self._not_a_name()
                return False
            if all(t.name.casefold() != name.casefold() for t in self._tokens if t.id is None):
                self._add(Token(name, name, None))
            self.edit.clear()
            self.changed.emit()
        return kind not in ("namesakes", "choose")

    def _not_a_name(self) -> None:
        """Typed text that cannot be a name stays as text (it is not offered as a new
        person): say why, where the eye is."""
        hint = self.tr(
            "This does not look like a name, so no new contact is made of it. Type names "
            "here, one at a time, each with Enter; what was said goes into the note below."
        )
        hint = f"<p>{html.escape(hint)}</p>"  # rich text: wrapped, not one screen-wide line
        self.edit.setToolTip(hint)
        self.edit.setFocus()
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), hint, self.edit,
                          QRect(), 10000)  # fmt: skip

    def _forget_hint(self) -> None:
        if self.edit.toolTip():
            self.edit.setToolTip("")

    def _picked(self, contact_id: int) -> None:
        self.add_person(contact_id)
        self.edit.clear()

    def _add(self, token: Token) -> None:
        chip = TokenChip(token, self)
        chip.remove_requested.connect(lambda: self.remove_token(self._chips.index(chip)))
        self._tokens.append(token)
        self._chips.append(chip)
        self._flow.insertWidget(len(self._chips) - 1, chip)
        chip.show()
        self._show_placeholder()
        self.updateGeometry()

    def _remove(self, index: int) -> None:
        self._tokens.pop(index)
        chip = self._chips.pop(index)
        self._flow.take_widget(chip)
        # Hidden before it is unparented: the layout queued a "show unless hidden"
        # for the chip when it was added, and a parentless chip not explicitly
        # hidden would then appear as a window of its own (and take the
        # activation from the main window).
        chip.hide()
        chip.setParent(None)
        chip.deleteLater()
        self._show_placeholder()
        self.updateGeometry()

    def unsaved_state(self) -> tuple[object, ...]:
        """What the unsaved-edit guard compares: the people (ids, new names) and the typed text."""
        return (tuple(repr(t.to_json()) for t in self._tokens), self.edit.text())

    # -- drafts --------------------------------------------------------------------------

    def draft(self) -> dict[str, object]:
        return {"tokens": [t.to_json() for t in self._tokens], "typed": self.edit.text()}

    def load_draft(self, value: object) -> None:
        """Restore :meth:`draft` (or an older draft's plain text: kept as typed text)."""
        self.clear()
        if isinstance(value, dict):
            model = self.completion.model
            # A draft file edited or damaged by hand is read as far as it makes sense.
            tokens = value.get("tokens")
            for item in tokens if isinstance(tokens, list) else []:
                if not isinstance(item, dict):
                    continue
                picked = item.get("id")
                choice = model.choice(picked) if isinstance(picked, int) else None
                if choice is not None:
                    self._add(Token(choice.name, choice.label, choice.id))
                elif str(item.get("name", "")).strip():
                    # Picked, and merged or deleted since: picked again, not guessed by name.
                    name = str(item["name"])
                    gone = item.get("id") is not None or bool(item.get("gone"))
                    self._add(Token(name, name, None, gone))
            self.edit.setText(str(value.get("typed", "")))
        elif value:
            self.edit.setText(str(value))
        self.changed.emit()

    # -- saving --------------------------------------------------------------------------

    def resolve(self, parent: QWidget | None = None) -> list[int] | None:
        """The participants' ids, after the user confirmed every new person.

        Typed text is made a token first. A new person has a placeholder id
        (negative) that :meth:`new_people` names: the note's command creates them
        in its own transaction (nothing is written here). None: not to be saved
        yet (a new person declined, or namesakes listed to choose from).
        """
        if self.edit.text().strip() and not self.commit_text():
            self.edit.setFocus()
            return None
        new = [token for token in self._tokens if token.id is None]
        for token in new:
            if token.gone:
                QMessageBox.information(
                    parent or self,
                    self.tr("Pick again"),
                    self.tr(
                        "“%1” was picked in this draft, but has been merged or deleted "
                        "since. Remove it and pick the person again; nothing was saved yet."
                    ).replace("%1", token.name),
                )
                self.edit.setFocus()
                return None
        for token in new:
            split = name_and_organisation(token.name)
            if split[1] or token.organisation:
                # „Kai von Figma“: the name and where they work, shown to correct.
                if not self._confirm_split(token, *split, parent):
                    self.edit.setFocus()
                    return None
                continue
            answer = QMessageBox.question(
                parent or self,
                self.tr("New contact"),
                self.tr("“%1” is not in your contacts yet. Create a contact?").replace(
                    "%1", token.name
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                # Creating a contact from a name typed destroys nothing: Enter creates
                # (Ctrl+Enter, Enter saves the note); Escape cancels.
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.edit.setFocus()
                return None
        placeholders = iter(self.new_people().names)
        ids = [t.id if t.id is not None else next(placeholders) for t in self._tokens]
        return list(dict.fromkeys(ids))

    def _confirm_split(
        self, token: Token, name: str, organisation: str, parent: QWidget | None
    ) -> bool:
        """Create „Kai von Figma“ as Kai at Figma, as shown or corrected; the token
        then holds the confirmed name and organisation (asked again the same way if
        the save does not happen now)."""
        from netzjournal.ui.new_person import NewPersonDialog

        typed = token.label or token.name
        shown = (token.name, token.organisation) if token.organisation else (name, organisation)
        ask = NewPersonDialog(typed, *shown, parent or self)
        if ask.exec() != NewPersonDialog.DialogCode.Accepted or not ask.name():
            return False
        token.name, token.organisation = ask.name(), ask.organisation()
        return True

    def new_people(self) -> NewPeople:
        """The people named who are not contacts yet, under the placeholder ids
        :meth:`resolve` gives them (the order they were named in)."""
        new = [t for t in self._tokens if t.id is None]
        return NewPeople(
            {-n: t.name for n, t in enumerate(new, start=1)},
            ui_language(),
            {-n: t.organisation for n, t in enumerate(new, start=1) if t.organisation},
        )
