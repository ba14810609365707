"""The record of merges: which contact a merged-away id went into (migration 0055).

Written in the merge's own transaction (:func:`record_merge`, from
``contacts.merge_contacts``); an undone merge puts the contact row back, and the
table's trigger ends its record in that transaction. Read wherever a gone id is met
later: a contact editor's draft left behind (``ui/record_drafts``), a link or a
card that opens a person by id.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3

from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, Channel, ContactRecord

_HOPS = 50  # a chain of merges longer than this is not followed (nor a loop)


def record_merge(conn: sqlite3.Connection, from_id: int, into_id: int) -> None:
    """Inside the merge's transaction: ``from_id`` went into ``into_id``."""
    conn.execute(
        "INSERT OR REPLACE INTO contact_merge (from_id, into_id, merged_at) VALUES (?, ?, ?)",
        (from_id, into_id, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
    )


def merged_into(j: Journal, contact_id: int) -> int | None:
    """The contact a gone ``contact_id`` lives on in (following later merges), or None:
    not merged, or what it went into is gone too (deleted)."""
    conn = j.connection()
    current, seen = contact_id, {contact_id}
    for _ in range(_HOPS):
        row = conn.execute(
            "SELECT into_id FROM contact_merge WHERE from_id = ?", (current,)
        ).fetchone()
        if row is None:
            break
        current = row[0]
        if current in seen:
            return None
        seen.add(current)
    if current == contact_id:
        return None
    there = conn.execute("SELECT 1 FROM contact WHERE id = ?", (current,)).fetchone()
    return current if there else None


def keep_as_was(j: Journal, record: ContactRecord) -> None:
    """A merged-away contact as it was, kept on its record while its draft waits
    (written with the merge when it has one; the carry-over after it may fail or
    never run): the next start can still tell what was typed from what was stored.
    Nothing when there is no record of its merge."""
    assert record.id is not None
    with j.write():
        j.connection().execute(
            "UPDATE contact_merge SET was = ? WHERE from_id = ?",
            (json.dumps(dataclasses.asdict(record), default=str, ensure_ascii=False), record.id),
        )


def as_was(j: Journal, contact_id: int) -> ContactRecord | None:
    """The merged-away contact as :func:`keep_as_was` kept it, or None."""
    row = (
        j.connection()
        .execute("SELECT was FROM contact_merge WHERE from_id = ?", (contact_id,))
        .fetchone()
    )
    if row is None or not row[0]:
        return None
    data = json.loads(row[0])
    birthday, met_on = data.pop("birthday"), data.pop("met_on")
    channels = [Channel(**c) for c in data.pop("channels")]
    for stamp in ("created_at", "updated_at"):
        data[stamp] = dt.datetime.fromisoformat(data[stamp]) if data[stamp] else None
    return ContactRecord(
        **data,
        channels=channels,
        birthday=Birthday(**birthday) if birthday else None,
        met_on=dt.date.fromisoformat(met_on) if met_on else None,
    )


def kept_copies(j: Journal) -> list[int]:
    """The merged-away contacts whose copy :func:`keep_as_was` kept (few: each while
    its draft waits)."""
    rows = j.connection().execute("SELECT from_id FROM contact_merge WHERE was != ''")
    return [int(row[0]) for row in rows]


def forget_as_was(j: Journal, contact_id: int) -> None:
    """Its draft was carried over (or discarded): the copy of the contact goes."""
    with j.write():
        j.connection().execute("UPDATE contact_merge SET was = '' WHERE from_id = ?", (contact_id,))


def erase_merges(conn: sqlite3.Connection, contact_id: int) -> None:
    """Inside an erasure's transaction: every record that names this person, and those
    of contacts merged into them earlier (their copy ``was`` is part of this person)."""
    ids, todo = {contact_id}, [contact_id]
    while todo:
        into = todo.pop()
        for (from_id,) in conn.execute(
            "SELECT from_id FROM contact_merge WHERE into_id = ?", (into,)
        ).fetchall():
            if from_id not in ids:
                ids.add(from_id)
                todo.append(from_id)
    conn.executemany(
        "DELETE FROM contact_merge WHERE from_id = ? OR into_id = ?", [(i, i) for i in ids]
    )
