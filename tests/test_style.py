"""ruff check, ruff format and mypy are part of the suite, so CI holds them."""

import subprocess
import sys

from conftest import REPO


def test_ruff_check():
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=REPO,
                         capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 0, out.stdout


def test_ruff_format():
    out = subprocess.run([sys.executable, "-m", "ruff", "format", "--check", "."], cwd=REPO,
                         capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 0, out.stdout


def test_mypy():
    """The type hints hold ([tool.mypy] in pyproject.toml says what is checked)."""
    out = subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-4000:]
