"""A probe for the start-up benchmark: report the first paint with contacts, then quit.

Used only by ``netzjournal bench`` (through a hidden ``--exit-after-paint``):
prints ``painted <rows> <rss-kB> <cpu-ms>`` once the contacts table has painted rows
(``<cpu-ms>``: the process's CPU time so far, every thread).
With ``NETZJOURNAL_PROBE_SETTLE=1`` in the environment it then waits three
seconds for the work after the first paint (every contact, the coach, the
integrity check) and prints ``settled <rows> <rss-kB> <ms>`` before it quits,
``<ms>`` being the longest time the event loop was busy in those seconds.
With ``NETZJOURNAL_PROBE_MODULES=<file>`` it writes the names of the modules
loaded by the first paint to that file, one a line (what the start imports).
With ``NETZJOURNAL_PROBE_ENUMS=<file>`` it writes the PySide enums built by then,
``<class>.<enum> <members>`` a line: PySide builds a class's Python type with every
enum of it when the class is first fetched (Python's enum machinery, ~0.1 M
instructions a member), so this is which classes the start touched.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

if TYPE_CHECKING:
    # (A hint only: a script that imports the probe before starting the app, as the
    # callgrind tools do, would otherwise load the window's modules out of turn.)
    from netzjournal.ui.main_window import MainWindow


def resident_kb() -> int:
    try:  # (bytes: an "ascii" text file would load a codec the floor does not, at the paint)
        with open("/proc/self/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class PaintProbe(QObject):
    """Reports once the window's first paint with contacts listed has finished.

    It watches the window's own paint, which starts each paint of the window (its
    children, the contacts table among them, follow in the same pass), not the
    table's viewport: fetching ``viewport()`` (a widget Qt made) makes PySide weigh
    every QWidget subclass it knows, ~55 M instructions the window never spends
    before its first paint. (The bench's floor watches its window alike.)"""

    def __init__(self, window: MainWindow, app: QCoreApplication) -> None:
        super().__init__(window)
        self._window, self._app, self._done = window, app, False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and watched is self._window and event.type() == QEvent.Type.Paint:
            rows = self._window.contacts.model.rowCount()
            if rows:
                self._done = True
                # After this paint has finished: report and leave.
                QTimer.singleShot(0, lambda: self._report(rows))
        return False

    def _report(self, rows: int) -> None:
        modules = os.environ.get("NETZJOURNAL_PROBE_MODULES")
        if modules:
            with open(modules, "w", encoding="utf-8") as fh:
                fh.write("".join(f"{name}\n" for name in sorted(sys.modules)))
        enums = os.environ.get("NETZJOURNAL_PROBE_ENUMS")
        if enums:
            import enum
            import gc

            built = {
                f"{kind.__qualname__} {len(kind.__members__)}\n"
                for kind in gc.get_objects()
                if isinstance(kind, enum.EnumMeta) and kind.__module__.startswith("PySide6")
            }
            with open(enums, "w", encoding="utf-8") as fh:
                fh.write("".join(sorted(built)))
        cpu = time.process_time() * 1000
        print(f"painted {rows} {resident_kb()} {cpu:.1f}", flush=True)
        sys.stdout.flush()
        if os.environ.get("NETZJOURNAL_PROBE_SETTLE") == "1":
            # A 1 ms timer: the longest gap between its ticks is the longest
            # time the window could not react.
            self._last_tick, self._longest = time.perf_counter(), 0.0
            self._ticker = QTimer(self)
            self._ticker.setInterval(1)
            self._ticker.timeout.connect(self._tick)
            self._ticker.start()
            QTimer.singleShot(3000, self._report_settled)
        else:
            self._app.quit()

    def _tick(self) -> None:
        now = time.perf_counter()
        self._longest = max(self._longest, now - self._last_tick)
        self._last_tick = now

    def _report_settled(self) -> None:
        self._ticker.stop()
        rows = self._window.contacts.model.rowCount()
        print(f"settled {rows} {resident_kb()} {self._longest * 1000:.0f}", flush=True)
        self._app.quit()
