"""Contacts ↔ the "netzjournal" address book: one sync run.

1. List what changed on the server: RFC 6578 ``sync-collection`` from the
   stored token; a token the server no longer knows, or a server without
   tokens, falls back to the full member list and its ETags.
2. Fetch changed cards (multiget, in batches) and merge each with the
   journal's contact against the last-synced base (``merge.py``). Per batch:
   conflicts are committed first, then merged cards go to the server
   (``If-Match``), then the journal's changes and the new bases commit in one
   transaction. A run cut off anywhere repeats harmlessly: a card already
   on the server is recognised by its UID (and ``If-None-Match`` never
   creates a second one at the same place).
3. Cards gone from the server: an untouched contact is deleted here too; one
   edited in the journal since is kept and goes back up (edit beats delete).
4. The journal's own changes go up: new contacts at ``<uid>.vcf``, edited
   ones with ``If-Match``, deleted ones deleted — unless the card was edited
   on the server meanwhile (412), then that card comes back (edit beats delete).
5. The sync token is stored last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from netzjournal.store import ContactRecord, Journal
from netzjournal.store import sync_state as state
from netzjournal.store.bulk import bulk_load
from netzjournal.store.contacts import delete_contacts, update_contact
from netzjournal.sync.dav import (
    DavClient,
    InvalidSyncToken,
    Listing,
    PreconditionFailed,
    Rejected,
    SyncError,
)
from netzjournal.sync.fields import apply_fields, card_text, parse_card, to_fields
from netzjournal.sync.merge import merge

KIND = "contact"
BATCH = 100


@dataclass
class Report:
    """What a run changed (or, in a dry run, would change), by the people's names."""

    dry_run: bool = False
    created_here: list[str] = field(default_factory=list)
    updated_here: list[str] = field(default_factory=list)
    deleted_here: list[str] = field(default_factory=list)
    created_there: list[str] = field(default_factory=list)
    updated_there: list[str] = field(default_factory=list)
    deleted_there: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # name, field
    rejected: list[tuple[str, str]] = field(default_factory=list)  # name, reason
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


def _label(rec: ContactRecord) -> str:
    return rec.name or rec.organisation or rec.uid


