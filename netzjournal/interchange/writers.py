"""Taking everything out again: vCard 4.0, CSV, JSON, iCalendar, Markdown."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from collections.abc import Callable, Iterable, Mapping

from netzjournal import __version__, messengers
from netzjournal.interchange import own_fields
from netzjournal.interchange.csv_in import (
    FORMULA,
    LIST_SEPARATOR,
    NEVER,
    OWN_COLUMNS,
    OwnColumn,
)
from netzjournal.interchange.model import split_prefix
from netzjournal.interchange.vcard import STANDARD_TYPES, label_from_types
from netzjournal.store import recurrence
from netzjournal.store.contacts import get_contact
from netzjournal.store.events import list_events, occurrence_rows
from netzjournal.store.interactions import follow_ups
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_names
from netzjournal.store.records import Channel, ContactRecord, EventRecord


def _escape(text: str) -> str:
    """A vCard text value: backslash, comma and semicolon escaped; every line break
    (CR LF, LF, and a CR alone) as ``\\n`` — a raw CR would end the line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _uri(text: str) -> str:
    """A URI value is not escaped; a line break inside it (which would end the
    content line) is %-encoded."""
    return text.replace("\r", "%0D").replace("\n", "%0A")


def _param(text: str) -> str:
    """A parameter value: quoted where it holds a character that would end it."""
    text = text.replace('"', "'").replace("\r", " ").replace("\n", " ")
    return f'"{text}"' if any(ch in text for ch in ":;,") else text


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2)."""
    if len(line.encode("utf-8")) <= 75:
        return line  # most lines: nothing to fold (a character is at most 4 octets)
    out, current = [], b""
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > 75:
            out.append(current.decode("utf-8"))
            current = b" "
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n".join(out)


def vcard_uid(uid: str) -> str:
    """A stored UID as a vCard UID: a bare UUID as ``urn:uuid:…`` (RFC 6350 §6.7.6),
    a UID adopted from someone else's card as it was."""
    try:
        return uuid.UUID(uid).urn if len(uid) == 36 else uid
    except ValueError:
        return uid


#: Labels the journal holds (from a CSV or an older card) that vCard spells otherwise:
#: a mobile phone is ``TYPE=cell`` (RFC 2426 §3.3.1, RFC 6350 §6.4.1).
_VCARD_TYPE = {"mobile": "cell"}


def _channel_lines(c: ContactRecord, labels_as_stored: bool = False) -> list[str]:
    """EMAIL, TEL and URL lines. A label made of standard types, in any case, goes into
    TYPE (in lower case, as the reader gives it back; "mobile" and Apple's "Mobile" as
    the standard "cell" unless ``labels_as_stored``: then only a label spelled as the
    reader gives it back); any other — ``HomePage``, ``Büro``, ``zweit-handy`` —
    into an ``X-ABLabel`` of the property's group, exactly."""
    lines, group = [], 0
    for ch in c.channels:
        if ch.kind == "messenger":  # (RFC 4770's IMPP, the service named as Apple does)
            service, uri = messengers.to_vcard(ch.label, ch.value)
            named = f";X-SERVICE-TYPE={_param(service)}" if service else ""
            lines.append(f"IMPP{named}:{_uri(uri)}")
            continue
        name = {"email": "EMAIL", "phone": "TEL", "url": "URL"}[ch.kind]
        value = _uri(ch.value) if ch.kind == "url" else _escape(ch.value)
        types = [t.strip() for t in ch.label.split(",") if t.strip()]
        # An export writes a standard type in any case ("Mobile", Apple's label, read
        # from ``X-ABLabel:_$!<Mobile>!$_``) as TYPE; sync compares the exact spelling.
        label = ch.label if labels_as_stored else ch.label.lower()
        if not labels_as_stored:
            types = [t.lower() for t in types]
        if not ch.label.strip():
            lines.append(f"{name}:{value}")
        elif all(t in STANDARD_TYPES for t in types) and label_from_types(types) == label:
            if not labels_as_stored:
                types = list(dict.fromkeys(_VCARD_TYPE.get(t, t) for t in types))
            lines.append(f"{name};TYPE={','.join(types)}:{value}")
        else:
            group += 1
            lines.append(f"item{group}.{name}:{value}")
            lines.append(f"item{group}.X-ABLabel:{_escape(ch.label)}")
    return lines


