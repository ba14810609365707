"""One whole sync: connect, find or make the collections, sync each kind.

Used by ``netzjournal sync`` and by the window's background worker alike.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from netzjournal.progress import Progress
from netzjournal.store import sync_state
from netzjournal.store.journal import Journal
from netzjournal.sync import settings as sync_settings
from netzjournal.sync.calendars import ensure_calendar
from netzjournal.sync.contacts import Report, sync_contacts
from netzjournal.sync.dav import DavClient, Listing, SyncError, waiting
from netzjournal.sync.engine import Listings, token_key
from netzjournal.sync.events import sync_events
from netzjournal.sync.notes import sync_notes
from netzjournal.sync.summary import KINDS  # (in the order a run syncs them)
from netzjournal.sync.tasks import sync_tasks


@dataclass
class Outcome:
    contacts: Report = field(default_factory=Report)
    tasks: Report | None = None
    events: Report | None = None
    notes: Report | None = None
    inbox: int = 0  # journal entries waiting for the user to say who they are about


def sync_all(
    j: Journal,
    settings: sync_settings.SyncSettings,
    password: str,
    *,
    dry_run: bool = False,
    today: Callable[[], dt.date] = dt.date.today,
    language: str | Callable[[], str] | None = None,
    progress: Progress | None = None,
) -> Outcome:
    """Raises ``dav.SyncError`` (with a code the interface words) when it cannot go on."""
    client = DavClient(settings.url, settings.user, password, verify=settings.verify)
    early = _CalendarListing(j, settings, password)
    outcome = Outcome()
    kind = "contacts"  # the kind syncing now (an error stops the run in it)
    try:
        if not settings.addressbook:
            found = client.ensure_addressbook(settings.addressbook_name, create=not dry_run)
            if found is None:  # a dry run against a server without one yet
                outcome.contacts = Report(dry_run=True)
                outcome.contacts.created_there = [
                    c.name or c.organisation
                    for c in sync_state.all_contacts(j)
                    if settings.include_archived or not c.archived
                ]
                return outcome
            settings.addressbook = found
            if not dry_run:
                sync_settings.save(j, settings)
        outcome.contacts = sync_contacts(
            j, client, settings.addressbook, include_archived=settings.include_archived,
            dry_run=dry_run, today=today, language=language,
            progress=staged(progress, "contacts"),
        )  # fmt: skip
        # Tasks after contacts, so a task names a contact the journal already has.
        if not settings.calendar:
            found = ensure_calendar(
                settings.url, settings.user, password, verify=settings.verify,
                name=settings.calendar_name, create=not dry_run,
            )  # fmt: skip
            if found is None:
                return outcome
            settings.calendar = found
            if not dry_run:
                sync_settings.save(j, settings)
        # One calendar holds all three: while none of them writes, one listing serves all.
        listings: Listings = {}
        early.into(listings, client)
        calendar = staged(progress, "calendar")
        where = settings.calendar
        kind = "tasks"
        outcome.tasks = sync_tasks(
            j, client, where, dry_run=dry_run, listings=listings, progress=calendar
        )
        kind = "events"
        outcome.events = sync_events(
            j, client, where, dry_run=dry_run, listings=listings, progress=calendar
        )
        kind = "notes"
        outcome.notes = sync_notes(
            j, client, where, dry_run=dry_run, listings=listings, progress=calendar
        )
        outcome.inbox = len(sync_state.inbox_entries(j))
        return outcome
    except SyncError as exc:
        # What was done until the server stopped the run, for the window to say, and
        # what the next sync sends: of the kind it stopped in and of every kind after
        # it (the calendar after the contacts), so the user knows what is still to come.
        if isinstance(exc.report, Report):
            setattr(outcome, kind, exc.report)
        exc.outcome = outcome
        if not dry_run and exc.code in STOPPED_THERE:
            exc.left_by_kind = left_to_send(j, KINDS[KINDS.index(kind) :], settings, today)
            exc.left = sum(exc.left_by_kind.values())
        raise
    finally:
        early.close()
        client.close()


# The server stopped the run part-way (an error, full, gone): the next sync goes on.
STOPPED_THERE = frozenset({"server", "quota", "unreachable"})


def left_to_send(
    j: Journal,
    kinds: tuple[str, ...],
    settings: sync_settings.SyncSettings,
    today: Callable[[], dt.date] = dt.date.today,
) -> dict[str, int]:
    """Of each of ``kinds``, how many items the next sync sends from here (those with
    none left out), counted without the server (``engine.still_to_send``)."""
    from netzjournal.sync.contacts import ContactAdapter
    from netzjournal.sync.engine import Adapter, still_to_send
    from netzjournal.sync.events import EventAdapter
    from netzjournal.sync.notes import NoteAdapter
    from netzjournal.sync.tasks import TaskAdapter

    adapters: dict[str, Callable[[], Adapter]] = {
        "contacts": lambda: ContactAdapter(j, settings.include_archived, today, None),
        "tasks": lambda: TaskAdapter(j, None),
        "events": lambda: EventAdapter(j),
        "notes": lambda: NoteAdapter(j),
    }
    counted = {kind: still_to_send(j, adapters[kind]()) for kind in kinds}
    return {kind: n for kind, n in counted.items() if n}


def staged(progress: Progress | None, stage: str) -> Progress | None:
    """The engine's progress ("receive", "send", "upload") named by its stage:
    "contacts.send", "calendar.receive" — what the status bar and the terminal say."""
    if progress is None:
        return None
    reported = progress

    def report(phase: str, done: int, total: int) -> None:
        reported(f"{stage}.{phase}", done, total)

    return report


class _CalendarListing:
    """The calendar's listing, asked for at the start, while the contacts sync.

    A server answers even "nothing changed" only after reading every item of
    the collection (Radicale: ~0.3 s for an L journal's calendar); asked for
    only once the contacts are done, that time adds to the contacts' own.
    Asked early on a connection of its own, the two overlap. The listing is
    the calendar as it was before this run wrote anything to it — what the
    tasks' engine would be answered, but for changes made meanwhile by others,
    which the next sync lists. If anything fails here, the engine lists as
    before (and meets the error itself).
    """

    def __init__(self, j: Journal, settings: sync_settings.SyncSettings, password: str) -> None:
        self._client: DavClient | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._asked: Future[Listing] | None = None
        if not settings.calendar:
            return
        client = DavClient(settings.url, settings.user, password, verify=settings.verify)
        self.collection = client.path(settings.calendar).rstrip("/") + "/"
        self.token = sync_state.sync_token(j, token_key(self.collection, "follow_up"))
        self._client = client
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="netzjournal-calendar-listing")
        self._asked = self._pool.submit(client.sync_collection, self.collection, self.token)

    def into(self, listings: Listings, client: DavClient) -> None:
        """Offer the listing to the calendar's engines (they use it for their token
        while ``client`` writes nothing to the calendar)."""
        if self._asked is None:
            return
        with waiting():  # a stop ends the wait (Cancelled is no error of the listing's)
            try:
                listing = self._asked.result()
            except Exception:  # (the engine asks again and words the error)
                return
        listings[(self.collection, self.token)] = (client.writes, listing)

    def close(self) -> None:
        if self._pool is not None:
            # Not waited for: stopped (quitting) while it waits for the server, the
            # sync must not wait with it (``command._leave_waiting_listings``).
            self._pool.shutdown(wait=False)
        if self._client is not None:
            self._client.close()


def server_collections(
    settings: sync_settings.SyncSettings, password: str
) -> tuple[list[str], list[str]]:
    """The names of the address books and of the calendars on the server, for the
    user to choose from. Raises ``dav.SyncError``."""
    client = DavClient(settings.url, settings.user, password, verify=settings.verify)
    with contextlib.closing(client):
        return client.collection_names("card"), client.collection_names("cal")
