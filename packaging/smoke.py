#!/usr/bin/env python3
"""Smoke-test what packaging/build.py made: the wheel in a fresh venv, and the bundle.

Each runs ``--version``, creates a journal in a temporary NETZJOURNAL_HOME,
renders ``--screenshot`` offscreen and must exit 0; then the journal is
encrypted (SQLCipher, with a passphrase: no keyring here), searched and
rendered again — the SQLCipher binding must be in the wheel's dependencies
and in the bundle. The desktop file and the
AppStream metainfo are validated when the tools are installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"


def run(cmd: list[str], env: dict[str, str], stdin: str | None = None) -> str:
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, input=stdin)
    if result.returncode != 0:
        raise SystemExit(f"FAILED: {' '.join(cmd)}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def exercise(label: str, exe: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NETZJOURNAL_HOME=str(Path(tmp) / "h"))
        print(f"{label}: {run([*exe, '--version'], env).strip()}")
        # A German journal: the search below looks for "Kaffee" (an English demo, as the
        # machine's language would give, is English throughout).
        run([*exe, "demo", "--size", "S", "--lang", "de"], env)
        start = time.perf_counter()
        shots = run([*exe, "--screenshot", str(Path(tmp) / "shots")], env).split()
        elapsed = time.perf_counter() - start
        names = sorted(Path(s).name for s in shots)
        if "contacts.png" not in names or not (Path(tmp) / "h" / "journal.sqlite3").exists():
            raise SystemExit(f"FAILED: {label} rendered {names}")
        print(f"{label}: journal created, {len(names)} screenshots in {elapsed:.1f} s")
        # An Excel list: openpyxl (imported only then) is in the wheel's and the bundle's reach.
        book = ROOT / "tests" / "data" / "contacts" / "xlsx"
        said = run([*exe, "import", str(book / "excel-de__kontakte-zwei-blaetter.WRITTEN.xlsx"),
                    "--dry-run"], env)  # fmt: skip
        if "4 to create" not in said:
            raise SystemExit(f"FAILED: {label} did not read the Excel list:\n{said}")
        print(f"{label}: Excel list read (openpyxl)")
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        secret = "smoke test passphrase\n"
        run([*exe, "encryption", "on", "--new-passphrase-stdin"], env, secret)
        journal = Path(tmp) / "h" / "journal.sqlite3"
        if journal.read_bytes()[:16] == b"SQLite format 3\x00":
            raise SystemExit(f"FAILED: {label} left the journal unencrypted")
        found = run([*exe, "search", "--passphrase-stdin", "Kaffee"], env, secret)
        if "Kaffee" not in found:
            raise SystemExit(f"FAILED: {label} found nothing in the encrypted journal")
        shots = run(
            [*exe, "--passphrase-stdin", "--screenshot", str(Path(tmp) / "enc")], env, secret
        ).split()
        if "contacts.png" not in {Path(s).name for s in shots}:
            raise SystemExit(f"FAILED: {label} did not render the encrypted journal")
        print(f"{label}: encrypted journal (SQLCipher) searched and rendered")


def main() -> int:
    wheels = sorted(DIST.glob("netzjournal-*.whl"))
    if wheels:
        with tempfile.TemporaryDirectory() as tmp:
            env_dir = Path(tmp) / "venv"
            venv.EnvBuilder(with_pip=True).create(env_dir)
            python = env_dir / "bin" / "python"
            subprocess.run(
                [
                    str(python),
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    str(wheels[-1]),
                ],
                check=True,
            )
            exercise("wheel", [str(env_dir / "bin" / "netzjournal")])
    bundle = DIST / "netzjournal" / "netzjournal"
    if bundle.exists():
        exercise("bundle", [str(bundle)])
    for tool, target in (
        ("desktop-file-validate", "org.netzjournal.Netzjournal.desktop"),
        ("appstreamcli", "org.netzjournal.Netzjournal.metainfo.xml"),
    ):
        if shutil.which(tool):
            args = [tool, "validate", "--no-net"] if tool == "appstreamcli" else [tool]
            run([*args, str(ROOT / "packaging" / target)], dict(os.environ))
            print(f"{tool}: {target} ok")
        else:
            print(f"{tool}: not installed, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
