"""Checking the journal's integrity in the background after the window shows.

``PRAGMA quick_check`` reads the whole file (≈ 40 ms for 5,000 contacts,
≈ 0.5 s for 50,000); doing it before the first paint would double the
start-up time. It runs on a worker thread instead, on its own read-only
connection, and a damaged journal is reported as soon as it is known.
Quitting stops it (:meth:`IntegrityCheck.stop`): it gives no verdict then, and
the day's backup waits for the next start. A day's backup that could not be
made (a full disk, a folder that cannot be written) is reported
(``backup_failed``): the window says so, where it was only logged.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from netzjournal.store.errors import StoreError
from netzjournal.store.journal import QuickCheck
from netzjournal.ui.background import run_in_background


class IntegrityCheck(QObject):
    finished = Signal(list)  # the quick_check lines; ["ok"] when healthy
    damaged = Signal(str)
    backup_failed = Signal(object)  # the StoreError of the day's backup

    def __init__(
        self,
        path: Path,
        parent: QObject | None = None,
        after_ok: tuple[Path, Callable[[Path, Path], StoreError | None]] | None = None,
        immutable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._check = QuickCheck(path, immutable)
        # (folder, function): run on the worker as function(path, folder) once
        # the check passed — the day's backup, never taken of a damaged file; it
        # returns the problem that kept it from being made, if one did.
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

    def _checked(self, outcome: tuple[list[str], StoreError | None] | None) -> None:
        if outcome is None:  # stopped: no verdict
            return
        result, problem = outcome
        self.finished.emit(result)
        if result != ["ok"]:
            self.damaged.emit("; ".join(result[:3]))
        if problem is not None:
            self.backup_failed.emit(problem)


def _check(
    check: QuickCheck, after_ok: tuple[Path, Callable[[Path, Path], StoreError | None]] | None
) -> tuple[list[str], StoreError | None] | None:
    """On the worker: the check, then (passed) the day's backup; None if stopped,
    else the check's lines and what kept the backup from being made."""
    result = check.run()
    if result is None:
        return None
    problem = None
    if result == ["ok"] and after_ok is not None:
        folder, then = after_ok
        problem = then(check.path, folder)
    return result, problem
