"""The pure layers must not load Qt."""

import subprocess
import sys

from conftest import REPO


def test_store_demo_paths_load_no_qt():
    code = (
        "import sys\n"
        "import netzjournal.store, netzjournal.store.bulk, netzjournal.demo.generator\n"
        "import netzjournal.paths, netzjournal.cli, netzjournal.logs\n"
        "import netzjournal.remind, netzjournal.reminders, netzjournal.notify\n"
        "import netzjournal.phrases\n"
        "import netzjournal.coach.engine, netzjournal.review.figures, netzjournal.review.render\n"
        "import netzjournal.interchange.importer, netzjournal.interchange.writers\n"
        "import netzjournal.commands.contacts, netzjournal.commands.notes\n"
        "import netzjournal.commands.events, netzjournal.commands.coach\n"
        "import netzjournal.commands.imports\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not bad, bad\n"
        "assert 'netzjournal.ui' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_no_qt_import_in_pure_packages():
    """A static check too: no module below store/ or demo/ mentions PySide6."""
    for package in ("store", "demo", "coach", "review", "interchange", "commands"):
        for path in (REPO / "netzjournal" / package).rglob("*.py"):
            assert "PySide6" not in path.read_text(encoding="utf-8"), path


def test_no_sql_outside_the_store():
    """SQL lives in store/ only (the house rule): no statement is run anywhere else —
    widgets and commands call store functions, which may take the journal's connection.
    (The benchmarks' floors run bare SQLite on purpose: bench/ is left out.) A restore
    question in ui/backups_dialog.py asked the journal with SQL of its own."""
    found = []
    for path in (REPO / "netzjournal").rglob("*.py"):
        part = path.relative_to(REPO / "netzjournal").parts[0]
        if part in ("store", "bench"):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ".execute(" in line or ".executemany(" in line or "import sqlite3" in line:
                found.append(f"{path.relative_to(REPO)}:{n}: {line.strip()}")
    assert not found, "\n".join(found)
