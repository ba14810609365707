"""Contacts: create, edit, delete, merge, archive (each undoable)."""

from __future__ import annotations

import datetime as dt

from netzjournal.commands.base import Command, Outcome, SnapshotCommand
from netzjournal.store.changes import ChangeSet
from netzjournal.store.contacts import (
    create_contact,
    delete_contacts,
    get_contact,
    merge_contacts,
    set_archived,
    update_contact,
)
from netzjournal.store.events import ensure_occurrence, remove_attendance
from netzjournal.store.invitees import (
    link_guests_by_address,
    move_invitee_links,
    set_invitee_contact,
)
from netzjournal.store.journal import Journal
from netzjournal.store.merges import keep_as_was
from netzjournal.store.people import person_choices, person_label
from netzjournal.store.records import ContactRecord
from netzjournal.store.snapshots import (
    Snapshot,
    restore_snapshot,
    retake,
    same_rows,
    snapshot_contacts,
    snapshot_events,
)
from netzjournal.store.stale import StaleWrite

# An evening of a series chosen as "where we met" that has no row yet: (series, day).
Evening = tuple[int, dt.date]


def _met_at_row(journal: Journal, record: ContactRecord, evening: Evening | None) -> None:
    """Give "where we met" its row when it is an evening nothing was recorded about."""
    if evening is not None:
        record.met_at_event_id = ensure_occurrence(journal, *evening).value


def _emails(record: ContactRecord) -> set[str]:
    return {c.value.strip().lower() for c in record.channels if c.kind == "email" and c.value}


class _InvitationLinks:
    """A contact's new e-mail address that an imported invitation names as coming:
    linked as the import links by address (``store.invitees.link_guests_by_address``),
    inside the contact's own transaction; taken back with the step."""

    def __init__(self) -> None:
        self.linked: list[tuple[int, int, bool]] = []
        self.rows: Snapshot | None = None  # evening rows the link made, as it left them

    def link(self, j: Journal, contact_id: int, addresses: set[str], today: dt.date) -> None:
        self.linked = link_guests_by_address(j, {contact_id: addresses}, today) if addresses else []
        made = [row for row, _cid, new in self.linked if new]
        self.rows = snapshot_events(j, made) if made else None

    def unlink(self, j: Journal, contact_id: int) -> None:
        """Before the contact's undo: their links go, and an evening row made only for
        one (unless it was changed since: then it stays as it is)."""
        unchanged = self.rows is not None and same_rows(retake(j, self.rows), self.rows)
        for row, _cid, _new in self.linked:
            remove_attendance(j, row, contact_id)
        if unchanged and self.rows is not None:
            restore_snapshot(j, Snapshot(event_ids=list(self.rows.event_ids)))


class CreateContact(Command):
    """A new contact (from the editor); undo removes them again, refused once
    something was recorded about them elsewhere."""

    def __init__(self, journal: Journal, record: ContactRecord,
                 evening: Evening | None = None, today: dt.date | None = None) -> None:  # fmt: skip
        super().__init__(journal)
        self.record, self.evening, self.today = record, evening, today
        self.after: Snapshot | None = None
        self.links = _InvitationLinks()

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            self.record.id = None
            _met_at_row(self.journal, self.record, self.evening)
            created = create_contact(self.journal, self.record).value
            assert created.id is not None
            today = self.today or dt.date.today()
            self.links.link(self.journal, created.id, _emails(self.record), today)
            self.after = snapshot_contacts(self.journal, [created.id])
        label = person_label(self.journal, created.id)
        return Outcome("create_contact", label, changes=changes, value=created.id)

    def _undo(self) -> ChangeSet:
        assert self.after is not None and self.outcome is not None
        contact_id = self.outcome.value or 0
        with self.journal.write() as changes:
            if not same_rows(snapshot_contacts(self.journal, [contact_id]), self.after):
                raise StaleWrite("contact", contact_id, [])
            self.links.unlink(self.journal, contact_id)
            delete_contacts(self.journal, [contact_id])
        return changes


class EditContact(Command):
    """The edit is the difference between ``before`` and ``after``: doing it applies
    that difference to the contact as it is now, undoing applies the reverse (a
    change made elsewhere meanwhile stays either way). ``evening``: "where we met"
    is an evening of a series that gets its row now."""

    def __init__(self, journal: Journal, before: ContactRecord, after: ContactRecord,
                 evening: Evening | None = None, today: dt.date | None = None) -> None:  # fmt: skip
        super().__init__(journal)
        self.before, self.after, self.evening, self.today = before, after, evening, today
        self.links = _InvitationLinks()

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            _met_at_row(self.journal, self.after, self.evening)
            out = update_contact(self.journal, self.after, base=self.before)
            if self.after.id is not None:  # an address added by hand: as on a new contact
                added = _emails(self.after) - _emails(self.before)
                today = self.today or dt.date.today()
                self.links.link(self.journal, self.after.id, added, today)
            label = person_label(self.journal, self.after.id or 0) or self.after.name
        return Outcome("edit_contact", label, changes=changes,
                       combined=out.combined, value=self.after.id)  # fmt: skip

    def _undo(self) -> ChangeSet:
        with self.journal.write() as changes:
            if self.after.id is not None:
                self.links.unlink(self.journal, self.after.id)
            update_contact(self.journal, self.before, base=self.after)  # (same change set)
        return changes


