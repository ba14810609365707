"""Cycles are collected on the GUI thread only (ui/collector.py): a worker thread that
allocates never runs a collection, which could free Qt objects there (a crash)."""

from __future__ import annotations

import gc
import threading

from netzjournal.ui import collector


def _collections_by_thread() -> tuple[list[int], object]:
    seen: list[int] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            seen.append(threading.get_ident())

    gc.callbacks.append(record)
    return seen, record


def test_a_worker_that_allocates_collects_nothing_the_gui_thread_does(qtbot, qapp):
    collector.collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    seen, record = _collections_by_thread()
    try:

        def work() -> None:
            kept = []
            for _ in range(20 * gc.get_threshold()[0]):
                cycle: list[object] = []
                cycle.append(cycle)  # garbage only a collection frees
                kept.append([])
            del kept

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        assert seen == []  # automatic collection would have run ~20 times on the worker
        qtbot.waitUntil(lambda: bool(seen), timeout=5 * collector.INTERVAL_MS)
        assert set(seen) == {threading.get_ident()}
    finally:
        gc.callbacks.remove(record)


def test_due_generations_are_collected_as_the_collector_would(qtbot, qapp):
    collector.collect_on_gui_thread(qapp)
    gc.collect()
    collector.collect_due()  # nothing is due right after a full collection
    seen, record = _collections_by_thread()
    try:
        collector.collect_due()
        assert seen == []
        kept = [[] for _ in range(gc.get_threshold()[0] + 1)]
        collector.collect_due()
        assert len(seen) == 1 and gc.get_count()[0] < len(kept)
    finally:
        gc.callbacks.remove(record)
