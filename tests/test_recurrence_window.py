"""Expanding only the window: the same days as expanding a series from its first day."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from netzjournal.store import recurrence

RULES = [
    "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,WE;WKST=SU", "FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=2",
    "FREQ=MONTHLY;BYDAY=2TU", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO",
    "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=YEARLY", "FREQ=YEARLY;INTERVAL=2", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SA",
    "FREQ=YEARLY;BYMONTH=9;BYDAY=2TH", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
    "FREQ=YEARLY;BYYEARDAY=100", "FREQ=DAILY;INTERVAL=10", "FREQ=DAILY",
    "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20240630T235959", "FREQ=WEEKLY;COUNT=40",
]  # fmt: skip


def _from_first_day(rule: str, first: dt.date, at: dt.time | None, start: dt.date,
                    end: dt.date) -> list[dt.date]:  # fmt: skip
    """What expanding from the first day gives (the reference)."""
    compiled = recurrence._compiled(rule, first, at)
    lo = dt.datetime.combine(max(start, first), dt.time())
    hi = dt.datetime.combine(end, dt.time(23, 59, 59))
    return [d.date() for d in compiled.between(lo, hi, inc=True)]


@pytest.mark.parametrize("rule", RULES)
def test_a_window_gives_the_days_expanding_from_the_first_day_gives(rule: str) -> None:
    rng = random.Random(rule)
    for _ in range(60):
        first = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(3000))
        if rule.startswith("FREQ=YEARLY") and rng.random() < 0.2:
            first = dt.date(2016, 2, 29)  # a leap day: leap years only
        at = rng.choice([None, dt.time(19), dt.time(9, 30)])
        start = first + dt.timedelta(days=rng.randrange(-400, 4000))
        end = start + dt.timedelta(days=rng.choice([1, 31, 365, 800]))
        try:
            expected = _from_first_day(rule, first, at, start, end)
        except recurrence.RuleError:
            continue
        assert recurrence.expand(rule, first, at, start, end) == expected, (first, start, end)


def test_the_window_starts_late_for_an_old_series() -> None:
    rule, first = "FREQ=MONTHLY;BYDAY=2TH", dt.date(2016, 11, 10)
    text, anchor = recurrence._anchored(rule, first, dt.date(2026, 5, 3))
    assert anchor == dt.date(2026, 5, 1) and text == rule
    # What the first day left open is written into the rule before it moves.
    text, anchor = recurrence._anchored("FREQ=YEARLY;INTERVAL=2", dt.date(2016, 2, 29),
                                        dt.date(2027, 6, 1))  # fmt: skip
    assert (text, anchor) == ("FREQ=YEARLY;INTERVAL=2;BYMONTH=2;BYMONTHDAY=29", dt.date(2026, 1, 1))
    # Counted from the first day: never moved.
    assert recurrence._anchored("FREQ=WEEKLY;COUNT=5", first, dt.date(2026, 1, 1)) == (
        "FREQ=WEEKLY;COUNT=5", first)  # fmt: skip
