"""Meeting notes: the quick note (built and saved), a note's edit, deleting notes,
and a person created from a name typed in a picker.

People named in a note who are not contacts yet (:class:`NewPeople`) are
created by the note's command, in the note's transaction: a save that fails
leaves no contact behind, and undoing the note removes them again.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from netzjournal.commands.base import Command, Outcome, SnapshotCommand
from netzjournal.store.changes import ChangeSet
from netzjournal.store.contacts import create_contact, delete_contacts, existing, referenced
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
    retake,
    same_rows,
    snapshot_contacts,
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


# "Kai von Figma", "Kai from Figma", "Kai (Figma)": the person and where they work.
_AT_ORGANISATION = re.compile(r"^(?P<name>.+?)\s+(?:von|from)\s+(?P<org>.+)$")
_IN_PARENTHESES = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<org>[^()]+)\)$")


def name_and_organisation(text: str) -> tuple[str, str]:
    """A new person typed with where they work, read as name and organisation:
    „Kai von Figma“, "Kai from Figma", „Kai (Figma)“, „Kai Weber, Figma“ → ("Kai",
    "Figma") (or "Kai Weber"). Else (text, ""): „Ursula von der Leyen“ (what follows
    "von" starts with a name particle: a family name), „Müller, Hans“ (one word
    before the comma: family name, given name), „Dr. Weiß, MBA“ (a degree).

    A guess: „Richard von Weizsäcker“ reads as Richard at Weizsäcker, so the window
    shows the split before the person is created, to be corrected."""
    from netzjournal.store.collation import PARTICLES

    text = " ".join(text.split())
    found = _IN_PARENTHESES.match(text) or _AT_ORGANISATION.match(text)
    if found is None:
        head, comma, tail = text.partition(",")
        words = head.split()
        # "Kai Weber, Figma": a whole name before the comma (two words or more, not a
        # family name that starts with a particle: „von der Leyen, Ursula“).
        if (comma and len(words) >= 2 and words[0] not in PARTICLES and tail.strip()
                and "," not in tail and tail.strip() not in _SUFFIXES):  # fmt: skip
            return head.strip(), tail.strip()
        return text, ""
    name, org = found["name"].strip(), found["org"].strip()
    first = org.split()[0]
    if not name or first in PARTICLES or not (first[:1].isupper() or first[:1].isdigit()):
        return text, ""
    return name, org


# A sentence, not a name: "!", "?" or ":" anywhere, or a full stop followed by a word
# in lower case ("Dr. Weiß" and "J. R. Tolkien" are names; "Stand 4. will CV" is not).
_SENTENCE = re.compile(r"[!?:]|\.\s+[a-zäöüß]")


def could_be_name(text: str) -> bool:
    """Whether ``text`` typed in a people field may be a person's name.

    Not a name: more than five words ("Maria del Carmen García López" is five),
    a comma followed by more than two words ("Müller, Hans Peter" is a name,
    "Kurz am Stand Trumpf, will CV schicken" is the note itself, typed into
    the wrong field), or sentence punctuation.
    """
    words = text.split()
    if not words or len(words) > 5 or _SENTENCE.search(text):
        return False
    _, comma, tail = text.partition(",")
    return not comma or len(tail.replace(",", " ").split()) <= 2


def create_person(
    journal: Journal, name: str, interface_language: str, organisation: str = ""
) -> int:
    """Create the contact :func:`contact_from_name` makes (with ``organisation``), with
    the journal's defaults for a new contact in this interface language; its id."""
    from netzjournal.coach.settings import new_contact

    person = replace(contact_from_name(name), organisation=organisation.strip())
    record = new_contact(journal, interface_language, person)
    created = create_contact(journal, record).value
    assert created.id is not None
    return created.id


@dataclass
class NewPeople:
    """People named in a note who are not contacts yet, each under a placeholder id
    (negative: -1, -2, …) that the note's records use wherever the person's id goes
    (participants, a follow-up's or a give-and-take line's person).

    ``names`` maps placeholder to the name as typed (or as confirmed: the name part of
    „Kai von Figma“); ``organisations`` a placeholder to where that person works;
    ``language`` is the interface language a new contact's defaults come from (see
    :func:`create_person`).
    """

    names: dict[int, str] = field(default_factory=dict)
    language: str = "en"
    organisations: dict[int, str] = field(default_factory=dict)


# The rows that are the person themself (what a redo puts back under the same id).
_PERSON_TABLES = ("contact", "contact_channel", "contact_tag")


def own_rows(snap: Snapshot, ids: set[int]) -> Snapshot:
    """The part of a contacts snapshot that is these people themselves."""
    rows = {
        table: [r for r in snap.rows.get(table, [])
                if (r["id"] if table == "contact" else r["contact_id"]) in ids]
        for table in _PERSON_TABLES
    }  # fmt: skip
    return Snapshot(contact_ids=sorted(ids), rows=rows)


