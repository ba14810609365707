"""Contacts: create, read, update, archive, delete, tags and channels."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable, Sequence

from netzjournal.store import backups, fulltext, stale
from netzjournal.store.codes import ADDRESS_FORMS, CHANNEL_KINDS, LANGUAGES, UNKNOWN_LANGUAGE
from netzjournal.store.errors import NotFound, ValidationError
from netzjournal.store.folding import fold
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, ChangeSet, Channel, ContactRecord, Outcome
from netzjournal.store.values import clean_text, to_date, to_datetime
from netzjournal.store.values import ids_json as _ids_json
from netzjournal.store.values import sql_value as _sql_value

_SCALARS = (
    "given_name", "family_name", "display_name", "salutation", "title_prefix", "additional_names",
    "honorific_suffix", "nickname", "organisation", "department", "role", "hierarchy", "city",
    "source", "source_detail", "met_on", "address_form", "address_form_chosen", "language",
    "closeness", "cadence_days", "cadence_never", "topics", "notes", "archived", "name_prefix",
    "salutation_neutral",
)  # fmt: skip


def validate(rec: ContactRecord) -> None:
    """Raise :class:`ValidationError` for values the journal must not hold."""
    if not (rec.name.strip() or rec.organisation.strip()):
        raise ValidationError("A contact needs a name or an organisation.")
    if not 1 <= rec.closeness <= 5:
        raise ValidationError("Closeness must be between 1 and 5.")
    if rec.address_form not in ADDRESS_FORMS:
        raise ValidationError(f"Unknown address form {rec.address_form!r}.")
    if rec.language not in LANGUAGES and rec.language != UNKNOWN_LANGUAGE:
        raise ValidationError(f"Unknown language {rec.language!r}.")
    if rec.cadence_days is not None and not 1 <= rec.cadence_days <= 3650:
        raise ValidationError("The keep-in-touch cadence must be 1 to 3650 days.")
    for ch in rec.channels:
        if ch.kind not in CHANNEL_KINDS:
            raise ValidationError(f"Unknown channel kind {ch.kind!r}.")


_BOOLEANS = ("cadence_never", "archived", "address_form_chosen", "salutation_neutral")
_DATES = ("met_on",)
_COLUMNS = (*_SCALARS, "birthday_year", "birthday_month", "birthday_day", "introduced_by_id",
            "met_at_event_id", "id", "uid", "created_at", "updated_at")  # fmt: skip
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM contact"


def _record(row: Sequence[object], channels: list[Channel], tags: list[str]) -> ContactRecord:
    values = dict(zip(_COLUMNS, row, strict=True))
    for name in _BOOLEANS:
        values[name] = bool(values[name])
    for name in _DATES:
        values[name] = to_date(values[name])
    year, month, day = values["birthday_year"], values["birthday_month"], values["birthday_day"]
    birthday = Birthday(month, day, year) if month and day else None  # type: ignore[arg-type]
    return ContactRecord(
        **{name: values[name] for name in _SCALARS},  # type: ignore[arg-type]
        birthday=birthday,
        introduced_by=values["introduced_by_id"],  # type: ignore[arg-type]
        met_at_event_id=values["met_at_event_id"],  # type: ignore[arg-type]
        channels=channels,
        tags=tags,
        id=values["id"],  # type: ignore[arg-type]
        uid=str(values["uid"] or ""),
        created_at=to_datetime(values["created_at"]),
        updated_at=to_datetime(values["updated_at"]),
    )


def _fields(rec: ContactRecord) -> dict[str, object]:
    values: dict[str, object] = {name: _sql_value(getattr(rec, name)) for name in _SCALARS}
    values["introduced_by_id"] = rec.introduced_by
    values["met_at_event_id"] = rec.met_at_event_id
    b = rec.birthday
    values["birthday_year"] = b.year if b else None
    values["birthday_month"] = b.month if b else None
    values["birthday_day"] = b.day if b else None
    return values


def tag_ids(conn: sqlite3.Connection, names: Iterable[str], changes: ChangeSet) -> list[int]:
    """Ids for tag names, creating missing tags.

    Names match by ``str.casefold`` after collapsing spaces, as bulk loading
    (``store.bulk``) matches them: ``Ärzte`` is ``ÄRZTE`` and ``Straße`` is ``STRASSE``
    (SQLite's NOCASE folds ASCII letters only).
    """
    wanted = [name for raw in names if (name := " ".join(raw.split()))]
    if not wanted:
        return []
    known: dict[str, int] = {}
    for tag_id, tag_name in conn.execute("SELECT id, name FROM tag ORDER BY id"):
        known.setdefault(tag_name.casefold(), tag_id)
    ids: list[int] = []
    for name in wanted:
        key = name.casefold()
        if key not in known:
            cursor = conn.execute("INSERT INTO tag (name, category) VALUES (?, '')", (name,))
            known[key] = int(cursor.lastrowid or 0)
            changes.tags.add(known[key])
        if known[key] not in ids:
            ids.append(known[key])
    return ids


def _write_children(
    conn: sqlite3.Connection, contact_id: int, rec: ContactRecord, changes: ChangeSet
) -> None:
    conn.execute("DELETE FROM contact_channel WHERE contact_id = ?", (contact_id,))
    conn.executemany(
        "INSERT INTO contact_channel (contact_id, kind, label, value, position)"
        " VALUES (?, ?, ?, ?, ?)",
        [(contact_id, ch.kind, ch.label, ch.value.strip(), pos)
         for pos, ch in enumerate(c for c in rec.channels if c.value.strip())],
    )  # fmt: skip
    conn.execute("DELETE FROM contact_tag WHERE contact_id = ?", (contact_id,))
    conn.executemany(
        "INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
        [(contact_id, tid) for tid in tag_ids(conn, rec.tags, changes)],
    )


def create_contact(j: Journal, rec: ContactRecord) -> Outcome[ContactRecord]:
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    validate(rec)
    with j.write() as changes:
        conn = j.connection()
        now = str(dt.datetime.now())
        fields = {**_fields(rec), "created_at": now, "updated_at": now}  # uid: a trigger (0007)
        contact_id = int(conn.execute(
            f"INSERT INTO contact ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
            tuple(fields.values()),
        ).lastrowid or 0)  # fmt: skip
        _write_children(conn, contact_id, rec, changes)
        fulltext.index_contacts(j, [contact_id])
        changes.contacts.add(contact_id)
    return Outcome(get_contact(j, contact_id), changes)


def get_contact(j: Journal, contact_id: int) -> ContactRecord:
    conn = j.connection()
    row = conn.execute(f"{_SELECT} WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        raise NotFound(f"Contact {contact_id} does not exist.")
    channels = [Channel(kind, value, label) for kind, value, label in conn.execute(
        "SELECT kind, value, label FROM contact_channel WHERE contact_id = ?"
        " ORDER BY position, id", (contact_id,))]  # fmt: skip
    tags = [r[0] for r in conn.execute(
        "SELECT tag.name FROM tag JOIN contact_tag ON contact_tag.tag_id = tag.id"
        " WHERE contact_tag.contact_id = ? ORDER BY tag.name", (contact_id,))]  # fmt: skip
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
    contact_id: int = rec.id
    combined = False
    with j.write() as changes:
        conn = j.connection()
        old = conn.execute(
            "SELECT role, organisation, given_name, family_name, display_name"
            " FROM contact WHERE id = ?",
            (contact_id,),
        ).fetchone()
        if old is None:
            raise NotFound(
                f"Contact {contact_id} does not exist (any more): it was deleted elsewhere."
            )
        if base is not None:
            rec, combined = stale.reconcile("contact", base, rec, get_contact(j, contact_id))
        now = dt.datetime.now()
        fields = {**_fields(rec), "updated_at": str(now)}
        if _role_replaced(old[0], old[1], rec.role, rec.organisation):
            fields["role_changed_on"] = str(today or now.date())
        conn.execute(
            f"UPDATE contact SET {', '.join(f'{name} = ?' for name in fields)} WHERE id = ?",
            (*fields.values(), contact_id),
        )
        _write_children(conn, contact_id, rec, changes)
        fulltext.index_contacts(j, [contact_id])
        # Interactions are indexed with their participants' names, events with the
        # names of who was there: a new name is found there too.
        fulltext.index_interactions(j, interaction_ids_of(j, contact_id))
        if _name_changed(old, rec):
            attended = _attended_events(j, contact_id)
            if attended:
                from netzjournal.store.events import index_events

                index_events(j, attended)
                changes.events.update(attended)
        changes.contacts.add(contact_id)
    return Outcome(get_contact(j, contact_id), changes, combined)


def _name_changed(old: sqlite3.Row | tuple[str, ...], rec: ContactRecord) -> bool:
    """Whether what the events' index shows of a person (their name) changed.

    ``old`` is the row (role, organisation, given name, family name, display name).
    """
    return (old[2], old[3], old[4]) != (rec.given_name, rec.family_name, rec.display_name)


def _attended_events(j: Journal, contact_id: int) -> list[int]:
    rows = j.connection().execute(
        "SELECT event_id FROM attendance WHERE contact_id = ?", (contact_id,)
    )
    return [r[0] for r in rows]


def _role_replaced(old_role: str, old_org: str, role: str, org: str) -> bool:
    """A new role: a known role or organisation replaced by another, worth the coach's
    congratulations. Not a blank filled in, and not the same words written otherwise:
    a phone or an address book that re-saves a card ("Geschaeftsfuehrer", "Head of
    Sales - DACH", two spaces) made the coach congratulate on news there was none of."""
    if not (_words(role) or _words(org)):
        return False
    return bool(_words(old_role) and _words(role) != _words(old_role)) or bool(
        _words(old_org) and _words(org) != _words(old_org)
    )


def _words(text: str) -> list[str]:
    """A role's or organisation's words as the search folds them (case, accents,
    „ae“ for „ä“), without the spaces and punctuation between them."""
    return re.findall(r"\w+", fold(text))


def interaction_ids_of(j: Journal, contact_id: int) -> list[int]:
    return [r[0] for r in j.connection().execute(
        "SELECT interaction_id FROM participant WHERE contact_id = ?", (contact_id,))]  # fmt: skip


def set_archived(j: Journal, ids: Iterable[int], archived: bool) -> Outcome[int]:
    ids = list(ids)
    with j.write() as changes:
        conn = j.connection()
        count = conn.execute(
            "UPDATE contact SET archived = ?, updated_at = ?"
            " WHERE id IN (SELECT value FROM json_each(?))",
            (archived, str(dt.datetime.now()), _ids_json(ids)),
        ).rowcount
        changes.contacts.update(ids)
    return Outcome(count, changes)


def set_language(j: Journal, contact_id: int, language: str) -> Outcome[str]:
    """The language to write to a person in ("" for not known); returns the one it
    replaces, so that an undo can put it back."""
    if language not in LANGUAGES and language != UNKNOWN_LANGUAGE:
        raise ValidationError(f"Unknown language {language!r}.")
    with j.write() as changes:
        conn = j.connection()
        row = conn.execute("SELECT language FROM contact WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            raise NotFound(f"No contact {contact_id}.")
        conn.execute(
            "UPDATE contact SET language = ?, updated_at = ? WHERE id = ?",
            (language, str(dt.datetime.now()), contact_id),
        )
        changes.contacts.add(contact_id)
    return Outcome(row[0], changes)


def set_address_form(
    j: Journal, contact_id: int, form: str, chosen: bool = True
) -> Outcome[tuple[str, bool]]:
    """Sie or du for a person, chosen (``chosen`` False: the default, not chosen, for
    an undo); returns the form it replaces and whether that was chosen, so that an
    undo can put both back."""
    if form not in ADDRESS_FORMS:
        raise ValidationError(f"Unknown address form {form!r}.")
    with j.write() as changes:
        conn = j.connection()
        row = conn.execute(
            "SELECT address_form, address_form_chosen FROM contact WHERE id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"No contact {contact_id}.")
        conn.execute(
            "UPDATE contact SET address_form = ?, address_form_chosen = ?, updated_at = ?"
            " WHERE id = ?",
            (form, int(chosen), str(dt.datetime.now()), contact_id),
        )
        changes.contacts.add(contact_id)
    return Outcome((row[0], bool(row[1])), changes)


SALUTATIONS = ("", "Frau", "Herr")  # what the coach greets with; "" not known


def set_salutation(
    j: Journal, contact_id: int, salutation: str, neutral: bool = False
) -> Outcome[tuple[str, bool]]:
    """Frau or Herr for a person, or (``salutation`` "" and ``neutral``) the neutral
    whole-name greeting chosen; returns the salutation and the choice it replaces, so
    that an undo can put both back. The title and the card's own prefix stay."""
    if salutation not in SALUTATIONS:
        raise ValidationError(f"Unknown salutation {salutation!r}.")
    with j.write() as changes:
        conn = j.connection()
        row = conn.execute(
            "SELECT salutation, salutation_neutral FROM contact WHERE id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"No contact {contact_id}.")
        conn.execute(
            "UPDATE contact SET salutation = ?, salutation_neutral = ?, updated_at = ?"
            " WHERE id = ?",
            (salutation, int(neutral and not salutation), str(dt.datetime.now()), contact_id),
        )
        changes.contacts.add(contact_id)
    return Outcome((row[0], bool(row[1])), changes)


def keep_greeting_of(keep: ContactRecord, other: ContactRecord) -> None:
    """The greeting ``keep`` is written with after a merge (or a re-import: ``other``
    is the file's): its own Sie/du and salutation win unless nobody chose them —
    then ``other``'s, where it has one. A chosen neutral greeting is a choice too."""
    if not keep.address_form_chosen and other.address_form_chosen:
        keep.address_form, keep.address_form_chosen = other.address_form, True
    if not (keep.salutation or keep.salutation_neutral):
        if other.salutation:
            keep.salutation = other.salutation
        else:
            keep.salutation_neutral = other.salutation_neutral
    if not keep.name_prefix:  # (written only while it reads as salutation and title)
        keep.name_prefix = other.name_prefix


def set_address_forms(j: Journal, forms: dict[int, str], chosen: bool) -> Outcome[int]:
    """Sie or du for several people at once (id → form), chosen or (for an undo) not,
    in one transaction; returns how many rows changed."""
    if bad := set(forms.values()) - set(ADDRESS_FORMS):
        raise ValidationError(f"Unknown address form {sorted(bad)!r}.")
    with j.write() as changes:
        conn, now, count = j.connection(), str(dt.datetime.now()), 0
        for form in sorted(set(forms.values())):
            ids = [i for i, f in forms.items() if f == form]
            count += conn.execute(
                "UPDATE contact SET address_form = ?, address_form_chosen = ?, updated_at = ?"
                " WHERE id IN (SELECT value FROM json_each(?))",
                (form, int(chosen), now, _ids_json(ids)),
            ).rowcount
        changes.contacts.update(forms)
    return Outcome(count, changes)


def set_languages(j: Journal, ids: Iterable[int], language: str) -> Outcome[int]:
    """One language for several people at once ("" for not known), in one
    transaction; returns how many rows changed."""
    if language not in LANGUAGES and language != UNKNOWN_LANGUAGE:
        raise ValidationError(f"Unknown language {language!r}.")
    wanted = list(ids)
    with j.write() as changes:
        count = (
            j.connection()
            .execute(
                "UPDATE contact SET language = ?, updated_at = ?"
                " WHERE id IN (SELECT value FROM json_each(?))",
                (language, str(dt.datetime.now()), _ids_json(wanted)),
            )
            .rowcount
        )
        changes.contacts.update(wanted)
    return Outcome(count, changes)


def delete_contacts(
    j: Journal, ids: Iterable[int], backup_reason: str | None = "pre-delete"
) -> Outcome[int]:
    """Delete contacts; their meeting notes stay, without them as participants.

    Deleting more than one contact at once is a bulk change: a backup
    (reason ``pre-delete``) is taken first — unless the caller has made its own
    and says so with ``backup_reason=None`` (undoing an import).
    """
    ids = list(ids)
    reason = backup_reason if len(ids) > 1 else None
    with backups.backed_up(j, reason), j.write() as changes:
        conn = j.connection()
        wanted = _ids_json(ids)
        touched = [r[0] for r in conn.execute(
            "SELECT interaction_id FROM participant WHERE contact_id IN"
            " (SELECT value FROM json_each(?))", (wanted,))]  # fmt: skip
        # Their attendance goes with them (cascade); the events' index names who was there.
        events_of = [r[0] for r in conn.execute(
            "SELECT DISTINCT event_id FROM attendance WHERE contact_id IN"
            " (SELECT value FROM json_each(?))", (wanted,))]  # fmt: skip
        count = conn.execute(
            "DELETE FROM contact WHERE id IN (SELECT value FROM json_each(?))", (wanted,)
        ).rowcount
        fulltext.index_contacts(j, ids)  # removes their documents
        fulltext.index_interactions(j, touched)
        if events_of:
            from netzjournal.store.events import index_events

            index_events(j, events_of)
        changes.contacts.update(ids)
        changes.interactions.update(touched)
        changes.events.update(events_of)
    return Outcome(count, changes)


def with_history(j: Journal, ids: Iterable[int]) -> set[int]:
    """Those of these contacts that meeting notes, follow-ups or events' attendance name."""
    wanted = _ids_json(list(ids))
    rows = j.connection().execute(
        "SELECT value FROM json_each(?) WHERE value IN (SELECT contact_id FROM participant)"
        " OR value IN (SELECT contact_id FROM follow_up)"
        " OR value IN (SELECT contact_id FROM attendance)",
        (wanted,),
    )
    return {int(r[0]) for r in rows}


def referenced(j: Journal, ids: Iterable[int]) -> set[int]:
    """Those of these contacts that any other row names: :func:`with_history`, and the
    coach's state, a give-and-take line, or a contact they introduced."""
    ids = list(ids)
    rows = j.connection().execute(
        "SELECT value FROM json_each(?) WHERE value IN (SELECT contact_id FROM coach_state)"
        " OR value IN (SELECT contact_id FROM give_take)"
        " OR value IN (SELECT introduced_by_id FROM contact)",
        (_ids_json(ids),),
    )
    return with_history(j, ids) | {int(r[0]) for r in rows}


def existing(j: Journal, ids: Iterable[int], include_archived: bool = True) -> set[int]:
    """Those of these contact ids that have a row (not archived, unless ``include_archived``)."""
    archived = "" if include_archived else " AND NOT archived"
    rows = j.connection().execute(
        f"SELECT id FROM contact WHERE id IN (SELECT value FROM json_each(?)){archived}",
        (_ids_json(list(ids)),),
    )
    return {int(r[0]) for r in rows}


def contact_count(j: Journal, include_archived: bool = True) -> int:
    where = "" if include_archived else " WHERE NOT archived"
    return int(j.connection().execute(f"SELECT COUNT(*) FROM contact{where}").fetchone()[0])


def joined_hook(kept: str, other: str) -> str:
    """One person's "pick up next time" of a note from two of their records: the
    non-empty one, one of two alike (spacing and case aside), else both, kept first
    ("; ": the hook is one line, edited in one field and quoted inside a sentence)."""
    alike = " ".join(other.split()).casefold() == " ".join(kept.split()).casefold()
    if alike or not other.strip():
        return kept
    return f"{kept}; {other}" if kept.strip() else other


def _join_hooks(conn: sqlite3.Connection, keep_id: int, other_id: int) -> None:
    """On a note both were on, ``keep``'s participant row stays (the other's is dropped
    by ``UPDATE OR IGNORE``): the other's hook joins it first."""
    rows = conn.execute(
        "SELECT k.rowid, k.say_next, o.say_next FROM participant k JOIN participant o"
        " ON o.interaction_id = k.interaction_id AND o.contact_id = ?"
        " WHERE k.contact_id = ? AND o.say_next != ''",
        (other_id, keep_id),
    ).fetchall()
    joined = [(joined_hook(kept, other), rowid) for rowid, kept, other in rows]
    conn.executemany("UPDATE participant SET say_next = ? WHERE rowid = ?", joined)


def unite_channels_and_tags(keep: ContactRecord, other: ContactRecord) -> None:
    """``other``'s channels and tags that ``keep`` lacks, after its own (a channel of the
    same kind whose value differs only in case is the same one)."""
    known = {(c.kind, c.value.casefold()) for c in keep.channels}
    keep.channels += [c for c in other.channels if (c.kind, c.value.casefold()) not in known]
    keep.tags = list(dict.fromkeys([*keep.tags, *other.tags]))


def _carry_coach_state(conn: sqlite3.Connection, keep_id: int, other_id: int) -> None:
    """The coach's state of ``other`` that ``keep`` lacks, before ``other``'s row goes
    (its delete cascades to it): a snooze and the last opener sent as an empty field
    is filled; what "Reached out" answered (0063) from whichever answered the later
    day — its note is now ``keep``'s, so a birthday or follow-up ``other`` was
    reached out for today does not bring the merged person back on the list."""
    row = conn.execute(
        "SELECT snoozed_until, last_opener, reached_out_id, answered_until FROM coach_state"
        " WHERE contact_id = ?",
        (other_id,),
    ).fetchone()
    if row is None:
        return
    conn.execute(
        "INSERT INTO coach_state (contact_id, snoozed_until, last_opener, reached_out_id,"
        " answered_until, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (contact_id)"
        " DO UPDATE SET snoozed_until = coalesce(snoozed_until, excluded.snoozed_until),"
        " last_opener = coalesce(last_opener, excluded.last_opener),"
        # (each SET reads the row as it was: both CASEs compare the old answered_until)
        " reached_out_id = CASE WHEN excluded.answered_until > coalesce(answered_until, '')"
        "   THEN excluded.reached_out_id ELSE reached_out_id END,"
        " answered_until = CASE WHEN excluded.answered_until > coalesce(answered_until, '')"
        "   THEN excluded.answered_until ELSE answered_until END,"
        " updated_at = excluded.updated_at",
        (keep_id, *row, str(dt.datetime.now())),
    )


def merge_contacts(j: Journal, keep_id: int, other_id: int) -> Outcome[ContactRecord]:
    """Merge ``other`` into ``keep``: every note, follow-up and detail survives.

    Empty fields of ``keep`` are filled from ``other``; channels and tags are
    united; notes and topics are joined; the warmer closeness wins. ``other``
    is deleted. On a note both were on, their "pick up next time" hooks are
    joined (:func:`joined_hook`). Take :func:`snapshots.snapshot_contacts` first
    to undo.
    """
    if keep_id == other_id:
        raise ValidationError("A contact cannot be merged with itself.")
    keep, other = get_contact(j, keep_id), get_contact(j, other_id)
    keep_greeting_of(keep, other)
    for name in ("given_name", "family_name", "display_name", "title_prefix", "additional_names",
                 "honorific_suffix", "nickname", "organisation", "department", "role",
                 "hierarchy", "city", "source", "source_detail", "met_on", "introduced_by",
                 "birthday", "met_at_event_id"):  # fmt: skip
        if not getattr(keep, name) and getattr(other, name):
            setattr(keep, name, getattr(other, name))
    if keep.introduced_by == other_id:
        keep.introduced_by = None
    keep.closeness = max(keep.closeness, other.closeness)
    keep.notes = "\n\n".join(n for n in (keep.notes, other.notes) if n.strip())
    topics = [t.strip() for t in f"{keep.topics},{other.topics}".split(",") if t.strip()]
    keep.topics = ", ".join(dict.fromkeys(topics))
    unite_channels_and_tags(keep, other)
    with j.write() as changes:
        notes = interaction_ids_of(j, other_id)
        conn = j.connection()
        _join_hooks(conn, keep_id, other_id)
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
        _carry_coach_state(conn, keep_id, other_id)
        conn.execute("DELETE FROM contact WHERE id = ?", (other_id,))
        from netzjournal.store.merges import record_merge

        record_merge(conn, other_id, keep_id)  # (where a draft or a link finds it later)
        if other.uid and keep.uid:
            from netzjournal.store.sync_state import mark_merged

            mark_merged(j, "contact", other.uid, keep.uid)
        update_contact(j, keep)
        fulltext.index_contacts(j, [other_id])
        fulltext.index_interactions(j, notes)
        if events_of_other:
            from netzjournal.store.events import index_events

            index_events(j, events_of_other)
            changes.events.update(events_of_other)
        changes.contacts.update({keep_id, other_id})
        changes.interactions.update(notes)
    return Outcome(get_contact(j, keep_id), changes)
