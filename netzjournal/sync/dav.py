"""The WebDAV requests CardDAV needs, over one keep-alive HTTP session.

niquests (the HTTP client the ``caldav`` library brings along) carries them:
caldav's own objects model calendars only, and an address book needs the
same few requests with another namespace — discovery (RFC 6764), an
RFC 6578 ``sync-collection`` report, a ``PROPFIND`` of ETags where the server
has no sync tokens, ``addressbook-multiget`` and conditional ``PUT``/``DELETE``.

Every failure becomes a :class:`SyncError` with a code the interface words
(wrong password, certificate, unreachable, quota, rejected …).
"""

from __future__ import annotations

import datetime
import re
import threading
import time
import urllib.parse
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xml_escape

import niquests

from netzjournal.sync import tls
from netzjournal.sync.tls import Certificate

DAV = "DAV:"
CARD = "urn:ietf:params:xml:ns:carddav"
CAL = "urn:ietf:params:xml:ns:caldav"
NS = {"d": DAV, "card": CARD, "cal": CAL}
# Connecting must be quick; a large collection's first listing may take the server a while.
TIMEOUT = (10, 180)
READS = frozenset({"GET", "PROPFIND", "REPORT", "OPTIONS"})  # change nothing on the server


class Interrupted(BaseException):
    """Raised by the stop signal's handler (``command._Stop``) into a wait for the
    server (``waiting``), which ends it as :class:`~netzjournal.progress.Cancelled`.
    A BaseException, as KeyboardInterrupt is: the HTTP library's own ``except
    Exception`` must not take it for a network error."""


_waiting = False  # the main thread waits for the server in ``waiting``


@contextmanager
def waiting() -> Iterator[None]:
    """The main thread waits for the server here, writing nothing of the journal's:
    a stop asked meanwhile (quitting the window sends SIGTERM) ends the wait at
    once, as :class:`~netzjournal.progress.Cancelled` — a request held open by the
    server would otherwise keep the sync going until its timeout. Every batch so
    far is committed; what the request was sending is recognised by its UID next
    time. Other threads' waits (the listing's) are not ended: the caller leaves them."""
    global _waiting
    if threading.current_thread() is not threading.main_thread() or _waiting:
        yield
        return
    _waiting = True
    try:
        yield
    except Interrupted:
        from netzjournal.progress import Cancelled

        raise Cancelled from None
    finally:
        _waiting = False


def is_waiting() -> bool:
    """The main thread waits for the server (``waiting``): a stop may end it now."""
    return _waiting


RETRY_AFTER_MAX = 10  # seconds: a 503 saying to come back within this is asked once more


def retry_after(response: niquests.Response) -> float | None:
    """How long a 503's ``Retry-After`` asks to wait, if it is short enough to wait
    for (``RETRY_AFTER_MAX``): seconds, or an HTTP date. None: not said, or too long
    (the next sync comes soon enough)."""
    import email.utils

    said = str(response.headers.get("Retry-After") or "").strip()
    if said.isdigit():
        pause = float(said)
    else:
        try:
            when = email.utils.parsedate_to_datetime(said)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        pause = max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())
    return pause if pause <= RETRY_AFTER_MAX else None


class SyncError(Exception):
    """A sync that could not go on; ``code`` says why in a word the UI translates.

    Codes: ``auth`` (wrong user name or password), ``certificate`` (not
    signed by an authority this system trusts, and no pin for it),
    ``certificate_changed`` (not the one the user trusted: ``pinned`` says which
    that was), ``unreachable`` (no connection, timeout, server gone mid-sync), ``quota``
    (the server is full), ``not_found`` (no such collection), ``server``
    (anything else the server refused), ``no_password``.
    """

    def __init__(
        self,
        code: str,
        detail: str = "",
        *,
        certificate: Certificate | None = None,
        pinned: str | None = None,
        status: int = 0,
    ) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        #: The certificate the server presents (``certificate*`` codes; None if unread).
        self.certificate = certificate
        self.pinned = pinned
        #: The HTTP status that stopped the sync (0: none, or not known).
        self.status = status
        #: What the run had done until then (``run.Outcome``, set by ``run.sync_all``)
        #: and how many items were still to send, of every kind (``run.sync_all``):
        #: the next sync goes on from there.
        self.outcome: object = None
        self.left = 0
        #: The same by kind ("contacts", "tasks", "events", "notes"; none at 0): the
        #: kind it stopped in and every kind after it (``run.left_to_send``).
        self.left_by_kind: dict[str, int] = {}
        self.report: object = None  # the stopped kind's ``engine.Report`` so far


