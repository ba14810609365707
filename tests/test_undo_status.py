"""The window's own Ctrl+Z and Ctrl+Shift+Z say what they undid or redid in the status
bar, and the Edit menu names the step short enough for 800 pixels (the full label, which
tells namesakes apart, is the entry's status tip)."""

from __future__ import annotations

import re

from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from netzjournal.commands.duplicates import SayNotDuplicates
from netzjournal.store.contacts import create_contact
from netzjournal.store.records import Channel
from netzjournal.ui import undo

WORDS = {
    "de": ("Rückgängig gemacht: Paul Neumann archivieren", "Wiederholt: Paul Neumann archivieren"),
    "en": ("Undone: Archive Paul Neumann", "Redone: Archive Paul Neumann"),
}


def shown(action_text: str) -> str:
    return re.sub(r"&(.)", r"\1", action_text)


def _room(bar) -> int:
    spacing = bar.style().pixelMetric(bar.style().PixelMetric.PM_LayoutHorizontalSpacing)
    return bar.contentsRect().width() - 2 * spacing


def test_ctrl_z_and_ctrl_shift_z_in_the_window_say_what_they_did(language, make_window, qtbot):
    w = make_window()
    w.resize(800, 600)
    paul = create_contact(w.journal, person("Paul", "Neumann")).value.id
    w.contacts.reload()
    w.contacts.select(paul)
    w.actions_.archive_contact.trigger()
    w.statusBar().clearMessage()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    table = w.contacts.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = w.statusBar().currentMessage()
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, shift)
    redone = w.statusBar().currentMessage()
    # before: the status bar said nothing (only the duplicates list's Ctrl+Z did)
    assert (undone, redone) == WORDS[language]
    for message in (undone, redone):
        assert w.statusBar().fontMetrics().horizontalAdvance(message) <= _room(w.statusBar())


def _twins(journal) -> list[int]:
    """Two „Jürgen Bäcker · Fjordwerk UX · Kiel“, told apart only by their role."""
    ids = []
    for role in ("Karriereberater", "Leiter Vertrieb"):
        ids.append(create_contact(journal, person(
            "Jürgen", "Bäcker", organisation="Fjordwerk UX", city="Kiel", role=role,
            channels=[Channel("email", "juergen@fjordwerk.example")],
        )).value.id)  # fmt: skip
    return ids


def test_the_edit_menu_keeps_its_undo_entry_inside_800_pixels(language, make_window, qtbot):
    w = make_window()
    w.resize(800, 600)
    a, b = _twins(w.journal)
    assert undo.perform(w.undo_stack, SayNotDuplicates(w.journal, a, b), w) is not None
    edit = w.undo_action.associatedObjects()
    menu = next(m for m in edit if isinstance(m, QMenu))
    left = w.menuBar().actionGeometry(menu.menuAction()).left()
    # before: „Rückgängig: Jürgen Bäcker · Fjordwerk UX, Kiel, Karriereberater und …“
    # made the menu 1000 pixels wide (cut at the window's edge)
    assert left + menu.sizeHint().width() <= 800, shown(w.undo_action.text())
    assert "Jürgen Bäcker" in shown(w.undo_action.text())
    tip = w.undo_action.statusTip()  # the full label, where it has the room
    assert "Karriereberater" in tip and "Leiter Vertrieb" in tip, tip
    assert not tip.startswith("&")
    w.undo_stack.undo()
    assert left + menu.sizeHint().width() <= 800, shown(w.redo_action.text())
    assert "Karriereberater" in w.redo_action.statusTip()
