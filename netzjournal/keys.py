"""The key of an encrypted journal: keyring, passphrase, recovery key (no Qt).

A journal encrypted "with the keyring" has a random 256-bit key, kept in the
operating system's keyring (``keyring``) under the service
``netzjournal-journal-key`` and the journal's own random key id (from the
marker beside the journal). It is used as SQLCipher's raw key, so opening
costs no key derivation. The same key, written as a *recovery key* (base32
in groups of four, with a two-byte checksum that catches a mistyped group),
is shown once when encryption is turned on and opens the journal wherever
the keyring entry is missing.

A journal encrypted "with a passphrase" (machines without a keyring) uses
the passphrase itself as SQLCipher's key (SQLCipher's own key derivation);
it is asked for at every start. There is no second way in: forget it and
the journal is lost — the app says so before turning it on.

Nothing here writes a key to disk or to the log.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from netzjournal import keyring_access
from netzjournal.keyring_access import NoKeyring as NoKeyring
from netzjournal.keyring_access import available as keyring_available
from netzjournal.store import cipher

log = logging.getLogger(__name__)

SERVICE = "netzjournal-journal-key"


def store_key(key_id: str, key: cipher.Key) -> None:
    """Put a raw key into the keyring; :class:`NoKeyring` if there is none."""
    assert key.raw is not None
    keyring_access.put(SERVICE, key_id, key.raw.hex())


def load_key(key_id: str) -> cipher.Key | None:
    """The raw key from the keyring, or None (no keyring, no entry, unreadable)."""
    found = keyring_access.get(SERVICE, key_id)
    try:
        return cipher.Key(raw=bytes.fromhex(found)) if found else None
    except ValueError:
        return None


def delete_key(key_id: str) -> None:
    keyring_access.forget(SERVICE, key_id)


# -- the recovery key -----------------------------------------------------------


def recovery_text(key: cipher.Key) -> str:
    """The raw key as the user writes it down: 14 groups of four, A–Z and 2–7."""
    assert key.raw is not None
    data = key.raw + hashlib.sha256(key.raw).digest()[:3]
    letters = base64.b32encode(data).decode("ascii").rstrip("=")
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def parse_recovery(text: str) -> cipher.Key:
    """The key from a typed recovery key (spaces, dashes and case do not matter).

    Raises ValueError when it is not one (a typo, a missing group): better
    said now than reported as a wrong key.
    """
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    letters = letters.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(letters) != 56:
        raise ValueError("a recovery key has 56 letters and digits")
    try:
        data = base64.b32decode(letters)
    except ValueError as exc:
        raise ValueError("this is not a recovery key") from exc
    raw, check = data[:32], data[32:]
    if hashlib.sha256(raw).digest()[:3] != check:
        raise ValueError("the recovery key has a typing mistake")
    return cipher.Key(raw=raw)


# -- a journal's state ------------------------------------------------------------


@dataclass(frozen=True)
class Lock:
    """How the journal at ``path`` is protected (None: not encrypted)."""

    mode: str | None
    key_id: str = ""

    @property
    def encrypted(self) -> bool:
        return self.mode is not None


def lock_of(journal: Path) -> Lock:
    """Is ``journal`` encrypted, and how is its key kept? (the file decides, not the marker)"""
    marker = cipher.read_marker(journal)
    if marker is None or cipher.is_plain_sqlite(journal):
        return Lock(None)
    return Lock(marker.mode, marker.key_id)


def key_from_keyring(journal: Path) -> cipher.Key | None:
    """The journal's key from the keyring, or None.

    After a change of the key a kill interrupted (the marker holds both keys'
    checks), the file may be under either key: the one of them that opens it.
    """
    marker = cipher.read_marker(journal)
    if marker is None or cipher.is_plain_sqlite(journal):
        return None
    if marker.previous is None:
        return load_key(marker.key_id) if marker.mode == "keyring" else None
    for candidate in (marker, marker.previous):
        key = load_key(candidate.key_id) if candidate.mode == "keyring" else None
        if key is not None and cipher.key_opens(journal, key):
            return key
    return None


def key_from_secret(journal: Path, secret: str) -> cipher.Key:
    """What the user typed: a passphrase (passphrase journals) or a recovery key.

    For a keyring journal the text must be the recovery key (ValueError if
    it cannot be one); for a passphrase journal it is the passphrase.
    """
    marker = cipher.read_marker(journal)
    # (Both, after a change between the keyring and a passphrase a kill interrupted:
    # the file may be under either key.)
    modes = {m.mode for m in (marker, marker and marker.previous) if m is not None}
    if "keyring" in modes:
        try:
            return parse_recovery(secret)
        except ValueError:
            if "passphrase" not in modes:
                raise
    return cipher.Key(passphrase=secret)


def key_for_backups(
    backups: list[Path], journal: Path, secret: str | None = None
) -> tuple[cipher.Key, str | None] | None:
    """The key of encrypted backups whose journal went with its marker (a sync client
    took both), so that no marker names the keyring entry: the keyring's netzjournal
    entries (those it can list, and those named by a marker set aside beside
    ``journal``), then ``secret`` as a recovery key and as a passphrase. Each is tried
    against the backups, newest first: the one that opens one is right, never a guess
    by name. Returns it with its keyring entry's name (None: typed), which the marker
    of the journal restored from them records; None when none does."""
    import json

    names = keyring_access.names(SERVICE)
    for aside in sorted(journal.parent.glob(f"{journal.name}{cipher.MARKER_SUFFIX}.set-aside-*")):
        try:
            names.append(str(json.loads(aside.read_text(encoding="utf-8"))["key_id"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    candidates: list[tuple[cipher.Key, str | None]] = []
    for name in dict.fromkeys(names):
        kept = load_key(name)
        if kept is not None:
            candidates.append((kept, name))
    if secret:
        with contextlib.suppress(ValueError):  # (not a recovery key: a passphrase)
            candidates.append((parse_recovery(secret), None))
        candidates.append((cipher.Key(passphrase=secret), None))
    for key, entry in candidates:
        if any(cipher.key_opens(backup, key) for backup in backups):
            return key, entry
    return None


def keep_typed_key(journal: Path) -> bool:
    """A recovery key typed for the backups of a journal gone with its marker (the
    missing-journal box): the journal put back has a new marker, whose keyring entry
    does not exist yet. The keyring keeps the active key under it, as the unlock at a
    start does after a recovery key (``ui.privacy._unlock``), so that the next start
    does not ask for the 56 letters once more. A passphrase is typed at each start
    (passphrase journals never use the keyring). Returns whether it was stored (False
    also without a keyring: the next start then asks, as before)."""
    key, marker = cipher.active(), cipher.read_marker(journal)
    if key is None or key.raw is None or marker is None or marker.mode != "keyring":
        return False
    if not marker.matches(key) or load_key(marker.key_id) is not None:
        return False  # (not its key, or an entry found in the keyring: kept already)
    try:
        store_key(marker.key_id, key)
    except NoKeyring:
        return False
    return True


@dataclass(frozen=True)
class NewKey:
    """A key made for encryption: its id, and the recovery key to show once."""

    key: cipher.Key
    key_id: str
    recovery: str | None


def new_keyring_key(pending_for: Path | None = None) -> NewKey:
    """A random key, stored in the keyring; :class:`NoKeyring` without one.

    ``pending_for``: the journal it is made for. Its id is written beside the
    journal first (:func:`forget_orphaned_key`), so that an entry a kill left
    before the journal had the key is found and removed; the caller calls
    :func:`key_settled` once the journal has the key or the entry is deleted.
    """
    key = cipher.Key.random()
    key_id = uuid.uuid4().hex
    if pending_for is not None:
        import json

        from netzjournal.private_files import write_private

        data = json.dumps({"key_id": key_id}).encode("ascii")  # its name, never the key
        write_private(_pending_path(pending_for), data)
    store_key(key_id, key)
    return NewKey(key, key_id, recovery_text(key))


# -- a keyring entry made for a change a kill interrupted ---------------------------

PENDING_SUFFIX = ".new-key.json"


def _pending_path(journal: Path) -> Path:
    return journal.with_name(journal.name + PENDING_SUFFIX)


def pending_key(journal: Path) -> bool:
    """A keyring entry was made for ``journal`` and is not settled yet (one ``stat``)."""
    return _pending_path(journal).exists()


def key_settled(journal: Path) -> None:
    """The key :func:`new_keyring_key` made for ``journal`` is its key now, or deleted."""
    import contextlib

    with contextlib.suppress(FileNotFoundError):
        _pending_path(journal).unlink()


def forget_orphaned_key(journal: Path) -> bool:
    """Remove a keyring entry made for ``journal`` by a command a kill stopped before the
    journal had the key (True if one was removed). The caller holds the folder's
    instance lock: no window or command is making a key for it meanwhile.

    Only when it is provably not the journal's key: the marker names it
    neither as the key nor as the one of a change still to be settled, and
    it does not open the file. An entry the marker names as its key is kept
    (the change was done); one a change not yet settled names waits for it.
    One ``stat`` when there is nothing to do.
    """
    import json

    pending = _pending_path(journal)
    try:
        key_id = str(json.loads(pending.read_text(encoding="utf-8"))["key_id"])
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError):
        return False  # unreadable: nothing is provable
    from netzjournal.store.environment import folder_writable

    if not folder_writable(pending.parent):
        # A read-only folder (a remount after an I/O error): the note cannot go, so
        # the entry stays too; an entry deleted under a note naming it made every
        # later look fail on the note it could not remove.
        return False
    marker = cipher.read_marker(journal)
    named = {m.key_id for m in (marker, marker and marker.previous) if m is not None}
    if marker is not None and marker.previous is not None and key_id in named:
        return False  # the next open with the key that fits settles the change first
    if key_id in named and not cipher.is_plain_sqlite(journal):
        key_settled(journal)  # the journal's own key (a plain file has none: killed before
        return False  # the swap of an encryption, whose marker is written first)
    if marker is None and cipher.looks_encrypted(journal):
        return False  # an encrypted file without its marker: nothing is provable
    if not keyring_available():
        return False  # (asked again when there is one)
    key = load_key(key_id)
    if key is not None and cipher.looks_encrypted(journal) and cipher.key_opens(journal, key):
        return False
    if key is not None:
        delete_key(key_id)
        log.info("removed a keyring entry a stopped command made for %s", journal.name)
    key_settled(journal)
    return key is not None


def new_passphrase_key(passphrase: str) -> NewKey:
    if len(passphrase) < 8:
        raise ValueError("a passphrase has at least 8 characters")
    return NewKey(cipher.Key(passphrase=passphrase), uuid.uuid4().hex, None)


# The passphrase an encryption was asked with, handed to the restarted app on its standard
# input (ui/privacy.restart_now): taken once, so that it is not asked a third time.
_given: list[str] = []


def give_passphrase(passphrase: str) -> None:
    _given[:] = [passphrase] if passphrase else []


def given_passphrase() -> str | None:
    """The passphrase given on standard input for this start, once (None: none)."""
    return _given.pop() if _given else None
