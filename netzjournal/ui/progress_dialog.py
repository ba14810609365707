"""A determinate progress dialog for long imports, exports and restores.

It is the ``progress(phase, done, total)`` callback the Qt-free code takes
(:mod:`netzjournal.progress`): it shows the phase and how far it
got, keeps the window painting, and raises
:class:`~netzjournal.progress.Cancelled` once Cancel is pressed.
The work runs on the GUI thread (the journal's connection belongs to it); the
dialog is window-modal, so nothing else can change the journal meanwhile.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from netzjournal.progress import Cancelled

SHOW_AFTER_S = 0.4  # work shorter than this never flashes a dialog


def phase_label(phase: str) -> str:
    return {
        "read": QCoreApplication.translate("Progress", "Reading the files…"),
        "check": QCoreApplication.translate("Progress", "Looking for people already known…"),
        "write": QCoreApplication.translate("Progress", "Importing…"),
        "export": QCoreApplication.translate("Progress", "Exporting…"),
        "restore": QCoreApplication.translate("Progress", "Restoring the journal…"),
        "index": QCoreApplication.translate("Progress", "Building the search index…"),
    }.get(phase, phase)


def percent_as_written(dialog: QProgressDialog) -> None:
    """The bar's "40%" as the language writes it: German puts a (no-break) space
    before the sign ("40 %"), English does not; Qt's own format is "%p%" everywhere."""
    bar = dialog.findChild(QProgressBar)
    if bar is not None:
        bar.setFormat(QCoreApplication.translate("Progress", "%p%"))


class ProgressDialog:
    """Shown once work has reported progress for 400 ms (short work never flashes a dialog)."""

    def __init__(self, parent: QWidget | None, title: str,
                 clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        # Shown by __call__, not by Qt's timer: that one fired in whatever event loop
        # ran next — a message box saying the work had failed — and put a dialog at
        # 0 % over it that took the keyboard (the fresh-eyes walk, a full disk).
        self.dialog = QProgressDialog(
            parent, autoClose=False, autoReset=False, minimumDuration=2**31 - 1
        )
        self.dialog.setObjectName("progressDialog")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Qt's "%p%" is not translated: German sets a (non-breaking) space, "40 %".
        self.bar = QProgressBar(self.dialog, format=QCoreApplication.translate("Progress", "%p%"))
        self.dialog.setBar(self.bar)
        self.dialog.setValue(0)
        self.clock = clock
        self._started = clock()
        self._last = -1.0
        self._phase = ""

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self.dialog.wasCanceled():
            raise Cancelled
        now = self.clock()
        if phase == self._phase and done < total and now - self._last < 0.05:
            return
        self._last = now
        if phase != self._phase:
            self._phase = phase
            self.dialog.setLabelText(phase_label(phase))
        self.dialog.setValue(min(100, 100 * done // total) if total > 0 else 100)
        if not self.dialog.isVisible() and now - self._started >= SHOW_AFTER_S:
            self.dialog.show()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if self.dialog.wasCanceled():
            raise Cancelled

    def cancel(self) -> None:
        """Press Cancel (for tests and for closing the window meanwhile)."""
        self.dialog.cancel()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
