"""The contacts of the first screen, read on a worker thread at start.

The largest single piece of a big journal's start is reading its contacts
(≈ 20 ms for 5,000). SQLite does that work without holding Python's GIL, so
reading them on a worker while the main thread imports and builds the window
takes much of it off the path to the first paint. Only the SQL runs on the
worker; the rows are made on the main thread, which would otherwise have to
hand the GIL to the worker again and again.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from netzjournal import store

# Imported here, on the main thread: a worker importing it would hold the
# module's import lock while it waits for the GIL, and the main thread needs
# the module (ContactRow) too.
from netzjournal.store import listings  # noqa: F401

log = logging.getLogger(__name__)


class FirstRows:
    """Starts reading at once; :meth:`take` waits for and hands over the rows once."""

    def __init__(self, journal_path: Path) -> None:
        self._path = journal_path
        self._json: str | None = None
        self._thread = threading.Thread(target=self._read, name="first-rows", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            self._json = store.read_contact_rows_json(self._path)
        except Exception:  # the pane reads them itself then; nothing is lost
            log.exception("reading the first contacts on a worker failed")

    def take(self) -> list[store.ContactRow] | None:
        """The rows (not archived, no last contacts yet), or None if the read failed."""
        self._thread.join()
        text, self._json = self._json, None
        return None if text is None else store.contact_rows_from_json(text)
