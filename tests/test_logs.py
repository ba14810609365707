"""The log file: written in the data folder, rotated at start when too big."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from netzjournal import logs


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A logs folder; the handler ``logs.setup`` adds is removed afterwards."""
    yield tmp_path / "logs"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_netzjournal", False):
            root.removeHandler(handler)
            handler.close()


def test_setup_writes_records_to_the_log_file(folder):
    path = logs.setup(folder)
    logging.getLogger("netzjournal.test").warning("hallo Jürgen")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "WARNING netzjournal.test: hallo Jürgen" in path.read_text(encoding="utf-8")


def test_a_big_log_is_rotated_at_start_and_five_are_kept(folder):
    folder.mkdir()
    path = folder / logs.LOG_NAME
    for n in range(1, 6):  # .1 … .5 exist already
        path.with_name(f"{path.name}.{n}").write_text(f"old {n}")
    path.write_text("x" * (logs.MAX_BYTES + 1))
    logs.setup(folder)
    assert path.with_name(f"{path.name}.1").read_text() == "x" * (logs.MAX_BYTES + 1)
    assert path.with_name(f"{path.name}.2").read_text() == "old 1"
    assert path.with_name(f"{path.name}.5").read_text() == "old 4"
    assert not path.with_name(f"{path.name}.6").exists()  # "old 5" is gone
    assert path.exists() and path.stat().st_size == 0


def test_a_small_log_is_kept_and_appended_to(folder):
    folder.mkdir()
    path = folder / logs.LOG_NAME
    path.write_text("yesterday\n")
    logs.setup(folder)
    assert path.read_text().startswith("yesterday\n")
    assert not path.with_name(f"{path.name}.1").exists()


def test_a_log_started_by_rotation_is_private_too(folder):
    folder.mkdir()
    path = folder / logs.LOG_NAME
    path.write_text("x" * (logs.MAX_BYTES + 1))
    path.chmod(0o600)
    logs.setup(folder)
    log = logging.getLogger("netzjournal.test")
    log.warning("y" * (logs.MAX_BYTES + 10))  # the running session passes the limit once more
    assert path.with_name(f"{path.name}.2").read_text() == "x" * (logs.MAX_BYTES + 1)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.with_name(f"{path.name}.1").stat().st_mode & 0o777 == 0o600


def test_the_rotating_handler_is_made_by_the_first_record(tmp_path):
    """A session that logs nothing never imports logging.handlers (~10 ms of every
    start); the first record makes the rotating handler and is written."""
    import subprocess
    import sys

    code = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from netzjournal import logs\n"
        f"path = logs.setup(Path({str(tmp_path / 'logs')!r}))\n"
        "assert 'logging.handlers' not in sys.modules, 'imported at setup'\n"
        "logging.getLogger('netzjournal.test').warning('erste Zeile')\n"
        "assert 'logging.handlers' in sys.modules\n"
        "print(path.read_text(encoding='utf-8'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "WARNING netzjournal.test: erste Zeile" in out.stdout
