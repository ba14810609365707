"""The quick note keeps steady typing, and says calmly when it cannot write.

Real widget, real key events, real draft files; a full disk is a draft file
that points at ``/dev/full`` (every write there fails with ENOSPC) and a
journal capped with ``PRAGMA max_page_count``; a lock is a second real
connection holding the journal's write lock.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from conftest import person
from dbfiles import connect as _dbconnect
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from uihelpers import collect_message_boxes, quick_note_shown

from netzjournal.drafts import DraftStore
from netzjournal.store.contacts import create_contact
from netzjournal.store.errors import JournalLocked
from netzjournal.store.interactions import interaction_count
from netzjournal.ui.draft_autosave import MAX_WAIT_MS
from netzjournal.ui.notes.editor import from_qdatetime

NOW = dt.datetime(2026, 11, 22, 15, 30)
DEV_FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(
    not DEV_FULL.exists(), reason="needs /dev/full to make a draft write fail with ENOSPC"
)


@pytest.fixture
def dialog(qtbot, journal, tmp_path):
    with quick_note_shown(journal, tmp_path / "drafts", NOW) as d:
        yield d


def key(widget, ch: str) -> None:
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
    )


def draft_body(drafts: DraftStore) -> str:
    """The draft as a kill at this moment would leave it."""
    if not drafts.current.exists():
        return ""
    found = drafts.load()  # (sealed beside an encrypted journal: read with its key)
    assert found is not None, "a draft file that cannot be read"
    return str(found.get("body", ""))


def test_steady_typing_reaches_the_draft_while_typing_goes_on(dialog, qtbot):
    """Keys every 60 ms never leave a 400 ms pause; the draft must still follow."""
    text = "Kaffee mit Jana über die Messe in Köln und den Termin im März. " * 2
    typed_at: list[tuple[float, int]] = []  # (time, characters typed by then)
    checks = 0
    for n, ch in enumerate(text, start=1):
        key(dialog.body, ch)
        typed_at.append((time.monotonic(), n))
        qtbot.wait(60)
        if n % 15 == 0 and n >= 45:
            # A kill now leaves what is on disk: everything typed up to a
            # second (plus slack for a loaded machine) ago must be there.
            now = time.monotonic()
            on_disk = draft_body(dialog.drafts)
            assert text.startswith(on_disk)
            due = max(
                (c for t, c in typed_at if now - t >= MAX_WAIT_MS / 1000 + 0.6),
                default=0,
            )
            assert len(on_disk) >= due, (len(on_disk), due, n)
            checks += 1
    assert checks >= 4
    assert dialog.body.toPlainText() == text


@needs_dev_full
def test_a_draft_on_a_full_disk_says_so_and_keeps_the_text(dialog, qtbot):
    key(dialog.body, "K")
    qtbot.waitUntil(lambda: draft_body(dialog.drafts) == "K", timeout=30_000)
    # The disk fills up: the next draft write fails with ENOSPC.
    tmp = dialog.drafts.current.with_name(dialog.drafts.current.name + ".tmp")
    tmp.symlink_to(DEV_FULL)
    for ch in "affee":
        key(dialog.body, ch)
    qtbot.waitUntil(dialog.draft_status.isVisible, timeout=30_000)
    assert "full" in dialog.draft_status.text()
    assert dialog.body.toPlainText() == "Kaffee" and dialog.isVisible()
    assert draft_body(dialog.drafts) == "K"  # the previous draft is intact
    assert not tmp.exists() and not tmp.is_symlink()  # nothing half-written left
    # Space again: the next change is saved and the line goes away.
    key(dialog.body, "!")
    qtbot.waitUntil(lambda: draft_body(dialog.drafts) == "Kaffee!", timeout=30_000)
    assert not dialog.draft_status.isVisible()


def autosave_done(qtbot, dialog) -> None:
    """Wait until the dialog's autosave timers have run out (however slow the machine)."""
    qtbot.waitUntil(
        lambda: not dialog._autosave.pending(),
        timeout=60_000,
    )


