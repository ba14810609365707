"""Reading events and series from an iCalendar (.ics) file (via the icalendar library).

A barcamp's or a city's event calendar: every VEVENT becomes an event; one
with an RRULE becomes a series (its rule kept), its EXDATEs cancelled
evenings, and VEVENTs with the same UID and a RECURRENCE-ID the evenings
that differ (moved, another place, cancelled). Times are kept as wall-clock
times where they were planned (a TZID's local time), so a series crossing
the change to summer time stays at 19:00, and the zone is kept beside them
(``EventRecord.zone``: the window says when such a time is here, netzjournal/zones.py);
UTC times are shown in this computer's time zone. No Qt, no SQL: the store
writes, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from netzjournal import zones
from netzjournal.interchange import html_text
from netzjournal.localized import format_date, refusal_text
from netzjournal.store import recurrence
from netzjournal.store.errors import ValidationError
from netzjournal.store.events import (
    attendance,
    bring_back_evenings,
    call_off_series,
    contacts_by_email,
    create_event,
    ensure_occurrence,
    get_event,
    invitation_version,
    list_events,
    occurrence_row,
    occurrence_rows,
    remove_attendance,
    set_attendance,
    set_invitation_answer,
    set_invitation_version,
    set_my_status,
    update_event,
    update_occurrence,
)
from netzjournal.store.invitees import ANSWERS, guests_evening, invitees_of, set_invitees
from netzjournal.store.journal import Journal
from netzjournal.store.reading import own_addresses
from netzjournal.store.records import EventRecord, Invitee, Occurrence, Outcome


class CalendarError(ValueError):
    """The file is not a calendar we can read (the message says why, in English;
    ``code`` for the window's own words: "not_calendar", or "unreadable" when the
    file itself cannot be read)."""

    def __init__(self, message: str, code: str = "not_calendar") -> None:
        super().__init__(message)
        self.code = code


@dataclass
class CalendarEvent:
    uid: str
    record: EventRecord
    exdates: list[dt.date] = field(default_factory=list)
    recurrence_id: dt.date | None = None  # set: this VEVENT is one evening of a series
    # An invitation's (iTIP, RFC 5546) METHOD ("REQUEST", "CANCEL"; "" in a plain
    # calendar or "PUBLISH") and its SEQUENCE: a REQUEST with a SEQUENCE above 0 is an
    # update of one sent before, a CANCEL calls the event (or the evening) off.
    method: str = ""
    sequence: int = 0
    # Its DTSTAMP in UTC ("2026-10-12T16:42:00"; "" without one): between two mails of
    # one SEQUENCE the later one counts (RFC 5546, 2.1.5).
    stamp: str = ""
    # The e-mail addresses of those who will come: the organiser and the attendees
    # who accepted (PARTSTAT=ACCEPTED), lower case.
    guests: list[str] = field(default_factory=list)
    # Every attendee's answer by e-mail address (lower case): "ACCEPTED", "DECLINED",
    # "TENTATIVE", "NEEDS-ACTION" … (RFC 5545 PARTSTAT).
    answers: dict[str, str] = field(default_factory=dict)
    # Everyone it names (the organiser first), as it gives them: kept with the event
    # (store.invitees), so that those who are not contacts are mentioned on its page.
    people: list[Invitee] = field(default_factory=list)
    # A series' extra evenings (RDATE): each day and its start (the wall clock, as
    # DTSTART's; None: all day). Kept as evenings of the series that its rule has not.
    rdates: list[tuple[dt.date, dt.time | None]] = field(default_factory=list)

    @property
    def version(self) -> tuple[int, str]:
        """What orders two mails of one event: SEQUENCE, then DTSTAMP."""
        return self.sequence, self.stamp


@dataclass
class ImportCount:
    created: int = 0
    skipped: int = 0  # already in the journal (same name and first day)
    updated: int = 0  # known ones an invitation's update or cancellation changed
    # Invitation mails older than what the journal already has (a lower SEQUENCE, or
    # the same one stamped earlier): left out, the journal is already more current.
    outdated: int = 0
    occurrences: int = 0  # evenings that differ or were cancelled
    # What ``updated`` counts, by name: (what, the event's name, its day), what being
    # "cancelled" (an event or one evening; "cancelled_was_there" where the user had
    # said "I was there"), "cancelled_from" (a series, its evenings
    # from that day on), "changed" (an event or one evening) or "changed_series" (the
    # day: its first); the import's result names them.
    changed: list[tuple[str, str, dt.date]] = field(default_factory=list)
    # Events the journal cannot keep: (name, why: the store's message).
    refused: list[tuple[str, str]] = field(default_factory=list)
    # The ids of the events and series ``created`` counts, in the file's order (the
    # Events view shows the first).
    made: list[int] = field(default_factory=list)
    # What ``changed`` names, as the Events view finds it, in the same order: an
    # event (its id, None), one evening of a series (the series' id, its day) or a
    # whole series (its id, None: its next evening). An import that only updated or
    # cancelled shows the first (it showed nothing: the page stayed on another event).
    touched: list[tuple[int, dt.date | None]] = field(default_factory=list)
    # Events here imported before zones were kept whose zone this import filled in
    # (:func:`_with_zone`): (name, day), said as updated, not as "already there".
    zoned: list[tuple[str, dt.date]] = field(default_factory=list)
    # Guests' answers taken (iTIP REPLY), by PARTSTAT ("ACCEPTED", "DECLINED",
    # "TENTATIVE"): the result says „Antworten: 3 (2 Zusagen, 1 Absage)“. A reply
    # older than the one taken for that guest is counted in ``outdated``.
    replies: dict[str, int] = field(default_factory=dict)

    def add(self, other: ImportCount) -> None:
        """Count ``other`` (another file's import) in too."""
        self.created += other.created
        self.skipped += other.skipped
        self.updated += other.updated
        self.outdated += other.outdated
        self.occurrences += other.occurrences
        self.changed += other.changed
        self.refused += other.refused
        self.made += other.made
        self.touched += other.touched
        self.zoned += other.zoned
        for answer, n in other.replies.items():
            self.replies[answer] = self.replies.get(answer, 0) + n


def _local(value: object, zone: str = "") -> tuple[dt.date, dt.time | None]:
    """A DTSTART/DTEND value as a local day and wall-clock time (None: all day); a
    UTC time in ``zone`` where one is given (see :func:`_series_zone`)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            # A zone's own wall-clock time is what was planned ("19:00 in Berlin");
            # a UTC time is shown in ``zone``, else in this computer's.
            if not _is_utc(value):
                value = value.replace(tzinfo=None)
            else:
                value = value.astimezone(zones.tzinfo(zone)).replace(tzinfo=None)
        return value.date(), dt.time(value.hour, value.minute)
    if isinstance(value, dt.date):
        return value, None
    raise CalendarError(f"Unreadable date {value!r}.")


def _is_utc(value: dt.datetime) -> bool:
    return value.utcoffset() == dt.timedelta(0) and str(value.tzinfo) in ("UTC", "UTC+00:00")


def _series_zone(ev: Any, calendar_zone: str) -> str:
    """The zone a series' UTC times are read in ("": this computer's, as a single
    event's). RFC 5545 repeats a series whose DTSTART is in UTC at that UTC time,
    but Google exports every series so (``DTSTART:20261211T170000Z`` with
    ``X-WR-TIMEZONE:Europe/Berlin`` and EXDATEs in Berlin's time): its evenings are
    at the wall clock of the calendar's zone, an hour off in summer if kept at
    this computer's. Without a zone the calendar names, in UTC itself."""
    start = _readable(ev, "dtstart")
    if not isinstance(start, dt.datetime) or start.tzinfo is None or not _is_utc(start):
        return ""
    return calendar_zone if zones.tzinfo(calendar_zone) is not None else "UTC"


def _zone(component: object, start: object) -> str:
    """The zone a DTSTART's wall clock is of, to keep with the event ("": a date,
    a floating or UTC time — that one is given in this computer's zone)."""
    if not isinstance(start, dt.datetime) or start.tzinfo is None or _is_utc(start):
        return ""
    prop = component.get("dtstart")  # type: ignore[attr-defined]
    if isinstance(prop, list):
        prop = prop[0] if prop else None
    return zones.zone_name(str(getattr(prop, "params", {}).get("TZID", "")), start)


def _text(component: object, name: str) -> str:
    value = component.get(name)  # type: ignore[attr-defined]
    return str(value).strip() if value is not None else ""


# An online meeting's link where its invitation puts it besides URL: Teams'
# (Outlook 365, Exchange) and Google Meet's.
_MEETING_LINKS = ("x-microsoft-skypeteamsmeetingurl", "x-google-conference")
_WEB_ADDRESS = re.compile(r"https?://\S+")
# Without those, the join link in the invitation's text ("Join the meeting now<https://
# teams.microsoft.com/l/meetup-join/…>"): Teams', Google Meet's or a Zoom meeting's.
_JOIN_LINK = re.compile(
    r"https://(?:teams\.microsoft\.com/l/meetup-join/|meet\.google\.com/[a-z]"
    r"|[\w.-]*zoom\.us/[jw]/)[^\s<>\"]*"
)


def _place_and_link(ev: Any) -> tuple[str, str]:
    """Where an event is, and its link. LOCATION, else the place Apple Calendar
    keeps only in X-APPLE-STRUCTURED-LOCATION (its X-TITLE and X-ADDRESS); the URL,
    else an online meeting's link (its property, else the join link in the text),
    else a LOCATION that is only a web address (Zoom's, Webex's). A place on several
    lines is one, its lines joined by commas."""
    parts, url = [_text(ev, "location")], _text(ev, "url")
    if not parts[0] and (where := ev.get("x-apple-structured-location")) is not None:
        params = getattr(where, "params", {})
        address = re.sub(r"\\+n", "\n", str(params.get("X-ADDRESS", "")))  # ("\\n" in it)
        parts = [str(params.get("X-TITLE", "")), address]
    # One line, as the journal keeps a place (Apple writes the name, then the
    # address, on lines of their own)
    lines = (line.strip(" \t,;") for part in parts for line in part.splitlines())
    place = ", ".join(dict.fromkeys(line for line in lines if line))
    for name in _MEETING_LINKS:
        if not url:
            url = _text(ev, name)
    if not url and (join := _JOIN_LINK.search(_text(ev, "description"))):
        url = join.group(0)
    if not url and _WEB_ADDRESS.fullmatch(place):
        url = place  # (kept as the place too: a sync writes LOCATION back from it)
    return place, url


def _notes(ev: Any) -> str:
    """DESCRIPTION as text (Google writes HTML into it), else the HTML one Outlook
    writes beside it (X-ALT-DESC;FMTTYPE=text/html) as text."""
    text = _text(ev, "description")
    if not text and (alt := _text(ev, "x-alt-desc")):
        # (icalendar leaves an X- property's TEXT escapes as written: RFC 5545 3.3.11)
        text = _TEXT_ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], alt)
    return html_text.as_text(text)


