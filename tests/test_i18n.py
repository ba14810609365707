"""German and English are complete, and the compiled translations are current."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import REPO, person
from PySide6.QtCore import QCoreApplication

TS = REPO / "resources" / "i18n" / "netzjournal_de.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def unfinished(ts: Path) -> list[str]:
    return [
        m.findtext("source") or ""
        for m in ET.parse(ts).iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(form.strip() for form in _forms(m.find("translation")))
    ]


def _forms(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms (a message with numerus="yes")."""
    plural = [f.text or "" for f in translation.iter("numerusform")]
    return plural or [translation.text or ""]


def test_every_german_string_is_translated():
    assert unfinished(TS) == []


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path):
    copy = tmp_path / "de.ts"
    shutil.copy(TS, copy)
    sources = [
        str(p) for p in sorted((REPO / "netzjournal").rglob("*.py"))
        if "store" not in p.parts and "demo" not in p.parts
    ]  # fmt: skip
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(copy)], check=True,
                   capture_output=True)  # fmt: skip
    assert unfinished(copy) == [], "run: python3 packaging/dev.py translations"


def test_compiled_catalogue_is_current(tmp_path):
    out = tmp_path / "de.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(out)], check=True,
                   capture_output=True)  # fmt: skip
    assert out.read_bytes() == QM.read_bytes(), "run: python3 packaging/dev.py translations"


def test_english_plural_forms_are_complete_and_compiled(tmp_path):
    """English is the source language: its catalogue holds only the plural forms
    ("&Archive contact" / "&Archive %Ln contacts"), every one of them filled in."""
    ts = TS.with_name("netzjournal_en.ts")
    copy = tmp_path / "en.ts"
    shutil.copy(ts, copy)
    sources = [
        str(p) for p in sorted((REPO / "netzjournal").rglob("*.py"))
        if "store" not in p.parts and "demo" not in p.parts
    ]  # fmt: skip
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(copy), "-pluralonly",
                    "-target-language", "en_GB"], check=True, capture_output=True)  # fmt: skip
    assert unfinished(copy) == [], "run: python3 packaging/dev.py translations"
    out = tmp_path / "en.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(out)], check=True,
                   capture_output=True)  # fmt: skip
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes()


def test_german_is_used_when_chosen(qtbot):
    from PySide6.QtWidgets import QApplication

    from netzjournal.ui.i18n import install_translators

    app = QApplication.instance()
    installed = install_translators(app, "de")
    try:
        assert QCoreApplication.translate("Actions", "&Quit") == "&Beenden"
    finally:
        for t in installed:
            app.removeTranslator(t)
    assert QCoreApplication.translate("Actions", "&Quit") == "&Quit"


def test_every_message_has_a_context():
    """A string without a class context (``tr = self.tr`` aliases) never translates."""
    names = [c.findtext("name") for c in ET.parse(TS).iter("context")]
    assert all(names), "a tr() call lupdate could not place; call self.tr(...) directly"


def test_one_ellipsis_character_spaced_the_same_way_throughout():
    """A label that opens a dialog ends in one "…" character, never "..." — English right
    after the word ("Restore…"), German after a space ("Wiederherstellen …"), the same
    for every label of a language (sources and German, compared in the catalogue)."""
    dots, english, german = [], [], []
    for m in ET.parse(TS).iter("message"):
        source, translation = m.findtext("source") or "", m.findtext("translation") or ""
        dots += [t for t in (source, translation) if "..." in t]
        if source.endswith(" …"):
            english.append(source)
        word_then_dots = len(source) > 1 and source.endswith("…") and source[-2].isalpha()
        if word_then_dots and not translation.endswith(" …"):
            german.append(translation)
    assert dots == []
    assert english == []
    assert german == []


def test_labels_joined_by_a_middle_dot_start_alike():
    """Reads "Given: 0 · Received: 3", not "Given: 0 · received: 3": every "label: value" part
    of a line joined with " · " starts with a capital, in English and German."""
    label = re.compile(r"^[^\W\d_][^:%·]*: %\d")
    wrong = [
        text
        for m in ET.parse(TS).iter("message")
        for text in (m.findtext("source") or "", m.findtext("translation") or "")
        for part in text.split(" · ")[1:]
        if label.match(part) and not part[0].isupper()
    ]
    assert wrong == []


def test_every_import_problem_has_a_german_wording(qtbot):
    from PySide6.QtWidgets import QApplication

    from netzjournal.interchange.model import PROBLEM_MESSAGES, Problem
    from netzjournal.ui.i18n import install_translators
    from netzjournal.ui.texts import problem_text

    params = {"limit": 5, "cells": 3, "headers": 4, "value": "x@", "reason": "denied"}
    params |= {"name": "X-NETZJOURNAL-CLOSENESS", "count": 9, "column": "Geburtstag"}
    params |= {"columns": "Straße (geschäftlich), Hobby", "sheet": "Kontakte", "others": "Notizen"}
    params |= {"cell": "C2"}
    problems = [Problem.of("a.vcf", 7, code, **params) for code in PROBLEM_MESSAGES]
    # English: the UI wording is the reader's wording, with the line number.
    for p in problems:
        assert problem_text(p) == f"a.vcf, line 7: {p.message}"
    app = QApplication.instance()
    installed = install_translators(app, "de")
    try:
        for p in problems:
            german = problem_text(p)
            assert german.startswith("a.vcf, Zeile 7: ") and p.message not in german, german
            assert "{" not in german, german  # every slot filled
    finally:
        for t in installed:
            app.removeTranslator(t)


