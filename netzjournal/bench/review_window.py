"""The window while the yearly review is made (``netzjournal bench --review-window``).

A copy of the size's demo journal opens in the window (offscreen), collected as
the app collects (ui/collector). A 10 ms timer on the GUI thread measures the
longest gap between its ticks (the longest stall) from a click until the review
shows and half a second after: opening the view, then another year, then the
first again. Beside it, the GUI thread's CPU time inside that gap ("busy": on a
shared machine a gap can be the scheduler's, or the worker's hold on the
interpreter, not the GUI thread's work), the time until the review showed, and
the process's CPU time until then (the review's cost, whichever thread pays it).
The floor is the same probe on the idle window in the same run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TICK_MS = 10
TAIL_MS = 500


def run_review_window_bench(seed: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from netzjournal import paths
    from netzjournal.store.journal import Journal
    from netzjournal.ui.collector import collect_on_gui_thread
    from netzjournal.ui.main_window import REVIEW, MainWindow

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    root = Path(tempfile.mkdtemp(prefix="netzjournal-review-bench-"))
    try:
        where = paths.resolve(root).ensure()
        shutil.copyfile(seed, where.journal)  # (the cached journal stays as it was)
        journal = Journal.open(where.journal, backup_dir=where.backups)
        w = MainWindow(journal, where)
        w.remembers_layout = False
        w.resize(1280, 800)

        def wait(ms: int) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        painted = QEventLoop()
        w.first_painted.connect(painted.quit)
        w.show()
        painted.exec()
        collect_on_gui_thread(app)  # as app.py, after the first paint
        wait(3000)  # the coach's first list and the rest of the start

        gaps: list[tuple[float, float]] = []  # (wall ms, GUI-thread CPU ms) between ticks
        clock = QElapsedTimer()
        last = [0.0, 0.0]

        def tick() -> None:
            now, cpu = clock.elapsed(), time.thread_time() * 1000
            gaps.append((now - last[0], cpu - last[1]))
            last[0], last[1] = now, cpu

        probe = QTimer()
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        probe.setInterval(TICK_MS)
        probe.timeout.connect(tick)

        def made() -> bool:
            return w._review is not None and not w._review.busy

        def measure(label: str, act: Callable[[], None] | None) -> None:
            gaps.clear()
            clock.start()
            last[0], last[1] = 0.0, time.thread_time() * 1000
            probe.start()
            cpu, began = time.process_time(), time.perf_counter()
            if act is None:
                wait(2000)
            else:
                act()
                done = QEventLoop()
                poll = QTimer()
                poll.setInterval(20)
                poll.timeout.connect(lambda: done.quit() if made() else None)
                poll.start()
                if not made():
                    done.exec()
                poll.stop()
            shown, cpu = time.perf_counter() - began, time.process_time() - cpu
            wait(TAIL_MS)
            probe.stop()
            stall, busy = max(gaps) if gaps else (0.0, 0.0)
            after = "" if act is None else f"  shown after {shown:5.2f} s, CPU {cpu:5.2f} s"
            line = f"  {label:<28} {stall - TICK_MS:6.0f} ms, busy {busy:4.0f} ms{after}"
            print(line, flush=True)

        print(f"The window while the yearly review is made ({seed.name}, offscreen)")
        measure("floor: the idle window, 2 s", None)
        measure("open the review", lambda: w.show_view(REVIEW))
        year = w.review.year
        first = year.currentData()
        measure(f"switch to {first - 1}", lambda: year.setCurrentIndex(year.findData(first - 1)))
        measure(f"back to {first}", lambda: year.setCurrentIndex(year.findData(first)))
        w.close()
        journal.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0