class ContactSync:
    def __init__(
        self,
        journal: Journal,
        client: DavClient,
        collection: str,
        *,
        include_archived: bool = True,
        dry_run: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.j = journal
        self.client = client
        self.collection = client.path(collection)
        if not self.collection.endswith("/"):
            self.collection += "/"
        self.include_archived = include_archived
        self.dry_run = dry_run
        self.today = today
        self.report = Report(dry_run=dry_run)

    # -- the run ------------------------------------------------------------------

    def run(self) -> Report:
        token = state.sync_token(self.j, self.collection)
        listing = self._listing(token)
        self.items = state.sync_items(self.j, KIND)
        self.by_href = {item.href: item for item in self.items.values()}
        self.local = {c.uid: c for c in state.all_contacts(self.j) if c.uid}
        self.done: set[str] = set()  # UIDs settled in this run

        changed = [
            href
            for href, etag in listing.etags.items()
            if href not in self.by_href or etag is None or self.by_href[href].etag != etag
        ]
        removed = [h for h in listing.removed if h in self.by_href]
        if listing.complete:
            removed += [h for h in self.by_href if h not in listing.etags]
        for start in range(0, len(changed), BATCH):
            fetched = self.client.multiget(self.collection, changed[start : start + BATCH])
            self._server_changes(fetched)
        self._server_removals(removed)
        wrote = self._local_changes()
        if not self.dry_run:
            self._store_token(listing, wrote)
        return self.report

    def _listing(self, token: str | None) -> Listing:
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

    def _store_token(self, listing: Listing, wrote: bool) -> None:
        token = listing.token
        if wrote and token:
            # Our own writes moved the token on; take the newer one if nothing
            # but our writes happened since (else the next run must see them).
            try:
                after = self.client.sync_collection(self.collection, token)
            except (InvalidSyncToken, SyncError):
                after = None
            if after is not None:
                items = state.sync_items(self.j, KIND)
                known = {i.href: i.etag for i in items.values()}
                ours = all(
                    href in known and etag is not None and known[href] == etag
                    for href, etag in after.etags.items()
                ) and all(href not in known for href in after.removed)
                if ours:
                    token = after.token
        state.set_sync_token(self.j, self.collection, KIND, token)

    # -- server → journal ------------------------------------------------------------

    def _server_changes(self, fetched: dict[str, tuple[str | None, str]]) -> None:
        """Merge one batch of changed cards; see the module's docstring for the order."""
        creates: list[ContactRecord] = []
        updates: list[ContactRecord] = []
        puts: list[tuple[ContactRecord, str, str | None, str, dict[str, object]]] = []
        bases: list[tuple[str, str, str | None, dict[str, object]]] = []
        conflicts: list[tuple[str, str, list[tuple[str, object, object]]]] = []
        for href, (etag, text) in fetched.items():
            parsed = parse_card(text)
            if parsed is None:
                continue
            uid, theirs_rec = parsed
            if not uid:
                uid = href.rstrip("/").rsplit("/", 1)[-1].removesuffix(".vcf")
            if uid in self.done:
                continue
            self.done.add(uid)
            theirs = to_fields(theirs_rec)
            item = self.items.get(uid) or self.by_href.get(href)
            mine = self.local.get(uid)
            if mine is None:
                # New on the server, or deleted here but edited there: the edit wins.
                theirs_rec.uid = uid
                creates.append(theirs_rec)
                bases.append((uid, href, etag, theirs))
                self.report.created_here.append(_label(theirs_rec))
                continue
            ours = to_fields(mine)
            merged = merge(item.base if item else None, ours, theirs)
            if merged.conflicts:
                conflicts.append((uid, _label(mine), merged.conflicts))
            record = apply_fields(mine, merged.fields)
            if merged.fields != ours:
                updates.append(record)
                self.report.updated_here.append(_label(mine))
            if merged.fields != theirs:
                puts.append((record, href, etag, text, merged.fields))
            else:
                bases.append((uid, href, etag, merged.fields))
        for _uid, name, fields in conflicts:
            self.report.conflicts += [(name, f[0]) for f in fields]
        if self.dry_run:
            self.report.updated_there += [_label(r) for r, *_ in puts]
            return
        if conflicts:
            with self.j.write():
                for uid, _name, fields in conflicts:
                    state.add_conflicts(self.j, KIND, uid, fields)
        for record, href, etag, text, fields in puts:
            try:
                new_etag = self.client.put(href, card_text(record, text), etag)
            except PreconditionFailed:
                continue  # changed again meanwhile: the next run merges it
            except Rejected as exc:
                self.report.rejected.append((_label(record), str(exc)))
                continue
            bases.append((record.uid, href, new_etag, fields))
            self.report.updated_there.append(_label(record))
        with self.j.write():
            if creates:
                first = (
                    self.j.connection()
                    .execute("SELECT coalesce(max(id), 0) + 1 FROM contact")
                    .fetchone()[0]
                )
                for n, rec in enumerate(creates):
                    rec.id = first + n
                    rec.introduced_by = None
                bulk_load(self.j, creates, [], [])
                for rec in creates:
                    self.local[rec.uid] = rec
            for rec in updates:
                update_contact(self.j, rec, today=self.today())
                self.local[rec.uid] = rec
            if bases:
                state.save_sync_items(self.j, KIND, self.collection, bases)
        for uid, href, etag, fields in bases:
            self.items[uid] = state.SyncItem(uid, self.collection, href, etag, fields)

    def _server_removals(self, hrefs: list[str]) -> None:
        delete_ids, forget = [], []
        for href in hrefs:
            item = self.by_href[href]
            if item.uid in self.done:
                continue
            mine = self.local.get(item.uid)
            forget.append(item.uid)
            if mine is None:
                self.done.add(item.uid)
            elif to_fields(mine) == item.base:
                delete_ids.append(mine.id)
                self.done.add(item.uid)
                self.report.deleted_here.append(_label(mine))
            # else: edited here since — kept, and it goes up again as new below.
        if self.dry_run:
            return
        with self.j.write():
            if delete_ids:
                delete_contacts(self.j, delete_ids)
            state.forget_sync_items(self.j, KIND, forget)
        for uid in forget:
            self.items.pop(uid, None)
        for uid in list(self.local):
            if uid in self.done and self.local[uid].id in delete_ids:
                del self.local[uid]

    # -- journal → server --------------------------------------------------------------

    def _local_changes(self) -> bool:
        """Send new, edited and deleted contacts up; True if anything was written."""
        pending: list[tuple[ContactRecord, str, str | None, dict[str, object]]] = []
        gone: list[state.SyncItem] = []
        for uid, rec in self.local.items():
            if uid in self.done:
                continue
            item = self.items.get(uid)
            if rec.archived and not self.include_archived:
                if item is not None:
                    gone.append(item)
                continue
            fields = to_fields(rec)
            if item is None:
                pending.append((rec, f"{self.collection}{uid}.vcf", None, fields))
            elif fields != item.base:
                pending.append((rec, item.href, item.etag, fields))
        gone += [
            i for uid, i in self.items.items() if uid not in self.local and uid not in self.done
        ]
        if self.dry_run:
            for rec, _href, etag, _f in pending:
                (self.report.updated_there if etag else self.report.created_there).append(
                    _label(rec)
                )
            self.report.deleted_there += [i.uid for i in gone]
            return False
        wrote = False
        for start in range(0, len(pending), BATCH):
            bases, retry = [], []
            batch = pending[start : start + BATCH]
            # The server's current cards of edited contacts: their lines the journal
            # does not hold (photo, street, the UID's spelling) are written back.
            current = self.client.multiget(self.collection, [h for _r, h, e, _f in batch if e])
            for rec, href, etag, fields in batch:
                server_text = None
                if etag:
                    if href not in current:
                        retry.append(href)
                        continue
                    server_etag, server_text = current[href]
                    if server_etag != etag:
                        retry.append(href)
                        continue
                try:
                    new_etag = self.client.put(href, card_text(rec, server_text), etag)
                except PreconditionFailed:
                    retry.append(href)
                    continue
                except Rejected as exc:
                    self.report.rejected.append((_label(rec), str(exc)))
                    continue
                wrote = True
                bases.append((rec.uid, href, new_etag, fields))
                (self.report.updated_there if etag else self.report.created_there).append(
                    _label(rec)
                )
            if bases:
                state.save_sync_items(self.j, KIND, self.collection, bases)
            if retry:
                # Changed on the server meanwhile (or already there): merge it now.
                self._server_changes(self.client.multiget(self.collection, retry))
        forget = []
        for item in gone:
            try:
                self.client.delete(item.href, item.etag)
            except PreconditionFailed:
                # Edited on the server after we last saw it: the edit wins.
                self._server_changes(self.client.multiget(self.collection, [item.href]))
                continue
            wrote = True
            forget.append(item.uid)
            self.report.deleted_there.append(item.base.get("given_name", "") or item.uid)
        if forget:
            state.forget_sync_items(self.j, KIND, forget)
        return wrote


def sync_contacts(
    journal: Journal,
    client: DavClient,
    collection: str,
    **options: object,
) -> Report:
    """One sync of the journal's contacts with the address book at ``collection``."""
    return ContactSync(journal, client, collection, **options).run()  # type: ignore[arg-type]
