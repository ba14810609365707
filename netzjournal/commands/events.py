"""Events: who was there, "met here first", one evening differently, my status,
deleting an event or series, the debrief, someone from an invitation made a
contact or found to be one — each one undo step.

An evening of a series gets an event row of its own the first time something
is recorded about it. The commands find that row by series and day each time
(not by a remembered id), so a redo after its undo removed the row works too;
undoing the step that made it removes it again.
"""

from __future__ import annotations

import copy
import datetime as dt

from netzjournal.commands.base import Command, Outcome, SnapshotCommand
from netzjournal.commands.notes import own_rows
from netzjournal.store.changes import ChangeSet
from netzjournal.store.contacts import create_contact, existing, get_contact, update_contact
from netzjournal.store.debrief import Debrief, DebriefResult, save_debrief, undo_debrief
from netzjournal.store.events import (
    MetAt,
    create_event,
    delete_event,
    ensure_occurrence,
    event_label,
    met_at_state,
    occurrence_row,
    occurrence_rows,
    remove_attendance,
    restore_met_at,
    set_attendance,
    set_met_at,
    set_my_status,
    update_event,
    update_occurrence,
)
from netzjournal.store.invitees import set_invitee_contact
from netzjournal.store.journal import Journal
from netzjournal.store.people import person_label
from netzjournal.store.records import Channel, ContactRecord, EventRecord, Occurrence
from netzjournal.store.snapshots import (
    Snapshot,
    restore_snapshot,
    snapshot_contacts,
    snapshot_events,
    snapshot_interactions,
)


def _row(j: Journal, occurrence: Occurrence) -> int | None:
    """The event row of an occurrence as the journal has it now (None: not recorded yet)."""
    if occurrence.series_id is None:
        return occurrence.event_id
    return occurrence_row(j, occurrence.series_id, occurrence.occurrence_on)


class _EventRowCommand(SnapshotCommand):
    """A change to one evening's row, undone by putting that row back as it was
    (its attendance and tags with it; a row this step made is removed)."""

    def __init__(self, journal: Journal, occurrence: Occurrence) -> None:
        super().__init__(journal)
        self.occurrence = occurrence

    def _change(self, event_id: int) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _outcome(self, event_id: int, changes: ChangeSet) -> Outcome:  # pragma: no cover
        raise NotImplementedError

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            event_id = _row(self.journal, self.occurrence)
            if event_id is None:
                assert self.occurrence.series_id is not None
                event_id = ensure_occurrence(
                    self.journal, self.occurrence.series_id, self.occurrence.occurrence_on
                ).value
                self.before = Snapshot(event_ids=[event_id])  # nothing was there
            else:
                self.before = snapshot_events(self.journal, [event_id])
            self._change(event_id)
            self.after = snapshot_events(self.journal, [event_id])
        return self._outcome(event_id, changes)


class SetAttendance(_EventRowCommand):
    """Someone was there (or said they would come), with an optional line."""

    def __init__(self, journal: Journal, occurrence: Occurrence, contact_id: int,
                 status: str = "attended", note: str = "") -> None:  # fmt: skip
        super().__init__(journal, occurrence)
        self.contact_id, self.status, self.note = contact_id, status, note

    def _change(self, event_id: int) -> None:
        set_attendance(self.journal, event_id, self.contact_id, self.status, self.note)

    def _outcome(self, event_id: int, changes: ChangeSet) -> Outcome:
        name = person_label(self.journal, self.contact_id)
        return Outcome("attendance_add", name, self.occurrence.name, changes=changes,
                       value=event_id)  # fmt: skip


class RemoveAttendance(_EventRowCommand):
    def __init__(self, journal: Journal, occurrence: Occurrence, contact_id: int) -> None:
        super().__init__(journal, occurrence)
        self.contact_id = contact_id

    def _change(self, event_id: int) -> None:
        remove_attendance(self.journal, event_id, self.contact_id)

    def _outcome(self, event_id: int, changes: ChangeSet) -> Outcome:
        name = person_label(self.journal, self.contact_id)
        return Outcome("attendance_remove", name, self.occurrence.name, changes=changes,
                       value=event_id)  # fmt: skip


class SetMyStatus(_EventRowCommand):
    def __init__(self, journal: Journal, occurrence: Occurrence, status: str) -> None:
        super().__init__(journal, occurrence)
        self.status = status

    def _change(self, event_id: int) -> None:
        set_my_status(self.journal, event_id, self.status)

    def _outcome(self, event_id: int, changes: ChangeSet) -> Outcome:
        return Outcome("my_status", self.occurrence.name, changes=changes, value=event_id,
                       day=self.occurrence.starts_on)  # fmt: skip


