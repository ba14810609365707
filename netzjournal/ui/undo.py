"""Undoable journal changes (QUndoCommand), built on store snapshots.

A command does its work once in :func:`perform`, which reports a store
error instead of pushing a half-done command; undo restores the rows as
they were (same ids), redo repeats the change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from netzjournal import store


class JournalCommand(QUndoCommand):
    def __init__(self, journal: store.Journal, text: str) -> None:
        super().__init__(text)
        self.journal = journal
        self._fresh = True

    def do(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def redo(self) -> None:
        if self._fresh:  # perform() already did it
            self._fresh = False
            return
        self.do()

    def undo(self) -> None:
        self.revert()


def perform(stack: QUndoStack, command: JournalCommand, parent: QWidget | None = None) -> bool:
    """Do the command's change; push it for undo only if it worked."""
    try:
        command.do()
    except store.StoreError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Undo", "Not saved"), str(exc))
        return False
    stack.push(command)
    return True


class EditContact(JournalCommand):
    def __init__(
        self,
        journal: store.Journal,
        before: store.ContactRecord,
        after: store.ContactRecord,
        text: str,
    ) -> None:
        super().__init__(journal, text)
        self.before, self.after = before, after

    def do(self) -> None:
        store.update_contact(self.journal, self.after)

    def revert(self) -> None:
        store.update_contact(self.journal, self.before)


class DeleteContacts(JournalCommand):
    def __init__(self, journal: store.Journal, ids: list[int], text: str) -> None:
        super().__init__(journal, text)
        self.ids = ids
        self.snapshot: store.Snapshot | None = None

    def do(self) -> None:
        self.snapshot = store.snapshot_contacts(self.journal, self.ids)
        store.delete_contacts(self.journal, self.ids)

    def revert(self) -> None:
        assert self.snapshot is not None
        store.restore_snapshot(self.journal, self.snapshot)


class MergeContacts(JournalCommand):
    def __init__(self, journal: store.Journal, keep: int, other: int, text: str) -> None:
        super().__init__(journal, text)
        self.keep, self.other = keep, other
        self.snapshot: store.Snapshot | None = None

    def do(self) -> None:
        self.snapshot = store.snapshot_contacts(self.journal, [self.keep, self.other])
        store.merge_contacts(self.journal, self.keep, self.other)

    def revert(self) -> None:
        assert self.snapshot is not None
        store.restore_snapshot(self.journal, self.snapshot)


class ArchiveContacts(JournalCommand):
    def __init__(self, journal: store.Journal, ids: list[int], archived: bool, text: str) -> None:
        super().__init__(journal, text)
        self.ids, self.archived = ids, archived

    def do(self) -> None:
        store.set_archived(self.journal, self.ids, self.archived)

    def revert(self) -> None:
        store.set_archived(self.journal, self.ids, not self.archived)


class EditNote(JournalCommand):
    """A note's fields and its follow-ups (new, changed, removed), saved in one
    transaction; undo puts all back."""

    def __init__(
        self,
        journal: store.Journal,
        after: store.InteractionRecord,
        follow_ups: list[store.FollowUpRecord],
        text: str,
        removed: list[int] | None = None,
    ) -> None:
        super().__init__(journal, text)
        self.after, self.follow_ups, self.removed = after, follow_ups, removed or []
        self.snapshot: store.Snapshot | None = None

    def do(self) -> None:
        self.snapshot = store.snapshot_interactions(self.journal, [self.after.id or 0])
        with self.journal.write():
            store.update_interaction(self.journal, self.after)
            for fu in self.follow_ups:
                if fu.id is None:  # new in the editor (again new after an undo)
                    store.add_follow_up(self.journal, fu)
                else:
                    store.update_follow_up(self.journal, fu)
            for follow_up_id in self.removed:
                store.delete_follow_up(self.journal, follow_up_id)

    def revert(self) -> None:
        assert self.snapshot is not None
        store.restore_snapshot(self.journal, self.snapshot)


class DeleteNotes(JournalCommand):
    def __init__(self, journal: store.Journal, ids: list[int], text: str) -> None:
        super().__init__(journal, text)
        self.ids = ids
        self.snapshot: store.Snapshot | None = None

    def do(self) -> None:
        self.snapshot = store.snapshot_interactions(self.journal, self.ids)
        store.delete_interactions(self.journal, self.ids)

    def revert(self) -> None:
        assert self.snapshot is not None
        store.restore_snapshot(self.journal, self.snapshot)


class SaveDebrief(JournalCommand):
    """A debrief after an event: everyone met, saved in one transaction, undone in one step."""

    def __init__(self, journal: store.Journal, debrief: store.Debrief, text: str) -> None:
        super().__init__(journal, text)
        self.debrief = debrief
        self.result: store.DebriefResult | None = None

    def do(self) -> None:
        import copy

        # A copy: redo after undo starts from what the user entered, not from ids made since.
        self.result = store.save_debrief(self.journal, copy.deepcopy(self.debrief)).value

    def revert(self) -> None:
        assert self.result is not None
        store.undo_debrief(self.journal, self.result)
