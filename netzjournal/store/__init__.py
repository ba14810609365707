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
    delete_interactions,
    follow_ups,
    get_interaction,
    interaction_count,
    interactions_of,
    set_follow_up_done,
    update_interaction,
)
from netzjournal.store.journal import DiskFull, Journal, ReadOnlyJournal, latest_schema
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

__all__ = [
    "BackupInfo",
    "Birthday",
    "ChangeSet",
    "Channel",
    "ContactRecord",
    "DiskFull",
    "EventRecord",
    "FollowUpRecord",
    "GiveTakeLine",
    "InteractionRecord",
    "Journal",
    "JournalDamaged",
    "JournalLocked",
    "JournalTooNew",
    "NotFound",
    "OpenerTemplateRecord",
    "Outcome",
    "ReadOnlyJournal",
    "SearchHit",
    "StoreError",
    "TagRecord",
    "ValidationError",
    "add_follow_up",
    "contact_count",
    "create_backup",
    "create_contact",
    "create_event",
    "create_interaction",
    "delete_contacts",
    "delete_event",
    "delete_interactions",
    "delete_opener",
    "delete_tags",
    "ensure_daily",
    "events_between",
    "follow_ups",
    "get_contact",
    "get_event",
    "get_interaction",
    "get_setting",
    "interaction_count",
    "interactions_of",
    "latest_schema",
    "list_backups",
    "list_openers",
    "list_tags",
    "restore_backup",
    "rotate",
    "save_opener",
    "search",
    "set_archived",
    "set_follow_up_done",
    "set_setting",
    "update_contact",
    "update_interaction",
]


def search(j: Journal, text: str, limit: int = 50, kind: str | None = None) -> list[SearchHit]:
    """Ranked full-text matches for ``text`` (see :mod:`netzjournal.store.fulltext`)."""
    return fulltext.search(j.db, text, limit, kind)
