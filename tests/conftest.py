"""Shared fixtures: real journal files in tmp_path, Qt offscreen."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Offscreen, on a virtual 1920×1200 screen (the plugin's default is 800×600,
# which clamps restored window sizes).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).resolve().parent / "offscreen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord, InteractionRecord

REPO = Path(__file__).resolve().parent.parent

# NETZJOURNAL_TEST_ENCRYPTED=1 (CI's second run): every journal a test creates
# is an SQLCipher journal with one key for the run, kept in a file keyring that
# child processes (the CLI, the app) read through keyring's own switch.
ENCRYPTED_RUN = os.environ.get("NETZJOURNAL_TEST_ENCRYPTED") == "1"
if ENCRYPTED_RUN:
    import tempfile

    from netzjournal import keys
    from netzjournal.store import cipher

    _ring = Path(tempfile.mkdtemp(prefix="netzjournal-test-keyring-")) / "keyring.json"
    os.environ["NETZJOURNAL_TEST_KEYRING"] = str(_ring)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.FileKeyring"
    _tests = str(Path(__file__).resolve().parent)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (_tests, os.environ.get("PYTHONPATH", "")) if p
    )
    import sys

    sys.path.insert(0, _tests)
    import keyring
    from keyrings import FileKeyring

    keyring.set_keyring(FileKeyring())
    _run_key = cipher.Key.random()
    keys.store_key("test-run", _run_key)
    cipher.activate(_run_key, "test-run")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not ENCRYPTED_RUN:
        return
    skip = pytest.mark.skip(reason="plain journals only (see the marker's reason in the test)")
    for item in items:
        if item.get_closest_marker("plain_only"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _encrypted_run_key() -> Iterator[None]:
    """In the encrypted run, a test that changed the process's key gets it back."""
    yield
    if ENCRYPTED_RUN:
        cipher.activate(_run_key, "test-run")


TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _default_locale_restored() -> Iterator[None]:
    """A test that installs the German translators also sets the default locale; it must
    not outlive the test (the next file's coach tooltip read "Warmth 0,78 · Nähe")."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    j = Journal.open(tmp_path / "journal.sqlite3")
    yield j
    j.close()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private NETZJOURNAL_HOME for tests that start the app or the CLI."""
    root = tmp_path / "home"
    monkeypatch.setenv("NETZJOURNAL_HOME", str(root))
    return root


def person(given: str, family: str, **kw: object) -> ContactRecord:
    return ContactRecord(given_name=given, family_name=family, **kw)  # type: ignore[arg-type]


def note(when: dt.datetime, people: list[int], **kw: object) -> InteractionRecord:
    return InteractionRecord(occurred_at=when, participants=people, **kw)  # type: ignore[arg-type]
