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
