"""Naming the people of a meeting: completion, and creating new contacts inline."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QMessageBox, QWidget

from netzjournal import store

SEPARATOR = ", "


class ParticipantsEdit(QLineEdit):
    """A line of names separated by commas; completion works on the last name."""

    def __init__(self, journal: store.Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setWidget(self)
        completer.activated.connect(self._insert)
        self._completer = completer
        self.textEdited.connect(self._complete)
        self._pairs: list[tuple[int, str]] | None = None  # loaded on first need

    def refresh_names(self) -> None:
        """Forget the loaded names; they are read again when next needed."""
        self._pairs = None

    def _loaded(self) -> list[tuple[int, str]]:
        if self._pairs is None:
            self._pairs = store.contact_names(self._journal)
            self._names.setStringList([n for _, n in self._pairs])
        return self._pairs

    def completer_popup_visible(self) -> bool:
        return self._completer.popup().isVisible()

    def _current_token(self) -> str:
        return self.text().split(",")[-1].strip()

    def _complete(self) -> None:
        token = self._current_token()
        self._loaded()
        if len(token) < 1:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(token)
        self._completer.complete()

    def _insert(self, name: str) -> None:
        parts = [p.strip() for p in self.text().split(",")[:-1] if p.strip()]
        self.setText(SEPARATOR.join([*parts, name]) + SEPARATOR)

    def names(self) -> list[str]:
        return [p.strip() for p in self.text().split(",") if p.strip()]

    def set_ids(self, ids: list[int]) -> None:
        by_id = dict(self._loaded())
        missing = [i for i in ids if i not in by_id]
        for i in missing:  # archived people are not offered, but keep them shown
            try:
                by_id[i] = store.get_contact(self._journal, i).name
            except store.NotFound:
                continue
        self.setText(SEPARATOR.join(by_id[i] for i in ids if i in by_id))

    def resolve(self, parent: QWidget | None = None) -> list[int] | None:
        """Ids for the names typed; offers to create unknown people. None = cancelled."""
        lookup: dict[str, int] = {}
        for cid, name in self._loaded():
            lookup.setdefault(name.casefold(), cid)
        ids: list[int] = []
        for name in self.names():
            cid = lookup.get(name.casefold())
            if cid is None:
                answer = QMessageBox.question(
                    parent or self,
                    self.tr("New contact"),
                    self.tr("“%1” is not in your contacts yet. Create a contact?").replace(
                        "%1", name
                    ),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                cid = create_contact_from_name(self._journal, name)
                lookup[name.casefold()] = cid
            if cid not in ids:
                ids.append(cid)
        self.refresh_names()
        return ids


def create_contact_from_name(journal: store.Journal, name: str) -> int:
    """A minimal contact from "Given Family" (the last word is the family name)."""
    words = name.split()
    given, family = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", name)
    record = store.ContactRecord(given_name=given, family_name=family)
    created = store.create_contact(journal, record).value
    assert created.id is not None
    return created.id
