"""Nothing typed goes away unasked: the one place that asks before an editor is left.

An editor is anything that holds text the journal does not have yet. It
implements :class:`Editor`; whoever is about to make its text go away
(switching notes, switching views, closing the window, quitting, Esc) calls
:func:`settle` first and goes ahead only if it returns True:

- nothing unsaved → True, silently;
- otherwise the person chooses: **Save** (the default: Enter keeps the
  text) → the editor saves, True unless saving failed (a wrong field stays
  on screen); **Discard** → the editor forgets its changes, True;
  **Cancel** (Esc) → False, everything stays as it was.

An editor whose text cannot be saved as it stands (the quick note with nobody
named) offers only Discard / Cancel, Cancel the default (``unsavable``). Each
editor asks its own whole sentence: a composed one read stiffly in German.

:class:`UnsavedGuard` holds the window's editors for closing and quitting.

Whether an editor holds changes is decided by comparing :func:`form_state`
of its widgets with the state when it was loaded, so typing a word and
deleting it again leaves nothing to ask about. A composite widget (a token
field, say) may provide ``unsaved_state()``; its value is used instead of
the widgets inside it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QWidget,
)


def is_ctrl_enter(event: QEvent) -> bool:
    """Ctrl+Enter, the key that saves an editor from any of its fields (caught by an
    event filter, not a QShortcut: text fields would take the key first)."""
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )


class Editor(Protocol):
    def has_unsaved_changes(self) -> bool: ...

    def save(self) -> bool:
        """Store the changes; False if they could not be (the problem is shown)."""
        ...

    def discard(self) -> None: ...


def ask(
    parent: QWidget | None, question: str, lost: str = "", unsavable: str = ""
) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel; Save is the default.

    ``question``: the whole sentence, one per kind of editor ("Save the changes to the
    contact “%1”?"): a sentence composed of "Save the changes to %1?" and a subject
    read stiffly in German ("an dem Kontakt" for "am Kontakt").

    ``lost``: what Discard throws away, where an editor can name it (the debrief:
    whose lines, who added or taken off); else "what you typed".
    ``unsavable``: why the editor cannot be saved as it stands (the quick note without
    a word about the meeting); then only Discard / Cancel are offered, and Cancel is
    the default: a Save that cannot save would only return to the editor."""
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    if not unsavable:
        buttons |= QMessageBox.StandardButton.Save
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Unsaved", "Unsaved changes"),
        question,
        buttons,
        parent,
    )
    box.setObjectName("unsavedQuestion")
    # Qt's own texts have no mnemonics (off KDE and GNOME): Alt+S / Alt+D / Alt+C.
    for which, text in (
        (QMessageBox.StandardButton.Save, QCoreApplication.translate("Unsaved", "&Save")),
        (QMessageBox.StandardButton.Discard, QCoreApplication.translate("Unsaved", "&Discard")),
        (QMessageBox.StandardButton.Cancel, QCoreApplication.translate("Unsaved", "&Cancel")),
    ):
        if button := box.button(which):
            button.setText(text)
    box.setInformativeText(
        unsavable
        or lost
        or QCoreApplication.translate("Unsaved", "“Discard” throws away what you typed.")
    )
    box.setDefaultButton(
        QMessageBox.StandardButton.Cancel if unsavable else QMessageBox.StandardButton.Save
    )
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    button = box.clickedButton()
    return box.standardButton(button) if button else QMessageBox.StandardButton.Cancel


def settle(editor: Editor, parent: QWidget | None, question: str) -> bool:
    """True when the editor may be left (nothing unsaved, saved, or discarded)."""
    if not editor.has_unsaved_changes():
        return True
    answer = ask(parent, question)
    if answer == QMessageBox.StandardButton.Save:
        return editor.save()
    if answer == QMessageBox.StandardButton.Discard:
        editor.discard()
        return True
    return False


def may_close(
    dialog: QWidget,
    dirty: bool,
    question: str,
    save: Callable[[], object],
    lost: str = "",
    unsavable: str = "",
) -> bool:
    """For a dialog's reject(): True when it may close (nothing typed, or discarded).

    Save calls ``save`` (which closes the dialog itself when it succeeds) and
    answers False; Cancel answers False and leaves everything as it was. ``lost``
    and ``unsavable``: as for :func:`ask`.
    """
    if not dirty:
        return True
    answer = ask(dialog, question, lost, unsavable)
    if answer == QMessageBox.StandardButton.Save:
        save()
        return False
    return answer == QMessageBox.StandardButton.Discard


class UnsavedGuard(QObject):
    """The window's editors, settled one after the other before it closes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editors: list[tuple[Editor, QWidget, object]] = []

    def register(self, editor: Editor, parent: QWidget, question: object) -> None:
        """``question``: the question to ask, or a callable giving it."""
        self._editors.append((editor, parent, question))

    def has_unsaved_changes(self) -> bool:
        return any(e.has_unsaved_changes() for e, _, _ in self._editors)

    def settle_all(self) -> bool:
        for editor, parent, question in self._editors:
            text = question() if callable(question) else str(question)
            if not settle(editor, parent, text):
                return False
        return True


def form_state(root: QWidget) -> list[object]:
    """The values of every input inside ``root``, in the order they were made.

    Which tab or page shows does not count; a part that can be removed (a
    follow-up row) says so through its own ``unsaved_state()``.
    """
    state: list[object] = []

    def walk(widget: QWidget) -> None:
        own = getattr(widget, "unsaved_state", None)
        if callable(own) and widget is not root:
            state.append(own())
            return
        children = widget.children()
        if isinstance(widget, QStackedWidget):
            # Showing a page raises it, which moves it last among its siblings: the
            # pages in their own order, so that switching tabs changes nothing here.
            pages: list[QObject] = [w for i in range(widget.count()) if (w := widget.widget(i))]
            children = [*pages, *(c for c in children if c not in pages)]
        for child in children:
            if not isinstance(child, QWidget):
                continue
            value: object = None
            if isinstance(child, QLineEdit):
                value = child.text()
            elif isinstance(child, QPlainTextEdit | QTextEdit) and not child.isReadOnly():
                value = child.toPlainText()
            elif isinstance(child, QComboBox):
                value = child.currentText() if child.isEditable() else child.currentIndex()
            elif isinstance(child, QDateTimeEdit):
                value = child.dateTime().toString("yyyy-MM-dd HH:mm")
            elif isinstance(child, QAbstractSpinBox):
                value = child.text()
            elif isinstance(child, QAbstractButton) and child.isCheckable():
                value = child.isChecked()
            if value is not None:
                state.append((type(child).__name__, value))
                if isinstance(child, QComboBox | QAbstractSpinBox):
                    continue  # their inner line edit says the same again
            walk(child)

    walk(root)
    return state
