"""People by id: choices for pickers, namesakes told apart, names resolved to candidates.

Once a person has been picked, the id travels — never the name. Everything
that offers people to pick (the window's pickers, the command line) reads
them here, in name order (:mod:`collation`), with a *detail* for every
person who shares their name with another: the organisation, else the city,
else both — "Chloe Baker · Weserbogen Logistik". Where even both are alike (two
"Anja Schäfer · REWE Digital · Köln"), the next thing that tells them apart: the
role, else an e-mail address or phone number no twin has, else the day they were
added ("REWE Digital, Köln, Teamleiterin"); only where all of that is alike too, a
place among them, oldest first ("Ute Groß (2)").
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from netzjournal.store.changes import ChangeSet
from netzjournal.store.collation import name_key
from netzjournal.store.folding import fold, query_terms
from netzjournal.store.journal import Journal
from netzjournal.store.summary import display_name
from netzjournal.store.values import ids_json

_PEOPLE = (
    "SELECT id, display_name, given_name, family_name, organisation, city, archived FROM contact"
)
_WORDS = re.compile(r"\w+")  # words as the search index splits them
# People without a name of their own, called by their organisation. (The name
# columns are NOT NULL; written as equalities, the family-name index finds the
# few instead of a pass over every contact: ~8 ms on 50,000, on every keystroke.)
_UNNAMED = """
SELECT id, display_name, given_name, family_name, organisation, city, archived
  FROM contact
 WHERE family_name = '' AND display_name = '' AND given_name = ''
"""
_BY_IDS = """
SELECT id, display_name, given_name, family_name, organisation, city, archived
  FROM contact
 WHERE id IN (SELECT value FROM json_each(?))
"""
# Contacts whose search document (store/fulltext.py: folded names in ``name``,
# organisation, city and the rest in ``body``) matches an FTS5 expression. Asked
# of ``contact_search`` (migration 0013: the contacts' documents alone, rowid =
# contact id), not ``search_index``, where they are interleaved with ten times as
# many notes' documents that a prefix would walk too.
_MATCHING = """
SELECT c.id, c.display_name, c.given_name, c.family_name, c.organisation, c.city, c.archived
  FROM contact_search s JOIN contact c ON c.id = s.rowid
 WHERE contact_search MATCH ?
"""


# One rule wherever people are listed in a line (notes, timeline, a series' evenings,
# an export's "with"): a semicolon, because a name may hold a comma of its own
# ("Müller, Hans", "Dr. Weiß, MBA") and "Müller, Hans, Anna Weber" reads as three.
NAMES_SEPARATOR = "; "


def join_names(names: Iterable[str]) -> str:
    """People's names in one line, empty names left out: "Müller, Hans; Anna Weber"."""
    return NAMES_SEPARATOR.join(n for n in names if n)


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
    # Set only for a twin (name, organisation and city alike): what else tells them
    # apart — the role, an e-mail address or phone, "added 03.03.2025", else "(2)" —
    # in ``detail`` too.
    extra: str = ""
    # Why a picker offers them when their name does not say: the nickname, or the
    # whole name with the middle names, that the typed words matched.
    known_as: str = ""

    @property
    def label(self) -> str:
        """The name, with the detail that tells namesakes apart."""
        return with_detail(self.name, self.detail)

    def describe(self) -> str:
        """Name, organisation and city: "Chloe Baker · Weserbogen · Bremen" (and for a
        twin what tells them apart: "… · Köln · Teamleiterin")."""
        line = " · ".join(p for p in (self.name, self.organisation, self.city) if p)
        if self.extra:  # ("… · Köln (2)" where nothing else tells twins apart)
            joint = " " if self.extra.startswith("(") else " · "
            return f"{line}{joint}{self.extra}"
        return line

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "organisation": self.organisation,
            "city": self.city,
            "label": self.label,
        }


def with_detail(name: str, detail: str) -> str:
    """ "Anna Müller · Stadtwerke", "Ute Groß (2)" (a place among namesakes follows the
    name as it is)."""
    if not detail:
        return name
    return f"{name} {detail}" if detail.startswith("(") else f"{name} · {detail}"


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
    choices = [_choice(r) for r in j.connection().execute(_PEOPLE)]
    _tell_apart(j, choices)
    listed = [c for c in choices if include_archived or not c.archived or c.id in wanted]
    return _name_order(listed)


