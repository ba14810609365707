"""Telling damage apart from the environment.

A journal that SQLite cannot open is not necessarily damaged: the disk may
be full, report I/O errors, the file or folder may be write-protected or
belong to someone else, another program may hold a lock, or the path may
name a folder. Those are :class:`JournalUnavailable` problems — the file is
fine and must not be touched, and a backup must never be offered for them.
Only what SQLite calls "not a database" or "malformed" (and our own header
and integrity checks) is damage.

Everything here only reads: ``stat``, ``statvfs``, ``os.access``.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from netzjournal.store.errors import JournalUnavailable

# Below this much free space an I/O error while writing is a full disk
# (SQLite reports a failed -shm or -wal extension as "disk I/O error").
NEARLY_FULL_BYTES = 4 * 1024 * 1024

_SQLITE_KINDS = {
    3: "permission-denied",  # SQLITE_PERM
    5: "locked",  # SQLITE_BUSY
    6: "locked",  # SQLITE_LOCKED
    8: "read-only",  # SQLITE_READONLY
    10: "io-error",  # SQLITE_IOERR (refined by free space below)
    13: "disk-full",  # SQLITE_FULL
    23: "permission-denied",  # SQLITE_AUTH
}
_SQLITE_DAMAGE = {11, 26, 24}  # CORRUPT, NOTADB, FORMAT
_MESSAGE_KINDS = (
    ("disk is full", "disk-full"), ("disk i/o error", "io-error"),
    ("readonly", "read-only"), ("read-only", "read-only"),
    ("database is locked", "locked"), ("database table is locked", "locked"),
    ("unable to open", "cantopen"),
)  # fmt: skip
_ERRNO_KINDS = {
    errno.ENOSPC: "disk-full", errno.EDQUOT: "disk-full", errno.EFBIG: "disk-full",
    errno.EIO: "io-error", errno.EACCES: "permission-denied", errno.EPERM: "permission-denied",
    errno.EROFS: "read-only", errno.EISDIR: "is-a-directory", errno.ENOTDIR: "not-a-folder",
    errno.EAGAIN: "locked", errno.ENAMETOOLONG: "name-too-long",
}  # fmt: skip


def _existing_ancestor(path: Path) -> Path:
    p = path
    while not p.exists() and p != p.parent:
        p = p.parent
    return p


def free_bytes(path: Path) -> int | None:
    """Free space for an ordinary user on the disk holding ``path`` (None: unknown)."""
    try:
        st = os.statvfs(_existing_ancestor(path))
    except (OSError, AttributeError):
        return None
    return st.f_bavail * st.f_frsize


def read_only_mount(path: Path) -> bool:
    """True if the filesystem holding ``path`` is mounted read-only."""
    try:
        st = os.statvfs(_existing_ancestor(path))
    except (OSError, AttributeError):
        return False
    return bool(st.f_flag & getattr(os, "ST_RDONLY", 1))


def _writable(path: Path) -> bool:
    """Writable for us *and* meant to be: a write bit is set.

    Root may write a 0444 file or into a 0555 folder regardless; the user
    who removed every write bit still meant "do not change this".
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    effective = os.access in os.supports_effective_ids
    return os.access(path, os.W_OK, effective_ids=effective) and bool(stat.S_IMODE(mode) & 0o222)


def folder_writable(folder: Path) -> bool:
    """True if files may be created in ``folder`` (a write bit set, not a read-only mount)."""
    return folder.is_dir() and not read_only_mount(folder) and _writable(folder)


def why_not_writable(journal: Path) -> str | None:
    """Why the journal cannot be written (None: it can).

    ``read-only-mount``, ``read-only-folder`` (the folder is write-protected
    or belongs to someone else: SQLite needs it for its ``-wal`` and ``-shm``
    files), ``read-only-file``. Never changes a permission to find out.
    """
    folder = journal.parent
    if read_only_mount(folder):
        return "read-only-mount"
    if folder.exists() and not _writable(folder):
        return "read-only-folder"
    if journal.exists() and not _writable(journal):
        return "read-only-file"
    return None


