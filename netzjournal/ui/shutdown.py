"""Ending without a person at the keyboard: SIGTERM, SIGINT, SIGHUP and a logout.

Python runs a signal handler only when the interpreter gets control, and it
does not while Qt's event loop sleeps. So the signal's number is written to a
pipe (``signal.set_wakeup_fd``; a socket on Windows) that a :class:`QSocketNotifier` watches: the
loop wakes, and the window shuts down in order (``MainWindow.shut_down``:
drafts written, settings saved, the loop ended; ``app.run_gui`` then closes the
journal). No dialog is shown: nobody may be there to answer it.

A logout first asks the application to save (``commitDataRequest``): the drafts
are written and the logout is never cancelled; the session manager's SIGTERM
follows.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier
from PySide6.QtGui import QGuiApplication, QSessionManager

log = logging.getLogger(__name__)
SIGNALS = tuple(
    s for s in (signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", None)) if s is not None
)


class ShutdownOnSignal(QObject):
    """Calls ``shut_down`` once one of :data:`SIGNALS` arrives; ``flush`` on a logout."""

    def __init__(
        self, app: QCoreApplication, shut_down: Callable[[], object], flush: Callable[[], object]
    ) -> None:
        super().__init__(app)
        self._shut_down, self._flush = shut_down, flush
        if os.name == "posix":  # a pipe: `socket` costs the start its import
            self._reader, self._writer = os.pipe()
            self._closers: tuple[Callable[[], object], ...] = (
                lambda: os.close(self._reader),
                lambda: os.close(self._writer),
            )
            self._read: Callable[[], bytes] = lambda: os.read(self._reader, 64)
            for fd in (self._reader, self._writer):
                os.set_blocking(fd, False)
        else:  # Windows wakes a socket only
            import socket

            reader, writer = socket.socketpair()
            self._reader, self._writer = reader.fileno(), writer.fileno()
            self._closers = (reader.close, writer.close)
            self._read = lambda: reader.recv(64)
            for end in (reader, writer):
                end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer)
        self._previous = {number: signal.getsignal(number) for number in SIGNALS}
        for number in SIGNALS:
            # The handler itself does nothing: the wake-up byte says which signal came.
            signal.signal(number, lambda *_: None)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self._commit_data)

    def _woken(self) -> None:
        try:
            data = self._read()
        except OSError:
            return
        if not data:
            return
        log.info("signal %s: shutting down", ", ".join(str(b) for b in data))
        self._shut_down()

    def _commit_data(self, manager: QSessionManager) -> None:
        log.info("the session ends: drafts written")
        try:
            self._flush()
        except Exception:  # never in the way of a logout
            log.exception("drafts not written at the end of the session")

    def uninstall(self) -> None:
        """The handlers as they were (after the loop: a second SIGTERM ends the process)."""
        for number, previous in self._previous.items():
            signal.signal(number, previous if previous is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        for close in self._closers:
            with contextlib.suppress(OSError):
                close()