def person_choices(
    j: Journal, ids: Iterable[int], cache: NamesakeCache | None = None, printed: bool = False
) -> dict[int, PersonChoice]:
    """The given people (archived or not) as pickers show them, by id. ``printed``:
    twins told apart as in the review, without a phone number or an e-mail address
    (the contacts list's name cells; a ``cache`` says so itself).

    Reads only them (by primary key) and whoever might share their name (through
    the search index), not every contact; with a ``cache``, only those it does not
    hold from an earlier call.
    """
    wanted = sorted(set(ids))
    if cache is not None:
        return cache.choices(j, wanted)
    return _read_choices(j, wanted, printed)[0]


def people_by_uid(j: Journal, uids: Iterable[str]) -> list[PersonChoice]:
    """The contacts with these UIDs (archived too; UIDs no contact has any more
    left out) as pickers show them, in name order: the people a sync found on
    both sides, say."""
    import json

    rows = j.connection().execute(
        "SELECT id FROM contact WHERE uid IN (SELECT value FROM json_each(?))",
        (json.dumps(list(uids)),),
    )
    return _name_order(person_choices(j, [r[0] for r in rows]).values())


def _read_choices(
    j: Journal, ids: list[int], printed: bool = False
) -> tuple[dict[int, PersonChoice], dict[str, set[int]]]:
    """:func:`person_choices`, and each of their names' namesakes (ids, them included)."""
    if not ids:
        return {}, {}
    mine = [_choice(r) for r in j.connection().execute(_BY_IDS, (ids_json(ids),))]
    groups = _tell_apart_among(j, mine, printed)
    return {c.id: c for c in mine}, groups


class NamesakeCache:
    """The people :func:`person_choices` read, labels included, kept between calls
    (the coach pane asks for the same hundred cards after every change: on 50,000
    contacts their ~3,000 namesakes took ~35 ms to read and tell apart).

    A label is made from the person's row and their namesakes' rows. The cache
    hears every committed write of its journal and, at the next call, forgets the
    people whose names a changed contact had or has now; all of them after a commit
    of another connection (``data_version``: another program, or another thread's
    connection, wrote). (A write that lands while a call reads
    is heard after its commit, so after that call took what it had heard: the next
    call forgets what this one may have read before the commit.)

    It listens by a weak reference: the journal lets go of it once its owner (the
    coach's :class:`OpenerCache`, the events page) is gone; :meth:`close` ends the
    listening at once, and so does closing the journal.
    """

    def __init__(self, printed: bool = False) -> None:
        self.printed = printed  # twins told apart as in the review (the coach's cards)
        self._lock = threading.Lock()  # a worker may read while the window writes
        self._journal: Journal | None = None
        self._changed: set[int] = set()
        self._everything = False
        self._version: tuple[int, int] = (0, -1)  # the connection and its data_version
        self._people: dict[int, PersonChoice] = {}
        self._asked: dict[str, set[int]] = defaultdict(set)  # name → people kept
        self._name_of: dict[int, str] = {}  # everybody seen: the name they had

    def _heard(self, changes: ChangeSet) -> None:
        with self._lock:
            self._changed |= changes.contacts
            self._everything |= changes.everything

    def close(self) -> None:
        """Stop listening to the journal and forget everyone (the owner is done)."""
        with self._lock:
            if self._journal is not None:
                self._journal.unsubscribe(self._heard)
            self._journal, self._everything = None, True
            self._people, self._asked, self._name_of = {}, defaultdict(set), {}

    def choices(self, j: Journal, ids: list[int]) -> dict[int, PersonChoice]:
        with self._lock:
            if self._journal is not j:
                if self._journal is not None:  # (the journal left behind: heard no more)
                    self._journal.unsubscribe(self._heard)
                # Held weakly: the journal does not keep the cache (and its owner's
                # hundreds of labels) alive once the coach or the events page is gone.
                j.subscribe(self._heard, weak=True)
                self._journal, self._everything = j, True
            changed, self._changed = self._changed, set()
            everything, self._everything = self._everything, False
        version = (id(j.connection()), j.data_version())
        if everything or version != self._version:
            self._version = version
            self._people, self._asked, self._name_of = {}, defaultdict(set), {}
        elif changed:
            self._forget(j, changed)
        found = {i: c for i in ids if (c := self._people.get(i))}
        fresh, groups = _read_choices(j, [i for i in ids if i not in found], self.printed)
        self._people.update(fresh)
        for name, members in groups.items():
            self._asked[name].update(i for i in members if i in fresh)
            self._name_of.update(dict.fromkeys(members, name))
        return found | fresh

    def _forget(self, j: Journal, changed: set[int]) -> None:
        """Forget everyone who shared a name with a changed contact, before or now."""
        names = {self._name_of[i] for i in changed if i in self._name_of}
        rows = j.connection().execute(_BY_IDS, (ids_json(sorted(changed)),))
        names.update(same_name(_choice(r).name) for r in rows)
        for name in names:
            for i in self._asked.pop(name, ()):
                self._people.pop(i, None)


