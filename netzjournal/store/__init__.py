"""The journal store: peewee models, migrations, queries, search, backups.

No Qt here (a test enforces it). Widgets never run SQL; they call the named
functions re-exported below, which take parameters and return dataclasses.
"""

from netzjournal.store import fulltext
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
from netzjournal.store.contacts import (
    contact_count,
    create_contact,
    delete_contacts,
    get_contact,
    merge_contacts,
    set_archived,
    update_contact,
)
from netzjournal.store.errors import (
    JournalDamaged,
    JournalLocked,
    JournalTooNew,
    NotFound,
    StoreError,
    ValidationError,
)
from netzjournal.store.fulltext import SearchHit
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
    event_page,
    give_and_take,
    interaction_page,
    timeline_page,
    years_with_entries,
)
from netzjournal.store.records import (
    Birthday,
    ChangeSet,
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
from netzjournal.store.snapshots import (
    Snapshot,
    restore_snapshot,
    snapshot_contacts,
    snapshot_interactions,
)

__all__ = [
    "BackupInfo",
    "Birthday",
    "ChangeSet",
    "Channel",
    "ContactRecord",
    "ContactRow",
    "DiskFull",
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
    "SearchHit",
    "Snapshot",
    "StoreError",
    "TagRecord",
    "TimelineCursor",
    "TimelineEntry",
    "ValidationError",
    "add_follow_up",
    "contact_count",
    "contact_history",
    "contact_ids_with_tag",
    "contact_names",
    "contact_rows",
    "create_backup",
    "create_contact",
    "create_event",
    "create_interaction",
    "delete_contacts",
    "delete_event",
    "delete_follow_up",
    "delete_interactions",
    "delete_opener",
    "delete_tags",
    "ensure_daily",
    "event_page",
    "events_between",
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
    "latest_schema",
    "list_backups",
    "list_events",
    "list_openers",
    "list_tags",
    "matching_contact_ids",
    "merge_contacts",
    "quick_check",
    "restore_backup",
    "restore_snapshot",
    "rotate",
    "save_opener",
    "search",
    "set_archived",
    "set_follow_up_done",
    "set_setting",
    "snapshot_contacts",
    "snapshot_interactions",
    "timeline_page",
    "update_contact",
    "update_follow_up",
    "update_interaction",
    "years_with_entries",
]


def matching_contact_ids(j: Journal, text: str) -> set[int] | None:
    """Contact ids for filter-as-you-type (see :mod:`netzjournal.store.fulltext`)."""
    return fulltext.matching_contact_ids(j.db, text)


def search(j: Journal, text: str, limit: int = 50, kind: str | None = None) -> list[SearchHit]:
    """Ranked full-text matches for ``text`` (see :mod:`netzjournal.store.fulltext`)."""
    return fulltext.search(j.db, text, limit, kind)
