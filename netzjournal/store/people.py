"""People by id: choices for pickers, namesakes told apart, names resolved to candidates.

Once a person has been picked, the id travels — never the name. Everything
that offers people to pick (the window's pickers, the command line) reads
them here, in name order (:mod:`collation`), with a *detail* for every
person who shares their name with another: the organisation, else the city,
else both, else the number (``#12``) — "Chloe Baker · Weserbogen Logistik".
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from netzjournal.store.collation import name_key
from netzjournal.store.folding import fold
from netzjournal.store.journal import Journal

_PEOPLE = """
SELECT id, display_name, given_name, family_name, organisation, city, archived
  FROM contact
 WHERE ? OR id IN (SELECT value FROM json_each(?))
"""
_PEOPLE_LIKE = """
SELECT id, display_name, given_name, family_name, organisation, city, archived
  FROM contact
 WHERE family_name LIKE ? ESCAPE '\\' OR display_name LIKE ? ESCAPE '\\'
    OR organisation LIKE ? ESCAPE '\\'
"""


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(slots=True)
class PersonChoice:
    """One person as a picker offers them."""

    id: int
    name: str
    family_name: str = ""
    organisation: str = ""
    city: str = ""
    archived: bool = False
    detail: str = ""  # set only when another contact has the same name

    @property
    def label(self) -> str:
        """The name, with the detail that tells namesakes apart."""
        return f"{self.name} · {self.detail}" if self.detail else self.name

    def describe(self) -> str:
        """Name, organisation and city: "Chloe Baker · Weserbogen · Bremen"."""
        return " · ".join(p for p in (self.name, self.organisation, self.city) if p)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "organisation": self.organisation,
            "city": self.city,
            "label": self.label,
        }


def same_name(name: str) -> str:
    """The form in which two names count as the same: case and spacing ignored."""
    return " ".join(name.split()).casefold()


def list_people(
    j: Journal, include_archived: bool = False, also: Iterable[int] = ()
) -> list[PersonChoice]:
    """Every contact (not archived, plus the ids in ``also``) in name order,
    namesakes told apart (archived people count as namesakes too)."""
    wanted = set(also)
    # Namesakes are looked for among everybody, also those not listed here.
    choices = [_choice(r) for r in j.connection().execute(_PEOPLE, (True, "[]"))]
    _tell_apart(choices)
    listed = [c for c in choices if include_archived or not c.archived or c.id in wanted]
    listed.sort(key=lambda c: (name_key(c.family_name, c.name), c.id))
    return listed


def person_choices(j: Journal, ids: Iterable[int]) -> dict[int, PersonChoice]:
    """The given people (archived or not) as pickers show them, by id.

    Reads only them and whoever might share their name, not every contact.
    """
    import json

    wanted = sorted(set(ids))
    if not wanted:
        return {}
    conn = j.connection()
    mine = [_choice(r) for r in conn.execute(_PEOPLE, (False, json.dumps(wanted)))
            if r[0] in set(wanted)]  # fmt: skip
    # A namesake shares the last word of the name (LIKE: a scan in C, no Python per row).
    words = sorted({w for c in mine for w in c.name.split()[-1:]})
    near = [
        _choice(r)
        for w in words
        for r in conn.execute(_PEOPLE_LIKE, (f"%{_like(w)}%", f"%{_like(w)}%", f"%{_like(w)}%"))
    ]
    by_id = {c.id: c for c in [*near, *mine]}
    everyone = list(by_id.values())
    _tell_apart(everyone)
    return {c.id: c for c in everyone if c.id in set(wanted)}


def find_people_by_name(
    j: Journal, name: str, include_archived: bool = False, folded: bool = False
) -> list[PersonChoice]:
    """Everybody whose name is ``name`` (case and spacing ignored), in name order.

    Several results are namesakes: the caller must let the user choose (the
    ``detail`` of each tells them apart) and never take the first. With
    ``folded=True`` German spellings meet as in search (Mueller ~ Müller ~
    Muller) when nobody has the name exactly.
    """
    wanted = same_name(name)
    if not wanted:
        return []
    if not folded:  # only those sharing the last word can match: read just them
        near = person_choices(j, _ids_like(j, wanted.split()[-1]))
        found = [c for c in near.values() if same_name(c.name) == wanted]
    else:
        everybody = list_people(j, include_archived=True)
        found = [c for c in everybody if same_name(c.name) == wanted]
        if not found:
            key = fold(wanted)
            found = [c for c in everybody if fold(same_name(c.name)) == key]
    found = [c for c in found if include_archived or not c.archived]
    return sorted(found, key=lambda c: (name_key(c.family_name, c.name), c.id))


def _ids_like(j: Journal, word: str) -> list[int]:
    pattern = f"%{_like(word)}%"
    rows = j.connection().execute(_PEOPLE_LIKE, (pattern, pattern, pattern))
    return [r[0] for r in rows]


def resolve_person(j: Journal, text: str, include_archived: bool = False) -> list[PersonChoice]:
    """``text`` as a person: ``#12`` or ``12`` is the id (if it exists), else a name
    (see :func:`find_people_by_name`). Empty: nobody; several: namesakes."""
    token = text.strip()
    number = token[1:] if token.startswith("#") else token
    if number.isdigit():
        found = person_choices(j, [int(number)])
        if found:
            return list(found.values())
    return find_people_by_name(j, token, include_archived=include_archived)


def _choice(r: tuple) -> PersonChoice:
    display, given, family, org = r[1] or "", r[2] or "", r[3] or "", r[4] or ""
    name = display or " ".join(p for p in (given, family) if p) or org
    return PersonChoice(r[0], name, family or name, org, r[5] or "", bool(r[6]))


def _tell_apart(choices: list[PersonChoice]) -> None:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(choices):
        groups[same_name(c.name)].append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        group = [choices[i] for i in members]
        counts = _counts(group)  # linear: demo journals have groups of hundreds
        details = [_detail(c, counts) for c in group]
        for i, detail in zip(members, details, strict=True):
            choices[i].detail = detail


def _detail(c: PersonChoice, counts: Counter[str]) -> str:
    """The shortest of organisation / city / both that no namesake shares, else + ``#id``."""
    both = ", ".join(p for p in (c.organisation, c.city) if p)
    for mine in (c.organisation.strip(), c.city.strip(), both):
        if mine and counts[mine.casefold()] == 1:
            return mine
    return f"{both} #{c.id}" if both else f"#{c.id}"


