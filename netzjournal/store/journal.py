"""Opening, checking, migrating and closing a journal file.

The open sequence is careful because the file is the user's only copy:

1. a file that exists is read as bytes first — a wrong magic header or a
   truncated file raises :class:`JournalDamaged` before SQLite touches it;
2. the connection gets ``foreign_keys=ON``, ``synchronous=FULL`` and a
   busy timeout; ``PRAGMA quick_check`` must say ``ok``;
3. a journal with migrations this version does not know is refused
   read-write (:class:`JournalTooNew`, naming both versions) before the
   switch to WAL, which would rewrite its header;
4. pending migrations run after a backup of the file as it was.

Every query and write in ``store/`` is plain SQL on the journal's one
``sqlite3`` connection (:meth:`Journal.connection`; another thread gets a
connection of its own). peewee is only the migration runner: it is loaded,
on a connection of its own, when a journal's schema is older than this
version's (see docs/ARCHITECTURE.md, "Data access").
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from netzjournal import __version__
from netzjournal.store import cipher, environment, missing, older_schema, own_files, walcheck
from netzjournal.store.changes import ChangeSet
from netzjournal.store.errors import (
    JournalDamaged,
    JournalKeyError,
    JournalLocked,
    JournalMissing,
    JournalMoved,
    JournalTooNew,
    JournalUnavailable,
    StoreError,
)
from netzjournal.store.leftovers import clean_leftovers
from netzjournal.store.summary import fill_keys

if TYPE_CHECKING:
    import peewee
    from playhouse.migrations import Runner

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HISTORY_TABLE = "schema_migration"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0
# How long an open waits for another process's upgrade of the journal (XL: ~10 s
# on a loaded machine; the window shows its notice meanwhile, a command says so).
UPGRADE_WAIT_S = 600.0

Listener = Callable[[ChangeSet], None]


class DiskFull(StoreError):
    """The disk filled up during a write; the transaction was rolled back."""


class ReadOnlyJournal(StoreError):
    """A write was attempted on a journal opened read-only."""


class UpgradeNeeded(StoreError):
    """The journal needs an upgrade, and the open was asked not to run it
    (``allow_upgrade=False``: the window runs it on a worker, with a notice)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"The journal {path} needs an upgrade to schema {latest_schema()}.")


Stage = Callable[[str], None]  # "waiting", "backup", "update": an upgrade's steps


def latest_schema() -> int:
    """The number of the newest migration this version ships."""
    # (listdir, not glob: glob's pattern compiles a regular expression, ~1 M at every start)
    names = [n for n in os.listdir(MIGRATIONS_DIR) if n[:1].isdigit() and n.endswith(".py")]
    return max((_index(n.removesuffix(".py")) for n in names), default=0)


def _refuse_a_newer(path: Path, conn: sqlite3.Connection) -> None:
    """Raise :class:`JournalTooNew` for a journal of a newer version before anything in
    it changes (the full look, with peewee's runner, comes later in :meth:`_migrate`).

    Its schema is recorded in ``user_version`` and ``meta``; a migration this version
    does not ship (a newer one) is in the history table. The common case — both at this
    version's schema — costs three small reads (well under a millisecond).
    """
    ours = latest_schema()
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('meta', ?)",
            (HISTORY_TABLE,),
        )
    }
    meta: dict[str, str] = {}
    if "meta" in tables:
        meta = dict(
            conn.execute(
                "SELECT key, value FROM meta WHERE key IN ('schema_version', 'app_version')"
            ).fetchall()
        )
    stored = meta.get("schema_version", "")
    if version == ours and stored == str(ours):
        return
    names: list[str] = []
    if HISTORY_TABLE in tables:
        names = [r[0] for r in conn.execute(f"SELECT name FROM {HISTORY_TABLE}")]
    shipped = {n.removesuffix(".py") for n in os.listdir(MIGRATIONS_DIR)}
    found = max([version, int(stored) if stored.isdigit() else 0, *map(_index, names)])
    if found > ours or any(n not in shipped for n in names):
        raise JournalTooNew(path, meta.get("app_version", "?"), found, __version__, ours)


def _look_before_opening(path: Path, refuse_newer: bool = True) -> None:
    """Refuse a journal of a newer version, or another program's database, before any
    connection that may write opens it (which would replay a pending ``-wal`` into the
    file when it closes, switch the header to WAL, and migrate a foreign file).
    ``refuse_newer`` False (a journal that opens read-only, which a newer version may):
    only another program's database is refused.

    Reads over a read-only connection that leaves the file and its companions as they
    were: with a ``-shm`` beside it, SQLite's ``readonly_shm`` (the ``-wal`` is read
    under that index, nothing is written to it); with a pending ``-wal`` and no ``-shm``,
    ``mode=ro``, for which SQLite creates the ``-shm`` (it cannot read a ``-wal`` without
    one) but checkpoints nothing and keeps the ``-wal`` — the ``-shm`` it began is
    removed after a refusal; with neither, ``immutable`` (the
    file alone is all there is). Where it cannot read (a wrong key, a lock, a hot
    ``-journal``) it says nothing: the open then decides on its own connection.
    """
    shm = path.with_name(path.name + "-shm")
    has_shm = shm.exists()
    # (a -journal beside it: not immutable, which would read past a hot one; mode=ro
    # refuses to read a file whose -journal it may not play back)
    hot = path.with_name(path.name + "-journal").exists()
    immutable = not has_shm and not hot and walcheck.pending_wal(path) is None
    try:
        conn = cipher.connect(path, read_only=True, immutable=immutable, shm_read_only=has_shm)
    except (cipher.BindingMissing, *cipher.ErrorOrOS):  # type: ignore[misc]
        return
    try:
        tables = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            )
        }
        if tables and not tables & {"meta", HISTORY_TABLE}:
            raise JournalDamaged(
                path,
                "the file is an SQLite database but not a netzjournal journal",
                code="not-a-journal",
            )
        if refuse_newer:
            _refuse_a_newer(path, conn)
    except cipher.Error:
        return
    except (JournalDamaged, JournalTooNew):
        conn.close()
        if not has_shm and not walcheck.in_use_elsewhere(path):
            with contextlib.suppress(OSError):
                shm.unlink()  # the one SQLite made to read the -wal: refused, nothing stays
        raise
    finally:
        conn.close()


