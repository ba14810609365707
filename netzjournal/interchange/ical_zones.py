"""Writing an event's zone into iCalendar: DTSTART;TZID=… and its VTIMEZONE.

An event kept with a zone (``EventRecord.zone``, netzjournal/zones.py) is written
back in it, as it came (an invitation from London stays "16:00 Europe/London"
in the export and on the server); one without stays floating. icalendar writes
the TZID from the tzinfo and makes an IANA zone's VTIMEZONE
(``add_missing_timezones``); a fixed offset ("+05:30") it names "UTC+05:30" but
makes no VTIMEZONE for, so that one is written here (one STANDARD part).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from netzjournal import zones


def at(day: dt.date, time: dt.time, zone: str) -> dt.datetime:
    """``time`` on ``day`` in ``zone`` (floating where there is none)."""
    return dt.datetime.combine(day, time, zones.tzinfo(zone))


def add_zones(calendar: Any) -> None:
    """Every VTIMEZONE the calendar's times name and it does not hold yet."""
    import icalendar

    have = {str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")}
    offsets: dict[str, dt.timedelta] = {}
    for component in calendar.walk():
        for prop in component.property_items(recursive=False, sorted=False):
            value = getattr(prop[1], "dt", None)
            if not isinstance(value, dt.datetime) or not isinstance(value.tzinfo, dt.timezone):
                continue
            if offset := value.utcoffset():  # (UTC itself needs none)
                offsets[str(value.tzinfo)] = offset
    for tzid, offset in offsets.items():
        if tzid in have:
            continue
        zone = icalendar.Timezone()
        zone.add("TZID", tzid)
        part = icalendar.TimezoneStandard()
        part.add("DTSTART", dt.datetime(1970, 1, 1))
        part.add("TZOFFSETFROM", offset)
        part.add("TZOFFSETTO", offset)
        part.add("TZNAME", tzid)
        zone.add_component(part)
        calendar.subcomponents.insert(0, zone)
    calendar.add_missing_timezones()
