"""Adding people to an event by id: type, choose "Name · Organisation · City".

The events view and the debrief add several people one after another (the line
clears after each pick) and offer to create someone not yet known, so they use
this adder rather than the single-person :class:`netzjournal.ui.person_picker.PersonPicker`;
it could be rebuilt on :class:`~netzjournal.ui.person_picker.PersonCompletion`:
the contract is the :attr:`PersonAdder.picked` signal with a contact id, and
:attr:`PersonAdder.create_requested` with the typed name when nobody fits.
Namesakes are told apart by organisation and city; the id travels, never
the name.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCollator,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from netzjournal.store.events import PickablePerson, people_for_picking
from netzjournal.store.journal import Journal

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractListModel):
    """Every active contact as "Name · Organisation · City", in locale order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str]] = []  # id, shown text, name

    def load(self, people: list[PickablePerson]) -> None:
        collator = QCollator()
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        rows = [
            (p.id, " · ".join(x for x in (p.name, p.organisation, p.city) if x), p.name)
            for p in people
        ]
        rows.sort(key=lambda r: (collator.sortKey(r[1]), r[0]))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cid, shown, name = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return shown
        if role == ID_ROLE:
            return cid
        if role == Qt.ItemDataRole.ToolTipRole:
            return name
        return None

    def shown(self, contact_id: int) -> str:
        for cid, shown, _ in self._rows:
            if cid == contact_id:
                return shown
        return ""

    def exact(self, text: str) -> list[int]:
        """Ids whose shown text or bare name is exactly ``text`` (case-insensitive)."""
        folded = text.strip().casefold()
        return [cid for cid, shown, name in self._rows
                if folded in (shown.casefold(), name.casefold())]  # fmt: skip


class PersonAdder(QLineEdit):
    """A line with completion; Enter or a click picks one person by id."""

    picked = Signal(int)
    create_requested = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setObjectName("personPicker")
        self.setPlaceholderText(self.tr("Add a person: type a name, then Enter"))
        self.setClearButtonEnabled(True)
        self.people = PeopleModel(self)
        self.completer_ = QCompleter(self.people, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCompletionRole(Qt.ItemDataRole.DisplayRole)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        self.completer_.activated[QModelIndex].connect(self._chosen)
        self.returnPressed.connect(self._enter)
        self._loaded = False  # the people are read when first needed (focus or typing)

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.people.load(people_for_picking(self.journal))

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._ensure_loaded()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._ensure_loaded()
        super().keyPressEvent(event)
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
            event.accept()  # Enter picks here; it never reaches a dialog's default button

    def reload(self) -> None:
        """Read the people again when next needed (after a change to contacts)."""
        self._loaded = False

    def label(self, contact_id: int) -> str:
        """ "Name · Organisation · City" of someone picked (for the caller's list)."""
        self._ensure_loaded()
        return self.people.shown(contact_id)

    def _chosen(self, index: QModelIndex) -> None:
        cid = index.data(ID_ROLE)
        if isinstance(cid, int):
            self.picked.emit(cid)
            self.clear()  # (so a Return that reaches the line afterwards finds nothing to do)

    def _enter(self) -> None:
        text = self.text().strip()
        if not text:
            return
        popup = self.completer_.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._chosen(popup.currentIndex())
            return
        matches = self.people.exact(text)
        if len(matches) == 1:
            self.picked.emit(matches[0])
            self.clear()
            return
        if not matches:
            # Show the candidates first if the text is part of someone's name.
            self.completer_.setCompletionPrefix(text)
            if self.completer_.completionCount() > 0:
                self.completer_.complete()
                return
            self.create_requested.emit(text)
            return
        self.completer_.setCompletionPrefix(text)  # namesakes: choose one
        self.completer_.complete()
