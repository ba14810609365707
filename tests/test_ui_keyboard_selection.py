"""The keyboard walk (a consultant with 5,000 contacts, no mouse): after archiving or
deleting the selected person, nothing was selected and the page beside the list went
blank ("Select a contact…"); the keyboard had to find its place again. Now the person
who took the row is selected, as in a mail program; a filter that hides the selected
person still selects nobody (typing must not pick someone)."""

from __future__ import annotations

from conftest import person
from PySide6.QtWidgets import QMessageBox
from uihelpers import answer, when_modal

from netzjournal.store.contacts import create_contact


def _people(w, names: list[str]) -> dict[str, int]:
    ids = {n: create_contact(w.journal, person(n, "Brandt")).value.id for n in names}
    w.contacts.reload()
    return ids


def test_archiving_the_selected_person_selects_the_next(make_window, qtbot):
    w = make_window()
    ids = _people(w, ["Anna", "Bernd", "Cem", "Dora"])
    w.contacts.select(ids["Bernd"])
    w.actions_.archive_contact.trigger()
    w.contacts.refresher.flush()
    assert w.contacts.selected_ids() == [ids["Cem"]]  # Bernd's row, now Cem's
    assert w.contacts.detail.contact_id == ids["Cem"]
    assert w.contacts.table.currentIndex().row() == 1
    w.undo_stack.undo()  # Bernd back: the selection stays where the keyboard is
    w.contacts.refresher.flush()
    assert w.contacts.selected_ids() == [ids["Cem"]]


def test_deleting_the_last_person_selects_the_one_before(make_window, qtbot):
    w = make_window()
    ids = _people(w, ["Anna", "Bernd", "Cem"])
    w.contacts.select(ids["Cem"])
    when_modal(answer(QMessageBox.StandardButton.Yes))
    w.contacts.delete_selected()
    w.contacts.refresher.flush()
    assert w.contacts.selected_ids() == [ids["Bernd"]]


def test_a_filter_that_hides_the_selected_person_selects_nobody(make_window, qtbot):
    w = make_window()
    ids = _people(w, ["Anna", "Bernd", "Cem"])
    w.contacts.select(ids["Bernd"])
    w.contacts.filter.setText("Cem")
    w.contacts.refresher.flush()
    assert w.contacts.selected_ids() == []
