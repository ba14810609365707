"""Excel workbooks under faults (session 35, faults7): a small file that unpacks
huge, a sheet formatted far below its contacts. The workbooks are written part by
part with zipfile, as a hostile or odd generator would write them."""

from __future__ import annotations

import resource
import zipfile
from pathlib import Path

from netzjournal.interchange import workbook
from netzjournal.interchange.importer import read_paths

_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_BOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Kontakte Übersicht" sheetId="1" r:id="rId1"/>'
    "</sheets></workbook>"
)
_BOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _person(row: int, given: str, family: str) -> str:
    cells = _cell(f"A{row}", given) + _cell(f"B{row}", family)
    return f'<row r="{row}">{cells}{_cell(f"C{row}", f"{given.lower()}@example.org")}</row>'


def write_book(path: Path, rows) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _BOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            )
            for chunk in rows:
                f.write(chunk.encode())
            f.write(b"</sheetData></worksheet>")
    return path


def _header() -> str:
    cells = _cell("A1", "Vorname") + _cell("B1", "Nachname") + _cell("C1", "E-Mail")
    return f'<row r="1">{cells}</row>'


def test_a_workbook_that_unpacks_huge_is_refused_in_our_words_before_it_is_unpacked(tmp_path):
    """A 100 kB file whose one cell unpacks to 80 MB. Before: openpyxl unpacked it
    whole (a 500 MB cell took 4.2 GB of memory and 24 s; 20 MB of packed shared
    strings did not finish in 200 s); the csv module's English then reached the
    person („field larger than field limit“)."""

    def rows():
        yield _header()
        yield _person(2, "Jürgen", "Bäcker")
        yield '<row r="3"><c r="A3" t="inlineStr"><is><t>'
        for _ in range(80):
            yield "a" * 1_000_000
        yield "</t></is></c></row>"

    path = write_book(tmp_path / "Kontakte.xlsx", rows())
    assert path.stat().st_size < 200_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    read = read_paths([path])
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert read.contacts == []
    assert [(p.code, dict(p.params)) for p in read.problems] == [
        ("workbook_too_large", {"limit": str(workbook.MAX_UNPACKED_BYTES // (1024 * 1024))})
    ]
    assert grown_mb < 40  # nothing unpacked (the 80 MB cell alone would be more)
    assert workbook.headers(path.read_bytes()) == ([], "generic")


def test_a_person_below_a_long_run_of_empty_rows_is_read(tmp_path, monkeypatch):
    """A sheet formatted far down (rows that exist but hold nothing) and a person
    added below them. Before: empty rows counted against the row limit and the
    person was dropped without a word. The limit is lowered here so the test stays
    small; the real one (200,000) is the same code (1,000,000 empty rows: both read)."""
    monkeypatch.setattr(workbook, "MAX_ROWS", 100)

    def rows():
        yield _header()
        yield _person(2, "Jürgen", "Bäcker")
        for r in range(3, 400):
            yield f'<row r="{r}"><c r="A{r}" s="0"/></row>'
        yield _person(400, "Anna", "Öztürk")

    read = read_paths([write_book(tmp_path / "Kontakte.xlsx", rows())])
    assert [(c.line, c.name) for c in read.contacts] == [(2, "Jürgen Bäcker"), (400, "Anna Öztürk")]
    assert read.problems == []
