"""Undoable journal changes (QUndoCommand), built on store snapshots.

A command does its work once in :func:`perform`, which reports a store
error instead of pushing a half-done command; undo restores the rows as
they were (same ids), redo repeats the change.

Another process may write the same rows meanwhile (``netzjournal import``,
a second window). Edits carry the record they were made from, so the store
combines them with such a change or refuses (:class:`StaleWrite`);
undoing a delete, merge or note edit first checks that the rows are still
as the change left them. An undo or redo that is refused says why and
leaves the stack (it is dropped), rather than overwrite the newer data.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from netzjournal.store.contacts import delete_contacts, merge_contacts, set_archived, update_contact
from netzjournal.store.debrief import Debrief, DebriefResult, save_debrief, undo_debrief
from netzjournal.store.errors import NotFound, StoreError
from netzjournal.store.interactions import (
    add_follow_up,
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
    snapshot_contacts,
    snapshot_interactions,
)
from netzjournal.store.stale import StaleWrite
from netzjournal.ui import texts


class JournalCommand(QUndoCommand):
    def __init__(self, journal: Journal, text: str) -> None:
        super().__init__(text)
        self.journal = journal
        self._fresh = True
        self.parent_widget: QWidget | None = None
        self.combined = False  # the last step was merged with a change made elsewhere

    def do(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def redo(self) -> None:
        if self._fresh:  # perform() already did it
            self._fresh = False
            return
        self._guarded(self.do, undoing=False)

    def undo(self) -> None:
        self._guarded(self.revert, undoing=True)

    def _guarded(self, step: Callable[[], None], undoing: bool) -> None:
        try:
            step()
        except StoreError as exc:
            # Dropped from the stack (Qt deletes an obsolete command), so the
            # stack never claims a state the journal is not in.
            self.setObsolete(True)
            title = (
                QCoreApplication.translate("Undo", "Undo not possible")
                if undoing
                else QCoreApplication.translate("Undo", "Redo not possible")
            )
            message = _undo_refused_text(exc, self.text())
            parent = self.parent_widget
            # Shown after the stack has finished its step.
            QTimer.singleShot(0, lambda: QMessageBox.warning(parent, title, message))


def _undo_refused_text(exc: StoreError, step: str) -> str:
    if isinstance(exc, (StaleWrite, NotFound)):
        return QCoreApplication.translate(
            "Undo",
            "“%1” cannot be undone: what it changed was changed again elsewhere "
            "(in another window or by an import). Undoing it would throw that "
            "newer change away, so the journal was left as it is.",
        ).replace("%1", step)
    return texts.store_error_text(exc)


def perform(
    stack: QUndoStack,
    command: JournalCommand,
    parent: QWidget | None = None,
    on_stale: Callable[[StaleWrite], None] | None = None,
) -> bool:
    """Do the command's change; push it for undo only if it worked.

    ``on_stale`` handles a conflict with a change made elsewhere (an editor
    shows its text again); other refusals are reported in a message box.
    """
    command.parent_widget = parent
    try:
        command.do()
    except StoreError as exc:
        if isinstance(exc, StaleWrite) and on_stale is not None:
            on_stale(exc)
            return False
        QMessageBox.warning(
            parent, QCoreApplication.translate("Undo", "Not saved"), texts.store_error_text(exc)
        )
        return False
    stack.push(command)
    return True


class EditContact(JournalCommand):
    def __init__(
        self,
        journal: Journal,
        before: ContactRecord,
        after: ContactRecord,
        text: str,
    ) -> None:
        super().__init__(journal, text)
        self.before, self.after = before, after

    # The edit is the difference between ``before`` and ``after``: doing it
    # applies that difference to the contact as it is now, undoing applies
    # the reverse (a change made elsewhere meanwhile stays either way).
    def do(self) -> None:
        out = update_contact(self.journal, self.after, base=self.before)
        self.combined = out.combined

    def revert(self) -> None:
        out = update_contact(self.journal, self.before, base=self.after)
        self.combined = out.combined


class DeleteContacts(JournalCommand):
    def __init__(self, journal: Journal, ids: list[int], text: str) -> None:
        super().__init__(journal, text)
        self.ids = ids
        self.snapshot: Snapshot | None = None

    def do(self) -> None:
        self.snapshot = snapshot_contacts(self.journal, self.ids)
        delete_contacts(self.journal, self.ids)
        self.after_state = snapshot_contacts(self.journal, self.ids)

    def revert(self) -> None:
        assert self.snapshot is not None
        restore_snapshot(self.journal, self.snapshot, expect=self.after_state)


class MergeContacts(JournalCommand):
    def __init__(self, journal: Journal, keep: int, other: int, text: str) -> None:
        super().__init__(journal, text)
        self.keep, self.other = keep, other
        self.snapshot: Snapshot | None = None

    def do(self) -> None:
        self.snapshot = snapshot_contacts(self.journal, [self.keep, self.other])
        merge_contacts(self.journal, self.keep, self.other)
        self.after_state = snapshot_contacts(self.journal, [self.keep, self.other])

    def revert(self) -> None:
        assert self.snapshot is not None
        restore_snapshot(self.journal, self.snapshot, expect=self.after_state)


class ArchiveContacts(JournalCommand):
    def __init__(self, journal: Journal, ids: list[int], archived: bool, text: str) -> None:
        super().__init__(journal, text)
        self.ids, self.archived = ids, archived

    def do(self) -> None:
        set_archived(self.journal, self.ids, self.archived)

    def revert(self) -> None:
        set_archived(self.journal, self.ids, not self.archived)


class EditNote(JournalCommand):
    """A note's fields and its follow-ups (new, changed, removed), saved in one
    transaction; undo puts all back."""

    def __init__(
        self,
        journal: Journal,
        after: InteractionRecord,
        follow_ups: list[FollowUpRecord],
        text: str,
        removed: list[int] | None = None,
        base: InteractionRecord | None = None,
    ) -> None:
        super().__init__(journal, text)
        self.after, self.follow_ups, self.removed = after, follow_ups, removed or []
        self.base = base  # the note as the editor read it
        self.snapshot: Snapshot | None = None

    def do(self) -> None:
        self.snapshot = snapshot_interactions(self.journal, [self.after.id or 0])
        with self.journal.write():
            out = update_interaction(self.journal, self.after, base=self.base)
            self.combined = out.combined
            for fu in self.follow_ups:
                if fu.id is None:  # new in the editor (again new after an undo)
                    add_follow_up(self.journal, fu)
                else:
                    update_follow_up(self.journal, fu)
            for follow_up_id in self.removed:
                delete_follow_up(self.journal, follow_up_id)
        self.after_state = snapshot_interactions(self.journal, [self.after.id or 0])

    def revert(self) -> None:
        assert self.snapshot is not None
        restore_snapshot(self.journal, self.snapshot, expect=self.after_state)


class DeleteNotes(JournalCommand):
    def __init__(self, journal: Journal, ids: list[int], text: str) -> None:
        super().__init__(journal, text)
        self.ids = ids
        self.snapshot: Snapshot | None = None

    def do(self) -> None:
        self.snapshot = snapshot_interactions(self.journal, self.ids)
        delete_interactions(self.journal, self.ids)
        self.after_state = snapshot_interactions(self.journal, self.ids)

    def revert(self) -> None:
        assert self.snapshot is not None
        restore_snapshot(self.journal, self.snapshot, expect=self.after_state)


class SaveDebrief(JournalCommand):
    """A debrief after an event: everyone met, saved in one transaction, undone in one step."""

    def __init__(self, journal: Journal, debrief: Debrief, text: str) -> None:
        super().__init__(journal, text)
        self.debrief = debrief
        self.result: DebriefResult | None = None
        self.after_state: Snapshot | None = None

    def do(self) -> None:
        import copy

        # A copy: redo after undo starts from what the user entered, not from ids made since.
        self.result = save_debrief(self.journal, copy.deepcopy(self.debrief)).value
        # The notes as saved: an undo after they were edited elsewhere is refused.
        self.after_state = snapshot_interactions(self.journal, self.result.notes)

    def revert(self) -> None:
        assert self.result is not None
        undo_debrief(self.journal, self.result, expect=self.after_state)
