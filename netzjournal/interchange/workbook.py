"""Contact lists kept in Excel (.xlsx), read as a CSV export is.

The sheet's cells are written out as CSV text and read by :func:`csv_in.read_csv`,
so a workbook gets the same header search (a title row or two above the table),
the same known layouts and column names, the same mapping of unknown columns and
the same preview as a CSV file. What Excel adds is turned into what a CSV of it
would say: a date cell becomes ``2024-10-09``, a whole number stays whole
(``4915112345678``, not ``4.9151e12``; zero-padded as its cell format shows it).
Problems name the sheet's own row numbers.

openpyxl reads the file (read-only, cached values only: no formula is run) and
is imported only here, when a workbook is read: never at start.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import logging
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

from netzjournal.interchange.csv_in import (
    EMAIL_COLUMNS,
    MAX_PREAMBLE_LINES,
    MAX_ROWS,
    PHONE_COLUMNS,
    csv_headers,
    read_table,
)
from netzjournal.interchange.model import Problem, ReadResult
from netzjournal.progress import Cancelled

log = logging.getLogger(__name__)

MAX_SHEETS = 30  # sheets looked at for the one holding contacts
MAX_COLUMNS = 500  # cells read of one row (a sheet formatted to column XFD has 16,384)
# What the workbook's parts may unpack to, together. An .xlsx is a zip of XML: a
# contact list of 50,000 people unpacks to ~20 MB; a file of a few hundred kB can
# claim gigabytes (a "zip bomb", or one cell of 500 MB), which openpyxl would unpack
# into memory (4 GB for one such cell). Zip's stated sizes bound what it unpacks:
# zipfile stops at a part's stated size and fails its checksum beyond it.
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: .xls, .doc, an encrypted .xlsx
_ZEROS = re.compile(r"^0+$")  # a number format that keeps leading zeros ("00000000000")


def workbook_kind(data: bytes, suffix: str = "") -> str:
    """What kind of spreadsheet these bytes are, whatever the file is called:

    ``xlsx`` (Excel 2007 and later: a zip holding ``xl/``; also a damaged zip named
    .xlsx, so that it is said to be damaged), ``locked`` (an .xlsx saved with a
    password: Excel encrypts it into a compound file), ``xls`` (Excel 97–2003),
    ``ods`` (LibreOffice, OpenOffice), ``html`` or ``xml`` (a web page or an XML file
    named .xlsx or .xls: :func:`_markup`) or ``""`` (none)."""
    if data.startswith(OLE2):  # Word's .doc is one too: told apart by its streams
        if "EncryptedPackage".encode("utf-16-le") in data:
            return "locked"
        return "xls" if "Workbook".encode("utf-16-le") in data else ""
    if not data.startswith(b"PK\x03\x04"):
        # (anything else named so is read as a table: a CSV renamed .xls or .xlsx)
        return _markup(data) if suffix in (".xlsx", ".xlsm", ".xls") else ""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if any(n.startswith("xl/") for n in names):
                return "xlsx"
            if "mimetype" in names and archive.read("mimetype").startswith(
                b"application/vnd.oasis.opendocument.spreadsheet"
            ):
                return "ods"
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, RuntimeError, EOFError):
        pass
    return "xlsx" if suffix in (".xlsx", ".xlsm") else ""


_HTML_START = (b"<!doctype html", b"<html", b"<table", b"<head", b"<body", b"<meta")


def _markup(data: bytes) -> str:
    """What a file named as a workbook holds when it is no zip: ``html`` (the web
    page a web tool's "Excel export" writes, often named .xls or .xlsx), ``xml``
    (Excel 2003's XML spreadsheet, or other XML), or ``""`` (something else: a CSV
    named .xls or .xlsx is read as one)."""
    head = data[:2048]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM
        head = head.decode("utf-16", "replace").encode("utf-8", "replace")
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith(_HTML_START) or (head.startswith(b"<?xml") and b"<html" in head):
        return "html"
    if head.startswith(b"<?xml") or b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        return "xml"
    return ""


@dataclass
class _Sheet:
    """One sheet written out as CSV text, with the sheet row each CSV line starts."""

    title: str
    text: str
    rows: dict[int, int] = field(default_factory=dict)  # CSV line (1-based) → sheet row
    numbers: set[str] = field(default_factory=set)  # cells that were numbers, as written
    formulas: tuple[int, str] = (0, "")  # cells with a formula and no stored value; the first


def _text(cell: Any, numbers: set[str]) -> str:
    """A cell as a CSV of it would hold it."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        # A phone number kept as a number keeps its 0 only through the cell's format.
        number_format = str(getattr(cell, "number_format", "") or "")
        if _ZEROS.match(number_format):
            text = text.zfill(len(number_format))
        numbers.add(text)
        return text
    return str(value)


def _write(title: str, rows: Iterator[tuple[int, list[str]]], numbers: set[str]) -> _Sheet:
    """The rows as CSV text, each as wide as the widest (a row whose last cells are
    empty is no shorter in a CSV Excel writes); an empty row is an empty line."""
    table = list(rows)
    width = max((len(row) for _number, row in table), default=0)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    sheet = _Sheet(title, "", numbers=numbers)
    line = 1
    for number, row in table:
        sheet.rows[line] = number
        writer.writerow([*row, *[""] * (width - len(row))] if row else [])
        line += 1 + sum(cell.count("\n") for cell in row)
    sheet.text = out.getvalue()
    return sheet


def _score(sheet: _Sheet) -> tuple[bool, int]:
    """How much a sheet looks like contacts: a known layout, then columns named."""
    headers, layout = csv_headers(sheet.text.encode("utf-8"))
    lower = [h.lower() for h in headers]
    named = sum(1 for h in lower if EMAIL_COLUMNS.match(h) or h in PHONE_COLUMNS or h in _NAMES)
    return layout != "generic", named


_NAMES = frozenset(
    ("name", "vorname", "nachname", "first name", "last name", "firma", "company",
     "organisation", "organization", "position", "ort", "city", "unternehmen", "stadt")
)  # fmt: skip


class WorkbookUnreadable(Exception):
    """The workbook is damaged (or not one): said in the problems, nothing read."""


class WorkbookTooLarge(Exception):
    """The workbook unpacks to more than :data:`MAX_UNPACKED_BYTES`: nothing read."""


def _check_unpacked(data: bytes) -> None:
    """Refuse a workbook whose parts unpack to more than we read, before openpyxl
    unpacks any (a damaged zip is left to openpyxl, which says so)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, RuntimeError, EOFError):
        return
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookTooLarge(unpacked)


def _sheets(
    data: bytes, progress: Callable[[int, int], None] | None = None, *, whole: bool = True
) -> tuple[_Sheet, list[str]]:
    """The sheet that looks most like contacts (the first of equals), read whole
    (``whole=False``: only its first rows, for the header), and the titles of the
    other sheets that hold anything. ``progress(rows read, rows)`` may raise
    (:class:`Cancelled`) to stop: that is passed on, never taken for damage."""
    import openpyxl  # (lazily: a workbook is rare, and openpyxl takes ~85 ms CPU to import)

    _check_unpacked(data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises what its XML and zip readers raise
        raise WorkbookUnreadable(str(exc) or type(exc).__name__) from exc
    try:
        heads: list[tuple[Any, _Sheet, int]] = []
        for ws in book.worksheets[:MAX_SHEETS]:
            stated = ws.max_row or 0  # (for the progress: the sheet's own word of its size)
            ws.reset_dimensions()  # (a sheet's stated size is often wrong: read what is there)
            numbers: set[str] = set()
            rows = _rows(ws, MAX_PREAMBLE_LINES + 20, numbers, head=True)
            heads.append((ws, _write(ws.title, rows, numbers), stated))
        filled = [(ws, head, stated) for ws, head, stated in heads if head.text.strip()]
        if not filled:
            return (heads[0][1] if heads else _Sheet("", "")), []
        ws, best, stated = max(filled, key=lambda each: _score(each[1]))
        others = [head.title for other, head, _ in filled if other is not ws]
        if not whole:
            return best, others
        numbers = set()
        rows = _rows(ws, MAX_ROWS + MAX_PREAMBLE_LINES, numbers, progress=progress, total=stated)
        sheet = _write(ws.title, rows, numbers)
        sheet.formulas = _formulas_without_values(data, getattr(ws, "_worksheet_path", ""))
        return sheet, others
    except Cancelled:
        raise
    except Exception as exc:  # a damaged part met while reading the rows
        raise WorkbookUnreadable(str(exc) or type(exc).__name__) from exc
    finally:
        book.close()


_CELL = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}c"
_FORMULA = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}f"
_VALUE = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}v"


def _formulas_without_values(data: bytes, part: str) -> tuple[int, str]:
    """How many cells of the sheet's XML ``part`` hold a formula but no value
    stored with it, and the first one's reference ("B2"). openpyxl (data_only) reads
    them as empty, and runs no formula: a workbook written by a program (or by
    openpyxl itself) and never opened in Excel stores none. ``(0, "")`` for none,
    or where the part is not known (openpyxl names it only in a private attribute:
    without it, nothing is said rather than something guessed)."""
    if not part:
        return 0, ""
    count, first = 0, ""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(part) as source:
            for _event, element in ElementTree.iterparse(source):
                if element.tag != _CELL:
                    continue
                if element.find(_FORMULA) is not None:
                    value = element.find(_VALUE)
                    # (an empty text a formula gave is a stored value: t="str")
                    if value is None or (not value.text and element.get("t") != "str"):
                        count += 1
                        first = first or element.get("r", "")
                element.clear()
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError):
        return 0, ""
    return count, first


def _rows(
    sheet: Any,
    limit: int,
    numbers: set[str],
    *,
    head: bool = False,
    progress: Callable[[int, int], None] | None = None,
    total: int = 0,
) -> Iterator[tuple[int, list[str]]]:
    """The sheet's rows with their numbers as text, trailing empty cells left off,
    until ``limit`` rows that hold anything (one past: the reading says what was
    skipped). A run of empty rows is one (an empty row: []): a sheet formatted down
    to row 1,048,576 spends no limit on them, and the contacts below them are read.
    ``head``: only the first ``limit`` rows, empty or not (to choose the sheet).
    ``progress(row, total)`` is told every 500 rows (``total``: the rows the sheet
    says it has, or as far as it got)."""
    filled = 0
    blank = False
    for number, cells in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS), start=1):
        if head and number > limit:
            return
        if progress is not None and number % 500 == 0:
            progress(number, max(total, number + 1))
        row = [_text(c, numbers) for c in cells]
        while row and not row[-1].strip():
            row.pop()
        if not row:
            if blank:
                continue
            blank = True
        else:
            blank = False
            filled += 1
            if filled > limit + 1:
                return
        yield number, row


def headers(data: bytes) -> tuple[list[str], str]:
    """The header names of the workbook's contacts sheet and its layout (for the
    mapping step); none for a damaged workbook (its reading says why)."""
    try:
        sheet, _others = _sheets(data, whole=False)  # (the head only: read whole later)
    except (WorkbookUnreadable, WorkbookTooLarge):
        return [], "generic"
    return csv_headers(sheet.text.encode("utf-8"))


def read_xlsx(
    data: bytes,
    name: str,
    mapping: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ReadResult:
    """Contacts from an Excel workbook, as :func:`csv_in.read_csv` reads a CSV.
    ``progress(done, total)`` follows the sheet's rows, then the CSV's reading; it
    may raise to stop."""
    try:
        sheet, others = _sheets(data, _share(progress, 0, 80))
    except WorkbookUnreadable as exc:
        log.info("%s: openpyxl could not read it: %s", name, exc)
        result = ReadResult()
        result.problems.append(Problem.of(name, 0, "workbook_damaged"))
        return result
    except WorkbookTooLarge as exc:
        log.info("%s: unpacks to %s bytes: not read", name, exc)
        result = ReadResult()
        limit = MAX_UNPACKED_BYTES // (1024 * 1024)
        result.problems.append(Problem.of(name, 0, "workbook_too_large", limit=limit))
        return result
    text = sheet.text.encode("utf-8")
    result = read_table(text, name, mapping, _share(progress, 80, 100))
    line_of = sheet.rows.get
    for c in result.contacts:
        c.line = line_of(c.line, c.line)
    problems = [dataclasses.replace(p, line=line_of(p.line, p.line)) for p in result.problems]
    count, cell = sheet.formulas
    if count:
        problems.insert(0, Problem.of(name, 0, "formula_cells", count=count, cell=cell))
    if others:
        problems.insert(
            0, Problem.of(name, 0, "workbook_sheets", sheet=sheet.title, others=", ".join(others))
        )
    # Excel drops a phone number's leading 0 (or +) once the cell is a number.
    stored = [p.value for c in result.contacts for p in c.phones if p.value in sheet.numbers]
    if lost := [v for v in stored if not v.startswith("0")]:
        problems.append(Problem.of(name, 0, "phone_numbers", count=len(lost), value=lost[0]))
    result.problems = problems
    result.format = "xlsx"
    return result


def _share(
    progress: Callable[[int, int], None] | None, start: int, end: int
) -> Callable[[int, int], None] | None:
    """``progress`` for one part of the work: its ``done, total`` as the percent from
    ``start`` to ``end`` of the whole."""
    if progress is None:
        return None
    report = progress

    def part(done: int, total: int) -> None:
        report(start + (end - start) * done // max(total, 1), 100)

    return part
