"""The contacts list's rows and the window's counts: what the first paint reads.

Apart from :mod:`store.listings` (the timelines' and the contact page's pages,
with their dataclasses) so that the start loads only these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from netzjournal.store.collation import sort_key
from netzjournal.store.journal import Journal
from netzjournal.store.summary import display_name
from netzjournal.store.values import ids_json
from netzjournal.store.values import to_datetime as _dt

# -- contacts -----------------------------------------------------------------


class ContactRow(NamedTuple):
    id: int
    name: str
    organisation: str
    role: str
    city: str
    last_contact: dt.datetime | None
    closeness: int
    tags: tuple[str, ...]
    archived: bool
    family_name: str
    # Another contact (archived ones too) has the same name: a narrow list that hides
    # the organisation tells them apart in the name cell (house rule 4).
    namesake: bool = False


_CONTACT_ROWS = """
SELECT c.id, c.display_name, c.given_name, c.family_name, c.organisation, c.role, c.city,
       c.closeness, c.archived, s.last_contact,
       (SELECT group_concat(t.name, char(31)) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         WHERE ct.contact_id = c.id),
       EXISTS (SELECT 1 FROM contact_summary n
                WHERE n.name_key = s.name_key AND n.contact_id <> c.id)
  FROM contact c LEFT JOIN contact_summary s ON s.contact_id = c.id
 WHERE (? OR c.archived = 0)
   AND (? IS NULL OR c.id IN (SELECT value FROM json_each(?)))
"""

_CONTACT_ROWS_BY_ID = _CONTACT_ROWS.replace(
    "AND (? IS NULL OR c.id IN (SELECT value FROM json_each(?)))",
    "AND c.id IN (SELECT value FROM json_each(?))",
)


def _contact_row(r: tuple | list) -> ContactRow:
    name = display_name(r[1], r[2], r[3], r[4])
    tags = r[10]
    if not tags:
        tags = ()
    elif "\x1f" in tags:
        tags = tuple(sorted(tags.split("\x1f"), key=str.casefold))
    else:
        tags = (tags,)
    last = _dt(r[9]) if r[9] is not None else None
    return ContactRow(
        r[0], name, r[4], r[5], r[6], last, r[7], tags, bool(r[8]), r[3] or name, bool(r[11])
    )


def contact_rows(
    j: Journal, include_archived: bool = False, ids: Iterable[int] | None = None
) -> list[ContactRow]:
    """Rows for the contacts table (optionally only ``ids``), in id order.

    The last contact comes from the maintained summary (:mod:`store.summary`).
    """
    if ids is None:
        rows = j.connection().execute(_CONTACT_ROWS, (include_archived, None, None))
    else:  # by primary key (an "? IS NULL OR" would make SQLite read every contact)
        rows = j.connection().execute(_CONTACT_ROWS_BY_ID, (include_archived, ids_json(ids)))
    return [_contact_row(r) for r in rows]


def journal_counts(j: Journal) -> tuple[int, int]:
    """(contacts incl. archived, meeting notes): the status bar's figures."""
    row = (
        j.connection()
        .execute("SELECT (SELECT count(*) FROM contact), (SELECT count(*) FROM interaction)")
        .fetchone()
    )
    return int(row[0]), int(row[1])


def archived_count(j: Journal) -> int:
    """How many contacts are archived (the status bar's "12 of 48" without them)."""
    row = j.connection().execute("SELECT count(*) FROM contact WHERE archived").fetchone()
    return int(row[0])


def journal_empty(j: Journal) -> bool:
    """No contact, no note and no event (the window then shows its welcome page;
    invitations imported first are a journal's start too)."""
    row = (
        j.connection()
        .execute(
            "SELECT NOT EXISTS (SELECT 1 FROM contact) AND NOT EXISTS (SELECT 1 FROM interaction)"
            " AND NOT EXISTS (SELECT 1 FROM event)"
        )
        .fetchone()
    )
    return bool(row[0])


def tag_names(j: Journal) -> list[str]:
    """Every tag's name, in locale-aware order (the tag filter's choices)."""
    rows = j.connection().execute("SELECT name FROM tag")
    return sorted((r[0] for r in rows), key=sort_key)
