"""The debrief after an event: everyone met at one occurrence, in one transaction.

The "quick note" for a barcamp where you met eight people: per person one
line, optional what to pick up next time and a follow-up. :func:`save_debrief` writes it all at
once (new people, the occurrence's row, attendance, one note per person so
each history shows it, follow-ups, "I was there"); :func:`undo_debrief`
takes exactly that back, also in one transaction. No Qt: the dialog and its
undo command call these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from netzjournal.store import contacts, events, fulltext, interactions, invitees
from netzjournal.store.errors import ValidationError
from netzjournal.store.journal import Journal
from netzjournal.store.records import (
    ContactRecord,
    FollowUpRecord,
    InteractionRecord,
    Occurrence,
    Outcome,
)
from netzjournal.store.snapshots import Snapshot, retake, same_rows
from netzjournal.store.stale import StaleWrite
from netzjournal.store.values import ids_json


@dataclass
class DebriefPerson:
    """One person met: an existing contact (by id) or a new one to create."""

    contact_id: int | None = None
    new_contact: ContactRecord | None = None
    line: str = ""  # what we talked about, one line
    say_next: str = ""  # what to pick up next time, as one would say it to them
    follow_up: str = ""
    follow_up_due: dt.date | None = None
    # The invitation's guest this contact was confirmed to be (a namesake the user
    # said is them): the guest is linked to them by id (``store.invitees``).
    guest_address: str = ""


@dataclass
class Debrief:
    occurrence: Occurrence
    when: dt.datetime  # the evening; notes are dated so
    people: list[DebriefPerson] = field(default_factory=list)
    i_was_there: bool = True


@dataclass
class DebriefResult:
    """What a saved debrief created and what it replaced (for its undo)."""

    event_id: int
    created_occurrence: bool
    new_contacts: list[int] = field(default_factory=list)
    people: list[int] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)
    follow_ups: list[int] = field(default_factory=list)
    # attendance before: contact id → (status, note), or None when there was none
    previous_attendance: dict[int, tuple[str, str] | None] = field(default_factory=dict)
    previous_my_status: str = ""
    previous_my_status_own: bool = False  # (an evening's own answer: migration 0030)
    # guests linked to a contact: (the event row whose invitation names them, the
    # address, the link before)
    guest_links: list[tuple[int, str, int | None]] = field(default_factory=list)


def save_debrief(j: Journal, d: Debrief) -> Outcome[DebriefResult]:
    """Store the debrief in one transaction (nothing at all if any part is refused)."""
    people = [p for p in d.people if p.contact_id is not None or p.new_contact is not None]
    if not people:
        raise ValidationError("A debrief needs at least one person.")
    conn = j.connection()
    with j.write() as changes:
        existing = d.occurrence.event_id
        if existing is None and d.occurrence.series_id is not None:
            existing = events.occurrence_row(j, d.occurrence.series_id, d.occurrence.occurrence_on)
        event_id = events.event_row_for(j, d.occurrence).value if existing is None else existing
        label = events.event_label(j, event_id)
        name = label[0] if label else d.occurrence.name
        row = conn.execute("SELECT my_status, my_status_own FROM event WHERE id = ?",
                           (event_id,)).fetchone()  # fmt: skip
        result = DebriefResult(event_id, existing is None, previous_my_status=row[0] or "",
                               previous_my_status_own=bool(row[1]))  # fmt: skip
        for p in people:
            cid = p.contact_id
            if cid is None:
                assert p.new_contact is not None
                rec = p.new_contact
                rec.met_on = rec.met_on or d.when.date()  # (the day here, as its note)
                rec.met_at_event_id = event_id
                rec.source = rec.source or "event"  # the event itself: met_at_event_id
                cid = contacts.create_contact(j, rec).value.id
                assert cid is not None
                result.new_contacts.append(cid)
            elif cid in result.people:
                continue  # picked twice: once is enough
            else:
                if p.guest_address:
                    held = [event_id, d.occurrence.series_id]
                    link = invitees.set_invitee_contact(j, held, p.guest_address, cid)
                    if link is not None:
                        result.guest_links.append((link[0], p.guest_address, link[1]))
                before = conn.execute(
                    "SELECT status, note FROM attendance WHERE event_id = ? AND contact_id = ?",
                    (event_id, cid),
                ).fetchone()
                result.previous_attendance[cid] = (before[0], before[1]) if before else None
            result.people.append(cid)
            wrote_note = bool(p.line.strip() or p.say_next.strip() or p.follow_up.strip())
            events.set_attendance(j, event_id, cid, "attended")
            if not wrote_note:
                continue
            note = InteractionRecord(
                occurred_at=d.when, kind="event", direction="together", participants=[cid],
                title=name, body=p.line.strip(), say_next=p.say_next.strip(), event_id=event_id,
                place=d.occurrence.place,
            )  # fmt: skip
            follow = []
            if p.follow_up.strip():
                follow.append(FollowUpRecord(p.follow_up.strip(), cid, due_on=p.follow_up_due))
            created = interactions.create_interaction(j, note, follow)
            result.notes.append(created.value.id or 0)
            result.follow_ups.extend(sorted(created.changes.follow_ups))
        if d.i_was_there:
            events.set_my_status(j, event_id, "attended")
    return Outcome(result, changes)


def undo_debrief(j: Journal, r: DebriefResult, expect: Snapshot | None = None) -> Outcome[None]:
    """Take a saved debrief back exactly (one transaction).

    ``expect``: the debrief's notes (with their follow-ups) as saved. If they
    were changed since (in another window, by an import), nothing is undone
    and :class:`StaleWrite` is raised — undoing would throw that change away.
    """
    conn = j.connection()
    with j.write() as changes:
        if expect is not None and not same_rows(retake(j, expect), expect):
            raise StaleWrite("interaction", r.notes[0] if r.notes else 0, [])
        conn.execute("DELETE FROM follow_up WHERE id IN (SELECT value FROM json_each(?))",
                     (ids_json(r.follow_ups),))  # fmt: skip
        conn.execute("DELETE FROM interaction WHERE id IN (SELECT value FROM json_each(?))",
                     (ids_json(r.notes),))  # fmt: skip
        fulltext.index_interactions(j, r.notes)
        for row, address, link in reversed(r.guest_links):
            invitees.set_invitee_contact(j, [row], address, link)
        for cid, before in r.previous_attendance.items():
            if before is None:
                conn.execute("DELETE FROM attendance WHERE event_id = ? AND contact_id = ?",
                             (r.event_id, cid))  # fmt: skip
            else:
                conn.execute(
                    "UPDATE attendance SET status = ?, note = ? WHERE event_id = ?"
                    " AND contact_id = ?",
                    (before[0], before[1], r.event_id, cid),
                )
        conn.execute("DELETE FROM contact WHERE id IN (SELECT value FROM json_each(?))",
                     (ids_json(r.new_contacts),))  # fmt: skip
        fulltext.index_contacts(j, r.new_contacts)
        conn.execute("UPDATE event SET my_status = ?, my_status_own = ? WHERE id = ?",
                     (r.previous_my_status, int(r.previous_my_status_own),
                      r.event_id))  # fmt: skip
        still_used = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM attendance WHERE event_id = ?1)"
            " OR EXISTS (SELECT 1 FROM interaction WHERE event_id = ?1)"
            " OR EXISTS (SELECT 1 FROM contact WHERE met_at_event_id = ?1)",
            (r.event_id,),
        ).fetchone()[0]
        if r.created_occurrence and not still_used:
            conn.execute("DELETE FROM event WHERE id = ?", (r.event_id,))
        events.index_events(j, [r.event_id])
        changes.events.add(r.event_id)
        changes.contacts.update(r.people)
        changes.interactions.update(r.notes)
        changes.follow_ups.update(r.follow_ups)
    return Outcome(None, changes)
