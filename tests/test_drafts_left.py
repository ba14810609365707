"""Drafts that outlive what they were for: a quick note's draft left after its note
was saved (a drafts folder gone read-only, a kill between the save and the draft's
removal) is recognised as saved and never offered (nor saved) again.

Real journals in tmp_path, real widgets offscreen, real draft files; the draft left
behind is the file as it was on disk just before the save, put back after it.
"""

from __future__ import annotations

import datetime as dt

from conftest import person
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

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


def _key(widget, ch: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.sendKeyEvent(
        QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
    )


def _blocked(tmp_path) -> tuple[object, object]:
    """A drafts folder that cannot be made (a file is in its way: every write fails,
    as in a read-only folder, for root too), and how to unblock it."""
    from pathlib import Path

    blocker = Path(tmp_path) / "in-the-way"
    blocker.write_text("")

    def unblock() -> None:
        blocker.unlink()
        blocker.mkdir()

    return blocker / "drafts", unblock


def test_the_contact_editor_says_once_that_its_draft_cannot_be_written(journal, tmp_path, qtbot):
    from netzjournal.store.contacts import get_contact
    from netzjournal.ui.contacts.editor import ContactEditor

    anna = create_contact(journal, person("Anna", "Roth")).value.id or 0
    folder, unblock = _blocked(tmp_path)
    draft = DraftStore.of_record(folder, "contact", anna)  # type: ignore[arg-type]
    editor = ContactEditor(journal, get_contact(journal, anna), draft=draft)
    qtbot.addWidget(editor)
    editor.show()
    editor.organisation.setFocus()
    for ch in "Festo":
        _key(editor.organisation, ch)
    qtbot.waitUntil(editor.draft_status.isVisible, timeout=30_000)
    said = editor.draft_status.text()
    assert "draft cannot be saved" in said and "Your changes stay here" in said
    assert editor.isVisible() and editor.organisation.text() == "Festo"
    for ch in " AG":  # typing goes on: the one line, no box
        _key(editor.organisation, ch)
    qtbot.wait(1500)
    assert QApplication.activeModalWidget() is None
    assert editor.organisation.text() == "Festo AG" and editor.draft_status.text() == said
    unblock()
    _key(editor.organisation, "!")
    qtbot.waitUntil(lambda: not editor.draft_status.isVisible(), timeout=30_000)
    assert draft.load() is not None
    editor.forget_draft()
    editor.done(0)


def test_the_note_editor_says_that_its_draft_cannot_be_written(journal, tmp_path, qtbot):
    from conftest import note

    from netzjournal.store.interactions import create_interaction
    from netzjournal.ui.notes.editor import NoteEditor

    anna = create_contact(journal, person("Anna", "Roth")).value.id or 0
    met = create_interaction(journal, note(NOW, [anna], title="Messe")).value.id
    folder, _ = _blocked(tmp_path)
    editor = NoteEditor(journal)
    qtbot.addWidget(editor)
    editor.drafts_dir = folder  # type: ignore[assignment]
    editor.show_note(met)
    editor.show()
    editor.body.setFocus()
    for ch in "Halle 15":
        _key(editor.body, ch)
    qtbot.waitUntil(editor.draft_status.isVisible, timeout=30_000)
    assert "draft cannot be saved" in editor.draft_status.text()
    assert editor.body.toPlainText().endswith("Halle 15")
    editor.forget_draft()  # saved or discarded: the line goes with the edits
    assert not editor.draft_status.isVisible()


def test_a_merged_away_contacts_draft_is_offered_on_the_contact_that_stayed(
    make_window, where, qtbot
):
    """Anna Roth (Leipzig) had unsaved changes (a phone, a new role) when she was
    merged into Anna Roth (Festo): they are offered on the Festo one, by id, over what
    that one holds (its name and e-mail stay, the phone is added)."""
    from uihelpers import when_modal

    from netzjournal.store.contacts import get_contact
    from netzjournal.store.records import Channel
    from netzjournal.ui.contacts.merge import MergeDialog

    journal = Journal.open(where.journal, backup_dir=where.backups)
    festo = create_contact(
        journal,
        person("Anna", "Roth", organisation="Festo",
               channels=[Channel("email", "anna@festo.example", "work")]),
    ).value  # fmt: skip
    leipzig = create_contact(journal, person("Anna", "Roth", city="Leipzig")).value
    assert festo.id and leipzig.id
    typed = _as_the_editor_writes_it(journal, "contact", leipzig.id)
    fields = typed["fields"]
    assert isinstance(fields, dict)
    fields["role"] = "Einkauf"
    fields["channels"]["phone"] = [["mobile", "+49 151 2345678"]]
    DraftStore.of_record(where.drafts, "contact", leipzig.id).save(typed)
    seen: list[str] = []
    _timer = _questions_answered(seen, QMessageBox.StandardButton.Cancel)  # "Later"
    window = make_window(journal)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30_000)  # Leipzig's, at the start
    pane = window.contacts
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for contact_id in (festo.id, leipzig.id):  # as a click with Ctrl would
        pane.table.selectionModel().select(
            pane.model.index(pane.model.row_for(contact_id), 0), flags
        )
    assert sorted(pane.selected_ids()) == sorted([festo.id, leipzig.id])

    def keep_festo(dialog: MergeDialog) -> None:
        dialog.choose(next(t for t in dialog.labels if "Festo" in t))
        dialog.merge_button.click()

    when_modal(keep_festo, lambda d: isinstance(d, MergeDialog))
    pane.merge_selected()
    qtbot.waitUntil(lambda: not DraftStore.of_record(where.drafts, "contact", leipzig.id).exists())
    carried = DraftStore.of_record(where.drafts, "contact", festo.id).load()
    assert carried is not None and carried["id"] == festo.id
    kept = carried["fields"]
    assert isinstance(kept, dict)
    assert kept["role"] == "Einkauf" and kept["organisation"] == "Festo"
    assert kept["city"] == "Leipzig"  # (filled from the one merged away)
    assert kept["channels"]["email"] == [["work", "anna@festo.example"]]
    assert kept["channels"]["phone"] == [["mobile", "+49 151 2345678"]]
    assert get_contact(journal, festo.id).role == ""  # offered, not saved


