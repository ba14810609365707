"""The timeline's list model: month and year headers between entries, paged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from netzjournal.store.journal import Journal
from netzjournal.store.listings import NoteFilter, TimelineCursor, TimelineEntry, timeline_page
from netzjournal.ui import texts

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "year", "month" or "entry"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # the TimelineEntry of an entry row
Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    PAGE = 200

    def __init__(
        self, journal: Journal, today: Callable[[], dt.date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._today = today
        self._filter = NoteFilter()
        self._items: list[tuple[str, object]] = []
        self._cursor = TimelineCursor()
        self._last_month: tuple[int, int] | None = None
        self._start_year: int | None = None

    # -- loading -------------------------------------------------------------------------

    @property
    def current_filter(self) -> NoteFilter:
        return self._filter

    def set_filter(self, flt: NoteFilter) -> None:
        self._filter = flt
        self._start_year = None
        self.reload()

    def start_at_year(self, year: int | None) -> None:
        """Show the timeline from the end of ``year`` on (None: from the newest)."""
        self._start_year = year
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items = []
        self._last_month = None
        self._cursor = TimelineCursor()
        if self._start_year is not None:
            start = (f"{self._start_year + 1:04d}-01-01 00:00:00", 0)
            self._cursor.interactions = start
            self._cursor.events = start
        self.endResetModel()
        # The first page at once: a view reset while shown does not always ask for
        # more (Qt fetches on layout changes), and an empty list would look like an
        # empty journal. Further pages are fetched as the view scrolls.
        self.fetchMore()

    def loaded_entries(self) -> int:
        return sum(1 for kind, _ in self._items if kind == "entry")

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._cursor.done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._cursor.done:
            return
        page = timeline_page(self._journal, self._filter, self._cursor, self.PAGE, self._today())
        rows: list[tuple[str, object]] = []
        for entry in page:
            month = (entry.when.year, entry.when.month)
            if month != self._last_month:
                if self._last_month is None or month[0] != self._last_month[0]:
                    rows.append(("year", month[0]))
                rows.append(("month", month))
                self._last_month = month
            rows.append(("entry", entry))
        if rows:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._items.extend(rows)
            self.endInsertRows()

    def row_of_note(self, note_id: int) -> int | None:
        for n, (kind, value) in enumerate(self._items):
            if (
                kind == "entry"
                and isinstance(value, TimelineEntry)
                and value.source == "interaction"
                and value.id == note_id
            ):
                return n
        return None

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._items[index.row()][0] != "entry":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        kind, value = self._items[index.row()]
        if role == KIND_ROLE:
            return kind
        if kind == "year":
            return str(value) if role == Qt.ItemDataRole.DisplayRole else None
        if kind == "month":
            if role == Qt.ItemDataRole.DisplayRole:
                year, month = value  # type: ignore[misc]
                return texts.month_header(year, month)
            return None
        entry = value
        assert isinstance(entry, TimelineEntry)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [texts.format_date(entry.when.date()), texts.kind_label(entry.kind)]
            if entry.people:
                parts.append(entry.people)
            parts.append(entry.title or entry.first_line)
            return " · ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.DecorationRole:
            return texts.kind_icon(entry.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.first_line or entry.title
        return None
