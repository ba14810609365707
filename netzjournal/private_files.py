"""Files netzjournal writes for the user: created owner-only, like the journal.

An export (the JSON export holds the whole journal), a review or a log
names people and what was said; other users of the computer must not read
it. New files are created ``0600``; a file that exists keeps its mode (it
is the user's). Writes go to a private temporary file beside the target,
fsynced, then renamed over it: a full disk leaves the old file as it was.

A file the person names on the command line is never replaced unless asked
(``--force``): the whole file is written beside first and then published
under its name by a hard link, which fails if the name is taken meanwhile
(no window between a check and the write). A write-protected, append-only or
immutable file is never replaced: :class:`ProtectedFile` says so.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from netzjournal.store.fsync import removed_on_failure

PRIVATE = 0o600


class FileExists(FileExistsError):
    """A file of that name is there, and replacing it was not asked for."""


class ProtectedFile(PermissionError):
    """A file of that name is there and may not be replaced: write-protected
    (read-only), append-only or immutable (``chattr +a`` / ``+i``)."""


# Where a hard link cannot be made (FAT and exFAT sticks, some network and FUSE
# file systems): the name is taken with O_EXCL instead, see _publish_new.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS}


def _refuse_protected(path: Path) -> None:
    """Raise :class:`ProtectedFile` for an existing file nobody may write.

    A rename over a write-protected file succeeds on POSIX (the folder decides), so the
    protection the person gave the file would be dropped without a word."""
    try:
        info = path.stat()
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return  # a read-only disk: the write says so ("Read-only file system")
    except (OSError, AttributeError):  # (no statvfs on Windows)
        return
    flags = getattr(info, "st_flags", 0)  # (BSD and macOS: uchg/uappnd)
    # (The write bits too: root may write any file, yet a file without one is protected.)
    if (
        not os.access(path, os.W_OK)
        or not info.st_mode & 0o222
        or flags & (getattr(stat, "UF_IMMUTABLE", 0) | getattr(stat, "UF_APPEND", 0))
    ):
        raise ProtectedFile(
            errno.EACCES,
            "the file is write-protected (read-only); it was not replaced",
            str(path),
        )


def _publish_new(tmp: Path, path: Path) -> None:
    """Give the finished ``tmp`` the name ``path`` only if nothing has it (race-free)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise FileExists(errno.EEXIST, "the file exists", str(path)) from None
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        # No hard links here: the name is claimed by an empty file of our own (O_EXCL
        # fails if it is taken), then our finished file is renamed over that claim.
        try:
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, PRIVATE))
        except FileExistsError:
            raise FileExists(errno.EEXIST, "the file exists", str(path)) from None
        with removed_on_failure(path):
            os.replace(tmp, path)
        return
    os.unlink(tmp)


def write_private(path: Path, data: bytes, replace: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically; a new file is created 0600. With
    ``replace`` False an existing ``path`` raises :class:`FileExists` (and nothing
    is written), also one that appears while the data is written."""
    path = Path(path)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = PRIVATE
    except OSError as exc:  # (a name too long, a folder that cannot be read)
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    if os.path.isdir(path):  # (said as such, with or without replace)
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not replace and os.path.lexists(path):
        raise FileExists(errno.EEXIST, "the file exists", str(path))
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
            if replace:
                try:
                    os.replace(tmp, path)
                except PermissionError as exc:
                    if exc.errno == errno.EPERM and os.path.exists(path):
                        # The folder may be written, the file not replaced: append-only
                        # or immutable (chattr +a / +i).
                        raise ProtectedFile(
                            errno.EPERM,
                            "the file is append-only or immutable; it was not replaced",
                            str(path),
                        ) from exc
                    raise
            else:
                _publish_new(tmp, path)
    except (FileExists, ProtectedFile):
        raise
    except OSError as exc:  # named by the file the user asked for, not our temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    return path


def write_private_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    return write_private(path, text.encode(encoding))


class JournalsOwnFile(OSError):
    """The file named is the journal itself, a file SQLite keeps beside it or a backup."""


def write_named(path: Path, data: bytes, replace: bool = True) -> Path:
    """Write a file the person named (an export, a review): as :func:`write_private`,
    through a symbolic link to its target (the link stays), and never over a file of
    a journal this process opened (:mod:`netzjournal.store.own_files`). ``replace``
    False (the command line without ``--force``; a file dialog has asked already):
    an existing file is refused (:class:`FileExists`). A write-protected one is
    never replaced (:class:`ProtectedFile`)."""
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
    if replace:
        _refuse_protected(path)
    return write_private(path, data, replace)


def write_named_text(path: Path, text: str, encoding: str = "utf-8", replace: bool = True) -> Path:
    return write_named(path, text.encode(encoding), replace)