def _anna_twice_with_a_draft(where) -> tuple[Journal, int, int]:
    """Anna Roth (Festo) and Anna Roth (Leipzig); Leipzig's editor left a draft (a role
    and a note typed)."""
    journal = Journal.open(where.journal, backup_dir=where.backups)
    festo = create_contact(journal, person("Anna", "Roth", organisation="Festo")).value.id
    leipzig = create_contact(journal, person("Anna", "Roth", city="Leipzig")).value.id
    assert festo and leipzig
    typed = _as_the_editor_writes_it(journal, "contact", leipzig)
    fields = typed["fields"]
    assert isinstance(fields, dict)
    fields["role"] = "Einkauf"
    fields["notes"] = "Sucht ab März eine Beraterin für Lieferketten"
    DraftStore.of_record(where.drafts, "contact", leipzig).save(typed)
    return journal, festo, leipzig


def _merge_keeping_festo(window, festo: int, leipzig: int) -> None:
    from uihelpers import when_modal

    from netzjournal.ui.contacts.merge import MergeDialog

    pane = window.contacts
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for contact_id in (festo, leipzig):
        pane.table.selectionModel().select(
            pane.model.index(pane.model.row_for(contact_id), 0), flags
        )

    def keep_festo(dialog: MergeDialog) -> None:
        dialog.choose(next(t for t in dialog.labels if "Festo" in t))
        dialog.merge_button.click()

    when_modal(keep_festo, lambda d: isinstance(d, MergeDialog))
    pane.merge_selected()


def test_an_undone_merge_gives_the_draft_back_to_the_contact_merged_away(make_window, where, qtbot):
    """Merged: Leipzig's draft is carried to Festo. Undone: Leipzig is back and so is
    her draft, as it was; Festo has no draft again (it had none)."""
    journal, festo, leipzig = _anna_twice_with_a_draft(where)
    before = DraftStore.of_record(where.drafts, "contact", leipzig).load()
    seen: list[str] = []
    _timer = _questions_answered(seen, QMessageBox.StandardButton.Cancel)  # "Later"
    window = make_window(journal)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30_000)
    _merge_keeping_festo(window, festo, leipzig)
    qtbot.waitUntil(lambda: DraftStore.of_record(where.drafts, "contact", festo).exists())
    assert not DraftStore.of_record(where.drafts, "contact", leipzig).exists()
    window.contacts.undo_stack.undo()
    qtbot.waitUntil(lambda: DraftStore.of_record(where.drafts, "contact", leipzig).exists())
    assert DraftStore.of_record(where.drafts, "contact", leipzig).load() == before
    assert not DraftStore.of_record(where.drafts, "contact", festo).exists()


