"""Encrypting and decrypting a journal in place, safely.

:func:`convert` never changes the user's file until a verified replacement
is complete beside it:

1. ``sqlcipher_export`` writes the converted copy to
   ``<journal>.converting.part`` (private, ``flock``-ed while written);
2. the copy is verified: it opens with the new key (or as plain SQLite),
   passes ``integrity_check`` and holds the same number of rows in every
   table as the original;
3. the copy is fsynced, the original is kept under a second name
   (``<journal>.before-encryption-<stamp>`` — a hard link, so nothing is
   copied), and the copy renamed over the journal in one atomic step.

For encryption the marker (see :mod:`cipher`) is written before the swap,
for decryption removed after it: a kill between the two leaves a plain file
with a marker, which opens as the plain journal it is (the library is chosen
by the file's first bytes). A change of the key (``source`` and ``target``
both given; the original kept as ``before-reencryption-<stamp>``) writes a
marker with both keys' checks before the swap and the new key's alone after
it: a kill between the two leaves a file either key may open, and the other
key is said as a changed key, never as damage. Its backups are converted
before the swap too, each to a verified ``<backup>.rekeyed.part`` beside it,
and switched in between the swap and the marker; the next open with the key
that fits settles both (:func:`settle`: the new key switches the copies in,
the old one removes them). So a kill never leaves backups under the old key
once the journal has the new one, when the old passphrase is no longer at
hand. A kill at any other moment leaves either the untouched original or
the verified copy in place; the ``.part`` is removed by the next conversion
or open.

:func:`finish` is the user's "yes, it worked": it removes the kept original
and converts the backups, so no plain copy stays behind an encrypted journal
(and no copy only the old key opens stays behind a decrypted one). After a
change of the key the backups have the new key already.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netzjournal.store import cipher, environment, leftovers, walcheck
from netzjournal.store.errors import JournalKeyError, JournalUnavailable, StoreError
from netzjournal.store.fsync import private_part, removed_on_failure, sync_dir

log = logging.getLogger(__name__)

PART_SUFFIX = ".converting.part"
REKEYED_SUFFIX = leftovers.REKEYED_SUFFIX  # a backup under the new key, until settled
KEPT_INFIX = ".before-"
CACHE_KIB = -262144  # 256 MB at most, used only as far as the file goes


class ConversionFailed(StoreError):
    """The converted copy could not be written or did not verify; nothing was changed."""


class BackupsLeftPlain(ConversionFailed):
    """:func:`finish` could not encrypt every backup (``left``; ``cause``: why the
    first could not be): the kept original stays too, to be tried again."""

    def __init__(self, left: list[Path], cause: BaseException | None) -> None:
        self.left = left
        self.cause = cause
        names = ", ".join(p.name for p in left[:3]) + (", …" if len(left) > 3 else "")
        super().__init__(
            f"{len(left)} backup(s) could not be encrypted and are still readable without "
            f"the key ({names}); the unencrypted original is kept too. "
            + (f"{cause} " if cause is not None else "")
            + "Try again once that is solved."
        )


@dataclass(frozen=True)
class Converted:
    """What :func:`convert` did: the journal is now ``encrypted``; ``kept`` is the original."""

    journal: Path
    kept: Path
    encrypted: bool
    rows: int
    # A change of the key: the backups that could not get the new key, and why.
    left: dict[Path, BaseException] = field(default_factory=dict)


def _tables(conn: Any) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return sorted(str(r[0]) for r in rows)


def _counts(conn: Any) -> dict[str, int]:
    return {
        t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in _tables(conn)
    }


def _open_source(path: Path, key: cipher.Key | None, immutable: bool = False) -> Any:
    # SQLCipher's library reads plain SQLite files too (no key given), and only
    # it has sqlcipher_export; the journal is closed meanwhile (the caller holds
    # the instance lock), so no second library has the file open.
    if immutable:
        from netzjournal.store.uri import read_only_uri

        target, uri = read_only_uri(path, immutable=True), True
    else:
        target, uri = str(path), False
    conn = cipher.binding().connect(target, uri=uri, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
    if not cipher.opens(conn):  # (before any other pragma: that one reads the file too)
        conn.close()
        raise JournalKeyError(path, "wrong-key")
    conn.execute(f"PRAGMA cache_size = {CACHE_KIB:d}")
    return conn


def _open_copy(part: Path, key: cipher.Key | None) -> Any:
    conn = sqlite3.connect(str(part)) if key is None else cipher.connect(part, key=key)
    # integrity_check visits every index: with the whole file in the cache,
    # each page is read (and decrypted) once — about half the time for L.
    conn.execute(f"PRAGMA cache_size = {CACHE_KIB:d}")
    return conn


def _write_part(src: Any, part: Path, target: cipher.Key | None) -> None:
    with private_part(part):
        literal = target.pragma_value() if target is not None else "''"
        src.execute(f"ATTACH DATABASE ? AS converted KEY {literal}", (str(part),))
        try:
            # The copy is nobody's journal until it is verified and fsynced
            # below: no rollback journal and no syncs while it is written.
            src.execute("PRAGMA converted.journal_mode = OFF")
            src.execute("PRAGMA converted.synchronous = OFF")
            src.execute("SELECT sqlcipher_export('converted')")
            version = int(src.execute("PRAGMA main.user_version").fetchone()[0])
            src.execute(f"PRAGMA converted.user_version = {version:d}")
        except BaseException:
            # The half-written copy's DETACH may fail too ("malformed" after a full
            # disk): its error must not hide the cause, which says what happened.
            with contextlib.suppress(*cipher.Error):
                src.execute("DETACH DATABASE converted")
            raise
        src.execute("DETACH DATABASE converted")


def _verify(part: Path, target: cipher.Key | None, expected: dict[str, int]) -> None:
    with contextlib.closing(_open_copy(part, target)) as conn:
        if not cipher.opens(conn):
            raise ConversionFailed("the converted copy does not open with its key")
        check = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if check != ["ok"]:
            raise ConversionFailed(f"the converted copy fails its check: {check[:3]}")
        found = _counts(conn)
    if found != expected:
        differ = sorted(t for t in set(found) | set(expected) if found.get(t) != expected.get(t))
        raise ConversionFailed(f"the converted copy differs in rows: {differ[:5]}")


def copy_converted(
    path: Path,
    part: Path,
    source: cipher.Key | None,
    target: cipher.Key | None,
    immutable: bool = False,
) -> int:
    """Write ``path`` converted (``source`` key → ``target`` key) to ``part``, verified.

    Returns the number of rows copied. ``part`` is removed again on any failure.
    A full disk, a write-protected folder or a lock raises ``JournalUnavailable``
    (said as what it is, never as damage); anything else SQLite refuses,
    :class:`ConversionFailed`. ``path`` is not changed either way. ``immutable``:
    a file from elsewhere, read as it lies (``backups.untouched``): a read-write
    open would put a ``-wal`` and ``-shm`` beside it.
    """
    try:
        with contextlib.closing(_open_source(path, source, immutable)) as src:
            expected = _counts(src)
            with removed_on_failure(part):
                _write_part(src, part, target)
                _verify(part, target, expected)
    except cipher.ErrorOrOS as exc:
        problem = environment.classify(exc, path)
        raise problem or ConversionFailed(f"the converted copy could not be made: {exc}") from exc
    return sum(expected.values())


def _keep(path: Path, kept: Path) -> None:
    """The original under a second name: a hard link, else a (private, fsynced) copy."""
    with contextlib.suppress(FileNotFoundError):
        kept.unlink()
    try:
        os.link(path, kept)
    except OSError:
        import shutil

        with private_part(kept), open(path, "rb") as src, open(kept, "r+b") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()


def _written_state(path: Path) -> tuple[int, int, int, int]:
    """What a write by anyone changes: the file's inode, size and mtime, its -wal's size."""
    st = path.stat()
    try:
        wal = path.with_name(path.name + "-wal").stat().st_size
    except FileNotFoundError:
        wal = 0
    return (st.st_ino, st.st_size, st.st_mtime_ns, wal)


def _backups(backup_dir: Path | None) -> list[Path]:
    return (
        sorted(backup_dir.glob("journal-*.sqlite3")) if backup_dir and backup_dir.is_dir() else []
    )


def _rekeyed_parts(
    backup_dir: Path, source: cipher.Key, target: cipher.Key
) -> dict[Path, BaseException]:
    """Every backup converted to ``target`` beside itself (``<backup>.rekeyed.part``),
    verified and fsynced, for :func:`_switch_in` after the swap.

    Returns those that cannot be (another key, damaged), with why; one the new
    key opens already is left. A full disk (or any other trouble of the place)
    raises: the caller removes the parts, and nothing was changed.
    """
    failed: dict[Path, BaseException] = {}
    for backup in _backups(backup_dir):
        plain = cipher.is_plain_sqlite(backup)  # (from before encryption was confirmed)
        part = backup.with_name(backup.name + REKEYED_SUFFIX)
        try:
            copy_converted(backup, part, None if plain else source, target)
        except JournalUnavailable:
            raise
        except JournalKeyError as exc:
            if not cipher.key_opens(backup, target):
                failed[backup] = exc
        except (StoreError, *cipher.ErrorOrOS) as exc:  # type: ignore[misc]
            failed[backup] = exc
    for backup in failed:
        log.warning("backup %s cannot get the new key: %s", backup.name,
                    type(failed[backup]).__name__)  # fmt: skip
    sync_dir(backup_dir)
    return failed


def _rekeyed(backup_dir: Path | None) -> list[Path]:
    if backup_dir is None or not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob(f"journal-*.sqlite3{REKEYED_SUFFIX}"))


def _switch_in(backup_dir: Path | None) -> None:
    """The swap is done: each backup's verified copy under the new key replaces it."""
    parts = _rekeyed(backup_dir)
    for part in parts:
        os.replace(part, part.with_name(part.name.removesuffix(REKEYED_SUFFIX)))
    if parts and backup_dir is not None:
        sync_dir(backup_dir)


def _drop_rekeyed(backup_dir: Path | None) -> None:
    for part in _rekeyed(backup_dir):
        with contextlib.suppress(FileNotFoundError):
            part.unlink()


def settle(path: Path, backup_dir: Path, key: cipher.Key) -> None:
    """After a change of the key a kill interrupted (the marker holds both checks), with
    ``key``, which opened the journal: the new key (the swap was done) switches the
    backups' copies in, the old one (it was not) removes them; then the marker is
    ``key``'s alone. Nothing to do otherwise (one read of the small marker)."""
    marker = cipher.read_marker(path)
    if marker is None or marker.previous is None:
        return
    if marker.matches(key):
        _switch_in(backup_dir)
        cipher.write_marker(path, marker._replace(previous=None))
    elif marker.previous.matches(key):
        _drop_rekeyed(backup_dir)
        cipher.write_marker(path, marker.previous)


def convert(
    path: Path,
    source: cipher.Key | None,
    target: cipher.Key | None,
    key_id: str | None = None,
    now: dt.datetime | None = None,
    after_copy: Callable[[], None] | None = None,
    backup_dir: Path | None = None,
) -> Converted:
    """Encrypt (``target`` given), decrypt (``target`` None) or re-key (both given) the
    closed journal ``path``.

    ``source``: the key that opens it now (None: it is plain). ``key_id``: the
    keyring entry's name written into the marker. ``after_copy``: called
    between the verified copy and the swap (tests kill the process there).
    ``backup_dir``: with a change of the key, its backups are converted before
    the swap too (beside themselves) and switched in right after it, or by
    :func:`settle` after a kill: a kill never leaves them under the old key
    once the journal has the new one (whose old passphrase is then gone).
    Raises :class:`ConversionFailed` (nothing changed), ``JournalKeyError``;
    ValueError when the new key is the old one.
    """
    if source is None and target is None:
        raise ValueError("convert encrypts, decrypts or changes the key")
    if source is not None and source == target:
        raise ValueError("the new key is the old one")
    old_marker = cipher.read_marker(path) if source is not None else None
    if old_marker is not None:
        old_marker = old_marker._replace(previous=None)
    if walcheck.pending_wal(path) is not None:
        raise ConversionFailed("the journal has unsaved pages in its -wal; open and close it first")
    now = now or dt.datetime.now()
    part = path.with_name(path.name + PART_SUFFIX)
    before = _written_state(path)
    rows = copy_converted(path, part, source, target)
    what = "encryption" if target is not None else "decryption"
    if source is not None and target is not None:
        what = "reencryption"  # (a kept original's name matches ``*cryption-*``)
    new_marker = cipher.new_marker(target, key_id or uuid.uuid4().hex) if target else None
    kept = path.with_name(f"{path.name}{KEPT_INFIX}{what}-{now:%Y%m%d-%H%M%S}")
    rekey = source is not None and target is not None and backup_dir is not None
    left: dict[Path, BaseException] = {}
    try:
        if rekey:
            assert source is not None and target is not None and backup_dir is not None
            _drop_rekeyed(backup_dir)  # (an attempt a kill stopped before its swap)
            left = _rekeyed_parts(backup_dir, source, target)
        if after_copy is not None:
            after_copy()
        if new_marker is not None:
            # A re-key's marker holds the old key's check too until the swap is done.
            cipher.write_marker(path, new_marker._replace(previous=old_marker))
        _keep(path, kept)
        if _written_state(path) != before:
            # Another process wrote meanwhile (the command line takes no window lock):
            # the copy lacks it, and the swap would drop it. (Checked last before the
            # swap, which also removes the old file's -wal.)
            raise ConversionFailed(
                "the journal changed while it was converted (another netzjournal wrote "
                "to it); nothing was changed, try again"
            )
    except BaseException as exc:
        # Nothing is swapped yet: the journal stays as it was, without the copy, the
        # marker of a key it was never encrypted with, or a half-written original.
        for leftover in (part, kept):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        if rekey:
            _drop_rekeyed(backup_dir)
        if old_marker is not None and target is not None:
            # (Unwritten — a full disk — it keeps both checks: still no damage said.)
            with contextlib.suppress(OSError):
                cipher.write_marker(path, old_marker)
        elif target is not None:
            cipher.remove_marker(path)
        problem = environment.classify(exc, path) if isinstance(exc, OSError) else None
        if problem is not None:
            raise problem from exc
        raise
    for suffix in ("-wal", "-shm"):  # the old file's (empty) WAL index must not meet the new file
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    os.replace(part, path)
    sync_dir(path.parent)
    if target is None:
        cipher.remove_marker(path)
    elif old_marker is not None and new_marker is not None:
        # The swap is done: the backups' copies, then the new key's marker alone. (A kill
        # before this line, or no room for it, leaves both checks: the next open with the
        # new key settles both, see settle.)
        with contextlib.suppress(OSError):
            _switch_in(backup_dir)
            cipher.write_marker(path, new_marker)
    log.info("journal %s: %s done, %d rows, original kept", path.name, what, rows)
    return Converted(path, kept, target is not None, rows, left)


