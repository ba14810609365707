"""One sync run of one kind of item with one server collection.

The order, for contacts (``contacts.py``) and tasks (``tasks.py``) alike:

1. List what changed on the server: RFC 6578 ``sync-collection`` from the
   stored token; a token the server no longer knows, or a server without
   tokens, falls back to the full member list and its ETags.
2. Fetch changed items (multiget, in batches) and merge each with the
   journal's against the last-synced base (``merge.py``). Per batch:
   conflicts are committed first, then merged items go to the server
   (``If-Match``), then the journal's changes and the new bases commit in
   one transaction. A run cut off anywhere repeats harmlessly: an item
   already on the server is recognised by its UID, and ``If-None-Match``
   never creates a second one at the same place.
3. Items gone from the server: one untouched here is deleted here too; one
   edited here since is kept and goes back up (edit beats delete).
4. The journal's own changes go up: new items at ``<uid><suffix>`` (a UID
   unsafe as a name: its hash, ``item_name``), edited
   ones with ``If-Match`` (the server's lines the journal does not hold are
   written back), deleted ones deleted — unless the item was edited on the
   server meanwhile (412), then it comes back (edit beats delete).
5. The sync token is stored last: the one listed at the start, from before
   the run's own edits (the next listing names them again; their ETags equal
   the bases, so nothing is fetched for them). Only after creating items is
   the newer token asked for (see ``_store_token``): that costs a second
   listing, as much as a whole run with nothing to do.

The listing request runs in a worker thread while the journal's side is
read and compared, so the server's time and ours overlap.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from netzjournal import __version__
from netzjournal.progress import Cancelled, Progress, ignore
from netzjournal.store import sync_state as state
from netzjournal.store.journal import Journal
from netzjournal.sync.dav import (
    DavClient,
    InvalidSyncToken,
    Listing,
    PreconditionFailed,
    Rejected,
    SyncError,
    waiting,
)
from netzjournal.sync.merge import merge

BATCH = 100
# UIDs every server takes as an item's name as they are. Radicale (3.x, by default)
# refuses ``: ' " * ? ,`` in a path even percent-encoded (it decodes first); ``/``,
# ``#``, ``%`` and spaces trip up others; a file name has at most 255 bytes.
_NAME_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,199}")
# From this many new items, a first sync into an empty collection tries one
# collection upload (``_bulk_upload``) before putting them one by one.
BULK_MIN = 50
Fields = dict[str, object]
# (collection, token) → (the client's write count when listed, the listing)
Listings = dict[tuple[str, str | None], tuple[int, Listing]]


@dataclass
class Report:
    """What a run changed (or, in a dry run, would change), by the items' labels."""

    dry_run: bool = False
    created_here: list[str] = field(default_factory=list)
    updated_here: list[str] = field(default_factory=list)
    deleted_here: list[str] = field(default_factory=list)
    created_there: list[str] = field(default_factory=list)
    updated_there: list[str] = field(default_factory=list)
    deleted_there: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # label, field
    # Never synced on either side, found to be one person (see ``Engine._pair``): by
    # e-mail address, by name and phone number; and of both, those archived here
    # (they stay archived, their card stays on the server).
    paired: list[str] = field(default_factory=list)
    paired_by_phone: list[str] = field(default_factory=list)
    paired_archived: list[str] = field(default_factory=list)
    # The journal's UIDs of all of these: the window lists them by id, namesakes apart.
    paired_uids: list[str] = field(default_factory=list)
    # Deleted on the server, kept here for their history (contacts archived, events
    # sent up again; see the adapters' ``keep``).
    kept_here: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # label, reason
    full_listing: bool = False  # the token was unknown or missing: every ETag compared

    @property
    def changed(self) -> int:
        return sum(
            len(x)
            for x in (
                self.created_here, self.updated_here, self.deleted_here,
                self.created_there, self.updated_there, self.deleted_there,
            )
        )  # fmt: skip


class Adapter(Protocol):
    """What the engine needs to know about one kind of item."""

    kind: str  # as stored in sync_item
    suffix: str  # ".vcf", ".ics"
    data: str  # "card" or "cal" (which multiget)
    content_type: str

    def local_items(self) -> dict[str, Any]: ...  # uid → the journal's item
    def fields(self, item: Any) -> Fields: ...
    def included(self, item: Any) -> bool: ...  # goes to the server at all
    def parse(self, text: str, href: str) -> tuple[str, Fields] | None: ...
    def text(self, uid: str, fields: Fields, server_text: str | None) -> str: ...
    def label(self, fields: Fields) -> str: ...
    # Inside the engine's transaction; return the journal's items as now stored.
    def create(self, items: list[tuple[str, Fields]]) -> dict[str, Any]: ...
    def update(self, item: Any, fields: Fields) -> Any: ...
    def delete(self, items: list[Any]) -> None: ...

    # Optional: ``pair_keys(fields) -> set[str]`` (each "<how>\n…"), ``pair_base(ours,
    # theirs)`` and ``pairs_with(ours, theirs) -> bool`` let a first sync take an item
    # both sides made on their own for one (``Engine._pair``). ``held_there(base)``:
    # an item ``included`` leaves out that the server holds as it is (``_included``).


