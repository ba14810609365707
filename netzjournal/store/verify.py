"""Is this file a healthy netzjournal journal? (Backups, recovery copies, the journal.)

:func:`inspect` only reads: it opens the file read-only through a quoted
URI, runs ``PRAGMA quick_check``, looks for the ``meta`` row that every
journal carries (``schema_version``) and counts contacts and notes. The
result names a problem code instead of raising, so a list of backups can
show each one's state.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from netzjournal.store import cipher
from netzjournal.store.errors import JournalDamaged

# The problem codes and their English wording (command line, logs); the
# window words them in ui/recovery_dialog.py.
PROBLEMS = {
    "empty": "the file is empty (0 bytes)",
    "not-sqlite": "the file is not a netzjournal journal (no SQLite header)",
    "truncated": "the file is truncated",
    "damaged": "the file is damaged (it fails SQLite's check)",
    "not-a-journal": "the file is an SQLite database but not a netzjournal journal",
    "newer": "the file was written by a newer netzjournal",
    "no-data": "the file holds no contacts or notes, but the journal had some",
    "unreadable": "the file cannot be read",
}


@dataclass(frozen=True)
class FileReport:
    """What :func:`inspect` found; ``problem`` is None for a healthy journal."""

    path: Path
    problem: str | None = None
    detail: str = ""
    schema: int = 0
    contacts: int = 0
    notes: int = 0

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def has_data(self) -> bool:
        return self.contacts + self.notes > 0

    def message(self) -> str:
        """One English line: the problem and SQLite's own words, if any."""
        text = PROBLEMS.get(self.problem or "", "the file is healthy")
        if self.detail.startswith(text):  # check_file's own words already name it
            return self.detail
        return f"{text}: {self.detail}" if self.detail else text

    def raise_if_bad(self) -> None:
        if self.problem is not None:
            raise JournalDamaged(self.path, self.message(), code=self.problem)


def inspect(
    path: Path, latest: int | None = None, key: cipher.Key | None = None, immutable: bool = False
) -> FileReport:
    """Check ``path`` as a journal: header, ``quick_check``, schema row, counts.

    ``latest``: the newest schema this version knows (a file from a newer
    netzjournal gets ``problem="newer"``); None skips that test. ``key``: the
    file's own key where it is not the active one (a backup file from another
    journal); the active key is never changed for it (the window's workers use it).
    ``immutable``: for a file nothing writes and no ``-wal`` lies beside (a backup file
    from elsewhere): SQLite then leaves no ``-shm``/``-wal`` beside it, as a read-only
    open of a WAL journal's copy does.
    """
    from netzjournal.store.journal import check_file

    try:
        if path.stat().st_size == 0:
            return FileReport(path, "empty")
        check_file(path, encrypted_ok=(key or cipher.active()) is not None)
    except JournalDamaged as exc:
        return FileReport(path, exc.code, exc.detail)
    except OSError as exc:
        return FileReport(path, "unreadable", exc.strerror or str(exc))
    try:
        conn = cipher.connect(path, read_only=True, immutable=immutable, timeout=5.0, key=key)
    except cipher.Error as exc:
        return FileReport(path, "unreadable", str(exc))
    try:
        if cipher.looks_encrypted(path) and not cipher.opens(conn):
            # No SQLite header and the journal's key does not open it: damaged,
            # or encrypted with another key (the bytes cannot tell).
            return FileReport(path, "damaged", "or encrypted with another key")
        result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            return FileReport(path, "damaged", "; ".join(result[:3]))
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
            notes = conn.execute("SELECT count(*) FROM interaction").fetchone()[0]
        except cipher.DatabaseError as exc:
            return FileReport(path, "not-a-journal", str(exc))
        schema = _schema(conn, tables)
        if schema is None:
            return FileReport(path, "not-a-journal", "no schema row")
        if latest is not None and schema > latest:
            return FileReport(path, "newer", f"schema {schema}", schema, contacts, notes)
        return FileReport(path, None, "", schema, contacts, notes)
    except cipher.DatabaseError as exc:
        from netzjournal.store.environment import classify

        code = "unreadable" if classify(exc, path) else "damaged"
        return FileReport(path, code, str(exc))
    finally:
        conn.close()


def _schema(conn: sqlite3.Connection, tables: set[str]) -> int | None:
    """The schema from ``meta`` (or, before that row was written, the migration history)."""
    found = []
    if "meta" in tables:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None and str(row[0]).isdigit():
            found.append(int(row[0]))
    if "schema_migration" in tables:
        names = [r[0] for r in conn.execute("SELECT name FROM schema_migration")]
        found += [int(n[:4]) for n in names if n[:4].isdigit()]
    return max(found) if found else None
