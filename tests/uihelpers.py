"""Helpers for driving real widgets as a person would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

TODAY = dt.date(2026, 11, 22)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, umlauts and emoji included, one key event per character.

    (qtbot.keyClicks with non-ASCII text aborts the process with a Qt assertion.)
    """
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def when_modal(handler: Callable[[QWidget], None], predicate: Callable[[QWidget], bool] = bool):
    """Run ``handler`` on the next modal widget that appears (from inside its exec)."""
    handled: list[QWidget] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget not in handled and predicate(widget):
            handled.append(widget)
            try:
                handler(widget)
            except BaseException:
                # Never leave a modal open: the test would hang instead of failing.
                if widget.isVisible() and hasattr(widget, "reject"):
                    widget.reject()
                raise
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return handled


def answer(button: QMessageBox.StandardButton):
    """A handler that presses ``button`` in a QMessageBox."""

    def press(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), widget
        widget.button(button).click()

    return press
