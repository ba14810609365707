"""The operating system's keyring, loaded on first use (``keyring`` probes D-Bus):
the journal's key (:mod:`netzjournal.keys`) and the sync password
(:mod:`netzjournal.sync.settings`) are kept there."""

from __future__ import annotations

import contextlib
import sys


class NoKeyring(Exception):
    """This system has no usable keyring (a secret can then be kept nowhere)."""


def load():  # noqa: ANN201 (keyring and keyring.errors, imported here)
    if sys.platform != "darwin" and "keyring" not in sys.modules:
        # keyring's discovery imports every backend; the macOS one's API module
        # looks for three macOS frameworks with ctypes.util.find_library, which
        # elsewhere runs ldconfig and a compiler each time (~0.1 s of a sync's
        # start). Off macOS that backend refuses anyway ("macOS required"); its
        # failed import is caught by keyring itself.
        sys.modules.setdefault("keyring.backends.macOS.api", None)
    import keyring
    import keyring.errors

    return keyring, keyring.errors


def available() -> bool:
    """A keyring that can keep secrets (not keyring's 'fail' or a null backend)."""
    keyring, _errors = load()
    backend = keyring.get_keyring()
    return getattr(backend, "priority", 0) > 0 and "fail" not in type(backend).__module__


def get(service: str, name: str) -> str | None:
    """The secret kept as ``name``; None without a keyring, an entry or a readable one."""
    if not available():
        return None
    keyring, errors = load()
    try:
        return keyring.get_password(service, name) or None
    except errors.KeyringError:
        return None


def put(service: str, name: str, secret: str) -> None:
    """Keep ``secret`` as ``name``; :class:`NoKeyring` if there is no keyring to take it."""
    if not available():
        raise NoKeyring
    keyring, errors = load()
    try:
        keyring.set_password(service, name, secret)
    except errors.KeyringError as exc:
        raise NoKeyring(str(exc)) from exc


def forget(service: str, name: str) -> None:
    if available():
        keyring, errors = load()
        with contextlib.suppress(errors.KeyringError):
            keyring.delete_password(service, name)


def names(service: str) -> list[str]:
    """The entry names kept for ``service``, where the keyring can list them (the
    freedesktop Secret Service: its items carry ``service`` and ``username``
    attributes); an empty list where it cannot (keyring's API has no listing)."""
    if not available():
        return []
    keyring, _errors = load()
    backend = keyring.get_keyring()
    listing = getattr(backend, "names", None)  # (a backend that can list its entries)
    try:
        if callable(listing):
            return [str(n) for n in listing(service)]
        collection = backend.get_preferred_collection()  # (Secret Service only)
        items = collection.search_items({"service": service})
        return [str(i.get_attributes().get("username", "")) for i in items]
    except Exception:  # (any backend's failure: nothing listed)
        return []
