"""Opening a demo journal: generated in a temporary folder, run as its own window.

The demo runs in a separate process with its own data folder, so it can
never mix with the user's journal; a marker file makes its title say so, and
the folder is removed when the demo's window closes (see ``demo/folder.py``).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QProcess

from netzjournal.demo.folder import MARKER, PREFIX
from netzjournal.demo.generator import DemoSpec, create_demo_journal
from netzjournal.paths import DataPaths


def create_demo_folder(language: str = "de") -> Path:
    """A temporary folder with a demo journal whose notes are in ``language`` (the
    interface's: a German window got English notes among its German ones)."""
    root = Path(tempfile.mkdtemp(prefix=PREFIX))
    paths = DataPaths(root).ensure()
    (root / MARKER).write_text("This folder holds a generated demo journal; delete it freely.\n")
    create_demo_journal(paths.journal, DemoSpec(contacts=50, years=3, seed=1, language=language))
    return root


def command_for(root: Path, language: str = "de") -> tuple[str, list[str]]:
    """How to start netzjournal again: the bundle's binary, or this Python."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--lang", language, "--data-dir", str(root)]
    return sys.executable, ["-m", "netzjournal", "--lang", language, "--data-dir", str(root)]


def launch_demo(language: str) -> Path:
    """The demo in its own window, in the interface's language."""
    root = create_demo_folder(language)
    program, args = command_for(root, language)
    QProcess.startDetached(program, args)
    return root
