"""The start's contacts, read on a worker: the same rows as the normal read."""

from __future__ import annotations

import datetime as dt

from conftest import TODAY, note, person
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from netzjournal import store
from netzjournal.ui.actions import Actions
from netzjournal.ui.contacts.pane import ContactsPane
from netzjournal.ui.events import AppEvents
from netzjournal.ui.first_rows import FirstRows


def fill(j: store.Journal) -> None:
    store.create_contact(j, person("Jürgen", "Weiß", tags=["Stammtisch", "barcamp", "Ärzte"]))
    store.create_contact(j, person("", "Öztürk", organisation="Çelik GmbH"))
    store.create_contact(j, person("", "", organisation="Nur Firma 🚀", city='Köln "Süd"'))
    store.create_contact(j, person("Lea", "", display_name="Dr. Lea \\ Tab\t", tags=["a\u00adb"]))
    gone = store.create_contact(j, person("Archiv", "Person")).value
    store.set_archived(j, [gone.id or 0], True)
    store.create_interaction(j, note(dt.datetime(2026, 5, 1, 9, 0), [1], title="Kaffee"))


def test_worker_rows_equal_the_normal_read(journal):
    fill(journal)
    expected = store.contact_rows(journal, with_last_contact=False)
    assert len(expected) == 4  # the archived one is left out
    rows = store.contact_rows_from_json(store.read_contact_rows_json(journal.path))
    assert rows == expected
    assert rows[0].tags == ("barcamp", "Stammtisch", "Ärzte")  # case-insensitive order
    assert [r.name for r in rows[1:]] == ["Öztürk", "Nur Firma 🚀", "Dr. Lea \\ Tab\t"]


def test_the_pane_shows_the_worker_rows_then_adds_last_contacts(qtbot, journal):
    fill(journal)
    first = FirstRows(journal.path)
    taken: list[int] = []

    def take() -> list[store.ContactRow] | None:
        rows = first.take()
        taken.append(len(rows or []))
        return rows

    owner = QObject()
    pane = ContactsPane(journal, AppEvents(journal), Actions(owner), QUndoStack(), lambda: TODAY,
                        first_rows=take)  # fmt: skip
    qtbot.addWidget(pane)
    assert taken == [4] and pane.model.rowCount() == 4
    pane.show()
    qtbot.waitUntil(lambda: pane.model.cached(1).last_contact is not None)
    pane.archived.setChecked(True)  # a later reload reads through the journal again
    assert taken == [4] and pane.model.rowCount() == 5


def test_a_failed_worker_read_falls_back_to_the_journal(qtbot, journal, tmp_path):
    fill(journal)
    missing = FirstRows(tmp_path / "no-such.sqlite3")
    assert missing.take() is None
    owner = QObject()
    pane = ContactsPane(journal, AppEvents(journal), Actions(owner), QUndoStack(), lambda: TODAY,
                        first_rows=missing.take)  # fmt: skip
    qtbot.addWidget(pane)
    assert pane.model.rowCount() == 4
