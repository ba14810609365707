"""Reading events and series from an iCalendar (.ics) file (via the icalendar library).

A barcamp's or a city's event calendar: every VEVENT becomes an event; one
with an RRULE becomes a series (its rule kept), its EXDATEs cancelled
evenings, and VEVENTs with the same UID and a RECURRENCE-ID the evenings
that differ (moved, another place, cancelled). Times are kept as wall-clock
times where they were planned (a TZID's local time), so a series crossing
the change to summer time stays at 19:00; UTC times are shown in this
computer's time zone. No Qt, no SQL: the store writes, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from netzjournal.localized import refusal_text
from netzjournal.store import recurrence
from netzjournal.store.errors import ValidationError
from netzjournal.store.events import create_event, list_events, update_event, update_occurrence
from netzjournal.store.journal import Journal
from netzjournal.store.records import EventRecord, Outcome


class CalendarError(ValueError):
    """The file is not a calendar we can read (the message says why, in English;
    ``code`` for the interface to say it in its language: "not_calendar" — not a
    calendar file, "unreadable" — the file cannot be read, "date" — a date)."""

    def __init__(self, message: str, code: str = "date") -> None:
        super().__init__(message)
        self.code = code


@dataclass
class CalendarEvent:
    uid: str
    record: EventRecord
    exdates: list[dt.date] = field(default_factory=list)
    recurrence_id: dt.date | None = None  # set: this VEVENT is one evening of a series


@dataclass
class ImportCount:
    created: int = 0
    skipped: int = 0  # already in the journal (same name and first day)
    occurrences: int = 0  # evenings that differ or were cancelled
    # Events the journal cannot keep: (name, why: the store's message).
    refused: list[tuple[str, str]] = field(default_factory=list)


def _local(value: object) -> tuple[dt.date, dt.time | None]:
    """A DTSTART/DTEND value as a local day and wall-clock time (None: all day)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            utc = value.utcoffset() == dt.timedelta(0) and str(value.tzinfo) in ("UTC", "UTC+00:00")
            # A zone's own wall-clock time is what was planned ("19:00 in Berlin");
            # a UTC time is shown in this computer's zone.
            value = value.astimezone().replace(tzinfo=None) if utc else value.replace(tzinfo=None)
        return value.date(), dt.time(value.hour, value.minute)
    if isinstance(value, dt.date):
        return value, None
    raise CalendarError(f"Unreadable date {value!r}.")


def _text(component: object, name: str) -> str:
    value = component.get(name)  # type: ignore[attr-defined]
    return str(value).strip() if value is not None else ""


def _categories(component: object) -> list[str]:
    raw = component.get("categories")  # type: ignore[attr-defined]
    if raw is None:
        return []
    items = raw if isinstance(raw, list) else [raw]
    out: list[str] = []
    for item in items:
        cats = getattr(item, "cats", None)
        values = cats if cats is not None else [item]
        out += [str(c).strip() for c in values if str(c).strip()]
    return list(dict.fromkeys(out))


def _dates(component: object, name: str) -> list[dt.date]:
    raw = component.get(name)  # type: ignore[attr-defined]
    if raw is None:
        return []
    out: list[dt.date] = []
    for item in raw if isinstance(raw, list) else [raw]:
        for d in getattr(item, "dts", []):
            out.append(_local(d.dt)[0])
    return out


def _when(component: object, name: str) -> Any:
    """A date property's value (None: not there). A property given twice counts
    once, the first; an unreadable value raises :class:`ValueError` (icalendar 7
    keeps it as a broken property that raises when read; 5 and 6 leave it out)."""
    prop = component.get(name)  # type: ignore[attr-defined]
    if isinstance(prop, list):
        prop = prop[0] if prop else None
    return None if prop is None else prop.dt


def _readable(component: object, name: str) -> Any:
    """:func:`_when`, with None for a value that cannot be read."""
    try:
        return _when(component, name)
    except (ValueError, AttributeError):
        return None