class _ContactsCommand(SnapshotCommand):
    """A change to these contacts, undone by putting their rows back exactly."""

    def __init__(self, journal: Journal, ids: list[int]) -> None:
        super().__init__(journal)
        self.ids = list(ids)

    def _change(self) -> ChangeSet:  # pragma: no cover - overridden
        raise NotImplementedError

    def _capture(self) -> ChangeSet:
        self.before = snapshot_contacts(self.journal, self.ids)
        changes = self._change()
        # Undo is refused if these rows are changed elsewhere meanwhile.
        self.after = snapshot_contacts(self.journal, self.ids)
        return changes


class DeleteContacts(_ContactsCommand):
    def _change(self) -> ChangeSet:
        return delete_contacts(self.journal, self.ids).changes

    def _do(self) -> Outcome:
        label = _one_label(self.journal, self.ids)  # read while they are there
        return Outcome("delete_contacts", label, count=len(self.ids), changes=self._capture())


def _one_label(journal: Journal, ids: list[int]) -> str:
    """One person as pickers name them (namesakes apart), for the undo step; "" for
    several, who are counted instead."""
    return person_label(journal, ids[0]) if len(ids) == 1 else ""


class MergeContacts(_ContactsCommand):
    """``other`` joins ``keep``: every note and detail; undo parts them again.

    ``keep_was``: ``other`` has a draft waiting (its editor's) that the interface
    carries to ``keep`` after the merge. ``other`` as it was is then kept on the
    merge's record in the merge's own transaction, so that a start after a kill (or a
    failed carry-over) can still carry it (``ui/record_drafts``)."""

    def __init__(self, journal: Journal, keep: int, other: int,
                 today: dt.date | None = None, keep_was: bool = False) -> None:  # fmt: skip
        super().__init__(journal, [keep, other])
        self.keep, self.other = keep, other
        self.today = today or dt.date.today()
        self.keep_was = keep_was
        self.moved: list[tuple[int, str]] = []  # guests' links moved to ``keep``

    def _change(self) -> ChangeSet:
        with self.journal.write() as changes:
            was = get_contact(self.journal, self.other) if self.keep_was else None
            merge_contacts(self.journal, self.keep, self.other)
            if was is not None:
                keep_as_was(self.journal, was)
            # A guest linked to the other by id is the kept contact now.
            self.moved = move_invitee_links(self.journal, self.other, self.keep)
            # The kept contact may now be the one with a guest's address (both had
            # it, or it came with the other): linked as the import links, in this step.
            addresses = _emails(get_contact(self.journal, self.keep))
            linked = link_guests_by_address(self.journal, {self.keep: addresses}, self.today)
            # Undo: an evening row made only for such a link goes again.
            assert self.before is not None
            self.before.event_ids += [row for row, _cid, made in linked if made]
        return changes

    def _undo(self) -> ChangeSet:
        with self.journal.write() as changes:
            changes.update(super()._undo())
            for row, address in self.moved:  # (the kept invitation: not in the snapshot)
                set_invitee_contact(self.journal, [row], address, self.other)
        return changes

    def _do(self) -> Outcome:
        # Labels as pickers show them: namesakes apart (organisation, city).
        # (A row id is never shown: someone gone meanwhile is refused by the merge.)
        people = person_choices(self.journal, [self.keep, self.other])
        labels = [people[i].label if i in people else "" for i in (self.other, self.keep)]
        names = [people[i].name if i in people else "" for i in (self.other, self.keep)]
        changes = self._capture()
        return Outcome("merge", labels[0], labels[1], changes=changes, value=self.keep,
                       short_subject=names[0], short_other=names[1])  # fmt: skip


class ArchiveContacts(Command):
    """Archive (or, with ``archived=False``, restore) contacts; ``None``: the
    opposite of the first one's state, as the menu's toggle means it."""

    def __init__(self, journal: Journal, ids: list[int], archived: bool | None = None) -> None:
        super().__init__(journal)
        self.ids = list(ids)
        self.archived = archived

    def _do(self) -> Outcome:
        if self.archived is None:
            self.archived = not get_contact(self.journal, self.ids[0]).archived
        out = set_archived(self.journal, self.ids, self.archived)
        what = "archive" if self.archived else "unarchive"
        label = _one_label(self.journal, self.ids)
        return Outcome(what, label, count=len(self.ids), changes=out.changes)

    def _undo(self) -> ChangeSet:
        return set_archived(self.journal, self.ids, not self.archived).changes
