"""Where and how to sync: the journal setting ``sync`` and the password in the keyring.

Sync is off until the user sets it up; nothing touches the network before.
The password (or app password) is kept only in the operating system's
keyring (``keyring``). Where there is none (a server without a desktop
session, a locked-down machine) it is not stored anywhere: the caller asks
for it each session, or takes it from ``NETZJOURNAL_SYNC_PASSWORD``.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields

from netzjournal import keyring_access
from netzjournal.keyring_access import NoKeyring as NoKeyring
from netzjournal.keyring_access import available as keyring_available  # noqa: F401 (used by callers)
from netzjournal.store.catalog import set_setting
from netzjournal.store.journal import Journal
from netzjournal.store.reading import get_setting

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
    verify_tls: bool = True

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.url}"


def load(j: Journal) -> SyncSettings:
    raw = get_setting(j, KEY, {}) or {}
    names = {f.name for f in fields(SyncSettings)}
    return SyncSettings(**{k: v for k, v in dict(raw).items() if k in names})  # type: ignore[call-overload]


def save(j: Journal, settings: SyncSettings) -> None:
    set_setting(j, KEY, asdict(settings))


def stored_password(settings: SyncSettings) -> str | None:
    """The password from the keyring, else from ``NETZJOURNAL_SYNC_PASSWORD``, else None."""
    found = keyring_access.get(SERVICE, settings.keyring_user)
    return found or os.environ.get(PASSWORD_ENV) or None


def store_password(settings: SyncSettings, password: str) -> None:
    """Into the keyring; :class:`NoKeyring` if there is none: without a keyring the
    password cannot be stored, only given per session."""
    keyring_access.put(SERVICE, settings.keyring_user, password)