def journal_file(journal: Path) -> Path:
    """The file a journal path names: a symbolic link's target.

    SQLite keeps the ``-wal`` and ``-shm`` beside the target, and a verified
    replacement (a restore, encryption) renamed over the link itself would put
    the journal in the link's folder and leave the user's file where the link
    pointed (a synced folder, another disk), the old content in it. A link whose
    target's folder is missing stays the link: :func:`check_location` says so.
    """
    try:
        if not journal.is_symlink():
            return journal
    except OSError:  # (a name too long, a folder that cannot be searched: said by the open)
        return journal
    target = Path(os.path.realpath(journal))
    return target if target.parent.is_dir() else journal


def check_location(journal: Path) -> None:
    """Raise :class:`JournalUnavailable` if ``journal`` names a folder or lies under a
    file, or is a link to a place that is not there (a disk or share not connected)."""
    if journal.is_dir():
        raise JournalUnavailable(journal, "is-a-directory")
    if journal.is_symlink() and not journal.exists():
        raise JournalUnavailable(journal, "link-target-missing", os.path.realpath(journal))
    for parent in journal.parents:
        if parent.exists():
            if not parent.is_dir():
                raise JournalUnavailable(parent, "not-a-folder")
            break


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and e not in seen and len(seen) < 6:
        seen.append(e)
        e = e.__cause__ or e.__context__
    return seen


def is_damage(exc: BaseException) -> bool:
    """True when SQLite itself says the file is damaged (corrupt, not a database)."""
    for e in _chain(exc):
        text = str(e).lower()
        if _sqlite_code(e) in _SQLITE_DAMAGE or "malformed" in text or "not a database" in text:
            return True
    return False


def classify(exc: BaseException, path: Path) -> JournalUnavailable | None:
    """The environment problem behind ``exc``, or None if it is damage (or unknown).

    Looks through peewee's wrapping to SQLite's own error code; for
    "unable to open" and I/O errors it looks at the file system to say why.
    """
    kind = None
    for e in _chain(exc):
        if isinstance(e, JournalUnavailable):
            return e
        if isinstance(e, OSError) and e.errno in (errno.EEXIST, errno.ENOTDIR):
            # A folder was to be made (or used) where a file stands: name that file.
            blocker = _file_in_the_way(path)
            if blocker is not None:
                return JournalUnavailable(blocker, "not-a-folder", str(exc))
        if isinstance(e, OSError) and e.errno in _ERRNO_KINDS:
            kind = _ERRNO_KINDS[e.errno]
            break
        code = _sqlite_code(e)
        if code in _SQLITE_DAMAGE:
            return None
        if code == 14:  # SQLITE_CANTOPEN
            kind = "cantopen"
            break
        if code in _SQLITE_KINDS:
            kind = _SQLITE_KINDS[code]
            break
        if isinstance(e, sqlite3.Error) or type(e).__module__ in ("peewee", "sqlcipher3.dbapi2"):
            text = str(e).lower()
            kind = next((k for needle, k in _MESSAGE_KINDS if needle in text), None)
            if kind:
                break
    if kind is None:
        return None
    detail = str(exc)
    if kind == "cantopen":
        kind = _why_cannot_open(path)
    if kind in ("io-error", "read-only", "permission-denied") and read_only_mount(path.parent):
        kind = "read-only"
    if kind == "io-error":
        free = free_bytes(path)
        if free is not None and free < NEARLY_FULL_BYTES:
            kind = "disk-full"
    return JournalUnavailable(path, kind, detail)


def _file_in_the_way(path: Path) -> Path | None:
    """The nearest existing ancestor of ``path`` if it is a file, not a folder."""
    for parent in path.parents:
        if parent.exists():
            return None if parent.is_dir() else parent
    return None


def _why_cannot_open(path: Path) -> str:
    if path.is_dir():
        return "is-a-directory"
    if _file_in_the_way(path) is not None:
        return "not-a-folder"
    if read_only_mount(path.parent):
        return "read-only"
    effective = os.access in os.supports_effective_ids
    if path.exists() and not os.access(path, os.R_OK, effective_ids=effective):
        return "permission-denied"
    if not os.access(path.parent, os.W_OK | os.X_OK, effective_ids=effective):
        return "permission-denied"
    free = free_bytes(path)
    if free is not None and free < NEARLY_FULL_BYTES:
        return "disk-full"
    return "io-error"


def describe(kind: str) -> str:
    """A short English phrase for a not-writable reason (logs, command line)."""
    return {
        "read-only-mount": "the disk is mounted read-only",
        "read-only-folder": "the folder is write-protected or belongs to another user",
        "read-only-file": "the journal file is write-protected",
    }.get(kind, kind)
