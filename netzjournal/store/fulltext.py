"""Full-text search over contacts and interactions.

One FTS5 table, ``search_index``, holds a folded copy (see
:mod:`netzjournal.store.folding`) of each contact's and interaction's text in
two columns: ``name`` (names and titles, weighted ×10) and ``body``
(everything else). Contacts live at rowid ``2·id``, interactions at
``2·id + 1``, so one ranked query covers both. The store's write functions
call :func:`index_contacts` / :func:`index_interactions` inside their own
transaction, so the index is exact after every commit.

A second table, ``contact_search`` (migration 0013), holds the contacts'
documents once more at rowid = contact id: the contacts filter asks only
which contacts match, and should not walk the notes' documents to find out.
:func:`index_contacts` keeps both.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any, Protocol, cast

from netzjournal.store.folding import fold, fold_many, match_expression, query_terms
from netzjournal.store.values import ids_json, to_datetime


class Connected(Protocol):
    """Anything with the journal's ``sqlite3`` connection (a Journal, an erasure copy)."""

    def connection(self) -> sqlite3.Connection: ...


_CHUNK = 500

# A contact's document: the names they are known by (shown name, given, middle
# and family name, nickname) in ``name``; the honorific suffix ("Jr.", "MBA") with
# organisation, role and the rest in ``body``. The bulk loader composes the same
# texts from its records (store/bulk.py), migration 0018 the same documents.
_CONTACT_DOCS = (
    "SELECT c.id, c.display_name, c.given_name, c.additional_names, c.family_name, c.nickname,"
    " c.organisation, c.honorific_suffix, c.department, c.role, c.city, c.topics, c.notes,"
    " c.source_detail,"
    " (SELECT group_concat(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
    "   WHERE ct.contact_id = c.id),"
    " (SELECT group_concat(ch.value, ' ') FROM contact_channel ch WHERE ch.contact_id = c.id)"
    " FROM contact c WHERE c.id IN (SELECT value FROM json_each(?))"
)
_INTERACTION_DOCS = (
    "SELECT i.id, i.title, i.body, trim(i.hooks || char(10) || i.say_next || char(10) ||"
    "   coalesce((SELECT group_concat(p.say_next, char(10)) FROM participant p"
    "     WHERE p.interaction_id = i.id AND p.say_next != ''), '')), i.place,"
    " i.outcome, (SELECT group_concat(coalesce(nullif(c.display_name, ''),"
    "   c.given_name || ' ' || c.family_name), ' ')"
    "   FROM participant p JOIN contact c ON c.id = p.contact_id"
    "   WHERE p.interaction_id = i.id),"
    " (SELECT group_concat(g.text, ' ') FROM give_take g WHERE g.interaction_id = i.id)"
    " FROM interaction i WHERE i.id IN (SELECT value FROM json_each(?))"
)
_DELETE = "DELETE FROM search_index WHERE rowid IN (SELECT value FROM json_each(?))"
_INSERT = "INSERT INTO search_index (rowid, name, body) VALUES (?, ?, ?)"
# The contacts' documents once more, by contact id (migration 0013): what the
# contacts filter asks, without walking the notes' documents.
_DELETE_CONTACTS = "DELETE FROM contact_search WHERE rowid IN (SELECT value FROM json_each(?))"
INSERT_CONTACT = "INSERT INTO contact_search (rowid, name, body) VALUES (?, ?, ?)"


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def contact_document(row: Sequence[Any]) -> tuple[int, str, str]:
    """(rowid, name, body) for a row of ``_CONTACT_DOCS``."""
    texts = [str(x) if x else "" for x in row]
    return 2 * cast(int, row[0]), fold(_join(*texts[1:6])), fold(_join(*texts[6:]))


