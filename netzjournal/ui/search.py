"""Global search: a field in the tool bar and grouped results beneath it.

The results list is a child widget laid over the window (not a popup
window), so typing stays in the field and it works the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QWidget

from netzjournal import store
from netzjournal.ui import texts

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """Header rows ("Contacts (3)") followed by their hits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, object]] = []

    def set_hits(self, contacts: list[store.SearchHit], notes: list[store.SearchHit]) -> None:
        self.beginResetModel()
        self._rows = []
        if contacts:
            self._rows.append(
                ("header", self.tr("Contacts (%1)").replace("%1", str(len(contacts))))
            )
            self._rows += [("hit", h) for h in contacts]
        if notes:
            self._rows.append(
                ("header", self.tr("Meeting notes (%1)").replace("%1", str(len(notes))))
            )
            self._rows += [("hit", h) for h in notes]
        if not self._rows:
            self._rows.append(("empty", self.tr("Nothing found")))
        self.endResetModel()

    def first_hit(self) -> QModelIndex:
        for n, (kind, _) in enumerate(self._rows):
            if kind == "hit":
                return self.index(n, 0)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0] == "hit":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, value = self._rows[index.row()]
        if kind != "hit":
            if role == Qt.ItemDataRole.DisplayRole:
                return value
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        hit = value
        assert isinstance(hit, store.SearchHit)
        if role == KIND_ROLE:
            return hit.kind
        if role == ID_ROLE:
            return hit.id
        if role == Qt.ItemDataRole.DisplayRole:
            if hit.kind == "contact":
                return f"{hit.label}    {hit.snippet}" if hit.snippet else hit.label
            when = texts.format_date(hit.when.date()) if hit.when else ""
            return f"{when}  {hit.label}    {hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        return None


class GlobalSearch(QObject):
    """Wires the search field to the results list; emits what was chosen."""

    open_contact = Signal(int)
    open_note = Signal(int)

    def __init__(self, journal: store.Journal, field: QLineEdit, host: QWidget) -> None:
        super().__init__(host)
        self.journal, self.field, self.host = journal, field, host
        self.model = SearchResultsModel(self)
        self.results = QListView(host)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.results.setFrameShape(QListView.Shape.Box)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setSpacing(1)
        self.results.setStyleSheet(
            "QListView#searchResults {"
            " border: 1px solid palette(dark); background: palette(base); }"
        )
        self.results.hide()
        field.textChanged.connect(self.update_results)
        field.returnPressed.connect(self._open_first)
        field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.activated.connect(self._open)
        self.results.clicked.connect(self._open)

    def update_results(self, text: str) -> None:
        if not text.strip():
            self.results.hide()
            return
        contacts = store.search(self.journal, text, limit=8, kind="contact")
        notes = store.search(self.journal, text, limit=12, kind="interaction")
        self.model.set_hits(contacts, notes)
        self._place()
        self.results.show()
        self.results.raise_()

    def _place(self) -> None:
        top_left = self.field.mapTo(self.host, QPoint(0, self.field.height() + 2))
        width = max(self.field.width(), 560)
        x = min(top_left.x(), max(0, self.host.width() - width - 8))
        rows = self.model.rowCount()
        height = min(420, max(1, rows) * (self.results.sizeHintForRow(0) + 2) + 8)
        self.results.setGeometry(x, top_left.y(), width, height)

    def _open_first(self) -> None:
        index = self.model.first_hit()
        if index.isValid():
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        kind, item_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        if kind is None:
            return
        self.results.hide()
        if kind == "contact":
            self.open_contact.emit(item_id)
        else:
            self.open_note.emit(item_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape and self.results.isVisible():
                self.results.hide()
                self.field.setFocus()
                return True
            if watched is self.field and key == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus()
                self.results.setCurrentIndex(self.model.first_hit())
                return True
        if watched is self.field and event.type() == QEvent.Type.FocusIn and self.field.text():
            self.update_results(self.field.text())
        return False