def _own_lines(c: ContactRecord, uids: Mapping[int, str] | None, private: bool) -> list[str]:
    """netzjournal's own fields; with ``private`` also what only the journal keeps
    (:data:`own_fields.PRIVATE`): tags, person notes, closeness … and the introducer."""
    lines = []
    if private:
        if c.tags:
            lines.append("CATEGORIES:" + ",".join(_escape(t) for t in c.tags))
        if c.notes:
            lines.append(f"NOTE:{_escape(c.notes)}")
    own = own_fields.to_properties(c, private=private)
    lines += [f"{name}:{_escape(text)}" for name, text in own]
    if not c.name:  # FN holds the organisation; it is not a display name to take back
        lines.append(f"{own_fields.PREFIX}DISPLAY-NAME:")
    if private and uids and c.introduced_by and (introducer := uids.get(c.introduced_by)):
        lines.append(f"{own_fields.INTRODUCED_BY}:{_escape(vcard_uid(introducer))}")
    return lines


def vcard(
    contacts: Iterable[ContactRecord],
    uids: Mapping[int, str] | None = None,
    *,
    private: bool,
    labels_as_stored: bool = False,
) -> str:
    """vCard 4.0 for these contacts (CRLF, folded, escaped).

    Every card holds what an address book card holds: names, organisation, role,
    channels, birthday, city, UID. ``private`` (asked of every caller: the journal
    is private, a card is often passed on) adds what only the journal keeps
    (:data:`own_fields.PRIVATE`): tags (``CATEGORIES``), the person notes (``NOTE``),
    netzjournal's own fields as ``X-NETZJOURNAL-…`` properties (closeness, cadence,
    topics …) and who introduced the person — with them an export imports back as it
    was. The display name goes either way (FN, and ``X-NETZJOURNAL-DISPLAY-NAME``
    says whether FN is one).

    ``uids`` (contact id → UID) names who introduced each person: row ids mean
    nothing outside this journal, the introducer's UID does.
    ``labels_as_stored``: channel labels as the journal spells them (sync compares
    them with the card's reading), not as standard vCard types.
    """
    cards = []
    for c in contacts:
        lines = ["BEGIN:VCARD", "VERSION:4.0", f"PRODID:-//netzjournal//{__version__}//EN"]
        if c.uid:
            lines.append(f"UID:{vcard_uid(c.uid)}")
        lines.append(f"FN:{_escape(c.name or c.organisation)}")
        prefixes = ",".join(_escape(p) for p in (c.salutation, c.title_prefix) if p.strip())
        if c.name_prefix.strip() and split_prefix(c.name_prefix) == (
            c.salutation,
            c.title_prefix.strip(),
        ):  # the card's own words ("Mrs."), while they still say what the journal does
            prefixes = _escape(c.name_prefix.strip())
        more, suffixes = (",".join(_escape(p.strip()) for p in text.split(",") if p.strip())
                          for text in (c.additional_names, c.honorific_suffix))  # fmt: skip
        lines.append(
            f"N:{_escape(c.family_name)};{_escape(c.given_name)};{more};{prefixes};{suffixes}"
        )
        if c.nickname:
            lines.append(f"NICKNAME:{_escape(c.nickname)}")
        if c.organisation or c.department:
            lines.append(
                f"ORG:{_escape(c.organisation)}"
                + (f";{_escape(c.department)}" if c.department else "")
            )
        if c.role:
            lines.append(f"TITLE:{_escape(c.role)}")
        lines += _channel_lines(c, labels_as_stored)
        if c.birthday:
            b = c.birthday
            lines.append(
                f"BDAY:{b.year:04d}{b.month:02d}{b.day:02d}"
                if b.year
                else f"BDAY:--{b.month:02d}{b.day:02d}"
            )
        if c.city:
            lines.append(f"ADR:;;;{_escape(c.city)};;;")
        lines += _own_lines(c, uids, private)
        lines.append("END:VCARD")
        cards.append("\r\n".join(_fold(line) for line in lines))
    return "\r\n".join(cards) + "\r\n"


def _csv_cell(value: str) -> str:
    """A cell a spreadsheet will not run: text starting with = + - @ (or a tab or
    CR) gets a leading apostrophe, which the import takes off again."""
    return "'" + value if FORMULA.match(value) else value


