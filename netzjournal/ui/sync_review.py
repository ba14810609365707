"""What a sync left for the user: conflicts to decide and Inbox entries to assign.

The dialog only shows and asks; ``netzjournal.sync.resolve`` and
``store.sync_state.assign_inbox`` do the work (each one transaction).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal.store import sync_state as state
from netzjournal.store.journal import Journal
from netzjournal.store.people import join_names
from netzjournal.sync import resolve
from netzjournal.ui import style, texts
from netzjournal.ui.person_picker import PersonPicker


def _shown(value: object) -> str:
    if value is None or value == "" or value == []:
        return "–"  # the app's one sign for "nothing here" (the review, the editors)
    if isinstance(value, list):
        return ", ".join(_channel(v) if isinstance(v, list) else str(v) for v in value)
    return str(value)


def _channel(pair: list) -> str:
    """[value, label] as a person reads it: "anna@example.org (Arbeit)"."""
    from netzjournal.localized import channel_label

    value, label = (*pair, "", "")[:2]
    label = channel_label(str(label), texts.ui_language()) if label else ""
    return f"{value} ({label})" if label else str(value)


class SyncReviewDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncReview")
        self.setWindowTitle(self.tr("Sync: conflicts and inbox"))
        self._journal = journal
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("syncConflicts")
        # A line wraps rather than hiding the server's value behind a scroll bar; a
        # first sync may leave dozens alike, decided together (Ctrl+A, Shift+click).
        self.conflicts.setWordWrap(True)
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.keep = QPushButton(self.tr("Keep the journal's value"))
        self.keep.setObjectName("keepJournal")
        self.take = QPushButton(self.tr("Take the server's value"))
        self.take.setObjectName("takeServer")
        self.keep.clicked.connect(lambda: self._decide(resolve.keep_journal_value))
        self.take.clicked.connect(lambda: self._decide(resolve.take_server_value))
        self.inbox = QListWidget()
        self.inbox.setObjectName("syncInbox")
        self.person = PersonPicker(journal)
        self.person.setObjectName("inboxPerson")
        self.person.setPlaceholderText(self.tr("who was it with?"))
        self.assign = QPushButton(self.tr("Make it a note with this person"))
        self.assign.setObjectName("assignInbox")
        self.assign.clicked.connect(self._assign)
        for button in (self.keep, self.take, self.assign):
            button.setAutoDefault(False)  # Enter never decides a conflict by itself
        self.conflicts.itemSelectionChanged.connect(self._enable)
        self.inbox.currentRowChanged.connect(self._enable)
        self.person.person_changed.connect(self._enable)

        # Each part only while it has something to decide; with nothing left, one
        # sentence says so (not two empty boxes).
        self.empty = QLabel(
            self.tr(
                "Nothing needs a decision: no changes conflict with the server, and every "
                "note from the server has its people."
            ),
            wordWrap=True,
        )
        self.empty.setObjectName("syncNothingToReview")
        self.conflicts_part = QWidget()
        part = QVBoxLayout(self.conflicts_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.setSpacing(style.SPACE.S)
        part.addWidget(
            QLabel(
                self.tr(
                    "Changed on both sides: the journal kept its value; the server's is kept here."
                )
            )
        )
        part.addWidget(self.conflicts)
        row = QHBoxLayout()
        row.addWidget(self.keep)
        row.addWidget(self.take)
        part.addLayout(row)
        self.inbox_part = QWidget()
        part = QVBoxLayout(self.inbox_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.setSpacing(style.SPACE.S)
        part.addWidget(
            QLabel(self.tr("Notes from the server whose people are not known for sure:"))
        )
        part.addWidget(self.inbox)
        row = QHBoxLayout()
        row.addWidget(self.person, 1)
        row.addWidget(self.assign)
        part.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.conflicts_part, 1)
        layout.addWidget(self.inbox_part, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        style.finish_dialog(self, minimum=(72, 0))
        self.refresh()

    def refresh(self) -> None:
        self.conflicts.clear()
        for c in state.open_conflicts(self._journal):
            text = (
                self.tr("%1 · %2: here “%3”, on the server “%4”")
                .replace("%1", resolve.contact_label(self._journal, c))
                .replace("%2", self._field(c.field))
                .replace("%3", self._value(c.field, c.journal_value))
                .replace("%4", self._value(c.field, c.server_value))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.conflicts.addItem(item)
        self.inbox.clear()
        locale = QLocale()
        for e in state.inbox_entries(self._journal):
            when = ""
            if e.occurred_at:
                at = dt.datetime.fromisoformat(e.occurred_at)
                day = QDate(at.year, at.month, at.day)
                when = locale.toString(day, texts.date_pattern(locale)) + " · "
            who = join_names(e.people.get("unresolved", [])) or self.tr("nobody named")
            item = QListWidgetItem(f"{when}{e.summary or e.body[:60]} ({who})")
            item.setData(Qt.ItemDataRole.UserRole, e.uid)
            self.inbox.addItem(item)
        self.conflicts_part.setVisible(self.conflicts.count() > 0)
        self.inbox_part.setVisible(self.inbox.count() > 0)
        self.empty.setVisible(not self.conflicts.count() and not self.inbox.count())
        self._enable()

    def _field(self, name: str) -> str:
        labels = {
            "given_name": self.tr("first name"), "family_name": self.tr("last name"),
            "display_name": self.tr("display name"), "organisation": self.tr("organisation"),
            "additional_names": self.tr("middle names"), "honorific_suffix": self.tr("suffix"),
            "nickname": self.tr("nickname"),
            "department": self.tr("department"), "role": self.tr("role"),
            "city": self.tr("city"), "birthday": self.tr("birthday"),
            "notes": self.tr("notes"), "emails": self.tr("e-mail addresses"),
            "phones": self.tr("phone numbers"), "urls": self.tr("web addresses"),
            "tags": self.tr("tags"), "topics": self.tr("topics"),
            "salutation": self.tr("salutation"), "title_prefix": self.tr("title"),
            "name_prefix": self.tr("salutation and title as on the card"),
        }  # fmt: skip
        return labels.get(name, name)

    @staticmethod
    def _value(field: str, value: object) -> str:
        """A conflict's value as the editor says it: "Ms"/"Frau" and "Neutral (whole
        name)" for the salutation's stored "Frau" and sync's "neutral"."""
        if field == "salutation" and isinstance(value, str) and value:
            return texts.salutation_label(value)
        return _shown(value)

    def _enable(self, *_args: object) -> None:
        has_conflict = bool(self.conflicts.selectedItems())
        self.keep.setEnabled(has_conflict)
        self.take.setEnabled(has_conflict)
        self.assign.setEnabled(
            self.inbox.currentItem() is not None and self.person.person_id is not None
        )

    def _decide(self, action: object) -> None:
        chosen = self.conflicts.selectedItems()
        if not chosen:
            return
        row = min(self.conflicts.row(item) for item in chosen)
        for item in chosen:  # (each one transaction, as one decision is)
            action(self._journal, int(item.data(Qt.ItemDataRole.UserRole)))  # type: ignore[operator]
        self.refresh()
        if self.conflicts.count():
            # The next one is ready to decide: no click back into the list for each.
            self.conflicts.setCurrentRow(min(row, self.conflicts.count() - 1))

    def _assign(self) -> None:
        item = self.inbox.currentItem()
        person = self.person.person_id
        if item is None or person is None:
            return
        state.assign_inbox(self._journal, str(item.data(Qt.ItemDataRole.UserRole)), [person])
        self.person.set_person(None)
        self.refresh()
