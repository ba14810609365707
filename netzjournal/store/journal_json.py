"""The whole journal as JSON, and back into an empty journal.

The export is versioned (``format``, ``version``, ``schema``) and lists every
table's rows as objects, one row per line. SQLite writes each row's JSON
itself (``json_object``): the standard library's encoder falls back to pure
Python as soon as it indents, which made the export of a large journal take
1.4–1.9 s.

A restore goes into an empty journal only, in one transaction: it checks
what it is given (format, version, tables, columns, references) and refuses
with a reason (:class:`RestoreRefused`) rather than loading half a file.
"""

from __future__ import annotations

import json
import sqlite3

from netzjournal import __version__
from netzjournal.progress import Progress, ignore
from netzjournal.store import cipher, events, fulltext, merges
from netzjournal.store.errors import ValidationError
from netzjournal.store.journal import Journal, latest_schema

JSON_FORMAT = "netzjournal-export"
JSON_VERSION = 1
# A restore reads the whole export (a journal of 5,000 people and 50,000 notes
# is some 30 MB); larger files than this are refused rather than exhaust memory.
MAX_EXPORT_BYTES = 1024 * 1024 * 1024

# Tables in an order that satisfies foreign keys on the way back in (and
# contact_merge after contact: a contact inserted ends its id's merge record).
# Left out on purpose (tests/test_roundtrip_json.py holds the list): the search
# indexes and contact_summary (rebuilt from these rows), schema_migration and meta
# (the file's own), the sync tables (per device: a restored journal syncs anew).
JSON_TABLES = (
    "contact", "contact_merge", "contact_not_duplicate", "contact_channel", "tag",
    "contact_tag", "event", "event_tag", "attendance",
    "interaction", "participant", "give_take", "follow_up", "setting", "opener_template",
    "coach_state",
)  # fmt: skip
# A journal holding rows in any of these is not empty (settings may differ).
_CONTENT = ("contact", "interaction", "event", "tag", "follow_up", "opener_template")

#: English wording of each reason a restore is refused; ``ui`` translates the codes.
REFUSALS = {
    "not_export": "This is not a netzjournal JSON export.",
    "too_new": "The export was made by a newer netzjournal (schema {schema}); "
    "this version reads up to schema {ours}.",
    "not_empty": "A JSON export is restored into an empty journal only; this one already "
    "holds {what}.",
    "damaged": "The export is damaged and was not restored: {detail}",
    "cut_short": "The export ends early (line {line}): it was cut short, perhaps by a full "
    "disk or a copy that did not finish. Nothing was restored; restore a complete copy.",
}


class RestoreRefused(ValidationError):
    """Why a JSON export was not restored: ``code`` (see :data:`REFUSALS`) and details."""

    def __init__(self, code: str, params: dict[str, str]) -> None:
        self.code, self.params = code, params
        super().__init__(str(self))

    def __str__(self) -> str:
        text = REFUSALS[self.code]
        for key, value in self.params.items():
            text = text.replace("{" + key + "}", value)
        return text


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def row_order(conn: sqlite3.Connection, table: str) -> str:
    """The rows' order: as written (rowid), or a WITHOUT ROWID table's key."""
    info = conn.execute(f"PRAGMA table_info({table})").fetchall()
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    if sql and "WITHOUT ROWID" in sql[0].upper():
        return ", ".join(f'"{r[1]}"' for r in sorted(info, key=lambda r: r[5]) if r[5])
    if conn.execute(
        "SELECT 1 FROM sqlite_temp_master WHERE type = 'view' AND name = ?", (table,)
    ).fetchone():
        # An older journal read through older_schema's view: a view has no rowid (SQLCipher's
        # SQLite refuses it); the table's key (an INTEGER PRIMARY KEY is its rowid) orders alike.
        keys = conn.execute(f"PRAGMA main.table_info({table})").fetchall()
        return ", ".join(f'"{r[1]}"' for r in sorted(keys, key=lambda r: r[5]) if r[5]) or "1"
    return "rowid"


