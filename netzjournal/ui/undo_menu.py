"""The Edit menu's "Undo …" and "Redo …" in words of our own.

Qt's undo and redo actions join their prefix and the step with a bare space, and
German read „Rückgängig Nachbereitung „Stammtisch Süd““; German wants a colon
(„Rückgängig: Nachbereitung …“). A module of its own, small: the window builds its
menus before its first paint (ui/undo.py brings the store's snapshots along).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoStack


class _MenuText(QObject):
    """Names the step in an undo or redo action (a child of it: the connection goes
    with the action, as the window's stack may outlive it)."""

    def __init__(self, action: QAction, bare: str, named: str) -> None:
        super().__init__(action)
        self._action, self._bare, self._named = action, bare, named

    def show(self, step: str) -> None:
        # (the window going: its stack, cleared as it goes, spoke to an action gone)
        if shiboken6.isValid(self._action):
            self._action.setText(self._named.replace("%1", step) if step else self._bare)


def name_steps_in_menu(stack: QUndoStack, undo_action: QAction, redo_action: QAction) -> None:
    """The Edit menu's "Undo Edit Anna", in words of our own: Qt's actions join their
    prefix and the step with a bare space, and German read „Rückgängig Nachbereitung
    „Stammtisch Süd““ (now „Rückgängig: Nachbereitung …“). Set after Qt's own slot,
    which is connected first (the step's text already has its "&" doubled: label())."""
    undo_text = _MenuText(undo_action, QCoreApplication.translate("Undo", "&Undo"),
                          QCoreApplication.translate("Undo", "&Undo %1"))  # fmt: skip
    redo_text = _MenuText(redo_action, QCoreApplication.translate("Undo", "&Redo"),
                          QCoreApplication.translate("Undo", "&Redo %1"))  # fmt: skip
    stack.undoTextChanged.connect(undo_text.show)
    stack.redoTextChanged.connect(redo_text.show)
    undo_text.show(stack.undoText())
    redo_text.show(stack.redoText())
