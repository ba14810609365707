"""Turning SQLite's stored text back into dates and times (never raising)."""

from __future__ import annotations

import datetime as dt


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