def parse(data: bytes, problems: list[tuple[str, str]] | None = None) -> list[CalendarEvent]:
    """Every VEVENT of a calendar; :class:`CalendarError` if it cannot be read.

    What cannot be read goes into ``problems`` as (the event's name, code): "start"
    (the event is left out), "end" (imported without it), "rule" and "dates" (its
    repetition or a date of it: left out); and as (the zone's TZID, "zone") once
    for a time zone whose VTIMEZONE cannot be read and that names no zone
    zoneinfo knows (its times are read as local times)."""
    import icalendar

    said = problems if problems is not None else []
    try:
        cal = icalendar.Calendar.from_ical(data)
        dropped: set[str] = set()
    except (ValueError, IndexError, KeyError) as exc:
        # icalendar refuses the whole file for one broken VTIMEZONE: read it without
        # the broken ones (a TZID then resolves through zoneinfo, or stays local time).
        data, dropped = _without_broken_zones(data)
        try:
            cal = icalendar.Calendar.from_ical(data) if dropped else None
        except (ValueError, IndexError, KeyError):
            cal = None
        if cal is None:
            raise CalendarError(
                f"This is not a calendar file we can read ({exc}).", "not_calendar"
            ) from exc
    events = cal.walk("VEVENT")
    if dropped:
        said += [(tzid, "zone") for tzid in _unresolved(events, dropped)]
    out: list[CalendarEvent] = []
    for n, ev in enumerate(events):
        name = _text(ev, "summary") or "?"
        # What icalendar could not read: 7 keeps it as a property that raises when
        # read, 5 and 6 leave it out; both list it in the component's errors.
        broken = {str(error[0]).upper() for error in getattr(ev, "errors", ())}
        try:
            start = _when(ev, "dtstart")
            day, at = _local(start) if start is not None else (None, None)
        except (ValueError, AttributeError):  # (CalendarError is a ValueError)
            day, at = None, None
        if day is None:
            said.append((name, "start"))
            continue
        end_day, end_at = None, None
        end, length = _readable(ev, "dtend"), _readable(ev, "duration")
        try:
            if end is not None:
                end_day, end_at = _local(end)
                if at is None:
                    end_day -= dt.timedelta(days=1)  # an all-day DTEND is exclusive
            elif length is not None:
                if at is None:
                    end_day = day + length - dt.timedelta(days=1)
                else:
                    stop = dt.datetime.combine(day, at) + length
                    end_day, end_at = stop.date(), stop.time()
        except (ValueError, TypeError, OverflowError):
            end_day, end_at = None, None
        if end_day is None and (end is not None or length is not None or
                                broken & {"DTEND", "DURATION"}):  # fmt: skip
            said.append((name, "end"))
        one_day = dt.timedelta(days=1)
        if at is not None and end_at == dt.time(0) and end_day and end_day > day + one_day:
            # Until midnight after several days: through the day before, no end time
            # (how the export and sync write a fair's days without an end time).
            end_day, end_at = end_day - one_day, None
        if end_day is not None and end_day <= day:
            end_day = None
        rule = ""
        if "RRULE" in broken:
            said.append((name, "rule"))
            continue
        if ev.get("rrule") is not None:
            try:  # (a producer that escapes the rule's ';' and ',' as if it were text)
                text = ev.get("rrule").to_ical().decode()
                rule = recurrence.normalise(text.replace("\\;", ";").replace("\\,", ","))
            except (ValueError, AttributeError):
                said.append((name, "rule"))
                continue
        try:
            rec_id = _local(r)[0] if (r := _when(ev, "recurrence-id")) is not None else None
            exdates = _dates(ev, "exdate")
            if broken & {"EXDATE", "RECURRENCE-ID"}:
                raise ValueError("left out by icalendar")
        except (ValueError, AttributeError):
            said.append((name, "dates"))
            continue
        record = EventRecord(
            name=name, starts_on=day, ends_on=end_day,
            place=_text(ev, "location"), notes=_text(ev, "description"),
            tags=_categories(ev), url=_text(ev, "url"), start_time=at,
            end_time=end_at if at is not None else None, rrule="" if rec_id else rule,
            cancelled=_text(ev, "status").upper() == "CANCELLED",
        )  # fmt: skip
        uid = _text(ev, "uid") or f"no-uid-{n}"
        out.append(CalendarEvent(uid, record, exdates, rec_id))
    return out


# A VTIMEZONE block, to the END that closes it or, where that is missing, to the next
# component or the calendar's end.
_ZONE_BLOCK = re.compile(
    rb"^BEGIN:VTIMEZONE[ \t]*\r?\n.*?"
    rb"(?:^END:VTIMEZONE[ \t]*(?:\r?\n|$)|(?=^BEGIN:V|^END:VCALENDAR))",
    re.DOTALL | re.MULTILINE | re.IGNORECASE,
)
_TZID_LINE = re.compile(rb"^TZID[ \t]*:[ \t]*([^\r\n]*)", re.MULTILINE | re.IGNORECASE)


