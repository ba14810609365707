"""What a write changed: the one change signal's payload.

Its own module: opening a journal needs it, the other records can wait.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ChangeSet:
    """What a write changed, by kind; panes use it to decide whether to refresh."""

    contacts: set[int] = field(default_factory=set)
    interactions: set[int] = field(default_factory=set)
    follow_ups: set[int] = field(default_factory=set)
    events: set[int] = field(default_factory=set)
    tags: set[int] = field(default_factory=set)
    settings: set[str] = field(default_factory=set)
    openers: set[int] = field(default_factory=set)
    everything: bool = False  # a restore or import replaced the lot

    def __bool__(self) -> bool:
        return self.everything or any(
            (
                self.contacts,
                self.interactions,
                self.follow_ups,
                self.events,
                self.tags,
                self.settings,
                self.openers,
            )
        )

    def update(self, other: ChangeSet) -> None:
        self.contacts |= other.contacts
        self.interactions |= other.interactions
        self.follow_ups |= other.follow_ups
        self.events |= other.events
        self.tags |= other.tags
        self.settings |= other.settings
        self.openers |= other.openers
        self.everything = self.everything or other.everything
