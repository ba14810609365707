"""The one completion model for picking people: ids, namesakes told apart.

Every place that picks a person (participants, "introduced by", the timeline's
person filter) completes from this model. Each row is a person: the display
text is the name plus, for namesakes, the organisation or city
("Chloe Baker · Weserbogen Logistik", see :mod:`netzjournal.store.people`);
:data:`ID_ROLE` holds the contact id, which is what a pick hands on — never
the name.

The model filters itself (German folding, as in search: "mueller" finds
"Müller"), so its completer runs in ``UnfilteredPopupCompletion`` mode.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netzjournal import store
from netzjournal.store.folding import fold
from netzjournal.store.people import PersonChoice, same_name

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_ROWS = 50  # a completion list, not a directory

_Index = QModelIndex | QPersistentModelIndex


class PeopleCompletionModel(QAbstractListModel):
    """People matching the text typed so far, in name order."""

    def __init__(self, journal: store.Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._everybody: list[PersonChoice] | None = None  # loaded on first need
        self._folded: list[tuple[str, str]] = []  # (name, organisation and city), folded
        self._rows: list[PersonChoice] = []
        self._text = ""
        self._exclude: frozenset[int] = frozenset()

    # -- data ----------------------------------------------------------------------------

    def everybody(self) -> list[PersonChoice]:
        if self._everybody is None:
            self._everybody = store.list_people(self._journal)
            self._folded = [
                (fold(c.name), fold(f"{c.organisation} {c.city}")) for c in self._everybody
            ]
        return self._everybody

    def refresh(self) -> None:
        """Forget the loaded people (contacts changed); read again when next needed."""
        self.beginResetModel()
        self._everybody = None
        self._rows = []
        self.endResetModel()

    def choice(self, contact_id: int) -> PersonChoice | None:
        """The person with this id as pickers show them (archived people too)."""
        return self.choices([contact_id]).get(contact_id)

    def choices(self, ids: list[int]) -> dict[int, PersonChoice]:
        """These people as pickers show them. Showing a note's people does not read
        every contact: that waits until the user types (a journal may hold 50,000)."""
        if self._everybody is not None:
            known = {c.id: c for c in self._everybody if c.id in set(ids)}
            if len(known) == len(set(ids)):
                return known
        return store.person_choices(self._journal, ids)

    def named(self, name: str) -> list[PersonChoice]:
        """Everybody called exactly ``name`` (case and spacing ignored): namesakes."""
        wanted = same_name(name)
        return [c for c in self.everybody() if wanted and same_name(c.name) == wanted]

    # -- filtering -----------------------------------------------------------------------

    def set_filter(self, text: str, exclude: frozenset[int] = frozenset()) -> None:
        """Show the people whose name (or organisation, city) contains every word
        of ``text``; names starting with it first. ``exclude``: ids not offered."""
        words = fold(text).split()
        everybody = self.everybody()
        starts: list[PersonChoice] = []
        contains: list[PersonChoice] = []
        if words:
            whole = " ".join(words)
            for c, (name, more) in zip(everybody, self._folded, strict=True):
                if c.id in exclude:
                    continue
                if name.startswith(whole) or any(w.startswith(whole) for w in name.split()):
                    starts.append(c)
                elif all(w in name or w in more for w in words):
                    contains.append(c)
        self.beginResetModel()
        self._text, self._exclude = text, exclude
        self._rows = (starts + contains)[:MAX_ROWS]
        self.endResetModel()

    def set_only(self, choices: list[PersonChoice]) -> None:
        """Show exactly these people (the namesakes to choose from)."""
        self.beginResetModel()
        self._rows = list(choices)
        self.endResetModel()

    def person_at(self, row: int) -> PersonChoice | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- QAbstractItemModel --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return c.label
        if role == ID_ROLE:
            return c.id
        if role == NAME_ROLE:
            return c.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(p for p in (c.name, c.organisation, c.city) if p)
        return None
