"""The write paths of session 34 under real faults: ``kill -9`` of a child process
around a merge's draft carry-over; a full disk (a small tmpfs, as root) or a lock held
by another process during a merge (guests' links moved), a cancelled evening's
answers, a mixed selection's restore, the quick note's new person, an address that
links a guest, imports of a 2 MB invitation (window and command line); the upgrade to
the merge record (0055) on a full disk; the passphrase restart's standard input cut
short. Real journals in tmp_path; the tools are those of tests/test_storage_trust.py.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys

import pytest
from conftest import REPO
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_drafts_left import _anna_twice_with_a_draft, _merge_keeping_festo
from test_rekey_restart import _key_restored  # noqa: F401 (autouse)
from test_storage_trust import fill_disk, needs_root, tmpfs

from netzjournal.drafts import DraftStore
from netzjournal.store.journal import Journal

TODAY = dt.date(2026, 11, 30)

# -- kill -9 between a merge and its draft's carry-over ---------------------------------

_KILLED_BEFORE_THE_CARRY = """
import datetime as dt, os, signal, sys
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication
app = QApplication([])
from netzjournal import paths
from netzjournal.store.journal import Journal
from netzjournal.ui import record_drafts
from netzjournal.ui.contacts.merge import MergeDialog
from netzjournal.ui.main_window import MainWindow
record_drafts.offer_at_start = lambda window: None  # (the start's question: not here)
where = paths.resolve(sys.argv[1]).ensure()
festo, leipzig = int(sys.argv[2]), int(sys.argv[3])
j = Journal.open(where.journal, backup_dir=where.backups)
window = MainWindow(j, where, today=lambda: dt.date(2026, 11, 30))
window.show()
pane = window.contacts
flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
for contact_id in (festo, leipzig):
    pane.table.selectionModel().select(pane.model.index(pane.model.row_for(contact_id), 0), flags)
def keep_festo():
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, MergeDialog) and dialog.isVisible():
        poll.stop()
        dialog.choose(next(t for t in dialog.labels if "Festo" in t))
        dialog.merge_button.click()
