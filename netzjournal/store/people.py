"""People by id: choices for pickers, namesakes told apart, names resolved to candidates.

Once a person has been picked, the id travels — never the name. Everything
that offers people to pick (the window's pickers, the command line) reads
them here, in name order (:mod:`collation`), with a *detail* for every
person who shares their name with another: the organisation, else the city,
else both, else the number (``#12``) — "Chloe Baker · Weserbogen Logistik".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from netzjournal.store.collation import name_key, sql_fold
from netzjournal.store.folding import fold, query_terms
from netzjournal.store.journal import Journal

_PEOPLE = """
SELECT id, display_name, given_name, family_name, organisation, city, archived
  FROM contact
 WHERE ? OR id IN (SELECT value FROM json_each(?))
"""
_WORDS = re.compile(r"\w+")  # words as the search index splits them
# People without a name of their own, called by their organisation.
_UNNAMED = """
SELECT id, display_name, given_name, family_name, organisation, city, archived
  FROM contact
 WHERE coalesce(display_name, '') = '' AND coalesce(given_name, '') = ''
   AND coalesce(family_name, '') = ''
"""
_BY_IDS = """
SELECT id, display_name, given_name, family_name, organisation, city, archived
  FROM contact
 WHERE id IN (SELECT value FROM json_each(?))
"""
# Contacts whose search document (store/fulltext.py: folded names in ``name``,
# organisation, city and the rest in ``body``) matches an FTS5 expression.
_MATCHING = """
SELECT c.id, c.display_name, c.given_name, c.family_name, c.organisation, c.city, c.archived
  FROM search_index s JOIN contact c ON c.id = s.rowid / 2
 WHERE search_index MATCH ? AND s.rowid % 2 = 0
"""


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
    # Why a picker offers them when their name does not say: the nickname, or the
    # whole name with the middle names, that the typed words matched.
    known_as: str = ""

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

    Reads only them (by primary key) and whoever might share their name (through
    the search index), not every contact.
    """
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = j.connection().execute(_BY_IDS, (_json_ids(wanted),))
    mine = [_choice(r) for r in rows]
    _tell_apart_among(j, mine)
    return {c.id: c for c in mine}


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
    # Everybody so named has every word of the name in the search index: read just them.
    near = _name_candidates(j, wanted)
    found = [c for c in near if same_name(c.name) == wanted]
    if not found and folded:
        key = fold(wanted)
        found = [c for c in near if fold(same_name(c.name)) == key]
    _tell_apart_among(j, found)
    found = [c for c in found if include_archived or not c.archived]
    return sorted(found, key=lambda c: (name_key(c.family_name, c.name), c.id))


def search_people(
    j: Journal,
    text: str,
    exclude: Iterable[int] = (),
    limit: int = 50,
    include_archived: bool = False,
) -> list[PersonChoice]:
    """People matching ``text`` as someone types it into a picker, at most ``limit``.

    Names starting with the text (or with a word starting with it) come first,
    then people for whom every typed word begins a word of their name,
    organisation or city; each group in name order; folded as in search
    ("mueller" finds "Müller"). Only the people
    the search index offers are read, and namesake details are worked out for
    the shown ones alone, so a keystroke costs milliseconds in a journal of
    50,000 contacts.
    """
    words = fold(text).split()
    terms = query_terms(text)
    if not words or not terms:
        return []
    whole = " ".join(words)
    skip = set(exclude)
    prefixes = " AND ".join(f'"{t}"*' for t in terms)

    def read(expression: str) -> list[PersonChoice]:
        rows = j.connection().execute(_MATCHING, (expression,))
        found = [_choice(r) for r in rows]
        return [c for c in found if c.id not in skip and (include_archived or not c.archived)]

    def ordered(choices: list[PersonChoice]) -> list[PersonChoice]:
        return sorted(choices, key=lambda c: (name_key(c.family_name, c.name), c.id))

    if len(whole) == 1:  # one letter: the index would hand over most of the journal
        found = _first_by_letter(j, whole, skip, limit, include_archived)
    else:  # a name starting with the text has its words, as prefixes, in the name column
        found = read("{name} : (" + prefixes + ")")
        # ... unless the name is the organisation (in the body column): those few, all.
        rows = j.connection().execute(_UNNAMED)
        found += [c for c in map(_choice, rows) if c.id not in skip]
        found = [c for c in found if include_archived or not c.archived]
    starts = []
    for c in found:
        name = fold(c.name)
        if name.startswith(whole) or any(w.startswith(whole) for w in name.split()):
            starts.append(c)
    shown = ordered(starts)[:limit]
    if len(shown) < limit:
        seen = {c.id for c in starts}
        contains = []
        for c in read(prefixes):
            if c.id in seen:
                continue
            tokens = _WORDS.findall(fold(f"{c.name} {c.organisation} {c.city}"))
            if all(any(t.startswith(w) for t in tokens) for w in terms):
                contains.append(c)
        shown += ordered(contains)[: limit - len(shown)]
    if len(shown) < limit:  # then those the words find by nickname or middle names
        seen = skip | {c.id for c in shown}
        shown += _known_as(j, prefixes, terms, seen, limit - len(shown), include_archived)
    _tell_apart_among(j, shown)
    return shown


