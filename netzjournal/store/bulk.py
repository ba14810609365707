"""Fast loading of many rows at once (demo journals, large imports).

``executemany`` on the journal's connection (one statement per table, not
one per row), inside one transaction, and writes the search index documents
as it goes. Records must carry their ids (``id`` set), so that participants,
follow-ups and give & take lines can refer to them without a read-back.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from itertools import islice, repeat
from operator import attrgetter
from typing import TypeVar

from netzjournal.store import bulk_indexes, summary_bulk
from netzjournal.store.folding import fold_many
from netzjournal.store.fulltext import INSERT_CONTACT, interaction_document
from netzjournal.store.journal import Journal
from netzjournal.store.records import (
    ChangeSet,
    ContactRecord,
    EventRecord,
    FollowUpRecord,
    InteractionRecord,
)
from netzjournal.store.summary_bulk import NewContact

_BATCH = 5000
_T = TypeVar("_T")

# The columns that may be NULL are bound as 0 (met_on: '') and turned into NULL by
# nullif(): Python's sqlite3 passes None (and bool, and bytes) through its adapter
# lookup, which costs ~10 times binding an int — 30,000 of them for 5,000 people. No
# id, birthday part or cadence is ever 0, and no date is ''.
_CONTACT = (
    "INSERT INTO contact (id, given_name, family_name, display_name, salutation, title_prefix,"
    " organisation, department, role, hierarchy, city, source, source_detail, address_form,"
    " language, closeness, topics, notes, additional_names, honorific_suffix, nickname,"
    " birthday_year, birthday_month, birthday_day, met_on, introduced_by_id, cadence_days,"
    " cadence_never, archived, created_at, updated_at, uid, met_at_event_id,"
    " address_form_chosen, name_prefix, salutation_neutral) VALUES ("
    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, nullif(?, 0), nullif(?, 0),"
    " nullif(?, 0), nullif(?, ''), nullif(?, 0), nullif(?, 0), ?, ?, ?, ?, ?, nullif(?, 0), ?,"
    " ?, ?)"
)
# The columns of _CONTACT taken from the record as they are, in one C call (cheaper
# than an attribute load each in Python); the rest follow.
_PLAIN = attrgetter(
    "id", "given_name", "family_name", "display_name", "salutation", "title_prefix",
    "organisation", "department", "role", "hierarchy", "city", "source", "source_detail",
    "address_form", "language", "closeness", "topics", "notes", "additional_names",
    "honorific_suffix", "nickname",
)  # fmt: skip
_SUMMARY = attrgetter(*NewContact._fields[:8])
# A contact's document as _CONTACT_DOCS (store/fulltext.py) reads it: the names,
# then the rest (with the tags and the channels' values after these).
_DOC_NAMES = attrgetter("display_name", "given_name", "additional_names", "family_name", "nickname")
_DOC_BODY = attrgetter(
    "organisation", "honorific_suffix", "department", "role", "city", "topics", "notes",
    "source_detail",
)  # fmt: skip
_VALUE = attrgetter("value")
_CHANNEL = (
    "INSERT INTO contact_channel (contact_id, kind, label, value, position) VALUES (?, ?, ?, ?, ?)"
)
_TAG = "INSERT INTO tag (id, name, category) VALUES (?, ?, '')"
# All links in one statement from a JSON array of [contact, tag] pairs: a row of two
# numbers costs less to take out of JSON than to bind and step on its own.
_CONTACT_TAGS = (
    "INSERT INTO contact_tag (contact_id, tag_id) SELECT value ->> 0, value ->> 1 FROM json_each(?)"
)
_EVENT = (
    "INSERT INTO event (id, name, starts_on, ends_on, place, notes, created_at, url, start_time,"
    " end_time, rrule, series_id, occurrence_on, cancelled, my_status, uid)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ATTENDANCE = (
    "INSERT OR IGNORE INTO attendance (event_id, contact_id, status, note, created_at)"
    " VALUES (?, ?, ?, ?, ?)"
)
_EVENT_TAG = "INSERT INTO event_tag (event_id, tag_id) VALUES (?, ?)"
_INTERACTION = (
    "INSERT INTO interaction (id, occurred_at, kind, direction, place, duration_minutes, title,"
    " body, hooks, outcome, say_next, event_id, created_at, updated_at, uid)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_PARTICIPANT = "INSERT INTO participant (interaction_id, contact_id, say_next) VALUES (?, ?, ?)"
_GIVE_TAKE = (
    "INSERT INTO give_take (interaction_id, contact_id, direction, text, position)"
    " VALUES (?, ?, ?, ?, ?)"
)
_FOLLOW_UP = (
    "INSERT INTO follow_up (contact_id, interaction_id, text, due_on, done, done_at, owed_by,"
    " created_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INDEX = "INSERT INTO search_index (rowid, name, body) VALUES (?, ?, ?)"


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return value.isoformat()


def _uid() -> str:
    return str(uuid.uuid4())  # what the models' default and migration 0007's trigger give


def _batches(items: Iterable[_T]) -> Iterator[list[_T]]:
    it = iter(items)
    while batch := list(islice(it, _BATCH)):
        yield batch


class _Tags:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.ids: dict[str, int] = {}
        self.names: dict[int, str] = {}  # as stored
        for tid, name in conn.execute("SELECT id, name FROM tag ORDER BY id"):
            self.ids.setdefault(name.casefold(), tid)  # the oldest, as contacts.tag_ids
            self.names[tid] = name
        self.next_id = max(self.ids.values(), default=0) + 1
        self.given: dict[str, int] = {}  # each tag as a record gives it (a load repeats a few)

    def id_for(self, name: str) -> int:
        found = self.given.get(name)
        if found is None:
            found = self.given[name] = self._id_for(name)
        return found

    def _id_for(self, name: str) -> int:
        name = " ".join(name.split())  # as store.contacts.tag_ids has it
        key = name.casefold()
        if key not in self.ids:
            self.conn.execute(_TAG, (self.next_id, name))
            self.ids[key] = self.next_id
            self.names[self.next_id] = name
            self.next_id += 1
        return self.ids[key]


def next_contact_id(j: Journal) -> int:
    """The id the next new contact gets (inside a write: ids handed out before a bulk load)."""
    row = j.connection().execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()
    return int(row[0])


def _insert_contacts(
    conn: sqlite3.Connection,
    contacts: Iterable[ContactRecord],
    tags: _Tags,
    now: str | None,
    added: list[NewContact],
) -> None:
    join = "\n".join
    for batch in _batches(contacts):
        for c in batch:
            assert isinstance(c, ContactRecord) and c.id is not None
        # (Comprehensions over the batch: in Python 3.11 each one is a call, so not
        # one per contact.)
        rows = [
            _PLAIN(c) + ((b.year or 0, b.month, b.day) if (b := c.birthday) else (0, 0, 0))
            + (_iso(met) if (met := c.met_on) else "", c.introduced_by or 0,
               c.cadence_days or 0, int(c.cadence_never), int(c.archived), now, now,
               c.uid or _uid(), c.met_at_event_id or 0, int(c.address_form_chosen),
               c.name_prefix, int(c.salutation_neutral))
            for c in batch
        ]  # fmt: skip
        channels = [
            (c.id, ch.kind, ch.label, ch.value, n) for c in batch for n, ch in enumerate(c.channels)
        ]
        ids = [c.id or 0 for c in batch]  # (each has one: asserted above)
        links: list[tuple[int, int]] = []
        texts: list[str] = []  # each contact's document: names, then the rest
        for c in batch:
            stored: list[str] = []
            in_id_order = ""
            if c.tags:
                # Tags are one whatever their case ("Presse", "presse"): one link each.
                tag_ids = list(dict.fromkeys(map(tags.id_for, c.tags)))
                links += zip(repeat(c.id or 0), tag_ids)
                stored = list(map(tags.names.__getitem__, tag_ids))
                # _CONTACT_DOCS reads a contact's tags along contact_tag's primary key:
                # by tag id, not in the card's order (a group card's tag comes last).
                in_id_order = " ".join(map(tags.names.__getitem__, sorted(tag_ids)))
            added.append(NewContact._make((*_SUMMARY(c), stored, c.closeness)))
            # The document as fulltext.contact_documents makes it from _CONTACT_DOCS.
            texts += (
                join(filter(None, _DOC_NAMES(c))),
                join(filter(None, (*_DOC_BODY(c), in_id_order,
                                   " ".join(map(_VALUE, c.channels))))),
            )  # fmt: skip
        # Introductions may point forward to a later contact: defer the check.
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.executemany(_CONTACT, rows)
        conn.executemany(_CHANNEL, channels)
        if links:
            conn.execute(_CONTACT_TAGS, (json.dumps(links),))
        folded = fold_many(texts)  # (in one pass: see its docstring)
        names, bodies = folded[0::2], folded[1::2]
        conn.executemany(_INDEX, zip([2 * i for i in ids], names, bodies, strict=True))
        conn.executemany(INSERT_CONTACT, zip(ids, names, bodies, strict=True))


def bulk_load(
    j: Journal,
    contacts: Iterable[ContactRecord],
    events: Iterable[EventRecord],
    interactions: Iterable[tuple[InteractionRecord, list[FollowUpRecord]]],
    attendance: Iterable[tuple[int, int, str, str]] = (),
) -> ChangeSet:
    """Insert everything in one transaction; returns a change set for "everything"."""
    now = _iso(dt.datetime.now())
    with j.write() as changes:
        conn = j.connection()
        tags = _Tags(conn)
        added: list[NewContact] = []  # (filled below; the summary rows are made at the end)
        contacts = list(contacts)
        large = bulk_indexes.worth_it(conn, len(contacts))
        with bulk_indexes.deferred(conn, large), summary_bulk.deferred(conn, added):
            _insert_contacts(conn, contacts, tags, now, added)
        events = list(events)
        for e in events:
            assert e.id is not None
            at = e.start_time.strftime("%H:%M") if e.start_time else None
            until = e.end_time.strftime("%H:%M") if e.end_time else None
            conn.execute(
                _EVENT,
                (e.id, e.name, _iso(e.starts_on), _iso(e.ends_on), e.place, e.notes, now, e.url,
                 at, until, e.rrule, e.series_id, _iso(e.occurrence_on), int(e.cancelled),
                 e.my_status, e.uid or _uid()),
            )  # fmt: skip
            tag_ids = dict.fromkeys(tags.id_for(t) for t in e.tags)
            conn.executemany(_EVENT_TAG, [(e.id, t) for t in tag_ids])
        names: dict[int, str] = {}  # (made when the first note needs them; an import has none)
        for chunk in _batches(interactions):
            if not names:
                names = {c.id: c.name for c in contacts if c.id is not None}
            rows = []
            people, lines, follow, docs = [], [], [], []
            for item in chunk:
                i, fus = item
                assert i.id is not None
                rows.append(
                    (i.id, _iso(i.occurred_at), i.kind, i.direction, i.place, i.duration_minutes,
                     i.title, i.body, i.hooks, i.outcome, i.say_next, i.event_id, now, now,
                     i.uid or _uid())
                )  # fmt: skip
                said = i.say_next_to
                people += [(i.id, cid, said.get(cid, "")) for cid in dict.fromkeys(i.participants)]
                lines += [
                    (i.id, g.contact_id, g.direction, g.text, n) for n, g in enumerate(i.give_take)
                ]
                follow += [
                    (f.contact_id, i.id, f.text, _iso(f.due_on), f.done, _iso(f.done_at),
                     f.owed_by, now, f.uid or _uid())
                    for f in fus
                ]  # fmt: skip
                docs.append(
                    interaction_document(
                        (
                            i.id,
                            i.title,
                            i.body,
                            "\n".join(t for t in (i.hooks, i.say_next, *said.values()) if t),
                            i.place,
                            i.outcome,
                            " ".join(names.get(p, "") for p in i.participants),
                            " ".join(g.text for g in i.give_take),
                        )
                    )
                )
            conn.executemany(_INTERACTION, rows)
            conn.executemany(_PARTICIPANT, people)
            conn.executemany(_GIVE_TAKE, lines)
            conn.executemany(_FOLLOW_UP, follow)
            conn.executemany(_INDEX, docs)
        # (the interactions are generated lazily: attendance is complete only now)
        present = [(*a, now) for a in attendance]
        conn.executemany(_ATTENDANCE, present)
        if events or present:  # (an event's document names who was there: none else changed)
            from netzjournal.store.events import rebuild_event_index

            rebuild_event_index(j)
        changes.everything = True
    return changes
