"""The maintained per-contact summary (migration 0010) and the contacts table's order.

``contact_summary`` has one row per contact: the newest note of any kind,
two-way (together or inbound), outbound and in person (together at a coffee,
meal, event or "other"), the number of notes, and collation keys for the
contacts table's columns. SQLite triggers keep the aggregates right in the
same statement as the write; the keys come from :mod:`collation` (Python),
so a trigger marks them stale (``name_key`` NULL) and :func:`fill_keys` makes
them again — :meth:`Journal.write` calls it before every commit, and
:meth:`Journal.open` once (for writes made by other programs).

A key is the UTF-8 of a :func:`collation.sort_key` string: SQLite compares
BLOBs bytewise, and UTF-8 keeps the code-point order Python compares
``str`` in, so ``ORDER BY name_key`` is the collation order.

:func:`contact_ids` is the contacts table's query: SQLite filters and sorts,
the table gets the ordered ids.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

from netzjournal.store.collation import name_key, sort_key
from netzjournal.store.values import ids_json, to_datetime

IN_PERSON_KINDS = ("coffee", "meal", "event", "other")

_STALE = """
SELECT c.id, c.display_name, c.given_name, c.family_name, c.organisation, c.role, c.city,
       (SELECT group_concat(t.name, char(31)) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         WHERE ct.contact_id = c.id)
  FROM contact_summary s JOIN contact c ON c.id = s.contact_id
 WHERE s.name_key IS NULL
"""


def display_name(display: str, given: str, family: str, organisation: str) -> str:
    """The name the contacts table shows (display name, else given + family, else firm)."""
    return display or (f"{given} {family}" if given and family else given or family) or organisation


def tag_text(tags: Iterable[str]) -> str:
    """The tags column's text: the tags in case-insensitive order, comma-separated."""
    return ", ".join(sorted(tags, key=str.casefold))


def _key(text: str) -> bytes:
    """A column's key: surrounding white space is no part of it (a cell of only
    spaces is empty, and sorts with the empty ones)."""
    return sort_key(text.strip()).encode("utf-8", "surrogatepass")


def row_keys(
    display: str,
    given: str,
    family: str,
    organisation: str,
    role: str,
    city: str,
    tags: list[str],
    known: dict[str, bytes] | None = None,
) -> tuple[bytes, bytes, bytes, bytes, bytes]:
    """A contact's collation keys: name, organisation, role, city, tags.

    ``known``: keys of texts made before (a bulk load's organisations, roles,
    cities and tags repeat), filled here."""
    return rows_keys([(display, given, family, organisation, role, city, tags)], known)[0]


def rows_keys(
    rows: Iterable[tuple[str, str, str, str, str, str, list[str]]],
    known: dict[str, bytes] | None = None,
) -> list[tuple[bytes, bytes, bytes, bytes, bytes]]:
    """:func:`row_keys` of each row (display, given, family, organisation, role,
    city, tags), in one loop: a bulk load makes thousands."""
    known = {} if known is None else known
    get = known.get
    out = []
    for display, given, family, organisation, role, city, tags in rows:
        name = display_name(display, given, family, organisation)
        tag_key = tag_text(tags) if tags else ""
        out.append(
            (
                name_key(family, name).encode("utf-8", "surrogatepass"),
                # (a key is never empty: a text seen before costs a look-up)
                get(organisation) or _learn(known, organisation),
                get(role) or _learn(known, role),
                get(city) or _learn(known, city),
                get(tag_key) or _learn(known, tag_key),
            )
        )
    return out


def _learn(known: dict[str, bytes], text: str) -> bytes:
    found = known[text] = _key(text)
    return found


def _tags(concatenated: str | None) -> list[str]:
    return concatenated.split("\x1f") if concatenated else []


def fill_keys(conn: sqlite3.Connection) -> int:
    """Compute the collation keys the triggers marked stale; returns how many rows.

    Call inside the write's transaction (``Journal.write`` does): the keys
    then commit with the change that made them stale.
    """
    rows = conn.execute(_STALE).fetchall()
    if not rows:
        return 0
    keys = rows_keys((*row[1:7], _tags(row[7])) for row in rows)
    values = [(*k, row[0]) for k, row in zip(keys, rows, strict=True)]
    conn.executemany(
        "UPDATE contact_summary SET name_key = ?, organisation_key = ?, role_key = ?,"
        " city_key = ?, tags_key = ? WHERE contact_id = ?",
        values,
    )
    return len(values)