def kept_originals(path: Path) -> list[Path]:
    """Originals a conversion kept beside the journal (until :func:`finish`)."""
    return sorted(path.parent.glob(f"{path.name}{KEPT_INFIX}*cryption-*"))


def convert_backups(
    backup_dir: Path, source: cipher.Key | None, target: cipher.Key | None
) -> dict[Path, BaseException]:
    """Convert every backup to the journal's new state; returns those that could not be
    converted, with why.

    Each is converted beside itself and verified before it replaces the old
    one; one that cannot be (another key, damaged, no room) is left as it is
    and named in the log. A change of the key (``source`` and ``target``
    given) puts every backup under the new key: the old key may be known to
    someone (what the change is for); one the new key opens already is left.
    """
    rekey = source is not None and target is not None
    failed: dict[Path, BaseException] = {}
    for backup in _backups(backup_dir):
        plain = cipher.is_plain_sqlite(backup)
        if plain if target is None else (not plain and not rekey):
            continue  # (decrypted, or encrypted, already)
        part = backup.with_name(backup.name + ".part")
        try:
            copy_converted(backup, part, None if plain else source, target)
            os.replace(part, backup)
        except JournalKeyError as exc:
            if rekey and target is not None and cipher.key_opens(backup, target):
                continue  # converted by an earlier, interrupted attempt
            log.warning("backup %s not converted: %s", backup.name, type(exc).__name__)
            failed[backup] = exc
        except (StoreError, *cipher.ErrorOrOS) as exc:  # type: ignore[misc]
            log.warning("backup %s not converted: %s", backup.name, type(exc).__name__)
            failed[backup] = exc
    sync_dir(backup_dir)
    return failed


def finish(path: Path, backup_dir: Path, key: cipher.Key | None) -> list[Path]:
    """The user confirmed: the backups follow an encryption, the kept original goes.

    ``key``: the journal's key now (None: it is plain). Returns the removed
    originals. A backup left readable without the key (no room to encrypt it)
    raises :class:`BackupsLeftPlain` before anything is removed: "every backup
    is encrypted" was said, and must hold.
    """
    if key is not None:
        failed = convert_backups(backup_dir, None, key)
        left = [b for b in failed if cipher.is_plain_sqlite(b)]
        if left:
            raise BackupsLeftPlain(left, failed[left[0]])
    removed = []
    for kept in kept_originals(path):
        with contextlib.suppress(FileNotFoundError):
            kept.unlink()
            removed.append(kept)
    sync_dir(path.parent)
    return removed
