"""Taking everything out again: vCard 4.0, CSV, JSON, iCalendar, Markdown."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable

from netzjournal import __version__, store

JSON_FORMAT = "netzjournal-export"
JSON_VERSION = 1


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2)."""
    out, current = [], b""
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > 75:
            out.append(current.decode("utf-8"))
            current = b" "
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n".join(out)


def vcard(contacts: Iterable[store.ContactRecord]) -> str:
    """vCard 4.0 for these contacts (CRLF, folded, escaped)."""
    cards = []
    for c in contacts:
        lines = ["BEGIN:VCARD", "VERSION:4.0"]
        lines.append(f"FN:{_escape(c.name or c.organisation)}")
        lines.append(
            f"N:{_escape(c.family_name)};{_escape(c.given_name)};;{_escape(c.title_prefix)};"
        )
        if c.organisation:
            lines.append(
                f"ORG:{_escape(c.organisation)}"
                + (f";{_escape(c.department)}" if c.department else "")
            )
        if c.role:
            lines.append(f"TITLE:{_escape(c.role)}")
        for ch in c.channels:
            name = {"email": "EMAIL", "phone": "TEL", "url": "URL"}[ch.kind]
            types = [t for t in ch.label.replace(",", " ").split() if t.isalnum()]
            param = f";TYPE={','.join(types)}" if types else ""
            lines.append(f"{name}{param}:{_escape(ch.value) if ch.kind != 'url' else ch.value}")
        if c.birthday:
            b = c.birthday
            lines.append(
                f"BDAY:{b.year:04d}{b.month:02d}{b.day:02d}"
                if b.year
                else f"BDAY:--{b.month:02d}{b.day:02d}"
            )
        if c.city:
            lines.append(f"ADR:;;;{_escape(c.city)};;;")
        if c.tags:
            lines.append("CATEGORIES:" + ",".join(_escape(t) for t in c.tags))
        if c.notes:
            lines.append(f"NOTE:{_escape(c.notes)}")
        if c.id:
            lines.append(f"UID:urn:netzjournal:contact:{c.id}")
        lines.append("END:VCARD")
        cards.append("\r\n".join(_fold(line) for line in lines))
    return "\r\n".join(cards) + "\r\n"


CSV_COLUMNS = (
    "First Name",
    "Last Name",
    "Display Name",
    "Title",
    "Organization",
    "Department",
    "Job Title",
    "City",
    "E-mail",
    "Phone",
    "Web",
    "Birthday",
    "Tags",
    "Notes",
)


