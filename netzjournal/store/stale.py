"""Writes made from an older copy: noticed, merged where they can be, refused where not.

An editor (or an undo step) holds a copy of a row as it was when it was read
— its *base*. Another process (``netzjournal import``, a second window) may
have written the row since. Writing the editor's whole record back would
undo that other write (a lost update). So a write that names its base is
compared, inside its transaction, with the row as it is now:

* unchanged since the base → written as it is;
* changed elsewhere, but in other fields than the editor changed → the two
  are combined (a three-way merge: base, mine, theirs) and written;
* the same field changed both here and elsewhere, to different values →
  nothing is written; :class:`StaleWrite` names the fields and carries the
  combined record (with this side's values in those fields) and the current
  one, so the editor can show it again.

The base *is* the revision: the whole record as read (every field, the
channels, tags, participants and give & take lines), so any change made
elsewhere is seen — also one that leaves ``updated_at`` alone — and a change
that was written back to the same values is no conflict. Timestamps are
ignored in the comparison.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TypeVar

from netzjournal.store.errors import StoreError
from netzjournal.store.records import Channel, ContactRecord, GiveTakeLine, InteractionRecord

R = TypeVar("R", ContactRecord, InteractionRecord)

# Never compared or merged: they say when, not what.
_IGNORED = {"id", "created_at", "updated_at"}


class StaleWrite(StoreError):
    """The row was changed elsewhere in the same fields; nothing was written."""

    def __init__(
        self,
        what: str,
        row_id: int,
        fields: Sequence[str],
        merged: ContactRecord | InteractionRecord | None = None,
        current: ContactRecord | InteractionRecord | None = None,
    ) -> None:
        self.what = what  # "contact" or "interaction"
        self.row_id = row_id
        self.fields = list(fields)
        self.merged = merged
        self.current = current
        named = ", ".join(self.fields) or "its rows"
        super().__init__(
            f"This {what} was changed elsewhere (another window or an import) while it "
            f"was being edited; both changed {named}. Nothing was saved."
        )


def _channel_key(c: Channel) -> tuple[str, str, str]:
    return (c.kind, c.value.strip(), c.label)


def _line_key(g: GiveTakeLine) -> tuple[str, str, int | None]:
    return (g.direction, g.text.strip(), g.contact_id)


def _norm(name: str, value: object) -> object:
    """A field's value in the form two records are compared in."""
    if name == "tags":
        return tuple(sorted({" ".join(str(t).split()).casefold() for t in value if str(t).strip()}))  # type: ignore[attr-defined]
    if name == "channels":
        return tuple(_channel_key(c) for c in value if c.value.strip())  # type: ignore[attr-defined]
    if name == "give_take":
        return tuple(_line_key(g) for g in value if g.text.strip())  # type: ignore[attr-defined]
    if name == "participants":
        return tuple(dict.fromkeys(value))  # type: ignore[call-overload]
    if name == "say_next_to":
        said = value.items()  # type: ignore[attr-defined]
        return tuple(sorted((cid, " ".join(t.split())) for cid, t in said if t.strip()))
    return value


def _names(rec: ContactRecord | InteractionRecord) -> list[str]:
    return [f.name for f in dataclasses.fields(rec) if f.name not in _IGNORED]


def same(a: R, b: R) -> bool:
    """True if two records hold the same values (timestamps aside)."""
    return all(_norm(n, getattr(a, n)) == _norm(n, getattr(b, n)) for n in _names(a))


def _merge_list(base: list, mine: list, theirs: list, key: Callable[[object], object]) -> list:
    """Theirs, less what mine removed, plus what mine added (order: theirs first)."""
    base_keys = {key(x) for x in base}
    mine_keys = {key(x) for x in mine}
    removed = base_keys - mine_keys
    result = [x for x in theirs if key(x) not in removed]
    have = {key(x) for x in result}
    for x in mine:
        if key(x) not in base_keys and key(x) not in have:
            result.append(x)
            have.add(key(x))
    return result


def _merge_text(base: str, mine: str, theirs: str) -> str | None:
    """Both sides only added text at the end: keep both additions."""
    if mine.startswith(base) and theirs.startswith(base):
        return theirs + mine[len(base) :]
    return None


_LISTS: dict[str, Callable[[object], object]] = {
    "channels": _channel_key,  # type: ignore[dict-item]
    "tags": lambda t: " ".join(str(t).split()).casefold(),
    "participants": lambda i: i,
    "give_take": _line_key,  # type: ignore[dict-item]
}
_TEXTS = {"notes", "body", "topics", "hooks", "outcome"}


def merge(base: R, mine: R, theirs: R) -> tuple[R, list[str]]:
    """Three-way merge: ``mine`` and ``theirs`` both started from ``base``.

    Returns the combined record (the row's id and timestamps from
    ``theirs``) and the fields both sides changed differently — those hold
    ``mine``'s value in the result.
    """
    result = dataclasses.replace(theirs)
    conflicts: list[str] = []
    for name in _names(base):
        b, m, t = (getattr(r, name) for r in (base, mine, theirs))
        nb, nm, nt = _norm(name, b), _norm(name, m), _norm(name, t)
        if nm in (nb, nt):
            value = t
        elif nt == nb:
            value = m
        elif name in _LISTS:
            value = _merge_list(b, m, t, _LISTS[name])
        elif name in _TEXTS and (text := _merge_text(b, m, t)) is not None:
            value = text
        else:
            value = m
            conflicts.append(name)
        setattr(result, name, list(value) if isinstance(value, list) else value)
    return result, conflicts


def reconcile(what: str, base: R, mine: R, current: R) -> tuple[R, bool]:
    """What to write for ``mine`` made from ``base`` when the row is ``current``.

    Returns (record to write, whether it was combined with a change made
    elsewhere); raises :class:`StaleWrite` on a conflict.
    """
    if same(base, current):
        return mine, False
    merged, conflicts = merge(base, mine, current)
    if conflicts:
        raise StaleWrite(what, current.id or 0, conflicts, merged, current)
    merged.id = mine.id
    return merged, True
