"""Interactions (meeting notes and other touchpoints) and follow-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import SQL

from netzjournal.store import backups, fulltext, stale
from netzjournal.store.errors import NotFound, ValidationError
from netzjournal.store.journal import Journal
from netzjournal.store.models import Contact, FollowUp, GiveTake, Interaction, Participant
from netzjournal.store.records import (
    DIRECTIONS,
    GIVE_TAKE,
    INTERACTION_KINDS,
    OWED_BY,
    FollowUpRecord,
    GiveTakeLine,
    InteractionRecord,
    Outcome,
)
from netzjournal.store.values import clean_text

_SCALARS = (
    "occurred_at",
    "kind",
    "direction",
    "place",
    "duration_minutes",
    "title",
    "body",
    "hooks",
    "outcome",
    "say_next",
)


def validate(rec: InteractionRecord) -> None:
    if rec.kind not in INTERACTION_KINDS:
        raise ValidationError(f"Unknown kind {rec.kind!r}.")
    if rec.direction not in DIRECTIONS:
        raise ValidationError(f"Unknown direction {rec.direction!r}.")
    if rec.duration_minutes is not None and not 0 <= rec.duration_minutes <= 24 * 60:
        raise ValidationError("The duration must be between 0 and 24 hours.")
    for line in rec.give_take:
        if line.direction not in GIVE_TAKE:
            raise ValidationError(f"Unknown give & take direction {line.direction!r}.")
    missing = set(rec.participants) - {
        c.id for c in Contact.select(Contact.id).where(Contact.id.in_(rec.participants))
    }
    if missing:
        raise ValidationError(f"Unknown participants: {sorted(missing)}.")


def _write_children(interaction_id: int, rec: InteractionRecord) -> None:
    Participant.delete().where(Participant.interaction == interaction_id).execute()
    for cid in dict.fromkeys(rec.participants):  # keep order, drop repeats
        Participant.create(interaction=interaction_id, contact=cid)
    GiveTake.delete().where(GiveTake.interaction == interaction_id).execute()
    for pos, line in enumerate(g for g in rec.give_take if g.text.strip()):
        GiveTake.create(
            interaction=interaction_id,
            contact=line.contact_id,
            direction=line.direction,
            text=line.text.strip(),
            position=pos,
        )


def create_interaction(
    j: Journal, rec: InteractionRecord, follow_ups: Iterable[FollowUpRecord] = ()
) -> Outcome[InteractionRecord]:
    """Store a meeting note with its participants, give & take and follow-ups."""
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    follow_ups = [clean_text(f) for f in follow_ups]
    validate(rec)
    with j.write() as changes:
        now = dt.datetime.now()
        row = Interaction.create(
            **{n: getattr(rec, n) for n in _SCALARS},
            event=rec.event_id,
            created_at=now,
            updated_at=now,
            # A note that came from elsewhere (a synced journal entry) keeps its UID.
            **({"uid": rec.uid} if rec.uid else {}),
        )
        _write_children(row.id, rec)
        for fu in follow_ups:
            fu.interaction_id = row.id
            if fu.contact_id is None and rec.participants:
                fu.contact_id = rec.participants[0]
            changes.follow_ups.add(add_follow_up(j, fu).value.id or 0)
        fulltext.index_interactions(j.db, [row.id])
        changes.interactions.add(row.id)
        changes.contacts.update(rec.participants)
    return Outcome(get_interaction(j, row.id), changes)


def get_interaction(j: Journal, interaction_id: int) -> InteractionRecord:
    row = Interaction.get_or_none(Interaction.id == interaction_id)
    if row is None:
        raise NotFound(f"Interaction {interaction_id} does not exist.")
    participants = [
        p.contact_id
        for p in Participant.select(Participant.contact)
        .where(Participant.interaction == interaction_id)
        .order_by(SQL("rowid"))  # insertion order: the first named comes first
    ]
    lines = [
        GiveTakeLine(g.direction, g.text, g.contact_id)
        for g in GiveTake.select()
        .where(GiveTake.interaction == interaction_id)
        .order_by(GiveTake.position)
    ]
    return InteractionRecord(
        **{n: getattr(row, n) for n in _SCALARS},
        participants=participants,
        give_take=lines,
        event_id=row.event_id,
        id=row.id,
        uid=row.uid or "",
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def update_interaction(
    j: Journal, rec: InteractionRecord, *, base: InteractionRecord | None = None
) -> Outcome[InteractionRecord]:
    """Store ``rec`` over the note with its id.

    ``base``: the note as read before ``rec`` was made from it; a change made
    elsewhere since is combined with this one, or :class:`stale.StaleWrite`
    is raised when both changed the same field (see :func:`update_contact`).
    """
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    if rec.id is None:
        raise ValidationError("update_interaction needs a stored interaction.")
    validate(rec)
    combined = False
    with j.write() as changes:
        if base is not None:
            try:
                current = get_interaction(j, rec.id)
            except NotFound:
                raise NotFound(
                    f"Interaction {rec.id} does not exist (any more): it was deleted elsewhere."
                ) from None
            rec, combined = stale.reconcile("interaction", base, rec, current)
        before = [
            p.contact_id
            for p in Participant.select(Participant.contact).where(
                Participant.interaction == rec.id
            )
        ]
        updated = (
            Interaction.update(
                **{n: getattr(rec, n) for n in _SCALARS},
                event=rec.event_id,
                updated_at=dt.datetime.now(),
            )
            .where(Interaction.id == rec.id)
            .execute()
        )
        if not updated or rec.id is None:
            raise NotFound(f"Interaction {rec.id} does not exist.")
        _write_children(rec.id, rec)
        fulltext.index_interactions(j.db, [rec.id])
        changes.interactions.add(rec.id)
        changes.contacts.update(before, rec.participants)
    return Outcome(get_interaction(j, rec.id), changes, combined)


def delete_interactions(j: Journal, ids: Iterable[int]) -> Outcome[int]:
    """Delete notes; more than one at once is a bulk change, backed up first."""
    ids = list(ids)
    if len(ids) > 1:
        backups.before_bulk_change(j, "pre-delete")
    with j.write() as changes:
        people = [
            p.contact_id
            for p in Participant.select(Participant.contact).where(Participant.interaction.in_(ids))
        ]
        count = Interaction.delete().where(Interaction.id.in_(ids)).execute()
        fulltext.index_interactions(j.db, ids)
        changes.interactions.update(ids)
        changes.contacts.update(people)
    return Outcome(count, changes)


def interactions_of(j: Journal, contact_id: int, limit: int | None = None) -> list[int]:
    """Ids of a contact's interactions, newest first."""
    query = (
        Interaction.select(Interaction.id)
        .join(Participant)
        .where(Participant.contact == contact_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
    )
    if limit:
        query = query.limit(limit)
    return [r.id for r in query]


def interaction_count(j: Journal) -> int:
    return Interaction.select().count()


# -- follow-ups ----------------------------------------------------------------


def _follow_up(row: FollowUp) -> FollowUpRecord:
    return FollowUpRecord(
        text=row.text,
        contact_id=row.contact_id,
        interaction_id=row.interaction_id,
        due_on=row.due_on,
        done=row.done,
        done_at=row.done_at,
        owed_by=row.owed_by,
        id=row.id,
        uid=row.uid or "",
    )


def add_follow_up(j: Journal, rec: FollowUpRecord) -> Outcome[FollowUpRecord]:
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    if not rec.text.strip():
        raise ValidationError("A follow-up needs a text.")
    if rec.owed_by not in OWED_BY:
        raise ValidationError(f"Unknown owed_by {rec.owed_by!r}.")
    with j.write() as changes:
        row = FollowUp.create(
            contact=rec.contact_id,
            interaction=rec.interaction_id,
            text=rec.text.strip(),
            due_on=rec.due_on,
            done=rec.done,
            done_at=rec.done_at,
            owed_by=rec.owed_by,
            # A follow-up that came from elsewhere (a synced task) keeps its UID.
            **({"uid": rec.uid} if rec.uid else {}),
        )
        changes.follow_ups.add(row.id)
        if rec.contact_id:
            changes.contacts.add(rec.contact_id)
    return Outcome(_follow_up(row), changes)


def set_follow_up_done(
    j: Journal, follow_up_id: int, done: bool, now: dt.datetime | None = None
) -> Outcome[FollowUpRecord]:
    with j.write() as changes:
        row = FollowUp.get_or_none(FollowUp.id == follow_up_id)
        if row is None:
            raise NotFound(f"Follow-up {follow_up_id} does not exist.")
        row.done = done
        row.done_at = (now or dt.datetime.now()) if done else None
        row.save()
        changes.follow_ups.add(row.id)
        if row.contact_id:
            changes.contacts.add(row.contact_id)
    return Outcome(_follow_up(row), changes)


def follow_ups(
    j: Journal, contact_id: int | None = None, open_only: bool = True
) -> list[FollowUpRecord]:
    """Follow-ups, earliest due first (undated last)."""
    query = FollowUp.select()
    if contact_id is not None:
        query = query.where(FollowUp.contact == contact_id)
    if open_only:
        query = query.where(FollowUp.done == False)  # noqa: E712 (peewee expression)
    query = query.order_by(FollowUp.due_on.is_null(), FollowUp.due_on, FollowUp.id)
    return [_follow_up(r) for r in query]


def update_follow_up(j: Journal, rec: FollowUpRecord) -> Outcome[FollowUpRecord]:
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    if rec.id is None:
        raise ValidationError("update_follow_up needs a stored follow-up.")
    if not rec.text.strip():
        raise ValidationError("A follow-up needs a text.")
    with j.write() as changes:
        row = FollowUp.get_or_none(FollowUp.id == rec.id)
        if row is None:
            raise NotFound(f"Follow-up {rec.id} does not exist.")
        row.text, row.due_on, row.owed_by = rec.text.strip(), rec.due_on, rec.owed_by
        if row.done != rec.done:
            row.done, row.done_at = rec.done, (dt.datetime.now() if rec.done else None)
        row.save()
        changes.follow_ups.add(row.id)
        if row.contact_id:
            changes.contacts.add(row.contact_id)
    return Outcome(_follow_up(row), changes)


def delete_follow_up(j: Journal, follow_up_id: int) -> Outcome[int]:
    with j.write() as changes:
        row = FollowUp.get_or_none(FollowUp.id == follow_up_id)
        count = FollowUp.delete().where(FollowUp.id == follow_up_id).execute()
        changes.follow_ups.add(follow_up_id)
        if row is not None and row.contact_id:
            changes.contacts.add(row.contact_id)
    return Outcome(count, changes)


def follow_ups_of_note(j: Journal, interaction_id: int) -> list[FollowUpRecord]:
    query = FollowUp.select().where(FollowUp.interaction == interaction_id).order_by(FollowUp.id)
    return [_follow_up(r) for r in query]
