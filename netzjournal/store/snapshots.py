"""Snapshots of rows before a destructive change, so it can be undone exactly.

A snapshot holds the raw rows (with their ids) of the contacts, notes or
event rows a change is about to delete, merge or alter, and of every row that
refers to them.
Restoring puts those rows back as they were, in one transaction, and
re-indexes what they touch. Table and column names come from this module
and from SQLite's own schema, never from user input.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from netzjournal.store import fulltext
from netzjournal.store.journal import Journal
from netzjournal.store.records import ChangeSet, Outcome
from netzjournal.store.stale import StaleWrite
from netzjournal.store.values import ids_json as _ids_json

# (table, column that refers to the captured ids) — parents before children.
_CONTACT_TABLES = (
    ("contact", "id"), ("contact_channel", "contact_id"), ("contact_tag", "contact_id"),
    ("participant", "contact_id"), ("follow_up", "contact_id"), ("coach_state", "contact_id"),
    ("attendance", "contact_id"),
)  # fmt: skip
_INTERACTION_TABLES = (
    ("interaction", "id"), ("participant", "interaction_id"), ("give_take", "interaction_id"),
    ("follow_up", "interaction_id"),
)  # fmt: skip
# Event rows: a series' occurrence rows are taken with it (see snapshot_events).
_EVENT_TABLES = (("event", "id"), ("event_tag", "event_id"), ("attendance", "event_id"))
# Soft links that deleting one of the rows sets to NULL: (table, column).
_CONTACT_LINKS = (("give_take", "contact_id"), ("contact", "introduced_by_id"))
_EVENT_LINKS = (("interaction", "event_id"), ("contact", "met_at_event_id"))


@dataclass
class Snapshot:
    contact_ids: list[int] = field(default_factory=list)
    interaction_ids: list[int] = field(default_factory=list)
    # Event rows (ids that do not exist yet may be listed: restoring removes them).
    event_ids: list[int] = field(default_factory=list)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Soft links that a delete sets to NULL: (table, row id, column, value).
    links: list[tuple[str, int, str, int]] = field(default_factory=list)

    def scopes(self) -> tuple[tuple[str, list[int]], ...]:
        """(table, ids) of the rows the snapshot is about."""
        return (("contact", self.contact_ids), ("interaction", self.interaction_ids),
                ("event", self.event_ids))  # fmt: skip


def _id(value: object) -> int:
    """A row id as read from a captured row (SQLite gives ints)."""
    assert isinstance(value, int), value
    return value


# A note's people are in the order named: their participant rows' rowid order. The
# rowid is captured (as ``_ROWID``) so that restoring puts a row back in its place.
_ROWID = "_rowid"


def _capture(j: Journal, snap: Snapshot, table: str, column: str, ids: list[int]) -> None:
    rowid = f"rowid AS {_ROWID}, " if table == "participant" else ""
    cur = j.connection().execute(
        f"SELECT {rowid}* FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))",
        (_ids_json(ids),),
    )
    names = [d[0] for d in cur.description]
    bucket = snap.rows.setdefault(table, [])
    seen = {tuple(sorted(r.items())) for r in bucket}
    for values in cur.fetchall():
        row = dict(zip(names, values, strict=True))
        if tuple(sorted(row.items())) not in seen:
            bucket.append(row)


def _capture_links(
    j: Journal, snap: Snapshot, links: tuple[tuple[str, str], ...], ids: list[int]
) -> None:
    for table, column in links:
        for rid, value in j.connection().execute(
            f"SELECT id, {column} FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))",
            (_ids_json(ids),),
        ):
            snap.links.append((table, rid, column, value))


def snapshot_contacts(j: Journal, ids: Iterable[int]) -> Snapshot:
    """Everything that deleting or merging these contacts would change."""
    snap = Snapshot(contact_ids=list(ids))
    for table, column in _CONTACT_TABLES:
        _capture(j, snap, table, column, snap.contact_ids)
    _capture_links(j, snap, _CONTACT_LINKS, snap.contact_ids)
    return snap


def snapshot_interactions(j: Journal, ids: Iterable[int]) -> Snapshot:
    snap = Snapshot(interaction_ids=list(ids))
    for table, column in _INTERACTION_TABLES:
        _capture(j, snap, table, column, snap.interaction_ids)
    return snap


def snapshot_events(j: Journal, ids: Iterable[int]) -> Snapshot:
    """Event rows (a series with its occurrence rows), their tags and attendance, and
    which notes and contacts point at them — what any change to them can alter.

    An id without a row is kept in ``event_ids``: restoring the snapshot removes a
    row made under that id since (an evening recorded for the first time).
    """
    wanted = [int(i) for i in ids]
    rows = j.connection().execute(
        "SELECT id FROM event WHERE series_id IN (SELECT value FROM json_each(?))",
        (_ids_json(wanted),),
    )
    snap = Snapshot(event_ids=list(dict.fromkeys([*wanted, *(r[0] for r in rows)])))
    for table, column in _EVENT_TABLES:
        _capture(j, snap, table, column, snap.event_ids)
    _capture_links(j, snap, _EVENT_LINKS, snap.event_ids)
    return snap


# Bookkeeping columns a later undo/redo of another step may rewrite; not a
# change of what the user sees.
_BOOKKEEPING = {"updated_at", "role_changed_on"}
# Which invitation mail an event row last took (migration 0022): a fact about the
# mails read, not about the user's change. An import that only takes a newer
# version does not make an undo refuse, and undoing keeps the version as it is
# now (the mail stays read: reading it again is "already there"). Who the newest
# invitation names (migration 0034) is such a fact too.
_MAIL_VERSION = ("invitation_sequence", "invitation_stamp", "invitation_people")
_IGNORED = _BOOKKEEPING | set(_MAIL_VERSION) | {_ROWID}  # a restore writes rows anew


def retake(j: Journal, snap: Snapshot) -> Snapshot:
    """The same rows as ``snap`` covers, as they are now."""
    if snap.contact_ids:
        return snapshot_contacts(j, snap.contact_ids)
    if snap.event_ids:
        return _retake_events(j, snap)
    return snapshot_interactions(j, snap.interaction_ids)


def _retake_events(j: Journal, snap: Snapshot) -> Snapshot:
    now = snapshot_events(j, snap.event_ids)
    now.event_ids = list(snap.event_ids)  # the same scope, even where rows came or went
    return now


def _what(snap: Snapshot) -> tuple[str, int]:
    """What a refused restore is about, for :class:`StaleWrite`."""
    for what, ids in snap.scopes():
        if ids:
            return what, ids[0]
    return "interaction", 0


def _row_key(row: dict[str, Any], ignored: set[str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, repr(v)) for k, v in row.items() if k not in ignored))


def _fingerprint(snap: Snapshot, ignored: set[str]) -> tuple[object, ...]:
    tables = [
        (t, sorted(_row_key(row, ignored) for row in rows))
        for t, rows in sorted(snap.rows.items())
        if rows
    ]
    return (tables, sorted(snap.links))


def same_rows(a: Snapshot, b: Snapshot) -> bool:
    """True if two snapshots hold the same rows (bookkeeping timestamps and the
    invitation mails an event row took aside: nothing a person sees)."""
    return _fingerprint(a, _IGNORED) == _fingerprint(b, _IGNORED)


def _mail_versions(j: Journal, event_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The invitation version of these event rows as it is now, by row id."""
    if not event_ids:
        return {}
    rows = j.connection().execute(
        f"SELECT id, {', '.join(_MAIL_VERSION)} FROM event"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (_ids_json(event_ids),),
    )
    return {r[0]: dict(zip(_MAIL_VERSION, r[1:], strict=True)) for r in rows}