def namesake_labels(j: Journal, printed: bool = False) -> dict[int, str]:
    """Everybody who has a namesake (archived people count), by id: the label that
    tells them apart. One read of every contact, for a reader of everybody (the review);
    :func:`person_choices` serves a few ids. ``printed``: for a report that may be
    printed or passed on — twins are told apart without a phone number or an e-mail
    address (see :func:`_tell_twins_apart`)."""
    choices = [_choice(r) for r in j.connection().execute(_PEOPLE)]
    _tell_apart(j, choices, printed)
    return {c.id: c.label for c in choices if c.detail}


def find_people_by_name(j: Journal, name: str, folded: bool = False) -> list[PersonChoice]:
    """Everybody not archived whose name is ``name`` (case and spacing ignored), in name order.

    Several results are namesakes: the caller must let the user choose (the
    ``detail`` of each tells them apart) and never take the first. With
    ``folded=True`` German spellings meet as in search (Mueller ~ Müller ~
    Muller) when nobody has the name exactly.
    """
    wanted = same_name(name)
    if not wanted:
        return []
    # Everybody so named has every word of the name in the search index: read just them.
    near = _name_candidates(j, [wanted])
    found = [c for c in near if same_name(c.name) == wanted]
    if not found and folded:
        key = fold(wanted)
        found = [c for c in near if fold(same_name(c.name)) == key]
    _tell_apart_among(j, found)
    return _name_order([c for c in found if not c.archived])


def search_people(
    j: Journal, text: str, exclude: Iterable[int] = (), limit: int = 50
) -> list[PersonChoice]:
    """People (not archived) matching ``text`` as someone types it into a picker, at most ``limit``.

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

    def starts(c: PersonChoice) -> bool:
        return _starts_with(c.name, whole)

    # A name starting with the text has its words, as prefixes, in the name column ...
    found = _in_name_order(j, "{name} : (" + prefixes + ")", starts, skip, limit)
    # ... unless the name is the organisation (in the body column): those few, all.
    unnamed = map(_choice, j.connection().execute(_UNNAMED))
    found += [c for c in unnamed if c.id not in skip and not c.archived and starts(c)]
    shown = _name_order(found)[:limit]
    if len(shown) < limit:

        def contains(c: PersonChoice) -> bool:
            tokens = _WORDS.findall(fold(f"{c.name} {c.organisation} {c.city}"))
            return all(any(t.startswith(w) for t in tokens) for w in terms)

        seen = skip | {c.id for c in found}
        shown += _in_name_order(j, prefixes, contains, seen, limit - len(shown))
    if len(shown) < limit:  # then those the words find by nickname or middle names
        seen = skip | {c.id for c in shown}
        shown += _known_as(j, prefixes, terms, seen, limit - len(shown))
    _tell_apart_among(j, shown)
    return shown


# The people whose ``contact_search`` document matches, in name order (the
# summary's ``name_key``: the collation order, the id as tie-break), a page at a
# time from where the last page ended. Many matches (a first letter: thousands
# on 50,000 contacts) walk the name index and stop at the page's end; few are
# sorted. Neither passes over every contact nor sorts thousands (~120 ms).
_IN_NAME_ORDER = """
SELECT c.id, c.display_name, c.given_name, c.family_name, c.organisation, c.city, c.archived,
       s.name_key
  FROM {tables}
 WHERE s.archived = 0 AND (s.name_key, s.contact_id) > (?, ?)
   AND s.contact_id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)
 ORDER BY s.name_key, s.contact_id
 LIMIT ?
