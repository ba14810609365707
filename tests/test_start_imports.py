"""What the start loads before its first picture (issue 15: the start must not
carry what only later work needs). A real start, offscreen, to the first painted
contacts, in a fresh interpreter."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ENCRYPTED_RUN, person

from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal

# Loaded on first use, after the first paint (or never, for a plain journal).
LATER = {
    "dateutil",  # events' recurrence
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
}
# An encrypted journal needs its key before the first row: keys (and the drafts
# sealed with it) load then.
# (socket: logging.handlers and running.notify, the command line's, would bring it;
# the keyring needs it. json: the encrypted journal's marker.)
PLAIN_ONLY = {"netzjournal.keys", "netzjournal.drafts", "keyring", "sqlcipher3", "socket", "json"}


def test_the_first_paint_loads_only_what_it_shows(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    with Journal.open(data / "journal.sqlite3") as j:
        create_contact(j, person("Max", "Müller"))
    listed = tmp_path / "modules.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NETZJOURNAL_PROBE_MODULES": str(listed)}
    out = subprocess.run(
        [sys.executable, "-m", "netzjournal", "--data-dir", str(data), "--lang", "de",
         "--exit-after-paint"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert out.stdout.startswith("painted 1 "), out.stderr
    loaded = set(listed.read_text(encoding="utf-8").split())
    assert "netzjournal.ui.contacts.model" in loaded  # (the list is the real one)
    forbidden = LATER if ENCRYPTED_RUN else LATER | PLAIN_ONLY
    assert sorted(loaded & forbidden) == []


FEATURES_STAY_APART = """
import sys
from netzjournal import app
app._no_feature_scan()
from PySide6.QtWidgets import QApplication, QWidget
qt = QApplication([])
import snake_mod, plain_mod, quiet_mod
w = QWidget()
w.setWindowTitle("x")
print(snake_mod.title(w), plain_mod.title(w), quiet_mod.title(w))
"""


def test_without_the_feature_scan_a_feature_still_stays_in_its_module(tmp_path):
    """The start skips PySide's source scan of each imported module (app._no_feature_scan):
    a module that selects ``snake_case`` still has it, and it reaches no other module
    (also not one whose source never names PySide, which the scan would ignore)."""
    (tmp_path / "snake_mod.py").write_text(
        "from __feature__ import snake_case\n"
        "from PySide6.QtWidgets import QWidget\n"
        "def title(w: QWidget) -> str:\n    return w.window_title()\n"
    )
    (tmp_path / "plain_mod.py").write_text(
        "from PySide6.QtWidgets import QWidget\n"
        "def title(w: QWidget) -> str:\n    return w.windowTitle()\n"
    )
    (tmp_path / "quiet_mod.py").write_text("def title(w):\n    return w.windowTitle()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", FEATURES_STAY_APART], capture_output=True,
                         text=True, timeout=120, env=env)  # fmt: skip
    assert out.stdout.split() == ["x", "x", "x"], out.stderr
