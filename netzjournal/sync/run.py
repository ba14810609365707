"""One whole sync: connect, find or make the collections, sync each kind.

Used by ``netzjournal sync`` and by the window's background worker alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from netzjournal.store import sync_state
from netzjournal.store.journal import Journal
from netzjournal.sync import settings as sync_settings
from netzjournal.sync.calendars import ensure_calendar
from netzjournal.sync.contacts import Report, sync_contacts
from netzjournal.sync.dav import DavClient
from netzjournal.sync.engine import Listings
from netzjournal.sync.events import sync_events
from netzjournal.sync.notes import sync_notes
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
) -> Outcome:
    """Raises ``dav.SyncError`` (with a code the interface words) when it cannot go on."""
    client = DavClient(settings.url, settings.user, password, verify=settings.verify_tls)
    try:
        outcome = Outcome()
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
            j,
            client,
            settings.addressbook,
            include_archived=settings.include_archived,
            dry_run=dry_run,
            today=today,
        )
        # Tasks after contacts, so a task names a contact the journal already has.
        if not settings.calendar:
            found = ensure_calendar(
                settings.url,
                settings.user,
                password,
                verify=settings.verify_tls,
                name=settings.calendar_name,
                create=not dry_run,
            )
            if found is None:
                return outcome
            settings.calendar = found
            if not dry_run:
                sync_settings.save(j, settings)
        # One calendar holds all three: while none of them writes, one listing serves all.
        listings: Listings = {}
        outcome.tasks = sync_tasks(j, client, settings.calendar, dry_run=dry_run, listings=listings)
        outcome.events = sync_events(
            j, client, settings.calendar, dry_run=dry_run, listings=listings
        )
        outcome.notes = sync_notes(j, client, settings.calendar, dry_run=dry_run, listings=listings)
        outcome.inbox = len(sync_state.inbox_entries(j))
        return outcome
    finally:
        client.close()


def server_collections(
    settings: sync_settings.SyncSettings, password: str
) -> tuple[list[str], list[str]]:
    """The names of the address books and of the calendars on the server, for the
    user to choose from. Raises ``dav.SyncError``."""
    client = DavClient(settings.url, settings.user, password, verify=settings.verify_tls)
    try:
        return client.collection_names("card"), client.collection_names("cal")
    finally:
        client.close()