"""
_WALK = _IN_NAME_ORDER.format(
    tables="contact_summary s INDEXED BY contact_summary_name"
    " CROSS JOIN contact c ON c.id = s.contact_id"
)
_SORT = _IN_NAME_ORDER.format(tables="contact c JOIN contact_summary s ON s.contact_id = c.id")
_COUNT = "SELECT count(*) FROM (SELECT 1 FROM contact_search WHERE contact_search MATCH ? LIMIT ?)"
FEW = 1000  # matches up to which sorting them beats walking the name index


def _in_name_order(
    j: Journal, expression: str, keep: Callable[[PersonChoice], bool], skip: set[int], limit: int
) -> list[PersonChoice]:
    """The first ``limit`` people in name order whose document matches the FTS5
    ``expression`` and whom ``keep`` keeps (the index offers a superset), not in ``skip``."""
    conn = j.connection()
    few = conn.execute(_COUNT, (expression, FEW + 1)).fetchone()[0] <= FEW
    query = _SORT if few else _WALK
    found: list[PersonChoice] = []
    after: tuple[object, int] = (b"", 0)  # (name_key, id) of the last row read
    page = limit + len(skip) + 8
    while len(found) < limit:
        rows = conn.execute(query, (*after, expression, page)).fetchall()
        for r in rows:
            c = _choice(r)
            if c.id not in skip and keep(c):
                found.append(c)
        if len(rows) < page:
            break
        after, page = (rows[-1][7], rows[-1][0]), page * 2
    return found[:limit]


def _starts_with(name: str, whole: str) -> bool:
    """The folded ``name``, or a word of it, starts with ``whole``."""
    folded = fold(name)
    return folded.startswith(whole) or any(w.startswith(whole) for w in folded.split())


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
    j: Journal, prefixes: str, terms: list[str], skip: set[int], limit: int
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
        if c.id in skip or c.archived:
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
    return _name_order(found)[:limit]


def _name_order(choices: Iterable[PersonChoice]) -> list[PersonChoice]:
    """By the collation's name key, the id as tie-break (namesakes stay in one order)."""
    return sorted(choices, key=lambda c: (name_key(c.family_name, c.name), c.id))


def _name_candidates(j: Journal, names: Iterable[str]) -> list[PersonChoice]:
    """Everybody (archived too) who might be called one of ``names``: every word of
    such a name is in their search document. One look-up for all the names (an OR
    of each name's words). A superset; compare with :func:`same_name`."""
    expressions = []
    for name in names:
        terms = query_terms(name, max_terms=64)
        if not terms:  # no word to look up (only punctuation): read everybody
            return [_choice(r) for r in j.connection().execute(_PEOPLE)]
        expressions.append("(" + " AND ".join(f'"{t}"' for t in terms) + ")")
    if not expressions:
        return []
    rows = j.connection().execute(_MATCHING, (" OR ".join(expressions),))
    return [_choice(r) for r in rows]


def _tell_apart_among(
    j: Journal, choices: list[PersonChoice], printed: bool = False
) -> dict[str, set[int]]:
    """Set the namesake detail of these people, looking at all their namesakes
    (archived too) — one indexed look-up for all their names, not a read of everybody.
    Returns the ids of everybody so named (them included), by :func:`same_name`."""
    by_name: dict[str, list[PersonChoice]] = defaultdict(list)
    for c in choices:
        by_name[same_name(c.name)].append(c)
    groups: dict[str, dict[int, PersonChoice]] = defaultdict(dict)
    for c in _name_candidates(j, by_name):
        if (key := same_name(c.name)) in by_name:
            groups[key][c.id] = c
    twins = []
    for key, mine in by_name.items():
        group = groups[key]
        for c in mine:
            group[c.id] = c  # (those asked about, not their copies read as namesakes)
        if len(group) > 1:  # as _tell_apart, for these people only
            counts, alike = _counts(list(group.values()))
            for c in mine:
                c.detail = _detail(c, counts)
            asked = {c.id for c in mine}
            twins += [t for t in alike if asked & {c.id for c in t}]
    _tell_twins_apart(j, twins, printed)
    return {key: set(groups[key]) for key in by_name}


def _choice(r: tuple) -> PersonChoice:
    display, given, family, org = r[1] or "", r[2] or "", r[3] or "", r[4] or ""
    name = display_name(display, given, family, org)
    return PersonChoice(r[0], name, family or name, org, r[5] or "", bool(r[6]))


