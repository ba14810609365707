"""E-mail addresses, phone numbers and profiles edited as a list: one row per
channel with its type (Work, Home, Mobile, … or a label of one's own), its
value and a remove button, and a button that adds a row."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal import validation
from netzjournal.localized import CHANNEL_CHOICES, channel_codes
from netzjournal.store.records import Channel
from netzjournal.ui import texts


class ChannelError(ValueError):
    """A row's value is not an address of its kind; ``field`` is that row's value field."""

    def __init__(self, value: str, field: QLineEdit) -> None:
        super().__init__(value)
        self.field = field


class ChannelRow(QWidget):
    """One channel: type (editable: a label of one's own is kept as written), value, ✕."""

    removed = Signal(object)

    def __init__(self, kind: str, channel: Channel | None, placeholder: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.kind = kind
        self.type = QComboBox()
        self.type.setObjectName("channelType")
        self.type.setEditable(True)
        self.type.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.type.setAccessibleName(self.tr("Type"))
        for code in CHANNEL_CHOICES[kind]:
            word = texts.channel_label(code)
            self.type.addItem(word[:1].upper() + word[1:], code)  # "Work" as a choice
        label = channel.label if channel else ""
        if label:
            index = self.type.findData(label)
            if index < 0:  # "cell,pref", "Büro": shown in words, kept as stored
                shown = texts.channel_label(label)
                known = label.split(",")[0].strip().lower() in channel_codes()
                if known and not shown[1:2].isupper():  # "Mobile" like "Work"; "iPhone" kept
                    shown = shown[:1].upper() + shown[1:]
                self.type.addItem(shown, label)
                index = self.type.count() - 1
            self.type.setCurrentIndex(index)
        else:
            self.type.setCurrentIndex(-1)
            self.type.setEditText("")
        typed = self.type.lineEdit()
        if typed is not None:  # (editable: it has one)
            typed.setPlaceholderText(self.tr("Type"))
        self.type.setMinimumContentsLength(8)
        self.value = QLineEdit(channel.value if channel else "")
        self.value.setObjectName("channelValue")
        self.value.setCursorPosition(0)  # show how an address begins, not how it ends
        self.value.setPlaceholderText(placeholder)
        self.value.setAccessibleName(
            {
                "email": self.tr("E-mail address"),
                "phone": self.tr("Phone number"),
                "url": self.tr("Profile or web address"),
                "messenger": self.tr("Messenger address"),
            }[kind]
        )
        self.remove_button = remove = QToolButton()
        remove.setObjectName("channelRemove")
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.type)
        layout.addWidget(self.value, 1)
        layout.addWidget(remove)

    def label(self) -> str:
        """The stored label: the chosen type's code, or the text typed in its place."""
        text = self.type.currentText().strip()
        index = self.type.currentIndex()
        if index >= 0 and text == self.type.itemText(index):
            return str(self.type.itemData(index))
        return text

    def unsaved_state(self) -> tuple[str, str]:
        return (self.label(), self.value.text())


class ChannelList(QWidget):
    """The channels of one kind ("email", "phone", "url" or "messenger") as editable rows."""

    edited = Signal()  # a row's type or value changed, or a row went

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._placeholder = {
            "email": self.tr("name@example.org"),
            "phone": self.tr("+49 170 1234567"),
            "url": self.tr("https://www.linkedin.com/in/…"),
            "messenger": self.tr("Name, number or address on the service"),
        }[kind]
        self.rows: list[ChannelRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        self.add_button = QPushButton(
            {
                "email": self.tr("Add e-mail address"),
                "phone": self.tr("Add phone number"),
                "url": self.tr("Add profile or web address"),
                "messenger": self.tr("Add messenger"),
            }[kind]
        )
        self.add_button.setObjectName("channelAdd")
        self.add_button.clicked.connect(lambda: self.add_row(None).value.setFocus())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def add_row(self, channel: Channel | None) -> ChannelRow:
        row = ChannelRow(self.kind, channel, self._placeholder)
        row.removed.connect(self._remove)
        row.value.textChanged.connect(self.edited)
        row.type.currentTextChanged.connect(self.edited)
        # Tab runs through the rows in their order, then to "Add": a new row goes
        # right before the button (made later, it would otherwise come last).
        anchor = self.add_button.previousInFocusChain()
        self.rows.append(row)
        self._rows_box.addWidget(row)
        chain = [w for w in (anchor, row.type, row.value, row.remove_button, self.add_button)
                 if w is not None]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        return row

    def _drop(self, row: ChannelRow) -> None:
        self.rows.remove(row)
        row.hide()  # before unparenting: see participants.ParticipantsField._remove
        row.setParent(None)
        row.deleteLater()

    def _remove(self, row: ChannelRow) -> None:
        """✕: the row goes; the last one leaves an empty row to type into."""
        self._drop(row)
        if not self.rows:
            self.add_row(None).value.setFocus()
        self.edited.emit()

    def set_channels(self, channels: list[Channel]) -> None:
        """Rows for this kind's channels, and one empty row where there is none."""
        for row in list(self.rows):
            self._drop(row)
        mine: list[Channel | None] = [c for c in channels if c.kind == self.kind]
        for channel in mine or [None]:
            self.add_row(channel)

    def unsaved_state(self) -> list[tuple[str, str]]:
        return [row.unsaved_state() for row in self.rows if row.value.text().strip()]

    def channels(self) -> list[Channel]:
        """The filled rows as channels; raises :class:`ChannelError` with the value of
        the first row that is not an address of this kind."""
        out = []
        for row in self.rows:
            value = row.value.text().strip()
            if not value:
                continue
            try:
                out.append(validation.check_channel(self.kind, value, row.label()))
            except ValueError as exc:
                raise ChannelError(str(exc), row.value) from exc
        return out