def test_a_redone_merge_carries_the_draft_over_again(make_window, where, qtbot):
    """Merged, undone (Leipzig has her draft back), redone: the draft goes to Festo
    again, not left on a contact that is gone (the next start showed it as text)."""
    journal, festo, leipzig = _anna_twice_with_a_draft(where)
    seen: list[str] = []
    _timer = _questions_answered(seen, QMessageBox.StandardButton.Cancel)  # "Later"
    window = make_window(journal)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30_000)
    _merge_keeping_festo(window, festo, leipzig)
    kept = DraftStore.of_record(where.drafts, "contact", festo)
    left = DraftStore.of_record(where.drafts, "contact", leipzig)
    qtbot.waitUntil(kept.exists)
    carried = kept.load()
    window.contacts.undo_stack.undo()
    qtbot.waitUntil(left.exists)
    assert not kept.exists()
    window.contacts.undo_stack.redo()
    qtbot.waitUntil(lambda: window.contacts.model.row_for(leipzig) is None)
    assert not left.exists()
    assert kept.load() == carried
    fields = carried["fields"] if carried else {}
    assert isinstance(fields, dict) and fields["role"] == "Einkauf"


def test_a_gone_contact_s_id_leads_to_the_contact_it_was_merged_into(make_window, where, qtbot):
    """A card, a search hit or a link drawn before the merge names Leipzig's id: it
    opens Festo, into whom she was merged (the merge's record, migration 0055); an
    undone merge ends the record, and Leipzig is herself again."""
    from netzjournal.store.merges import merged_into

    journal, festo, leipzig = _anna_twice_with_a_draft(where)
    seen: list[str] = []
    _timer = _questions_answered(seen, QMessageBox.StandardButton.Cancel)  # "Later"
    window = make_window(journal)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30_000)
    _merge_keeping_festo(window, festo, leipzig)
    qtbot.waitUntil(lambda: window.contacts.model.row_for(leipzig) is None)
    assert merged_into(journal, leipzig) == festo
    window.contacts.table.selectionModel().clearSelection()
    window.open_contact(leipzig)
    assert window.contacts.selected_ids() == [festo]
    window.contacts.undo_stack.undo()
    qtbot.waitUntil(lambda: window.contacts.model.row_for(leipzig) is not None)
    assert merged_into(journal, leipzig) is None
    window.open_contact(leipzig)
    assert window.contacts.selected_ids() == [leipzig]


def test_a_draft_not_carried_over_at_the_merge_is_carried_over_at_the_next_start(
    make_window, where, qtbot
):
    """The carry-over fails (here: Festo's draft place is taken, as a full disk or a
    read-only folder refuses it): Leipzig's draft stays, and the merge's record keeps
    Leipzig as she was. While the place is still taken, the next start shows the draft
    as text to copy (Copy puts it on the clipboard and keeps the draft). Once it is
    free, the start carries the draft over and offers it on Festo, as the merge would
    have."""
    from netzjournal.store.merges import as_was

    journal, festo, leipzig = _anna_twice_with_a_draft(where)
    seen: list[str] = []
    timer = _questions_answered(seen, QMessageBox.StandardButton.Cancel)  # "Later"
    window = make_window(journal)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30_000)
    timer.stop()
    taken = DraftStore.of_record(where.drafts, "contact", festo).current
    taken.mkdir(parents=True)  # the draft cannot be written there (an OSError)
    _merge_keeping_festo(window, festo, leipzig)
    qtbot.waitUntil(lambda: window.contacts.model.row_for(leipzig) is None)
    left = DraftStore.of_record(where.drafts, "contact", leipzig)
    assert left.exists()
    window.close()

    shown: list[str] = []

    def copy() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            assert box.objectName() == "goneRecordDraft"
            shown.append(box.detailedText())
            box.button(QMessageBox.StandardButton.Yes).click()

    timer = QTimer(interval=50)
    timer.timeout.connect(copy)
    timer.start()
    make_window()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=30_000)
    timer.stop()
    assert "Role: Einkauf" in shown[0]
    assert "Notes: Sucht ab März eine Beraterin für Lieferketten" in shown[0]
    assert "Einkauf" in QApplication.clipboard().text()
    assert left.exists()  # copied, still kept
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        assert as_was(j, leipzig) is not None  # (her copy kept while her draft waits)

    taken.rmdir()
    asked: list[str] = []
    timer = _questions_answered(asked, QMessageBox.StandardButton.Cancel)  # "Later"
    window = make_window()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=30_000)
    timer.stop()
    assert asked == ["Restore the unsaved changes to “Anna Roth”?"]  # (Festo, no namesake now)
    assert not left.exists()
    carried = DraftStore.of_record(where.drafts, "contact", festo).load()
    fields = carried["fields"] if carried else {}
    assert isinstance(fields, dict)
    assert fields["role"] == "Einkauf"
    assert fields["notes"] == "Sucht ab März eine Beraterin für Lieferketten"
    assert as_was(window.journal, leipzig) is None  # (its copy of her goes once carried)


