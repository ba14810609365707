#!/usr/bin/env python3
"""Set up and run netzjournal from a source checkout.

    python3 packaging/dev.py start [ARGS...]   start the app (ARGS go to netzjournal)
    python3 packaging/dev.py test [ARGS...]    run the whole test suite (ARGS go to pytest;
                                               the whole suite runs a worker per core and one more)
    python3 packaging/dev.py lint              ruff check, format --check and mypy
    python3 packaging/dev.py translations      refresh .ts from the code, compile .qm

The first run creates ``.venv`` in the checkout and installs netzjournal
(editable) with its test tools; later runs reinstall only when
``pyproject.toml`` changed. Only the standard library is used here, because
this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".netzjournal-installed"

if sys.version_info < (3, 11):  # noqa: UP036 (this runs before anything checks it)
    sys.exit(f"netzjournal needs Python 3.11 or newer; this is {sys.version.split()[0]}.")


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _fingerprint() -> str:
    data = (ROOT / "pyproject.toml").read_bytes() + sys.version.encode()
    return hashlib.sha256(data).hexdigest()


def ensure_venv() -> Path:
    """Create the virtual environment and install the project if needed."""
    python = _venv_python()
    if python.exists() and STAMP.exists() and STAMP.read_text() == _fingerprint():
        return python
    if not python.exists():
        print(f"Setting up a virtual environment in {VENV} (first run only) …", flush=True)
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except (subprocess.CalledProcessError, OSError) as exc:
            sys.exit(
                f"Could not create a virtual environment ({exc}).\n"
                "On Debian/Ubuntu install the venv module first: sudo apt install python3-venv"
            )
    print("Installing netzjournal and its dependencies …", flush=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-e", f"{ROOT}[test]"],
        check=True,
    )  # fmt: skip
    STAMP.write_text(_fingerprint())
    return python


def _run(cmd: list[str], env: dict[str, str] | None = None) -> int:
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


def _parallel(args: list[str]) -> list[str]:
    """pytest-xdist workers when the whole suite runs: one per core and one more, each
    taking the next test when it is free (``--dist worksteal``).

    Many tests wait — on the app or the command line started as a process, on a DAV
    server, on a timer — and a core would idle meanwhile: on two cores three workers
    ran the suite in 502 s where two took 580 s. Not for a chosen file or test
    (starting workers costs more than they save there), nor when the arguments
    already say how (``-n``, ``--dist``, ``-p no:xdist``).
    """
    chosen = any(not a.startswith("-") and ("/" in a or a.endswith(".py")) for a in args)
    said = any(a.startswith(("-n", "--numprocesses", "--dist")) or a == "no:xdist" for a in args)
    if chosen or said:
        return []
    try:
        cores = len(os.sched_getaffinity(0))  # (the cores this process may use)
    except AttributeError:  # (not on every platform)
        cores = os.cpu_count() or 1
    return ["-n", str(cores + 1), "--dist", "worksteal"]


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("start", [])
    if command not in {"start", "test", "lint", "translations"}:
        print(__doc__)
        return 2
    python = str(ensure_venv())
    if command == "start":
        return _run([python, "-m", "netzjournal", *rest])
    if command == "test":
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return _run([python, "-m", "pytest", *_parallel(rest), *rest], env=env)
    if command == "lint":
        return (
            _run([python, "-m", "ruff", "check", "."])
            or _run([python, "-m", "ruff", "format", "--check", "."])
            or _run([python, "-m", "mypy"])  # what it checks: [tool.mypy] in pyproject.toml
        )
    bindir = Path(python).parent
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "netzjournal").rglob("*.py"))]
    sources = [s for s in sources if "/store/" not in s and "/demo/" not in s]
    lupdate, lrelease = str(bindir / "pyside6-lupdate"), str(bindir / "pyside6-lrelease")
    # German: every string. English, the source language: only the plural forms
    # ("%Ln contact(s)" said as "contact" / "3 contacts").
    for ts, only in (("resources/i18n/netzjournal_de.ts", []),
                     ("resources/i18n/netzjournal_en.ts",
                      ["-pluralonly", "-target-language", "en_GB"])):  # fmt: skip
        status = _run([lupdate, *sources, "-ts", ts, "-no-obsolete", *only])
        status = status or _run([lrelease, ts, "-qm", ts[:-3] + ".qm"])
        if status:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
