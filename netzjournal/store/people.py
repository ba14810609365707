"""People by id: choices for pickers, namesakes told apart, names resolved to candidates.

Once a person has been picked, the id travels — never the name. Everything
that offers people to pick (the window's pickers, the command line) reads
them here, in name order (:mod:`collation`), with a *detail* for every
person who shares their name with another: the organisation, else the city,
else both, else the number (``#12``) — "Chloe Baker · Weserbogen Logistik".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from netzjournal.store.collation import name_key
from netzjournal.store.folding import fold
from netzjournal.store.journal import Journal

_PEOPLE = """
SELECT id, display_name, given_name, family_name, organisation, city, archived
  FROM contact
 WHERE (? OR archived = 0) OR id IN (SELECT value FROM json_each(?))
"""


@dataclass(frozen=True)
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
    import json

    rows = (
        j.connection()
        .execute(_PEOPLE, (include_archived, json.dumps(sorted(set(also)))))
        .fetchall()
    )
    shown = {r[0] for r in rows}
    # Namesakes are looked for among everybody, also those not listed here.
    everybody = rows if include_archived else j.connection().execute(_PEOPLE, (True, "[]"))
    choices = [_choice(r) for r in everybody]
    _tell_apart(choices)
    listed = [c for c in choices if c.id in shown]
    listed.sort(key=lambda c: (name_key(c.family_name, c.name), c.id))
    return listed


def person_choices(j: Journal, ids: Iterable[int]) -> dict[int, PersonChoice]:
    """The given people (archived or not) as pickers show them, by id."""
    wanted = set(ids)
    return {c.id: c for c in list_people(j, include_archived=True) if c.id in wanted}


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
    everybody = list_people(j, include_archived=include_archived)
    found = [c for c in everybody if same_name(c.name) == wanted]
    if not found and folded:
        key = fold(wanted)
        found = [c for c in everybody if fold(same_name(c.name)) == key]
    return found


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
        details = [_detail(c, group) for c in group]
        for i, detail in zip(members, details, strict=True):
            object.__setattr__(choices[i], "detail", detail)


def _detail(c: PersonChoice, group: list[PersonChoice]) -> str:
    """The shortest of organisation / city / both that no namesake shares, else + ``#id``."""
    both = ", ".join(p for p in (c.organisation, c.city) if p)
    for kind in (lambda p: p.organisation, lambda p: p.city,
                 lambda p: ", ".join(x for x in (p.organisation, p.city) if x)):  # fmt: skip
        mine = kind(c).strip()
        if mine and all(kind(o).strip().casefold() != mine.casefold() for o in group if o is not c):
            return mine
    return f"{both} #{c.id}" if both else f"#{c.id}"
