"""Backups of the journal with SQLite's online backup API.

A backup is a complete, consistent SQLite file in the ``backups/`` folder,
named ``journal-YYYYMMDD-HHMMSS-<reason>.sqlite3``. They are taken on the
first start of a day, before every migration, before imports and bulk
deletes, and before a restore. Rotation keeps everything from the last 24
hours, then the newest copy of each of the last 7 days, 4 ISO weeks and 12
months that have one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from netzjournal.store import cipher, environment, walcheck
from netzjournal.store.errors import JournalDamaged, StoreError
from netzjournal.store.fsync import first_free, private_part, removed_on_failure
from netzjournal.store.fsync import sync_dir as _sync_dir
from netzjournal.store.verify import FileReport, inspect

if TYPE_CHECKING:
    from netzjournal.store.journal import Journal

log = logging.getLogger(__name__)

_NAME = re.compile(r"^journal-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int


def _parse(path: Path) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    try:
        created = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupInfo(path, created, m.group(3), path.stat().st_size)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every backup in ``backup_dir``, newest first."""
    if not backup_dir.is_dir():
        return []
    found = [info for p in backup_dir.iterdir() if (info := _parse(p))]
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def made_at(path: Path) -> dt.datetime | None:
    """When the backup file at ``path`` was made, as its name says (netzjournal names
    each backup with its time); None for a name that does not (a file renamed)."""
    try:
        info = _parse(path)
    except OSError:
        return None
    return info.created if info is not None else None


@dataclass(frozen=True)
class Holdings:
    """What a backup holds, counted before it is restored (the restore's question)."""

    contacts: int
    notes: int


def holdings(
    path: Path, key: cipher.Key | None = None, journal: Path | None = None
) -> Holdings | None:
    """The contacts and notes in the backup at ``path`` (``key``: its own, where it is not
    the active one); None where they cannot be read (damaged, another key, not a journal:
    the restore's own check says which).

    Read as the restore reads it (:func:`untouched`; a copy beside ``journal`` where a
    ``-wal`` lies beside the file, whose rows the restore brings too): SQLite writes
    nothing beside the file (a read-only open of a WAL journal's copy leaves a ``-shm``
    and ``-wal`` there) and takes no lock."""
    try:
        with untouched(path, journal) as (readable, immutable):
            conn = cipher.connect(readable, read_only=True, immutable=immutable, key=key)
            try:
                contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
                notes = conn.execute("SELECT count(*) FROM interaction").fetchone()[0]
            finally:
                conn.close()
    except cipher.ErrorOrOS:
        return None
    except StoreError:  # (the copy beside a -wal could not be made: a full disk)
        return None
    return Holdings(int(contacts), int(notes))


@contextlib.contextmanager
def untouched(path: Path, journal: Path | None = None) -> Iterator[tuple[Path, bool]]:
    """The backup file ``path`` to read without writing beside it: a file from elsewhere
    (a copy on a stick, another computer's journal) and its folder stay byte for byte
    and file for file as they were, in a read-only folder too.

    Yields ``(file, immutable)``. Without a ``-wal`` beside it: ``path`` itself, to be
    read ``immutable`` (SQLite then reads the file alone, makes no ``-shm``/``-wal``
    and takes no lock; a read-only open of a file in WAL mode makes both, and a
    read-write one checkpoints into it). With one, which may hold committed rows the
    file alone lacks: a copy of both in a private folder (beside ``journal``, else the
    temp folder; removed after), read as usual: SQLite replays the copied ``-wal``.
    The ``-wal`` beside ``path`` is only read. A copy that cannot be made (a full
    disk) raises what the environment says it is.
    """
    wal = walcheck.pending_wal(path)
    if wal is None:
        yield path, True
        return
    import shutil
    import tempfile

    try:
        if journal is not None:
            workdir = walcheck.make_check_dir(journal)
        else:
            workdir = Path(tempfile.mkdtemp(prefix=f"{walcheck.CHECK_PREFIX}{os.getpid()}-"))
    except OSError as exc:
        raise _problem(exc, path, f"{path.name} could not be read") from exc
    try:
        copy = workdir / path.name
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as exc:
            raise _problem(exc, copy, f"{path.name} could not be read") from exc
        yield copy, False
    finally:
        walcheck.remove_check_dir(workdir)