def test_a_save_refused_by_a_read_only_journal_is_told_in_german(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from netzjournal.store.contacts import create_contact
    from netzjournal.store.journal import Journal, ReadOnlyJournal
    from netzjournal.ui import texts
    from netzjournal.ui.i18n import install_translators

    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()
    with Journal.open(path, read_only=True) as journal:
        try:
            create_contact(journal, person("Max", "Müller"))
        except ReadOnlyJournal as exc:
            refused = exc
    app = QApplication.instance()
    installed = install_translators(app, "de")
    try:
        assert "schreibgeschützt" in texts.store_error_text(refused)
    finally:
        for t in installed:
            app.removeTranslator(t)


def test_unsaved_questions_are_whole_german_sentences():
    """Each editor asks its own sentence ("Änderungen am Kontakt „%1“ speichern?"): composed
    of "Änderungen an %1 speichern?" and a dative filler it read "an dem Kontakt", and a
    filler in the wrong case read "an die Notiz". Every German "Save …?" question of
    an editor is a whole sentence ending in "speichern?", never with "an dem"/"an die"."""
    root = ET.parse(TS).getroot()
    found = {}
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            if source.startswith("Save the") and source.endswith("?"):
                found[source] = m.findtext("translation") or ""
    assert "Save the changes to %1?" not in found  # (the composed question is gone)
    assert found["Save the changes to the contact “%1”?"] == "Änderungen am Kontakt „%1“ speichern?"
    assert len(found) >= 10, found
    for source, text in found.items():
        assert text.endswith("speichern?"), (source, text)
        assert " an dem " not in text and " an die " not in text, (source, text)


def test_no_german_text_breaks_after_an_opening_quote_hyphen():
    """'„-wal“-Datei' broke into '„-' / 'wal“-Datei' in the set-aside notice: a
    hyphen right after an opening quote is the non-breaking U+2011 (a .ts merge
    had lost the first fix)."""
    texts = [m.findtext("translation") or "" for m in ET.parse(TS).iter("message")]
    assert not [t for t in texts if "„-" in t]
    assert any("„\u2011wal“\u2011 oder „\u2011journal“\u2011Datei" in t for t in texts)


def test_german_text_has_no_em_dash():
    """German typography writes the spaced en dash ("Messe – dmexco 2026"); an em dash
    ("— keine Veranstaltung —") read as foreign beside every other dash of the app."""
    texts = [m.findtext("translation") or "" for m in ET.parse(TS).iter("message")]
    assert [t for t in texts if "\u2014" in t] == []


def test_progress_bars_write_the_percent_sign_as_the_language_does(qtbot):
    """The import's bar read "40%" in German, which writes "40 %" (the command line's
    progress already did); English keeps "40%"."""
    from PySide6.QtWidgets import QApplication, QProgressBar

    from netzjournal.ui.i18n import install_translators
    from netzjournal.ui.progress_dialog import ProgressDialog

    def shown(progress: ProgressDialog) -> str:
        progress.dialog.setValue(40)
        text = progress.dialog.findChild(QProgressBar).text()
        progress.close()
        return text

    app = QApplication.instance()
    installed = install_translators(app, "de")
    try:
        assert shown(ProgressDialog(None, "Import")) == "40\u00a0%"
    finally:
        for t in installed:
            app.removeTranslator(t)
    assert shown(ProgressDialog(None, "Import")) == "40%"


def test_the_view_menu_names_each_view_as_its_tab(qtbot):
    """The German View menu said "Gesprächsnotizen" where the tab and the shortcuts
    list say "Notizen": one view, one name (the menu's only extra is its mnemonic)."""
    from netzjournal.ui.i18n import install_translators

    app = QCoreApplication.instance()
    installed = install_translators(app, "de")
    try:
        for menu, tab in (("&Contacts", "Contacts"), ("Meeting &notes", "Meeting notes"),
                          ("&Timeline", "Timeline"), ("&Yearly review", "Yearly review"),
                          ("&Events", "Events")):  # fmt: skip
            named = QCoreApplication.translate("Actions", menu).replace("&", "")
            assert named == QCoreApplication.translate("MainWindow", tab), (menu, named)
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_a_backup_blocked_by_a_file_where_its_folder_should_be_is_told_in_german(qtbot, tmp_path):
    """A file standing where the backups folder goes: the store names that file and the
    window says so in German (it showed "[Errno 17] File exists" in English)."""
    from PySide6.QtWidgets import QApplication

    from netzjournal.store.backups import create_backup
    from netzjournal.store.errors import JournalUnavailable
    from netzjournal.store.journal import Journal
    from netzjournal.ui import texts
    from netzjournal.ui.i18n import install_translators

    blocker = tmp_path / "backups"
    blocker.write_text("not a folder")
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        try:
            create_backup(journal, blocker)
        except JournalUnavailable as exc:
            refused = exc
    assert refused.kind == "not-a-folder" and refused.path == blocker
    assert blocker.read_text() == "not a folder"
    app = QApplication.instance()
    installed = install_translators(app, "de")
    try:
        german = texts.store_error_text(refused)
    finally:
        for t in installed:
            app.removeTranslator(t)
    assert str(blocker) in german and "Ordner" in german and "Errno" not in german, german
