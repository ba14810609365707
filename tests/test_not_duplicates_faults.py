"""„Nicht dieselbe Person“ (``SayNotDuplicates``) and its undo while another program
holds the journal: refused whole and said, and the undo stack says what is stored."""

from __future__ import annotations

import contextlib

import pytest
from conftest import person
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from test_storage_trust import IS_ROOT, holding_the_write_lock
from test_write_faults_s33 import _Boxes
from uihelpers import when_modal

from netzjournal.commands.duplicates import SayNotDuplicates
from netzjournal.store.contacts import create_contact
from netzjournal.store.duplicates import possible_duplicates
from netzjournal.ui import undo


def _said(journal) -> int:
    return journal.connection().execute("SELECT count(*) FROM contact_not_duplicate").fetchone()[0]


def test_not_the_same_person_and_its_undo_under_a_lock(journal, qtbot):
    a = create_contact(journal, person("Jana", "Berg", city="Köln")).value.id
    b = create_contact(journal, person("Jana", "Berg", city="Bonn")).value.id
    assert [(p.low, p.high) for p in possible_duplicates(journal)] == [(a, b)]
    parent, stack, boxes = QWidget(), QUndoStack(), _Boxes()
    qtbot.addWidget(parent)
    with holding_the_write_lock(journal.path):
        assert undo.perform(stack, SayNotDuplicates(journal, a, b), parent) is None
        qtbot.waitUntil(lambda: bool(boxes.seen), timeout=20_000)
    assert "another program" in boxes.seen[-1].lower(), boxes.seen
    assert _said(journal) == 0 and stack.count() == 0
    assert possible_duplicates(journal)  # still offered

    assert undo.perform(stack, SayNotDuplicates(journal, a, b), parent) is not None
    assert _said(journal) == 1 and possible_duplicates(journal) == [] and stack.index() == 1
    with holding_the_write_lock(journal.path):
        stack.undo()
        qtbot.waitUntil(lambda: len(boxes.seen) == 2, timeout=20_000)
    assert "another program" in boxes.seen[-1].lower(), boxes.seen
    qtbot.waitUntil(lambda: stack.canUndo() and stack.index() == 1)
    assert _said(journal) == 1  # still said, and the step can be undone once it is free
    stack.undo()
    assert _said(journal) == 0 and len(possible_duplicates(journal)) == 1


@pytest.mark.plain_only  # the integrity check is plain SQLite (no key)
@pytest.mark.parametrize("fault", ["disk-full", "lock"])
def test_merging_from_the_list_under_a_fault_says_so_and_leaves_the_list_as_it_was(
    tmp_path, where, make_window, qtbot, fault
):
    """Edit → „Duplikate suchen …“, „Zusammenführen …“, the question answered, and the
    disk full (a small tmpfs) or another program writing: the window says which, no
    undo step, both people as they were, the list and its count as they were."""
    from test_storage_trust import fill_disk, integrity, tmpfs
    from test_write_faults_s33 import _no_wal

    from netzjournal.store.contacts import contact_count
    from netzjournal.store.journal import Journal
    from netzjournal.store.merges import merged_into
    from netzjournal.store.records import Channel
    from netzjournal.ui.contacts.duplicates import DuplicatesDialog
    from netzjournal.ui.contacts.merge import MergeDialog

    with contextlib.ExitStack() as scope:
        if fault == "disk-full":
            if not IS_ROOT:
                pytest.skip("needs root to mount a small tmpfs")
            folder = scope.enter_context(tmpfs(tmp_path / "disk", "4m"))
        else:
            folder = tmp_path
        journal = Journal.open(folder / "journal.sqlite3", backup_dir=where.backups)
        mail = [Channel("email", "jana@berg.example")]
        ids = [
            create_contact(journal, person("Jana", "Berg", city=city, channels=mail)).value.id
            for city in ("Köln", "Bonn")
        ]
        w = make_window(journal)
        stack, boxes = w.undo_stack, _Boxes()
        seen: list[object] = []

        def in_list(dialog: DuplicatesDialog) -> None:
            def listed() -> list[object]:
                pair = dialog.model.pair_at(dialog.table.currentIndex())
                return [list(dialog.model.rows), pair, dialog.count.text()]

            before = listed()
            when_modal(lambda m: m.merge_button.click(), lambda d: isinstance(d, MergeDialog))
            with contextlib.ExitStack() as held:
                if fault == "disk-full":
                    _no_wal(journal)
                    fill_disk(folder)
                else:
                    held.enter_context(holding_the_write_lock(journal.path))
                dialog.merge_button.click()
                qtbot.waitUntil(lambda: bool(boxes.seen), timeout=20_000)
            seen.append(listed() == before)
            seen.append(dialog.isVisible() and dialog.merge_button.isEnabled())
            dialog.reject()

        when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
        w.actions_.find_duplicates.trigger()
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=30_000)
        said = {"disk-full": "disk is full", "lock": "another program"}[fault]
        assert said in boxes.seen[-1].lower(), boxes.seen
        assert seen == [True, True]
        assert stack.count() == 0 and contact_count(journal) == 2
        assert all(merged_into(journal, i) is None for i in ids)
        assert [(p.low, p.high) for p in possible_duplicates(journal)] == [tuple(sorted(ids))]
        if fault == "disk-full":
            (folder / "filler").unlink()
            w.close()
            journal.close()
            assert integrity(folder / "journal.sqlite3") == "ok"