def test_a_deleted_note_s_draft_is_offered_as_text_not_dropped(where, make_window, qtbot):
    """A note deleted (elsewhere: another window, a sync) while its editor's draft was
    left: at the start the draft was dropped, the typed text gone unasked. It is shown
    to copy; Later keeps it, an empty one (nothing typed) still goes."""
    from conftest import note

    from netzjournal.store.interactions import create_interaction, delete_interactions

    with Journal.open(where.journal, backup_dir=where.backups) as j:
        anna = create_contact(j, person("Anna", "Roth")).value.id or 0
        kept = create_interaction(j, note(NOW, [anna], title="Messe")).value.id or 0
        typed = _as_the_editor_writes_it(j, "note", kept)
        typed["body"] = "Halle 15: sie sucht ab März eine Beraterin"
        typed["follow_ups"] = [{"id": None, "text": "Lebenslauf schicken", "removed": False,
                                "done": False, "due": ""}]  # fmt: skip
        delete_interactions(j, [kept])
    left = DraftStore.of_record(where.drafts, "note", kept)
    left.save(typed)
    empty = DraftStore.of_record(where.drafts, "note", kept + 1)
    empty.save({"id": kept + 1, "body": "", "title": ""})
    shown: list[str] = []

    def later() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            assert box.objectName() == "goneRecordDraft"
            shown.append(box.detailedText())
            box.button(QMessageBox.StandardButton.Cancel).click()

    timer = QTimer(interval=50)
    timer.timeout.connect(later)
    timer.start()
    make_window()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=30_000)
    qtbot.waitUntil(lambda: not empty.exists())
    timer.stop()
    assert "What you talked about: Halle 15: sie sucht ab März eine Beraterin" in shown[0]
    assert "Follow-ups: Lebenslauf schicken" in shown[0]
    assert left.exists()


def test_an_undone_merge_leaves_a_carried_draft_typed_on_since(make_window, where, qtbot):
    """The carried draft was restored on Festo and typed on (the window then killed):
    undoing the merge leaves that draft as it is, and gives Leipzig no second copy."""
    journal, festo, leipzig = _anna_twice_with_a_draft(where)
    seen: list[str] = []
    _timer = _questions_answered(seen, QMessageBox.StandardButton.Cancel)  # "Later"
    window = make_window(journal)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30_000)
    _merge_keeping_festo(window, festo, leipzig)
    on_festo = DraftStore.of_record(where.drafts, "contact", festo)
    qtbot.waitUntil(on_festo.exists)
    typed_on = on_festo.load()
    assert typed_on is not None and isinstance(typed_on["fields"], dict)
    typed_on["fields"]["department"] = "Strategischer Einkauf"
    on_festo.save(typed_on)
    window.contacts.undo_stack.undo()
    qtbot.waitUntil(lambda: window.contacts.model.row_for(leipzig) is not None)
    assert on_festo.load() == typed_on
    assert not DraftStore.of_record(where.drafts, "contact", leipzig).exists()


class _Killed(BaseException):
    """The process dying at that step (nothing after it runs, nothing catches it)."""


def test_a_carry_over_cut_between_its_two_writes_is_not_carried_twice(where, qtbot, monkeypatch):
    """The carried draft is written; the process dies before the merged-away contact's
    draft is removed, so both are there at the next start, which carries again. The
    note typed over its old text ("… und Einkauf" added) must arrive once, not be added
    again to the already carried draft whose text still contains the old one."""
    from netzjournal.store.contacts import get_contact
    from netzjournal.ui import record_drafts

    journal = Journal.open(where.journal, backup_dir=where.backups)
    try:
        old = "Lieferketten"
        festo = create_contact(journal, person("Anna", "Roth", organisation="Festo", notes=old))
        leipzig = create_contact(journal, person("Anna", "Roth", city="Leipzig", notes=old))
        keep, gone = festo.value.id, leipzig.value.id
        assert keep and gone
        typed = _as_the_editor_writes_it(journal, "contact", gone)
        fields = typed["fields"]
        assert isinstance(fields, dict)
        fields["notes"] = f"{old} und Einkauf"
        source = DraftStore.of_record(where.drafts, "contact", gone)
        source.save(typed)
        other = get_contact(journal, gone)

        clear = DraftStore.clear

        def killed_at_the_removal(store: DraftStore) -> None:
            if store.path == source.path:
                raise _Killed
            clear(store)

        monkeypatch.setattr(DraftStore, "clear", killed_at_the_removal)
        try:
            record_drafts.carry_over(journal, where.drafts, other, keep)
        except _Killed:
            pass
        else:
            raise AssertionError("the removal was not reached")
        monkeypatch.setattr(DraftStore, "clear", clear)
        assert source.exists()  # both drafts are there, as after the kill

        record_drafts.carry_over(journal, where.drafts, other, keep)  # the next start

        assert not source.exists()
        carried = DraftStore.of_record(where.drafts, "contact", keep).load()
        assert carried is not None and isinstance(carried["fields"], dict)
        assert carried["fields"]["notes"] == f"{old} und Einkauf"
    finally:
        journal.close()