# -- checking -------------------------------------------------------------------

_FROM_SCRATCH = f"""
SELECT c.id,
       max(i.occurred_at),
       max(CASE WHEN i.direction IN ('together', 'inbound') THEN i.occurred_at END),
       max(CASE WHEN i.direction = 'outbound' THEN i.occurred_at END),
       max(CASE WHEN i.direction = 'together' AND i.kind IN {IN_PERSON_KINDS!r}
                THEN i.occurred_at END),
       count(i.id), c.archived, c.closeness
  FROM contact c
  LEFT JOIN participant p ON p.contact_id = c.id
  LEFT JOIN interaction i ON i.id = p.interaction_id
 GROUP BY c.id
"""


class Summary(NamedTuple):
    last_contact: dt.datetime | None
    last_two_way: dt.datetime | None
    last_outbound: dt.datetime | None
    last_in_person: dt.datetime | None
    notes: int
    archived: bool
    closeness: int


def _summary(r: tuple) -> Summary:
    return Summary(to_datetime(r[1]), to_datetime(r[2]), to_datetime(r[3]), to_datetime(r[4]),
                   int(r[5]), bool(r[6]), r[7])  # fmt: skip


def stored(conn: sqlite3.Connection) -> dict[int, Summary]:
    """Every contact's summary as the table holds it."""
    rows = conn.execute(
        "SELECT contact_id, last_contact, last_two_way, last_outbound, last_in_person, notes,"
        " archived, closeness FROM contact_summary"
    )
    return {r[0]: _summary(r) for r in rows}


def from_scratch(conn: sqlite3.Connection) -> dict[int, Summary]:
    """Every contact's summary computed from the notes (what :func:`stored` must equal)."""
    return {r[0]: _summary(r) for r in conn.execute(_FROM_SCRATCH)}


def keys_from_scratch(conn: sqlite3.Connection) -> dict[int, tuple[bytes, ...]]:
    """Every contact's collation keys computed anew (what the table's must equal)."""
    out: dict[int, tuple[bytes, ...]] = {}
    for cid, display, given, family, organisation, role, city, tags in conn.execute(
        _STALE.replace("WHERE s.name_key IS NULL", "")
    ):
        out[cid] = row_keys(display, given, family, organisation, role, city, _tags(tags))
    return out


def stored_keys(conn: sqlite3.Connection) -> dict[int, tuple[bytes, ...]]:
    rows = conn.execute(
        "SELECT contact_id, name_key, organisation_key, role_key, city_key, tags_key"
        " FROM contact_summary"
    )
    return {r[0]: tuple(r[1:]) for r in rows}


# -- the contacts table's order ---------------------------------------------------

# Sort columns of the contacts table → their column in contact_summary, and the
# conditions of its filled and its empty cells (None: never empty). Ties fall by the
# name in collation order, then by the id, in both directions; empty cells (the least
# key, or NULL) come last in both directions. Each order is read from an index of
# contact_summary as it is walked: (X, name_key, contact_id, archived) ascending
# (migrations 0010 and 0013; closeness is the summary's copy of contact.closeness),
# its filled cells from the first one past the empty ones, then the empty ones;
# (X DESC, name_key, contact_id, archived) descending (migration 0026: the first
# index walked backwards gave the names backwards too), its empty cells last by
# themselves.
EMPTY_KEY = _key("")  # (no key is less: every key holds its levels' three NULs)
_KEYED = (f"> x'{EMPTY_KEY.hex()}'", f"= x'{EMPTY_KEY.hex()}'")
SORT_COLUMNS: dict[str, tuple[str, tuple[str, str] | None]] = {
    "organisation": ("organisation_key", _KEYED),
    "role": ("role_key", _KEYED),
    "city": ("city_key", _KEYED),
    "last_contact": ("last_contact", ("IS NOT NULL", "IS NULL")),  # NULL: no note yet
    "closeness": ("closeness", None),
    "tags": ("tags_key", _KEYED),
}
ORDERS = ("name", *SORT_COLUMNS)


