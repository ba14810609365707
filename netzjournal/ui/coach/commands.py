"""The coach's actions as undoable commands on the window's undo stack."""

from __future__ import annotations

import datetime as dt

from netzjournal import store
from netzjournal.ui.undo import JournalCommand


class ReachedOut(JournalCommand):
    """ "Reached out": the message is noted in the journal (the person rests),
    and the opener variant is remembered so the next one differs."""

    def __init__(
        self, journal: store.Journal, record: store.InteractionRecord, opener_key: str, text: str
    ) -> None:
        super().__init__(journal, text)
        self.record, self.opener_key = record, opener_key
        self.contact_id = record.participants[0]
        self.created: int | None = None
        self.previous_key: str | None = None

    def do(self) -> None:
        with self.journal.write():
            self.record.id = None
            self.created = store.create_interaction(self.journal, self.record).value.id
            if self.opener_key:
                self.previous_key = store.record_opener(
                    self.journal, self.contact_id, self.opener_key
                ).value

    def revert(self) -> None:
        with self.journal.write():
            if self.created is not None:
                store.delete_interactions(self.journal, [self.created])
            if self.opener_key:
                store.record_opener(self.journal, self.contact_id, self.previous_key)


class Snooze(JournalCommand):
    """ "Later": the person leaves the list until a day; undo brings them back."""

    def __init__(self, journal: store.Journal, contact_id: int, until: dt.date, text: str) -> None:
        super().__init__(journal, text)
        self.contact_id, self.until = contact_id, until
        self.before: dt.date | None = None

    def do(self) -> None:
        self.before = store.snoozed_until(self.journal, self.contact_id)
        store.snooze(self.journal, self.contact_id, self.until)

    def revert(self) -> None:
        store.snooze(self.journal, self.contact_id, self.before)
