"""One running window per data folder.

The data folder's lock (:mod:`netzjournal.instance_lock`, the same one
``netzjournal backup restore`` takes) decides who is first. A
:class:`QLocalServer` lets a second launch pass its wish ("raise",
"quick-note") to the first and exit; the command line says "changed"
after it wrote (``netzjournal/running.py``).

The lock is taken before the window exists, the server starts listening only
after the window has painted (:meth:`SingleInstance.listen`): QtNetwork and
the socket set-up are not needed for the first picture. A second launch in
that short gap finds the lock taken and keeps trying to connect for a while
(:meth:`SingleInstance.send`).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from netzjournal.instance_lock import LOCK_NAME, InstanceLock
from netzjournal.running import server_name  # shared with the command line

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket


class SingleInstance(QObject):
    """Owns the lock and the message server of the first instance."""

    message = Signal(str)

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = root
        self._lock = InstanceLock(root / LOCK_NAME)
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
