"""The window's side of issue 14: File → Restore from JSON export…, and progress
dialogs whose Cancel leaves nothing half done."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from conftest import person
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog
from uihelpers import when_modal

from netzjournal import paths
from netzjournal.demo.generator import DemoSpec, generate_into
from netzjournal.store import journal_json
from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.journal import Journal
from netzjournal.ui.interchange.export_dialog import ExportDialog
from netzjournal.ui.interchange.restore import restore_json
from netzjournal.ui.interchange.wizard import ImportWizard
from netzjournal.ui.main_window import MainWindow
from netzjournal.ui.progress_dialog import ProgressDialog


@pytest.fixture
def window(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    w = MainWindow(journal, where, today=lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(w)
    w.show()
    yield w
    journal.close()


class CancelIn(ProgressDialog):
    """Presses Cancel the moment the given phase reports."""

    phase = "write"
    seen: list[tuple[str, int, int]]

    def __call__(self, phase: str, done: int, total: int) -> None:
        self.seen.append((phase, done, total))
        if phase == self.phase:
            self.cancel()
        super().__call__(phase, done, total)


def cancelling(parent, phase: str, seen: list):
    def make(title: str) -> ProgressDialog:
        dialog = CancelIn(parent, title)
        dialog.phase, dialog.seen = phase, seen
        return dialog

    return make


def _export(tmp_path) -> str:
    with Journal.open(tmp_path / "source.sqlite3") as j:
        generate_into(j, DemoSpec(25, 1, seed=2, today=dt.date(2026, 11, 22)))
        return journal_json.export_text(j)


def messages(found: list, details: list | None = None):
    def read(box):
        assert isinstance(box, QMessageBox)
        found.append(box.text())
        if details is not None:
            details.append(box.detailedText())
        box.accept()

    return read


def test_restore_from_the_file_menu_into_an_empty_journal(window, tmp_path):
    export = tmp_path / "journal.json"
    export.write_text(_export(tmp_path), encoding="utf-8")
    assert window.actions_.restore_json in window.menuBar().actions()[0].menu().actions()
    found: list[str] = []
    when_modal(messages(found))
    assert restore_json(window, window.journal, export)
    assert contact_count(window.journal) == 25 and "journal.json" in found[0]
    # Now the journal holds something: refused, with the reason, before choosing a file.
    when_modal(messages(found))
    window.actions_.restore_json.trigger()
    assert "only into an empty journal" in found[1] and "Contacts: 25" in found[1]
    # The way there in steps, not a command line to type.
    assert "--data-dir" not in found[1] and "1. Quit netzjournal." in found[1]
    assert contact_count(window.journal) == 25


class ShownAtOnce(ProgressDialog):
    """A progress dialog already showing, its work slow: as on a loaded machine."""

    def __call__(self, phase: str, done: int, total: int) -> None:
        self.dialog.show()
        time.sleep(0.03)  # longer than a test's modal poll (20 ms): it sees the dialog
        super().__call__(phase, done, total)


def test_a_progress_dialog_showing_before_the_message_is_not_taken_for_it(window, tmp_path):
    """Under load the progress dialog showed first: taken for the message box, it was
    cancelled, and the message box after it then waited for ever."""
    export = tmp_path / "journal.json"
    export.write_text(_export(tmp_path), encoding="utf-8")
    found: list[str] = []
    when_modal(messages(found))
    assert restore_json(window, window.journal, export, lambda t: ShownAtOnce(window, t))
    assert contact_count(window.journal) == 25 and "journal.json" in found[0]


def test_the_welcome_page_restores_a_json_export(window, tmp_path, monkeypatch):
    export = tmp_path / "journal.json"
    export.write_text(_export(tmp_path), encoding="utf-8")
    assert window.stack.currentWidget() is window.welcome
    button = window.welcome.buttons["restore"]
    assert button.isEnabled() and button.text() == "Restore from a JSON export…"
    # The file dialog is the system's; the test answers it with the export's path.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(export), ""))
    found: list[str] = []
    when_modal(messages(found))
    button.click()
    assert contact_count(window.journal) == 25 and "journal.json" in found[0]
    assert window.stack.currentWidget() is not window.welcome


def test_restore_refuses_a_damaged_export_and_cancel_keeps_it_empty(window, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "netzjournal-export", "version": 1, "schema": 1, '
                   '"tables": {"contact": [{"nope": 1}]}}')  # fmt: skip
    found: list[str] = []
    details: list[str] = []
    when_modal(messages(found, details))
    assert not restore_json(window, window.journal, bad)
    # What the reader found is for whoever helps: behind "Show details".
    assert "damaged" in found[0] and "nope" not in found[0] and "nope" in details[0]
    good = tmp_path / "journal.json"
    good.write_text(_export(tmp_path), encoding="utf-8")
    seen: list = []
    when_modal(messages(found), lambda w: isinstance(w, QMessageBox))
    assert not restore_json(window, window.journal, good, cancelling(window, "restore", seen))
    assert "nothing was restored" in found[1]
    assert set(journal_json.journal_contents(window.journal).values()) == {0}
    assert (
        window.findChild(QProgressDialog, "progressDialog") is None
        or not window.findChild(QProgressDialog, "progressDialog").isVisible()
    )


def test_cancelling_the_import_changes_nothing(window, qtbot, tmp_path):
    source = tmp_path / "viele.csv"
    rows = "".join(f"Vorname{n};Nachname{n};p{n}@example.org\r\n" for n in range(600))
    source.write_text("Vorname;Nachname;E-Mail-Adresse\r\n" + rows, encoding="utf-8")
    create_contact(window.journal, person("Erika", "Mustermann"))
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([source])
    wizard.build_plan()
    assert wizard.model.rowCount() == 600
    seen: list = []
    wizard.make_progress = cancelling(wizard, "write", seen)
    wizard.run_import()
    assert contact_count(window.journal) == 1 and window.undo_stack.count() == 0
    assert wizard.pages.currentIndex() == 1 and "stopped" in wizard.summary.text()
    assert ("write", 0, 600) in seen
    # Cancelling while reading leaves the choice as it was.
    wizard.pages.setCurrentIndex(0)
    wizard.make_progress = cancelling(wizard, "read", seen)
    wizard.build_plan()
    assert wizard.pages.currentIndex() == 0
    # Without Cancel it goes through, with the dialog's progress reported.
    wizard.make_progress = lambda title: ProgressDialog(wizard, title)
    wizard.build_plan()
    wizard.run_import()
    assert contact_count(window.journal) == 601 and window.undo_stack.count() == 1


def test_cancelling_an_export_writes_nothing(window, qtbot, tmp_path):
    ids = [create_contact(window.journal, person(f"Ana{n}", "Ortiz")).value.id
           for n in range(150)]  # fmt: skip
    dialog = ExportDialog(window.journal, ids, window)
    qtbot.addWidget(dialog)
    seen: list = []
    dialog.make_progress = cancelling(dialog, "export", seen)
    target = tmp_path / "out.csv"
    from netzjournal.progress import Cancelled

    with pytest.raises(Cancelled):
        dialog.write(target)
    assert not target.exists() and list(tmp_path.glob("*.part")) == []


def test_the_preview_says_once_that_a_date_column_cannot_be_read(window, qtbot):
    from conftest import REPO

    source = REPO / "tests/data/contacts/csv/linkedin__Connections_excel-resaved.WRITTEN.csv"
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([source])
    wizard.build_plan()
    assert wizard.model.rowCount() == 4
    lines = wizard.problems.stringList()
    assert len(lines) == 1 and "Connected On" in lines[0] and "line 4" in lines[0], lines


@pytest.mark.parametrize("language, shown", [("de", "40\u00a0%"), ("en", "40%")])
def test_the_progress_reads_as_a_percentage_in_the_interface_language(qapp, qtbot, language, shown):
    """German sets a space before the percent sign; Qt's own "%p%" does not."""
    from PySide6.QtCore import QLocale

    from netzjournal.ui.i18n import install_translators

    before = QLocale()
    installed = install_translators(qapp, language)
    try:
        progress = ProgressDialog(None, "Import", clock=lambda: 0.0)
        qtbot.addWidget(progress.dialog)
        progress.dialog.setMinimumDuration(10**6)  # never shown: nothing left for later tests
        progress("write", 2, 5)
        assert progress.bar.text() == shown
        assert not progress.dialog.isVisible()
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QLocale.setDefault(before)
