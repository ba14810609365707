"""The file dialogs open where such files are, then where the person last went —
never the working directory of whatever started the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from netzjournal.ui import file_places


@pytest.fixture(autouse=True)
def _fresh(monkeypatch, tmp_path):
    monkeypatch.setattr(file_places, "_last", {})
    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    (home / "Documents").mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # (no user-dirs.dirs)
    monkeypatch.chdir("/")
    return home


def test_imports_start_in_downloads_exports_in_documents_then_where_last_gone(_fresh):
    home = _fresh
    assert file_places.folder_for("import") == home / "Downloads"
    assert file_places.start_at("export", "netzjournal.vcf") == str(
        home / "Documents" / "netzjournal.vcf"
    )
    elsewhere = home / "Exporte von LinkedIn"
    elsewhere.mkdir()
    file_places.chosen("import", elsewhere / "Connections.csv")
    assert file_places.folder_for("import") == elsewhere
    assert file_places.folder_for("export") == home / "Documents"  # (each kind its own)
    elsewhere.rmdir()  # gone since: where such files are again
    assert file_places.folder_for("import") == home / "Downloads"


def test_a_missing_downloads_folder_falls_back_to_home(_fresh, monkeypatch):
    home = _fresh
    (home / "Downloads").rmdir()
    assert file_places.folder_for("import") == home


def test_the_import_wizard_asks_from_downloads_then_from_the_folder_chosen(
    _fresh, qtbot, journal, monkeypatch
):
    from PySide6.QtGui import QUndoStack

    from netzjournal.ui.interchange.wizard import ImportWizard

    asked: list[str] = []
    chosen = _fresh / "Kontakte" / "google.csv"
    chosen.parent.mkdir()
    chosen.write_text("First Name,Last Name\nAnna,Weiß\n", encoding="utf-8")

    def pick(_parent, _title, folder, _filter):
        asked.append(folder)
        return [str(chosen)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    wizard = ImportWizard(journal, QUndoStack())
    qtbot.addWidget(wizard)
    wizard.choose_files()
    wizard.choose_files()
    assert asked == [str(_fresh / "Downloads"), str(chosen.parent)]
    assert Path(asked[0]) != Path.cwd()
