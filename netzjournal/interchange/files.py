"""Reading the files a person hands to an import — safely.

Every import reader (vCard, CSV, the wizard's header probe) gets its bytes
from here, never from ``Path.read_bytes``:

- only *regular* files are read. A named pipe blocks ``open()`` until a writer
  appears (forever, and a pipe inside a chosen folder blocked the folder's
  other files); ``/dev/zero`` reports size 0 and never ends; opening some
  devices has side effects (a tape rewinds). So the type is checked with
  ``stat`` before opening, the file is opened non-blocking, and checked again
  with ``fstat`` on the open descriptor (it may have been swapped meanwhile);
- the byte limit is enforced *while reading*, not only from the size ``stat``
  reports (which a growing file or a special file can make meaningless).

Failures are :class:`FileRefused`, carrying the problem code a reader reports.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from netzjournal.interchange.model import Problem

MIB = 1024 * 1024
MAX_FILE_BYTES = 20 * MIB  # larger files are refused, not read into memory
_CHUNK = MIB
_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a pipe swapped in after stat must not block open()
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)  # Windows: no newline translation
)


class FileRefused(Exception):
    """A file that was not read: ``code`` and ``params`` as for :class:`Problem`."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def problem(self, name: str) -> Problem:
        return Problem.of(name, 0, self.code, **self.params)


def _check_type(mode: int) -> None:
    if not stat.S_ISREG(mode):  # a folder, pipe, socket or device
        raise FileRefused("not_a_file")


def _too_large(limit: int) -> FileRefused:
    return FileRefused("too_large", limit=max(1, limit // MIB))


def read_file(path: Path | str, limit: int = MAX_FILE_BYTES, *, head: bool = False) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    A larger file raises ``FileRefused("too_large")`` — or, with ``head=True``,
    gives its first ``limit`` bytes (for a probe of the header line). Never
    blocks on a pipe, never reads a device.
    """
    try:
        info = os.stat(path)  # follows symbolic links: a link to a file is fine
    except OSError as exc:
        raise FileRefused("unreadable", reason=exc.strerror or str(exc)) from exc
    _check_type(info.st_mode)
    if info.st_size > limit and not head:
        raise _too_large(limit)
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise FileRefused("unreadable", reason=exc.strerror or str(exc)) from exc
    try:
        _check_type(os.fstat(fd).st_mode)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            try:
                chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            except BlockingIOError:  # cannot happen for a regular file; never spin
                raise FileRefused("not_a_file") from None
            except OSError as exc:
                raise FileRefused("unreadable", reason=exc.strerror or str(exc)) from exc
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        if not head:
            raise _too_large(limit)
        data = data[:limit]
    return data


#: What a chosen folder's import reads: the file picker's "Contacts" (a workbook kept
#: in a folder was passed over without a word; .xls and .ods are told how to be saved).
FOLDER_SUFFIXES = (".vcf", ".csv", ".xlsx", ".xls", ".ods")


def expand(paths: Iterable[Path], suffixes: tuple[str, ...] = FOLDER_SUFFIXES) -> list[Path]:
    """The files to read: each path given, and a folder's entries with one of
    ``suffixes`` (sorted by name; lock files an open Excel leaves, "~$…", left out).
    Entries are only listed here, not opened, so a pipe among them is refused by
    :func:`read_file` like any other path."""
    files: list[Path] = []
    for path in paths:
        try:
            is_dir = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError:
            is_dir = False  # read_file reports why it cannot be read
        if is_dir:
            try:
                entries = sorted(path.iterdir())
            except OSError:
                files.append(path)  # reported as unreadable by read_file
                continue
            files += [
                p for p in entries
                if p.suffix.lower() in suffixes and not p.name.startswith("~$")
            ]  # fmt: skip
        else:
            files.append(path)
    return files
