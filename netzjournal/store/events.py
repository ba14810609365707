"""Events, series, occurrences and attendance.

Three kinds of ``event`` rows (see migration 0008):

- a *single* event (no ``rrule``, no ``series_id``);
- a *series* (``rrule`` set): its ``starts_on`` is the first occurrence;
- an *occurrence row* (``series_id`` + ``occurrence_on``): created when
  something is recorded about one evening of a series (attendance, a note,
  "I was there") or when it differs (moved, another place, cancelled).

:func:`occurrences` expands the series with :mod:`netzjournal.store.recurrence`
and lays the occurrence rows over them. Every write is one transaction and
reports a :class:`ChangeSet` (``events``, and ``contacts`` whose attendance changed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from netzjournal import zones
from netzjournal.store import recurrence
from netzjournal.store.codes import ATTENDANCE, MY_STATUS
from netzjournal.store.collation import sort_key
from netzjournal.store.errors import NotFound, ValidationError
from netzjournal.store.folding import fold, match_expression
from netzjournal.store.journal import Journal
from netzjournal.store.records import AttendanceRow, ChangeSet, EventRecord, Occurrence, Outcome
from netzjournal.store.values import clean_text, ids_json
from netzjournal.store.values import to_date as _date
from netzjournal.store.values import to_time as _time


def _hhmm(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _now() -> str:
    return dt.datetime.now().isoformat(" ", "seconds")


# -- the search index of events --------------------------------------------------

_EVENT_DOCS = """
SELECT e.id, e.name, e.place, e.notes, e.url,
       (SELECT group_concat(t.name, ' ') FROM event_tag et JOIN tag t ON t.id = et.tag_id
         WHERE et.event_id = e.id),
       (SELECT group_concat(coalesce(nullif(c.display_name, ''),
               c.given_name || ' ' || c.family_name) || ' ' || a.note, ' ')
          FROM attendance a JOIN contact c ON c.id = a.contact_id WHERE a.event_id = e.id),
       s.name
  FROM event e LEFT JOIN event s ON s.id = e.series_id
 WHERE e.id IN (SELECT value FROM json_each(?))
