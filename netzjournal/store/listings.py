"""Read-only listings that feed the views: pages for timelines and the contact page
(the contacts list's rows and the window's counts: :mod:`store.contact_list`).

Each function returns frozen dataclasses and takes plain parameters; the
SQL is static with bound parameters (``? IS NULL OR …`` for optional
filters).
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass

from netzjournal import zones
from netzjournal.store.journal import Journal
from netzjournal.store.values import to_datetime as _dt
from netzjournal.store.values import to_time


def contact_names(j: Journal) -> list[tuple[int, str]]:
    """(id, name) for every contact not archived, in name order (:mod:`collation`).

    Names only: to offer people to pick, use :func:`people.list_people`, which tells
    namesakes apart.
    """
    from netzjournal.store.people import list_people

    return [(c.id, c.name) for c in list_people(j)]


def contact_uids(j: Journal) -> dict[str, int]:
    """UID → id for every contact, archived ones included."""
    rows = j.connection().execute("SELECT uid, id FROM contact WHERE uid IS NOT NULL")
    return dict(rows.fetchall())


# -- interactions and the timeline ----------------------------------------------


@dataclass(frozen=True)
class NoteFilter:
    """Optional filters; ``None`` means "any"."""

    contact_id: int | None = None
    tag: str | None = None
    kind: str | None = None  # an interaction kind, or "event" for events only
    year: int | None = None
    open_follow_ups: bool = False


@dataclass(frozen=True)
class TimelineEntry:
    """One row of the notes list or the timeline: a note or an event."""

    source: str  # "interaction" or "event"
    id: int
    when: dt.datetime
    kind: str  # interaction kind, or "event"
    title: str
    people: str  # names joined by people.join_names ("Müller, Hans; Anna Weber")
    first_line: str
    open_follow_ups: int = 0

    @property
    def key(self) -> tuple[str, int]:
        """The keyset-pagination position of this entry."""
        return (self.when.isoformat(sep=" "), self.id)


_INTERACTIONS_PAGE = """
SELECT i.id, i.occurred_at, i.kind, i.title, substr(i.body, 1, 200),
       (SELECT group_concat(p.contact_id) FROM participant p WHERE p.interaction_id = i.id),
       (SELECT count(*) FROM follow_up f WHERE f.interaction_id = i.id AND f.done = 0)
  FROM interaction i
 WHERE (? IS NULL OR (i.occurred_at, i.id) < (?, ?))
   AND (? IS NULL OR i.kind = ?)
   AND (? IS NULL OR i.occurred_at >= ? AND i.occurred_at < ?)
   AND (? IS NULL OR i.id IN (SELECT interaction_id FROM participant WHERE contact_id = ?))
   AND (? IS NULL OR EXISTS (SELECT 1 FROM participant p JOIN contact_tag ct
                               ON ct.contact_id = p.contact_id JOIN tag t ON t.id = ct.tag_id
                             WHERE p.interaction_id = i.id AND t.name = ? COLLATE NOCASE))
   AND (NOT ? OR EXISTS (SELECT 1 FROM follow_up f WHERE f.interaction_id = i.id
                         AND f.done = 0))
 ORDER BY i.occurred_at DESC, i.id DESC
 LIMIT ?
"""

# Single events and the recorded occurrences of series (a series itself is no
# entry; its evenings are, once something is recorded about them). Cancelled ones are left out.
_EVENTS_PAGE = """
SELECT e.id, e.starts_on, coalesce(nullif(e.name, ''), s.name),
       coalesce(nullif(e.place, ''), s.place), coalesce(e.start_time, s.start_time),
       coalesce(nullif(e.zone, ''), s.zone, '')
  FROM event e LEFT JOIN event s ON s.id = e.series_id
 WHERE e.rrule = '' AND e.cancelled = 0
   AND (? IS NULL OR (e.starts_on || ' 00:00:00', e.id) < (?, ?))
   AND (? IS NULL OR e.starts_on >= ? AND e.starts_on < ?)
   AND (? IS NULL OR EXISTS (SELECT 1 FROM event_tag et JOIN tag t ON t.id = et.tag_id
                             WHERE et.event_id = coalesce(e.series_id, e.id)
                               AND t.name = ? COLLATE NOCASE))
   AND (? IS NULL OR EXISTS (SELECT 1 FROM interaction i JOIN participant p
                               ON p.interaction_id = i.id
                             WHERE i.event_id = e.id AND p.contact_id = ?))
   AND e.starts_on <= ?
 ORDER BY e.starts_on DESC, e.id DESC
 LIMIT ?
