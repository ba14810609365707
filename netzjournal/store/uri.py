"""The one way to name a journal file in an SQLite URI.

SQLite reads ``file:`` URIs by URI rules: an unquoted ``#`` ends the path,
``?`` starts the parameters and ``%`` escapes a byte, so a data folder
called ``Netzwerk #2`` or ``50% privat`` would open a different file (an
empty one, created read-write when ``mode=ro`` was cut off). Every URI the
code hands to ``sqlite3.connect`` is built here.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote, urlencode


def sqlite_uri(path: str | os.PathLike[str], **params: str | int) -> str:
    """``file:`` URI for ``path`` with ``params`` (``mode="ro"``, ``immutable=1``)."""
    p = Path(path).absolute()
    text = p.as_posix()
    # Windows: file:///C:/... (the drive colon stays as it is).
    prefix = "file:" if text.startswith("/") else "file:///"
    uri = prefix + quote(text, safe="/:" if prefix == "file:///" else "/")
    if params:
        uri += "?" + urlencode({k: str(v) for k, v in params.items()})
    return uri


def read_only_uri(
    path: str | os.PathLike[str], immutable: bool = False, shm_read_only: bool = False
) -> str:
    """URI that opens ``path`` read-only (never creates it).

    ``shm_read_only``: SQLite's ``readonly_shm`` — an existing ``-shm`` is read, never
    written (where it cannot take part, SQLite keeps its index of the ``-wal`` in memory).
    """
    if immutable:
        return sqlite_uri(path, mode="ro", immutable=1)
    if shm_read_only:
        return sqlite_uri(path, mode="ro", readonly_shm=1)
    return sqlite_uri(path, mode="ro")
