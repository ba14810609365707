"""The import wizard's last page: what the import did, person by person.

Counts first (created, merged, skipped), then one table of everybody in the
files grouped by what happened — whom a card was merged into and why one was
skipped — so that the person can check the result before closing, and take
the whole import back from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netzjournal.interchange.importer import NAMESAKE_IN_FILES, ImportOutcome, ImportPlan
from netzjournal.store.collation import sort_key
from netzjournal.ui import style
from netzjournal.ui.content_columns import ContentColumns, fit_wrapped_rows
from netzjournal.ui.table_model import Index, RowsModel

ORDER = ("create", "merge", "skip")


@dataclass(frozen=True)
class ResultRow:
    action: str  # "create", "merge" or "skip"
    name: str
    organisation: str
    detail: str  # merged into whom / why skipped / what to check


class ResultModel(RowsModel[ResultRow]):
    """Everybody in the files: at first created, then merged, then skipped (file order
    within); sortable by any column, names in the app's collation order (``Ärger``
    beside ``Arzt``), ties broken by the name, then by the order in the files."""

    WHAT, NAME, ORGANISATION, DETAIL = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._in_files: list[ResultRow] = []
        self._sorted_by = (self.WHAT, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Iterable[ResultRow]) -> None:
        self._in_files = list(rows)
        super().set_rows(self._ordered(*self._sorted_by))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        self._sorted_by = (column, order)
        self.rows = self._ordered(column, order)
        self.layoutChanged.emit()

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[ResultRow]:
        rows = list(enumerate(self._in_files))
        if column == self.WHAT:  # grouped as the counts above; file order within
            ordered = sorted(rows, key=lambda item: (ORDER.index(item[1].action), item[0]),
                             reverse=order == Qt.SortOrder.DescendingOrder)  # fmt: skip
            return [r for _n, r in ordered]
        # Ties by the name, then the files' order, in both directions (a stable sort
        # by the column then keeps them); an empty cell (or only spaces) last either way.
        by_name = sorted(rows, key=lambda item: (sort_key(item[1].name), item[0]))
        texts = [(self._text(r, column).strip(), r) for _n, r in by_name]
        filled = sorted(((t, r) for t, r in texts if t), key=lambda tr: sort_key(tr[0]),
                        reverse=order == Qt.SortOrder.DescendingOrder)  # fmt: skip
        return [r for _t, r in filled] + [r for t, r in texts if not t]

    def _text(self, r: ResultRow, column: int) -> str:
        return {self.NAME: r.name, self.ORGANISATION: r.organisation}.get(column, r.detail)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ImportResult", "Result"),
            QCoreApplication.translate("ImportResult", "Name"),
            QCoreApplication.translate("ImportResult", "Organisation"),
            QCoreApplication.translate("ImportResult", "Details"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cut cell
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)

    def cell(self, r: ResultRow, column: int) -> object:
        if column == self.WHAT:
            return result_label(r.action)
        if column == self.NAME:
            return r.name
        if column == self.ORGANISATION:
            return r.organisation
        return r.detail


def result_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("ImportResult", "Created"),
        "merge": QCoreApplication.translate("ImportResult", "Merged"),
        "skip": QCoreApplication.translate("ImportResult", "Skipped"),
    }[action]


def field_label(name: str) -> str:
    """A contact field as the result page names it (importer.MERGED_FIELDS; the
    labels the sync's conflicts use where there are some)."""
    labels = {
        "given_name": QCoreApplication.translate("SyncReviewDialog", "first name"),
        "family_name": QCoreApplication.translate("SyncReviewDialog", "last name"),
        "salutation": QCoreApplication.translate("ImportResult", "salutation"),
        "title_prefix": QCoreApplication.translate("ImportResult", "title"),
        "additional_names": QCoreApplication.translate("SyncReviewDialog", "middle names"),
        "honorific_suffix": QCoreApplication.translate("SyncReviewDialog", "suffix"),
        "nickname": QCoreApplication.translate("SyncReviewDialog", "nickname"),
        "organisation": QCoreApplication.translate("SyncReviewDialog", "organisation"),
        "department": QCoreApplication.translate("SyncReviewDialog", "department"),
        "role": QCoreApplication.translate("SyncReviewDialog", "role"),
        "city": QCoreApplication.translate("SyncReviewDialog", "city"),
        "source": QCoreApplication.translate("ImportResult", "how we met"),
        "met_on": QCoreApplication.translate("ImportResult", "met on"),
        "birthday": QCoreApplication.translate("SyncReviewDialog", "birthday"),
    }
    return labels.get(name, name)


def kept_text(kept: list[tuple[str, str, str]]) -> str:
    """What a merge left as it was although the file said otherwise."""
    pattern = QCoreApplication.translate("ImportResult", "%1 “%2” kept (the file: “%3”)")
    return "; ".join(
        pattern.replace("%1", field_label(name)).replace("%2", mine).replace("%3", theirs)
        for name, mine, theirs in kept
    )


def result_rows(
    plan: ImportPlan,
    names: dict[int, str],
    kept: dict[int, list[tuple[str, str, str]]] | None = None,
) -> list[ResultRow]:
    """One row per person in the plan as it was carried out; ``names``: id → label;
    ``kept``: per merged contact, the values the journal kept (ImportOutcome.kept)."""
    from netzjournal.ui.interchange.wizard import lost_note, namesakes_note, reason_label

    rows = []
    one_file = plan.files() <= 1  # ("in the file": the cards came from one)
    for r in plan.rows:
        reason = reason_label(r.reason, one_file) if r.reason else ""
        if r.action == "merge" and r.match_id:
            who = names.get(r.match_id, "")
            if r.candidates:  # one of the namesakes, picked in the preview
                reason = QCoreApplication.translate("ImportResult", "chosen among namesakes")
            detail = (
                QCoreApplication.translate("ImportResult", "into %1 (%2)")
                .replace("%1", who)
                .replace("%2", reason)
            )
            if kept and kept.get(r.match_id):
                detail += "; " + kept_text(kept[r.match_id])
        elif r.action == "create" and (r.candidates or r.match_id):
            ids = r.candidates or [r.match_id or 0]
            who = "; ".join(names.get(i, "") for i in ids)
            detail = (
                QCoreApplication.translate("ImportResult", "check: %1 (%2)")
                .replace("%1", reason)
                .replace("%2", who)
            )
        elif r.namesakes and r.reason == NAMESAKE_IN_FILES:  # (the others, told apart)
            detail = namesakes_note(r.namesakes, one_file)
        else:
            detail = reason
        if r.lost and r.action != "skip":  # (imported as written: to be corrected)
            detail = "; ".join(d for d in (detail, lost_note(r.lost)) if d)
        c = r.contact
        name = c.name or c.organisation or (c.emails[0].value if c.emails else "")
        rows.append(ResultRow(r.action, name, c.organisation, detail))
    return rows


class ImportResultPage(QWidget):
    """Counts, the backup taken first, and the table of everybody."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResultPage")
        self.heading = QLabel()
        self.heading.setObjectName("importResult")
        style.set_type(self.heading, style.Type.SECTION)
        self.heading.setWordWrap(True)
        self.counts = QLabel(wordWrap=True)
        self.counts.setObjectName("importCounts")
        self.model = ResultModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("importResultTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSortIndicator(ResultModel.WHAT, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # a click on a column's title sorts by it
        # Sized by content: names whole where there is room, each column as wide as
        # its text and the last one taking the rest, as a native list does (shared out
        # among name and organisation, short names stood in ~400 px columns, the
        # organisation far from its name).
        R = ResultModel
        self.columns = ContentColumns(
            self.table,
            priority=(R.WHAT, R.NAME, R.ORGANISATION, R.DETAIL),
            stretch=(R.DETAIL,),
        )
        # Short of room (800 px, German) a detail wraps and its row grows, as the
        # preview's cells do: „prüfen: mehrere Personen heißen so: wäh…“ was cut.
        self.table.setWordWrap(True)  # (after ContentColumns, which sets one line)
        self.table.verticalHeader().setMinimumSectionSize(1)
        rows_later = QTimer(self, singleShot=True, interval=0)
        rows_later.timeout.connect(lambda: fit_wrapped_rows(self.table))
        header.sectionResized.connect(rows_later.start)
        self.model.modelReset.connect(rows_later.start)
        self.model.layoutChanged.connect(rows_later.start)  # (sorted: other rows' heights)
        self.backup = QLabel(
            wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.backup.setObjectName("importBackup")
        style.quiet(self.backup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACE.S)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.backup)

    def show_outcome(self, plan: ImportPlan, outcome: ImportOutcome, names: dict[int, str]) -> None:
        locale = QLocale()
        self.heading.setText(QCoreApplication.translate("ImportResult", "Import finished"))
        self.counts.setText(
            QCoreApplication.translate(
                "ImportResult", "Created: %1 · Merged into existing contacts: %2 · Skipped: %3"
            )
            .replace("%1", locale.toString(len(outcome.created)))
            .replace("%2", locale.toString(len(outcome.merged)))
            .replace("%3", locale.toString(outcome.skipped))
        )
        if differing := sum(1 for values in outcome.kept.values() if values):
            self.counts.setText(
                self.counts.text()
                + "\n"
                + QCoreApplication.translate(
                    "ImportResult",
                    "Merged contacts that kept their own values where the file said "
                    "something else: %1 (see Details)",
                ).replace("%1", locale.toString(differing))
            )
        self.model.set_rows(result_rows(plan, names, outcome.kept))
        self.table.setEnabled(True)
        self.backup.setText(self._backup_text(outcome.backup))

    def show_taken_back(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("ImportResult", "The import was taken back.")
        )
        self.counts.setText(
            QCoreApplication.translate(
                "ImportResult",
                "The people it created are removed again; merged contacts are as they were.",
            )
        )
        self.table.setEnabled(False)

    @staticmethod
    def _backup_text(backup: Path | None) -> str:
        return backup_text(backup)


def backup_text(backup: Path | None) -> str:
    """The backup an import took first (None: none, the journal held nothing) and that
    Edit → Undo takes it back: the contacts' result page and the calendars' result."""
    text = QCoreApplication.translate("ImportResult", "Edit → Undo takes the whole import back.")
    if backup is None:
        return text
    first = QCoreApplication.translate("ImportResult", "A backup was taken first: %1")
    return first.replace("%1", str(backup)) + "\n" + text