from PySide6.QtCore import QTimer
poll = QTimer(interval=50)
poll.timeout.connect(keep_festo)
poll.start()
# The merge is committed; the process dies before the draft is carried over.
record_drafts.carry_over = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
pane.merge_selected()
print("not killed", flush=True)
"""


@pytest.mark.plain_only  # the child opens the journal without a key
def test_a_merge_killed_before_its_draft_is_carried_is_carried_at_the_next_start(
    where, make_window, qtbot
):
    """The merge commits; ``kill -9`` before the merged-away contact's draft is carried
    to the one kept. The next start carries it there and offers it on that contact, as
    the merge would have, not as text of a contact "no longer in the journal"."""
    from netzjournal.store.merges import as_was, merged_into

    journal, festo, leipzig = _anna_twice_with_a_draft(where)
    journal.close()
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_BEFORE_THE_CARRY, str(where.root), str(festo),
         str(leipzig)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    left = DraftStore.of_record(where.drafts, "contact", leipzig)
    assert left.exists()  # (not carried: the kill came first)
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        assert merged_into(j, leipzig) == festo  # (the merge was committed)

    asked: list[str] = []

    def later() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(f"{box.objectName()}: {box.text()}")
            box.button(QMessageBox.StandardButton.Cancel).click()

    timer = QTimer(interval=50)
    timer.timeout.connect(later)
    timer.start()
    window = make_window()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=30_000)
    timer.stop()
    assert asked[0].endswith("Restore the unsaved changes to “Anna Roth”?"), asked
    assert not left.exists()
    carried = DraftStore.of_record(where.drafts, "contact", festo).load()
    fields = carried["fields"] if carried else {}
    assert isinstance(fields, dict)
    assert fields["role"] == "Einkauf"
    assert fields["notes"] == "Sucht ab März eine Beraterin für Lieferketten"
    assert as_was(window.journal, leipzig) is None  # (its copy goes once carried)


def _window_on(qtbot, journal: Journal, where):
    """The main window on ``journal``, its start's question about the draft answered
    Later (the draft stays)."""
    from netzjournal.ui.main_window import MainWindow

    asked: list[str] = []
    timer = _answered(asked, QMessageBox.StandardButton.Cancel)
    window = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=30_000):
        window.show()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=30_000)
    timer.stop()
    return window


def _closed(window) -> None:
    """Closed as make_window leaves a window: no refresh left due on a journal closed
    next (nor on a disk unmounted)."""
    from netzjournal.ui.refresh import DeferredRefresh

    for refresher in window.findChildren(DeferredRefresh):
        refresher.cancel()
    window.close()


def _answered(seen: list[str], answer: QMessageBox.StandardButton) -> QTimer:
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            box.button(answer).click()

    timer = QTimer(interval=50)
    timer.timeout.connect(poll)
    timer.start()
    return timer


@needs_root
def test_a_merge_whose_draft_meets_a_full_disk_carries_it_once_there_is_room(
    tmp_path, qtbot, monkeypatch
):
    """The merge commits; the disk fills before the draft is carried (the drafts and
    the journal share it). The carry-over fails and so would any later write of the
    journal: the copy of the contact merged away must already be on the merge's
    record. With room again, the next start carries the draft to the contact kept."""
    from netzjournal import paths
    from netzjournal.store.merges import as_was
    from netzjournal.ui import record_drafts

    with tmpfs(tmp_path / "disk", "8m") as disk:
        where = paths.resolve(disk / "data").ensure()
        journal, festo, leipzig = _anna_twice_with_a_draft(where)
        window = _window_on(qtbot, journal, where)
        carry = record_drafts.carry_over

        def on_a_full_disk(*args):
            journal.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            fill_disk(disk)
            return carry(*args)

        monkeypatch.setattr(record_drafts, "carry_over", on_a_full_disk)
        _merge_keeping_festo(window, festo, leipzig)
        qtbot.waitUntil(lambda: window.contacts.model.row_for(leipzig) is None)
        monkeypatch.setattr(record_drafts, "carry_over", carry)
        left = DraftStore.of_record(where.drafts, "contact", leipzig)
        assert left.exists()  # (not carried: no room)
        assert as_was(journal, leipzig) is not None  # kept with the merge
        _closed(window)
        journal.close()
        (disk / "filler").unlink()

        asked: list[str] = []
        timer = _answered(asked, QMessageBox.StandardButton.Cancel)
        again = Journal.open(where.journal, backup_dir=where.backups)
        try:
            from netzjournal.ui.main_window import MainWindow

            window = MainWindow(again, where, today=lambda: TODAY)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(lambda: len(asked) == 1, timeout=30_000)
            timer.stop()
            assert asked == ["Restore the unsaved changes to “Anna Roth”?"]
            assert not left.exists()
            carried = DraftStore.of_record(where.drafts, "contact", festo).load()
            fields = carried["fields"] if carried else {}
            assert isinstance(fields, dict) and fields["role"] == "Einkauf"
            assert as_was(again, leipzig) is None
            _closed(window)
        finally:
            again.close()


# -- the restart after a passphrase change, its standard input cut short ---------------


def test_a_passphrase_restart_given_only_the_old_passphrase_asks_for_the_new_one(
    qtbot, tmp_path, no_keyring, monkeypatch
):
    """The window hands the old and the new passphrase to the restart on its standard
    input; here the input ends after the old one (the parent died between the two
    lines). The restart opens the journal with the old one and asks for the new one,
    which then changes the key; the journal is never called damaged nor left half
    changed."""
    from test_rekey_restart import NEW, OLD, _change, _journal, _restarted

    from netzjournal.store import backups, cipher

    where = _journal(tmp_path)
    command, given = _change(qtbot, where, monkeypatch)
    assert given == f"{OLD}\n{NEW}\n"
    said = _restarted(command, f"{OLD}\n", answer=NEW)
    assert said[-1] == "said: The journal and its backups have the new passphrase", said
    assert len(said) == 2 and said[0].startswith("asked: "), said
    new = cipher.Key(passphrase=NEW)
    assert cipher.key_opens(where.journal, new)
    (backup,) = backups.list_backups(where.backups)
    assert cipher.key_opens(backup.path, new)


# -- a cancelled evening's two answers under another program's lock ----------------------


@pytest.mark.plain_only  # the other process is plain SQLite (no key)
def test_a_cancelled_evening_s_answers_under_a_lock_are_refused_said_and_change_nothing(
    qtbot, tmp_path
):
    """„Ich war nicht da“ and „Hat doch stattgefunden“ while another program writes:
    refused whole with the store's sentence, no undo step, the question still there;
    once the lock is gone the same click works."""
    from PySide6.QtCore import Qt
    from test_storage_trust import holding_the_write_lock
    from test_ui_events import _stammtisch, _window
    from test_write_faults_s33 import _Boxes

    from netzjournal.store.events import (
        ensure_occurrence,
        get_event,
        set_my_status,
        update_occurrence,
    )
    from netzjournal.ui.main_window import EVENTS

    w, journal = _window(qtbot, tmp_path)
    try:
        s = _stammtisch(journal)
        day = dt.date(2026, 11, 10)
        november = ensure_occurrence(journal, s.id, day).value
        update_occurrence(journal, s.id, day, cancelled=True, by_organiser=True)
        set_my_status(journal, november, "attended")
        w.show_view(EVENTS)
        pane, page = w.events_pane, w.events_pane.page
        assert pane.select_key((s.id, day))
        boxes, steps = _Boxes(), w.undo_stack.count()
        for button in (page.not_there, page.took_place):
            seen = len(boxes.seen)
            with holding_the_write_lock(journal.path):
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                qtbot.waitUntil(lambda n=seen: len(boxes.seen) == n + 1)
            assert "another program" in boxes.seen[-1].lower(), boxes.seen
            pane.refresher.flush()
            evening = get_event(journal, november)
            assert (evening.cancelled, evening.my_status) == (True, "attended")
            assert w.undo_stack.count() == steps
            assert page.cancelled_question.isVisible()
        qtbot.mouseClick(page.took_place, Qt.MouseButton.LeftButton)
        pane.refresher.flush()
        evening = get_event(journal, november)
        assert (evening.cancelled, evening.my_status) == (False, "attended")
        assert w.undo_stack.count() == steps + 1
    finally:
        journal.close()


# -- the quick note's new person (name and organisation) under a lock -------------------


@pytest.mark.plain_only  # the other process is plain SQLite (no key)
def test_a_quick_note_s_new_person_refused_by_a_lock_keeps_the_note_and_the_correction(
    journal, tmp_path, qtbot
):
    """„Kai von Figma“ confirmed as Kai at „Figma GmbH“ (corrected in the dialog), then
    the save is refused: another program writes. Nothing is created, the note stays
    open with its text; the next Ctrl+Enter shows the correction again and creates Kai
    at Figma GmbH with the note."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from test_storage_trust import holding_the_write_lock
    from uihelpers import _every, quick_note_shown, type_text

    from netzjournal.store.contacts import contact_count, get_contact
    from netzjournal.store.interactions import interaction_count
    from netzjournal.ui.new_person import NewPersonDialog

    shown: list[tuple[str, str]] = []
    said: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, NewPersonDialog) and box.isVisible():
            shown.append((box.name(), box.organisation()))
            box.organisation_field.setText("Figma GmbH")
            box.create_button.click()
        elif isinstance(box, QMessageBox) and box.isVisible():
            said.append(box.text())
            box.accept()

    body = "Barcamp: Session zu Design Tokens, schickt die Folien."
    with quick_note_shown(journal, tmp_path / "drafts", dt.datetime(2026, 11, 25, 11, 15)) as d:
        type_text(d.who.edit, "Kai von Figma")
        QTest.keyClick(d.who.edit, Qt.Key.Key_Return)
        type_text(d.body, body)
        _every(20, poll)
        with holding_the_write_lock(journal.path):
            QTest.keyClick(d.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda: bool(said) or not d.isVisible(), timeout=20_000)
        assert said and "another program" in said[0].lower(), said
        assert d.isVisible() and d.body.toPlainText() == body
        assert (contact_count(journal), interaction_count(journal)) == (0, 0)
        QTest.keyClick(d.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not d.isVisible())
        assert shown == [("Kai", "Figma"), ("Kai", "Figma GmbH")]
        (kai,) = [r[0] for r in journal.connection().execute("SELECT id FROM contact")]
        assert get_contact(journal, kai).organisation == "Figma GmbH"
        assert interaction_count(journal) == 1


