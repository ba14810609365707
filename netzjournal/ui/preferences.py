"""Interface preferences kept in the data folder (window layout, language)."""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QSettings

from netzjournal.paths import DataPaths

LANGUAGE_KEY = "ui/language"


def ui_settings(paths: DataPaths) -> QSettings:
    """Interface preferences, kept in the data folder beside the journal.

    The file is created owner-only (0600) like the journal; Qt keeps the
    permissions of a file that exists when it saves.
    """
    from netzjournal.store.environment import folder_writable

    path = paths.root / "window.ini"
    if not path.exists() and folder_writable(paths.root):
        with contextlib.suppress(OSError):  # a read-only folder: Qt saves nothing either
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    return QSettings(str(path), QSettings.Format.IniFormat)


def saved_language(paths: DataPaths) -> str | None:
    value = ui_settings(paths).value(LANGUAGE_KEY)
    return value if value in ("de", "en") else None
