"""Events ↔ all-day entries (VEVENT) in the "netzjournal" calendar.

An event is a run of days: DTSTART and DTEND as dates (DTEND is the day after
the last, RFC 5545), LOCATION the place, DESCRIPTION the notes, CATEGORIES
the tags. What a calendar app added (alarms, attendees, a colour) is kept
when the journal writes the entry back. Birthdays are not written as
events: the phone's calendar shows them from the address book's BDAY.
A recurring entry (RRULE) from the server arrives as its first occurrence
and its rule stays on the server untouched. The journal's own series (see
``store/events.py``) are not synced yet: a series written as one all-day
entry would lose its evenings, so it stays off the server.
"""

from __future__ import annotations

import datetime as dt

import icalendar

from netzjournal import __version__
from netzjournal.store.events import create_event, delete_event, list_events, update_event
from netzjournal.store.journal import Journal
from netzjournal.store.records import EventRecord
from netzjournal.sync.dav import DavClient
from netzjournal.sync.engine import CalendarAdapter, Engine, Fields, Report


def _day(value: object) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value  # type: ignore[return-value]


class EventAdapter(CalendarAdapter):
    kind = "event"

    def local_items(self) -> dict[str, EventRecord]:
        return {e.uid: e for e in list_events(self.j) if e.uid}

    def fields(self, item: EventRecord) -> Fields:
        return {
            "name": item.name.strip(),
            "starts_on": item.starts_on.isoformat(),
            "ends_on": item.ends_on.isoformat() if item.ends_on else None,
            "place": item.place.strip(),
            "notes": item.notes.replace("\r\n", "\n").strip(),
            "tags": sorted({t.strip() for t in item.tags if t.strip()}),
        }

    def included(self, item: EventRecord) -> bool:
        return not item.rrule  # a series is not one all-day entry (module docstring)

    def parse(self, text: str, href: str) -> tuple[str, Fields] | None:
        try:
            calendar = icalendar.Calendar.from_ical(text)
        except ValueError:
            return None
        event = next(iter(calendar.walk("VEVENT")), None)
        if event is None or event.get("DTSTART") is None or event.get("RECURRENCE-ID"):
            return None
        uid = str(event.get("UID", "")) or href.rstrip("/").rsplit("/", 1)[-1].removesuffix(".ics")
        start_value = event["DTSTART"].dt
        start = _day(start_value)
        end = None
        if event.get("DTEND") is not None:
            end_value = event["DTEND"].dt
            # A date DTEND is exclusive (the day after); a time on the same day is that day.
            last = _day(end_value) - dt.timedelta(
                days=0 if isinstance(end_value, dt.datetime) else 1
            )
            end = last if last > start else None
        tags: list[str] = []
        categories = event.get("CATEGORIES")
        for group in (
            categories if isinstance(categories, list) else [categories] * bool(categories)
        ):
            tags += [str(c) for c in getattr(group, "cats", [group])]
        name = str(event.get("SUMMARY", "")).strip() or "—"
        return uid, {
            "name": name,
            "starts_on": start.isoformat(),
            "ends_on": end.isoformat() if end else None,
            "place": str(event.get("LOCATION", "")).strip(),
            "notes": str(event.get("DESCRIPTION", "")).replace("\r\n", "\n").strip(),
            "tags": sorted({t.strip() for t in tags if t.strip()}),
        }

    def text(self, uid: str, fields: Fields, server_text: str | None) -> str:
        calendar = None
        if server_text:
            try:
                calendar = icalendar.Calendar.from_ical(server_text)
            except ValueError:
                calendar = None
        event = next(iter(calendar.walk("VEVENT")), None) if calendar is not None else None
        before = self.parse(server_text, "")[1] if server_text and event is not None else None
        if calendar is None or event is None:
            calendar = icalendar.Calendar()
            calendar.add("VERSION", "2.0")
            calendar.add("PRODID", f"-//netzjournal//{__version__}//EN")
            event = icalendar.Event()
            event.add("UID", uid)
            calendar.add_component(event)
        for name in ("SUMMARY", "LOCATION", "DESCRIPTION", "CATEGORIES", "DTSTAMP"):
            event.pop(name, None)
        event.add("DTSTAMP", dt.datetime.now(dt.UTC))
        event.add("SUMMARY", fields["name"])
        if fields["place"]:
            event.add("LOCATION", fields["place"])
        if fields["notes"]:
            event.add("DESCRIPTION", fields["notes"])
        if fields["tags"]:
            event.add("CATEGORIES", list(fields["tags"]))  # type: ignore[call-overload]
        days_changed = before is None or (before["starts_on"], before["ends_on"]) != (
            fields["starts_on"], fields["ends_on"],
        )  # fmt: skip
        if days_changed:  # else the app's own DTSTART/DTEND (a time, a zone) stay
            event.pop("DTSTART", None)
            event.pop("DTEND", None)
            start = dt.date.fromisoformat(str(fields["starts_on"]))
            last = dt.date.fromisoformat(str(fields["ends_on"])) if fields["ends_on"] else start
            event.add("DTSTART", start)
            event.add("DTEND", last + dt.timedelta(days=1))
        return calendar.to_ical().decode("utf-8")

    def label(self, fields: Fields) -> str:
        return str(fields["name"])

    def _record(self, item: EventRecord, fields: Fields) -> EventRecord:
        item.name = str(fields["name"])
        item.starts_on = dt.date.fromisoformat(str(fields["starts_on"]))
        item.ends_on = dt.date.fromisoformat(str(fields["ends_on"])) if fields["ends_on"] else None
        item.place, item.notes = str(fields["place"]), str(fields["notes"])
        item.tags = list(fields["tags"])  # type: ignore[call-overload]
        return item

    def create(self, items: list[tuple[str, Fields]]) -> dict[str, EventRecord]:
        out = {}
        for uid, fields in items:
            rec = self._record(EventRecord(name="", starts_on=dt.date.today(), uid=uid), fields)
            out[uid] = create_event(self.j, rec).value
        return out

    def update(self, item: EventRecord, fields: Fields) -> EventRecord:
        return update_event(self.j, self._record(item, fields)).value

    def delete(self, items: list[EventRecord]) -> None:
        for item in items:
            if item.id is not None:
                delete_event(self.j, item.id)


def sync_events(
    journal: Journal, client: DavClient, collection: str, *, dry_run: bool = False
) -> Report:
    """The journal's events ↔ the all-day entries of the calendar at ``collection``."""
    return Engine(journal, client, collection, EventAdapter(journal), dry_run=dry_run).run()
