"""Interactions (meeting notes and other touchpoints) and follow-ups."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence

from netzjournal.store import backups, fulltext, stale
from netzjournal.store.codes import DIRECTIONS, GIVE_TAKE, INTERACTION_KINDS, OWED_BY
from netzjournal.store.errors import NotFound, ValidationError
from netzjournal.store.journal import Journal
from netzjournal.store.records import FollowUpRecord, GiveTakeLine, InteractionRecord, Outcome
from netzjournal.store.values import clean_text, to_date, to_datetime
from netzjournal.store.values import ids_json as _ids_json
from netzjournal.store.values import sql_value as _sql_value

_SCALARS = (
    "occurred_at", "kind", "direction", "place", "duration_minutes", "title", "body", "hooks",
    "outcome", "say_next",
)  # fmt: skip


_COLUMNS = (*_SCALARS, "event_id", "id", "uid", "created_at", "updated_at")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM interaction"
_FOLLOW_UP = (
    "SELECT text, contact_id, interaction_id, due_on, done, done_at, owed_by, id, uid"
    " FROM follow_up"
)


def validate(j: Journal, rec: InteractionRecord) -> None:
    if rec.kind not in INTERACTION_KINDS:
        raise ValidationError(f"Unknown kind {rec.kind!r}.")
    if rec.direction not in DIRECTIONS:
        raise ValidationError(f"Unknown direction {rec.direction!r}.")
    if rec.duration_minutes is not None and not 0 <= rec.duration_minutes <= 24 * 60:
        raise ValidationError("The duration must be between 0 and 24 hours.")
    for line in rec.give_take:
        if line.direction not in GIVE_TAKE:
            raise ValidationError(f"Unknown give & take direction {line.direction!r}.")
    missing = set(rec.participants) - {r[0] for r in j.connection().execute(
        "SELECT id FROM contact WHERE id IN (SELECT value FROM json_each(?))",
        (_ids_json(rec.participants),))}  # fmt: skip
    if missing:
        raise ValidationError(f"Unknown participants: {sorted(missing)}.")


def _write_children(conn: sqlite3.Connection, interaction_id: int, rec: InteractionRecord) -> None:
    conn.execute("DELETE FROM participant WHERE interaction_id = ?", (interaction_id,))
    said = rec.say_next_to
    people = dict.fromkeys(rec.participants)  # order kept
    conn.executemany(
        "INSERT INTO participant (interaction_id, contact_id, say_next) VALUES (?, ?, ?)",
        [(interaction_id, cid, " ".join(said.get(cid, "").split())) for cid in people],
    )
    conn.execute("DELETE FROM give_take WHERE interaction_id = ?", (interaction_id,))
    conn.executemany(
        "INSERT INTO give_take (interaction_id, contact_id, direction, text, position)"
        " VALUES (?, ?, ?, ?, ?)",
        [(interaction_id, line.contact_id, line.direction, line.text.strip(), pos)
         for pos, line in enumerate(g for g in rec.give_take if g.text.strip())],
    )  # fmt: skip


def create_interaction(
    j: Journal, rec: InteractionRecord, follow_ups: Iterable[FollowUpRecord] = ()
) -> Outcome[InteractionRecord]:
    """Store a meeting note with its participants, give & take and follow-ups."""
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    follow_ups = [clean_text(f) for f in follow_ups]
    validate(j, rec)
    with j.write() as changes:
        conn = j.connection()
        now = str(dt.datetime.now())
        fields = {n: _sql_value(getattr(rec, n)) for n in _SCALARS}
        fields.update(event_id=rec.event_id, created_at=now, updated_at=now)
        # A note that came from elsewhere (a synced journal entry) keeps its UID;
        # a new one gets a random UID from a trigger (migration 0007).
        if rec.uid:
            fields["uid"] = rec.uid
        note_id = int(conn.execute(
            f"INSERT INTO interaction ({', '.join(fields)})"
            f" VALUES ({', '.join('?' * len(fields))})", tuple(fields.values()),
        ).lastrowid or 0)  # fmt: skip
        _write_children(conn, note_id, rec)
        for fu in follow_ups:
            fu.interaction_id = note_id
            if fu.contact_id is None and rec.participants:
                fu.contact_id = rec.participants[0]
            changes.follow_ups.add(add_follow_up(j, fu).value.id or 0)
        fulltext.index_interactions(j, [note_id])
        changes.interactions.add(note_id)
        changes.contacts.update(rec.participants)
    return Outcome(get_interaction(j, note_id), changes)


def note_id_by_uid(j: Journal, uid: str) -> int | None:
    """The note with this UID, if there is one (a quick note's draft knows the UID
    its note is saved under: see ui/quick_note.py)."""
    row = j.connection().execute("SELECT id FROM interaction WHERE uid = ?", (uid,)).fetchone()
    return int(row[0]) if row is not None else None


def get_interaction(j: Journal, interaction_id: int) -> InteractionRecord:
    conn = j.connection()
    row = conn.execute(f"{_SELECT} WHERE id = ?", (interaction_id,)).fetchone()
    if row is None:
        raise NotFound(f"Interaction {interaction_id} does not exist.")
    people = conn.execute(  # in the order named: the first first
        "SELECT contact_id, say_next FROM participant WHERE interaction_id = ? ORDER BY rowid",
        (interaction_id,)).fetchall()  # fmt: skip
    participants = [r[0] for r in people]
    rows = conn.execute(
        "SELECT direction, text, contact_id FROM give_take WHERE interaction_id = ?"
        " ORDER BY position, id", (interaction_id,))  # fmt: skip
    lines = [GiveTakeLine(direction, text, contact_id) for direction, text, contact_id in rows]
    values = dict(zip(_COLUMNS, row, strict=True))
    values["occurred_at"] = to_datetime(values["occurred_at"])
    return InteractionRecord(
        **{n: values[n] for n in _SCALARS},
        participants=participants,
        say_next_to={cid: said for cid, said in people if said},
        give_take=lines,
        event_id=values["event_id"],
        id=values["id"],
        uid=str(values["uid"] or ""),
        created_at=to_datetime(values["created_at"]),
        updated_at=to_datetime(values["updated_at"]),
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
    validate(j, rec)
    note_id: int = rec.id
    combined = False
    with j.write() as changes:
        conn = j.connection()
        if base is not None:
            try:
                current = get_interaction(j, note_id)
            except NotFound:
                raise NotFound(
                    f"Interaction {note_id} does not exist (any more): it was deleted elsewhere."
                ) from None
            rec, combined = stale.reconcile("interaction", base, rec, current)
        before = [r[0] for r in conn.execute(
            "SELECT contact_id FROM participant WHERE interaction_id = ?", (note_id,))]  # fmt: skip
        fields = {n: _sql_value(getattr(rec, n)) for n in _SCALARS}
        fields.update(event_id=rec.event_id, updated_at=str(dt.datetime.now()))
        updated = conn.execute(
            f"UPDATE interaction SET {', '.join(f'{n} = ?' for n in fields)} WHERE id = ?",
            (*fields.values(), note_id),
        ).rowcount
        if not updated:
            raise NotFound(f"Interaction {note_id} does not exist.")
        _write_children(conn, note_id, rec)
        fulltext.index_interactions(j, [note_id])
        changes.interactions.add(note_id)
        changes.contacts.update(before, rec.participants)
    return Outcome(get_interaction(j, note_id), changes, combined)


def delete_interactions(j: Journal, ids: Iterable[int]) -> Outcome[int]:
    """Delete notes; more than one at once is a bulk change, backed up first."""
    ids = list(ids)
    with backups.backed_up(j, "pre-delete" if len(ids) > 1 else None), j.write() as changes:
        conn = j.connection()
        wanted = _ids_json(ids)
        people = [r[0] for r in conn.execute(
            "SELECT contact_id FROM participant WHERE interaction_id IN"
            " (SELECT value FROM json_each(?))", (wanted,))]  # fmt: skip
        count = conn.execute(
            "DELETE FROM interaction WHERE id IN (SELECT value FROM json_each(?))", (wanted,)
        ).rowcount
        fulltext.index_interactions(j, ids)
        changes.interactions.update(ids)
        changes.contacts.update(people)
    return Outcome(count, changes)


def interactions_of(j: Journal, contact_id: int) -> list[int]:
    """Ids of a contact's interactions, newest first."""
    return [r[0] for r in j.connection().execute(
        "SELECT interaction.id FROM interaction"
        " JOIN participant ON participant.interaction_id = interaction.id"
        " WHERE participant.contact_id = ?"
        " ORDER BY interaction.occurred_at DESC, interaction.id DESC", (contact_id,))]  # fmt: skip


