"""The keyboard walk (a consultant with 5,000 contacts, no mouse): after archiving or
deleting the selected person, nothing was selected and the page beside the list went
blank ("Select a contact…"); the keyboard had to find its place again. Now the person
who took the row is selected, as in a mail program; a filter that hides the selected
person still selects nobody (typing must not pick someone)."""

from __future__ import annotations

from conftest import person
from PySide6.QtCore import QItemSelectionModel
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
    w.undo_stack.undo()  # Bernd back, and selected again (the German walk: he was not)
    w.contacts.refresher.flush()
    assert w.contacts.selected_ids() == [ids["Bernd"]]
    assert w.contacts.detail.contact_id == ids["Bernd"]
    # Moved on to someone else after the archive: the selection stays where the
    # keyboard is.
    w.actions_.archive_contact.trigger()
    w.contacts.refresher.flush()
    w.contacts.select(ids["Dora"])
    w.undo_stack.undo()
    w.contacts.refresher.flush()
    assert w.contacts.selected_ids() == [ids["Dora"]]


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


def test_a_filter_that_hides_the_selected_person_empties_the_page_beside_the_list(
    make_window, qtbot
):
    """The German walk: with Bärbel selected, typing "Andreas Bäcker Wien" left one row,
    not hers, but her page stayed beside it, and "Edit…" there did nothing (no one was
    selected). A filter that takes rows from all over the list resets the model, and a
    reset clears the selection without a signal. The page follows the selection."""
    w = make_window()
    pane = w.contacts
    # Anna and Cem by turns: "Cem" takes rows from 20 places, more than the model tells
    # as removals (MAX_RUNS), so the view is reset.
    ids = [
        create_contact(w.journal, person("Cem" if i % 2 else "Anna", f"Brandt{i:02}")).value.id
        for i in range(40)
    ]
    pane.reload()
    pane.select(ids[0])
    assert pane.detail.contact_id == ids[0]
    pane.filter.setText("Cem")
    pane.refresher.flush()
    assert pane.model.rowCount() == 20 and pane.selected_ids() == []
    assert pane.detail.contact_id is None
    assert "Brandt00" not in pane.detail.toPlainText()
    assert "Select a contact" in pane.detail.toPlainText()
    pane.filter.clear()
    pane.refresher.flush()
    several = ids[0:6:2]  # three Annas selected, then the filter hides them all
    for cid in several:
        pane.table.selectionModel().select(
            pane.model.index(pane.model.row_for(cid), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert pane.detail.selected_count == 3
    pane.filter.setText("Cem")
    pane.refresher.flush()
    assert pane.selected_ids() == [] and pane.detail.selected_count == 0
    assert "3 contacts selected" not in pane.detail.toPlainText()


def test_archiving_the_one_a_filter_found_says_an_archived_contact_matches(make_window, qtbot):
    """The English walk: with "Bernd" typed, archiving him left an empty list that said
    nothing, and undo brought his row back unselected. Now the empty list says that an
    archived contact matches, its link shows the archived, and undo selects him again."""
    w = make_window()
    ids = _people(w, ["Anna", "Bernd", "Cem"])
    pane = w.contacts
    pane.filter.setText("Bernd")
    pane.refresher.flush()
    pane.select(ids["Bernd"])
    assert pane.archived_hint is None  # a list with rows needs no hint
    w.actions_.archive_contact.trigger()
    pane.refresher.flush()
    hint = pane.archived_hint
    assert pane.model.rowCount() == 0
    assert hint.isVisible() and hint.count == 1
    assert "1 archived contact matches" in hint.text()
    w.undo_stack.undo()
    pane.refresher.flush()
    assert hint.isHidden()
    assert pane.selected_ids() == [ids["Bernd"]]
    assert pane.detail.contact_id == ids["Bernd"]
    w.undo_stack.redo()  # archived again: the link shows him, archived
    pane.refresher.flush()
    assert hint.isVisible()
    hint.linkActivated.emit("archived")
    pane.refresher.flush()
    assert pane.archived.isChecked() and pane.model.rowCount() == 1 and hint.isHidden()
    pane.filter.setText("Nobody")  # nothing at all matches: no hint
    pane.refresher.flush()
    pane.archived.setChecked(False)
    assert pane.model.rowCount() == 0 and hint.isHidden()
