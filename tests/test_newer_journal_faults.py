"""A journal of a newer netzjournal is said and refused for writing, and nothing in it changes.

A newer version may leave its journal in rollback mode (``journal_mode=DELETE``:
a copy made with a tool, a version that changed the mode). This version switched
it to WAL — a rewrite of the file's header — before it looked at the schema and
refused it. Now the schema is looked at first.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest
from conftest import person

from netzjournal import cli
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.errors import JournalTooNew
from netzjournal.store.journal import HISTORY_TABLE, Journal


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


def _newer(path: Path, mode: str) -> None:
    """A journal as a version at schema 99 left it, in journal mode ``mode``."""
    with Journal.open(path, backup_dir=path.parent / "backups") as j:
        create_contact(j, person("Max", "Müller"))
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(f"INSERT INTO {HISTORY_TABLE} (name, applied) VALUES ('0099_x', '2030')")
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        conn.execute("UPDATE meta SET value = '9.1.0' WHERE key = 'app_version'")
        conn.execute("PRAGMA user_version = 99")
        conn.execute(f"PRAGMA journal_mode = {mode}")


@pytest.mark.plain_only  # (the newer version's file is made with plain SQLite here)
def test_a_newer_journal_in_rollback_mode_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _newer(path, "delete")
    before = _files(tmp_path)
    for _ in range(2):
        with pytest.raises(JournalTooNew) as err:
            Journal.open(path, backup_dir=tmp_path / "backups")
        assert "9.1.0" in str(err.value) and "(schema 99)" in str(err.value)
        assert _files(tmp_path) == before  # before: its header switched to WAL
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    with Journal.open(path, read_only=True, backup_dir=tmp_path / "backups") as ro:
        assert get_contact(ro, 1).family_name == "Müller"


@pytest.mark.plain_only
def test_a_command_on_a_newer_journal_says_so_and_writes_nothing(where, capsys):
    _newer(where.journal, "delete")
    before = _files(where.root)
    argv = ["note", "add", "--with", "1", "--text", "Kaffee", "--data-dir", str(where.root)]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "written by netzjournal 9.1.0 (schema 99)" in err and "Please update" in err
    assert _files(where.root) == before
