"""The cycle collector is paused only while an import step runs, and comes back."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from netzjournal.interchange.gc_pause import cycle_collection_paused
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store.journal import Journal


@pytest.fixture(autouse=True)
def _automatic_collection() -> Iterator[None]:
    """As in the command line, where imports run with automatic collection on (the
    window collects on its GUI thread's timer instead: ui/collector.py, and the tests'
    conftest does as the window does). The state before is restored."""
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


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


class _Node:
    other: object = None


def test_young_garbage_from_before_is_collected_inside_the_block() -> None:
    # What was young before a step is collected as it would have been — inside the
    # step (its cost counted there), not promoted with the step's own objects.
    node = _Node()
    node.other = node  # a cycle: only the collector frees it
    gone = weakref.ref(node)
    del node
    with cycle_collection_paused():
        assert gone() is None


def test_what_a_step_built_goes_to_the_oldest_generation(tmp_path: Path) -> None:
    # No young collection walks an import's objects after a step (it would land in
    # whatever code runs next): they are moved to the oldest generation at once.
    source = tmp_path / "a.vcf"
    source.write_bytes(CARD * 3)
    read = read_paths([source])
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert read.contacts and all(id(c) in oldest for c in read.contacts)
    assert gc.get_freeze_count() == 0


def test_objects_someone_froze_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with cycle_collection_paused():
            pass
        assert gc.get_freeze_count() >= frozen > 0
    finally:
        gc.unfreeze()
