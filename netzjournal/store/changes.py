"""What a write changed: the one change signal's payload.

Its own module: opening a journal needs it, the other records can wait.
"""

from __future__ import annotations

from collections.abc import Iterable

_KINDS = ("contacts", "interactions", "follow_ups", "events", "tags", "settings", "openers")


class ChangeSet:
    """What a write changed, by kind; panes use it to decide whether to refresh.

    A plain class, not a dataclass: every start makes one, and ``dataclasses``
    with the class it builds cost the start ~10 M instructions (issue 15).
    """

    def __init__(
        self,
        contacts: Iterable[int] = (),
        interactions: Iterable[int] = (),
        follow_ups: Iterable[int] = (),
        events: Iterable[int] = (),
        tags: Iterable[int] = (),
        settings: Iterable[str] = (),
        openers: Iterable[int] = (),
        everything: bool = False,  # a restore or import replaced the lot
    ) -> None:
        self.contacts = set(contacts)
        self.interactions = set(interactions)
        self.follow_ups = set(follow_ups)
        self.events = set(events)
        self.tags = set(tags)
        self.settings = set(settings)
        self.openers = set(openers)
        self.everything = everything

    def __bool__(self) -> bool:
        return self.everything or any(getattr(self, kind) for kind in _KINDS)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ChangeSet) and vars(self) == vars(other)

    def __repr__(self) -> str:
        shown = [f"{kind}={getattr(self, kind)!r}" for kind in _KINDS if getattr(self, kind)]
        return f"ChangeSet({', '.join(shown + (['everything=True'] if self.everything else []))})"

    def update(self, other: ChangeSet) -> None:
        for kind in _KINDS:
            getattr(self, kind).update(getattr(other, kind))
        self.everything = self.everything or other.everything