def _tell_apart(j: Journal, choices: list[PersonChoice], printed: bool = False) -> None:
    groups: dict[str, list[PersonChoice]] = defaultdict(list)
    for c in choices:
        groups[same_name(c.name)].append(c)
    twins = []
    for group in groups.values():
        if len(group) > 1:
            counts, alike = _counts(group)  # linear: demo journals have groups of hundreds
            for c in group:
                c.detail = _detail(c, counts)
            twins += alike
    _tell_twins_apart(j, twins, printed)


def _both(c: PersonChoice) -> str:
    """ "Organisation, City" (either alone where the other is empty)."""
    return f"{c.organisation}, {c.city}" if c.organisation and c.city else c.organisation or c.city


# What else a twin has, read for twins alone, by id: the role and the day added
# (a 50,000 journal of few employers has ~29,000 twins), then e-mail addresses and
# phones only of twins their roles do not tell apart — each in their order.
_TWIN_ROLES = """
SELECT id, role, created_at, met_on FROM contact WHERE id IN (SELECT value FROM json_each(?))
"""
_TWIN_CHANNELS = """
SELECT contact_id, value FROM contact_channel
 WHERE kind IN ('email', 'phone') AND value != ''
   AND contact_id IN (SELECT value FROM json_each(?))
 ORDER BY contact_id, kind = 'phone', position, id
"""
# In print: the domains of e-mail addresses ("@stadtwerke-kassel.de"), never an address
# or a phone number.
_TWIN_DOMAINS = """
SELECT contact_id, '@' || lower(substr(value, instr(value, '@') + 1)) FROM contact_channel
 WHERE kind = 'email' AND instr(value, '@') > 0
   AND contact_id IN (SELECT value FROM json_each(?))
 ORDER BY contact_id, position, id
"""
_ADDED = {"de": "angelegt am {}", "en": "added {}"}
_KNOWN_SINCE = {"de": "bekannt seit {}", "en": "known since {}"}
_NUMBERED = {"de": "Nr. {}", "en": "no. {}"}


def _added(day: str) -> str:
    """ "added 03/03/2025" (of "2025-03-03") in the interface's language
    (localized.tell_language); "" if the day cannot be read."""
    from netzjournal.localized import format_date, told_language

    try:
        when = dt.date.fromisoformat(day)
    except ValueError:
        return ""
    language = told_language()
    return _ADDED.get(language, _ADDED["en"]).format(format_date(when, language))


def _known_since(day: str) -> str:
    """ "known since 2019" (of a "met on" day "2019-05-14") in the interface's language."""
    from netzjournal.localized import told_language

    return _KNOWN_SINCE.get(told_language(), _KNOWN_SINCE["en"]).format(day[:4])


def _numbered(place: int) -> str:
    """ "no. 2" / "Nr. 2": a twin's place among them, oldest first, in a report."""
    from netzjournal.localized import told_language

    return _NUMBERED.get(told_language(), _NUMBERED["en"]).format(place)


def _same_channel(value: str) -> str:
    """An address or number as compared: case, spaces and punctuation of a number ignored."""
    return re.sub(r"[\s()./-]", "", value).casefold()


