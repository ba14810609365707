"""Where and how to sync: the journal setting ``sync`` and the password in the keyring.

Sync is off until the user sets it up; nothing touches the network before.
The password (or app password) is kept only in the operating system's
keyring (``keyring``). Where there is none (a server without a desktop
session, a locked-down machine) it is not stored anywhere: the caller asks
for it each session, or takes it from ``NETZJOURNAL_SYNC_PASSWORD``.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields

from netzjournal import keyring_access
from netzjournal.keyring_access import NoKeyring as NoKeyring
from netzjournal.keyring_access import available as keyring_available  # noqa: F401 (used by callers)
from netzjournal.store.catalog import set_setting
from netzjournal.store.journal import Journal
from netzjournal.store.reading import get_setting
from netzjournal.sync import tls

KEY = "sync"
SERVICE = "netzjournal"
PASSWORD_ENV = "NETZJOURNAL_SYNC_PASSWORD"
DEFAULT_NAME = "netzjournal"


@dataclass
class SyncSettings:
    enabled: bool = False
    url: str = ""
    user: str = ""
    addressbook: str = ""  # href, found (or made) on the first sync
    calendar: str = ""
    # The collections are chosen by the name the server shows (made if missing).
    addressbook_name: str = DEFAULT_NAME
    calendar_name: str = DEFAULT_NAME
    include_archived: bool = False  # archived contacts left off the server by default
    interval_minutes: int = 30
    # host:port → the SHA-256 fingerprint of the one certificate the user trusted
    # there (sync/tls.py); a server not named here must have one the system trusts.
    certificates: dict[str, str] = field(default_factory=dict)
    # host:port → until when that certificate is valid (ISO), to show the user;
    # not known for a pin given as --trust-fingerprint, or kept before it was asked.
    certificates_valid_until: dict[str, str] = field(default_factory=dict)

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.url}"

    @property
    def verify(self) -> bool | str:
        """How the server's certificate is checked (niquests' and caldav's ``verify``)."""
        return tls.verify_for(self.url, self.certificates)

    def trust(self, fingerprint: str, valid_until: str = "") -> None:
        """Accept exactly this certificate from this server's host:port from now on."""
        where = tls.origin(self.url)
        if where:
            self.certificates[where] = tls.normalised(fingerprint)
            self.certificates_valid_until.pop(where, None)
            if valid_until:
                self.certificates_valid_until[where] = valid_until

    def pinned(self) -> tuple[str, str] | None:
        """The fingerprint trusted for this server's host:port and until when it is
        valid ("" if not known), or None: it must have one the system trusts."""
        where = tls.origin(self.url)
        pin = self.certificates.get(where)
        return (pin, self.certificates_valid_until.get(where, "")) if pin else None

    def forget_certificate(self) -> bool:
        """Trust the certificate of this server's host:port no more (from then on
        it must have one the system trusts, or be trusted anew); True if one was."""
        where = tls.origin(self.url)
        self.certificates_valid_until.pop(where, None)
        return self.certificates.pop(where, None) is not None


def load(j: Journal) -> SyncSettings:
    raw = get_setting(j, KEY, {}) or {}
    names = {f.name for f in fields(SyncSettings)}
    return SyncSettings(**{k: v for k, v in dict(raw).items() if k in names})  # type: ignore[call-overload]


def save(j: Journal, settings: SyncSettings) -> None:
    set_setting(j, KEY, asdict(settings))


def change(j: Journal, was: SyncSettings, settings: SyncSettings) -> SyncSettings:
    """``settings`` replacing ``was`` (Settings → Sync, ``sync --setup``): on the same
    server the collections found there are kept unless another name was chosen
    (then it is found, or made, on the next sync). Another server (or user): what
    was agreed with the old one says nothing about the new one, so it is forgotten
    here, before anything syncs — kept, an empty new server would read as
    "everything deleted there". Its first sync compares by UID, deleting nothing.
    Archived contacts no longer synced: their cards go off the server next time.
    ``settings.certificates`` are all the pins, whichever server is chosen (the
    callers start from ``was``'s): one the user withdrew is not brought back."""
    from netzjournal.store import sync_state

    if (settings.url, settings.user) == (was.url, was.user):
        if settings.addressbook_name == was.addressbook_name:
            settings.addressbook = was.addressbook
        if settings.calendar_name == was.calendar_name:
            settings.calendar = was.calendar
    elif was.url:
        sync_state.forget_server(j)
    if was.include_archived and not settings.include_archived:
        sync_state.unshare_archived(j)  # the next sync takes archived contacts off
    return settings


def stored_password(settings: SyncSettings) -> str | None:
    """The password from the keyring, else from ``NETZJOURNAL_SYNC_PASSWORD``, else None."""
    found = keyring_access.get(SERVICE, settings.keyring_user)
    return found or os.environ.get(PASSWORD_ENV) or None


def store_password(settings: SyncSettings, password: str) -> None:
    """Into the keyring; :class:`NoKeyring` if there is none: without a keyring the
    password cannot be stored, only given per session."""
    keyring_access.put(SERVICE, settings.keyring_user, password)