_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


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


def _dates(component: object, name: str, zone: str = "") -> list[dt.date]:
    raw = component.get(name)  # type: ignore[attr-defined]
    if raw is None:
        return []
    out: list[dt.date] = []
    for item in raw if isinstance(raw, list) else [raw]:
        for d in getattr(item, "dts", []):
            out.append(_local(d.dt, zone)[0])
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


_FOLD = re.compile(rb"\n[ \t]")
_BEGIN_END = re.compile(r"^(BEGIN|END)[ \t]*:[ \t]*([^\r\n]*)", re.MULTILINE | re.IGNORECASE)


def _decoded(data: bytes) -> str:
    """The calendar's text, its lines ended by LF. UTF-8 as RFC 5545 asks; a file that
    is not (Outlook and older tools write Windows-1252, some UTF-16) is read line by
    line, each line as UTF-8 where it is, else as Windows-1252 (icalendar alone made
    every such character "\ufffd")."""
    # Lines ended by CR alone (Lotus Notes, old Macs) or CR CR LF: icalendar saw one
    # line and no calendar. A CR is never part of a value (RFC 5545 escapes it).
    from netzjournal.interchange.csv_in import decode  # (here: the sync child's import
    # of this module loads no vCard reader; a test checks what it loads)

    text, encoding = decode(data)  # byte-order marks and UTF-16 as the CSV reader does
    if encoding == "cp1252":
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        lines = _FOLD.sub(b"", data).split(b"\n")  # unfolded first: a fold may split a character
        return "\n".join(_line_text(line) for line in lines)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# A TZID parameter written without quotes around a ':' or ',' in it (Outlook's
# "DTSTART;TZID=(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna:2026…";
# RFC 5545 asks for quotes): its value runs to the last ':' of the line, the one
# before the date. icalendar split it at its first ':' and the event was lost. The
# value: dates and times, or periods (RDATE;VALUE=PERIOD: "…T140000/…T150000" or
# "…T090000/PT1H"), comma-separated.
_UNQUOTED_TZID = re.compile(
    r"^([A-Za-z-]+(?:;[^:;\n]*)*;TZID=)([^\";\n]*[:,][^\";\n]*?)"
    r"((?:;[^:;\n]*)*:[0-9TZ,/PWDHMS+-]+[ \t]*)$",
    re.MULTILINE | re.IGNORECASE,
)


def _quoted_zones(text: str) -> str:
    """``text`` with such TZIDs quoted (unfolded first where there is one: a fold
    may fall into the name)."""
    if ";TZID=" not in text.upper():
        return text
    unfolded = re.sub(r"\n[ \t]", "", text)
    quoted = _UNQUOTED_TZID.sub(lambda m: f'{m[1]}"{m[2]}"{m[3]}', unfolded)
    return text if quoted == unfolded else quoted


