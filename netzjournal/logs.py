"""Logging to a file in the data folder's ``logs/``, rotated past 1 MB.

A :class:`logging.handlers.RotatingFileHandler` keeps five old files; a log
already past the limit is rotated when a session starts, so a session's
lines begin a fresh file. Every log file is created owner-only (0600).

The rotating handler is made when the first record is written: most sessions
write none, and ``logging.handlers`` (with socket, pickle and queue) would
cost every start ~10 ms.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_NAME = "netzjournal.log"
MAX_BYTES = 1_000_000
KEEP = 5


def _create_private(path: str | Path) -> None:
    os.close(os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))


def _rotate_private(source: str, dest: str) -> None:
    """The handler's rotator: move the full log aside, start the next one 0600."""
    os.replace(source, dest)
    _create_private(source)


def _rotating(path: Path) -> RotatingFileHandler:
    import logging.handlers

    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
    )
    handler.rotator = _rotate_private
    return handler


class _LogFile(logging.Handler):
    """Writes to the log file through a RotatingFileHandler made on the first record."""

    def __init__(self, path: Path, file: logging.Handler | None = None) -> None:
        super().__init__()
        self.path, self._file = path, file

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:  # (under this handler's lock: made once)
            try:
                self._file = _rotating(self.path)
            except OSError:
                self.handleError(record)
                return
        self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send log records to ``log_dir/netzjournal.log``. Returns the path.

    The file is created owner-only (0600), like the journal: it names
    people and files. Where it cannot be written (a read-only data folder,
    a full disk) records go to the standard error stream instead.
    """
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_netzjournal", False):
            root.removeHandler(old)
            old.close()
    # A log line that cannot be written (a full disk) is dropped, not turned
    # into a traceback on stderr.
    logging.raiseExceptions = False
    handler: logging.Handler
    try:
        if not log_dir.is_dir():
            log_dir.mkdir(mode=0o700, parents=True)
        _create_private(path)
        rotating = None
        if path.stat().st_size > MAX_BYTES:
            rotating = _rotating(path)
            # A log that cannot be rotated must not stop the app.
            with contextlib.suppress(OSError):
                rotating.doRollover()
        handler = _LogFile(path, rotating)
    except OSError:
        handler = logging.StreamHandler()
    handler._netzjournal = True  # type: ignore[union-attr]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path


def withheld(exc: BaseException) -> str | None:
    """A traceback without the exceptions' texts, while an encrypted journal is open.

    Error messages can quote what was being saved (a name, a line of a
    note); the log lies outside the encrypted journal, so it keeps where
    the error happened and its type only. None for a plain journal (the
    full traceback is logged as before).
    """
    import traceback

    from netzjournal.store import cipher

    if cipher.active() is None:
        return None
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_tb(current.__traceback__))
        name = type(current).__qualname__
        parts.insert(0, f"{frames}{name} (text withheld: the journal is encrypted)\n")
        current = current.__cause__ or current.__context__
    return "Traceback (most recent call last):\n" + "\nwhich led to:\n".join(parts)
