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
import itertools
import re
import zoneinfo

_OFFSET = re.compile(r"([+-])(\d\d):(\d\d)")


def zone_name(tzid: str, value: dt.datetime) -> str:
    """The zone to keep for a time read with TZID ``tzid`` (its tzinfo set):
    the TZID where zoneinfo knows it, a Windows name's IANA zone ("GMT Standard
    Time" → "Europe/London", as icalendar maps it without a VTIMEZONE), the
    tzinfo's own IANA name; for a zone of the file's own (its VTIMEZONE under a
    name zoneinfo does not know, Outlook's "(UTC+01:00) Amsterdam, Berlin, …") the
    IANA zone that keeps its clock (:func:`_same_clock`: a weekly call from New
    York is then right in the weeks only one side has changed its clocks), else
    the offset the time has ("+05:00"). "" for a UTC time and a time without a
    zone."""
    if value.tzinfo is None:
        return ""
    for name in (tzid.strip(), _windows(tzid.strip()), getattr(value.tzinfo, "key", "")):
        if name and _known(name):
            return "" if name in ("UTC", "Etc/UTC") else name
    if same := _same_clock(tzid.strip(), _clock(value.tzinfo, value.year)):
        return same
    offset = value.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _windows(tzid: str) -> str:
    return str(_windows_table().get(tzid, ""))


# A zone of a file's own is compared with IANA's by its offset at these instants
# (UTC) of the event's year and the next: every week, half a day either side of each
# change of its clocks (the days it changes: the US' second Sunday of March, the
# EU's last), and a minute either side (the hour). Few: dateutil works a file's zone
# out from its first rule (1601 in Outlook's) each time, ~4 ms.
_WEEK = dt.timedelta(days=7)
_HALF_DAY = dt.timedelta(hours=12)
_MINUTE = dt.timedelta(minutes=1)

Samples = tuple[tuple[dt.datetime, dt.timedelta | None], ...]
Clock = tuple[Samples, Samples]  # (the days, the minutes of its changes)


@functools.lru_cache(maxsize=64)
def _clock(tz: dt.tzinfo, year: int) -> Clock:
    """The offsets ``tz`` has over ``year`` and the next (see above; once per zone
    and year of a file: its events share the tzinfo)."""

    def offset(at: dt.datetime) -> dt.timedelta | None:
        return at.astimezone(tz).utcoffset()

    start = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
    weekly = [(d, offset(d)) for d in (start + n * _WEEK for n in range(105))]
    days, minutes = list(weekly), []
    for (a, was), (b, now) in itertools.pairwise(weekly):
        if was == now:
            continue
        while b - a > _MINUTE:  # (the change to the minute)
            middle = a + (b - a) / 2
            middle -= dt.timedelta(seconds=middle.second, microseconds=middle.microsecond)
            if middle <= a:
                break
            a, b = (middle, b) if offset(middle) == was else (a, middle)
        days += [(a - _HALF_DAY, was), (b + _HALF_DAY, now)]
        minutes += [(a, was), (b, now)]
    return tuple(days), tuple(minutes)


@functools.cache
def _same_clock(tzid: str, clock: Clock) -> str:
    """The IANA zone whose clock is ``clock`` ("": none; a zone that never changes
    its clocks only where its name says which one). Of several (Berlin, Paris and
    Rome keep one clock), the one the name means: Outlook names its zones as
    Windows does, "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "(UTC-05:00) Eastern Time (US & Canada)" — Windows' own zone for that name
    (CLDR's windowsZones, as icalendar carries it) where one of its cities or its
    name is given, else the first city named, else Windows' zone."""
    days, minutes = clock
    (jan, first), (summer, second) = days[0], days[26]
    near = [
        name for name in _zone_names()
        if _offset(name, jan) == first and _offset(name, summer) == second
        and all(_offset(name, at) == off for at, off in days)
    ]  # fmt: skip
    # To the minute of each change where one keeps it so; else one that changes on
    # the same days (a file's zone changing at another hour of that night), if its
    # name says which (no "Havana" for a nameless zone like New York's).
    exact = [n for n in near if all(_offset(n, at) == off for at, off in minutes)]
    same = exact or near
    text = _TZID_OFFSET.sub("", tzid).strip().casefold()
    windows = {str(v): (n, str(k).casefold()) for n, (k, v) in enumerate(_windows_table().items())}

    def rank(name: str) -> tuple[bool, bool, int, bool, int, str]:
        city = name.rsplit("/", 1)[-1].replace("_", " ").casefold()
        found = re.search(rf"\b{re.escape(city)}\b", text)
        order, win = windows.get(name, (len(windows), ""))
        named = bool(win) and (text == win or text.startswith(win.replace(" standard ", " ")))
        # (Windows' zone first where its name or one of its cities is given; then a
        # city named, the first; then a zone of Windows', in the order of its names)
        return (not (named or (found and win)), not found,
                found.start() if found else 0, not win, order, name)  # fmt: skip

    if not same:
        return ""
    best = min(same, key=rank)
    said = not rank(best)[0] or not rank(best)[1]
    return best if said or (exact and bool(minutes)) else ""


_TZID_OFFSET = re.compile(r"^\(UTC(?:[+-]\d\d:\d\d)?\)")


@functools.cache
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(n for n in zoneinfo.available_timezones()
                        if "/" in n and not n.startswith(("Etc/", "posix", "right"))))  # fmt: skip


def _offset(name: str, at: dt.datetime) -> dt.timedelta | None:
    return at.astimezone(zoneinfo.ZoneInfo(name)).utcoffset()


def _windows_table() -> dict:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return WINDOWS_TO_OLSON


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
