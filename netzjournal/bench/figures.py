"""``netzjournal bench``: speed figures on generated journals of a named size.

Generates the demo journal once per size (kept in ``.bench/``), then prints
open-journal time, search latency over a fixed list of realistic queries,
and the machine's floor: a bare FTS5 query on the same data. Later features
add their own figures here. Not part of the test run: timings belong in
notes, not in assertions.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from netzjournal.demo.generator import GENERATOR_VERSION, SIZES, DemoSpec, create_demo_journal
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import contact_count, get_contact
from netzjournal.store.events import list_events, occurrences
from netzjournal.store.folding import match_expression
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import interaction_count
from netzjournal.store.journal import Journal, latest_schema
from netzjournal.store.listings import contact_uids

BENCH_TODAY = dt.date(2026, 11, 1)  # fixed, so a cached journal stays valid
QUERIES = (
    # names, with and without umlauts
    "Müller", "Mueller", "Muller", "Jörg", "Joerg", "Köhler", "Koehler", "Weiß", "Weiss",
    "Schäfer", "Straßer", "Strasser", "Özdemir", "Björn Krüger", "Anna", "Smith", "O'Brien",
    # companies
    "Nordlicht", "Spreeufer Software", "Mainufer Bank", "Isar Health", "Thames Analytics",
    # topics, hooks, places
    "Barrierefreiheit", "KI im Journalismus", "Open Source", "Datenschutz", "Podcasting",
    "Kaffeeröstung", "Halbmarathon", "Sabbatical", "Kranzler",
    # prefixes while typing
    "Kaf", "Stamm", "re:pub", "Barc", "M", "Sch", "Ges", "Leit",
)  # fmt: skip


# The floor of a search: a bare FTS5 query on the same data.
_BARE_MATCH = "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50"


def _percentiles(samples_ms: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95, ordered[-1]


def _pct(values: list[float]) -> str:
    p50, p95, worst = _percentiles(values)
    return f"p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  max {worst:6.2f} ms"


def _time_ms(fn: Callable[..., object]) -> float:  # (lambdas binding loop values)
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def ensure_journal(size: str, cache: Path) -> tuple[Path, float | None]:
    """The cached demo journal for ``size``; generation seconds if made now."""
    contacts, years = SIZES[size]
    # The generator's version and the schema in the name: a journal cached by an older
    # generator lacks what newer figures measure (series and attendance since version 2).
    path = cache / (
        f"demo-{size}-seed1-{BENCH_TODAY.isoformat()}-s{latest_schema()}"
        f"-g{GENERATOR_VERSION}.sqlite3"
    )
    if path.exists():
        return path, None
    cache.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(".part")
    for leftover in cache.glob(part.name + "*"):
        leftover.unlink()
    start = time.perf_counter()
    create_demo_journal(part, DemoSpec(contacts, years, seed=1, today=BENCH_TODAY))
    seconds = time.perf_counter() - start
    part.rename(path)
    return path, seconds


def _coach_figures(path: Path) -> None:
    """The reconnect coach: its walk (the candidates in order, as far as the list
    needs), its list from scratch and refreshed as the pane does — wall and CPU."""
    from netzjournal.coach.engine import OpenerCache, suggest
    from netzjournal.coach.settings import load
    from netzjournal.coach.walk import Walk
    from netzjournal.store.coach_data import upcoming_events

    def timed(fn: Callable[[], object]) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000

    with Journal.open(path, verify=False) as journal:
        settings = load(journal)
        events = upcoming_events(journal, BENCH_TODAY, settings.event_days)
        walked: list[Walk] = []

        def walk() -> None:
            with Walk(journal, BENCH_TODAY, settings, events) as w:
                w.head(max(w.musts, 3 * settings.limit, 25) + 1)  # as a list of five reads
                walked.append(w)

        figures: dict[str, list[tuple[float, float]]] = {}
        cache = OpenerCache()
        suggest(journal, BENCH_TODAY, cache=cache)  # the pane's first list
        for _ in range(7):
            figures.setdefault("coach: the walk (head of the order)", []).append(timed(walk))
            # As the pane after a change: the list again, openers kept where nothing changed.
            figures.setdefault("coach: refresh after a change", []).append(
                timed(lambda: suggest(journal, BENCH_TODAY, cache=cache))
            )
            figures.setdefault("coach: from scratch (CLI)", []).append(
                timed(lambda: suggest(journal, BENCH_TODAY))
            )
        for label, values in figures.items():
            walls, cpus = zip(*values, strict=True)
            print(f"  {label:35} {_pct(list(walls))}  (CPU {_pct(list(cpus))})")
        w = walked[-1]
        print(f"  coach: the walk read {w.read:,} rows, {w.summaries:,} full summaries"
              f" (of {contact_count(journal):,} contacts; {w.musts} today's)")  # fmt: skip


def _remind_figures(path: Path) -> None:
    """`netzjournal remind`: wall time of the whole command, start-up included,
    against a bare `python -c pass` in the same run (the floor)."""
    import shutil
    import subprocess
    import sys
    import tempfile

    from netzjournal import reminders

    with Journal.open(path, verify=False) as journal:
        digest = [_time_ms(lambda: reminders.digest(journal, BENCH_TODAY)) for _ in range(3)]
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, Path(tmp) / "journal.sqlite3")
        argv = [sys.executable, "-m", "netzjournal", "remind", "--data-dir", tmp,
                "--today", BENCH_TODAY.isoformat(), "--lang", "de"]  # fmt: skip
        wall = [_time_ms(lambda: subprocess.run(argv, check=True, capture_output=True))
                for _ in range(3)]  # fmt: skip
        bare = [_time_ms(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))
                for _ in range(3)]  # fmt: skip
    print(f"  remind: the day's digest (in process)  {_pct(digest)}")
    p50, _p95, worst = _percentiles(wall)
    floor = statistics.median(bare)
    print(f"  remind: whole command, wall time       p50 {p50:6.1f} ms  max {worst:6.1f} ms"
          f"  ({p50 / floor:.1f}× a bare Python start, {floor:.0f} ms)")  # fmt: skip


def _review_figures(path: Path) -> None:
    """The yearly review: computing the last full year, and its PDF."""
    import os
    import tempfile

    from netzjournal.review.figures import review

    year = BENCH_TODAY.year - 1
    with Journal.open(path, verify=False) as journal:
        figures = review(journal, year, with_reconnect=False)
        compute = [_time_ms(lambda: review(journal, year, with_reconnect=False)) for _ in range(5)]
        full = [_time_ms(lambda: review(journal, year)) for _ in range(3)]
        print(
            f"  review {year}: {figures.meetings:,} meetings, {figures.messages:,} messages,"
            f" {figures.people_met:,} people"
        )
        print(f"  review: compute the year              {_pct(compute)}")
        print(f"  review: with the coach's list         {_pct(full)}")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from netzjournal.ui.review.export import write_pdf

        # A QApplication, not a QGuiApplication: the UI figures below need widgets,
        # and Qt allows one application object per process.
        _app = QApplication.instance() or QApplication([])
        with tempfile.TemporaryDirectory() as tmp:
            pdf = [_time_ms(lambda: write_pdf(figures, Path(tmp) / "r.pdf", "de", "Bench"))
                   for _ in range(3)]  # fmt: skip
        print(f"  review: PDF export                    {_pct(pdf)}")


def _event_figures(path: Path) -> None:
    """Events: expanding every series for a year, against reading the event rows bare."""
    with Journal.open(path, verify=False) as journal:
        conn = journal.connection()
        start = BENCH_TODAY - dt.timedelta(days=182)
        end = start + dt.timedelta(days=365)
        series = [e.id for e in list_events(journal) if e.rrule and e.id is not None]
        found = occurrences(journal, start, end)
        for _ in range(3):  # warm-up (the rules are compiled once and cached)
            occurrences(journal, start, end, series_ids=series)
        expand = [_time_ms(lambda: occurrences(journal, start, end, series_ids=series))
                  for _ in range(20)]  # fmt: skip
        everything = [_time_ms(lambda: occurrences(journal, start, end)) for _ in range(20)]
        floor = [_time_ms(lambda: conn.execute("SELECT * FROM event").fetchall())
                 for _ in range(20)]  # fmt: skip
        total = conn.execute("SELECT count(*) FROM event").fetchone()[0]
        print(f"  events: {len(series)} series, {total:,} event rows, "
              f"{len(found)} occurrences in a year")  # fmt: skip
        cold = [_cold_expansion(path, start, end) for _ in range(3)]
        for label, values in (
            ("events: expand all series, first call", cold),
            ("events: expand all series, a year", expand),
            ("events: every occurrence, a year", everything),
            ("floor: read every event row", floor),
        ):
            print(f"  {label:33} {_pct(values)}")


_COLD_EXPANSION = """
import datetime as dt, sys, time
from netzjournal.store.events import occurrences
from netzjournal.store.journal import Journal
j = Journal.open(sys.argv[1], verify=False)
ids = [r[0] for r in j.connection().execute(
    "SELECT id FROM event WHERE rrule != '' AND series_id IS NULL")]
