"""Meeting notes: the quick note (built and saved), a note's edit, deleting notes,
and a person created from a name typed in a picker."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from netzjournal.commands.base import Command, Outcome, SnapshotCommand
from netzjournal.store.changes import ChangeSet
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import (
    add_follow_up,
    create_interaction,
    delete_follow_up,
    delete_interactions,
    update_follow_up,
    update_interaction,
)
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord, FollowUpRecord, InteractionRecord
from netzjournal.store.snapshots import (
    Snapshot,
    restore_snapshot,
    same_rows,
    snapshot_interactions,
)
from netzjournal.store.stale import StaleWrite

# Degrees written after a comma are not given names.
_SUFFIXES = frozenset({"MBA", "PhD", "Ph.D.", "MA", "M.A.", "MSc", "M.Sc.", "BSc", "B.Sc.",
                       "Jr.", "Sr.", "LL.M.", "Dipl.-Ing.", "Dr."})  # fmt: skip


def contact_from_name(name: str) -> ContactRecord:
    """A minimal contact from what was typed in a picker.

    Without a comma the last word is the family name. With one, the name is
    kept as typed (display name) so that it reads and is found as the user
    wrote it: "Müller, Hans" is family "Müller", given "Hans"; "Dr. Weiß, MBA"
    is family "Weiß" (what follows the comma is a degree, not a given name).
    """
    display = name if "," in name else ""
    head, _, tail = name.partition(",")
    tail = tail.strip()
    if tail and "," not in tail and len(tail.split()) <= 2 and tail not in _SUFFIXES:
        family, given = head.strip(), tail
    else:
        words = head.split()
        given, family = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", head.strip())
    return ContactRecord(given_name=given, family_name=family, display_name=display)


def create_person(journal: Journal, name: str, interface_language: str) -> int:
    """Create the contact :func:`contact_from_name` makes, with the journal's defaults
    for a new contact in this interface language; its id."""
    from netzjournal.coach.settings import new_contact

    record = new_contact(journal, interface_language, contact_from_name(name))
    created = create_contact(journal, record).value
    assert created.id is not None
    return created.id


@dataclass
class QuickNote:
    """What the quick note dialog holds, as plain values (people by id)."""

    occurred_at: dt.datetime
    kind: str
    participants: list[int]
    body: str = ""
    hooks: str = ""
    say_next: str = ""
    next_step: str = ""
    due_on: dt.date | None = None
    title: str = ""
    event_id: int | None = None
    extra: list[FollowUpRecord] = field(default_factory=list)
    # "Pick up next time" with one of several people, by contact id (said to them only)
    say_next_to: dict[int, str] = field(default_factory=dict)

    def record(self) -> InteractionRecord:
        said = {cid: " ".join(self.say_next_to.get(cid, "").split()) for cid in self.participants}
        return InteractionRecord(
            occurred_at=self.occurred_at, kind=self.kind, participants=list(self.participants),
            title=self.title.strip(), body=self.body.strip(), hooks=self.hooks.strip(),
            say_next=self.say_next.strip(), event_id=self.event_id,
            say_next_to={cid: text for cid, text in said.items() if text},
        )  # fmt: skip

    def follow_ups(self) -> list[FollowUpRecord]:
        """The next step, owed to the first person named."""
        step = self.next_step.strip()
        if not step or not self.participants:
            return []
        return [FollowUpRecord(step, self.participants[0], due_on=self.due_on)]


class SaveNote(Command):
    """A new note with its next step, in one transaction; undo deletes it again
    (refused when it was edited elsewhere meanwhile)."""

    def __init__(self, journal: Journal, note: QuickNote | InteractionRecord,
                 follow_ups: list[FollowUpRecord] | None = None) -> None:  # fmt: skip
        super().__init__(journal)
        if isinstance(note, QuickNote):
            self.record, self.follow_ups = note.record(), note.follow_ups()
        else:
            self.record, self.follow_ups = note, list(follow_ups or [])
        self.after: Snapshot | None = None

    def _do(self) -> Outcome:
        self.record.id = None  # a redo makes it anew
        for fu in self.follow_ups:
            fu.id = None
        out = create_interaction(self.journal, self.record, self.follow_ups)
        note_id = out.value.id or 0
        self.after = snapshot_interactions(self.journal, [note_id])
        return Outcome("save_note", count=len(self.record.participants), changes=out.changes,
                       value=note_id)  # fmt: skip

    def _undo(self) -> ChangeSet:
        assert self.after is not None and self.outcome is not None
        with self.journal.write() as changes:
            if not same_rows(snapshot_interactions(self.journal, [self.outcome.value or 0]),
                             self.after):  # fmt: skip
                raise StaleWrite("interaction", self.outcome.value or 0, [])
            # Its next step goes too (deleting a note alone keeps its follow-ups).
            for row in self.after.rows.get("follow_up", []):
                delete_follow_up(self.journal, int(str(row["id"])))
            delete_interactions(self.journal, [self.outcome.value or 0])
        return changes


class EditNote(Command):
    """A note's fields and its follow-ups (new, changed, removed), saved in one
    transaction; undo puts all back."""

    def __init__(
        self,
        journal: Journal,
        after: InteractionRecord,
        follow_ups: list[FollowUpRecord],
        removed: list[int] | None = None,
        base: InteractionRecord | None = None,
    ) -> None:
        super().__init__(journal)
        self.after_record, self.follow_ups, self.removed = after, follow_ups, removed or []
        self.base = base  # the note as the editor read it
        self.before: Snapshot | None = None
        self.after: Snapshot | None = None

    def _do(self) -> Outcome:
        note_id = self.after_record.id or 0
        self.before = snapshot_interactions(self.journal, [note_id])
        with self.journal.write() as changes:
            out = update_interaction(self.journal, self.after_record, base=self.base)
            for fu in self.follow_ups:
                if fu.id is None:  # new in the editor (again new after an undo)
                    add_follow_up(self.journal, fu)
                else:
                    update_follow_up(self.journal, fu)
            for follow_up_id in self.removed:
                delete_follow_up(self.journal, follow_up_id)
        self.after = snapshot_interactions(self.journal, [note_id])
        title = self.after_record.title or self.after_record.occurred_at.strftime("%Y-%m-%d")
        return Outcome("edit_note", title, changes=changes, combined=out.combined, value=note_id)

    def _undo(self) -> ChangeSet:
        assert self.before is not None and self.after is not None
        had = {row["id"] for row in self.before.rows.get("follow_up", [])}
        added = [row["id"] for row in self.after.rows.get("follow_up", []) if row["id"] not in had]
        with self.journal.write() as changes:
            restore_snapshot(self.journal, self.before, expect=self.after)
            # Follow-ups this edit added go too (restoring the note alone would keep
            # them, without their note).
            for follow_up_id in added:
                delete_follow_up(self.journal, int(str(follow_up_id)))
        return changes


class DeleteNotes(SnapshotCommand):
    def __init__(self, journal: Journal, ids: list[int]) -> None:
        super().__init__(journal)
        self.ids = list(ids)

    def _do(self) -> Outcome:
        self.before = snapshot_interactions(self.journal, self.ids)
        changes = delete_interactions(self.journal, self.ids).changes
        self.after = snapshot_interactions(self.journal, self.ids)
        rows = self.before.rows.get("interaction", [])
        # One note is named by its title, else its day.
        title = str(rows[0]["title"] or str(rows[0]["occurred_at"])[:10]) if len(rows) == 1 else ""
        return Outcome("delete_notes", title, count=len(self.ids), changes=changes)
