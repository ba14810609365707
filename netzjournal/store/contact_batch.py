"""Changes to several contacts at once (the list's selection): closeness, a tag
added or taken off. Each is one transaction and reports what it found, so that
an undo puts back exactly what it changed and refuses when a person was changed
elsewhere in the same field meanwhile (as ``update_contact`` refuses an edit).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from netzjournal.store import fulltext
from netzjournal.store.collation import sort_key
from netzjournal.store.contacts import tag_ids
from netzjournal.store.errors import ValidationError
from netzjournal.store.journal import Journal
from netzjournal.store.records import Outcome
from netzjournal.store.stale import StaleWrite
from netzjournal.store.values import clean_text
from netzjournal.store.values import ids_json as _ids_json


def closeness_of(j: Journal, ids: Iterable[int]) -> dict[int, int]:
    """Each (existing) contact's closeness, by id."""
    rows = j.connection().execute(
        "SELECT id, closeness FROM contact WHERE id IN (SELECT value FROM json_each(?))",
        (_ids_json(list(ids)),),
    )
    return {r[0]: r[1] for r in rows}


def archived_among(j: Journal, ids: list[int]) -> set[int]:
    """Which of these contacts are archived."""
    rows = j.connection().execute(
        "SELECT id FROM contact WHERE archived AND id IN (SELECT value FROM json_each(?))",
        (_ids_json(list(ids)),),
    )
    return {r[0] for r in rows}


def set_closeness(
    j: Journal, values: dict[int, int], expect: dict[int, int] | None = None
) -> Outcome[dict[int, int]]:
    """Give each contact its closeness (1–5); returns what each had before.

    ``expect``: what each must hold now (an undo: what the change left); a person
    whose closeness was changed elsewhere, or who is gone, refuses the whole
    write (:class:`StaleWrite`, nothing written)."""
    if any(not 1 <= v <= 5 for v in values.values()):
        raise ValidationError("Closeness must be between 1 and 5.")
    with j.write() as changes:
        before = closeness_of(j, values)
        if expect is not None:
            for cid, value in expect.items():
                if before.get(cid) != value:
                    raise StaleWrite("contact", cid, ["closeness"])
        now = str(dt.datetime.now())
        # Only who differs: an unchanged person keeps their "updated" time (sync).
        rows = [(v, now, cid) for cid, v in values.items() if cid in before and before[cid] != v]
        j.connection().executemany(
            "UPDATE contact SET closeness = ?, updated_at = ? WHERE id = ?", rows
        )
        changes.contacts.update(r[2] for r in rows)
    return Outcome(before, changes)


def tags_of(j: Journal, ids: Iterable[int]) -> list[tuple[int, str]]:
    """The tags any of these contacts has, (id, name) in locale-aware order."""
    rows = j.connection().execute(
        "SELECT DISTINCT tag.id, tag.name FROM tag JOIN contact_tag ON contact_tag.tag_id = tag.id"
        " WHERE contact_tag.contact_id IN (SELECT value FROM json_each(?))",
        (_ids_json(list(ids)),),
    )
    return sorted(((r[0], r[1]) for r in rows), key=lambda t: sort_key(t[1]))


def _touch(j: Journal, ids: list[int]) -> None:
    """Tags are in a person's search document and "updated" time (sync sends them)."""
    j.connection().execute(
        "UPDATE contact SET updated_at = ? WHERE id IN (SELECT value FROM json_each(?))",
        (str(dt.datetime.now()), _ids_json(ids)),
    )
    fulltext.index_contacts(j, ids)


def _having(j: Journal, tag_id: int, ids: Iterable[int]) -> set[int]:
    rows = j.connection().execute(
        "SELECT contact_id FROM contact_tag WHERE tag_id = ?"
        " AND contact_id IN (SELECT value FROM json_each(?))",
        (tag_id, _ids_json(list(ids))),
    )
    return {r[0] for r in rows}


def _existing(j: Journal, ids: Iterable[int]) -> list[int]:
    return list(closeness_of(j, ids))


def add_tag(j: Journal, ids: Iterable[int], name: str) -> Outcome[tuple[int, list[int], bool]]:
    """Tag these contacts with ``name`` (an existing tag when its name matches as the
    editor's do, else a new one). Returns (the tag's id, who got it — not who had
    it already —, whether the tag was made now)."""
    name = clean_text(name)  # (a lone surrogate pasted in would fail the write)
    if not " ".join(name.split()):
        raise ValidationError("A tag needs a name.")
    with j.write() as changes:
        conn = j.connection()
        made_before = set(changes.tags)
        tag_id = tag_ids(conn, [name], changes)[0]
        created = tag_id in changes.tags and tag_id not in made_before
        present = _existing(j, ids)
        had = _having(j, tag_id, present)
        got = [cid for cid in present if cid not in had]
        conn.executemany(
            "INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", [(c, tag_id) for c in got]
        )
        _touch(j, got)
        changes.contacts.update(got)  # (a tag made now is in changes.tags: the filter's list)
    return Outcome((tag_id, got, created), changes)


def remove_tag(
    j: Journal, ids: Iterable[int], tag_id: int, *, strict: bool = False, drop_tag: bool = False
) -> Outcome[list[int]]:
    """Take the tag off these contacts; returns who had it.

    ``strict`` (an undo of adding it): each of them must still have it, else nothing
    is written (:class:`StaleWrite`). ``drop_tag``: the tag row goes too when nobody
    and no event uses it any more (an undo of adding a tag that was made then)."""
    wanted = list(ids)
    with j.write() as changes:
        conn = j.connection()
        had = _having(j, tag_id, wanted)
        if strict and len(had) != len(set(wanted)):
            raise StaleWrite("contact", next(c for c in wanted if c not in had), ["tags"])
        lost = [cid for cid in wanted if cid in had]
        conn.execute(
            "DELETE FROM contact_tag WHERE tag_id = ?"
            " AND contact_id IN (SELECT value FROM json_each(?))",
            (tag_id, _ids_json(lost)),
        )
        _touch(j, lost)
        if (
            drop_tag
            and conn.execute(
                "DELETE FROM tag WHERE id = ?"
                " AND NOT EXISTS (SELECT 1 FROM contact_tag WHERE tag_id = tag.id)"
                " AND NOT EXISTS (SELECT 1 FROM event_tag WHERE tag_id = tag.id)",
                (tag_id,),
            ).rowcount
        ):
            changes.tags.add(tag_id)  # the filter's list loses it
        changes.contacts.update(lost)
    return Outcome(lost, changes)


def put_tag_back(j: Journal, ids: Iterable[int], tag_id: int) -> Outcome[None]:
    """An undo of taking the tag off: these contacts get it again. Refused
    (:class:`StaleWrite`) when one of them is gone or got it back meanwhile."""
    wanted = list(ids)
    with j.write() as changes:
        present = set(_existing(j, wanted))
        gone = [c for c in wanted if c not in present] + sorted(_having(j, tag_id, wanted))
        if gone or not _tag_exists(j, tag_id):
            raise StaleWrite("contact", gone[0] if gone else 0, ["tags"])
        j.connection().executemany(
            "INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
            [(c, tag_id) for c in wanted],
        )
        _touch(j, wanted)
        changes.contacts.update(wanted)
    return Outcome(None, changes)


def _tag_exists(j: Journal, tag_id: int) -> bool:
    return (
        j.connection().execute("SELECT 1 FROM tag WHERE id = ?", (tag_id,)).fetchone() is not None
    )
