"""Events, tags, settings and user opener templates."""

from __future__ import annotations

import json
from collections.abc import Iterable

from netzjournal.store.errors import ValidationError

# -- events (they live in netzjournal.store.events) ------------------------------
from netzjournal.store.events import (  # noqa: F401 (the old home of these names)
    create_event,
    delete_event,
    events_between,
    get_event,
    list_events,
    update_event,
)
from netzjournal.store.journal import Journal
from netzjournal.store.models import ContactTag, OpenerTemplate, Setting, Tag
from netzjournal.store.records import (
    ADDRESS_FORMS,
    LANGUAGES,
    OpenerTemplateRecord,
    Outcome,
    TagRecord,
)
from netzjournal.store.values import clean_text

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
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
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
