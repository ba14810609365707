"""Loading the interface translations (Qt ``.qm`` files).

English is the source language. German lives in
``resources/i18n/netzjournal_de.ts`` (edited with Qt Linguist or by hand)
and is compiled to ``netzjournal_de.qm`` by ``packaging/dev.py translations``;
``netzjournal_en.ts`` holds only the English plural forms (lupdate -pluralonly),
as Qt has it for a source language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from netzjournal.localized import tell_language
from netzjournal.paths import resources_dir

SUPPORTED = ("de", "en")


def choose_language(override: str | None = None) -> str:
    """The override if given, else German for a German system locale, else English."""
    if override in SUPPORTED:
        return override
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install netzjournal's and Qt's own translations; returns them (keep a reference)."""
    QLocale.setDefault(
        QLocale(
            QLocale.Language.German if language == "de" else QLocale.Language.English,
            QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedKingdom,
        )
    )
    tell_language(language)  # (for the store's labels: a twin "added 03.03.2025")
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    # English is the source language; its catalogue holds only the plural forms
    # ("&Archive contact" / "&Archive %Ln contacts").
    if ours.load(f"netzjournal_{language}", str(resources_dir() / "i18n")):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":
        return installed
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