def contact_documents(rows: Iterable[Sequence[Any]]) -> list[tuple[int, str, str]]:
    """``[contact_document(r) for r in rows]``, folded in one pass (:func:`fold_many`)."""
    ids: list[int] = []
    texts: list[str] = []
    join = "\n".join
    for row in rows:
        ids.append(2 * cast(int, row[0]))
        try:  # (the columns are text, or NULL: C-speed joins)
            texts += (join(filter(None, row[1:6])), join(filter(None, row[6:])))
        except TypeError:
            t = [str(x) if x else "" for x in row]
            texts += (_join(*t[1:6]), _join(*t[6:]))
    folded = fold_many(texts)
    return [(rowid, folded[2 * n], folded[2 * n + 1]) for n, rowid in enumerate(ids)]


def interaction_document(row: Sequence[Any]) -> tuple[int, str, str]:
    """(rowid, name, body) for a row of ``_INTERACTION_DOCS``."""
    t = [str(x) if x else "" for x in row]
    return (
        2 * cast(int, row[0]) + 1,
        fold(_join(t[1], t[6])),
        fold(_join(t[2], t[3], t[4], t[5], t[7])),
    )


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    it = iter(ids)
    while batch := [int(i) for i in islice(it, _CHUNK)]:
        yield batch


def index_contacts(db: Connected, ids: Iterable[int], contact_search: bool = True) -> None:
    """(Re)index these contacts; ids that no longer exist are removed.

    ``contact_search``: the journal has that table (False only for a backup
    older than migration 0013, erased in place).
    """
    conn = db.connection()
    for batch in _chunks(ids):
        conn.execute(_DELETE, (ids_json([2 * i for i in batch]),))
        rows = conn.execute(_CONTACT_DOCS, (ids_json(batch),)).fetchall()
        docs = contact_documents(rows)
        conn.executemany(_INSERT, docs)
        if contact_search:
            conn.execute(_DELETE_CONTACTS, (ids_json(batch),))
            conn.executemany(INSERT_CONTACT, [(d[0] // 2, d[1], d[2]) for d in docs])


def unindex_contacts(db: Connected, ids: Iterable[int], contact_search: bool = True) -> None:
    """Remove these (deleted) contacts' documents without reading any contact row:
    works on a backup at any schema (erasure), also one older than the name
    columns of migration 0014 that :func:`index_contacts` reads."""
    conn = db.connection()
    for batch in _chunks(ids):
        conn.execute(_DELETE, (ids_json([2 * i for i in batch]),))
        if contact_search:
            conn.execute(_DELETE_CONTACTS, (ids_json(batch),))


def index_interactions(db: Connected, ids: Iterable[int]) -> None:
    """(Re)index these interactions; ids that no longer exist are removed."""
    conn = db.connection()
    for batch in _chunks(ids):
        conn.execute(_DELETE, (ids_json([2 * i + 1 for i in batch]),))
        rows = conn.execute(_INTERACTION_DOCS, (ids_json(batch),)).fetchall()
        conn.executemany(_INSERT, [interaction_document(r) for r in rows])


def rebuild(db: Connected) -> None:
    """Rebuild the whole index from the tables (used after bulk loads)."""
    conn = db.connection()
    conn.execute("DELETE FROM search_index")
    conn.execute("DELETE FROM contact_search")
    contact_ids = [r[0] for r in conn.execute("SELECT id FROM contact")]
    interaction_ids = [r[0] for r in conn.execute("SELECT id FROM interaction")]
    index_contacts(db, contact_ids)
    index_interactions(db, interaction_ids)


def index_snapshot(db: Connected) -> dict[int, tuple[str, str]]:
    """The index content by rowid (for tests and integrity checks)."""
    rows = db.connection().execute("SELECT rowid, name, body FROM search_index")
    return {r[0]: (r[1], r[2]) for r in rows}


def contact_index_snapshot(db: Connected) -> dict[int, tuple[str, str]]:
    """``contact_search`` by contact id: must equal the contacts' part of :func:`index_snapshot`."""
    rows = db.connection().execute("SELECT rowid, name, body FROM contact_search")
    return {r[0]: (r[1], r[2]) for r in rows}


# -- querying -----------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contact", "interaction" or "event"
    id: int
    label: str
    snippet: str
    when: dt.datetime | None
    score: float
    # Which text the snippet is from, for the search list to name it: "" where that
    # goes without saying (a contact's organisation · role · city, a note's text, an
    # event's place), else "name" (nickname, middle names), "topics", "notes",
    # "department", "tags", "channels", "source"; a note's "hooks", "say_next",
    # "place", "outcome", "with" (who took part), "give_take".
    field: str = ""


# Best first, but bm25 alone preferred old short notes: for "Muller" twelve two-word
# "LinkedIn-Nachricht" notes from 2020–2024 scored 0.4 % above this month's coffee
# with a Müller. So scores within an eighth of the best count as equally relevant
# (``tier``); among those, people first, then notes of a meeting before messages (a
# LinkedIn or XING message is a note of kind "message": notes keep no source), newer
# first. The tier is monotone in the score, so people alone keep bm25's order
# (``_RANKED_PEOPLE``, without the tiers' cost). The join reads each match's note by
# primary key: at BM25_MAX_MATCHES about 1 ms more.
_RANKED = (
    "SELECT m.rowid, m.score FROM (SELECT rowid, score, min(score) OVER () AS best FROM"
    " (SELECT rowid, bm25(search_index, 10.0, 1.0) AS score FROM search_index"
    "  WHERE search_index MATCH ? AND (? IS NULL OR rowid % 2 = ?))) AS m"
    " LEFT JOIN interaction i ON m.rowid % 2 = 1 AND i.id = m.rowid / 2"
    " ORDER BY CAST((1.0 - m.score / m.best) * 8 AS INTEGER), m.rowid % 2,"
    " i.kind = 'message', i.occurred_at DESC, m.score LIMIT ?"
)
_RANKED_PEOPLE = (
    "SELECT rowid, bm25(search_index, 10.0, 1.0) AS score FROM search_index"
    " WHERE search_index MATCH ? AND rowid % 2 = 0 ORDER BY score LIMIT ?"
)
# Counting stops one past the threshold: a one-letter prefix may match half
# the journal, and all we need to know is "more than BM25_MAX_MATCHES".
_COUNT = "SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?)"
_NAMES = (
    "SELECT rowid FROM search_index WHERE search_index MATCH ? AND (rowid % 2) = 0"
    " ORDER BY rowid LIMIT ?"
)
_NEWEST = "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?"
BM25_MAX_MATCHES = 2000
# Everything a contact's document holds, so a snippet can say where a word matched.
_CONTACT_TEXT = (
    "SELECT c.id, c.display_name, c.given_name, c.family_name, c.organisation, c.role, c.city,"
    " c.topics, c.notes, c.additional_names, c.nickname, c.honorific_suffix, c.department,"
    " c.source_detail,"
    " (SELECT group_concat(t.name, ', ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
    "   WHERE ct.contact_id = c.id),"
    " (SELECT group_concat(ch.value, ', ') FROM contact_channel ch WHERE ch.contact_id = c.id)"
    " FROM contact c WHERE c.id IN (SELECT value FROM json_each(?))"
)
_INTERACTION_TEXT = (
    "SELECT i.id, i.title, i.body, i.hooks,"
    " trim(i.say_next || char(10) || coalesce((SELECT group_concat(p.say_next, char(10))"
    "   FROM participant p WHERE p.interaction_id = i.id AND p.say_next != ''), '')),"
    " i.place, i.occurred_at, i.outcome,"
    " (SELECT group_concat(coalesce(nullif(c.display_name, ''),"
    "   c.given_name || ' ' || c.family_name), ', ')"
    "   FROM participant p JOIN contact c ON c.id = p.contact_id"
    "   WHERE p.interaction_id = i.id),"
    " (SELECT group_concat(g.text, ' · ') FROM give_take g WHERE g.interaction_id = i.id),"
    " (SELECT group_concat(p.contact_id) FROM participant p WHERE p.interaction_id = i.id)"
    " FROM interaction i"
    " WHERE i.id IN (SELECT value FROM json_each(?))"
)
_WORDS = re.compile(r"\w+")
_MARKUP = re.compile(r"[*_`#>]{1,3}")  # Markdown emphasis and headings, not wanted in snippets


def snippet_in(
    texts: Iterable[tuple[str, str | None]], terms: list[str], width: int = 90
) -> tuple[str, str]:
    """``(field, excerpt)``: a short excerpt around the first word that matches a
    term's prefix, from the first of the ``(field, text)`` pairs that has one; else
    the start of the first text there is."""
    fallback, fallback_field = "", ""
    for field, text in texts:
        if not text:
            continue
        if not fallback:
            fallback, fallback_field = text, field
        for m in _WORDS.finditer(text):
            if any(fold(m.group()).startswith(t) for t in terms):
                start = max(0, m.start() - width // 3)
                if start:
                    space = text.find(" ", start)
                    start = space + 1 if 0 <= space < m.start() else start
                excerpt = text[start : start + width]
                excerpt = " ".join(_MARKUP.sub("", excerpt).split())
                more = "…" if start + width < len(text) else ""
                return field, ("…" if start else "") + excerpt + more
    flat = " ".join(_MARKUP.sub("", fallback).split())
    return fallback_field, flat[:width] + ("…" if len(flat) > width else "")


def _starts_a_word(text: str, terms: list[str]) -> bool:
    return any(w.startswith(t) for w in _WORDS.findall(fold(text)) for t in terms)


def known_as(row: Sequence[Any], name: str, terms: list[str]) -> str:
    """Why a contact (a row of ``_CONTACT_TEXT``) matched when their shown name does
    not say: the nickname a typed word begins, else the whole name with the middle
    names ("Karl Heinz Berger"); empty when neither explains it."""
    middle, nickname, suffix = (row[9] or "").replace(",", " "), row[10] or "", row[11] or ""
    if all(_starts_a_word(name, [t]) for t in terms):
        return ""  # the name says it
    if nickname and _starts_a_word(nickname, terms):
        return str(nickname)
    if middle and _starts_a_word(middle, terms):
        parts = (row[2], middle, row[3], suffix)
        return " ".join(" ".join(str(p).split()) for p in parts if p)
    return ""


def search(db: Connected, text: str, limit: int = 50, kind: str | None = None) -> list[SearchHit]:
    """Ranked matches for what a person typed; never raises on odd input.

    Every word is matched as a prefix (``Kaf`` finds ``Kaffee``), all words
    must match, German spellings fold together. ``kind`` restricts results
    to ``"contact"`` or ``"interaction"``.
    """
    expression = match_expression(text)
    if expression is None or limit <= 0:
        return []
    conn = db.connection()
    ranked = _ranked_rowids(conn, expression, limit, kind)
    terms = query_terms(text)
    contact_ids = [r // 2 for r, _ in ranked if r % 2 == 0]
    interaction_ids = [r // 2 for r, _ in ranked if r % 2 == 1]
    contacts = {r[0]: r for r in conn.execute(_CONTACT_TEXT, (ids_json(contact_ids),)).fetchall()}
    interactions = {
        r[0]: r for r in conn.execute(_INTERACTION_TEXT, (ids_json(interaction_ids),)).fetchall()
    }
    hits: list[SearchHit] = []
    for rowid, score in ranked:
        if rowid % 2 == 0 and (c := contacts.get(rowid // 2)):
            name = c[1] or " ".join(p for p in (c[2], c[3]) if p)
            detail = " · ".join(p for p in (c[4], c[5], c[6]) if p)
            if nickname := known_as(c, name, terms):
                field, text_hit = "name", nickname
            elif detail and all(_starts_a_word(name, [t]) for t in terms):
                field, text_hit = "", detail  # the name says it: then who they are
            else:
                field, text_hit = snippet_in(
                    (("", detail), ("topics", c[7]), ("notes", c[8]), ("department", c[12]),
                     ("tags", c[14]), ("channels", c[15]), ("source", c[13])),
                    terms,
                )  # fmt: skip
                if detail and not _starts_a_word(text_hit, terms):
                    field, text_hit = "", detail  # found by the name: who they are
            hits.append(SearchHit("contact", c[0], name, text_hit, None, score, field))
        elif rowid % 2 == 1 and (i := interactions.get(rowid // 2)):
            body = i[2] or ""
            label = i[1] or (body.strip().splitlines() or [""])[0][:80]
            when = i[6] if isinstance(i[6], dt.datetime) else to_datetime(i[6])
            field, text_hit = snippet_in(
                (("", body), ("hooks", i[3]), ("say_next", i[4]), ("place", i[5]),
                 ("outcome", i[7]), ("with", i[8]), ("give_take", i[9])),
                terms,
            )  # fmt: skip
            if text_hit and field and not _starts_a_word(text_hit, terms):
                field, text_hit = snippet_in([("", body)], terms)  # (found by its title)
            hits.append(SearchHit("interaction", i[0], label, text_hit, when, score, field))
    return _with_namesakes_apart(db, _as_spelled_first(hits, text), interactions, terms)


_TYPED_WORD = re.compile(r"\w+")


def _as_spelled_first(hits: list[SearchHit], text: str) -> list[SearchHit]:
    """People whose name has every word as it was typed come before those found
    only through folding: "Krüger" listed Marie Kruger before Thomas Krüger (the
    shorter entry ranks higher), "Kruger" lists her first. The other hits keep
    their places and their order."""
    typed = [w.lower() for w in _TYPED_WORD.findall(text)]
    spots = [n for n, h in enumerate(hits) if h.kind == "contact"]
    if not typed or len(spots) < 2:
        return hits
    people = sorted(
        (hits[n] for n in spots), key=lambda h: not all(w in h.label.lower() for w in typed)
    )
    out = list(hits)
    for n, hit in zip(spots, people, strict=True):
        out[n] = hit
    return out


def _with_namesakes_apart(
    db: Connected, hits: list[SearchHit], rows: dict[int, Sequence[Any]], terms: list[str]
) -> list[SearchHit]:
    """Notes found by whom they were with name those people as the pickers do
    ("Thomas Müller · Bosch; Anja Schäfer"): "Mit: Thomas Müller" did not say which
    of two. Only those hits' people are read (one indexed look-up per name)."""
    found = [h for h in hits if h.kind == "interaction" and h.field == "with"]
    if not found:
        return hits
    from netzjournal.store.people import person_choices  # (few searches need it)

    ids = {h.id: [int(p) for p in (rows[h.id][10] or "").split(",") if p] for h in found}
    people = person_choices(cast(Any, db), {p for mine in ids.values() for p in mine})
    out = []
    for h in hits:
        if h in found:
            labels = [people[p].label for p in ids[h.id] if p in people]
            h = replace(h, snippet=_whole_names(labels, terms))
        out.append(h)
    return out


def _whole_names(labels: list[str], terms: list[str], width: int = 90) -> str:
    """Who a note was with, every label whole: all of them where they fit in
    ``width``, else those a term matched ("…" for the others). A window of
    characters cut a namesake's label in the middle ("…· Festo SE & Co. KG; Sabine Weiß")."""
    from netzjournal.store.people import NAMES_SEPARATOR, join_names

    everyone = join_names(labels)
    if len(everyone) <= width:
        return everyone
    matched = [label for label in labels if _starts_a_word(label, terms)] or labels[:1]
    before = "…" + NAMES_SEPARATOR if matched[0] != labels[0] else ""
    after = NAMES_SEPARATOR + "…" if matched[-1] != labels[-1] else ""
    return before + join_names(matched) + after


def _ranked_rowids(
    conn: sqlite3.Connection, expression: str, limit: int, kind: str | None
) -> list[tuple[int, float]]:
    """Rowids with scores, best first.

    bm25 costs time in proportion to the number of matches, so a query that
    matches more than ``BM25_MAX_MATCHES`` documents (one or two letters
    typed, or a word in every other note) is ordered cheaply instead:
    contacts whose name matches, then everything else newest first.
    """
    parity = {None: None, "contact": 0, "interaction": 1}[kind]
    matches = conn.execute(_COUNT, (expression, BM25_MAX_MATCHES + 1)).fetchone()[0]
    if matches <= BM25_MAX_MATCHES:
        if parity == 0:
            return conn.execute(_RANKED_PEOPLE, (expression, limit)).fetchall()
        return conn.execute(_RANKED, (expression, parity, parity, limit)).fetchall()
    rowids: list[int] = []
    if parity in (None, 0):
        rowids += [r[0] for r in conn.execute(_NAMES, (f"name : ({expression})", limit))]
    if len(rowids) < limit:
        seen = set(rowids)
        newest = conn.execute(_NEWEST, (expression, limit + len(rowids)))
        rowids += [r[0] for r in newest if r[0] not in seen and parity in (None, r[0] % 2)]
    return [(r, float(n)) for n, r in enumerate(rowids[:limit])]


# Contacts whose own text matches (their documents alone, migration 0013), and
# those who took part in one of the newest matching notes. Two statements, not
# a UNION: the set is made in Python anyway, and SQLite's UNION would first
# sort 35,000 ids into a temporary B-tree for a one-letter filter on XL.
# Each answers one JSON array: a one-letter filter matches tens of thousands,
# and json.loads reads them about twice as fast as sqlite3 hands over rows.
_CONTACT_MATCHES = "SELECT json_group_array(rowid) FROM contact_search WHERE contact_search MATCH ?"
# (A join, not ``IN (subquery)``: the IN list would first be written into a
# temporary B-tree, 2,000 inserts a keystroke. CROSS JOIN: the newest notes are
# the outer loop, read as the full-text index yields them; with a plain JOIN
# SQLite first copies them into a temporary table — half the statement's cost
# for one letter. DISTINCT: 2,000 notes name a few hundred people; their ids
# deduplicated in SQLite cost less than writing and parsing each ~eight times.)
_PARTICIPANTS_OF_MATCHES = (
    "SELECT json_group_array(DISTINCT p.contact_id) FROM"
    " (SELECT rowid / 2 AS note FROM search_index WHERE search_index MATCH ? AND rowid % 2 = 1"
    "  ORDER BY rowid DESC LIMIT ?) AS m CROSS JOIN participant p ON p.interaction_id = m.note"
)
NOTES_FOR_PEOPLE = 2000


def matching_contact_ids(db: Connected, text: str) -> set[int] | None:
    """Contacts whose own text matches, or who took part in a matching note.

    ``None`` means "no filter" (the text holds no searchable word). Only the
    ``NOTES_FOR_PEOPLE`` newest matching notes name people: a word in every
    other note ("Kaffee") would otherwise cost 10+ ms per keystroke while
    saying little about whom to show.
    """
    expression = match_expression(text)
    if expression is None:
        return None
    conn = db.connection()
    found = set(json.loads(conn.execute(_CONTACT_MATCHES, (expression,)).fetchone()[0]))
    notes = conn.execute(_PARTICIPANTS_OF_MATCHES, (expression, NOTES_FOR_PEOPLE))
    found.update(json.loads(notes.fetchone()[0]))
    return found
