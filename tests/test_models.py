"""Every item model passes pytest-qt's qtmodeltester, filled with real data."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from uihelpers import TODAY

from netzjournal.demo.generator import DemoSpec, generate_into
from netzjournal.store.backups import create_backup, list_backups
from netzjournal.store.collation import sort_key
from netzjournal.store.fulltext import matching_contact_ids, search
from netzjournal.store.listings import NoteFilter, contact_rows
from netzjournal.ui.backups_dialog import BackupsModel
from netzjournal.ui.contacts.model import ContactsTableModel
from netzjournal.ui.notes.model import NotesListModel
from netzjournal.ui.search import SearchResultsModel
from netzjournal.ui.timeline.model import TimelineModel


@pytest.fixture
def demo(journal):
    generate_into(journal, DemoSpec(60, 3, seed=4, today=TODAY))
    return journal


def test_contacts_model_filters_and_sorts(qtmodeltester, demo):
    model = ContactsTableModel(lambda: TODAY)
    model.set_all(contact_rows(demo))
    qtmodeltester.check(model)
    everyone = model.rowCount()
    model.sort(ContactsTableModel.LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    lasts = [model.contact_at(r).last_contact or dt.datetime.min for r in range(everyone)]
    assert lasts == sorted(lasts, reverse=True)
    model.set_visible(matching_contact_ids(demo, "Kaffee"))
    assert 0 < model.rowCount() < everyone
    rows = contact_rows(demo)
    model.set_visible(None)
    model.apply(rows[:2], [rows[5].id])
    assert model.rowCount() == everyone - 1
    model.sort(ContactsTableModel.NAME)
    names = [model.contact_at(r).family_name for r in range(model.rowCount())]
    assert names == sorted(names, key=sort_key)  # locale-aware: Bäcker before Becker


def test_notes_model(qtmodeltester, demo):
    model = NotesListModel(demo)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() > 0
    filtered = NotesListModel(demo)  # one tester per model: two would disturb each other
    filtered.set_filter(NoteFilter(open_follow_ups=True))
    qtmodeltester.check(filtered)
    assert all(filtered.note_at(r).open_follow_ups for r in range(filtered.rowCount()))


def test_timeline_model(qtmodeltester, demo):
    model = TimelineModel(demo, lambda: TODAY)
    model.reload()
    qtmodeltester.check(model)
    assert model.loaded_entries() > 0
    last_year = TimelineModel(demo, lambda: TODAY)
    last_year.start_at_year(TODAY.year - 1)
    qtmodeltester.check(last_year)
    assert last_year.index(0, 0).data() == str(TODAY.year - 1)


def test_search_results_model(qtmodeltester, demo):
    model = SearchResultsModel()
    model.set_hits(search(demo, "Kaf", kind="contact"), search(demo, "Kaf", kind="interaction"))
    qtmodeltester.check(model)
    model.set_hits([], [])
    qtmodeltester.check(model)


def test_backups_model(qtmodeltester, demo, tmp_path):
    create_backup(demo, tmp_path)
    model = BackupsModel()
    model.set_backups(list_backups(tmp_path))
    qtmodeltester.check(model)
