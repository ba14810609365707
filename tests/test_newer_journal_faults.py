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
from netzjournal.store.errors import JournalDamaged, JournalTooNew
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


# -- a pending -wal, another program's file, damage: refused, and nothing changes ----------

KILLED_WRITER = """
import os, sys
from pathlib import Path
from netzjournal.store import cipher
key = cipher.Key(raw=bytes.fromhex(sys.argv[2])) if sys.argv[2] else None
conn = cipher.connect(Path(sys.argv[1]), key=key, isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint = 0")
for sql in sys.argv[3:]:
    conn.execute(sql)
os._exit(0)  # killed: its -wal (and -shm) stay, not checkpointed
"""


def _killed_writer(path: Path, *sql: str) -> None:
    """A process that wrote ``sql`` into ``path`` and died before its checkpoint (under
    the run's key in the encrypted run)."""
    import subprocess
    import sys

    from netzjournal.store import cipher

    key = cipher.active()
    raw = key.raw.hex() if key is not None and key.raw is not None else ""
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path), raw, *sql], check=True)
    assert path.with_name(path.name + "-wal").stat().st_size > 0


NEWER_SQL = (
    f"INSERT INTO {HISTORY_TABLE} (name, applied) VALUES ('0099_x', '2030')",
    "UPDATE meta SET value = '99' WHERE key = 'schema_version'",
    "UPDATE meta SET value = '9.1.0' WHERE key = 'app_version'",
    "PRAGMA user_version = 99",
    "UPDATE contact SET family_name = 'Neumann'",
)


def _newer_with_a_pending_wal(path: Path, shm: bool) -> None:
    """A newer version upgraded the journal and was killed before its checkpoint
    (``shm``: its -shm stays too; else only the -wal was copied along)."""
    with Journal.open(path, backup_dir=path.parent / "backups") as j:
        create_contact(j, person("Max", "Müller"))
    _killed_writer(path, *NEWER_SQL)
    if not shm:
        path.with_name(path.name + "-shm").unlink()


def _leftover_part(backups: Path) -> None:
    """An interrupted backup's leftover: a refused open must not tidy it either."""
    backups.mkdir(exist_ok=True)
    (backups / "journal-20260101-090000-daily.sqlite3.part").write_bytes(b"x" * 100)


@pytest.mark.parametrize("shm", [True, False], ids=["with-shm", "wal-only"])
def test_a_newer_journal_with_a_pending_wal_is_refused_and_nothing_changes(tmp_path, shm):
    path = tmp_path / "journal.sqlite3"
    _newer_with_a_pending_wal(path, shm)
    _leftover_part(tmp_path / "backups")
    before = _files(tmp_path)
    for _ in range(2):
        with pytest.raises(JournalTooNew) as err:
            Journal.open(path, backup_dir=tmp_path / "backups")
        assert "9.1.0" in str(err.value) and "(schema 99)" in str(err.value)
        # before: the -wal was checkpointed into the file when the refused open closed
        assert _files(tmp_path) == before
    with Journal.open(path, read_only=True, backup_dir=tmp_path / "backups") as ro:
        assert get_contact(ro, 1).family_name == "Neumann"  # the -wal's, as it was


def test_a_command_on_a_newer_journal_with_a_pending_wal_writes_nothing(where, capsys):
    _newer_with_a_pending_wal(where.journal, shm=True)
    _leftover_part(where.backups)
    before = _files(where.root)
    argv = ["note", "add", "--with", "1", "--text", "Kaffee", "--data-dir", str(where.root)]
    assert cli.main(argv) == 2
    assert "written by netzjournal 9.1.0 (schema 99)" in capsys.readouterr().err
    assert _files(where.root) == before


def test_the_window_refused_a_newer_journal_leaves_it_as_it_was(qtbot, where):
    from uihelpers import when_modal

    from netzjournal import app as app_module

    _newer_with_a_pending_wal(where.journal, shm=True)
    _leftover_part(where.backups)
    before = _files(where.root)
    said: list[str] = []

    def quit_box(box) -> None:
        said.append(box.text())
        box.reject()  # not "open read-only"

    when_modal(quit_box)
    assert app_module._open_journal(where) is None
    assert said and "9.1.0" in said[0]
    assert _files(where.root) == before


def _other_programs(path: Path, wal: bool) -> None:
    """Another program's SQLite database under the journal's name (``wal``: that
    program was killed with a -wal pending)."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
    if wal:
        _killed_writer(path, "INSERT INTO moz_places (url) VALUES ('https://example.com')")


@pytest.mark.plain_only
@pytest.mark.parametrize("wal", [False, True], ids=["rollback", "pending-wal"])
def test_another_programs_database_is_refused_and_unchanged(tmp_path, wal):
    path = tmp_path / "journal.sqlite3"
    _other_programs(path, wal)
    _leftover_part(tmp_path / "backups")
    before = _files(tmp_path)
    with pytest.raises(JournalDamaged) as err:
        Journal.open(path, backup_dir=tmp_path / "backups")
    # before: opened, and this version's tables migrated into the other program's file
    assert err.value.code == "not-a-journal"
    assert _files(tmp_path) == before


@pytest.mark.plain_only
def test_a_command_on_another_programs_database_writes_nothing(where, capsys):
    _other_programs(where.journal, wal=True)
    before = _files(where.root)
    argv = ["contact", "add", "--given", "Eva", "--family", "Groß", "--data-dir", str(where.root)]
    assert cli.main(argv) != 0
    assert "not a netzjournal journal" in capsys.readouterr().err
    assert _files(where.root) == before


def test_a_damaged_journal_is_refused_and_its_backups_folder_unchanged(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, backup_dir=tmp_path / "backups") as j:
        for i in range(200):
            create_contact(j, person(f"Max{i}", "Müller" * 20))
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):
        data[offset + 8 : offset + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))
    _leftover_part(tmp_path / "backups")
    before = _files(tmp_path)
    with pytest.raises(JournalDamaged):
        Journal.open(path, backup_dir=tmp_path / "backups")
    # before: the interrupted backup's .part was tidied away by the refused open
    assert _files(tmp_path) == before
