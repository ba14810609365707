"""Encrypted journals: SQLCipher connections, the journal's key, the marker file.

An encrypted journal is an SQLCipher 4 file (``sqlcipher3``, the binding by
peewee's author with self-contained wheels). Unencrypted journals keep using
the standard ``sqlite3`` module exactly as before: which library opens a file
is decided per file by its first bytes — an SQLite file starts with
``SQLite format 3``, an SQLCipher file with its random salt. A process works
on one journal at a time, so the key is process-wide (:func:`activate`);
every connection this package opens (the journal, backups, checks, drafts)
goes through :func:`connect`, which keys SQLCipher connections with it.

Beside an encrypted journal lies ``<journal>.encryption.json`` (the
*marker*): how the key is kept (``keyring`` or ``passphrase``), the id of
its keyring entry and a *key check* — a value that tells a wrong key from a
damaged file. It holds no key: for a raw key the check is an HMAC of a fixed
text (a 256-bit random key cannot be guessed from it); for a passphrase it is
PBKDF2-HMAC-SHA512 with SQLCipher's own iteration count and a salt of its
own, so it is no cheaper to attack than the file itself, and it is computed
only when SQLCipher refused the key.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from netzjournal.store.fsync import sync_dir
from netzjournal.store.uri import read_only_uri, sqlite_uri

SQLITE_MAGIC = b"SQLite format 3\x00"
MARKER_SUFFIX = ".encryption.json"
KDF_ITERATIONS = 256_000  # SQLCipher 4's default for passphrases
_CHECK_TEXT = b"netzjournal key check v1"


class BindingMissing(RuntimeError):
    """The SQLCipher binding (``sqlcipher3``) is not installed."""


def binding() -> ModuleType:
    """``sqlcipher3.dbapi2``; :class:`BindingMissing` if it is not installed."""
    try:
        from sqlcipher3 import dbapi2  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - the wheel depends on it
        raise BindingMissing(
            "Encrypted journals need the SQLCipher binding: pip install sqlcipher3"
        ) from exc
    return dbapi2


def available() -> bool:
    try:
        binding()
    except BindingMissing:
        return False
    return True


_ERROR_NAMES = frozenset(
    {"Error", "DatabaseError", "OperationalError", "IntegrityError", "InterfaceError",
     "ProgrammingError"}
)  # fmt: skip


def _error_classes(name: str) -> tuple[type[Exception], ...]:
    found: list[type[Exception]] = [getattr(sqlite3, name)]
    # Only a loaded binding can have raised: a plain journal's start never loads it.
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    if loaded is not None:
        found.append(getattr(loaded, name))
    return tuple(found)


def __getattr__(name: str) -> tuple[type[Exception], ...]:
    """``except cipher.DatabaseError`` (and Error, OperationalError, …) catches both
    libraries' errors; ``cipher.ErrorOrOS`` adds OSError."""
    if name in _ERROR_NAMES:
        return _error_classes(name)
    if name == "ErrorOrOS":
        return (OSError, *_error_classes("Error"))
    raise AttributeError(name)


class Key:
    """What unlocks a journal: a raw 256-bit key, or a passphrase (SQLCipher's KDF).

    A plain class (the marker a named tuple): every start loads this module, and
    ``dataclasses`` with a class it builds costs a start some 10 M instructions.
    """

    __slots__ = ("passphrase", "raw")

    def __init__(self, raw: bytes | None = None, passphrase: str | None = None) -> None:
        if (raw is None) == (passphrase is None):
            raise ValueError("a key is either raw or a passphrase")
        if raw is not None and len(raw) != 32:
            raise ValueError("a raw key has 32 bytes")
        self.raw, self.passphrase = raw, passphrase

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Key):
            return NotImplemented
        return self.raw == other.raw and self.passphrase == other.passphrase

    def __hash__(self) -> int:
        return hash((self.raw, self.passphrase))

    @classmethod
    def random(cls) -> Key:
        import secrets

        return cls(raw=secrets.token_bytes(32))

    @property
    def mode(self) -> str:
        return "keyring" if self.raw is not None else "passphrase"

    def pragma_value(self) -> str:
        """The SQL literal for ``PRAGMA key`` / ``ATTACH … KEY`` (raw keys skip the KDF)."""
        if self.raw is not None:
            return f"\"x'{self.raw.hex()}'\""
        assert self.passphrase is not None
        return "'" + self.passphrase.replace("'", "''") + "'"

    def __repr__(self) -> str:  # never print a key into a log or traceback
        return f"Key(mode={self.mode!r})"


