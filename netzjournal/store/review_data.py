"""The rows a yearly review is computed from (two years: the one asked and the one before)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from netzjournal import zones
from netzjournal.store.journal import Journal
from netzjournal.store.people import namesake_labels
from netzjournal.store.values import to_date as _date
from netzjournal.store.values import to_datetime, to_time


@dataclass(frozen=True, slots=True)
class ReviewNote:
    id: int
    when: dt.datetime
    kind: str
    direction: str
    event_id: int | None
    hooks: str
    people: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ReviewPerson:
    id: int
    name: str
    source: str
    source_detail: str
    met_on: dt.date | None  # (no "created": the day a contact was added is no meeting)
    topics: str
    archived: bool
    met_at_event_id: int | None = None  # where we met: an event row
    # The contacts table's name key (``contact_summary.name_key``): lists of people
    # sort as the table does, by family name in collation order.
    sort_key: bytes = b""


@dataclass(frozen=True, slots=True)
class ReviewEvent:
    id: int
    name: str  # an occurrence's is its series' name
    starts_on: dt.date
    my_status: str = ""


@dataclass(frozen=True, slots=True)
class ReviewGiveTake:
    when: dt.datetime
    contact_id: int | None
    direction: str


@dataclass(frozen=True, slots=True)
class ReviewFollowUp:
    contact_id: int | None
    text: str
    created: dt.date | None
    due_on: dt.date | None
    done: bool
    done_at: dt.date | None


@dataclass
class ReviewRows:
    year: int
    notes: list[ReviewNote]  # the year before and the year itself
    people: dict[int, ReviewPerson]
    events: dict[int, ReviewEvent]
    give_take: list[ReviewGiveTake]
    follow_ups: list[ReviewFollowUp]
    # Each person's latest note before the previous year that they took part in (a
    # meeting, or a message from them; not a message of mine nobody answered:
    # review.figures.heard_from).
    heard_before: dict[int, dt.datetime]
    # (event row, contact) for everyone recorded as there, in both years
    attendance: list[tuple[int, int]] = field(default_factory=list)
    # people recorded at an event before the previous year (met then)
    attended_before: set[int] = field(default_factory=set)


_NOTES = """
SELECT i.id, i.occurred_at, i.kind, i.direction, i.event_id, i.hooks,
       (SELECT group_concat(p.contact_id) FROM participant p WHERE p.interaction_id = i.id)
  FROM interaction i
 WHERE i.occurred_at >= ? AND i.occurred_at < ?
 ORDER BY i.occurred_at, i.id
"""
_PEOPLE = """
SELECT c.id, coalesce(nullif(c.display_name, ''), trim(c.given_name || ' ' || c.family_name)),
       c.source, c.source_detail, c.met_on, c.topics, c.archived,
       c.met_at_event_id, s.name_key
  FROM contact c LEFT JOIN contact_summary s ON s.contact_id = c.id
"""
_HEARD_BEFORE = """
SELECT p.contact_id, max(i.occurred_at) FROM participant p
  JOIN interaction i ON i.id = p.interaction_id
 WHERE i.occurred_at < ? AND (i.kind <> 'message' OR i.direction <> 'outbound')
 GROUP BY p.contact_id
"""


def review_rows(j: Journal, year: int) -> ReviewRows:
    """Everything a review of ``year`` needs, with ``year - 1`` for comparisons.

    Times are local and naive, so a note on 31 December at 23:30 stays in its year.
    """
    start, end = f"{year - 1:04d}-01-01 00:00:00", f"{year + 1:04d}-01-01 00:00:00"
    conn = j.connection()
    notes = [
        ReviewNote(r[0], _dt(r[1]), r[2], r[3], r[4], r[5] or "",
                   tuple(int(x) for x in r[6].split(",")) if r[6] else ())
        for r in conn.execute(_NOTES, (start, end))
    ]  # fmt: skip
    # Namesakes told apart ("Anna Müller · Stadtwerke") as the pickers show them, but for
    # print (no phone number or e-mail address): two people at one event stay two.
    labels = namesake_labels(j, printed=True)  # a report for print: never a phone number
    people = {
        r[0]: ReviewPerson(r[0], labels.get(r[0]) or r[1] or "", r[2] or "", r[3] or "",
                           _date(r[4]), r[5] or "", bool(r[6]), r[7], r[8] or b"")
        for r in conn.execute(_PEOPLE)
    }  # fmt: skip
    # An event counts on the day it is here (as the coach and the events list have
    # it): a New York evening of 31 December is 1 January in Berlin. So two days
    # more are read either side (zones are at most 26 hours apart), and each
    # event's day worked out in its zone.
    first, last = dt.date(year - 1, 1, 1), dt.date(year, 12, 31)
    margin = dt.timedelta(days=2)
    wide = ((first - margin).isoformat(), (last + margin).isoformat())
    events, earlier = {}, set()
    for r in conn.execute(
        "SELECT e.id, coalesce(nullif(e.name, ''), s.name), e.starts_on, e.my_status,"
        " coalesce(e.start_time, s.start_time), coalesce(nullif(e.zone, ''), s.zone, '')"
        " FROM event e LEFT JOIN event s ON s.id = e.series_id"
        " WHERE e.rrule = '' AND e.cancelled = 0 AND e.starts_on BETWEEN ? AND ?",
        wide,
    ):
        planned = _date(r[2]) or dt.date(year, 1, 1)
        day = zones.day_here(planned, to_time(r[4]), r[5]) if r[4] and r[5] else planned
        if first <= day <= last:
            events[r[0]] = ReviewEvent(r[0], r[1] or "", day, r[3] or "")
        elif day < first:
            earlier.add(r[0])
    attendance = conn.execute(
        "SELECT a.event_id, a.contact_id FROM attendance a JOIN event e ON e.id = a.event_id"
        " WHERE a.status = 'attended' AND e.starts_on BETWEEN ? AND ?",
        wide,
    ).fetchall()
    give_take = [
        ReviewGiveTake(_dt(r[0]), r[1], r[2])
        for r in conn.execute(
            "SELECT i.occurred_at, coalesce(g.contact_id, (SELECT min(p.contact_id)"
            " FROM participant p WHERE p.interaction_id = i.id)), g.direction"
            " FROM give_take g JOIN interaction i ON i.id = g.interaction_id"
            " WHERE i.occurred_at >= ? AND i.occurred_at < ?",
            (start, end),
        )
    ]
    follow_ups = [
        ReviewFollowUp(r[0], r[1], _date(r[2]), _date(r[3]), bool(r[4]), _date(r[5]))
        for r in conn.execute(
            "SELECT contact_id, text, created_at, due_on, done, done_at FROM follow_up"
            " WHERE (created_at >= ? AND created_at < ?) OR (done_at >= ? AND done_at < ?)"
            " OR (due_on >= ? AND due_on < ?)",
            (start, end, start, end, start[:10], end[:10]),
        )
    ]
    heard_before = {r[0]: _dt(r[1]) for r in conn.execute(_HEARD_BEFORE, (start,))}
    attended_before = {r[0] for r in conn.execute(
        "SELECT DISTINCT a.contact_id FROM attendance a JOIN event e ON e.id = a.event_id"
        " WHERE a.status = 'attended' AND e.starts_on < ?", (wide[0],))}  # fmt: skip
    attended_before |= {pid for eid, pid in attendance if eid in earlier}
    return ReviewRows(year, notes, people, events, give_take, follow_ups, heard_before,
                      attendance, attended_before)  # fmt: skip


def _dt(value: object) -> dt.datetime:
    return to_datetime(value) or dt.datetime.min
