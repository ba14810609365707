"""Logging to a rotating file in the data folder's ``logs/``."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "netzjournal.log"


def setup(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send log records to ``log_dir/netzjournal.log`` (5 × 1 MB). Returns the path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_netzjournal", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler._netzjournal = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