start, end = dt.date.fromisoformat(sys.argv[2]), dt.date.fromisoformat(sys.argv[3])
t, c = time.perf_counter(), time.thread_time()
occurrences(j, start, end, series_ids=ids)
print((time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000)
"""


def _cold_expansion(path: Path, start: dt.date, end: dt.date) -> float:
    """Expanding every series for a year as the first call in a fresh interpreter (ms)."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", _COLD_EXPANSION, str(path), start.isoformat(), end.isoformat()],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(out.stdout.split()[0])


def _interchange_figures(path: Path) -> None:
    """Import: 5,000 vCards into an empty journal; export: the whole journal as JSON."""
    from netzjournal.store import journal_json

    _import_figure(path, 3)
    with Journal.open(path, verify=False) as journal:
        export = [_time_ms(lambda: journal_json.export_text(journal)) for _ in range(3)]
    print(f"  JSON export of the journal          median {statistics.median(export):8.1f} ms")
    _json_and_csv_figures(path)


def _import_figure(path: Path, runs: int) -> None:
    """5,000 vCards as File → Export writes them, read, planned and applied into an
    empty journal ``runs`` times, against the floor; with the CPU time of each step."""
    import tempfile

    from netzjournal.interchange import writers
    from netzjournal.interchange.importer import apply_import, plan_import, read_paths

    with Journal.open(path, verify=False) as journal:
        ids = [r.id for r in contact_rows(journal, include_archived=True)][:5000]
        # Every field, introductions by UID: as File → Export writes them with the
        # private fields (the figure stays comparable with earlier runs).
        uids = {cid: uid for uid, cid in contact_uids(journal).items()}
        cards = writers.vcard((get_contact(journal, i) for i in ids), uids, private=True)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "cards.vcf"
        source.write_text(cards, encoding="utf-8")
        times, cpu, floor = [], [], []
        steps: list[tuple[float, float, float]] = []
        for n in range(runs):
            floor.append(_time_ms(lambda n=n: _import_floor(source, Path(tmp) / f"floor{n}")))
            with Journal.open(Path(tmp) / f"import{n}.sqlite3") as target:
                start, start_cpu = time.perf_counter(), time.process_time()
                read = read_paths([source])
                read_cpu = time.process_time()
                plan = plan_import(target, read)
                plan_cpu = time.process_time()
                apply_import(target, plan)
                end_cpu = time.process_time()
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((end_cpu - start_cpu) * 1000)
                steps.append((read_cpu - start_cpu, plan_cpu - read_cpu, end_cpu - plan_cpu))
    label = f"import {len(ids):,} vCards (read, plan, apply)"
    ratio = statistics.median(times) / statistics.median(floor)
    print(f"  {label:37} median {statistics.median(times):8.1f} ms"
          f"  (CPU {statistics.median(cpu):.1f} ms; {ratio:.1f}× the floor)")  # fmt: skip
    read_ms, plan_ms, apply_ms = (statistics.median(s) * 1000 for s in zip(*steps, strict=True))
    print(f"    (CPU of each step, medians: read {read_ms:.0f}, plan {plan_ms:.0f},"
          f" apply {apply_ms:.0f} ms; min of the whole: {min(cpu):.1f} ms)")  # fmt: skip
    print(f"  floor: split the cards, insert names   median {statistics.median(floor):8.1f} ms")


