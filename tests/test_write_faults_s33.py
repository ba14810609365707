"""The write paths of session 33 under real faults: a full disk (a small tmpfs, as
root), a lock held by another process, ``kill -9`` of a child process.

An invitee made a contact and linked to the event in one step (AddInvitee) and a new
contact's editor refused on save, the undo of a merge or a delete that writes each
note's people again in order, a quick note killed between its save and its draft's
removal, drafts at start on a folder gone read-only, an import whose group cards
become tags. Real journals in tmp_path; the tools are those of
tests/test_storage_trust.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import REPO, note, person
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from test_storage_trust import (
    fill_disk,
    holding_the_write_lock,
    integrity,
    needs_root,
    tmpfs,
)
from uihelpers import when_modal

from netzjournal.commands.contacts import DeleteContacts, MergeContacts
from netzjournal.commands.events import AddInvitee
from netzjournal.interchange import ical_in
from netzjournal.store.catalog import set_setting
from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.events import list_events, occurrence_row, occurrences
from netzjournal.store.interactions import create_interaction, get_interaction
from netzjournal.store.invitees import unknown_invitees
from netzjournal.store.journal import Journal
from netzjournal.store.reading import OWN_ADDRESSES
from netzjournal.store.records import Channel, ContactRecord
from netzjournal.ui import undo

INVITATIONS = REPO / "tests" / "data" / "events" / "invitations"
TODAY = dt.date(2026, 11, 24)
EVENING = dt.date(2026, 12, 8)
WHEN = dt.datetime(2026, 11, 2, 18, 30)


def _no_wal(j: Journal) -> None:
    """The -wal emptied into the file: the next write needs new room on the disk."""
    j.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")


class _Boxes:
    """Every warning box answered, its text kept."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._arm()

    def _arm(self) -> None:
        when_modal(self._answer, lambda w: isinstance(w, QMessageBox) and w.isVisible())

    def _answer(self, box) -> None:
        self.seen.append(box.text())
        box.accept()
        self._arm()  # (the next box too)


def _series_with_an_unknown_organiser(j: Journal):
    set_setting(j, OWN_ADDRESSES, ["kemal.aydin@example.de"])
    read = ical_in.read_events(INVITATIONS / "stammtisch-series.WRITTEN.ics")
    ical_in.import_events(j, read, today=TODAY)
    (series,) = [e for e in list_events(j) if "Stammtisch" in e.name]
    (organiser,) = unknown_invitees(j, [None, series.id])
    (evening,) = [o for o in occurrences(j, EVENING, EVENING)]
    record = ContactRecord(given_name="Stammtisch", family_name="München",
                           channels=[Channel("email", organiser.address)])  # fmt: skip
    return series, organiser, AddInvitee(j, record, evening, organiser.coming, TODAY)


def _as_before(j: Journal, series, organiser, contacts: int) -> None:
    """Nothing of the step: no contact, no evening row, still listed as unknown."""
    assert contact_count(j) == contacts
    assert occurrence_row(j, series.id, EVENING) is None
    assert unknown_invitees(j, [None, series.id]) == [organiser]


def _as_after(j: Journal, series, contacts: int) -> None:
    assert contact_count(j) == contacts + 1
    assert occurrence_row(j, series.id, EVENING) is not None
    assert unknown_invitees(j, [None, series.id]) == []


# -- an invitee made a contact --------------------------------------------------------


@pytest.mark.plain_only  # the integrity check is plain SQLite (no key)
@needs_root
def test_an_invitee_made_a_contact_on_a_full_disk_writes_nothing_and_says_so(tmp_path, qtbot):
    """Full disk on the step and on its undo: nothing half-written (no contact without
    its link, no evening row without its contact), "disk is full" said, and the undo
    stack as it was (no step pushed; a refused undo stays to try again)."""
    with tmpfs(tmp_path / "disk", "4m") as disk:
        j = Journal.open(disk / "journal.sqlite3", backup_dir=tmp_path / "backups")
        try:
            series, organiser, command = _series_with_an_unknown_organiser(j)
            contacts = contact_count(j)
            stack, boxes = QUndoStack(), _Boxes()
            _no_wal(j)
            fill_disk(disk)
            assert undo.perform(stack, command) is None
            qtbot.waitUntil(lambda: bool(boxes.seen))
            assert "disk is full" in boxes.seen[-1].lower()
            assert stack.count() == 0
            _as_before(j, series, organiser, contacts)

            (disk / "filler").unlink()
            assert undo.perform(stack, command) is not None  # the same step, room again
            _as_after(j, series, contacts)
            _no_wal(j)
            fill_disk(disk)
            stack.undo()
            qtbot.waitUntil(lambda: len(boxes.seen) == 2)
            assert "disk is full" in boxes.seen[-1].lower()
            qtbot.waitUntil(lambda: stack.canUndo())  # the step is back where it was
            assert stack.count() == 1 and not stack.canRedo()
            _as_after(j, series, contacts)
            (disk / "filler").unlink()
            stack.undo()
            _as_before(j, series, organiser, contacts)
            stack.redo()
            _as_after(j, series, contacts)
        finally:
            j.close()
        assert integrity(disk / "journal.sqlite3") == "ok"


