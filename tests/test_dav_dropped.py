"""A server that closes a connection before its answer (too many open, a NAS's
proxy, a busy Radicale): a read is sent once more, a write is not.

A real listening socket on 127.0.0.1 plays the server: it drops the first
connection after reading the request and answers the next one.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from netzjournal.sync.dav import DavClient, SyncError


class DroppingServer:
    """Drops the first ``drop`` connections after reading their request, then answers 200."""

    def __init__(self, drop: int = 1) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.sock.settimeout(10)
        self.drop = drop
        self.methods: list[str] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/"

    def _serve(self) -> None:
        try:
            while True:
                conn, _ = self.sock.accept()
                with conn:
                    head = b""
                    while b"\r\n\r\n" not in head:
                        chunk = conn.recv(4096)
                        if not chunk:
                            break
                        head += chunk
                    self.methods.append(head.split(b" ", 1)[0].decode())
                    if len(self.methods) > self.drop:
                        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                     b"Connection: close\r\n\r\nok")  # fmt: skip
        except OSError:  # closed at the end of the test
            return

    def close(self) -> None:
        self.sock.shutdown(socket.SHUT_RDWR)  # (wakes the accept; a close alone does not)
        self.sock.close()
        self.thread.join(5)


@pytest.fixture
def server() -> Iterator[DroppingServer]:
    running = DroppingServer()
    yield running
    running.close()


def test_a_read_whose_connection_was_dropped_is_sent_again(server: DroppingServer) -> None:
    client = DavClient(server.url, "anna", "geheim")
    response = client.request("GET", "contacts/anna.vcf")
    client.close()
    assert (response.status_code, response.text) == (200, "ok")
    assert server.methods == ["GET", "GET"]


def test_a_write_whose_connection_was_dropped_is_not_sent_again(server: DroppingServer) -> None:
    client = DavClient(server.url, "anna", "geheim")
    with pytest.raises(SyncError) as err:
        client.request("PUT", "contacts/anna.vcf", "BEGIN:VCARD\r\nEND:VCARD\r\n",
                       {"If-Match": '"1"'})  # fmt: skip
    client.close()
    assert err.value.code == "unreachable"
    assert server.methods == ["PUT"]


def test_a_read_dropped_twice_is_unreachable() -> None:
    running = DroppingServer(drop=2)
    client = DavClient(running.url, "anna", "geheim")
    with pytest.raises(SyncError) as err:
        client.request("PROPFIND", "")
    client.close()
    running.close()
    assert err.value.code == "unreachable"
    assert running.methods == ["PROPFIND", "PROPFIND"]
