"""Resolving what a sync kept for the user: conflicts and the Inbox (real journal, no server)."""

from __future__ import annotations

from conftest import person

from netzjournal import store
from netzjournal.store import sync_state as state
from netzjournal.sync.resolve import contact_label, keep_journal_value, take_server_value


def test_take_the_servers_value_or_keep_the_journals(journal):
    anna = store.create_contact(journal, person("Anna", "Meier", role="CEO", city="Bonn")).value
    state.add_conflicts(journal, "contact", anna.uid, [("role", "CEO", "Vorständin")])
    state.add_conflicts(journal, "contact", anna.uid, [("city", "Bonn", "Berlin")])
    role, city = state.open_conflicts(journal)
    assert contact_label(journal, role) == "Anna Meier"
    take_server_value(journal, role.id)
    keep_journal_value(journal, city.id)
    kept = store.get_contact(journal, anna.id)
    assert (kept.role, kept.city) == ("Vorständin", "Bonn")
    assert state.open_conflicts(journal) == []


def test_an_inbox_entry_becomes_a_note_with_the_person_chosen(journal):
    anna = store.create_contact(journal, person("Anna", "Meier")).value
    state.put_inbox(
        journal,
        state.InboxEntry("e-1", "note", "Messe", "Notiz", "2026-11-21T09:30",
                         {"resolved": [], "unresolved": ["anna@other.example"]}),
    )  # fmt: skip
    note = state.assign_inbox(journal, "e-1", [anna.id])
    assert (note.uid, note.participants, note.title) == ("e-1", [anna.id], "Messe")
    assert state.inbox_entries(journal) == []
