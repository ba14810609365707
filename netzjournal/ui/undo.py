"""The window's undo stack over the Qt-free commands of :mod:`netzjournal.commands`.

A command does its work once in :func:`perform`, which reports a store
error instead of pushing a half-done step; the step's label is the command's
:class:`~netzjournal.commands.base.Outcome` worded by ``texts.outcome_text``
(also shown in the window's status bar). Undo and redo call the command.

Another process may write the same rows meanwhile (``netzjournal import``,
a second window). Edits carry the record they were made from, so the store
combines them with such a change or refuses (:class:`StaleWrite`);
undoing a delete, merge or note edit first checks that the rows are still
as the change left them. An undo or redo that is refused says why and
leaves the stack (it is dropped), rather than overwrite the newer data. One
that met a full disk or another program's lock wrote nothing and stays where
it was on the stack: it can be tried again once there is room.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from netzjournal.commands.base import Command, Outcome
from netzjournal.store.errors import JournalLocked, JournalUnavailable, NotFound, StoreError
from netzjournal.store.journal import DiskFull
from netzjournal.store.stale import StaleWrite
from netzjournal.ui import mnemonics, texts


def label(text: str) -> str:
    """A step's text for ``QUndoCommand.setText``: the text itself (status bar,
    notices) and, after a line break, the undo menu's action text, where an "&"
    ("Kanzlei Meyer & Söhne") would mark the next letter as a mnemonic and vanish."""
    return f"{text}\n{mnemonics.literal(text)}" if "&" in text else text


class Step(QUndoCommand):
    """One command on the undo stack (its label set once it has been done)."""

    def __init__(self, command: Command, text: str = "") -> None:
        super().__init__(label(text) if text else "")
        self.command = command
        self._fresh = True
        self._passed_over = False  # moved back after a try that wrote nothing
        self.refused = False  # the last undo or redo was refused (its message says why)
        self.parent_widget: QWidget | None = None
        self.stack: QUndoStack | None = None  # (set when pushed)
        # Called after an undo that worked (a view selects what it brought back).
        self.undone: Callable[[], None] | None = None
        # Called after a redo that worked (not the first doing: perform() did that); a
        # merge carries the merged-away contact's draft over again.
        self.redone: Callable[[], None] | None = None

    @property
    def outcome(self) -> Outcome | None:
        return self.command.outcome

    @property
    def combined(self) -> bool:
        """The last step was merged with a change made elsewhere."""
        return bool(self.command.outcome and self.command.outcome.combined)

    def redo(self) -> None:
        if self._fresh or self._passed_over:  # perform() already did it (or: see _back)
            self._fresh = self._passed_over = False
            return
        if self._guarded(self.command.do, undoing=False) and self.redone is not None:
            self.redone()

    def undo(self) -> None:
        if self._passed_over:
            self._passed_over = False
            return
        if self._guarded(self.command.undo, undoing=True) and self.undone is not None:
            self.undone()

    def _back(self, undoing: bool) -> None:
        """After the stack has moved past this step although its undo (redo) wrote
        nothing: move it back, without running the command again."""
        stack = self.stack
        if stack is None:
            self.setObsolete(True)
            return
        self._passed_over = True
        QTimer.singleShot(0, stack, stack.redo if undoing else stack.undo)

    def _guarded(self, step: Callable[[], object], undoing: bool) -> bool:
        try:
            step()
            self.refused = False
            return True
        except StoreError as exc:
            self.refused = True
            if _passing(exc):  # nothing written: the same step may be tried again
                self._back(undoing)
            else:
                # Dropped from the stack (Qt deletes an obsolete command), so the
                # stack never claims a state the journal is not in.
                self.setObsolete(True)
            title = (
                QCoreApplication.translate("Undo", "Undo not possible")
                if undoing
                else QCoreApplication.translate("Undo", "Redo not possible")
            )
            message = _undo_refused_text(exc, self.text())
            parent = self.parent_widget
            # Shown after the stack has finished its step.
            QTimer.singleShot(0, lambda: QMessageBox.warning(parent, title, message))
            return False


def _passing(exc: StoreError) -> bool:
    """A refusal that passes (a full disk, another program's lock), not one of the
    journal's rows (changed elsewhere, gone)."""
    if isinstance(exc, JournalUnavailable):
        return exc.kind in ("disk-full", "locked")
    return isinstance(exc, (DiskFull, JournalLocked))


def _undo_refused_text(exc: StoreError, step: str) -> str:
    if isinstance(exc, (StaleWrite, NotFound)):
        return QCoreApplication.translate(
            "Undo",
            "“%1” cannot be undone: what it changed was changed again elsewhere "
            "(in another window or by an import). Undoing it would throw that "
            "newer change away, so the journal was left as it is.",
        ).replace("%1", step)
    return texts.store_error_text(exc)


def perform(
    stack: QUndoStack,
    command: Command | Step,
    parent: QWidget | None = None,
    on_stale: Callable[[StaleWrite], None] | None = None,
) -> Step | None:
    """Do the command's change; push it for undo only if it worked (the step, else None).

    ``on_stale`` handles a conflict with a change made elsewhere (an editor
    shows its text again); other refusals are reported in a message box.
    """
    step = command if isinstance(command, Step) else Step(command)
    step.parent_widget = parent
    try:
        step.command.do()
    except StoreError as exc:
        if isinstance(exc, StaleWrite) and on_stale is not None:
            on_stale(exc)
            return None
        from netzjournal.ui import not_saved

        title = QCoreApplication.translate("Undo", "Not saved")
        not_saved.warn(parent, title, texts.store_error_text(exc), exc)
        return None
    push_done(stack, step)
    window = main_window(parent)
    if window is not None:
        # (The step is named as the Edit menu names it, "Archive Paul Neumann": after
        # a bare "Done:" the German infinitive read as an order.)
        done = QCoreApplication.translate("Undo", "Done: %1 – Ctrl+Z undoes it")
        # (The names alone, not the labels that tell namesakes apart: one line at 800
        # pixels; the undo menu has the labels.)
        said = texts.status_text(step.outcome) if step.outcome else step.text()
        done = done.replace("%1", said)
        window.statusBar().showMessage(done, 5000)
    return step


def undo_and_say(stack: QUndoStack, widget: QWidget | None) -> bool:
    """Ctrl+Z in a dialog (the Edit menu cannot be reached from it): the last step
    undone and the window's status bar saying which, as "Done: …" said it was done.
    False if there was none or it was refused (its message box says why)."""
    from netzjournal.ui.undo_menu import step_and_say

    return step_and_say(stack, main_window(widget), undoing=True)


def main_window(widget: QWidget | None) -> QMainWindow | None:
    """The main window ``widget`` is in, through the dialogs it is shown from (a step
    done in a dialog, "Not the same person", is reported in the window's status bar)."""
    while widget is not None:
        top = widget.window()
        if isinstance(top, QMainWindow):
            return top
        widget = top.parentWidget()
    return None


def push_done(stack: QUndoStack, command: Command | Step, parent: QWidget | None = None) -> Step:
    """Push a command its caller has done already, for undo (a dialog that words a
    refused save itself: the quick note)."""
    step = command if isinstance(command, Step) else Step(command)
    if parent is not None:
        step.parent_widget = parent
    step.stack = stack
    if not step.text():
        step.setText(label(texts.outcome_text(step.command.outcome or Outcome(""))))
    stack.push(step)
    return step