class DifferOccurrence(_EventRowCommand):
    """One evening of a series differently: moved, another place, cancelled (or not)."""

    def __init__(self, journal: Journal, occurrence: Occurrence, *,
                 starts_on: dt.date | None = None, place: str | None = None,
                 cancelled: bool | None = None) -> None:  # fmt: skip
        super().__init__(journal, occurrence)
        self.starts_on, self.place, self.cancelled = starts_on, place, cancelled

    def _change(self, event_id: int) -> None:
        assert self.occurrence.series_id is not None
        # Cancelled as it was shown is no cancellation of the user's: one the
        # organiser's mails made stays theirs (a newer invitation may bring it back).
        cancelled = None if self.cancelled == self.occurrence.cancelled else self.cancelled
        update_occurrence(self.journal, self.occurrence.series_id, self.occurrence.occurrence_on,
                          starts_on=self.starts_on, place=self.place,
                          cancelled=cancelled)  # fmt: skip

    def _outcome(self, event_id: int, changes: ChangeSet) -> Outcome:
        return Outcome("occurrence_cancel" if self.cancelled else "occurrence_differ",
                       self.occurrence.name, changes=changes, value=event_id)  # fmt: skip


class DeleteEvent(SnapshotCommand):
    """An event, or a series with every evening, who was there and its tags; notes
    and "where we met" lose the link. Undo puts all of it back with the same ids."""

    def __init__(self, journal: Journal, event_id: int) -> None:
        super().__init__(journal)
        self.event_id = event_id

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            label = event_label(self.journal, self.event_id)
            self.before = snapshot_events(self.journal, [self.event_id])
            delete_event(self.journal, self.event_id)
            self.after = snapshot_events(self.journal, self.before.event_ids)
            self.after.event_ids = list(self.before.event_ids)
        return Outcome("delete_event", label[0] if label else "", changes=changes,
                       value=self.event_id)  # fmt: skip


class SetMetAt(Command):
    """Where the user met someone: an event row (None: forget it)."""

    def __init__(self, journal: Journal, contact_id: int, event_id: int | None) -> None:
        super().__init__(journal)
        self.contact_id, self.event_id = contact_id, event_id
        self.before: MetAt | None = None
        self.after: MetAt | None = None

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            self.before = met_at_state(self.journal, self.contact_id)
            set_met_at(self.journal, self.contact_id, self.event_id)
            self.after = met_at_state(self.journal, self.contact_id)
            label = event_label(self.journal, self.event_id) if self.event_id else None
        return Outcome("met_at", person_label(self.journal, self.contact_id),
                       label[0] if label else "", changes=changes,
                       value=self.contact_id)  # fmt: skip

    def _undo(self) -> ChangeSet:
        assert self.before is not None
        return restore_met_at(self.journal, self.contact_id, self.before,
                              expect=self.after).changes  # fmt: skip


class SaveDebrief(Command):
    """A debrief after an event: everyone met, saved in one transaction, undone in one step."""

    def __init__(self, journal: Journal, debrief: Debrief) -> None:
        super().__init__(journal)
        self.debrief = debrief
        self.result: DebriefResult | None = None
        self.after: Snapshot | None = None

    def _do(self) -> Outcome:
        # A copy: redo after undo starts from what the user entered, not from ids made since.
        out = save_debrief(self.journal, copy.deepcopy(self.debrief))
        self.result = out.value
        # The notes as saved: an undo after they were edited elsewhere is refused.
        self.after = snapshot_interactions(self.journal, self.result.notes)
        return Outcome("debrief", self.debrief.occurrence.name, count=len(self.result.people),
                       changes=out.changes, value=self.result.event_id)  # fmt: skip

    def _undo(self) -> ChangeSet:
        assert self.result is not None
        return undo_debrief(self.journal, self.result, expect=self.after).changes


class SaveEvent(SnapshotCommand):
    """A new event or series, or an edit of one (from the event editor); undo takes the
    new one away again or puts the old values back (tags and occurrence rows with it)."""

    def __init__(self, journal: Journal, record: EventRecord) -> None:
        super().__init__(journal)
        self.record = record
        self.new = record.id is None
        self.saved: EventRecord | None = None

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            if self.new:
                self.record.id = None  # a redo makes it anew
                self.saved = create_event(self.journal, self.record).value
                assert self.saved.id is not None
                self.before = Snapshot(event_ids=[self.saved.id])  # nothing was there
            else:
                assert self.record.id is not None
                self.before = snapshot_events(self.journal, [self.record.id])
                self.saved = update_event(self.journal, self.record).value
            self.after = snapshot_events(self.journal, self.before.event_ids)
            self.after.event_ids = list(self.before.event_ids)
        what = "create_event" if self.new else "edit_event"
        return Outcome(what, self.saved.name, changes=changes, value=self.saved.id)