def _counts(group: list[PersonChoice]) -> Counter[str]:
    """How many namesakes have each organisation, city and "organisation, city"."""
    counts: Counter[str] = Counter()
    for p in group:
        both = ", ".join(x for x in (p.organisation, p.city) if x)
        # Once per person, even where organisation and city are alike.
        counts.update({v.strip().casefold() for v in (p.organisation, p.city, both) if v})
    return counts


# -- names as someone types them (the command line) -----------------------------------

_TYPED = (
    "SELECT id, display_name, given_name, family_name, organisation, city, archived FROM contact"
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _spellings(row: tuple) -> set[str]:
    _, display, given, family, _, _, _ = row
    names = {display, f"{given} {family}", f"{family}, {given}", f"{family} {given}"}
    return {" ".join(n.split()) for n in names if n and n.strip(" ,")}


def _plain(text: str) -> set[str]:
    """Ways to write ``text`` on a keyboard without umlauts or accents."""
    low = text.casefold()
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)
    )
    return {stripped, low.translate(_UMLAUTS), stripped.replace("ß", "ss")}


def find_people_by_typed_name(
    j: Journal, text: str, include_archived: bool = False
) -> list[PersonChoice]:
    """Every contact called ``text`` as someone types it on a command line.

    Compared with the display name, "given family" and "family, given",
    ignoring case; only if nothing matched, also without accents or with
    German umlauts written out (Müller = Muller = Mueller, Weiß = Weiss).
    Nothing looser (no prefixes: Michal is not Michael). Every match is
    returned, namesakes told apart: the caller decides.
    """
    wanted = " ".join(text.split())
    if not wanted:
        return []
    sql = _TYPED + ("" if include_archived else " WHERE archived = 0")
    rows = list(j.connection().execute(sql))
    exact = wanted.casefold()
    found = [r for r in rows if any(s.casefold() == exact for s in _spellings(r))]
    if not found:
        typed = _plain(wanted)
        found = [r for r in rows if any(typed & _plain(s) for s in _spellings(r))]
    chosen = person_choices(j, [r[0] for r in found])
    return sorted(chosen.values(), key=lambda c: (name_key(c.family_name, c.name), c.id))


def person_by_id(j: Journal, contact_id: int) -> PersonChoice | None:
    """One person (archived or not) as pickers show them; None if there is none."""
    return person_choices(j, [contact_id]).get(contact_id)
