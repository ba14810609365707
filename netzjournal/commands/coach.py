"""The coach's actions: "reached out" (noted as a message; the person rests),
"later" (snoozed until a day) and the language to write in, chosen on a card."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from netzjournal.coach.address_evidence import says_du
from netzjournal.coach.rules import Occasion
from netzjournal.commands.base import Command, Outcome
from netzjournal.store.changes import ChangeSet
from netzjournal.store.coach_data import (
    form_texts,
    open_address_forms,
    record_answered,
    record_opener,
    snooze,
    snoozed_until,
    without_language,
)
from netzjournal.store.contacts import (
    set_address_form,
    set_address_forms,
    set_language,
    set_languages,
    set_salutation,
)
from netzjournal.store.interactions import (
    create_interaction,
    delete_interactions,
    get_follow_up,
    update_follow_up,
)
from netzjournal.store.journal import Journal
from netzjournal.store.people import person_label
from netzjournal.store.records import FollowUpRecord, InteractionRecord


def reached_out_note(
    contact_id: int, today: dt.date, now: dt.time, subject: str, body: str
) -> InteractionRecord:
    """The note "Reached out" writes: an outgoing message today, at the time it is now."""
    when = dt.datetime.combine(today, now.replace(microsecond=0))
    return InteractionRecord(
        occurred_at=when, kind="message", direction="outbound", participants=[contact_id],
        title=subject, body=body,
    )  # fmt: skip


def answered_until(today: dt.date, occasions: Iterable[Occasion]) -> dt.date:
    """The last day of the occasions a message sent ``today`` answers: today (a
    follow-up due today or before), or a birthday's day ahead (wishes sent a few days
    early: the card must not come back on the day itself)."""
    days = [o.when for o in occasions if o.kind == "birthday" and o.when is not None]
    return max([today, *days])


class ReachedOut(Command):
    """ "Reached out": the message is noted in the journal (the person rests), the
    opener variant is remembered so the next one differs, and the card's occasions up
    to ``until`` count as answered (:func:`answered_until`; a birthday today no longer
    keeps them listed). ``done``: follow-ups I owe them that the message delivers,
    marked done with it — one step, undone together."""

    def __init__(
        self,
        journal: Journal,
        record: InteractionRecord,
        opener_key: str = "",
        until: dt.date | None = None,
        done: Sequence[int] = (),
    ) -> None:
        super().__init__(journal)
        self.record, self.opener_key = record, opener_key
        self.until = until or record.occurred_at.date()
        self.done = tuple(done)
        self.contact_id = record.participants[0]
        self.created: int | None = None
        self.previous_key: str | None = None
        self.previous_answer: tuple[int | None, dt.date | None] = (None, None)
        self.reopen: list[FollowUpRecord] = []  # marked done here (undo opens them again)

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            self.record.id = None
            self.created = create_interaction(self.journal, self.record).value.id
            if self.opener_key:
                self.previous_key = record_opener(
                    self.journal, self.contact_id, self.opener_key
                ).value
            self.previous_answer = record_answered(
                self.journal, self.contact_id, self.created, self.until
            ).value
            self.reopen = []
            for fid in self.done:
                found = get_follow_up(self.journal, fid)
                if found is None or found.done:  # (gone or done meanwhile: left as it is)
                    continue
                self.reopen.append(found)
                update_follow_up(self.journal, replace(found, done=True), self.record.occurred_at)
            name = person_label(self.journal, self.contact_id)
        return Outcome("reached_out", name, changes=changes, value=self.created)

    def _undo(self) -> ChangeSet:
        with self.journal.write() as changes:
            for found in self.reopen:
                update_follow_up(self.journal, replace(found, done=False))
            if self.created is not None:
                delete_interactions(self.journal, [self.created])
            if self.opener_key:
                record_opener(self.journal, self.contact_id, self.previous_key)
            record_answered(self.journal, self.contact_id, *self.previous_answer)
        return changes


class Snooze(Command):
    """ "Later": the person leaves the list until a day; undo brings them back."""

    def __init__(self, journal: Journal, contact_id: int, until: dt.date) -> None:
        super().__init__(journal)
        self.contact_id, self.until = contact_id, until
        self.before: dt.date | None = None

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            self.before = snoozed_until(self.journal, self.contact_id)
            snooze(self.journal, self.contact_id, self.until)
            name = person_label(self.journal, self.contact_id)
        return Outcome("snooze", name, changes=changes, value=self.contact_id)

    def _undo(self) -> ChangeSet:
        return snooze(self.journal, self.contact_id, self.before).changes


class ChooseLanguage(Command):
    """The language to write to someone in, chosen on their card where it was not
    known (an imported card that did not say); undo makes it "not known" again."""

    def __init__(self, journal: Journal, contact_id: int, language: str) -> None:
        super().__init__(journal)
        self.contact_id, self.language = contact_id, language
        self.before = ""

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            self.before = set_language(self.journal, self.contact_id, self.language).value
            name = person_label(self.journal, self.contact_id)
        return Outcome("language", name, changes=changes, value=self.contact_id)

    def _undo(self) -> ChangeSet:
        return set_language(self.journal, self.contact_id, self.before).changes


class ChooseAddressForm(Command):
    """Sie or du, chosen on the coach's card where it was the import's default (not
    chosen, migration 0054); undo makes it "not chosen" again, with the form it had."""

    def __init__(self, journal: Journal, contact_id: int, form: str) -> None:
        super().__init__(journal)
        self.contact_id, self.form = contact_id, form
        self.before = ("sie", False)  # the form it had, and whether it was chosen

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            self.before = set_address_form(self.journal, self.contact_id, self.form).value
            name = person_label(self.journal, self.contact_id)
        return Outcome("address_form", name, changes=changes, value=self.contact_id)

    def _undo(self) -> ChangeSet:
        return set_address_form(self.journal, self.contact_id, *self.before).changes


class ChooseSalutation(Command):
    """Frau or Herr ("" with ``neutral``: the whole-name greeting), chosen on the
    coach's card for a German Sie message; undo puts back what it had (migration 0062)."""

    def __init__(self, journal: Journal, contact_id: int, salutation: str) -> None:
        super().__init__(journal)
        self.contact_id, self.salutation = contact_id, salutation
        self.before = ("", False)  # the salutation it had, and whether neutral was chosen

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            self.before = set_salutation(
                self.journal, self.contact_id, self.salutation, neutral=not self.salutation
            ).value
            name = person_label(self.journal, self.contact_id)
        return Outcome("salutation", name, changes=changes, value=self.contact_id)

    def _undo(self) -> ChangeSet:
        return set_salutation(self.journal, self.contact_id, *self.before).changes


