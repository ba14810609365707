"""Edit → Find duplicates: the pairs of contacts likely to be one person
(``store/duplicates.py``), each person told apart, to merge or to set apart.

One table: two rows per pair (why it is offered, on the first), its two people
with what tells them apart (organisation, city, e-mail, phone, notes, last contact,
where they came from). "Merge…" asks the merge question (``ContactsPane.merge_pair``);
"Not the same person" is remembered (``SayNotDuplicates``). Both are undone with
Ctrl+Z here as in the window, and the list is read again after each.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netzjournal.store.duplicates import (
    SAME_EMAIL,
    SAME_NAME,
    SAME_NAME_AND_ORGANISATION,
    SAME_PHONE,
    DuplicatePair,
    PersonFacts,
    people_facts,
    possible_duplicates,
)
from netzjournal.store.journal import Journal
from netzjournal.ui import style, texts

Index = QModelIndex | QPersistentModelIndex


class DuplicatesModel(QAbstractTableModel):
    """Two rows per pair (its two people, by id), the reason on the first; flat, so that
    thousands of pairs cost no expanding and no spans (a tree took 2 s on XL)."""

    # What tells the two apart first; why they are offered last (a wide column that
    # pushed e-mail and phone out of sight at 800 px).
    NAME, ORGANISATION, CITY, EMAIL, PHONE, NOTES, LAST_CONTACT, SOURCE, ADDED, REASON = range(10)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.pairs: list[DuplicatePair] = []
        self.facts: dict[int, PersonFacts] = {}
        self.reload()

    def reload(self) -> None:
        """Read the pairs again (after a merge, a pair set apart, an undo)."""
        self.beginResetModel()
        self.pairs = possible_duplicates(self.journal)
        self.facts = people_facts(self.journal, [i for p in self.pairs for i in (p.low, p.high)])
        self.pairs = [p for p in self.pairs if p.low in self.facts and p.high in self.facts]
        self.endResetModel()

    def pair_at(self, index: Index) -> DuplicatePair | None:
        """The pair a row belongs to."""
        if not index.isValid():
            return None
        n = index.row() // 2
        return self.pairs[n] if 0 <= n < len(self.pairs) else None

    def headers(self) -> list[str]:
        return [
            self.tr("Name"), self.tr("Organisation"), self.tr("City"),
            self.tr("E-mail"), self.tr("Phone"), self.tr("Notes"), self.tr("Last contact"),
            self.tr("Source"), self.tr("Added"), self.tr("Why"),
        ]  # fmt: skip

    def reason_text(self, reason: str) -> str:
        return {
            SAME_EMAIL: self.tr("Same e-mail address"),
            SAME_PHONE: self.tr("Same phone number"),
            SAME_NAME_AND_ORGANISATION: self.tr("Same name and organisation"),
            SAME_NAME: self.tr("Same name, one without organisation"),
        }.get(reason, reason)

    # -- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 * len(self.pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 10

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        pair = self.pair_at(index)
        if pair is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            # Every other pair shaded: where one pair ends and the next begins.
            if (index.row() // 2) % 2:
                return QGuiApplication.palette().alternateBase()
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        first = index.row() % 2 == 0
        col = index.column()
        if col == self.REASON:
            return self.reason_text(pair.reason) if first else ""
        f = self.facts[pair.low if first else pair.high]
        if col == self.NOTES:
            return QLocale().toString(f.notes)
        if col == self.LAST_CONTACT:
            return texts.format_date(f.last_contact.date()) if f.last_contact else ""
        if col == self.SOURCE:
            return texts.source_label(f.source) if f.source else ""
        if col == self.ADDED:
            return texts.format_date(f.added) if f.added else ""
        return (f.name, f.organisation, f.city, f.email, f.phone)[col]


class DuplicatesDialog(QDialog):
    """The list, "Merge…" and "Not the same person" for the pair chosen, Close."""

    def __init__(
        self,
        journal: Journal,
        undo_stack: QUndoStack,
        merge: Callable[[list[int]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.journal, self.undo_stack, self._merge = journal, undo_stack, merge
        self.model = DuplicatesModel(journal, self)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("duplicatesList")
        self.table.setAccessibleName(self.windowTitle())  # (a screen reader names the list)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)  # (Tab goes on to the buttons, not cell by cell)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # (thousands of rows)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + style.SPACE.S)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._select_pair)
        self.table.doubleClicked.connect(self.merge_current)  # (asks first, Cancel default)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.apart_button = QPushButton(self.tr("&Not the same person"))
        for button in (self.merge_button, self.apart_button):
            button.setAutoDefault(False)  # (Enter does neither: both change the journal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.apart_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge_current)
        self.apart_button.clicked.connect(self.set_apart_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        # Edit → Undo cannot be reached from a dialog: Ctrl+Z here takes back the last
        # merge or "not the same person" as the window's would.
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.activated.connect(self.undo)
        style.finish_dialog(self, (100, 24))
        window = parent.window() if parent is not None else None
        if window is not None:  # (room for every column: the window's size, a little less)
            self.resize(max(self.width(), window.width() * 9 // 10),
                        max(self.height(), window.height() * 8 // 10))  # fmt: skip
        self._shown()
        self.table.setFocus()

    def _shown(self, row: int = 0) -> None:
        """After a reload: widths, the count, and the pair at place ``row`` chosen (the
        next one after a pair merged or set apart)."""
        n = len(self.model.pairs)
        self.table.resizeColumnsToContents()  # (Qt measures the rows in sight, not all)
        if n:
            self.count.setText(self.tr("%n pair(s) of contacts may be one person each.", "", n))
            self.table.setCurrentIndex(self.model.index(2 * min(row, n - 1), self.model.NAME))
        else:
            self.count.setText(self.tr("No possible duplicates found."))
        self.merge_button.setEnabled(bool(n))
        self.apart_button.setEnabled(bool(n))

    def _select_pair(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Both rows of the pair the current row belongs to selected: the pair is
        what the buttons act on."""
        if not current.isValid():
            return
        top = current.row() - current.row() % 2
        last = self.model.columnCount() - 1
        both = QItemSelection(self.model.index(top, 0), self.model.index(top + 1, last))
        self.table.selectionModel().select(both, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _current(self) -> tuple[DuplicatePair | None, int]:
        """The pair chosen and its place in the list."""
        index = self.table.currentIndex()
        return self.model.pair_at(index), max(index.row(), 0) // 2

    def merge_current(self) -> None:
        pair, row = self._current()
        if pair is not None and self._merge([pair.low, pair.high]):
            self._reload(row)

    def set_apart_current(self) -> None:
        from netzjournal.commands.duplicates import SayNotDuplicates
        from netzjournal.ui import undo

        pair, row = self._current()
        if pair is None:
            return
        if undo.perform(self.undo_stack, SayNotDuplicates(self.journal, pair.low, pair.high), self):
            self._reload(row)

    def undo(self) -> None:
        """Ctrl+Z: the window's last step undone (as Edit → Undo), the list read again."""
        if self.undo_stack.canUndo():
            _pair, row = self._current()
            self.undo_stack.undo()
            self._reload(row)

    def _reload(self, row: int) -> None:
        self.model.reload()
        self._shown(row)