def _line_text(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def _whole(text: str) -> tuple[str, str | None]:
    """The text up to the last component that ends, and closed there, for a file cut
    short (a download that stopped); with the name of the event that was cut (None:
    the file was whole). icalendar drops a calendar that never ends, and every
    event in it."""
    if text[-200:].rstrip().upper().endswith("END:VCALENDAR"):
        return text, None  # (most files: no walk over the lines)
    depth, whole_at, open_names = 0, 0, []
    for m in _BEGIN_END.finditer(text):
        name = m.group(2).strip().upper()
        if m.group(1).upper() == "BEGIN":
            depth += 1
            open_names.append(name)
        elif open_names:
            depth -= 1
            open_names.pop()
            if depth <= 1:
                whole_at = m.end()
    if depth == 0:
        return text, None  # whole (what is wrong after the last END, icalendar says)
    rest = text[whole_at:]
    summary = re.search(r"^SUMMARY[^:\r\n]*:([^\r\n]*)", rest, re.MULTILINE | re.IGNORECASE)
    cut = summary.group(1).strip() if summary else ""
    closing = "\r\nEND:VCALENDAR\r\n" if open_names and open_names[0] == "VCALENDAR" else "\r\n"
    return text[:whole_at] + closing, cut


@functools.cache
def _tolerant_calendar() -> Any:
    """icalendar's Calendar whose every component reads as its VEVENT does: a value
    it cannot read is kept aside in the component's ``errors``, not raised. Else an
    empty PRIORITY in a to-do or a broken date in an alarm or free/busy block
    refused the whole file, and every event in it."""
    import icalendar
    from icalendar.cal.component_factory import ComponentFactory

    class Tolerant(ComponentFactory):
        def get_component_class(self, name: str) -> Any:
            cls = super().get_component_class(name)
            if cls.ignore_exceptions:
                return cls
            tolerant = type(cls.__name__, (cls,), {"ignore_exceptions": True})
            self.add_component_class(tolerant)
            return tolerant

    return type("TolerantCalendar", (icalendar.Calendar,), {"_components_factory": Tolerant()})


# icalendar keeps every VTIMEZONE it reads, by its TZID, for the whole process
# (icalendar.timezone.tzp: a zone zoneinfo does not know is cached once and never
# replaced). A second calendar with a zone of the same name ("Büro", "Custom 1")
# then had the first one's rules, and its own unreadable zone went unsaid. Each
# parse starts from icalendar's default provider, which empties that cache; one
# parse at a time (an import and a sync may read at once), so none empties it
# under another.
_ZONES_OF_ONE_CALENDAR = threading.Lock()


def parse(data: bytes, problems: list[tuple[str, str]] | None = None) -> list[CalendarEvent]:
    """Every VEVENT of a calendar; :class:`CalendarError` if it cannot be read.

    What cannot be read goes into ``problems`` as (the event's name, code): "start"
    (the event is left out), "end" (imported without it), "rule" and "dates" (its
    repetition or a date of it: left out), "extra_dates" (RDATEs of an event
    without a rule, or unreadable ones: imported without them), "attachments" (its
    ATTACHed files: imported without them), "cut" (the file ends inside this event,
    "" when it has no name: what came before is read); and as (the zone's TZID, "zone")
    once for a time zone whose VTIMEZONE cannot be read and that names no zone
    zoneinfo knows (its times are read as local times). Several calendars one after
    another (files put together) are read as one. Zones of the file's own are its
    own: none read from an earlier file is used."""
    from icalendar.timezone import tzp

    with _ZONES_OF_ONE_CALENDAR:
        tzp.use_default()  # (forgets the zones of the calendars read before)
        return _parse(data, problems)


def _parse(data: bytes, problems: list[tuple[str, str]] | None) -> list[CalendarEvent]:
    said = problems if problems is not None else []
    text, cut = _whole(_quoted_zones(_decoded(data)))
    if cut is not None:
        said.append((cut, "cut"))
    dropped: set[str] = set()
    try:
        calendars = _tolerant_calendar().from_ical(text, multiple=True)
    except (ValueError, IndexError, KeyError, TypeError) as exc:  # (TypeError: a PERIOD
        # from a floating to a UTC time, in icalendar 7.3)
        # icalendar refuses the whole file for one broken VTIMEZONE: read it without
        # the broken ones (a TZID then resolves through zoneinfo, or stays local time).
        fixed, dropped = _without_broken_zones(text.encode("utf-8"))
        try:
            calendars = (
                _tolerant_calendar().from_ical(fixed.decode("utf-8"), multiple=True)
                if dropped
                else None
            )
        except (ValueError, IndexError, KeyError, TypeError):
            calendars = None
        if calendars is None:
            raise CalendarError(f"This is not a calendar file we can read ({exc}).") from exc
    if not calendars:
        raise CalendarError("This is not a calendar file we can read (no calendar in it).")
    out: list[CalendarEvent] = []
    methods = [(_text(cal, "method").upper(), ev) for cal in calendars for ev in cal.walk("VEVENT")]
    vevents = [ev for _, ev in methods]
    if dropped:
        said += [(tzid, "zone") for tzid in _unresolved(vevents, dropped)]
    # The zone of each series whose start is in UTC, for its evenings' times too.
    series_zones = {
        _text(ev, "uid"): _series_zone(ev, _text(cal, "x-wr-timezone"))
        for cal in calendars
        for ev in cal.walk("VEVENT")
        if ev.get("rrule") is not None and ev.get("recurrence-id") is None
    }
    for n, (method, ev) in enumerate(methods):
        name = _text(ev, "summary") or "?"
        # What icalendar could not read: 7 keeps it as a property that raises when
        # read, 5 and 6 leave it out; both list it in the component's errors.
        broken = {str(error[0]).upper() for error in getattr(ev, "errors", ())}
        in_zone = series_zones.get(_text(ev, "uid"), "")
        if method == "REPLY":  # a guest's answer, not an event of its own
            if (reply := _reply(ev, name, in_zone, broken)) is None:
                said.append((name, "dates"))
            else:
                out.append(reply)
            continue
        try:
            start = _when(ev, "dtstart")
            day, at = _local(start, in_zone) if start is not None else (None, None)
        except (ValueError, AttributeError):  # (CalendarError is a ValueError)
            day, at = None, None
        if day is None:
            said.append((name, "start"))
            continue
        end_day, end_at = None, None
        end, length = _readable(ev, "dtend"), _readable(ev, "duration")
        try:
            if end is not None:
                end_day, end_at = _local(end, in_zone)
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
            rec_id = _local(r, in_zone)[0] if (r := _when(ev, "recurrence-id")) else None
            exdates = _dates(ev, "exdate", in_zone)
            if broken & {"EXDATE", "RECURRENCE-ID"}:
                raise ValueError("left out by icalendar")
        except (ValueError, AttributeError):
            said.append((name, "dates"))
            continue
        rdates: list[tuple[dt.date, dt.time | None]] = []
        if rec_id is None and ev.get("rdate") is not None:
            # Evenings added to the rule: kept as the series' evenings. A single
            # event's (no rule to add them to) and unreadable ones are said.
            try:
                rdates = _extra_dates(ev, in_zone) if rule else []
            except (ValueError, AttributeError, TypeError):
                rdates = []
            if not rdates or "RDATE" in broken:
                said.append((name, "extra_dates"))
        if rec_id is None and ev.get("attach") is not None:
            # Files attached to an invitation (an agenda, a map): an event keeps no
            # files. Said, not dropped; a reminder (VALARM) is the calendar app's
            # setting, not the event's, and is left out unsaid.
            said.append((name, "attachments"))
        place, url = _place_and_link(ev)
        cancelled = _text(ev, "status").upper() == "CANCELLED" or method == "CANCEL"
        record = EventRecord(
            name=_without_cancelled_prefix(name) if cancelled else name,
            starts_on=day, ends_on=end_day,
            place=place, notes=_notes(ev),
            tags=_categories(ev), url=url, start_time=at,
            end_time=end_at if at is not None else None, rrule="" if rec_id else rule,
            cancelled=cancelled, zone=_zone(ev, start) or in_zone,
        )  # fmt: skip
        uid = _text(ev, "uid") or f"no-uid-{n}"
        sequence = _text(ev, "sequence")
        number = int(sequence) if sequence.isdigit() else 0
        stamp = _stamp(_readable(ev, "dtstamp"))
        people = _people(ev, stamp)
        out.append(CalendarEvent(uid, record, exdates, rec_id, method, number, stamp,
                                 _guests(ev), _answers(ev), people, rdates))  # fmt: skip
    return out


def _reply(ev: Any, name: str, zone: str, broken: set[str]) -> CalendarEvent | None:
    """A guest's answer mail saved as a file (iTIP METHOD REPLY, RFC 5546 3.2.3): the
    invitation's UID, the evening it answers for (RECURRENCE-ID; none: the whole
    series or the single event), its DTSTAMP and the attendee's PARTSTAT. RFC 5546
    makes DTSTART optional here: the event is the journal's (by UID), its days are
    not read from the reply. None: its RECURRENCE-ID cannot be read (which evening
    it answers for is not known)."""
    try:
        rec_id = _local(r, zone)[0] if (r := _when(ev, "recurrence-id")) else None
        if "RECURRENCE-ID" in broken:
            raise ValueError("left out by icalendar")
    except (ValueError, AttributeError):
        return None
    # (the record only carries the name for the result; a reply makes no event)
    record = EventRecord(name=_without_reply_prefix(name), starts_on=rec_id or dt.date.min)
    sequence = _text(ev, "sequence")
    return CalendarEvent(
        _text(ev, "uid"), record, recurrence_id=rec_id, method="REPLY",
        sequence=int(sequence) if sequence.isdigit() else 0,
        stamp=_stamp(_readable(ev, "dtstamp")), answers=_answers(ev),
        people=[p for p in _people(ev) if not p.organiser],  # (for their CN)
    )  # fmt: skip


# What mail programs put before the name of an answer ("Accepted: Stammtisch").
_REPLY_PREFIX = re.compile(
    r"^\s*(?:accepted|declined|tentative|tentatively accepted|zugesagt|abgelehnt|"
    r"abgesagt|mit vorbehalt angenommen|vorläufig zugesagt)\s*:\s*",
    re.IGNORECASE,
)


def _without_reply_prefix(name: str) -> str:
    rest = _REPLY_PREFIX.sub("", name, count=1)
    return rest if rest.strip() else name


# What Outlook and Exchange put before the name of a meeting called off, in the
# organiser's language ("Canceled: Steering committee"). The event is marked
# cancelled (struck through, "(cancelled)"): "Canceled: … (cancelled)" said it twice.
_CANCELLED_PREFIX = re.compile(
    r"^\s*(?:cancell?ed|abgesagt|annulé|annule|cancelado|annullato|geannuleerd)\s*:\s*",
    re.IGNORECASE,
)


def _without_cancelled_prefix(name: str) -> str:
    """A cancelled event's name without Outlook's "Canceled: " (kept when nothing else)."""
    rest = _CANCELLED_PREFIX.sub("", name, count=1)
    return rest if rest.strip() else name


def _extra_dates(ev: Any, zone: str = "") -> list[tuple[dt.date, dt.time | None]]:
    """The RDATEs of a VEVENT as days and wall-clock starts (a PERIOD by its start;
    a UTC time in ``zone``, see :func:`_local`)."""
    raw = ev.get("rdate")
    out = []
    for item in raw if isinstance(raw, list) else [raw]:
        for d in getattr(item, "dts", []):
            value = d.dt[0] if isinstance(d.dt, tuple) else d.dt
            out.append(_local(value, zone))
    return sorted(set(out), key=lambda x: (x[0], x[1] or dt.time()))


def _add_extra_days(
    j: Journal, series_id: int, rec: EventRecord, rdates: list[tuple[dt.date, dt.time | None]]
) -> list[dt.date]:
    """Give the series its extra evenings (RDATE) that its rule does not have, at
    their own time where it is not the series'; those it had already stay as they
    are. The value: the evenings added."""
    added = []
    extras = recurrence.extra_days(rec.rrule, rec.starts_on, rec.start_time,
                                   [d for d, _ in rdates])  # fmt: skip
    for day, at in rdates:
        if day not in extras or occurrence_row(j, series_id, day) is not None:
            continue
        own = at if at is not None and at != rec.start_time else None
        update_occurrence(j, series_id, day, start_time=own)
        added.append(day)
    return added


def _stamp(value: object) -> str:
    """A DTSTAMP as UTC text that sorts as it is ordered ("" without one)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat("T", "seconds")
    if isinstance(value, dt.date):
        return value.isoformat() + "T00:00:00"
    return ""


def _addresses(component: object, name: str) -> list[tuple[str, Any]]:
    """(e-mail address in lower case, the property) of every ORGANIZER or ATTENDEE."""
    raw = component.get(name)  # type: ignore[attr-defined]
    out = []
    for person in raw if isinstance(raw, list) else [] if raw is None else [raw]:
        address = str(person).strip()
        if address[:7].lower() == "mailto:":
            address = address[7:]
        if "@" in address:
            out.append((address.strip().lower(), person))
    return out


def _answers(component: object) -> dict[str, str]:
    """Every attendee's PARTSTAT by address (RFC 5545: NEEDS-ACTION when not given)."""
    return {
        address: str(getattr(person, "params", {}).get("PARTSTAT", "NEEDS-ACTION")).upper()
        for address, person in _addresses(component, "attendee")
    }


def _people(component: object, stamp: str = "") -> list[Invitee]:
    """Everyone the invitation names, once each: the organiser, then the attendees;
    each answer with the mail's DTSTAMP (``stamp``: a guest's own reply stamped
    earlier does not change it)."""
    out: dict[str, Invitee] = {}
    for kind in ("organizer", "attendee"):
        for address, person in _addresses(component, kind):
            params = getattr(person, "params", {})
            name = str(params.get("CN", "")).strip().strip('"').strip()
            if "@" in name:  # (Google gives the address as the CN of one without a name)
                name = ""
            answer = "" if kind == "organizer" else str(params.get("PARTSTAT", "NEEDS-ACTION"))
            out.setdefault(address, Invitee(address, name, answer.upper(), kind == "organizer",
                                            stamp=stamp))  # fmt: skip
    return list(out.values())


def _guests(component: object) -> list[str]:
    """The organiser's and the accepting attendees' e-mail addresses."""
    out = [address for address, _ in _addresses(component, "organizer")]
    out += [address for address, status in _answers(component).items() if status == "ACCEPTED"]
    return list(dict.fromkeys(out))


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
        why = exc.strerror or exc
        raise CalendarError(f"The file cannot be read: {why}.", "unreadable") from exc
    return parse(data, problems)


# Why one evening's invitation was not imported: (English, German).
_SERIES_MISSING = (
    "the evening of {day} of a series not in the journal; import the invitation to the "
    "whole series first",
    "der Termin am {day} gehört zu einer Reihe, die nicht im Journal ist; importieren Sie "
    "zuerst die Einladung zur ganzen Reihe",
)


def events_touched(j: Journal, events: Iterable[CalendarEvent]) -> list[int]:
    """The journal's events and series an import of ``events`` may change: those of a
    UID the calendar has (an invitation's update or cancellation, a guest's answer, a
    zone filled in; one evening's own mail changes its series' rows). The import
    changes no other row it did not make (one of the same name and day stays as it
    is): what a snapshot before it must hold for an undo (commands/calendar_import)."""
    uids = {_uid_key(e.uid) for e in events if e.uid}
    return [e.id for e in list_events(j) if e.id is not None and e.uid and _uid_key(e.uid) in uids]


def import_events(
    j: Journal, events: list[CalendarEvent], language: str = "en", today: dt.date | None = None
) -> Outcome[ImportCount]:
    """Write the calendar's events and series in one transaction.

    An event or series already in the journal is left as it is: recognised
    by its UID first (so one renamed or moved here since is still known),
    then by the same name and first day (an event typed in by hand, or from a
    calendar that does not keep UIDs). Within the file, events with UIDs of their
    own are all new, also two of one name on one day (a public holiday twice, two
    screenings of a film); without UIDs, those at the same time are copies (one),
    those at another time are not. An event the journal
    refuses (a rule it cannot expand) is left out and
    said in ``refused`` (in ``language``); the others are imported. A new event keeps the
    calendar's UID (as a synced one does).

    An invitation mailed again is the exception (iTIP: METHOD REQUEST or CANCEL):
    its update changes the event here and its cancellation calls it, one
    evening of a series, or a series from ``today`` on, off (``updated``; see
    :func:`_take_invitation`). Mails come in any order: one older than the last
    taken for that event (SEQUENCE, then DTSTAMP) is left out (``outdated``).
    Where the user (an ATTENDEE with one of :func:`own_addresses`) accepted,
    declined or said maybe, that is their answer here, unless they answered
    here themselves (see :func:`_take_answer`).
    """
    today = today or dt.date.today()
    mine = own_addresses(j)
    count = ImportCount()
    listed = list_events(j)
    have = {(e.name.casefold(), e.starts_on) for e in listed}
    known = {_uid_key(e.uid): e for e in listed if e.uid}
    uids = set(known)
    replies = [e for e in events if e.method == "REPLY"]
    events = [e for e in events if e.method != "REPLY"]
    masters, count.skipped = _latest(e for e in events if e.recurrence_id is None)
    extra = [e for e in events if e.recurrence_id is not None]
    made: dict[str, int] = {}
    series_guests: dict[int, list[str]] = {}  # series id: the addresses of who will come
    # (name, first day, start time) of what this import made
    made_here: set[tuple[str, dt.date, dt.time | None]] = set()
    series_records: dict[str, EventRecord] = {}
    created_ids: set[int] = set()  # series made by this import
    with j.write() as changes:
        for e in masters:
            key = (e.record.name.casefold(), e.record.starts_on)
            known_uid = not e.uid.startswith("no-uid-")
            stored = known.get(_uid_key(e.uid)) if known_uid else None
            if stored is not None and e.method in INVITATION:
                assert stored.id is not None
                event_id: int = stored.id
                was = _version(j, event_id)
                if was is not None and e.version <= was:  # (the same mail, or an older one)
                    had, stored = stored, _with_zone(j, stored, e.record, count)
                    if stored is not had:
                        pass  # (its zone filled in: counted as such)
                    elif e.version < was:
                        count.outdated += 1
                    else:
                        count.skipped += 1
                    if stored.is_series:  # (its evenings in this file have their own)
                        made[e.uid], series_records[e.uid] = event_id, stored
                    continue
                try:
                    with j.write():  # (a savepoint, as below)
                        # (newer than the last mail taken; where that is not known —
                        # an event from before versions were kept — an update above
                        # SEQUENCE 0 is, as then)
                        taken: list[tuple[str, dt.date]] = []  # (extra evenings taken back)
                        now = _take_invitation(j, stored, e, today, was is not None, taken)
                        answered = _take_answer(j, event_id, e, mine)
                        set_invitation_version(j, event_id, e.sequence, e.stamp)
                except ValidationError as exc:
                    count.refused.append((e.record.name, refusal_text(exc, language)))
                    continue
                if now is None and not answered:
                    had, stored = stored, _with_zone(j, stored, e.record, count)
                    count.skipped += stored is had
                else:
                    count.updated += 1
                    what, name, day = _what_changed(e, stored, now, today)
                    count.changed.append((what, name, day))
                    # (a series' cancellation from a day on: that evening; else the
                    # event, or the series' next evening)
                    count.touched.append((event_id, day if what == "cancelled_from" else None))
                    count.changed += [(what, (now or stored).name, day) for what, day in taken]
                    count.touched += [(event_id, day) for _what, day in taken]
                    stored = now or stored
                if e.method != "CANCEL" and e.people:  # (a cancellation names no one new)
                    set_invitees(j, event_id, _with_replies(j, event_id, e))
                if stored.is_series:  # (its evenings in this file)
                    made[e.uid], series_records[e.uid] = event_id, stored
                    series_guests[event_id] = e.guests
                elif not stored.cancelled:
                    _link_guests(j, event_id, e.guests)
                continue
            if (
                (known_uid and _uid_key(e.uid) in uids)
                or key in have
                or (not known_uid and (*key, e.record.start_time) in made_here)
            ):
                if stored is None or _with_zone(j, stored, e.record, count) is stored:
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
            made_here.add((*key, e.record.start_time))
            assert created.id is not None
            if e.people:
                set_invitees(j, created.id, e.people)
            if known_uid:
                uids.add(_uid_key(e.uid))
                set_invitation_version(j, created.id, e.sequence, e.stamp)
            count.created += 1
            count.made.append(created.id)
            if e.record.rrule:
                made[e.uid] = created.id
                created_ids.add(created.id)
                series_records[e.uid] = e.record
                for day in e.exdates:
                    update_occurrence(j, created.id, day, cancelled=True, by_organiser=True)
                    count.occurrences += 1
                _add_extra_days(j, created.id, created, e.rdates)
                if cancelled:  # (a series' cancellation read before its invitation)
                    call_off_series(j, created.id, today)
                else:
                    _take_answer(j, created.id, e, mine)
                    series_guests[created.id] = e.guests
            elif cancelled:
                update_event(j, replace(created, cancelled=True))
            else:
                _take_answer(j, created.id, e, mine)
                _link_guests(j, created.id, e.guests)
        for e in extra:
            series = made.get(e.uid)
            stored = known.get(_uid_key(e.uid))
            alone = series is None  # (its series is not in the file)
            if alone and e.method in INVITATION and stored and stored.is_series:
                # One evening of a series already here, sent alone: Outlook and Google
                # mail a cancelled or moved evening as its own invitation.
                assert stored.id is not None
                series = made[e.uid] = stored.id
                series_records[e.uid] = stored
            if series is None or e.recurrence_id is None:
                if e.recurrence_id is not None and e.method == "REQUEST":
                    # One evening's own mail whose series is not here (Google mails a
                    # changed evening alone): said, not dropped without a word ("0
                    # imported, 0 changed, 0 already there"). A cancelled one needs nothing;
                    # a calendar export's evening whose series was deleted is left as before.
                    said = format_date(e.recurrence_id, language)
                    count.refused.append((e.record.name, _SERIES_MISSING[language == "de"]
                                          .replace("{day}", said)))  # fmt: skip
                continue
            row = occurrence_row(j, series, e.recurrence_id)
            was = _version(j, row) if row is not None and e.method in INVITATION else None
            if was is not None and e.version <= was:  # (this evening's own mails)
                if e.version < was:
                    count.outdated += 1
                else:
                    count.skipped += alone
                continue
            before = _evening(j, series, e.recurrence_id)
            if e.method == "CANCEL":
                update_occurrence(j, series, e.recurrence_id, cancelled=True, by_organiser=True)
            else:
                _take_evening(j, series, e, series_records[e.uid])
            answered = _take_answer(j, None, e, mine, series)
            if e.method != "CANCEL":  # (a cancellation names no one new)
                _evening_guests(j, series, e)
            if e.method in INVITATION and (row := occurrence_row(j, series, e.recurrence_id)):
                set_invitation_version(j, row, e.sequence, e.stamp)
            if _evening(j, series, e.recurrence_id) == before and not answered:
                count.skipped += alone  # (already so; else: no difference of its own)
                continue
            if series in created_ids:
                count.occurrences += 1
            else:
                count.updated += 1
                what = "changed" if e.method != "CANCEL" else _cancelled(before)
                evening = _evening(j, series, e.recurrence_id)
                day = evening.starts_on if evening is not None else e.recurrence_id
                count.changed.append((what, series_records[e.uid].name, day))
                count.touched.append((series, e.recurrence_id))
        for series, guests in series_guests.items():  # (once its evenings here are taken)
            _link_series_guests(j, series, guests, today)
        if replies:  # (after the invitations: a file may hold both)
            here = {_uid_key(e.uid): e for e in list_events(j) if e.uid}
            # (the earlier first: of two answers of one guest the later one counts)
            for e in sorted(replies, key=lambda e: e.version):
                _take_reply(j, here.get(_uid_key(e.uid)), e, mine, today, count, language)
    return Outcome(count, changes)


# Why a guest's answer was not taken: (English, German).
_NO_INVITATION = (
    "an answer to an invitation that is not in the journal; import the invitation first",
    "eine Antwort auf eine Einladung, die nicht im Journal ist; importieren Sie zuerst "
    "die Einladung",
)


def _take_reply(
    j: Journal,
    stored: EventRecord | None,
    e: CalendarEvent,
    mine: set[str],
    today: dt.date,
    count: ImportCount,
    language: str,
) -> None:
    """A guest's answer (iTIP REPLY) to an invitation in the journal, found by its
    UID: their answer on the event, on one evening of a series (RECURRENCE-ID), or
    on the whole series. The guest is found by address only (never by CN). Of two
    answers of one guest the later DTSTAMP counts, whatever order the files come
    in. A contact with the address (or linked to the guest) who accepted is
    recorded as coming; a later no or maybe takes that back (never "was there")."""
    if stored is None or stored.id is None:
        count.refused.append((e.record.name, _NO_INVITATION[language == "de"]))
        return
    answers = {a: s for a, s in e.answers.items() if s in ANSWERS and a not in mine}
    if e.answers and any(a in mine for a in e.answers):  # (the user's own answer, sent)
        series = stored.id if e.recurrence_id is not None and stored.is_series else None
        _take_answer(j, None if series else stored.id, e, mine, series)
    if not answers:
        return
    if e.recurrence_id is not None and stored.is_series:
        row = ensure_occurrence(j, stored.id, e.recurrence_id).value
        people = invitees_of(j, row) or invitees_of(j, stored.id)
    else:
        row = stored.id
        people = invitees_of(j, row)
    by_address = {p.address: p for p in people}
    names = {p.address: p.name for p in e.people}
    taken = False
    for address, answer in answers.items():
        was = by_address.get(address)
        if was is not None and was.stamp and e.stamp <= was.stamp:  # (a later mail's)
            count.outdated += e.stamp < was.stamp
            continue
        by_address[address] = (
            replace(was, answer=answer, stamp=e.stamp)
            if was is not None
            else Invitee(address, names.get(address, ""), answer, stamp=e.stamp)
        )
        count.replies[answer] = count.replies.get(answer, 0) + 1
        taken = True
        contact = (was.contact if was is not None else None) or contacts_by_email(
            j, [address]).get(address)  # fmt: skip
        if contact is not None:
            _answer_of_contact(j, stored, row, contact, answer == "ACCEPTED", today)
    if taken:
        set_invitees(j, row, by_address.values())


def _answer_of_contact(
    j: Journal, stored: EventRecord, row: int, contact: int, coming: bool, today: dt.date
) -> None:
    """A contact's answer: coming where the import links guests (the single event or
    the evening; a whole series' next evening), or no longer coming (a "going" taken
    back on that row, or on every evening of the series from ``today`` on)."""
    assert stored.id is not None
    whole_series = row == stored.id and stored.is_series
    if coming:
        target: int | None = row
        if whole_series:
            evening = guests_evening(j, stored.id, today)
            target = None if evening is None else (
                evening.event_id or ensure_occurrence(j, stored.id, evening.occurrence_on).value
            )  # fmt: skip
        if target is not None and contact not in {
            a.contact_id for a in attendance(j, [target]).get(target, [])
        }:
            set_attendance(j, target, contact, "going")
        return
    rows = [row]
    if whole_series:
        rows += [r.id for r in occurrence_rows(j, stored.id)
                 if r.id is not None and r.starts_on >= today]  # fmt: skip
    for target in rows:
        for a in attendance(j, [target]).get(target, []):
            if a.contact_id == contact and a.status == "going":
                remove_attendance(j, target, contact)


def _with_zone(j: Journal, stored: EventRecord, r: EventRecord, count: ImportCount) -> EventRecord:
    """The event already here (the same UID), with the file's zone where it has none
    and its wall clock is the file's: imported before zones were kept (migration
    0043), an import of the same file again fills it in, and ``count.zoned`` names
    it (the result says it was updated, not "already there"). Nothing else changes;
    one moved here since (another day or time) is left as it is. ``stored`` itself
    where nothing was filled in."""
    if stored.zone or not r.zone or stored.start_time is None:
        return stored
    if (stored.starts_on, stored.start_time, stored.end_time) != (
        r.starts_on, r.start_time, r.end_time):  # fmt: skip
        return stored
    filled = update_event(j, replace(stored, zone=r.zone)).value
    count.zoned.append((filled.name, filled.starts_on))
    return filled


def _cancelled(was: EventRecord | None) -> str:
    """ "cancelled", or "cancelled_was_there" where the user had said "I was there"
    (kept: it is theirs to change; the result says so, so it is looked at again)."""
    return "cancelled_was_there" if was is not None and was.my_status == "attended" else "cancelled"


def _what_changed(
    e: CalendarEvent, stored: EventRecord, now: EventRecord | None, today: dt.date
) -> tuple[str, str, dt.date]:
    """What an invitation mailed again did to an event or series here (see
    :attr:`ImportCount.changed`): the journal's name (a cancellation's SUMMARY may
    be Outlook's "Abgesagt: …"), the day it concerns."""
    if e.method != "CANCEL":
        new = now or stored
        return ("changed_series" if new.is_series else "changed"), new.name, new.starts_on
    if not stored.is_series:
        return _cancelled(stored), stored.name, stored.starts_on
    # A series: from its first evening called off, by its rule before the mail (the
    # next from today on; today where the rule has none ahead).
    ahead = recurrence.expand(stored.rrule, stored.starts_on, stored.start_time, today,
                              today + dt.timedelta(days=400))  # fmt: skip
    return "cancelled_from", stored.name, ahead[0] if ahead else today


def _link_guests(j: Journal, event_id: int, guests: list[str]) -> None:
    """The journal's people who will come (the organiser, who accepted), known by
    their e-mail address (the one contact that has it, archived or not; never by
    name), as having said they would; someone already recorded at the event stays
    as recorded."""
    ids = contacts_by_email(j, guests)
    if not ids:
        return
    there = {a.contact_id for a in attendance(j, [event_id]).get(event_id, [])}
    for contact_id in dict.fromkeys(ids.values()):
        if contact_id not in there:
            set_attendance(j, event_id, contact_id, "going")


def _evening_guests(j: Journal, series: int, e: CalendarEvent) -> None:
    """One evening's own invitation (its RECURRENCE-ID): who it names is kept with
    that evening where it differs from the series' (the evening's page lists its
    own, the other evenings the series'; the same list makes no row), and who will
    come is linked to it as :func:`_link_guests` links."""
    assert e.recurrence_id is not None
    row = occurrence_row(j, series, e.recurrence_id)
    own = invitees_of(j, row) if row is not None else []
    if e.people and (own or _who(e.people) != _who(invitees_of(j, series))):
        row = row or ensure_occurrence(j, series, e.recurrence_id).value
        set_invitees(j, row, _with_replies(j, row, e))
    evening = _evening(j, series, e.recurrence_id)
    if (evening is None or not evening.cancelled) and contacts_by_email(j, e.guests):
        row = row or ensure_occurrence(j, series, e.recurrence_id).value
        _link_guests(j, row, e.guests)


def _with_replies(j: Journal, row: int, e: CalendarEvent) -> list[Invitee]:
    """Who the invitation ``e`` names, with the answers of guests' own replies
    stamped later than it kept (an organiser's update mailed before a guest's
    answer does not take that answer back; one mailed after it does)."""
    later = {p.address: p for p in invitees_of(j, row) if p.stamp and p.stamp > e.stamp}
    return [
        replace(p, answer=later[p.address].answer, stamp=later[p.address].stamp)
        if p.address in later and not p.organiser
        else p
        for p in e.people
    ]


def _who(people: list[Invitee]) -> list[tuple[str, str, str, bool]]:
    """What an invitation says of its people (a contact linked here aside)."""
    return [(p.address, p.name, p.answer, p.organiser) for p in people]


def _link_series_guests(j: Journal, series_id: int, guests: list[str], today: dt.date) -> None:
    """A series' invitation: who will come, at its next evening that is not cancelled
    (each evening has its own attendance; the later ones are not known yet). A series
    whose evenings are all past links no one."""
    if not contacts_by_email(j, guests):
        return  # (no evening row made for nobody)
    evening = guests_evening(j, series_id, today)
    if evening is None:
        return
    row = evening.event_id or ensure_occurrence(j, series_id, evening.occurrence_on).value
    _link_guests(j, row, guests)


def link_invitee(j: Journal, occurrence: Occurrence, contact_id: int, today: dt.date) -> None:
    """Someone from the invitation just made a contact, linked by id as the import
    links a contact by address (see :func:`_link_guests`): as having said they would
    come, to the single event or its series' next evening."""
    if occurrence.series_id is None:
        row = occurrence.event_id
    elif (evening := guests_evening(j, occurrence.series_id, today)) is None:
        return
    else:
        row = (
            evening.event_id
            or ensure_occurrence(j, occurrence.series_id, evening.occurrence_on).value
        )
    if row is not None and contact_id not in {
        a.contact_id for a in attendance(j, [row]).get(row, [])
    }:
        set_attendance(j, row, contact_id, "going")


def _version(j: Journal, event_id: int) -> tuple[int, str] | None:
    """The SEQUENCE and DTSTAMP of the last invitation taken for this row (None: not
    known — imported before they were kept, or typed in here)."""
    sequence, stamp, _ = invitation_version(j, event_id)
    return None if sequence is None else (sequence, stamp or "")


def _take_answer(
    j: Journal, event_id: int | None, e: CalendarEvent, mine: set[str], series: int | None = None
) -> bool:
    """Set the user's own answer as the invitation gives it (True: it changed). The
    user is an ATTENDEE under one of their own addresses; the organiser's
    cancellation carries no answer. An answer given here (``my_status`` other than
    what the last invitation set: "I was there", or changed by hand) wins. One
    evening of a series (``series``, the event's RECURRENCE-ID) gets its own."""
    given = [ANSWERS[s] for a, s in e.answers.items() if a in mine and s in ANSWERS]
    if not given or e.method == "CANCEL":
        return False
    if event_id is None:
        assert series is not None and e.recurrence_id is not None
        event_id = ensure_occurrence(j, series, e.recurrence_id).value
    status = given[0]
    _, _, set_before = invitation_version(j, event_id)
    now = get_event(j, event_id).my_status
    if now != set_before:  # (the user's own answer, given here)
        return False
    set_invitation_answer(j, event_id, status)
    if now == status:
        return False
    set_my_status(j, event_id, status)
    return True


def _evening(j: Journal, series: int, day: dt.date) -> EventRecord | None:
    row = occurrence_row(j, series, day)
    return None if row is None else get_event(j, row)


def _take_evening(j: Journal, series: int, e: CalendarEvent, master: EventRecord) -> None:
    """Record what one evening of the file differs in from its series."""
    assert e.recurrence_id is not None
    r = e.record
    # An instance repeats what it keeps of its series (RFC 5545; Google repeats
    # the DESCRIPTION, netzjournal's export the LOCATION): what equals the
    # series' is no difference of the evening's own, so it follows the series
    # when that changes. An instance with no difference at all (another
    # SUMMARY, an alarm) leaves no row behind that the export would not write.
    place = r.place if r.place and r.place != master.place else None
    at = r.start_time if r.start_time != master.start_time else None
    notes = r.notes if r.notes and r.notes != master.notes else None
    moved = r.starts_on != e.recurrence_id
    if not (moved or place or at or r.cancelled or notes):
        return
    update_occurrence(j, series, e.recurrence_id, starts_on=r.starts_on, place=place,
                      start_time=at, cancelled=r.cancelled, notes=notes,
                      by_organiser=True)  # fmt: skip


INVITATION = ("REQUEST", "CANCEL")


def _latest(events: Iterable[CalendarEvent]) -> tuple[list[CalendarEvent], int]:
    """The events, one per UID, and how many were left out for another of their
    UID: an invitation and its updates in one file (mails put together) are one
    event as its newest mail has it (SEQUENCE, then DTSTAMP; the first of equal ones)."""
    out: dict[str, CalendarEvent] = {}
    left = 0
    for e in events:
        if e.uid in out:
            left += 1
            if out[e.uid].version >= e.version:
                continue
        out[e.uid] = e
    return list(out.values()), left


def _take_invitation(
    j: Journal,
    stored: EventRecord,
    e: CalendarEvent,
    today: dt.date,
    newer: bool,
    taken: list[tuple[str, dt.date]],
) -> EventRecord | None:
    """An invitation's update or cancellation over the event already here, as
    stored after it (None: it changes nothing). A cancellation calls the event
    off and changes nothing else (Outlook's repeats the name with "Abgesagt: "
    before it); a series' cancellation (no RECURRENCE-ID: "cancel series") calls
    its evenings from ``today`` on off, those before stay as they happened (see
    :func:`call_off_series`). An update (``newer`` than the last mail taken, or,
    where that is not known, SEQUENCE above 0) brings the organiser's name, days,
    times, place, link and repetition; a series' update has its whole set of
    evenings, so those the organiser's earlier mails cancelled that it has again
    are on again (see :func:`bring_back_evenings`), and its extra evenings (RDATE)
    it no longer has are called off (into ``taken``, see
    :func:`_take_back_extra_days`). The notes, tags, "my status"
    and who was there are the user's own and stay. A first invitation (SEQUENCE 0) imported
    again changes nothing, nor does one that would turn a series into a single
    event or back (a new event of the organiser's under the old UID)."""
    r = e.record
    assert stored.id is not None
    if e.method == "CANCEL" and stored.is_series:
        called_off = call_off_series(j, stored.id, today).value
        return get_event(j, stored.id) if called_off else None
    if e.method == "CANCEL":
        new = replace(stored, cancelled=True)
    elif (newer or e.sequence > 0) and bool(r.rrule) == stored.is_series:
        new = replace(stored, name=r.name, starts_on=r.starts_on, ends_on=r.ends_on,
                      place=r.place, url=r.url or stored.url, start_time=r.start_time,
                      end_time=r.end_time, rrule=r.rrule, cancelled=r.cancelled,
                      zone=r.zone)  # fmt: skip
    else:
        return None
    days = set(e.exdates) if stored.is_series and e.method != "CANCEL" else set()
    days -= {o.occurrence_on for o in occurrence_rows(j, stored.id) if o.cancelled}
    if new != stored:
        new = update_event(j, new).value
    for day in sorted(days):
        update_occurrence(j, stored.id, day, cancelled=True, by_organiser=True)
    back = []
    if stored.is_series and e.method != "CANCEL":
        # The update has the whole set of evenings: what the organiser's earlier
        # mails cancelled (a "cancel series" too) and it has again is on again.
        again = [d for d, _ in e.rdates]
        back = bring_back_evenings(j, stored.id, e.exdates, e.version, again).value
        back += _add_extra_days(j, stored.id, new, e.rdates)
        taken += _take_back_extra_days(j, stored, new, e.rdates)
    if new == stored and not days and not back and not taken:
        return None
    return new


def _take_back_extra_days(
    j: Journal, stored: EventRecord, new: EventRecord, rdates: list[tuple[dt.date, dt.time | None]]
) -> list[tuple[str, dt.date]]:
    """The series' extra evenings (RDATE: on a day its rule has neither before nor
    after the update) that the update no longer has: called off by the organiser,
    their rows kept (who came, notes), as the sync takes one back. The value: for
    each, what it says in the import's result (see :func:`_cancelled`) and its day."""
    assert stored.id is not None
    try:  # (a rule that cannot be expanded has every day "extra": none is taken back)
        for rec in (stored, new):
            recurrence.validate(rec.rrule, rec.starts_on, rec.start_time)
    except recurrence.RuleError:
        return []
    days = [o.occurrence_on for o in occurrence_rows(j, stored.id)
            if o.occurrence_on and not o.cancelled]  # fmt: skip
    extra = recurrence.extra_days(stored.rrule, stored.starts_on, stored.start_time, days)
    extra &= recurrence.extra_days(new.rrule, new.starts_on, new.start_time, days)
    out = []
    for day in sorted(extra - {d for d, _ in rdates}):
        was = _evening(j, stored.id, day)
        update_occurrence(j, stored.id, day, cancelled=True, by_organiser=True)
        out.append((_cancelled(was), was.starts_on if was is not None else day))
    return out


def _uid_key(uid: str) -> str:
    """A UID as compared: case, ``urn:uuid:`` and the ``@netzjournal`` the export
    adds set aside (so the journal's own export is recognised)."""
    text = uid.strip().casefold()
    text = text.removeprefix("urn:uuid:")
    while text.endswith("@netzjournal"):
        text = text.removesuffix("@netzjournal")
    return text
