"""The coach's candidates in order, read from the journal only as far as the list needs.

The list is the head of one order: every candidate's sort key (today's
birthdays and follow-ups first, then warmth plus the occasion's lift, ties by
how overdue, then the id). Working out that key for everyone reads every
person (~1 s of CPU on 50,000); the list needs a few dozen.

:class:`Walk` hands out the candidates in exactly that order, reading:

* apart, the people whose place is fixed today — a birthday today, a
  follow-up I owe them due today (:func:`coach_data.today_ids`, by index);
  they lead the order whatever their warmth;
* everyone else in *streams*, one per closeness, each in the order of the
  summary's index (migration 0015): the newest two-way contact first. Along
  a stream an upper bound of the key falls (:func:`rules.estimate_bound` plus
  the lift of an occasion): the closeness is known, the recency follows from
  the last two-way contact, and without one in two years there is no other
  evidence either.

A person read from a stream is first looked at as :class:`coach_data.WalkRow`
(the summary without names and without the counts of the last two years):
whether they are a candidate at all, their occasions and how overdue are
exact already. Without a two-way contact in two years their estimate is exact
too (no evidence: the closeness alone); otherwise they wait with a bound of
their own until their counts are read (:func:`coach_data.recent_counts`, a
few people at a time — near the top of a stream most are not due at all, and
the counts cost more than the row). The list's people get their full summary
once they are handed out.

A candidate is handed out once nobody unread can reach its key: not the
streams' next rows (their bound), not anyone waiting (theirs). Bounds carry a
margin for the estimate's rounding to four places, so equal keys are always
both read before either is handed out, and ties fall as the full sort's do.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
from collections.abc import Iterator

from netzjournal.coach import rules
from netzjournal.coach.settings import CoachSettings
from netzjournal.store.coach_data import (
    WALK_CLOSENESS,
    CoachSummary,
    UpcomingEvent,
    WalkRow,
    coach_summaries,
    recent_counts,
    tag_ids,
    today_ids,
    walk_rows,
)
from netzjournal.store.journal import Journal

# (sort key: warmth, overdue, id; summary, cadence, days since, due, occasions) — the key
# first and flat, so plain tuple comparison orders candidates (ids are unique).
Candidate = tuple[float, float, int, CoachSummary, int, int, bool, list[rules.Occasion]]

# The estimate is rounded to 4 places (up by at most 0.00005); a bound plus this
# is never below a key it bounds.
MARGIN = 1e-4
ROWS = 4  # read from a stream at a time (each row costs lookups)
COUNTS = 1  # waiting people whose counts are read at a time (each may settle the next)


def facts(
    s: CoachSummary, settings: CoachSettings, events: list[UpcomingEvent], today: dt.date
) -> tuple[int, int, bool, list[rules.Occasion], bool] | None:
    """Is this person a candidate — (cadence, days since, due, occasions, today counts) —
    or not (None)? Needs no counts of the last two years."""
    cad = rules.cadence(s, settings)
    if cad is None:
        return None
    # Today counts: a birthday today or a follow-up due today is always
    # shown, even to someone resting, snoozed or not yet due.
    must = rules.today_counts(s, today)
    if not must and rules.resting(s, settings, today):
        return None
    days = rules.days_since(s, today)
    due = days >= cad
    if not (must or due) and rules.spoken_lately(s, settings, today):
        return None  # an occasion lifts nobody spoken to in the rest days (rules.lifted)
    occ = rules.occasions(s, events, settings, today)
    if not (must or due or rules.lifted(s, occ, settings, today)):
        return None
    return cad, days, due, occ, must


def _candidate(s: CoachSummary, found: tuple, today: dt.date) -> Candidate:
    """A candidate (its ``facts`` found) and roughly how warm: no details read yet,
    the estimate leaves out give & take, worth at most ``rules.GIVE_TAKE_MAX``."""
    cad, days, due, occ, must = found
    k0, k1 = rules.sort_key(rules.warmth_score(s, today), days / cad, occ, must)
    return (k0, k1, s.id, s, cad, days, due, occ)


class _Stream:
    """One closeness's people in the index's order, and the bound of the next one."""

    def __init__(self, rows: Iterator[WalkRow], today: dt.date) -> None:
        self.rows, self.today = rows, today
        self.next: WalkRow | None = None
        self.bound: float | None = None  # of everyone not yet read (None: no one left)
        self.step()

    def step(self) -> WalkRow | None:
        """The next row; the bound moves on to the one after it."""
        row, self.next = self.next, next(self.rows, None)
        if self.next is None:
            self.bound = None
        else:
            s = self.next.summary
            # Any lift: an occasion is not known before the row is read.
            estimate = rules.estimate_bound(
                s.closeness, s.last_two_way, self.next.two_way_lately, self.today
            )
            self.bound = estimate + rules.OCCASION_LIFT
        return row


class Walk:
    """The first-pass candidates in the order of their keys, read as far as asked
    (:meth:`get`, :meth:`head`, :meth:`exists`). Close it (or use ``with``)."""

    def __init__(
        self, j: Journal, today: dt.date, settings: CoachSettings, events: list[UpcomingEvent]
    ) -> None:
        self.j, self.today, self.settings, self.events = j, today, settings, events
        self.read = 0  # rows read from the streams
        self.summaries = 0  # full summaries read
        self._out: list[Candidate] = []  # handed out, in order
        fixed = today_ids(j, rules.birthdays_within(today, 0), today)
        self._skip = fixed
        self._exact: list[Candidate] = [
            _candidate(s, found, today)
            for s in coach_summaries(j, today, fixed)
            if (found := facts(s, settings, events, today)) is not None
        ]
        self.summaries += len(self._exact)
        heapq.heapify(self._exact)
        # Today's birthdays and follow-ups sort before everyone else.
        self.musts = sum(1 for c in self._exact if c[0] <= -rules.TODAY_FIRST)
        self._light: set[int] = set()  # with the walk's summary: read in full when handed out
        # Candidates whose counts are not read yet: (-bound, id, the walk's summary).
        self._waiting: list[tuple[float, int, CoachSummary]] = []
        soon = [e for e in events if 0 <= (e.starts_on - today).days <= settings.event_days]
        folded = {t.casefold() for e in soon for t in e.tags}
        wanted = tag_ids(j, folded) if folded else []
        self._streams = [
            _Stream(walk_rows(j, today, closeness, wanted), today) for closeness in WALK_CLOSENESS
        ]
        # Whether there is anyone else at all: the longest without contact first.
        self._known = {c[2] for c in self._exact}  # every candidate found, by id
        self._tags = wanted
        self._oldest: Iterator[WalkRow] | None = None

    def __enter__(self) -> Walk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        everything = [s.rows for s in self._streams]
        if self._oldest is not None:
            everything.append(self._oldest)
        for rows in everything:
            rows.close()  # type: ignore[attr-defined]  # (a generator)

    # -- reading on -------------------------------------------------------------------

    def _best_stream(self) -> _Stream | None:
        """The stream whose next row could have the highest key (None: all read)."""
        best = None
        for stream in self._streams:
            if stream.bound is not None and (best is None or stream.bound > (best.bound or 0.0)):
                best = stream
        return best

    def _ceiling(self, stream: _Stream | None) -> float | None:
        """The highest key (warmth + lift) of anyone not yet in ``_exact``."""
        bounds = [-self._waiting[0][0]] if self._waiting else []
        if stream is not None and stream.bound is not None:
            bounds.append(stream.bound)
        return max(bounds, default=None)

    def _read(self, stream: _Stream) -> None:
        """A few rows of ``stream``: candidates to ``_exact`` or to wait for their counts."""
        for _ in range(ROWS):
            row = stream.step()
            if row is None:
                return
            self.read += 1
            s = row.summary
            if s.id in self._skip:  # read apart (today's)
                continue
            found = facts(s, self.settings, self.events, self.today)
            if found is None:
                continue
            self._known.add(s.id)
            if not row.two_way_lately:  # no evidence: the estimate is exact already
                heapq.heappush(self._exact, _candidate(s, found, self.today))
                self._light.add(s.id)
                continue
            bound = rules.estimate_bound(
                s.closeness, s.last_two_way, True, self.today, row.in_person_lately
            ) + (rules.OCCASION_LIFT if rules.lifts(found[3]) else 0.0)
            heapq.heappush(self._waiting, (-bound, s.id, s))

    def _count(self) -> None:
        """The counts of the likeliest few waiting: their exact keys."""
        waiting = [heapq.heappop(self._waiting)[2] for _ in range(min(COUNTS, len(self._waiting)))]
        counts = recent_counts(self.j, self.today, [s.id for s in waiting])
        for s in waiting:
            met, inbound, outbound = counts.get(s.id, (0, 0, 0))
            s = dataclasses.replace(s, in_person_2y=met, inbound_2y=inbound, outbound_2y=outbound)
            found = facts(s, self.settings, self.events, self.today)
            assert found is not None  # (the counts decide nothing of it)
            heapq.heappush(self._exact, _candidate(s, found, self.today))
            self._light.add(s.id)

    def _fill(self, n: int) -> None:
        """Hand out candidates until there are ``n`` (or nobody is left)."""
        light: list[int] = []
        while len(self._out) < n:
            stream = self._best_stream()
            ceiling = self._ceiling(stream)
            if self._exact and (ceiling is None or -self._exact[0][0] > ceiling + MARGIN):
                c = heapq.heappop(self._exact)
                if c[2] in self._light:
                    light.append(len(self._out))
                self._out.append(c)
            elif ceiling is None:
                break
            elif self._waiting and -self._waiting[0][0] == ceiling:
                self._count()
            elif stream is not None:
                self._read(stream)
        if light:  # handed out from the walk's row: their full summaries for the list
            full = {s.id: s for s in coach_summaries(self.j, self.today,
                                                     [self._out[i][2] for i in light])}  # fmt: skip
            self.summaries += len(full)
            for i in light:
                c = self._out[i]
                if (s := full.get(c[2])) is not None:
                    self._out[i] = (c[0], c[1], c[2], s, *c[4:])
                self._light.discard(c[2])

    # -- asking -------------------------------------------------------------------------

    def get(self, n: int) -> Candidate | None:
        """The candidate at place ``n`` (from 0) of the order; None past the last."""
        self._fill(n + 1)
        return self._out[n] if n < len(self._out) else None

    def head(self, n: int) -> list[Candidate]:
        """The first ``n`` candidates (fewer if there are no more)."""
        self._fill(n)
        return self._out[:n]

    def exists(self, n: int) -> bool:
        """Is there a candidate at place ``n``? Reads only until enough are known —
        not in the list's order (near its top are the people met lately, who are
        rarely due) but the longest without contact first."""
        if self._oldest is None and len(self._known) <= n:
            self._oldest = walk_rows(self.j, self.today, None, self._tags)
        while len(self._known) <= n:
            row = next(self._oldest, None) if self._oldest is not None else None
            if row is None:
                return False
            self.read += 1
            s = row.summary
            if s.id not in self._skip and facts(s, self.settings, self.events, self.today):
                self._known.add(s.id)
        return True

    def ceiling(self, n: int) -> float:
        """Warmth + lift of the candidate at place ``n`` is at most this (read no further)."""
        if n < len(self._out):
            return -self._out[n][0]
        bounds = [-self._exact[0][0]] if self._exact else []
        if (ceiling := self._ceiling(self._best_stream())) is not None:
            bounds.append(ceiling)
        return max(bounds, default=0.0) + MARGIN
