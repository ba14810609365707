"""Resolving what a sync kept for the user: conflicts and the Inbox (real journal, no server)."""

from __future__ import annotations

from conftest import person

from netzjournal.store import sync_state as state
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.sync.resolve import contact_label, keep_journal_value, take_server_value


def test_take_the_servers_value_or_keep_the_journals(journal):
    anna = create_contact(journal, person("Anna", "Meier", role="CEO", city="Bonn")).value
    state.add_conflicts(journal, "contact", anna.uid, [("role", "CEO", "Vorständin")])
    state.add_conflicts(journal, "contact", anna.uid, [("city", "Bonn", "Berlin")])
    role, city = state.open_conflicts(journal)
    assert contact_label(journal, role) == "Anna Meier"
    take_server_value(journal, role.id)
    keep_journal_value(journal, city.id)
    kept = get_contact(journal, anna.id)
    assert (kept.role, kept.city) == ("Vorständin", "Bonn")
    assert state.open_conflicts(journal) == []


def test_an_inbox_entry_becomes_a_note_with_the_person_chosen(journal):
    anna = create_contact(journal, person("Anna", "Meier")).value
    state.put_inbox(
        journal,
        state.InboxEntry("e-1", "note", "Messe", "Notiz", "2026-11-21T09:30",
                         {"resolved": [], "unresolved": ["anna@other.example"]}),
    )  # fmt: skip
    note = state.assign_inbox(journal, "e-1", [anna.id])
    assert (note.uid, note.participants, note.title) == ("e-1", [anna.id], "Messe")
    assert state.inbox_entries(journal) == []


def test_the_dialog_takes_a_value_and_assigns_an_entry(qtbot, journal):
    from PySide6.QtCore import Qt

    from netzjournal.ui.sync_review import SyncReviewDialog

    anna = create_contact(journal, person("Anna", "Meier", role="CEO")).value
    state.add_conflicts(journal, "contact", anna.uid, [("role", "CEO", "Vorständin")])
    state.put_inbox(
        journal,
        state.InboxEntry("e-1", "note", "Messe", "Notiz", "2026-11-21T09:30",
                         {"resolved": [], "unresolved": ["anna@other.example"]}),
    )  # fmt: skip
    dialog = SyncReviewDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.conflicts.count() == 1 and "Vorständin" in dialog.conflicts.item(0).text()
    assert not dialog.take.isEnabled()  # nothing chosen, nothing done
    dialog.conflicts.setCurrentRow(0)
    qtbot.mouseClick(dialog.take, Qt.MouseButton.LeftButton)
    assert get_contact(journal, anna.id).role == "Vorständin"
    assert dialog.conflicts.count() == 0

    assert "anna@other.example" in dialog.inbox.item(0).text()
    dialog.inbox.setCurrentRow(0)
    assert not dialog.assign.isEnabled()  # nobody picked yet: never guessed
    dialog.person.set_person(anna.id)
    qtbot.mouseClick(dialog.assign, Qt.MouseButton.LeftButton)
    assert dialog.inbox.count() == 0
    assert state.notes_by_uid(journal, ["e-1"])["e-1"].participants == [anna.id]