@pytest.mark.plain_only  # the other process is plain SQLite (no key)
def test_an_invitee_made_a_contact_while_another_process_writes_is_refused_whole(journal, qtbot):
    series, organiser, command = _series_with_an_unknown_organiser(journal)
    contacts = contact_count(journal)
    stack, boxes = QUndoStack(), _Boxes()
    with holding_the_write_lock(journal.path):
        assert undo.perform(stack, command) is None
        qtbot.waitUntil(lambda: bool(boxes.seen))
    assert "another program" in boxes.seen[-1].lower()
    assert stack.count() == 0
    _as_before(journal, series, organiser, contacts)
    assert undo.perform(stack, command) is not None
    with holding_the_write_lock(journal.path):
        stack.undo()
        qtbot.waitUntil(lambda: len(boxes.seen) == 2)
    assert "another program" in boxes.seen[-1].lower()
    qtbot.waitUntil(lambda: stack.canUndo())
    assert stack.count() == 1 and not stack.canRedo()
    _as_after(journal, series, contacts)
    stack.undo()
    _as_before(journal, series, organiser, contacts)


# -- undo of a merge or a delete: each note's people written again in order ----------


def _notes_of_four(j: Journal):
    with j.write():  # (one transaction: a small -wal)
        anna, twin, ben, cem = [create_contact(j, person(n, "Berg", city=n)).value.id
                                for n in ("Anna", "Anna2", "Ben", "Cem")]  # fmt: skip
        notes = [
            create_interaction(j, note(WHEN, [ben, twin, cem])).value.id,
            create_interaction(j, note(WHEN, [twin, anna, ben])).value.id,
        ]
        for n in range(40):  # (more rows: the rewrite needs pages of its own)
            made = create_interaction(j, note(WHEN, [cem, twin, ben], body=f"Messe {n}"))
            notes.append(made.value.id)
    return (anna, twin, ben, cem), notes


def _people_of(j: Journal, notes: list[int]) -> list[list[int]]:
    return [get_interaction(j, n).participants for n in notes]


@pytest.mark.plain_only  # the integrity check is plain SQLite (no key)
@needs_root
@pytest.mark.parametrize("kind", ["merge", "delete"])
def test_undoing_a_merge_or_delete_on_a_full_disk_keeps_every_note_s_people(tmp_path, qtbot, kind):
    with tmpfs(tmp_path / "disk", "4m") as disk:
        j = Journal.open(disk / "journal.sqlite3", backup_dir=tmp_path / "backups")
        try:
            (anna, twin, _ben, _cem), notes = _notes_of_four(j)
            before = _people_of(j, notes)
            command = MergeContacts(j, anna, twin) if kind == "merge" else DeleteContacts(j, [twin])
            stack, boxes = QUndoStack(), _Boxes()
            assert undo.perform(stack, command) is not None
            done = _people_of(j, notes)
            assert done != before
            _no_wal(j)
            fill_disk(disk)
            stack.undo()
            qtbot.waitUntil(lambda: bool(boxes.seen))
            assert "disk is full" in boxes.seen[-1].lower()
            qtbot.waitUntil(lambda: stack.canUndo())
            assert stack.count() == 1 and not stack.canRedo()
            assert _people_of(j, notes) == done  # not one note half rewritten
            (disk / "filler").unlink()
            stack.undo()
            assert _people_of(j, notes) == before
            _no_wal(j)
            fill_disk(disk)
            stack.redo()
            qtbot.waitUntil(lambda: len(boxes.seen) == 2)
            assert "disk is full" in boxes.seen[-1].lower()
            assert _people_of(j, notes) == before
            (disk / "filler").unlink()
        finally:
            j.close()
        assert integrity(disk / "journal.sqlite3") == "ok"


@pytest.mark.plain_only  # the other process is plain SQLite (no key)
@pytest.mark.parametrize("kind", ["merge", "delete"])
def test_undoing_a_merge_or_delete_while_another_process_writes_keeps_every_note_s_people(
    journal, qtbot, kind
):
    (anna, twin, _ben, _cem), notes = _notes_of_four(journal)
    before = _people_of(journal, notes)
    command = (MergeContacts(journal, anna, twin) if kind == "merge"
               else DeleteContacts(journal, [twin]))  # fmt: skip
    stack, boxes = QUndoStack(), _Boxes()
    assert undo.perform(stack, command) is not None
    done = _people_of(journal, notes)
    with holding_the_write_lock(journal.path):
        stack.undo()
        qtbot.waitUntil(lambda: bool(boxes.seen))
    assert "another program" in boxes.seen[-1].lower()
    qtbot.waitUntil(lambda: stack.canUndo())
    assert stack.count() == 1 and _people_of(journal, notes) == done
    stack.undo()
    assert _people_of(journal, notes) == before
    stack.redo()
    assert _people_of(journal, notes) == done
    stack.undo()
    assert _people_of(journal, notes) == before


