"""Possible duplicates: pairs of contacts likely to be one person (Edit → Find duplicates).

The rules are the importer's (``store/matching.py``), a little looser, as a list
the person looks through rather than merges made unasked:

* the same e-mail address (case ignored) or phone number (``phone_key``), when
  one name's words are all in the other's — colleagues behind info@… or a
  switchboard, a couple behind one family address, have different names;
* the same name (``loose_name_key``: accents and "ae", word order, the comma of
  "Müller, Hans", titles and initials ignored) and the same organisation, or one of
  the two without an organisation where nobody else has that name. Namesakes at
  different organisations are not offered.

Contacts not archived only. A pair the person said is not one person
(migration 0061) is not offered again. Read in three queries (contacts, their
e-mail addresses and phones, the pairs said apart); the rest is dictionaries, not a
query per contact.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from itertools import combinations

from netzjournal.store.collation import name_key
from netzjournal.store.folding import fold, query_terms
from netzjournal.store.journal import Journal
from netzjournal.store.matching import loose_name_key, phone_key
from netzjournal.store.summary import display_name
from netzjournal.store.values import ids_json, to_datetime

# Why a pair is offered, strongest first (the interface words them).
SAME_EMAIL = "email"
SAME_PHONE = "phone"
SAME_NAME_AND_ORGANISATION = "name_organisation"
SAME_NAME = "name"  # one of the two without an organisation
REASONS = (SAME_EMAIL, SAME_PHONE, SAME_NAME_AND_ORGANISATION, SAME_NAME)

# An address or number shared by more people than this is an office's, not a person's.
_SHARED = 4
# More contacts of one name at one organisation than this are a placeholder ("Empfang",
# "Info"), not copies of a person; their pairs (n² of them) would bury the list.
_COPIES = 20


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    low: int  # contact ids, low < high
    high: int
    reason: str  # one of REASONS


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What tells two people apart when choosing which to keep."""

    id: int
    name: str
    organisation: str
    city: str
    email: str  # the first
    phone: str  # the first
    source: str  # where they came from ("linkedin", "Barcamp Köln", …)
    notes: int
    last_contact: dt.datetime | None
    added: dt.date | None  # the day the contact was made (an import's day, say)
    role: str = ""  # the Funktion: two namesakes at one organisation told apart


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def possible_duplicates(j: Journal) -> list[DuplicatePair]:
    """Every pair likely to be one person, strongest reason first, then in the
    contacts list's name order (locale collation)."""
    conn = j.connection()
    names: dict[int, str] = {}  # id → loose name key
    orgs: dict[int, str] = {}
    order: dict[int, bytes] = {}  # id → the contacts list's collation key
    for cid, display, given, family, organisation, key in conn.execute(
        "SELECT c.id, c.display_name, c.given_name, c.family_name, c.organisation, s.name_key"
        " FROM contact c LEFT JOIN contact_summary s ON s.contact_id = c.id"
        " WHERE c.archived = 0"
    ):
        names[cid] = loose_name_key(display or f"{given} {family}")
        orgs[cid] = fold(organisation).strip()
        if key is None:  # (stale after an edit until the list fills it: made here alike)
            name = display_name(display, given, family, organisation)
            key = name_key(family, name).encode("utf-8", "surrogatepass")
        order[cid] = key
    by_value: dict[tuple[str, str], list[int]] = {}
    for cid, kind, value in conn.execute(
        "SELECT ch.contact_id, ch.kind, ch.value FROM contact_channel ch"
        " JOIN contact c ON c.id = ch.contact_id"
        " WHERE c.archived = 0 AND ch.kind IN ('email', 'phone')"
    ):
        key = value.strip().casefold() if kind == "email" else phone_key(value)
        if key:
            ids = by_value.setdefault((kind, key), [])
            if cid not in ids:
                ids.append(cid)
    said_apart: set[tuple[int, int]] = set()
    if _has_said_apart(conn):
        said_apart = set(conn.execute("SELECT low_id, high_id FROM contact_not_duplicate"))
    found = _pairs(names, orgs, by_value, said_apart)

    return [
        DuplicatePair(low, high, reason)
        for (low, high), reason in sorted(
            found.items(),
            key=lambda item: (REASONS.index(item[1]), order[item[0][0]], item[0]),
        )
    ]


