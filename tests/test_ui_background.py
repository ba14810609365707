"""Work on a worker thread handed to a widget only while the widget exists."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from netzjournal.ui.background import run_in_background


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[tuple[object, bool]] = []

    def take(self, result: object) -> None:
        on_gui_thread = QThread.currentThread() is QApplication.instance().thread()
        self.got.append((result, on_gui_thread))


@pytest.fixture
def thread_failures(monkeypatch):
    failures: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    return failures


def test_the_result_reaches_the_receiver_on_the_gui_thread(qtbot, thread_failures):
    receiver = Receiver()
    worker = run_in_background("test-worker", lambda: 42, receiver.take)
    qtbot.waitUntil(lambda: receiver.got == [(42, True)], timeout=5000)
    worker.join(5)
    assert thread_failures == []


@pytest.mark.parametrize("deleted", ["while it works", "after it delivered"])
def test_a_receiver_deleted_meanwhile_is_never_reached(qtbot, thread_failures, deleted):
    receiver, gate = Receiver(), threading.Event()

    def work() -> int:
        assert gate.wait(5)
        return 7

    worker = run_in_background("test-worker", work, receiver.take)
    if deleted == "while it works":
        shiboken6.delete(receiver)
        gate.set()
        worker.join(5)
    else:
        gate.set()
        worker.join(5)  # the result is queued to the receiver now …
        shiboken6.delete(receiver)  # … which goes before the event loop runs
    assert not worker.is_alive()
    qtbot.wait(50)
    assert thread_failures == []
    assert not shiboken6.isValid(receiver)
    assert receiver.got == []  # (its Python side remains, and would have taken it)


def test_only_a_method_of_a_qobject_can_receive():
    with pytest.raises(TypeError):
        run_in_background("test-worker", lambda: 1, lambda result: None)
