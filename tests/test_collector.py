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


def test_a_worker_building_rows_holds_collections_back_until_it_is_done(qtbot, qapp):
    """The review's worker builds ~1 million rows that live until it has counted them;
    every collection meanwhile walked them again on the GUI thread (up to 150 ms each
    on XL) and freed nothing. Held back, nothing is collected until the worker is done;
    then what is due is collected as before."""
    collector.collect_on_gui_thread(qapp)
    gc.collect()
    seen, record = _collections_by_thread()
    inside, go_on, done = threading.Event(), threading.Event(), threading.Event()
    try:

        def work() -> None:
            with collector.held_back():
                rows = [[] for _ in range(5 * gc.get_threshold()[0])]
                inside.set()
                assert go_on.wait(5)
                del rows
            done.set()

        worker = threading.Thread(target=work)
        worker.start()
        assert inside.wait(5)
        kept = [[] for _ in range(gc.get_threshold()[0] + 1)]  # the GUI thread's own too
        collector.collect_due()
        assert seen == []  # held back
        go_on.set()
        assert done.wait(5)
        worker.join(5)
        collector.collect_due()
        assert seen == [threading.get_ident()] and kept
    finally:
        go_on.set()
        gc.callbacks.remove(record)
