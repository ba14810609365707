"""The one completion model for picking people: ids, namesakes told apart.

Every place that picks a person (participants, "introduced by", the timeline's
person filter) completes from this model. Each row is a person: the display
text is the name plus, for namesakes, the organisation or city
("Chloe Baker · Weserbogen Logistik", see :mod:`netzjournal.store.people`);
:data:`ID_ROLE` holds the contact id, which is what a pick hands on — never
the name.

The model filters itself (German folding, as in search: "mueller" finds
"Müller"), so its completer runs in ``UnfilteredPopupCompletion`` mode. Each
keystroke asks the store for the first :data:`MAX_ROWS` matches
(:func:`netzjournal.store.people.search_people`); no picker reads every
contact, so typing stays quick in a journal of 50,000.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netzjournal.store.journal import Journal
from netzjournal.store.people import (
    PersonChoice,
    find_people_by_name,
    person_choices,
    search_people,
    with_detail,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_ROWS = 50  # a completion list, not a directory

_Index = QModelIndex | QPersistentModelIndex


class PeopleCompletionModel(QAbstractListModel):
    """People matching the text typed so far, in name order."""

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._rows: list[PersonChoice] = []

    # -- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Contacts changed: drop the rows shown (the next keystroke reads afresh)."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def choice(self, contact_id: int) -> PersonChoice | None:
        """The person with this id as pickers show them (archived people too)."""
        return self.choices([contact_id]).get(contact_id)

    def choices(self, ids: list[int]) -> dict[int, PersonChoice]:
        """These people as pickers show them, read by id (never every contact)."""
        return person_choices(self._journal, ids)

    def named(self, name: str) -> list[PersonChoice]:
        """Everybody (not archived) called exactly ``name`` (case and spacing
        ignored): namesakes."""
        return find_people_by_name(self._journal, name)

    # -- filtering -----------------------------------------------------------------------

    def set_filter(self, text: str, exclude: frozenset[int] = frozenset()) -> None:
        """Show the people whose name (or organisation, city) contains every word
        of ``text``; names starting with it first. ``exclude``: ids not offered.

        Asks the store for the first :data:`MAX_ROWS` only (the search index finds
        them), so a keystroke stays quick in a journal of 50,000 contacts.
        """
        rows = search_people(self._journal, text, exclude, MAX_ROWS)
        self.beginResetModel()
        self._rows = rows
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
        if role == Qt.ItemDataRole.DisplayRole and c.known_as:
            # Found by nickname or middle names: say so ("Karl Berger (Kalle)"); what
            # a pick puts in the field (EditRole) stays the label.
            return with_detail(f"{c.name} ({c.known_as})", c.detail)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return c.label
        if role == ID_ROLE:
            return c.id
        if role == NAME_ROLE:
            return c.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(p for p in (c.name, c.organisation, c.city) if p)
        return None
