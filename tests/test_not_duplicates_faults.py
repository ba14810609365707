"""„Nicht dieselbe Person“ (``SayNotDuplicates``) and its undo while another program
holds the journal: refused whole and said, and the undo stack says what is stored."""

from __future__ import annotations

from conftest import person
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from test_storage_trust import holding_the_write_lock
from test_write_faults_s33 import _Boxes

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
