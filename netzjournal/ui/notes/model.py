"""A paged table of notes (newest first), loaded with canFetchMore/fetchMore."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from netzjournal.store.journal import Journal
from netzjournal.store.listings import NoteFilter, TimelineEntry, interaction_page
from netzjournal.ui import texts
from netzjournal.ui.table_model import RowsModel

ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class NotesListModel(RowsModel[TimelineEntry]):
    DATE, KIND, PEOPLE, TITLE = range(4)
    PAGE = 200

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self._journal = journal
        self._filter = NoteFilter()
        self._done = False

    def set_filter(self, flt: NoteFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the newest note (what was loaded is fetched again lazily)."""
        self.beginResetModel()
        self.rows = []
        self._done = False
        self.endResetModel()
        # The first page at once: a view reset while shown does not always ask for
        # more (Qt fetches on layout changes), and an empty list would look like an
        # empty journal. Further pages are fetched as the view scrolls.
        self.fetchMore()

    def row_of(self, note_id: int) -> int | None:
        for n, r in enumerate(self.rows):
            if r.id == note_id:
                return n
        return None

    def note_at(self, row: int) -> TimelineEntry:
        return self.rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        before = self.rows[-1].key if self.rows else None
        page = interaction_page(self._journal, self._filter, before, self.PAGE)
        if len(page) < self.PAGE:
            self._done = True
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("With"), self.tr("Title")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DATE:
                return texts.format_datetime(r.when)
            if col == self.KIND:
                return texts.kind_label(r.kind)
            if col == self.PEOPLE:
                return r.people
            title = r.title or r.first_line
            if r.open_follow_ups:
                title += "  ⚑"
            return title
        if role == Qt.ItemDataRole.DecorationRole and col == self.KIND:
            return texts.kind_icon(r.kind)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TITLE and r.open_follow_ups:
            return self.tr("Open follow-ups: %1").replace("%1", str(r.open_follow_ups))
        return None
