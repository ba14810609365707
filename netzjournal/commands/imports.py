"""Importing contacts from files as one undoable step."""

from __future__ import annotations

from netzjournal.commands.base import Command, Outcome
from netzjournal.interchange.importer import ImportOutcome, ImportPlan, apply_import, undo_import
from netzjournal.progress import Progress, ignore
from netzjournal.store.changes import ChangeSet
from netzjournal.store.journal import Journal


class ImportContacts(Command):
    """The plan applied (after a backup, in one transaction); undo takes out what it
    added and puts back what it changed."""

    def __init__(
        self,
        journal: Journal,
        plan: ImportPlan,
        progress: Progress = ignore,
        language: str | None = None,
    ) -> None:
        super().__init__(journal)
        self.plan = plan
        self.language = language  # the interface's: new people's defaults follow it
        self.result: ImportOutcome | None = None
        self.progress = progress

    def _do(self) -> Outcome:
        progress, self.progress = self.progress, ignore  # a redo shows no progress
        self.result = apply_import(self.journal, self.plan, progress, self.language)
        # The people written (new or merged), as the result page counts them: the
        # cards left out (mailing lists, "skip") are not part of what undo takes back.
        written = len(self.result.created) + len(self.result.merged)
        return Outcome("import", count=written, changes=ChangeSet(everything=True))

    def _undo(self) -> ChangeSet:
        assert self.result is not None
        undo_import(self.journal, self.result)
        return ChangeSet(everything=True)
