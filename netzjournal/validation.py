"""Parsing and checking what people type into forms (pure, no Qt).

Each ``parse_*`` returns the value or raises :class:`ValueError` with a short
English reason; the UI shows its own translated message.
"""

from __future__ import annotations

import datetime as dt
import re

from netzjournal.store.records import Channel

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
_DMY = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.?\s*(\d{4})?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def valid_url(text: str) -> bool:
    return bool(_URL.match(text.strip()))


def parse_addresses(text: str) -> list[str]:
    """E-mail addresses typed in one field, separated by commas, semicolons or spaces
    (lower case, each once); :class:`ValueError` naming the first thing typed that is
    none, as it was typed: the words between two addresses or separators together
    ("kemal at home", not "kemal")."""
    out: list[str] = []
    for part in re.split(r"[,;]", text):
        words = list(re.finditer(r"\S+", part))
        wrong = [w for w in words if not valid_email(w.group())]
        if wrong:
            first = wrong[0]
            end = first.end()
            for w in words[words.index(first) + 1 :]:
                if valid_email(w.group()):
                    break
                end = w.end()
            raise ValueError(part[first.start() : end])
        out.extend(w.group().lower() for w in words)
    return list(dict.fromkeys(out))


def parse_date(text: str) -> dt.date | None:
    """``22.03.2024`` or ``2024-03-22``; empty → None."""
    text = text.strip()
    if not text:
        return None
    if m := _DMY.match(text):
        if not m.group(3):
            raise ValueError("a year is needed")
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if _ISO.match(text):
        return dt.date.fromisoformat(text)
    raise ValueError("not a date")


def check_channel(kind: str, value: str, label: str = "") -> Channel:
    """One channel as typed into its row; raises :class:`ValueError` (with the
    value) for an e-mail or web address that is none, or a phone without digits."""
    value = value.strip()
    if kind == "email" and not valid_email(value):
        raise ValueError(value)
    if kind == "url" and not valid_url(value):
        raise ValueError(value)
    if kind == "phone" and not re.search(r"\d", value):
        raise ValueError(value)
    return Channel(kind, value, label.strip())


def parse_channels(kind: str, text: str) -> list[Channel]:
    """One channel per line, optionally ``label: value``; checks e-mails and URLs."""
    channels = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        label, value = "", line
        if ": " in line:
            label, value = (part.strip() for part in line.split(": ", 1))
        channels.append(check_channel(kind, value, label))
    return channels


def parse_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


# -- a deadline in a next step ("Angebot schicken bis Freitag") -------------------------

_WEEKDAYS = {
    **dict.fromkeys(("montag", "mo", "monday", "mon"), 0),
    **dict.fromkeys(("dienstag", "di", "tuesday", "tue", "tues"), 1),
    **dict.fromkeys(("mittwoch", "mi", "wednesday", "wed"), 2),
    **dict.fromkeys(("donnerstag", "do", "thursday", "thu", "thur", "thurs"), 3),
    **dict.fromkeys(("freitag", "fr", "friday", "fri"), 4),
    **dict.fromkeys(("samstag", "sa", "sonnabend", "saturday", "sat"), 5),
    **dict.fromkeys(("sonntag", "sunday", "sun"), 6),  # ("bis so in zwei Wochen": no "so")
}
_RELATIVE = {"morgen": 1, "tomorrow": 1, "übermorgen": 2}
_DUE = re.compile(
    r"\b(?:bis|by)\s+(?:(?:zum|spätestens|kommenden|nächsten|next|this)\s+)?"
    r"(?:(?P<word>[^\W\d_]+)\.?(?!\w)|(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./]?(?P<y>\d{4}|\d{2})?\b)",
    re.IGNORECASE,
)


def due_in(text: str, today: dt.date) -> dt.date | None:
    """The deadline a next step names, as people write one: "bis Freitag" (the next
    Friday after today), "bis morgen", "bis 15.12." (this year, or the next one when
    that day has passed), "bis zum 15.12.2026", "by Friday", "by tomorrow". None when
    it names none (or a day that does not exist)."""
    for m in _DUE.finditer(text):
        word = (m.group("word") or "").casefold()
        if word in _WEEKDAYS:
            ahead = (_WEEKDAYS[word] - today.weekday() - 1) % 7 + 1
            return today + dt.timedelta(days=ahead)
        if word in _RELATIVE:
            return today + dt.timedelta(days=_RELATIVE[word])
        if m.group("d"):
            year = m.group("y")
            try:
                day = dt.date(
                    (2000 + int(year) if len(year) == 2 else int(year)) if year else today.year,
                    int(m.group("m")),
                    int(m.group("d")),
                )
            except ValueError:
                continue  # (no such day: "bis 31.2.", or a figure: "bis 5.000 €")
            if not year and day < today:
                day = day.replace(year=today.year + 1)
            return day
    return None