def _has_said_apart(conn: sqlite3.Connection) -> bool:
    """(A journal opened read-only at an older schema has no such table.)"""
    return bool(conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contact_not_duplicate'"
    ).fetchone())  # fmt: skip


def _pairs(
    names: dict[int, str],
    orgs: dict[int, str],
    by_value: dict[tuple[str, str], list[int]],
    said_apart: set[tuple[int, int]],
) -> dict[tuple[int, int], str]:
    """The pairs offered and why, from the contacts' loose name keys, folded
    organisations and shared e-mail/phone keys (each value's sharers, all of them)."""
    found: dict[tuple[int, int], str] = {}

    def offer(a: int, b: int, reason: str) -> None:
        pair = _pair(a, b)
        if pair in said_apart:
            return
        old = found.get(pair)
        if old is None or REASONS.index(reason) < REASONS.index(old):
            found[pair] = reason

    for (kind, _key), ids in by_value.items():
        if 1 < len(ids) <= _SHARED:
            reason = SAME_EMAIL if kind == "email" else SAME_PHONE
            for a, b in combinations(ids, 2):
                if _names_agree(names[a], names[b]):
                    offer(a, b, reason)
    by_name: dict[str, list[int]] = {}
    for cid, key in names.items():
        if key:
            by_name.setdefault(key, []).append(cid)
    for ids in by_name.values():
        if len(ids) == 2:
            a, b = ids
            if orgs[a] == orgs[b]:
                offer(a, b, SAME_NAME_AND_ORGANISATION)
            elif not orgs[a] or not orgs[b]:
                # (only two of that name: among more, which one it would be is a guess)
                offer(a, b, SAME_NAME)
        elif len(ids) > 2:  # namesakes: only those at one organisation
            at: dict[str, list[int]] = {}
            for cid in ids:
                at.setdefault(orgs[cid], []).append(cid)
            for same in at.values():
                if 1 < len(same) <= _COPIES:
                    for a, b in combinations(same, 2):
                        offer(a, b, SAME_NAME_AND_ORGANISATION)

    return found


def _names_agree(a: str, b: str) -> bool:
    """One loose name key's words are all in the other's (or one of them is empty):
    "Hans Müller" and "H. Mueller" agree, so do "Eva Roth" and "Eva Roth-Berger";
    "Anna Schmidt" and "Bernd Weber" behind one info@ do not, nor a couple behind
    familie.schmidt@ ("Anna Schmidt", "Peter Schmidt")."""
    if not a or not b:
        return True
    mine, theirs = set(a.split()), set(b.split())
    return mine <= theirs or theirs <= mine


