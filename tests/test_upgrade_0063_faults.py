"""The upgrade of a journal of the last release (0061) to this round's 0062 and 0063
under faults: ``kill -9`` inside either migration or between them, a disk that fills,
another program's lock. The journal is old or fully upgraded — never 0062's columns
without 0063's — and the next open finishes the upgrade.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from dbfiles import connect as _dbconnect
from test_older_schema_read_only import digest, journal_at_0061
from test_storage_trust import IS_ROOT, fill_disk, holding_the_write_lock, tmpfs

from netzjournal.store import backups
from netzjournal.store import journal as journal_module
from netzjournal.store.backups import list_backups
from netzjournal.store.contacts import get_contact
from netzjournal.store.errors import JournalUnavailable
from netzjournal.store.journal import Journal, latest_schema

NEW = {"contact": {"name_prefix", "salutation_neutral"},
       "coach_state": {"reached_out_id", "answered_until"}}  # fmt: skip


def new_columns(path: Path) -> dict[str, set[str]]:
    """Which of this round's columns the file has, read beside the store."""
    conn = _dbconnect(path)
    try:
        return {
            table: {r[1] for r in conn.execute(f"PRAGMA table_info({table})")} & wanted
            for table, wanted in NEW.items()
        }
    finally:
        conn.close()


def assert_upgraded(path: Path, bdir: Path) -> None:
    with Journal.open(path, backup_dir=bdir) as j:
        assert j.schema_version == latest_schema()
        assert j.integrity_check() == ["ok"]
        lena = get_contact(j, 1)
        assert (lena.given_name, lena.name_prefix, lena.salutation_neutral) == ("Lena", "", False)
    assert new_columns(path) == NEW
    assert [b.reason for b in list_backups(bdir)] == ["pre-migration"]


@pytest.mark.plain_only  # the child opens the journal without the run's key
@pytest.mark.parametrize(
    "killed_at",
    ["salutation_neutral", "reached_out_id", "answered_until"],
    ids=["inside-0062", "between-0062-and-0063", "inside-0063"],
)
def test_a_kill_during_this_rounds_migrations_leaves_the_old_journal(tmp_path, killed_at):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    journal_at_0061(path)
    before = digest(path)
    script = (
        "import os, signal, peewee\n"
        "from pathlib import Path\n"
        "from netzjournal.store.journal import Journal\n"
        "run = peewee.SqliteDatabase.execute_sql\n"
        "def dying(self, sql, *args, **kwargs):\n"
        f"    if 'ADD COLUMN {killed_at}' in sql:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return run(self, sql, *args, **kwargs)\n"
        "peewee.SqliteDatabase.execute_sql = dying\n"
        f"Journal.open(Path({str(path)!r}), backup_dir=Path({str(bdir)!r})).close()\n"
        "print('not killed', flush=True)\n"
    )
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    assert digest(path) == before  # (what the migrations wrote was never committed)
    assert new_columns(path) == {"contact": set(), "coach_state": set()}
    assert_upgraded(path, bdir)  # the next start finishes, reusing the backup


@pytest.mark.plain_only  # the lock-holding process is plain SQLite (no key), as test_write_faults
def test_a_locked_0061_journal_is_refused_untouched_then_upgraded(tmp_path, monkeypatch):
    monkeypatch.setattr(journal_module, "BUSY_TIMEOUT_S", 0.2)
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    journal_at_0061(path)
    before = digest(path)
    with holding_the_write_lock(path), pytest.raises(JournalUnavailable) as err:
        Journal.open(path, backup_dir=bdir)
    assert err.value.kind == "locked", err.value
    assert digest(path) == before and list_backups(bdir) == []
    assert_upgraded(path, bdir)


@pytest.mark.skipif(not IS_ROOT, reason="needs root to mount a small tmpfs")
def test_a_disk_that_fills_during_this_rounds_upgrade_changes_nothing(tmp_path, monkeypatch):
    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        path, bdir = mnt / "journal.sqlite3", mnt / "backups"
        journal_at_0061(path)
        with contextlib.suppress(FileNotFoundError):
            for leftover in bdir.iterdir():  # (made at 0063 before the step back)
                leftover.unlink()
        before = digest(path)
        take_backup = backups.create_backup

        def backup_then_fill(*args, **kwargs):  # the backup fits; the migrations not
            info = take_backup(*args, **kwargs)
            fill_disk(mnt)
            return info

        monkeypatch.setattr(backups, "create_backup", backup_then_fill)
        with pytest.raises(JournalUnavailable) as err:
            Journal.open(path, backup_dir=bdir)
        assert err.value.kind == "disk-full", err.value
        assert digest(path) == before
        assert new_columns(path) == {"contact": set(), "coach_state": set()}
        monkeypatch.setattr(backups, "create_backup", take_backup)
        (mnt / "filler").unlink()
        assert_upgraded(path, bdir)
