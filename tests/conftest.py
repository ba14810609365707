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
TODAY = dt.date(2026, 11, 22)


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