def _own_cells(c: ContactRecord, german: bool) -> dict[str, str]:
    def kind(name: str) -> list[Channel]:
        return [ch for ch in c.channels if ch.kind == name]

    def labels(name: str) -> str:
        found = [ch.label for ch in kind(name)]
        return LIST_SEPARATOR.join(found) if any(found) else ""

    if c.cadence_never:
        cadence = NEVER[1] if german else NEVER[0]
    else:
        cadence = str(c.cadence_days) if c.cadence_days else ""
    return {
        "salutation": c.salutation, "title_prefix": c.title_prefix,
        "given_name": c.given_name, "family_name": c.family_name,
        "additional_names": c.additional_names, "honorific_suffix": c.honorific_suffix,
        "nickname": c.nickname,
        "display_name": c.display_name, "organisation": c.organisation,
        "department": c.department, "role": c.role, "hierarchy": c.hierarchy, "city": c.city,
        "email": LIST_SEPARATOR.join(ch.value for ch in kind("email")),
        "email_labels": labels("email"),
        "phone": LIST_SEPARATOR.join(ch.value for ch in kind("phone")),
        "phone_labels": labels("phone"),
        "url": LIST_SEPARATOR.join(ch.value for ch in kind("url")),
        "url_labels": labels("url"),
        "messenger": LIST_SEPARATOR.join(ch.value for ch in kind("messenger")),
        "messenger_labels": labels("messenger"),
        "birthday": c.birthday.iso() if c.birthday else "",
        "tags": LIST_SEPARATOR.join(c.tags), "source": c.source,
        "source_detail": c.source_detail,
        "met_on": c.met_on.isoformat() if c.met_on else "",
        # (empty when nobody chose it: read back as the default, not chosen — 0054)
        "address_form": c.address_form if c.address_form_chosen else "",
        "language": c.language,
        "closeness": str(c.closeness), "cadence": cadence, "topics": c.topics,
        "archived": ("ja" if german else "yes") if c.archived else "", "notes": c.notes,
        "uid": c.uid,
    }  # fmt: skip


#: The record fields a CSV column holds where they are not named as the column.
_COLUMN_FIELDS = {"cadence": ("cadence_days", "cadence_never")}


def csv_columns(private: bool) -> list[OwnColumn]:
    """The export's columns: without ``private`` none that holds a field of
    :data:`own_fields.PRIVATE` (closeness, notes, tags …)."""
    return [col for col in OWN_COLUMNS if private
            or own_fields.PRIVATE.isdisjoint(_COLUMN_FIELDS.get(col.key, (col.key,)))]  # fmt: skip


def csv_text(
    contacts: Iterable[ContactRecord],
    delimiter: str = ",",
    german: bool | None = None,
    progress: Callable[[int], None] | None = None,
    *,
    private: bool,
) -> str:
    """CSV for spreadsheets. Every field of each contact with ``private`` (asked of
    every caller, as for :func:`vcard`): it imports back as it was. Without it, what
    an address book holds: no column for a field of :data:`own_fields.PRIVATE`.

    German headers go with the semicolon (German Excel) unless ``german`` says
    otherwise. Written with a BOM by the caller so Excel reads UTF-8.
    ``progress(n)`` is told after every 200 contacts (it may raise to stop).
    """
    german = delimiter == ";" if german is None else german
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    columns = csv_columns(private)
    writer.writerow([col.german if german else col.english for col in columns])
    for n, c in enumerate(contacts, 1):
        cells = _own_cells(c, german)
        writer.writerow([_csv_cell(cells[col.key]) for col in columns])
        if progress is not None and n % 200 == 0:
            progress(n)
    return buffer.getvalue()


def markdown_person(j: Journal, contact_id: int, language: str = "en") -> str:
    """Everything the journal holds about one person, readable in ``language``."""
    from netzjournal.interchange.person_markdown import markdown_person as write

    return write(j, contact_id, language)


def _event_times(ev: object, rec: EventRecord, day: dt.date) -> None:
    """DTSTART/DTEND of one event or occurrence starting on ``day``.

    Times are wall-clock times: floating (no zone) as the journal plans them, so
    a series stays at 19:00 across the change to summer time; an event kept with
    its zone (an invitation from London) in that zone, with its TZID.
    """
    from netzjournal.interchange.ical_zones import at

    length = (rec.ends_on - rec.starts_on) if rec.ends_on else dt.timedelta(0)
    if rec.start_time is not None:
        ev.add("dtstart", at(day, rec.start_time, rec.zone))  # type: ignore[attr-defined]
        if rec.end_time is not None:
            end = at(day + length, rec.end_time, rec.zone)
            ev.add("dtend", end)  # type: ignore[attr-defined]
        elif length:  # days without an end time: through the last (ical_in reads it back)
            end = at(day + length + dt.timedelta(days=1), dt.time(0), rec.zone)
            ev.add("dtend", end)  # type: ignore[attr-defined]
    else:
        ev.add("dtstart", day)  # type: ignore[attr-defined]
        ev.add("dtend", day + length + dt.timedelta(days=1))  # type: ignore[attr-defined]


