"""Three-way, field-level merge against the last-synced base.

For each field: if both sides agree, that is the value; if only one side
moved away from the base, that side's value wins; if both moved to different
values, the journal's value stays and the server's is reported as a conflict
(kept for the user to resolve — nothing is lost). Without a base (an item
both sides have but that was never synced, e.g. after an interrupted first
sync) every difference is such a conflict.
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
        mine, other = ours.get(name), theirs.get(name)
        if mine == other:
            out[name] = mine
        elif base is not None and name in base and base[name] == mine:
            out[name] = other
        elif base is not None and name in base and base[name] == other:
            out[name] = mine
        else:
            out[name] = mine
            conflicts.append((name, mine, other))
    return Merged(out, sorted(conflicts, key=lambda c: c[0]))
