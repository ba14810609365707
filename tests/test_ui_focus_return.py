"""Keyboard only: after a dialog closes, the keys go where they were before it opened
(the keyboard walk). The window system activates the window again (offscreen and a
bare Xvfb do not), and Qt gives the keys to the window's focus widget: that must still
be the contacts list, not a button or the filter the dialog's code touched."""

from __future__ import annotations

from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import when_modal

from netzjournal.store.contacts import create_contact


def test_the_list_has_the_keys_again_after_the_editor_and_the_merge_question(make_window, qtbot):
    w = make_window()
    ids = [create_contact(w.journal, person(n, "Brandt")).value.id for n in ("Anna", "Bernd")]
    w.contacts.reload()
    w.activateWindow()
    qtbot.waitActive(w)
    w.contacts.select(ids[0])
    w.contacts.table.setFocus()
    qtbot.waitUntil(w.contacts.table.hasFocus)
    for trigger in (w.actions_.edit_contact, w.actions_.merge_contacts):
        if trigger is w.actions_.merge_contacts:
            w.contacts.table.selectAll()
        seen = when_modal(lambda d: QTest.keyClick(d, Qt.Key.Key_Escape))
        trigger.trigger()
        assert seen, trigger.text()
        QApplication.processEvents()
        assert w.focusWidget() is w.contacts.table
