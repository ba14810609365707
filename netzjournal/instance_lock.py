"""The one lock on a data folder: who may work on its journal (no Qt here).

The desktop window holds it while it runs (``ui/single_instance.py``);
``netzjournal backup restore`` holds it while it replaces the journal. It is
an exclusive, non-blocking lock on ``instance.lock`` in the data folder:
``flock`` on POSIX, ``msvcrt.locking`` on Windows. Both are dropped by the
operating system when their process dies, so a crash leaves no stale lock.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

LOCK_NAME = "instance.lock"


def _lock(fd: int) -> None:
    """Lock ``fd`` exclusively or raise OSError (held elsewhere)."""
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class InstanceLock:
    """An exclusive, non-blocking lock on one file, held until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True if the lock is ours now (or cannot exist: a read-only folder without it)."""
        from netzjournal.store.environment import folder_writable

        # A folder the user write-protected gets no lock file from us.
        create = os.O_CREAT if folder_writable(self._path.parent) else 0
        try:
            fd = os.open(self._path, os.O_RDWR | create, 0o600)
        except OSError:
            try:  # a read-only data folder: lock the file if it is there, else go without
                fd = os.open(self._path, os.O_RDONLY)
            except OSError:
                return True
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        with contextlib.suppress(OSError):  # for a person looking; not needed to lock
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None
