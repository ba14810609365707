#!/usr/bin/env python3
"""Run the store tests against the lowest dependency versions pyproject.toml allows.

    python3 packaging/lowest.py [PYTEST ARGS...]

A floor that is too low only shows on a machine that happens to have an old
release (``peewee>=3.17`` was declared while ``playhouse.migrations`` first
ships in 4.4). This creates ``.venv-lowest`` beside ``.venv``, installs every
runtime dependency at exactly its declared floor (``name>=X`` → ``name==X``)
plus the test tools, and runs the tests that need no Qt (the store, search,
backups, the coach and the vCard/CSV/iCalendar code) against the checkout.
PySide6 is left out: those tests import no Qt (a test enforces it), and the
binding's own floor is guarded by ``tests/test_qt_binding.py``.

Standard library only: this runs before anything is installed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-lowest"
TESTS = [
    "tests/test_store_crud.py",
    "tests/test_journal_open.py",
    "tests/test_backups.py",
    "tests/test_storage_trust.py",
    "tests/test_search.py",
    "tests/test_listings_merge_undo.py",
    "tests/test_crash.py",
    "tests/test_coach.py",
    "tests/test_interchange.py",
    "tests/test_events_ics.py",
    "tests/test_layers.py",
    # Encrypted journals with the SQLCipher binding at its floor (the L journal
    # killed at random moments is left to the full runs: minutes, not a floor check).
    "tests/test_encryption.py",
    # Certificate pinning through caldav and niquests at their floors, against a real
    # Radicale over TLS (the reason those floors are what they are).
    "tests/test_sync_tls.py",
]
DESELECT = ["-k", "not killed_at_random_moments"]
SKIP = {"pyside6-essentials"}  # not needed by these tests (see above)
TEST_TOOLS = ["pytest>=8", "hypothesis>=6.100", "vobject>=0.9.7", "radicale>=3.2"]


def floors() -> list[str]:
    """``name==floor`` for every runtime dependency with a ``>=`` floor."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = []
    for spec in data["project"]["dependencies"]:
        m = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*(.*)$", spec)
        if not m:
            continue
        name, rest = m.group(1), m.group(2)
        if name.lower() in SKIP:
            continue
        version, _, marker = rest.partition(";")
        floor = re.search(r">=\s*([0-9][^,\s]*)", version)
        if floor is None:
            sys.exit(f"{spec!r} has no '>=' floor; declare one.")
        pins.append(f"{name}=={floor.group(1)}" + (f"; {marker.strip()}" if marker else ""))
    return pins


def main(argv: list[str]) -> int:
    python = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    pins = floors()
    print("lowest allowed versions:", " ".join(pins), flush=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # The floors first and exactly; the test tools must not move them.
    subprocess.run([*pip, *pins], check=True)
    subprocess.run([*pip, *TEST_TOOLS, *pins], check=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # (pyproject's qt_api option belongs to pytest-qt, which is not installed here)
    cmd = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider",
           "-W", "ignore::pytest.PytestConfigWarning", *DESELECT, *TESTS, *argv]  # fmt: skip
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
