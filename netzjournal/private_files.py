"""Files netzjournal writes for the user: created owner-only, like the journal.

An export (the JSON export holds the whole journal), a review or a log
names people and what was said; other users of the computer must not read
it. New files are created ``0600``; a file that exists keeps its mode (it
is the user's). Writes go to a private temporary file beside the target,
fsynced, then renamed over it: a full disk leaves the old file as it was.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from netzjournal.store.fsync import removed_on_failure

PRIVATE = 0o600


def write_private(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; a new file is created 0600."""
    path = Path(path)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = PRIVATE
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC | os.O_EXCL, PRIVATE)
        with removed_on_failure(tmp):
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            if mode != PRIVATE:
                os.chmod(tmp, mode)  # our own new file, given the mode the user's file had
            os.replace(tmp, path)
    except OSError as exc:  # named by the file the user asked for, not our temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    return path


def write_private_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    return write_private(path, text.encode(encoding))


class JournalsOwnFile(OSError):
    """The file named is the journal itself, a file SQLite keeps beside it or a backup."""


def write_named(path: Path, data: bytes) -> Path:
    """Write a file the person named (an export, a review): as :func:`write_private`,
    through a symbolic link to its target (the link stays), and never over a file of
    a journal this process opened (:mod:`netzjournal.store.own_files`)."""
    from netzjournal.store import own_files

    path = Path(path)
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if target.parent.is_dir():  # (a dangling link's folder missing: the link is replaced)
            path = target
    if own_files.owner(path) is not None:
        raise JournalsOwnFile(
            errno.EEXIST,
            "this is the journal's own file (the journal or one of its backups); "
            "choose another name",
            str(path),
        )
    return write_private(path, data)


def write_named_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    return write_named(path, text.encode(encoding))
