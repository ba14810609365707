"""Trust on first use for a self-signed server certificate (sync/tls.py, dav.py).

Against real TLS servers on 127.0.0.1 with the test certificates in
tests/data/tls (self-signed leaves, CC0, see the README there).
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

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
