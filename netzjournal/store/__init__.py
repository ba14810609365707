"""The journal store: peewee models, migrations, queries, search, backups.

No Qt here (a test enforces it). Widgets never run SQL; they call the named
functions re-exported below, which take parameters and return dataclasses.

The names are loaded lazily (PEP 562): the desktop app's first paint only
pays for the modules it touches (peewee itself still loads with the journal).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_LAZY: dict[str, str] = {
    "BackupInfo": "backups",
    "Birthday": "records",
    "ChangeSet": "changes",
    "Channel": "records",
    "CoachDetails": "coach_data",
    "CoachSummary": "coach_data",
    "ContactRecord": "records",
    "ContactRow": "listings",
    "DiskFull": "journal",
    "ErasurePlan": "erasure",
    "ErasureReport": "erasure",
    "EventRecord": "records",
    "FollowUpRecord": "records",
    "GiveTakeItem": "listings",
    "GiveTakeLine": "records",
    "HistoryItem": "listings",
    "InteractionRecord": "records",
    "Journal": "journal",
    "JournalDamaged": "errors",
    "JournalLocked": "errors",
    "JournalTooNew": "errors",
    "NotFound": "errors",
    "NoteFilter": "listings",
    "OpenerTemplateRecord": "records",
    "Outcome": "records",
    "ReadOnlyJournal": "journal",
    "ReviewEvent": "review_data",
    "ReviewFollowUp": "review_data",
    "ReviewGiveTake": "review_data",
    "ReviewNote": "review_data",
    "ReviewPerson": "review_data",
    "ReviewRows": "review_data",
    "SearchHit": "fulltext",
    "Snapshot": "snapshots",
    "StaleWrite": "stale",
    "StoreError": "errors",
    "TagRecord": "records",
    "TimelineCursor": "listings",
    "TimelineEntry": "listings",
    "UpcomingEvent": "coach_data",
    "ValidationError": "errors",
    "add_follow_up": "interactions",
    "delete_files": "erasure",
    "erase_person": "erasure",
    "plan_erasure": "erasure",
    "coach_details": "coach_data",
    "coach_summaries": "coach_data",
    "contact_count": "contacts",
    "contact_history": "listings",
    "contact_ids_with_tag": "listings",
    "contact_names": "listings",
    "contact_rows": "listings",
    "create_backup": "backups",
    "create_contact": "contacts",
    "create_event": "catalog",
    "create_interaction": "interactions",
    "delete_contacts": "contacts",
    "delete_event": "catalog",
    "delete_follow_up": "interactions",
    "delete_interactions": "interactions",
    "delete_opener": "catalog",
    "delete_tags": "catalog",
    "ensure_daily": "backups",
    "event_page": "listings",
    "events_between": "catalog",
    "follow_ups": "interactions",
    "follow_ups_of_note": "interactions",
    "get_contact": "contacts",
    "get_event": "catalog",
    "get_interaction": "interactions",
    "get_setting": "catalog",
    "give_and_take": "listings",
    "interaction_count": "interactions",
    "interaction_page": "listings",
    "journal_counts": "listings",
    "interactions_of": "interactions",
    "last_contacts": "listings",
    "latest_schema": "journal",
    "list_backups": "backups",
    "list_events": "catalog",
    "list_openers": "catalog",
    "list_tags": "catalog",
    "merge_contacts": "contacts",
    "quick_check": "journal",
    "read_contact_rows_json": "listings",
    "read_last_contacts_json": "listings",
    "last_contacts_from_json": "listings",
    "start_first_screen": "listings",
    "first_screen_rows": "listings",
    "contact_rows_from_json": "listings",
    "restore_backup": "backups",
    "restore_snapshot": "snapshots",
    "review_rows": "review_data",
    "rotate": "backups",
    "save_opener": "catalog",
    "set_archived": "contacts",
    "set_follow_up_done": "interactions",
    "set_never": "coach_data",
    "set_setting": "catalog",
    "snapshot_contacts": "snapshots",
    "snapshot_interactions": "snapshots",
    "snooze": "coach_data",
    "tag_names": "listings",
    "timeline_page": "listings",
    "upcoming_events": "coach_data",
    "update_contact": "contacts",
    "update_follow_up": "interactions",
    "update_interaction": "interactions",
    "years_with_entries": "listings",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        if name in _SUBMODULES:
            return importlib.import_module(f"netzjournal.store.{name}")
        raise AttributeError(f"module 'netzjournal.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"netzjournal.store.{module}"), name)
    globals()[name] = value  # next time without __getattr__
    return value


_SUBMODULES = {
    "backups", "bulk", "catalog", "changes", "codes", "coach_data", "contacts", "folding",
    "fulltext", "interactions", "journal", "listings", "models", "records", "review_data",
    "snapshots",
}  # fmt: skip

if TYPE_CHECKING:  # for type checkers and editors: the real imports
    from netzjournal.store.backups import (
        BackupInfo,
        create_backup,
        ensure_daily,
        list_backups,
        restore_backup,
        rotate,
    )
    from netzjournal.store.catalog import (
        create_event,
        delete_event,
        delete_opener,
        delete_tags,
        events_between,
        get_event,
        get_setting,
        list_events,
        list_openers,
        list_tags,
        save_opener,
        set_setting,
    )
    from netzjournal.store.changes import ChangeSet
    from netzjournal.store.coach_data import (
        CoachDetails,
        CoachSummary,
        UpcomingEvent,
        coach_details,
        coach_summaries,
        set_never,
        snooze,
        upcoming_events,
    )
    from netzjournal.store.contacts import (
        contact_count,
        create_contact,
        delete_contacts,
        get_contact,
        merge_contacts,
        set_archived,
        update_contact,
    )
    from netzjournal.store.erasure import (
        ErasurePlan,
        ErasureReport,
        delete_files,
        erase_person,
        plan_erasure,
    )
    from netzjournal.store.errors import (
        JournalDamaged,
        JournalLocked,
        JournalTooNew,
        NotFound,
        StoreError,
        ValidationError,
    )
    from netzjournal.store.fulltext import (
        SearchHit,
    )
    from netzjournal.store.interactions import (
        add_follow_up,
        create_interaction,
        delete_follow_up,
        delete_interactions,
        follow_ups,
        follow_ups_of_note,
        get_interaction,
        interaction_count,
        interactions_of,
        set_follow_up_done,
        update_follow_up,
        update_interaction,
    )
    from netzjournal.store.journal import (
        DiskFull,
        Journal,
        ReadOnlyJournal,
        latest_schema,
        quick_check,
    )
    from netzjournal.store.listings import (
        ContactRow,
        GiveTakeItem,
        HistoryItem,
        NoteFilter,
        TimelineCursor,
        TimelineEntry,
        contact_history,
        contact_ids_with_tag,
        contact_names,
        contact_rows,
        contact_rows_from_json,
        event_page,
        first_screen_rows,
        give_and_take,
        interaction_page,
        journal_counts,
        last_contacts,
        last_contacts_from_json,
        read_contact_rows_json,
        read_last_contacts_json,
        start_first_screen,
        tag_names,
        timeline_page,
        years_with_entries,
    )
    from netzjournal.store.records import (
        Birthday,
        Channel,
        ContactRecord,
        EventRecord,
        FollowUpRecord,
        GiveTakeLine,
        InteractionRecord,
        OpenerTemplateRecord,
        Outcome,
        TagRecord,
    )
    from netzjournal.store.review_data import (
        ReviewEvent,
        ReviewFollowUp,
        ReviewGiveTake,
        ReviewNote,
        ReviewPerson,
        ReviewRows,
        review_rows,
    )
    from netzjournal.store.snapshots import (
        Snapshot,
        restore_snapshot,
        snapshot_contacts,
        snapshot_interactions,
    )
    from netzjournal.store.stale import StaleWrite

__all__ = [
    "BackupInfo",
    "Birthday",
    "ChangeSet",
    "Channel",
    "CoachDetails",
    "CoachSummary",
    "ContactRecord",
    "ContactRow",
    "DiskFull",
    "ErasurePlan",
    "ErasureReport",
    "EventRecord",
    "FollowUpRecord",
    "GiveTakeItem",
    "GiveTakeLine",
    "HistoryItem",
    "InteractionRecord",
    "Journal",
    "JournalDamaged",
    "JournalLocked",
    "JournalTooNew",
    "NotFound",
    "NoteFilter",
    "OpenerTemplateRecord",
    "Outcome",
    "ReadOnlyJournal",
    "ReviewEvent",
    "ReviewFollowUp",
    "ReviewGiveTake",
    "ReviewNote",
    "ReviewPerson",
    "ReviewRows",
    "SearchHit",
    "Snapshot",
    "StaleWrite",
    "StoreError",
    "TagRecord",
    "TimelineCursor",
    "TimelineEntry",
    "UpcomingEvent",
    "ValidationError",
    "add_follow_up",
    "coach_details",
    "coach_summaries",
    "contact_count",
    "contact_history",
    "contact_ids_with_tag",
    "contact_names",
    "contact_rows",
    "contact_rows_from_json",
    "create_backup",
    "create_contact",
    "create_event",
    "create_interaction",
    "delete_contacts",
    "delete_event",
    "delete_files",
    "delete_follow_up",
    "delete_interactions",
    "delete_opener",
    "delete_tags",
    "ensure_daily",
    "erase_person",
    "event_page",
    "events_between",
    "first_screen_rows",
    "follow_ups",
    "follow_ups_of_note",
    "get_contact",
    "get_event",
    "get_interaction",
    "get_setting",
    "give_and_take",
    "interaction_count",
    "interaction_page",
    "interactions_of",
    "journal_counts",
    "last_contacts",
    "last_contacts_from_json",
    "latest_schema",
    "list_backups",
    "list_events",
    "list_openers",
    "list_tags",
    "matching_contact_ids",
    "merge_contacts",
    "plan_erasure",
    "quick_check",
    "read_contact_rows_json",
    "read_last_contacts_json",
    "restore_backup",
    "restore_snapshot",
    "review_rows",
    "rotate",
    "save_opener",
    "search",
    "set_archived",
    "set_follow_up_done",
    "set_never",
    "set_setting",
    "snapshot_contacts",
    "snapshot_interactions",
    "snooze",
    "start_first_screen",
    "tag_names",
    "timeline_page",
    "upcoming_events",
    "update_contact",
    "update_follow_up",
    "update_interaction",
    "years_with_entries",
]


def matching_contact_ids(j: Journal, text: str) -> set[int] | None:
    """Contact ids for filter-as-you-type (see :mod:`netzjournal.store.fulltext`)."""
    from netzjournal.store.folding import match_expression

    if match_expression(text) is None:  # no word to look for: no filter (and no peewee)
        return None
    return _fulltext().matching_contact_ids(j.db, text)


def search(j: Journal, text: str, limit: int = 50, kind: str | None = None) -> list[SearchHit]:
    """Ranked full-text matches for ``text`` (see :mod:`netzjournal.store.fulltext`)."""
    return _fulltext().search(j.db, text, limit, kind)


def _fulltext() -> Any:
    return importlib.import_module("netzjournal.store.fulltext")