class _Newcomers:
    """Creates a note's :class:`NewPeople` inside its transaction and removes them
    on undo; a redo puts them back under the same ids where it can."""

    def __init__(self, journal: Journal, people: NewPeople | None) -> None:
        self.journal = journal
        self.people = people or NewPeople()
        self.ids: dict[int, int] = {}  # placeholder -> contact id (the last do's)
        self.made: Snapshot | None = None  # their own rows as created
        self.after: Snapshot | None = None  # everything about them as the note left it
        self.kept: set[int] = set()  # the last undo left these (see remove)

    def create(self) -> dict[int, int]:
        """Make (or on redo, put back) the people; placeholder -> contact id."""
        if not self.people.names:  # (the usual note: nobody new)
            return {}
        j, before = self.journal, dict(self.ids)
        there = existing(j, before.values())
        # Undone and not taken since by a contact made meanwhile: the same id again.
        again = {cid for cid in before.values() if cid not in there}
        if again and self.made is not None:
            restore_snapshot(j, own_rows(self.made, again))
        ids: dict[int, int] = {}
        for placeholder, name in self.people.names.items():
            old = before.get(placeholder)
            if old is not None and (old in again or old in self.kept):
                ids[placeholder] = old
            else:  # first time, or the id is another contact's now
                organisation = self.people.organisations.get(placeholder, "")
                ids[placeholder] = create_person(j, name, self.people.language, organisation)
        self.ids = ids
        if ids:
            self.made = own_rows(snapshot_contacts(j, ids.values()), set(ids.values()))
        return ids

    def settle(self) -> None:
        """After the note was written: remember the people as it left them."""
        if self.ids:
            self.after = snapshot_contacts(self.journal, self.ids.values())

    def edited(self) -> set[int]:
        """Those of the people edited since the note made them (a phone number added):
        asked before the undo takes the note away."""
        if not self.ids or self.after is None:
            return set()
        now = retake(self.journal, self.after)
        return {cid for cid in self.ids.values()
                if not same_rows(own_rows(now, {cid}), own_rows(self.after, {cid}))}  # fmt: skip

    def remove(self, edited: set[int]) -> None:
        """In the undo's transaction, after the note is gone: delete the people it
        made unless something else has come to need them.

        Kept (a contact like any other from then on): anyone named by another note,
        a follow-up, an event, the coach, or who introduced somebody — deleting them
        would take that with them — and anyone ``edited`` since: that is the user's
        work, not this note's.
        """
        ids = set(self.ids.values())
        self.kept = referenced(self.journal, ids) | edited | (ids - existing(self.journal, ids))
        if ids - self.kept:
            delete_contacts(self.journal, ids - self.kept, backup_reason=None)

    def put(
        self, ids: dict[int, int], record: InteractionRecord, follow_ups: list[FollowUpRecord]
    ) -> tuple[InteractionRecord, list[FollowUpRecord]]:
        """Copies of the note's records with the placeholders made contact ids."""

        def real(value: int | None) -> int | None:
            return ids.get(value, value) if value is not None else None

        note = replace(
            record,
            participants=[real(p) or 0 for p in record.participants],
            give_take=[replace(g, contact_id=real(g.contact_id)) for g in record.give_take],
        )
        return note, [replace(f, contact_id=real(f.contact_id)) for f in follow_ups]


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
    # Whose the next step is, of several people (None: the first named)
    next_step_for: int | None = None
    # Chosen when the note is begun and kept in its draft: a draft left behind after
    # the save is recognised by it, and a second save of it is refused (unique UID).
    uid: str = ""

    def record(self) -> InteractionRecord:
        said = {cid: " ".join(self.say_next_to.get(cid, "").split()) for cid in self.participants}
        return InteractionRecord(
            occurred_at=self.occurred_at, kind=self.kind, participants=list(self.participants),
            title=self.title.strip(), body=self.body.strip(), hooks=self.hooks.strip(),
            say_next=self.say_next.strip(), event_id=self.event_id,
            say_next_to={cid: text for cid, text in said.items() if text}, uid=self.uid,
        )  # fmt: skip

    def follow_ups(self) -> list[FollowUpRecord]:
        """The next step, owed to the person chosen for it, else the first named."""
        step = self.next_step.strip()
        if not step or not self.participants:
            return []
        owner = self.next_step_for
        if owner not in self.participants:
            owner = self.participants[0]
        return [FollowUpRecord(step, owner, due_on=self.due_on)]


