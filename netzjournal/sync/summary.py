"""What one sync did, counted for a person to read (the window's status bar).

Works on the ``netzjournal sync --json`` answer (``Outcome`` as JSON), which
is what the window has: its sync runs in a child process.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

KINDS = ("contacts", "tasks", "events", "notes")


@dataclass(frozen=True)
class Tally:
    """Items of every kind (contacts, follow-ups, events, notes) by what happened."""

    new_here: int = 0  # new from the server (a card made on the phone)
    changed_here: int = 0  # changed on the server, changed here to match
    deleted_here: int = 0  # deleted on the server: deleted here, or archived and kept
    sent: int = 0  # new, changed or deleted here, and so on the server now
    paired: int = 0  # on both sides before, now one (a first sync's pairs)
    conflicts: int = 0


def tally(result: Mapping[str, object]) -> Tally:
    def count(*names: str) -> int:
        total = 0
        for kind in KINDS:
            report = result.get(kind)
            if isinstance(report, Mapping):
                total += sum(len(report.get(name) or ()) for name in names)
        return total

    return Tally(
        new_here=count("created_here"),
        changed_here=count("updated_here"),
        deleted_here=count("deleted_here", "kept_here"),
        sent=count("created_there", "updated_there", "deleted_there"),
        paired=count("paired", "paired_by_phone"),
        conflicts=count("conflicts"),
    )


def refused(result: Mapping[str, object]) -> list[tuple[str, str]]:
    """(name, the server's reason) of each item the server refused, every kind."""
    out = []
    for kind in KINDS:
        report = result.get(kind)
        if isinstance(report, Mapping):
            out += [(str(name), str(why)) for name, why in report.get("rejected") or ()]
    return out


def paired_uids(result: Mapping[str, object]) -> list[str]:
    """The journal's UIDs of the contacts a first sync found on both sides."""
    report = result.get("contacts")
    uids = report.get("paired_uids") if isinstance(report, Mapping) else None
    return [str(u) for u in uids] if isinstance(uids, list) else []
