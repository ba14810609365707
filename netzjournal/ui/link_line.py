"""A line of text that is one link, reachable by Tab (the invitees' own-address hint,
the coach card's "for everyone still open")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LinkLine(QLabel):
    """A line of text that is one link (wrapped in a narrow pane): a click, or Enter
    or Space once Tab has reached it, emits ``linkActivated`` with ``target``. (A
    QLabel opens a link by keyboard only once Tab has chosen the link inside it,
    which a focus that arrives otherwise never does.) Disabled (a read-only journal)
    it is plain grey text: a label draws a link in the link colour, underlined, with
    a pointing hand, enabled or not."""

    def __init__(self, target: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, wordWrap=True)
        self.target = target
        self._words = text
        self.setAccessibleName(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show_state()

    def _show_state(self) -> None:
        if self.isEnabled():
            self.setTextFormat(Qt.TextFormat.RichText)
            self.setText(f'<a href="{_esc(self.target)}">{_esc(self._words)}</a>')
            self.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
        else:
            self.setTextFormat(Qt.TextFormat.PlainText)
            self.setText(self._words)  # (drawn in the palette's disabled text colour)
            self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.unsetCursor()  # (a hand left by the link the pointer was over)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:
            self._show_state()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            event.accept()
            self.linkActivated.emit(self.target)
            return
        super().keyPressEvent(event)
