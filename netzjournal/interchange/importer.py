"""From files to journal contacts: read, find duplicates, plan, apply at once.

The plan lists for every person what will happen (create, merge into an
existing contact, skip) and why; applying it takes a backup first and writes
everything in one transaction, so an import is all or nothing — and can be
undone later as one step (:func:`undo_import`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from netzjournal import store
from netzjournal.interchange.csv_in import decode, looks_binary, read_csv
from netzjournal.interchange.model import ImportedContact, Problem, ReadResult
from netzjournal.interchange.progress import Progress, ignore
from netzjournal.interchange.vcard import read_vcards
from netzjournal.store.bulk import bulk_load
from netzjournal.store.folding import fold

MAX_FILE_BYTES = 20 * 1024 * 1024  # larger files are refused, not read into memory


CSV_SUFFIXES = (".csv", ".txt", ".tsv")


def is_json_export(data: bytes) -> bool:
    """Whether these bytes begin like netzjournal's JSON export."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b'"netzjournal-export"' in head


def read_paths(
    paths: Iterable[Path], mapping: dict[str, str] | None = None, progress: Progress = ignore
) -> ReadResult:
    """Read every file (folders: their .vcf and .csv files); problems are collected.

    ``mapping`` (our field → header name) is used for CSV files of no known layout.
    A file is recognised by what it holds; one with another extension is read
    as CSV only if it holds a table, else reported as of unknown format.
    ``progress("read", files done, files)`` may raise to stop.
    """
    result = ReadResult()
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in (".vcf", ".csv"))
        else:
            files.append(path)
    formats = set()
    for done, path in enumerate(files):
        progress("read", done, len(files))
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                limit = MAX_FILE_BYTES // 1024 // 1024
                result.problems.append(Problem.of(path.name, 0, "too_large", limit=limit))
                continue
            data = path.read_bytes()
        except OSError as exc:
            result.problems.append(Problem.of(path.name, 0, "unreadable", reason=exc.strerror))
            continue
        if not data.strip():
            result.problems.append(Problem.of(path.name, 0, "empty_file"))
            continue
        part = _read_one(path, data, mapping)
        formats.add(part.format)
        result.contacts += part.contacts
        result.problems += part.problems
    progress("read", len(files), len(files))
    result.format = ", ".join(sorted(f for f in formats if f))
    return result


def _read_one(path: Path, data: bytes, mapping: dict[str, str] | None) -> ReadResult:
    head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe").replace(b"\x00", b"").upper()
    suffix = path.suffix.lower()
    if b"BEGIN:VCARD" in head or suffix == ".vcf":
        return read_vcards(data, path.name)
    if is_json_export(data):
        part = ReadResult()
        part.problems.append(Problem.of(path.name, 0, "json_export"))
        return part
    part = read_csv(data, path.name)
    if mapping and part.format == "csv-generic":
        part = read_csv(data, path.name, mapping)
    if suffix not in CSV_SUFFIXES and not part.contacts:
        # Not named a table and none found in it: say what it is not.
        part = ReadResult()
        binary = looks_binary(decode(data[:65536])[0])
        part.problems.append(Problem.of(path.name, 0, "not_text" if binary else "unknown_format"))
    return part


@dataclass
class PlanRow:
    contact: ImportedContact
    action: str  # "create", "merge" or "skip"
    match_id: int | None = None  # the existing contact it would merge into
    reason: str = ""  # why it looks like a duplicate


@dataclass
class ImportPlan:
    rows: list[PlanRow]
    problems: list[Problem]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


def _key_name(c: ImportedContact | store.ContactRecord) -> str:
    return " ".join(sorted(fold(c.name).split()))