def csv_text(contacts: Iterable[store.ContactRecord], delimiter: str = ",") -> str:
    """CSV for spreadsheets; written with a BOM by the caller so Excel reads UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in contacts:

        def join(kind: str, rec: store.ContactRecord = c) -> str:
            return " ::: ".join(ch.value for ch in rec.channels if ch.kind == kind)

        writer.writerow(
            [
                c.given_name,
                c.family_name,
                c.display_name,
                c.title_prefix,
                c.organisation,
                c.department,
                c.role,
                c.city,
                join("email"),
                join("phone"),
                join("url"),
                c.birthday.iso() if c.birthday else "",
                ", ".join(c.tags),
                c.notes,
            ]
        )
    return buffer.getvalue()


def _jsonable(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value


# Tables in an order that satisfies foreign keys on the way back in.
JSON_TABLES = (
    "contact",
    "contact_channel",
    "tag",
    "contact_tag",
    "event",
    "event_tag",
    "attendance",
    "interaction",
    "participant",
    "give_take",
    "follow_up",
    "setting",
    "opener_template",
    "coach_state",
)


def json_export(j: store.Journal) -> str:
    """The whole journal, table by table, in a versioned schema."""
    conn = j.connection()
    data: dict[str, object] = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "schema": j.schema_version,
        "app_version": __version__,
    }
    tables = {}
    for table in JSON_TABLES:
        cur = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
        names = [d[0] for d in cur.description]
        tables[table] = [dict(zip(names, map(_jsonable, row), strict=True)) for row in cur]
    data["tables"] = tables
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def json_import(j: store.Journal, text: str) -> int:
    """Load a JSON export into an empty journal; returns the rows written."""
    data = json.loads(text)
    if data.get("format") != JSON_FORMAT or not isinstance(data.get("tables"), dict):
        raise store.ValidationError("This is not a netzjournal JSON export.")
    if int(data.get("version", 0)) > JSON_VERSION:
        raise store.ValidationError("The export was made by a newer netzjournal.")
    if store.contact_count(j) or store.interaction_count(j):
        raise store.ValidationError("JSON can only be imported into an empty journal.")
    conn = j.connection()
    rows = 0
    with j.write() as changes:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for table in JSON_TABLES:
            for row in data["tables"].get(table, []):
                cols = list(row)
                sql = (
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                )
                conn.execute(sql, [row[c] for c in cols])
                rows += 1
        store.fulltext.rebuild(j.db)
        store.events.rebuild_event_index(j)
        changes.everything = True
    return rows


def markdown_person(j: store.Journal, contact_id: int) -> str:
    """Everything the journal holds about one person, readable."""
    c = store.get_contact(j, contact_id)
    out = [f"# {c.name or c.organisation}", ""]
    facts = [
        ("Organisation", c.organisation),
        ("Department", c.department),
        ("Role", c.role),
        ("City", c.city),
        ("Birthday", c.birthday.iso() if c.birthday else ""),
        ("How we met", " ".join(p for p in (c.source, c.source_detail) if p)),
        ("Met on", c.met_on.isoformat() if c.met_on else ""),
        ("Address form", c.address_form),
        ("Language", c.language),
        ("Closeness", str(c.closeness)),
        ("Tags", ", ".join(c.tags)),
        ("Topics", c.topics),
    ]
    out += [f"- **{k}:** {v}" for k, v in facts if v]
    out += [f"- **{ch.kind}** ({ch.label or '-'}): {ch.value}" for ch in c.channels]
    if c.notes:
        out += ["", "## Notes", "", c.notes]
    history = store.contact_history(j, contact_id, limit=100_000)
    out += ["", f"## Meetings ({len(history)})", ""]
    for h in history:
        note = store.get_interaction(j, h.id)
        out.append(f"### {note.occurred_at:%Y-%m-%d %H:%M} · {note.kind} · {note.title or ''}")
        for text in (
            note.body,
            note.hooks and f"Hooks: {note.hooks}",
            note.outcome and f"Outcome: {note.outcome}",
        ):
            if text:
                out += ["", text]
        out.append("")
    items = store.follow_ups(j, contact_id, open_only=False)
    if items:
        out += ["## Follow-ups", ""]
        out += [
            f"- [{'x' if f.done else ' '}] {f.text}" + (f" (due {f.due_on})" if f.due_on else "")
            for f in items
        ]
    return "\n".join(out).rstrip() + "\n"


def _event_times(ev: object, rec: store.EventRecord, day: dt.date) -> None:
    """DTSTART/DTEND of one event or occurrence starting on ``day``.

    Times are floating (local wall-clock, no zone): the journal plans them so,
    and a series then stays at 19:00 across the change to summer time.
    """
    length = (rec.ends_on - rec.starts_on) if rec.ends_on else dt.timedelta(0)
    if rec.start_time is not None:
        ev.add("dtstart", dt.datetime.combine(day, rec.start_time))  # type: ignore[attr-defined]
        if rec.end_time is not None:
            end = dt.datetime.combine(day + length, rec.end_time)
            ev.add("dtend", end)  # type: ignore[attr-defined]
    else:
        ev.add("dtstart", day)  # type: ignore[attr-defined]
        ev.add("dtend", day + length + dt.timedelta(days=1))  # type: ignore[attr-defined]


def ics_events(j: store.Journal) -> list[object]:
    """Events and series as VEVENTs: a series with its RRULE, its cancelled
    evenings as EXDATE, the evenings that differ as RECURRENCE-ID instances."""
    import icalendar

    out: list[object] = []
    for rec in store.list_events(j):
        tags = store.get_event(j, rec.id or 0).tags
        ev = icalendar.Event()
        uid = f"event-{rec.id}@netzjournal"
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
        for occ in store.occurrence_rows(j, rec.id or 0):
            assert occ.occurrence_on is not None
            rid: dt.date = occ.occurrence_on
            if rec.start_time is not None:
                rid = dt.datetime.combine(occ.occurrence_on, rec.start_time)
            differs = occ.starts_on != occ.occurrence_on or occ.place or occ.start_time
            if occ.cancelled and not differs:
                ev.add("exdate", rid)
            elif differs or occ.notes or occ.cancelled:
                one = icalendar.Event()
                one.add("uid", uid)
                one.add("recurrence-id", rid)
                one.add("summary", occ.name or rec.name)
                shape = store.EventRecord(rec.name, occ.occurrence_on, rec.ends_on and
                                          occ.occurrence_on + (rec.ends_on - rec.starts_on),
                                          start_time=occ.start_time or rec.start_time,
                                          end_time=rec.end_time)  # fmt: skip
                _event_times(one, shape, occ.starts_on)
                if occ.place or rec.place:
                    one.add("location", occ.place or rec.place)
                if occ.notes:
                    one.add("description", occ.notes)
                if occ.cancelled:
                    one.add("status", "CANCELLED")
                out.append(one)
    return out


def ics(j: store.Journal, today: dt.date) -> bytes:
    """Events and series, birthdays as yearly events, open follow-ups and the
    coach's next reconnects as to-dos (iCalendar, via the icalendar library)."""
    import icalendar

    from netzjournal.coach.engine import suggest

    cal = icalendar.Calendar()
    cal.add("prodid", f"-//netzjournal//{__version__}//EN")
    cal.add("version", "2.0")
    for component in ics_events(j):
        cal.add_component(component)
    names = dict(store.contact_names(j))
    for cid in names:
        c = store.get_contact(j, cid)
        if c.birthday:
            event = icalendar.Event()
            b = c.birthday
            event.add("uid", f"birthday-{cid}@netzjournal")
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
    for f in store.follow_ups(j):
        todo = icalendar.Todo()
        todo.add("uid", f"follow-up-{f.id}@netzjournal")
        who = names.get(f.contact_id or 0, "")
        todo.add("summary", f"{f.text} – {who}" if who else f.text)
        if f.due_on:
            todo.add("due", f.due_on)
        cal.add_component(todo)
    for s in suggest(j, today, limit=10).suggestions:
        todo = icalendar.Todo()
        todo.add("uid", f"reconnect-{s.contact_id}-{today.isoformat()}@netzjournal")
        todo.add("summary", f"Reconnect: {s.name}")
        todo.add("description", s.reason)
        todo.add("due", today + dt.timedelta(days=7))
        cal.add_component(todo)
    return cal.to_ical()
