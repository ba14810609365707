"""Finding people by what someone typed, without guessing (no Qt).

A name is compared with each contact's display name and with "given family"
and "family, given", ignoring case; only if nothing matched, also without
accents or with German umlauts written out (Müller = Muller = Mueller,
Weiß = Weiss) — what a keyboard without umlauts types. Nothing looser (no
prefixes, no "ae" = "a": Michal is not Michael). Every contact that matches
is returned: the caller decides, and namesakes are told apart by
organisation and city.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from netzjournal.store.folding import fold
from netzjournal.store.journal import Journal


@dataclass(frozen=True)
class PersonMatch:
    id: int
    name: str
    organisation: str
    city: str
    archived: bool = False

    def describe(self) -> str:
        """The name with what tells namesakes apart: "Chloe Baker · Weserbogen · Bremen"."""
        return " · ".join(p for p in (self.name, self.organisation, self.city) if p)


_SELECT = (
    "SELECT id, display_name, given_name, family_name, organisation, city, archived FROM contact"
)


def _name(display: str, given: str, family: str) -> str:
    return display or " ".join(p for p in (given, family) if p)


def _match(row: tuple) -> PersonMatch:
    cid, display, given, family, organisation, city, archived = row
    return PersonMatch(cid, _name(display, given, family), organisation, city, bool(archived))


def _spellings(row: tuple) -> set[str]:
    _, display, given, family, _, _, _ = row
    names = {display, f"{given} {family}", f"{family}, {given}", f"{family} {given}"}
    return {" ".join(n.split()) for n in names if n.strip(" ,")}


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _plain(text: str) -> set[str]:
    """Ways to write ``text`` on a keyboard without umlauts or accents."""
    low = text.casefold()
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)
    )
    return {stripped, low.translate(_UMLAUTS), stripped.replace("ß", "ss")}


def _sort_key(m: PersonMatch) -> tuple[str, int]:
    return (fold(m.name), m.id)


def find_people_by_name(j: Journal, text: str, include_archived: bool = False) -> list[PersonMatch]:
    """Every contact called ``text`` (see the module docstring); [] if nobody."""
    wanted = " ".join(text.split())
    if not wanted:
        return []
    sql = _SELECT + ("" if include_archived else " WHERE archived = 0")
    rows = list(j.connection().execute(sql))
    exact = wanted.casefold()
    found = [r for r in rows if any(s.casefold() == exact for s in _spellings(r))]
    if not found:
        typed = _plain(wanted)
        found = [r for r in rows if any(typed & _plain(s) for s in _spellings(r))]
    return sorted((_match(r) for r in found), key=_sort_key)


def person_by_id(j: Journal, contact_id: int) -> PersonMatch | None:
    row = j.connection().execute(_SELECT + " WHERE id = ?", (contact_id,)).fetchone()
    return _match(row) if row else None


def people(j: Journal, include_archived: bool = False) -> list[PersonMatch]:
    """Everyone, by name (folded: Ä with A, ß with ss), then id."""
    sql = _SELECT + ("" if include_archived else " WHERE archived = 0")
    return sorted((_match(r) for r in j.connection().execute(sql)), key=_sort_key)