def _without_broken_zones(data: bytes) -> tuple[bytes, set[str]]:
    """``data`` without the VTIMEZONE blocks icalendar cannot read (each tried on
    its own), and their TZIDs."""
    import icalendar

    dropped: set[str] = set()

    def keep_or_drop(block: re.Match[bytes]) -> bytes:
        whole = block.group()
        if not re.search(rb"^END:VTIMEZONE", whole, re.MULTILINE | re.IGNORECASE):
            whole = whole.rstrip(b"\r\n") + b"\r\nEND:VTIMEZONE\r\n"  # (never closed)
        try:
            alone = icalendar.Calendar.from_ical(
                b"BEGIN:VCALENDAR\r\n" + whole + b"END:VCALENDAR\r\n"
            )
            for zone in alone.walk("VTIMEZONE"):
                zone.to_tz()
            return whole
        except Exception:  # (whatever icalendar raises: the zone is unreadable)
            tzid = _TZID_LINE.search(whole)
            dropped.add(tzid.group(1).decode("utf-8", "replace").strip() if tzid else "")
            return b""

    return _ZONE_BLOCK.sub(keep_or_drop, data), dropped


def _unresolved(events: list[Any], dropped: set[str]) -> list[str]:
    """The TZIDs of unreadable VTIMEZONEs that events use and zoneinfo does not know
    (icalendar left their times without a zone: local times), in order of use."""
    found: dict[str, None] = {}
    for ev in events:
        for name in ("dtstart", "dtend", "recurrence-id", "exdate"):
            prop = ev.get(name)
            for p in prop if isinstance(prop, list) else [prop]:
                tzid = getattr(p, "params", {}).get("TZID")
                if tzid in dropped and tzid not in found:
                    values = [d.dt for d in getattr(p, "dts", [])] or [getattr(p, "dt", None)]
                    if any(isinstance(v, dt.datetime) and v.tzinfo is None for v in values):
                        found[tzid] = None
    return list(found)


def read_events(path: Path, problems: list[tuple[str, str]] | None = None) -> list[CalendarEvent]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CalendarError(
            f"The file cannot be read: {exc.strerror or exc}.", "unreadable"
        ) from exc
    return parse(data, problems)


def import_events(
    j: Journal, events: list[CalendarEvent], language: str = "en"
) -> Outcome[ImportCount]:
    """Write the calendar's events and series in one transaction.

    An event or series already in the journal is left as it is: recognised
    by its UID first (so one renamed or moved here since is still known),
    then, for calendars that do not keep UIDs, by the same name and first
    day. An event the journal refuses (a rule it cannot expand) is left out and
    said in ``refused`` (in ``language``); the others are imported. A new event keeps the
    calendar's UID (as a synced one does).
    """
    count = ImportCount()
    listed = list_events(j)
    have = {(e.name.casefold(), e.starts_on) for e in listed}
    uids = {_uid_key(e.uid) for e in listed if e.uid}
    masters = [e for e in events if e.recurrence_id is None]
    extra = [e for e in events if e.recurrence_id is not None]
    made: dict[str, int] = {}
    with j.write() as changes:
        for e in masters:
            key = (e.record.name.casefold(), e.record.starts_on)
            known_uid = not e.uid.startswith("no-uid-")
            if (known_uid and _uid_key(e.uid) in uids) or key in have:
                count.skipped += 1
                continue
            cancelled, e.record.cancelled = e.record.cancelled, False
            if known_uid:
                e.record.uid = e.uid
            try:
                with j.write():  # (a savepoint: a refused event leaves nothing behind)
                    created = create_event(j, e.record).value
            except ValidationError as exc:
                count.refused.append((e.record.name, refusal_text(exc, language)))
                continue
            have.add(key)
            if known_uid:
                uids.add(_uid_key(e.uid))
            assert created.id is not None
            count.created += 1
            if e.record.rrule:
                made[e.uid] = created.id
                for day in e.exdates:
                    update_occurrence(j, created.id, day, cancelled=True)
                    count.occurrences += 1
            elif cancelled:
                update_event(j, replace(created, cancelled=True))
        for e in extra:
            series = made.get(e.uid)
            if series is None or e.recurrence_id is None:
                continue
            r = e.record
            update_occurrence(j, series, e.recurrence_id, starts_on=r.starts_on,
                                    place=r.place or None, start_time=r.start_time,
                                    cancelled=r.cancelled, notes=r.notes or None)  # fmt: skip
            count.occurrences += 1
    return Outcome(count, changes)


def _uid_key(uid: str) -> str:
    """A UID as compared: case, ``urn:uuid:`` and the ``@netzjournal`` the export
    adds set aside (so the journal's own export is recognised)."""
    text = uid.strip().casefold()
    text = text.removeprefix("urn:uuid:")
    while text.endswith("@netzjournal"):
        text = text.removesuffix("@netzjournal")
    return text
