"""Interface preferences kept in the data folder (window layout, language)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from netzjournal.paths import DataPaths

LANGUAGE_KEY = "ui/language"


def ui_settings(paths: DataPaths) -> QSettings:
    """Interface preferences, kept in the data folder beside the journal."""
    return QSettings(str(paths.root / "window.ini"), QSettings.Format.IniFormat)


def saved_language(paths: DataPaths) -> str | None:
    value = ui_settings(paths).value(LANGUAGE_KEY)
    return value if value in ("de", "en") else None