"""


def index_events(j: Journal, ids: Iterable[int]) -> None:
    """(Re)index these events (name, place, notes, link, tags, who was there)."""
    ids = [int(i) for i in ids]
    if not ids:
        return
    conn = j.connection()
    conn.execute("DELETE FROM event_search WHERE rowid IN (SELECT value FROM json_each(?))",
                 (ids_json(ids),))  # fmt: skip
    rows = conn.execute(_EVENT_DOCS, (ids_json(ids),)).fetchall()
    conn.executemany(
        "INSERT INTO event_search (rowid, name, body) VALUES (?, ?, ?)",
        [
            (r[0], fold("\n".join(x for x in (r[1], r[7]) if x)),
             fold("\n".join(x for x in r[2:7] if x)))
            for r in rows
        ],
    )  # fmt: skip


def rebuild_event_index(j: Journal) -> None:
    conn = j.connection()
    conn.execute("DELETE FROM event_search")
    index_events(j, [r[0] for r in conn.execute("SELECT id FROM event")])


def matching_event_ids(j: Journal, text: str) -> set[int] | None:
    """Ids of the event rows (series, single events, occurrences) whose text matches.

    None means "no filter" (no searchable word). An occurrence row's text
    includes its series' name and who was there.
    """
    expression = match_expression(text)
    if expression is None:
        return None
    rows = j.connection().execute(
        "SELECT rowid FROM event_search WHERE event_search MATCH ?", (expression,)
    )
    return {r[0] for r in rows}


# -- events and series -----------------------------------------------------------

_COLUMNS = (
    "id, name, starts_on, ends_on, place, notes, url, start_time, end_time, rrule,"
    " series_id, occurrence_on, cancelled, my_status, uid, zone"
)


def _record(r: tuple, tags: list[str]) -> EventRecord:
    return EventRecord(
        name=r[1], starts_on=_date(r[2]) or dt.date.min, ends_on=_date(r[3]), place=r[4] or "",
        notes=r[5] or "", tags=tags, id=r[0], url=r[6] or "", start_time=_time(r[7]),
        end_time=_time(r[8]), rrule=r[9] or "", series_id=r[10], occurrence_on=_date(r[11]),
        cancelled=bool(r[12]), my_status=r[13] or "", uid=r[14] or "", zone=r[15] or "",
    )  # fmt: skip


def get_event(j: Journal, event_id: int) -> EventRecord:
    conn = j.connection()
    row = conn.execute(f"SELECT {_COLUMNS} FROM event WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise NotFound(f"Event {event_id} does not exist.")
    tags = conn.execute(
        "SELECT t.name FROM event_tag et JOIN tag t ON t.id = et.tag_id"
        " WHERE et.event_id = ? ORDER BY t.name COLLATE NOCASE",
        (event_id,),
    )
    return _record(row, [t[0] for t in tags])


def validate(rec: EventRecord) -> EventRecord:
    """Check an event; returns it (its text cleaned) with a normalised rule."""
    rec = clean_text(rec)  # no lone surrogate reaches SQLite
    if not rec.name.strip() and rec.series_id is None:
        raise ValidationError("An event needs a name.")
    if rec.ends_on and rec.ends_on < rec.starts_on:
        raise ValidationError("An event cannot end before it starts.")
    if rec.my_status not in MY_STATUS:
        raise ValidationError(f"Unknown status {rec.my_status!r}.")
    if rec.rrule:
        if rec.series_id is not None:
            raise ValidationError("An occurrence cannot have a recurrence of its own.")
        try:
            rec.rrule = recurrence.validate(rec.rrule, rec.starts_on, rec.start_time)
        except recurrence.RuleError as exc:
            raise ValidationError(str(exc)) from exc
    return rec


def _fields(rec: EventRecord) -> tuple:
    return (
        rec.name.strip(), rec.starts_on.isoformat(),
        rec.ends_on.isoformat() if rec.ends_on else None, rec.place.strip(), rec.notes,
        rec.url.strip(), _hhmm(rec.start_time), _hhmm(rec.end_time), rec.rrule,
        rec.series_id, rec.occurrence_on.isoformat() if rec.occurrence_on else None,
        int(rec.cancelled), rec.my_status, rec.zone,
    )  # fmt: skip


def _write_tags(j: Journal, event_id: int, names: list[str], changes: ChangeSet) -> None:
    from netzjournal.store.contacts import tag_ids

    conn = j.connection()
    conn.execute("DELETE FROM event_tag WHERE event_id = ?", (event_id,))
    for tid in tag_ids(conn, names, changes):
        conn.execute("INSERT INTO event_tag (event_id, tag_id) VALUES (?, ?)", (event_id, tid))


def create_event(j: Journal, rec: EventRecord) -> Outcome[EventRecord]:
    """A single event or, with ``rrule``, a series (or an occurrence row, with ``series_id``).

    An event that came from elsewhere (a synced or imported calendar entry)
    keeps its ``uid``; otherwise the store's trigger gives it a random one.
    """
    rec = validate(rec)
    with j.write() as changes:
        cur = j.connection().execute(
            "INSERT INTO event (name, starts_on, ends_on, place, notes, url, start_time,"
            " end_time, rrule, series_id, occurrence_on, cancelled, my_status, zone,"
            " created_at, updated_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?)",
            (*_fields(rec), _now(), _now(), rec.uid or None),
        )
        event_id = int(cur.lastrowid or 0)
        _write_tags(j, event_id, rec.tags, changes)
        index_events(j, [event_id])
        changes.events.add(event_id)
    return Outcome(get_event(j, event_id), changes)


def update_event(j: Journal, rec: EventRecord) -> Outcome[EventRecord]:
    """Store ``rec`` over the event with its id (a series' occurrence rows stay)."""
    if rec.id is None:
        raise ValidationError("update_event needs a stored event.")
    event_id: int = rec.id
    rec = validate(rec)
    with j.write() as changes:
        cur = j.connection().execute(
            "UPDATE event SET name = ?, starts_on = ?, ends_on = ?, place = ?, notes = ?,"
            " url = ?, start_time = ?, end_time = ?, rrule = ?, series_id = ?,"
            " occurrence_on = ?, cancelled = ?, my_status = ?, zone = ?, updated_at = ?"
            " WHERE id = ?",
            (*_fields(rec), _now(), event_id),
        )
        if not cur.rowcount or rec.id is None:
            raise NotFound(f"Event {rec.id} does not exist.")
        _write_tags(j, event_id, rec.tags, changes)
        rows = [event_id, *_occurrence_row_ids(j, event_id)]
        index_events(j, rows)  # occurrence rows carry the series' name
        changes.events.update(rows)
    return Outcome(get_event(j, event_id), changes)


def _occurrence_row_ids(j: Journal, series_id: int) -> list[int]:
    return [
        r[0] for r in j.connection().execute("SELECT id FROM event WHERE series_id = ?",
                                             (series_id,))
    ]  # fmt: skip


def with_history(j: Journal, ids: Iterable[int]) -> set[int]:
    """Those of these events (a series counts with its evenings) that attendance, a
    note or a contact's "met at" names."""
    rows = j.connection().execute(
        "SELECT DISTINCT coalesce(e.series_id, e.id) FROM event e"
        " WHERE (e.id IN (SELECT value FROM json_each(?1))"
        " OR e.series_id IN (SELECT value FROM json_each(?1)))"
        " AND (e.id IN (SELECT event_id FROM attendance)"
        " OR e.id IN (SELECT event_id FROM interaction WHERE event_id IS NOT NULL)"
        " OR e.id IN (SELECT met_at_event_id FROM contact WHERE met_at_event_id IS NOT NULL))",
        (ids_json(list(ids)),),
    )
    return {int(r[0]) for r in rows}


def delete_event(j: Journal, event_id: int) -> Outcome[int]:
    """Delete an event (a series with its occurrences and their attendance).

    Notes that linked to it stay, without the link.
    """
    with j.write() as changes:
        conn = j.connection()
        rows = [event_id, *_occurrence_row_ids(j, event_id)]
        people = [r[0] for r in conn.execute(
            "SELECT DISTINCT contact_id FROM attendance"
            " WHERE event_id IN (SELECT value FROM json_each(?))", (ids_json(rows),))]  # fmt: skip
        count = conn.execute("DELETE FROM event WHERE id = ?", (event_id,)).rowcount
        conn.execute("DELETE FROM event_search WHERE rowid IN (SELECT value FROM json_each(?))",
                     (ids_json(rows),))  # fmt: skip
        changes.events.update(rows)
        changes.contacts.update(people)
    return Outcome(count, changes)


def _with_tags(j: Journal, rows: list[tuple]) -> list[EventRecord]:
    """Records for ``rows`` with their tags (one query for all of them)."""
    tags: dict[int, list[str]] = {}
    if rows:
        for event_id, name in j.connection().execute(
            "SELECT et.event_id, t.name FROM event_tag et JOIN tag t ON t.id = et.tag_id"
            " WHERE et.event_id IN (SELECT value FROM json_each(?))"
            " ORDER BY t.name COLLATE NOCASE",
            (ids_json(r[0] for r in rows),),
        ):
            tags.setdefault(event_id, []).append(name)
    return [_record(r, tags.get(r[0], [])) for r in rows]


def list_events(j: Journal) -> list[EventRecord]:
    """Every single event and series (not occurrence rows), newest first, with tags."""
    rows = j.connection().execute(
        f"SELECT {_COLUMNS} FROM event WHERE series_id IS NULL ORDER BY starts_on DESC, id DESC"
    )
    return _with_tags(j, rows.fetchall())


# -- expanding series into occurrences --------------------------------------------

_SERIES = """
SELECT id, name, starts_on, ends_on, place, start_time, my_status, rrule, cancelled, zone
  FROM event
 WHERE rrule != '' AND series_id IS NULL AND starts_on <= ?
   AND (? IS NULL OR id IN (SELECT value FROM json_each(?)))
"""
_OVERRIDES = """
SELECT o.id, o.series_id, o.occurrence_on, o.starts_on, o.ends_on,
       coalesce(nullif(o.name, ''), s.name), coalesce(nullif(o.place, ''), s.place),
       coalesce(o.start_time, s.start_time), o.cancelled,
       CASE WHEN o.cancelled OR o.my_status_own THEN o.my_status
            ELSE coalesce(nullif(o.my_status, ''), s.my_status) END, s.starts_on, s.ends_on,
       s.zone
  FROM event o JOIN event s ON s.id = o.series_id
 WHERE o.series_id IS NOT NULL
   AND ((o.starts_on BETWEEN ?1 AND ?2) OR (o.occurrence_on BETWEEN ?1 AND ?2))
   AND (?3 IS NULL OR o.series_id IN (SELECT value FROM json_each(?3)))
"""
_SINGLES = """
SELECT id, name, starts_on, ends_on, place, start_time, cancelled, my_status, zone FROM event
 WHERE rrule = '' AND series_id IS NULL AND starts_on <= ?2
   AND coalesce(ends_on, starts_on) >= ?1
"""


def _shift(end: dt.date | None, first: dt.date, day: dt.date) -> dt.date | None:
    """A series' end day carried over to an occurrence starting on ``day``."""
    return day + (end - first) if end else None


def occurrences(
    j: Journal, start: dt.date, end: dt.date, series_ids: Iterable[int] | None = None
) -> list[Occurrence]:
    """Every occurrence starting between ``start`` and ``end`` (inclusive; its planned
    day), earliest first: by when it starts on this computer's clock (see :func:`_instant`).

    Series are expanded from their rule; an occurrence row replaces the
    expanded day it stands for (moved, another place, cancelled: a cancelled
    one is returned with ``cancelled=True``). Every evening of a series called
    off as a whole (the series row ``cancelled``) is cancelled. An evening never
    answered on its own has the series' answer (an invitation to the series
    accepted), unless it is cancelled; one answered on its own keeps its answer,
    also "no answer" (migration 0030). ``series_ids`` limits to those
    series (and leaves single events out).
    """
    conn = j.connection()
    wanted = None if series_ids is None else ids_json(series_ids)
    lo, hi = start.isoformat(), end.isoformat()
    out: list[Occurrence] = []
    replaced: set[tuple[int, dt.date]] = set()
    for r in conn.execute(_OVERRIDES, (lo, hi, wanted)).fetchall():
        day, first = _date(r[2]) or dt.date.min, _date(r[10]) or dt.date.min
        replaced.add((r[1], day))
        starts = _date(r[3]) or day
        if not start <= starts <= end:
            continue  # moved out of the window
        ends = _date(r[4]) or _shift(_date(r[11]), first, starts)
        out.append(Occurrence(r[1], r[0], day, starts, ends, _time(r[7]), r[5], r[6] or "",
                              bool(r[8]), r[9] or "", starts != day, r[12] or ""))  # fmt: skip
    for r in conn.execute(_SERIES, (hi, wanted, wanted)).fetchall():
        first, at = _date(r[2]) or dt.date.min, _time(r[5])
        try:
            days = recurrence.expand(r[7], first, at, start, end)
        except recurrence.RuleError:
            continue  # a broken rule shows the series only (on its page)
        ends, off = _date(r[3]), bool(r[8])
        mine = "" if off else r[6] or ""  # (an answer to the series, while it is on)
        for day in days:
            if (r[0], day) not in replaced:
                out.append(Occurrence(r[0], None, day, day, _shift(ends, first, day), at,
                                      r[1], r[4] or "", off, mine, zone=r[9] or ""))  # fmt: skip
    if series_ids is None:
        for r in conn.execute(_SINGLES, (lo, hi)).fetchall():
            day = _date(r[2]) or dt.date.min
            if day < start:
                continue
            out.append(Occurrence(None, r[0], day, day, _date(r[3]), _time(r[5]), r[1],
                                  r[4] or "", bool(r[6]), r[7] or "", zone=r[8] or ""))  # fmt: skip
    out.sort(key=lambda o: (_instant(o), sort_key(o.name)))
    return out


def _instant(o: Occurrence) -> dt.datetime:
    """When an occurrence starts on this computer's clock, for its place in the order:
    an evening planned in New York at 18:00 on the 10th is the 11th's midnight in
    Berlin and comes after the 10th's 19:00 Stammtisch here (a day without a time:
    its morning)."""
    if o.start_time is None or not o.zone:
        return dt.datetime.combine(o.starts_on, o.start_time or dt.time())
    return zones.moment_here(o.starts_on, o.start_time, o.zone)


def occurrence_row(j: Journal, series_id: int, day: dt.date) -> int | None:
    """The event row of one occurrence of a series, if something is recorded about it."""
    sql = "SELECT id FROM event WHERE series_id = ? AND occurrence_on = ?"
    row = j.connection().execute(sql, (series_id, day.isoformat())).fetchone()
    return row[0] if row else None


def ensure_occurrence(j: Journal, series_id: int, day: dt.date) -> Outcome[int]:
    """The event row of one occurrence, created (inheriting everything) if missing.

    Attendance, notes and "where we met" refer to this row.
    """
    with j.write() as changes:
        existing = occurrence_row(j, series_id, day)
        if existing is not None:
            return Outcome(existing, changes)
        sql = "SELECT rrule, starts_on FROM event WHERE id = ? AND series_id IS NULL"
        series = j.connection().execute(sql, (series_id,)).fetchone()
        if series is None or not series[0]:
            raise NotFound(f"Series {series_id} does not exist.")
        cur = j.connection().execute(
            "INSERT INTO event (name, starts_on, place, notes, series_id, occurrence_on,"
            " created_at, updated_at) VALUES ('', ?, '', '', ?, ?, ?, ?)",
            (day.isoformat(), series_id, day.isoformat(), _now(), _now()),
        )
        event_id = int(cur.lastrowid or 0)
        index_events(j, [event_id])
        changes.events.update({event_id, series_id})
    return Outcome(event_id, changes)


def event_row_for(j: Journal, occurrence: Occurrence) -> Outcome[int]:
    """The event row to record something about ``occurrence`` on (created if needed)."""
    if occurrence.event_id is not None:
        return Outcome(occurrence.event_id, ChangeSet())
    assert occurrence.series_id is not None
    return ensure_occurrence(j, occurrence.series_id, occurrence.occurrence_on)


def update_occurrence(
    j: Journal,
    series_id: int,
    day: dt.date,
    *,
    starts_on: dt.date | None = None,
    place: str | None = None,
    start_time: dt.time | None = None,
    cancelled: bool | None = None,
    notes: str | None = None,
    by_organiser: bool = False,
) -> Outcome[int]:
    """Make one occurrence differ: move it, another place or time, cancel it (or not).

    ``by_organiser``: the cancellation comes from the organiser's calendar (an
    invitation), not from the user; a newer invitation can bring the evening back
    (see :func:`bring_back_evenings`).
    """
    with j.write() as changes:
        event_id = ensure_occurrence(j, series_id, day).value
        conn = j.connection()
        if starts_on is not None:
            conn.execute("UPDATE event SET starts_on = ? WHERE id = ?",
                         (starts_on.isoformat(), event_id))  # fmt: skip
        if place is not None:
            conn.execute("UPDATE event SET place = ? WHERE id = ?", (place.strip(), event_id))
        if start_time is not None:
            conn.execute("UPDATE event SET start_time = ? WHERE id = ?",
                         (_hhmm(start_time), event_id))  # fmt: skip
        if cancelled is not None:
            conn.execute("UPDATE event SET cancelled = ?, cancelled_by_organiser = ? WHERE id = ?",
                         (int(cancelled), int(cancelled and by_organiser), event_id))  # fmt: skip
        if notes is not None:
            conn.execute("UPDATE event SET notes = ? WHERE id = ?", (notes, event_id))
        conn.execute("UPDATE event SET updated_at = ? WHERE id = ?", (_now(), event_id))
        index_events(j, [event_id])
        changes.events.update({event_id, series_id})
    return Outcome(event_id, changes)


def reset_occurrence(j: Journal, series_id: int, day: dt.date) -> Outcome[int | None]:
    """Make one recorded occurrence "as the series" again (its day, time, place,
    notes; not cancelled). The row stays: attendance and "where we met" refer to it."""
    with j.write() as changes:
        event_id = occurrence_row(j, series_id, day)
        if event_id is None:
            return Outcome(None, changes)
        j.connection().execute(
            "UPDATE event SET starts_on = occurrence_on, start_time = NULL, place = '',"
            " notes = '', cancelled = 0, cancelled_by_organiser = 0, updated_at = ?"
            " WHERE id = ?",
            (_now(), event_id),
        )
        index_events(j, [event_id])
        changes.events.update({event_id, series_id})
    return Outcome(event_id, changes)


def set_my_status(j: Journal, event_id: int, status: str) -> Outcome[None]:
    """Whether I go / went to this event row (one of ``codes.MY_STATUS``). On one
    evening of a series it is that evening's own answer from then on, also '' ("no
    answer"): the series' answer no longer shows on it."""
    if status not in MY_STATUS:
        raise ValidationError(f"Unknown status {status!r}.")
    with j.write() as changes:
        cur = j.connection().execute(
            "UPDATE event SET my_status = ?, my_status_own = 1, updated_at = ? WHERE id = ?",
            (status, _now(), event_id),
        )
        if not cur.rowcount:
            raise NotFound(f"Event {event_id} does not exist.")
        changes.events.add(event_id)
    return Outcome(None, changes)


def call_off_series(j: Journal, series_id: int, from_day: dt.date) -> Outcome[bool]:
    """A series called off from ``from_day`` on (an invitation's "cancel series").

    What came before stays as history: the rule ends on the last evening before
    ``from_day``, and evenings from then on that something is recorded about
    (who said they would come, a note) stay as cancelled. A series with no
    evening before ``from_day`` is called off as a whole (the series row
    cancelled: every evening of it is). The value: whether anything changed.
    """
    with j.write() as changes:
        rec = get_event(j, series_id)
        if not rec.is_series:
            raise ValidationError(f"Event {series_id} is not a series.")
        last = recurrence.last_before(rec.rrule, rec.starts_on, rec.start_time, from_day)
        if last is not None:
            new = replace(rec, rrule=recurrence.ended(rec.rrule, last))
        else:
            new = replace(rec, cancelled=True)
        changed = new != rec
        if changed:
            update_event(j, new)
        conn = j.connection()
        cur = conn.execute(
            "UPDATE event SET cancelled = 1, cancelled_by_organiser = 1, updated_at = ?"
            " WHERE series_id = ? AND cancelled = 0 AND min(occurrence_on, starts_on) >= ?",
            (_now(), series_id, from_day.isoformat()),
        )
        if cur.rowcount:
            changed = True
            changes.events.update(_occurrence_row_ids(j, series_id))
    return Outcome(changed, changes)


def bring_back_evenings(
    j: Journal,
    series_id: int,
    excluded: Iterable[dt.date],
    version: tuple[int, str],
    extra: Iterable[dt.date] = (),
) -> Outcome[list[dt.date]]:
    """A newer invitation of a series (``version``: its SEQUENCE and DTSTAMP) has
    the whole set of its evenings: its rule and its ``extra`` evenings (RDATEs)
    less its EXDATEs (``excluded``). It replaces what the organiser's earlier mails
    said (RFC 5546; CalConnect's recurrence recommendations, 6.3.2). Evenings those
    mails had cancelled (a "cancel series", an EXDATE, the evening's own
    cancellation, an RDATE taken back) that the rule, as stored now, or ``extra``
    has again and that are not excluded are on again; their
    attendance and notes stay as they were. An evening cancelled here by hand,
    or whose own mail is newer than ``version``, stays off. The value: the
    evenings brought back."""
    with j.write() as changes:
        rec = get_event(j, series_id)
        off, added = set(excluded), set(extra)
        sql = (
            "SELECT id, occurrence_on, invitation_sequence, invitation_stamp FROM event"
            " WHERE series_id = ? AND cancelled = 1 AND cancelled_by_organiser = 1"
        )
        rows = j.connection().execute(sql, (series_id,)).fetchall()
        back: list[dt.date] = []
        for event_id, on, sequence, stamp in rows:
            day = _date(on)
            if day is None or day in off:
                continue
            if sequence is not None and (sequence, stamp or "") > version:
                continue  # (the evening's own mail is newer)
            if day in added:
                days = [day]
            else:
                try:
                    days = recurrence.expand(rec.rrule, rec.starts_on, rec.start_time, day, day)
                except recurrence.RuleError:
                    days = []
            if day not in days:
                continue
            j.connection().execute(
                "UPDATE event SET cancelled = 0, cancelled_by_organiser = 0, updated_at = ?"
                " WHERE id = ?", (_now(), event_id))  # fmt: skip
            changes.events.update({event_id, series_id})
            back.append(day)
    return Outcome(back, changes)


def invitation_version(j: Journal, event_id: int) -> tuple[int | None, str | None, str]:
    """The SEQUENCE and DTSTAMP of the last invitation taken for this row (None: none
    known), and the answer of the user's it set (see migration 0022)."""
    row = j.connection().execute(
        "SELECT invitation_sequence, invitation_stamp, invitation_answer FROM event"
        " WHERE id = ?", (event_id,)).fetchone()  # fmt: skip
    if row is None:
        raise NotFound(f"Event {event_id} does not exist.")
    return row[0], row[1], row[2] or ""


def set_invitation_version(j: Journal, event_id: int, sequence: int, stamp: str) -> Outcome[None]:
    """Remember the SEQUENCE and DTSTAMP of the invitation taken for this row."""
    with j.write() as changes:
        j.connection().execute(
            "UPDATE event SET invitation_sequence = ?, invitation_stamp = ? WHERE id = ?",
            (sequence, stamp, event_id),
        )
    return Outcome(None, changes)


def set_invitation_answer(j: Journal, event_id: int, answer: str) -> Outcome[None]:
    """Remember the user's answer an invitation set (``my_status``)."""
    with j.write() as changes:
        j.connection().execute(
            "UPDATE event SET invitation_answer = ? WHERE id = ?", (answer, event_id)
        )
    return Outcome(None, changes)


# -- attendance ------------------------------------------------------------------


def set_attendance(
    j: Journal, event_id: int, contact_id: int, status: str = "attended", note: str = ""
) -> Outcome[None]:
    """Record that someone was there (or said they would come), with an optional line."""
    if status not in ATTENDANCE:
        raise ValidationError(f"Unknown attendance {status!r}.")
    with j.write() as changes:
        conn = j.connection()
        if conn.execute("SELECT 1 FROM contact WHERE id = ?", (contact_id,)).fetchone() is None:
            raise ValidationError(f"Unknown contact {contact_id}.")
        if conn.execute("SELECT 1 FROM event WHERE id = ?", (event_id,)).fetchone() is None:
            raise NotFound(f"Event {event_id} does not exist.")
        conn.execute(
            "INSERT INTO attendance (event_id, contact_id, status, note, created_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id, contact_id) DO UPDATE"
            " SET status = excluded.status, note = excluded.note",
            (event_id, contact_id, status, note.strip(), _now()),
        )
        index_events(j, [event_id])
        changes.events.add(event_id)
        changes.contacts.add(contact_id)
    return Outcome(None, changes)


def contacts_by_email(j: Journal, addresses: Iterable[str]) -> dict[str, int]:
    """Per e-mail address (lower case) the one contact that has it. An address two
    contacts share tells no one and is left out (people are ids: never a guess)."""
    import json

    wanted = sorted({a.strip().lower() for a in addresses if a.strip()})
    if not wanted:
        return {}
    found: dict[str, set[int]] = {}
    for address, contact_id in j.connection().execute(
        "SELECT lower(value), contact_id FROM contact_channel WHERE kind = 'email'"
        " AND lower(value) IN (SELECT value FROM json_each(?))",
        (json.dumps(wanted),),
    ):
        found.setdefault(address, set()).add(contact_id)
    return {a: next(iter(ids)) for a, ids in found.items() if len(ids) == 1}


def remove_attendance(j: Journal, event_id: int, contact_id: int) -> Outcome[int]:
    with j.write() as changes:
        sql = "DELETE FROM attendance WHERE event_id = ? AND contact_id = ?"
        count = j.connection().execute(sql, (event_id, contact_id)).rowcount
        index_events(j, [event_id])
        changes.events.add(event_id)
        changes.contacts.add(contact_id)
    return Outcome(count, changes)


_ATTENDANCE = """
SELECT a.event_id, a.contact_id,
       coalesce(nullif(c.display_name, ''), trim(c.given_name || ' ' || c.family_name)),
       c.organisation, c.city, a.status, a.note
  FROM attendance a JOIN contact c ON c.id = a.contact_id
  LEFT JOIN contact_summary s ON s.contact_id = a.contact_id
 WHERE a.event_id IN (SELECT value FROM json_each(?))
 ORDER BY a.event_id, a.status <> 'attended', s.name_key, a.contact_id
"""


def attendance(j: Journal, event_ids: Iterable[int]) -> dict[int, list[AttendanceRow]]:
    """Who was at these event rows (or said they would come): those who were there
    first, each part in the contacts table's order (``contact_summary.name_key``:
    family name first)."""
    out: dict[int, list[AttendanceRow]] = {}
    for r in j.connection().execute(_ATTENDANCE, (ids_json(event_ids),)):
        out.setdefault(r[0], []).append(AttendanceRow(r[0], r[1], r[2] or "", r[3] or "",
                                                      r[4] or "", r[5], r[6] or ""))  # fmt: skip
    return out


def people_met(j: Journal, event_ids: Iterable[int]) -> dict[int, set[int]]:
    """Contacts met at each event row: attendance ("was there") or a note linked to it."""
    wanted = ids_json(event_ids)
    out: dict[int, set[int]] = {}
    rows = j.connection().execute(
        "SELECT event_id, contact_id FROM attendance WHERE status = 'attended'"
        "   AND event_id IN (SELECT value FROM json_each(?1))"
        " UNION SELECT i.event_id, p.contact_id FROM interaction i"
        "   JOIN participant p ON p.interaction_id = i.id"
        "  WHERE i.event_id IN (SELECT value FROM json_each(?1))",
        (wanted,),
    )
    for eid, cid in rows:
        out.setdefault(eid, set()).add(cid)
    return out


def series_attendees(j: Journal, series_ids: Iterable[int], before: dt.date) -> dict[int, set[int]]:
    """Per series: who was at one of its occurrences before ``before`` (attendance or a note)."""
    rows = j.connection().execute(
        "SELECT e.series_id, a.contact_id FROM attendance a JOIN event e ON e.id = a.event_id"
        " WHERE a.status = 'attended' AND e.cancelled = 0 AND e.starts_on < ?1"
        "   AND e.series_id IN (SELECT value FROM json_each(?2))"
        " UNION SELECT e.series_id, p.contact_id FROM interaction i"
        "   JOIN event e ON e.id = i.event_id JOIN participant p ON p.interaction_id = i.id"
        "  WHERE e.starts_on < ?1 AND e.series_id IN (SELECT value FROM json_each(?2))",
        (before.isoformat(), ids_json(series_ids)),
    )
    out: dict[int, set[int]] = {}
    for sid, cid in rows:
        out.setdefault(sid, set()).add(cid)
    return out


# -- a contact's events ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContactEvent:
    """An event row someone was at (or said they would come to), for their page."""

    event_id: int
    series_id: int | None
    name: str
    starts_on: dt.date
    status: str  # attended / going / "note" (only a note links them)
    note: str


def contact_events(j: Journal, contact_id: int) -> list[ContactEvent]:
    """The events this person was at, newest first (attendance or a linked note)."""
    rows = j.connection().execute(
        "SELECT e.id, e.series_id, coalesce(nullif(e.name, ''), s.name), e.starts_on,"
        "       a.status, a.note"
        "  FROM attendance a JOIN event e ON e.id = a.event_id"
        "  LEFT JOIN event s ON s.id = e.series_id"
        " WHERE a.contact_id = ?1"
        " UNION SELECT e.id, e.series_id, coalesce(nullif(e.name, ''), s.name), e.starts_on,"
        "       'note', ''"
        "  FROM interaction i JOIN participant p ON p.interaction_id = i.id"
        "  JOIN event e ON e.id = i.event_id LEFT JOIN event s ON s.id = e.series_id"
        " WHERE p.contact_id = ?1 AND NOT EXISTS (SELECT 1 FROM attendance a2"
        "       WHERE a2.event_id = e.id AND a2.contact_id = ?1)"
        " ORDER BY 4 DESC, 1 DESC",
        (contact_id,),
    )
    seen: set[int] = set()
    out = []
    for r in rows:
        if r[0] in seen:
            continue
        seen.add(r[0])
        out.append(ContactEvent(r[0], r[1], r[2] or "", _date(r[3]) or dt.date.min, r[4],
                                r[5] or ""))  # fmt: skip
    return out


def event_label(j: Journal, event_id: int) -> tuple[str, dt.date] | None:
    """An event row's name (its series' for an occurrence) and its day here (a New
    York evening of 31 December: 1 January in Berlin, as ``set_met_at`` and the
    debrief's note date it)."""
    conn = j.connection()
    row = conn.execute(
        "SELECT coalesce(nullif(e.name, ''), s.name), e.starts_on,"
        " coalesce(e.start_time, s.start_time), coalesce(nullif(e.zone, ''), s.zone, '')"
        " FROM event e LEFT JOIN event s ON s.id = e.series_id WHERE e.id = ?",
        (event_id,),
    ).fetchone()
    if row is None:
        return None
    day = _date(row[1])
    return row[0] or "", zones.day_here(day, _time(row[2]), row[3]) if day else dt.date.min


def set_met_at(j: Journal, contact_id: int, event_id: int | None) -> Outcome[None]:
    """Where the user met this person: an event row (None: forget it)."""
    with j.write() as changes:
        conn = j.connection()
        met_on = None
        if event_id is not None:
            row = conn.execute(
                "SELECT e.starts_on, coalesce(e.start_time, s.start_time),"
                " coalesce(nullif(e.zone, ''), s.zone, '') FROM event e"
                " LEFT JOIN event s ON s.id = e.series_id WHERE e.id = ?",
                (event_id,),
            ).fetchone()
            if row is None or _date(row[0]) is None:
                raise NotFound(f"Event {event_id} does not exist.")
            # The day it was here (a New-York evening: the next day in Berlin), as a
            # debrief's note and the review have it.
            day = zones.day_here(_date(row[0]) or dt.date.min, _time(row[1]), row[2])
            met_on = day.isoformat()
        cur = conn.execute(
            "UPDATE contact SET met_at_event_id = ?, met_on = coalesce(met_on, ?),"
            " source = CASE WHEN ? IS NOT NULL AND source = '' THEN 'event' ELSE source END,"
            " updated_at = ? WHERE id = ?",
            (event_id, met_on, event_id, _now(), contact_id),
        )
        if not cur.rowcount:
            raise NotFound(f"Contact {contact_id} does not exist.")
        changes.contacts.add(contact_id)
    return Outcome(None, changes)


# -- what the views and pickers list ----------------------------------------------


def occurrence_counts(j: Journal, event_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """Per event row: (people met there, people who said they would come)."""
    met = people_met(j, event_ids)
    going: dict[int, int] = {}
    for eid, n in j.connection().execute(
        "SELECT event_id, count(*) FROM attendance WHERE status = 'going'"
        " AND event_id IN (SELECT value FROM json_each(?)) GROUP BY event_id",
        (ids_json(event_ids),),
    ):
        going[eid] = n
    return {eid: (len(met.get(eid, ())), going.get(eid, 0)) for eid in {*met, *going}}


def series_rules(j: Journal, series_ids: Iterable[int]) -> dict[int, str]:
    """Each series' rule (RRULE), in one read (the events list words its rhythm)."""
    rows = j.connection().execute(
        "SELECT id, rrule FROM event WHERE id IN (SELECT value FROM json_each(?))",
        (ids_json(sorted(set(series_ids))),),
    )
    return {int(i): rule or "" for i, rule in rows}


def first_event_day(j: Journal) -> dt.date | None:
    row = j.connection().execute("SELECT min(starts_on) FROM event").fetchone()
    return _date(row[0]) if row else None


def linkable_events(j: Journal, limit: int = 200) -> list[tuple[int, str, dt.date]]:
    """Event rows a note can link to (single events, recorded occurrences), newest first."""
    rows = j.connection().execute(
        "SELECT e.id, coalesce(nullif(e.name, ''), s.name), e.starts_on FROM event e"
        " LEFT JOIN event s ON s.id = e.series_id WHERE e.rrule = ''"
        " ORDER BY e.starts_on DESC, e.id DESC LIMIT ?",
        (limit,),
    )
    return [(r[0], r[1] or "", _date(r[2]) or dt.date.min) for r in rows]


def occurrence_rows(j: Journal, series_id: int) -> list[EventRecord]:
    """A series' recorded occurrences (as stored: blank name/place inherit), by day."""
    rows = j.connection().execute(
        f"SELECT {_COLUMNS} FROM event WHERE series_id = ? ORDER BY occurrence_on", (series_id,)
    )
    return [_record(r, []) for r in rows.fetchall()]


def search_events(j: Journal, text: str, limit: int = 8) -> list:
    """Ranked event matches for the global search (``SearchHit`` with kind "event").

    An occurrence row that matches (by who was there, its own place) is shown
    under its series' name and day.
    """
    from netzjournal.store.fulltext import SearchHit

    expression = match_expression(text)
    if expression is None or limit <= 0:
        return []
    rows = j.connection().execute(
        "SELECT e.id, coalesce(nullif(e.name, ''), s.name), e.starts_on,"
        "       coalesce(nullif(e.place, ''), s.place), bm25(event_search, 10.0, 1.0) AS score"
        "  FROM event_search JOIN event e ON e.id = event_search.rowid"
        "  LEFT JOIN event s ON s.id = e.series_id"
        " WHERE event_search MATCH ? ORDER BY score LIMIT ?",
        (expression, limit),
    )
    out = []
    for r in rows:
        day = _date(r[2])
        when = dt.datetime.combine(day, dt.time()) if day else None
        out.append(SearchHit("event", r[0], r[1] or "", r[3] or "", when, r[4]))
    return out


# -- undoing "where we met" ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MetAt:
    """What :func:`set_met_at` changes on a contact, as stored (for its undo)."""

    event_id: int | None
    met_on: str | None
    source: str


def met_at_state(j: Journal, contact_id: int) -> MetAt:
    sql = "SELECT met_at_event_id, met_on, source FROM contact WHERE id = ?"
    row = j.connection().execute(sql, (contact_id,)).fetchone()
    if row is None:
        raise NotFound(f"Contact {contact_id} does not exist.")
    return MetAt(row[0], row[1], row[2] or "")


def restore_met_at(
    j: Journal, contact_id: int, before: MetAt, *, expect: MetAt | None = None
) -> Outcome[None]:
    """Put "where we met" (event, day, source) back as it was.

    ``expect``: the state the change being undone left; if it was changed
    elsewhere since, nothing is written (:class:`StaleWrite`).
    """
    from netzjournal.store.stale import StaleWrite

    with j.write() as changes:
        if expect is not None and met_at_state(j, contact_id) != expect:
            raise StaleWrite("contact", contact_id, ["met_at_event_id"])
        if before.event_id is not None and event_label(j, before.event_id) is None:
            raise StaleWrite("contact", contact_id, ["met_at_event_id"])
        j.connection().execute(
            "UPDATE contact SET met_at_event_id = ?, met_on = ?, source = ?, updated_at = ?"
            " WHERE id = ?",
            (before.event_id, before.met_on, before.source, _now(), contact_id),
        )
        changes.contacts.add(contact_id)
    return Outcome(None, changes)


# -- "where we met" in the contact editor ------------------------------------------


@dataclass(frozen=True, slots=True)
class MetAtChoice:
    """An event or evening the contact editor offers as "where we met".

    ``event_id`` is its row; an evening of a series nothing was recorded about
    yet has none (``series_id`` and ``occurrence_on`` name it; choosing it makes
    its row). ``day`` is when it took place.
    """

    event_id: int | None
    series_id: int | None
    occurrence_on: dt.date
    day: dt.date
    name: str


def met_at_choices(
    j: Journal, today: dt.date, current: int | None = None, back_days: int = 730
) -> list[MetAtChoice]:
    """What "where we met" can be: the current choice, then every event and evening of
    the last two years up to today (cancelled ones left out), newest first."""
    out: list[MetAtChoice] = []
    seen: set[int] = set()
    if current is not None:
        label = event_label(j, current)
        if label is not None:
            sql = "SELECT series_id FROM event WHERE id = ?"
            series = j.connection().execute(sql, (current,)).fetchone()
            sid = series[0] if series else None
            out.append(MetAtChoice(current, sid, label[1], label[1], label[0]))
            seen.add(current)
    found = occurrences(j, today - dt.timedelta(days=back_days), today)
    for o in reversed(found):
        if o.cancelled or (o.event_id is not None and o.event_id in seen):
            continue
        # (its day here, as "met on" is kept: set_met_at)
        day = zones.day_here(o.starts_on, o.start_time, o.zone)
        out.append(MetAtChoice(o.event_id, o.series_id, o.occurrence_on, day, o.name))
    return out