# -- a quick note killed between its save and its draft's removal ---------------------

_KILLED_AFTER_THE_SAVE = """
import datetime as dt, os, signal, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from netzjournal import paths
from netzjournal.drafts import DraftStore
from netzjournal.store.journal import Journal
from netzjournal.ui.quick_note import QuickNoteDialog
where = paths.resolve(sys.argv[1]).ensure()
j = Journal.open(where.journal, backup_dir=where.backups)
d = QuickNoteDialog(j, DraftStore(where.drafts), now=lambda: dt.datetime(2026, 11, 22, 9, 30))
d.reset()
d.show()
d.who.set_ids([int(sys.argv[2])])
d.body.setPlainText("Messe, Halle 15: Angebot bis Freitag")
assert d.save_draft()
# The note is committed; the process dies before its draft is removed.
d._forget_draft = lambda: os.kill(os.getpid(), signal.SIGKILL)
d.save()
print("not killed", flush=True)
"""


@pytest.mark.plain_only  # the child opens the journal without a key
def test_a_quick_note_killed_after_its_save_is_neither_offered_nor_saved_twice(
    where, make_window, qtbot
):
    import os
    import signal
    import subprocess
    import sys

    from PySide6.QtWidgets import QApplication

    from netzjournal.drafts import DraftStore
    from netzjournal.store.interactions import interaction_count

    with Journal.open(where.journal, backup_dir=where.backups) as j:
        anna = create_contact(j, person("Anna", "Roth")).value.id
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER_THE_SAVE, str(where.root), str(anna)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert DraftStore(where.drafts).exists()  # left behind by the kill
    assert Path(f"{where.journal}-wal").exists()  # (the note is in the -wal only)

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

    from PySide6.QtCore import QTimer

    timer = QTimer(interval=50)
    timer.timeout.connect(answer)
    timer.start()
    window = make_window()
    window.offer_quick_note_draft()
    window.open_quick_note()
    dialog = window.quick_note_dialog()
    qtbot.wait(200)
    timer.stop()
    assert seen == []
    assert dialog.body.toPlainText() == ""
    dialog.save()  # (Ctrl+Enter on the empty note: nothing)
    assert interaction_count(window.journal) == 1
    assert not DraftStore(where.drafts).exists()
    dialog.reject()


# -- drafts left on a folder that went read-only --------------------------------------


@needs_root
def test_drafts_of_gone_records_on_a_read_only_folder_do_not_stop_the_others(
    where, make_window, qtbot
):
    """At start, a draft whose contact or note is gone is offered as text (drafts3;
    it was dropped, which a drafts folder gone read-only, a remount after an I/O
    error, refused). That must not end the offers: the next contact's draft is still
    offered, no traceback."""
    import subprocess

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from netzjournal.drafts import DraftStore

    with Journal.open(where.journal, backup_dir=where.backups) as j:
        anna = create_contact(j, person("Anna", "Roth")).value.id
    assert anna is not None
    with tmpfs(where.drafts, "1m") as folder:
        DraftStore.of_record(folder, "contact", 900).save({"id": 900, "fields": {"role": "x"}})
        DraftStore.of_record(folder, "note", 901).save({"body": "Messe"})
        DraftStore.of_record(folder, "contact", anna).save(
            {"id": anna, "fields": {"role": "Einkauf"}}
        )
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        seen: list[str] = []

        def later() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and box.isVisible():
                seen.append(box.text())
                box.button(QMessageBox.StandardButton.Cancel).click()

        timer = QTimer(interval=50)
        timer.timeout.connect(later)
        timer.start()
        make_window()
        # Anna's, and the gone contact's and note's as text to copy (kept: never
        # dropped unasked, drafts3).
        qtbot.waitUntil(lambda: len(seen) == 3, timeout=30_000)
        timer.stop()
        assert any("Anna Roth" in text for text in seen)
        assert sum("no longer in the journal" in text for text in seen) == 2
        assert DraftStore.of_record(folder, "contact", anna).exists()
        assert DraftStore.of_record(folder, "contact", 900).exists()
        assert DraftStore.of_record(folder, "note", 901).exists()