class ChooseLanguageForAll(Command):
    """One language for everyone whose language is not known (asked once above the
    coach's cards, not on each); undo makes them all "not known" again, as one step.
    The people are those without one when it is done (ids, kept for the undo)."""

    def __init__(self, journal: Journal, language: str) -> None:
        super().__init__(journal)
        self.language = language
        self.ids: list[int] = []

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            if not self.ids:  # (a redo: the same people)
                self.ids = without_language(self.journal)
            count = set_languages(self.journal, self.ids, self.language).value
        return Outcome("language_all", count=count, changes=changes)

    def _undo(self) -> ChangeSet:
        return set_languages(self.journal, self.ids, "").changes


def settle_open_forms(journal: Journal, form: str) -> dict[int, str]:
    """What "for everyone still open: Sie" would set: each person whose Sie/du nobody
    chose (the cards that ask) gets ``form`` — except where the journal already says
    du to them (coach.address_evidence), who get du, as their card shows."""
    before = open_address_forms(journal)
    said = form_texts(journal, before)
    return {cid: "du" if cid in said and says_du(said[cid]) else form for cid in before}


class ChooseOpenAddressForms(Command):
    """Sie (or du) for everyone whose form nobody chose, asked once from a card's
    question instead of on each card (:func:`settle_open_forms`); undo makes them all
    "not chosen" again with the form each had, as one step. The people are those
    still open when it is done (kept for the undo and a redo)."""

    def __init__(self, journal: Journal, form: str, forms: dict[int, str] | None = None) -> None:
        """``forms``: :func:`settle_open_forms` as the question counted them."""
        super().__init__(journal)
        self.form, self.asked = form, forms
        self.before: dict[int, str] = {}
        self.after: dict[int, str] = {}

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            if not self.before:  # (a redo: the same people, the same forms)
                self.before = open_address_forms(self.journal)
                forms = self.asked or settle_open_forms(self.journal, self.form)
                # (only who is still open: a sync may have said someone's meanwhile)
                self.after = {cid: f for cid, f in forms.items() if cid in self.before}
            count = set_address_forms(self.journal, self.after, chosen=True).value
        return Outcome("address_form_all", count=count, changes=changes)

    def _undo(self) -> ChangeSet:
        return set_address_forms(self.journal, self.before, chosen=False).changes
