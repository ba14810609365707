"""``netzjournal bench --encryption``: an encrypted journal against the same one plain.

On the cached demo journal (L by default): the time to encrypt it in place
(copy, verify, swap), then — plain and encrypted side by side, alternating
so both meet the same load — the window's cold start to its first paint,
search latency over the bench's queries, saving a note and the quick
note's draft. Ratios are encrypted ÷ plain, measured in the same run.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from netzjournal import keys
from netzjournal.bench.figures import QUERIES, _percentiles, _time_ms, ensure_journal
from netzjournal.bench.ui_figures import spawn_until_painted
from netzjournal.drafts import DraftStore
from netzjournal.store import cipher, conversion
from netzjournal.store.fulltext import search as _search
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import InteractionRecord


def _cold_start(home: Path, secret: str, env: dict[str, str]) -> float:
    cmd = [sys.executable, "-m", "netzjournal", "--data-dir", str(home), "--lang", "de",
           "--passphrase-stdin", "--exit-after-paint"]  # fmt: skip
    return spawn_until_painted(cmd, env, secret + "\n")[0]


def _store_figures(path: Path, key: cipher.Key | None) -> dict[str, list[float]]:
    cipher.activate(key)
    found: dict[str, list[float]] = {"search": [], "save": [], "draft": []}
    with Journal.open(path, backup_dir=path.parent / "backups") as j:
        for q in QUERIES:  # warm-up
            _search(j, q, 50, None)
        for _ in range(5):
            for q in QUERIES:
                found["search"].append(_time_ms(partial(_search, j, q, 50, None)))
        person = int(j.connection().execute("SELECT min(id) FROM contact").fetchone()[0])
        for n in range(30):
            note = InteractionRecord(
                occurred_at=dt.datetime(2026, 11, 1, 9, n),
                participants=[person],
                body=f"Kaffee und Gespräch über Barcamps, Nummer {n}",
            )
            found["save"].append(_time_ms(partial(create_interaction, j, note)))
    drafts = DraftStore(path.parent / "drafts")
    for n in range(30):
        fields: dict[str, object] = {
            "body": f"Kaffee mit Jana über die Messe, Entwurf {n}",
            "who": [1],
        }
        found["draft"].append(_time_ms(partial(drafts.save, fields)))
    drafts.clear()
    cipher.activate(None)
    return found


def run_encryption_bench(size: str = "L", cache: str | None = None, runs: int = 9) -> int:
    source, _generated = ensure_journal(size, Path(cache or ".bench").absolute())
    print(f"netzjournal bench --encryption — size {size}: {source}")
    print("  (ratios are encrypted ÷ plain, measured alternately in the same run)")
    work = Path(tempfile.mkdtemp(prefix="nj-bench-cipher-"))
    try:
        plain, enc = work / "plain", work / "enc"
        for home in (plain, enc):
            home.mkdir()
            shutil.copy(source, home / "journal.sqlite3")
        key = cipher.Key.random()
        # The floor: what a plain copy and its check cost on this machine now.
        t = time.perf_counter()
        floor_copy = work / "floor.sqlite3"
        with sqlite3.connect(plain / "journal.sqlite3") as conn:
            conn.execute("VACUUM INTO ?", (str(floor_copy),))
        with sqlite3.connect(floor_copy) as conn:
            conn.execute("PRAGMA cache_size = -262144")
            conn.execute("PRAGMA integrity_check").fetchall()
        floor = time.perf_counter() - t
        floor_copy.unlink()
        t = time.perf_counter()
        done = conversion.convert(enc / "journal.sqlite3", None, key, key_id="bench")
        took = time.perf_counter() - t
        print(f"  encrypting the journal in place    {took:6.2f} s  ({done.rows:,} rows verified;"
              f" floor: plain copy + check {floor:.2f} s, {took / floor:.2f} ×)")  # fmt: skip
        conversion.finish(enc / "journal.sqlite3", enc / "backups", key)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        recovery = keys.recovery_text(key)
        for home, secret in ((plain, ""), (enc, recovery)):  # the day's backup, warm caches
            _cold_start(home, secret, env)
        starts: dict[str, list[float]] = {"plain": [], "enc": []}
        for _ in range(runs):
            starts["plain"].append(_cold_start(plain, "", env))
            starts["enc"].append(_cold_start(enc, recovery, env))
        p, e = statistics.median(starts["plain"]), statistics.median(starts["enc"])
        print(f"  cold start to first paint          plain {p:7.1f} ms  encrypted {e:7.1f} ms"
              f"  ({e / p:.2f} ×, median of {runs})")  # fmt: skip
        figures = {"plain": _store_figures(plain / "journal.sqlite3", None),
                   "enc": _store_figures(enc / "journal.sqlite3", key)}  # fmt: skip
        for name, label in (("search", "search"), ("save", "save a note"),
                            ("draft", "quick-note draft")):  # fmt: skip
            _p50p, p95p, _ = _percentiles(figures["plain"][name])
            _p50e, p95e, _ = _percentiles(figures["enc"][name])
            print(f"  {label:18} p95   plain {p95p:7.2f} ms  encrypted {p95e:7.2f} ms"
                  f"  ({p95e / p95p:.2f} ×)")  # fmt: skip
    finally:
        cipher.activate(None)
        shutil.rmtree(work, ignore_errors=True)
    return 0
