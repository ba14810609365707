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


def number(language: str, n: int) -> str:
    """A count as a message writes it: "drei", "three" up to twelve, then digits."""
    words = load(language)["numbers"]
    return words[n] if 0 <= n < len(words) else str(n)


def plural(pair: list[str], n: int, language: str | None = None) -> str:
    """The singular or plural text for n; with a language, n in words ("drei Jahren")."""
    count = number(language, n) if language else str(n)
    return (pair[0] if n == 1 else pair[1]).replace("{n}", count)


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


def gap(language: str, days: int) -> str | None:
    """ "ein halbes Jahr" / "about six months": how long it has been, as people say it.

    Rounded the way one writes in a letter ("über ein Jahr", not "14 Monate"): an
    exact count reads like a reproach. None below two months (``openers.APART_DAYS``),
    which is no gap to mention.
    """
    found = None
    for least, text in load(language)["gaps"]:
        if days >= least:
            found = text
    return found


def date(language: str, day: dt.date) -> str:
    t = load(language)
    return t["date"].format(day=day.day, month=t["months"][day.month - 1])


def weekday_date(language: str, day: dt.date) -> str:
    t = load(language)
    return t["weekday_date"].format(
        weekday=t["weekdays"][day.weekday()], day=day.day, month=t["months"][day.month - 1]
    )


def when(language: str, day: dt.date, today: dt.date) -> str:
    """When an event is, as one says it to someone: "heute", "morgen", "am Dienstag"
    within the week ahead, "am 19. Juni" beyond ("today", "tomorrow", "on Tuesday",
    "on 19 June"). A date for an evening two days ahead read as if the writer had
    looked it up in a calendar; a weekday a week or more ahead is ambiguous."""
    t = load(language)
    days = (day - today).days
    if days in (0, 1):
        return str(t["when"][days])
    if 2 <= days <= 6:
        return str(t["when"][2]).format(weekday=t["weekdays"][day.weekday()])
    return str(t["when"][3]).format(date=date(language, day))