_active: Key | None = None
_active_id: str | None = None


def activate(key: Key | None, key_id: str | None = None) -> None:
    """Use ``key`` for every encrypted file this process opens (None: none).

    ``key_id``: the keyring entry's name a new encrypted journal records.
    """
    global _active, _active_id
    _active, _active_id = key, key_id


def active() -> Key | None:
    return _active


def active_key_id() -> str | None:
    return _active_id


def is_plain_sqlite(path: Path) -> bool:
    """True if ``path`` starts with SQLite's header (False: missing, empty, or not)."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def looks_encrypted(path: Path) -> bool:
    """A non-empty file without SQLite's header (an SQLCipher file, or garbage)."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size > 0 and not is_plain_sqlite(path)


def _uses_cipher(path: Path, like: Any | None, key: Key | None) -> bool:
    if like is not None:
        return not isinstance(like, sqlite3.Connection)
    if key is None:
        return False
    try:
        size = path.stat().st_size
    except OSError:
        return True  # a new file of an encrypted journal is encrypted too
    return size == 0 or not is_plain_sqlite(path)


def connect(
    path: Path,
    *,
    read_only: bool = False,
    immutable: bool = False,
    shm_read_only: bool = False,
    create: bool = True,
    like: Any | None = None,
    key: Key | None = None,
    **kwargs: Any,
) -> Any:
    """Open ``path`` with the library its content needs, keyed when encrypted.

    ``like``: use the same library as that connection (SQLite's backup API
    copies only between connections of one library). ``key`` overrides the
    active key. ``kwargs`` go to ``connect`` (timeout, isolation_level, …).
    ``immutable`` and ``shm_read_only``: see :func:`uri.read_only_uri`.
    ``create=False``: read-write, but a missing file is an error (SQLite's
    ``mode=rw``), never a new empty database at the path — for every
    connection to a journal after the open that made it.
    """
    key = key or _active
    cipher = _uses_cipher(path, like, key)
    module: Any = binding() if cipher else sqlite3
    if read_only:
        target, uri = read_only_uri(path, immutable, shm_read_only), True
    elif not create:
        target, uri = sqlite_uri(path, mode="rw"), True
    else:
        target, uri = str(path), False
    conn = module.connect(target, uri=uri, **kwargs)
    if cipher and key is not None and not is_plain_sqlite(path):
        try:
            # SQLCipher writes a wrong key's HMAC failures to stderr by default.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = {key.pragma_value()}")
        except BaseException:
            conn.close()
            raise
    return conn


def opens(conn: Any) -> bool:
    """True if the connection can read its file (for SQLCipher: the key fits)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _error_classes("DatabaseError"):
        return False
    return True


SQLITE_NOTADB = 26  # "file is not a database": SQLCipher's answer to a key that does not fit


def refused(conn: Any) -> bool:
    """True if SQLCipher refused the file (``SQLITE_NOTADB``: a wrong key, or a damaged
    first page); False if it reads. Anything else — the file or its ``-shm`` cannot be
    opened, an I/O error, a lock — is raised as it is: no verdict on the key or the file."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _error_classes("DatabaseError") as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == SQLITE_NOTADB:
            return True
        raise
    return False


# -- the marker beside an encrypted journal ------------------------------------


def marker_path(journal: Path) -> Path:
    return journal.with_name(journal.name + MARKER_SUFFIX)


class Marker(NamedTuple):
    """What the folder says about an encrypted journal (no secret in it).

    ``previous``: only while the key is being changed (between writing the new
    marker and the swap, see :func:`conversion.convert`), the old key's marker:
    a kill there leaves the file under either key, and neither may then look
    like damage. The next open with the key that fits settles it
    (:func:`conversion.settle`).
    """

    mode: str  # "keyring" | "passphrase"
    key_id: str  # the keyring entry's name (random, per journal)
    check: str  # hex; see the module's docstring
    salt: str = ""  # hex; passphrase checks only
    previous: Marker | None = None

    def matches(self, key: Key) -> bool:
        """The key is this marker's (not the previous one's)."""
        import hmac

        return hmac.compare_digest(key_check(key, bytes.fromhex(self.salt)), self.check)

    def matches_any(self, key: Key) -> bool:
        """The key is this marker's, or the previous key of a change not yet settled."""
        return self.matches(key) or (self.previous is not None and self.previous.matches(key))


