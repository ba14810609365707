"""The people a first sync found on both sides (in the journal and on the server
already), listed by id with organisation and city so that namesakes stand apart.

Opened from the status bar's sync summary, or as the last sync's summary from
the menu (File → Last sync…, by keyboard too); it only shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from netzjournal.store.journal import Journal
from netzjournal.store.people import PersonChoice, people_by_uid
from netzjournal.ui import style
from netzjournal.ui.table_model import Index, RowsModel, row_table

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PairsModel(RowsModel[PersonChoice]):
    """One row per person: name, organisation, city (what tells twins apart too)."""

    def __init__(self, people: list[PersonChoice], parent: QObject | None = None) -> None:
        super().__init__(people, parent)
        self._archived = self.tr("archived here")

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Organisation"), self.tr("City")]

    def cell(self, row: PersonChoice, column: int) -> object:
        if column == 0:
            return f"{row.name} ({self._archived})" if row.archived else row.name
        if column == 1:
            return row.organisation
        return " · ".join(part for part in (row.city, row.extra) if part)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == ID_ROLE and index.isValid():
            return self.rows[index.row()].id
        return super().data(index, role)


class SyncPairsDialog(QDialog):
    """A first sync's pairs; with ``summary`` (lines of what the last syncs did), the
    menu's "Last sync…": the summary first, the pairs below if that sync found any."""

    def __init__(
        self,
        journal: Journal,
        uids: list[str],
        parent: QWidget | None = None,
        summary: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncPairs")
        layout = QVBoxLayout(self)
        if summary is None:
            self.setWindowTitle(self.tr("Already on both sides"))
        else:
            self.setWindowTitle(self.tr("Last sync"))
            self.summary = QLabel("\n".join(summary), wordWrap=True)
            self.summary.setObjectName("syncLastSummary")
            self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.summary)
        intro = QLabel(
            self.tr("These people were in the journal and on the server before the first "
                    "sync. Each is now one person in both places, not two. Where the two "
                    "differed, the journal's value was kept (Sync: conflicts and inbox)."),
            wordWrap=True,
        )  # fmt: skip
        layout.addWidget(intro)
        self.model = PairsModel(people_by_uid(journal, uids) if uids else [], self)
        self.people = row_table(self.model, "syncPairsList")
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people.setAccessibleName(self.tr("Already on both sides"))
        layout.addWidget(self.people)
        intro.setVisible(bool(uids))
        self.people.setVisible(bool(uids))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        style.finish_dialog(self, minimum=(64, 0))
        self.resize(max(self.width(), 560), 420 if uids else self.height())
        # As tall as the summary's wrapped lines at that width (German: „… unter
        # Einstellungen → Synchronisation einrichten.“ lost its second line).
        style.grow_for_text(self)