def ics_events(j: Journal, stamp: dt.datetime) -> list[object]:
    """Events and series as VEVENTs: a series with its RRULE, its extra evenings
    as RDATE, its cancelled evenings as EXDATE, the evenings that differ as
    RECURRENCE-ID instances. Each carries the event's own UID and ``stamp`` as DTSTAMP."""
    import icalendar

    from netzjournal.interchange.ical_zones import at

    out: list[object] = []
    for rec in list_events(j):
        tags = rec.tags
        ev = icalendar.Event()
        uid = f"{rec.uid}@netzjournal" if rec.uid else f"event-{rec.id}@netzjournal"
        ev.add("dtstamp", stamp)
        ev.add("uid", uid)
        ev.add("summary", rec.name)
        _event_times(ev, rec, rec.starts_on)
        for key, value in (("location", rec.place), ("description", rec.notes),
                           ("url", rec.url)):  # fmt: skip
            if value:
                ev.add(key, value)
        if tags:
            ev.add("categories", tags)
        if rec.cancelled:
            ev.add("status", "CANCELLED")
        out.append(ev)
        if not rec.rrule:
            continue
        ev.add("rrule", icalendar.vRecur.from_ical(rec.rrule))
        rows = occurrence_rows(j, rec.id or 0)
        days = [o.occurrence_on for o in rows if o.occurrence_on]
        extras = recurrence.extra_days(rec.rrule, rec.starts_on, rec.start_time, days)
        for occ in rows:
            assert occ.occurrence_on is not None
            # An evening the rule has not is an extra one (RDATE), at its own time
            # (one called off: its EXDATE alone keeps it so, as the rule's).
            extra = not occ.cancelled and occ.occurrence_on in extras
            rid: dt.date = occ.occurrence_on
            when = (occ.start_time if extra else None) or rec.start_time
            if when is not None:
                rid = at(occ.occurrence_on, when, rec.zone)
            if extra:
                ev.add("rdate", rid)
            differs = (occ.starts_on != occ.occurrence_on or occ.place
                       or (occ.start_time and not extra))  # fmt: skip
            if occ.cancelled and not differs:
                ev.add("exdate", rid)
            elif differs or occ.notes or occ.cancelled:
                one = icalendar.Event()
                one.add("dtstamp", stamp)
                one.add("uid", uid)
                one.add("recurrence-id", rid)
                one.add("summary", occ.name or rec.name)
                shape = EventRecord(rec.name, occ.occurrence_on, rec.ends_on and
                                          occ.occurrence_on + (rec.ends_on - rec.starts_on),
                                          start_time=occ.start_time or rec.start_time,
                                          end_time=rec.end_time, zone=rec.zone)  # fmt: skip
                _event_times(one, shape, occ.starts_on)
                if occ.place or rec.place:
                    one.add("location", occ.place or rec.place)
                if occ.notes:
                    one.add("description", occ.notes)
                if occ.cancelled:
                    one.add("status", "CANCELLED")
                out.append(one)
    return out


def ics(j: Journal, today: dt.date, now: dt.datetime | None = None) -> bytes:
    """Events and series, birthdays as yearly events, open follow-ups and the
    coach's next reconnects as to-dos (iCalendar, via the icalendar library).

    Every component carries DTSTAMP (RFC 5545 requires it): ``now``, the moment
    of the export in UTC (the current time unless given).
    """
    import icalendar

    from netzjournal.coach.engine import suggest
    from netzjournal.interchange.ical_zones import add_zones

    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//netzjournal//{__version__}//EN")
    cal.add("version", "2.0")
    for component in ics_events(j, stamp):
        cal.add_component(component)
    names = dict(contact_names(j))
    for cid in names:
        c = get_contact(j, cid)
        if c.birthday:
            event = icalendar.Event()
            event.add("dtstamp", stamp)
            b = c.birthday
            event.add("uid", f"birthday-{c.uid or cid}@netzjournal")
            event.add("summary", f"🎂 {c.name}")
            if (b.month, b.day) == (2, 29):
                # Yearly on 29 February would skip three years in four:
                # the last day of February instead (the 29th in leap years).
                event.add("dtstart", dt.date(b.year or 2000, 2, 29))
                event.add("rrule", {"freq": "yearly", "bymonth": 2, "bymonthday": -1})
            else:
                event.add("dtstart", dt.date(b.year or 2000, b.month, b.day))
                event.add("rrule", {"freq": "yearly"})
            event.add("transp", "TRANSPARENT")
            cal.add_component(event)
    for f in follow_ups(j):
        todo = icalendar.Todo()
        todo.add("dtstamp", stamp)
        todo.add("uid", f"{f.uid}@netzjournal" if f.uid else f"follow-up-{f.id}@netzjournal")
        who = names.get(f.contact_id or 0, "")
        todo.add("summary", f"{f.text} – {who}" if who else f.text)
        if f.due_on:
            todo.add("due", f.due_on)
        cal.add_component(todo)
    for s in suggest(j, today, limit=10).suggestions:
        todo = icalendar.Todo()
        todo.add("dtstamp", stamp)
        todo.add("uid", f"reconnect-{s.contact_id}-{today.isoformat()}@netzjournal")
        todo.add("summary", f"Reconnect: {s.name}")
        todo.add("description", s.reason)
        todo.add("due", today + dt.timedelta(days=7))
        cal.add_component(todo)
    add_zones(cal)  # (the VTIMEZONEs of events kept with their zone)
    return cal.to_ical()
