"""The contacts table model: all rows cached, the visible subset sorted in Python.

Filtering happens through store queries (the ids that match), sorting with
``list.sort`` on precomputed keys. A QSortFilterProxyModel would call back
into Python for every comparison — about 0.8 s for 5,000 contacts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from netzjournal.store.collation import name_key, sort_key
from netzjournal.store.listings import ContactRow

if TYPE_CHECKING:
    from PySide6.QtGui import QFont
from netzjournal.ui import texts

ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class ContactsTableModel(QAbstractTableModel):
    """Rows of :class:`ContactRow`; the store fills it, never a widget."""

    NAME, ORGANISATION, ROLE, CITY, LAST_CONTACT, CLOSENESS, TAGS = range(7)
    COLUMNS = 7

    def __init__(self, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._all: dict[int, ContactRow] = {}
        self._rest: Callable[[], list[ContactRow] | None] | None = None
        self._visible_ids: set[int] | None = None
        self._rows: list[ContactRow] = []
        self._row_of: dict[int, int] = {}
        self._sort = (self.NAME, Qt.SortOrder.AscendingOrder)
        self._keys: dict[int, object] = {}  # sort keys of `_keys_column`, by contact id
        self._keys_column = self.NAME
        self._italic: QFont | None = None  # for archived rows; made when first shown

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Role"),
            self.tr("City"),
            self.tr("Last contact"),
            self.tr("Closeness"),
            self.tr("Tags"),
        ]

    # -- filling --------------------------------------------------------------------------

    def set_all(
        self,
        rows: Iterable[ContactRow],
        rest: Callable[[], list[ContactRow] | None] | None = None,
    ) -> None:
        """Replace the cache of every contact the view may show.

        With ``rest``, ``rows`` are only the first screen's (a big journal's
        start): :meth:`complete` then takes every row from ``rest()``. Until
        then the model is consistent but short; whatever would go wrong on a
        short cache (applying changes, last contacts) completes it first.
        """
        self._rest = rest
        self._all = {r.id: r for r in rows}
        self._keys.clear()
        self._rebuild()

    def complete(self) -> None:
        """Take in every row if only the first screen's are here (else nothing)."""
        fetch, self._rest = self._rest, None
        if fetch is not None and (rows := fetch()) is not None:
            self.set_all(rows)

    @property
    def is_complete(self) -> bool:
        return self._rest is None

    def set_last_contacts(self, last: dict[int, dt.datetime]) -> None:
        """Fill in last-contact times loaded after the first paint."""
        self.complete()
        for cid, row in self._all.items():
            row.last_contact = last.get(cid)
        if self._sort[0] == self.LAST_CONTACT:
            self._keys.clear()
            self._resort()
        elif self._rows:
            column = self.LAST_CONTACT
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def set_visible(self, ids: set[int] | None) -> None:
        """Show only ``ids`` (None: everyone in the cache)."""
        self._visible_ids = ids
        self._rebuild()

    def apply(self, rows: Iterable[ContactRow], gone: Iterable[int]) -> None:
        """Take changed rows into the cache and drop deleted ones."""
        self.complete()  # the rest was read before these changes
        for cid in gone:
            self._all.pop(cid, None)
            self._keys.pop(cid, None)
        for row in rows:
            self._all[row.id] = row
            self._keys.pop(row.id, None)
        self._rebuild()

    def _rebuild(self) -> None:
        if self._visible_ids is None:
            rows = list(self._all.values())
        else:
            rows = [r for cid, r in self._all.items() if cid in self._visible_ids]
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self._row_of = {r.id: n for n, r in enumerate(self._rows)}
        self.endResetModel()

    def _sorted(self, rows: list[ContactRow]) -> list[ContactRow]:
        column, order = self._sort
        # Keys are cached per contact and column: typing in the filter re-sorts often.
        if self._keys_column != column:
            self._keys.clear()
            self._keys_column = column
        keys = self._keys
        missing = [r for r in rows if r.id not in keys]
        if missing:
            compute = self._key_function(column)
            keys.update({r.id: compute(r) for r in missing})
        return sorted(rows, key=lambda r: keys[r.id], reverse=order == Qt.SortOrder.DescendingOrder)

    def _key_function(self, column: int) -> Callable[[ContactRow], object]:
        # Names in locale-aware order (store.collation: the same order as everywhere).
        if column == self.NAME:
            return lambda r: name_key(r.family_name, r.name)
        if column == self.LAST_CONTACT:
            return lambda r: r.last_contact or dt.datetime.min
        if column == self.CLOSENESS:
            return lambda r: (r.closeness, name_key(r.family_name, r.name))
        return lambda r: (sort_key(self._display(r, column)), name_key(r.family_name, r.name))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMNS:
            return
        if (column, order) == self._sort:
            return  # already in this order (the rows are kept sorted)
        self._sort = (column, order)
        self._resort()

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.row() < len(self._rows) else None for i in old]
        self._rows = self._sorted(self._rows)
        self._row_of = {r.id: n for n, r in enumerate(self._rows)}
        new = [
            self.index(self._row_of[cid], i.column()) if cid in self._row_of else QModelIndex()
            for cid, i in zip(ids, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def row_for(self, contact_id: int) -> int | None:
        return self._row_of.get(contact_id)

    def contact_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def cached(self, contact_id: int) -> ContactRow | None:
        return self._all.get(contact_id)

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.LAST_CONTACT and r.last_contact:
                return texts.format_datetime(r.last_contact)
            if col == self.CLOSENESS:
                return self.tr("Closeness %1 of 5").replace("%1", str(r.closeness))
        if role == Qt.ItemDataRole.FontRole and r.archived:
            if self._italic is None:
                from PySide6.QtGui import QFont

                self._italic = QFont()
                self._italic.setItalic(True)
            return self._italic
        return None

    def _display(self, r: ContactRow, col: int) -> str:
        if col == self.NAME:
            return r.name
        if col == self.ORGANISATION:
            return r.organisation
        if col == self.ROLE:
            return r.role
        if col == self.CITY:
            return r.city
        if col == self.LAST_CONTACT:
            return texts.relative(r.last_contact, self._today())
        if col == self.CLOSENESS:
            return texts.closeness_dots(r.closeness)
        return ", ".join(r.tags)