def interaction_count(j: Journal) -> int:
    return int(j.connection().execute("SELECT COUNT(*) FROM interaction").fetchone()[0])


# -- follow-ups ----------------------------------------------------------------


def _follow_up_of(row: Sequence[object]) -> FollowUpRecord:
    text, contact_id, interaction_id, due_on, done, done_at, owed_by, follow_up_id, uid = row
    return FollowUpRecord(
        text=str(text),
        contact_id=contact_id,  # type: ignore[arg-type]
        interaction_id=interaction_id,  # type: ignore[arg-type]
        due_on=to_date(due_on),
        done=bool(done),
        done_at=to_datetime(done_at),
        owed_by=str(owed_by),
        id=follow_up_id,  # type: ignore[arg-type]
        uid=str(uid or ""),
    )


def _get_follow_up(j: Journal, follow_up_id: int) -> FollowUpRecord | None:
    row = j.connection().execute(f"{_FOLLOW_UP} WHERE id = ?", (follow_up_id,)).fetchone()
    return None if row is None else _follow_up_of(row)


def get_follow_up(j: Journal, follow_up_id: int) -> FollowUpRecord | None:
    """One follow-up as stored, or None if it is gone."""
    return _get_follow_up(j, follow_up_id)


def add_follow_up(j: Journal, rec: FollowUpRecord) -> Outcome[FollowUpRecord]:
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    if not rec.text.strip():
        raise ValidationError("A follow-up needs a text.")
    if rec.owed_by not in OWED_BY:
        raise ValidationError(f"Unknown owed_by {rec.owed_by!r}.")
    with j.write() as changes:
        fields: dict[str, object] = {
            "contact_id": rec.contact_id,
            "interaction_id": rec.interaction_id,
            "text": rec.text.strip(),
            "due_on": _sql_value(rec.due_on),
            "done": rec.done,
            "done_at": _sql_value(rec.done_at),
            "owed_by": rec.owed_by,
            "created_at": str(dt.datetime.now()),
        }
        # A follow-up that came from elsewhere (a synced task) keeps its UID;
        # a new one gets a random UID from a trigger (migration 0007).
        if rec.uid:
            fields["uid"] = rec.uid
        follow_up_id = int(j.connection().execute(
            f"INSERT INTO follow_up ({', '.join(fields)})"
            f" VALUES ({', '.join('?' * len(fields))})", tuple(fields.values()),
        ).lastrowid or 0)  # fmt: skip
        saved = _get_follow_up(j, follow_up_id)
        assert saved is not None
        changes.follow_ups.add(follow_up_id)
        if rec.contact_id:
            changes.contacts.add(rec.contact_id)
    return Outcome(saved, changes)


