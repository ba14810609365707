"""Plain words in the boxes people read: what happened and what to do, in German and
English; the technical side (versions of standards, schema numbers, SQLite's words)
only behind "Show details"."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from netzjournal.store import backups
from netzjournal.store.errors import JournalDamaged
from netzjournal.store.journal import Journal


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders the file manager was asked to show (none is opened in a test)."""
    from netzjournal.ui import show_folder

    folders: list[str] = []
    monkeypatch.setattr(show_folder, "opener", lambda url: folders.append(url.toLocalFile()) or 1)
    return folders


def _button(box: QMessageBox, name: str = "showInFileManager"):
    return next(b for b in box.buttons() if b.objectName() == name)


# -- 1. the export's formats ---------------------------------------------------------


def test_the_export_formats_say_what_each_file_is_for(qtbot, journal, language):
    """ "vCard 4.0 (address books, phones)", "JSON: the complete journal": a version
    number and format names first. Now what the file is for, the name in brackets."""
    from netzjournal.ui.interchange.export_dialog import ExportDialog

    dialog = ExportDialog(journal, [])
    qtbot.addWidget(dialog)
    labels = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    for label in labels:
        assert not re.search(r"\d|RFC", label), label
        assert re.search(r"\((vCard|CSV|JSON|iCalendar|Markdown)[^)]*\)$", label), label
    expected = {"en": "For address books and phones (vCard)",
                "de": "Für Adressbuch-Programme und Handys (vCard)"}[language]  # fmt: skip
    assert labels[0] == expected
    # The longest German label still fits a window of 800×600.
    dialog.show()
    assert dialog.minimumSizeHint().width() <= 780, dialog.minimumSizeHint()
    assert dialog.format.width() >= dialog.format.minimumSizeHint().width()


# -- 5. a refused restore ------------------------------------------------------------


def _refused(path: Path, has_data: bool = False) -> JournalDamaged:
    with pytest.raises(JournalDamaged) as caught:
        backups.verify_backup(path, journal_has_data=has_data)
    return caught.value


def test_a_refused_backup_says_the_next_step_and_shows_the_data_folder(
    qtbot, tmp_path, where, opened, language
):
    """The window said the store's English sentence ("…: the file is empty (0 bytes)")
    in a bare warning, even in German, and left the person there."""
    from netzjournal.ui.backups_dialog import restore_failed_box

    empty = tmp_path / "journal-20260101-090000-daily.sqlite3"
    empty.write_bytes(b"")
    box = restore_failed_box(None, _refused(empty), where)
    qtbot.addWidget(box)
    step = {"en": "Choose another backup from the list",
            "de": "Wählen Sie eine andere Sicherung aus der Liste"}[language]  # fmt: skip
    assert step in box.text(), box.text()
    assert "(0 bytes)" not in box.text() or language == "en"
    assert str(empty) in box.detailedText()  # the store's words, for whoever helps
    unchanged = {"en": "Your journal was not changed.",
                 "de": "Ihr Journal wurde nicht verändert."}[language]  # fmt: skip
    assert box.informativeText() == unchanged
    button = _button(box)
    assert button.text() == {"en": "Show data folder", "de": "Datenordner zeigen"}[language]
    assert box.standardButton(box.defaultButton()) == QMessageBox.StandardButton.Close
    box.show()
    button.click()
    assert opened == [str(where.root)] and box.isVisible()


def test_an_empty_backup_over_a_full_journal_says_why_not(qtbot, tmp_path, where, opened):
    from netzjournal.ui.backups_dialog import restore_failed_box

    with Journal.open(tmp_path / "leer.sqlite3"):
        pass
    box = restore_failed_box(None, _refused(tmp_path / "leer.sqlite3", has_data=True), where)
    qtbot.addWidget(box)
    assert "would empty your journal" in box.text() and "older backup" in box.text()


def test_restoring_a_damaged_backup_in_the_window_shows_the_box(qtbot, make_window, where):
    """The whole way: File → Backups → Restore of a backup that cannot be used."""
    from uihelpers import when_modal

    from netzjournal.store.backups import BackupInfo

    window = make_window()
    bad = where.backups / "journal-20260101-090000-daily.sqlite3"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"garbage" * 100)
    seen: list[tuple[str, str]] = []

    def read(box) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.objectName(), box.text()))
        box.reject()

    when_modal(read)
    window.restore_backup(BackupInfo(bad, dt.datetime(2026, 1, 1, 9), "daily", bad.stat().st_size))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == "restoreFailedBox" and "Choose another backup" in seen[0][1]


