"""Real CardDAV/CalDAV servers for the sync tests, started on 127.0.0.1.

Each server gets a free port, a folder under the test's tmp_path and a user
with a plain-text htpasswd entry; it is stopped when the test ends. A server
can be killed (SIGKILL, as a crash would) and started again on the same port
and storage.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

USER = "anna"
PASSWORD = "geheim-🔑"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"server did not listen on {port}: {log.read_text()[-2000:]}")


class Server:
    name = ""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self.log = folder / "server.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def command(self) -> list[str]:
        raise NotImplementedError

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                self.command(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        _wait_for_port(self.port, self.proc, self.log)

    def kill(self) -> None:
        """Stop at once, as a crash or a pulled cable would."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self.proc = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.proc = None


TLS_DATA = Path(__file__).parent / "data" / "tls"
# Their SHA-256 fingerprints as browsers show them (tests/data/tls/README.md; not
# computed here from the files, so that a test compares with what openssl said).
TRUSTED = (  # server.pem
    "93:3E:60:C1:AF:87:C1:27:0F:B2:2D:39:41:39:8C:B2:"
    "95:EC:0D:1E:64:A4:DA:FF:C2:DA:C4:38:43:89:4B:DD"
)
CHANGED = (  # changed.pem
    "6A:6C:89:4F:92:53:EB:4F:9C:45:AC:A1:D3:5B:BD:F9:"
    "68:B5:13:4E:25:F7:EE:A9:A7:E8:AD:7D:CF:47:50:2F"
)


class Radicale(Server):
    name = "radicale"

    def __init__(
        self, folder: Path, max_content_length: int = 1_000_000, certificate: str | None = None
    ) -> None:
        """``certificate``: serve HTTPS with ``tests/data/tls/<certificate>.pem``
        (self-signed, see the README there)."""
        super().__init__(folder)
        self.certificate = certificate
        users = folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        self.config = folder / "config"
        self.config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            f"max_content_length = {max_content_length}\n"
            + (
                f"ssl = True\ncertificate = {TLS_DATA / certificate}.pem\n"
                f"key = {TLS_DATA / certificate}.key\n"
                if certificate
                else ""
            )
            + "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {users}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"
            "[rights]\n"
            "type = owner_only\n"
            "[storage]\n"
            f"filesystem_folder = {folder / 'collections'}\n"
            "[logging]\n"
            "level = warning\n",
            encoding="utf-8",
        )

    @property
    def url(self) -> str:
        return f"{'https' if self.certificate else 'http'}://127.0.0.1:{self.port}/"

    def command(self) -> list[str]:
        return [sys.executable, "-m", "radicale", "--config", str(self.config)]

    def serve_certificate(self, certificate: str) -> None:
        """Restart on the same port and storage with another certificate (as a
        server newly set up, or a connection taken over, would present)."""
        self.stop()
        text = self.config.read_text(encoding="utf-8")
        self.config.write_text(
            text.replace(f"/{self.certificate}.", f"/{certificate}."), encoding="utf-8"
        )
        self.certificate = certificate
        self.start()


class Xandikos(Server):
    """Xandikos serves without authentication over plain HTTP (it expects a proxy
    in front for that); the client's credentials are simply not asked for."""

    name = "xandikos"

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "xandikos", "serve", "-d", str(self.folder / "data"),
            "--defaults", "-l", "127.0.0.1", "-p", str(self.port),
            "--state-dir", str(self.folder / "state"), "--no-detect-systemd",
        ]  # fmt: skip


class XandikosTLS(Xandikos):
    """Xandikos over HTTPS with a self-signed certificate nobody trusts."""

    name = "xandikos-tls"

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}/"

    def command(self) -> list[str]:
        return [*super().command(), "--autocert"]


class HoldingProxy:
    """An HTTP proxy on 127.0.0.1 in front of a server (each request forwarded as
    it came, in a thread of this process) that, once ``hold_after`` is set, keeps
    the next request of that method open without an answer — a server stuck in a
    long request — and says so with ``holding``; ``release`` lets it go (the
    proxy then answers 503)."""

    def __init__(self, target: str) -> None:
        import http.client
        import threading
        import urllib.parse
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        parts = urllib.parse.urlsplit(target)
        self.hold_after: tuple[str, int] | None = None  # (method, how many to pass first)
        # (method, a part of the path, status, headers, how many times): see ``fail``
        self._fails: list[list] = []
        self.failed = 0  # requests answered so by ``fail``
        self.holding = threading.Event()
        self._released = threading.Event()
        proxy = self

        class Forward(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                failing = proxy._failing(self.command, self.path)
                if failing is not None:
                    status, headers = failing
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if proxy._hold(self.command):
                    proxy.holding.set()
                    proxy._released.wait(120)
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                upstream = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                upstream.request(self.command, self.path, body, headers)
                answer = upstream.getresponse()
                data = answer.read()
                self.send_response(answer.status)
                for key, value in answer.getheaders():
                    if key.lower() not in ("transfer-encoding", "content-length", "connection"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                upstream.close()

        for method in ("GET", "PUT", "DELETE", "PROPFIND", "PROPPATCH", "REPORT", "MKCOL",
                       "OPTIONS", "HEAD", "POST", "MKCALENDAR"):  # fmt: skip
            setattr(Forward, f"do_{method}", Forward._any)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Forward)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/"
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def _hold(self, method: str) -> bool:
        with self._lock:
            if self.hold_after is None or self.hold_after[0] != method:
                return False
            name, left = self.hold_after
            if left:
                self.hold_after = (name, left - 1)
                return False
            self.hold_after = None
            return True

    def fail(
        self, method: str, path_part: str, status: int, headers: dict | None = None, times: int = 1
    ) -> None:
        """Answer the next ``times`` requests of ``method`` whose path holds
        ``path_part`` with ``status`` (and ``headers``) instead of forwarding them: a
        server in trouble with one item (500), or busy for a moment (503, Retry-After)."""
        with self._lock:
            self._fails.append([method, path_part, status, dict(headers or {}), times])

    def _failing(self, method: str, path: str) -> tuple[int, dict] | None:
        import urllib.parse

        path = urllib.parse.unquote(path)
        with self._lock:
            for rule in self._fails:
                if rule[0] == method and rule[1] in path and rule[4] > 0:
                    rule[4] -= 1
                    self.failed += 1
                    return rule[2], rule[3]
        return None

    def release(self) -> None:
        self._released.set()

    def close(self) -> None:
        self.release()
        self._server.shutdown()
        self._server.server_close()