def plan_import(j: store.Journal, read: ReadResult, progress: Progress = ignore) -> ImportPlan:
    """Propose an action for each person: duplicates (same e-mail; same name and
    organisation; a name that folds the same) become merges, repeats within the
    files are skipped."""
    existing = {cid: store.get_contact(j, cid) for cid, _ in store.contact_names(j)}
    by_email: dict[str, int] = {}
    by_name_org: dict[tuple[str, str], int] = {}
    by_name: dict[str, int] = {}
    for cid, rec in existing.items():
        for email in rec.emails():
            by_email.setdefault(email.casefold(), cid)
        by_name_org.setdefault((_key_name(rec), fold(rec.organisation)), cid)
        by_name.setdefault(_key_name(rec), cid)
    rows: list[PlanRow] = []
    seen: dict[str, int] = {}
    for n, c in enumerate(read.contacts):
        if n % 500 == 0:
            progress("check", n, len(read.contacts))
        emails = [e.value.casefold() for e in c.emails]
        own_key = emails[0] if emails else f"{_key_name(c)}|{fold(c.organisation)}"
        if own_key in seen:
            rows.append(PlanRow(c, "skip", reason="twice in the files"))
            continue
        seen[own_key] = len(rows)
        match = next((by_email[e] for e in emails if e in by_email), None)
        if match is not None:
            rows.append(PlanRow(c, "merge", match, "same e-mail address"))
            continue
        key = (_key_name(c), fold(c.organisation))
        if key[0] and key in by_name_org:
            rows.append(PlanRow(c, "merge", by_name_org[key], "same name and organisation"))
        elif key[0] and key[0] in by_name:
            rows.append(PlanRow(c, "create", by_name[key[0]], "a similar name exists"))
        else:
            rows.append(PlanRow(c, "create"))
    return ImportPlan(rows, list(read.problems))


@dataclass
class ImportOutcome:
    created: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    skipped: int = 0
    before: store.Snapshot | None = None  # the merged contacts as they were
    backup: Path | None = None


def _merge_into(rec: store.ContactRecord, new: store.ContactRecord) -> store.ContactRecord:
    for name in ("given_name", "family_name", "salutation", "title_prefix", "organisation",
                 "department", "role", "city", "source", "met_on", "birthday"):  # fmt: skip
        if not getattr(rec, name) and getattr(new, name):
            setattr(rec, name, getattr(new, name))
    known = {(c.kind, c.value.casefold()) for c in rec.channels}
    rec.channels += [c for c in new.channels if (c.kind, c.value.casefold()) not in known]
    rec.tags = list(dict.fromkeys([*rec.tags, *new.tags]))
    if new.notes and new.notes not in rec.notes:
        rec.notes = f"{rec.notes}\n\n{new.notes}".strip()
    return rec


def apply_import(j: store.Journal, plan: ImportPlan, progress: Progress = ignore) -> ImportOutcome:
    """Back up, then carry out the plan in one transaction (all or nothing).

    ``progress("write", …)`` may raise :class:`~netzjournal.interchange.progress.Cancelled`:
    the transaction is rolled back and the journal is as it was.
    """
    outcome = ImportOutcome()
    info = store.backups.before_bulk_change(j, "pre-import")
    outcome.backup = info.path
    merge_ids = [r.match_id for r in plan.rows if r.action == "merge" and r.match_id]
    outcome.before = store.snapshot_contacts(j, merge_ids)
    new_records: list[store.ContactRecord] = []
    with j.write():
        for n, row in enumerate(plan.rows):
            if n % 200 == 0:
                progress("write", n, len(plan.rows))
            if row.action == "skip":
                outcome.skipped += 1
                continue
            record = row.contact.to_record()
            if row.action == "merge" and row.match_id:
                merged = _merge_into(store.get_contact(j, row.match_id), record)
                store.update_contact(j, merged)
                outcome.merged.append(row.match_id)
            else:
                if not record.name and not record.organisation:
                    record.display_name = (record.emails() or ["?"])[0]
                store.contacts.validate(record)
                new_records.append(record)
        # New people go in as one bulk insert (5,000 one by one took ~8 s).
        first = j.db.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0]
        for n, record in enumerate(new_records):
            record.id = first + n
        bulk_load(j, new_records, [], [])
        progress("write", len(plan.rows), len(plan.rows))
        outcome.created = [r.id or 0 for r in new_records]
    return outcome


def undo_import(j: store.Journal, outcome: ImportOutcome) -> None:
    """Take a whole import back: delete what it created, restore what it merged."""
    with j.write():
        if outcome.created:
            store.delete_contacts(j, outcome.created)
        if outcome.before is not None:
            store.restore_snapshot(j, outcome.before)