def _put_back_participants(conn: Any, rows: list[dict[str, Any]]) -> None:
    """Participant rows back in their places: each note they are on gets its people
    written again in the order of their rowids (the captured rows' then, the others'
    now — a rowid never changes). Reinserting them by their old rowids instead could
    meet a row that took one since (in another note) and replace it."""
    notes: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        notes.setdefault(_id(row["interaction_id"]), []).append(row)
    for note, restored in notes.items():
        back = {_id(r["contact_id"]) for r in restored}
        cur = conn.execute(
            f"SELECT rowid AS {_ROWID}, * FROM participant WHERE interaction_id = ?", (note,)
        )
        names = [d[0] for d in cur.description]
        staying = [dict(zip(names, values, strict=True)) for values in cur.fetchall()]
        people = [r for r in staying if r["contact_id"] not in back] + restored
        people.sort(key=lambda r: _id(r[_ROWID]))
        conn.execute("DELETE FROM participant WHERE interaction_id = ?", (note,))
        for row in people:
            cols = [c for c in row if c != _ROWID]
            sql = (f"INSERT INTO participant ({', '.join(cols)})"
                   f" VALUES ({', '.join('?' * len(cols))})")  # fmt: skip
            conn.execute(sql, [row[c] for c in cols])


def restore_snapshot(
    j: Journal, snap: Snapshot, *, expect: Snapshot | None = None, mail: bool = False
) -> Outcome[None]:
    """Put every captured row back as it was (replacing any newer version).

    ``expect``: the same rows as they were right after the change being
    undone. If they have changed since (another process wrote them), nothing
    is restored and :class:`stale.StaleWrite` is raised — restoring would
    throw that newer change away.

    ``mail``: the event rows' invitation mails (:data:`_MAIL_VERSION`) go back too —
    undoing a calendar import, whose reading of those mails is the change (read
    again, they count anew). Otherwise the rows keep the mails as they are now.
    A mail taken since that changed nothing else (a resent invitation, imported
    with no step of its own) never refuses the restore: nothing a person sees is
    thrown away, and with ``mail`` reading it again counts anew.
    """
    conn = j.connection()
    with j.write() as changes:
        if expect is not None and not same_rows(retake(j, expect), expect):
            raise StaleWrite(*_what(snap), [])
        conn.execute("PRAGMA defer_foreign_keys = ON")
        versions = {} if mail else _mail_versions(j, snap.event_ids)
        # With the rows go their children (an event's occurrence rows, tags and
        # attendance); notes and "where we met" lose the link, which ``links`` put back.
        for table, ids in snap.scopes():
            if ids:
                sql = f"DELETE FROM {table} WHERE id IN (SELECT value FROM json_each(?))"
                conn.execute(sql, (_ids_json(ids),))
        event_rows = snap.rows.get("event", [])
        event_rows.sort(key=lambda r: r["series_id"] is not None)  # a series before its rows
        tables = (*_EVENT_TABLES, *_CONTACT_TABLES, *_INTERACTION_TABLES)
        # Parents first: a child row's trigger (the contact summary) reads its parent.
        parents = ("event", "contact", "interaction")
        for table in dict.fromkeys((*parents, *(t for t, _column in tables))):
            if table == "participant":
                _put_back_participants(conn, snap.rows.get(table, []))
                continue
            for row in snap.rows.get(table, []):
                if table == "event" and row["id"] in versions:
                    row = {**row, **versions[row["id"]]}
                cols = list(row)
                sql = (
                    f"INSERT OR REPLACE INTO {table} ({', '.join(cols)})"
                    f" VALUES ({', '.join('?' * len(cols))})"
                )
                conn.execute(sql, [row[c] for c in cols])
        for table, rid, column, value in snap.links:
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, rid))
        if expect is not None and conn.execute("PRAGMA foreign_key_check").fetchone():
            # A row it points at (a note, a contact) was deleted elsewhere since:
            # restoring would be half a restore; nothing is written.
            raise StaleWrite(*_what(snap), [])
        touched_contacts = set(snap.contact_ids) | {
            _id(r["contact_id"]) for r in snap.rows.get("participant", [])
        }
        touched_notes = set(snap.interaction_ids) | {
            _id(r["interaction_id"]) for r in snap.rows.get("participant", [])
        }
        fulltext.index_contacts(j, touched_contacts)
        fulltext.index_interactions(j, touched_notes)
        # Attendance back: the events' index names who was there again.
        touched_events = {_id(r["event_id"]) for r in snap.rows.get("attendance", [])}
        touched_events |= set(snap.event_ids)
        touched_events |= {_id(r["series_id"]) for r in event_rows if r["series_id"] is not None}
        if touched_events:
            from netzjournal.store.events import index_events

            index_events(j, touched_events)  # the rows that exist (again); gone ones dropped
        if snap.event_ids:
            touched_contacts |= {_id(r["contact_id"]) for r in snap.rows.get("attendance", [])}
            touched_contacts |= {rid for t, rid, _c, _v in snap.links if t == "contact"}
        changes.update(ChangeSet(contacts=touched_contacts, interactions=touched_notes))
        changes.events.update(touched_events)
        changes.follow_ups.update(_id(r["id"]) for r in snap.rows.get("follow_up", []))
    return Outcome(None, changes)