def certificate_error(url: str, verify: bool | str, exc: Exception) -> SyncError:
    """A TLS failure as the user must meet it: the server's certificate (to show
    and perhaps trust), and whether it is not the one trusted before."""
    pinned = tls.pin_of(verify)
    shown = tls.presented(url)
    if pinned and (shown is None or shown.fingerprint != pinned):
        return SyncError("certificate_changed", str(exc), certificate=shown, pinned=pinned)
    return SyncError("certificate", str(exc), certificate=shown, pinned=pinned)


class Rejected(Exception):
    """The server refused one item (too large, invalid); the others go on. ``str()``
    is "HTTP <status> <the server's own words, where they say more>" (the report's
    reason, which ``summary.refused`` reads back)."""

    def __init__(self, status: int, detail: str = "") -> None:
        super().__init__(f"HTTP {status} {detail}".strip())
        self.status = status
        self.detail = detail


# What servers answer with no more to say than the status itself (Radicale's texts;
# a status's own phrase is caught by ``server_words`` in any case).
_SAID_NOTHING = frozenset(
    text.casefold()
    for text in (
        "Access to the requested resource forbidden.",
        "Action on the requested resource refused.",
        "Conflict in the request.",
        "Request body too large.",
        "Insufficient Storage.  Please contact the administrator.",
        "A server error occurred.  Please contact the administrator.",
        "The client sent an invalid request.",
    )
)


def server_words(response: niquests.Response) -> str:
    """What a refusal's body says beyond its status, to be shown after our own words
    for it: a Nextcloud/SabreDAV error's ``<s:message>`` ("Calendar object with uid
    already exists …"), or a short plain text — "" for an HTML page (a proxy's), or
    a text that only repeats the status (Radicale's "Bad Request")."""
    import http

    body = (response.text or "").strip()
    kind = str(response.headers.get("Content-Type", "")).lower()
    if not body or "html" in kind or body.startswith("<!") or body.lower().startswith("<html"):
        return ""
    if "xml" in kind or body.startswith("<"):
        try:
            root = ET.fromstring(body)
        except ET.ParseError:
            return ""
        said = next((e.text for e in root.iter() if e.tag.endswith("}message") and e.text), "")
        body = said.strip()
    text = " ".join(body.split())[:200]
    try:
        phrase = http.HTTPStatus(response.status_code or 0).phrase
    except ValueError:
        phrase = ""
    if text.casefold().rstrip(".") in (phrase.casefold(), "") or text.casefold() in _SAID_NOTHING:
        return ""
    return text


class PreconditionFailed(Exception):
    """If-Match / If-None-Match failed: the item changed on the server meanwhile."""


class InvalidSyncToken(Exception):
    """The server no longer knows the sync token (expired, or another server)."""


@dataclass
class Listing:
    """Members of a collection: href → ETag, and hrefs gone since the token."""

    etags: dict[str, str | None] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    token: str | None = None
    complete: bool = True  # every member listed (not only changes since a token)


