"""Events and series ↔ VEVENTs in the "netzjournal" calendar.

An event is a run of days, all day or at a wall-clock time (floating, as the
journal plans it: the Stammtisch stays at 19:00 across the change to summer
time; one kept with its zone, an invitation from London, with its TZID);
LOCATION the place, DESCRIPTION the notes, CATEGORIES the tags, STATUS:CANCELLED
one called off (on either side). A series (issue 17's model) is one calendar
object: the VEVENT with its RRULE, its cancelled evenings as EXDATE, and one
VEVENT with a RECURRENCE-ID for each evening that differs (moved, another time
or place, notes, cancelled with something to say) — both ways, so a series made
or changed in the phone's calendar arrives as a series. Extra evenings its rule has not are RDATEs
(``rdates``). The series, its rule and its evenings are three-way merged as
fields like any other (``rrule``, ``exceptions`` and ``rdates``; the same field
changed on both sides keeps the journal's and reports a conflict).

What a calendar app added (alarms, attendees, a colour, its own DTSTART with
a TZID while the days and times stay) is kept when the journal writes the
entry back. A rule the journal cannot expand arrives as its first day, and
the server's rule stays untouched. Birthdays are not written as events: the
phone's calendar shows them from the address book's BDAY.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from netzjournal.interchange import ical_in
from netzjournal.interchange.ical_zones import add_zones
from netzjournal.interchange.ical_zones import at as zoned
from netzjournal.progress import Progress
from netzjournal.store import recurrence
from netzjournal.store.events import (
    create_event,
    delete_event,
    ensure_occurrence,
    list_events,
    occurrence_row,
    occurrence_rows,
    reset_occurrence,
    update_event,
    update_occurrence,
)
from netzjournal.store.invitees import evenings_invitees, invitees_of, set_invitees
from netzjournal.store.journal import Journal
from netzjournal.store.records import EventRecord, Invitee
from netzjournal.sync.dav import DavClient
from netzjournal.sync.engine import CalendarAdapter, Engine, Fields, Listings, Report

Exception_ = dict[str, object]  # one evening that differs: {"on": day, …what differs}

if TYPE_CHECKING:
    import icalendar


def _hhmm(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _time(value: object) -> dt.time | None:
    return dt.time.fromisoformat(str(value)) if value else None


def _day(value: object) -> dt.date:
    return dt.date.fromisoformat(str(value))


def _rule(rule: str) -> str:
    """A rule compared as the same whatever the order of its parts (calendar
    libraries reorder them): FREQ first, the rest by name."""
    parts = [p for p in rule.split(";") if p]
    return ";".join(sorted(parts, key=lambda p: (not p.startswith("FREQ="), p)))


def _base_fields(rec: EventRecord) -> Fields:
    fields: Fields = {
        "name": rec.name.strip(),
        "starts_on": rec.starts_on.isoformat(),
        "ends_on": rec.ends_on.isoformat() if rec.ends_on else None,
        "place": rec.place.strip(),
        "notes": rec.notes.replace("\r\n", "\n").strip(),
        "tags": sorted({t.strip() for t in rec.tags if t.strip()}),
    }
    # Only when set: the bases of all-day single events synced before stay as they were.
    if rec.start_time is not None:
        fields["start_time"] = _hhmm(rec.start_time)
        if rec.end_time is not None:
            fields["end_time"] = _hhmm(rec.end_time)
        if rec.zone:  # (only when kept: the bases of events synced before stay as they were)
            fields["zone"] = rec.zone
    if rec.cancelled:  # STATUS:CANCELLED (only when set, as above)
        fields["cancelled"] = True
    return fields


def _exception(
    on: dt.date,
    starts_on: dt.date,
    start_time: dt.time | None,
    place: str,
    notes: str,
    cancelled: bool,
    guests: list[list[object]] | None = None,
) -> Exception_ | None:
    """One evening of a series as synced where it differs from the series (None
    where it does not): its day, time, place, notes, called off, and whom its own
    invitation names (``guests``, as ``_guest_fields``: an evening invited on its own
    — its RECURRENCE-ID's ATTENDEEs —, only where they are not the series')."""
    entry: Exception_ = {"on": on.isoformat()}
    if starts_on != on:
        entry["starts_on"] = starts_on.isoformat()
    if start_time is not None:
        entry["start_time"] = _hhmm(start_time)
    if place.strip():
        entry["place"] = place.strip()
    if notes.strip():
        entry["notes"] = notes.replace("\r\n", "\n").strip()
    if cancelled:
        entry["cancelled"] = True
    if guests:
        entry["guests"] = guests
    return entry if len(entry) > 1 else None


def _read_before(server: Fields, ours: Fields) -> bool:
    """Whether ``ours`` — the journal's times, on this computer's clock, no zone — are
    the server's series in UTC (``server``: zone "UTC") as an earlier version read
    it: the same instants on the first evening. Google puts a series on a server so
    (``DTSTART:…170000Z`` and a rule); read then as 18:00 here (Berlin, winter), it is
    17:00 UTC now. Until the server's copy changes (the merge then takes its reading),
    an edit here keeps the server's times: written back as a floating 18:00, every
    other device would show 18:00 wherever it is, and an hour off in summer."""
    if ours.get("zone") or server.get("zone") != "UTC" or not ours.get("start_time"):
        return False

    def instants(fields: Fields, zone: dt.tzinfo | None) -> tuple[dt.datetime | None, ...]:
        day, end_day = _day(fields["starts_on"]), fields.get("ends_on")
        at, until = _time(fields.get("start_time")), _time(fields.get("end_time"))
        assert at is not None
        start = dt.datetime.combine(day, at).replace(tzinfo=zone).astimezone(dt.UTC)
        last = _day(end_day) if end_day else day
        end = None if until is None else dt.datetime.combine(last, until)
        return start, None if end is None else end.replace(tzinfo=zone).astimezone(dt.UTC)

    return instants(ours, None) == instants(server, dt.UTC)


def _guest_fields(people: list[Invitee]) -> list[list[object]]:
    """Who an invitation names, as synced: [address, name, answer, organiser]. Which
    contact a guest is (``Invitee.contact``) is an id of this journal: per device."""
    return [[p.address, p.name, p.answer, p.organiser] for p in people]


def _invitees(fields: Fields) -> list[Invitee]:
    return [
        Invitee(str(a), str(n), str(answer), bool(o))
        for a, n, answer, o in fields.get("guests") or []  # type: ignore[attr-defined]
    ]


def _add_guests(event: icalendar.cal.Component, guests: list[list[object]]) -> None:
    """The entry's ORGANIZER and ATTENDEEs anew from the journal's guests."""
    import icalendar

    event.pop("ORGANIZER", None)
    event.pop("ATTENDEE", None)
    for address, name, answer, organiser in guests:
        person = icalendar.vCalAddress(f"mailto:{address}")
        if name:
            person.params["CN"] = icalendar.vText(str(name))
        if organiser:
            event.add("ORGANIZER", person)
        else:
            if answer:
                person.params["PARTSTAT"] = icalendar.vText(str(answer))
            event.add("ATTENDEE", person)


class EventAdapter(CalendarAdapter):
    kind = "event"
    newer_fields = ("guests",)  # (not sent alone to a base from before; Engine._only_newer_fields)

    def local_items(self) -> dict[str, EventRecord]:
        return {e.uid: e for e in list_events(self.j) if e.uid}

    def fields(self, item: EventRecord) -> Fields:
        fields = _base_fields(item)
        if guests := invitees_of(self.j, item.id or 0):
            fields["guests"] = _guest_fields(guests)
        if item.rrule:
            fields["rrule"] = _rule(item.rrule)
            exceptions, extra = [], []
            rows = occurrence_rows(self.j, item.id or 0)
            days = [o.occurrence_on for o in rows if o.occurrence_on]
            extras = recurrence.extra_days(item.rrule, item.starts_on, item.start_time, days)
            own = evenings_invitees(self.j, item.id or 0)
            series_guests = fields.get("guests") or []
            for occ in rows:
                assert occ.occurrence_on is not None
                if not occ.cancelled and occ.occurrence_on in extras:
                    extra.append(occ.occurrence_on.isoformat())  # (RDATE; called off: EXDATE)
                evening = _guest_fields(own.get(occ.occurrence_on, []))
                entry = _exception(
                    occ.occurrence_on, occ.starts_on, occ.start_time, occ.place, occ.notes,
                    occ.cancelled, evening if evening != series_guests else None,
                )  # fmt: skip
                if entry is not None:
                    exceptions.append(entry)
            if exceptions:
                fields["exceptions"] = exceptions
            if extra:  # (only when there are: the bases of series synced before stay)
                fields["rdates"] = extra
        return fields

    def parse(self, text: str, href: str) -> tuple[str, Fields] | None:
        try:
            parsed = ical_in.parse(text.encode("utf-8"))
        except ical_in.CalendarError:
            return None
        master = next((e for e in parsed if e.recurrence_id is None), None)
        if master is None:
            return None
        rec = master.record
        uid = master.uid if not master.uid.startswith("no-uid-") else ""
        uid = self.uid_or_name(uid, href)
        if rec.name == "?":
            rec.name = "—"
        fields = _base_fields(rec)
        if master.people:
            fields["guests"] = _guest_fields(master.people)
        rule = rec.rrule
        if rule:
            try:
                rule = recurrence.validate(rule, rec.starts_on, rec.start_time)
            except recurrence.RuleError:
                rule = ""  # not one the journal can expand: its first day only
        if not rule:
            return uid, fields
        fields["rrule"] = _rule(rule)
        by_day: dict[str, Exception_] = {}
        extras = recurrence.extra_days(rule, rec.starts_on, rec.start_time,
                                       [d for d, _ in master.rdates])  # fmt: skip
        extra = [(d, at) for d, at in master.rdates if d in extras]
        if extra:
            fields["rdates"] = [d.isoformat() for d, _ in extra]
        for day, at in extra:  # (an extra evening at a time of its own)
            if at is not None and at != rec.start_time:
                by_day[day.isoformat()] = {"on": day.isoformat(), "start_time": _hhmm(at)}
        for day in master.exdates:
            by_day[day.isoformat()] = {"on": day.isoformat(), "cancelled": True}
        for one in parsed:
            if one.recurrence_id is None or one.uid != master.uid:
                continue
            r = one.record
            # The series' own time, place and guests on an evening are no difference.
            guests = _guest_fields(one.people)
            entry = _exception(
                one.recurrence_id, r.starts_on,
                r.start_time if r.start_time != rec.start_time else None,
                r.place if r.place != rec.place else "", r.notes, r.cancelled,
                guests if guests != fields.get("guests", []) else None,
            )  # fmt: skip
            if entry is not None:
                by_day[entry["on"]] = entry  # type: ignore[index]
            else:
                by_day.pop(one.recurrence_id.isoformat(), None)
        if by_day:
            fields["exceptions"] = [by_day[k] for k in sorted(by_day)]
        return uid, fields

    def text(self, uid: str, fields: Fields, server_text: str | None) -> str:
        import icalendar  # (here: a sync with nothing changed parses nothing)

        calendar = self.read_calendar(server_text)
        event = None
        if calendar is not None:
            event = next((e for e in calendar.walk("VEVENT") if not e.get("RECURRENCE-ID")), None)
        parsed = self.parse(server_text, "") if server_text and event is not None else None
        before = parsed[1] if parsed else None
        if event is None:
            event = icalendar.Event()
            calendar = self.new_calendar(uid, event)
        for name in ("SUMMARY", "LOCATION", "DESCRIPTION", "CATEGORIES", "DTSTAMP"):
            event.pop(name, None)
        stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
        event.add("DTSTAMP", stamp)
        event.add("SUMMARY", fields["name"])
        if fields["place"]:
            event.add("LOCATION", fields["place"])
        if fields["notes"]:
            event.add("DESCRIPTION", fields["notes"])
        if fields["tags"]:
            event.add("CATEGORIES", list(fields["tags"]))  # type: ignore[call-overload]
        when = ("starts_on", "ends_on", "start_time", "end_time", "zone")
        times_changed = before is None or (
            any(before.get(k) != fields.get(k) for k in when) and not _read_before(before, fields)
        )
        if times_changed:  # else the app's own DTSTART/DTEND (a zone) stay
            for name in ("DTSTART", "DTEND", "DURATION"):
                event.pop(name, None)
            self._add_times(event, fields, _day(fields["starts_on"]))
        if (before or {}).get("guests") != fields.get("guests"):
            _add_guests(event, fields.get("guests") or [])  # type: ignore[arg-type]
        if before is None or before.get("cancelled") != fields.get("cancelled"):
            # (else the app's own STATUS, TENTATIVE or CONFIRMED, stays)
            event.pop("STATUS", None)
            if fields.get("cancelled"):
                event.add("STATUS", "CANCELLED")
        rule = fields.get("rrule")
        series_changed = (
            before is None
            or times_changed
            or any(before.get(k) != fields.get(k) for k in ("rrule", "exceptions", "rdates"))
        )
        if series_changed:
            event.pop("RRULE", None)
            event.pop("EXDATE", None)
            event.pop("RDATE", None)
            # The evenings are written anew from the fields (the series' own VEVENT
            # keeps what the app added).
            calendar.subcomponents = [
                c for c in calendar.subcomponents
                if not (c.name == "VEVENT" and c.get("RECURRENCE-ID") is not None)
            ]  # fmt: skip
            if rule:
                event.add("RRULE", icalendar.vRecur.from_ical(str(rule)))
                self._add_exceptions(calendar, event, uid, fields, stamp)
        if times_changed or series_changed:
            add_zones(calendar)  # (an event kept with its zone: its VTIMEZONE)
        return calendar.to_ical().decode("utf-8")

    @staticmethod
    def _add_times(event: icalendar.cal.Component, fields: Fields, day: dt.date) -> None:
        """DTSTART/DTEND of the event (or one evening) starting on ``day``: dates for
        an all-day one (DTEND the day after the last, RFC 5545), else times in the
        event's zone (with its TZID), floating where it has none."""
        first = _day(fields["starts_on"])
        length = (_day(fields["ends_on"]) - first) if fields.get("ends_on") else dt.timedelta(0)
        at, until = _time(fields.get("start_time")), _time(fields.get("end_time"))
        zone = str(fields.get("zone") or "")
        if at is None:
            event.add("DTSTART", day)
            event.add("DTEND", day + length + dt.timedelta(days=1))
            return
        event.add("DTSTART", zoned(day, at, zone))
        if until is not None:
            event.add("DTEND", zoned(day + length, until, zone))
        elif length:  # days without an end time: through the last (as the export writes it)
            event.add("DTEND", zoned(day + length + dt.timedelta(days=1), dt.time(0), zone))

    def _add_exceptions(
        self,
        calendar: icalendar.Calendar,
        event: icalendar.cal.Component,
        uid: str,
        fields: Fields,
        stamp: dt.datetime,
    ) -> None:
        import icalendar  # (here: a sync with nothing changed parses nothing)

        at = _time(fields.get("start_time"))
        zone = str(fields.get("zone") or "")
        extra = set(fields.get("rdates") or [])  # type: ignore[call-overload]
        entries: list[Exception_] = list(fields.get("exceptions") or [])  # type: ignore[call-overload]
        own = {str(e["on"]): _time(e.get("start_time")) for e in entries}

        def when(on: str) -> dt.date:
            """An evening's RECURRENCE-ID (an extra one's: its RDATE, at its own time)."""
            start = (own.get(on) if on in extra else None) or at
            return zoned(_day(on), start, zone) if start is not None else _day(on)

        for on in sorted(extra):
            event.add("RDATE", when(on))
        for entry in entries:
            rid = when(str(entry["on"]))
            if entry["on"] in extra and set(entry) <= {"on", "start_time"}:
                continue  # (its RDATE says it all)
            if set(entry) == {"on", "cancelled"}:
                event.add("EXDATE", rid)
                continue
            one = icalendar.Event()
            one.add("UID", uid)
            one.add("DTSTAMP", stamp)
            one.add("RECURRENCE-ID", rid)
            one.add("SUMMARY", fields["name"])
            shape = dict(fields)
            if entry.get("start_time"):
                shape["start_time"] = entry["start_time"]
            self._add_times(one, shape, _day(entry.get("starts_on") or entry["on"]))
            place = entry.get("place") or fields["place"]
            if place:
                one.add("LOCATION", place)
            if entry.get("notes"):
                one.add("DESCRIPTION", entry["notes"])
            if entry.get("cancelled"):
                one.add("STATUS", "CANCELLED")
            if entry.get("guests"):
                _add_guests(one, entry["guests"])  # type: ignore[arg-type]
            calendar.add_component(one)

    def label(self, fields: Fields) -> str:
        return str(fields["name"])

    def _record(self, item: EventRecord, fields: Fields) -> EventRecord:
        item.name = str(fields["name"])
        item.starts_on = _day(fields["starts_on"])
        item.ends_on = _day(fields["ends_on"]) if fields["ends_on"] else None
        item.place, item.notes = str(fields["place"]), str(fields["notes"])
        item.tags = list(fields["tags"])  # type: ignore[call-overload]
        item.start_time = _time(fields.get("start_time"))
        item.end_time = _time(fields.get("end_time")) if item.start_time else None
        item.rrule = str(fields.get("rrule") or "")
        item.zone = str(fields.get("zone") or "") if item.start_time else ""
        item.cancelled = bool(fields.get("cancelled"))
        return item

    def _evenings(self, series: EventRecord, fields: Fields, before: Fields | None) -> None:
        """Make the series' recorded evenings say what ``fields`` says. An evening no
        longer different is reset, never deleted: who came stays recorded on it."""
        assert series.id is not None
        wanted = {str(e["on"]): e for e in fields.get("exceptions") or []}  # type: ignore[attr-defined]
        had = {str(e["on"]) for e in (before or {}).get("exceptions") or []}  # type: ignore[attr-defined]
        for on in had - wanted.keys():
            reset_occurrence(self.j, series.id, _day(on))
        extra = set(fields.get("rdates") or [])  # type: ignore[call-overload]
        for on in set((before or {}).get("rdates") or []) - extra:  # type: ignore[call-overload]
            # (an extra evening taken back: its row stays, for who came, called off)
            update_occurrence(self.j, series.id, _day(on), cancelled=True)
        for on in extra - wanted.keys():
            update_occurrence(self.j, series.id, _day(on))  # (its row: the evening)
        own = evenings_invitees(self.j, series.id)
        for on in sorted({d.isoformat() for d in own} | wanted.keys()):
            # An evening's own invitation: who it names, kept with that evening (as
            # the import of its RECURRENCE-ID keeps it); none: the series' again.
            guests = _invitees(wanted.get(on) or {})
            if _guest_fields(guests) != _guest_fields(own.get(_day(on), [])):
                row = occurrence_row(self.j, series.id, _day(on))
                if row is None and guests:
                    row = ensure_occurrence(self.j, series.id, _day(on)).value
                if row is not None:
                    set_invitees(self.j, row, guests)
        for on, entry in wanted.items():
            day = _day(on)
            reset_occurrence(self.j, series.id, day)
            update_occurrence(
                self.j, series.id, day,
                starts_on=_day(entry["starts_on"]) if entry.get("starts_on") else None,
                place=str(entry.get("place") or "") or None,
                start_time=_time(entry.get("start_time")),
                cancelled=bool(entry.get("cancelled")),
                notes=str(entry.get("notes") or "") or None,
            )  # fmt: skip

    def create(self, items: list[tuple[str, Fields]]) -> dict[str, EventRecord]:
        out = {}
        for uid, fields in items:
            rec = self._record(EventRecord(name="", starts_on=dt.date.today(), uid=uid), fields)
            made = create_event(self.j, rec).value
            if fields.get("guests"):
                set_invitees(self.j, made.id or 0, _invitees(fields))
            if made.rrule:
                self._evenings(made, fields, None)
            out[uid] = made
        return out

    def update(self, item: EventRecord, fields: Fields) -> EventRecord:
        before = self.fields(item)
        updated = update_event(self.j, self._record(item, fields)).value
        if before.get("guests") != fields.get("guests"):
            set_invitees(self.j, updated.id or 0, _invitees(fields))
        if updated.rrule or before.get("exceptions"):
            self._evenings(updated, fields, before)
        return updated

    def delete(self, items: list[EventRecord]) -> None:
        for item in items:
            if item.id is not None:
                delete_event(self.j, item.id)

    def kept_when_deleted_there(self, items: list[EventRecord]) -> list[EventRecord]:
        """Events deleted on the server that the journal keeps: those whose attendance,
        notes or "met at" would go with them (a tidied phone calendar must not
        take who came). They go back up, as an edit here would."""
        from netzjournal.store.events import with_history

        ids = with_history(self.j, [e.id for e in items if e.id is not None])
        return [e for e in items if e.id in ids]

    def keep(self, items: list[EventRecord]) -> dict[str, EventRecord]:
        return {e.uid: e for e in items}


def sync_events(
    journal: Journal,
    client: DavClient,
    collection: str,
    *,
    dry_run: bool = False,
    listings: Listings | None = None,
    progress: Progress | None = None,
) -> Report:
    """The journal's events and series ↔ the VEVENTs of the calendar at ``collection``."""
    return Engine(
        journal,
        client,
        collection,
        EventAdapter(journal),
        dry_run=dry_run,
        listings=listings,
        progress=progress,
    ).run()
