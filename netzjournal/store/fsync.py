"""Making a rename durable: fsync of the folder that holds the renamed file."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def sync_dir(folder: Path) -> None:
    """Flush ``folder``'s entries to disk (POSIX; a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