class DavClient:
    """One server, one user. ``on_request`` is called before each request (tests
    use it to stop the server at a chosen moment)."""

    def __init__(self, url: str, user: str, password: str, *, verify: bool | str = True) -> None:
        self.url = url if url.endswith("/") else url + "/"
        self.session = niquests.Session()
        self.session.auth = (user, password)
        # True (the system's authorities), or a pinned fingerprint (sync/tls.py).
        # Given with each request: a session's own ``verify`` gives way to
        # REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE in the environment (as in requests),
        # which would silently drop the pin and refuse the trusted certificate.
        self.verify = verify
        self.on_request = None
        self.requests = 0
        self.writes = 0  # requests that may change something on the server

    def close(self) -> None:
        self.session.close()

    # -- plumbing ---------------------------------------------------------------

    def absolute(self, href: str) -> str:
        return urllib.parse.urljoin(self.url, href)

    def path(self, url: str) -> str:
        return urllib.parse.urlsplit(self.absolute(url)).path

    def item_url(self, href: str) -> str:
        """An item's href as kept (a path, percent-decoded as the listing gives it)
        spelled for a request: a name a phone gave with ``%``, ``#`` or ``?`` in it
        must reach that item, not be read as an escape, a fragment or a query."""
        return urllib.parse.quote(href if href.startswith("/") else self.path(href))

    def request(
        self,
        method: str,
        url: str,
        body: str | bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> niquests.Response:
        if self.on_request is not None:
            self.on_request(method, url)
        self.requests += 1
        if method not in READS:
            self.writes += 1
        data = body.encode("utf-8") if isinstance(body, str) else body
        response = self._send(method, url, data, headers)
        pause = retry_after(response) if response.status_code == 503 else None
        if pause is not None:
            # Busy for a moment (a server restarting, a NAS waking up) and saying when
            # to come back: once, then the answer stands. In ``waiting``: a stop ends
            # the pause. A 503 did nothing, so a write is safe to send again (had it
            # arrived after all, its If-Match/If-None-Match fails: a 412, merged).
            with waiting():
                time.sleep(pause)
            response = self._send(method, url, data, headers)
        if response.status_code == 401:
            raise SyncError("auth", f"{method} {url}")
        if response.status_code == 507:
            raise SyncError("quota", f"{method} {url}", status=507)
        return response

    def _send(
        self, method: str, url: str, data: bytes | None, headers: dict[str, str] | None
    ) -> niquests.Response:
        for attempt in (1, 2):
            try:
                with waiting():
                    response = self.session.request(
                        method,
                        self.absolute(url),
                        data=data,
                        headers=headers,
                        timeout=TIMEOUT,
                        allow_redirects=method in ("GET", "PROPFIND"),
                        verify=self.verify,
                    )
                break
            except niquests.exceptions.SSLError as exc:
                raise certificate_error(self.url, self.verify, exc) from exc
            except niquests.exceptions.Timeout as exc:  # (not again: it would wait as long)
                raise SyncError("unreachable", str(exc)) from exc
            except niquests.exceptions.ConnectionError as exc:
                # A server closes a connection before its answer at will (too many
                # open, a NAS's proxy, a busy Radicale): a read is sent once more on a
                # new one. A write is not: had it arrived, it would now meet its own
                # If-Match and look like somebody else's change.
                if method not in READS or attempt == 2:
                    raise SyncError("unreachable", str(exc)) from exc
            except niquests.exceptions.RequestException as exc:  # no connection, …
                raise SyncError("unreachable", str(exc)) from exc
        return response

    def _xml(
        self, method: str, url: str, body: str, depth: str, expect: Iterable[int] = (207,)
    ) -> ET.Element:
        response = self.request(
            method, url, body, {"Depth": depth, "Content-Type": "application/xml; charset=utf-8"}
        )
        if response.status_code == 404:
            raise SyncError("not_found", url)
        if response.status_code not in expect:  # type: ignore[operator]
            status = response.status_code or 0
            raise SyncError("server", f"{method} {url}: HTTP {status}", status=status)
        return ET.fromstring(response.content or b"<multistatus xmlns='DAV:'/>")

    def _propfind(self, url: str, props: str, depth: str = "0") -> Iterator[tuple[str, ET.Element]]:
        root = self._xml(
            "PROPFIND",
            url,
            f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"'
            f' xmlns:card="{CARD}" xmlns:cal="{CAL}"><d:prop>{props}</d:prop></d:propfind>',
            depth,
        )
        for response in root.iterfind("d:response", NS):
            href = response.findtext("d:href", "", NS)
            for propstat in response.iterfind("d:propstat", NS):
                if " 200" in propstat.findtext("d:status", "", NS):
                    prop = propstat.find("d:prop", NS)
                    if prop is not None:
                        yield urllib.parse.unquote(href), prop

    # -- discovery ----------------------------------------------------------------

    def home_set(self, kind: str) -> str:
        """The address book home (``kind`` "card") or calendar home ("cal") of the user,
        found from the given URL, the server's ``/.well-known/`` entry or its root."""
        name = "addressbook-home-set" if kind == "card" else "calendar-home-set"
        well_known = "/.well-known/carddav" if kind == "card" else "/.well-known/caldav"
        for start in (self.url, well_known, "/"):
            try:
                found = list(self._propfind(start, "<d:current-user-principal/>"))
            except SyncError as exc:
                if exc.code in ("not_found", "server"):
                    continue
                raise
            for _href, prop in found:
                principal = prop.findtext("d:current-user-principal/d:href", "", NS)
                if not principal:
                    continue
                for _h, p in self._propfind(principal, f"<{kind}:{name}/>"):
                    home = p.findtext(f"{kind}:{name}/d:href", "", NS)
                    if home:
                        return urllib.parse.unquote(home)
        raise SyncError("not_found", "no address book or calendar home on this server")

    def collections(self, home: str) -> list[tuple[str, str, set[str]]]:
        """(href, display name, resource types) of the collections in a home."""
        out = []
        for href, prop in self._propfind(home, "<d:resourcetype/><d:displayname/>", depth="1"):
            types = {child.tag.split("}")[-1] for child in prop.find("d:resourcetype", NS) or []}
            if self.path(href).rstrip("/") == self.path(home).rstrip("/"):
                continue
            out.append((href, prop.findtext("d:displayname", "", NS), types))
        return out

    def collection_names(self, kind: str) -> list[str]:
        """The names of the user's address books (``kind`` "card") or calendars
        ("cal"), as the server shows them (the last part of the path where a
        collection has no display name)."""
        wanted = "addressbook" if kind == "card" else "calendar"
        names = {
            display or self.path(href).rstrip("/").rsplit("/", 1)[-1]
            for href, display, types in self.collections(self.home_set(kind))
            if wanted in types
        }
        return sorted(names, key=str.casefold)

    def ensure_addressbook(self, name: str = "netzjournal", create: bool = True) -> str | None:
        """The href of the address book shown as ``name``; made if there is none
        (or None, with ``create`` False)."""
        home = self.home_set("card")
        taken = set()
        for href, display, types in self.collections(home):
            last = self.path(href).rstrip("/").rsplit("/", 1)[-1]
            taken.add(last)
            if "addressbook" in types and (display or last) == name:
                return self.path(href)
        if not create:
            return None
        # The path from the name, with only characters every server takes in a path.
        slug = re.sub(r"[^a-z0-9._-]+", "-", name.casefold()).strip("-.") or "netzjournal"
        segment, n = slug, 1
        while segment in taken:
            n += 1
            segment = f"{slug}-{n}"
        href = urllib.parse.urljoin(self.absolute(home), f"{segment}/")
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><d:mkcol xmlns:d="DAV:" xmlns:card="{CARD}">'
            "<d:set><d:prop><d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>"
            f"<d:displayname>{xml_escape(name)}</d:displayname></d:prop></d:set></d:mkcol>"
        )
        response = self.request("MKCOL", href, body, {"Content-Type": "application/xml"})
        if response.status_code not in (201, 200):
            raise SyncError("server", f"MKCOL {href}: HTTP {response.status_code}")
        return self.path(href)

    # -- listing --------------------------------------------------------------------

    def sync_collection(self, url: str, token: str | None) -> Listing:
        """RFC 6578: the members changed since ``token`` (all of them without one)."""
        body = (
            '<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:">'
            f"<d:sync-token>{token or ''}</d:sync-token><d:sync-level>1</d:sync-level>"
            "<d:prop><d:getetag/></d:prop></d:sync-collection>"
        )
        response = self.request(
            "REPORT", url, body, {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"}
        )
        if response.status_code in (403, 409) and b"valid-sync-token" in (response.content or b""):
            raise InvalidSyncToken(url)
        if token and response.status_code in (400, 403, 409, 412):
            raise InvalidSyncToken(url)
        if response.status_code != 207:
            raise SyncError("server", f"REPORT {url}: HTTP {response.status_code}")
        root = ET.fromstring(response.content)  # type: ignore[arg-type]
        listing = Listing(token=root.findtext("d:sync-token", None, NS), complete=not token)
        base = self.path(url).rstrip("/")
        for item in root.iterfind("d:response", NS):
            href = urllib.parse.unquote(item.findtext("d:href", "", NS))
            if self.path(href).rstrip("/") == base:
                continue
            status = item.findtext("d:status", "", NS)
            if " 404" in status:
                listing.removed.append(self.path(href))
                continue
            etag = item.findtext("d:propstat/d:prop/d:getetag", None, NS)
            listing.etags[self.path(href)] = etag
        return listing

    def list_etags(self, url: str) -> Listing:
        """Every member and its ETag (for servers without sync tokens)."""
        listing = Listing()
        base = self.path(url).rstrip("/")
        for href, prop in self._propfind(url, "<d:getetag/><d:resourcetype/>", depth="1"):
            if self.path(href).rstrip("/") == base:
                continue
            listing.etags[self.path(href)] = prop.findtext("d:getetag", None, NS)
        return listing

    def multiget(
        self, url: str, hrefs: list[str], kind: str = "card"
    ) -> dict[str, tuple[str | None, str]]:
        """href → (ETag, text) of these members, in one REPORT."""
        if not hrefs:
            return {}
        report = "card:addressbook-multiget" if kind == "card" else "cal:calendar-multiget"
        data_path = "card:address-data" if kind == "card" else "cal:calendar-data"
        hrefs_xml = "".join(f"<d:href>{self.item_url(h)}</d:href>" for h in hrefs)
        root = self._xml(
            "REPORT",
            url,
            f'<?xml version="1.0" encoding="utf-8"?><{report} xmlns:d="DAV:" xmlns:card="{CARD}"'
            f' xmlns:cal="{CAL}"><d:prop><d:getetag/><{data_path}/></d:prop>{hrefs_xml}</{report}>',
            "1",
        )
        out = {}
        for item in root.iterfind("d:response", NS):
            href = self.path(urllib.parse.unquote(item.findtext("d:href", "", NS)))
            prop = item.find("d:propstat/d:prop", NS)
            if prop is None:
                continue
            text = prop.findtext(data_path, None, NS)
            if text is not None:
                out[href] = (prop.findtext("d:getetag", None, NS), text)
        return out

    # -- writing --------------------------------------------------------------------

    def put(
        self, href: str, text: str, etag: str | None, content_type: str = "text/vcard"
    ) -> str | None:
        """Store one item: a new one only if nothing is there (``etag`` None), an
        existing one only if unchanged since ``etag``. Returns the new ETag."""
        headers = {"Content-Type": f"{content_type}; charset=utf-8"}
        headers["If-Match" if etag else "If-None-Match"] = etag or "*"
        response = self.request("PUT", self.item_url(href), text, headers)
        if response.status_code == 412:
            raise PreconditionFailed(href)
        if response.status_code not in (200, 201, 204):
            if 400 <= response.status_code < 500:  # type: ignore[operator]
                raise Rejected(response.status_code, server_words(response))  # type: ignore[arg-type]
            status = response.status_code or 0
            raise SyncError("server", f"PUT {href}: HTTP {status}", status=status)
        return response.headers.get("ETag")

    def collection_state(
        self, url: str, members: bool = True
    ) -> tuple[str | None, str | None, int]:
        """(ETag, display name, number of members — 0 unless asked) of a collection,
        in one PROPFIND."""
        etag, name, found = self.collection_members(url, members)
        return etag, name, len(found)

    def collection_members(
        self, url: str, members: bool = True
    ) -> tuple[str | None, str | None, dict[str, str | None]]:
        """(ETag, display name, each member's href → ETag — none unless asked) of a
        collection, in one PROPFIND: the members as they were at that ETag."""
        etag = name = None
        found: dict[str, str | None] = {}
        base = self.path(url).rstrip("/")
        depth = "1" if members else "0"
        for href, prop in self._propfind(url, "<d:getetag/><d:displayname/>", depth=depth):
            if self.path(href).rstrip("/") == base:
                etag = prop.findtext("d:getetag", None, NS)
                name = prop.findtext("d:displayname", None, NS)
            else:
                found[self.path(href)] = prop.findtext("d:getetag", None, NS)
        return etag, name, found

    def put_collection(self, url: str, text: str, etag: str, content_type: str) -> bool:
        """Fill an empty collection in one request: a PUT of every item on the
        collection itself, only while it is unchanged since ``etag``.

        Not part of WebDAV or CardDAV — RFC 4918 answers a PUT on a collection with
        405 — but Radicale takes it (its web interface imports files this way) and
        replaces the collection's members. True if the server took it; False where it
        is refused (405 and the like, a rejected item): the caller then uploads item by
        item. Raises :class:`Rejected` (413) if it is too large for the server — a
        smaller one may do —, :class:`PreconditionFailed` if the collection changed
        meanwhile."""
        headers = {"Content-Type": f"{content_type}; charset=utf-8", "If-Match": etag}
        response = self.request("PUT", url, text, headers)
        status = response.status_code or 0
        if status == 412:
            raise PreconditionFailed(url)
        if status == 413:
            raise Rejected(status)
        if status in (200, 201, 204):
            return True
        if 400 <= status < 500 or status in (501, 505):
            return False
        raise SyncError("server", f"PUT {url}: HTTP {status}", status=status)

    def set_displayname(self, url: str, name: str) -> None:
        body = (
            '<?xml version="1.0" encoding="utf-8"?><d:propertyupdate xmlns:d="DAV:">'
            f"<d:set><d:prop><d:displayname>{xml_escape(name)}</d:displayname></d:prop></d:set>"
            "</d:propertyupdate>"
        )
        self._xml("PROPPATCH", url, body, "0", expect=(207, 200))

    def delete(self, href: str, etag: str | None) -> None:
        headers = {"If-Match": etag} if etag else {}
        response = self.request("DELETE", self.item_url(href), None, headers)
        if response.status_code == 412:
            raise PreconditionFailed(href)
        if response.status_code not in (200, 204, 404):
            status = response.status_code or 0
            raise SyncError("server", f"DELETE {href}: HTTP {status}", status=status)