# -- the upgrade to the merge record (0055) on a full disk -------------------------------


def _journal_at_0043(path) -> str:
    """A journal as the release before the merge record left it (0001–0043, its
    version recorded), with one contact and room to copy; returns its digest."""
    import contextlib
    import hashlib
    import sqlite3

    import peewee
    from playhouse.migrations import Runner

    from netzjournal.store.journal import HISTORY_TABLE, MIGRATIONS_DIR

    db = peewee.SqliteDatabase(str(path))
    Runner(db, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE).up("0043_event_zone")
    db.close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")  # as every version left it
        with conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', '43')")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('app_version', '0.33')")
            conn.execute("PRAGMA user_version = 43")
            conn.execute(
                "INSERT INTO contact (id, given_name, family_name, organisation, closeness,"
                " address_form, language, cadence_never, archived, created_at, updated_at,"
                " topics, notes, display_name, salutation, title_prefix, department, role,"
                " hierarchy, city, source, source_detail) VALUES (1, 'Jörg', 'Mueller',"
                " 'Straße AG', 4, 'du', 'de', 0, 0, '2020-01-01', '2020-01-01', '',"
                " hex(randomblob(100000)), '', '', '', '', '', '', 'Kiel', '', '')"
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.plain_only  # the old journal is written with plain SQLite
@needs_root
def test_the_upgrade_to_the_merge_record_on_a_full_disk_changes_nothing_and_says_so(
    tmp_path, monkeypatch
):
    """A journal of the last release opened by this one: the pre-migration backup fits,
    then the disk is full. "disk-full" is said; the journal's bytes are as they were,
    no useless backup stays; with room, the next open upgrades it and a merge is
    recorded."""
    import hashlib

    from netzjournal.store import backups
    from netzjournal.store.backups import list_backups
    from netzjournal.store.contacts import create_contact
    from netzjournal.store.errors import JournalUnavailable
    from netzjournal.store.journal import latest_schema
    from netzjournal.store.merges import merged_into

    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        path, bdir = mnt / "journal.sqlite3", mnt / "backups"
        before = _journal_at_0043(path)
        take_backup = backups.create_backup

        def backup_then_fill(*args, **kwargs):
            info = take_backup(*args, **kwargs)
            fill_disk(mnt)
            return info

        monkeypatch.setattr(backups, "create_backup", backup_then_fill)
        with pytest.raises(JournalUnavailable) as err:
            Journal.open(path, backup_dir=bdir)
        assert err.value.kind == "disk-full", err.value
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
        assert list_backups(bdir) == []
        assert sorted(p.name for p in mnt.iterdir()) == ["backups", "filler", "journal.sqlite3"]
        monkeypatch.setattr(backups, "create_backup", take_backup)
        (mnt / "filler").unlink()
        with Journal.open(path, backup_dir=bdir) as j:
            assert j.schema_version == latest_schema()
            assert j.integrity_check() == ["ok"]
            from conftest import person

            from netzjournal.store.contacts import merge_contacts

            twin = create_contact(j, person("Jörg", "Müller")).value.id
            assert twin is not None
            merge_contacts(j, 1, twin)
            assert merged_into(j, twin) == 1
        assert [b.reason for b in list_backups(bdir)] == ["pre-migration"]


# -- a mixed selection's archive and restore under another program's lock ----------------


@pytest.mark.plain_only  # the other process is plain SQLite (no key)
def test_a_mixed_selection_s_restore_and_its_undo_under_a_lock_change_nothing(make_window, qtbot):
    """Archived and not, selected together. "Restore contact from the archive" while
    another program writes: refused whole and said, no undo step. Done, then undone
    while it writes: refused, the step stays done and can be undone once it is gone."""
    from test_several_selected import _people, _select
    from test_storage_trust import holding_the_write_lock
    from test_write_faults_s33 import _Boxes

    from netzjournal.commands.contacts import ArchiveContacts
    from netzjournal.store.contacts import get_contact

    w = make_window()
    ids = _people(w, ["Anna", "Bernd", "Cem", "Dora"])
    four = [ids["Cem"], ids["Anna"], ids["Bernd"], ids["Dora"]]
    ArchiveContacts(w.journal, [ids["Cem"]], True).do()
    w.contacts.archived.setChecked(True)
    w.contacts.refresher.flush()
    _select(w, four)
    w.contacts.selection.name_actions()
    stack, boxes = w.contacts.undo_stack, _Boxes()
    steps = stack.count()

    def archived() -> list[bool]:
        return [get_contact(w.journal, i).archived for i in four]

    with holding_the_write_lock(w.journal.path):
        w.actions_.restore_contacts.trigger()
        qtbot.waitUntil(lambda: bool(boxes.seen), timeout=20_000)
    assert "another program" in boxes.seen[-1].lower(), boxes.seen
    assert archived() == [True, False, False, False] and stack.count() == steps
    w.actions_.restore_contacts.trigger()
    w.contacts.refresher.flush()
    assert archived() == [False] * 4 and stack.count() == steps + 1
    with holding_the_write_lock(w.journal.path):
        stack.undo()
        qtbot.waitUntil(lambda: len(boxes.seen) == 2, timeout=20_000)
    assert "another program" in boxes.seen[-1].lower(), boxes.seen
    qtbot.waitUntil(lambda: stack.canUndo() and stack.index() == steps + 1)
    assert archived() == [False] * 4
    stack.undo()
    w.contacts.refresher.flush()
    assert archived() == [True, False, False, False]


# -- an invitation with a 2 MB description on a full disk --------------------------------


@pytest.mark.plain_only  # the integrity check is plain SQLite (no key)
@needs_root
def test_an_invitation_with_a_2_mb_description_on_a_full_disk_writes_nothing(tmp_path):
    """Its 1.9 MB of notes (and their search index) do not fit: the import is refused
    whole as a full disk, the journal is sound and has no part of the event; with room
    (the disk made larger), the same import takes it whole."""
    import subprocess

    from test_storage_trust import integrity

    from netzjournal.interchange import ical_in
    from netzjournal.store.events import get_event, list_events
    from netzjournal.store.journal import DiskFull

    big = REPO / "tests/data/events/invitations/outlook-alarms-attachments-2mb.WRITTEN.ics"
    read = ical_in.read_events(big, [])
    with tmpfs(tmp_path / "disk", "3m") as disk:
        path = disk / "journal.sqlite3"
        with Journal.open(path, backup_dir=tmp_path / "backups") as j:
            with pytest.raises(DiskFull, match="nothing was saved"):
                ical_in.import_events(j, read)
            assert list_events(j) == []
        assert integrity(path) == "ok"
        subprocess.run(["mount", "-o", "remount,size=16m", str(disk)], check=True)
        with Journal.open(path, backup_dir=tmp_path / "backups") as j:
            assert ical_in.import_events(j, read).value.created == len(read) == 2
            notes = [len(get_event(j, e.id).notes) for e in list_events(j)]
            assert max(notes) > 1_800_000
        assert integrity(path) == "ok"


# -- a merge with a draft waiting, under another program's lock ---------------------------


@pytest.mark.plain_only  # the other process is plain SQLite (no key)
def test_a_merge_with_a_draft_waiting_under_a_lock_is_refused_whole(where, qtbot):
    """Refused and said: both contacts are there, no merge record (nor a copy of the
    contact), no undo step, the draft where it was. Once the lock is gone, the merge
    carries the draft and leaves no copy behind."""
    from test_storage_trust import holding_the_write_lock

    from netzjournal.store.merges import as_was, merged_into
    from netzjournal.store.people import person_label

    journal, festo, leipzig = _anna_twice_with_a_draft(where)
    try:
        window = _window_on(qtbot, journal, where)
        stack, steps = window.contacts.undo_stack, window.contacts.undo_stack.count()
        left = DraftStore.of_record(where.drafts, "contact", leipzig)
        typed = left.load()
        said: list[str] = []
        timer = _answered(said, QMessageBox.StandardButton.Ok)
        with holding_the_write_lock(journal.path):
            _merge_keeping_festo(window, festo, leipzig)
            qtbot.waitUntil(lambda: bool(said), timeout=20_000)
        timer.stop()
        assert "another program" in said[0].lower(), said
        assert person_label(journal, leipzig) and person_label(journal, festo)
        assert merged_into(journal, leipzig) is None and as_was(journal, leipzig) is None
        assert stack.count() == steps and left.load() == typed
        assert not DraftStore.of_record(where.drafts, "contact", festo).exists()
        window.contacts.table.clearSelection()
        _merge_keeping_festo(window, festo, leipzig)
        qtbot.waitUntil(lambda: merged_into(journal, leipzig) == festo)
        assert stack.count() == steps + 1 and not left.exists()
        assert as_was(journal, leipzig) is None  # (carried: its copy went)
        carried = DraftStore.of_record(where.drafts, "contact", festo).load()
        assert carried is not None and carried["fields"]["role"] == "Einkauf"
        _closed(window)
    finally:
        journal.close()


# -- a merge that moves a guest's link, on a full disk ------------------------------------


@pytest.mark.plain_only  # the integrity check is plain SQLite (no key)
@needs_root
def test_a_merge_moving_a_guest_s_link_on_a_full_disk_writes_nothing_and_says_so(tmp_path, qtbot):
    """The organiser made a contact (linked to the invitation by id), then merged into
    a namesake: on a full disk the merge, the moved link and the merge record are
    refused together ("disk is full", no undo step); with room the merge moves the
    link; its undo on a full disk is refused and stays to be tried again, and undone
    with room the link is the organiser's contact's again."""
    from PySide6.QtGui import QUndoStack
    from test_storage_trust import integrity
    from test_write_faults_s33 import TODAY as S33_TODAY
    from test_write_faults_s33 import _Boxes, _no_wal, _series_with_an_unknown_organiser

    from netzjournal.commands.contacts import MergeContacts
    from netzjournal.store.contacts import contact_count, create_contact
    from netzjournal.store.invitees import invitees_of
    from netzjournal.store.merges import merged_into
    from netzjournal.store.records import ContactRecord
    from netzjournal.ui import undo

    with tmpfs(tmp_path / "disk", "4m") as disk:
        j = Journal.open(disk / "journal.sqlite3", backup_dir=tmp_path / "backups")
        try:
            series, _organiser, add = _series_with_an_unknown_organiser(j)
            stack, boxes = QUndoStack(), _Boxes()
            assert undo.perform(stack, add) is not None
            made = add.outcome.value if add.outcome else None
            assert made is not None
            twin = create_contact(
                j, ContactRecord(given_name="Stammtisch", family_name="München", city="Köln")
            ).value.id
            assert twin is not None

            def linked() -> set[int]:
                return {p.contact for p in invitees_of(j, series.id) if p.contact is not None}

            assert linked() == {made}
            contacts, steps = contact_count(j), stack.count()
            merge = MergeContacts(j, twin, made, S33_TODAY)
            _no_wal(j)
            fill_disk(disk)
            assert undo.perform(stack, merge) is None
            qtbot.waitUntil(lambda: bool(boxes.seen))
            assert "disk is full" in boxes.seen[-1].lower()
            assert stack.count() == steps and contact_count(j) == contacts
            assert linked() == {made} and merged_into(j, made) is None
            (disk / "filler").unlink()

            assert undo.perform(stack, merge) is not None
            assert linked() == {twin} and merged_into(j, made) == twin
            _no_wal(j)
            fill_disk(disk)
            stack.undo()
            qtbot.waitUntil(lambda: len(boxes.seen) == 2)
            assert "disk is full" in boxes.seen[-1].lower()
            qtbot.waitUntil(lambda: stack.canUndo() and stack.index() == steps + 1)
            assert linked() == {twin} and merged_into(j, made) == twin
            (disk / "filler").unlink()
            stack.undo()
            assert linked() == {made} and merged_into(j, made) is None
            assert contact_count(j) == contacts
        finally:
            j.close()
        assert integrity(disk / "journal.sqlite3") == "ok"


@pytest.mark.plain_only  # the journal is made and read without a key
@needs_root
def test_the_command_line_import_of_the_2_mb_invitation_on_a_full_disk_claims_nothing(tmp_path):
    """`netzjournal import` of the invitation on a full disk said "its attached files
    (ATTACH) were not imported; the rest was" and then "The disk is full; nothing was
    saved": the first line claimed an import that did not happen. What reading the
    file found is said once the events are written; a refused write says only that."""
    from test_cli import run

    big = REPO / "tests/data/events/invitations/outlook-alarms-attachments-2mb.WRITTEN.ics"
    with tmpfs(tmp_path / "disk", "3m") as disk:
        home = disk / "data"
        home.mkdir()  # (a folder named that is not there is refused as a typo)
        assert run("contact", "add", "--given", "Anna", "--family", "Roth",
                   env_home=home).returncode == 0  # fmt: skip
        r = run("import", str(big), env_home=home)
        assert r.returncode == 2, r.stdout + r.stderr
        assert "the disk is full; nothing was saved" in r.stderr.lower(), r.stderr
        assert "the rest was" not in r.stdout and "imported" not in r.stdout, r.stdout
        subprocess.run(["mount", "-o", "remount,size=16m", str(disk)], check=True)
        r = run("import", str(big), env_home=home)
        assert r.returncode == 0, r.stdout + r.stderr
        said = r.stdout.splitlines()
        assert said[0].endswith("its attached files (ATTACH) were not imported; the rest was")
        assert said[-1].endswith(": 2 imported, 0 changed by an update or a cancellation, "
                                 "0 already there.")  # fmt: skip


@pytest.mark.plain_only  # as its neighbours: one journal size for the disk
@needs_root
def test_calendar_files_stopped_by_a_full_disk_say_what_the_files_before_brought(qtbot, tmp_path):
    """Two files chosen: the first is imported (one of its events cannot be read), the
    second (2 MB of notes) does not fit. The message said only "…2mb.ics: The disk is
    full"; the first file's events were in and its problem went unsaid. Now the count
    of what came in and that problem follow, and nothing of the second file."""
    from test_ui_events import _window
    from test_write_faults_s33 import _Boxes

    from netzjournal.store.events import list_events

    events = REPO / "tests/data/events"
    quirks = events / "quirks.WRITTEN.ics"
    big = events / "invitations/outlook-alarms-attachments-2mb.WRITTEN.ics"
    with tmpfs(tmp_path / "disk", "3m") as disk:
        w, journal = _window(qtbot, disk)
        try:
            qtbot.waitUntil(lambda: getattr(w, "_steps", None) == [], timeout=30_000)
            boxes = _Boxes()
            w.events_pane.import_files([str(quirks), str(big)])
            qtbot.waitUntil(lambda: bool(boxes.seen))
            said = boxes.seen[-1]
            assert said.startswith(f"{big.name}: The disk is full; nothing was saved"), said
            imported = len(list_events(journal))
            assert imported > 0
            assert f"Events and series imported: {imported}" in said, said
            assert "“Ohne lesbaren Beginn”: its start cannot be read; not imported." in said
            assert "attached files" not in said  # (the second file's: not written)
        finally:
            _closed(w)
            journal.close()


# -- an address added by hand that links a guest, on a full disk --------------------------


@pytest.mark.plain_only  # the integrity check is plain SQLite (no key)
@needs_root
def test_an_address_added_by_hand_that_links_a_guest_on_a_full_disk_writes_nothing(tmp_path, qtbot):
    """The organiser's address typed into a contact's editor links them to the
    series' next evening (an evening row made for it). On a full disk the edit, the
    link and the row are refused together; with room, all three are there."""
    from dataclasses import replace

    from PySide6.QtGui import QUndoStack
    from test_storage_trust import integrity
    from test_write_faults_s33 import TODAY as S33_TODAY
    from test_write_faults_s33 import _as_after, _as_before, _Boxes, _no_wal
    from test_write_faults_s33 import _series_with_an_unknown_organiser as _series

    from netzjournal.commands.contacts import EditContact
    from netzjournal.store.contacts import contact_count, create_contact, get_contact
    from netzjournal.store.records import Channel, ContactRecord
    from netzjournal.ui import undo

    with tmpfs(tmp_path / "disk", "4m") as disk:
        j = Journal.open(disk / "journal.sqlite3", backup_dir=tmp_path / "backups")
        try:
            series, organiser, _add = _series(j)
            made = create_contact(
                j, ContactRecord(given_name="Stammtisch", family_name="München")
            ).value.id
            assert made is not None
            contacts = contact_count(j) - 1  # (_as_after counts one more)
            before = get_contact(j, made)
            after = replace(before, channels=[Channel("email", organiser.address)])
            edit = EditContact(j, before, after, today=S33_TODAY)
            stack, boxes = QUndoStack(), _Boxes()
            _no_wal(j)
            fill_disk(disk)
            assert undo.perform(stack, edit) is None
            qtbot.waitUntil(lambda: bool(boxes.seen))
            assert "disk is full" in boxes.seen[-1].lower()
            assert stack.count() == 0 and get_contact(j, made).channels == []
            _as_before(j, series, organiser, contacts + 1)
            (disk / "filler").unlink()
            assert undo.perform(stack, EditContact(j, before, after, today=S33_TODAY))
            _as_after(j, series, contacts)
        finally:
            j.close()
        assert integrity(disk / "journal.sqlite3") == "ok"


_KILLED_BEFORE_THE_COPY_GOES = _KILLED_BEFORE_THE_CARRY.replace(
    "record_drafts.carry_over = lambda *a: os.kill(os.getpid(), signal.SIGKILL)",
    "record_drafts._forget_kept = lambda *a: os.kill(os.getpid(), signal.SIGKILL)",
)


@pytest.mark.plain_only  # the child opens the journal without a key
def test_a_merge_killed_after_its_draft_was_carried_keeps_no_copy_of_the_contact(
    where, make_window, qtbot
):
    """``kill -9`` after the draft was carried, before the copy of the merged-away
    contact (kept with the merge for it) was cleared: nothing waits on the copy. The
    next start clears it, and offers the carried draft once."""
    from netzjournal.store.merges import as_was

    journal, festo, leipzig = _anna_twice_with_a_draft(where)
    journal.close()
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_BEFORE_THE_COPY_GOES, str(where.root), str(festo),
         str(leipzig)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    assert not DraftStore.of_record(where.drafts, "contact", leipzig).exists()
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        assert as_was(j, leipzig) is not None  # (left by the kill)
    asked: list[str] = []
    timer = _answered(asked, QMessageBox.StandardButton.Cancel)
    window = make_window()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=30_000)
    timer.stop()
    assert asked == ["Restore the unsaved changes to “Anna Roth”?"]
    assert as_was(window.journal, leipzig) is None