@pytest.mark.plain_only  # the other process is plain SQLite (no key)
def test_an_invitee_s_editor_refused_by_a_lock_opens_again_with_what_was_typed(qtbot, tmp_path):
    """„Als Kontakt anlegen …“: the editor filled in and saved while another program
    writes. The save is refused (said in a box); the editor opens again with what
    was typed (it was gone with the editor), and saves once the lock is gone."""
    from test_ui_events import EVENTS, _window

    from netzjournal.store.events import attendance
    from netzjournal.ui.contacts.editor import ContactEditor

    w, journal = _window(qtbot, tmp_path)
    set_setting(journal, OWN_ADDRESSES, ["kemal.aydin@example.de"])
    w.show_view(EVENTS)
    when_modal(lambda box: box.accept())
    w.events_pane.import_file(str(INVITATIONS / "fruehstueck-request.WRITTEN.ics"))
    w.events_pane.refresher.flush()
    (event,) = list_events(journal)
    assert w.events_pane.select_key((event.id, None))
    box = w.events_pane.page.invitees
    box.view.setCurrentIndex(box.model.index(1, 0))  # Jonas Brandl, accepted
    contacts = contact_count(journal)
    held = holding_the_write_lock(journal.path)
    held.__enter__()
    said: list[str] = []
    reopened: list[str] = []

    def editor_again(editor) -> None:
        reopened.append(editor.role.text())
        held.__exit__(None, None, None)  # the other program is done
        editor.accept()

    def refused(message) -> None:
        said.append(message.text())
        when_modal(editor_again, lambda x: isinstance(x, ContactEditor) and x.isVisible())
        message.accept()

    def fill(editor) -> None:
        editor.role.setText("Einkauf")
        when_modal(refused, lambda x: isinstance(x, QMessageBox) and x.isVisible())
        editor.accept()

    try:
        when_modal(fill, lambda x: isinstance(x, ContactEditor) and x.isVisible())
        box.add.click()
    finally:
        if not reopened:
            held.__exit__(None, None, None)
    assert len(said) == 1 and "another program" in said[0].lower()
    assert reopened == ["Einkauf"]
    w.events_pane.refresher.flush()
    assert contact_count(journal) == contacts + 1
    (jonas,) = attendance(journal, [event.id])[event.id]
    assert jonas.status == "going"
    journal.close()


@pytest.mark.plain_only  # the other process is plain SQLite (no key)
def test_a_new_contact_s_editor_refused_by_a_lock_opens_again_with_what_was_typed(
    where, make_window, qtbot
):
    """The same for File → New contact: its editor closed before the save was tried,
    and a refused save took what was typed with it."""
    from netzjournal.ui.contacts.editor import ContactEditor

    window = make_window()
    contacts = contact_count(window.journal)
    held = holding_the_write_lock(window.journal.path)
    held.__enter__()
    said: list[str] = []
    reopened: list[tuple[str, str]] = []

    def editor_again(editor) -> None:
        reopened.append((editor.given_name.text(), editor.family_name.text()))
        held.__exit__(None, None, None)  # the other program is done
        editor.accept()

    def refused(message) -> None:
        said.append(message.text())
        when_modal(editor_again, lambda x: isinstance(x, ContactEditor) and x.isVisible())
        message.accept()

    def fill(editor) -> None:
        editor.given_name.setText("Katrin")
        editor.family_name.setText("Vogel")
        when_modal(refused, lambda x: isinstance(x, QMessageBox) and x.isVisible())
        editor.accept()

    try:
        when_modal(fill, lambda x: isinstance(x, ContactEditor) and x.isVisible())
        made = window.contacts.new_contact()
    finally:
        if not reopened:
            held.__exit__(None, None, None)
    assert len(said) == 1 and "another program" in said[0].lower()
    assert reopened == [("Katrin", "Vogel")]
    assert made is not None and contact_count(window.journal) == contacts + 1


# -- a vCard's group cards made tags ------------------------------------------------


@pytest.mark.plain_only  # the other process is plain SQLite (no key)
def test_an_import_whose_groups_become_tags_while_another_process_writes_writes_nothing(
    journal,
):
    """Nextcloud's export with two group cards: refused whole (no member without its
    group's tag, no tag without its member); the same import then works."""
    from netzjournal.interchange.importer import apply_import, plan_import, read_paths
    from netzjournal.store.catalog import list_tags
    from netzjournal.store.errors import JournalLocked

    create_contact(journal, person("Seed", "Person"))  # (not empty: a backup first)
    read = read_paths([REPO / "tests/data/contacts/vcard-written/nextcloud-davx5-4.0.WRITTEN.vcf"])
    with holding_the_write_lock(journal.path), pytest.raises(JournalLocked):
        apply_import(journal, plan_import(journal, read))
    assert contact_count(journal) == 1 and list_tags(journal) == []
    outcome = apply_import(journal, plan_import(journal, read))
    assert len(outcome.created) == 2
    assert {"Caritas-Team", "Stammtisch Ruhr"} <= {t.name for t in list_tags(journal)}
