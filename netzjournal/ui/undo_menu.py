"""The Edit menu's "Undo …" and "Redo …" in words of our own, and what they did.

Qt's undo and redo actions join their prefix and the step with a bare space, and
German read „Rückgängig Nachbereitung „Stammtisch Süd““; German wants a colon
(„Rückgängig: Nachbereitung …“). The entry names the step as the status bar does (the
names alone, cut to fit a menu at 800 pixels); the full label, which tells namesakes
apart, is its status tip. Undo and redo say in the status bar what they did
(„Rückgängig gemacht: …“), as „Ausgeführt: …“ said it was done. A module of its own,
small: the window builds its menus before its first paint (ui/undo.py brings the
store's snapshots along).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QFontMetrics, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

# The step's part of a menu entry at most (the verb, „Wiederholen: “, and the shortcut
# column come beside it: the Edit menu stays inside an 800-pixel window).
MENU_STEP_PX = 420


def said_of(step: QUndoCommand) -> str:
    """A step in the status bar's words: the names alone (``texts.status_text``) where
    the command names people, else its label."""
    outcome = getattr(step, "outcome", None)
    if outcome is not None:
        from netzjournal.ui import texts

        return texts.status_text(outcome)
    return step.text()


def _next_step(stack: QUndoStack, undoing: bool) -> QUndoCommand | None:
    return stack.command(stack.index() - 1 if undoing else stack.index())


def step_and_say(stack: QUndoStack, window: QMainWindow | None, undoing: bool) -> bool:
    """Undo (redo) the next step; the window's status bar says which („Rückgängig
    gemacht: …“). False if there was none, or it was refused (its message box says why)."""
    step = _next_step(stack, undoing)
    if step is None:
        return False
    said = said_of(step)
    stack.undo() if undoing else stack.redo()
    if getattr(step, "refused", False):  # (the Python side outlives a dropped step)
        return False
    if window is not None:
        done = (
            QCoreApplication.translate("Undo", "Undone: %1")
            if undoing
            else QCoreApplication.translate("Undo", "Redone: %1")
        )
        window.statusBar().showMessage(done.replace("%1", said), 5000)
    return True


class _MenuText(QObject):
    """Names the step in an undo or redo action (a child of it: the connection goes
    with the action, as the window's stack may outlive it)."""

    def __init__(
        self, action: QAction, bare: str, named: str, stack: QUndoStack, undoing: bool
    ) -> None:
        super().__init__(action)
        self._action, self._bare, self._named = action, bare, named
        self._stack, self._undoing = stack, undoing

    def show(self, step: str) -> None:
        # (the window going: its stack, cleared as it goes, spoke to an action gone)
        if not shiboken6.isValid(self._action):
            return
        command = _next_step(self._stack, self._undoing) if step else None
        if command is None:
            self._action.setText(self._named.replace("%1", step) if step else self._bare)
            self._action.setStatusTip("")
            return
        from netzjournal.ui import mnemonics

        menu_font = QApplication.font("QMenu")  # type: ignore[call-overload]  # (stubs: bytes)
        short = QFontMetrics(menu_font).elidedText(
            said_of(command), Qt.TextElideMode.ElideRight, MENU_STEP_PX
        )
        self._action.setText(self._named.replace("%1", mnemonics.literal(short)))
        # (the verb without its Alt letter: "&Undo %1" → "Undo %1")
        tip = self._named.replace("&&", "\0").replace("&", "").replace("\0", "&")
        self._action.setStatusTip(tip.replace("%1", command.text()))


def name_steps_in_menu(stack: QUndoStack, undo_action: QAction, redo_action: QAction) -> None:
    """The Edit menu's "Undo Edit Anna", in words of our own: Qt's actions join their
    prefix and the step with a bare space, and German read „Rückgängig Nachbereitung
    „Stammtisch Süd““ (now „Rückgängig: Nachbereitung …“). Set after Qt's own slot,
    which is connected first (the step's text already has its "&" doubled: label())."""
    undo_text = _MenuText(undo_action, QCoreApplication.translate("Undo", "&Undo"),
                          QCoreApplication.translate("Undo", "&Undo %1"), stack, True)  # fmt: skip
    redo_text = _MenuText(redo_action, QCoreApplication.translate("Undo", "&Redo"),
                          QCoreApplication.translate("Undo", "&Redo %1"), stack, False)  # fmt: skip
    stack.undoTextChanged.connect(undo_text.show)
    stack.redoTextChanged.connect(redo_text.show)
    undo_text.show(stack.undoText())
    redo_text.show(stack.redoText())


def edit_actions(stack: QUndoStack, window: QMainWindow) -> tuple[QAction, QAction]:
    """The window's Edit → Undo and Redo: named as above, enabled as the stack allows,
    and saying in the status bar what they did (Qt's own actions say nothing)."""
    undo = QAction(window)
    redo = QAction(window)
    for action, undoing, can in ((undo, True, stack.canUndo), (redo, False, stack.canRedo)):
        action.setEnabled(can())
        action.triggered.connect(
            lambda _checked=False, u=undoing: step_and_say(stack, window, undoing=u)
        )
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    name_steps_in_menu(stack, undo, redo)
    return undo, redo