def key_check(key: Key, salt: bytes = b"") -> str:
    import hashlib
    import hmac

    if key.raw is not None:
        return hmac.new(key.raw, _CHECK_TEXT, hashlib.sha256).hexdigest()
    assert key.passphrase is not None
    return hashlib.pbkdf2_hmac(
        "sha512", key.passphrase.encode("utf-8"), salt + _CHECK_TEXT, KDF_ITERATIONS
    ).hex()


def new_marker(key: Key, key_id: str) -> Marker:
    import secrets

    salt = secrets.token_bytes(16) if key.passphrase is not None else b""
    return Marker(key.mode, key_id, key_check(key, salt), salt.hex())


def read_marker(journal: Path) -> Marker | None:
    """The marker beside ``journal``; None if there is none (or it is unreadable)."""
    try:
        text = marker_path(journal).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    import json  # (a plain journal has no marker: its start does not load json)

    def parsed(data: dict[str, Any]) -> Marker:
        return Marker(
            str(data["mode"]), str(data["key_id"]), str(data["check"]), str(data.get("salt", ""))
        )

    try:
        data = json.loads(text)
        previous = data.get("previous")
        return parsed(data)._replace(previous=parsed(previous) if previous else None)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def write_marker(journal: Path, marker: Marker) -> None:
    """Write the marker atomically (temporary file, fsync, rename), private (0600)."""
    import json

    from netzjournal.private_files import write_private

    fields = marker._asdict()
    if marker.previous is None:
        del fields["previous"]  # (the file as before the key could be changed)
    else:
        fields["previous"] = marker.previous._replace(previous=None)._asdict()
        del fields["previous"]["previous"]
    data = json.dumps(fields, indent=1).encode("ascii")
    sync_dir(write_private(marker_path(journal), data).parent)


def ensure_marker(journal: Path) -> None:
    """Under an active key, the marker beside ``journal`` if there is none: an encrypted
    journal put back at its place (a backup restored, the open one written back) after
    its file and marker were deleted gets the note that tells a wrong key from damage."""
    key = active()
    if key is None or read_marker(journal) is not None:
        return
    import uuid

    write_marker(journal, new_marker(key, active_key_id() or uuid.uuid4().hex))


def key_opens(path: Path, key: Key) -> bool:
    """True if ``key`` opens the encrypted file ``path`` (read only, its ``-wal`` unread)."""
    try:
        conn = connect(path, read_only=True, immutable=True, key=key)
    except _error_classes("Error"):
        return False
    try:
        return opens(conn)
    finally:
        conn.close()


def remove_marker(journal: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        marker_path(journal).unlink()
    sync_dir(journal.parent)


# -- small sealed files (quick-note drafts) --------------------------------------


def write_sealed(path: Path, data: bytes, key: Key) -> None:
    """Write ``data`` into an SQLCipher file at ``path``, atomically (temporary file, rename).

    For what lives beside an encrypted journal outside it (the quick note's
    draft): the same key, the same cipher, no second crypto library.
    """
    tmp = path.with_name(path.name + ".tmp")
    try:
        # Truncated, not replaced: SQLite starts from an empty file.
        os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        conn = connect(tmp, key=key, isolation_level=None)
        try:
            # A throwaway file until the rename: one transaction, one fsync (below).
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("BEGIN")
            conn.execute("CREATE TABLE sealed (data BLOB NOT NULL)")
            conn.execute("INSERT INTO sealed (data) VALUES (?)", (data,))
            conn.execute("COMMIT")
        finally:
            conn.close()
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def read_sealed(path: Path, key: Key) -> bytes | None:
    """What :func:`write_sealed` wrote; None if missing, another key's, or unreadable."""
    if not path.is_file():
        return None
    try:
        conn = connect(path, read_only=True, key=key)
        try:
            row = conn.execute("SELECT data FROM sealed").fetchone()
        finally:
            conn.close()
    except _error_classes("DatabaseError"):
        return None
    return bytes(row[0]) if row else None
