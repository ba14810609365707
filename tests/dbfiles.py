"""Open a journal or backup file in a test the way the store does.

Plain files open with ``sqlite3``; in the encrypted run (see conftest.py)
the journals the tests make are SQLCipher files, which only the store's
:func:`netzjournal.store.cipher.connect` (keyed with the run's key) opens.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

from netzjournal.store import cipher


def connect(path: str | os.PathLike[str], **kwargs: Any) -> Any:
    if str(path) == ":memory:":
        return sqlite3.connect(":memory:", **kwargs)
    from pathlib import Path

    return cipher.connect(Path(path), **kwargs)
