"""Item model and filter proxy for the contacts table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from netzjournal.store import ContactRow
from netzjournal.ui import texts

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class ContactsTableModel(QAbstractTableModel):
    """Rows of :class:`ContactRow`; the store fills it, never a widget."""

    NAME, ORGANISATION, ROLE, CITY, LAST_CONTACT, CLOSENESS, TAGS = range(7)

    def __init__(self, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._today = today
        self._row_of: dict[int, int] = {}

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

    # -- filling ------------------------------------------------------------------

    def reset_rows(self, rows: list[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {r.id: n for n, r in enumerate(self._rows)}
        self.endResetModel()

    def apply(self, rows: Iterable[ContactRow], gone: Iterable[int]) -> None:
        """Update changed rows in place, append new ones, drop deleted ones."""
        for cid in gone:
            n = self._row_of.get(cid)
            if n is None:
                continue
            self.beginRemoveRows(QModelIndex(), n, n)
            del self._rows[n]
            self._row_of = {r.id: i for i, r in enumerate(self._rows)}
            self.endRemoveRows()
        for row in rows:
            n = self._row_of.get(row.id)
            if n is None:
                n = len(self._rows)
                self.beginInsertRows(QModelIndex(), n, n)
                self._rows.append(row)
                self._row_of[row.id] = n
                self.endInsertRows()
            else:
                self._rows[n] = row
                self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))

    def row_for(self, contact_id: int) -> int | None:
        return self._row_of.get(contact_id)

    def contact_at(self, row: int) -> ContactRow:
        return self._rows[row]

    # -- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 7
        ):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.LAST_CONTACT and r.last_contact:
                return texts.format_datetime(r.last_contact)
            if col == self.CLOSENESS:
                return self.tr("Closeness %1 of 5").replace("%1", str(r.closeness))
        if role == Qt.ItemDataRole.FontRole and r.archived:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
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

    def _sort_key(self, r: ContactRow, col: int) -> object:
        if col == self.NAME:
            return (r.family_name.casefold(), r.name.casefold())
        if col == self.LAST_CONTACT:
            return r.last_contact.isoformat() if r.last_contact else ""
        if col == self.CLOSENESS:
            return r.closeness
        return self._display(r, col).casefold()


class ContactsFilterProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`; shows only ``allowed`` ids when set."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._allowed: set[int] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_allowed(self, ids: set[int] | None) -> None:
        if ids == self._allowed:
            return
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._allowed = ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._allowed = ids
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._allowed is None:
            return True
        model = self.sourceModel()
        return model.index(source_row, 0, source_parent).data(ID_ROLE) in self._allowed

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b  # type: ignore[operator]
        except TypeError:
            return str(a) < str(b)
