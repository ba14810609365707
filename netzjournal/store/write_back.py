"""Put an open journal back at its path after its file was deleted or moved away.

The window still has the file open (SQLite reads it through its open file
handles), so its whole content can be saved: a copy through SQLite's backup
API beside the path, checked, then linked into place — never over a file that
is there (a put-back file, a sync client's copy). Only then does the journal
switch to the file at its path, and the next save lands there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from netzjournal.store import backups, cipher, walcheck
from netzjournal.store.errors import JournalDamaged, StoreError
from netzjournal.store.fsync import first_free, sync_dir

if TYPE_CHECKING:
    from netzjournal.store.journal import Journal


class WriteBackRefused(StoreError):
    """The journal was not written back; the message says why, and nothing changed."""


def write_back(journal: Journal) -> Path:
    """Write the open ``journal`` back to :attr:`Journal.path` (its folder made again
    if it is gone) and reattach the journal to that file; returns the path.

    Raises :class:`WriteBackRefused` when a file is at the path again (it is kept:
    restarting opens it), or another connection of this process still reads the
    old file (try again), and :class:`JournalDamaged` when the copy fails its
    check; in each case the journal stays on the old file and nothing is left at
    the path.
    """
    target = journal.path
    if _taken(target):
        raise WriteBackRefused(
            f"A file is at {target} again; it was left as it is. Quit netzjournal and "
            "start again to open it."
        )
    if journal.reading_elsewhere():
        raise WriteBackRefused(
            "netzjournal is still reading the old file; nothing was written. Try again in a moment."
        )
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    part = target.with_name(f"{target.name}.write-back-{os.getpid()}.part")
    try:
        backups._write_copy(journal.connection(), part)
        report = backups.inspect(part)
        if not report.ok:
            raise JournalDamaged(target, f"the copy failed its check: {report.message()}")
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    # From here the checked copy is the journal. The old file's connection closes
    # before the copy takes the path: SQLite deletes a -wal by its name when the last
    # connection to a file closes, which would be the new file's -wal afterwards.
    journal.detach()
    for suffix in ("-wal", "-shm"):  # (not the old file's own: those went with it)
        if target.with_name(target.name + suffix).exists():
            walcheck.set_aside(target, suffix=suffix)
    cipher.ensure_marker(target)  # (first, as for a new journal)
    try:
        os.link(part, target)  # never over a file: a link fails where one is
    except FileExistsError:
        kept = _keep(part, target, journal)
        raise WriteBackRefused(
            f"A file appeared at {target}; it was left as it is. The open journal is "
            f"saved as {kept}. Quit netzjournal now."
        ) from None
    except OSError:  # no hard links in this folder (some network or FUSE mounts)
        if _taken(target):
            kept = _keep(part, target, journal)
            raise WriteBackRefused(
                f"A file appeared at {target}; it was left as it is. The open journal "
                f"is saved as {kept}. Quit netzjournal now."
            ) from None
        os.rename(part, target)
    with contextlib.suppress(FileNotFoundError):
        part.unlink()
    sync_dir(target.parent)
    journal.reattach()
    return target


def _taken(path: Path) -> bool:
    return path.exists() or path.with_name(path.name + "-journal").exists()


def _keep(part: Path, target: Path, journal: Journal) -> Path:
    """The copy kept beside the file that took the path; the journal reads it (and
    refuses every write) until the window is closed."""
    kept = first_free(lambda n: target.with_name(f"{target.name}.written-back{n}"))
    os.replace(part, kept)
    cipher.ensure_marker(kept)
    sync_dir(target.parent)
    journal.reattach(kept=kept)
    return kept
