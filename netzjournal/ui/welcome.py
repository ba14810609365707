"""The welcome page shown in the main window until the views arrive."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netzjournal.paths import DataPaths


class WelcomePage(QWidget):
    """A calm first screen: what this journal holds and where it lives."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self._title = QLabel()
        self._title.setObjectName("welcomeTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._title.setFont(font)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._where = QLabel()
        self._where.setWordWrap(True)
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        for widget in (self._title, self._summary, self._where):
            widget.setMaximumWidth(720)  # long lines are hard to read
            layout.addWidget(widget)
        layout.addStretch(1)
        self._paths = paths

    def show_counts(self, contacts: int, interactions: int) -> None:
        locale = QLocale()
        self._title.setText(self.tr("Welcome to netzjournal"))
        if contacts == 0:
            self._summary.setText(
                self.tr(
                    "Your journal is empty. It will hold the people you meet, what you talked "
                    "about and whom to get back in touch with."
                )
            )
        else:
            self._summary.setText(
                self.tr("Your journal holds %1 contacts and %2 meeting notes.")
                .replace("%1", locale.toString(contacts))
                .replace("%2", locale.toString(interactions))
            )
        self._where.setText(
            self.tr("Your journal is stored on this computer only, in %1").replace(
                "%1", str(self._paths.journal)
            )
        )
