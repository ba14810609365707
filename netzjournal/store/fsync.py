"""Durable files: a new private file written whole or not at all, and the fsync of
the folder that makes a rename durable."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path


def sync_dir(folder: Path) -> None:
    """Flush ``folder``'s entries to disk (POSIX; a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def first_free(named: Callable[[str], Path]) -> Path:
    """``named("")``, else ``named("-2")``, ``named("-3")``, …: the first name not taken."""
    path, n = named(""), 1
    while path.exists():
        n += 1
        path = named(f"-{n}")
    return path


@contextlib.contextmanager
def removed_on_failure(path: Path) -> Iterator[None]:
    """Remove ``path`` (a half-written copy) if the block fails; the error goes on."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


@contextlib.contextmanager
def private_part(part: Path) -> Iterator[None]:
    """Write a new private file ``part`` (0600) in the block; fsynced after it, removed
    again if it fails (with the rollback journal SQLite may leave beside it when
    the disk filled up). The file is ``flock``-ed while it is written, so that
    ``leftovers.clean_leftovers`` in another process can tell a copy in progress
    from one a kill left."""
    with contextlib.suppress(FileNotFoundError):
        part.unlink()
    fd = os.open(part, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    with removed_on_failure(part.with_name(part.name + "-journal")), removed_on_failure(part):
        try:
            with contextlib.suppress(ImportError, OSError):
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            yield
            os.fsync(fd)
        finally:
            os.close(fd)