class SaveNote(Command):
    """A new note with its next step and the people it names who are new
    (:class:`NewPeople`), in one transaction; undo deletes it again (refused when
    it was edited elsewhere meanwhile) and the new people with it (see
    :meth:`_Newcomers.remove`)."""

    def __init__(self, journal: Journal, note: QuickNote | InteractionRecord,
                 follow_ups: list[FollowUpRecord] | None = None,
                 new_people: NewPeople | None = None) -> None:  # fmt: skip
        super().__init__(journal)
        if isinstance(note, QuickNote):
            self.record, self.follow_ups = note.record(), note.follow_ups()
        else:
            self.record, self.follow_ups = note, list(follow_ups or [])
        self.newcomers = _Newcomers(journal, new_people)
        self.after: Snapshot | None = None

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            ids = self.newcomers.create()
            record, follow_ups = self.newcomers.put(ids, self.record, self.follow_ups)
            record.id = None  # a redo makes it anew
            for fu in follow_ups:
                fu.id = None
            out = create_interaction(self.journal, record, follow_ups)
            note_id = out.value.id or 0
            self.after = snapshot_interactions(self.journal, [note_id])
            self.newcomers.settle()
        return Outcome("save_note", count=len(record.participants), changes=changes,
                       value=note_id)  # fmt: skip

    def _undo(self) -> ChangeSet:
        assert self.after is not None and self.outcome is not None
        with self.journal.write() as changes:
            if not same_rows(snapshot_interactions(self.journal, [self.outcome.value or 0]),
                             self.after):  # fmt: skip
                raise StaleWrite("interaction", self.outcome.value or 0, [])
            edited = self.newcomers.edited()
            # Its next step goes too (deleting a note alone keeps its follow-ups).
            for row in self.after.rows.get("follow_up", []):
                delete_follow_up(self.journal, int(str(row["id"])))
            delete_interactions(self.journal, [self.outcome.value or 0])
            self.newcomers.remove(edited)
        return changes


class EditNote(Command):
    """A note's fields, its follow-ups (new, changed, removed) and the people it
    names who are new (:class:`NewPeople`), saved in one transaction; undo puts
    all back and removes those people again (see :meth:`_Newcomers.remove`)."""

    def __init__(
        self,
        journal: Journal,
        after: InteractionRecord,
        follow_ups: list[FollowUpRecord],
        removed: list[int] | None = None,
        base: InteractionRecord | None = None,
        new_people: NewPeople | None = None,
    ) -> None:
        super().__init__(journal)
        self.after_record, self.follow_ups, self.removed = after, follow_ups, removed or []
        self.base = base  # the note as the editor read it
        self.newcomers = _Newcomers(journal, new_people)
        self.before: Snapshot | None = None
        self.after: Snapshot | None = None

    def _do(self) -> Outcome:
        note_id = self.after_record.id or 0
        self.before = snapshot_interactions(self.journal, [note_id])
        try:
            changes, combined = self._write()
        except StaleWrite as exc:
            # Nothing was written: the people made for it are gone again, and the note
            # offered to edit once more names them by placeholder, as the editor does
            # (a rolled-back id may be another contact's by the next save).
            back = {real: placeholder for placeholder, real in self.newcomers.ids.items()}
            if isinstance(exc.merged, InteractionRecord):
                exc.merged.participants = [back.get(p, p) for p in exc.merged.participants]
            raise
        self.after = snapshot_interactions(self.journal, [note_id])
        return Outcome("edit_note", self.after_record.title, changes=changes, combined=combined,
                       value=note_id, day=self.after_record.occurred_at.date())  # fmt: skip

    def _write(self) -> tuple[ChangeSet, bool]:
        """The edit in one transaction; what changed, and whether it was combined with a
        change made elsewhere."""
        with self.journal.write() as changes:
            ids = self.newcomers.create()
            record, follow_ups = self.newcomers.put(ids, self.after_record, self.follow_ups)
            out = update_interaction(self.journal, record, base=self.base)
            for fu in follow_ups:
                if fu.id is None:  # new in the editor (again new after an undo)
                    add_follow_up(self.journal, fu)
                else:
                    update_follow_up(self.journal, fu)
            for follow_up_id in self.removed:
                delete_follow_up(self.journal, follow_up_id)
            self.newcomers.settle()
        return changes, out.combined

    def _undo(self) -> ChangeSet:
        assert self.before is not None and self.after is not None
        had = {row["id"] for row in self.before.rows.get("follow_up", [])}
        added = [row["id"] for row in self.after.rows.get("follow_up", []) if row["id"] not in had]
        with self.journal.write() as changes:
            edited = self.newcomers.edited()
            restore_snapshot(self.journal, self.before, expect=self.after)
            # Follow-ups this edit added go too (restoring the note alone would keep
            # them, without their note).
            for follow_up_id in added:
                delete_follow_up(self.journal, int(str(follow_up_id)))
            self.newcomers.remove(edited)
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
        title = str(rows[0]["title"] or "") if len(rows) == 1 else ""
        day = dt.date.fromisoformat(str(rows[0]["occurred_at"])[:10]) if len(rows) == 1 else None
        return Outcome("delete_notes", title, count=len(self.ids), changes=changes, day=day)
