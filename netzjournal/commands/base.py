"""The shape every command has: ``do`` (also redo), ``undo``, and an :class:`Outcome`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from netzjournal.store.changes import ChangeSet
from netzjournal.store.journal import Journal
from netzjournal.store.snapshots import Snapshot, restore_snapshot


@dataclass
class Outcome:
    """What a command did, for the undo label and the status bar.

    ``what`` is a code the interface words in its language (``ui/texts.py``:
    ``outcome_text``) with ``subject``/``other`` (names as shown, namesakes
    told apart) and ``count``. ``changes`` is what the journal reported;
    ``combined`` says an edit was merged with a change made elsewhere meanwhile.
    """

    what: str
    subject: str = ""
    other: str = ""
    count: int = 0
    changes: ChangeSet = field(default_factory=ChangeSet)
    combined: bool = False
    value: int | None = None  # the row the command made or kept (a note, a contact)
    # The day, worded in the interface's locale: a note without a title is named by it,
    # an answer to a series by its evening.
    day: dt.date | None = None
    # The names alone (no organisation, city or role) for the status bar's one line,
    # where the labels with what tells namesakes apart were cut at 800 pixels; the
    # undo menu keeps the labels. Empty: the labels are used.
    short_subject: str = ""
    short_other: str = ""


class Command(ABC):
    """A change to the journal that can be undone.

    :meth:`do` makes the change (the first time and on redo) and keeps what
    :meth:`undo` needs; both raise a ``StoreError`` and write nothing when the
    journal refuses (a change made elsewhere meanwhile: ``StaleWrite``).
    """

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.outcome: Outcome | None = None  # the last do()'s

    @abstractmethod
    def _do(self) -> Outcome: ...

    @abstractmethod
    def _undo(self) -> ChangeSet: ...

    def do(self) -> Outcome:
        self.outcome = self._do()
        return self.outcome

    def undo(self) -> Outcome:
        """Take the change back; the outcome is the one it undid, with what undoing changed."""
        changes = self._undo()
        done = self.outcome or Outcome("")
        return dataclasses.replace(done, changes=changes, combined=False)


class SnapshotCommand(Command):
    """A change undone by putting its rows back exactly (same ids): ``before`` is what
    they were, ``after`` what the change made them; undo is refused if they were changed
    elsewhere meanwhile."""

    def __init__(self, journal: Journal) -> None:
        super().__init__(journal)
        self.before: Snapshot | None = None
        self.after: Snapshot | None = None

    def _undo(self) -> ChangeSet:
        assert self.before is not None
        return restore_snapshot(self.journal, self.before, expect=self.after).changes
