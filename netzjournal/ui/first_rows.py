"""The contacts of the first screen, read on a worker thread at start.

The largest single piece of a big journal's start is its contacts (≈ 20 ms
for 5,000). SQLite does that work without holding Python's GIL, so a worker
reads them while the main thread imports and builds the window: first it
sorts every contact to find the first screen's (the table shows them at its
first paint; the main thread fetches those few rows itself), then it reads
every row as one JSON value (the table takes them in right after that
paint). Only SQLite's work runs on the worker; the rows are made on the main
thread, which would otherwise have to hand the GIL to the worker again and
again.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from pathlib import Path
from urllib.parse import quote

from netzjournal import store

# Imported here, on the main thread: a worker importing it would hold the
# module's import lock while it waits for the GIL, and the main thread needs
# the module (ContactRow) too.
from netzjournal.store import listings  # noqa: F401

log = logging.getLogger(__name__)

FIRST_SCREEN = 300  # rows: more than a maximised window on a 4K screen shows


class FirstRows:
    """Starts reading at once; each ``take_…`` waits for its part and hands it over once."""

    def __init__(self, journal_path: Path) -> None:
        self._path = journal_path
        self._first: sqlite3.Cursor | None = None
        self._all: str | None = None
        self._first_ready = threading.Event()
        # The worker needs the GIL back a few times (after each query); with
        # the default 5 ms switch interval it waits that long behind the busy
        # main thread each time. Shorter until the rows are in.
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(0.0005)
        self._thread = threading.Thread(target=self._read, name="first-rows", daemon=True)
        self._thread.start()

    def _connect(self, shared: bool = False) -> sqlite3.Connection:
        uri = f"file:{quote(str(self._path))}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=not shared)

    def _read(self) -> None:
        try:
            # The main thread fetches from this one (after the worker is done with it).
            first = self._connect(shared=True)
            try:
                self._first = store.start_first_screen(first, FIRST_SCREEN)
            except BaseException:
                first.close()
                raise
            finally:
                self._first_ready.set()
            conn = self._connect()
            try:
                self._all = store.read_contact_rows_json(self._path, conn)
            finally:
                conn.close()
        except Exception:  # the pane reads them itself then; nothing is lost
            log.exception("reading the first contacts on a worker failed")
        finally:
            self._first_ready.set()
            sys.setswitchinterval(self._interval)

    def take_first(self) -> list[store.ContactRow] | None:
        """The first screen's rows (not archived, no last contacts), or None."""
        self._first_ready.wait()
        cursor, self._first = self._first, None
        if cursor is None:
            return None
        try:
            return store.first_screen_rows(cursor)
        except sqlite3.Error:
            log.exception("fetching the first contacts failed")
            return None
        finally:
            cursor.connection.close()

    def take_all(self) -> list[store.ContactRow] | None:
        """Every row (not archived, no last contacts), or None if the read failed."""
        self._thread.join()
        text, self._all = self._all, None
        return None if text is None else store.contact_rows_from_json(text)
