"""Trust on first use for a self-signed server certificate (sync/tls.py, dav.py).

Against real TLS servers on 127.0.0.1 with the test certificates in
tests/data/tls (self-signed leaves, CC0, see the README there).
"""

from __future__ import annotations

import base64
import contextlib
import socket
import socketserver
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import niquests.utils
import pytest
from dav_servers import CHANGED, PASSWORD, TLS_DATA, TRUSTED, USER, Radicale

from netzjournal.sync import tls
from netzjournal.sync.dav import DavClient, SyncError

pytestmark = pytest.mark.slow


def hexed(grouped: str) -> str:
    return grouped.replace(":", "").lower()


def test_fingerprints_are_read_as_people_copy_them_and_shown_as_browsers_do():
    plain = hexed(TRUSTED)
    for typed in (TRUSTED, TRUSTED.lower(), plain, f"SHA256:{TRUSTED}", f"sha256_{plain}",
                  TRUSTED.replace(":", " "), f"  {TRUSTED}\n"):  # fmt: skip
        assert tls.normalised(typed) == plain
    for wrong in (
        "",
        "93:3E:60",
        plain[:-2],
        plain + "00",
        "zz" + plain[2:],
        "A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90:A1:B2:C3:D4",
    ):  # (SHA-1)
        with pytest.raises(ValueError):
            tls.normalised(wrong)
    assert tls.grouped(plain) == TRUSTED


def test_a_pin_belongs_to_one_host_and_port():
    assert tls.origin("https://Pi.Fritz.Box/dav/") == "pi.fritz.box:443"
    assert tls.origin("https://192.168.1.5:5232") == "192.168.1.5:5232"
    assert tls.origin("https://[fd00::5]:5232/") == "[fd00::5]:5232"
    assert tls.origin("http://pi.fritz.box:5232/") == ""  # no certificate to pin
    pins = {"pi.fritz.box:5232": hexed(TRUSTED)}
    assert tls.verify_for("https://pi.fritz.box:5232/radicale/", pins) == f"sha256_{hexed(TRUSTED)}"
    assert tls.verify_for("https://pi.fritz.box:443/", pins) is True
    assert tls.verify_for("https://nas.fritz.box:5232/", pins) is True


@pytest.fixture
def two_home_servers(tmp_path: Path) -> Iterator[tuple[Radicale, Radicale]]:
    """Two Radicales with the same self-signed certificate on two ports."""
    first = Radicale(tmp_path / "first", certificate="server")
    second = Radicale(tmp_path / "second", certificate="server")
    first.start()
    second.start()
    yield first, second
    first.stop()
    second.stop()


def test_a_trusted_certificate_is_accepted_where_it_was_trusted_and_nowhere_else(
    two_home_servers,
):
    first, second = two_home_servers
    with pytest.raises(SyncError) as caught:
        DavClient(first.url, USER, PASSWORD).ensure_addressbook()
    assert caught.value.code == "certificate" and caught.value.pinned is None
    shown = caught.value.certificate
    assert shown is not None and shown.grouped == TRUSTED
    assert (shown.issued_to, shown.issued_by) == ("radicale.home", "radicale.home")
    assert shown.valid_until.isoformat().startswith("2126-12-01")

    pins = {tls.origin(first.url): shown.fingerprint}
    client = DavClient(first.url, USER, PASSWORD, verify=tls.verify_for(first.url, pins))
    assert client.ensure_addressbook() == "/anna/netzjournal/"  # (not a host-name check)
    client.close()
    # The same certificate on another port of the same host was not trusted there.
    with pytest.raises(SyncError) as caught:
        DavClient(
            second.url, USER, PASSWORD, verify=tls.verify_for(second.url, pins)
        ).ensure_addressbook()
    assert caught.value.code == "certificate"


def test_a_trusted_pin_survives_a_ca_bundle_in_the_environment(two_home_servers, monkeypatch):
    """requests' (and niquests') session-wide ``verify`` gives way to
    REQUESTS_CA_BUNDLE: set on many machines, it dropped the pin and the trusted
    server was refused."""
    first, _second = two_home_servers
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", ssl.get_default_verify_paths().openssl_cafile)
    monkeypatch.setenv("CURL_CA_BUNDLE", ssl.get_default_verify_paths().openssl_cafile)
    client = DavClient(first.url, USER, PASSWORD, verify=f"sha256_{hexed(TRUSTED)}")
    assert client.ensure_addressbook()
    client.close()


class Listener:
    """A bare TLS server that answers nothing and keeps every byte it was sent."""

    def __init__(self, certificate: str) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(TLS_DATA / f"{certificate}.pem", TLS_DATA / f"{certificate}.key")
        self._context = context
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"https://127.0.0.1:{self._socket.getsockname()[1]}/"
        self.received = b""
        self.handshakes = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self._socket.accept()
            except OSError:
                return
            try:
                with self._context.wrap_socket(raw, server_side=True) as conn:
                    self.handshakes += 1
                    conn.settimeout(2)
                    while chunk := conn.recv(65536):
                        self.received += chunk
                        if b"\r\n\r\n" in self.received:
                            break
            except OSError:
                pass

    def close(self) -> None:
        self._socket.close()


