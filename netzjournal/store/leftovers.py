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

REKEYED_SUFFIX = ".rekeyed.part"  # (conversion's: that module is not loaded at a start)


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


# SQLite's own files beside a ``.part`` it was writing (a rollback journal, or a
# -wal and -shm): a kill during the copy leaves them too.
_COMPANIONS = ("-journal", "-wal", "-shm")


def _part_of(entry: os.DirEntry[str], prefix: str) -> Path | None:
    """The ``.part`` that ``entry`` is (or is SQLite's companion of), else None."""
    name = entry.name
    if ".part" not in name:  # nearly every entry: the backups themselves
        return None
    base = next((name.removesuffix(s) for s in _COMPANIONS if name.endswith(s)), name)
    if (
        len(base) >= len(prefix) + 5
        and base.startswith(prefix)
        and base.endswith(".part")
        and entry.is_file()
    ):
        return Path(entry.path).with_name(base)
    return None


def _writer_gone(part: Path) -> bool:
    """True if nobody writes ``part`` (any more): it is gone, or :func:`_stale`."""
    return not part.exists() or _stale(part)


def clean_leftovers(backup_dir: Path, journal_path: Path) -> list[Path]:
    """Remove what interrupted backups, restores and checks left behind.

    ``*.part`` files in the backups folder and beside the journal (each a
    full copy of the journal: private data nobody needs once its writer is
    gone), SQLite's ``-journal``/``-wal``/``-shm`` beside them, and check
    folders of processes that no longer run. A ``.part`` still being written
    by another process is left alone, and so are its companions.
    """
    from netzjournal.store import walcheck

    removed: list[Path] = []
    candidates: list[tuple[Path, Path]] = []  # (file, the .part whose writer decides)
    # journal-*.part and <journal>.*.part, and their companions (scandir, not glob:
    # glob's patterns compile regular expressions, ~1.3 M instructions at every start)
    for folder, prefix in (
        (backup_dir, "journal-"),
        (journal_path.parent, f"{journal_path.name}."),
    ):
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for e in entries:
                if (part := _part_of(e, prefix)) is not None:
                    candidates.append((Path(e.path), part))
    if any(p.name.endswith(REKEYED_SUFFIX) for p, _ in candidates):
        from netzjournal.store import cipher

        marker = cipher.read_marker(journal_path)
        if marker is not None and marker.previous is not None:
            # A backup's copy under the new key of a change a kill interrupted after (or
            # before) its swap: the open with the key that fits switches it in (or
            # removes it), see conversion.settle.
            candidates = [c for c in candidates if not c[1].name.endswith(REKEYED_SUFFIX)]
    # The .part files first: a companion goes once its .part is gone or stale.
    candidates.sort(key=lambda c: c[0] != c[1])
    for leftover, part in candidates:
        if _writer_gone(part):
            try:
                leftover.unlink()
            except OSError:
                continue
            removed.append(leftover)
    for folder in walcheck.stale_check_dirs(journal_path.parent):
        walcheck.remove_check_dir(folder)
        removed.append(folder)
    if removed:
        log.info("removed leftovers of interrupted backups: %s", [p.name for p in removed])
    return removed
