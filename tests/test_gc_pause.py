"""The cycle collector is paused only while an import step runs, and comes back."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from netzjournal.interchange.gc_pause import cycle_collection_paused
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store.journal import Journal

CARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Alt\r\nN:Alt;Anna;;;\r\nEND:VCARD\r\n"


def test_paused_in_the_block_and_back_after_it() -> None:
    assert gc.isenabled()
    with cycle_collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_after_an_exception() -> None:
    with pytest.raises(RuntimeError), cycle_collection_paused():
        raise RuntimeError("stop")
    assert gc.isenabled()


def test_a_pause_of_the_caller_is_kept() -> None:
    gc.disable()
    try:
        with cycle_collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_each_import_step_pauses_and_resumes(tmp_path: Path) -> None:
    source = tmp_path / "a.vcf"
    source.write_bytes(CARD)
    seen: list[bool] = []

    def progress(step: str, done: int, total: int) -> None:
        seen.append(gc.isenabled())

    with Journal.open(tmp_path / "j.sqlite3") as journal:
        read = read_paths([source], progress=progress)
        assert gc.isenabled()
        plan = plan_import(journal, read, progress)
        assert gc.isenabled()
        outcome = apply_import(journal, plan, progress)
        assert gc.isenabled()
        assert len(outcome.created) == 1
    assert seen and not any(seen)