def _index(name: str) -> int:
    digits = name.split("_", 1)[0]
    return int(digits) if digits.isdigit() else -1


def check_file(path: Path, encrypted_ok: bool | None = None) -> None:
    """Refuse a file that is not an SQLite database or is visibly truncated.

    Reads bytes only; never writes. An empty file counts as a new journal.
    A file without SQLite's header passes when it may be encrypted
    (``encrypted_ok``; by default: the marker of an encrypted journal lies
    beside it) — SQLCipher then checks every page it reads.
    """
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as fh:
        head = fh.read(100)
    if encrypted_ok is None:
        encrypted_ok = cipher.read_marker(path) is not None
    if encrypted_ok and not head.startswith(SQLITE_MAGIC):
        return  # an encrypted file: its header is ciphertext
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise JournalDamaged(
            path, "the file is not a netzjournal journal (no SQLite header)", code="not-sqlite"
        )
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(head[28:32], "big")
    header_valid = head[24:28] == head[92:96]
    wal = path.with_name(path.name + "-wal")
    # With a non-empty WAL, SQLite's recovery may legitimately complete a
    # checkpoint that had grown the file; only judge the size without one.
    try:  # (one stat: the last connection that closes removes its -wal at any moment)
        wal_pending = wal.stat().st_size > 0
    except FileNotFoundError:
        wal_pending = False
    if header_valid and page_count and not wal_pending and size < page_size * page_count:
        raise JournalDamaged(
            path,
            f"the file is truncated ({size} of {page_size * page_count} bytes)",
            code="truncated",
        )


PRAGMAS = {"foreign_keys": 1, "synchronous": 2, "cache_size": -16000}


