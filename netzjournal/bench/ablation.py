"""``netzjournal bench --ablation``: what each piece of start-up machinery buys.

Starts the app (offscreen, to the first painted contacts table) once as it
is and once per variant that undoes one piece, round-robin so the load of
the machine falls on every variant alike, and prints each variant's median
against the unchanged start ("+3.1 ms" = that piece saves 3.1 ms). A piece
that saves less than ~5 ms is not worth its code.

A variant is a few lines run before ``netzjournal.cli.main``; a variant
whose piece no longer exists says so and is skipped.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# (label, code run before the app's main; it raises LookupError if the piece is gone)
VARIANTS: list[tuple[str, str]] = [
    (
        "garbage collector left on during the start",
        "import gc\ngc.disable = lambda: None",
    ),
    (
        "peewee loaded at the start (it runs migrations only)",
        "import peewee, playhouse.migrations",
    ),
    (
        "every contact id read before the first paint (not the first screen's)",
        "from netzjournal.ui.contacts import model\n"
        "if not hasattr(model, 'FIRST_SCREEN'): raise LookupError('FIRST_SCREEN')\n"
        "model.FIRST_SCREEN = 10**9",
    ),
    (
        "logging.handlers loaded at the start (not by the first record)",
        "import logging.handlers",
    ),
    (
        "the contact page's and the commands' modules loaded at the start",
        "import netzjournal.store.contacts, netzjournal.store.people,"
        " netzjournal.store.interactions, netzjournal.store.fulltext",
    ),
    (
        "the backups module loaded at the start",
        "import netzjournal.store.backups",
    ),
    (
        "the contacts' cell delegate set before the first paint",
        "from netzjournal.ui.contacts.pane import ContactsPane as P\n"
        "if not hasattr(P, '_use_cell_delegate'): raise LookupError('_use_cell_delegate')\n"
        "init = P.__init__\n"
        "def __init__(self, *a, **k):\n"
        "    init(self, *a, **k)\n"
        "    self._use_cell_delegate()\n"
        "P.__init__ = __init__",
    ),
    (
        "the contacts table's viewport fetched before the first paint (PySide weighs"
        " every QWidget subclass to wrap it)",
        "from netzjournal.ui.grid_table import GridTable\n"
        "if not hasattr(GridTable, 'first_painted'): raise LookupError('first_painted')\n"
        "from netzjournal.ui.contacts.pane import ContactsPane as P\n"
        "init = P.__init__\n"
        "def __init__(self, *a, **k):\n"
        "    init(self, *a, **k)\n"
        "    self.table.viewport()\n"
        "P.__init__ = __init__",
    ),
    (
        "store.listings loaded at the start (timelines' dataclasses)",
        "import netzjournal.store.listings",
    ),
    (
        "every pane built at the start (not on first use)",
        "from netzjournal.ui.main_window import MainWindow as W\n"
        "init = W.__init__\n"
        "def __init__(self, *a, **k):\n"
        "    init(self, *a, **k)\n"
        "    for name in ('notes', 'timeline', 'review', 'events_pane'):\n"
        "        getattr(self, name, None)\n"
        "W.__init__ = __init__",
    ),
]


def _runner(prelude: str, args: list[str]) -> str:
    return (
        "import sys\n"
        f"{prelude}\n"
        "from netzjournal.cli import main\n"
        f"sys.argv = ['netzjournal', *{args!r}]\n"
        "sys.exit(main())\n"
    )


def _start(code: str, env: dict[str, str]) -> tuple[float, float] | None:
    """(ms to the printed first paint, CPU ms of the whole process); None if it never painted.

    CPU time (user + system, every thread, until the process ended) hardly
    depends on what else the machine runs; on a loaded machine it is the
    figure to compare, the wall time the one a person feels.
    """
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                stderr=err, text=True, env=env)  # fmt: skip
        assert proc.stdout is not None
        painted = None
        for line in proc.stdout:
            if line.startswith("painted"):
                painted = (time.perf_counter() - start) * 1000
                break
        proc.stdout.read()
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if painted is None:
            err.seek(0)
            text = err.read()
            if "LookupError" not in text:
                print(
                    text.strip().splitlines()[-1] if text.strip() else "no paint", file=sys.stderr
                )
            return None
    return painted, (usage.ru_utime + usage.ru_stime) * 1000


def run_ablation(
    journal_path: Path, runs: int = 9, variants: list[tuple[str, str]] | None = None
) -> int:
    variants = VARIANTS if variants is None else variants
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as ui_figures: measure compiled bytecode
    home = Path(tempfile.mkdtemp(prefix="nj-ablation-"))
    try:
        shutil.copy(journal_path, home / "journal.sqlite3")
        args = ["--data-dir", str(home), "--lang", "de", "--exit-after-paint"]
        base = _runner("", args)
        codes = [("as it is", base)] + [(label, _runner(pre, args)) for label, pre in variants]
        for _label, code in codes:  # warm-up: daily backup, __pycache__, page cache
            _start(code, env)
        wall: dict[str, list[float]] = {label: [] for label, _code in codes}
        cpu: dict[str, list[float]] = {label: [] for label, _code in codes}
        gone: set[str] = set()
        for _ in range(runs):
            for label, code in random.sample(codes, len(codes)):  # no variant always first
                if label in gone:
                    continue
                measured = _start(code, env)
                if measured is None:
                    gone.add(label)
                else:
                    wall[label].append(measured[0])
                    cpu[label].append(measured[1])
        ref_wall, ref_cpu = statistics.median(wall["as it is"]), statistics.median(cpu["as it is"])
        ref_min = min(cpu["as it is"])
        print(f"start-up ablation on {journal_path.name}, {runs} runs each; the difference")
        print("  to 'as it is' is what the piece saves (CPU: all threads, whole process)")
        print(f"  {'':58s} {'first paint, median':>21s} {'CPU, median':>19s} {'CPU, min':>19s}")
        print(f"  {'as it is':58s} {ref_wall:8.1f} ms {'':10s} {ref_cpu:8.1f} ms {'':8s}"
              f" {ref_min:8.1f} ms")  # fmt: skip
        for label, _code in codes[1:]:
            if label in gone or not wall[label]:
                print(f"  {label:58s}      n/a (not in this version)")
                continue
            w, c = statistics.median(wall[label]), statistics.median(cpu[label])
            m = min(cpu[label])
            print(f"  {label[:58]:58s} {w:8.1f} ms ({w - ref_wall:+7.1f})"
                  f" {c:8.1f} ms ({c - ref_cpu:+6.1f})"
                  f" {m:8.1f} ms ({m - ref_min:+6.1f})")  # fmt: skip
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0
