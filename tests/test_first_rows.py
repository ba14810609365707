"""The start's contacts, read on a worker: the first screen, then every row."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TODAY, note, person
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from netzjournal import store
from netzjournal.store.collation import name_key
from netzjournal.store.contacts import create_contact, set_archived
from netzjournal.store.errors import StoreError
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.listings import (
    contact_rows,
    contact_rows_from_json,
    first_screen_rows,
    read_contact_rows_json,
    start_first_screen,
)
from netzjournal.ui import first_rows as first_rows_module
from netzjournal.ui.actions import Actions
from netzjournal.ui.contacts.pane import ContactsPane
from netzjournal.ui.events import AppEvents
from netzjournal.ui.first_rows import FirstRows


def fill(j: Journal) -> None:
    create_contact(j, person("Jürgen", "Weiß", tags=["Stammtisch", "barcamp", "Ärzte"]))
    create_contact(j, person("", "Öztürk", organisation="Çelik GmbH"))
    create_contact(j, person("", "", organisation="Nur Firma 🚀", city='Köln "Süd"'))
    create_contact(j, person("Lea", "", display_name="Dr. Lea \\ Tab\t", tags=["a\u00adb"]))
    gone = create_contact(j, person("Archiv", "Person")).value
    set_archived(j, [gone.id or 0], True)
    create_interaction(j, note(dt.datetime(2026, 5, 1, 9, 0), [1], title="Kaffee"))


def pane_for(qtbot, journal, first: FirstRows | None) -> ContactsPane:
    owner = QObject()
    pane = ContactsPane(journal, AppEvents(journal), Actions(owner), QUndoStack(), lambda: TODAY,
                        first_rows=first)  # fmt: skip
    pane._owner = owner  # keep the actions' parent alive
    qtbot.addWidget(pane)
    return pane


def test_worker_rows_equal_the_normal_read(journal):
    fill(journal)
    expected = contact_rows(journal, with_last_contact=False)
    assert len(expected) == 4  # the archived one is left out
    rows = contact_rows_from_json(read_contact_rows_json(journal.path))
    assert rows == expected
    first = first_screen_rows(start_first_screen(journal.connection(), 10))
    assert sorted(first, key=lambda r: r.id) == expected
    assert rows[0].tags == ("barcamp", "Stammtisch", "Ärzte")  # case-insensitive order
    assert [r.name for r in rows[1:]] == ["Öztürk", "Nur Firma 🚀", "Dr. Lea \\ Tab\t"]


def test_the_first_screen_is_the_start_of_the_tables_order(journal):
    names = [("Zoe", "adler"), ("Anna", "Zander"), ("Bea", "Berg"), ("Carl", "berg"),
             ("", ""), ("Dora", "Ängel"), ("Emil", "Achter"), ("Fritz", "Adler")]  # fmt: skip
    for given, family in names:
        create_contact(journal, person(given, family, organisation="Firma"))
    rows = contact_rows(journal, with_last_contact=False)
    order = sorted(rows, key=lambda r: name_key(r.family_name, r.name))
    first = first_screen_rows(start_first_screen(journal.connection(), 4))
    assert {r.id for r in first} == {r.id for r in order[:4]}
    assert [r.name for r in order[:4]] == ["Emil Achter", "Zoe adler", "Fritz Adler", "Dora Ängel"]


@pytest.fixture
def small_first_screen(monkeypatch):
    monkeypatch.setattr(first_rows_module, "FIRST_SCREEN", 2)
    monkeypatch.setattr("netzjournal.ui.contacts.pane.FIRST_SCREEN", 2)


def test_the_pane_shows_the_first_screen_then_every_row(qtbot, journal, small_first_screen):
    fill(journal)
    pane = pane_for(qtbot, journal, FirstRows(journal.path))
    assert pane.model.rowCount() == 2 and not pane.model.is_complete
    assert [pane.model.contact_at(i).name for i in range(2)] == ["Dr. Lea \\ Tab\t", "Nur Firma 🚀"]
    pane.show()  # the first paint brings in the rest, then the last contacts
    qtbot.waitUntil(lambda: pane.model.is_complete and pane.model.rowCount() == 4)
    qtbot.waitUntil(lambda: pane.model.cached(1).last_contact is not None)


def test_a_change_before_the_rest_arrives_is_not_lost(qtbot, journal, small_first_screen):
    fill(journal)
    pane = pane_for(qtbot, journal, FirstRows(journal.path))
    assert not pane.model.is_complete
    new = create_contact(journal, person("Neu", "Zuletzt")).value
    pane.refresher.flush()
    assert pane.model.is_complete
    assert {pane.model.contact_at(i).id for i in range(pane.model.rowCount())} == {
        1,
        2,
        3,
        4,
        new.id,
    }


def test_selecting_someone_not_on_the_first_screen_works(qtbot, journal, small_first_screen):
    fill(journal)
    pane = pane_for(qtbot, journal, FirstRows(journal.path))
    assert pane.model.row_for(1) is None  # Weiß is not among the first two
    assert pane.select(1) and pane.selected_ids() == [1]


def test_a_failed_worker_read_falls_back_to_the_journal(qtbot, journal, tmp_path):
    fill(journal)
    missing = FirstRows(tmp_path / "no-such.sqlite3")
    pane = pane_for(qtbot, journal, missing)
    assert pane.model.rowCount() == 4 and pane.model.is_complete


def test_when_the_worker_fails_after_the_first_screen_the_pane_reads_the_rest(
    qtbot, journal, small_first_screen, monkeypatch
):
    fill(journal)

    def broken(conn):
        raise StoreError("disk went away")  # a failure on the worker, injected

    monkeypatch.setattr(store, "read_last_contacts_json", broken)
    pane = pane_for(qtbot, journal, FirstRows(journal.path))
    assert pane.model.rowCount() == 2 and not pane.model.is_complete
    pane.show()
    qtbot.waitUntil(lambda: pane.model.is_complete and pane.model.rowCount() == 4)
    qtbot.waitUntil(lambda: pane.model.cached(1).last_contact is not None)