class CalendarAdapter:
    """What every adapter of the "netzjournal" calendar shares (events, notes, tasks):
    iCalendar items at ``<uid>.ics``, fetched with a calendar multiget."""

    suffix = ".ics"
    data = "cal"
    content_type = "text/calendar"

    def __init__(self, journal: Journal) -> None:
        self.j = journal

    def included(self, item: Any) -> bool:
        return True  # every task, event and note the adapter lists goes to the server

    @staticmethod
    def uid_or_name(uid: str, href: str) -> str:
        """The item's UID; without one, it is named by its place on the server."""
        return uid or href.rstrip("/").rsplit("/", 1)[-1].removesuffix(".ics")

    @staticmethod
    def read_calendar(text: str | None) -> Any:
        """``text`` as an ``icalendar.Calendar``; None if there is none or it does not parse."""
        import icalendar  # (here: a sync with nothing changed parses nothing)

        if not text:
            return None
        try:
            return icalendar.Calendar.from_ical(text)
        except ValueError:
            return None

    def bulk_text(self, uid: str, fields: Fields) -> str | None:
        """The item's components for a collection upload (``bulk_body`` puts them
        in one calendar), or None if it must go up on its own: Radicale names
        each uploaded item after its UID, so only a UID that is a safe file name
        lands at ``<uid>.ics``, where a single upload would have put it."""
        if item_name(uid) != uid:
            return None
        return _components(self.text(uid, fields, None))  # type: ignore[attr-defined]

    @staticmethod
    def bulk_again(text: str, uid: str) -> str | None:
        """An item already in the calendar, as its server text's components for a
        collection upload that goes on from a first sync cut off (``_bulk_again``):
        sent back as the server has it, nothing rewritten (its UID names it
        ``<uid>.ics`` again: the engine checked its place)."""
        # (A multiget's XML reads the server's CRLF as LF: the upload speaks CRLF.)
        part = _components(text)
        return None if part is None else part.replace("\r\n", "\n").replace("\n", "\r\n")

    @staticmethod
    def bulk_body(parts: list[str]) -> str:
        """One calendar holding every item's components: Radicale takes a calendar
        collection's upload only as a single VCALENDAR."""
        head = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//netzjournal//{__version__}//EN\r\n"
        return head + "".join(parts) + "END:VCALENDAR\r\n"

    @staticmethod
    def new_calendar(uid: str, component: Any) -> Any:
        """A calendar of this app's holding ``component`` (a new Todo, Event, …) as ``uid``."""
        import icalendar

        calendar = icalendar.Calendar()
        calendar.add("VERSION", "2.0")
        calendar.add("PRODID", f"-//netzjournal//{__version__}//EN")
        component.add("UID", uid)
        calendar.add_component(component)
        return calendar


def item_name(uid: str) -> str:
    """A new item's name on the server (before its suffix): its UID where that is a
    safe name, otherwise the UID's SHA-256 in hex — the name Radicale itself falls back
    to in a collection upload (DAVx5 too names such items apart from their UIDs, by
    a random UUID). Not random here: the same UID always gets the same name, so a run
    cut off repeats harmlessly (``If-None-Match``). Percent-encoding would not do:
    servers decode the path before they check it. The UID inside the item stays as it is (RFC 4791
    §4.1, RFC 6352 §5.1: a resource's name need not be its UID), and an item synced
    before keeps the href it has."""
    if _NAME_SAFE.fullmatch(uid):
        return uid
    return hashlib.sha256(uid.encode("utf-8")).hexdigest()


def _components(text: str) -> str | None:
    """What lies between a calendar's own lines (a folded line's next part starts
    with a space, never with "BEGIN:"): no second parse of 7,000 tasks."""
    start = text.find("\nBEGIN:", len("BEGIN:VCALENDAR")) + 1
    end = text.rfind("END:VCALENDAR")
    return text[start:end] if 1 <= start < end else None


def only_newer_fields(adapter: Adapter, fields: Fields, item: state.SyncItem) -> bool:
    """Whether ``fields`` differ from the item's base only by fields a newer version
    syncs (the adapter's ``newer_fields``) that the base, written before, lacks.
    Such an item is not sent for that alone: after an upgrade every contact whose
    Sie/du nobody chose, every event with guests, would go up once, one request each
    (thousands, and the other devices fetch them all). The field travels with the
    item's next change."""
    newer = getattr(adapter, "newer_fields", ())
    absent = [name for name in newer if name in fields and name not in item.base]
    if not absent:
        return False
    rest = {k: v for k, v in fields.items() if k not in absent}
    return state.canonical(rest) == item.base_text


def included(adapter: Adapter, mine: Any, item: state.SyncItem | None) -> bool:
    """The item is synced: the adapter includes it, or the server holds it as it
    is (contacts: archived here, but their card is there as archived — the
    phone's own card, paired; archiving here takes a card off only when the
    server had it live)."""
    if adapter.included(mine):
        return True
    held = getattr(adapter, "held_there", None)
    return item is not None and held is not None and held(item.base)