def _write_copy(src: sqlite3.Connection, part: Path) -> None:
    """Copy ``src`` into a new private file ``part`` (``fsync.private_part``)."""
    if not part.parent.is_dir():
        part.parent.mkdir(mode=0o700, parents=True)
    with private_part(part), contextlib.closing(cipher.connect(part, like=src)) as out:
        src.backup(out)
        out.execute("PRAGMA journal_mode=DELETE")


def _copy_database(src: sqlite3.Connection, dest: Path, source: Path) -> None:
    """Copy ``src`` (the journal at ``source``) into a new private file at ``dest``:
    written, checked, then renamed.

    A copy that fails its check (the source was damaged) is removed and
    :class:`JournalDamaged` raised for ``source``: a damaged journal is never
    backed up, and the file to keep and recover is the journal, not the copy.
    """
    part = dest.with_name(dest.name + ".part")
    _write_copy(src, part)
    report = inspect(part)
    if not report.ok:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        detail = report.message().replace(str(part), str(source))
        raise JournalDamaged(source, detail, code=report.problem or "damaged")
    os.replace(part, dest)
    _sync_dir(dest.parent)


def create_backup(
    journal: Journal, backup_dir: Path, reason: str = "manual", now: dt.datetime | None = None
) -> BackupInfo:
    """Write a consistent copy of the open journal; returns its description."""
    now = now or dt.datetime.now()
    dest = _free_name(backup_dir, now, reason)
    try:
        _copy_database(journal.connection(), dest, journal.path)
    except cipher.ErrorOrOS as exc:
        raise _problem(exc, dest, f"The backup could not be written to {backup_dir}") from exc
    info = _parse(dest)
    assert info is not None
    return info


def expired(backups: Iterable[BackupInfo], now: dt.datetime) -> list[BackupInfo]:
    """The backups the retention plan lets go, newest first (pure: touches no file).

    Kept: everything from the last 24 hours, and the newest backup of each of
    the latest 7 days, 4 ISO weeks and 12 months that have one.
    """
    ordered = sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True)
    keep: set[Path] = {b.path for b in ordered if now - b.created < dt.timedelta(hours=24)}
    periods: tuple[tuple[Callable[[dt.datetime], object], int], ...] = (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    )
    for key, count in periods:
        seen: list[object] = []
        for b in ordered:  # newest first: the first of each period is its newest
            period = key(b.created)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            keep.add(b.path)
    return [b for b in ordered if b.path not in keep]


