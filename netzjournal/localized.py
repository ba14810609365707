"""Dates, times, numbers and channel labels in the interface language, without Qt.

The window formats with ``QLocale`` (German, or English as in the United
Kingdom: see ``ui/i18n.py``); the exports, the review's Markdown and the
command line must read the same, and they run without Qt. These follow the
same patterns: ``22.04.1956`` / ``22/04/1956``, ``14:30``, ``0,82`` / ``0.82``,
``6.980`` / ``6,980``.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from netzjournal.paths import DataPaths

SUPPORTED = ("de", "en")


def interface_language(paths: DataPaths | None = None) -> str:
    """The window's language: its setting in the data folder, else the system's."""
    if paths is not None:
        # (Imported here: the window tells its language before its first paint, and
        # only the commands read it from the file.)
        import configparser

        ini = configparser.ConfigParser(interpolation=None)
        try:
            ini.read(paths.root / "window.ini", encoding="utf-8")
            chosen = ini.get("ui", "language", fallback="")
        except (configparser.Error, OSError, UnicodeDecodeError):
            chosen = ""
        if chosen in ("de", "en"):
            return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


_told: list[str] = []


def tell_language(language: str) -> None:
    """The interface's language, told once by the window or a command that speaks,
    for text made below them (a twin's "added 03.03.2025" in the store's labels)."""
    _told[:] = [language]


def told_language() -> str:
    """The language told; else the system's."""
    return _told[0] if _told else interface_language()


def _lang(language: str) -> str:
    return language if language in SUPPORTED else "en"


def format_date(day: dt.date | None, language: str) -> str:
    """A full date with a four-digit year ("22.04.1956"; in English "22/04/1956")."""
    if day is None:
        return ""
    if _lang(language) == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def format_day_month(day: int, month: int, language: str) -> str:
    """A birthday without a year ("22.04." / "22/04")."""
    return f"{day:02d}.{month:02d}." if _lang(language) == "de" else f"{day:02d}/{month:02d}"


def format_datetime(when: dt.datetime | None, language: str) -> str:
    """Date and time ("22.04.2026 14:30")."""
    if when is None:
        return ""
    return f"{format_date(when.date(), language)} {when.hour:02d}:{when.minute:02d}"


