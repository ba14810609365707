"""Possible duplicates: "not the same person" (undoable). Merging is ``MergeContacts``."""

from __future__ import annotations

import datetime as dt

from netzjournal.commands.base import Command, Outcome
from netzjournal.store.changes import ChangeSet
from netzjournal.store.contacts import existing
from netzjournal.store.duplicates import say_not_duplicates, unsay_not_duplicates
from netzjournal.store.errors import NotFound
from netzjournal.store.journal import Journal
from netzjournal.store.people import person_choices


class SayNotDuplicates(Command):
    """``a`` and ``b`` are two people: not offered as possible duplicates again."""

    def __init__(self, journal: Journal, a: int, b: int, now: dt.datetime | None = None) -> None:
        super().__init__(journal)
        self.a, self.b = a, b
        self.now = now or dt.datetime.now(dt.UTC)

    def _do(self) -> Outcome:
        with self.journal.write() as changes:
            if existing(self.journal, (self.a, self.b)) != {self.a, self.b}:
                # (deleted or merged away meanwhile — a sync, another window —: a pair
                # said apart would be a row about nobody)
                raise NotFound(f"contact {self.a} or {self.b}")
            say_not_duplicates(self.journal.connection(), self.a, self.b, self.now)
            changes.contacts.update((self.a, self.b))  # (the list of duplicates reads again)
        people = person_choices(self.journal, [self.a, self.b])  # namesakes told apart
        a, b = people.get(self.a), people.get(self.b)
        return Outcome("not_duplicates", a.label if a else "", b.label if b else "",
                       changes=changes, short_subject=a.name if a else "",
                       short_other=b.name if b else "")  # fmt: skip

    def _undo(self) -> ChangeSet:
        with self.journal.write() as changes:
            unsay_not_duplicates(self.journal.connection(), self.a, self.b)
            changes.contacts.update((self.a, self.b))
        return changes
