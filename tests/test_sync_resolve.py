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
    shown = lambda w: w.isVisibleTo(dialog)  # noqa: E731
    assert shown(dialog.conflicts_part) and shown(dialog.inbox_part)
    assert not shown(dialog.empty)
    assert dialog.conflicts.count() == 1 and "Vorständin" in dialog.conflicts.item(0).text()
    assert not dialog.take.isEnabled()  # nothing chosen, nothing done
    dialog.conflicts.setCurrentRow(0)
    qtbot.mouseClick(dialog.take, Qt.MouseButton.LeftButton)
    assert get_contact(journal, anna.id).role == "Vorständin"
    assert dialog.conflicts.count() == 0
    # The decided part goes; no empty box stays behind.
    assert not shown(dialog.conflicts_part) and shown(dialog.inbox_part)

    assert "anna@other.example" in dialog.inbox.item(0).text()
    dialog.inbox.setCurrentRow(0)
    assert not dialog.assign.isEnabled()  # nobody picked yet: never guessed
    dialog.person.set_person(anna.id)
    qtbot.mouseClick(dialog.assign, Qt.MouseButton.LeftButton)
    assert dialog.inbox.count() == 0
    assert state.notes_by_uid(journal, ["e-1"])["e-1"].participants == [anna.id]
    assert not shown(dialog.inbox_part) and shown(dialog.empty)


def test_with_nothing_to_review_one_sentence_says_so(qtbot, journal):
    """No two empty boxes: one sentence in the interface language, and a small dialog."""
    from PySide6.QtWidgets import QApplication, QListWidget

    from netzjournal.ui.i18n import install_translators
    from netzjournal.ui.sync_review import SyncReviewDialog

    for language, words in (("en", "Nothing needs a decision"), ("de", "Nichts zu entscheiden")):
        installed = install_translators(QApplication.instance(), language)
        try:
            dialog = SyncReviewDialog(journal)
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.empty.isVisible() and dialog.empty.text().startswith(words)
            assert not any(w.isVisible() for w in dialog.findChildren(QListWidget))
            assert dialog.height() < 4 * dialog.fontMetrics().lineSpacing() + 120
        finally:
            for t in installed:
                QApplication.instance().removeTranslator(t)


def test_many_conflicts_are_decided_together_and_namesakes_read_apart(qtbot, journal):
    """A first sync may leave dozens of conflicts: one was decided per click, the list
    lost its place after each, and two Anna Schmidts' conflicts read alike."""
    from PySide6.QtCore import Qt

    from netzjournal.store.records import Channel
    from netzjournal.ui.sync_review import SyncReviewDialog

    ulm = create_contact(journal, person("Anna", "Schmidt", city="Ulm")).value
    bonn = create_contact(journal, person("Anna", "Schmidt", city="Bonn")).value
    others = [
        create_contact(
            journal, person("Bea", f"Kurz{n}", channels=[Channel("email", f"b{n}@x.example")])
        ).value
        for n in range(3)
    ]
    for who in (ulm, bonn):
        state.add_conflicts(journal, "contact", who.uid, [("role", "", "Leitung")])
    for n, who in enumerate(others):
        state.add_conflicts(
            journal, "contact", who.uid,
            [("emails", [[f"b{n}@x.example", ""]], [[f"B{n}@X.example", "work"]])],
        )  # fmt: skip
    dialog = SyncReviewDialog(journal)
    qtbot.addWidget(dialog)
    texts = sorted(dialog.conflicts.item(i).text() for i in range(dialog.conflicts.count()))
    assert any(t.startswith("Anna Schmidt · Ulm") for t in texts), texts
    assert any(t.startswith("Anna Schmidt · Bonn") for t in texts), texts
    assert any("“B0@X.example (work)”" in t for t in texts), texts  # the label as read

    rows = [i for i in range(dialog.conflicts.count()) if "Kurz" in dialog.conflicts.item(i).text()]
    for i in rows:
        dialog.conflicts.item(i).setSelected(True)
    qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton)
    assert dialog.conflicts.count() == 2 and len(state.open_conflicts(journal)) == 2
    assert dialog.conflicts.currentItem() is not None and dialog.take.isEnabled()
    qtbot.mouseClick(dialog.take, Qt.MouseButton.LeftButton)
    assert dialog.conflicts.count() == 1 and dialog.take.isEnabled()
