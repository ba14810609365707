"""Opening a journal of an older version under faults: the upgrade is as safe as any write.

A locked journal, a disk that fills up during the migration, a write-protected
file and the leftovers of a killed backup. Each time the journal's bytes stay
as they were (or it is fully upgraded), the message says why, and the next
open on a healthy disk upgrades it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from test_journal_open import _journal_at_0001
from test_storage_trust import IS_ROOT, another_process, fill_disk, tmpfs

from netzjournal.store import backups
from netzjournal.store import journal as journal_module
from netzjournal.store.backups import list_backups
from netzjournal.store.contacts import get_contact
from netzjournal.store.errors import JournalUnavailable, StoreError
from netzjournal.store.journal import Journal, latest_schema

needs_root = pytest.mark.skipif(not IS_ROOT, reason="needs root to mount a small tmpfs")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def old_journal(path: Path) -> str:
    """A journal of the first release with one contact; returns its digest."""
    _journal_at_0001(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")  # as every version left it
        with conn:
            conn.execute("UPDATE contact SET notes = hex(randomblob(100000))")  # room to copy
    return digest(path)


def test_a_locked_journal_is_refused_before_its_backup_is_written(tmp_path, monkeypatch):
    monkeypatch.setattr(journal_module, "BUSY_TIMEOUT_S", 0.2)
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    before = old_journal(path)
    with another_process(
        "import sqlite3, time\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')"
    ):
        for _ in range(2):  # a retry while it is still held adds nothing either
            with pytest.raises(JournalUnavailable) as err:
                Journal.open(path, backup_dir=bdir)
            assert err.value.kind == "locked", err.value
    assert digest(path) == before
    assert list_backups(bdir) == [] and not any(bdir.glob("*.part*"))
    with Journal.open(path, backup_dir=bdir) as j:  # the lock is gone: it upgrades
        assert j.schema_version == latest_schema()
        assert get_contact(j, 1).family_name == "Mueller"
    assert [b.reason for b in list_backups(bdir)] == ["pre-migration"]


@needs_root
def test_a_disk_that_fills_during_the_upgrade_says_so_and_keeps_no_useless_backup(
    tmp_path, monkeypatch
):
    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        path, bdir = mnt / "journal.sqlite3", mnt / "backups"
        before = old_journal(path)
        take_backup = backups.create_backup

        def backup_then_fill(*args, **kwargs):  # the backup just fits; the migration not
            info = take_backup(*args, **kwargs)
            fill_disk(mnt)
            return info

        monkeypatch.setattr(backups, "create_backup", backup_then_fill)
        with pytest.raises(JournalUnavailable) as err:
            Journal.open(path, backup_dir=bdir)
        assert err.value.kind == "disk-full", err.value
        # The cause, not SQLite's complaint about the rollback peewee tried after it.
        assert "no transaction is active" not in str(err.value), err.value
        assert digest(path) == before
        # The copy of an unchanged journal would only hold the room the next try needs.
        assert list_backups(bdir) == []
        assert sorted(p.name for p in mnt.iterdir()) == ["backups", "filler", "journal.sqlite3"]
        monkeypatch.setattr(backups, "create_backup", take_backup)
        (mnt / "filler").unlink()
        with Journal.open(path, backup_dir=bdir) as j:
            assert j.schema_version == latest_schema()
            assert j.integrity_check() == ["ok"]
            assert get_contact(j, 1).given_name == "Jörg"
        assert [b.reason for b in list_backups(bdir)] == ["pre-migration"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_write_protected_journal_needing_an_upgrade_says_it_cannot_be_written(tmp_path):
    path = tmp_path / "journal.sqlite3"
    before = old_journal(path)
    path.chmod(0o444)
    # The window opens a journal it cannot write read-only; this one cannot be read
    # as it is, and the reason is the write protection, not an unknown failure.
    with pytest.raises(JournalUnavailable) as err:
        Journal.open(path, backup_dir=tmp_path / "b", fallback_read_only=True)
    assert err.value.kind == "read-only"
    assert "write-protected" in err.value.detail and "upgrade" in err.value.detail
    # Asked for read-only on a writable file, it stays a plain refusal.
    path.chmod(0o644)
    with pytest.raises(StoreError) as plain:
        Journal.open(path, read_only=True)
    assert not isinstance(plain.value, JournalUnavailable)
    assert digest(path) == before and list_backups(tmp_path / "b") == []


def test_sqlites_files_beside_a_killed_backup_are_removed_at_start(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    old_journal(path)
    Journal.open(path, backup_dir=bdir).close()
    # A kill while the copy was written: the .part is gone (or not), its journal stays.
    left = [
        bdir / "journal-20261130-200412-pre-migration.sqlite3.part-journal",
        bdir / "journal-20261130-200413-daily.sqlite3.part",
        bdir / "journal-20261130-200413-daily.sqlite3.part-journal",
        tmp_path / "journal.sqlite3.restoring-20261130-200414.part-wal",
    ]
    for p in left:
        p.write_bytes(b"x" * 512)
    mine = bdir / "journal-notes.part-journal.txt"  # not SQLite's
    mine.write_bytes(b"mine")
    with Journal.open(path, backup_dir=bdir) as j:
        assert sorted(j.cleaned) == sorted(left)
    assert not any(p.exists() for p in left) and mine.exists()


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_the_journal_of_a_backup_still_being_written_is_left_alone(tmp_path):
    from netzjournal.store import leftovers

    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    bdir.mkdir()
    busy = bdir / "journal-20261130-200000-manual.sqlite3.part"
    busy.write_bytes(b"in progress")
    its_journal = bdir / (busy.name + "-journal")
    its_journal.write_bytes(b"hot")
    with another_process(
        "import fcntl, os, time\n"
        f"fd = os.open({str(busy)!r}, os.O_RDWR)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)"
    ):
        assert leftovers.clean_leftovers(bdir, path) == []
        assert busy.exists() and its_journal.exists()


@needs_root
def test_a_backup_on_a_full_disk_leaves_nothing_behind(tmp_path):
    with tmpfs(tmp_path / "mnt", "16m") as mnt:
        path, bdir = mnt / "journal.sqlite3", mnt / "backups"
        with Journal.open(path, backup_dir=bdir) as j:
            with j.write():
                ballast = "INSERT INTO meta VALUES ('ballast', hex(randomblob(3000000)))"
                j.connection().execute(ballast)  # 6 MB
            j.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            fill_disk(mnt)
            filler = mnt / "filler"
            os.truncate(filler, filler.stat().st_size - 100_000)  # room for a bit of a copy
            with pytest.raises(JournalUnavailable) as err:
                backups.create_backup(j, bdir, reason="manual")
            assert err.value.kind == "disk-full", err.value
            # Neither the .part nor the rollback journal SQLite began beside it.
            assert list(bdir.iterdir()) == []


def test_the_sort_keys_a_migration_marks_stale_commit_with_it(tmp_path, monkeypatch):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    old_journal(path)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE contact SET organisation = ' Straße AG '")  # 0026 marks it stale
    before = digest(path)
    from netzjournal.store import summary

    computed = summary.fill_keys

    def full_after_the_keys(conn: sqlite3.Connection) -> int:
        if computed(conn):  # the keys written, then the disk is full
            raise sqlite3.OperationalError("database or disk is full")
        return 0

    monkeypatch.setattr(journal_module, "fill_keys", full_after_the_keys)
    with pytest.raises(StoreError) as err:
        Journal.open(path, backup_dir=bdir)
    assert "Nothing was changed" in str(err.value)
    assert digest(path) == before and list_backups(bdir) == []  # and so it is
    monkeypatch.setattr(journal_module, "fill_keys", computed)
    with Journal.open(path, backup_dir=bdir) as j:
        assert j.schema_version == latest_schema()
        stale = "SELECT count(*) FROM contact_summary WHERE name_key IS NULL"
        assert j.connection().execute(stale).fetchone() == (0,)
        assert get_contact(j, 1).organisation == " Straße AG "


def test_a_damaged_journal_found_by_the_pre_migration_backup_is_named_itself(tmp_path):
    from test_storage_trust import scribble, write_journal

    from netzjournal.store.errors import JournalDamaged

    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    write_journal(path, contacts=300)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:  # one migration to do
        conn.execute("DELETE FROM schema_migration WHERE name = '0026_sort_descending'")
        for name in ("organisation", "role", "city", "tags", "last_contact", "closeness"):
            conn.execute(f"DROP INDEX contact_summary_{name}_desc")
        conn.execute("PRAGMA user_version = 24")
    scribble(path)
    before = digest(path)
    # The window opens without the full check (it runs in the background later):
    # the backup's check of its copy is what finds the damage.
    with pytest.raises(JournalDamaged) as err:
        Journal.open(path, backup_dir=bdir, verify=False, fallback_read_only=True)
    # The file to keep and to recover is the journal, not a copy that is gone again.
    assert err.value.path == path, err.value
    assert "backups" not in str(err.value)
    assert digest(path) == before and list(bdir.iterdir()) == []


def _upgrade_held_after_its_backup(path: Path, bdir: Path, gate: Path) -> str:
    """A script that upgrades ``path`` in another process and holds still once its backup
    is written and the migrations ran, inside their transaction (says "ready" there),
    until ``gate`` exists."""
    return (
        "import time\n"
        "from pathlib import Path\n"
        "from netzjournal.store import journal as jm\n"
        "computed = jm.fill_keys\n"
        "def held(conn):\n"
        "    print('ready', flush=True)\n"
        f"    while not Path({str(gate)!r}).exists():\n"
        "        time.sleep(0.01)\n"
        "    return computed(conn)\n"
        "jm.fill_keys = held\n"
        f"jm.Journal.open(Path({str(path)!r}), backup_dir=Path({str(bdir)!r})).close()"
    )


def test_a_killed_upgrade_leaves_one_backup_that_the_next_open_reuses(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    before = old_journal(path)
    with another_process(_upgrade_held_after_its_backup(path, bdir, tmp_path / "gate")):
        pass  # killed (SIGKILL) in the middle of the migrations, after the backup
    assert digest(path) == before
    [taken] = list_backups(bdir)
    assert taken.reason == "pre-migration"
    copied = digest(taken.path)
    with Journal.open(path, backup_dir=bdir) as j:
        assert j.schema_version == latest_schema()
        assert get_contact(j, 1).family_name == "Mueller"
    # The same verified copy, not a second one beside it; nothing is kept to reuse now.
    assert list_backups(bdir) == [taken] and digest(taken.path) == copied
    assert sorted(p.name for p in bdir.iterdir()) == [taken.path.name]
    assert not (tmp_path / "journal.sqlite3.upgrading").exists()


def test_a_journal_changed_after_a_killed_upgrade_gets_a_new_backup(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    old_journal(path)
    with another_process(_upgrade_held_after_its_backup(path, bdir, tmp_path / "gate")):
        pass
    [first] = list_backups(bdir)
    # Another program writes to the old journal meanwhile (same size: one byte changes).
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE contact SET given_name = 'Jörn'")
    with Journal.open(path, backup_dir=bdir) as j:
        assert get_contact(j, 1).given_name == "Jörn"
    taken = list_backups(bdir)
    assert [b.reason for b in taken] == ["pre-migration", "pre-migration"]
    assert first in taken
    newest = next(b for b in taken if b != first)
    with contextlib.closing(sqlite3.connect(newest.path)) as conn:
        assert conn.execute("SELECT given_name FROM contact").fetchone() == ("Jörn",)


def test_an_open_during_another_process_upgrade_waits_for_it_and_copies_nothing(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    old_journal(path)
    gate = tmp_path / "gate"
    heard: list[str] = []

    def stage(step: str) -> None:
        heard.append(step)
        if step == "waiting":  # the other upgrade holds its lock: let it finish now
            gate.touch()

    holder = _upgrade_held_after_its_backup(path, bdir, gate)
    with (
        another_process(holder),
        Journal.open(path, backup_dir=bdir, on_stage=stage, upgrade_wait=60) as j,
    ):
        assert j.schema_version == latest_schema()
        assert get_contact(j, 1).family_name == "Mueller"
    # It waited for the other process's upgrade and found nothing left to do:
    # neither a second backup nor a "locked" after SQLite's busy timeout.
    assert heard == ["waiting"]
    assert [b.reason for b in list_backups(bdir)] == ["pre-migration"]


def test_an_open_that_waited_too_long_for_another_upgrade_says_so(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    before = old_journal(path)
    holder = _upgrade_held_after_its_backup(path, bdir, tmp_path / "gate")
    with another_process(holder), pytest.raises(JournalUnavailable) as err:
        Journal.open(path, backup_dir=bdir, upgrade_wait=0.3)
    assert err.value.kind == "upgrading", err.value
    assert "being updated for this version" in str(err.value)
    assert digest(path) == before
    assert [b.reason for b in list_backups(bdir)] == ["pre-migration"]  # the other's only


def test_a_command_run_during_the_windows_upgrade_says_it_waits_then_works(tmp_path):
    import subprocess
    import sys

    from test_storage_trust import REPO

    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    old_journal(path)
    gate = tmp_path / "gate"
    env = dict(os.environ, NETZJOURNAL_HOME=str(tmp_path))
    with another_process(_upgrade_held_after_its_backup(path, bdir, gate)):
        command = subprocess.Popen(
            [sys.executable, "-m", "netzjournal", "search", "Mueller"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        try:
            assert command.stderr is not None
            said = command.stderr.readline()  # (it waits for the other upgrade meanwhile)
            gate.touch()  # the other upgrade finishes
            out, err = command.communicate(timeout=120)
        finally:
            command.kill()
    assert "updating the journal for this version; waiting" in said, said + err
    assert command.returncode == 0 and "Mueller" in out, err
    assert [b.reason for b in list_backups(bdir)] == ["pre-migration"]