def _tell_twins_apart(
    j: Journal, twin_sets: list[list[PersonChoice]], printed: bool = False
) -> None:
    """Each twin's ``extra`` and ``detail``: the role no other twin has, else an
    e-mail address or phone none of them has, else the day they were added if no
    other twin was added that day; else (as before) a place among them, oldest first.

    ``printed`` (the yearly review): an e-mail domain none of them has instead of an
    address or phone, then the year they met ("known since 2019") if no other twin's
    is that year, then the day added, then the place as "no. 3" (a report puts counts
    in brackets: "(3) (1)" read as two counts)."""
    if not twin_sets:
        return
    conn = j.connection()
    ids = sorted({c.id for twins in twin_sets for c in twins})
    # (the day as stored, "2025-03-03 …": compared as text, read as a date when shown)
    facts, met = {}, {}
    for r in conn.execute(_TWIN_ROLES, (ids_json(ids),)):
        facts[r[0]] = ((r[1] or "").strip(), str(r[2] or "")[:10])
        met[r[0]] = str(r[3] or "")[:4]
    extra: dict[int, str] = {}
    unsettled = []
    for twins in twin_sets:
        roles = Counter(facts[c.id][0].casefold() for c in twins if c.id in facts)
        for c in twins:
            role = facts.get(c.id, ("", ""))[0]
            if role and roles[role.casefold()] == 1:
                extra[c.id] = role
        if any(c.id not in extra for c in twins):
            unsettled.append(twins)
    values: dict[int, list[str]] = defaultdict(list)
    if unsettled:
        asked = sorted({c.id for twins in unsettled for c in twins})
        sql = _TWIN_DOMAINS if printed else _TWIN_CHANNELS
        for contact_id, value in conn.execute(sql, (ids_json(asked),)):
            values[contact_id].append(value)
    for twins in unsettled:
        mine = {c.id: {_same_channel(v) for v in values.get(c.id, ())} for c in twins}
        channels = Counter(k for keys in mine.values() for k in keys)
        days = Counter(facts[c.id][1] for c in twins if c.id in facts)
        years = Counter(met.get(c.id, "") for c in twins)
        for c in twins:
            if c.id in extra:
                continue
            found = next((v for v in values.get(c.id, ()) if channels[_same_channel(v)] == 1), "")
            year = met.get(c.id, "")
            if printed and not found and year and years[year] == 1:
                found = _known_since(year)
            day = facts.get(c.id, ("", ""))[1]
            if not found and day and days[day] == 1:
                found = _added(day)
            if found:
                extra[c.id] = found
    for twins in twin_sets:
        for place, c in enumerate(twins, 1):
            both = _both(c)
            if printed and c.id not in extra:  # (a report's counts are in brackets: "(1)")
                extra[c.id] = _numbered(place)
            if c.id in extra:
                c.extra, c.detail = extra[c.id], ", ".join(p for p in (both, extra[c.id]) if p)
            else:  # ("Nordlicht, Kiel (2)", "(2)": as namesakes were told apart before)
                c.extra, c.detail = f"({place})", f"{both} ({place})".lstrip()


def _detail(c: PersonChoice, counts: Counter[str]) -> str:
    """The shortest of organisation / city / both that no namesake shares, else both
    (a twin, alike in both, is told apart by :func:`_tell_twins_apart`)."""
    both = _both(c)
    for mine in (c.organisation.strip(), c.city.strip(), both):
        if mine and counts[mine.casefold()] == 1:
            return mine
    return both


def _counts(group: list[PersonChoice]) -> tuple[Counter[str], list[list[PersonChoice]]]:
    """How many namesakes have each organisation, city and "organisation, city"; and
    the twins among them: each set alike in both, oldest first."""
    counts: Counter[str] = Counter()
    alike: dict[str, list[PersonChoice]] = defaultdict(list)
    for p in sorted(group, key=lambda p: p.id):
        both = _both(p)
        # Once per person, even where organisation and city are alike.
        for v in {v.strip().casefold() for v in (p.organisation, p.city, both) if v}:
            counts[v] += 1
        alike[both.strip().casefold()].append(p)
    return counts, [t for t in alike.values() if len(t) > 1]


# -- names as someone types them (the command line) -----------------------------------

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
    sql = _PEOPLE + ("" if include_archived else " WHERE archived = 0")
    rows = list(j.connection().execute(sql))
    exact = wanted.casefold()
    found = [r for r in rows if any(s.casefold() == exact for s in _spellings(r))]
    if not found:
        typed = _plain(wanted)
        found = [r for r in rows if any(typed & _plain(s) for s in _spellings(r))]
    return _name_order(person_choices(j, [r[0] for r in found]).values())


def person_by_id(j: Journal, contact_id: int) -> PersonChoice | None:
    """One person (archived or not) as pickers show them; None if there is none."""
    return person_choices(j, [contact_id]).get(contact_id)


def person_labels(j: Journal, ids: Iterable[int]) -> dict[int, str]:
    """These people by id as pickers name them, namesakes apart ("Anna Müller ·
    Stadtwerke"): for every text that names someone (undo steps, the command line)."""
    return {i: c.label for i, c in person_choices(j, ids).items()}


def person_label(j: Journal, contact_id: int) -> str:
    """One person as pickers name them ('' if there is none)."""
    return person_labels(j, [contact_id]).get(contact_id, "")
