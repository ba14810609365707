"""Three-way, field-level merge against the last-synced base.

For each field: if both sides agree, that is the value; if only one side
moved away from the base, that side's value wins; if both moved to different
values, the journal's value stays and the server's is reported as a conflict
(kept for the user to resolve — nothing is lost). Without a base (an item
both sides have but that was never synced, e.g. after an interrupted first
sync) every difference is such a conflict.

A field may be missing from a side or from the base (contacts leave out
empty fields that were added later, see ``fields.py``): missing counts as a
value of its own, equal only to missing — so a field one side filled while
the other and the base never had it simply travels. A merged field that ends
up missing stays out of the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Merged:
    fields: dict[str, object]
    conflicts: list[tuple[str, object, object]] = field(default_factory=list)  # name, ours, theirs


def merge(
    base: dict[str, object] | None, ours: dict[str, object], theirs: dict[str, object]
) -> Merged:
    out: dict[str, object] = {}
    conflicts = []
    for name in ours.keys() | theirs.keys():
        mine, other = ours.get(name, _MISSING), theirs.get(name, _MISSING)
        was = base.get(name, _MISSING) if base is not None else _UNKNOWN
        if mine == other or was == other:
            value = mine
        elif was == mine:
            value = other
        else:
            value = mine
            conflicts.append((name, _shown(mine), _shown(other)))
        if value is not _MISSING:
            out[name] = value
    return Merged(out, sorted(conflicts, key=lambda c: c[0]))


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


_MISSING = _Marker("missing")  # the field is not in this side's fields
_UNKNOWN = _Marker("unknown")  # no base: equal to nothing


def _shown(value: object) -> object:
    """A conflict's value as stored: a missing field is an empty one."""
    return "" if value is _MISSING else value