class AddInvitee(SnapshotCommand):
    """Someone an invitation names who is not a contact, made one (``record``: name
    and address as the invitation gives them, completed in the editor) and, where
    they will come (``coming``: the organiser, or accepted), linked by id as the
    import links a contact by address. Undo removes the contact again (and an
    evening row made for the link)."""

    def __init__(self, journal: Journal, record: ContactRecord, occurrence: Occurrence,
                 coming: bool, today: dt.date, guest: str = "") -> None:  # fmt: skip
        super().__init__(journal)
        self.record, self.occurrence, self.coming, self.today = record, occurrence, coming, today
        self.person: Snapshot | None = None  # the contact's own rows as first made
        # The invitation's address of the guest (default: the record's first): linked
        # to the contact by id, so that they are that contact whatever their addresses.
        self.guest = guest or next(iter(record.emails()), "")
        self.link = _GuestLink()

    def _do(self) -> Outcome:
        from netzjournal.interchange.ical_in import link_invitee

        with self.journal.write() as changes:
            series = self.occurrence.series_id
            rows_before = set() if series is None else {
                o.id for o in occurrence_rows(self.journal, series)
            }  # fmt: skip
            person = self.person
            if person is not None and not existing(self.journal, person.contact_ids):
                # A redo: the same id again (a later step may hold it), as the quick
                # note's newcomers come back.
                restore_snapshot(self.journal, person)
                contact_id = person.contact_ids[0]
            else:  # the first time, or the id is another contact's now
                self.record.id = None
                created = create_contact(self.journal, self.record).value
                assert created.id is not None
                contact_id = created.id
                self.person = own_rows(snapshot_contacts(self.journal, [contact_id]), {contact_id})
            if self.coming:
                link_invitee(self.journal, self.occurrence, contact_id, self.today)
            self.link.set(self.journal, self.occurrence, self.guest, contact_id)
            made = [] if series is None else [
                o.id for o in occurrence_rows(self.journal, series)
                if o.id is not None and o.id not in rows_before
            ]  # fmt: skip
            # Undo: the contact goes (with their attendance), and an evening row
            # made only to hold it.
            self.before = Snapshot(contact_ids=[contact_id], event_ids=made)
            self.after = snapshot_contacts(self.journal, [contact_id])
        label = person_label(self.journal, contact_id)
        return Outcome("create_contact", label, changes=changes, value=contact_id)

    def _undo(self) -> ChangeSet:
        with self.journal.write() as changes:
            changes.update(super()._undo())
            self.link.take_back(self.journal)
        return changes


class _GuestLink:
    """An invitation's guest linked to a contact by id (``store.invitees``), and the
    link taken back with the step (the kept invitation is a fact about the mails
    read, which a snapshot's restore leaves as it is now)."""

    def __init__(self) -> None:
        self.done: tuple[int, int | None] | None = None  # (row, the link before)
        self.address = ""

    def set(self, j: Journal, occurrence: Occurrence, address: str, contact_id: int) -> None:
        self.address = address
        held = [occurrence.event_id, occurrence.series_id]
        self.done = set_invitee_contact(j, held, address, contact_id) if address else None

    def take_back(self, j: Journal) -> None:
        if self.done is not None:
            set_invitee_contact(j, [self.done[0]], self.address, self.done[1])


class LinkInvitee(SnapshotCommand):
    """Someone an invitation names found to be a contact already (a namesake the user
    confirmed: the address differs): linked by id as :class:`AddInvitee` links a new
    one, and with ``address`` (when the user asked for it) added to their e-mail
    addresses, so that the next invitation finds them by it. The guest is that
    contact from now on, by id, with or without the address (``add_address``). Undo
    puts the contact and their attendance back as they were (and removes an evening
    row made for the link), and the guest is no one's again."""

    def __init__(self, journal: Journal, contact_id: int, address: str,
                 occurrence: Occurrence, coming: bool, today: dt.date,
                 add_address: bool = True) -> None:  # fmt: skip
        super().__init__(journal)
        self.contact_id, self.address, self.add_address = contact_id, address, add_address
        self.occurrence, self.coming, self.today = occurrence, coming, today
        self.link = _GuestLink()

    def _do(self) -> Outcome:
        from netzjournal.interchange.ical_in import link_invitee

        j, cid = self.journal, self.contact_id
        with j.write() as changes:
            series = self.occurrence.series_id
            rows_before = set() if series is None else {
                o.id for o in occurrence_rows(j, series)
            }  # fmt: skip
            before = snapshot_contacts(j, [cid])
            contact = get_contact(j, cid)
            known = {c.value.casefold() for c in contact.channels if c.kind == "email"}
            if self.add_address and self.address.casefold() not in known:
                changed = copy.deepcopy(contact)
                changed.channels = [*contact.channels, Channel("email", self.address)]
                update_contact(j, changed, self.today, base=contact)
            if self.coming:
                link_invitee(j, self.occurrence, cid, self.today)
            self.link.set(j, self.occurrence, self.address, cid)
            before.event_ids = [] if series is None else [
                o.id for o in occurrence_rows(j, series)
                if o.id is not None and o.id not in rows_before
            ]  # fmt: skip
            self.before = before
            self.after = snapshot_contacts(j, [cid])
        return Outcome("link_invitee", person_label(j, cid), changes=changes, value=cid)

    def _undo(self) -> ChangeSet:
        with self.journal.write() as changes:
            changes.update(super()._undo())
            self.link.take_back(self.journal)
        return changes
