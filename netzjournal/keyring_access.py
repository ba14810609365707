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