"""


def _year_bounds(year: int | None) -> tuple[str | None, str | None]:
    if year is None:
        return None, None
    return f"{year:04d}-01-01", f"{year + 1:04d}-01-01"


def interaction_page(
    j: Journal, flt: NoteFilter, before: tuple[str, int] | None, limit: int
) -> list[TimelineEntry]:
    """Notes newest first, strictly older than ``before`` (a previous entry's key)."""
    if flt.kind == "event":
        return []
    start, end = _year_bounds(flt.year)
    b_when, b_id = before if before else (None, None)
    params = (
        b_when, b_when, b_id,
        flt.kind, flt.kind,
        start, start, end,
        flt.contact_id, flt.contact_id,
        flt.tag, flt.tag,
        flt.open_follow_ups,
        limit,
    )  # fmt: skip
    from netzjournal.store.people import join_names, person_choices

    rows = j.connection().execute(_INTERACTIONS_PAGE, params).fetchall()
    ids = {r[0]: [int(p) for p in r[5].split(",")] if r[5] else [] for r in rows}
    # Namesakes are told apart ("Chloe Baker · Weserbogen Logistik"), for the
    # page's people only (one indexed look-up per name).
    people = person_choices(j, {p for found in ids.values() for p in found})
    out = []
    for r in rows:
        body = (r[4] or "").strip()
        first = body.splitlines()[0] if body else ""
        when = _dt(r[1]) or dt.datetime.min
        names = join_names(people[p].label for p in ids[r[0]] if p in people)
        out.append(TimelineEntry("interaction", r[0], when, r[2], r[3] or first, names,
                                 first, r[6]))  # fmt: skip
    return out


# How far the day an event is here can be from its planned day (zones 26 hours
# apart: an evening in Samoa is two days on in Kiribati).
_SHIFT = dt.timedelta(days=2)


def event_page(
    j: Journal, flt: NoteFilter, before: tuple[str, int] | None, limit: int, until: dt.date
) -> list[TimelineEntry]:
    """Events (up to ``until``) newest first, older than ``before``: each on the day
    it is here (``zones.day_here``: New York's evening of 31 December is 1 January in
    Berlin, in that year, as in the review). The store orders by the planned day; a
    page is read with a margin of :data:`_SHIFT` either side and sorted by the day
    here, and only what no later row can come before is given (so no entry is
    out of order or lost between pages)."""
    if flt.open_follow_ups or (flt.kind not in (None, "event")):
        return []
    start = end = None  # (a year asked: read with the margin, each kept by its day here)
    if flt.year is not None:
        start = (dt.date(flt.year, 1, 1) - _SHIFT).isoformat()
        end = (dt.date(flt.year + 1, 1, 1) + _SHIFT).isoformat()
    after = None if before is None else (dt.date.fromisoformat(before[0][:10]), before[1])
    b_when = None if after is None else (after[0] + _SHIFT).isoformat() + " 00:00:00"
    wanted = limit + 16  # (the margin: rows within _SHIFT of the last one read)
    while True:
        params = (
            b_when, b_when, 2**62,
            start, start, end,
            flt.tag, flt.tag,
            flt.contact_id, flt.contact_id,
            (until + _SHIFT).isoformat(),
            wanted,
        )  # fmt: skip
        rows = j.connection().execute(_EVENTS_PAGE, params).fetchall()
        found = []
        for r in rows:
            planned = dt.date.fromisoformat(str(r[1]))
            day = zones.day_here(planned, to_time(r[4]), r[5]) if r[4] and r[5] else planned
            if day > until or (flt.year is not None and day.year != flt.year):
                continue
            if after is not None and (day, r[0]) >= after:
                continue
            found.append((day, r))
        if len(rows) < wanted:  # (every row read: all of them can be given)
            safe = found
        else:  # (a row not read yet is at most _SHIFT after the last one read)
            lowest = dt.date.fromisoformat(str(rows[-1][1])) + _SHIFT
            safe = [(day, r) for day, r in found if day > lowest]
        if len(safe) >= limit or len(rows) < wanted:
            break
        wanted *= 2
    safe.sort(key=lambda x: (x[0], x[1][0]), reverse=True)
    return [
        TimelineEntry("event", r[0], dt.datetime.combine(day, dt.time()), "event", r[2], "",
                      r[3] or "")
        for day, r in safe[:limit]
    ]  # fmt: skip


@dataclass
class TimelineCursor:
    """Where the next timeline page starts, per stream."""

    interactions: tuple[str, int] | None = None
    events: tuple[str, int] | None = None
    interactions_done: bool = False
    events_done: bool = False

    @property
    def done(self) -> bool:
        return self.interactions_done and self.events_done


def timeline_page(
    j: Journal, flt: NoteFilter, cursor: TimelineCursor, limit: int, today: dt.date
) -> list[TimelineEntry]:
    """The next ``limit`` entries of notes and past events merged, newest first.

    Advances ``cursor``. Each stream is read with its own index-ordered
    keyset query, so a page costs the same at the start and after years.
    """
    notes = [] if cursor.interactions_done else interaction_page(j, flt, cursor.interactions, limit)
    events = [] if cursor.events_done else event_page(j, flt, cursor.events, limit, today)
    merged = list(heapq.merge(notes, events, key=lambda e: (e.when, e.id), reverse=True))[:limit]
    for e in merged:
        if e.source == "interaction":
            cursor.interactions = e.key
        else:
            cursor.events = (e.when.date().isoformat() + " 00:00:00", e.id)
    used_notes = sum(1 for e in merged if e.source == "interaction")
    used_events = len(merged) - used_notes
    if len(notes) < limit and used_notes == len(notes):
        cursor.interactions_done = True
    if len(events) < limit and used_events == len(events):
        cursor.events_done = True
    return merged


# From the latest entry back, one index seek per year: the year before the last one
# found is the latest entry before "YYYY-". (Reading every entry's year took ~35 ms on
# 50,000 contacts, each time the review opened or the journal changed.) "< latest" too:
# every step goes further back, whatever a stored value looks like. The bound is text
# that is no number ("2026-"): the columns' numeric affinity would make "2026" one, and
# every text greater than it.
_YEARS = """
WITH RECURSIVE
 notes(latest) AS (
  SELECT max(occurred_at) FROM interaction
  UNION ALL
  SELECT (SELECT max(occurred_at) FROM interaction
           WHERE occurred_at < substr(latest, 1, 4) || '-' AND occurred_at < latest)
    FROM notes WHERE latest IS NOT NULL),
 events(latest) AS (
  SELECT max(starts_on) FROM event WHERE substr(starts_on, 6, 5) NOT IN ('12-31', '01-01')
  UNION ALL
  SELECT (SELECT max(starts_on) FROM event
           WHERE starts_on < substr(latest, 1, 4) || '-' AND starts_on < latest
             AND substr(starts_on, 6, 5) NOT IN ('12-31', '01-01'))
    FROM events WHERE latest IS NOT NULL)
SELECT CAST(substr(latest, 1, 4) AS INTEGER) FROM notes WHERE latest IS NOT NULL
 UNION SELECT CAST(substr(latest, 1, 4) AS INTEGER) FROM events WHERE latest IS NOT NULL
 ORDER BY 1 DESC
"""


# The events on a year's first or last day: the only ones a zone can move into
# another year here (a New York evening of 31 December is 1 January in Berlin).
_YEAR_EDGES = """
SELECT e.starts_on, coalesce(e.start_time, s.start_time), coalesce(nullif(e.zone, ''), s.zone, '')
  FROM event e LEFT JOIN event s ON s.id = e.series_id
 WHERE substr(e.starts_on, 6, 5) IN ('12-31', '01-01')
"""


def years_with_entries(j: Journal) -> list[int]:
    """Every year with a note or an event, latest first; an event in the year of
    its day here, as the timeline, the review and the coach count it (the SQL seeks
    one entry per year and leaves the days at a year's edge to Python)."""
    conn = j.connection()
    years = {r[0] for r in conn.execute(_YEARS) if r[0]}
    for day, at, zone in conn.execute(_YEAR_EDGES):
        planned = dt.date.fromisoformat(day[:10])
        years.add(zones.day_here(planned, to_time(at), zone or "").year)
    return sorted(years, reverse=True)


# -- one contact's history ------------------------------------------------------


@dataclass(frozen=True)
class HistoryItem:
    id: int
    when: dt.datetime
    kind: str
    direction: str
    title: str
    # "pick up next time" only (private remarks are never something to say): the one
    # said to this person on the note, else the note's
    say_next: str


@dataclass(frozen=True)
class GiveTakeItem:
    when: dt.datetime
    direction: str
    text: str


HISTORY_TITLE_WIDTH = 80


def opening_words(body: str, width: int = HISTORY_TITLE_WIDTH) -> str:
    """The first line of a note without a title, cut after a whole word with "…" when
    longer than ``width`` (80 characters cut „Schwerpunkt Logistik“ to „Schwerpunkt Lo“)."""
    stripped = body.strip()
    line = stripped.splitlines()[0].strip() if stripped else ""
    if len(line) <= width:
        return line
    cut = line[: width + 1].rsplit(None, 1)[0] if " " in line[: width + 1] else line[:width]
    return cut.rstrip(" ,;:.–-") + "…"


def contact_history(j: Journal, contact_id: int, limit: int = 200) -> list[HistoryItem]:
    rows = j.connection().execute(
        "SELECT i.id, i.occurred_at, i.kind, i.direction, i.title, substr(i.body, 1, 400),"
        " coalesce(nullif(p.say_next, ''), i.say_next)"
        " FROM interaction i JOIN participant p ON p.interaction_id = i.id"
        " WHERE p.contact_id = ? ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?",
        (contact_id, limit),
    )
    return [HistoryItem(r[0], _dt(r[1]) or dt.datetime.min, r[2], r[3],
                        r[4] or opening_words(r[5] or ""), r[6] or "")
            for r in rows]  # fmt: skip


def give_and_take(j: Journal, contact_id: int) -> list[GiveTakeItem]:
    """Give & take lines about this person, newest first."""
    rows = j.connection().execute(
        "SELECT i.occurred_at, g.direction, g.text FROM give_take g"
        " JOIN interaction i ON i.id = g.interaction_id"
        " WHERE g.contact_id = ? OR (g.contact_id IS NULL AND EXISTS ("
        "   SELECT 1 FROM participant p WHERE p.interaction_id = i.id AND p.contact_id = ?))"
        " ORDER BY i.occurred_at DESC, g.position",
        (contact_id, contact_id),
    )
    return [GiveTakeItem(_dt(r[0]) or dt.datetime.min, r[1], r[2]) for r in rows]
