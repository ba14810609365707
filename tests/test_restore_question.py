"""The restore question (File → Backups → Restore…, and „Restore from file…“) says when
the backup was made, what it holds (read from the backup, leaving nothing beside it) and
that the current journal is kept first; Cancel stays the default."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from conftest import note, person
from PySide6.QtWidgets import QMessageBox
from uihelpers import in_language, when_modal

from netzjournal.store.backups import create_backup, holdings, list_backups
from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal
from netzjournal.ui import texts
from netzjournal.ui.backups_dialog import BackupsDialog

MADE = dt.datetime(2026, 3, 1, 9, 30)


def _companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


def _fill(journal: Journal) -> None:
    """Two contacts and one note."""
    anna = create_contact(journal, person("Anna", "Weiß")).value
    create_contact(journal, person("Jörg", "Groß"))
    create_interaction(journal, note(dt.datetime(2026, 2, 1, 10), [anna.id], kind="coffee"))


def _asked(dialog: BackupsDialog, start) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The question's words, answered with Cancel (Enter: the default)."""
    seen: dict[str, object] = {}

    def cancel(box: QMessageBox) -> None:
        seen["question"] = box.text()
        seen["detail"] = box.informativeText()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        seen["restore"] = box.button(QMessageBox.StandardButton.Yes).isEnabled()
        box.defaultButton().click()

    when_modal(cancel, lambda m: isinstance(m, QMessageBox))
    start()
    return seen


@pytest.mark.parametrize(
    ("language", "holds", "kept"),
    [
        ("en", "It holds 2 contacts and 1 note.", "Your current journal is kept first"),
        ("de", "Die Sicherung enthält 2 Kontakte und 1 Notiz.",
         "Ihr jetziges Journal wird vorher gesichert"),
    ],
)  # fmt: skip
def test_the_question_says_when_what_and_that_the_journal_is_kept(
    make_window, where, qtbot, language, holds, kept
):
    w = make_window()
    _fill(w.journal)
    create_backup(w.journal, where.backups, "manual", now=MADE)
    create_contact(w.journal, person("Eva", "Später"))
    dialog = BackupsDialog(lambda: w.journal, w.restore_backup, where, w)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    with in_language(language):
        seen = _asked(dialog, dialog.restore_selected)
        when = texts.format_datetime(MADE)
    assert when in str(seen["question"]) and "09:30" in when
    assert str(seen["detail"]).startswith(holds), seen["detail"]
    assert kept in str(seen["detail"])
    assert seen["default"] is True and seen["restore"] is True
    assert contact_count(w.journal) == 3  # (Cancel: nothing restored)
    backup = list_backups(where.backups)[0].path
    assert _companions(backup) == []


def test_a_backup_whose_contents_cannot_be_read_says_so_and_may_still_be_restored(
    make_window, where, qtbot
):
    w = make_window()
    create_contact(w.journal, person("Max", "Müller"))
    where.backups.mkdir(exist_ok=True)
    spoilt = where.backups / "journal-20260301-093000-manual.sqlite3"
    spoilt.write_bytes(b"SQLite format 3\x00" + b"\x17" * 4000)
    assert holdings(spoilt) is None
    dialog = BackupsDialog(lambda: w.journal, w.restore_backup, where, w)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    seen = _asked(dialog, dialog.restore_selected)
    assert "cannot be read beforehand" in str(seen["detail"])
    assert "kept first" in str(seen["detail"])
    assert seen["default"] is True and seen["restore"] is True


def test_a_file_from_elsewhere_is_named_dated_and_counted_and_left_as_it_was(
    make_window, where, qtbot, tmp_path
):
    """A WAL journal's copy (the folder's own journal.sqlite3, renamed): read read-only, it
    got a -shm and a -wal beside it, though the question was cancelled."""
    elsewhere = tmp_path / "stick" / "meine-sicherung.sqlite3"
    elsewhere.parent.mkdir()
    with Journal.open(elsewhere) as other:
        _fill(other)
    assert _companions(elsewhere) == []
    assert elsewhere.read_bytes()[18:20] == b"\x02\x02" or not elsewhere.read_bytes().startswith(
        b"SQLite format 3"
    )  # (WAL, or encrypted: the header is not readable then)
    stamp = MADE.timestamp()
    os.utime(elsewhere, (stamp, stamp))
    w = make_window()
    create_contact(w.journal, person("Max", "Müller"))
    dialog = BackupsDialog(lambda: w.journal, w.restore_backup, where, w)
    qtbot.addWidget(dialog)
    with in_language("en"):  # (the English plurals come from its translator)
        seen = _asked(dialog, lambda: dialog.restore_from_file(elsewhere))
        when = texts.format_datetime(MADE)
    question = str(seen["question"])
    assert "“meine-sicherung.sqlite3”" in question
    assert f"(last changed {when})" in question
    assert str(seen["detail"]).startswith("It holds 2 contacts and 1 note.")
    assert seen["default"] is True
    assert _companions(elsewhere) == []
    assert contact_count(w.journal) == 1 and list_backups(where.backups) == []


def test_a_backup_file_named_by_netzjournal_is_dated_by_its_name(
    make_window, where, qtbot, tmp_path
):
    w = make_window()
    _fill(w.journal)
    made = create_backup(w.journal, tmp_path, "manual", now=MADE).path
    os.utime(made, (0, 0))  # (copied without its times: the name still says when)
    dialog = BackupsDialog(lambda: w.journal, w.restore_backup, where, w)
    qtbot.addWidget(dialog)
    with in_language("en"):
        seen = _asked(dialog, lambda: dialog.restore_from_file(made))
        when = texts.format_datetime(MADE)
    assert f"“{made.name}” from {when}?" in str(seen["question"])
    assert str(seen["detail"]).startswith("It holds 2 contacts and 1 note.")
