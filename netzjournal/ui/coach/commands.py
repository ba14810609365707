"""The coach's actions as undoable commands on the window's undo stack."""

from __future__ import annotations

import datetime as dt

from netzjournal.store.coach_data import record_opener, snooze, snoozed_until
from netzjournal.store.interactions import create_interaction, delete_interactions
from netzjournal.store.journal import Journal
from netzjournal.store.records import InteractionRecord
from netzjournal.ui.undo import JournalCommand


class ReachedOut(JournalCommand):
    """ "Reached out": the message is noted in the journal (the person rests),
    and the opener variant is remembered so the next one differs."""

    def __init__(
        self, journal: Journal, record: InteractionRecord, opener_key: str, text: str
    ) -> None:
        super().__init__(journal, text)
        self.record, self.opener_key = record, opener_key
        self.contact_id = record.participants[0]
        self.created: int | None = None
        self.previous_key: str | None = None

    def do(self) -> None:
        with self.journal.write():
            self.record.id = None
            self.created = create_interaction(self.journal, self.record).value.id
            if self.opener_key:
                self.previous_key = record_opener(
                    self.journal, self.contact_id, self.opener_key
                ).value

    def revert(self) -> None:
        with self.journal.write():
            if self.created is not None:
                delete_interactions(self.journal, [self.created])
            if self.opener_key:
                record_opener(self.journal, self.contact_id, self.previous_key)


class Snooze(JournalCommand):
    """ "Later": the person leaves the list until a day; undo brings them back."""

    def __init__(self, journal: Journal, contact_id: int, until: dt.date, text: str) -> None:
        super().__init__(journal, text)
        self.contact_id, self.until = contact_id, until
        self.before: dt.date | None = None

    def do(self) -> None:
        self.before = snoozed_until(self.journal, self.contact_id)
        snooze(self.journal, self.contact_id, self.until)

    def revert(self) -> None:
        snooze(self.journal, self.contact_id, self.before)
