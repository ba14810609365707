"""The coach's rules: who is due, how warm, which occasions, who rests.

Everything takes ``today``; nothing reads the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from netzjournal.coach.settings import CoachSettings
from netzjournal.store.coach_data import CoachDetails, CoachSummary, UpcomingEvent
from netzjournal.store.records import Birthday

OCCASION_LIFT = 0.15  # how much an occasion raises a person in the order
GIVE_TAKE_MAX = 0.05


@dataclass(frozen=True)
class WarmthPart:
    key: str  # closeness, in_person, recency, reciprocity, give_take
    value: float


@dataclass(frozen=True)
class Warmth:
    score: float
    parts: tuple[WarmthPart, ...]


@dataclass(frozen=True)
class Occasion:
    kind: str  # birthday, event, owed, anniversary, new_role
    days: int  # until it (0 = today)
    text: str = ""  # event name or what is owed
    when: dt.date | None = None
    years: int = 0
    series: bool = False  # an event: they were at an earlier occurrence of its series
    # An anniversary of connecting on LinkedIn or XING, not of meeting: a reason to
    # write (the last opener), no warmth — it lifts nobody (:func:`lifts`).
    connection: bool = False
    # An event the user organises: the opener invites as its host.
    hosting: bool = False


def cadence(s: CoachSummary, settings: CoachSettings) -> int | None:
    """Days between contacts for this person; None means "never remind me"."""
    if s.cadence_never:
        return None
    return s.cadence_days or settings.cadence(s.closeness)


def anchor(s: CoachSummary, today: dt.date) -> dt.date:
    """Last contact, else when we met, else when the contact was added."""
    if s.last_contact is not None:
        return s.last_contact.date()
    return s.met_on or s.created_at or today


def days_since(s: CoachSummary, today: dt.date) -> int:
    return max(0, (today - anchor(s, today)).days)


def next_birthday(b: Birthday, today: dt.date) -> dt.date:
    """The next birthday on or after ``today``; 29 February is kept on the 28th
    in common years (the day that still belongs to February)."""
    for year in (today.year, today.year + 1):
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        day = 28 if (b.month, b.day) == (2, 29) and not leap else b.day
        candidate = dt.date(year, b.month, day)
        if candidate >= today:
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def warmth(s: CoachSummary, d: CoachDetails | None, today: dt.date) -> Warmth:
    """Warmth in [0, 1]: the user's closeness dominates (up to 0.7); evidence adds
    up to 0.3 — meetings in person, a recent two-way contact, reciprocity, give & take."""
    parts = [WarmthPart("closeness", 0.1 + 0.6 * (min(max(s.closeness, 1), 5) - 1) / 4)]
    parts.append(WarmthPart("in_person", 0.1 * min(s.in_person_2y, 5) / 5))
    recency = 0.0
    if s.last_two_way is not None:
        recency = 0.1 * max(0.0, 1 - (today - s.last_two_way.date()).days / 730)
    parts.append(WarmthPart("recency", recency))
    both_ways = s.inbound_2y > 0 and (s.outbound_2y > 0 or s.in_person_2y > 0)
    parts.append(WarmthPart("reciprocity", 0.05 if both_ways else 0.0))
    give_take = 0.0
    if d is not None and (d.gave or d.received):
        give_take = GIVE_TAKE_MAX if d.gave and d.received else GIVE_TAKE_MAX / 2
    parts.append(WarmthPart("give_take", give_take))
    score = min(1.0, max(0.0, sum(p.value for p in parts)))
    return Warmth(round(score, 4), tuple(parts))


def warmth_score(s: CoachSummary, today: dt.date) -> float:
    """``warmth(s, None, today).score`` without building its parts (the first pass
    estimates everyone; the same sums in the same order, so the same float)."""
    closeness = 0.1 + 0.6 * (min(max(s.closeness, 1), 5) - 1) / 4
    in_person = 0.1 * min(s.in_person_2y, 5) / 5
    recency = 0.0
    if s.last_two_way is not None:
        recency = 0.1 * max(0.0, 1 - (today - s.last_two_way.date()).days / 730)
    both_ways = s.inbound_2y > 0 and (s.outbound_2y > 0 or s.in_person_2y > 0)
    total = sum((closeness, in_person, recency, 0.05 if both_ways else 0.0, 0.0))
    return round(min(1.0, max(0.0, total)), 4)


def estimate_bound(
    closeness: int,
    last_two_way: dt.datetime | None,
    two_way_lately: bool,
    today: dt.date,
    in_person_lately: bool = True,
) -> float:
    """At least :func:`warmth_score` (before its rounding to 4 places) of anyone with
    this closeness whose last two-way contact is at most ``last_two_way``: the
    counts of the last two years unknown, meetings in person count in full (if
    there was one in those years: ``in_person_lately``) and reciprocity as
    given. Without a two-way contact in the last two years (``two_way_lately``
    false) there is no evidence at all: the closeness alone."""
    score = 0.1 + 0.6 * (min(max(closeness, 1), 5) - 1) / 4
    if not two_way_lately or last_two_way is None:
        return score
    recency = 0.1 * max(0.0, 1 - (today - last_two_way.date()).days / 730)
    return score + (0.1 if in_person_lately else 0.0) + recency + 0.05


def birthdays_within(today: dt.date, days: int) -> list[tuple[int, int]]:
    """Every (month, day) whose next birthday (:func:`next_birthday`) is at most
    ``days`` after ``today`` (29 February included where it falls on the 28th)."""
    # The days of the window, and 29 February (its birthday may be on the 28th).
    near = {(d.month, d.day) for k in range(min(days, 366) + 1)
            if (d := today + dt.timedelta(days=k))} | {(2, 29)}  # fmt: skip
    return sorted(
        (month, day) for month, day in near
        if (next_birthday(Birthday(month, day), today) - today).days <= days
    )  # fmt: skip


def occasions(
    s: CoachSummary, events: list[UpcomingEvent], settings: CoachSettings, today: dt.date
) -> list[Occasion]:
    """The occasions to reach out now (what is owed is named once the details are read)."""
    found: list[Occasion] = []
    if s.birthday is not None:
        day = next_birthday(s.birthday, today)
        if (day - today).days <= settings.birthday_days:
            found.append(Occasion("birthday", (day - today).days, when=day))
    tags = {t.casefold() for t in s.tags}
    # Having been at a series before, or having said they will come, says more than
    # a shared tag: those come first.
    soon = [e for e in events if 0 <= (e.starts_on - today).days <= settings.event_days]
    for event in sorted(soon, key=lambda e: s.id not in e.attendees | e.coming):
        came = s.id in event.attendees
        if came or s.id in event.coming or tags & {t.casefold() for t in event.tags}:
            found.append(Occasion("event", (event.starts_on - today).days, event.name,
                                  event.starts_on, series=came,
                                  hosting=event.hosting))  # fmt: skip
            break
    if s.owed_open:
        found.append(Occasion("owed", 0))
    if s.role_changed_on is not None:
        ago = (today - s.role_changed_on).days
        if 0 <= ago <= settings.new_role_days:
            found.append(Occasion("new_role", 0, when=s.role_changed_on))
    if s.met_on is not None and s.met_on.year < today.year:
        try:
            this_year = s.met_on.replace(year=today.year)
        except ValueError:  # met on 29 February
            this_year = dt.date(today.year, 2, 28)
        delta = (this_year - today).days
        if 0 <= delta <= settings.anniversary_days:
            found.append(Occasion("anniversary", delta, when=this_year,
                                  years=today.year - s.met_on.year,
                                  connection=s.from_network))  # fmt: skip
    return found


def owed_named(occ: list[Occasion], owed: Sequence[tuple[str, dt.date | None]]) -> list[Occasion]:
    """The "owed" occasion with what is owed (the earliest open follow-up I owe them,
    from the details) and its due day (a day past: "Offen seit …")."""
    if not owed:
        return occ
    text, due = owed[0]
    return [Occasion("owed", o.days, text, due) if o.kind == "owed" else o for o in occ]


TIMELY = ("birthday", "event", "anniversary", "new_role")


def lifts(occ: Sequence[Occasion]) -> bool:
    """Whether these occasions lift a person in the order (DESIGN: warmest first,
    occasions lift): any but the anniversary of a LinkedIn or XING connection — the
    day someone accepted a request is no warmth, and no meeting to mark."""
    return any(not o.connection for o in occ)


def spoken_lately(s: CoachSummary, settings: CoachSettings, today: dt.date) -> bool:
    """Spoken to in the rest days: a note, or the day we met. The day a card was
    added (an import) is no conversation, nor is the day a LinkedIn or XING request
    was accepted: someone imported today has not been spoken to at all."""
    if s.last_contact is not None:
        spoke: dt.date | None = s.last_contact.date()
    else:
        spoke = None if s.from_network else s.met_on
    return spoke is not None and (today - spoke).days < settings.rest_days


def lifted(s: CoachSummary, occ: list[Occasion], settings: CoachSettings, today: dt.date) -> bool:
    """A timely occasion (birthday, event, anniversary, new role) brings someone not yet
    due into the list — also someone never spoken to (DESIGN: a birthday is a reason
    to get in touch without one) — but not someone you spoke to in the last two weeks
    (:func:`spoken_lately`; who was reached out to or snoozed rests: :func:`resting`).
    An open follow-up alone does not: that is a task, not a reason to reconnect.
    A connection's anniversary brings them in as a reason to write (its thank-you the
    last opener), but not up the order (:func:`lifts`)."""
    timely = any(o.kind in TIMELY for o in occ)
    return timely and not spoken_lately(s, settings, today)


def resting(s: CoachSummary, settings: CoachSettings, today: dt.date) -> bool:
    """Reached out lately (or snoozed): leave them be for now."""
    if s.snoozed_until is not None and s.snoozed_until > today:
        return True
    return (
        s.last_outbound is not None and (today - s.last_outbound.date()).days < settings.rest_days
    )


def today_counts(s: CoachSummary, today: dt.date) -> bool:
    """A birthday today or a follow-up I owe due today: always on the list — until
    "Reached out" answered it (``answered_until``, migration 0063: its note still
    there); then the person rests as after any message."""
    if s.answered_until is not None and s.answered_until >= today:
        return False
    if s.due_today:
        return True
    return s.birthday is not None and next_birthday(s.birthday, today) == today


TODAY_FIRST = 10.0  # today's birthdays and follow-ups come before everyone else
# Less than any difference in how overdue (days ÷ cadence, cadences up to 3,650 days:
# at least 1/3,650², 7.5e-8): it only orders people equally overdue, nearest first.
SOONER = 1e-9


def sort_key(
    warmth_score: float, overdue: float, occ: Sequence[Occasion], today: bool = False
) -> tuple[float, float]:
    """Today's birthdays and follow-ups first; then warmest (occasions lift:
    :func:`lifts`), ties by how overdue, then the nearest occasion first (a big
    import: hundreds equally warm, none overdue — a birthday in two days before one
    in two weeks, not the file's order)."""
    lift = (OCCASION_LIFT if lifts(occ) else 0.0) + (TODAY_FIRST if today else 0.0)
    days = min((o.days for o in occ if o.kind in TIMELY and not o.connection), default=None)
    nearness = 0.0 if days is None else SOONER / (1 + days)
    return (-(warmth_score + lift), -overdue - nearness)
