"""Journal entries (VJOURNAL) written on the phone → meeting notes, or the Inbox.

A note typed on the phone in a VJOURNAL app (jtx Board via DAVx⁵) into the
"netzjournal" calendar arrives as a meeting note. Its people are resolved by
the contacts' UIDs (``X-NETZJOURNAL-CONTACT``, one per person) or, when it
names none that way, by the e-mail addresses of its ``ATTENDEE`` lines — an
address only counts if exactly one contact has it. Never by name: an entry
with anyone the journal cannot tell for sure (or nobody at all) goes to the
**Inbox**, and the user says who it is about (``sync_state.assign_inbox``).

Entries that came from the server stay synced both ways (an edit on either
side travels, field by field); notes written in the journal stay local — a
journal's years of notes are not pushed to a phone unasked.
"""

from __future__ import annotations

import datetime as dt

from netzjournal.progress import Progress
from netzjournal.store import sync_state as state
from netzjournal.store.interactions import (
    create_interaction,
    delete_interactions,
    update_interaction,
)
from netzjournal.store.journal import Journal
from netzjournal.store.records import InteractionRecord
from netzjournal.sync.dav import DavClient
from netzjournal.sync.engine import CalendarAdapter, Engine, Fields, Listings, Report

CONTACT = "X-NETZJOURNAL-CONTACT"


def _iso(value: dt.datetime) -> str:
    return value.replace(second=0, microsecond=0).isoformat(timespec="minutes")


