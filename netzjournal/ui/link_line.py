"""A line of text that is one link, reachable by Tab (the invitees' own-address hint,
the coach card's "for everyone still open")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LinkLine(QLabel):
    """A line of text that is one link (wrapped in a narrow pane): a click, or Enter
    or Space once Tab has reached it, emits ``linkActivated`` with ``target``. (A
    QLabel opens a link by keyboard only once Tab has chosen the link inside it,
    which a focus that arrives otherwise never does.)"""

    def __init__(self, target: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(f'<a href="{_esc(target)}">{_esc(text)}</a>', parent, wordWrap=True)
        self.target = target
        self.setAccessibleName(text)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            event.accept()
            self.linkActivated.emit(self.target)
            return
        super().keyPressEvent(event)