def ctrl_enter(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


@needs_dev_full
def test_a_full_disk_on_save_is_said_once_and_the_text_stays(dialog, journal, qtbot):
    jana = create_contact(journal, person("Jana", "Beispiel")).value.id
    dialog.who.refresh_names()
    dialog.who.set_ids([jana])
    body = "Lange Notiz über die Messe. " * 800  # needs new pages in the journal
    dialog.body.setPlainText(body)
    conn = journal.connection()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    dialog.save_draft()  # nothing pending; then the drafts' disk fills up too
    dialog.drafts.current.with_name(dialog.drafts.current.name + ".tmp").symlink_to(DEV_FULL)
    seen = collect_message_boxes()
    ctrl_enter(dialog.body)
    autosave_done(qtbot, dialog)  # meanwhile: no second message
    assert len(seen) == 1, seen
    assert "disk is full" in seen[0] and "stays here" in seen[0]
    assert dialog.isVisible() and dialog.body.toPlainText() == body
    assert dialog.draft_status.isVisible() and "full" in dialog.draft_status.text()
    assert interaction_count(journal) == 0
    conn.execute("PRAGMA max_page_count = 1073741823")
    ctrl_enter(dialog.body)
    assert not dialog.isVisible()
    assert interaction_count(journal) == 1
    assert not dialog.drafts.current.exists()


def test_a_journal_locked_by_another_program_is_said_once(dialog, journal, qtbot):
    jana = create_contact(journal, person("Jana", "Beispiel")).value.id
    dialog.who.refresh_names()
    dialog.who.set_ids([jana])
    for ch in "Über Köln":
        key(dialog.body, ch)
    journal.connection().execute("PRAGMA busy_timeout = 200")
    other = _dbconnect(journal.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        other.execute("INSERT INTO setting (key, value) VALUES ('x', '1')")
        seen = collect_message_boxes()
        ctrl_enter(dialog.body)
        autosave_done(qtbot, dialog)  # meanwhile: no second message
        assert len(seen) == 1, seen
        assert "Another program is writing" in seen[0]
        assert dialog.isVisible() and dialog.body.toPlainText() == "Über Köln"
        assert draft_body(dialog.drafts) == "Über Köln"
        other.execute("COMMIT")
    finally:
        other.close()
    ctrl_enter(dialog.body)
    assert not dialog.isVisible()
    assert interaction_count(journal) == 1


def test_locked_journal_raises_the_stores_own_error(journal):
    journal.connection().execute("PRAGMA busy_timeout = 100")
    other = _dbconnect(journal.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(JournalLocked):
            create_contact(journal, person("Jana", "Beispiel"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert create_contact(journal, person("Jana", "Beispiel")).value.id


def test_draft_write_failure_leaves_the_previous_draft(tmp_path):
    drafts = DraftStore(tmp_path / "drafts")
    drafts.save({"body": "erst"})
    if not DEV_FULL.exists():
        pytest.skip("needs /dev/full")
    os.symlink(DEV_FULL, drafts.current.with_name(drafts.current.name + ".tmp"))
    with pytest.raises(OSError):
        drafts.save({"body": "dann"})
    assert drafts.load() == {"body": "erst"}


def test_yesterday_is_the_evening_before_not_this_minute_a_day_ago(dialog, qtbot):
    """ "Yesterday" at 15:30 on the 22nd: the 21st at 19:00 (a past day's note is about
    its evening), not 15:30 — and "Now" still gives this minute."""
    dialog.findChild(QPushButton, "quickYesterday").click()
    assert from_qdatetime(dialog.when.dateTime()) == dt.datetime(2026, 11, 21, 19, 0)
    dialog.findChild(QPushButton, "quickNow").click()
    assert from_qdatetime(dialog.when.dateTime()) == NOW
