"""Values between Python and SQLite: stored text back into dates and times (never
raising), and Python values and id lists as the journal stores and queries them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypeVar


def to_datetime(value: object) -> dt.datetime | None:
    """A stored ``YYYY-MM-DD HH:MM:SS`` (or a datetime) as a datetime; None if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def to_date(value: object) -> dt.date | None:
    """A stored ``YYYY-MM-DD`` (a longer timestamp is cut) as a date; None if unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def to_time(value: object) -> dt.time | None:
    """A stored ``HH:MM`` as a time; None if there is none or it is unreadable."""
    if not value:
        return None
    try:
        return dt.time.fromisoformat(str(value)[:5])
    except ValueError:
        return None


T = TypeVar("T")


def clean_text(value: T) -> T:
    """``value`` with every lone surrogate in its text replaced by U+FFFD.

    Text pasted from some programs (or read from JSON with ``\\ud800``
    escapes) can hold half of a UTF-16 pair; SQLite stores UTF-8, which has
    no such character, and the write would fail with a traceback. Works on
    strings, dataclass records (field by field) and lists or tuples of them;
    returns the value itself when there is nothing to clean.
    """
    if isinstance(value, str):
        if value.isascii():
            return value
        try:  # UTF-8 has no surrogates: this fails exactly where one is (a regular
            value.encode("utf-8")  # expression's class would cost every start 2.4 M)
        except UnicodeEncodeError:
            return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # type: ignore[return-value]
        return value
    if isinstance(value, list | tuple):
        cleaned = [clean_text(v) for v in value]
        if all(a is b for a, b in zip(cleaned, value, strict=True)):
            return value
        return type(value)(cleaned)
    import dataclasses  # (not loaded by the start: its records are plain or named tuples)

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            old = getattr(value, f.name)
            new = clean_text(old)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def ids_json(ids: Iterable[int]) -> str:
    """Ids as a JSON array, for ``IN (SELECT value FROM json_each(?))`` (spelled out:
    the first paint reads through it, and loads no ``json``)."""
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def sql_value(value: object) -> object:
    """A Python value as the journal stores it (dates and times as ISO text)."""
    if isinstance(value, dt.date):  # a datetime too: "YYYY-MM-DD HH:MM:SS[.ffffff]"
        return str(value)
    return value
