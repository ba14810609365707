"""Logging to a file in the data folder's ``logs/``, rotated at start.

The log is rotated when a session starts and the file has grown past
1 MB (five old files are kept), not while the app runs: a session writes a
few lines, and ``logging.handlers`` with its socket and pickle imports
would cost the start ~4 ms for nothing.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_NAME = "netzjournal.log"
MAX_BYTES = 1_000_000
KEEP = 5


def rotate(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """``x.log`` → ``x.log.1`` → … → ``x.log.<keep>`` if ``x.log`` is too big."""
    try:
        if path.stat().st_size <= max_bytes:
            return
    except FileNotFoundError:
        return
    try:
        for n in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:  # a log that cannot be rotated must not stop the app
        pass


def setup(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send log records to ``log_dir/netzjournal.log``. Returns the path.

    The file is created owner-only (0600), like the journal: it names
    people and files. Where it cannot be written (a read-only data folder,
    a full disk) records go to the standard error stream instead.
    """
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_netzjournal", False):
            root.removeHandler(handler)
            handler.close()
    # A log line that cannot be written (a full disk) is dropped, not turned
    # into a traceback on stderr.
    logging.raiseExceptions = False
    handler: logging.Handler
    try:
        if not log_dir.is_dir():
            log_dir.mkdir(mode=0o700, parents=True)
        rotate(path)
        os.close(os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler._netzjournal = True  # type: ignore[attr-defined]
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
