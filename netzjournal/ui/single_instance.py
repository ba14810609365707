"""One running window per data folder.

A lock on ``instance.lock`` in the data folder decides who is first: on
POSIX an ``flock`` (the kernel drops it when its process dies, so a crash
leaves no stale lock), elsewhere a :class:`QLockFile` (which notices stale
locks by process id; it also syncs the file to disk, ~1 ms at every start,
which the ``flock`` does not need). A :class:`QLocalServer` lets a second
launch pass its wish ("raise", "quick-note") to the first and exit; the
command line says "changed" after it wrote (``netzjournal/running.py``).

The lock is taken before the window exists, the server starts listening only
after the window has painted (:meth:`SingleInstance.listen`): QtNetwork and
the socket set-up are not needed for the first picture. A second launch in
that short gap finds the lock taken and keeps trying to connect for a while
(:meth:`SingleInstance.send`).
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from netzjournal.running import server_name  # shared with the command line

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

__all__ = ["SingleInstance", "server_name"]


class _InstanceLock:
    """An exclusive, non-blocking lock on one file, held until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None
        self._qt_lock: object | None = None

    def acquire(self) -> bool:
        try:
            import fcntl
        except ImportError:  # Windows
            return self._acquire_qt()
        from netzjournal.store.environment import folder_writable

        # A folder the user write-protected gets no lock file from us.
        create = os.O_CREAT if folder_writable(self._path.parent) else 0
        try:
            fd = os.open(self._path, os.O_RDWR | create, 0o600)
        except OSError:
            try:  # a read-only data folder: lock the file if it is there, else go without
                fd = os.open(self._path, os.O_RDONLY)
            except OSError:
                return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        with contextlib.suppress(OSError):  # for a person looking; not needed to lock
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def _acquire_qt(self) -> bool:
        from PySide6.QtCore import QLockFile

        lock = QLockFile(str(self._path))
        lock.setStaleLockTime(0)  # only a dead owner makes the lock stale
        if not lock.tryLock(100):
            return False
        self._qt_lock = lock
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None
        if self._qt_lock is not None:
            self._qt_lock.unlock()  # type: ignore[attr-defined]
            self._qt_lock = None


class SingleInstance(QObject):
    """Owns the lock and the message server of the first instance."""

    message = Signal(str)

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = root
        self._lock = _InstanceLock(root / "instance.lock")
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this process is the first. Call :meth:`listen` next."""
        return self._lock.acquire()

    def listen(self) -> None:
        """Start answering second launches (only the first instance calls this)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        name = server_name(self._root)
        QLocalServer.removeServer(name)  # a crashed owner's leftover socket
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._server.listen(name)

    def send(self, text: str, timeout_ms: int = 5000) -> bool:
        """Pass ``text`` to the first instance; False if none answered in time.

        The first instance may still be starting (it listens only after its
        first paint), so a refused connection is tried again until the timeout.
        """
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        name = server_name(self._root)
        socket = QLocalSocket()
        while True:
            socket.connectToServer(name)
            if socket.waitForConnected(min(1000, timeout_ms)):
                break
            socket.abort()
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        socket.write(text.encode("utf-8") + b"\n")
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def _accept(self) -> None:
        assert self._server is not None
        while (conn := self._server.nextPendingConnection()) is not None:
            conn.readyRead.connect(lambda c=conn: self._read(c))

    def _read(self, conn: QLocalSocket) -> None:
        while conn.canReadLine():
            text = bytes(conn.readLine().data()).decode("utf-8", "replace").strip()
            if text:
                self.message.emit(text)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.release()
