"""Where the data lives, and how to move it."""

from pathlib import Path

import appdirs

from netzjournal import paths


def test_default_is_the_platform_data_folder(monkeypatch):
    monkeypatch.delenv("NETZJOURNAL_HOME", raising=False)
    where = paths.resolve()
    assert where.root == Path(appdirs.user_data_dir("netzjournal", appauthor=False))
    assert where.journal.name == "journal.sqlite3"
    assert {p.name for p in (where.backups, where.drafts, where.logs)} == {
        "backups", "drafts", "logs",
    }  # fmt: skip
    assert where.backups.parent == where.root


def test_environment_then_option(monkeypatch, tmp_path):
    monkeypatch.setenv("NETZJOURNAL_HOME", str(tmp_path / "env"))
    assert paths.resolve().root == tmp_path / "env"
    assert paths.resolve(tmp_path / "opt").root == tmp_path / "opt"


def test_resources_are_found():
    assert (paths.resources_dir() / "i18n" / "netzjournal_de.qm").is_file()
