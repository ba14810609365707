"""Events, tags, settings and user opener templates."""

from __future__ import annotations

import json
from collections.abc import Iterable

from netzjournal.store.contacts import tag_ids
from netzjournal.store.errors import NotFound, ValidationError
from netzjournal.store.journal import Journal
from netzjournal.store.models import ContactTag, Event, EventTag, OpenerTemplate, Setting, Tag
from netzjournal.store.records import (
    ADDRESS_FORMS,
    LANGUAGES,
    EventRecord,
    OpenerTemplateRecord,
    Outcome,
    TagRecord,
)

# -- events -------------------------------------------------------------------


def _event(row: Event) -> EventRecord:
    tags = [t.name for t in Tag.select().join(EventTag).where(EventTag.event == row.id)]
    return EventRecord(
        name=row.name,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        place=row.place,
        notes=row.notes,
        tags=sorted(tags),
        id=row.id,
        uid=row.uid or "",
    )


def create_event(j: Journal, rec: EventRecord) -> Outcome[EventRecord]:
    if not rec.name.strip():
        raise ValidationError("An event needs a name.")
    if rec.ends_on and rec.ends_on < rec.starts_on:
        raise ValidationError("An event cannot end before it starts.")
    with j.write() as changes:
        row = Event.create(
            name=rec.name.strip(),
            starts_on=rec.starts_on,
            ends_on=rec.ends_on,
            place=rec.place,
            notes=rec.notes,
            # An event that came from elsewhere (a synced calendar entry) keeps its UID.
            **({"uid": rec.uid} if rec.uid else {}),
        )
        for tid in tag_ids(rec.tags, changes):
            EventTag.create(event=row.id, tag=tid)
        changes.events.add(row.id)
    return Outcome(_event(row), changes)


def update_event(j: Journal, rec: EventRecord) -> Outcome[EventRecord]:
    """Store ``rec`` over the event with its id (name, days, place, notes, tags)."""
    if rec.id is None:
        raise ValidationError("update_event needs a stored event.")
    if not rec.name.strip():
        raise ValidationError("An event needs a name.")
    if rec.ends_on and rec.ends_on < rec.starts_on:
        raise ValidationError("An event cannot end before it starts.")
    with j.write() as changes:
        updated = (
            Event.update(
                name=rec.name.strip(), starts_on=rec.starts_on, ends_on=rec.ends_on,
                place=rec.place, notes=rec.notes,
            )
            .where(Event.id == rec.id)
            .execute()
        )  # fmt: skip
        if not updated:
            raise NotFound(f"Event {rec.id} does not exist.")
        EventTag.delete().where(EventTag.event == rec.id).execute()
        for tid in tag_ids(rec.tags, changes):
            EventTag.create(event=rec.id, tag=tid)
        changes.events.add(rec.id)
    return Outcome(get_event(j, rec.id), changes)


def get_event(j: Journal, event_id: int) -> EventRecord:
    row = Event.get_or_none(Event.id == event_id)
    if row is None:
        raise NotFound(f"Event {event_id} does not exist.")
    return _event(row)


def events_between(j: Journal, first: object, last: object) -> list[EventRecord]:
    """Events starting between two dates (inclusive), earliest first."""
    query = (
        Event.select()
        .where(Event.starts_on.between(first, last))
        .order_by(Event.starts_on, Event.id)
    )
    return [_event(r) for r in query]


def list_events(j: Journal) -> list[EventRecord]:
    """Every event, newest first."""
    return [_event(r) for r in Event.select().order_by(Event.starts_on.desc(), Event.id.desc())]


def delete_event(j: Journal, event_id: int) -> Outcome[int]:
    with j.write() as changes:
        count = Event.delete().where(Event.id == event_id).execute()
        changes.events.add(event_id)
    return Outcome(count, changes)


# -- tags ---------------------------------------------------------------------


def list_tags(j: Journal) -> list[TagRecord]:
    """Every tag, in locale-aware order (:mod:`collation`)."""
    from netzjournal.store.collation import sort_key

    tags = [TagRecord(t.name, t.category, t.id) for t in Tag.select()]
    return sorted(tags, key=lambda t: (sort_key(t.name), t.id))


def delete_tags(j: Journal, ids: Iterable[int]) -> Outcome[int]:
    from netzjournal.store import fulltext

    ids = list(ids)
    with j.write() as changes:
        people = [
            r.contact_id
            for r in ContactTag.select(ContactTag.contact).where(ContactTag.tag.in_(ids))
        ]
        count = Tag.delete().where(Tag.id.in_(ids)).execute()
        fulltext.index_contacts(j.db, people)
        changes.tags.update(ids)
        changes.contacts.update(people)
    return Outcome(count, changes)


# -- settings -----------------------------------------------------------------
# get_setting and list_openers live in store/reading.py (plain SQL, no peewee).


def set_setting(j: Journal, key: str, value: object) -> Outcome[None]:
    with j.write() as changes:
        Setting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()
        changes.settings.add(key)
    return Outcome(None, changes)


# -- user opener templates -----------------------------------------------------


def _opener(row: OpenerTemplate) -> OpenerTemplateRecord:
    return OpenerTemplateRecord(
        row.category, row.language, row.address_form, row.body, row.subject, row.id
    )


def save_opener(j: Journal, rec: OpenerTemplateRecord) -> Outcome[OpenerTemplateRecord]:
    if rec.language not in LANGUAGES or rec.address_form not in ADDRESS_FORMS:
        raise ValidationError("Unknown language or address form for a template.")
    if not rec.body.strip():
        raise ValidationError("A template needs a text.")
    with j.write() as changes:
        fields = {
            "category": rec.category,
            "language": rec.language,
            "address_form": rec.address_form,
            "subject": rec.subject,
            "body": rec.body,
        }
        if rec.id is None:
            row = OpenerTemplate.create(**fields)
        else:
            OpenerTemplate.update(**fields).where(OpenerTemplate.id == rec.id).execute()
            row = OpenerTemplate.get_by_id(rec.id)
        changes.openers.add(row.id)
    return Outcome(_opener(row), changes)


def delete_opener(j: Journal, opener_id: int) -> Outcome[int]:
    with j.write() as changes:
        count = OpenerTemplate.delete().where(OpenerTemplate.id == opener_id).execute()
        changes.openers.add(opener_id)
    return Outcome(count, changes)