class NoteAdapter(CalendarAdapter):
    kind = "note"

    def local_items(self) -> dict[str, object]:
        contacts = state.contact_directory(self.j)
        # Named by their card's UID (another device knows them by it); read by either.
        self.uid_of = {c.id: c.card_uid for c in contacts}
        self.id_of = {c.uid: c.id for c in contacts} | {c.card_uid: c.id for c in contacts}
        by_email: dict[str, set[str]] = {}
        for c in contacts:
            for address in c.emails:
                by_email.setdefault(address.strip().casefold(), set()).add(c.card_uid)
        self.by_email = by_email
        synced = list(state.sync_items(self.j, self.kind))
        items: dict[str, object] = dict(state.notes_by_uid(self.j, synced))
        items.update({e.uid: e for e in state.inbox_entries(self.j)})
        return items

    def fields(self, item: object) -> Fields:
        if isinstance(item, state.InboxEntry):
            return {
                "title": item.summary,
                "body": item.body,
                "occurred_at": item.occurred_at,
                "people": sorted(item.people.get("resolved", [])),
                "unresolved": sorted(item.people.get("unresolved", [])),
            }
        assert isinstance(item, InteractionRecord)
        return {
            "title": item.title.strip(),
            "body": item.body.strip(),
            "occurred_at": _iso(item.occurred_at),
            "people": sorted(self.uid_of[p] for p in item.participants if p in self.uid_of),
            "unresolved": [],
        }

    def parse(self, text: str, href: str) -> tuple[str, Fields] | None:
        calendar = self.read_calendar(text)
        entry = next(iter(calendar.walk("VJOURNAL")), None) if calendar is not None else None
        if entry is None:
            return None
        uid = self.uid_or_name(str(entry.get("UID", "")), href)
        start = entry.get("DTSTART")
        when = None
        if start is not None:
            value = start.dt
            if isinstance(value, dt.datetime):
                if value.tzinfo is not None:
                    value = value.astimezone().replace(tzinfo=None)
            else:  # a day without a time: noon, so no time zone moves it to another day
                value = dt.datetime.combine(value, dt.time(12))
            when = _iso(value)
        people, unresolved = [], []
        named = entry.get(CONTACT)
        if named is not None:
            for uid_text in named if isinstance(named, list) else [named]:
                if str(uid_text) in self.id_of:
                    people.append(self.uid_of[self.id_of[str(uid_text)]])
                else:
                    unresolved.append(str(uid_text))
        else:
            attendees = entry.get("ATTENDEE")
            for attendee in (
                attendees if isinstance(attendees, list) else [attendees] * bool(attendees)
            ):
                address = str(attendee).removeprefix("mailto:").removeprefix("MAILTO:").strip()
                matches = self.by_email.get(address.casefold(), set())
                if len(matches) == 1:
                    people.append(next(iter(matches)))
                else:  # nobody, or several people share the address: never guessed
                    label = attendee.params.get("CN", "") if hasattr(attendee, "params") else ""
                    unresolved.append(f"{label} <{address}>" if label else address)
        description = entry.get("DESCRIPTION")
        return uid, {
            "title": str(entry.get("SUMMARY", "")).strip(),
            "body": str(description).strip() if description is not None else "",
            "occurred_at": when,
            "people": sorted(set(people)),
            "unresolved": sorted(set(unresolved)),
        }

    def text(self, uid: str, fields: Fields, server_text: str | None) -> str:
        import icalendar  # (here: a sync with nothing changed parses nothing)

        calendar = self.read_calendar(server_text)
        entry = next(iter(calendar.walk("VJOURNAL")), None) if calendar is not None else None
        server_fields = self.parse(server_text, "") if server_text else None
        if entry is None:
            entry = icalendar.Journal()
            calendar = self.new_calendar(uid, entry)
        for name in ("SUMMARY", "DESCRIPTION", "DTSTAMP", CONTACT):
            entry.pop(name, None)
        entry.add("DTSTAMP", dt.datetime.now(dt.UTC))
        entry.add("SUMMARY", fields["title"])
        entry.add("DESCRIPTION", fields["body"])
        unchanged_start = server_fields is not None and (
            server_fields[1]["occurred_at"] == fields["occurred_at"]
        )
        if not unchanged_start:
            entry.pop("DTSTART", None)
            if fields["occurred_at"]:
                entry.add("DTSTART", dt.datetime.fromisoformat(str(fields["occurred_at"])))
        for person in fields["people"]:  # type: ignore[attr-defined]
            entry.add(CONTACT, person)
        return calendar.to_ical().decode("utf-8")

    def label(self, fields: Fields) -> str:
        return str(fields["title"] or str(fields["body"]).split("\n")[0] or "—")

    def _when(self, fields: Fields) -> dt.datetime:
        at = fields["occurred_at"]
        return (
            dt.datetime.fromisoformat(str(at)) if at else dt.datetime.now().replace(microsecond=0)
        )

    def create(self, items: list[tuple[str, Fields]]) -> dict[str, object]:
        out: dict[str, object] = {}
        for uid, fields in items:
            if fields["people"] and not fields["unresolved"]:
                out[uid] = create_interaction(
                    self.j,
                    InteractionRecord(
                        occurred_at=self._when(fields), kind="other",
                        participants=[self.id_of[p] for p in fields["people"]],  # type: ignore[attr-defined]
                        title=str(fields["title"]), body=str(fields["body"]), uid=uid,
                    ),
                ).value  # fmt: skip
            else:
                out[uid] = state.put_inbox(self.j, self._entry(uid, fields))
        return out

    def _entry(self, uid: str, fields: Fields) -> state.InboxEntry:
        return state.InboxEntry(
            uid, "note", str(fields["title"]), str(fields["body"]),
            str(fields["occurred_at"]) if fields["occurred_at"] else None,
            {"resolved": list(fields["people"]), "unresolved": list(fields["unresolved"])},  # type: ignore[call-overload]
        )  # fmt: skip

    def update(self, item: object, fields: Fields) -> object:
        if isinstance(item, state.InboxEntry):
            return state.put_inbox(self.j, self._entry(item.uid, fields))
        assert isinstance(item, InteractionRecord)
        item.title, item.body = str(fields["title"]), str(fields["body"])
        item.occurred_at = self._when(fields)
        item.participants = [self.id_of[p] for p in fields["people"] if p in self.id_of]  # type: ignore[attr-defined]
        return update_interaction(self.j, item).value

    def delete(self, items: list[object]) -> None:
        notes = [i.id for i in items if isinstance(i, InteractionRecord) and i.id is not None]
        if notes:
            delete_interactions(self.j, notes)
        state.drop_inbox(self.j, [i.uid for i in items if isinstance(i, state.InboxEntry)])


def sync_notes(
    journal: Journal,
    client: DavClient,
    collection: str,
    *,
    dry_run: bool = False,
    listings: Listings | None = None,
    progress: Progress | None = None,
) -> Report:
    """Journal entries of the calendar at ``collection`` ↔ notes and the Inbox."""
    return Engine(
        journal,
        client,
        collection,
        NoteAdapter(journal),
        dry_run=dry_run,
        listings=listings,
        progress=progress,
    ).run()
