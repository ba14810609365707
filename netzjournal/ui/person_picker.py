"""Picking one person by id: completion over :class:`PeopleCompletionModel`.

:class:`PersonCompletion` attaches the completion popup to any line edit and
reports picks as ids; :class:`PersonPicker` is the line edit for a single
person ("introduced by", the timeline's person filter). The participants'
token field (:mod:`netzjournal.ui.participants`) uses the same completion.

Enter never reaches the dialog around the field: it takes the highlighted
suggestion, or the one person with exactly the typed name; for namesakes it
lists them to choose from, and it never guesses.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from netzjournal.store.journal import Journal
from netzjournal.store.people import PersonChoice
from netzjournal.ui.people_model import ID_ROLE, PeopleCompletionModel

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_plain_enter(event: QKeyEvent) -> bool:
    """Enter without Ctrl (Ctrl+Enter saves the dialog around the field)."""
    return event.key() in ENTER_KEYS and not (
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class PersonCompletion(QObject):
    """Completion of people for ``edit``; emits :attr:`picked` with a contact id."""

    picked = Signal(int)

    def __init__(self, journal: Journal, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.model = PeopleCompletionModel(journal, self)
        self.exclude: frozenset[int] = frozenset()
        completer = QCompleter(
            self.model,
            self,
            completionMode=QCompleter.CompletionMode.UnfilteredPopupCompletion,
            caseSensitivity=Qt.CaseSensitivity.CaseInsensitive,
            maxVisibleItems=10,
        )
        # Attached with setWidget, not QLineEdit.setCompleter: the line edit must not
        # write a highlighted label into itself; a pick is an id, handled here.
        completer.setWidget(edit)
        completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.completer = completer
        edit.textEdited.connect(self.update_popup)

    def popup_visible(self) -> bool:
        return self.completer.popup().isVisible()

    def hide_popup(self) -> None:
        self.completer.popup().hide()

    def update_popup(self, text: str | None = None) -> None:
        typed = self.edit.text() if text is None else text
        if not typed.strip():
            self.hide_popup()
            return
        self.model.set_filter(typed, self.exclude)
        if self.model.rowCount() == 0:
            self.hide_popup()
            return
        self._complete()
        # Nothing highlighted until the user moves there: Enter must not take the
        # first of several people (a namesake) by default.
        self.completer.popup().setCurrentIndex(QModelIndex())

    def _complete(self) -> None:
        # As wide as the labels need (a token field's input can be narrow), within reason.
        popup = self.completer.popup()
        wanted = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 12
        rect = self.edit.rect()
        rect.setWidth(min(max(rect.width(), wanted), 480))
        self.completer.complete(rect)

    def offer(self, choices: list[PersonChoice]) -> None:
        """List exactly these people (namesakes) to choose from."""
        self.model.set_only(choices)
        self._complete()
        self.completer.popup().setCurrentIndex(QModelIndex())

    def highlighted(self) -> int | None:
        """The id of the suggestion highlighted in the visible popup, if any."""
        if not self.popup_visible():
            return None
        index = self.completer.popup().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        contact_id = index.data(ID_ROLE)
        self.hide_popup()
        if contact_id is not None:
            self.picked.emit(int(contact_id))

    def take_enter(self) -> tuple[str, object]:
        """What Enter means now: ("id", id) for the highlighted suggestion, the one
        person with exactly this name, or the only suggestion shown;
        ("namesakes", [choices]) when several share the name (now listed),
        ("choose", None) when several suggestions match, or any while the list
        was closed (the list opens, first highlighted),
        ("unknown", text) when nobody matches, ("empty", "") for no text."""
        contact_id = self.highlighted()
        shown = self.model.rowCount() if self.popup_visible() else 0
        self.hide_popup()
        if contact_id is not None:
            return "id", int(contact_id)
        text = self.edit.text().strip()
        if not text:
            return "empty", ""
        named = [c for c in self.model.named(text) if c.id not in self.exclude]
        if len(named) == 1:
            return "id", named[0].id
        if named:
            self.offer(named)
            return "namesakes", named
        if shown == 1 and (only := self.model.person_at(0)) is not None:
            return "id", only.id  # the one suggestion on screen
        if not shown:  # the list was closed (Esc, a click elsewhere): does anyone match?
            self.model.set_filter(text, self.exclude)
            shown = self.model.rowCount()
        if shown:  # people match: choose among them (the first is highlighted)
            self._complete()
            self.completer.popup().setCurrentIndex(self.completer.completionModel().index(0, 0))
            return "choose", None
        return "unknown", text


class PersonPicker(QLineEdit):
    """A line edit that holds one person's id (or nobody); shows namesakes apart."""

    person_changed = Signal(object)  # the contact id, or None

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.completion = PersonCompletion(journal, self)
        self.completion.picked.connect(self.set_person)
        self._person: int | None = None
        self.textEdited.connect(self._edited)

    @property
    def person_id(self) -> int | None:
        return self._person

    def set_exclude(self, ids: set[int]) -> None:
        """People not offered (e.g. the contact being edited)."""
        self.completion.exclude = frozenset(ids)

    def refresh_names(self) -> None:
        self.completion.model.refresh()

    def set_person(self, contact_id: int | None) -> None:
        choice = self.completion.model.choice(contact_id) if contact_id is not None else None
        before = self._person
        self._person = choice.id if choice else None
        self.setText(choice.label if choice else "")
        self.setToolTip(choice.label if choice else "")  # the whole label in a narrow field
        self.setCursorPosition(0)
        if self._person != before:
            self.person_changed.emit(self._person)

    def unresolved_text(self) -> str:
        """Text typed that names nobody picked (empty when a person is picked).

        A name typed in full that exactly one person has counts as picked.
        """
        self._take_exact_name()
        return "" if self._person is not None else self.text().strip()

    def _take_exact_name(self) -> None:
        if self._person is None and self.text().strip():
            named = self.completion.model.named(self.text())
            named = [c for c in named if c.id not in self.completion.exclude]
            if len(named) == 1:
                self.set_person(named[0].id)

    def _edited(self, _text: str) -> None:
        if self._person is not None:  # the text no longer shows the picked person
            self._person = None
            self.person_changed.emit(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_plain_enter(event):
            if self._person is None:
                kind, value = self.completion.take_enter()
                if kind == "id":
                    self.set_person(int(value))  # type: ignore[call-overload]
            else:
                self.completion.hide_popup()
            event.accept()  # accepts the completion only: never the dialog's default button
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Leaving with a typed name: take the one person so named; namesakes stay open.
        if (
            not self.completion.popup_visible()
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self._take_exact_name()
        super().focusOutEvent(event)
