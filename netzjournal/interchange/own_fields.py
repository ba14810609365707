"""netzjournal's own contact fields in a vCard, as ``X-NETZJOURNAL-…`` properties.

vCard has no place for closeness, cadence, Sie/du, the language to write in,
how and when we met, topics or the hierarchy level. The export writes each
field that differs from a new contact's default as one property; the reader
takes them back, checked like the editor checks them, so that export →
import loses nothing. Other programs keep unknown ``X-`` properties or drop
them; both are harmless.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from netzjournal.store.codes import (
    ADDRESS_FORMS,
    HIERARCHY_LEVELS,
    LANGUAGES,
    SOURCES,
    UNKNOWN_LANGUAGE,
)
from netzjournal.store.records import ContactRecord

PREFIX = "X-NETZJOURNAL-"
#: Who introduced the person, as the introducer's UID (resolved after all cards are in).
INTRODUCED_BY = PREFIX + "INTRODUCED-BY"


def _text(value: str) -> str:
    return value


def _choice(choices: tuple[str, ...]) -> Callable[[str], str]:
    def parse(value: str) -> str:
        value = value.strip().lower()
        if value not in choices:
            raise ValueError(value)
        return value

    return parse


def _int_between(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        number = int(value.strip())
        if not low <= number <= high:
            raise ValueError(value)
        return number

    return parse


def _flag(value: str) -> bool:
    text = value.strip().upper()
    if text not in ("TRUE", "FALSE"):
        raise ValueError(value)
    return text == "TRUE"


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value.strip())


# (record field, property name after the prefix, reader)
FIELDS: tuple[tuple[str, str, Callable[[str], object]], ...] = (
    ("display_name", "DISPLAY-NAME", _text),
    ("hierarchy", "HIERARCHY", _choice(HIERARCHY_LEVELS)),
    ("source", "SOURCE", _choice(SOURCES)),
    ("source_detail", "SOURCE-DETAIL", _text),
    ("met_on", "MET-ON", _date),
    ("address_form", "ADDRESS-FORM", _choice(ADDRESS_FORMS)),
    # FALSE: the form is the journal's default for new people, nobody chose it (0054).
    ("address_form_chosen", "ADDRESS-FORM-CHOSEN", _flag),
    ("language", "LANGUAGE", _choice(LANGUAGES)),
    ("closeness", "CLOSENESS", _int_between(1, 5)),
    ("cadence_days", "CADENCE-DAYS", _int_between(1, 3650)),
    ("cadence_never", "CADENCE-NEVER", _flag),
    ("topics", "TOPICS", _text),
    ("archived", "ARCHIVED", _flag),
    # TRUE: the neutral whole-name greeting was chosen (no Frau/Herr; migration 0062).
    ("salutation_neutral", "SALUTATION-NEUTRAL", _flag),
)
#: What only the journal keeps about a person (record fields): its own fields but the
#: name, the tags, the person notes and who introduced them. An export that may be
#: passed on (vCard, CSV) holds them only when asked; sync and the JSON backup always.
#: The one list every writer asks.
PRIVATE = frozenset(
    {name for name, _prop, _parse in FIELDS if name != "display_name"}
    | {"tags", "notes", "introduced_by"}
)
#: property name → (record field, reader)
BY_PROPERTY = {PREFIX + prop: (name, parse) for name, prop, parse in FIELDS}
_DEFAULTS = ContactRecord()


def to_properties(c: ContactRecord, *, private: bool) -> list[tuple[str, str]]:
    """(property name, plain text value) for each field that differs from the default
    (and Sie/du always: whether chosen is said beside it);
    those in :data:`PRIVATE` only with ``private``."""
    out = []
    for name, prop, _parse in FIELDS:
        if not private and name in PRIVATE:
            continue
        value = getattr(c, name)
        if name == "address_form":
            pass  # always: a Sie left out read as the reader's default, chosen or not
        elif value == getattr(_DEFAULTS, name) or value is None:
            continue
        if name == "language" and value == UNKNOWN_LANGUAGE:
            continue  # not known: nothing to say (a reader keeps what it knows)
        if isinstance(value, bool):
            text = "TRUE" if value else "FALSE"
        elif isinstance(value, dt.date):
            text = value.isoformat()
        else:
            text = str(value)
        out.append((PREFIX + prop, text))
    return out


def form_chosen(own: dict[str, object], ours: bool) -> bool:
    """Whether a card's Sie/du was chosen: it says the form and does not say it is
    the default (``ADDRESS-FORM-CHOSEN:FALSE``). Our own cards before that flag left
    out a Sie (the default) whether chosen or not: ``ours`` reads it as chosen."""
    if own.get("address_form_chosen") is False:
        return False
    return "address_form" in own or ours


def is_own(property_name: str) -> bool:
    """A property holding one of :data:`FIELDS` (``INTRODUCED_BY`` is read on its own)."""
    return property_name in BY_PROPERTY


def from_property(property_name: str, text: str) -> tuple[str, object]:
    """The record field and its value; ``ValueError`` if the value is not one it can hold."""
    name, parse = BY_PROPERTY[property_name]
    return name, parse(text)
