"""The journal is damaged: choose a verified backup to bring back, or quit.

Every backup was checked before it is listed (``store.backups.checked_backups``):
usable ones first, newest first, with the contacts and notes each holds;
unusable ones below, greyed out, each saying why. Nothing is selected as a
default action: restoring replaces the journal (the damaged file is kept
beside it), so the person chooses.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal.store.backups import CheckedBackup
from netzjournal.store.errors import JournalDamaged
from netzjournal.ui import style, texts
from netzjournal.ui.backups_dialog import reason_label
from netzjournal.ui.content_columns import ContentColumns
from netzjournal.ui.table_model import Index, RowsModel, row_table


def problem_text(code: str | None) -> str:
    """The problem codes of ``store.verify.PROBLEMS`` in the interface language."""
    return {
        None: QCoreApplication.translate("Recovery", "usable"),
        "empty": QCoreApplication.translate("Recovery", "empty file (0 bytes)"),
        "not-sqlite": QCoreApplication.translate("Recovery", "not a journal (no database)"),
        "truncated": QCoreApplication.translate("Recovery", "incomplete (cut off)"),
        "damaged": QCoreApplication.translate("Recovery", "damaged"),
        "not-a-journal": QCoreApplication.translate(
            "Recovery", "a database, but not a netzjournal journal"
        ),
        "newer": QCoreApplication.translate("Recovery", "written by a newer netzjournal"),
        "no-data": QCoreApplication.translate("Recovery", "holds no contacts or notes"),
        "unreadable": QCoreApplication.translate("Recovery", "cannot be read"),
    }.get(code, code or "")


class CheckedBackupsModel(RowsModel[CheckedBackup]):
    """Backups with their check: made, why, contacts, notes, state."""

    def headers(self) -> list[str]:
        return [self.tr("Made"), self.tr("Why"), self.tr("Contacts"), self.tr("Notes"),
                self.tr("State")]  # fmt: skip

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].usable:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags  # shown (with the reason), never chosen

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.report.message() if not c.usable else str(c.info.path)
        return super().data(index, role)

    def cell(self, c: CheckedBackup, column: int) -> object:
        if column == 0:
            return texts.format_datetime(c.info.created)
        if column == 1:
            return reason_label(c.info.reason)
        if column in (2, 3):
            if not c.usable and c.report.problem != "no-data":
                return "–"
            return QLocale().toString(c.report.contacts if column == 2 else c.report.notes)
        return problem_text(c.report.problem)


class RecoveryDialog(QDialog):
    """Explains the damage; :attr:`chosen` is the backup to restore (None: quit)."""

    def __init__(
        self,
        error: JournalDamaged,
        rows: list[CheckedBackup],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("The journal cannot be read"))
        self.resize(640, 400)
        self.chosen: CheckedBackup | None = None
        usable = [r for r in rows if r.usable]
        # "whatever you choose" only where there is a choice (with no usable backup,
        # Quit is the only button).
        head = QLabel(
            self.tr(
                "netzjournal cannot read your journal. The file has not been changed, "
                "and it is kept whatever you choose."
            )
            if usable
            else self.tr(
                "netzjournal cannot read your journal. The file has not been changed, "
                "and it is kept."
            ),
            wordWrap=True,
        )
        head.setObjectName("recoveryHead")
        style.set_type(head, style.Type.SECTION)
        reason = problem_text(error.code)
        detail = QLabel(
            self.tr("File: %1\nReason: %2").replace("%1", str(error.path)).replace("%2", reason),
            wordWrap=True,
            textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse,
        )
        if usable:
            advice = self.tr(
                "Choose a backup to bring back. Each one was checked; the newest usable one "
                "is selected. The unreadable file stays beside the journal as "
                "“journal.sqlite3.damaged-…”."
            )
        elif rows:
            advice = self.tr(
                "None of the backups can be used (see why below). Please keep the file and "
                "the backups folder safe."
            )
        else:
            advice = self.tr("There is no backup to restore. Please keep the file safe.")
        info = QLabel(advice, wordWrap=True)
        info.setObjectName("recoveryAdvice")
        self.model = CheckedBackupsModel(rows, self)
        self.table = row_table(self.model, "recoveryBackups")
        self.table.setAccessibleName(self.tr("Backups"))
        # Sized by content: the date and the state (why a backup cannot be used) first,
        # the counts as wide as their titles; the state takes the room to spare.
        self.columns = ContentColumns(self.table, priority=(0, 4, 1, 2, 3), stretch=(4,))
        self.table.doubleClicked.connect(lambda _index: self._restore())
        self.restore_button = QPushButton(self.tr("Restore selected backup"), autoDefault=False)
        self.restore_button.setObjectName("restoreChosen")
        self.restore_button.clicked.connect(self._restore)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setObjectName("quitRecovery")
        self.quit_button.clicked.connect(self.reject)
        # The advice says "keep the file and the backups safe": the way to them.
        from netzjournal.ui import show_folder

        self.folder_button = QPushButton(self.tr("Show in file manager"), autoDefault=False)
        self.folder_button.setObjectName("showInFileManager")
        self.folder_button.clicked.connect(lambda: show_folder.show(error.path))
        buttons = QDialogButtonBox()  # the platform's order and placement
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(detail)
        if error.detail:
            # SQLite's own words (English) for whoever helps: behind "Technical details",
            # as QMessageBox keeps its detailed text, not in the German sentence.
            from PySide6.QtWidgets import QPlainTextEdit, QToolButton

            toggle = QToolButton()
            toggle.setObjectName("recoveryDetailsToggle")
            toggle.setText(self.tr("Technical details"))
            toggle.setCheckable(True)
            toggle.setArrowType(Qt.ArrowType.RightArrow)
            toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            technical = QPlainTextEdit(error.detail, readOnly=True)
            technical.setObjectName("recoveryDetails")
            technical.setMaximumHeight(60)
            technical.hide()

            def show_details(on: bool) -> None:
                technical.setVisible(on)
                toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

            toggle.toggled.connect(show_details)
            layout.addWidget(toggle)
            layout.addWidget(technical)
        layout.addWidget(info)
        layout.addWidget(self.table, 1)
        if not rows:  # the sentences at the top, the button at the bottom, nothing between
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.table.setVisible(bool(rows))
        self.restore_button.setVisible(bool(rows))
        style.finish_dialog(self, minimum=(80, 0))
        if not rows:  # no table to give room to: as high as the sentences, no empty middle
            self.resize(self.width(), self.fitting_height())
        self.restore_button.setEnabled(bool(usable))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        if usable:
            self.table.selectRow(0)
        self.table.setFocus()

    def fitting_height(self) -> int:
        """The height the wrapped sentences need at the dialog's width (not at its narrowest)."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return max(layout.totalHeightForWidth(self.width()), self.minimumHeight())
        return self.sizeHint().height()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _restore(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        chosen = self.model.row_at(rows[0].row())
        if chosen.usable:
            self.chosen = chosen
            self.accept()


def ask_recovery(error: JournalDamaged, rows: list[CheckedBackup]) -> CheckedBackup | None:
    """Show :class:`RecoveryDialog`; the backup to restore, or None to quit."""
    dialog = RecoveryDialog(error, rows)
    dialog.exec()
    return dialog.chosen