# -- 6. where my data lives ----------------------------------------------------------


def test_where_my_data_lives_names_the_folders_and_opens_the_data_folder(
    qtbot, make_window, where, opened, language
):
    window = make_window()
    box = window.data_location_box()
    qtbot.addWidget(box)
    said = box.informativeText()
    for place in (where.root, where.journal, where.backups):
        assert str(place) in said
    button = _button(box)
    assert button.text() == {"en": "Open the data folder", "de": "Datenordner öffnen"}[language]
    box.show()
    button.click()
    assert opened == [str(where.root)] and box.isVisible()
    assert box.standardButton(box.defaultButton()) == QMessageBox.StandardButton.Close
    assert box.sizeHint().width() <= 800


def test_the_damaged_journal_window_shows_its_folder(qtbot, tmp_path, opened):
    from netzjournal.ui.recovery_dialog import RecoveryDialog

    path = tmp_path / "journal.sqlite3"
    dialog = RecoveryDialog(JournalDamaged(path, "damaged", code="damaged"), [])
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "showInFileManager")
    assert button is not None and not button.autoDefault()
    button.click()
    assert opened == [str(tmp_path)]


# -- 7. the review's text file -------------------------------------------------------


def test_the_review_saves_a_text_file(qtbot, journal, language):
    from netzjournal.ui.events import AppEvents
    from netzjournal.ui.review.view import ReviewPane

    pane = ReviewPane(journal, AppEvents(journal), lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(pane)
    button = pane.findChild(QPushButton, "reviewMarkdown")
    assert (
        button.text() == {"en": "Save as text file…", "de": "Als Textdatei speichern …"}[language]
    )


# -- 3. import problems --------------------------------------------------------------


def test_import_problems_speak_no_file_format(language):
    """ "no END:VCARD", "NUL bytes", "cells where the header has": a file format's
    insides, in the sentence a person reads after an import."""
    from netzjournal.interchange.model import PROBLEM_MESSAGES, Problem
    from netzjournal.ui.texts import problem_text

    params = {"limit": 5, "cells": 3, "headers": 4, "value": "x", "reason": "r", "count": 2}
    jargon = re.compile(r"END:VCARD|NUL\b|header|cells\b|malformed|regular file|\bcards?\b|':'")
    for code in PROBLEM_MESSAGES:
        text = problem_text(Problem.of("a.vcf", 7, code, name="N", column="C", columns="C",
                                       sheet="S", others="O", **params))  # fmt: skip
        if code in ("unread_related", "unread_keys", "unread_dates", "unread_street"):
            continue  # ("cards: 2" there counts the file's entries)
        assert not jargon.search(text), (code, text)


# -- 8. repeat rules -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "en", "de"),
    [
        ("FREQ=DAILY", "Every day", "Jeden Tag"),
        ("FREQ=DAILY;INTERVAL=3;COUNT=4", "Every 3 days (4 times)", "Alle 3 Tage (4-mal)"),
        ("FREQ=WEEKLY;BYDAY=MO,WE", "Every week on Monday and Wednesday",
         "Jede Woche am Montag und Mittwoch"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH,FR", "Every two weeks on Tuesday, Thursday and Friday",
         "Alle zwei Wochen am Dienstag, Donnerstag und Freitag"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "Every two weeks on Tuesday",
         "Alle zwei Wochen am Dienstag"),
        ("FREQ=MONTHLY;BYMONTHDAY=1,15", "Repeats regularly", "Wiederholt sich regelmäßig"),
    ],
)  # fmt: skip
def test_a_rule_no_form_of_the_editor_makes_is_said_in_words(rule, en, de, language):
    """Anything but the editor's own forms was shown as "Repeats (rule: FREQ=…)"."""
    from netzjournal.ui.events_tab import words

    said = words.rule_words(rule, dt.date(2026, 12, 1))  # a Tuesday
    assert said == {"en": en, "de": de}[language]
    assert "FREQ" not in said and "BYDAY" not in said
