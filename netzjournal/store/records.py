"""Plain dataclasses the store hands out and takes in.

Nothing here knows peewee or Qt: these are the values that cross layer
boundaries. ``id is None`` means "not stored yet".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from netzjournal.store.changes import ChangeSet
from netzjournal.store.summary import display_name


@dataclass(frozen=True)
class Birthday:
    """A birthday; the year is optional (many people do not share it)."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        # 29 February is valid without a year; check against a leap year then.
        dt.date(self.year if self.year is not None else 2000, self.month, self.day)

    def iso(self) -> str:
        """``1980-03-22`` or, without a year, the vCard form ``--03-22``."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass
class Channel:
    """One way to reach someone: an e-mail address, a phone number or a URL."""

    kind: str
    value: str
    label: str = ""


# slots: 33 fields are more than an instance's shared dict keys hold (30); made with a
# dict each, a record cost twice as much to make (5,000 in an import of 5,000 cards).
@dataclass(slots=True)
class ContactRecord:
    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    salutation: str = ""
    title_prefix: str = ""
    additional_names: str = ""  # middle names, comma-separated as in a vCard's N
    honorific_suffix: str = ""  # "Jr.", "MBA" (several comma-separated)
    nickname: str = ""
    organisation: str = ""
    department: str = ""
    role: str = ""
    hierarchy: str = ""
    city: str = ""
    birthday: Birthday | None = None
    source: str = ""
    source_detail: str = ""
    met_on: dt.date | None = None
    introduced_by: int | None = None
    met_at_event_id: int | None = None  # where we met: an event or one occurrence
    address_form: str = "sie"
    # Set by a person or said by a file (migration 0054); False: the default a new
    # contact got (coach.settings.new_contact, an import, a synced card that did not
    # say), Sie unless Settings say du — written in, and asked by the coach.
    address_form_chosen: bool = True
    language: str = "de"
    closeness: int = 3
    cadence_days: int | None = None
    cadence_never: bool = False
    topics: str = ""
    notes: str = ""
    archived: bool = False
    channels: list[Channel] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    uid: str = ""  # random and permanent; set by the store
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    # The card's own name prefix, verbatim ("Mrs.", "Fr. Dr."), where salutation and
    # title do not say it in the same words (migration 0062); written back by a vCard
    # export while it still reads as salutation and title (interchange.model.split_prefix).
    name_prefix: str = ""
    # The person chose the neutral whole-name greeting ("Guten Tag Kim Meier,") for
    # someone without Frau/Herr: the coach does not ask for the salutation (0062).
    salutation_neutral: bool = False

    @property
    def name(self) -> str:
        """The name to show: the display name, else given and family name."""
        return display_name(self.display_name, self.given_name, self.family_name, "")

    @property
    def full_name(self) -> str:
        """The whole name: given, middle and family name and the suffix ("Ada Augusta
        King MBA"). :attr:`name` (lists, sorting, search, the coach) stays the name
        people are known by; this one is for the page about one person."""
        middle = " ".join(p.strip() for p in self.additional_names.split(",") if p.strip())
        parts = (self.given_name, middle, self.family_name, self.honorific_suffix.strip())
        return " ".join(p for p in parts if p)

    def emails(self) -> list[str]:
        return [c.value for c in self.channels if c.kind == "email"]


@dataclass
class GiveTakeLine:
    direction: str  # "gave" or "received"
    text: str
    contact_id: int | None = None


@dataclass
class InteractionRecord:
    occurred_at: dt.datetime
    kind: str = "coffee"
    direction: str = "together"
    participants: list[int] = field(default_factory=list)
    place: str = ""
    duration_minutes: int | None = None
    title: str = ""
    body: str = ""
    hooks: str = ""  # private remarks (never quoted to the person)
    outcome: str = ""
    say_next: str = ""  # to pick up next time, as you would say it to them
    # To pick up next time with one person of several (contact id → phrase): said to
    # them only, never to the others on the note (migration 0032).
    say_next_to: dict[int, str] = field(default_factory=dict)
    give_take: list[GiveTakeLine] = field(default_factory=list)
    event_id: int | None = None
    id: int | None = None
    uid: str = ""  # random and permanent; set by the store
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


@dataclass
class FollowUpRecord:
    text: str
    contact_id: int | None = None
    interaction_id: int | None = None
    due_on: dt.date | None = None
    done: bool = False
    done_at: dt.datetime | None = None
    owed_by: str = "me"
    id: int | None = None
    uid: str = ""  # random and permanent; set by the store


@dataclass
class EventRecord:
    """A single event, a series (``rrule`` set) or one occurrence of a series.

    For a series, ``starts_on``/``ends_on`` are the first occurrence's days
    (every occurrence lasts as long). An occurrence row (``series_id`` set)
    records what differs from its series: another day (moved), place, time,
    or ``cancelled``; its blank name and place mean "as the series".
    """

    name: str
    starts_on: dt.date
    ends_on: dt.date | None = None
    place: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    uid: str = ""  # random and permanent; set by the store
    url: str = ""
    start_time: dt.time | None = None  # local wall-clock time; None: all day
    end_time: dt.time | None = None
    rrule: str = ""  # RFC 5545 RRULE value, e.g. "FREQ=MONTHLY;BYDAY=2TU"
    series_id: int | None = None
    occurrence_on: dt.date | None = None  # which recurrence this row is (RECURRENCE-ID)
    cancelled: bool = False
    my_status: str = ""  # codes.MY_STATUS: "", "going", "maybe", "declined", "attended" …
    # The zone its times are the wall clock of (migration 0043, netzjournal/zones.py):
    # "Europe/London", "+05:30", or "" (this computer's; an occurrence row: the series')
    zone: str = ""

    @property
    def is_series(self) -> bool:
        return bool(self.rrule)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One dated occurrence: of a series (expanded) or a single event.

    ``key`` identifies it for the interface: a single event by its id, an
    occurrence of a series by the series and its recurrence day (an
    occurrence has an event row of its own only once something is recorded
    about it — ``event_id`` is then that row).
    """

    series_id: int | None
    event_id: int | None
    occurrence_on: dt.date
    starts_on: dt.date
    ends_on: dt.date | None
    start_time: dt.time | None
    name: str
    place: str
    cancelled: bool = False
    my_status: str = ""
    moved: bool = False
    zone: str = ""  # the event's (a series'): its time is that zone's wall clock

    @property
    def key(self) -> tuple[int, dt.date | None]:
        if self.series_id is not None:
            return (self.series_id, self.occurrence_on)
        return (self.event_id or 0, None)


@dataclass(frozen=True, slots=True)
class Invitee:
    """Someone an invitation names (ORGANIZER or ATTENDEE), as it gives them."""

    address: str  # lower case
    name: str = ""  # its CN ("" without one)
    answer: str = ""  # its PARTSTAT ("ACCEPTED", "DECLINED", "TENTATIVE", "NEEDS-ACTION" …)
    organiser: bool = False
    # The contact the user said this guest is (by id: "Ja, mit diesem Kontakt
    # verknüpfen", or made one from the invitation); None: not linked.
    contact: int | None = None
    # The DTSTAMP (UTC, as ical_in._stamp writes it) of the mail that gave ``answer``:
    # the invitation's, or the guest's own reply (iTIP METHOD REPLY); "" where not
    # known. A reply stamped earlier changes nothing (mails come in any order).
    stamp: str = ""

    @property
    def coming(self) -> bool:
        """Will come, as the import links a contact: the organiser, or accepted."""
        return self.organiser or self.answer == "ACCEPTED"


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """Someone at an event row: was there ("attended") or said they would come ("going")."""

    event_id: int
    contact_id: int
    name: str
    organisation: str
    city: str
    status: str
    note: str = ""


@dataclass
class TagRecord:
    name: str
    category: str = ""
    id: int | None = None


@dataclass
class OpenerTemplateRecord:
    category: str
    language: str
    address_form: str
    body: str
    subject: str = ""
    id: int | None = None


T = TypeVar("T")


@dataclass
class Outcome(Generic[T]):
    """A write's result: the value it produced and what it changed."""

    value: T
    changes: ChangeSet
    # A write made from an older copy was combined with a newer change made
    # elsewhere (see :mod:`netzjournal.store.stale`).
    combined: bool = False
