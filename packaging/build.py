#!/usr/bin/env python3
"""Build the desktop bundle and the wheel.

    python3 packaging/build.py [--no-bundle] [--no-wheel]

Produces ``dist/netzjournal/`` (PyInstaller, one folder), a ``.tar.gz`` of it
and ``dist/netzjournal-<version>-py3-none-any.whl``. Uses the checkout's
``.venv`` (made by packaging/dev.py) and installs PyInstaller into it.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from dev import ensure_venv  # noqa: E402


def version() -> str:
    text = (ROOT / "netzjournal" / "__init__.py").read_text(encoding="utf-8")
    return text.split('__version__ = "', 1)[1].split('"', 1)[0]


def prune_orphans(internal: Path) -> list[str]:
    """Remove shared libraries no shipped module or plugin needs (found with ldd).

    PyInstaller collects the dependencies of every Qt plugin it sees, also of
    plugins the spec then leaves out (the GTK theme brings cairo, pango …).
    """
    if sys.platform != "linux" or not shutil.which("ldd"):
        return []
    roots = [internal.parent / "netzjournal"]
    roots += [p for p in internal.rglob("*.so*")
              if p.is_file() and not p.is_symlink() and p.parent != internal]  # fmt: skip
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    needed: set[str] = set()
    for root in roots:
        out = subprocess.run(["ldd", str(root)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "=>" in line and str(internal) in line:
                needed.add(line.split("=>", 1)[1].split("(")[0].strip().rsplit("/", 1)[-1])
    removed = []
    for lib in internal.glob("lib*.so*"):
        if lib.name.startswith("libpython"):  # the bootloader loads it itself
            continue
        if lib.name not in needed and lib.name.split(".so")[0] + ".so" not in {
            n.split(".so")[0] + ".so" for n in needed
        }:
            lib.unlink()
            removed.append(lib.name)
    return removed


def main(argv: list[str]) -> int:
    python = str(ensure_venv())
    dist = ROOT / "dist"
    dist.mkdir(exist_ok=True)
    started = time.perf_counter()
    if "--no-wheel" not in argv:
        subprocess.run([python, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist),
                        str(ROOT)], check=True)  # fmt: skip
    if "--no-bundle" not in argv:
        subprocess.run([python, "-m", "pip", "install", "--quiet", "pyinstaller>=6"], check=True)
        subprocess.run([python, str(HERE / "icons.py"), str(ROOT / "build" / "icons")],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        subprocess.run([python, "-m", "PyInstaller", "--noconfirm", "--clean",
                        "--distpath", str(dist), "--workpath", str(ROOT / "build" / "pyinstaller"),
                        str(HERE / "netzjournal.spec")], check=True)  # fmt: skip
        bundle = dist / "netzjournal"
        removed = prune_orphans(bundle / "_internal")
        if removed:
            print(f"left out {len(removed)} libraries nothing loads: {', '.join(sorted(removed))}")
        icons = bundle / "icons"
        desktop = HERE / "org.netzjournal.Netzjournal.desktop"
        shutil.copy(desktop, bundle)
        shutil.copy(HERE / "install-desktop.sh", bundle)
        shutil.copy(HERE / "org.netzjournal.Netzjournal.metainfo.xml", bundle)
        if not icons.exists():  # PyInstaller ≥ 6 puts data under _internal/
            shutil.copytree(ROOT / "build" / "icons", icons)
        arch = platform.machine().lower()
        name = dist / f"netzjournal-{version()}-{sys.platform}-{arch}.tar.gz"
        with tarfile.open(name, "w:gz") as tar:
            tar.add(bundle, arcname="netzjournal")
        size = sum(
            p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
        )
        print(f"bundle: {bundle} ({size / 1e6:.1f} MB unpacked), {name.name} "
              f"({name.stat().st_size / 1e6:.1f} MB)")  # fmt: skip
    print(f"built in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
