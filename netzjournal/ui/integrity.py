"""Checking the journal's integrity in the background after the window shows.

``PRAGMA quick_check`` reads the whole file (≈ 40 ms for 5,000 contacts,
≈ 0.5 s for 50,000); doing it before the first paint would double the
start-up time. It runs on a worker thread instead, on its own read-only
connection, and a damaged journal is reported as soon as it is known.
Quitting stops it (:meth:`IntegrityCheck.stop`): it gives no verdict then, and
the day's backup waits for the next start.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from netzjournal.store.journal import QuickCheck
from netzjournal.ui.background import run_in_background


class IntegrityCheck(QObject):
    finished = Signal(list)  # the quick_check lines; ["ok"] when healthy
    damaged = Signal(str)

    def __init__(
        self,
        path: Path,
        parent: QObject | None = None,
        after_ok: tuple[Path, Callable[[Path, Path], None]] | None = None,
        immutable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._check = QuickCheck(path, immutable)
        # (folder, function): run on the worker as function(path, folder) once
        # the check passed — the day's backup, never taken of a damaged file.
        self._after_ok = after_ok
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        work = functools.partial(_check, self._check, self._after_ok)
        self._thread = run_in_background("quick-check", work, self._checked)

    def stop(self) -> None:
        """Stop the check if it still runs (a backup already begun completes: wait)."""
        self._check.stop()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _checked(self, result: list[str] | None) -> None:
        if result is None:  # stopped: no verdict
            return
        self.finished.emit(result)
        if result != ["ok"]:
            self.damaged.emit("; ".join(result[:3]))


def _check(
    check: QuickCheck, after_ok: tuple[Path, Callable[[Path, Path], None]] | None
) -> list[str] | None:
    """On the worker: the check, then (passed) the day's backup; None if stopped."""
    result = check.run()
    if result == ["ok"] and after_ok is not None:
        folder, then = after_ok
        then(check.path, folder)
    return result
