"""Telling a running window something, without Qt (for the command line).

The window's single-instance server (``ui/single_instance.py``) is a
``QLocalServer``: a Unix domain socket in Qt's temporary folder on POSIX, a
named pipe on Windows. It reads one line per message. The command line uses
it after a write ("changed"), so the window shows the new note at once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

CHANGED = "changed"  # the journal was written by another process


def server_name(root: Path) -> str:
    """The single-instance server's name for a data folder (one per user and folder)."""
    import getpass
    import hashlib

    digest = hashlib.sha256(f"{getpass.getuser()}:{root}".encode()).hexdigest()[:16]
    return f"netzjournal-{digest}"


def _socket_path(name: str) -> str:
    # QDir::tempPath() on POSIX: $TMPDIR without a trailing slash, else /tmp.
    temp = os.environ.get("TMPDIR", "").rstrip("/") or "/tmp"
    return f"{temp}/{name}"


def notify(root: Path, message: str, timeout: float = 1.0) -> bool:
    """Send ``message`` to the window running on ``root``; False if none listens."""
    data = message.encode("utf-8") + b"\n"
    name = server_name(root)
    try:
        if sys.platform == "win32":
            with open(rf"\\.\pipe\{name}", "wb") as pipe:
                pipe.write(data)
            return True
        import socket  # (not at import: the window's start needs only server_name)

        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(_socket_path(name))
            sock.sendall(data)
        return True
    except OSError:
        return False  # no window, or one still starting: it reads the journal anyway
