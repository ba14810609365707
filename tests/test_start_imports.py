"""What the start loads before its first picture (issue 15: the start must not
carry what only later work needs). A real start, offscreen, to the first painted
contacts, in a fresh interpreter."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ENCRYPTED_RUN, person

from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal

# Loaded on first use, after the first paint (or never, for a plain journal).
LATER = {
    "dateutil",  # events' recurrence
    "openpyxl",  # an Excel list: when one is imported
    "netzjournal.store.events",
    "netzjournal.store.recurrence",
    "netzjournal.coach.engine",  # the coach's first list: a worker after the paint
    "netzjournal.ui.coach.pane",
    "netzjournal.sync",
    "netzjournal.ui.sync_runner",
    "netzjournal.ui.search",
    "netzjournal.ui.notes.pane",
    "netzjournal.ui.timeline.pane",
    "netzjournal.ui.review.view",
    "netzjournal.ui.events_tab.pane",
    "netzjournal.ui.startup_dialogs",  # only when there is something to say
    "netzjournal.encryption_command",
    "peewee",  # migrations only
    "logging.handlers",  # the log file's handler: made by the first record
    # The contact's page, the filter's search and the editing commands: on first use.
    "netzjournal.store.records",
    "netzjournal.store.contacts",
    "netzjournal.store.stale",
    "netzjournal.store.people",
    "netzjournal.store.interactions",
    "netzjournal.store.fulltext",
    "netzjournal.store.backups",  # the day's backup: after the check, after the paint
    # Qt's delegate paints the first screen; the contacts' own right after it (its
    # module builds PySide's QStyle type).
    "netzjournal.ui.contacts.delegate",
    "netzjournal.store.listings",  # the timelines' and the contact page's (dataclasses)
    # Signals are taken after the first paint (no editor holds text before it):
    # `signal` builds its enums (~3 M instructions), the notifier two PySide types.
    "netzjournal.ui.shutdown",
}
# An encrypted journal needs its key before the first row: keys (and the drafts
# sealed with it) load then.
# (socket: logging.handlers and running.notify, the command line's, would bring it;
# the keyring needs it. json: the encrypted journal's marker.)
PLAIN_ONLY = {"netzjournal.keys", "netzjournal.drafts", "keyring", "sqlcipher3", "socket", "json"}
# The start's records are named tuples or plain classes, its one escaped text goes through
# Qt's convertFromPlainText: `dataclasses` (~10 M instructions with the first class it
# builds, ~3 M each further) and `html` (9 M: its entity table) load with the first
# contact's page. (The unlock dialog and netzjournal.keys use both.)
PLAIN_ONLY |= {"dataclasses", "html"}
# (signal: the shutdown's, after the paint; the keyring's subprocess brings it sooner.)
PLAIN_ONLY |= {"signal"}


def _first_paint_probe(tmp_path: Path, probe: str) -> str:
    """Start the app on a journal of one contact until its first paint, with the probe's
    list (``NETZJOURNAL_PROBE_<probe>``) written; that list's text."""
    data = tmp_path / "data"
    data.mkdir()
    with Journal.open(data / "journal.sqlite3") as j:
        create_contact(j, person("Max", "Müller"))
    listed = tmp_path / f"{probe.lower()}.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", f"NETZJOURNAL_PROBE_{probe}": str(listed)}
    out = subprocess.run(
        [sys.executable, "-m", "netzjournal", "--data-dir", str(data), "--lang", "de",
         "--exit-after-paint"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert out.stdout.startswith("painted 1 "), out.stderr
    return listed.read_text(encoding="utf-8")


def test_the_first_paint_loads_only_what_it_shows(tmp_path):
    loaded = set(_first_paint_probe(tmp_path, "MODULES").split())
    assert "netzjournal.ui.contacts.model" in loaded  # (the list is the real one)
    forbidden = LATER if ENCRYPTED_RUN else LATER | PLAIN_ONLY
    assert sorted(loaded & forbidden) == []


@pytest.mark.plain_only  # an encrypted journal unlocks first (ui/privacy: its dialogs' types)
def test_the_first_paint_wraps_no_widget_qt_made(tmp_path):
    """PySide wraps a widget Qt made (a table's ``viewport()``) by weighing every QWidget
    subclass it knows, which builds all their types with their enums: QDialog, QWizard,
    QMessageBox … (~55 M instructions). The window watches its table's first paint and
    resizes through its own objects (the table, the header), and so does the bench's
    probe (the window's paint): none of those types is built by the first paint."""
    built = {line.split(".")[0] for line in _first_paint_probe(tmp_path, "ENUMS").splitlines()}
    assert "QHeaderView" in built  # (the list is the real one)
    assert sorted(built & {"QDialog", "QWizard", "QMessageBox", "QCalendarWidget"}) == []


def test_the_window_actions_and_the_coach_strip_build_no_icon_or_painter_type():
    """PySide builds a class's Python type, every enum of it, the first time the class is
    fetched or weighed as an overload: ``QAction(text, parent)`` weighed
    ``QAction(QIcon, text)`` and built QIcon (157 enum members, ~11 M instructions at the
    start); the coach's strip imported QPainter (46) though it paints only when collapsed."""
    probe = (
        "from PySide6.QtCore import QObject\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from netzjournal.ui.actions import Actions\n"
        "from netzjournal.ui.coach.dock import CoachDock\n"
        "owner = QObject()\n"
        "actions = Actions(owner)\n"
        "assert actions.quit.text() == '&Quit', actions.quit.text()\n"
        "dock = CoachDock('Coach')\n"
    )
    assert _types_built(probe, {"QIcon", "QPainter"}) == []


def test_the_store_loads_before_qt():
    """PySide's import hook reads the source of every module imported after PySide
    (PYSIDE-2029): the command line and `app`'s module level stay Qt-free, so the store's
    modules (journal, cipher, walcheck, paths, logs …) load before Qt (~7 M instructions
    of every start), and with them what opening the journal needs (its leftovers' cleanup
    and the summary's sort keys: their imports after Qt read ~270 kB of source, ~2.3 M)."""
    probe = (
        "import sys\n"
        "import netzjournal.cli, netzjournal.app\n"
        "for name in ('journal', 'leftovers', 'summary'):\n"
        "    assert f'netzjournal.store.{name}' in sys.modules, name\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout


def test_the_paint_probe_loads_no_window_module():
    """The bench's probe names the window for its type hint only: a measuring script
    that imports the probe before it starts the app (the callgrind tools do) leaves the
    window's modules, and the store's behind them, to load in the app's own order."""
    probe = (
        "import sys\n"
        "import netzjournal.bench.startup_probe\n"
        "window = ('netzjournal.ui', 'netzjournal.store')\n"
        "print(sorted(m for m in sys.modules if m.startswith(window)))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout


def test_the_window_builds_no_url_or_painter_type_before_they_are_used(tmp_path):
    """Fetching a class from PySide builds its type: ``QUrl`` (~4.5 M instructions at the
    start) is fetched where a link or the data folder opens, ``QPainter`` (~4.5 M) where
    the contacts table paints itself, after the first paint (Qt's delegate paints that)."""
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from netzjournal.paths import DataPaths\n"
        "from netzjournal.store.journal import Journal\n"
        "from netzjournal.ui.main_window import MainWindow\n"
        "where = DataPaths(Path(sys.argv[1])).ensure()\n"
        "window = MainWindow(Journal.open(where.journal), where)\n"
        "window.show(); app.processEvents()\n"
    )
    assert _types_built(probe, {"QUrl", "QPainter"}, str(tmp_path / "data")) == []


def test_the_column_titles_are_measured_without_the_style_s_enums():
    """The contacts' columns are fitted before the first paint: their titles' room for
    the sort arrow is measured from Qt's own hints, not asked of the style, whose
    ``PM_HeaderMargin`` would build PySide's QStyle type (11 enums, 566 members; ~50 M
    instructions at the start)."""
    probe = (
        "from PySide6.QtGui import QStandardItemModel\n"
        "from PySide6.QtWidgets import QApplication, QTableView\n"
        "app = QApplication([])\n"
        "from netzjournal.ui.header_width import arrow_room, title_width\n"
        "model = QStandardItemModel(2, 3)\n"
        "model.setHorizontalHeaderLabels(['Name', 'Organisation', 'Stadt'])\n"
        "view = QTableView(); view.setModel(model); view.setSortingEnabled(True)\n"
        "header = view.horizontalHeader()\n"
        "assert arrow_room(header) > 0\n"
        "assert title_width(header, 1) == header.sectionSizeHint(1) - arrow_room(header)\n"
    )
    assert _types_built(probe, {"QStyle"}) == []


def _types_built(probe: str, names: set[str], *args: str) -> list[str]:
    """Which of the PySide classes ``names`` have their Python type (and enums) built
    once ``probe`` has run in a fresh interpreter, offscreen."""
    probe += (
        "import enum, gc\n"
        "built = {o.__qualname__.split('.')[0] for o in gc.get_objects()\n"
        "         if isinstance(o, enum.EnumMeta)}\n"
        f"print(sorted(built & set({sorted(names)!r})))\n"
    )
    # The tests' offscreen screen (1920×1200, tests/offscreen.json), as the bench's: on
    # Qt's own 800×600 the window starts under 1,000 px wide with the coach folded, whose
    # strip is painted with QPainter from the first picture on.
    env = {**os.environ}
    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True,
                         text=True, env=env, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def test_the_store_compiles_no_regular_expression_to_open_a_journal(tmp_path):
    """Compiling a regular expression costs ~0.5-2.5 M instructions (a character class
    of surrogates 2.4 M, each glob pattern ~1 M): loading the start's store modules,
    opening a journal and sorting the tag filter's names compile none (listdir/scandir
    instead of glob; collation's variant letters and accents found by sets: its two
    character classes beyond Latin-1 took ~5 M at the first non-ASCII tag)."""
    journal = tmp_path / "journal.sqlite3"
    made = "import sys\nfrom netzjournal.store.journal import Journal\n"
    made += "Journal.open(sys.argv[1]).close()\n"
    subprocess.run([sys.executable, "-c", made, str(journal)], check=True, timeout=120)
    probe = (
        "import re, sys\n"
        "from pathlib import Path\n"
        # (the standard library's own expressions, compiled as its modules load)
        "import argparse, datetime, fnmatch, logging, sqlite3, textwrap, tokenize, string\n"
        "compiled = []\n"
        "original = re._compile\n"
        "def _compile(pattern, flags):\n"
        "    frame, ours = sys._getframe(1), False\n"
        "    while frame is not None:\n"
        "        ours = ours or frame.f_globals.get('__name__', '').startswith('netzjournal')\n"
        "        frame = frame.f_back\n"
        "    if ours:\n"
        "        compiled.append(pattern)\n"
        "    return original(pattern, flags)\n"
        "re._compile = _compile\n"
        "import netzjournal.cli, netzjournal.app\n"
        "from netzjournal.store.journal import Journal\n"
        "Journal.open(Path(sys.argv[1]), verify=False).close()  # as the start opens it\n"
        "from netzjournal.store.collation import sort_key\n"
        "sort_key('Gründerszene'), sort_key('Łódź Ærø')  # the tag filter's names\n"
        "print(compiled)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, str(journal)], capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout


def test_the_sources_pyside_read_at_the_start_are_not_kept(tmp_path):
    """PySide's import hook reads each module's source (inspect.getsource) and
    linecache kept all their lines for the session: ~5.5 MB of Python strings on the
    start, 3.7 MB of the settled resident memory (issue 15's ≤ 100 MB on L). After the
    first paint they are dropped."""
    data = tmp_path / "data"
    data.mkdir()
    with Journal.open(data / "journal.sqlite3") as j:
        create_contact(j, person("Max", "Müller"))
    probe = (
        "import linecache, sys\n"
        "from netzjournal.cli import main\n"
        "main(['--data-dir', sys.argv[1], '--lang', 'de', '--exit-after-paint'])\n"
        "print('kept', *(name for name in linecache.cache if 'netzjournal' in name))\n"
    )
    # Settled: the window's work after its first paint is done.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NETZJOURNAL_PROBE_SETTLE": "1"}
    out = subprocess.run([sys.executable, "-c", probe, str(data)], capture_output=True,
                         text=True, timeout=120, env=env)  # fmt: skip
    assert out.stdout.startswith("painted 1 ") and "settled 1 " in out.stdout, out.stderr
    kept = out.stdout.split("kept")[1].split()
    # (The start's own: 43 were kept, and every module imported until then.)
    start = ("main_window.py", "contacts/model.py", "store/journal.py", "ui/style.py")
    assert not [name for name in kept if name.endswith(start)], kept
    assert len(kept) <= 5, kept  # (what is imported later: drafts, the unsaved question)
