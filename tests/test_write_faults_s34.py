"""Session 34's faults: the journal's file taken away while it is open, and a journal
that is a symbolic link.

Real files in tmp_path, real widgets offscreen. SQLite in WAL mode goes on writing to a
journal whose file (or folder) was deleted, moved or replaced while it is open: every
write then lands in a file nobody opens again, and says nothing. The store now refuses
such a write (one ``stat`` per write transaction) and says why.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import collect_message_boxes, quick_note_shown

from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.errors import JournalUnavailable
from netzjournal.store.interactions import interaction_count
from netzjournal.store.journal import Journal

NOW = dt.datetime(2026, 12, 1, 9, 30)


def _take_away(journal_path: Path, how: str) -> None:
    folder = journal_path.parent
    if how == "file deleted":
        journal_path.unlink()
    elif how == "folder deleted":
        shutil.rmtree(folder)
    elif how == "folder moved":
        folder.rename(folder.with_name(folder.name + "-moved"))
    elif how == "file replaced":
        # (a sync client puts another device's copy in its place)
        other = journal_path.with_name("other.sqlite3")
        shutil.copyfile(journal_path, other)
        os.replace(other, journal_path)


@pytest.mark.parametrize("how", ["file deleted", "folder deleted", "folder moved", "file replaced"])
def test_a_write_to_a_journal_taken_away_while_open_is_refused_and_says_why(tmp_path, how):
    path = tmp_path / "data" / "journal.sqlite3"
    path.parent.mkdir()
    journal = Journal.open(path)
    try:
        create_contact(journal, person("Anna", "Alt"))
        _take_away(path, how)
        with pytest.raises(JournalUnavailable) as caught:
            create_contact(journal, person("Bert", "Bau"))
        assert caught.value.kind == "moved"
        assert caught.value.path == path
        assert "was moved or deleted while netzjournal had it open" in str(caught.value)
        assert contact_count(journal) == 1  # rolled back: one transaction, nothing half
    finally:
        journal.close()


def test_a_journal_reopened_at_its_path_after_a_close_writes_there(tmp_path):
    """A late reader's reconnect (the window closing after a restore) takes the file now
    at the path; its writes are not refused as moved."""
    path = tmp_path / "journal.sqlite3"
    journal = Journal.open(path)
    create_contact(journal, person("Anna", "Alt"))
    journal.close()
    _take_away(path, "file replaced")
    try:
        create_contact(journal, person("Bert", "Bau"))
        assert contact_count(journal) == 2
    finally:
        journal.close()


def _key(widget, ch: str) -> None:
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
    )


def test_a_quick_note_on_a_journal_moved_away_keeps_its_text_and_saves_once_it_is_back(
    journal, tmp_path, qtbot
):
    jana = create_contact(journal, person("Jana", "Beispiel")).value.id
    with quick_note_shown(journal, tmp_path / "drafts", NOW) as dialog:
        dialog.who.refresh_names()
        dialog.who.set_ids([jana])
        for ch in "Über Köln":
            _key(dialog.body, ch)
        away = journal.path.with_name("journal-elsewhere.sqlite3")
        journal.path.rename(away)
        seen = collect_message_boxes()
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert len(seen) == 1, seen
        assert "was moved or deleted while netzjournal had it open" in seen[0]
        assert str(journal.path) in seen[0]
        assert dialog.isVisible() and dialog.body.toPlainText() == "Über Köln"
        assert interaction_count(journal) == 0
        away.rename(journal.path)  # put back, as the message says
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert not dialog.isVisible()
    assert interaction_count(journal) == 1
