"""The people a first sync found on both sides (in the journal and on the server
already), listed by id with organisation and city so that namesakes stand apart.

Opened from the status bar's sync summary; it only shows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from netzjournal.store.journal import Journal
from netzjournal.store.people import PersonChoice, people_by_uid

ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class PairsModel(QAbstractListModel):
    """One row per person: name, organisation and city (and "archived here")."""

    def __init__(
        self, people: list[PersonChoice], archived: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._archived = archived  # the words for a person archived in the journal

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.describe() + (f" · {self._archived}" if person.archived else "")
        if role == ID_ROLE:
            return person.id
        return None


class SyncPairsDialog(QDialog):
    def __init__(self, journal: Journal, uids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPairs")
        self.setWindowTitle(self.tr("Already on both sides"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("These people were in the journal and on the server before the first "
                    "sync. Each is now one person in both places, not two. Where the two "
                    "differed, the journal's value was kept (Sync: conflicts and inbox)."),
            wordWrap=True,
        )  # fmt: skip
        layout.addWidget(intro)
        self.model = PairsModel(people_by_uid(journal, uids), self.tr("archived here"), self)
        self.people = QListView()
        self.people.setObjectName("syncPairsList")
        self.people.setWordWrap(True)
        self.people.setModel(self.model)
        layout.addWidget(self.people)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)
