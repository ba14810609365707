"""Drafts that outlive what they were for: a quick note's draft left after its note
was saved (a drafts folder gone read-only, a kill between the save and the draft's
removal) is recognised as saved and never offered (nor saved) again.

Real journals in tmp_path, real widgets offscreen, real draft files; the draft left
behind is the file as it was on disk just before the save, put back after it.
"""

from __future__ import annotations

import datetime as dt

from conftest import person
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from netzjournal.drafts import DraftStore
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import interaction_count
from netzjournal.store.journal import Journal

NOW = dt.datetime(2026, 11, 30, 9, 30)


def _questions_answered(
    seen: list[str], answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
) -> QTimer:
    """Every message box's text noted and answered (Yes: Continue, Restore)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            box.button(answer).click()

    timer = QTimer(interval=50)
    timer.timeout.connect(poll)
    timer.start()
    return timer


def _saved_with_its_draft_left(journal: Journal, drafts: DraftStore) -> bytes:
    """A quick note typed, its draft written, saved; the draft file put back as it was
    (what a read-only drafts folder or a kill right after the save leaves)."""
    from netzjournal.ui.quick_note import QuickNoteDialog

    anna = create_contact(journal, person("Anna", "Roth")).value.id or 0
    d = QuickNoteDialog(journal, drafts, now=lambda: NOW)
    d.reset()
    d.show()
    d.who.set_ids([anna])
    d.body.setPlainText("Messe, Halle 15")
    assert d.save_draft()
    left = drafts.current.read_bytes()
    d.save()
    assert not d.isVisible() and interaction_count(journal) == 1
    drafts.current.write_bytes(left)
    d.deleteLater()
    return left


def test_a_quick_note_draft_left_after_its_save_is_not_offered_again(where, make_window, qtbot):
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        _saved_with_its_draft_left(j, DraftStore(where.drafts))
    seen: list[str] = []
    _timer = _questions_answered(seen)
    window = make_window()
    window.offer_quick_note_draft()
    window.open_quick_note()  # the next quick note starts empty, without a question
    dialog = window.quick_note_dialog()
    qtbot.wait(200)
    assert seen == []
    assert dialog.isVisible() and dialog.body.toPlainText() == ""
    assert interaction_count(window.journal) == 1
    assert not DraftStore(where.drafts).exists()  # recognised, and removed where it can be
    dialog.reject()


def test_a_quick_note_draft_of_a_saved_note_cannot_save_it_twice(journal, tmp_path, qtbot):
    """The quick note opened straight (its shortcut, ``--quick-note``) recognises
    the draft too: it opens empty, and no second note is saved."""
    from netzjournal.ui.quick_note import QuickNoteDialog

    drafts = DraftStore(tmp_path / "drafts")
    left = _saved_with_its_draft_left(journal, drafts)
    d = QuickNoteDialog(journal, drafts, now=lambda: NOW)
    qtbot.addWidget(d)
    assert d.waiting_draft() is None
    drafts.current.write_bytes(left)
    d.reset()
    d.save()  # (Ctrl+Enter: nothing to save)
    assert d.body.toPlainText() == ""  # nothing offered, nothing loaded
    assert interaction_count(journal) == 1


def _as_the_editor_writes_it(journal: Journal, kind: str, record_id: int) -> dict[str, object]:
    """The draft an editor leaves of this record as it is stored now (its edits saved)."""
    from netzjournal.store.contacts import get_contact
    from netzjournal.ui.contacts.editor import ContactEditor
    from netzjournal.ui.notes.editor import NoteEditor

    if kind == "contact":
        contact = ContactEditor(journal, get_contact(journal, record_id))
        return {"id": record_id, "fields": contact.draft_fields()}
    editor = NoteEditor(journal)
    editor.show_note(record_id)
    return editor.draft_fields()


def test_contact_and_note_drafts_of_saved_edits_are_not_offered(where, make_window, qtbot):
    """The editors' drafts of edits that were saved (the record holds them) are passed
    over; a draft that differs from its record is still offered."""
    from conftest import note

    from netzjournal.store.interactions import create_interaction

    with Journal.open(where.journal, backup_dir=where.backups) as j:
        anna = create_contact(j, person("Anna", "Roth", organisation="Neue Firma")).value.id
        ben = create_contact(j, person("Ben", "Roth")).value.id
        met = create_interaction(j, note(NOW, [anna or 0], title="Messe")).value.id
        assert anna and ben and met
        saved = {"contact": anna, "note": met}
        for kind, record_id in saved.items():
            DraftStore.of_record(where.drafts, kind, record_id).save(
                _as_the_editor_writes_it(j, kind, record_id)
            )
        unsaved = _as_the_editor_writes_it(j, "contact", ben)
        unsaved["fields"]["organisation"] = "Andere Firma"  # type: ignore[index]
        DraftStore.of_record(where.drafts, "contact", ben).save(unsaved)
    seen: list[str] = []
    _timer = _questions_answered(seen, QMessageBox.StandardButton.Cancel)  # "Later"
    window = make_window()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30_000)
    qtbot.wait(300)
    assert len(seen) == 1 and "Ben Roth" in seen[0]
    for kind, record_id in saved.items():
        assert not DraftStore.of_record(where.drafts, kind, record_id).exists()
    assert DraftStore.of_record(where.drafts, "contact", ben).exists()
    assert window.isVisible()