def run_import_figure(size: str = "L", cache: str | None = None, runs: int = 5) -> int:
    """Only the import figure (``netzjournal bench --import-figure``), ``runs`` times."""
    path, _generated = ensure_journal(size, Path(cache or ".bench").absolute())
    print(f"netzjournal bench — size {size}: {path}")
    _import_figure(path, runs)
    return 0


def _import_floor(source: Path, folder: Path) -> None:
    """The least an import of ``source`` does: read and decode it, split its lines at
    the first colon, and write one row per card (its FN) plus a search-index row in
    one transaction of a fresh SQLite file. The import's figure is a ratio to this."""
    import sqlite3

    folder.mkdir()
    names = [
        value
        for name, _, value in (
            line.partition(":") for line in source.read_bytes().decode("utf-8").splitlines()
        )
        if name == "FN"
    ]
    conn = sqlite3.connect(folder / "floor.sqlite3")
    conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("CREATE VIRTUAL TABLE idx USING fts5(name)")
    with conn:
        conn.executemany("INSERT INTO contact (name) VALUES (?)", [(n,) for n in names])
        conn.executemany("INSERT INTO idx (name) VALUES (?)", [(n,) for n in names])
    conn.close()


def _json_and_csv_figures(path: Path) -> None:
    """The JSON export's floor (reading every row it writes), and reading 20 MB
    CSV files of two shapes (many rows; one open quotation mark per line)."""
    from netzjournal.interchange.csv_in import read_csv
    from netzjournal.store.journal_json import JSON_TABLES, row_order

    with Journal.open(path, verify=False) as journal:
        conn = journal.connection()

        def read_all() -> None:
            for table in JSON_TABLES:
                # (as the export orders them: a WITHOUT ROWID table by its key)
                conn.execute(f"SELECT * FROM {table} ORDER BY {row_order(conn, table)}").fetchall()

        floor = [_time_ms(read_all) for _ in range(3)]
    print(f"  floor: read every row of the export  median {statistics.median(floor):8.1f} ms")
    row = b"Anna,Alt,anna@example.com,Beispiel GmbH,Leiterin,eine Notiz\r\n"
    shapes = {
        "rows": b"First Name,Last Name,E-mail Address,Company,Job Title,Notes\r\n"
        + row * (20_000_000 // len(row)),
        "open quotes": b"First Name,Last Name,Notes\n" + b'A,"B,C\n' * (20_000_000 // 7),
    }
    for shape, data in shapes.items():
        ms = _time_ms(lambda d=data: read_csv(d, "bench.csv"))
        label = f"read a 20 MB CSV ({shape})"
        print(f"  {label:37} {ms:15.1f} ms")


def _picker_figures(path: Path, floor_ms: float) -> None:
    """The person pickers: each keystroke of names as typed (the first letter
    included: it reads the most), and a note's three people by id."""
    from netzjournal.store.people import list_people, person_choices, search_people

    with Journal.open(path, verify=False) as journal:
        people = list_people(journal)  # names to type (not measured)
        rng = random.Random(5)
        names = [c.name for c in rng.sample(people, min(12, len(people)))]
        typed = [
            _time_ms(lambda t=name[:n]: search_people(journal, t, limit=50))
            for name in names
            for n in range(1, min(len(name), 6) + 1)
        ]
        first = [_time_ms(lambda t=name[:1]: search_people(journal, t, limit=50)) for name in names]
        trios = [[c.id for c in rng.sample(people, 3)] for _ in range(30)]
        by_id = [_time_ms(lambda ids=ids: person_choices(journal, ids)) for ids in trios]
    for label, values in (
        ("picker: per keystroke", typed),
        ("picker: first letter", first),
        ("picker: 3 people by id", by_id),
    ):
        p50 = statistics.median(values)
        print(f"  {label:33} {_pct(values)}  (p50 {p50 / floor_ms:.1f}× the FTS floor)")


def run_bench(
    size: str = "L", cache: str | None = None, ui: bool = True, versus: str | None = None
) -> int:
    cache_dir = Path(cache or ".bench").absolute()
    path, generated = ensure_journal(size, cache_dir)
    print(f"netzjournal bench — size {size}: {path}")
    if generated is not None:
        print(f"  generated in {generated:.1f} s")
    print(f"  file size {path.stat().st_size / 1e6:.1f} MB")

    def open_close(verify: bool) -> Callable[[], None]:
        return lambda: Journal.open(path, verify=verify).close()

    open_close(True)()  # warm the page cache: we measure the app, not the disk
    full = [_time_ms(open_close(True)) for _ in range(7)]
    fast = [_time_ms(open_close(False)) for _ in range(7)]
    print(f"  open journal (with quick_check)  median {statistics.median(full):7.2f} ms")
    print(f"  open journal (without check)     median {statistics.median(fast):7.2f} ms")

    with Journal.open(path) as journal:
        counts = (contact_count(journal), interaction_count(journal))
        print(f"  {counts[0]:,} contacts, {counts[1]:,} interactions")
        samples: list[float] = []
        typed: list[float] = []
        floor: list[float] = []
        conn = journal.connection()
        for _ in range(2):  # warm-up round
            for q in QUERIES:
                search(journal, q)
        for _ in range(5):
            for q in QUERIES:
                samples.append(_time_ms(lambda q=q: search(journal, q, limit=50)))
                args = (match_expression(q),)
                floor.append(_time_ms(lambda a=args: conn.execute(_BARE_MATCH, a).fetchall()))
        for q in QUERIES:  # every keystroke of every query, as typed
            for n in range(1, len(q) + 1):
                typed.append(_time_ms(lambda t=q[:n]: search(journal, t, limit=50)))
        for label, values in (
            (f"search ({len(QUERIES)} queries × 5)", samples),
            ("search per keystroke", typed),
            ("floor: bare FTS5 MATCH", floor),
        ):
            print(f"  {label:33} {_pct(values)}")
    _picker_figures(path, max(statistics.median(floor), 0.001))
    _coach_figures(path)
    _event_figures(path)
    _remind_figures(path)
    _review_figures(path)
    _interchange_figures(path)
    if ui:
        from netzjournal.bench.ui_figures import run_ui_bench

        other = ensure_journal(versus, cache_dir)[0] if versus else None
        run_ui_bench(path, other=other)
    return 0
