"""Work on a worker thread whose result reaches a widget only while it exists.

A worker that emits a signal of the widget it works for outlives it when the
window closes meanwhile: it holds the Python wrapper, whose Qt object is gone,
and its ``emit`` raises "Signal source has been deleted" on the worker. Here the
worker emits on a carrier of its own instead, connected to the receiver: Qt
queues the result to the receiver's (GUI) thread and drops it, connection and
queued call alike, once the receiver is destroyed. The worker never touches
the receiver; an abandoned one finishes its work and ends on its own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Carrier(QObject):
    done = Signal(object)


def run_in_background(
    name: str, work: Callable[[], Any], deliver: Callable[[Any], None]
) -> threading.Thread:
    """Run ``work()`` on a daemon thread; its result goes to ``deliver`` on the GUI
    thread, unless the QObject ``deliver`` is a method of is destroyed first.

    ``work`` must not refer to that QObject (it would keep its wrapper alive), and
    ``deliver`` must be a bound method of it: a lambda or a plain function has no
    receiver for Qt to drop the result with.
    """
    if not isinstance(getattr(deliver, "__self__", None), QObject):
        raise TypeError("deliver must be a method of a QObject")
    carrier = _Carrier()
    carrier.done.connect(deliver)
    # Of no thread: the worker, its last owner, deletes it when it ends (Qt objects
    # must be deleted by the thread they belong to).
    carrier.moveToThread(None)  # type: ignore[arg-type]  # Qt 6 allows it; the stubs do not

    def run() -> None:
        carrier.done.emit(work())

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread
