"""An upgrade in progress: its lock, and the pre-migration backup it may reuse.

**The lock.** Only a process of this version upgrades a journal, and every
process of this version that opens an old journal must wait for its upgrade
anyway (it cannot work on the old schema). So an upgrade holds an exclusive
lock on ``<journal>.upgrading`` beside the journal (:class:`InstanceLock`:
``flock``, dropped by the system when the process dies) for its backup and
its migrations. A second opener — a command run while the window upgrades —
waits for that lock instead of taking a second full backup and then running
into SQLite's 5 s busy timeout as "locked"; it is told what it waits for, and
once the lock is free it finds the journal upgraded. The write lock and the
transaction rules stay SQLite's: this lock only orders the upgraders.

**The reusable backup.** A kill during the migrations (after the backup) leaves
the journal unchanged and a full, verified pre-migration backup of it. The
next open reuses that copy instead of writing another (600 MB on XL), when it
is sure the journal did not change since: the backup was taken with an empty
``-wal`` (all committed content in the file itself, checkpointed first), and
the journal file's identity, size, mtime and ctime — which any write to it,
a checkpoint included, changes — are still those recorded beside the backup,
with an empty ``-wal`` again; the backup file is still the size and mtime it
had when its check passed. Anything else takes a new backup.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from netzjournal.instance_lock import InstanceLock
from netzjournal.store.errors import JournalUnavailable

log = logging.getLogger(__name__)

RECORD_NAME = "pre-migration.json"  # in backups/; not a backup (list_backups skips it)


def lock_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".upgrading")


@contextlib.contextmanager
def upgrade_lock(
    journal: Path, wait: float, waiting: Callable[[], None] | None = None
) -> Iterator[bool]:
    """Hold the journal's upgrade lock; yields True if another upgrade was waited for.

    ``waiting()`` is called once when the lock is held elsewhere; after ``wait``
    seconds :class:`JournalUnavailable` ("upgrading") is raised.
    """
    path = lock_path(journal)
    lock = InstanceLock(path)
    deadline = time.monotonic() + wait
    waited = False
    while not lock.acquire():
        if not waited:
            log.info("another process upgrades %s: waiting", journal)
            if waiting is not None:
                waiting()
            waited = True
        if time.monotonic() >= deadline:
            raise JournalUnavailable(journal, "upgrading")
        time.sleep(0.1)
    try:
        yield waited
    finally:
        # Removed while still held, after the upgrade committed: a process waiting
        # on this file gets it then, finds nothing to do, and no lock file stays.
        with contextlib.suppress(OSError):
            path.unlink()
        lock.release()


def journal_state(journal: Path) -> dict[str, int] | None:
    """What identifies the journal's committed content, if all of it is in the file
    (no ``-wal``, or an empty one); None otherwise."""
    wal = journal.with_name(journal.name + "-wal")
    try:
        if wal.stat().st_size > 0:
            return None
    except FileNotFoundError:
        pass
    st = journal.stat()
    return {
        "dev": st.st_dev,
        "ino": st.st_ino,
        "size": st.st_size,
        "mtime_ns": st.st_mtime_ns,
        "ctime_ns": st.st_ctime_ns,
    }


def _file_facts(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def remember(
    backup_dir: Path, backup: Path, journal: Path, schema: int, state: dict[str, int]
) -> None:
    """Record that ``backup`` is a verified copy of ``journal`` in ``state`` at ``schema``."""
    record = {
        "journal": str(journal),
        "schema": schema,
        "state": state,
        "backup": backup.name,
        "backup_file": _file_facts(backup),
    }
    part = backup_dir / (RECORD_NAME + ".part")
    try:
        fd = os.open(part, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8") as out:
            json.dump(record, out)
        os.replace(part, backup_dir / RECORD_NAME)
    except OSError as exc:  # only a later retry would copy again
        log.warning("pre-migration backup not recorded: %s", exc)
        with contextlib.suppress(OSError):
            part.unlink()


def reusable(backup_dir: Path, journal: Path, schema: int, state: dict[str, int]) -> Path | None:
    """The recorded pre-migration backup, if it is of ``journal`` unchanged since."""
    try:
        record = json.loads((backup_dir / RECORD_NAME).read_text(encoding="utf-8"))
        backup = backup_dir / str(record["backup"])
        same = (
            record["journal"] == str(journal)
            and record["schema"] == schema
            and record["state"] == state
            and record["backup_file"] == _file_facts(backup)
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return backup if same else None


def forget(backup_dir: Path) -> None:
    """The journal was upgraded (or its backup removed): nothing to reuse."""
    with contextlib.suppress(OSError):
        (backup_dir / RECORD_NAME).unlink()
