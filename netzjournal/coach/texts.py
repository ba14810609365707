"""The coach's words in German and English, from ``resources/coach/<lang>.json``.

They are data, not Qt translations: the command line uses them too, and the
openers are written per language and address form by people, not
translated string by string.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any

from netzjournal.paths import resources_dir

LANGUAGES = ("de", "en")


@functools.cache
def load(language: str) -> dict[str, Any]:
    lang = language if language in LANGUAGES else "en"
    with (resources_dir() / "coach" / f"{lang}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def plural(pair: list[str], n: int) -> str:
    return (pair[0] if n == 1 else pair[1]).replace("{n}", str(n))


def period(language: str, days: int) -> str:
    """ "5 Monaten" / "5 months": a coarse span for "vor …" / "… ago"."""
    p = load(language)["periods"]
    days = max(days, 0)
    if days < 14:
        return plural(p["days"], days)
    if days < 60:
        return plural(p["weeks"], days // 7)
    if days < 365:
        return plural(p["months"], days // 30)
    return plural(p["years"], days // 365)


def duration(language: str, days: int) -> str | None:
    """ "5 Monate" / "5 months" for "it's been …"; None below a month."""
    d = load(language)["durations"]
    if days < 30:
        return None
    if days < 365:
        return plural(d["months"], days // 30)
    return plural(d["years"], days // 365)


def date(language: str, day: dt.date) -> str:
    t = load(language)
    return t["date"].format(day=day.day, month=t["months"][day.month - 1])


def weekday_date(language: str, day: dt.date) -> str:
    t = load(language)
    return t["weekday_date"].format(
        weekday=t["weekdays"][day.weekday()], day=day.day, month=t["months"][day.month - 1]
    )
