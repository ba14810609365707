"""An event's time zone, and when its time is on this computer's clock (no Qt).

The journal keeps an imported event's time as the wall clock where it was
planned (a TZID's local time) and, beside it, that zone (``EventRecord.zone``):
an IANA name ("Europe/London"), a fixed offset ("+05:30"), or "" (no zone: the
time is this computer's). :func:`here` says when such a time is on this
computer's clock, where that differs — "16:00 in London" is 17:00 in Berlin.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo

_OFFSET = re.compile(r"([+-])(\d\d):(\d\d)")


def zone_name(tzid: str, value: dt.datetime) -> str:
    """The zone to keep for a time read with TZID ``tzid`` (its tzinfo set):
    the TZID where zoneinfo knows it, a Windows name's IANA zone ("GMT Standard
    Time" → "Europe/London", as icalendar maps it without a VTIMEZONE), the
    tzinfo's own IANA name, else the offset the time has ("+05:00": a zone of
    the file's own, kept as the offset at that time). "" for a UTC time and a
    time without a zone."""
    if value.tzinfo is None:
        return ""
    for name in (tzid.strip(), _windows(tzid.strip()), getattr(value.tzinfo, "key", "")):
        if name and _known(name):
            return "" if name in ("UTC", "Etc/UTC") else name
    offset = value.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _windows(tzid: str) -> str:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return str(WINDOWS_TO_OLSON.get(tzid, ""))


@functools.cache
def _known(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def tzinfo(zone: str) -> dt.tzinfo | None:
    """The zone kept with an event as a tzinfo (None: no zone, or one not known)."""
    if not zone:
        return None
    if m := _OFFSET.fullmatch(zone):
        delta = dt.timedelta(hours=int(m[2]), minutes=int(m[3]))
        return dt.timezone(-delta if m[1] == "-" else delta)
    return zoneinfo.ZoneInfo(zone) if _known(zone) else None


def aware(day: dt.date, at: dt.time, zone: str) -> dt.datetime | None:
    """The moment an event's wall clock names in its zone (None: no zone kept)."""
    tz = tzinfo(zone)
    return None if tz is None else dt.datetime.combine(day, at, tz)


def here(day: dt.date, at: dt.time | None, zone: str) -> dt.datetime | None:
    """When ``at`` on ``day`` in ``zone`` is on this computer's clock (naive, local),
    or None where it is the same (no time, no zone, or the zone's clock shows what
    this computer's does at that moment)."""
    if at is None:
        return None
    moment = aware(day, at, zone)
    if moment is None:
        return None
    local = moment.astimezone().replace(tzinfo=None)  # (this computer's zone, TZ honoured)
    return None if local == dt.datetime.combine(day, at) else local


def day_here(day: dt.date, at: dt.time | None, zone: str) -> dt.date:
    """The day ``at`` on ``day`` in ``zone`` is here: a New-York evening is the next
    morning in Berlin ("in 3 days" counts to that day). ``day`` itself without a
    time or a zone."""
    local = here(day, at, zone)
    return day if local is None else local.date()


def moment_here(day: dt.date, at: dt.time, zone: str) -> dt.datetime:
    """``at`` on ``day`` in ``zone`` on this computer's clock (naive, local): as
    :func:`here`, and the wall clock itself where it is the same."""
    return here(day, at, zone) or dt.datetime.combine(day, at)


def place(zone: str) -> str:
    """A zone as people name it: its city ("Europe/London" → "London",
    "America/New_York" → "New York"), an offset as "UTC+05:30"."""
    if _OFFSET.fullmatch(zone):
        return "UTC" + zone.replace("-", "\u2212")
    return zone.rsplit("/", 1)[-1].replace("_", " ")