def _gone_before_the_merge_record(where) -> tuple[Journal, int, int, int]:
    """Leipzig's draft left as _anna_twice_with_a_draft leaves it; then Leipzig gone
    without a merge record (merged before migration 0055, as that version removed the
    one merged away); a second Anna Roth (Hamburg) and a Ben Roth beside Festo."""
    from netzjournal.store.contacts import delete_contacts

    journal, festo, leipzig = _anna_twice_with_a_draft(where)
    hamburg = create_contact(journal, person("Anna", "Roth", city="Hamburg")).value.id or 0
    create_contact(journal, person("Ben", "Roth"))
    delete_contacts(journal, [leipzig])
    return journal, festo, hamburg, leipzig


def test_a_draft_of_a_contact_merged_before_the_merge_record_offers_its_namesakes(
    make_window, where, qtbot
):
    """Leipzig was merged into Festo before merges were recorded: her draft was shown
    only as text to copy. The contacts of the same name key are offered, each a
    button told apart (Festo, Hamburg; not Ben Roth), never by Enter: the one chosen
    gets the draft in its editor, where it is saved by the person."""
    from uihelpers import when_modal

    from netzjournal.store.contacts import get_contact
    from netzjournal.ui.contacts.editor import ContactEditor

    journal, festo, hamburg, leipzig = _gone_before_the_merge_record(where)
    seen: dict[str, object] = {}

    def save(editor: ContactEditor) -> None:
        fields = editor.draft_fields()
        seen["editor"] = (fields["role"], fields["organisation"], fields["notes"])
        editor.accept()

    def choose_festo(box: QMessageBox) -> None:
        assert box.objectName() == "goneContactNamesake"
        seen["buttons"] = sorted(b.text() for b in box.buttons()
                                 if b.objectName().startswith("namesake_"))  # fmt: skip
        seen["default"] = box.defaultButton().objectName()
        seen["text"] = box.detailedText()
        seen["question"] = box.text()
        when_modal(save, lambda w: isinstance(w, ContactEditor))
        box.findChild(QPushButton, f"namesake_{festo}").click()

    when_modal(choose_festo, lambda w: isinstance(w, QMessageBox))
    window = make_window(journal)
    qtbot.waitUntil(lambda: "editor" in seen, timeout=30_000)
    qtbot.waitUntil(lambda: get_contact(window.journal, festo).role == "Einkauf", timeout=10_000)
    assert seen["buttons"] == ["Restore on “Anna Roth · Festo”",
                               "Restore on “Anna Roth · Hamburg”"]  # fmt: skip
    assert seen["default"] != f"namesake_{festo}" and seen["default"] != f"namesake_{hamburg}"
    assert "Role: Einkauf" in str(seen["text"])
    assert str(seen["question"]).endswith("Contacts of the same name are in the journal.")
    assert seen["editor"] == ("Einkauf", "Festo", "Sucht ab März eine Beraterin für Lieferketten")
    assert not DraftStore.of_record(where.drafts, "contact", leipzig).exists()
    assert get_contact(window.journal, hamburg).role == ""


def test_not_the_same_person_shows_the_gone_contact_s_draft_as_text(make_window, where, qtbot):
    """„Nicht dieselbe Person …“: the draft is shown as text to copy, as before."""
    from uihelpers import when_modal

    journal, _festo, _hamburg, leipzig = _gone_before_the_merge_record(where)
    shown: list[str] = []

    def later(box: QMessageBox) -> None:
        shown.append(box.objectName())
        box.button(QMessageBox.StandardButton.Cancel).click()

    def not_the_same(box: QMessageBox) -> None:
        shown.append(box.objectName())
        when_modal(later, lambda w: isinstance(w, QMessageBox) and w is not box)
        box.findChild(QPushButton, "notTheSamePerson").click()

    when_modal(not_the_same, lambda w: isinstance(w, QMessageBox))
    make_window(journal)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30_000)
    assert shown == ["goneContactNamesake", "goneRecordDraft"]
    assert DraftStore.of_record(where.drafts, "contact", leipzig).exists()  # Later: kept
