"""Contacts → Merge…: the question names both people, and the one kept is chosen by id."""

from __future__ import annotations

from conftest import person
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QInputDialog
from uihelpers import when_modal

from netzjournal.store.contacts import contact_count, create_contact, get_contact
from netzjournal.store.journal import Journal


def test_merge_names_both_and_keeps_the_chosen_namesake(make_window, where, qtbot):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    a = create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht")).value
    b = create_contact(journal, person("Anna", "Schmidt", city="Leipzig")).value
    w = make_window(journal)
    pane = w.contacts
    table, model = pane.table, pane.model
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for contact_id in (a.id, b.id):
        table.selectionModel().select(model.index(model.row_for(contact_id), 0), flags)
    assert sorted(pane.selected_ids()) == sorted([a.id, b.id])
    asked: list[str] = []

    def answer(dialog: QInputDialog) -> None:
        asked.append(dialog.labelText())
        dialog.setTextValue(next(t for t in dialog.comboBoxItems() if "Leipzig" in t))
        dialog.accept()

    when_modal(answer)
    pane.merge_selected()
    qtbot.waitUntil(lambda: bool(asked))
    assert "Anna Schmidt · Nordlicht" in asked[0] and "Anna Schmidt · Leipzig" in asked[0]
    assert contact_count(journal) == 1
    assert get_contact(journal, b.id).city == "Leipzig"  # the Leipzig one kept, by id
