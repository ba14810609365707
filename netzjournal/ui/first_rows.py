"""The contacts of the start, read on a worker thread.

The largest single piece of a big journal's start is its contacts (≈ 20 ms
for 5,000, with their last contacts ≈ 45 ms). SQLite does that work without
holding Python's GIL, so a worker reads them while the main thread imports and
builds the window:

1. it sorts every contact to find the first screen's; the main thread fetches
   those few rows itself and the table paints them;
2. once the window has painted (:meth:`FirstRows.painted`) it reads every
   contact and every last contact as one JSON value each (SQLite builds each
   in one step, without the GIL), turns them into rows while the main thread
   is idle, and says so (:attr:`FirstRows.all_ready`); the table then takes
   every row in. Doing this before the paint only competed with it.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

# Imported here, on the main thread: a worker importing it would hold the
# module's import lock while it waits for the GIL, and the main thread needs
# the module (ContactRow) too.
from netzjournal.store import listings  # noqa: F401
from netzjournal.store.listings import (
    ContactRow,
    contact_rows_from_json,
    first_screen_rows,
    last_contacts_from_json,
    read_contact_rows_json,
    read_last_contacts_json,
    start_first_screen,
)
from netzjournal.store.uri import read_only_uri

log = logging.getLogger(__name__)

FIRST_SCREEN = 300  # rows: more than a maximised window on a 4K screen shows
PAINT_WAIT_S = 10.0  # parse anyway if no paint was reported by then


class FirstRows(QObject):
    """Starts reading at once; each ``take_…`` waits for its part and hands it over once."""

    all_ready = Signal()  # every row is in (from the worker; queued to the GUI thread)

    def __init__(
        self, journal_path: Path, parent: QObject | None = None, immutable: bool = False
    ) -> None:
        super().__init__(parent)
        self._path = journal_path
        self._immutable = immutable  # a read-only folder: SQLite can make no -shm there
        self._first: sqlite3.Cursor | None = None
        self._all: list[ContactRow] | None = None
        self._first_ready = threading.Event()
        self._painted = threading.Event()
        # The worker needs the GIL back a few times before the first paint;
        # with the default 5 ms switch interval it waits that long behind the
        # busy main thread each time. Shorter until its reading is done.
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(0.0005)
        self._thread = threading.Thread(target=self._read, name="first-rows", daemon=True)
        self._thread.start()

    def _connect(self, shared: bool = False) -> sqlite3.Connection:
        uri = read_only_uri(self._path, immutable=self._immutable)
        return sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=not shared)

    def _read(self) -> None:
        try:
            # The main thread fetches from this one (after the worker is done with it).
            first = self._connect(shared=True)
            try:
                self._first = start_first_screen(first, FIRST_SCREEN)
            except BaseException:
                first.close()
                raise
            finally:
                self._first_ready.set()
            sys.setswitchinterval(self._interval)
            # The rest waits for the first paint: it would only compete with it.
            self._painted.wait(PAINT_WAIT_S)
            conn = self._connect()
            try:
                rows_json = read_contact_rows_json(self._path, conn)
                last_json = read_last_contacts_json(conn)
            finally:
                conn.close()
            rows = contact_rows_from_json(rows_json)
            last = last_contacts_from_json(last_json)
            for row in rows:
                row.last_contact = last.get(row.id)
            self._all = rows
        except Exception:  # the pane reads them itself then; nothing is lost
            log.exception("reading the contacts on a worker failed")
        finally:
            self._first_ready.set()
            sys.setswitchinterval(self._interval)
        self.all_ready.emit()

    def painted(self) -> None:
        """The window has painted: the worker may now use the GIL freely."""
        self._painted.set()

    def take_first(self) -> list[ContactRow] | None:
        """The first screen's rows (not archived, no last contacts), or None."""
        self._first_ready.wait()
        cursor, self._first = self._first, None
        if cursor is None:
            return None
        try:
            return first_screen_rows(cursor)
        except sqlite3.Error:
            log.exception("fetching the first contacts failed")
            return None
        finally:
            cursor.connection.close()

    def take_all(self) -> list[ContactRow] | None:
        """Every row (not archived), with last contacts; None if the read failed.

        Waits for the worker (which then no longer waits for the paint).
        """
        self._painted.set()
        self._thread.join()
        rows, self._all = self._all, None
        return rows
