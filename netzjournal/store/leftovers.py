"""Leftovers of interrupted backups, restores and checks, removed when a journal opens.

Apart from :mod:`backups` so that opening a journal (every start) does not load
the backups' own machinery.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


def _stale(path: Path) -> bool:
    """True unless another process is still writing ``path`` (it holds its flock)."""
    try:
        import fcntl
    except ImportError:  # Windows: a file in use cannot be deleted anyway
        return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # also drops the test lock
    return True


def _is_part(entry: os.DirEntry[str], prefix: str) -> bool:
    name = entry.name
    return (
        len(name) >= len(prefix) + 5
        and name.startswith(prefix)
        and name.endswith(".part")
        and entry.is_file()
    )


def clean_leftovers(backup_dir: Path, journal_path: Path) -> list[Path]:
    """Remove what interrupted backups, restores and checks left behind.

    ``*.part`` files in the backups folder and beside the journal (each a
    full copy of the journal: private data nobody needs once its writer is
    gone) and check folders of processes that no longer run. A ``.part``
    still being written by another process is left alone.
    """
    from netzjournal.store import walcheck

    removed: list[Path] = []
    candidates: list[Path] = []
    # journal-*.part and <journal>.*.part (scandir, not glob: glob's patterns compile
    # regular expressions, ~1.3 M instructions at every start)
    for folder, prefix in (
        (backup_dir, "journal-"),
        (journal_path.parent, f"{journal_path.name}."),
    ):
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            candidates.extend(Path(e.path) for e in entries if _is_part(e, prefix))
    for part in candidates:
        if _stale(part):
            try:
                part.unlink()
            except OSError:
                continue
            removed.append(part)
    for folder in walcheck.stale_check_dirs(journal_path.parent):
        walcheck.remove_check_dir(folder)
        removed.append(folder)
    if removed:
        log.info("removed leftovers of interrupted backups: %s", [p.name for p in removed])
    return removed
