"""Issue 11: no start, recovery, restore or crash ever loses the journal.

Real files in tmp_path; a full disk and a read-only mount are real (small
tmpfs mounts) when the tests run as root, and skipped with the reason
otherwise; a full disk is also simulated with ``PRAGMA max_page_count``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, person
from dbfiles import connect as _dbconnect

from netzjournal.store import backups, cipher, environment, leftovers, walcheck
from netzjournal.store.backups import create_backup, ensure_daily_of, list_backups, restore_backup
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import contact_count, create_contact, get_contact
from netzjournal.store.errors import JournalDamaged, JournalUnavailable, StoreError
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal, ReadOnlyJournal, latest_schema
from netzjournal.store.records import InteractionRecord
from netzjournal.store.uri import sqlite_uri

IS_ROOT = os.name == "posix" and os.geteuid() == 0
needs_root = pytest.mark.skipif(
    not IS_ROOT, reason="needs root to mount a small tmpfs (full or read-only disk)"
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _marker(path: Path) -> bool:
    """The note beside an encrypted journal (the encrypted test run)."""
    return path.name.endswith(cipher.MARKER_SUFFIX)


def write_journal(path: Path, contacts: int = 3, crash: bool = False, prefix: str = "P") -> None:
    """Write a journal in another process (this one has never opened it).

    ``crash``: the process dies without closing, leaving its ``-wal``.
    """
    code = (
        "import os, sys\n"
        "from netzjournal.store.journal import Journal\n"
        "from netzjournal.store.records import ContactRecord\n"
        "from netzjournal.store.contacts import create_contact\n"
        f"j = Journal.open({str(path)!r})\n"
        f"for n in range({contacts}):\n"
        "    r = ContactRecord(given_name=f'{p}{n}', family_name='Lang')\n"
        "    create_contact(j, r)\n"
        f"{'os._exit(0)' if crash else 'j.close()'}\n"
    ).replace("{p}", prefix)
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, timeout=60)


def count_contacts(path: Path) -> int:
    conn = _dbconnect(path, read_only=True)
    try:
        return conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        conn.close()


@contextlib.contextmanager
def tmpfs(where: Path, size: str = "2m", options: str = ""):
    where.mkdir(parents=True, exist_ok=True)
    opts = f"size={size}" + (f",{options}" if options else "")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(where)], capture_output=True, text=True
    )
    if mounted.returncode != 0:  # a container without CAP_SYS_ADMIN
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


SLEEP = "import time\ntime.sleep(60)\n"  # (killed when the block ends)


@contextlib.contextmanager
def another_process(script: str, cwd: Path | None = None) -> Iterator[None]:
    """``script`` run by another Python process for as long as the block lasts: it holds
    what the script takes (a lock, a transaction, an open journal) from "ready" on."""
    holder = subprocess.Popen(
        [sys.executable, "-c", f"{script}\nprint('ready', flush=True)\n{SLEEP}"],
        stdout=subprocess.PIPE, text=True, cwd=cwd,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        yield
    finally:
        holder.kill()
        holder.wait()


def holding_the_write_lock(path: Path) -> contextlib.AbstractContextManager[None]:
    """Another process holding ``path``'s write lock (an open BEGIN IMMEDIATE)."""
    return another_process(
        "import sqlite3\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')"
    )


def integrity(path: Path) -> str:
    """SQLite's own integrity check of a plain journal, read by a connection of its own."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def add_ballast(journal: Path) -> None:
    """~0.8 MB more in a plain journal's file (a copy of it then needs that room too)."""
    with contextlib.closing(sqlite3.connect(journal)) as conn, conn:
        conn.execute("INSERT INTO meta VALUES ('ballast', hex(randomblob(400000)))")


