"""Trust on first use for a server whose certificate no authority signed.

Home servers (Radicale on a Raspberry Pi, Nextcloud at home, Xandikos
``--autocert``) sign their own certificates. Verification stays on: the user
is shown the certificate's SHA-256 fingerprint and decides once; from then
on that host:port is accepted with exactly that certificate and nothing
else (a CA-signed one included), and a changed one stops the sync.

The pin is niquests' own fingerprint check (``verify="sha256_<hex>"``, since
niquests 3.5.4; caldav passes its ``ssl_verify_cert`` on to niquests
unchanged): urllib3-future then skips the CA and host-name checks and
compares the digest of the peer's certificate right after the handshake,
before the request (and its password) is sent. What niquests does not give is
the certificate of a connection that failed verification, so the one shown
to the user is read here over a connection of its own (standard ``ssl``,
nothing sent), and parsed with ``cryptography`` — the standard library reads
a certificate's fields only from a verified connection.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import urllib.parse
from dataclasses import dataclass

_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Certificate:
    """What the user is shown before trusting a server's certificate."""

    fingerprint: str  # SHA-256 of the DER form: 64 lowercase hex digits
    issued_to: str  # the subject's common name (else the whole subject)
    issued_by: str
    valid_until: dt.datetime  # UTC

    @property
    def grouped(self) -> str:
        return grouped(self.fingerprint)

    def as_json(self) -> dict[str, str]:
        return {
            "fingerprint": self.fingerprint,
            "issued_to": self.issued_to,
            "issued_by": self.issued_by,
            "valid_until": self.valid_until.isoformat(),
        }

    @classmethod
    def from_json(cls, raw: object) -> Certificate | None:
        if not isinstance(raw, dict):
            return None
        try:
            return cls(
                fingerprint=str(raw["fingerprint"]),
                issued_to=str(raw["issued_to"]),
                issued_by=str(raw["issued_by"]),
                valid_until=dt.datetime.fromisoformat(str(raw["valid_until"])),
            )
        except (KeyError, ValueError):
            return None


def grouped(fingerprint: str) -> str:
    """``93:3E:60:…`` — bytes in upper-case hex, as browsers show a fingerprint."""
    return ":".join(fingerprint[i : i + 2] for i in range(0, len(fingerprint), 2)).upper()


def normalised(text: str) -> str:
    """A typed or pasted SHA-256 fingerprint as 64 lowercase hex digits: with or
    without colons or spaces, any case, an optional ``sha256``/``SHA256:`` prefix.
    Raises ValueError for anything else (a SHA-1 fingerprint, a typo)."""
    digits = re.sub(r"[\s:_-]", "", text.strip().lower())
    for prefix in ("sha256", "sha-256"):
        if digits.startswith(prefix) and len(digits) > 64:
            digits = digits[len(prefix) :]
    if not _HEX.fullmatch(digits):
        raise ValueError(text)
    return digits


def origin(url: str) -> str:
    """``host:port`` of an https address (the key a pin is kept under); "" for
    plain http, which has no certificate."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() != "https" or not parts.hostname:
        return ""
    try:
        port = parts.port or 443
    except ValueError:
        return ""
    host = parts.hostname.lower()
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def verify_for(url: str, pinned: dict[str, str]) -> bool | str:
    """What niquests' (and caldav's) ``verify`` gets for ``url``: the pinned
    certificate's fingerprint where the user trusted one, else True (the system's
    authorities, host name checked)."""
    pin = pinned.get(origin(url))
    return f"sha256_{pin}" if pin else True


def pin_of(verify: bool | str) -> str | None:
    """The fingerprint a ``verify`` from :func:`verify_for` pins, if any."""
    if isinstance(verify, str) and verify.startswith("sha256_"):
        return verify.removeprefix("sha256_")
    return None


def fingerprint_of(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def presented(url: str, timeout: float = 10) -> Certificate | None:
    """The certificate the server at ``url`` presents, unverified and only to be
    shown (None if there is no answer or nothing readable). Nothing is sent
    after the handshake.

    The connection goes the way the sync's own request goes: through the
    ``HTTPS_PROXY`` (or ``ALL_PROXY``) of the environment unless ``NO_PROXY``
    names the host (:func:`_proxy_for`); ``http.client`` makes the CONNECT
    tunnel. Behind a proxy, a direct connection shows nothing (where the proxy
    is the only way out), and then the user was offered no certificate."""
    import http.client
    import ssl

    parts = urllib.parse.urlsplit(url.strip())
    if not parts.hostname:
        return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        port = parts.port or 443
        proxy = _proxy_for(url.strip())
        if proxy is None:
            connection = http.client.HTTPSConnection(
                parts.hostname, port, timeout=timeout, context=context
            )
        else:
            if proxy.scheme != "http" or not proxy.hostname:
                return None  # (an https or SOCKS proxy: not read here; the error is shown)
            connection = http.client.HTTPSConnection(
                proxy.hostname, proxy.port or 80, timeout=timeout, context=context
            )
            connection.set_tunnel(parts.hostname, port, headers=_proxy_authorization(proxy))
        try:
            connection.connect()  # the tunnel (if any) and the handshake; no request
            sock = connection.sock
            der = sock.getpeercert(binary_form=True) if isinstance(sock, ssl.SSLSocket) else None
        finally:
            connection.close()
    except (OSError, ValueError, http.client.HTTPException):
        return None
    return parsed(der) if der else None


def _proxy_for(url: str) -> urllib.parse.SplitResult | None:
    """The proxy niquests sends an https request to ``url`` through (None: direct).

    Asked of niquests itself rather than of the stdlib's ``proxy_bypass``: it
    reads the same variables (with the stdlib's ``getproxies``) but also takes
    networks in ``NO_PROXY`` (``192.168.178.0/24``, common for a home server),
    which the stdlib does not — the certificate shown would come another way
    than the request."""
    from niquests.utils import get_environ_proxies, select_proxy

    address = select_proxy(url, get_environ_proxies(url))
    if not address:
        return None
    if "://" not in address:  # "proxy:3128", as people write it
        address = "http://" + address
    return urllib.parse.urlsplit(address)


def _proxy_authorization(proxy: urllib.parse.SplitResult) -> dict[str, str]:
    """A ``user:password@`` in the proxy's address, as the CONNECT's Basic header."""
    if proxy.username is None:
        return {}
    import base64

    user = urllib.parse.unquote(proxy.username)
    password = urllib.parse.unquote(proxy.password or "")
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return {"Proxy-Authorization": f"Basic {token}"}


def parsed(der: bytes) -> Certificate | None:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        return None

    def name(of: x509.Name) -> str:
        common = of.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(common[0].value) if common else of.rfc4514_string()

    return Certificate(
        fingerprint=fingerprint_of(der),
        issued_to=name(cert.subject),
        issued_by=name(cert.issuer),
        valid_until=cert.not_valid_after_utc,
    )
