"""What one sync did, counted for a person to read (the window's status bar).

Works on the ``netzjournal sync --json`` answer (``Outcome`` as JSON), which
is what the window has: its sync runs in a child process.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

    from netzjournal.store.journal import Journal

KINDS = ("contacts", "tasks", "events", "notes")
# The journal setting that keeps the last sync's summary across restarts (File → Last
# sync…): in the journal, beside the sync's own state, so an encrypted journal keeps
# its people's names encrypted too (no plain file beside it holds them).
LAST = "sync.last"
_REASON = re.compile(r"HTTP (\d{3})\s*(.*)", re.S)


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


@dataclass(frozen=True)
class Refusal:
    """An item the server refused: its name, the HTTP status (0 if not known) and what
    the server said beyond it ("" where its words only repeat the status)."""

    name: str
    status: int = 0
    words: str = ""


def refused(result: Mapping[str, object]) -> list[Refusal]:
    """Each item the server refused, every kind (the report's reason is
    ``dav.Rejected``'s "HTTP <status> <words>")."""
    out = []
    for kind in KINDS:
        report = result.get(kind)
        if isinstance(report, Mapping):
            for name, why in report.get("rejected") or ():
                found = _REASON.fullmatch(str(why))
                if found:
                    out.append(Refusal(str(name), int(found[1]), found[2].strip()))
                else:
                    out.append(Refusal(str(name), 0, str(why)))
    return out


def paired_uids(result: Mapping[str, object]) -> list[str]:
    """The journal's UIDs of the contacts a first sync found on both sides."""
    report = result.get("contacts")
    uids = report.get("paired_uids") if isinstance(report, Mapping) else None
    return [str(u) for u in uids] if isinstance(uids, list) else []


@dataclass
class Record:
    """One sync's summary as kept for File → Last sync… (``LAST``): when, its counts,
    what the server refused, the pairs it found (UIDs), and whether it went on from a
    sync stopped part-way."""

    at: str  # local time, ISO, to the minute
    counts: Tally = field(default_factory=Tally)
    refused: list[Refusal] = field(default_factory=list)
    pairs: list[str] = field(default_factory=list)
    resumed: bool = False

    @property
    def did_something(self) -> bool:
        c = self.counts
        return bool(
            c.new_here or c.changed_here or c.deleted_here or c.sent or c.conflicts
            or self.pairs or self.refused or self.resumed
        )  # fmt: skip

    def as_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: object) -> Record | None:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("at"), str):
            return None
        try:
            counts = raw.get("counts")
            return cls(
                at=str(raw["at"]),
                counts=Tally(**counts) if isinstance(counts, Mapping) else Tally(),
                refused=[Refusal(**r) for r in raw.get("refused") or ()],
                pairs=[str(u) for u in raw.get("pairs") or ()],
                resumed=bool(raw.get("resumed")),
            )
        except TypeError:  # (kept by another version)
            return None


def record(result: Mapping[str, object], at: dt.datetime, resumed: bool = False) -> Record:
    """The summary of a sync's result (the child's JSON) to keep."""
    return Record(
        at=at.isoformat(timespec="minutes"),
        counts=tally(result),
        refused=refused(result),
        pairs=paired_uids(result),
        resumed=resumed,
    )


@dataclass
class Failure:
    """A sync that did not finish, as kept for File → Last sync… (``LAST``): when, why
    (the ``SyncError`` code the window words, with the HTTP status), what it had done
    before it stopped, and how many items of each kind the next sync still sends."""

    at: str  # local time, ISO, to the minute
    code: str
    status: int = 0
    counts: Tally = field(default_factory=Tally)
    left: dict[str, int] = field(default_factory=dict)  # kind → items ("contacts", …)
    part_way: bool = False  # stopped by the server in the run: the next sync goes on

    def as_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: object) -> Failure | None:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("at"), str):
            return None
        try:
            counts, left = raw.get("counts"), raw.get("left")
            return cls(
                at=str(raw["at"]),
                code=str(raw.get("code") or ""),
                status=int(raw.get("status") or 0),
                counts=Tally(**counts) if isinstance(counts, Mapping) else Tally(),
                left={str(k): int(n) for k, n in left.items()} if isinstance(left, Mapping) else {},
                part_way=bool(raw.get("part_way")),
            )
        except (TypeError, ValueError):  # (kept by another version)
            return None


def failure(answer: Mapping[str, object], at: dt.datetime) -> Failure:
    """The summary of a sync that stopped, from the child's JSON answer
    (``{"error": code, "status": …, "done": …, "left_by_kind": …}``)."""
    done, left = answer.get("done"), answer.get("left_by_kind")
    return Failure(
        at=at.isoformat(timespec="minutes"),
        code=str(answer.get("error") or ""),
        status=int(answer.get("status") or 0),  # type: ignore[call-overload]
        counts=tally(done) if isinstance(done, Mapping) else Tally(),
        left={str(k): int(n) for k, n in left.items()} if isinstance(left, Mapping) else {},
        part_way=isinstance(done, Mapping),
    )


def remember(j: Journal, done: Record) -> None:
    """Keep ``done`` as the last sync's summary; it is also the last sync that did
    something if it did, else that one stays (a quiet sync does not take a first
    sync's list of pairs away). A failed attempt kept before is over: it is dropped."""
    from netzjournal.store.catalog import set_setting

    _latest, last_done = kept(j)
    if done.did_something:
        last_done = done
    kept_done = last_done.as_json() if last_done is not None else None
    set_setting(j, LAST, {"latest": done.as_json(), "done": kept_done})


def remember_failure(j: Journal, failed: Failure) -> None:
    """Keep ``failed`` as the last attempt, beside the last finished sync (which stays)."""
    from netzjournal.store.catalog import set_setting
    from netzjournal.store.reading import get_setting

    raw = get_setting(j, LAST)
    kept_now = dict(raw) if isinstance(raw, Mapping) else {}
    set_setting(j, LAST, {**kept_now, "failed": failed.as_json()})


def last_failure(j: Journal) -> Failure | None:
    """The last attempt, if it failed after the last finished sync (else None)."""
    from netzjournal.store.reading import get_setting

    raw = get_setting(j, LAST)
    return Failure.from_json(raw.get("failed")) if isinstance(raw, Mapping) else None


def kept(j: Journal) -> tuple[Record | None, Record | None]:
    """(the last sync's summary, the last one that did something's), as kept."""
    from netzjournal.store.reading import get_setting

    raw = get_setting(j, LAST)
    if not isinstance(raw, Mapping):
        return None, None
    return Record.from_json(raw.get("latest")), Record.from_json(raw.get("done"))