def rotate(backup_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups beyond the retention plan (:func:`expired`); returns what was deleted."""
    deleted = []
    for b in expired(list_backups(backup_dir), now or dt.datetime.now()):
        b.path.unlink()
        deleted.append(b.path)
    return deleted


def nothing_to_lose(journal: Journal) -> bool:
    """The journal holds no contact, note, event or follow-up: a change of many rows
    (an import) can lose nothing that a backup would keep."""
    row = (
        journal.connection()
        .execute(
            "SELECT NOT EXISTS (SELECT 1 FROM contact) AND NOT EXISTS (SELECT 1 FROM interaction)"
            " AND NOT EXISTS (SELECT 1 FROM event) AND NOT EXISTS (SELECT 1 FROM follow_up)"
        )
        .fetchone()
    )
    return bool(row[0])


def holds_people_or_notes(journal: Journal) -> bool:
    """The journal holds a contact or a note: a backup without any must not replace it
    unasked (see :func:`verify_backup`)."""
    row = (
        journal.connection()
        .execute("SELECT EXISTS (SELECT 1 FROM contact) OR EXISTS (SELECT 1 FROM interaction)")
        .fetchone()
    )
    return bool(row[0])


def before_bulk_change(journal: Journal, reason: str) -> BackupInfo:
    """Back up before a destructive change of many rows (an import, a bulk delete).

    Runs outside any transaction, so the copy shows the last committed state.
    """
    return create_backup(journal, journal.backup_dir, reason=reason)


@contextlib.contextmanager
def backed_up(journal: Journal, reason: str | None) -> Iterator[BackupInfo | None]:
    """:func:`before_bulk_change` (``reason`` None: no backup) around the change's one
    transaction, the backup kept only if the change may have happened.

    A change the journal refused or rolled back — another program's lock, a full
    disk, the person's Cancel — left the journal as the backup shows it: the copy
    would only take the room (a full copy for every retry under a lock; on a full
    disk, the room the next try needs), so it is removed, as the upgrade's is.
    """
    from netzjournal.progress import Cancelled

    info = before_bulk_change(journal, reason) if reason else None
    try:
        yield info
    except (StoreError, Cancelled, KeyboardInterrupt):
        if info is not None:
            with contextlib.suppress(OSError):
                info.path.unlink()
        raise


def ensure_daily_of(
    journal_path: Path, backup_dir: Path, now: dt.datetime | None = None
) -> BackupInfo | None:
    """The day's first backup of the journal file, on a read-only connection of its own.

    For a worker thread (the app's start runs it once the journal passed
    its check). Returns the backup taken, or None if today's exists.
    """
    now = now or dt.datetime.now()
    if any(b.created.date() == now.date() for b in list_backups(backup_dir)):
        return None
    dest = _free_name(backup_dir, now, "daily")
    try:
        with contextlib.closing(cipher.connect(journal_path, read_only=True, timeout=5.0)) as src:
            _copy_database(src, dest, journal_path)
    except cipher.ErrorOrOS as exc:
        raise _problem(exc, dest, f"The backup could not be written to {backup_dir}") from exc
    rotate(backup_dir, now)
    return _parse(dest)


def _problem(exc: BaseException, path: Path, what: str) -> StoreError:
    """What the environment says of ``exc`` at ``path`` (a full disk, a read-only
    folder, …), else ``what`` with the error."""
    return environment.classify(exc, path) or StoreError(f"{what}: {exc}")


def _free_name(backup_dir: Path, now: dt.datetime, reason: str) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return first_free(lambda n: backup_dir / f"journal-{stamp}{n}-{reason}.sqlite3")


def verify_backup(
    path: Path,
    journal_has_data: bool = False,
    key: cipher.Key | None = None,
    immutable: bool = False,
    shown_as: Path | None = None,
) -> FileReport:
    """Check ``path`` before it is offered or restored; raise :class:`JournalDamaged` if unfit.

    Fit means: it opens, passes ``quick_check``, is a netzjournal journal
    (with its schema row) no newer than this version, and is not empty when
    the journal it would replace had data. A zero-byte file, an unrelated
    SQLite file or garbage is refused with the reason. ``key``: the file's own
    key, where it is not the active one; ``immutable``: see :func:`inspect`.
    ``shown_as``: the file ``path`` is a copy of (:func:`untouched`), which the
    report and a refusal name.
    """
    import dataclasses

    from netzjournal.store.journal import latest_schema

    report = inspect(path, latest=latest_schema(), key=key, immutable=immutable)
    if shown_as is not None and shown_as != path:
        detail = report.detail.replace(str(path), str(shown_as))
        report = dataclasses.replace(report, path=shown_as, detail=detail)
    if report.ok and journal_has_data and not report.has_data:
        report = FileReport(report.path, "no-data", "", report.schema)
    report.raise_if_bad()
    return report


@dataclass(frozen=True)
class CheckedBackup:
    """A backup with what its check found (for the recovery list and the command line)."""

    info: BackupInfo
    report: FileReport

    @property
    def usable(self) -> bool:
        return self.report.ok

    @property
    def ident(self) -> str:
        """The id ``netzjournal backup restore`` accepts: the name without ``journal-``."""
        return backup_ident(self.info.path)


def backup_ident(path: Path) -> str:
    name = path.name.removesuffix(".sqlite3")
    return name.removeprefix("journal-")


def checked_backups(backup_dir: Path) -> list[CheckedBackup]:
    """Every backup, each verified; usable ones first, newest first within each group.

    If any backup holds data, an empty one is not what the user wants back: it
    counts as unusable ("no-data").
    """
    from netzjournal.store.journal import latest_schema

    checked = [CheckedBackup(b, inspect(b.path, latest=latest_schema()))
               for b in list_backups(backup_dir)]  # fmt: skip
    if any(c.report.has_data for c in checked):
        checked = [
            CheckedBackup(c.info, FileReport(c.info.path, "no-data", "", c.report.schema))
            if c.report.ok and not c.report.has_data
            else c
            for c in checked
        ]
    return [c for c in checked if c.usable] + [c for c in checked if not c.usable]


def restore_backup(
    journal: Journal,
    backup: Path,
    backup_dir: Path,
    now: dt.datetime | None = None,
    backup_key: cipher.Key | None = None,
) -> Journal:
    """Replace the journal's content with ``backup``, in place; returns the journal.

    The backup is verified first (see :func:`verify_backup`), and the
    current state is itself backed up (reason ``pre-restore``) so a restore
    can be undone. The copy into the open journal is one SQLite transaction:
    a failure (a full disk) leaves the journal as it was. An older backup is
    migrated after the copy. Subscribers hear ``ChangeSet(everything=True)``.

    ``backup_key``: an encrypted backup's own key where it is not the active one
    (a backup file from another journal). The journal keeps its protection: a
    backup under another key, or plain into an encrypted journal, or encrypted
    into a plain one, is converted to the journal's first, beside the backups.
    """
    from netzjournal.store.journal import ReadOnlyJournal
    from netzjournal.store.records import ChangeSet

    if journal.read_only:
        raise ReadOnlyJournal(
            "This journal is open read-only; a backup cannot be restored into it."
        )
    conn = journal.connection()
    has_data = holds_people_or_notes(journal)
    source_key = None if cipher.is_plain_sqlite(backup) else (backup_key or cipher.active())
    # Read as it lies, or a copy with its -wal: nothing is written beside the backup.
    with untouched(backup, journal.path) as (readable, immutable):
        verify_backup(readable, has_data, key=source_key, immutable=immutable, shown_as=backup)
        _restore_into(journal, backup, readable, immutable, backup_dir, source_key, now)
    conn.execute("PRAGMA journal_mode=WAL")
    journal._migrate()
    journal.notify(ChangeSet(everything=True))
    return journal


def _restore_into(
    journal: Journal,
    backup: Path,
    readable: Path,
    immutable: bool,
    backup_dir: Path,
    source_key: cipher.Key | None,
    now: dt.datetime | None,
) -> None:
    """:func:`restore_backup`'s copy of the checked ``backup``, read as ``readable``
    (:func:`untouched`), into the journal, after the ``pre-restore`` backup."""
    conn = journal.connection()
    journal_key = None if isinstance(conn, sqlite3.Connection) else cipher.active()
    source, converted = readable, None
    try:
        if source_key != journal_key:
            # A plain backup (from before the encryption) into an encrypted journal, or
            # one under another key (a file from another journal): SQLite's backup API
            # copies only between files of one kind and key, so the backup is first
            # converted to the journal's key beside the backups (verified; removed after).
            from netzjournal.store import conversion

            backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # (none made yet)
            converted = backup_dir / f"journal-restoring-{os.getpid()}.part"
            try:
                conversion.copy_converted(
                    readable, converted, source_key, journal_key, immutable=immutable
                )
            except conversion.ConversionFailed as exc:
                detail = str(exc).replace(str(readable), str(backup))
                raise JournalDamaged(backup, detail, code="damaged") from exc
            source, immutable = converted, False
        create_backup(journal, backup_dir, reason="pre-restore", now=now)
        with contextlib.closing(
            cipher.connect(source, read_only=True, immutable=immutable, like=conn)
        ) as src:
            src.backup(conn)
    except cipher.Error as exc:
        raise _problem(exc, journal.path, "The backup could not be restored") from exc
    finally:
        if converted is not None:
            with contextlib.suppress(FileNotFoundError):
                converted.unlink()


def recover_from_backup(
    journal_path: Path, backup: Path, now: dt.datetime | None = None
) -> Path | None:
    """Replace an unreadable (or missing) journal file with a verified backup.

    Safe at every moment: the backup is copied into
    ``journal.sqlite3.restoring-<stamp>.part`` beside the journal, fsynced
    and checked; only then is the old file kept under a second name
    (``journal.sqlite3.damaged-<stamp>``, a hard link where the file system
    allows, else a verified copy) with its ``-wal``, and the new file
    renamed over the journal — one atomic step. Any failure before that
    leaves the old file where it was. Returns the kept file's path (None if
    there was no journal file).
    """
    now = now or dt.datetime.now()
    # Read as it lies, or a copy with its -wal: nothing is written beside the backup.
    with untouched(backup, journal_path) as (readable, immutable):
        verify_backup(readable, immutable=immutable, shown_as=backup)
        return _replace_with(journal_path, backup, readable, immutable, now)


def _replace_with(
    journal_path: Path, backup: Path, readable: Path, immutable: bool, now: dt.datetime
) -> Path | None:
    """:func:`recover_from_backup` once ``backup`` (read as ``readable``) passed its check."""
    stamp = f"{now:%Y%m%d-%H%M%S}"
    part = journal_path.with_name(f"{journal_path.name}.restoring-{stamp}.part")
    try:
        with removed_on_failure(part):
            src_conn = cipher.connect(readable, read_only=True, immutable=immutable)
            with contextlib.closing(src_conn) as src:
                _write_copy(src, part)
            report = inspect(part)
            if not report.ok:
                raise JournalDamaged(backup, f"the copy failed its check: {report.message()}")
            kept = _keep_aside(journal_path, stamp) if journal_path.exists() else None
            if not cipher.is_plain_sqlite(part):  # (its marker went with a deleted file)
                cipher.ensure_marker(journal_path)
            os.replace(part, journal_path)
            _sync_dir(journal_path.parent)
    except cipher.ErrorOrOS as exc:
        raise _problem(exc, journal_path, "The backup could not be restored") from exc
    return kept


def _keep_aside(journal_path: Path, stamp: str) -> Path:
    """Give the old journal (and its -wal) a second name before it is replaced."""
    kept = first_free(lambda n: journal_path.with_name(f"{journal_path.name}.damaged-{stamp}{n}"))
    try:
        os.link(journal_path, kept)  # the same file under a second name: no copy, no space
    except OSError:
        _copy_verified(journal_path, kept)
    for suffix in ("-wal", "-shm"):
        companion = journal_path.with_name(journal_path.name + suffix)
        if companion.exists():
            # It belongs to the old file; beside the new one SQLite would replay it.
            os.replace(companion, kept.with_name(kept.name + suffix))
    return kept


def _copy_verified(src: Path, dest: Path) -> None:
    import shutil

    part = dest.with_name(dest.name + ".part")
    with removed_on_failure(part):
        with (
            src.open("rb") as fin,
            open(os.open(part, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600), "wb") as fout,
        ):
            shutil.copyfileobj(fin, fout, 1 << 20)
            fout.flush()
            os.fsync(fout.fileno())
        if part.stat().st_size != src.stat().st_size:
            raise OSError(f"copy of {src.name} is incomplete")
        os.replace(part, dest)