def test_a_changed_certificate_is_refused_before_the_password_is_sent():
    listener = Listener("changed")
    try:
        pinned = f"sha256_{hexed(TRUSTED)}"
        with pytest.raises(SyncError) as caught:
            DavClient(listener.url, USER, PASSWORD, verify=pinned).ensure_addressbook()
        assert caught.value.code == "certificate_changed"
        assert caught.value.pinned == hexed(TRUSTED)
        assert caught.value.certificate and caught.value.certificate.grouped == CHANGED
        assert listener.handshakes >= 1 and listener.received == b""
    finally:
        listener.close()
    # The other way round the same listener hears the request and its credentials:
    # the empty bytes above are the pin's doing.
    listener = Listener("server")
    try:
        with pytest.raises(SyncError):
            DavClient(
                listener.url, USER, PASSWORD, verify=f"sha256_{hexed(TRUSTED)}"
            ).ensure_addressbook()
        assert b"Authorization: Basic" in listener.received
    finally:
        listener.close()


class ConnectProxy(socketserver.ThreadingTCPServer):
    """A tiny HTTP CONNECT proxy on 127.0.0.1, as in an office: it wants its
    user's password and knows a name the computer itself cannot resolve
    (``radicale.invalid``: the home server behind it, on 127.0.0.1)."""

    daemon_threads = True
    allow_reuse_address = True
    knows = "radicale.invalid"
    login = "büro:geheim"

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Tunnel)
        self.asked: list[str] = []  # the CONNECT requests' heads
        self.url = f"http://{quote('büro')}:geheim@127.0.0.1:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()


class _Tunnel(socketserver.BaseRequestHandler):
    server: ConnectProxy

    def handle(self) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            head += chunk
        text = head.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        self.server.asked.append(text)
        method, target, _version = text.split("\r\n", 1)[0].split(" ", 2)
        host, _, port = target.rpartition(":")
        token = base64.b64encode(self.server.login.encode()).decode()
        if f"Proxy-Authorization: Basic {token}".lower() not in text.lower():
            self.request.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")
            return
        if method != "CONNECT" or host != self.server.knows:
            self.request.sendall(b"HTTP/1.1 403 Forbidden\r\n\r\n")
            return
        upstream = socket.create_connection(("127.0.0.1", int(port)))
        self.request.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")

        def pipe(source: socket.socket, sink: socket.socket) -> None:
            try:
                while data := source.recv(65536):
                    sink.sendall(data)
            except OSError:
                pass
            finally:
                for s in (source, sink):
                    with contextlib.suppress(OSError):
                        s.shutdown(socket.SHUT_RDWR)

        back = threading.Thread(target=pipe, args=(upstream, self.request), daemon=True)
        back.start()
        pipe(self.request, upstream)
        back.join(5)
        upstream.close()


@pytest.fixture
def behind_a_proxy(tmp_path: Path, monkeypatch) -> Iterator[tuple[Radicale, ConnectProxy]]:
    """A home server with its own certificate, reached only through a CONNECT proxy
    named in HTTPS_PROXY."""
    server = Radicale(tmp_path / "home", certificate="server")
    server.start()
    proxy = ConnectProxy()
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    niquests.utils.getproxies.cache_clear()  # (read once per process, as a user's would be)
    yield server, proxy
    niquests.utils.getproxies.cache_clear()
    proxy.shutdown()
    proxy.server_close()
    server.stop()


def test_behind_a_proxy_the_certificate_is_read_through_it_and_the_pin_holds(behind_a_proxy):
    server, proxy = behind_a_proxy
    url = f"https://{proxy.knows}:{server.port}/"
    with pytest.raises(SyncError) as caught:
        DavClient(url, USER, PASSWORD).ensure_addressbook()
    assert caught.value.code == "certificate", (caught.value.detail, proxy.asked)
    shown = caught.value.certificate
    assert shown is not None and shown.grouped == TRUSTED  # (before: None, no offer)
    assert proxy.asked and all(
        a.startswith(f"CONNECT {proxy.knows}:{server.port} ") for a in proxy.asked
    )
    # Trusted, the sync's own requests take the same tunnel and the pin holds there.
    pins = {tls.origin(url): shown.fingerprint}
    client = DavClient(url, USER, PASSWORD, verify=tls.verify_for(url, pins))
    assert client.ensure_addressbook() == "/anna/netzjournal/"
    client.close()


def test_no_proxy_is_honoured_when_the_certificate_is_read(behind_a_proxy, monkeypatch):
    server, proxy = behind_a_proxy
    # Named in NO_PROXY, 127.0.0.1 is asked directly, as niquests would; also as a
    # network (which the stdlib's proxy_bypass would not read).
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.0/8")
    shown = tls.presented(server.url)
    assert shown is not None and shown.grouped == TRUSTED
    assert proxy.asked == []
    # Without it, the proxy is asked (and refuses a host it does not know).
    monkeypatch.delenv("NO_PROXY")
    assert tls.presented(server.url) is None
    assert len(proxy.asked) == 1 and proxy.asked[0].startswith(f"CONNECT 127.0.0.1:{server.port} ")
