"""A ``-wal`` file found beside the journal at start is checked before it is replayed.

SQLite replays a ``-wal`` it finds into the journal when it is opened. One
left by a crash of this app is exactly what should happen; one that does
not belong to the file (copied along from elsewhere, left after the journal
was replaced by hand, damaged) would be merged in and leave the journal
"malformed" for good. So before the first connection of this process opens
a journal with a pending ``-wal`` that no other running process is using:

1. journal and ``-wal`` are checked where they lie, read-only
   (:func:`check_in_place`: nothing is copied, so a nearly full disk can be
   checked too); a journal in a folder nobody may write is checked on a copy
   in a private folder (:func:`check_on_copy`), which it is then read from;
2. if the journal with its ``-wal`` is damaged but the journal alone is
   healthy, the ``-wal`` is set aside as ``journal.sqlite3-wal.set-aside-<stamp>``
   (renamed, never deleted) and the journal opens without it; the caller tells
   the user.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
from pathlib import Path
from typing import NamedTuple

from netzjournal.store import cipher
from netzjournal.store.fsync import first_free
from netzjournal.store.fsync import sync_dir as _sync_dir

log = logging.getLogger(__name__)

CHECK_PREFIX = ".netzjournal-check-"
SHM_DMS_BYTE = 128  # SQLite's unix VFS: every connection holds a read lock here


class WalVerdict(NamedTuple):
    """``state``: ``healthy``, ``wal-damaged`` or ``journal-damaged``."""

    state: str
    detail: str = ""


def pending_wal(journal: Path) -> Path | None:
    wal = journal.with_name(journal.name + "-wal")
    try:
        return wal if wal.stat().st_size > 0 else None
    except OSError:
        return None


def in_use_elsewhere(journal: Path) -> bool:
    """True if another process has the journal open (its WAL is live, not leftover).

    Every SQLite connection holds a shared lock on one byte of the ``-shm``
    file; an exclusive test lock on it fails while any other process is
    connected. Call only while this process has no connection to the file
    (POSIX locks belong to the process: closing our test descriptor would
    drop our own connection's locks).
    """
    try:
        import fcntl
    except ImportError:  # Windows: SQLite locks differently; assume live, check nothing
        return True
    shm = journal.with_name(journal.name + "-shm")
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False  # no -shm: nobody is connected
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, SHM_DMS_BYTE)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, SHM_DMS_BYTE)
        return False
    finally:
        os.close(fd)


def make_check_dir(journal: Path) -> Path:
    """A private folder for copies (beside the journal, else in the temp folder)."""
    import tempfile  # only after a crash: not worth loading at every start

    prefix = f"{CHECK_PREFIX}{os.getpid()}-"
    try:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=journal.parent))
    except OSError:
        return Path(tempfile.mkdtemp(prefix=prefix))


def _check(db: Path, immutable: bool = False) -> str | None:
    """None if ``db`` is healthy, else what is wrong (``immutable``: the file alone).

    A check that could not be made (the copy's folder is full, an I/O error)
    says nothing about the journal: that error is raised as the environment
    problem it is, so that a healthy ``-wal`` is never set aside for it.
    """
    from netzjournal.store import environment

    try:
        with contextlib.closing(cipher.connect(db, read_only=True, immutable=immutable)) as conn:
            result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except cipher.DatabaseError as exc:
        unavailable = environment.classify(exc, db)
        if unavailable is not None:
            raise unavailable from exc
        return str(exc)
    return None if result == ["ok"] else "; ".join(result[:3])


def check_in_place(journal: Path) -> WalVerdict:
    """Check the journal and its ``-wal`` where they lie, without writing either.

    The file alone (its id; its health when the ``-wal`` is bad) is read over an
    ``immutable`` connection: SQLite takes it as unchanging, reads the main file
    only (no ``-wal``) and takes no locks. The file with the ``-wal`` is read over
    a read-only connection: SQLite reads the ``-wal``'s pages instead of the
    file's, and refuses a read-only connection both the checkpoint that would
    copy them into the file and the removal of the ``-wal``. What it writes is
    its index of the ``-wal`` (the ``-shm``), which every open rebuilds as needed.
    Same verdicts as :func:`check_on_copy`; no room on the disk is needed.
    """
    own_id = _journal_id(journal, immutable=True)
    problem = _check(journal)
    if problem is None and own_id is not None and _foreign(journal, own_id):
        problem = "the -wal belongs to another journal"
    if problem is None:
        return WalVerdict("healthy")
    alone = _check(journal, immutable=True)
    if alone is None:
        return WalVerdict("wal-damaged", problem)
    return WalVerdict("journal-damaged", alone)


def check_on_copy(journal: Path, wal: Path, workdir: Path) -> WalVerdict:
    """Copy journal and ``wal`` into ``workdir`` and check; leaves the copy there.

    The ``-wal`` is healthy when the copy with it replayed passes
    ``quick_check`` and is still the same journal (its ``journal_id`` in
    ``meta``, and the ``wal_mark`` every write leaves, name the id the file
    alone carries: a ``-wal`` of another journal laid out alike replays into a
    consistent but foreign file). After the call
    ``workdir / journal.name`` is the checked copy: with the ``-wal``
    replayed when it was healthy, without it otherwise. OSErrors (a full
    disk while copying) reach the caller.
    """
    import shutil

    copy = workdir / journal.name
    shutil.copyfile(journal, copy)
    own_id = _journal_id(copy)
    _remove_companions(copy)
    shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    problem = _check(copy)
    if problem is None and own_id is not None and _foreign(copy, own_id):
        problem = "the -wal belongs to another journal"
    if problem is None:
        return WalVerdict("healthy")
    _remove_companions(copy)
    copy.unlink()
    shutil.copyfile(journal, copy)
    alone = _check(copy)
    if alone is None:
        return WalVerdict("wal-damaged", problem)
    return WalVerdict("journal-damaged", alone)


def _remove_companions(db: Path) -> None:
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            db.with_name(db.name + suffix).unlink()


def _journal_id(db: Path, immutable: bool = False) -> str | None:
    return _meta(db, immutable).get("journal_id")


def _meta(db: Path, immutable: bool = False) -> dict[str, str]:
    """The journal's id and the mark every write leaves beside it (``Journal.write``:
    the id and a random part, so that every -wal carries the id of its journal)."""
    try:
        with contextlib.closing(cipher.connect(db, read_only=True, immutable=immutable)) as conn:
            sql = "SELECT key, value FROM meta WHERE key IN ('journal_id', 'wal_mark')"
            rows = conn.execute(sql).fetchall()
    except cipher.DatabaseError:
        return {}
    return {str(k): str(v) for k, v in rows}


def _foreign(db: Path, own_id: str) -> bool:
    meta = _meta(db)
    mark = meta.get("wal_mark", own_id).split(" ")[0]
    return meta.get("journal_id") != own_id or mark != own_id


# A rollback journal's first bytes (SQLite's pager.c: aJournalMagic). A -journal that
# starts otherwise (empty, zeroed) is not "hot": SQLite does not play it back.
ROLLBACK_MAGIC = bytes.fromhex("d9d505f920a163d7")


def foreign_rollback_journal(journal: Path) -> Path | None:
    """A rollback ``-journal`` beside a journal kept in WAL mode: never the journal's own.

    SQLite plays a hot ``-journal`` back into the file at open, whoever wrote it: one
    copied along from another database, or left when the file was replaced, put the
    other database's pages over the journal's (every contact gone, and SQLite's own
    check said "ok"). netzjournal keeps its journals in WAL mode, where SQLite writes
    no ``-journal``; a plain file whose header says rollback mode (a tool switched
    it) may have one of its own, and SQLite is left to play that back. An encrypted
    file's header cannot be read: only netzjournal writes it, always in WAL mode.
    """
    rollback = journal.with_name(journal.name + "-journal")
    try:
        with open(rollback, "rb") as fh:
            if fh.read(len(ROLLBACK_MAGIC)) != ROLLBACK_MAGIC:
                return None
        with open(journal, "rb") as fh:
            header = fh.read(20)
    except OSError:
        return None
    if header.startswith(cipher.SQLITE_MAGIC) and header[18:20] != b"\x02\x02":
        return None  # in rollback mode: its own, for SQLite to play back
    return rollback


def set_aside(journal: Path, now: dt.datetime | None = None, suffix: str = "-wal") -> Path:
    """Rename the ``-wal`` (or the ``-journal``, ``suffix``) and drop the derived
    ``-shm``; returns the new name."""
    now = now or dt.datetime.now()
    wal = journal.with_name(journal.name + suffix)
    target = first_free(lambda n: wal.with_name(f"{wal.name}.set-aside-{now:%Y%m%d-%H%M%S}{n}"))
    os.replace(wal, target)
    if suffix == "-wal":
        # The -shm is SQLite's index of the -wal, rebuilt from the -wal on open;
        # without its -wal it is meaningless (and would confuse the next open).
        with contextlib.suppress(FileNotFoundError):
            journal.with_name(journal.name + "-shm").unlink()
    _sync_dir(journal.parent)
    log.warning("set aside a %s that does not fit %s as %s", suffix, journal, target.name)
    return target


def remove_check_dir(workdir: Path) -> None:
    import shutil

    shutil.rmtree(workdir, ignore_errors=True)


def stale_check_dirs(folder: Path) -> list[Path]:
    """Check folders left by a process that no longer runs."""
    found = []
    with contextlib.suppress(OSError):
        for p in folder.iterdir():
            if not (p.name.startswith(CHECK_PREFIX) and p.is_dir()):
                continue
            pid = p.name[len(CHECK_PREFIX) :].split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                found.append(p)
    return found


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, belongs to someone else
    return True