def export_text(j: Journal, progress: Progress = ignore) -> str:
    """The whole journal, table by table; ``progress("export", …)`` per table."""
    conn = j.connection()
    head = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        # A journal read as if upgraded (older_schema.py) is exported with the new
        # columns: its rows are this schema's (an older version says "too new", not
        # "damaged").
        "schema": latest_schema() if j.behind_schema else j.schema_version,
        "app_version": __version__,
    }
    parts = [json.dumps(head, ensure_ascii=False)[:-1], ',\n "tables": {']
    for n, table in enumerate(JSON_TABLES):
        progress("export", n, len(JSON_TABLES))
        columns = _columns(conn, table)
        pairs = ", ".join(f"'{c}', \"{c}\"" for c in columns)
        try:
            rows = [r[0] for r in conn.execute(f"SELECT json_object({pairs}) FROM {table} "
                                                f"ORDER BY {row_order(conn, table)}")]  # fmt: skip
        except cipher.OperationalError:  # a BLOB where text belongs: let Python word it
            rows = _rows_in_python(conn, table)
        body = ",\n   ".join(rows)
        sep = "," if n < len(JSON_TABLES) - 1 else ""
        parts.append(
            f'\n  "{table}": [\n   {body}\n  ]{sep}' if rows else f'\n  "{table}": []{sep}'
        )
    progress("export", len(JSON_TABLES), len(JSON_TABLES))
    parts.append("\n }\n}\n")
    return "".join(parts)


def _rows_in_python(conn: sqlite3.Connection, table: str) -> list[str]:
    cur = conn.execute(f"SELECT * FROM {table} ORDER BY {row_order(conn, table)}")
    names = [d[0] for d in cur.description]

    def plain(value: object) -> object:
        return value.decode("utf-8", errors="replace") if isinstance(value, bytes) else value

    return [
        json.dumps(dict(zip(names, map(plain, row), strict=True)), ensure_ascii=False)
        for row in cur
    ]


def journal_contents(j: Journal) -> dict[str, int]:
    """How many rows the journal holds in the tables that make it not empty."""
    conn = j.connection()
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _CONTENT}


def check_empty(j: Journal) -> None:
    """Raise :class:`RestoreRefused` ("not_empty") if the journal holds anything."""
    held = {t: n for t, n in journal_contents(j).items() if n}
    if held:
        words = {"contact": "contacts", "interaction": "notes", "event": "events", "tag": "tags",
                 "follow_up": "follow-ups", "opener_template": "opener templates"}  # fmt: skip
        what = ", ".join(f"{words[t]}: {n}" for t, n in held.items())
        raise RestoreRefused("not_empty", {"what": what, **{t: str(n) for t, n in held.items()}})


def parse_export(data: bytes | str, j: Journal) -> dict:
    """The export's contents, checked against this journal's schema."""
    try:
        parsed = json.loads(data)
    except (ValueError, RecursionError) as exc:
        _refuse_ours_cut_short(data, exc)
        raise RestoreRefused("not_export", {"detail": str(exc)[:200]}) from exc
    if (
        not isinstance(parsed, dict)
        or parsed.get("format") != JSON_FORMAT
        or not isinstance(parsed.get("tables"), dict)
    ):
        raise RestoreRefused("not_export", {})
    try:
        version, schema = int(parsed.get("version", 0)), int(parsed.get("schema", 0))
    except (TypeError, ValueError) as exc:
        raise RestoreRefused("not_export", {}) from exc
    if version > JSON_VERSION or schema > j.schema_version:
        raise RestoreRefused("too_new", {"schema": str(schema), "ours": str(j.schema_version)})
    conn = j.connection()
    for table, rows in parsed["tables"].items():
        if table not in JSON_TABLES:
            raise RestoreRefused("damaged", {"detail": f"unknown table {table[:40]!r}"})
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise RestoreRefused("damaged", {"detail": f"{table}: not a list of rows"})
        known = set(_columns(conn, table))
        for row in rows:
            unknown = set(row) - known
            if unknown:
                name = sorted(unknown)[0][:40]
                raise RestoreRefused("damaged", {"detail": f"{table}: unknown column {name!r}"})
    return parsed


