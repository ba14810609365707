"""The welcome page of a new, empty journal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal import reminders
from netzjournal.paths import DataPaths
from netzjournal.ui import style
from netzjournal.ui.actions import Actions

# The column's width in characters of the body font: the sentences read in lines of
# ~90 characters, the buttons stand in one column on its left.
READING_CHARS = 100


class WelcomePage(QWidget):
    """A calm first screen with the ways to begin."""

    def __init__(self, paths: DataPaths, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Welcome to netzjournal"))
        title.setObjectName("welcomeTitle")
        style.set_type(title, style.Type.TITLE)
        summary = QLabel(
            self.tr(
                "Your journal is empty. It will hold the people you meet, what you talked "
                "about and whom to get back in touch with."
            )
        )
        where = QLabel(
            self.tr("Your journal is stored on this computer only, in %1").replace(
                "%1", str(paths.journal)
            ),
            textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse,
        )
        style.quiet(where)
        # One column at a reading width, centred in the window and a little above its
        # middle, as a native app's first screen: at 1920 a column hugging the top left
        # left four fifths of the screen empty and read as narrow.
        column = QWidget(maximumWidth=self.fontMetrics().averageCharWidth() * READING_CHARS)
        column.setObjectName("welcomeColumn")
        self.column = column
        outer = QGridLayout(self)
        around = 2 * style.SPACE.XL
        outer.setContentsMargins(around, around, around, around)
        outer.addWidget(column, 1, 1)
        outer.setRowStretch(0, 1)  # above: one part, below: two (the optical middle)
        outer.setRowStretch(2, 2)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(2, 1)
        outer.setColumnStretch(1, 100)  # the column takes what it may, up to its maximum
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACE.M)
        # Buttons as wide as the longest German label needs, in the body font's measure.
        wide, tall = self.fontMetrics().averageCharWidth() * 40, self.fontMetrics().height() * 2
        for label in (title, summary):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addSpacing(style.SPACE.M)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, action in (
            ("contact", self.tr("Create a contact…"), actions.new_contact),
            ("note", self.tr("Write a quick note…"), actions.quick_note),
            ("import", self.tr("Import contacts…"), actions.import_contacts),
            # Moving to a new computer: the whole journal back from File → Export (JSON).
            ("restore", self.tr("Restore from a JSON export…"), actions.restore_json),
            ("demo", self.tr("Explore a demo journal"), actions.demo),
            ("encrypt", self.tr("Encrypt this journal…"), None),
        ):
            button = QPushButton(text)
            button.setObjectName(f"welcome_{key}")
            button.setMinimumWidth(wide)
            button.setMinimumHeight(tall)
            if key == "encrypt":
                button.clicked.connect(lambda: self._encrypt(paths))
            elif action is None:
                button.setEnabled(False)
            else:
                button.clicked.connect(action.trigger)
            self.buttons[key] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        from netzjournal.keys import lock_of

        self.encrypt = self.buttons["encrypt"]
        self.encrypt.setVisible(not lock_of(paths.journal).encrypted)
        # One column of equal buttons (the German restore label is the longest).
        widest = max(b.sizeHint().width() for b in self.buttons.values())
        for button in self.buttons.values():
            button.setMinimumWidth(max(wide, widest))
        layout.addSpacing(style.SPACE.M)
        # Off until the person says so: a reminder they did not ask for is nagging.
        # A check box does not wrap its text: a short one, and the details below
        # (the German sentence ran under the coach pane).
        self.remind = QCheckBox(self.tr("Remind me when I log in"))
        self.remind.setObjectName("welcome_remind")
        self.remind.setChecked(reminders.autostart_installed())
        self.remind.toggled.connect(lambda on: self._set_reminder(paths, on))
        details = QLabel(
            self.tr("Birthdays, follow-ups due and whom to get back in touch with – "
                    "at most once a day."),
            wordWrap=True,
        )  # fmt: skip
        details.setObjectName("welcome_remind_details")
        style.quiet(details)
        indent = self.remind.style().pixelMetric(
            self.remind.style().PixelMetric.PM_IndicatorWidth
        ) + self.remind.style().pixelMetric(self.remind.style().PixelMetric.PM_CheckBoxLabelSpacing)
        details.setIndent(indent)
        reminder = QVBoxLayout()
        reminder.setSpacing(0)  # the details belong to the box above them
        reminder.addWidget(self.remind)
        reminder.addWidget(details)
        layout.addLayout(reminder)
        where.setWordWrap(True)
        layout.addWidget(where)

    def _encrypt(self, paths: DataPaths) -> None:
        from netzjournal.ui.privacy import EncryptDialog

        EncryptDialog(paths, self).exec()

    def _set_reminder(self, paths: DataPaths, on: bool) -> None:
        try:
            if on:
                reminders.install_autostart(reminders.remind_command(paths.root))
            else:
                reminders.remove_autostart()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Reminders"), str(exc))
            self.remind.setChecked(reminders.autostart_installed())