def _save_follow_up(j: Journal, rec: FollowUpRecord) -> None:
    j.connection().execute(
        "UPDATE follow_up SET text = ?, due_on = ?, owed_by = ?, done = ?, done_at = ?"
        " WHERE id = ?",
        (rec.text, _sql_value(rec.due_on), rec.owed_by, rec.done, _sql_value(rec.done_at), rec.id),
    )


def follow_ups(
    j: Journal, contact_id: int | None = None, open_only: bool = True
) -> list[FollowUpRecord]:
    """Follow-ups, earliest due first (undated last)."""
    conditions, params = [], []
    if contact_id is not None:
        conditions.append("contact_id = ?")
        params.append(contact_id)
    if open_only:
        conditions.append("NOT done")
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = j.connection().execute(
        f"{_FOLLOW_UP}{where} ORDER BY due_on IS NULL, due_on, id", params
    )
    return [_follow_up_of(r) for r in rows]


def update_follow_up(
    j: Journal, rec: FollowUpRecord, now: dt.datetime | None = None
) -> Outcome[FollowUpRecord]:
    """Text, due date, who owes it, done; marked done (or open again), ``done_at``
    becomes ``now`` (or None)."""
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    if rec.id is None:
        raise ValidationError("update_follow_up needs a stored follow-up.")
    if not rec.text.strip():
        raise ValidationError("A follow-up needs a text.")
    with j.write() as changes:
        row = _get_follow_up(j, rec.id)
        if row is None:
            raise NotFound(f"Follow-up {rec.id} does not exist.")
        row.text, row.due_on, row.owed_by = rec.text.strip(), rec.due_on, rec.owed_by
        if row.done != rec.done:
            row.done, row.done_at = rec.done, ((now or dt.datetime.now()) if rec.done else None)
        _save_follow_up(j, row)
        changes.follow_ups.add(rec.id)
        if row.contact_id:
            changes.contacts.add(row.contact_id)
    return Outcome(row, changes)


def delete_follow_up(j: Journal, follow_up_id: int) -> Outcome[int]:
    with j.write() as changes:
        row = _get_follow_up(j, follow_up_id)
        count = (
            j.connection().execute("DELETE FROM follow_up WHERE id = ?", (follow_up_id,)).rowcount
        )
        changes.follow_ups.add(follow_up_id)
        if row is not None and row.contact_id:
            changes.contacts.add(row.contact_id)
    return Outcome(count, changes)


def follow_ups_of_note(j: Journal, interaction_id: int) -> list[FollowUpRecord]:
    rows = j.connection().execute(
        f"{_FOLLOW_UP} WHERE interaction_id = ? ORDER BY id", (interaction_id,)
    )
    return [_follow_up_of(r) for r in rows]