def fill_disk(folder: Path) -> None:
    with open(folder / "filler", "wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 65536)


# -- 1. full disk and other environment errors are not damage ------------------------------


@needs_root
def test_full_disk_at_start_is_not_damage_and_touches_nothing(tmp_path):
    with tmpfs(tmp_path / "mnt", "4m") as mnt:
        path = mnt / "journal.sqlite3"
        write_journal(path, contacts=20)  # closed: SQLite needs room for a new -wal
        (mnt / "backups").mkdir()
        fill_disk(mnt)
        before = folder_state(mnt)
        with pytest.raises(JournalUnavailable) as err:
            Journal.open(path, backup_dir=mnt / "backups")
        assert err.value.kind == "disk-full", err.value
        assert "full" in str(err.value)
        # Nothing renamed, nothing written (the -wal and -shm SQLite began are gone again).
        assert folder_state(mnt) == before
        (mnt / "filler").unlink()
        with Journal.open(path) as j:  # space again: everything is there
            assert contact_count(j) == 20


@needs_root
def test_a_wal_on_a_nearly_full_disk_is_checked_without_a_copy(tmp_path):
    """Checking a -wal took a copy of journal and -wal: with less room than that the
    start said "disk full". It is checked where it lies, read-only."""
    # (sized for the -wal of 20 contact writes, ~2.5 MB: a second copy does not fit)
    with tmpfs(tmp_path / "mnt", "4m") as mnt:
        path = mnt / "journal.sqlite3"
        write_journal(path, contacts=20, crash=True)  # a -wal waits to be replayed
        wal = walcheck.pending_wal(path)
        assert wal is not None and (environment.free_bytes(mnt) or 0) < wal.stat().st_size
        with Journal.open(path, backup_dir=mnt / "backups") as j:
            assert j.set_aside == [] and contact_count(j) == 20
        assert not list(mnt.glob("*set-aside*")) and not list(mnt.glob(".netzjournal-check-*"))
        # A crash again, and then not a byte free: it still opens to be read; a
        # write says the disk is full and loses nothing.
        write_journal(path, contacts=5, crash=True, prefix="Q")
        (mnt / "backups").mkdir(exist_ok=True)
        fill_disk(mnt)
        with Journal.open(path, backup_dir=mnt / "backups") as j:
            assert j.set_aside == [] and contact_count(j) == 25
            with pytest.raises(StoreError) as err:
                create_contact(j, person("Neu", "Voll"))
            assert "full" in str(err.value)
        (mnt / "filler").unlink()
        with Journal.open(path) as j:
            assert contact_count(j) == 25 and j.integrity_check() == ["ok"]


@needs_root
def test_recovery_on_a_full_disk_leaves_the_original_in_place(tmp_path):
    with tmpfs(tmp_path / "mnt", "5m") as mnt:  # (30 contact writes: a -wal of ~3 MB)
        path, bdir = mnt / "journal.sqlite3", mnt / "backups"
        write_journal(path, contacts=30)
        bdir.mkdir()
        with Journal.open(path, backup_dir=bdir) as j:
            info = create_backup(j, bdir)
        fill_disk(mnt)
        before = folder_state(mnt)
        with pytest.raises(StoreError) as err:
            backups.recover_from_backup(path, info.path)
        assert isinstance(err.value, JournalUnavailable) and err.value.kind == "disk-full"
        assert folder_state(mnt) == before
        assert not list(mnt.glob("journal.sqlite3.*"))  # no .damaged, no .part


def test_sqlite_full_through_max_page_count_is_a_full_disk_and_restores_nothing(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    big = tmp_path / "big" / "journal.sqlite3"
    write_journal(big, contacts=200)
    j = Journal.open(path, backup_dir=bdir)  # (made before its backups: not a lost one)
    big_backup = bdir / "journal-20260101-090000-manual.sqlite3"
    bdir.mkdir()
    big_backup.write_bytes(big.read_bytes())
    create_contact(j, person("Neu", "Nach"))
    pages = j.connection().execute("PRAGMA page_count").fetchone()[0]
    j.connection().execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(JournalUnavailable) as err:
        restore_backup(j, big_backup, bdir, now=dt.datetime(2026, 1, 2, 9))
    assert err.value.kind == "disk-full"
    j.connection().execute("PRAGMA max_page_count = 1073741823")
    assert [r.family_name for r in contact_rows(j)] == ["Nach"]
    assert j.integrity_check() == ["ok"]
    j.close()


@pytest.mark.parametrize(
    ("code", "kind"),
    [(13, "disk-full"), (8, "read-only"), (5, "locked"), (3, "permission-denied")],
)
def test_sqlite_errors_are_classified(tmp_path, code, kind):
    exc = sqlite3.OperationalError("boom")
    exc.sqlite_errorcode = code  # as SQLite sets it
    found = environment.classify(exc, tmp_path / "journal.sqlite3")
    assert found is not None and found.kind == kind


def test_not_a_database_is_damage_not_environment(tmp_path):
    exc = sqlite3.DatabaseError("file is not a database")
    exc.sqlite_errorcode = 26
    assert environment.classify(exc, tmp_path / "x") is None


def test_journal_path_is_a_directory(tmp_path):
    (tmp_path / "journal.sqlite3").mkdir()
    with pytest.raises(JournalUnavailable) as err:
        Journal.open(tmp_path / "journal.sqlite3")
    assert err.value.kind == "is-a-directory"


def test_data_folder_is_a_file(tmp_path):
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(JournalUnavailable) as err:
        Journal.open(tmp_path / "data" / "journal.sqlite3")
    assert err.value.kind == "not-a-folder"
    assert (tmp_path / "data").read_text() == "not a folder"


# -- 2. a leftover -wal is checked before it is replayed ---------------------------------


def test_a_foreign_wal_is_set_aside_and_the_journal_stays_healthy(tmp_path):
    mine, other = tmp_path / "mine" / "journal.sqlite3", tmp_path / "other" / "journal.sqlite3"
    mine.parent.mkdir()
    other.parent.mkdir()
    write_journal(mine, contacts=5)
    write_journal(other, contacts=50, crash=True, prefix="Fremd")
    foreign = other.with_name("journal.sqlite3-wal").read_bytes()
    assert foreign
    mine.with_name("journal.sqlite3-wal").write_bytes(foreign)
    j = Journal.open(mine)
    try:
        (aside,) = j.set_aside
        assert aside.name.startswith("journal.sqlite3-wal.set-aside-")
        assert aside.read_bytes() == foreign  # kept, not deleted
        assert j.integrity_check() == ["ok"]
        assert contact_count(j) == 5
        assert all(r.name.startswith("P") for r in contact_rows(j))
    finally:
        j.close()
    assert count_contacts(mine) == 5
    assert not list(mine.parent.glob(".netzjournal-check-*"))


def test_our_own_wal_from_a_crash_is_replayed(tmp_path):
    path = tmp_path / "journal.sqlite3"
    write_journal(path, contacts=12, crash=True)
    assert walcheck.pending_wal(path) is not None
    with Journal.open(path) as j:
        assert j.set_aside == []
        assert contact_count(j) == 12
    assert not list(tmp_path.glob("*set-aside*"))


def test_a_wal_of_a_journal_laid_out_alike_is_still_told_apart(tmp_path):
    """Two journals made alike have the same pages in the same places: another's
    -wal whose writes came after a checkpoint (its id row already in the file)
    replays into a consistent file. The mark every write leaves names its journal."""
    mine, other = tmp_path / "mine" / "journal.sqlite3", tmp_path / "other" / "journal.sqlite3"
    for path in (mine, other):
        path.parent.mkdir()
        Journal.open(path).close()  # created and checkpointed: ids in the files
    theirs = Journal.open(other)
    try:
        create_contact(theirs, person("Fremd", "Person"))
        wal = other.with_name(other.name + "-wal").read_bytes()
    finally:
        theirs.close(checkpoint=False)
    assert wal
    mine.with_name(mine.name + "-wal").write_bytes(wal)
    work = tmp_path / "work"
    work.mkdir()
    verdict = walcheck.check_on_copy(mine, mine.with_name(mine.name + "-wal"), work)
    assert verdict.state == "wal-damaged", verdict
    assert walcheck.check_in_place(mine).state == "wal-damaged"  # (where it lies)
    # And a -wal of a journal's own writes is its own.
    j = Journal.open(other)
    try:
        create_contact(j, person("Eigen", "Person"))
        wal = other.with_name(other.name + "-wal").read_bytes()
    finally:
        j.close(checkpoint=False)  # (SQLite may still fold the -wal in on close)
    assert wal
    own = other.with_name(other.name + "-wal")
    own.write_bytes(wal)
    work2 = tmp_path / "work2"
    work2.mkdir()
    assert walcheck.check_on_copy(other, own, work2).state == "healthy"
    assert walcheck.check_in_place(other).state == "healthy"
    assert own.read_bytes() == wal  # read, never replayed into the file nor removed


def test_a_wal_in_use_by_another_process_is_left_alone(tmp_path):
    path = tmp_path / "journal.sqlite3"
    write_journal(path, contacts=2)
    with another_process(
        "import sys, time\n"
        "from netzjournal.store.journal import Journal\n"
        "from netzjournal.store.records import ContactRecord\n"
        "from netzjournal.store.contacts import create_contact\n"
        f"j = Journal.open({str(path)!r})\n"
        "create_contact(j, ContactRecord(given_name='Live', family_name='X'))",
        cwd=REPO,
    ):
        assert walcheck.in_use_elsewhere(path)
        with Journal.open(path) as j:
            assert j.set_aside == [] and contact_count(j) == 3


# -- 3. recovery offers verified backups, never a backup of a damaged journal --------------


def scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(3 * 4096, 12 * 4096, 4096):
        data[offset : offset + 200] = bytes(range(200))
    path.write_bytes(bytes(data))


def test_a_damaged_journal_is_never_backed_up(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    write_journal(path, contacts=300)
    scribble(path)
    j = Journal.open(path, backup_dir=bdir, verify=False)  # as the app's start does
    try:
        with pytest.raises(JournalDamaged):
            ensure_daily_of(path, bdir)
    finally:
        j.close()
    assert list_backups(bdir) == []
    assert not list(bdir.glob("*.part"))


def test_checked_backups_put_the_newest_healthy_first_and_say_why_others_are_not(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    j = Journal.open(path, backup_dir=bdir)
    empty = create_backup(j, bdir, "daily", now=dt.datetime(2026, 1, 1, 9))
    create_contact(j, person("Max", "Müller"))
    create_interaction(j, InteractionRecord(
        occurred_at=dt.datetime(2026, 1, 2, 10), participants=[1], title="Kaffee"))  # fmt: skip
    good = create_backup(j, bdir, "daily", now=dt.datetime(2026, 1, 2, 9))
    create_contact(j, person("Eva", "Groß"))
    newer = create_backup(j, bdir, "manual", now=dt.datetime(2026, 1, 3, 9))
    j.close()
    broken = bdir / "journal-20260104-090000-daily.sqlite3"
    broken.write_bytes(newer.path.read_bytes())
    scribble_small(broken)
    (bdir / "journal-20260105-090000-manual.sqlite3").write_bytes(b"")
    other = bdir / "journal-20260106-090000-manual.sqlite3"
    conn = _dbconnect(other)
    conn.execute("CREATE TABLE shopping (item TEXT)")
    conn.commit()
    conn.close()
    found = backups.checked_backups(bdir)
    assert [c.info.path for c in found if c.usable] == [newer.path, good.path]
    assert (found[0].report.contacts, found[0].report.notes) == (2, 1)
    problems = {c.info.path.name: c.report.problem for c in found if not c.usable}
    assert problems == {
        broken.name: "damaged",
        "journal-20260105-090000-manual.sqlite3": "empty",
        other.name: "not-a-journal",
        empty.path.name: "no-data",
    }


def scribble_small(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):
        data[offset + 8 : offset + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))


# -- 4. a zero-byte backup or a non-journal SQLite file is refused with the reason ---------


def test_a_zero_byte_backup_is_refused(journal, tmp_path):
    create_contact(journal, person("Max", "Müller"))
    zero = tmp_path / "journal-20260101-100000-manual.sqlite3"
    zero.write_bytes(b"")
    with pytest.raises(JournalDamaged) as err:
        restore_backup(journal, zero, tmp_path / "b")
    assert err.value.code == "empty" and "empty" in str(err.value)
    assert contact_count(journal) == 1


def test_an_sqlite_file_that_is_not_a_journal_is_refused(journal, tmp_path):
    create_contact(journal, person("Max", "Müller"))
    other = tmp_path / "photos.sqlite3"
    conn = _dbconnect(other)
    conn.execute("CREATE TABLE photo (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(JournalDamaged) as err:
        restore_backup(journal, other, tmp_path / "b")
    assert err.value.code == "not-a-journal" and "not a netzjournal journal" in str(err.value)
    with pytest.raises(JournalDamaged):
        backups.recover_from_backup(tmp_path / "elsewhere.sqlite3", other)
    assert contact_count(journal) == 1


def test_an_empty_journal_backup_does_not_replace_one_with_data(journal, tmp_path):
    bdir = tmp_path / "b"
    empty = create_backup(journal, bdir, now=dt.datetime(2026, 1, 1, 9))
    create_contact(journal, person("Max", "Müller"))
    with pytest.raises(JournalDamaged) as err:
        restore_backup(journal, empty.path, bdir)
    assert err.value.code == "no-data"
    assert contact_count(journal) == 1


# -- 5. a zero-byte journal offers the backups ---------------------------------------------


def test_a_zero_byte_journal_with_backups_is_damage_not_a_new_journal(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    with Journal.open(path, backup_dir=bdir) as j:
        create_contact(j, person("Max", "Müller"))
        create_backup(j, bdir)
    path.write_bytes(b"")
    with pytest.raises(JournalDamaged) as err:
        Journal.open(path, backup_dir=bdir)
    assert err.value.code == "empty"
    assert path.stat().st_size == 0  # untouched
    (usable,) = [c for c in backups.checked_backups(bdir) if c.usable]
    kept = backups.recover_from_backup(path, usable.info.path)
    assert kept is not None and kept.stat().st_size == 0
    with Journal.open(path, backup_dir=bdir) as j:
        assert get_contact(j, 1).family_name == "Müller"


# -- 6. one helper quotes every SQLite URI -------------------------------------------------


@pytest.mark.parametrize("name", ["Netzwerk #2", "wer?was", "50% privat", "a&b=c"])
def test_paths_with_uri_characters_restore_and_recover(tmp_path, name):
    root = tmp_path / name
    path, bdir = root / "journal.sqlite3", root / "backups"
    j = Journal.open(path, backup_dir=bdir)
    create_contact(j, person("Max", "Müller"))
    first = create_backup(j, bdir, now=dt.datetime(2026, 1, 1, 9))
    create_contact(j, person("Eva", "Groß"))
    j = restore_backup(j, first.path, bdir, now=dt.datetime(2026, 1, 2, 9))
    assert [r.family_name for r in contact_rows(j)] == ["Müller"]
    j.close()
    assert backups.checked_backups(bdir)[0].usable
    path.write_bytes(b"broken" * 100)
    backups.recover_from_backup(path, first.path)
    with Journal.open(path, backup_dir=bdir) as j:
        assert [r.family_name for r in contact_rows(j)] == ["Müller"]
    assert not list(tmp_path.glob("*.sqlite3"))  # nothing created outside the folder
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_uri_quotes_the_special_characters(tmp_path):
    uri = sqlite_uri(Path("/data/a #1?x%y/j.sqlite3"), mode="ro")
    assert uri == "file:/data/a%20%231%3Fx%25y/j.sqlite3?mode=ro"


def test_no_module_builds_an_sqlite_uri_by_hand():
    offenders = []
    for path in (REPO / "netzjournal").rglob("*.py"):
        if path.name == "uri.py":
            continue
        text = path.read_text(encoding="utf-8")
        if 'f"file:' in text or "'file:" in text or '"file:' in text:
            offenders.append(path.name)
    assert offenders == []


# -- 7. permissions are never changed; what cannot be written opens read-only ---------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_write_protected_journal_opens_read_only_unchanged(tmp_path):
    path = tmp_path / "journal.sqlite3"
    write_journal(path, contacts=2)
    path.chmod(0o444)
    before = digest(path)
    with pytest.raises(JournalUnavailable) as err:
        Journal.open(path)
    assert err.value.kind == "read-only"
    with Journal.open(path, fallback_read_only=True) as j:
        assert j.read_only and j.read_only_reason == "read-only-file"
        assert contact_count(j) == 2
        with pytest.raises(ReadOnlyJournal):
            create_contact(j, person("Neu", "X"))
    assert mode(path) == 0o444 and digest(path) == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_write_protected_folder_is_not_chmodded(tmp_path):
    from netzjournal import paths

    root = tmp_path / "data"
    where = paths.resolve(root).ensure()
    write_journal(where.journal, contacts=2)
    root.chmod(0o555)
    try:
        where = paths.resolve(root).ensure()
        with Journal.open(where.journal, fallback_read_only=True) as j:
            assert j.read_only and j.read_only_reason == "read-only-folder"
            assert contact_count(j) == 2
        assert mode(root) == 0o555
    finally:
        root.chmod(0o700)


@needs_root
def test_a_read_only_mount_opens_read_only_even_with_a_leftover_wal(tmp_path):
    with tmpfs(tmp_path / "mnt", "4m") as mnt:
        path = mnt / "journal.sqlite3"
        write_journal(path, contacts=7, crash=True)
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        before = folder_state(mnt)
        with Journal.open(path, fallback_read_only=True) as j:
            assert j.read_only and j.read_only_reason == "read-only-mount"
            assert contact_count(j) == 7  # the -wal's contacts, read from a copy
        assert folder_state(mnt) == before


@needs_root
@pytest.mark.encrypted_too  # its folder is its own: tmp_path is root-only
def test_a_folder_of_another_user_opens_read_only_without_a_traceback():
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="netzjournal-foreign-"))  # tmp_path is root-only
    try:
        base.chmod(0o755)
        path = base / "journal.sqlite3"
        write_journal(path, contacts=1)
        path.chmod(0o644)
        before = digest(path)
        os.setegid(65534)
        os.seteuid(65534)  # a user who may read but not write the folder
        try:
            with Journal.open(path, fallback_read_only=True) as j:
                reason, count = j.read_only_reason, contact_count(j)
            with pytest.raises(JournalUnavailable) as err:
                Journal.open(path)
        finally:
            os.seteuid(0)
            os.setegid(0)
        assert (reason, count) == ("read-only-folder", 1)
        assert err.value.kind == "read-only"
        assert digest(path) == before and mode(path) == 0o644
    finally:
        shutil.rmtree(base)


@needs_root
def test_a_journal_nobody_may_read_is_permission_denied_not_damage():
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="netzjournal-private-"))
    try:
        base.chmod(0o755)
        path = base / "journal.sqlite3"
        write_journal(path, contacts=1)
        path.chmod(0o600)  # root's own
        before = digest(path)
        os.setegid(65534)
        os.seteuid(65534)
        try:
            with pytest.raises(JournalUnavailable) as err:
                Journal.open(path, fallback_read_only=True)
        finally:
            os.seteuid(0)
            os.setegid(0)
        assert err.value.kind == "permission-denied"
        assert digest(path) == before and not list(base.glob("*damaged*"))
    finally:
        shutil.rmtree(base)


def test_read_only_commands_work_on_a_write_protected_journal(tmp_path):
    path = tmp_path / "journal.sqlite3"
    write_journal(path, contacts=2)
    path.chmod(0o444)
    env = dict(os.environ, NETZJOURNAL_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-m", "netzjournal", "search", "P1"], cwd=REPO,
                         capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert out.returncode == 0 and "P1" in out.stdout, out.stderr
    imp = subprocess.run([sys.executable, "-m", "netzjournal", "import", str(tmp_path / "x.vcf")],
                         cwd=REPO, capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert imp.returncode == 2 and "cannot be written" in imp.stderr
    assert "Traceback" not in imp.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


# -- 8. leftovers of interrupted backups are removed at start -------------------------------


def test_part_files_of_killed_backups_are_removed_at_start(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    write_journal(path, contacts=2)
    bdir.mkdir()
    left = bdir / "journal-20260101-090000-daily.sqlite3.part"
    left.write_bytes(path.read_bytes())
    restoring = tmp_path / "journal.sqlite3.restoring-20260101-090000.part"
    restoring.write_bytes(b"x")
    dead = tmp_path / ".netzjournal-check-999999999-abc"
    dead.mkdir()
    keep = bdir / "notes.part"  # not ours
    keep.write_bytes(b"mine")
    with Journal.open(path, backup_dir=bdir) as j:
        assert sorted(p.name for p in j.cleaned) == sorted([left.name, restoring.name, dead.name])
    assert not left.exists() and not restoring.exists() and not dead.exists()
    assert keep.exists()


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_part_file_still_being_written_is_left_alone(tmp_path):
    import fcntl

    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    write_journal(path, contacts=1)
    bdir.mkdir()
    busy = bdir / "journal-20260101-090000-manual.sqlite3.part"
    busy.write_bytes(b"in progress")
    with another_process(
        "import fcntl, os, sys, time\n"
        f"fd = os.open({str(busy)!r}, os.O_RDWR)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)"
    ):
        assert leftovers.clean_leftovers(bdir, path) == []
        assert busy.exists()
    del fcntl


# -- 13. the schema version is written with the migrations ----------------------------------


def test_a_recorded_migration_without_its_version_is_repaired(tmp_path):
    path = tmp_path / "journal.sqlite3"
    write_journal(path, contacts=1)
    conn = _dbconnect(path)
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Journal.open(path) as j:
        assert j.schema_version == latest_schema()
    conn = _dbconnect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_schema()
    conn.close()


def test_migrations_and_version_are_one_transaction(tmp_path, monkeypatch):
    """A kill (here: a failure) in the last migration leaves the old schema and its version."""
    import shutil

    from netzjournal.store import journal as journal_module

    path = tmp_path / "journal.sqlite3"
    write_journal(path, contacts=1)
    latest = latest_schema()
    migrations = tmp_path / "migrations"
    shutil.copytree(journal_module.MIGRATIONS_DIR, migrations)
    (migrations / "0098_first.py").write_text(
        "def up(migrator, db):\n    db.execute_sql('CREATE TABLE extra_one (x)')\n"
    )
    (migrations / "0099_dies.py").write_text(
        "def up(migrator, db):\n"
        "    db.execute_sql('CREATE TABLE extra_two (x)')\n"
        "    raise RuntimeError('killed right after the last step')\n"
    )
    monkeypatch.setattr(journal_module, "MIGRATIONS_DIR", migrations)
    with pytest.raises(RuntimeError):
        Journal.open(path, backup_dir=tmp_path / "b")
    conn = _dbconnect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    history = [r[0] for r in conn.execute("SELECT name FROM schema_migration")]
    version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert "extra_one" not in tables and "extra_two" not in tables
    assert not any(h.startswith("009") for h in history)
    assert (version, user_version) == (str(latest), latest)


# -- 1. recovery writes beside, checks, and only then swaps ---------------------------------


def _damaged_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    with Journal.open(path, backup_dir=bdir) as j:
        create_contact(j, person("Max", "Müller"))
        info = create_backup(j, bdir)
    path.write_bytes(b"broken" * 100)
    return path, info.path


def test_a_failure_just_before_the_swap_leaves_the_original_in_place(tmp_path, monkeypatch):
    path, backup = _damaged_with_backup(tmp_path)

    def killed(*args, **kwargs):
        raise OSError(5, "Input/output error")  # as if the disk failed right there

    monkeypatch.setattr(backups, "_keep_aside", killed)
    with pytest.raises(StoreError):
        backups.recover_from_backup(path, backup)
    assert path.read_bytes() == b"broken" * 100
    assert sorted(p.name for p in tmp_path.iterdir() if not _marker(p)) == [
        "backups",
        "journal.sqlite3",
    ]


def test_without_hard_links_the_old_file_is_kept_as_a_verified_copy(tmp_path, monkeypatch):
    path, backup = _damaged_with_backup(tmp_path)

    def no_links(*args, **kwargs):
        raise OSError(1, "Operation not permitted")  # FAT, some network shares

    monkeypatch.setattr(backups.os, "link", no_links)
    kept = backups.recover_from_backup(path, backup)
    assert kept is not None and kept.read_bytes() == b"broken" * 100
    assert count_contacts(path) == 1
    assert not list(tmp_path.glob("*.part"))


def test_a_journal_locked_by_another_process_is_locked_not_damage(tmp_path):
    """An upgrade needs the write lock; another program holds it past the busy timeout."""
    from test_journal_open import _journal_at_0001

    path = tmp_path / "journal.sqlite3"
    _journal_at_0001(path)
    with another_process(
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')"
    ):
        before = digest(path)
        with pytest.raises(JournalUnavailable) as err:
            Journal.open(path, backup_dir=tmp_path / "backups")
        assert err.value.kind == "locked"
        assert digest(path) == before
    with Journal.open(path, backup_dir=tmp_path / "backups") as j:  # free again
        assert j.schema_version == latest_schema()
