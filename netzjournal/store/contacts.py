"""Contacts: create, read, update, archive, delete, tags and channels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from netzjournal.store import backups, fulltext, stale
from netzjournal.store.errors import NotFound, ValidationError
from netzjournal.store.journal import Journal
from netzjournal.store.models import Contact, ContactChannel, ContactTag, Participant, Tag
from netzjournal.store.records import (
    ADDRESS_FORMS,
    CHANNEL_KINDS,
    LANGUAGES,
    Birthday,
    ChangeSet,
    Channel,
    ContactRecord,
    Outcome,
)
from netzjournal.store.values import clean_text

_SCALARS = (
    "given_name",
    "family_name",
    "display_name",
    "salutation",
    "title_prefix",
    "organisation",
    "department",
    "role",
    "hierarchy",
    "city",
    "source",
    "source_detail",
    "met_on",
    "address_form",
    "language",
    "closeness",
    "cadence_days",
    "cadence_never",
    "topics",
    "notes",
    "archived",
)


def validate(rec: ContactRecord) -> None:
    """Raise :class:`ValidationError` for values the journal must not hold."""
    if not (rec.name.strip() or rec.organisation.strip()):
        raise ValidationError("A contact needs a name or an organisation.")
    if not 1 <= rec.closeness <= 5:
        raise ValidationError("Closeness must be between 1 and 5.")
    if rec.address_form not in ADDRESS_FORMS:
        raise ValidationError(f"Unknown address form {rec.address_form!r}.")
    if rec.language not in LANGUAGES:
        raise ValidationError(f"Unknown language {rec.language!r}.")
    if rec.cadence_days is not None and not 1 <= rec.cadence_days <= 3650:
        raise ValidationError("The keep-in-touch cadence must be 1 to 3650 days.")
    for ch in rec.channels:
        if ch.kind not in CHANNEL_KINDS:
            raise ValidationError(f"Unknown channel kind {ch.kind!r}.")


def _record(row: Contact, channels: list[Channel], tags: list[str]) -> ContactRecord:
    birthday = None
    if row.birthday_month and row.birthday_day:
        birthday = Birthday(row.birthday_month, row.birthday_day, row.birthday_year)
    rec = ContactRecord(
        **{name: getattr(row, name) for name in _SCALARS},
        birthday=birthday,
        introduced_by=row.introduced_by_id,
        met_at_event_id=row.met_at_event_id,
        channels=channels,
        tags=tags,
        id=row.id,
        uid=row.uid or "",
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
    return rec


def _fields(rec: ContactRecord) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(rec, name) for name in _SCALARS}
    values["introduced_by"] = rec.introduced_by
    values["met_at_event"] = rec.met_at_event_id
    b = rec.birthday
    values["birthday_year"] = b.year if b else None
    values["birthday_month"] = b.month if b else None
    values["birthday_day"] = b.day if b else None
    return values


def tag_ids(names: Iterable[str], changes: ChangeSet) -> list[int]:
    """Ids for tag names, creating missing tags (names match case-insensitively)."""
    ids: list[int] = []
    for raw in names:
        name = " ".join(raw.split())
        if not name:
            continue
        tag = Tag.get_or_none(Tag.name.collate("NOCASE") == name)
        if tag is None:
            tag = Tag.create(name=name)
            changes.tags.add(tag.id)
        if tag.id not in ids:
            ids.append(tag.id)
    return ids


def _write_children(contact_id: int, rec: ContactRecord, changes: ChangeSet) -> None:
    ContactChannel.delete().where(ContactChannel.contact == contact_id).execute()
    for pos, ch in enumerate(c for c in rec.channels if c.value.strip()):
        ContactChannel.create(
            contact=contact_id, kind=ch.kind, label=ch.label, value=ch.value.strip(), position=pos
        )
    ContactTag.delete().where(ContactTag.contact == contact_id).execute()
    for tid in tag_ids(rec.tags, changes):
        ContactTag.create(contact=contact_id, tag=tid)


def create_contact(j: Journal, rec: ContactRecord) -> Outcome[ContactRecord]:
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    validate(rec)
    with j.write() as changes:
        now = dt.datetime.now()
        row = Contact.create(**_fields(rec), created_at=now, updated_at=now)
        _write_children(row.id, rec, changes)
        fulltext.index_contacts(j.db, [row.id])
        changes.contacts.add(row.id)
    return Outcome(get_contact(j, row.id), changes)


def get_contact(j: Journal, contact_id: int) -> ContactRecord:
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None:
        raise NotFound(f"Contact {contact_id} does not exist.")
    channels = [
        Channel(c.kind, c.value, c.label)
        for c in ContactChannel.select()
        .where(ContactChannel.contact == contact_id)
        .order_by(ContactChannel.position)
    ]
    tags = [
        t.name
        for t in Tag.select()
        .join(ContactTag)
        .where(ContactTag.contact == contact_id)
        .order_by(Tag.name)
    ]
    return _record(row, channels, tags)


def update_contact(
    j: Journal,
    rec: ContactRecord,
    today: dt.date | None = None,
    *,
    base: ContactRecord | None = None,
) -> Outcome[ContactRecord]:
    """Store ``rec`` over the contact with its id.

    ``base`` is the contact as it was read before ``rec`` was made from it
    (an editor's or an undo step's copy): if the contact changed elsewhere
    since, the two changes are combined, or :class:`stale.StaleWrite` is
    raised when both changed the same field (nothing is written then).

    Replacing a known role or organisation records ``today`` (default: the
    computer's date) as the day the role changed, for the coach.
    """
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    if rec.id is None:
        raise ValidationError("update_contact needs a stored contact.")
    validate(rec)
    combined = False
    with j.write() as changes:
        old = Contact.get_or_none(Contact.id == rec.id)
        if old is None:
            raise NotFound(f"Contact {rec.id} does not exist (any more): it was deleted elsewhere.")
        if base is not None:
            rec, combined = stale.reconcile("contact", base, rec, get_contact(j, rec.id))
        now = dt.datetime.now()
        extra = {"updated_at": now}
        if _role_replaced(old.role, old.organisation, rec.role, rec.organisation):
            extra["role_changed_on"] = today or now.date()
        Contact.update(**_fields(rec), **extra).where(Contact.id == rec.id).execute()
        _write_children(rec.id, rec, changes)
        fulltext.index_contacts(j.db, [rec.id])
        # Interactions are indexed with their participants' names, events with the
        # names of who was there: a new name is found there too.
        fulltext.index_interactions(j.db, interaction_ids_of(rec.id))
        if _name_changed(old, rec):
            attended = _attended_events(j, rec.id)
            if attended:
                from netzjournal.store.events import index_events

                index_events(j, attended)
                changes.events.update(attended)
        changes.contacts.add(rec.id)
    return Outcome(get_contact(j, rec.id), changes, combined)


def _name_changed(old: Contact, rec: ContactRecord) -> bool:
    """Whether what the events' index shows of a person (their name) changed."""
    return (old.given_name, old.family_name, old.display_name) != (
        rec.given_name, rec.family_name, rec.display_name)  # fmt: skip


def _attended_events(j: Journal, contact_id: int) -> list[int]:
    rows = j.connection().execute(
        "SELECT event_id FROM attendance WHERE contact_id = ?", (contact_id,)
    )
    return [r[0] for r in rows]


def _role_replaced(old_role: str, old_org: str, role: str, org: str) -> bool:
    """A new role: a known role or organisation replaced by another (not a blank filled in)."""
    role, org = role.strip(), org.strip()
    if not (role or org):
        return False
    return bool(old_role.strip() and role.casefold() != old_role.strip().casefold()) or bool(
        old_org.strip() and org.casefold() != old_org.strip().casefold()
    )


def interaction_ids_of(contact_id: int) -> list[int]:
    return [
        p.interaction_id
        for p in Participant.select(Participant.interaction).where(
            Participant.contact == contact_id
        )
    ]


def set_archived(j: Journal, ids: Iterable[int], archived: bool) -> Outcome[int]:
    ids = list(ids)
    with j.write() as changes:
        count = (
            Contact.update(archived=archived, updated_at=dt.datetime.now())
            .where(Contact.id.in_(ids))
            .execute()
        )
        changes.contacts.update(ids)
    return Outcome(count, changes)


def delete_contacts(j: Journal, ids: Iterable[int]) -> Outcome[int]:
    """Delete contacts; their meeting notes stay, without them as participants.

    Deleting more than one contact at once is a bulk change: a backup
    (reason ``pre-delete``) is taken first.
    """
    ids = list(ids)
    if len(ids) > 1:
        backups.before_bulk_change(j, "pre-delete")
    with j.write() as changes:
        touched = [
            p.interaction_id
            for p in Participant.select(Participant.interaction).where(Participant.contact.in_(ids))
        ]
        # Their attendance goes with them (cascade); the events' index names who was there.
        wanted = "[" + ",".join(str(int(i)) for i in ids) + "]"
        events_of = [r[0] for r in j.connection().execute(
            "SELECT DISTINCT event_id FROM attendance WHERE contact_id IN"
            " (SELECT value FROM json_each(?))", (wanted,))]  # fmt: skip
        count = Contact.delete().where(Contact.id.in_(ids)).execute()
        fulltext.index_contacts(j.db, ids)  # removes their documents
        fulltext.index_interactions(j.db, touched)
        if events_of:
            from netzjournal.store.events import index_events

            index_events(j, events_of)
        changes.contacts.update(ids)
        changes.interactions.update(touched)
        changes.events.update(events_of)
    return Outcome(count, changes)


def contact_count(j: Journal, include_archived: bool = True) -> int:
    query = Contact.select()
    if not include_archived:
        query = query.where(Contact.archived == False)  # noqa: E712 (peewee expression)
    return query.count()


def merge_contacts(j: Journal, keep_id: int, other_id: int) -> Outcome[ContactRecord]:
    """Merge ``other`` into ``keep``: every note, follow-up and detail survives.

    Empty fields of ``keep`` are filled from ``other``; channels and tags are
    united; notes and topics are joined; the warmer closeness wins. ``other``
    is deleted. Take :func:`snapshots.snapshot_contacts` first to undo.
    """
    if keep_id == other_id:
        raise ValidationError("A contact cannot be merged with itself.")
    keep, other = get_contact(j, keep_id), get_contact(j, other_id)
    for name in ("given_name", "family_name", "display_name", "salutation", "title_prefix",
                 "organisation", "department", "role", "hierarchy", "city", "source",
                 "source_detail", "met_on", "introduced_by", "birthday",
                 "met_at_event_id"):  # fmt: skip
        if not getattr(keep, name) and getattr(other, name):
            setattr(keep, name, getattr(other, name))
    if keep.introduced_by == other_id:
        keep.introduced_by = None
    keep.closeness = max(keep.closeness, other.closeness)
    keep.notes = "\n\n".join(n for n in (keep.notes, other.notes) if n.strip())
    topics = [t.strip() for t in f"{keep.topics},{other.topics}".split(",") if t.strip()]
    keep.topics = ", ".join(dict.fromkeys(topics))
    known = {(c.kind, c.value.casefold()) for c in keep.channels}
    keep.channels += [c for c in other.channels if (c.kind, c.value.casefold()) not in known]
    keep.tags = list(dict.fromkeys([*keep.tags, *other.tags]))
    with j.write() as changes:
        notes = interaction_ids_of(other_id)
        conn = j.connection()
        conn.execute(
            "UPDATE OR IGNORE participant SET contact_id = ? WHERE contact_id = ?",
            (keep_id, other_id),
        )
        conn.execute(
            "UPDATE follow_up SET contact_id = ? WHERE contact_id = ?", (keep_id, other_id)
        )
        # Who was at which event: both were, or either (the row of keep wins).
        events_of_other = [r[0] for r in conn.execute(
            "SELECT event_id FROM attendance WHERE contact_id = ?", (other_id,))]  # fmt: skip
        conn.execute(
            "UPDATE OR IGNORE attendance SET contact_id = ? WHERE contact_id = ?",
            (keep_id, other_id),
        )
        conn.execute(
            "UPDATE give_take SET contact_id = ? WHERE contact_id = ?", (keep_id, other_id)
        )
        conn.execute(
            "UPDATE contact SET introduced_by_id = ? WHERE introduced_by_id = ? AND id != ?",
            (keep_id, other_id, keep_id),
        )
        Contact.delete().where(Contact.id == other_id).execute()
        update_contact(j, keep)
        fulltext.index_contacts(j.db, [other_id])
        fulltext.index_interactions(j.db, notes)
        if events_of_other:
            from netzjournal.store.events import index_events

            index_events(j, events_of_other)
            changes.events.update(events_of_other)
        changes.contacts.update({keep_id, other_id})
        changes.interactions.update(notes)
    return Outcome(get_contact(j, keep_id), changes)