def _connect(
    path: Path, read_only: bool, immutable: bool = False, journal: Path | None = None
) -> sqlite3.Connection:
    # Autocommit: Journal.write runs BEGIN/COMMIT (and savepoints) itself.
    # An encrypted journal gets an SQLCipher connection keyed with the active key.
    # Never creates the file (``mode=rw``): the open that makes a journal creates it
    # first (private, with its key marker), so any connection after that — a worker's,
    # a late reader's, one after a write-back — fails on a journal deleted or moved
    # meanwhile instead of leaving a new, empty one at its path.
    conn: sqlite3.Connection = cipher.connect(
        path,
        read_only=read_only,
        immutable=immutable,
        create=False,
        timeout=BUSY_TIMEOUT_S,
        isolation_level=None,
    )
    try:
        if journal is not None:
            _check_key(journal, path, conn)
        for name, value in PRAGMAS.items():
            conn.execute(f"PRAGMA {name} = {value}")
        if read_only:  # (a journal one upgrade behind, read as if upgraded)
            older_schema.bridge(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_key(path: Path, opened: Path, conn: sqlite3.Connection) -> None:
    """Refuse an encrypted journal the active key does not open, as a key problem.

    SQLCipher says "file is not a database" both for a wrong key and for a
    damaged first page; the marker's key check tells the two apart, so a
    wrong key is never reported as damage (and never leads to a restore).
    """
    if isinstance(conn, sqlite3.Connection) and not cipher.looks_encrypted(opened):
        return
    marker = cipher.read_marker(path)
    if marker is None:
        return  # no encrypted journal here: the byte checks judge the file
    key = cipher.active()
    if not cipher.available():
        raise JournalKeyError(path, "binding-missing")
    if key is None:
        raise JournalKeyError(path, "no-key")
    if not cipher.refused(conn):
        return
    if marker.previous is not None and marker.matches_any(key):
        # A key change was interrupted: the file is under the old key or the new one,
        # and this key is the other one. Never damage (nor a restore offer).
        raise JournalKeyError(path, "key-changed")
    if not marker.matches(key):
        raise JournalKeyError(path, "wrong-key")
    raise JournalDamaged(path, "the encrypted file fails SQLCipher's check", code="damaged")


def _set_aside_a_stray_marker(path: Path) -> None:
    """A new journal chosen where an encrypted one went with its file and left its key
    marker: without a key that fits the marker, the new journal is a plain one, and the
    marker is set aside (renamed, kept: it names the keyring entry the encrypted backups
    may need), so that the next start does not ask a key for a plain file. With the
    marker's key active (unlocked at the start) the new journal is encrypted under it."""
    marker = cipher.read_marker(path)
    key = cipher.active()
    if not cipher.marker_path(path).exists() or (
        marker is not None and key is not None and marker.matches_any(key)
    ):
        return
    walcheck.set_aside(path, suffix=cipher.MARKER_SUFFIX)


def _check_key_alone(path: Path) -> None:
    """:func:`_check_key` on the file alone (``immutable``: no ``-wal`` read, no lock).

    Before a pending ``-wal`` is checked: a wrong key, or none, is then said as
    a key problem, not taken for a damaged journal or ``-wal``.
    """
    if not cipher.looks_encrypted(path) or cipher.read_marker(path) is None:
        return
    conn = cipher.connect(path, read_only=True, immutable=True)
    try:
        _check_key(path, path, conn)
    finally:
        conn.close()


def refuse_wrong_key(path: Path) -> None:
    """Raise :class:`JournalKeyError` if the active key is not the encrypted journal's.

    For commands that read beside the journal without opening it (the backups,
    under the same key): a wrong key is refused first, as an open refuses it,
    instead of every backup looking damaged. A journal the key's check matches
    but that does not open (damaged, or not readable now) passes: its backups
    are what is needed then.
    """
    try:
        _check_key_alone(path)
    except (JournalDamaged, *cipher.ErrorOrOS):  # type: ignore[misc]
        return


# Journals this process has opened: a -wal beside them may be our own.
_opened_here: set[Path] = set()


def _migration_database(path: Path, read_only: bool, immutable: bool) -> peewee.SqliteDatabase:
    """The database peewee's migration runner works on: a connection of its own,
    opened by :func:`_connect` like every other (keyed for an encrypted journal).

    ``_connect`` is the hook peewee documents for databases that connect their
    own way (what ``playhouse.sqlcipher_ext`` does too; its passphrase-only
    ``PRAGMA key`` cannot take a raw key).
    """
    import peewee

    class Keyed(peewee.SqliteDatabase):
        def _connect(self) -> sqlite3.Connection:
            return _connect(path, read_only, immutable)

    return Keyed(str(path))


def _remove_begun(path: Path, begun: list[Path], ours_closed: bool = False) -> None:
    """After a failed open (or the last read-only reader of this process closed,
    ``ours_closed``): the ``-wal`` and ``-shm`` it began (absent before; a -wal
    still empty), unless another connection may use them now."""
    wal = path.with_name(path.name + "-wal")
    if not begun or (path in _opened_here and not ours_closed):
        return
    if walcheck.in_use_elsewhere(path):
        return
    with contextlib.suppress(OSError):
        if wal in begun and wal.stat().st_size > 0:
            return  # something was written to it: never removed
    for companion in begun:
        with contextlib.suppress(OSError):
            companion.unlink()


def _file_id(path: Path, strict: bool = False) -> tuple[int, int] | None:
    """The device and inode ``path`` names; None if nothing is there (``strict``:
    only when nothing is there — other errors are raised)."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        if strict:
            raise
        return None
    return st.st_dev, st.st_ino


def is_database_error(exc: BaseException) -> bool:
    """True for SQLite's or SQLCipher's own errors (and peewee's wrapping, in a migration)."""
    if isinstance(exc, cipher.DatabaseError):
        return True
    peewee = sys.modules.get("peewee")  # a migration runs on peewee
    return peewee is not None and isinstance(exc, peewee.DatabaseError)


def _roll_back(conn: sqlite3.Connection, savepoint: str | None) -> None:
    """Undo the transaction (or back to ``savepoint``); SQLite may have done it already.

    On SQLITE_FULL SQLite rolls back by itself, and a ROLLBACK then fails
    with "no transaction is active": that failure must not hide the cause.
    """
    with contextlib.suppress(*cipher.Error):  # sqlite3's or SQLCipher's
        if savepoint is None:
            conn.execute("ROLLBACK")
        else:
            conn.execute(f"ROLLBACK TO {savepoint}")
            conn.execute(f"RELEASE {savepoint}")


def _first_cause(exc: BaseException) -> BaseException:
    """``exc``, or what it hides if it is a failed rollback after SQLite rolled back itself.

    On SQLITE_FULL SQLite ends the transaction; peewee's ROLLBACK (or ROLLBACK TO
    its savepoint) then fails with "no transaction is active", and that would
    be all the message says.
    """
    rollback = ("no transaction is active", "no such savepoint")
    cause: BaseException | None = exc
    while cause is not None and any(phrase in str(cause).lower() for phrase in rollback):
        cause = cause.__cause__ or cause.__context__
    return cause if cause is not None else exc


def _says(exc: BaseException | None, *phrases: str) -> bool:
    """True if ``exc`` or what it hides (five deep) says one of SQLite's ``phrases``."""
    for _ in range(5):
        if exc is None:
            return False
        if any(phrase in str(exc).lower() for phrase in phrases):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


# The connections this process has open to a journal file (a Journal, a QuickCheck):
# SQLite's files beside it a reader began may go only when the last is closed (a
# test lock of ours would release our own connections' POSIX locks).
_live: dict[Path, int] = {}
_live_lock = threading.Lock()


def _hold(path: Path) -> None:
    with _live_lock:
        _live[path] = _live.get(path, 0) + 1


def _release(path: Path, begun: list[Path]) -> None:
    """One connection of ours to ``path`` closed; the last one that only read removes
    the empty ``-wal`` and the ``-shm`` SQLite made for it (``begun``: absent when it
    opened), so a journal that was only read is left as it was found (a synced folder
    would carry them along)."""
    with _live_lock:
        left = _live.get(path, 1) - 1
        if left > 0:
            _live[path] = left
            return
        _live.pop(path, None)
        _remove_begun(path, begun, ours_closed=True)


def _absent_companions(path: Path) -> list[Path]:
    return [p for p in (path.with_name(path.name + s) for s in ("-wal", "-shm")) if not p.exists()]


def quick_check(path: Path, immutable: bool = False) -> list[str]:
    """Run ``PRAGMA quick_check`` on a separate read-only connection.

    Safe to call from a worker thread while the app works on the journal
    (WAL readers do not block the writer). ``["ok"]`` means healthy.
    ``immutable``: a journal in a folder nobody may write (no ``-shm`` there).
    """
    result = QuickCheck(path, immutable).run()
    assert result is not None  # (nobody else holds this one to stop it)
    return result


class QuickCheck:
    """:func:`quick_check` that another thread may stop (the window quits: the check
    reads the whole file, ~1 s on 50,000 contacts, and must not hold the quit up)."""

    def __init__(self, path: Path, immutable: bool = False) -> None:
        self.path, self.immutable = path, immutable
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._stopped = False

    def run(self) -> list[str] | None:
        """The check's lines (``["ok"]``: healthy); None if it was stopped (no verdict)."""
        begun = _absent_companions(self.path)
        _hold(self.path)
        try:
            conn = cipher.connect(
                self.path, read_only=True, immutable=self.immutable, timeout=BUSY_TIMEOUT_S
            )
        except BaseException:
            _release(self.path, begun)
            raise
        with self._lock:
            self._conn = conn
        try:
            # (a stop just before the check begins: sqlite3_interrupt only stops what runs)
            conn.set_progress_handler(lambda: self._stopped, 10_000)
            conn.execute("PRAGMA mmap_size = 268435456")
            if self._stopped:
                return None
            return [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        except cipher.DatabaseError as exc:
            return None if self._stopped else [str(exc)]  # (stopped: "interrupted")
        finally:
            with self._lock:
                self._conn = None
            conn.close()
            _release(self.path, begun)

    def stop(self) -> None:
        """Stop a check running on another thread (it returns None); safe at any time."""
        with self._lock:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()  # (thread-safe: sqlite3_interrupt)


# The journal's id and a fresh random part (SQLite skips writing an unchanged row).
_WAL_MARK = (
    "INSERT OR REPLACE INTO meta (key, value) SELECT 'wal_mark', value || ' ' ||"
    " hex(randomblob(4)) FROM meta WHERE key = 'journal_id'"
)


class Journal:
    """One open journal file. Create with :meth:`open`; close when done.

    Writes go through :meth:`write`, which wraps them in one transaction and
    tells listeners what changed once the outermost transaction committed.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        read_only: bool,
        backup_dir: Path,
        *,
        opened_path: Path | None = None,
        immutable: bool = False,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.backup_dir = backup_dir
        # The file SQLite really has open: the journal, or (read-only, with a
        # leftover -wal in a folder nobody may write) a checked private copy.
        self.opened_path = opened_path or path
        self.immutable = immutable
        # The file SQLite has open, to tell at each write that it is still the one at
        # its path: writes to a journal deleted or moved away while open land in a
        # file nobody will open again (SQLite says nothing in WAL mode).
        self._file_id = _file_id(self.opened_path)
        self.read_only_reason: str | None = None  # see environment.why_not_writable
        # Read-only and of an earlier schema, read as if upgraded (older_schema.py).
        self.behind_schema = False
        self.set_aside: list[Path] = []  # a damaged -wal moved aside at open
        self.cleaned: list[Path] = []  # leftovers of interrupted backups removed at open
        self._check_dir: Path | None = None
        self._begun: list[Path] = []  # SQLite's files beside it a reader began (open)
        self._upgrade: tuple[bool, Stage | None, float] = (True, None, UPGRADE_WAIT_S)
        self._conn = conn
        self._closed = False
        self._owner = threading.get_ident()
        self._threads = threading.local()  # other threads' own connections
        self._workers: set[int] = set()  # the threads with a connection of their own
        self._detached = False  # see detach
        self._listeners: list[Listener | weakref.WeakMethod[Listener]] = []
        self._depth = 0
        self._pending = ChangeSet()

    def connection(self) -> sqlite3.Connection:
        """The journal's ``sqlite3`` connection for this thread.

        The thread that opened the journal uses its connection; any other
        thread (a worker reading) gets one of its own on first use, which it
        closes with :meth:`close_thread_connection` when done.
        """
        if threading.get_ident() == self._owner:
            if self._closed:
                # A late reader (a refresh that fires while the window closes)
                # gets a fresh connection, as it did under peewee before.
                self._conn = _connect(self.opened_path, self.read_only, self.immutable)
                if not self._detached:  # (detached: not the file it was, every write refused)
                    self._file_id = _file_id(self.opened_path)  # (the file now at the path)
                self._closed = False
            return self._conn
        conn: sqlite3.Connection | None = getattr(self._threads, "conn", None)
        if conn is None:
            conn = _connect(self.opened_path, self.read_only, self.immutable)
            self._threads.conn = conn
            self._workers.add(threading.get_ident())
        return conn

    def small_page_cache(self) -> None:
        """Give this thread's connection a small page cache (a worker that reads once:
        the journal's 16 MB would stay in the process's memory after it)."""
        self.connection().execute("PRAGMA cache_size = -1000")

    def stop_reads_when(self, stopped: Callable[[], bool]) -> None:
        """This worker thread's reads end once ``stopped()`` is true: a running
        statement raises ``OperationalError("interrupted")`` within a few thousand
        steps (another thread asked a newer question: the review of another year).
        Only a worker's own connection: the opening thread's reads are never stopped."""
        if threading.get_ident() != self._owner:
            self.connection().set_progress_handler(stopped, 10_000)

    def close_thread_connection(self) -> None:
        """Close this worker thread's own connection (the opening thread's stays)."""
        conn = getattr(self._threads, "conn", None)
        if conn is not None and threading.get_ident() != self._owner:
            self._threads.conn = None
            self._workers.discard(threading.get_ident())
            conn.close()

    # -- opening --------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        backup_dir: Path | None = None,
        verify: bool = True,
        fallback_read_only: bool = False,
        key: cipher.Key | None = None,
        allow_upgrade: bool = True,
        on_stage: Stage | None = None,
        upgrade_wait: float = UPGRADE_WAIT_S,
        start_anew: bool = False,
    ) -> Journal:
        """Open (creating if missing) the journal at ``path``.

        A missing file where an earlier journal left traces (backups, drafts:
        :mod:`store.missing`) is not created but refused as
        :class:`JournalMissing`, unless ``start_anew`` (the person chose a new,
        empty journal beside those backups).

        Raises :class:`JournalDamaged` (the content is bad: a backup may
        help), :class:`JournalUnavailable` (the surroundings are: full disk,
        I/O error, permissions, read-only mount, lock, a folder in its
        place — a backup would not help), :class:`JournalTooNew` or
        :class:`StoreError`; in every case the file is left as it was.
        Permissions are never changed: a journal that cannot be written is
        opened read-only when ``fallback_read_only`` (``read_only_reason``
        says why), else refused as ``JournalUnavailable("read-only")``.

        ``key`` unlocks an encrypted journal (and becomes the process's key,
        see :func:`cipher.activate`); a new journal opened with a key is
        created encrypted. A key that does not open it raises
        :class:`JournalKeyError` — never :class:`JournalDamaged`.

        A journal of an older version is upgraded (a backup, then the
        migrations) unless ``allow_upgrade`` is False: then
        :class:`UpgradeNeeded` is raised before anything is written.
        ``on_stage(step)`` hears each step of an upgrade ("waiting" for
        another process's upgrade, "backup", "update"); an upgrade in another
        process is waited for up to ``upgrade_wait`` seconds (see
        :mod:`store.upgrading`).
        """
        path = environment.journal_file(Path(path).absolute())
        if key is not None:
            cipher.activate(key)
        backup_dir = backup_dir or path.parent / "backups"
        begun = _absent_companions(path)
        try:
            journal = cls._classified_open(
                path,
                read_only,
                backup_dir,
                verify,
                fallback_read_only,
                (allow_upgrade, on_stage, upgrade_wait),
                start_anew,
            )
        except BaseException:
            _remove_begun(path, begun)  # "nothing was changed" holds for SQLite's files too
            raise
        # (Only a reader's: a writer's last close checkpoints and SQLite removes them.)
        journal._begun = begun if journal.read_only else []
        _hold(path)
        return journal

    @classmethod
    def _classified_open(
        cls,
        path: Path,
        read_only: bool,
        backup_dir: Path,
        verify: bool,
        fallback: bool,
        upgrade: tuple[bool, Stage | None, float],
        start_anew: bool = False,
    ) -> Journal:
        try:
            return cls._open(path, read_only, backup_dir, verify, fallback, upgrade, start_anew)
        except (
            JournalMissing,
            JournalDamaged,
            JournalTooNew,
            JournalUnavailable,
            JournalKeyError,
            UpgradeNeeded,
        ):
            raise
        except cipher.ErrorOrOS as exc:
            problem = environment.classify(exc, path)
            if problem is not None:
                raise problem from exc
            if isinstance(exc, OSError):
                raise StoreError(f"The journal {path} cannot be opened: {exc}") from exc
            raise JournalDamaged(path, str(exc)) from exc
        except Exception as exc:
            if not is_database_error(exc):
                raise
            raise environment.classify(exc, path) or JournalDamaged(path, str(exc)) from exc

    @classmethod
    def _open(
        cls,
        path: Path,
        read_only: bool,
        backup_dir: Path,
        verify: bool,
        fallback: bool,
        upgrade: tuple[bool, Stage | None, float],
        start_anew: bool = False,
    ) -> Journal:
        environment.check_location(path)
        existed = path.exists()
        if not existed and not start_anew:
            left = missing.traces(backup_dir)
            if left is not None:  # (before anything is made: the folders, the file)
                raise JournalMissing(path, left.backups, left.drafts)
        reason = None if read_only else environment.why_not_writable(path)
        if existed and (read_only or reason is not None):
            # Another program's database is named as such, also where it cannot be
            # written (a file 0444, a read-only folder or disk): not "a read-only
            # journal", and never opened as one. (Writable: the look below.)
            check_file(path)
            if path.stat().st_size > 0:
                _look_before_opening(path, refuse_newer=False)
        if reason is not None:
            if not fallback:
                raise JournalUnavailable(path, "read-only", environment.describe(reason))
            if not existed:
                raise JournalUnavailable(path.parent, "read-only", environment.describe(reason))
            log.warning("opening read-only: %s (%s)", path, environment.describe(reason))
            read_only = True
        # Asked for read-only (a journal too new to write): the folder decides all the same
        # whether SQLite may keep its -shm beside the file (else it cannot open it at all).
        unwritable = reason
        if read_only and reason is None and existed:
            unwritable = environment.why_not_writable(path)
        if existed:
            check_file(path)
            if path.stat().st_size == 0 and missing.count_backups(backup_dir) > 0:
                # A journal emptied by accident (or a failed copy) while its
                # backups hold data: offer them instead of starting anew.
                raise JournalDamaged(path, "the file is empty (0 bytes)", code="empty")
        elif read_only:
            raise StoreError(f"There is no journal at {path}.")
        else:
            if start_anew:
                _set_aside_a_stray_marker(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch(mode=0o600, exist_ok=False)  # private from the start
        if existed and not read_only and path.stat().st_size > 0:
            # A refusal for what the file holds comes before anything beside it changes.
            _look_before_opening(path)
        key = cipher.active()
        if (
            key is not None
            and not read_only
            and path.stat().st_size == 0
            and cipher.read_marker(path) is None
        ):
            # A new encrypted journal: the marker first, so the file is never
            # without the note that tells a wrong key from damage.
            import uuid

            key_id = cipher.active_key_id() or uuid.uuid4().hex
            cipher.write_marker(path, cipher.new_marker(key, key_id))
        set_aside: list[Path] = []
        if existed and not read_only and walcheck.foreign_rollback_journal(path) is not None:
            set_aside.append(walcheck.set_aside(path, suffix="-journal"))
        opened, immutable, check_dir = path, False, None
        wal = walcheck.pending_wal(path) if existed else None
        if wal is not None and path not in _opened_here and not walcheck.in_use_elsewhere(path):
            # The -wal is judged by reading through it: with a key that does not fit,
            # every read fails as "not a database", which is no verdict on the files.
            _check_key_alone(path)
            if read_only:
                # Nobody may write the folder (SQLite could not keep its -shm there):
                # check a copy of both, and read the checked copy.
                check_dir = walcheck.make_check_dir(path)
                try:
                    verdict = walcheck.check_on_copy(path, wal, check_dir)
                except BaseException:
                    walcheck.remove_check_dir(check_dir)
                    raise
                opened = check_dir / path.name
            else:
                verdict = walcheck.check_in_place(path)  # (no copy: a nearly full disk)
            if verdict.state == "journal-damaged":
                if check_dir is not None:
                    walcheck.remove_check_dir(check_dir)
                raise JournalDamaged(path, verdict.detail)
            if verdict.state == "wal-damaged" and not read_only:
                set_aside.append(walcheck.set_aside(path))
        elif read_only and unwritable in ("read-only-folder", "read-only-mount"):
            immutable = True  # SQLite cannot create its -shm there; nobody writes either
        try:
            conn = _connect(opened, read_only, immutable, journal=path)
        except BaseException:
            if check_dir is not None:
                walcheck.remove_check_dir(check_dir)
            raise
        journal: Journal | None = None
        try:
            if verify and existed:
                # Memory-mapped reads make the full scan ~20 % faster; mmap is
                # switched off again because an I/O error under mmap is a signal.
                conn.execute("PRAGMA mmap_size = 268435456")
                result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
                conn.execute("PRAGMA mmap_size = 0")
                if result != ["ok"]:
                    raise JournalDamaged(path, "; ".join(result[:3]))
            cleaned: list[Path] = []
            if not read_only:
                # Again on what this connection reads (the look may have been unable to
                # read, or read through a -shm that does not fit the -wal); before the
                # switch to WAL rewrites a newer journal's header.
                _refuse_a_newer(path, conn)
                # (Only now: a journal refused above leaves its backups folder as it was.)
                cleaned = clean_leftovers(backup_dir, path)
                conn.execute("PRAGMA journal_mode=WAL")
            journal = cls(
                path, conn, read_only, backup_dir, opened_path=opened, immutable=immutable
            )
            journal.read_only_reason = reason
            journal.set_aside = set_aside
            journal.cleaned = cleaned
            journal._check_dir = check_dir
            journal._upgrade = upgrade
            journal._migrate()
            if not read_only:
                journal._ensure_journal_id()
                journal._fill_summary_keys()
        except BaseException:
            if journal is not None:
                journal.close(checkpoint=False)
            else:
                conn.close()
                if check_dir is not None:
                    walcheck.remove_check_dir(check_dir)
            raise
        if key is not None and not read_only:
            # (One read of the small marker; it writes only after an interrupted key
            # change. Unwritten now, a full disk say, it stays safe and is settled later.)
            marker = cipher.read_marker(path)
            if marker is not None and marker.previous is not None:
                from netzjournal.store import conversion

                with contextlib.suppress(OSError):
                    conversion.settle(path, backup_dir, key)
        _opened_here.add(path)
        own_files.remember(path, backup_dir)
        return journal

    def _migrate(self) -> None:
        # The common case — a journal at this version's schema — needs no
        # migration runner (nor peewee) at all.
        conn = self.connection()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if (
            version
            and version == latest_schema()
            and self._meta_value("schema_version") == str(version)
        ):
            return
        from playhouse.migrations import Runner

        # peewee runs the migrations on a connection of its own; this one
        # stays idle meanwhile (outside any transaction) and sees the result.
        db = _migration_database(self.opened_path, self.read_only, self.immutable)
        try:
            self._run_migrations(db, Runner(db, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE))
        finally:
            db.close()

    def _run_migrations(self, db: peewee.SqliteDatabase, runner: Runner) -> None:
        status = runner.status()
        unknown = [m for m in status if m.path is None]
        applied = [m for m in status if m.applied]
        pending = [m for m in status if m.path is not None and not m.applied]
        found_schema = max((m.idx for m in applied), default=0)
        stored_schema = int(self._meta_value("schema_version") or 0)
        if unknown or stored_schema > latest_schema():
            if self.read_only:
                log.warning("opening a newer journal read-only: %s", self.path)
                return
            raise JournalTooNew(
                self.path,
                found_app=self._meta_value("app_version") or "?",
                found_schema=max(found_schema, stored_schema),
                our_app=__version__,
                our_schema=latest_schema(),
            )
        if not pending:
            if not self.read_only and stored_schema != latest_schema():
                # Migrations recorded, version not (written by a version that
                # set it in a separate step): repair it.
                with self.write():
                    self._record_version(self.connection())
            return
        if self.read_only and older_schema.bridgeable([m.name for m in pending]):
            # Only columns with defaults pending: readable as it is (older_schema).
            log.warning("opening an older journal read-only: %s", self.path)
            self.behind_schema = True
            return
        if self.read_only:
            upgrade = f"needs an upgrade to schema {latest_schema()}"
            if self.read_only_reason is not None:
                # Opened read-only because it cannot be written: say so (the
                # window words "read-only"), not a bare "cannot be opened".
                raise JournalUnavailable(
                    self.path,
                    "read-only",
                    f"{environment.describe(self.read_only_reason)}; the journal {upgrade}",
                )
            raise StoreError(f"The journal {self.path} {upgrade}; open it once read-write.")
        allowed, on_stage, wait = self._upgrade
        if not allowed and applied:  # (a new journal's tables are made at once)
            raise UpgradeNeeded(self.path)
        from netzjournal.store import upgrading

        stage = on_stage or (lambda step: None)
        with upgrading.upgrade_lock(self.path, wait, lambda: stage("waiting")) as waited:
            if waited:  # another process upgraded meanwhile: nothing may be left to do
                status = runner.status()
                applied = [m for m in status if m.applied]
                pending = [m for m in status if m.path is not None and not m.applied]
                stored_schema = int(self._meta_value("schema_version") or 0)
                if not pending:
                    return
            log.info("migrating %s: %s", self.path, [m.name for m in pending])
            self._upgrade_now(db, runner, bool(applied), stored_schema, stage)

    def _upgrade_now(
        self,
        db: peewee.SqliteDatabase,
        runner: Runner,
        had_migrations: bool,
        stored_schema: int,
        stage: Stage,
    ) -> None:
        """The pre-migration backup and the pending migrations (under the upgrade lock)."""
        from netzjournal.store import upgrading

        # Every pending migration and the version that records them form one
        # transaction: a kill at any moment leaves the old schema with its
        # version, or the new one with its version. foreign_keys can only be
        # switched outside a transaction (the migrator's own switch would be
        # ignored inside this one).
        state = self._settled_state() if had_migrations else None
        db.pragma("foreign_keys", 0)
        backup: Path | None = None
        try:
            # The write lock first: a journal another program holds is refused
            # before a full copy of it is written (each retry would leave one).
            with db.atomic("IMMEDIATE"):
                if had_migrations:
                    stage("backup")
                    backup = self._pre_migration_backup(stored_schema, state)
                stage("update")
                runner.up()
                # The sort keys a migration marked stale (0026) commit with it: a
                # failure after the migration would otherwise leave it upgraded
                # while the message says nothing was changed.
                fill_keys(db.connection())
                self._record_version(db.connection())
        except BaseException as exc:
            if backup is not None and self._still_at(stored_schema):
                # Nothing was migrated: the copy only takes the room (on a full
                # disk, the room the next try needs).
                upgrading.forget(self.backup_dir)
                with contextlib.suppress(OSError):
                    backup.unlink()
            cause = _first_cause(exc)
            if cause is exc:
                raise
            raise cause from exc
        finally:
            db.pragma("foreign_keys", 1)
        upgrading.forget(self.backup_dir)

    def _settled_state(self) -> dict[str, int] | None:
        """All committed content moved into the journal file (an empty ``-wal``), and
        what identifies it then (see :func:`upgrading.journal_state`); None if a
        reader or writer of another process kept the checkpoint from completing."""
        from netzjournal.store import upgrading

        conn = self.connection()
        # No waiting: a busy checkpoint only means the backup is not reused.
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        return None if busy else upgrading.journal_state(self.path)

    def _pre_migration_backup(self, schema: int, state: dict[str, int] | None) -> Path:
        """A verified copy of the journal as it is migrated (under the write lock):
        the one an interrupted upgrade of this same unchanged journal left, or a new one."""
        from netzjournal.store import backups, upgrading  # (backups needs Journal)

        # Nobody committed between the checkpoint and the write lock: all of the
        # content is still in the file whose state was taken.
        if state is not None and upgrading.journal_state(self.path) != state:
            state = None
        if state is not None:
            found = upgrading.reusable(self.backup_dir, self.path, schema, state)
            if found is not None:
                log.info("reusing the pre-migration backup %s", found)
                return found
        # Read on the journal's own connection, beside this lock (WAL).
        taken = backups.create_backup(self, self.backup_dir, reason="pre-migration").path
        if state is not None:
            upgrading.remember(self.backup_dir, taken, self.path, schema, state)
        return taken

    def _still_at(self, schema: int) -> bool:
        """True if the journal's committed schema is still ``schema`` (a failed migration)."""
        try:
            return self.schema_version == schema
        except Exception:
            return False

    def _ensure_journal_id(self) -> None:
        """Give the journal a random id once (a leftover -wal is matched against it)."""
        if self._meta_value("journal_id") is None:
            import uuid

            self._set_meta("journal_id", uuid.uuid4().hex)

    def _fill_summary_keys(self) -> None:
        """Sort keys another program's writes left stale (see :mod:`store.summary`)."""
        conn = self.connection()
        if conn.execute("SELECT 1 FROM contact_summary WHERE name_key IS NULL LIMIT 1").fetchone():
            conn.execute("BEGIN IMMEDIATE")
            try:
                fill_keys(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _record_version(self, conn: sqlite3.Connection) -> None:
        meta = "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"
        conn.execute(meta, ("schema_version", str(latest_schema())))
        conn.execute(meta, ("app_version", __version__))
        conn.execute(f"PRAGMA user_version = {latest_schema():d}")

    def _meta_value(self, key: str) -> str | None:
        conn = self.connection()
        exists = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        if conn.execute(exists).fetchone() is None:
            return None
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.connection().execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value)
        )

    # -- facts ----------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self._meta_value("schema_version") or 0)

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version`` on this connection: it changes when
        another connection (another process: an import, a second window)
        commits, and never for this connection's own writes."""
        return int(self.connection().execute("PRAGMA data_version").fetchone()[0])

    def integrity_check(self) -> list[str]:
        """Run SQLite's full ``integrity_check``; ``["ok"]`` means healthy."""
        return [r[0] for r in self.connection().execute("PRAGMA integrity_check").fetchall()]

    # -- writing --------------------------------------------------------------

    def subscribe(self, listener: Listener, weak: bool = False) -> None:
        """Call ``listener(changes)`` after every committed write, until
        :meth:`unsubscribe` or :meth:`close`. ``weak``: a bound method, held by a
        weak reference (a cache this journal must not keep alive): the
        subscription ends with its object."""
        self._listeners.append(weakref.WeakMethod(listener) if weak else listener)

    def unsubscribe(self, listener: Listener) -> None:
        """End a subscription (weak or not); nothing if there is none."""
        self._listeners = [
            entry
            for entry in self._listeners
            if (entry() if isinstance(entry, weakref.WeakMethod) else entry) != listener
        ]

    @contextlib.contextmanager
    def write(self) -> Iterator[ChangeSet]:
        """One transaction; yields the change set the caller fills in.

        Nested calls join the outer transaction (a savepoint each: an inner
        failure that is caught leaves the outer work standing); listeners
        hear about the whole change set once, after the outermost commit,
        and never about a rolled-back one.
        """
        if self.read_only:
            raise ReadOnlyJournal("This journal is open read-only.")
        conn = self.connection()
        outer = self._depth == 0
        if outer:
            self._pending = ChangeSet()
        changes = self._pending
        savepoint = f"nj_{self._depth}"
        self._depth += 1
        try:
            try:
                # DEFERRED (not IMMEDIATE: a bulk change backs up from inside it, and
                # SQLite's backup refuses a source connection that is writing). A
                # write that read rows another process changed before it took the
                # lock fails as "locked" (SQLITE_BUSY_SNAPSHOT), never overwrites them.
                conn.execute("BEGIN DEFERRED" if outer else f"SAVEPOINT {savepoint}")
                before = conn.total_changes
                yield changes
                if outer:  # the contacts table's sort keys commit with the change
                    fill_keys(conn)
                    if conn.total_changes != before:
                        if self._file_id is not None and self._moved():
                            raise JournalMoved(self.path, self)
                        # The journal's id rides along in every -wal (a checkpoint
                        # may have put its own row into the file, and a -wal of
                        # another journal made by the same code replays into a
                        # consistent but foreign file): walcheck compares this mark.
                        conn.execute(_WAL_MARK)
            except BaseException:
                _roll_back(conn, None if outer else savepoint)
                raise
            if outer:
                conn.execute("COMMIT")
            else:
                conn.execute(f"RELEASE {savepoint}")
        except cipher.OperationalError as exc:  # sqlite3's or SQLCipher's
            if outer:
                _roll_back(conn, None)  # a failed COMMIT leaves the transaction open
            if _says(exc, "disk is full"):
                raise DiskFull(
                    "The disk is full; nothing was saved from this change. "
                    "Free some space and try again."
                ) from exc
            if _says(exc, "database is locked", "database is busy"):
                raise JournalLocked(
                    "Another program is writing to the journal; nothing was saved from "
                    "this change. Try again in a moment."
                ) from exc
            raise
        finally:
            self._depth -= 1
        if outer and changes:
            self.notify(changes)

    def lock_for_writing(self) -> None:
        """Inside :meth:`write`: take SQLite's write lock now (waiting the busy timeout
        for another writer), with a statement that writes and changes nothing. What is
        read after it is the newest state, and nobody else writes before the commit: a
        check that must hold for the write (the journal is still empty) is made here."""
        if self._depth == 0:
            raise RuntimeError("lock_for_writing() belongs inside write()")
        self.connection().execute("UPDATE meta SET value = value WHERE 0")

    def reading_elsewhere(self) -> bool:
        """True while a worker thread's own connection is open (a thread that ended
        took its connection along)."""
        alive = {t.ident for t in threading.enumerate()}
        return any(ident in alive for ident in self._workers)

    def detach(self) -> None:
        """Close the connection to a file taken away (``store.write_back``), keeping
        the listeners; :meth:`reattach` follows. Until then every write is refused as
        moved, also one through a connection a late reader opened meanwhile."""
        self._conn.close()
        self._closed, self._detached, self._file_id = True, True, (-1, -1)

    def reattach(self, kept: Path | None = None) -> None:
        """Connect to the file now at the journal's path (``store.write_back`` put the
        open content there) in WAL mode, and take that file's id. With ``kept`` (the
        write-back could not take the path): read that copy, every write refused."""
        if kept is not None:
            self.opened_path = kept
            self._conn, self._closed = _connect(kept, self.read_only, self.immutable), False
            return
        conn = _connect(self.opened_path, self.read_only, self.immutable, journal=self.path)
        conn.execute("PRAGMA journal_mode=WAL")
        self._conn, self._file_id, self._closed = conn, _file_id(self.opened_path), False
        self._detached = False

    def _moved(self) -> bool:
        """True if the journal's path no longer names the file this journal has open."""
        try:
            return _file_id(self.opened_path, strict=True) != self._file_id
        except OSError:
            return False  # (no verdict: SQLite says what else is wrong)

    def notify(self, changes: ChangeSet) -> None:
        gone = False
        for entry in list(self._listeners):
            listener = entry() if isinstance(entry, weakref.WeakMethod) else entry
            if listener is None:  # (its object is gone)
                gone = True
            else:
                listener(changes)
        if gone:
            self._listeners = [
                e for e in self._listeners if not isinstance(e, weakref.WeakMethod) or e()
            ]

    @property
    def is_closed(self) -> bool:
        """Closed by :meth:`close` (and not reopened since by a late reader)."""
        return self._closed

    def close(self, checkpoint: bool = True) -> None:
        """Checkpoint the WAL and close the connection."""
        if self._closed:
            return
        self._closed = True
        # The caches stop listening (weak ones); the window's own listeners stay, so
        # the lifetime of its Qt objects is as before (a Qt object collected on a
        # worker thread's garbage collection crashes).
        self._listeners = [e for e in self._listeners if not isinstance(e, weakref.WeakMethod)]
        conn = self._conn
        if checkpoint and not self.read_only:
            with contextlib.suppress(Exception):  # closing must not fail on a full disk
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        if self._check_dir is not None:
            walcheck.remove_check_dir(self._check_dir)
            self._check_dir = None
        # (A worker's own connection still open: the files stay, SQLite uses them.)
        _release(self.path, [] if self.reading_elsewhere() else self._begun)

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
