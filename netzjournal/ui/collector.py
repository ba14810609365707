"""Cyclic garbage collection on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a
generation is full. On a worker thread (the coach's first list, the integrity
check, a sync) it may free a cycle holding a Qt widget the GUI thread made, and
the widget's C++ destructor then runs on the worker: a crash (seen at the end of
window tests, in the coach's thread, "Garbage-collecting"). So the window
switches automatic collection off and collects on its own thread instead, from
a timer, by the collector's own rule: a generation is collected once the counts
pass its threshold, as ``gc`` would have done on an allocation. Objects without
cycles are freed by reference counting at once, as before; only the moment a
cycle is found moves, by at most :data:`INTERVAL_MS`.

Anki's desktop app does the same for the same reason (``garbage_collect_now``).

A worker that builds many objects living until it ends (the review's rows: ~1
million on 50,000 contacts, for seconds) holds collections back while it works
(:func:`held_back`): each one walked those rows again and found nothing to free
(twenty collections during the review on XL, up to 150 ms each on the GUI
thread). When the worker is done its rows are freed by reference counting, and
the counts fall back with them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTimer

INTERVAL_MS = 500

_timer: QTimer | None = None
_holding = [0]  # workers holding collections back now
_lock = threading.Lock()


@contextmanager
def held_back() -> Iterator[None]:
    """No collection while the block runs (on a worker: see the module's docstring)."""
    with _lock:
        _holding[0] += 1
    try:
        yield
    finally:
        with _lock:
            _holding[0] -= 1


def collect_due() -> None:
    """Collect the generations whose thresholds are passed (what automatic collection does)."""
    if _holding[0]:
        return  # (a worker's objects; collected as due once it is done)
    count0, count1, count2 = gc.get_count()
    threshold0, threshold1, threshold2 = gc.get_threshold()
    if threshold0 == 0 or count0 < threshold0:
        return
    if count1 >= threshold1:
        gc.collect(2 if count2 >= threshold2 else 1)
    else:
        gc.collect(0)


def collect_on_gui_thread(app: QCoreApplication) -> None:
    """Switch automatic collection off for good and collect from a timer on ``app``'s thread.

    Call it on the GUI thread; calling it again changes nothing.
    """
    global _timer
    gc.disable()
    try:
        if _timer is not None and _timer.isActive():
            return
    except RuntimeError:  # its application was deleted (a test made a new one)
        pass
    _timer = QTimer(app)
    _timer.setInterval(INTERVAL_MS)
    _timer.timeout.connect(collect_due)
    _timer.start()