def still_to_send(journal: Journal, adapter: Adapter) -> int:
    """How many of this kind's items the next sync sends from here — new, changed
    here since they were last synced, deleted or left out here — counted from the
    journal and the bases alone, without the server (``run.sync_all`` says it when a
    server stopped the run: for the kind it stopped in and every kind after it). The
    same choice as ``Engine._local_changes`` makes; what changed on the server
    meanwhile is the next sync's to find."""
    items = state.sync_items(journal, adapter.kind)
    local = adapter.local_items()
    count = sum(1 for uid in items if uid not in local)
    for uid, mine in local.items():
        item = items.get(uid)
        if not included(adapter, mine, item):
            count += item is not None
            continue
        if item is None:
            count += 1
            continue
        fields = adapter.fields(mine)
        if state.canonical(fields) != item.base_text and not only_newer_fields(
            adapter, fields, item
        ):
            count += 1
    return count


def _copy(listing: Listing) -> Listing:
    return dataclasses.replace(listing, etags=dict(listing.etags), removed=list(listing.removed))


def token_key(collection: str, kind: str) -> str:
    return f"{collection}#{kind}"


class Engine:
    def __init__(
        self,
        journal: Journal,
        client: DavClient,
        collection: str,
        adapter: Adapter,
        *,
        dry_run: bool = False,
        listings: Listings | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.j = journal
        # ("receive", items merged, items changed on the server) per batch, then
        # ("send", items sent, items to send): a first sync of hundreds takes a while.
        self.progress = progress or ignore
        # Tasks, events and notes share one calendar: one listing serves all three
        # while nothing was written in between (key: collection and token; value:
        # the client's write count when it was listed, and the listing).
        self.listings = listings if listings is not None else {}
        self.client = client
        self.collection = client.path(collection)
        if not self.collection.endswith("/"):
            self.collection += "/"
        self.a = adapter
        self.dry_run = dry_run
        self.report = Report(dry_run=dry_run)

    @property
    def token_key(self) -> str:
        """Tasks and journal entries share one calendar, each with a token of its own."""
        return token_key(self.collection, self.a.kind)

    def _multiget(self, hrefs: list[str]) -> dict[str, tuple[str | None, str]]:
        return self.client.multiget(self.collection, hrefs, self.a.data)

    # -- the run ------------------------------------------------------------------

    def run(self) -> Report:
        """One run; a :class:`SyncError` that stops it carries what it had done
        (``report``: ``run.sync_all`` puts it into the outcome it gives the error)."""
        try:
            return self._run()
        except SyncError as exc:
            if exc.report is None:
                exc.report = self.report
            raise

    def _run(self) -> Report:
        token = state.sync_token(self.j, self.token_key)
        # The server's answer to the listing takes it a while (Radicale reads every
        # item of the collection to answer even "nothing changed"); the journal's
        # side is read meanwhile, so the two costs overlap instead of adding up.
        pool = ThreadPoolExecutor(1, thread_name_prefix="netzjournal-listing")
        try:
            asked = pool.submit(self._listing, token)
            self.items = state.sync_items(self.j, self.a.kind)
            self.local = self.a.local_items()
            self._compared = {
                uid: self._prepare(mine)
                for uid, mine in self.local.items()
                if self._included(uid, mine)
            }
            with waiting():  # (a stop ends the wait, not the thread's request)
                listing = asked.result()
        finally:
            pool.shutdown(wait=False)
        self.listing = listing
        # Bases from another collection (the user chose another address book or
        # calendar) say nothing about this one: were they kept, every item missing
        # here would look deleted on the server and be deleted in the journal.
        elsewhere = [uid for uid, i in self.items.items() if i.collection != self.collection]
        if elsewhere:
            self.items = {u: i for u, i in self.items.items() if u not in set(elsewhere)}
            if not self.dry_run:
                state.forget_sync_items(self.j, self.a.kind, elsewhere)
        self.by_href = {item.href: item for item in self.items.values()}
        self.done: set[str] = set()  # UIDs settled in this run
        self._unpaired: dict[str, set[str]] | None = None  # built when first needed
        # Pairs found by a weaker key ("phone"): the journal's UID → the server items
        # that would take it, decided once every item is read (``_decide_claims``).
        self._claims: dict[str, dict[str, tuple[str | None, str]]] | None = {}
        self._contested: set[str] = set()

        # Another kind's items in a shared calendar are that kind's run's to read: on
        # a first sync, the events' and the notes' runs each fetched all 7,605 tasks
        # of an L journal (~14 s of 109) only to find no event or note among them.
        others = state.hrefs_of_other_kinds(self.j, self.collection, self.a.kind)
        changed = [
            href
            for href, etag in listing.etags.items()
            if href not in others
            and (href not in self.by_href or etag is None or self.by_href[href].etag != etag)
        ]
        removed = [h for h in listing.removed if h in self.by_href]
        if listing.complete:
            removed += [h for h in self.by_href if h not in listing.etags]
        if changed:
            self.progress("receive", 0, len(changed))
        for start in range(0, len(changed), BATCH):
            self._server_changes(self._multiget(changed[start : start + BATCH]))
            self.progress("receive", min(start + BATCH, len(changed)), len(changed))
        self._decide_claims()
        self._server_removals(removed)
        self.created = False  # items made on the server by this run (not as one upload)
        self._local_changes()
        if not self.dry_run:
            self._store_token(listing, self.created)
        return self.report

    def _prepare(self, mine: Any) -> tuple[Any, Fields, str]:
        fields = self.a.fields(mine)
        return mine, fields, state.canonical(fields)

    def _only_newer_fields(self, fields: Fields, item: state.SyncItem) -> bool:
        return only_newer_fields(self.a, fields, item)

    def _fields(self, uid: str, mine: Any) -> tuple[Fields, str]:
        """The item's fields and their canonical text, computed once per run (an
        item replaced in this run by a merge is computed anew)."""
        prepared = self._compared.get(uid)
        if prepared is None or prepared[0] is not mine:
            prepared = self._compared[uid] = self._prepare(mine)
        return prepared[1], prepared[2]

    def _listing(self, token: str | None) -> Listing:
        known = self.listings.get((self.collection, token))
        if known is not None and known[0] == self.client.writes:
            self.report.full_listing = known[1].complete and token is not None
            return _copy(known[1])
        writes = self.client.writes
        listing = self._ask_listing(token)
        self.listings[(self.collection, token)] = (writes, _copy(listing))
        return listing

    def _ask_listing(self, token: str | None) -> Listing:
        try:
            return self.client.sync_collection(self.collection, token)
        except InvalidSyncToken:
            self.report.full_listing = True
            return self.client.sync_collection(self.collection, None)
        except SyncError as exc:
            if exc.code != "server":
                raise
            # No sync-collection on this server: compare every ETag.
            self.report.full_listing = True
            return self.client.list_etags(self.collection)

    def _included(self, uid: str, mine: Any) -> bool:
        return included(self.a, mine, self.items.get(uid))

    def _pairing_index(self) -> dict[str, set[str]]:
        """Pairing key → the UIDs of the journal's items that were never synced
        (archived contacts too: one is the same person as a phone's card)."""
        keys_of = getattr(self.a, "pair_keys", None)
        index: dict[str, set[str]] = {}
        if keys_of is None:
            return index
        for uid, mine in self.local.items():
            if uid not in self.items:
                for key in keys_of(self._fields(uid, mine)[0]):
                    index.setdefault(key, set()).add(uid)
        return index

    def _pair(self, theirs: Fields) -> tuple[str, str] | None:
        """The journal's never-synced item that is the same as this new server item,
        and how it was found (the pairing key's first line).

        Both sides made it on their own before the first sync (the person is in the
        phone's address book and in the journal, under two UIDs): without this,
        each side would get the other's copy — a duplicate of everyone on both.
        Only a match that is one item on the journal's side counts (contacts: the
        same e-mail address and family name, or the same full name and phone
        number); anything less certain stays two items, which the user can merge,
        never one wrongly joined. The journal's item keeps its UID (UIDs are
        permanent) and is synced with the server's card at its place from then on,
        the card keeping its own UID. The index of the journal's side is built for
        the first server item no base knows (a sync with nothing new needs none)."""
        keys_of = getattr(self.a, "pair_keys", None)
        if keys_of is None:
            return None
        if self._unpaired is None:
            self._unpaired = self._pairing_index()
        if not self._unpaired:
            return None
        found: dict[str, str] = {}
        for key in sorted(keys_of(theirs)):
            for uid in self._unpaired.get(key, set()) - self.done:
                found.setdefault(uid, key.split("\n", 1)[0])
        if len(found) != 1:
            return None
        ((uid, how),) = found.items()
        if uid in self._contested:
            return None
        agrees = getattr(self.a, "pairs_with", None)
        if agrees is not None and not agrees(self._fields(uid, self.local[uid])[0], theirs):
            return None
        return uid, how

    def _decide_claims(self) -> None:
        """The pairs found by name and phone number, once every server item is read:
        only one that a single server item claims is made (two phone cards of the
        same name at one switchboard number both stay apart from the journal's);
        the others are new items here."""
        claims, self._claims = self._claims or {}, None
        self._contested = {uid for uid, items in claims.items() if len(items) > 1}
        fetched = {href: got for items in claims.values() for href, got in items.items()}
        hrefs = list(fetched)
        for start in range(0, len(hrefs), BATCH):
            self._server_changes({h: fetched[h] for h in hrefs[start : start + BATCH]})

    def _store_token(self, listing: Listing, created: bool) -> None:
        token = listing.token
        if created and token:
            # Items this run created must be behind the stored token: one a phone
            # deletes before the next run would otherwise be neither listed nor
            # listed as removed (it did not exist at the older token). Take the
            # newer token if nothing but our writes happened since (else the next
            # run must see them).
            try:
                after = self.client.sync_collection(self.collection, token)
            except (InvalidSyncToken, SyncError):
                after = None
            if after is not None:
                known = {i.href: i.etag for i in state.sync_items(self.j, self.a.kind).values()}
                ours = all(
                    href in known and etag is not None and known[href] == etag
                    for href, etag in after.etags.items()
                ) and all(href not in known for href in after.removed)
                if ours:
                    token = after.token
        state.set_sync_token(self.j, self.token_key, self.a.kind, token)

    # -- server → journal ------------------------------------------------------------

    def _server_changes(self, fetched: dict[str, tuple[str | None, str]]) -> None:
        """Merge one batch of changed items; see the module's docstring for the order."""
        creates: list[tuple[str, Fields]] = []
        updates: list[tuple[str, Any, Fields]] = []
        puts: list[tuple[str, str, str | None, str, Fields]] = []
        bases: list[tuple[str, str, str | None, Fields]] = []
        conflicts: list[tuple[str, list[tuple[str, object, object]]]] = []
        # (the merged-away item, its card's href and ETag, the kept item's UID, the card)
        merged_away: list[tuple[state.SyncItem, str, str | None, str, Fields]] = []
        paired_uids: list[tuple[str, str]] = []  # (UID here, UID of the server's item)
        for href, (etag, text) in fetched.items():
            parsed = self.a.parse(text, href)
            if parsed is None:
                continue
            uid, theirs = parsed
            card_uid = uid
            item = self.items.get(uid) or self.by_href.get(href)
            if item is not None:
                # The item synced at this place (a paired item's card keeps its own UID).
                uid = item.uid
            if uid in self.done:
                continue
            base = item.base if item else None
            mine = self.local.get(uid)
            into = base.get(state.MERGED_INTO) if mine is None and base else None
            if into in self.local:
                # Merged here into another since: the server's change goes to the one
                # kept, and this card goes (``_merged_away``, after this batch's own
                # changes to the kept one).
                assert item is not None
                self.done.add(uid)
                theirs = self._as_read(card_uid, theirs, base)
                merged_away.append((item, href, etag, str(into), theirs))
                continue
            if mine is None and item is None and (paired := self._pair(theirs)) is not None:
                uid, how = paired
                if how == "phone" and self._claims is not None:
                    # Decided when every item is read: one server item only may take it.
                    self._claims.setdefault(uid, {})[href] = (etag, text)
                    continue
                mine = self.local[uid]
                # As if both had started from an empty item: what only one side
                # holds travels, a field both filled differently is a conflict.
                ours = self._fields(uid, mine)[0]
                theirs = self._as_read(card_uid, theirs, ours)
                base = self.a.pair_base(ours, theirs)  # type: ignore[attr-defined]
                pairs = self.report.paired_by_phone if how == "phone" else self.report.paired
                pairs.append(self.a.label(theirs))
                self.report.paired_uids.append(uid)
                paired_uids.append((uid, card_uid))
                if not self.a.included(mine):
                    # Archived here: it stays so, and the card stays the phone's.
                    self.report.paired_archived.append(self.a.label(theirs))
            else:
                known = base if base is not None or mine is None else self._fields(uid, mine)[0]
                theirs = self._as_read(card_uid, theirs, known)
            self.done.add(uid)
            if mine is None:
                # New on the server, or deleted here but edited there: the edit wins.
                creates.append((uid, theirs))
                bases.append((uid, href, etag, theirs))
                self.report.created_here.append(self.a.label(theirs))
                continue
            ours = self._fields(uid, mine)[0]
            merged = merge(base, ours, theirs)
            if merged.conflicts:
                conflicts.append((uid, merged.conflicts))
                self.report.conflicts += [(self.a.label(ours), c[0]) for c in merged.conflicts]
            if merged.fields != ours:
                updates.append((uid, mine, merged.fields))
                self.report.updated_here.append(self.a.label(ours))
            if merged.fields != theirs:
                puts.append((uid, href, etag, text, merged.fields))
            else:
                bases.append((uid, href, etag, merged.fields))
        if self.dry_run:
            self.report.updated_there += [self.a.label(f) for *_x, f in puts]
            return
        if conflicts:
            with self.j.write():
                for uid, clashes in conflicts:
                    state.add_conflicts(self.j, self.a.kind, uid, clashes)
        for uid, href, etag, text, fields in puts:
            try:
                new_etag = self.client.put(
                    href, self.a.text(uid, fields, text), etag, self.a.content_type
                )
            except PreconditionFailed:
                continue  # changed again meanwhile: the next run merges it
            except Rejected as exc:
                self.report.rejected.append((self.a.label(fields), str(exc)))
                continue
            bases.append((uid, href, new_etag, fields))
            self.report.updated_there.append(self.a.label(fields))
        with self.j.write():
            if creates:
                self.local.update(self.a.create(creates))
            for uid, mine, fields in updates:
                self.local[uid] = self.a.update(mine, fields)
            self._remember(bases)
            if paired_uids:
                state.set_item_uids(self.j, self.a.kind, paired_uids)
        if merged_away:
            self._merged_away(merged_away)

    def _as_read(self, card_uid: str, theirs: Fields, known: Fields | None) -> Fields:
        """The server's item as the journal reads it: what it leaves unsaid (a phone's
        card names no language or Sie/du) is no change made there, so it reads as what
        is ``known`` here — the last agreed base, else the journal's own item (a pair,
        a first sync cut off) — or, for an item new here, the journal's defaults
        (adapters with ``as_read``; see ``ContactAdapter.as_read``)."""
        as_read = getattr(self.a, "as_read", None)
        return theirs if as_read is None else as_read(card_uid, theirs, known)

    def _merged_away(
        self, items: list[tuple[state.SyncItem, str, str | None, str, Fields]]
    ) -> None:
        """Server changes to items merged here into others: each is merged into the one
        kept against the merged-away item's base (what the phone changed travels, a
        field both changed is a conflict), then its card is deleted. Repeated after a
        cut-off, the merge finds nothing left to do."""
        with self.j.write():
            for item, _href, _etag, into, theirs in items:
                kept = self.local[into]
                ours = self._fields(into, kept)[0]
                was = {k: v for k, v in item.base.items() if k != state.MERGED_INTO}
                merged = merge(was, ours, theirs)
                if merged.conflicts:
                    state.add_conflicts(self.j, self.a.kind, into, merged.conflicts)
                    self.report.conflicts += [(self.a.label(ours), c[0]) for c in merged.conflicts]
                if merged.fields != ours:
                    self.local[into] = self.a.update(kept, merged.fields)
                    self.report.updated_here.append(self.a.label(ours))
        for item, href, etag, _into, _theirs in items:
            try:
                self.client.delete(href, etag)
            except PreconditionFailed:
                continue  # changed again meanwhile: the next run brings that over too
            state.forget_sync_items(self.j, self.a.kind, [item.uid])
            self.items.pop(item.uid, None)
            self.report.deleted_there.append(self.a.label(item.base))

    def _remember(self, bases: list[tuple[str, str, str | None, Fields]]) -> None:
        """(uid, href, ETag, fields) of items both sides now agree on: the new bases."""
        if bases:
            state.save_sync_items(self.j, self.a.kind, self.collection, bases)
        for uid, href, etag, fields in bases:
            text = state.canonical(fields)
            self.items[uid] = state.SyncItem(uid, self.collection, href, etag, text, fields)

    def _server_removals(self, hrefs: list[str]) -> None:
        delete, forget = [], []
        for href in hrefs:
            item = self.by_href[href]
            if item.uid in self.done:
                continue
            mine = self.local.get(item.uid)
            forget.append(item.uid)
            self.done.add(item.uid)
            if mine is not None and self._fields(item.uid, mine)[1] == item.base_text:
                delete.append(item.uid)
            elif mine is not None:
                # Edited here since: kept, and it goes up again as new below.
                self.done.discard(item.uid)
        keeping = getattr(self.a, "kept_when_deleted_there", None)
        kept = keeping([self.local[uid] for uid in delete]) if keeping and delete else []
        kept_uids = [k.uid for k in kept]
        delete = [uid for uid in delete if uid not in kept_uids]
        self.report.deleted_here += [self.a.label(self.items[uid].base) for uid in delete]
        self.report.kept_here += [self.a.label(self.items[uid].base) for uid in kept_uids]
        if self.dry_run:
            return
        if kept:
            # Kept and forgotten together: cut off between the two, the next run
            # would take the archiving for an edit here and send the card up again.
            with self.j.write():
                self.local.update(self.a.keep(kept))  # type: ignore[attr-defined]
                state.forget_sync_items(self.j, self.a.kind, kept_uids)
            for uid in kept_uids:
                # As new now: up again below where the adapter includes it.
                self.items.pop(uid, None)
                self.done.discard(uid)
        if delete:
            # Its own transaction: deleting several contacts takes a backup first,
            # which must see the last committed state. Cut off before the bases
            # are forgotten, the next run finds these gone on both sides: no harm.
            self.a.delete([self.local[uid] for uid in delete])
        state.forget_sync_items(self.j, self.a.kind, forget)
        for uid in forget:
            self.items.pop(uid, None)
        for uid in delete:
            self.local.pop(uid, None)

    # -- journal → server --------------------------------------------------------------

    def _bulk_possible(self) -> bool:
        """The collection may take a collection upload: it is empty, or (a first sync
        cut off part-way) it holds nothing but this kind's items synced from here.
        ``_bulk_upload`` checks again, with the collection's ETag."""
        if not self.listing.complete:
            return False
        ours = {item.href for item in self.items.values()}
        return all(href in ours for href in self.listing.etags)

    def _bulk_again(
        self, members: dict[str, str | None]
    ) -> list[tuple[str, str, Fields, str]] | None:
        """The items already in the collection as parts of its upload — (UID, href,
        base, text) — or None if the collection holds anything else.

        A first sync cut off part-way (quit, killed, the network gone) left part of
        the items there; one by one, the rest would cost Radicale O(N²) again (its
        UID check reads every item for each new one). A collection upload replaces
        the collection's members, so it is made only when each one there is this
        kind's item as last synced from here (its ETag the base's), at the name the
        upload gives it (``<uid><suffix>``), sent back with the server's own text
        (a card with its UID spelled as the upload's new ones, ``ContactAdapter.
        bulk_again``); a phone's item, another kind's (tasks, events and notes share
        a calendar) or one changed there meanwhile keeps the one-by-one way."""
        again = getattr(self.a, "bulk_again", None)
        if again is None:
            return None
        by_href = {item.href: item for item in self.items.values()}
        known = []
        for href, etag in members.items():
            item = by_href.get(href)
            if (
                item is None
                or etag is None
                or item.etag != etag
                or item_name(item.uid) != item.uid
                or href != f"{self.collection}{item.uid}{self.a.suffix}"
            ):
                return None
            known.append(item)
        texts: dict[str, str] = {}
        hrefs = [item.href for item in known]
        for start in range(0, len(hrefs), BATCH):
            for href, (etag_now, text) in self._multiget(hrefs[start : start + BATCH]).items():
                part = again(text, by_href[href].uid)
                if part is None or etag_now != members[href]:
                    return None
                texts[href] = part
        if len(texts) != len(known):
            return None
        return [(item.uid, item.href, item.base, texts[item.href]) for item in known]

    def _bulk_upload(
        self, pending: list[tuple[str, str, str | None, Fields]]
    ) -> list[tuple[str, str, str | None, Fields]]:
        """A first sync into an empty collection, in one request where the server
        takes a collection upload (Radicale; see ``DavClient.put_collection``) — and
        one cut off part-way, with what it left there (``_bulk_again``).

        Why: Radicale checks each new item's UID against every item already in
        the collection, so N single uploads cost it O(N²) — about 20 minutes for
        5,000 cards — while one collection upload is O(N). Safe because it is only
        tried on a collection that holds nothing but what this journal put there,
        with ``If-Match`` on the collection's ETag taken with its members: a card a
        phone adds meanwhile makes it fail (412), and nothing is replaced.

        A server that refuses the upload for its size (413: Radicale's
        ``max_content_length``, a proxy's body limit) gets it in parts: the new items
        are halved until an upload is taken, and the next part goes with that many.
        A collection upload *replaces* the collection, so each part carries
        everything uploaded before it too (as sent), and the parts grow until the
        server's limit: a part refused again is halved again, and below ``BULK_MIN``
        new items the rest goes up one by one. Any other refusal falls back to single
        uploads. Returns the items still to upload."""
        new = [p for p in pending if p[2] is None]
        if len(new) < BULK_MIN:
            return pending
        etag, name, members = self.client.collection_members(self.collection)
        if etag is None:
            return pending
        again = self._bulk_again(members) if members else []
        if again is None:
            return pending
        there = [(uid, href, fields, text) for uid, href, fields, text in again]
        bulk_text = self.a.bulk_text  # type: ignore[attr-defined]
        texts = {uid: bulk_text(uid, fields) for uid, _h, _e, fields in new}
        new = [p for p in new if texts[p[0]] is not None]
        if len(new) < BULK_MIN:
            return pending
        done: set[str] = set()
        part = len(new)
        phase = "upload"  # all in one request; "parts" once the server refused that
        self.progress(phase, 0, len(new))
        while new and part >= BULK_MIN and etag is not None:
            sending = new[:part]
            parts = [text for *_x, text in there] + [texts[p[0]] or "" for p in sending]
            body = getattr(self.a, "bulk_body", "".join)(parts)
            try:
                taken = self.client.put_collection(self.collection, body, etag, self.a.content_type)
            except PreconditionFailed:  # changed meanwhile (a phone's card): one by one
                break
            except Rejected:  # too large: half as many new items
                part //= 2
                phase = "parts"
                self.progress(phase, len(done), len(done) + len(new))
                continue
            if not taken:
                break
            placed, etag = self._uploaded(sending, there, name)
            done |= {uid for uid, *_rest in placed}
            there += [(uid, href, fields, texts[uid] or "") for uid, href, fields in placed]
            new = new[part:]
            self.progress(phase, len(done), len(done) + len(new))
        return [p for p in pending if p[0] not in done]

    def _uploaded(
        self,
        sent: list[tuple[str, str, str | None, Fields]],
        there: list[tuple[str, str, Fields, str]],
        name: str | None,
    ) -> tuple[list[tuple[str, str, Fields]], str | None]:
        """After a collection upload the server took: the new bases of what it now
        holds — (UID, href, fields) of the items ``sent`` — and the collection's ETag
        for a next part (None when the collection holds anything but this upload, or
        an item under another name: then no further part replaces it)."""
        # Radicale replaces the collection's properties with the upload's: keep the name.
        etag_after, name_after, _n = self.client.collection_state(self.collection, members=False)
        if name and name_after != name:
            self.client.set_displayname(self.collection, name)
            etag_after, _name, _n = self.client.collection_state(self.collection, members=False)
        fresh = self.client.sync_collection(self.collection, None)
        # Radicale names each item after the UID inside: ``bulk_text`` spells it so
        # that the name is the one a single upload would have used.
        wanted = {href: (uid, fields) for uid, href, _e, fields in sent}
        # The items that were there: the same place and fields, perhaps a new ETag.
        kept = {href: (uid, fields) for uid, href, fields, _text in there}
        bases = []
        others = []
        for href, etag_now in fresh.etags.items():
            if href in wanted:
                uid, fields = wanted.pop(href)
                bases.append((uid, href, etag_now, fields))
            elif href in kept:
                uid, fields = kept.pop(href)
                self._remember([(uid, href, etag_now, fields)])
            else:
                others.append(href)
        if others and (wanted or kept):
            # Placed under another name than ``<uid><suffix>`` (a UID unsafe as a file
            # name): found by the UID inside.
            by_uid = {uid: (fields, True) for uid, fields in wanted.values()}
            by_uid.update({uid: (fields, False) for uid, fields in kept.values()})
            for start in range(0, len(others), BATCH):
                got = self._multiget(others[start : start + BATCH])
                for href, (etag_now, item_text) in got.items():
                    parsed = self.a.parse(item_text, href)
                    if parsed and parsed[0] in by_uid:
                        fields, is_new = by_uid.pop(parsed[0])
                        base = (parsed[0], href, etag_now, fields)
                        if is_new:
                            bases.append(base)
                        else:
                            self._remember([base])
                        others.remove(href)
        self._remember(bases)
        self.report.created_there += [self.a.label(fields) for *_x, fields in bases]
        if not others:
            # Nothing but our upload is there: the next run starts from this token.
            self.listing.token = fresh.token
        else:
            self.created = True
        placed = [(uid, href, fields) for uid, href, _e, fields in bases]
        return placed, (None if others else etag_after)

    def _local_changes(self) -> None:
        """Send new, edited and deleted items up."""
        pending: list[tuple[str, str, str | None, Fields]] = []
        gone: list[state.SyncItem] = []
        for uid, mine in self.local.items():
            if uid in self.done:
                continue
            item = self.items.get(uid)
            if not self._included(uid, mine):
                if item is not None:
                    gone.append(item)
                continue
            fields, text = self._fields(uid, mine)
            if item is None:
                href = f"{self.collection}{item_name(uid)}{self.a.suffix}"
                pending.append((uid, href, None, fields))
            elif text != item.base_text and not self._only_newer_fields(fields, item):
                pending.append((uid, item.href, item.etag, fields))
        gone += [
            i for uid, i in self.items.items() if uid not in self.local and uid not in self.done
        ]
        if self.dry_run:
            for _uid, _href, etag, fields in pending:
                target = self.report.updated_there if etag else self.report.created_there
                target.append(self.a.label(fields))
            self.report.deleted_there += [self.a.label(i.base) for i in gone]
            return
        if getattr(self.a, "bulk", False) and self._bulk_possible():
            pending = self._bulk_upload(pending)
        if pending:
            self.progress("send", 0, len(pending))
        for start in range(0, len(pending), BATCH):
            bases, retry = [], []
            batch = pending[start : start + BATCH]
            # The server's current versions of edited items: their lines the journal
            # does not hold (a photo, a street, the UID's spelling) are written back.
            current = self._multiget([href for _u, href, etag, _f in batch if etag])
            try:
                for uid, href, etag, fields in batch:
                    server_text = None
                    if etag:
                        server_etag, server_text = current.get(href, (None, None))
                        if server_text is None or server_etag != etag:
                            retry.append(href)  # changed or gone on the server meanwhile
                            continue
                    try:
                        new_etag = self.client.put(
                            href, self.a.text(uid, fields, server_text), etag, self.a.content_type
                        )
                    except PreconditionFailed:
                        retry.append(href)
                        continue
                    except Rejected as exc:
                        self.report.rejected.append((self.a.label(fields), str(exc)))
                        continue
                    self.created = self.created or etag is None
                    bases.append((uid, href, new_etag, fields))
                    target = self.report.updated_there if etag else self.report.created_there
                    target.append(self.a.label(fields))
                    # Per item: the reporter decides how often to say it (one by one, a
                    # first sync of thousands takes minutes).
                    self.progress("send", start + len(bases), len(pending))
            except (Cancelled, SyncError):
                # Asked to stop (between two items, or in a request the server held
                # open), or the server failed (a 5xx) or went away: what went up is
                # kept as synced first; the next run sends none of it again (one cut
                # off in its request is found by its UID), and the window says what is
                # left (``run.left_to_send``).
                if bases:
                    state.save_sync_items(self.j, self.a.kind, self.collection, bases)
                raise
            if bases:
                state.save_sync_items(self.j, self.a.kind, self.collection, bases)
            if retry:
                # Changed on the server meanwhile (or already there): merge it now.
                self._server_changes(self._multiget(retry))
            self.progress("send", min(start + BATCH, len(pending)), len(pending))
        forget = []
        for item in gone:
            try:
                self.client.delete(item.href, item.etag)
            except PreconditionFailed:
                # Edited on the server after we last saw it: the edit wins.
                self._server_changes(self._multiget([item.href]))
                continue
            forget.append(item.uid)
            self.report.deleted_there.append(self.a.label(item.base))
        if forget:
            state.forget_sync_items(self.j, self.a.kind, forget)