# One letter typed: the people with a name word starting with it (GLOB, with
# every letter that folds to it), only as far as the first ``limit`` in name
# order reach. Where collation.sql_fold leaves a family name plain ASCII, its
# folded form is the first level of collation.sort_key, so every row past the
# cut row's folded family comes later in the exact order too; rows with the
# cut's family (accents, case) and names sql_fold cannot place (non-ASCII after
# it) are all read, and the caller sorts exactly.
_NAME = (
    "coalesce(nullif(display_name, ''),"
    " nullif(trim(coalesce(given_name, '') || ' ' || coalesce(family_name, '')), ''),"
    " organisation, '')"
)
_BY_LETTER = """
WITH matching AS MATERIALIZED (
  SELECT id, display_name, given_name, family_name, organisation, city, archived,
         {name} AS n, coalesce(nullif(family_name, ''), {name}) AS fam
    FROM contact
   WHERE (? OR archived = 0) AND ' ' || {name} GLOB ?
     AND id NOT IN (SELECT value FROM json_each(?))),
folded AS MATERIALIZED (SELECT *, {ffam} AS ffam FROM matching),
cut AS (  -- the last place shown, in an order SQLite can follow
  SELECT ffam FROM folded WHERE NOT ffam GLOB '*[^ -~]*'
   ORDER BY ffam COLLATE NOCASE LIMIT 1 OFFSET ?)
SELECT id, display_name, given_name, family_name, organisation, city, archived FROM folded
 WHERE ffam GLOB '*[^ -~]*' OR NOT EXISTS (SELECT 1 FROM cut)
    OR ffam COLLATE NOCASE <= (SELECT ffam FROM cut)
""".format(name=_NAME, ffam=sql_fold("fam"))


@functools.cache
def _letters(letter: str) -> str:
    """Every character (Latin scripts) whose search folding starts with ``letter``
    (a word character): "o" → "oOöÖøØ…", for a GLOB character class."""
    return "".join(
        c for c in map(chr, range(0x20, 0x2000)) if fold(c)[:1] == letter and c not in "[]*?^"
    )


def _first_by_letter(
    j: Journal, letter: str, skip: set[int], limit: int, include_archived: bool
) -> list[PersonChoice]:
    """Candidates for one typed letter: a superset of the first ``limit`` in name
    order (see ``_BY_LETTER``), not most of the journal."""
    pattern = f"* [{_letters(letter)}]*"
    args = (include_archived, pattern, _json_ids(skip), max(limit - 1, 0))
    return [_choice(r) for r in j.connection().execute(_BY_LETTER, args)]


# People with a nickname or middle names (in their documents since migration
# 0018) whose document matches; the caller keeps those whose names, organisation
# or city hold every word. Only the few who have such names are read.
_KNOWN_AS = """
SELECT c.id, c.display_name, c.given_name, c.family_name, c.organisation, c.city, c.archived,
       c.additional_names, c.nickname, c.honorific_suffix
  FROM contact_search s JOIN contact c ON c.id = s.rowid
 WHERE contact_search MATCH ? AND (c.nickname != '' OR c.additional_names != '')
"""


def _known_as(
    j: Journal, prefixes: str, terms: list[str], skip: set[int], limit: int, include_archived: bool
) -> list[PersonChoice]:
    """Up to ``limit`` people (name order) for whom every typed word begins a word of
    their name, nickname, middle names, organisation or city, with ``known_as`` set:
    the nickname if a word begins it, else the whole name with the middle names."""
    found = []
    # (one word at least must begin a name: nickname and middle names are in ``name``;
    # a word only in notes, "Kaffee", then reads no one)
    either = " OR ".join(f'"{t}"*' for t in terms)
    rows = j.connection().execute(_KNOWN_AS, (prefixes + " AND {name} : (" + either + ")",))
    for r in rows:
        c = _choice(r)
        if c.id in skip or (c.archived and not include_archived):
            continue
        middle, nickname, suffix = (r[7] or "").replace(",", " "), r[8] or "", r[9] or ""
        tokens = _WORDS.findall(fold(f"{c.name} {middle} {nickname} {c.organisation} {c.city}"))
        if not all(any(t.startswith(w) for t in tokens) for w in terms):
            continue
        if any(w.startswith(t) for w in _WORDS.findall(fold(nickname)) for t in terms):
            c.known_as = nickname
        else:
            given, family = r[2] or "", r[3] or ""
            c.known_as = " ".join(" ".join(p.split()) for p in (given, middle, family, suffix) if p)
        found.append(c)
    found.sort(key=lambda c: (name_key(c.family_name, c.name), c.id))
    return found[:limit]


def _json_ids(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def _name_candidates(j: Journal, name: str) -> list[PersonChoice]:
    """Everybody (archived too) who might be called ``name``: every word of it is
    in their search document. A superset; compare with :func:`same_name`."""
    terms = query_terms(name, max_terms=64)
    if not terms:  # no word to look up (only punctuation): read everybody
        return [_choice(r) for r in j.connection().execute(_PEOPLE, (True, "[]"))]
    expression = " AND ".join(f'"{t}"' for t in terms)
    return [_choice(r) for r in j.connection().execute(_MATCHING, (expression,))]


def _tell_apart_among(j: Journal, choices: list[PersonChoice]) -> None:
    """Set the namesake detail of these people, looking at all their namesakes
    (archived too) — one indexed look-up per distinct name, not a read of everybody."""
    by_name: dict[str, list[PersonChoice]] = defaultdict(list)
    for c in choices:
        by_name[same_name(c.name)].append(c)
    for key, mine in by_name.items():
        group = {c.id: c for c in _name_candidates(j, key) if same_name(c.name) == key}
        for c in mine:
            group.setdefault(c.id, c)
        everyone = sorted(group.values(), key=lambda c: c.id)
        _tell_apart(everyone)
        detail = {c.id: c.detail for c in everyone}
        for c in mine:
            c.detail = detail[c.id]


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
