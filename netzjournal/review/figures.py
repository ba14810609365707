"""Computing the yearly review from the store's rows."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from netzjournal.store.collation import sort_key
from netzjournal.store.journal import Journal
from netzjournal.store.review_data import (
    ReviewFollowUp,
    ReviewPerson,
    ReviewRows,
    review_rows,
)


@dataclass(frozen=True)
class PersonCount:
    contact_id: int
    name: str
    count: int


@dataclass(frozen=True)
class EventVisit:
    name: str
    day: dt.date
    people: tuple[str, ...]


@dataclass(frozen=True)
class Lopsided:
    name: str
    gave: int
    received: int


@dataclass(frozen=True)
class OpenFollowUp:
    text: str
    name: str  # the person it concerns ("" if nobody)
    due_on: dt.date | None


def is_meeting(kind: str) -> bool:
    """A note that is a meeting: every kind but a message (coffee, meal, call, video,
    event, other — a call and a video call are conversations at a time agreed, both
    there). A message is a contact, not a meeting: the review counts it apart."""
    return kind != "message"


def heard_from(kind: str, direction: str) -> bool:
    """The person took part: a meeting, or a message from them (or exchanged). A
    message of mine nobody answered ("reached out" in the coach) is not."""
    return is_meeting(kind) or direction != "outbound"


@dataclass
class YearFigures:
    year: int
    meetings: int  # the year's notes that are meetings (:func:`is_meeting`)
    meetings_prev: int
    per_month: list[int]  # 12 counts of meetings
    per_month_prev: list[int]
    per_day: dict[dt.date, int]
    by_kind: dict[str, int]
    by_kind_prev: dict[str, int]
    by_direction: dict[str, int]
    by_direction_prev: dict[str, int]
    people_met: int  # distinct people with at least one interaction
    people_met_prev: int
    new_contacts: int
    new_contacts_prev: int
    new_by_source: dict[str, int]
    top_people: list[PersonCount]
    first_time: list[str]  # first interaction ever in this year
    came_back: list[str]  # silent for over a year before
    went_quiet: list[str]  # active the year before, not this year
    events: list[EventVisit]
    gave: int
    received: int
    gave_prev: int
    received_prev: int
    lopsided: list[Lopsided]
    follow_ups_done: int
    follow_ups_open: list[OpenFollowUp]  # the year's: each once, earliest due first, undated last
    follow_ups_older: int  # still open from before the year (counted, not listed)
    topics: list[tuple[str, int]]
    hooks: list[tuple[str, int]]
    messages: int = 0  # the year's notes that are messages, either way
    messages_prev: int = 0
    # Filled by reconnect_list(); None: not asked for (left out of the review).
    reconnect: list[str] | None = None
    where_met: list[EventVisit] = field(default_factory=list)  # new people by event met at

    @property
    def empty(self) -> bool:
        return self.meetings == 0 and self.messages == 0 and self.new_contacts == 0


def _tally(items: list[tuple[str, int]], top: int) -> list[tuple[str, int]]:
    """Weighted counts of texts that differ only in case or spacing ("KI", "ki "),
    each shown in its most frequent spelling (on a tie, the one with more capitals);
    most first, equal counts alphabetically."""
    totals: Counter[str] = Counter()
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for text, weight in items:
        shown = " ".join(text.split())
        if shown:
            totals[shown.casefold()] += weight
            spellings[shown.casefold()][shown] += weight
    return [
        (max(spellings[key].items(), key=lambda s: (s[1], sum(c.isupper() for c in s[0])))[0], n)
        for key, n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    ]


def _in_year(when: dt.date | dt.datetime | None, year: int) -> bool:
    return when is not None and when.year == year


def _of_the_year(f: ReviewFollowUp, year: int) -> bool:
    """An open step the year's review lists: due in the year, or made in it and due
    later or undated. One due years before (made in the year by an import, say) is
    no step of this year: the 2026 review listed steps due in 2017."""
    if f.due_on is not None:
        return f.due_on.year == year or (f.due_on.year > year and _in_year(f.created, year))
    return _in_year(f.created, year)


def _from_before(f: ReviewFollowUp, year: int) -> bool:
    """An open step left from before the year: counted in one line, not listed."""
    when = f.due_on if f.due_on is not None else f.created
    return when is not None and when.year < year


def compute(rows: ReviewRows) -> YearFigures:
    """Every figure of the review of ``rows.year`` (and the year before, to compare)."""
    year, prev = rows.year, rows.year - 1
    name = {pid: p.name for pid, p in rows.people.items()}

    def order(pid: int | None) -> tuple[bytes, str, int]:
        """People in the contacts table's order (family name first, collation), the
        shown name (namesakes' detail) and the id after it."""
        p = rows.people.get(pid or 0)
        return (p.sort_key if p else b"", sort_key(name.get(pid or 0, "")), pid or 0)

    def names(pids: Iterable[int]) -> list[str]:
        return [name[pid] for pid in sorted(pids, key=order) if name.get(pid)]

    this = [n for n in rows.notes if n.when.year == year]
    before = [n for n in rows.notes if n.when.year == prev]

    per_month = [0] * 12
    per_month_prev = [0] * 12
    per_day: Counter[dt.date] = Counter()
    for n in this:
        per_month[n.when.month - 1] += is_meeting(n.kind)
        per_day[n.when.date()] += 1  # (activity day by day: messages too)
    for n in before:
        per_month_prev[n.when.month - 1] += is_meeting(n.kind)

    people_this: Counter[int] = Counter(pid for n in this for pid in n.people)
    people_prev = {pid for n in before for pid in n.people}
    # Who took part (:func:`heard_from`): three messages of mine nobody answered are
    # no meeting, no return and no sign of life.
    first_note: dict[int, dt.datetime] = {}
    heard_this: dict[int, dt.datetime] = {}  # the first note of the year they took part in
    heard_prev: dict[int, dt.datetime] = {}  # the last of the year before
    for n in rows.notes:  # ordered by time
        if heard_from(n.kind, n.direction):
            for pid in n.people:
                first_note.setdefault(pid, n.when)
                if n.when.year == year:
                    heard_this.setdefault(pid, n.when)
                else:
                    heard_prev[pid] = n.when

    # When we first met: the earliest of "met on", a note they took part in (not a
    # message of mine nobody answered) and being at one event. A contact imported or
    # typed in without any of them was not met (the day it was added is no meeting:
    # Google contacts imported today are not new today).
    seen: dict[int, dt.date] = {pid: when.date() for pid, when in first_note.items()}
    for eid, pid in rows.attendance:
        if eid in rows.events:
            day = rows.events[eid].starts_on
            seen[pid] = min(seen.get(pid, day), day)
    for pid in (*rows.heard_before, *rows.attended_before):  # met before the two years
        seen[pid] = dt.date.min

    def first_met(p: ReviewPerson) -> dt.date | None:
        at = rows.events.get(p.met_at_event_id or 0)
        met_at = at.starts_on if at is not None else None
        days = [d for d in (p.met_on, seen.get(p.id), met_at) if d is not None]
        return min(days, default=None)

    met_first = {pid: first_met(p) for pid, p in rows.people.items()}
    new_people = [p for p in rows.people.values() if _in_year(met_first[p.id], year)]
    new_prev = [p for p in rows.people.values() if _in_year(met_first[p.id], prev)]

    # Met this year, and seen this year ("met on" in an earlier year: not met first now).
    first_time = names(pid for pid in people_this if _in_year(met_first.get(pid), year))
    came_back = []
    for pid, first_this in heard_this.items():
        latest_before = heard_prev.get(pid) or rows.heard_before.get(pid)
        if latest_before is not None and (first_this - latest_before).days > 365:
            came_back.append(pid)
    went_quiet = names(
        pid for pid in heard_prev.keys() - heard_this.keys()
        if pid in rows.people and not rows.people[pid].archived
    )  # fmt: skip

    visits: dict[int, set[int]] = defaultdict(set)
    for n in this:
        if n.event_id is not None and n.event_id in rows.events:
            visits[n.event_id].update(n.people)
    for eid, pid in rows.attendance:  # met there, with or without a note
        if eid in rows.events and rows.events[eid].starts_on.year == year:
            visits[eid].add(pid)
    for eid, ev in rows.events.items():  # where I went, even if I noted nobody
        if ev.my_status == "attended" and ev.starts_on.year == year:
            visits.setdefault(eid, set())
    met_at_people: dict[int, set[int]] = defaultdict(set)
    for p in new_people:
        if p.met_at_event_id is not None:
            met_at_people[p.met_at_event_id].add(p.id)
    where_met = sorted(
        (EventVisit(rows.events[eid].name if eid in rows.events else "?",
                    rows.events[eid].starts_on if eid in rows.events else dt.date(year, 1, 1),
                    tuple(names(people)))
         for eid, people in met_at_people.items()),
        key=lambda e: (e.day, e.name),
    )  # fmt: skip
    events = sorted(
        (EventVisit(rows.events[eid].name, rows.events[eid].starts_on, tuple(names(people)))
         for eid, people in visits.items()),
        key=lambda e: e.day,
    )  # fmt: skip

    gt_this = [g for g in rows.give_take if g.when.year == year]
    gt_prev = [g for g in rows.give_take if g.when.year == prev]
    per_person: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for g in gt_this:
        if g.contact_id is not None:
            per_person[g.contact_id][0 if g.direction == "gave" else 1] += 1
    lopsided = [
        Lopsided(name.get(pid, "?"), gave, got)
        for pid, (gave, got) in sorted(per_person.items(),
                                       key=lambda x: (-abs(x[1][0] - x[1][1]), order(x[0])))
        if abs(gave - got) >= 2
    ][:10]  # fmt: skip

    topics: list[tuple[str, int]] = []
    for pid, count in people_this.items():
        person = rows.people.get(pid)
        if person is not None:  # each of a person's topics once ("Jazz, jazz")
            own = {" ".join(t.split()).casefold(): t for t in reversed(person.topics.split(","))}
            topics += [(t, count) for t in own.values()]
    hooks = [(n.hooks, 1) for n in this]

    open_steps = [f for f in rows.follow_ups if not f.done]
    ranked = sorted(people_this.items(), key=lambda x: (-x[1], order(x[0])))
    top_people = [PersonCount(pid, name.get(pid, "?"), c) for pid, c in ranked[:10]]
    return YearFigures(
        year=year, meetings=sum(is_meeting(n.kind) for n in this),
        meetings_prev=sum(is_meeting(n.kind) for n in before),
        messages=sum(not is_meeting(n.kind) for n in this),
        messages_prev=sum(not is_meeting(n.kind) for n in before),
        per_month=per_month, per_month_prev=per_month_prev, per_day=dict(per_day),
        by_kind=dict(Counter(n.kind for n in this)),
        by_kind_prev=dict(Counter(n.kind for n in before)),
        by_direction=dict(Counter(n.direction for n in this)),
        by_direction_prev=dict(Counter(n.direction for n in before)),
        people_met=len(people_this), people_met_prev=len(people_prev),
        new_contacts=len(new_people), new_contacts_prev=len(new_prev),
        new_by_source=dict(Counter(p.source or "" for p in new_people)),
        top_people=top_people, first_time=first_time,
        came_back=names(came_back), went_quiet=went_quiet, events=events,
        gave=sum(1 for g in gt_this if g.direction == "gave"),
        received=sum(1 for g in gt_this if g.direction == "received"),
        gave_prev=sum(1 for g in gt_prev if g.direction == "gave"),
        received_prev=sum(1 for g in gt_prev if g.direction == "received"),
        lopsided=lopsided,
        follow_ups_done=sum(1 for f in rows.follow_ups if f.done and _in_year(f.done_at, year)),
        follow_ups_open=[
            OpenFollowUp(f.text, name.get(f.contact_id or 0, ""), f.due_on)
            for f in sorted(open_steps, key=lambda f: (
                f.due_on is None, f.due_on or dt.date.min, order(f.contact_id)))
            if _of_the_year(f, year)
        ],
        follow_ups_older=sum(1 for f in open_steps if _from_before(f, year)),
        topics=_tally(topics, 10), hooks=_tally(hooks, 5), where_met=where_met,
    )  # fmt: skip


def review(j: Journal, year: int, with_reconnect: bool = True) -> YearFigures:
    """The review of ``year``; with the coach's list for the first weeks of the next."""
    figures = compute(review_rows(j, year))
    if with_reconnect:
        figures.reconnect = reconnect_list(j, year)
    return figures


def reconnect_list(j: Journal, year: int) -> list[str]:
    """The coach's list for the first weeks after ``year`` (ten names): people met,
    not cold connections without a note (who were never met, so no one to get back
    in touch with)."""
    from netzjournal.coach.engine import suggest

    result = suggest(j, dt.date(year + 1, 1, 7), limit=10, met_only=True)
    return [s.name for s in result.suggestions]


def default_year(today: dt.date) -> int:
    """Last year in January and February (time for a review), else this year."""
    return today.year - 1 if today.month <= 2 else today.year