def format_decimal(value: float, language: str, places: int = 2) -> str:
    """A decimal number with the language's separator ("0,82" / "0.82")."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if _lang(language) == "de" else text


def format_count(value: int, language: str) -> str:
    """A whole number with its thousands grouped as the window's QLocale groups them
    ("6.980" / "6,980")."""
    text = f"{value:,}"
    return text.replace(",", ".") if _lang(language) == "de" else text


# A channel's label is stored as the vCard TYPE values it came with (in lower
# case, comma-separated: "work", "cell,pref") or as the person wrote it ("Büro").
_CHANNEL_TYPES = {
    "de": {
        "work": "Arbeit", "home": "Privat", "cell": "Mobil", "mobile": "Mobil",
        "iphone": "iPhone", "voice": "Telefon", "fax": "Fax", "pager": "Pager",
        "text": "SMS", "msg": "Nachrichten", "video": "Video", "textphone": "Schreibtelefon",
        "car": "Auto", "isdn": "ISDN", "main": "Zentrale", "other": "Sonstige",
        "pref": "bevorzugt", "internet": "Internet", "x400": "X.400", "bbs": "BBS",
        "modem": "Modem", "pcs": "PCS", "dom": "Inland", "intl": "Ausland",
        "postal": "Post", "parcel": "Pakete", "linkedin": "LinkedIn", "xing": "XING",
        "homepage": "Website", "blog": "Blog",
    },
    "en": {
        "work": "work", "home": "home", "cell": "mobile", "mobile": "mobile",
        "iphone": "iPhone", "voice": "phone", "fax": "fax", "pager": "pager",
        "text": "text", "msg": "messages", "video": "video", "textphone": "textphone",
        "car": "car", "isdn": "ISDN", "main": "main", "other": "other",
        "pref": "preferred", "internet": "internet", "x400": "X.400", "bbs": "BBS",
        "modem": "modem", "pcs": "PCS", "dom": "domestic", "intl": "international",
        "postal": "postal", "parcel": "parcel", "linkedin": "LinkedIn", "xing": "XING",
        "homepage": "website", "blog": "blog",
    },
}  # fmt: skip


@functools.cache
def _channel_words(language: str) -> dict[str, str]:
    """The words for stored channel types; a messenger's label is its service ("skype":
    netzjournal/messengers.py), named alike in either language. (messengers is read on
    first use: the window tells its language here before its first paint.)"""
    from netzjournal import messengers

    services = {code: name for code, (name, _scheme) in messengers.SERVICES.items()}
    return {**_CHANNEL_TYPES[language], **services}


def channel_codes() -> frozenset[str]:
    """Every vCard type netzjournal names in words (a label made of these is not the user's own)."""
    return frozenset(_channel_words("en"))


#: The types offered when a channel is edited, per kind (the first is the default).
CHANNEL_CHOICES = {
    "email": ("work", "home", "other"),
    "phone": ("work", "home", "cell", "fax", "other"),
    "url": ("work", "home", "other"),
    "messenger": ("signal", "whatsapp", "telegram", "threema", "matrix", "xmpp", "skype",
                  "teams", "other"),
}  # fmt: skip


def channel_label(label: str, language: str) -> str:
    """A stored channel label as a person reads it: "cell,pref" → "Mobil, bevorzugt";
    a label the person wrote ("Büro", "zweit-handy") stays as written."""
    words = _channel_words(_lang(language))
    parts = [p.strip() for p in label.split(",") if p.strip()]
    if not parts or not all(p.lower() in words for p in parts):
        return label.strip()
    return ", ".join(dict.fromkeys(words[p.lower()] for p in parts))


# What a search hit's snippet is from ("Themen: … Kaffeeröstung …"): the window's list
# and `netzjournal search` say it alike. No name where it goes without saying (the
# note's text, who a contact is).
_SEARCH_FIELDS = {
    "name": ("Name", "Name"),
    "topics": ("Topics", "Themen"),
    "notes": ("Notes", "Notizen"),
    "department": ("Department", "Abteilung"),
    "tags": ("Tags", "Schlagwörter"),
    "channels": ("Contact details", "Kontaktdetails"),
    "source": ("How we met", "Kennengelernt über"),
    "hooks": ("Private remarks", "Private Notizen"),
    "say_next": ("Pick up next time", "Beim nächsten Mal aufgreifen"),
    "place": ("Place", "Ort"),
    "outcome": ("Outcome", "Ergebnis"),
    "with": ("With", "Mit"),
    "give_take": ("Give & take", "Geben und Nehmen"),
}


def search_field(field: str, language: str) -> str:
    """The name of the text a search hit matched in ("" where it goes without saying)."""
    names = _SEARCH_FIELDS.get(field)
    return "" if names is None else names[_lang(language) == "de"]


# Why the store refused a recurrence rule (``RuleError.code``), {rule} the rule as given.
_RULE_REFUSALS = {
    "unreadable": (
        "the recurrence rule “{rule}” cannot be read",
        "die Wiederholungsregel „{rule}“ ist nicht lesbar",
    ),
    "unsupported": (
        "the recurrence rule “{rule}” is not supported",
        "die Wiederholungsregel „{rule}“ wird nicht unterstützt",
    ),
    "no_frequency": (
        "the recurrence rule “{rule}” does not say how often (FREQ)",
        "die Wiederholungsregel „{rule}“ sagt nicht, wie oft (FREQ)",
    ),
    "no_day": (
        "the recurrence rule “{rule}” gives no day at all",
        "die Wiederholungsregel „{rule}“ ergibt keinen einzigen Tag",
    ),
    "unknown_form": (
        "“{rule}” is no repetition the editor knows",
        "„{rule}“ ist keine Wiederholung, die der Editor kennt",
    ),
}


def refusal_text(exc: BaseException, language: str) -> str:
    """Why the store refused a value, in the interface language, where it says why by
    a code (a recurrence rule: a ``RuleError``, also as the cause of the store's
    ``ValidationError``); else the store's own message."""
    cause = exc if hasattr(exc, "rule") else exc.__cause__
    words = _RULE_REFUSALS.get(getattr(cause, "code", ""))
    if words is None:
        return str(exc)
    text = words[_lang(language) == "de"].replace("{rule}", getattr(cause, "rule", ""))
    return text[:1].upper() + text[1:]
