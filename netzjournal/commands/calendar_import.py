"""Importing calendar files (.ics) as one undoable step, after a backup.

A calendar import does not only add events: an invitation mailed again updates
or cancels one here, a guest's answer changes who said they would come, a zone is
filled in. So the step keeps the rows it may change as they were (the events of
the calendar's UIDs, with their evenings, tags and attendance) and what it made;
undo puts those rows back exactly (same ids) and removes the new ones, or is
refused (``StaleWrite``) if they were changed elsewhere meanwhile.

An import that only records a newer version of mails already here (an invitation
mailed again without changes) is no step: its undo would visibly do nothing. The
previous import's undo still works after it (a mail version alone never makes a
restore refuse) and puts that import's mails back, so both read again count anew.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from netzjournal.commands.base import Outcome, SnapshotCommand
from netzjournal.interchange.ical_in import (
    CalendarEvent,
    ImportCount,
    events_touched,
    import_events,
)
from netzjournal.store import backups
from netzjournal.store.catalog import drop_unused_tags, put_tags_back, tag_ids, tag_rows
from netzjournal.store.changes import ChangeSet
from netzjournal.store.errors import StoreError
from netzjournal.store.journal import Journal
from netzjournal.store.snapshots import Snapshot, restore_snapshot, same_rows, snapshot_events


class ImportCalendars(SnapshotCommand):
    """The events of one or more calendar files (``files``: a name for each, as the
    result names it, and its events as read), each file in a transaction of its own,
    all of them one step.

    A backup is taken first (``pre-import``; none of an empty journal) and kept only
    if the import changed something a person can see (``changed``). A store refusal
    (a full disk, a lock) at the first file raises and leaves the journal as it was;
    at a later one the files before it stay in (and are this step) and ``stopped``
    says which file and why.
    """

    def __init__(
        self,
        journal: Journal,
        files: Sequence[tuple[str, list[CalendarEvent]]],
        language: str = "en",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(journal)
        # (the import fills in the records it writes: each doing starts from copies)
        self.files = [(name, copy.deepcopy(events)) for name, events in files]
        self.language = language
        self.today = today or dt.date.today()
        self.counts: list[ImportCount] = []  # each file's that went in, in order
        self.stopped: tuple[str, StoreError] | None = None
        self.backup: Path | None = None
        # False: all was already there, at most a mail's newer version was recorded
        # (nothing a person sees changed: no step to undo, no backup kept)
        self.changed = False
        self.new_tags: list[tuple[int, str, str]] = []  # (the tags the import made)

    def count(self) -> ImportCount:
        """What all files that went in brought, together."""
        total = ImportCount()
        for one in self.counts:
            total.add(one)
        return total

    def _do(self) -> Outcome:
        if self.after is not None and self.before is not None:  # a redo after its undo
            return self._again()
        if not self.files:  # (none could be read: nothing to import, nothing to back up)
            return self._outcome(ChangeSet())
        j = self.journal
        before: Snapshot | None = None
        after: Snapshot | None = None
        made: list[int] = []
        changes = ChangeSet()
        everything = [e for _name, events in self.files for e in events]
        tags = tag_ids(j)
        # (a backup of an empty journal keeps nothing)
        reason = None if backups.nothing_to_lose(j) else "pre-import"
        with backups.backed_up(j, reason) as taken:
            for name, events in self.files:
                try:
                    with j.write() as written:
                        # What the import may change, as it was: taken in the first
                        # file's transaction, before its first write.
                        was = before if before is not None else snapshot_events(
                            j, events_touched(j, everything))  # fmt: skip
                        out = import_events(j, copy.deepcopy(events), self.language, self.today)
                        scope = list(dict.fromkeys([*was.event_ids, *made, *out.value.made]))
                        now = snapshot_events(j, scope)
                        new_tags = tag_rows(j, tag_ids(j) - tags)
                except StoreError as exc:
                    if before is None:  # nothing went in: nothing to undo, no backup
                        raise
                    self.stopped = (name, exc)
                    break
                before, after = was, now
                made += out.value.made
                self.new_tags = new_tags
                self.counts.append(out.value)
                changes.update(written)
        assert before is not None and after is not None
        # The same rows on both sides: the new events and the evenings made under a
        # series (ids without rows before: undoing removes them, and their index).
        before.event_ids = after.event_ids = list(
            dict.fromkeys([*before.event_ids, *after.event_ids])
        )
        self.before, self.after = before, after
        # (the mails' versions aside: a resent invitation that changed nothing else is
        # no step; the previous import's undo is not refused for it, see restore_snapshot)
        self.changed = bool(made) or not same_rows(before, after)
        if taken is not None and not self.changed:  # the journal is as the backup before
            taken.path.unlink(missing_ok=True)
        elif taken is not None:
            self.backup = taken.path
        return self._outcome(changes)

    def _outcome(self, changes: ChangeSet) -> Outcome:
        total = self.count()
        return Outcome("import_calendar", count=total.created + total.updated, changes=changes)

    def _again(self) -> Outcome:
        """The import's rows put back exactly as it wrote them (ids, UIDs and all), as
        undo left the journal; refused if those rows were changed meanwhile."""
        assert self.before is not None and self.after is not None
        with self.journal.write() as changes:
            put_tags_back(self.journal, self.new_tags)
            restore_snapshot(self.journal, self.after, expect=self.before, mail=True)
        return self._outcome(changes)

    def _undo(self) -> ChangeSet:
        assert self.before is not None
        with self.journal.write() as changes:
            # The mails read go back too: imported again, they change the events again.
            restore_snapshot(self.journal, self.before, expect=self.after, mail=True)
            drop_unused_tags(self.journal, [t[0] for t in self.new_tags])
        return changes
