"""Settings: the interface language (applies at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from netzjournal.paths import DataPaths

LANGUAGE_KEY = "ui/language"


def ui_settings(paths: DataPaths) -> QSettings:
    """Interface preferences, kept in the data folder beside the journal."""
    return QSettings(str(paths.root / "window.ini"), QSettings.Format.IniFormat)


def saved_language(paths: DataPaths) -> str | None:
    value = ui_settings(paths).value(LANGUAGE_KEY)
    return value if value in ("de", "en") else None


class SettingsDialog(QDialog):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._paths = paths
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("As the system (%1)").replace("%1", self._system()), None)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(saved_language(paths)), 0))
        note = QLabel(self.tr("A new language applies the next time netzjournal starts."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @staticmethod
    def _system() -> str:
        from netzjournal.ui.i18n import choose_language

        return "Deutsch" if choose_language(None) == "de" else "English"

    def accept(self) -> None:
        settings = ui_settings(self._paths)
        value = self.language.currentData()
        if value:
            settings.setValue(LANGUAGE_KEY, value)
        else:
            settings.remove(LANGUAGE_KEY)
        settings.sync()
        super().accept()
