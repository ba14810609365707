"""What the sync remembers between runs (migration 0009), and bulk reads it needs.

The sync engine (``netzjournal.sync``) holds no SQL; it calls these. Writes
join the caller's ``Journal.write()`` transaction, so a batch of server
changes and the bases that go with it commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field

from netzjournal.store.journal import Journal
from netzjournal.store.records import Channel, ContactRecord
from netzjournal.store.summary import display_name


@dataclass(slots=True)
class SyncItem:
    """One synced item; the base is parsed only when a merge needs it (a sync with
    nothing to do compares ``base_text`` with the item's canonical text)."""

    uid: str
    collection: str
    href: str
    etag: str | None
    base_text: str = field(repr=False)
    _base: dict[str, object] | None = field(default=None, compare=False, repr=False)

    @property
    def base(self) -> dict[str, object]:
        if self._base is None:
            self._base = json.loads(self.base_text)
        return self._base


@dataclass(frozen=True)
class Conflict:
    id: int
    kind: str
    uid: str
    field: str
    journal_value: object
    server_value: object
    found_at: str


def _now() -> str:
    return dt.datetime.now().isoformat(" ", "seconds")


def sync_items(j: Journal, kind: str) -> dict[str, SyncItem]:
    """UID → what was last synced, for one kind of item."""
    rows = j.connection().execute(
        "SELECT uid, collection, href, etag, base FROM sync_item WHERE kind = ?", (kind,)
    )
    return {
        uid: SyncItem(uid, coll, href, etag, base)
        for uid, coll, href, etag, base in rows.fetchall()
    }


def hrefs_of_other_kinds(j: Journal, collection: str, kind: str) -> set[str]:
    """The hrefs in ``collection`` synced as another kind than ``kind``: one
    calendar holds tasks, events and notes, and each kind's run passes the others' by."""
    rows = j.connection().execute(
        "SELECT href FROM sync_item WHERE collection = ? AND kind != ?", (collection, kind)
    )
    return {href for (href,) in rows.fetchall()}


def save_sync_items(
    j: Journal,
    kind: str,
    collection: str,
    items: list[tuple[str, str, str | None, dict[str, object]]],
) -> None:
    """Record (uid, href, etag, base) for items both sides now agree on."""
    now = _now()
    with j.write():
        j.connection().executemany(
            "INSERT INTO sync_item (kind, uid, collection, href, etag, base, synced_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (kind, uid) DO UPDATE SET collection = excluded.collection,"
            " href = excluded.href, etag = excluded.etag, base = excluded.base,"
            " synced_at = excluded.synced_at",
            [
                (kind, uid, collection, href, etag, canonical(base), now)
                for uid, href, etag, base in items
            ],
        )


# In the base of an item merged here into another (``mark_merged``): that one's UID.
MERGED_INTO = "_merged_into"


def mark_merged(j: Journal, kind: str, uid: str, into: str) -> None:
    """``uid`` was merged here into ``into`` (in the caller's transaction): a change the
    server brings for ``uid`` goes to ``into`` (``sync.engine``), never back as a copy."""
    with j.write():
        j.connection().execute(
            "UPDATE sync_item SET base = json_set(base, '$.' || ?, ?) WHERE kind = ? AND uid = ?",
            (MERGED_INTO, into, kind, uid),
        )


def set_item_uids(j: Journal, kind: str, pairs: list[tuple[str, str]]) -> None:
    """(UID here, UID inside the server's item) of synced items whose two differ: a
    contact paired with a phone's card (migration 0024). Kept until the base is
    forgotten; saving a new base leaves it."""
    with j.write():
        j.connection().executemany(
            "UPDATE sync_item SET item_uid = ? WHERE kind = ? AND uid = ?",
            [(there, kind, here) for here, there in pairs],
        )


def unshare_archived(j: Journal) -> None:
    """Archived contacts are no longer put on the server: the bases that say a card is
    there as archived read as live, so the next sync takes those cards off (as it does
    for a contact archived after it was synced). While a base says archived, the card
    stays (``ContactAdapter.held_there``: a phone's card paired with one archived here)."""
    with j.write():
        j.connection().execute(
            "UPDATE sync_item SET base = json_set(base, '$.archived', json('false'))"
            " WHERE kind = 'contact' AND json_extract(base, '$.archived') = 1"
        )


def forget_sync_items(j: Journal, kind: str, uids: list[str]) -> None:
    with j.write():
        j.connection().executemany(
            "DELETE FROM sync_item WHERE kind = ? AND uid = ?", [(kind, u) for u in uids]
        )


def forget_server(j: Journal) -> None:
    """Forget every base and sync token: the journal now syncs with another server
    (or as another user), whose items it has never seen. Open conflicts and the
    Inbox stay — they are the user's to settle."""
    with j.write():
        j.connection().execute("DELETE FROM sync_item")
        j.connection().execute("DELETE FROM sync_collection")


def sync_token(j: Journal, url: str) -> str | None:
    sql = "SELECT sync_token FROM sync_collection WHERE url = ?"
    row = j.connection().execute(sql, (url,)).fetchone()
    return row[0] if row else None


def set_sync_token(j: Journal, url: str, kind: str, token: str | None) -> None:
    with j.write():
        j.connection().execute(
            "INSERT INTO sync_collection (url, kind, sync_token, synced_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (url) DO UPDATE SET sync_token = excluded.sync_token,"
            " synced_at = excluded.synced_at",
            (url, kind, token, _now()),
        )


def add_conflicts(
    j: Journal, kind: str, uid: str, fields: list[tuple[str, object, object]]
) -> None:
    """Keep the server's value of each field both sides changed (the journal kept its own)."""
    now = _now()
    with j.write():
        conn = j.connection()
        for name, journal_value, server_value in fields:
            # One open conflict per field: a newer server value replaces the older one.
            conn.execute(
                "DELETE FROM sync_conflict WHERE kind = ? AND uid = ? AND field = ?"
                " AND resolved_at IS NULL",
                (kind, uid, name),
            )
            conn.execute(
                "INSERT INTO sync_conflict (kind, uid, field, journal_value, server_value,"
                " found_at) VALUES (?, ?, ?, ?, ?, ?)",
                (kind, uid, name, json.dumps(journal_value), json.dumps(server_value), now),
            )


def open_conflicts(j: Journal) -> list[Conflict]:
    rows = j.connection().execute(
        "SELECT id, kind, uid, field, journal_value, server_value, found_at FROM sync_conflict"
        " WHERE resolved_at IS NULL ORDER BY id"
    )
    return [
        Conflict(i, k, u, f, json.loads(jv), json.loads(sv), at)
        for i, k, u, f, jv, sv, at in rows.fetchall()
    ]


def resolve_conflict(j: Journal, conflict_id: int) -> None:
    with j.write():
        j.connection().execute(
            "UPDATE sync_conflict SET resolved_at = ? WHERE id = ?", (_now(), conflict_id)
        )


def canonical(fields: dict[str, object]) -> str:
    """One spelling per value, so that equal fields compare equal as text."""
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class ContactKey:
    """What tasks and notes need to know of a contact: who it is, and how to find it."""

    id: int
    uid: str
    label: str  # the name to show, else the organisation
    emails: tuple[str, ...]
    # The UID the server's address book knows them by: their card's (another device
    # finds them by it), the journal's own unless paired with a phone's card.
    card_uid: str = ""


def contact_directory(j: Journal) -> list[ContactKey]:
    """Every contact's id, UID, label and e-mail addresses, in two plain queries
    (a fraction of ``all_contacts``: tasks and notes read it on every sync)."""
    conn = j.connection()
    emails: dict[int, list[str]] = defaultdict(list)
    for contact_id, value in conn.execute(
        "SELECT contact_id, value FROM contact_channel WHERE kind = 'email'"
        " ORDER BY contact_id, position"
    ):
        emails[contact_id].append(value)
    out = []
    for cid, uid, display, given, family, organisation, card_uid in conn.execute(
        "SELECT c.id, c.uid, c.display_name, c.given_name, c.family_name, c.organisation,"
        " s.item_uid FROM contact c"
        " LEFT JOIN sync_item s ON s.kind = 'contact' AND s.uid = c.uid"
    ):
        name = display_name(display, given, family, organisation) or ""
        out.append(ContactKey(cid, uid or "", name, tuple(emails[cid]), card_uid or uid or ""))
    return out


def all_contacts(j: Journal) -> list[ContactRecord]:
    """Every contact (archived too) with channels and tags, in three plain queries
    (``get_contact`` for each costs ~1 s for 5,000 contacts; a sync with nothing to
    do must take well under that)."""
    from netzjournal.store.contacts import _COLUMNS, _SELECT, _record

    conn = j.connection()
    channels: dict[int, list[Channel]] = defaultdict(list)
    for contact_id, kind, value, label in conn.execute(
        "SELECT contact_id, kind, value, label FROM contact_channel"
        " ORDER BY contact_id, position, id"
    ):
        channels[contact_id].append(Channel(kind, value, label))
    tags: dict[int, list[str]] = defaultdict(list)
    for contact_id, name in conn.execute(
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        " ORDER BY t.name"
    ):
        tags[contact_id].append(name)
    at = _COLUMNS.index("id")
    return [_record(row, channels[row[at]], tags[row[at]]) for row in conn.execute(_SELECT)]


# -- notes from the server and the inbox ------------------------------------------------


@dataclass
class InboxEntry:
    """A journal entry from the server whose people the journal cannot tell for sure."""

    uid: str
    kind: str
    summary: str
    body: str
    occurred_at: str | None  # local time, ISO
    people: dict[str, list[str]]  # {"resolved": [contact uids], "unresolved": [as written]}
    id: int | None = None


def notes_by_uid(j: Journal, uids: list[str]) -> dict[str, object]:
    """The meeting notes with these UIDs (InteractionRecord), by UID."""
    from netzjournal.store.interactions import get_interaction

    rows = j.connection().execute(
        "SELECT uid, id FROM interaction WHERE uid IN (SELECT value FROM json_each(?))",
        (json.dumps(uids),),
    )
    return {uid: get_interaction(j, interaction_id) for uid, interaction_id in rows.fetchall()}


def inbox_entries(j: Journal) -> list[InboxEntry]:
    rows = j.connection().execute(
        "SELECT id, uid, kind, summary, body, occurred_at, people FROM sync_inbox ORDER BY id"
    )
    return [
        InboxEntry(uid, kind, summary, body, at, json.loads(people), i)
        for i, uid, kind, summary, body, at, people in rows.fetchall()
    ]


def put_inbox(j: Journal, entry: InboxEntry) -> InboxEntry:
    """Add or replace (by UID) an entry in the inbox."""
    with j.write() as changes:
        j.connection().execute(
            "INSERT INTO sync_inbox (uid, kind, summary, body, occurred_at, people, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET"
            " summary = excluded.summary, body = excluded.body,"
            " occurred_at = excluded.occurred_at, people = excluded.people",
            (
                entry.uid, entry.kind, entry.summary, entry.body, entry.occurred_at,
                json.dumps(entry.people, ensure_ascii=False), _now(),
            ),
        )  # fmt: skip
        changes.settings.add("sync.inbox")
    return entry


def drop_inbox(j: Journal, uids: list[str]) -> None:
    with j.write() as changes:
        j.connection().executemany("DELETE FROM sync_inbox WHERE uid = ?", [(u,) for u in uids])
        changes.settings.add("sync.inbox")


def assign_inbox(j: Journal, uid: str, contact_ids: list[int]) -> object:
    """The user says who an inbox entry is about: it becomes a meeting note with the
    same UID (so the sync knows it), in one transaction. Returns the note."""
    from netzjournal.store.interactions import create_interaction
    from netzjournal.store.records import InteractionRecord

    [entry] = [e for e in inbox_entries(j) if e.uid == uid]
    when = dt.datetime.fromisoformat(entry.occurred_at) if entry.occurred_at else dt.datetime.now()
    with j.write():
        note = create_interaction(
            j,
            InteractionRecord(
                occurred_at=when, kind="other", participants=contact_ids,
                title=entry.summary, body=entry.body, uid=uid,
            ),
        ).value  # fmt: skip
        drop_inbox(j, [uid])
    return note
