"""Progress of long imports and exports, and stopping them.

Readers, the import and the exporters take an optional ``progress(phase,
done, total)`` callback; the window shows it in a progress dialog, the
command line as one line on a terminal. The callback may raise
:class:`Cancelled`: the work stops where it is, and because every write is
one transaction (and every export goes to a file beside the target that only
replaces it when complete) nothing is left half done.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

#: ``progress(phase, done, total)``; phases: "read", "check", "write", "export", "restore",
#: "index"; the sync's "receive", "send", "upload" (one request for all) and "parts"
#: (that request refused for its size: in parts), named by its stage: "contacts.send",
#: "calendar.receive".
Progress = Callable[[str, int, int], None]


class Cancelled(Exception):
    """The person stopped the work; nothing was changed."""


def ignore(_phase: str, _done: int, _total: int) -> None:
    """A progress callback that reports nowhere."""


LABELS = {"read": "Reading", "check": "Checking", "write": "Importing", "export": "Exporting",
          "restore": "Restoring", "index": "Indexing",
          "receive": "Receiving from the server", "send": "Sending to the server",
          "contacts.receive": "Contacts: receiving from the server",
          "contacts.send": "Contacts: sending to the server",
          "contacts.upload": "Contacts: sending all at once",
          "contacts.parts": "Contacts: sending in parts",
          "calendar.receive": "Calendar: receiving from the server",
          "calendar.send": "Calendar: sending to the server",
          "calendar.upload": "Calendar: sending all at once",
          "calendar.parts": "Calendar: sending in parts"}  # fmt: skip


class TerminalProgress:
    """A progress line on a terminal ("Importing …  42 %"), rewritten in place at
    most ten times a second and cleared by :meth:`finish`; silent when the
    stream is not a terminal (a pipe, a log file)."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.clock = stream, clock
        self.active = bool(getattr(stream, "isatty", lambda: False)())
        self._last = -1.0
        self._shown = False

    def __call__(self, phase: str, done: int, total: int) -> None:
        if not self.active:
            return
        now = self.clock()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        percent = 100 * done // total if total > 0 else 100
        self.stream.write(f"\r{LABELS.get(phase, phase)} … {percent:3d} %\x1b[K")
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        """Take the line away again, so what is printed next starts clean."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
