"""Several contacts at once (the list's selection): closeness, a tag added or
taken off. Each is one transaction and one undo step; undo puts back what each
person had, and is refused — nothing written — when one of them was changed in
that field elsewhere meanwhile (as an edit's undo is). Archive and merge of a
selection are :mod:`netzjournal.commands.contacts`' own commands."""

from __future__ import annotations

from netzjournal.commands.base import Command, Outcome
from netzjournal.commands.contacts import _one_label
from netzjournal.store.changes import ChangeSet
from netzjournal.store.contact_batch import (
    add_tag,
    put_tag_back,
    remove_tag,
    set_closeness,
)
from netzjournal.store.journal import Journal


class SetCloseness(Command):
    """Closeness 1–5 for every one of ``ids``."""

    def __init__(self, journal: Journal, ids: list[int], closeness: int) -> None:
        super().__init__(journal)
        self.ids, self.closeness = list(dict.fromkeys(ids)), closeness
        self.before: dict[int, int] = {}  # each person's closeness before

    def _do(self) -> Outcome:
        # A redo expects everyone as the undo left them (else refused, as an undo is).
        expect = dict(self.before) if self.before else None
        out = set_closeness(self.journal, dict.fromkeys(self.ids, self.closeness), expect)
        self.before = out.value
        label = _one_label(self.journal, self.ids)
        return Outcome("closeness", label, count=len(self.ids), changes=out.changes,
                       value=self.closeness)  # fmt: skip

    def _undo(self) -> ChangeSet:
        expect = dict.fromkeys(self.before, self.closeness)
        return set_closeness(self.journal, self.before, expect=expect).changes


class AddTag(Command):
    """The tag ``name`` on every one of ``ids`` (made when no tag has that name)."""

    def __init__(self, journal: Journal, ids: list[int], name: str) -> None:
        super().__init__(journal)
        self.ids, self.name = list(dict.fromkeys(ids)), " ".join(name.split())
        self.tag_id = 0
        self.got: list[int] = []  # who did not have it before
        self.created = False

    def _do(self) -> Outcome:
        out = add_tag(self.journal, self.ids, self.name)
        self.tag_id, self.got, self.created = out.value
        label = _one_label(self.journal, self.ids)
        return Outcome("tag_add", label, self.name, count=len(self.ids), changes=out.changes)

    def _undo(self) -> ChangeSet:
        out = remove_tag(self.journal, self.got, self.tag_id, strict=True, drop_tag=self.created)
        return out.changes


class RemoveTag(Command):
    """The tag ``tag_id`` (named ``name``) off every one of ``ids`` who has it."""

    def __init__(self, journal: Journal, ids: list[int], tag_id: int, name: str) -> None:
        super().__init__(journal)
        self.ids, self.tag_id, self.name = list(dict.fromkeys(ids)), tag_id, name
        self.lost: list[int] = []  # who had it

    def _do(self) -> Outcome:
        out = remove_tag(self.journal, self.ids, self.tag_id)
        self.lost = out.value
        label = _one_label(self.journal, self.ids)
        return Outcome("tag_remove", label, self.name, count=len(self.ids), changes=out.changes)

    def _undo(self) -> ChangeSet:
        return put_tag_back(self.journal, self.lost, self.tag_id).changes