def duplicates_of(j: Journal, contact_id: int) -> list[int]:
    """The people offered as possible duplicates of this one (ids), strongest reason
    first: :func:`possible_duplicates`' pairs with them, read for them alone (their
    e-mail addresses' and numbers' sharers, their name's bearers through the search
    index), not every contact (Merge… with one selected)."""
    conn = j.connection()
    row = conn.execute(
        "SELECT display_name, given_name, family_name FROM contact WHERE id = ? AND archived = 0",
        (contact_id,),
    ).fetchone()
    if row is None:
        return []
    display, given, family = row
    my_key = loose_name_key(display or f"{given} {family}")
    mine = list(conn.execute(
        "SELECT kind, value FROM contact_channel"
        " WHERE contact_id = ? AND kind IN ('email', 'phone')",
        (contact_id,),
    ))  # fmt: skip
    emails = sorted({v.strip().casefold() for k, v in mine if k == "email" and v.strip()})
    phones = sorted({key for k, v in mine if k == "phone" and (key := phone_key(v))})
    near: set[int] = {contact_id}
    sharers: list[tuple[int, str, str]] = []
    if emails:  # (the index on lower(value), migration 0034; casefold compared below)
        sharers += conn.execute(
            "SELECT contact_id, kind, value FROM contact_channel WHERE kind = 'email'"
            " AND lower(value) IN (SELECT lower(value) FROM json_each(?))",
            (json.dumps(sorted({v.strip() for k, v in mine if k == "email"})),),
        ).fetchall()
    for key in phones:  # (digits in order, anything between: a superset, compared below)
        sharers += conn.execute(
            "SELECT contact_id, kind, value FROM contact_channel"
            " WHERE kind = 'phone' AND value LIKE ?",
            ("%" + "%".join(key) + "%",),
        ).fetchall()
    by_value: dict[tuple[str, str], list[int]] = {}
    for cid, kind, value in sharers:
        key = value.strip().casefold() if kind == "email" else phone_key(value)
        if key in (emails if kind == "email" else phones):
            ids = by_value.setdefault((kind, key), [])
            if cid not in ids:
                ids.append(cid)
            near.add(cid)
    terms = query_terms(my_key, max_terms=64) if my_key else []
    if terms:  # everybody of that name has its every word in the search index
        expression = " AND ".join(f'"{t}"' for t in terms)
        near.update(r[0] for r in conn.execute(
            "SELECT rowid FROM contact_search WHERE contact_search MATCH ?", (expression,)
        ))  # fmt: skip
    names: dict[int, str] = {}
    orgs: dict[int, str] = {}
    for cid, display, given, family, organisation in conn.execute(
        "SELECT id, display_name, given_name, family_name, organisation FROM contact"
        " WHERE id IN (SELECT value FROM json_each(?)) AND archived = 0",
        (ids_json(sorted(near)),),
    ):
        names[cid] = loose_name_key(display or f"{given} {family}")
        orgs[cid] = fold(organisation).strip()
    # Only those sharing a value who are not archived, and only the bearers of my name
    # (the index gave everybody with its words).
    by_value = {k: [i for i in ids if i in names] for k, ids in by_value.items()}
    in_pairs = {i for ids in by_value.values() for i in ids}
    names = {i: k for i, k in names.items() if k == my_key or i in in_pairs}
    said_apart: set[tuple[int, int]] = set()
    if _has_said_apart(conn):
        said_apart = set(conn.execute(
            "SELECT low_id, high_id FROM contact_not_duplicate WHERE low_id = ? OR high_id = ?",
            (contact_id, contact_id),
        ))  # fmt: skip
    found = _pairs(names, orgs, by_value, said_apart)
    mine_found = sorted(
        (REASONS.index(reason), high if low == contact_id else low)
        for (low, high), reason in found.items()
        if contact_id in (low, high)
    )
    return [other for _rank, other in mine_found]


def people_facts(j: Journal, ids: list[int]) -> dict[int, PersonFacts]:
    """The given contacts' facts (one query), by id; ids no contact has left out."""
    if not ids:
        return {}
    rows = j.connection().execute(
        """SELECT c.id, c.display_name, c.given_name, c.family_name, c.organisation, c.city,
                  c.role, c.source, coalesce(s.notes, 0), s.last_contact, c.created_at,
                  (SELECT value FROM contact_channel WHERE contact_id = c.id AND kind = 'email'
                    ORDER BY position LIMIT 1),
                  (SELECT value FROM contact_channel WHERE contact_id = c.id AND kind = 'phone'
                    ORDER BY position LIMIT 1)
             FROM contact c LEFT JOIN contact_summary s ON s.contact_id = c.id
            WHERE c.id IN (SELECT value FROM json_each(?))""",
        (ids_json(ids),),
    )
    out = {}
    for (
        cid,
        display,
        given,
        family,
        org,
        city,
        role,
        source,
        notes,
        last,
        made,
        email,
        phone,
    ) in rows:
        name = display or " ".join(p for p in (given, family) if p)
        added = to_datetime(made)
        out[cid] = PersonFacts(cid, name, org, city, email or "", phone or "", source,
                               int(notes), to_datetime(last),
                               added.date() if added is not None else None,
                               role or "")  # fmt: skip
    return out


def say_not_duplicates(conn: sqlite3.Connection, a: int, b: int, at: dt.datetime) -> None:
    """Inside a write: ``a`` and ``b`` are two people; not offered as duplicates again."""
    low, high = _pair(a, b)
    conn.execute(
        "INSERT OR IGNORE INTO contact_not_duplicate (low_id, high_id, said_at) VALUES (?, ?, ?)",
        (low, high, at.isoformat(timespec="seconds")),
    )


def unsay_not_duplicates(conn: sqlite3.Connection, a: int, b: int) -> None:
    """Inside a write: take back :func:`say_not_duplicates` (undo)."""
    low, high = _pair(a, b)
    conn.execute("DELETE FROM contact_not_duplicate WHERE low_id = ? AND high_id = ?", (low, high))
