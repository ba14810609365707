"""Recurrence rules of event series: RFC 5545 ``RRULE`` values, expanded with dateutil.

Series are expanded in *local wall-clock time* (naive datetimes): the
Stammtisch at 19:00 stays at 19:00 when the clocks change, as people mean it.
No SQL and no Qt here; the store reads the rows and calls :func:`expand`.

The plain-words forms the editor offers are built by :func:`rule_for` and
read back by :func:`parts` (the interface words them in its language).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dateutil import rrule as _rrule

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")

# The forms the editor offers, in plain words (see :func:`rule_for`).
SIMPLE_FORMS = ("none", "weekly", "biweekly", "monthly_weekday", "monthly_day", "yearly",
                "yearly_weekday")  # fmt: skip


class RuleError(ValueError):
    """A recurrence rule that cannot be read or never produces a day.

    The message is English (logs, the command line); ``code`` says why, for the
    interface to word in its language (:func:`netzjournal.localized.refusal_text`):
    "unreadable", "unsupported", "no_frequency", "no_day", "unknown_form";
    ``rule`` is the rule as given.
    """

    def __init__(self, message: str, code: str = "unreadable", rule: str = "") -> None:
        super().__init__(message)
        self.code, self.rule = code, rule


def normalise(rule: str) -> str:
    """The stored form: no ``RRULE:`` prefix, upper case, a UTC ``UNTIL`` made local.

    Series are expanded in local time, so an ``UNTIL=20251231T225959Z`` from
    a calendar file becomes ``UNTIL=20251231T235959``-style wall-clock time
    (cut to the day's end: an end date is what people mean).
    """
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    out = []
    for part in text.split(";"):
        if not part.strip():
            continue
        key, _, value = part.partition("=")
        key, value = key.strip().upper(), value.strip().upper()
        if key == "UNTIL":
            value = value.rstrip("Z")
            value = value[:8] + "T235959"
        out.append(f"{key}={value}")
    return ";".join(out)


@lru_cache(maxsize=512)
def _compiled(rule: str, first: dt.date, at: dt.time | None) -> _rrule.rrule:
    start = dt.datetime.combine(first, at or dt.time())
    try:
        # cache=True: the compiled rule (kept by lru_cache) remembers the days it made, so
        # the next window of a ten-year-old series is not worked out from its first day again.
        compiled = _rrule.rrulestr(rule, dtstart=start, forceset=False, cache=True)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise RuleError(f"Unreadable recurrence rule {rule!r}: {exc}", "unreadable", rule) from exc
    if not isinstance(compiled, _rrule.rrule):
        raise RuleError(f"Unsupported recurrence rule {rule!r}.", "unsupported", rule)
    return compiled


def validate(rule: str, first: dt.date, at: dt.time | None = None) -> str:
    """The normalised rule; :class:`RuleError` if unreadable or without any day."""
    text = normalise(rule)
    if not text.startswith("FREQ=") and ";FREQ=" not in text:
        raise RuleError(f"A recurrence rule needs a frequency: {rule!r}.", "no_frequency", rule)
    compiled = _compiled(text, first, at)
    if compiled.after(dt.datetime.combine(first, at or dt.time()), inc=True) is None:
        raise RuleError(f"The recurrence rule {rule!r} produces no day.", "no_day", rule)
    return text


def last_before(rule: str, first: dt.date, at: dt.time | None, day: dt.date) -> dt.date | None:
    """The series' last day before ``day`` (None: it has none)."""
    if day <= first:
        return None
    found = _compiled(normalise(rule), first, at).before(dt.datetime.combine(day, dt.time()))
    return found.date() if found is not None else None


def on_rule(rule: str, first: dt.date, at: dt.time | None, day: dt.date) -> bool:
    """Whether the series' rule (from ``first``) has ``day``; a day it does not have
    is an extra one (an RDATE), or a broken rule's."""
    return not extra_days(rule, first, at, [day])


def extra_days(
    rule: str, first: dt.date, at: dt.time | None, days: Iterable[dt.date]
) -> set[dt.date]:
    """Those of ``days`` the series' rule does not have (its extra evenings, RDATEs;
    every one for a broken rule): one expansion over their span, not one per day."""
    wanted = set(days) - {first}
    if not wanted:
        return set()
    try:
        have = expand(rule, first, at, min(wanted), max(wanted))
    except RuleError:
        return wanted
    return wanted - set(have)


def ended(rule: str, last: dt.date) -> str:
    """``rule`` ending on ``last`` (its UNTIL; a COUNT or an earlier UNTIL replaced)."""
    kept = [p for p in normalise(rule).split(";") if p.partition("=")[0] not in ("UNTIL", "COUNT")]
    return normalise(";".join([*kept, f"UNTIL={last:%Y%m%d}"]))


def expand(
    rule: str, first: dt.date, at: dt.time | None, start: dt.date, end: dt.date
) -> list[dt.date]:
    """The days of the series between ``start`` and ``end`` (inclusive), in order.

    ``first`` is the series' first day (DTSTART). RFC 5545 rules apply:
    a monthly rule on the 31st skips shorter months, a yearly one from
    29 February recurs in leap years only.

    Only the window is worked out: the rule is started on the last period
    boundary before ``start`` that is a whole number of intervals after
    ``first`` (see :func:`_anchored`), so a ten-year-old monthly series costs
    as much as a new one — also on the first call in a process.
    """
    if end < start or end < first:
        return []
    text, anchor = _anchored(rule, first, start)
    compiled = _compiled(text, anchor, at)
    lo = dt.datetime.combine(max(start, first), dt.time())
    hi = dt.datetime.combine(end, dt.time(23, 59, 59))
    return [d.date() for d in compiled.between(lo, hi, inc=True)]


# Rule parts an anchored start keeps the meaning of (periods stay the same frames).
_ANCHORABLE = {"FREQ", "INTERVAL", "UNTIL", "WKST", "BYDAY", "BYMONTH", "BYMONTHDAY",
               "BYYEARDAY", "BYWEEKNO", "BYSETPOS"}  # fmt: skip


@lru_cache(maxsize=512)
def _anchored(rule: str, first: dt.date, start: dt.date) -> tuple[str, dt.date]:
    """The rule and a later first day giving the same days from ``start`` on.

    dateutil takes what a rule leaves open (the day of the month, the
    weekday, the month) from its first day; those are written into the rule
    first, so that moving the first day changes nothing. The new first day
    starts a period (year, month, week by WKST, day) a whole number of
    intervals after the original one, so the periods the rule counts stay
    the same. A rule with COUNT (counted from its first day) or with parts
    outside :data:`_ANCHORABLE` is left as it is.
    """
    fields: dict[str, str] = {}
    for part in rule.split(";"):
        key, _, value = part.partition("=")
        fields[key.strip().upper()] = value.strip().upper()
    freq = fields.get("FREQ", "")
    if not set(fields) <= _ANCHORABLE or freq not in FREQUENCIES or start <= first:
        return rule, first
    try:
        n = max(1, int(fields.get("INTERVAL", "1") or 1))
    except ValueError:
        return rule, first
    if not any(k in fields for k in ("BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY")):
        if freq == "YEARLY":
            fields.setdefault("BYMONTH", str(first.month))
            fields["BYMONTHDAY"] = str(first.day)
        elif freq == "MONTHLY":
            fields["BYMONTHDAY"] = str(first.day)
        elif freq == "WEEKLY":
            fields["BYDAY"] = WEEKDAYS[first.weekday()]
    if freq == "YEARLY":
        k = (start.year - first.year) // n
        anchor = dt.date(first.year + k * n, 1, 1)
    elif freq == "MONTHLY":
        months = (start.year - first.year) * 12 + start.month - first.month
        total = first.month - 1 + months // n * n
        anchor = dt.date(first.year + total // 12, total % 12 + 1, 1)
    elif freq == "WEEKLY":
        wkst = WEEKDAYS.index(fields["WKST"]) if fields.get("WKST") in WEEKDAYS else 0
        week = first - dt.timedelta(days=(first.weekday() - wkst) % 7)
        anchor = week + dt.timedelta(days=(start - week).days // (7 * n) * 7 * n)
    else:  # DAILY
        anchor = first + dt.timedelta(days=(start - first).days // n * n)
    if anchor <= first:
        return rule, first
    return ";".join(f"{k}={v}" for k, v in fields.items()), anchor


def _nth(day: dt.date) -> int:
    """Which weekday of its month ``day`` is: 1–4, or -1 for the last."""
    n = (day.day - 1) // 7 + 1
    return -1 if n == 5 else n


def rule_for(form: str, first: dt.date) -> str:
    """The RRULE for one of :data:`SIMPLE_FORMS`, anchored on the first day."""
    nth = f"{_nth(first)}{WEEKDAYS[first.weekday()]}"
    forms = {
        "none": "", "weekly": "FREQ=WEEKLY", "biweekly": "FREQ=WEEKLY;INTERVAL=2",
        "monthly_weekday": f"FREQ=MONTHLY;BYDAY={nth}", "monthly_day": "FREQ=MONTHLY",
        "yearly": "FREQ=YEARLY", "yearly_weekday": f"FREQ=YEARLY;BYMONTH={first.month};BYDAY={nth}",
    }  # fmt: skip
    if form in forms:
        return forms[form]
    raise RuleError(f"Unknown recurrence form {form!r}.", "unknown_form", form)


@dataclass(frozen=True)
class RuleParts:
    """A rule read back for wording: ``form`` is one of :data:`SIMPLE_FORMS` or "custom"."""

    form: str
    interval: int = 1
    nth: int = 0  # 1–4 or -1 (last) for the "n-th weekday" forms
    weekday: int = 0  # 0 = Monday
    month: int = 0
    day: int = 0
    count: int | None = None
    until: dt.date | None = None
    text: str = ""


def parts(rule: str, first: dt.date) -> RuleParts:
    """What a rule means, for wording it in plain words (``custom`` if not a simple form)."""
    if not rule:
        return RuleParts("none")
    fields = dict(p.split("=", 1) for p in normalise(rule).split(";") if "=" in p)
    freq = fields.pop("FREQ", "")
    interval = int(fields.pop("INTERVAL", "1") or 1)
    count = int(fields.pop("COUNT")) if "COUNT" in fields else None
    until = None
    if "UNTIL" in fields:
        raw = fields.pop("UNTIL")
        try:
            until = dt.date(int(raw[0:4]), int(raw[4:6]), int(raw[6:8]))
        except ValueError:
            return RuleParts("custom", text=rule)
    fields.pop("WKST", None)
    common: dict[str, Any] = {"count": count, "until": until, "text": rule,
                              "weekday": first.weekday(), "month": first.month,
                              "day": first.day}  # fmt: skip
    byday = fields.pop("BYDAY", "")
    bymonth = fields.pop("BYMONTH", "")
    if fields:
        return RuleParts("custom", **common)
    nth, wd = 0, -1
    if byday:
        if "," in byday:
            return RuleParts("custom", **common)
        sign_digits = byday[:-2]
        wd = WEEKDAYS.index(byday[-2:]) if byday[-2:] in WEEKDAYS else -1
        try:
            nth = int(sign_digits) if sign_digits else 0
        except ValueError:
            return RuleParts("custom", **common)
    if freq == "WEEKLY" and not bymonth and (not byday or (nth == 0 and wd == first.weekday())):
        if interval in (1, 2):
            return RuleParts("weekly" if interval == 1 else "biweekly", **common)
        return RuleParts("weekly", interval=interval, **common)
    if freq == "MONTHLY" and not bymonth and interval == 1:
        if not byday:
            return RuleParts("monthly_day", **common)
        if nth and wd >= 0:
            return RuleParts("monthly_weekday", nth=nth, **{**common, "weekday": wd})
    if freq == "YEARLY" and interval == 1:
        if not byday and not bymonth:
            return RuleParts("yearly", **common)
        if byday and bymonth.isdigit() and nth and wd >= 0:
            return RuleParts(
                "yearly_weekday", nth=nth, **{**common, "weekday": wd, "month": int(bymonth)}
            )
    if freq == "MONTHLY" and not byday and not bymonth:
        return RuleParts("monthly_day", interval=interval, **common)
    return RuleParts("custom", interval=interval, **common)
