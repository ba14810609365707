"""The coach's one question for everyone whose language is not known.

After an import of LinkedIn or Google contacts many cards would each ask which
language to write in; the line above the cards asks once for all of them
(commands.coach.ChooseLanguageForAll, one undo step). A single such person is
still asked on their own card.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netzjournal.ui import style


class LanguagesQuestion(QFrame):
    """ "11 Kontakte ohne Sprache (Nachrichten vorerst auf Deutsch)."
    [Alle auf Deutsch] [Alle auf Englisch]"""

    chosen = Signal(str)  # "de" or "en"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachLanguages")
        self.text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.text.setObjectName("coachLanguagesText")
        style.set_type(self.text, style.Type.SECONDARY)
        self.buttons = {
            "de": QPushButton(self.tr("All in German"), autoDefault=False),
            "en": QPushButton(self.tr("All in English"), autoDefault=False),
        }
        row = QHBoxLayout()
        row.setSpacing(style.SPACE.XS)
        for language, button in self.buttons.items():
            button.setObjectName(f"languages_{language}")
            button.clicked.connect(lambda _=False, lang=language: self.chosen.emit(lang))
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(style.SPACE.XS)
        column.addWidget(self.text)
        column.addLayout(row)
        self.hide()

    def ask(self, count: int, usual: str) -> None:
        """Shown for ``count`` (more than one) people, whose messages are meanwhile in
        ``usual``; hidden for fewer."""
        if count < 2:
            self.hide()
            return
        if usual == "en":
            said = self.tr("%Ln contact(s) without a language (messages in English for now).",
                           "", count)  # fmt: skip
        else:
            said = self.tr("%Ln contact(s) without a language (messages in German for now).",
                           "", count)  # fmt: skip
        self.text.setText(said)
        self.show()

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)
