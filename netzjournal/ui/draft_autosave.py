"""Writing an editor's draft while it is typed in, and all of them at once on the way out.

The quick note, the contact editor and the note editor keep what is typed in a
draft of their own (``netzjournal.drafts``; the two editors' keyed by the
record's id): after a short pause, and at most ``MAX_WAIT_MS`` after the first unsaved change
while typing goes on. :func:`flush_all` writes every pending draft now: a
SIGTERM, a logout (``commitDataRequest``) or the end of the event loop must not
wait for a timer that will never fire.

A draft that cannot be written (a full disk, a read-only folder) is said once,
in a calm line in the editor (:func:`problem_line`), gone again when a draft is
written or the edits are saved; typing goes on, the text stays on screen.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from netzjournal.ui import style

if TYPE_CHECKING:
    from netzjournal.drafts import DraftStore

PAUSE_MS = 400  # the pause after which a draft is written (as the quick note's)
MAX_WAIT_MS = 1000  # ... and the longest an unsaved change waits while typing

log = logging.getLogger(__name__)
_live: weakref.WeakSet[DraftAutosave] = weakref.WeakSet()


class DraftAutosave(QObject):
    """Calls ``write`` (which writes or removes the draft) after the edits settle."""

    # The OSError of a draft that could not be written; None once one was (or the
    # edits were saved or discarded): the editor's line comes and goes with it.
    problem = Signal(object)

    def __init__(self, parent: QObject, write: Callable[[], object]) -> None:
        super().__init__(parent)
        self._write = write
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        # Started by the first change only, never restarted: steady typing
        # without a pause still reaches the disk every second.
        self._max_wait = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.flush)
        self._pending = False
        self._failing = False
        _live.add(self)

    def changed(self) -> None:
        self._pending = True
        self._pause.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def pending(self) -> bool:
        """A change waits to be written."""
        return self._pending

    def stop(self) -> None:
        """Forget the pending write (the text was saved or discarded)."""
        self._pending = False
        self._pause.stop()
        self._max_wait.stop()

    def flush(self) -> None:
        """Write now if a change waits; an error is said (:attr:`problem`) and logged
        once, the text stays on screen."""
        if not self._pending:
            return
        self.stop()
        try:
            self._write()
        except OSError as exc:
            if not self._failing:
                log.exception("a draft could not be written")
            self._failing = True
            self.problem.emit(exc)
            return
        self._settled()

    def _settled(self) -> None:
        if self._failing:
            self._failing = False
            self.problem.emit(None)


class RecordDraft(DraftAutosave):
    """The draft of the record an editor shows (``store``; None: it keeps none): written
    while ``unsaved()`` says the edits differ from the record, as ``payload()``; removed
    when they do not, and by :meth:`forget` (the edits were saved or discarded)."""

    def __init__(
        self,
        parent: QObject,
        unsaved: Callable[[], bool],
        payload: Callable[[], dict[str, object]],
    ) -> None:
        super().__init__(parent, self._write_now)
        self.store: DraftStore | None = None
        self._unsaved, self._payload = unsaved, payload

    def _write_now(self) -> None:
        if self.store is None:
            return
        if self._unsaved():
            self.store.save(self._payload())
        else:
            self.store.clear()

    def forget(self) -> None:
        self.stop()
        self._settled()
        if self.store is not None:
            with contextlib.suppress(OSError):
                self.store.clear()


def problem_text(exc: OSError) -> str:
    """The line for an editor's draft that could not be written (the quick note's, for
    changes to a record)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return QCoreApplication.translate(
            "DraftAutosave",
            "The draft cannot be saved: the disk is full. Your changes stay here – "
            "save them, or free some space.",
        )
    return QCoreApplication.translate(
        "DraftAutosave",
        "The draft cannot be saved (%1). Your changes stay here – save them.",
    ).replace("%1", exc.strerror or str(exc))


def problem_line(autosave: DraftAutosave, name: str) -> QLabel:
    """A hidden warning line that shows ``autosave``'s problem while it lasts."""
    label = style.warning_label(name)

    def show(exc: OSError | None) -> None:
        if exc is not None:
            label.setText(problem_text(exc))
        label.setVisible(exc is not None)

    autosave.problem.connect(show)
    return label


def flush_all() -> None:
    """Every open editor's pending draft, written now."""
    for autosave in list(_live):
        autosave.flush()
