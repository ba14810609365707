"""``netzjournal bench --import-shapes``: a 20 MB file of many shapes, imported.

The target (issue 14): any file up to the 20 MB limit imports — read, plan,
apply into an empty journal — in under 30 s and under 500 MB. Each shape is
written once, then imported in a fresh interpreter, whose peak resident
memory (``ru_maxrss``) and wall time are reported beside the interpreter's
own floor (the same process doing nothing but start). CPU time is printed
beside the wall time: on a shared machine the wall time is mostly waiting.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZE = 20 * 1024 * 1024 - 4096  # just under the import limit
CRLF = b"\r\n"


def _fill(head: bytes, unit: bytes, tail: bytes) -> bytes:
    return head + unit * ((SIZE - len(head) - len(tail)) // len(unit)) + tail


def _card(n: int) -> bytes:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n} Müller\r\nN:Müller;Person {n};;;\r\n"
        f"ORG:Firma {n % 977}\r\nEMAIL;TYPE=work:p{n}@example.org\r\nTEL;TYPE=cell:+49 {n}\r\n"
        f"CATEGORIES:Netz,Presse\r\nNOTE:Getroffen beim Barcamp {n % 31}\r\nEND:VCARD\r\n"
    ).encode()


def _cards(limit: int = SIZE) -> bytes:
    out, size, n = [], 0, 0
    while size < limit:
        card = _card(n)
        out.append(card)
        size += len(card)
        n += 1
    return b"".join(out[:-1])


def _folded(width: int) -> bytes:
    """One NOTE folded into physical lines of ``width`` characters."""
    head = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Folded\r\nNOTE:start"
    unit = CRLF + b" " + b"x" * width
    return _fill(head, unit, CRLF + b"END:VCARD" + CRLF)


def _one_card(unit: bytes, head: bytes = b"", tail: bytes = b"") -> bytes:
    return _fill(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:One\r\n" + head, unit, tail + b"\r\nEND:VCARD\r\n"
    )


SHAPES: dict[str, Callable[[], bytes]] = {
    "50,000+ ordinary cards": _cards,
    "one note folded in 25-byte lines": lambda: _folded(22),
    "one note folded every character": lambda: _folded(1),
    "a name line of ';'": lambda: _one_card(b";", b"N:"),
    "categories: 'a,' × 10 M": lambda: _one_card(b"a,", b"CATEGORIES:"),
    "categories: distinct tags": lambda: _one_card(
        b"".join(f"t{n},".encode() for n in range(3_000_000))[: SIZE // 2], b"CATEGORIES:"
    ),
    "parameters: 'a;' × 10 M": lambda: _one_card(b"a;", b"TEL", b":+49 1"),
    "quotes in parameters": lambda: _one_card(b'"a:b";', b"TEL;X=", b":+49 1"),
    "backslash escapes in a note": lambda: _one_card(b"\\,", b"NOTE:"),
    "quoted-printable soft breaks": lambda: _one_card(
        b"=41=\r\n", b"NOTE;ENCODING=QUOTED-PRINTABLE:", b"B"
    ),
    "base64 photo folded at 75": lambda: _one_card(
        b"QUJD" * 18 + b"\r\n ", b"PHOTO;ENCODING=b;TYPE=JPEG:", b"QUJD"
    ),
    "one card, 1.4 M e-mail lines": lambda: _one_card(b"EMAIL:a@b.de\r\n"),
    "one card, 5,000 notes of 4 KB": lambda: (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:One\r\n"
        + b"".join(b"NOTE:%d " % n + b"y" * 4000 + CRLF for n in range(5000))
        + b"END:VCARD\r\n"
    ),
    "lines without a colon": lambda: _one_card(b"x\r\n"),
    "BEGIN:VCARD × 1.6 M (nesting)": lambda: _fill(b"", b"BEGIN:VCARD\r\n", b""),
    "empty cards × 900 k": lambda: _fill(b"", b"BEGIN:VCARD\r\nEND:VCARD\r\n", b""),
    "one line without any break": lambda: _fill(b"BEGIN:VCARD\r\n", b"x", b""),
    "random bytes": lambda: random.Random(1).randbytes(SIZE),
    "UTF-16 cards without BOM": lambda: _cards(SIZE // 2).decode().encode("utf-16-le"),
    "CR-only line ends": lambda: _cards().replace(CRLF, b"\r"),
}
_ROW = b"Anna,Alt,anna@example.com,Beispiel GmbH,Leiterin,eine Notiz\r\n"
_HEAD = b"First Name,Last Name,E-mail Address,Company,Job Title,Notes\r\n"
# The same for CSV files (written as .csv; the row limit is 200,000).
CSV_SHAPES: dict[str, Callable[[], bytes]] = {
    "CSV: 330,000 rows (200,000 kept)": lambda: _fill(_HEAD, _ROW, b""),
    "CSV: one cell of 20 MB": lambda: _fill(_HEAD + b'A,B,a@b.de,C,D,"', b"x", b'"\r\n'),
    "CSV: one note over 10 M lines": lambda: _fill(_HEAD + b'A,B,a@b.de,C,D,"', b"x\n", b'"'),
    "CSV: an open quote on every line": lambda: _fill(_HEAD, b'A,"B,C\n', b""),
    "CSV: a lone CR in every row": lambda: _fill(_HEAD, b"A,B\rC\n", b""),
    "CSV: blank lines x 20 M": lambda: _fill(_HEAD, b"\n", b""),
    "CSV: one line of commas": lambda: _fill(_HEAD, b",", b"\r\n"),
    "CSV: quotation marks only": lambda: _fill(_HEAD, b'"', b""),
}


def measure_one(path: Path) -> dict[str, object]:
    """Import ``path`` into a new journal beside it (run in a fresh interpreter)."""
    from netzjournal.interchange.importer import apply_import, plan_import, read_paths
    from netzjournal.store.journal import Journal

    start, cpu = time.perf_counter(), time.process_time()
    read = read_paths([path])
    with Journal.open(path.with_suffix(".sqlite3")) as journal:
        plan = plan_import(journal, read)
        created = len(apply_import(journal, plan).created) if plan.rows else 0
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "peak_mb": _peak_mb(), "created": created,
            "problems": len(read.problems)}  # fmt: skip


def _peak_mb() -> float:
    """Peak resident memory of this process. On Linux VmHWM, which exec resets
    (ru_maxrss keeps the parent's peak from before the fork)."""
    import resource

    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _floor_mb() -> float:
    code = (
        "import netzjournal.store, netzjournal.interchange.importer as i;"
        "from netzjournal.bench_import import _peak_mb; print(_peak_mb())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def run_import_shapes(only: str | None = None) -> int:
    """Print wall time and peak memory of importing each 20 MB shape."""
    if sys.platform == "win32":
        print("  import shapes: needs the resource module (not on Windows)")
        return 1
    print(f"netzjournal bench — 20 MB import shapes (interpreter floor {_floor_mb():.0f} MB)")
    worst_s = worst_cpu = worst_mb = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        shapes = [(label, make, ".vcf") for label, make in SHAPES.items()]
        shapes += [(label, make, ".csv") for label, make in CSV_SHAPES.items()]
        for n, (label, make, suffix) in enumerate(shapes):
            if only and only.lower() not in label.lower():
                continue
            path = Path(tmp) / f"shape{n}{suffix}"
            path.write_bytes(make())
            proc = subprocess.run(
                [sys.executable, "-m", "netzjournal.bench_import", str(path)],
                capture_output=True,
                text=True,
            )
            if proc.returncode:
                print(f"  {label:36} FAILED\n{proc.stderr[-2000:]}")
                continue
            r = json.loads(proc.stdout)
            worst_s, worst_mb = max(worst_s, r["seconds"]), max(worst_mb, r["peak_mb"])
            worst_cpu = max(worst_cpu, r["cpu"])
            print(f"  {label:34} {path.stat().st_size / 1e6:4.1f} MB  {r['seconds']:6.2f} s"
                  f" (CPU {r['cpu']:6.2f} s)"
                  f"  peak {r['peak_mb']:5.0f} MB  created {r['created']:6,}"
                  f"  problems {r['problems']:4}")  # fmt: skip
            path.unlink()
    print(f"  worst: {worst_s:.2f} s (CPU {worst_cpu:.2f} s), {worst_mb:.0f} MB"
          " (target: 30 s, 500 MB)")  # fmt: skip
    return 0


if __name__ == "__main__":
    print(json.dumps(measure_one(Path(sys.argv[1]))))
