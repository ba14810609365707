"""Erasing a person everywhere: the journal, its free pages and WAL, backups, drafts.

"Delete this person everywhere" is a privacy promise: afterwards nothing in
the data folder holds them. A plain ``DELETE`` is not enough — the text stays
in free pages, in the ``-wal``, in the full-text index's older segments, and
in every backup. So :func:`erase_person`:

1. in one transaction: deletes the contact (channels, tags, participations,
   attendance at events, follow-ups, coach state go with it), the give & take lines about them,
   tags nobody else uses, and — if asked — the notes where they were the
   only participant; re-indexes the notes they shared (their name leaves
   those index documents; likewise the events they attended in the events'
   index) and merges the indexes (``optimize``), so no older index segment
   keeps their words;
2. with ``secure_delete`` on, ``VACUUM`` rewrites the file without free
   pages, and a ``TRUNCATE`` checkpoint empties the ``-wal``;
3. applies the same deletion to every backup that holds them — the person
   is recognised by id *and* creation time, so an id used again later for
   someone else is never touched. A backup is never changed in place: the
   cleaned copy is written beside it (``.erasing.part``), verified (opens,
   ``quick_check``, the person gone, everyone else still there), fsynced, and
   swapped in atomically. A backup that cannot be changed (unreadable, read
   only, a disk full) is left as it was and listed, as are damaged or
   set-aside copies of the journal that contain the person's words, so the
   user can delete them (:func:`delete_files`);
4. deletes a quick-note draft that names them.

Plain SQL on any ``sqlite3`` connection (the journal's or a backup's), so
backups at an older schema are cleaned too (missing tables are skipped).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from netzjournal.store import backups, cipher, fulltext
from netzjournal.store.changes import ChangeSet
from netzjournal.store.errors import NotFound, StoreError
from netzjournal.store.fsync import private_part, removed_on_failure, sync_dir
from netzjournal.store.journal import Journal
from netzjournal.store.values import ids_json

log = logging.getLogger(__name__)

PART_SUFFIX = ".erasing.part"


@dataclass
class ErasurePlan:
    """What erasing a person would remove (for the confirmation)."""

    contact_id: int
    name: str
    sole_notes: int  # notes where they were the only participant
    shared_notes: int  # notes with others: kept, without them
    give_take: int  # give & take lines about them
    follow_ups: int
    backups: int  # backup files that will be checked and cleaned
    drafts: list[Path] = field(default_factory=list)  # drafts that name them
    organisation: str = ""  # with the city: tells namesakes apart in the question
    city: str = ""


@dataclass
class ErasureReport:
    cleaned: list[Path] = field(default_factory=list)  # backups that held them, now clean
    unchanged: list[Path] = field(default_factory=list)  # backups that never held them
    # Could not be changed (path, reason): listed for the user to delete.
    unchangeable: list[tuple[Path, str]] = field(default_factory=list)
    drafts_deleted: list[Path] = field(default_factory=list)
    notes_deleted: int = 0
    wal_emptied: bool = True


class _Db:
    """Lets :mod:`fulltext` (which takes anything with ``connection()``) work on a copy."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def connection(self) -> sqlite3.Connection:
        return self._conn


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _identity(conn: sqlite3.Connection, contact_id: int) -> str | None:
    row = conn.execute("SELECT created_at FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return None if row is None else str(row[0])


def _notes_of(conn: sqlite3.Connection, contact_id: int) -> tuple[list[int], list[int]]:
    """(notes where they were the only participant, notes shared with others)."""
    rows = conn.execute(
        "SELECT p.interaction_id, (SELECT count(*) FROM participant q"
        "  WHERE q.interaction_id = p.interaction_id)"
        " FROM participant p WHERE p.contact_id = ?",
        (contact_id,),
    ).fetchall()
    return [i for i, n in rows if n == 1], [i for i, n in rows if n > 1]


def _erase_rows(conn: sqlite3.Connection, contact_id: int, with_sole_notes: bool) -> ChangeSet:
    """Delete the person's rows and index entries (the caller holds a transaction)."""
    tables = _tables(conn)
    sole, shared = _notes_of(conn, contact_id)
    changes = ChangeSet(contacts={contact_id}, interactions=set(sole) | set(shared))
    tag_ids = [r[0] for r in conn.execute(
        "SELECT tag_id FROM contact_tag WHERE contact_id = ?", (contact_id,))]  # fmt: skip
    note_ids = [i for (i,) in conn.execute(
        "SELECT interaction_id FROM give_take WHERE contact_id = ?", (contact_id,))]  # fmt: skip
    changes.interactions.update(note_ids)
    # The events they attended: the events' index names who was there (and their line).
    event_ids: list[int] = []
    if "attendance" in tables:
        event_ids = [i for (i,) in conn.execute(
            "SELECT event_id FROM attendance WHERE contact_id = ?", (contact_id,))]  # fmt: skip
        conn.execute("DELETE FROM attendance WHERE contact_id = ?", (contact_id,))
        changes.events.update(event_ids)
    conn.execute("DELETE FROM give_take WHERE contact_id = ?", (contact_id,))
    if with_sole_notes and sole:
        wanted = ids_json(sole)
        conn.execute(
            "DELETE FROM follow_up WHERE interaction_id IN (SELECT value FROM json_each(?))",
            (wanted,),
        )
        conn.execute(
            "DELETE FROM interaction WHERE id IN (SELECT value FROM json_each(?))", (wanted,)
        )
    conn.execute("DELETE FROM follow_up WHERE contact_id = ?", (contact_id,))
    if "coach_state" in tables:
        conn.execute("DELETE FROM coach_state WHERE contact_id = ?", (contact_id,))
    conn.execute("UPDATE contact SET introduced_by_id = NULL WHERE introduced_by_id = ?",
                 (contact_id,))  # fmt: skip
    conn.execute("DELETE FROM contact WHERE id = ?", (contact_id,))  # channels, tags, participants
    if "contact_merge" in tables:
        from netzjournal.store.merges import erase_merges

        erase_merges(conn, contact_id)  # (a merged-away copy may hold their details)
    if "contact_not_duplicate" in tables:  # ("not the same as …": no trace of them left)
        conn.execute(
            "DELETE FROM contact_not_duplicate WHERE low_id = ? OR high_id = ?",
            (contact_id, contact_id),
        )
    for tag_id in tag_ids:  # a tag only they had may be their name ("Familie Beispiel")
        conn.execute(
            "DELETE FROM tag WHERE id = ? AND NOT EXISTS (SELECT 1 FROM contact_tag"
            " WHERE tag_id = ?) AND NOT EXISTS (SELECT 1 FROM event_tag WHERE tag_id = ?)",
            (tag_id, tag_id, tag_id),
        )
    if "search_index" in tables:
        db = _Db(conn)
        fulltext.unindex_contacts(db, [contact_id], "contact_search" in tables)
        fulltext.index_interactions(db, changes.interactions)
        # Merge every index segment into one: deleted documents' terms leave
        # the older segments instead of waiting there for an automatic merge.
        conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
        if "contact_search" in tables:
            conn.execute("INSERT INTO contact_search (contact_search) VALUES ('optimize')")
    if "event_search" in tables:
        from netzjournal.store import events

        events.index_events(_Db(conn), event_ids)  # type: ignore[arg-type]
        conn.execute("INSERT INTO event_search (event_search) VALUES ('optimize')")
    return changes


def _compact(conn: sqlite3.Connection) -> bool:
    """VACUUM and empty the WAL; True if the WAL could be emptied."""
    conn.execute("VACUUM")
    journal_mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(journal_mode).lower() != "wal":
        return True
    for _ in range(40):  # a reader elsewhere may hold the WAL for a moment
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy == 0:
            return True
        time.sleep(0.05)
    return False


def _needles(conn: sqlite3.Connection, contact_id: int) -> list[bytes]:
    """Distinctive strings of the person, as bytes (to find copies holding them)."""
    row = conn.execute(
        "SELECT display_name, given_name, family_name FROM contact WHERE id = ?", (contact_id,)
    ).fetchone()
    found: list[str] = []
    if row:
        display, given, family = (str(x or "") for x in row)
        found += [display, f"{given} {family}".strip()]
    found += [r[0] for r in conn.execute(
        "SELECT value FROM contact_channel WHERE contact_id = ?", (contact_id,))]  # fmt: skip
    return [s.encode("utf-8") for s in dict.fromkeys(s.strip() for s in found) if len(s) >= 4]


def _draft_files(drafts_dir: Path | None) -> list[Path]:
    if drafts_dir is None or not drafts_dir.is_dir():
        return []
    return sorted(p for p in drafts_dir.iterdir() if p.is_file())


def _drafts_of(drafts_dir: Path | None, contact_id: int, needles: list[bytes]) -> list[Path]:
    """The drafts that name them, and their contact editor's draft (by id: its name
    fields may hold what was typed since)."""
    own = f"contact-{contact_id}"
    return [p for p in _draft_files(drafts_dir)
            if p.name.split(".")[0] == own or _mentions(p, needles, fold=True)]  # fmt: skip


def _mentions(path: Path, needles: list[bytes], fold: bool = False) -> bool:
    try:
        key = cipher.active()
        sealed = cipher.read_sealed(path, key) if key and path.suffix == ".sealed" else None
        data = sealed if sealed is not None else path.read_bytes()
    except OSError:
        return False
    if fold:
        text = data.decode("utf-8", "replace").casefold()
        return any(n.decode("utf-8").casefold() in text for n in needles)
    return any(n in data for n in needles)


def plan_erasure(j: Journal, contact_id: int, drafts_dir: Path | None = None) -> ErasurePlan:
    conn = j.connection()
    row = conn.execute(
        "SELECT coalesce(nullif(display_name, ''), trim(given_name || ' ' || family_name)),"
        " organisation, city FROM contact WHERE id = ?",
        (contact_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"Contact {contact_id} does not exist.")
    sole, shared = _notes_of(conn, contact_id)
    give_take, follow_ups = conn.execute(
        "SELECT (SELECT count(*) FROM give_take WHERE contact_id = ?1),"
        " (SELECT count(*) FROM follow_up WHERE contact_id = ?1)",
        (contact_id,),
    ).fetchone()
    needles = _needles(conn, contact_id)
    return ErasurePlan(
        contact_id=contact_id,
        name=str(row[0]),
        sole_notes=len(sole),
        shared_notes=len(shared),
        give_take=int(give_take),
        follow_ups=int(follow_ups),
        backups=len(backups.list_backups(j.backup_dir)),
        drafts=_drafts_of(drafts_dir, contact_id, needles),
        organisation=str(row[1] or ""),
        city=str(row[2] or ""),
    )


def _clean_backup(path: Path, contact_id: int, identity: str, with_sole_notes: bool) -> bool:
    """Erase the person from one backup file; False if it never held them.

    The cleaned copy is made and verified beside the backup, then swapped in.
    Raises on any failure, leaving the backup as it was.
    """
    with contextlib.closing(cipher.connect(path, read_only=True)) as src:
        if _identity(src, contact_id) != identity:
            return False  # not in this backup (or the id belonged to someone else)
        contacts_before = src.execute("SELECT count(*) FROM contact").fetchone()[0]
        part = path.with_name(path.name + PART_SUFFIX)
        with removed_on_failure(part):
            # Private, fsynced, and flock-ed while written: another process's
            # clean_leftovers leaves it alone (it matches ``journal-*.part``).
            with (
                private_part(part),
                contextlib.closing(cipher.connect(part, like=src, isolation_level=None)) as out,
            ):
                src.backup(out)
                out.execute("PRAGMA journal_mode = DELETE")
                out.execute("PRAGMA secure_delete = ON")
                out.execute("PRAGMA foreign_keys = ON")
                out.execute("BEGIN")
                _erase_rows(out, contact_id, with_sole_notes)
                out.execute("COMMIT")
                _compact(out)
                check = [r[0] for r in out.execute("PRAGMA quick_check")]
                left = out.execute("SELECT count(*) FROM contact").fetchone()[0]
                gone = _identity(out, contact_id) is None
            if check != ["ok"] or not gone or left != contacts_before - 1:
                raise StoreError(f"the cleaned copy of {path.name} did not verify")
            os.replace(part, path)
            sync_dir(path.parent)
    return True


def _other_copies(j: Journal) -> list[Path]:
    """Copies of the journal that are not backups: damaged, set aside, half-written."""
    found: list[Path] = []
    folder = j.path.parent
    if folder.is_dir():
        found += [p for p in folder.iterdir()
                  if p.name.startswith(j.path.name + ".") and p.is_file()
                  and (".damaged-" in p.name or ".set-aside-" in p.name)]  # fmt: skip
    if j.backup_dir.is_dir():
        known = {b.path for b in backups.list_backups(j.backup_dir)}
        found += [p for p in j.backup_dir.iterdir() if p.is_file() and p not in known]
    return sorted(found)


def erase_person(
    j: Journal,
    contact_id: int,
    *,
    with_sole_notes: bool,
    drafts_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ErasureReport:
    """Erase a person from the journal, its backups and drafts (see the module doc).

    Not undoable, and not backed up first: a backup would keep them.
    ``progress(done, total)`` is called per backup.
    """
    conn = j.connection()
    identity = _identity(conn, contact_id)
    if identity is None:
        raise NotFound(f"Contact {contact_id} does not exist.")
    needles = _needles(conn, contact_id)
    report = ErasureReport()
    report.drafts_deleted = _drafts_of(drafts_dir, contact_id, needles)
    sole, _shared = _notes_of(conn, contact_id)
    previous = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with j.write() as changes:
            changes.update(_erase_rows(conn, contact_id, with_sole_notes))
        report.notes_deleted = len(sole) if with_sole_notes else 0
        report.wal_emptied = _compact(conn)
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(previous)}")
    for draft in report.drafts_deleted:
        with contextlib.suppress(FileNotFoundError):
            draft.unlink()
    found = backups.list_backups(j.backup_dir)
    for n, info in enumerate(found):
        if progress is not None:
            progress(n, len(found))
        try:
            changed = _clean_backup(info.path, contact_id, identity, with_sole_notes)
        except (*cipher.ErrorOrOS, StoreError) as exc:  # type: ignore[misc]
            log.warning("backup %s could not be cleaned: %s", info.path.name, exc)
            report.unchangeable.append((info.path, str(exc)))
            continue
        (report.cleaned if changed else report.unchanged).append(info.path)
    for other in _other_copies(j):
        if other.name.endswith(".part"):  # PART_SUFFIX too
            with contextlib.suppress(OSError):  # half-written copies: never a backup
                other.unlink()
            continue
        if _mentions(other, needles):
            report.unchangeable.append((other, "not a readable backup"))
    if progress is not None:
        progress(len(found), len(found))
    return report


def delete_files(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Delete files the user chose (backups that could not be cleaned); returns failures."""
    failed: list[tuple[Path, str]] = []
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed.append((path, exc.strerror or str(exc)))
    return failed