def _refuse_ours_cut_short(data: bytes | str, exc: Exception) -> None:
    """An export of ours whose JSON stops at its end was cut short (a full disk, a copy
    stopped): said as such, with the line it ends on, not as "not an export"."""
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    head = text[:200].replace(" ", "").replace("\n", "")
    end = text.rstrip()
    at_end = getattr(exc, "pos", 0) >= len(end) - 1 or not end.endswith("}")
    if head.startswith('{"format":"' + JSON_FORMAT + '"') and at_end:
        raise RestoreRefused("cut_short", {"line": str(end.count("\n") + 1)}) from exc


def _check_merge_records(j: Journal) -> None:
    """Inside the restore: a merge record stands for a contact that is gone (a contact
    inserted ends its record: the table's trigger), and its kept copy reads. One that
    names a contact still present would send that person's links to another one."""
    conn = j.connection()
    present = conn.execute(
        "SELECT m.from_id FROM contact_merge m JOIN contact c ON c.id = m.from_id LIMIT 1"
    ).fetchone()
    if present:
        detail = f"contact_merge: contact {present[0]} is present and recorded as merged away"
        raise RestoreRefused("damaged", {"detail": detail})
    for (gone,) in conn.execute("SELECT from_id FROM contact_merge WHERE was != ''").fetchall():
        try:
            merges.as_was(j, gone)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            detail = f"contact_merge row {gone}: its copy of the contact does not read"
            raise RestoreRefused("damaged", {"detail": detail}) from exc


def restore(j: Journal, data: bytes | str, progress: Progress = ignore) -> int:
    """Load a JSON export into an empty journal in one transaction; the rows written.

    Raises :class:`RestoreRefused` (nothing written) for a file that is not an
    export, one from a newer netzjournal, a damaged one, or a journal that is
    not empty (checked first, and again inside the transaction under its write
    lock). ``progress("restore", …)`` (then "index" while the search index is built)
    may raise to stop: nothing is kept.
    """
    check_empty(j)
    progress("restore", 0, 1)  # reading a large file takes a moment: show the dialog
    parsed = parse_export(data, j)
    tables = parsed["tables"]
    total = sum(len(tables.get(t, [])) for t in JSON_TABLES) or 1
    conn = j.connection()
    done = 0
    try:
        with j.write() as changes:
            # Again where it counts: another process (a second window, `note add`) may
            # have written since the check above, while the export was read. After the
            # write lock nobody can until this commits.
            j.lock_for_writing()
            check_empty(j)
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in JSON_TABLES:
                rows = tables.get(table, [])
                # Rows with the same columns go in together.
                groups: dict[tuple[str, ...], list[list[object]]] = {}
                for row in rows:
                    groups.setdefault(tuple(row), []).append(list(row.values()))
                for cols, values in groups.items():
                    verb = "INSERT OR REPLACE" if table == "setting" else "INSERT"
                    names = ", ".join(f'"{c}"' for c in cols)
                    marks = ", ".join("?" * len(cols))
                    for start in range(0, len(values), 2000):
                        progress("restore", done, total)
                        chunk = values[start : start + 2000]
                        conn.executemany(f"{verb} INTO {table} ({names}) VALUES ({marks})", chunk)
                        done += len(chunk)
            broken = conn.execute("PRAGMA foreign_key_check").fetchone()
            if broken:
                raise RestoreRefused(
                    "damaged", {"detail": f"{broken[0]} row {broken[1]} refers to a missing row"}
                )
            _check_merge_records(j)
            progress("restore", done, total)
            progress("index", 0, 1)
            fulltext.rebuild(j)
            events.rebuild_event_index(j)
            progress("index", 1, 1)
            changes.everything = True
    except cipher.IntegrityError + cipher.InterfaceError + cipher.ProgrammingError as exc:
        raise RestoreRefused("damaged", {"detail": str(exc)[:200]}) from exc
    return done
