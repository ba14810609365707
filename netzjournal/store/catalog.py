"""Tags, settings and user opener templates."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from netzjournal.store.codes import ADDRESS_FORMS, LANGUAGES
from netzjournal.store.errors import NotFound, ValidationError
from netzjournal.store.journal import Journal
from netzjournal.store.records import OpenerTemplateRecord, Outcome, TagRecord
from netzjournal.store.values import clean_text, ids_json

# -- tags ---------------------------------------------------------------------


def list_tags(j: Journal) -> list[TagRecord]:
    """Every tag, in locale-aware order (:mod:`collation`)."""
    from netzjournal.store.collation import sort_key

    rows = j.connection().execute("SELECT name, category, id FROM tag")
    tags = [TagRecord(name, category, tag_id) for name, category, tag_id in rows]
    return sorted(tags, key=lambda t: (sort_key(t.name), t.id))


def delete_tags(j: Journal, ids: Iterable[int]) -> Outcome[int]:
    from netzjournal.store import fulltext

    ids = list(ids)
    with j.write() as changes:
        conn = j.connection()
        wanted = ids_json(ids)
        people = [r[0] for r in conn.execute(
            "SELECT contact_id FROM contact_tag WHERE tag_id IN (SELECT value FROM json_each(?))",
            (wanted,))]  # fmt: skip
        count = conn.execute(
            "DELETE FROM tag WHERE id IN (SELECT value FROM json_each(?))", (wanted,)
        ).rowcount
        fulltext.index_contacts(j, people)
        changes.tags.update(ids)
        changes.contacts.update(people)
    return Outcome(count, changes)


def tag_ids(j: Journal) -> set[int]:
    return {r[0] for r in j.connection().execute("SELECT id FROM tag")}


def tag_rows(j: Journal, ids: Iterable[int]) -> list[tuple[int, str, str]]:
    """These tags as they are now (id, name, category): kept by a step that made them,
    to put them back on redo."""
    rows = j.connection().execute(
        "SELECT id, name, category FROM tag WHERE id IN (SELECT value FROM json_each(?))"
        " ORDER BY id",
        (ids_json(list(ids)),),
    )
    return [(r[0], r[1], r[2]) for r in rows]


def drop_unused_tags(j: Journal, ids: Iterable[int]) -> Outcome[int]:
    """Of these tags, those no contact and no event has any more are removed (an undone
    step's own new tags: the tag filter would still offer them)."""
    ids = list(ids)
    with j.write() as changes:
        count = (
            j.connection()
            .execute(
                "DELETE FROM tag WHERE id IN (SELECT value FROM json_each(?))"
                " AND NOT EXISTS (SELECT 1 FROM contact_tag WHERE tag_id = tag.id)"
                " AND NOT EXISTS (SELECT 1 FROM event_tag WHERE tag_id = tag.id)",
                (ids_json(ids),),
            )
            .rowcount
        )
        if count:
            changes.tags.update(ids)
    return Outcome(count, changes)


def put_tags_back(j: Journal, rows: Iterable[tuple[int, str, str]]) -> Outcome[None]:
    """Tags as :func:`tag_rows` kept them, with their ids (a redo); one there already
    (under its id or its name) stays as it is."""
    with j.write() as changes:
        for tag_id, name, category in rows:
            j.connection().execute(
                "INSERT OR IGNORE INTO tag (id, name, category) VALUES (?, ?, ?)",
                (tag_id, name, category),
            )
            changes.tags.add(tag_id)
    return Outcome(None, changes)


# -- settings -----------------------------------------------------------------
# get_setting and list_openers live in store/reading.py.


def set_setting(j: Journal, key: str, value: object) -> Outcome[None]:
    with j.write() as changes:
        j.connection().execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, json.dumps(value))
        )
        changes.settings.add(key)
    return Outcome(None, changes)


# -- user opener templates -----------------------------------------------------


def _opener(j: Journal, opener_id: int) -> OpenerTemplateRecord:
    sql = "SELECT category, language, address_form, body, subject, id FROM opener_template"
    row = j.connection().execute(sql + " WHERE id = ?", (opener_id,)).fetchone()
    if row is None:
        raise NotFound(f"Opener template {opener_id} does not exist.")
    return OpenerTemplateRecord(*row)


def save_opener(j: Journal, rec: OpenerTemplateRecord) -> Outcome[OpenerTemplateRecord]:
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    if rec.language not in LANGUAGES or rec.address_form not in ADDRESS_FORMS:
        raise ValidationError("Unknown language or address form for a template.")
    if not rec.body.strip():
        raise ValidationError("A template needs a text.")
    with j.write() as changes:
        conn = j.connection()
        fields = (rec.category, rec.language, rec.address_form, rec.subject, rec.body)
        if rec.id is None:
            opener_id = int(conn.execute(
                "INSERT INTO opener_template (category, language, address_form, subject, body,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)", (*fields, str(dt.datetime.now())),
            ).lastrowid or 0)  # fmt: skip
        else:
            opener_id = rec.id
            conn.execute(
                "UPDATE opener_template SET category = ?, language = ?, address_form = ?,"
                " subject = ?, body = ? WHERE id = ?", (*fields, opener_id),
            )  # fmt: skip
        saved = _opener(j, opener_id)
        changes.openers.add(opener_id)
    return Outcome(saved, changes)


def delete_opener(j: Journal, opener_id: int) -> Outcome[int]:
    with j.write() as changes:
        conn = j.connection()
        count = conn.execute("DELETE FROM opener_template WHERE id = ?", (opener_id,)).rowcount
        changes.openers.add(opener_id)
    return Outcome(count, changes)
