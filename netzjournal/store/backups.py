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
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from netzjournal.store.errors import JournalDamaged, StoreError

if TYPE_CHECKING:
    from netzjournal.store.journal import Journal

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
    stamp = m.group(1)  # YYYYMMDD-HHMMSS (parsed by hand: strptime costs the start ~3 ms)
    try:
        created = dt.datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]),
                              int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]))  # fmt: skip
    except ValueError:
        return None
    return BackupInfo(path, created, m.group(3), path.stat().st_size)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every backup in ``backup_dir``, newest first."""
    if not backup_dir.is_dir():
        return []
    found = [info for p in backup_dir.iterdir() if (info := _parse(p))]
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def _copy_database(src: sqlite3.Connection, dest: Path) -> None:
    """Copy ``src`` into a new private file at ``dest``, atomically."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        part.unlink()
    fd = os.open(part, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        out = sqlite3.connect(part)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
        with part.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(part, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise


def create_backup(
    journal: Journal, backup_dir: Path, reason: str = "manual", now: dt.datetime | None = None
) -> BackupInfo:
    """Write a consistent copy of the open journal; returns its description."""
    now = now or dt.datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    dest = backup_dir / f"journal-{stamp}-{reason}.sqlite3"
    n = 1
    while dest.exists():
        n += 1
        dest = backup_dir / f"journal-{stamp}-{n}-{reason}.sqlite3"
    try:
        _copy_database(journal.connection(), dest)
    except OSError as exc:
        raise StoreError(f"The backup could not be written to {backup_dir}: {exc}") from exc
    except sqlite3.OperationalError as exc:
        raise StoreError(f"The backup could not be written to {backup_dir}: {exc}") from exc
    info = _parse(dest)
    assert info is not None
    return info


def rotate(backup_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups beyond the retention plan; returns what was deleted."""
    now = now or dt.datetime.now()
    backups = list_backups(backup_dir)
    keep: set[Path] = {b.path for b in backups if now - b.created < dt.timedelta(hours=24)}
    for key, count in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for b in backups:  # newest first: the first of each period is its newest
            period = key(b.created)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            keep.add(b.path)
    deleted = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink()
            deleted.append(b.path)
    return deleted


def before_bulk_change(journal: Journal, reason: str) -> BackupInfo:
    """Back up before a destructive change of many rows (an import, a bulk delete).

    Runs outside any transaction, so the copy shows the last committed state.
    """
    return create_backup(journal, journal.backup_dir, reason=reason)


def ensure_daily(journal: Journal, backup_dir: Path, now: dt.datetime | None = None) -> bool:
    """Take the day's first backup if there is none yet; rotate. True if taken."""
    now = now or dt.datetime.now()
    if any(b.created.date() == now.date() for b in list_backups(backup_dir)):
        return False
    create_backup(journal, backup_dir, reason="daily", now=now)
    rotate(backup_dir, now)
    return True


def verify_backup(path: Path) -> None:
    """Raise :class:`JournalDamaged` unless ``path`` is a healthy SQLite file."""
    from netzjournal.store.journal import check_file

    check_file(path)
    uri = f"file:{path}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise JournalDamaged(path, str(exc)) from exc
    if result != ["ok"]:
        raise JournalDamaged(path, "; ".join(result[:3]))


def _backup_schema(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        conn.close()
    return int(row[0]) if row and str(row[0]).isdigit() else 0


def restore_backup(
    journal: Journal, backup: Path, backup_dir: Path, now: dt.datetime | None = None
) -> Journal:
    """Replace the journal's content with ``backup``, in place; returns the journal.

    The backup is verified first (and refused if a newer netzjournal wrote
    it), and the current state is itself backed up (reason ``pre-restore``)
    so a restore can be undone. An older backup is migrated after the copy.
    Subscribers hear ``ChangeSet(everything=True)``.
    """
    from netzjournal.store.journal import latest_schema
    from netzjournal.store.records import ChangeSet

    verify_backup(backup)
    if _backup_schema(backup) > latest_schema():
        raise StoreError(
            f"The backup {backup.name} was written by a newer netzjournal; it cannot be restored."
        )
    create_backup(journal, backup_dir, reason="pre-restore", now=now)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        src.backup(journal.connection())
    finally:
        src.close()
    journal.connection().execute("PRAGMA journal_mode=WAL")
    journal._migrate()
    journal.notify(ChangeSet(everything=True))
    return journal


def recover_from_backup(journal_path: Path, backup: Path, now: dt.datetime | None = None) -> Path:
    """Replace an unreadable journal file with a verified backup.

    The unreadable file (with its ``-wal``/``-shm`` companions) is kept,
    renamed to ``journal.sqlite3.damaged-YYYYMMDD-HHMMSS``; returns that path.
    """
    now = now or dt.datetime.now()
    verify_backup(backup)
    kept = journal_path.with_name(f"{journal_path.name}.damaged-{now:%Y%m%d-%H%M%S}")
    for suffix in ("", "-wal", "-shm"):
        src = journal_path.with_name(journal_path.name + suffix)
        if src.exists():
            os.replace(src, kept.with_name(kept.name + suffix))
    src_conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        _copy_database(src_conn, journal_path)
    finally:
        src_conn.close()
    return kept