def ordered_parts(order: str, descending: bool) -> list[tuple[str, str]]:
    """The contacts table's order as parts read one after the other, each a
    condition ("" for none) and the ORDER BY an index gives as it is walked. By
    name, descending reverses name and id. By another column ascending: its filled
    cells, then its empty ones by name (a part each); descending, one part."""
    if order == "name":
        direction = " DESC" if descending else ""
        return [("", f"s.name_key{direction}, s.contact_id{direction}")]
    column, cells = SORT_COLUMNS[order]
    if descending:
        return [("", f"s.{column} DESC, s.name_key, s.contact_id")]
    by = f"s.{column}, s.name_key, s.contact_id"
    if cells is None:
        return [("", by)]
    filled, empty = cells
    return [(f"s.{column} {filled}", by), (f"s.{column} {empty}", "s.name_key, s.contact_id")]


FEW = 300


def contact_ids(
    conn: sqlite3.Connection,
    include_archived: bool = False,
    only: Iterable[int] | None = None,
    order: str = "name",
    descending: bool = False,
    tag: str | None = None,
    limit: int | None = None,
) -> list[int]:
    """The ids of the contacts table's rows, in order (SQLite filters and sorts).

    ``only``: just these contacts; None: everyone. ``tag``: only contacts with
    this tag. ``limit``: the first so many (the first screen). Empty cells of the
    sort column come last in either direction (see :func:`ordered_parts`).
    """
    conditions, params = _filters(only, tag)
    if not include_archived:
        conditions.insert(0, "s.archived = 0")
    ids: list[int] = []
    for part, by in ordered_parts(order, descending):
        terms = [part, *conditions] if part else conditions
        where = f" WHERE {' AND '.join(terms)}" if terms else ""
        sql = f"SELECT s.contact_id FROM contact_summary s{where} ORDER BY {by}"
        if limit is None:
            ids += [r[0] for r in conn.execute(sql, params)]
        elif len(ids) < limit:
            ids += [r[0] for r in conn.execute(f"{sql} LIMIT ?", [*params, limit - len(ids)])]
    return ids


def _filters(only: Iterable[int] | None, tag: str | None) -> tuple[list[str], list[object]]:
    """The conditions (and their parameters) of ``only`` these contacts and ``tag``."""
    conditions: list[str] = []
    params: list[object] = []
    if only is not None:
        only = list(only)
        # Few: looked up one by one and sorted; many: the ordered index is walked
        # and each tested (the unary + keeps SQLite from the lookups).
        plus = "+" if len(only) > FEW else ""
        conditions.append(f"{plus}s.contact_id IN (SELECT value FROM json_each(?))")
        params.append(ids_json(only))
    if tag:
        conditions.append(
            "s.contact_id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t"
            " ON t.id = ct.tag_id WHERE t.name = ? COLLATE NOCASE)"
        )
        params.append(tag)
    return conditions, params


def archived_count(
    conn: sqlite3.Connection, only: Iterable[int] | None = None, tag: str | None = None
) -> int:
    """How many archived contacts are among ``only`` (None: everyone) with ``tag``: what
    "Show archived" would add to the contacts table (its empty list says so)."""
    conditions, params = _filters(only, tag)
    where = " AND ".join(["s.archived <> 0", *conditions])
    sql = f"SELECT count(*) FROM contact_summary s WHERE {where}"
    return int(conn.execute(sql, params).fetchone()[0])


def contact_count(conn: sqlite3.Connection, include_archived: bool = False) -> int:
    """How many rows the unfiltered contacts table has, reading no row: SQLite counts a
    table by its pages, the archived are two ranges of an index (exactly the rows
    ``archived = 0`` finds; that walked an index entry per contact: 14 M instructions
    of an XL start)."""
    sql = "SELECT count(*) FROM contact"
    if not include_archived:
        sql = (f"SELECT ({sql}) - (SELECT count(*) FROM contact WHERE archived > 0)"
               " - (SELECT count(*) FROM contact WHERE archived < 0)")  # fmt: skip
    return int(conn.execute(sql).fetchone()[0])
