"""Progress of long imports and exports, and stopping them.

Readers, the import and the exporters take an optional ``progress(phase,
done, total)`` callback; the window shows it in a progress dialog, the
command line as one line on a terminal. The callback may raise
:class:`Cancelled`: the work stops where it is, and because every write is
one transaction (and every export goes to a file beside the target that only
replaces it when complete) nothing is left half done.
"""

from __future__ import annotations

from collections.abc import Callable

#: ``progress(phase, done, total)``; phases: "read", "check", "write", "export", "restore".
Progress = Callable[[str, int, int], None]


class Cancelled(Exception):
    """The person stopped the work; nothing was changed."""


def ignore(_phase: str, _done: int, _total: int) -> None:
    """A progress callback that reports nowhere."""
