"""Follow-ups ↔ tasks (VTODO) in the "netzjournal" calendar.

A follow-up is a task: its text the SUMMARY, its due day DUE (a date, so the
phone reminds on the day), done as STATUS:COMPLETED — ticked off on the
phone, done in the journal. Who it is for travels as the contact's UID in
``X-NETZJOURNAL-CONTACT`` (and, for reading on the phone, their name in
DESCRIPTION); who owes it in ``X-NETZJOURNAL-OWED-BY``. Everything else a
task app wrote (alarms, priority, categories) is kept when the journal
writes the task back: the server's component is changed in place with
``icalendar``.
"""

from __future__ import annotations

import datetime as dt

from netzjournal.progress import Progress
from netzjournal.store import sync_state as state
from netzjournal.store.codes import OWED_BY
from netzjournal.store.interactions import (
    add_follow_up,
    delete_follow_up,
    follow_ups,
    update_follow_up,
)
from netzjournal.store.journal import Journal
from netzjournal.store.records import FollowUpRecord
from netzjournal.sync.dav import DavClient
from netzjournal.sync.engine import CalendarAdapter, Engine, Fields, Listings, Report

OWED = "X-NETZJOURNAL-OWED-BY"
CONTACT = "X-NETZJOURNAL-CONTACT"
UNTITLED = "—"


class TaskAdapter(CalendarAdapter):
    kind = "follow_up"
    # A first sync into an empty calendar goes up in one request where the server
    # takes it: one by one, Radicale slows with every task already there (O(N²)).
    bulk = True

    def __init__(self, journal: Journal, now: dt.datetime | None = None) -> None:
        super().__init__(journal)
        self.now = now or dt.datetime.now(dt.UTC)
        self.uid_of_contact: dict[int, str] = {}
        self.id_of_contact: dict[str, int] = {}
        self.names: dict[str, str] = {}

    def local_items(self) -> dict[str, FollowUpRecord]:
        self.names = {}
        for c in state.contact_directory(self.j):
            # Named by their card's UID (another device knows them by it); read by either.
            self.uid_of_contact[c.id] = c.card_uid
            self.id_of_contact[c.uid] = self.id_of_contact[c.card_uid] = c.id
            self.names[c.card_uid] = c.label
        return {f.uid: f for f in follow_ups(self.j, open_only=False) if f.uid}

    def fields(self, item: FollowUpRecord) -> Fields:
        return {
            "text": item.text.strip(),
            "due_on": item.due_on.isoformat() if item.due_on else None,
            "done": bool(item.done),
            "owed_by": item.owed_by,
            "contact": self.uid_of_contact.get(item.contact_id) if item.contact_id else None,
        }

    def parse(self, text: str, href: str) -> tuple[str, Fields] | None:
        calendar = self.read_calendar(text)
        todo = next(iter(calendar.walk("VTODO")), None) if calendar is not None else None
        if todo is None:
            return None
        uid = self.uid_or_name(str(todo.get("UID", "")), href)
        due = todo.get("DUE")
        day = None
        if due is not None:
            value = due.dt
            day = (value.date() if isinstance(value, dt.datetime) else value).isoformat()
        summary = str(todo.get("SUMMARY", "")).strip()
        if not summary:
            summary = str(todo.get("DESCRIPTION", "")).strip().split("\n")[0] or UNTITLED
        owed = str(todo.get(OWED, "me")).strip().lower()
        return uid, {
            "text": summary,
            "due_on": day,
            "done": str(todo.get("STATUS", "")).upper() == "COMPLETED"
            or todo.get("COMPLETED") is not None,
            "owed_by": owed if owed in OWED_BY else "me",
            "contact": self._named(str(todo.get(CONTACT))) if todo.get(CONTACT) else None,
        }

    def _named(self, uid: str) -> str:
        """A contact named by either of their UIDs, as this adapter names them."""
        found = self.id_of_contact.get(uid)
        return self.uid_of_contact.get(found, uid) if found is not None else uid

    def text(self, uid: str, fields: Fields, server_text: str | None) -> str:
        import icalendar  # (here: a sync with nothing changed parses nothing)

        calendar = self.read_calendar(server_text)
        todo = next(iter(calendar.walk("VTODO")), None) if calendar is not None else None
        if todo is None:
            todo = icalendar.Todo()
            calendar = self.new_calendar(uid, todo)
        for name in ("SUMMARY", "DUE", "STATUS", "COMPLETED", "DTSTAMP", OWED, CONTACT):
            todo.pop(name, None)
        todo.add("DTSTAMP", self.now)
        todo.add("SUMMARY", fields["text"])
        if fields["due_on"]:
            todo.add("DUE", dt.date.fromisoformat(str(fields["due_on"])))
        if fields["done"]:
            todo.add("STATUS", "COMPLETED")
            todo.add("COMPLETED", self.now)
        else:
            todo.add("STATUS", "NEEDS-ACTION")
        todo.add(OWED, fields["owed_by"])
        contact = fields["contact"]
        if contact:
            todo.add(CONTACT, contact)
            if "DESCRIPTION" not in todo and self.names.get(str(contact)):
                todo.add("DESCRIPTION", self.names[str(contact)])
        return calendar.to_ical().decode("utf-8")

    def label(self, fields: Fields) -> str:
        return str(fields["text"])

    def _record(self, item: FollowUpRecord, fields: Fields) -> FollowUpRecord:
        item.text = str(fields["text"])
        item.due_on = dt.date.fromisoformat(str(fields["due_on"])) if fields["due_on"] else None
        item.done = bool(fields["done"])
        item.owed_by = str(fields["owed_by"])
        return item

    def create(self, items: list[tuple[str, Fields]]) -> dict[str, FollowUpRecord]:
        out = {}
        for uid, fields in items:
            contact = self.id_of_contact.get(str(fields["contact"])) if fields["contact"] else None
            rec = self._record(FollowUpRecord(text="", contact_id=contact, uid=uid), fields)
            if rec.done:
                rec.done_at = self.now.astimezone().replace(tzinfo=None)
            out[uid] = add_follow_up(self.j, rec).value
        return out

    def update(self, item: FollowUpRecord, fields: Fields) -> FollowUpRecord:
        return update_follow_up(self.j, self._record(item, fields)).value

    def delete(self, items: list[FollowUpRecord]) -> None:
        for item in items:
            if item.id is not None:
                delete_follow_up(self.j, item.id)


def sync_tasks(
    journal: Journal,
    client: DavClient,
    collection: str,
    *,
    dry_run: bool = False,
    listings: Listings | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Report:
    """One sync of the journal's follow-ups with the task list at ``collection``."""
    adapter = TaskAdapter(journal, now)
    return Engine(
        journal, client, collection, adapter, dry_run=dry_run, listings=listings, progress=progress
    ).run()
