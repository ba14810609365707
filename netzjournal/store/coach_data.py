"""What the reconnect coach needs to know, read in two passes.

Pass one (:func:`coach_summaries`) covers every contact with a few grouped
aggregates — enough to decide who is due. Pass two (:func:`coach_details`)
reads the details that make a good reason and opener (last hook, give &
take, unanswered outreaches) only for the candidates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, Invitee, Occurrence, Outcome
from netzjournal.store.values import ids_json
from netzjournal.store.values import to_date as _date
from netzjournal.store.values import to_datetime as _dt


@dataclass(slots=True)
class CoachSummary:
    id: int
    given_name: str
    family_name: str
    display_name: str
    closeness: int
    cadence_days: int | None
    cadence_never: bool
    met_on: dt.date | None
    created_at: dt.date | None
    birthday: Birthday | None
    snoozed_until: dt.date | None
    last_contact: dt.datetime | None
    last_two_way: dt.datetime | None
    last_outbound: dt.datetime | None
    in_person_2y: int
    inbound_2y: int
    outbound_2y: int
    tags: tuple[str, ...]
    owed_open: int  # open follow-ups I owe them: due from 30 days ago to a week ahead
    role_changed_on: dt.date | None = None  # an edit replaced their role or organisation
    due_today: int = 0  # open follow-ups I owe them, due today (always shown)
    last_opener: str | None = None  # the opener variant last sent to them
    # The card came from LinkedIn or XING: "met on" is the day of connecting, and its
    # anniversary no occasion that lifts them (rules.lifts).
    from_network: bool = False
    # "Reached out" answered the occasions up to this day (migration 0063): a birthday
    # or a follow-up due then no longer keeps them listed. None once its note is gone.
    answered_until: dt.date | None = None

    @property
    def name(self) -> str:
        return self.display_name or " ".join(p for p in (self.given_name, self.family_name) if p)


@dataclass(slots=True)
class CoachDetails:
    id: int
    salutation: str
    title_prefix: str
    language: str
    address_form: str
    city: str
    organisation: str
    role: str
    topics: str
    emails: tuple[str, ...]
    last_kind: str | None
    # The newest "pick up next time" said to them (never private remarks): their own
    # on a note with several people (participant.say_next), else the note's.
    last_hook: str
    unanswered: int  # outbound contacts in a row since the last answer
    gave: int
    received: int
    owed: tuple[tuple[str, dt.date | None], ...]  # open follow-ups I owe them
    last_hook_on: dt.date | None = None
    last_hook_shared: bool = False  # the note's hook, on a note with several people
    # "Met on" is the day a LinkedIn or XING connection was made (the card's source):
    # the coach says "since you connected", not "since you met" — until a meeting in
    # person is noted (contact_summary.last_in_person); then "met", as for others.
    connected: bool = False
    # The card came from LinkedIn or XING: "met on" is when the connection was made,
    # met in person since or not (the weakest occasion: a thank-you for the years).
    from_network: bool = False
    # Sie/du set by a person or said by a file; False: the default an import gave
    # (migration 0054) — written in meanwhile, and the card asks.
    address_form_chosen: bool = True
    # The neutral whole-name greeting was chosen: no Frau/Herr asked (migration 0062).
    salutation_neutral: bool = False
    name_prefix: str = ""  # the card's own prefix ("Mrs."), where it differs (0062)
    extra: dict[str, str] = field(default_factory=dict)
    owed_ids: tuple[int, ...] = ()  # the follow-ups in ``owed``, in its order


@dataclass(frozen=True, slots=True)
class UpcomingEvent:
    id: int  # the single event's, or the series' id
    name: str
    starts_on: dt.date
    place: str
    tags: tuple[str, ...]
    # For an occurrence of a series: who was at one of its earlier occurrences.
    attendees: frozenset[int] = frozenset()
    # Who said they would come to this one (attendance "going"; an accepted invitation).
    coming: frozenset[int] = frozenset()
    # The user organises it (an imported invitation's ORGANIZER is one of their own
    # addresses): the opener is a host's invitation, not "are you there too?".
    hosting: bool = False


# Newest contacts from the maintained summary (store.summary); the counts of the
# last two years from the notes (for a few people: their notes only, through the
# participant index).
_COUNTS = """
  SELECT p.contact_id AS cid,
         sum(CASE WHEN i.direction = 'together'
                   AND i.kind IN ('coffee', 'meal', 'event', 'other') THEN 1 ELSE 0 END) AS met,
         sum(CASE WHEN i.direction = 'inbound' THEN 1 ELSE 0 END) AS inb,
         sum(CASE WHEN i.direction = 'outbound' THEN 1 ELSE 0 END) AS outb"""
_RECENT_ALL = f"""
WITH recent AS ({_COUNTS}
    FROM interaction i JOIN participant p ON p.interaction_id = i.id
   WHERE i.occurred_at >= ?1
   GROUP BY p.contact_id
)"""
_RECENT_FOR_IDS = f"""
WITH recent AS ({_COUNTS}
    FROM participant p JOIN interaction i ON i.id = p.interaction_id
   WHERE p.contact_id IN (SELECT value FROM json_each(?2)) AND +i.occurred_at >= ?1
   GROUP BY p.contact_id
)"""
_SUMMARIES = """
SELECT c.id, c.given_name, c.family_name, c.display_name, c.closeness, c.cadence_days,
       c.cadence_never, c.met_on, c.created_at, c.birthday_year, c.birthday_month,
       c.birthday_day, st.snoozed_until, s.last_contact, s.last_two_way, s.last_outbound,
       coalesce(r.met, 0), coalesce(r.inb, 0), coalesce(r.outb, 0),
       (SELECT group_concat(t.name, char(31)) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         WHERE ct.contact_id = c.id),
       (SELECT count(*) FROM follow_up f
         WHERE f.contact_id = c.id AND f.done = 0 AND f.owed_by = 'me'
           AND (f.due_on BETWEEN ?4 AND ?3 OR (f.due_on IS NULL AND f.created_at >= ?4))),
       c.role_changed_on,
       (SELECT count(*) FROM follow_up f
         WHERE f.contact_id = c.id AND f.done = 0 AND f.owed_by = 'me' AND f.due_on = ?5),
       st.last_opener, lower(c.source) IN ('linkedin', 'xing'),
       (SELECT st.answered_until FROM interaction ri WHERE ri.id = st.reached_out_id)
  FROM contact c
  JOIN contact_summary s ON s.contact_id = c.id
  LEFT JOIN recent r ON r.cid = c.id
  LEFT JOIN coach_state st ON st.contact_id = c.id
 WHERE c.archived = 0
   AND (?2 IS NULL OR c.id IN (SELECT value FROM json_each(?2)))
"""

# A refresh for a few people: without the "?2 IS NULL OR" the planner uses the
# participant index instead of walking the two years' notes.
_SUMMARIES_ALL = _RECENT_ALL + _SUMMARIES.replace(
    "AND (?2 IS NULL OR c.id IN (SELECT value FROM json_each(?2)))", ""
)
_SUMMARIES_FOR_IDS = _RECENT_FOR_IDS + _SUMMARIES.replace(
    "AND (?2 IS NULL OR c.id IN (SELECT value FROM json_each(?2)))",
    "AND c.id IN (SELECT value FROM json_each(?2))",
)
assert _SUMMARIES_FOR_IDS.count("?2 IS NULL") == _SUMMARIES_ALL.count("?2") == 0


def _birthday(year: int | None, month: int | None, day: int | None) -> Birthday | None:
    """The stored birthday; None without one, or where it is no day of the calendar."""
    try:
        return Birthday(month, day, year) if month and day else None
    except ValueError:
        return None


def coach_summaries(
    j: Journal, today: dt.date, ids: Iterable[int] | None = None
) -> list[CoachSummary]:
    """Pass one: active contacts (all, or ``ids``) with the aggregates that decide who is due."""
    two_years = (today - dt.timedelta(days=730)).isoformat()
    wanted = None if ids is None else ids_json(ids)
    out = []
    week = (today + dt.timedelta(days=7)).isoformat()
    month_ago = (today - dt.timedelta(days=30)).isoformat()
    params = (two_years, wanted, week, month_ago, today.isoformat())
    sql = _SUMMARIES_ALL if ids is None else _SUMMARIES_FOR_IDS
    for r in j.connection().execute(sql, params):
        out.append(
            CoachSummary(
                id=r[0], given_name=r[1], family_name=r[2], display_name=r[3],
                closeness=r[4], cadence_days=r[5], cadence_never=bool(r[6]),
                met_on=_date(r[7]), created_at=_date(r[8]), birthday=_birthday(r[9], r[10], r[11]),
                snoozed_until=_date(r[12]), last_contact=_dt(r[13]), last_two_way=_dt(r[14]),
                last_outbound=_dt(r[15]), in_person_2y=r[16], inbound_2y=r[17],
                outbound_2y=r[18], tags=tuple(r[19].split("\x1f")) if r[19] else (),
                owed_open=r[20], role_changed_on=_date(r[21]), due_today=r[22],
                last_opener=r[23], from_network=bool(r[24]), answered_until=_date(r[25]),
            )
        )  # fmt: skip
    return out


# -- the coach's walk (coach/walk.py) ---------------------------------------------

# People whose place on the list is fixed today: a birthday today (by month and
# day: 29 February too where it is kept on the 28th), an open follow-up I owe
# them due today. A superset: the coach's rules decide from their summaries.
_BIRTHDAY_IDS = """
SELECT c.id FROM json_each(?1) d
  JOIN contact c ON c.birthday_month = json_extract(d.value, '$[0]')
                AND c.birthday_day = json_extract(d.value, '$[1]')
"""
_TODAY_IDS = (
    _BIRTHDAY_IDS + "UNION SELECT f.contact_id FROM follow_up f"
    " WHERE f.due_on = ?2 AND f.done = 0 AND f.owed_by = 'me'"
)


def has_contacts(j: Journal) -> bool:
    """Whether the journal holds any contact, archived ones included (an empty coach
    then says "nobody is due", not "add contacts first")."""
    row = j.connection().execute("SELECT EXISTS (SELECT 1 FROM contact)").fetchone()
    return bool(row[0])


def has_notes(j: Journal) -> bool:
    """Whether the journal holds any note (contacts but none: an empty coach then says
    that it learns from notes, not "nobody is due", which nobody could be yet)."""
    row = j.connection().execute("SELECT EXISTS (SELECT 1 FROM interaction)").fetchone()
    return bool(row[0])


def count_never_noted(j: Journal) -> int:
    """How many people (not archived, not "never" to keep in touch with) have no note at
    all: the coach cannot find them due, and its empty list says why (30 imported people,
    one note: "nobody is due, enjoy the quiet" left the user asking where they went)."""
    sql = (
        "SELECT count(*) FROM contact c WHERE c.archived = 0 AND c.cadence_never = 0"
        " AND NOT EXISTS (SELECT 1 FROM participant p WHERE p.contact_id = c.id)"
    )
    return int(j.connection().execute(sql).fetchone()[0])


# Of the newest thousand people whose language is known: reading every contact's
# took 12 ms of CPU on 50,000, at each refresh of a list with such a person.
_USUAL_LANGUAGE = """
SELECT language, count(*) FROM (
  SELECT language FROM contact WHERE language IN ('de', 'en') ORDER BY id DESC LIMIT 1000
) GROUP BY language ORDER BY count(*) DESC, language
"""
# How many people must have a language before theirs is the journal's usual one: one
# German client chosen by hand set German for 79 imported connections without one.
USUAL_AFTER = 10


# Read from migration 0054's partial index, which holds only these people.
_WITHOUT_LANGUAGE = "FROM contact WHERE language = '' AND archived = 0"


def without_language(j: Journal) -> list[int]:
    """The people (not archived) whose language to write in is not known: imported
    cards that did not say (codes.UNKNOWN_LANGUAGE)."""
    rows = j.connection().execute(f"SELECT id {_WITHOUT_LANGUAGE} ORDER BY id")
    return [r[0] for r in rows]


def count_without_language(j: Journal) -> int:
    """How many :func:`without_language` holds (the coach's line above the cards)."""
    return int(j.connection().execute(f"SELECT count(*) {_WITHOUT_LANGUAGE}").fetchone()[0])


def usual_language(j: Journal) -> str | None:
    """The language most of the journal's people are written to ("de" or "en"; of the
    newest thousand whose language is known, archived ones too), or None while fewer
    than :data:`USUAL_AFTER` have one known."""
    rows = j.connection().execute(_USUAL_LANGUAGE).fetchall()
    if sum(count for _, count in rows) < USUAL_AFTER:
        return None
    return rows[0][0]


def birthday_ids(j: Journal, days: Iterable[tuple[int, int]]) -> list[int]:
    """Contacts (archived too) with a birthday on one of these (month, day)."""
    pairs = "[" + ",".join(f"[{int(m)},{int(d)}]" for m, d in days) + "]"
    return [r[0] for r in j.connection().execute(_BIRTHDAY_IDS, (pairs,))]


def today_ids(j: Journal, birthdays: Iterable[tuple[int, int]], today: dt.date) -> set[int]:
    """Contacts with a birthday on one of ``birthdays`` (month, day) or an open
    follow-up I owe them due ``today``: those the coach always shows."""
    pairs = "[" + ",".join(f"[{int(m)},{int(d)}]" for m, d in birthdays) + "]"
    return {r[0] for r in j.connection().execute(_TODAY_IDS, (pairs, today.isoformat()))}


def tag_ids(j: Journal, folded: set[str]) -> list[int]:
    """The ids of tags whose name, case-folded, is one of ``folded`` (the coach
    compares an event's tags with a person's that way)."""
    rows = j.connection().execute("SELECT id, name FROM tag")
    return [tid for tid, name in rows if name.casefold() in folded]


@dataclass(slots=True)
class WalkRow:
    """A person as the coach's walk first sees them: ``summary`` without names, last
    opener, follow-ups due today and the counts of the last two years (zero here:
    :func:`recent_counts`), its ``tags`` only those asked for; whether the
    maintained summary shows a two-way contact and a meeting in person in the
    last two years (without a two-way contact the counts are zero indeed)."""

    summary: CoachSummary
    two_way_lately: bool
    in_person_lately: bool


# In the order of the summary's index (migration 0015): one closeness, the newest
# two-way contact first (none last). ?1 two years ago, ?2 a week ahead, ?3 a month
# ago (the open follow-ups I owe, as in _SUMMARIES), ?4 the tag ids wanted, ?5 closeness.
# (CROSS JOIN: the summary's index leads; without statistics SQLite would rather
# walk every active contact and sort them.)
_WALK = """
SELECT s.contact_id, c.closeness, c.cadence_days, c.cadence_never, c.met_on, c.created_at,
       c.birthday_year, c.birthday_month, c.birthday_day, st.snoozed_until, s.last_contact,
       s.last_two_way, s.last_outbound, c.role_changed_on,
       (SELECT count(*) FROM follow_up f
         WHERE f.contact_id = c.id AND f.done = 0 AND f.owed_by = 'me'
           AND (f.due_on BETWEEN ?3 AND ?2 OR (f.due_on IS NULL AND f.created_at >= ?3))),
       (SELECT group_concat(t.name, char(31)) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         WHERE ct.contact_id = c.id AND ct.tag_id IN (SELECT value FROM json_each(?4))),
       s.last_two_way >= ?1, s.last_in_person >= ?1, lower(c.source) IN ('linkedin', 'xing'),
       (SELECT st.answered_until FROM interaction ri WHERE ri.id = st.reached_out_id)
  FROM contact_summary s
 CROSS JOIN contact c ON c.id = s.contact_id
  LEFT JOIN coach_state st ON st.contact_id = s.contact_id
 WHERE s.closeness = ?5 AND s.archived = 0 AND c.archived = 0
 ORDER BY s.last_two_way DESC
"""
# Closeness outside 1–5 (another program's; counted as 1 or 5 by the rules): a range
# of the index each, sorted (nobody, usually).
_WALK_ABOVE = _WALK.replace("s.closeness = ?5", "s.closeness > 5 AND ?5 IS NOT NULL")
_WALK_BELOW = _WALK.replace("s.closeness = ?5", "s.closeness < 1 AND ?5 IS NOT NULL")
# Everyone, the longest without contact first (the likeliest to be due): to find out
# whether there is anyone else at all.
_OLDEST = _WALK.replace("s.closeness = ?5", "?5 IS NULL").replace(
    "ORDER BY s.last_two_way DESC", "ORDER BY s.last_contact"
)
# The walk's streams: 6 stands for every closeness above 5, 0 for every one below 1.
WALK_CLOSENESS = (6, 5, 4, 3, 2, 1, 0)


def walk_rows(
    j: Journal, today: dt.date, closeness: int | None, tags: Iterable[int] = ()
) -> Iterator[WalkRow]:
    """Active contacts of one closeness (6: above 5, 0: below 1) as :class:`WalkRow`,
    the newest two-way contact first — or (``closeness`` None) everyone, the longest
    without contact first — read as far as the caller goes (close the iterator when
    done: it holds a statement open)."""
    two_years = (today - dt.timedelta(days=730)).isoformat()
    week = (today + dt.timedelta(days=7)).isoformat()
    month_ago = (today - dt.timedelta(days=30)).isoformat()
    wanted = ids_json(tags)
    if closeness is None:
        sql = _OLDEST
    else:
        sql = _WALK_ABOVE if closeness > 5 else _WALK_BELOW if closeness < 1 else _WALK
    cursor = j.connection().execute(sql, (two_years, week, month_ago, wanted, closeness))
    try:
        for r in cursor:  # a row at a time: each costs lookups, and the walk may stop
            s = CoachSummary(
                id=r[0], given_name="", family_name="", display_name="", closeness=r[1],
                cadence_days=r[2], cadence_never=bool(r[3]), met_on=_date(r[4]),
                created_at=_date(r[5]), birthday=_birthday(r[6], r[7], r[8]),
                snoozed_until=_date(r[9]), last_contact=_dt(r[10]), last_two_way=_dt(r[11]),
                last_outbound=_dt(r[12]), in_person_2y=0, inbound_2y=0, outbound_2y=0,
                tags=tuple(r[15].split("\x1f")) if r[15] else (), owed_open=r[14],
                role_changed_on=_date(r[13]), from_network=bool(r[18]),
                answered_until=_date(r[19]),
            )  # fmt: skip
            yield WalkRow(s, bool(r[16]), bool(r[17]))
    finally:
        cursor.close()


_RECENT_COUNTS = _RECENT_FOR_IDS + "SELECT cid, met, inb, outb FROM recent"


def recent_counts(
    j: Journal, today: dt.date, ids: Iterable[int]
) -> dict[int, tuple[int, int, int]]:
    """Meetings in person, inbound and outbound contacts of the last two years, per
    contact (as :func:`coach_summaries` counts them; nobody listed: none)."""
    two_years = (today - dt.timedelta(days=730)).isoformat()
    wanted = ids_json(ids)
    rows = j.connection().execute(_RECENT_COUNTS, (two_years, wanted))
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


_DETAILS = """
SELECT c.id, c.salutation, c.title_prefix, c.language, c.address_form, c.city, c.organisation,
       c.role, c.topics,
       (SELECT group_concat(ch.value, char(31)) FROM contact_channel ch
         WHERE ch.contact_id = c.id AND ch.kind = 'email'),
       (SELECT i.kind FROM participant p JOIN interaction i ON i.id = p.interaction_id
         WHERE p.contact_id = c.id ORDER BY i.occurred_at DESC LIMIT 1),
       (SELECT CASE WHEN p.say_next != '' THEN p.say_next || char(31) || i.occurred_at
                    || char(31) || '0'
               ELSE i.say_next || char(31) || i.occurred_at || char(31) ||
                    (SELECT count(*) > 1 FROM participant p3 WHERE p3.interaction_id = i.id)
               END
          FROM participant p JOIN interaction i ON i.id = p.interaction_id
         WHERE p.contact_id = c.id AND (p.say_next != '' OR i.say_next != '')
         ORDER BY i.occurred_at DESC LIMIT 1),
       (SELECT count(*) FROM participant p JOIN interaction i ON i.id = p.interaction_id
         WHERE p.contact_id = c.id AND i.direction = 'outbound' AND i.occurred_at > coalesce(
           (SELECT max(i2.occurred_at) FROM participant p2 JOIN interaction i2
               ON i2.id = p2.interaction_id
             WHERE p2.contact_id = c.id AND i2.direction IN ('together', 'inbound')), '')),
       (SELECT count(*) FROM give_take g WHERE g.contact_id = c.id AND g.direction = 'gave'),
       (SELECT count(*) FROM give_take g WHERE g.contact_id = c.id AND g.direction = 'received'),
       lower(c.source) IN ('linkedin', 'xing') AND s.last_in_person IS NULL,
       lower(c.source) IN ('linkedin', 'xing'), c.address_form_chosen, c.salutation_neutral,
       c.name_prefix
  FROM contact c
  JOIN contact_summary s ON s.contact_id = c.id
 WHERE c.id IN (SELECT value FROM json_each(?))
"""
_OWED = """
SELECT contact_id, text, due_on, id FROM follow_up
 WHERE done = 0 AND owed_by = 'me' AND contact_id IN (SELECT value FROM json_each(?))
 ORDER BY due_on IS NULL, due_on, id
"""


def coach_details(j: Journal, ids: Iterable[int]) -> dict[int, CoachDetails]:
    """Pass two: the details behind a reason and an opener, for these contacts."""
    wanted = ids_json(ids)
    conn = j.connection()
    owed: dict[int, list[tuple[str, dt.date | None]]] = {}
    owed_ids: dict[int, list[int]] = {}
    for cid, text, due, fid in conn.execute(_OWED, (wanted,)):
        owed.setdefault(cid, []).append((text, _date(due)))
        owed_ids.setdefault(cid, []).append(fid)
    out = {}
    for r in conn.execute(_DETAILS, (wanted,)):
        hook, _, rest = (r[11] or "").partition("\x1f")
        hook_at, _, shared = rest.partition("\x1f")
        out[r[0]] = CoachDetails(
            id=r[0], salutation=r[1], title_prefix=r[2], language=r[3], address_form=r[4],
            city=r[5], organisation=r[6], role=r[7], topics=r[8],
            emails=tuple(r[9].split("\x1f")) if r[9] else (), last_kind=r[10],
            last_hook=hook, last_hook_on=_date(hook_at[:10]) if hook_at else None,
            last_hook_shared=shared == "1", unanswered=r[12], gave=r[13], received=r[14],
            owed=tuple(owed.get(r[0], ())), connected=bool(r[15]), from_network=bool(r[16]),
            address_form_chosen=bool(r[17]), owed_ids=tuple(owed_ids.get(r[0], ())),
            salutation_neutral=bool(r[18]), name_prefix=r[19],
        )  # fmt: skip
    return out


def upcoming_events(j: Journal, today: dt.date, days: int = 21) -> list[UpcomingEvent]:
    """Events and occurrences of series in the next ``days`` (cancelled ones left out),
    each on the day it starts here (``starts_on``; netzjournal/zones.py).

    An occurrence of a series names everyone who was at an earlier one
    (``attendees``): the coach's "Sind Sie am 12. März auch beim Stammtisch?"; any
    event names who said they would come (``coming``: an accepted invitation).
    One the user declined is no occasion (an opener "sind Sie auch dabei?" for an
    evening one is not going to is a promise one won't keep). One the user
    organises (``hosting``) is said so.
    """
    from netzjournal import zones
    from netzjournal.store import events
    from netzjournal.store.invitees import invitees_of
    from netzjournal.store.reading import own_addresses

    # The day each starts *here* (a New-York evening is the next day in Berlin):
    # read a day either side of the window, counted by that day.
    here: dict[int, dt.date] = {}
    found = []
    for o in events.occurrences(
        j, today - dt.timedelta(days=1), today + dt.timedelta(days=days + 1)
    ):
        day = zones.day_here(o.starts_on, o.start_time, o.zone)
        if not o.cancelled and o.my_status != "declined" and 0 <= (day - today).days <= days:
            here[id(o)] = day
            found.append(o)
    ids = {o.series_id or o.event_id or 0 for o in found}
    tags: dict[int, tuple[str, ...]] = {}
    for eid, names in j.connection().execute(
        "SELECT et.event_id, group_concat(t.name, char(31)) FROM event_tag et"
        " JOIN tag t ON t.id = et.tag_id WHERE et.event_id IN (SELECT value FROM json_each(?))"
        " GROUP BY et.event_id",
        (ids_json(ids),),
    ):
        tags[eid] = tuple(names.split("\x1f")) if names else ()
    series = {o.series_id for o in found if o.series_id is not None}
    came = events.series_attendees(j, series, today) if series else {}
    going: dict[int, set[int]] = {}
    for eid, cid in j.connection().execute(
        "SELECT event_id, contact_id FROM attendance WHERE status = 'going'"
        " AND event_id IN (SELECT value FROM json_each(?))",
        (ids_json(o.event_id for o in found if o.event_id is not None),),
    ):
        going.setdefault(eid, set()).add(cid)
    mine = own_addresses(j)
    kept: dict[int, list[Invitee]] = {}  # per event row: who its invitation names

    def hosting(o: Occurrence) -> bool:
        """The invitation of this evening (its own, else its series') is the user's."""
        for row in (o.event_id, o.series_id) if mine else ():
            if row is not None and (people := kept.setdefault(row, invitees_of(j, row))):
                return any(p.organiser and p.address in mine for p in people)
        return False

    out = []
    for o in found:
        own = o.series_id or o.event_id or 0
        attendees = frozenset(came.get(o.series_id, ())) if o.series_id is not None else frozenset()
        coming = frozenset(going.get(o.event_id, ())) if o.event_id is not None else frozenset()
        out.append(UpcomingEvent(own, o.name, here[id(o)], o.place, tags.get(own, ()),
                                 attendees, coming, hosting(o)))  # fmt: skip
    return out


def snooze(j: Journal, contact_id: int, until: dt.date | None) -> Outcome[None]:
    """Hide a contact from the coach until ``until`` (None: no longer snoozed)."""
    with j.write() as changes:
        j.connection().execute(
            "INSERT INTO coach_state (contact_id, snoozed_until, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (contact_id) DO UPDATE SET snoozed_until = excluded.snoozed_until,"
            " updated_at = excluded.updated_at",
            (contact_id, until.isoformat() if until else None, dt.datetime.now().isoformat(" ")),
        )
        changes.contacts.add(contact_id)
    return Outcome(None, changes)


def record_opener(j: Journal, contact_id: int, key: str | None) -> Outcome[str | None]:
    """Remember the opener variant sent to a person (the next one will differ).

    Returns the key it replaces, so an undo can put it back.
    """
    with j.write() as changes:
        conn = j.connection()
        row = conn.execute(
            "SELECT last_opener FROM coach_state WHERE contact_id = ?", (contact_id,)
        ).fetchone()
        conn.execute(
            "INSERT INTO coach_state (contact_id, last_opener, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (contact_id) DO UPDATE SET last_opener = excluded.last_opener,"
            " updated_at = excluded.updated_at",
            (contact_id, key, dt.datetime.now().isoformat(" ")),
        )
        changes.contacts.add(contact_id)
    return Outcome(row[0] if row else None, changes)


def record_answered(
    j: Journal, contact_id: int, note_id: int | None, until: dt.date | None
) -> Outcome[tuple[int | None, dt.date | None]]:
    """Remember that the note ``note_id`` ("Reached out") answered the person's
    occasions up to ``until`` (migration 0063); None, None forgets it.

    Returns what it replaces, so an undo can put it back.
    """
    with j.write() as changes:
        conn = j.connection()
        row = conn.execute(
            "SELECT reached_out_id, answered_until FROM coach_state WHERE contact_id = ?",
            (contact_id,),
        ).fetchone()
        conn.execute(
            "INSERT INTO coach_state (contact_id, reached_out_id, answered_until, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (contact_id) DO UPDATE SET"
            " reached_out_id = excluded.reached_out_id,"
            " answered_until = excluded.answered_until, updated_at = excluded.updated_at",
            (contact_id, note_id, until.isoformat() if until else None,
             dt.datetime.now().isoformat(" ")),
        )  # fmt: skip
        changes.contacts.add(contact_id)
    return Outcome((row[0], _date(row[1])) if row else (None, None), changes)


# Open follow-ups I owe, overdue up to a month: their people, the longest open first.
# Not archived, not "never", not snoozed; a follow-up "Reached out" answered (due up to
# its answered_until, its note still there) no longer counts. Read from the month's
# follow-ups by their due day (CROSS JOIN: SQLite would otherwise walk every contact
# and probe its follow-ups, ~6 ms of each coach refresh on 5,000 contacts, 0.5 ms so).
_OVERDUE_PROMISES = """
SELECT f.contact_id, min(f.due_on) FROM follow_up f
 CROSS JOIN contact c ON c.id = f.contact_id
  LEFT JOIN coach_state st ON st.contact_id = f.contact_id
 WHERE f.done = 0 AND f.owed_by = 'me' AND c.archived = 0 AND c.cadence_never = 0
   AND f.due_on BETWEEN ?1 AND ?2
   AND (st.snoozed_until IS NULL OR st.snoozed_until <= ?3)
   AND f.due_on > coalesce(
         (SELECT st.answered_until FROM interaction ri WHERE ri.id = st.reached_out_id), '')
 GROUP BY f.contact_id
 ORDER BY min(f.due_on), f.contact_id
"""


def overdue_promises(j: Journal, today: dt.date, back_days: int = 30) -> list[tuple[int, dt.date]]:
    """People I owe a follow-up overdue by 1 to ``back_days`` days, not yet answered
    by "Reached out": (contact id, the earliest such due day), the longest open first."""
    params = (
        (today - dt.timedelta(days=back_days)).isoformat(),
        (today - dt.timedelta(days=1)).isoformat(),
        today.isoformat(),
    )
    rows = j.connection().execute(_OVERDUE_PROMISES, params)
    return [(r[0], _date(r[1]) or today) for r in rows]


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    contact_id: int
    name: str
    text: str
    due_on: dt.date


def follow_ups_due(j: Journal, today: dt.date, back_days: int = 30) -> list[DueFollowUp]:
    """Open follow-ups I owe, due today or overdue by at most ``back_days``, earliest first."""
    rows = j.connection().execute(
        "SELECT f.contact_id, coalesce(nullif(c.display_name, ''),"
        " trim(c.given_name || ' ' || c.family_name)), f.text, f.due_on"
        " FROM follow_up f JOIN contact c ON c.id = f.contact_id"
        " WHERE f.done = 0 AND f.owed_by = 'me' AND c.archived = 0"
        " AND f.due_on BETWEEN ? AND ? ORDER BY f.due_on, f.id",
        ((today - dt.timedelta(days=back_days)).isoformat(), today.isoformat()),
    )
    return [DueFollowUp(r[0], r[1] or "", r[2], _date(r[3]) or today) for r in rows]


def snoozed_until(j: Journal, contact_id: int) -> dt.date | None:
    sql = "SELECT snoozed_until FROM coach_state WHERE contact_id = ?"
    row = j.connection().execute(sql, (contact_id,)).fetchone()
    return _date(row[0]) if row else None


def set_never(j: Journal, contact_id: int) -> Outcome[None]:
    """ "Not this person": the coach never suggests them again (cadence "never")."""
    with j.write() as changes:
        j.connection().execute(
            "UPDATE contact SET cadence_never = 1, updated_at = ? WHERE id = ?",
            (dt.datetime.now().isoformat(" "), contact_id),
        )
        changes.contacts.add(contact_id)
    return Outcome(None, changes)


@dataclass(frozen=True, slots=True)
class FormTexts:
    """What the journal says in a person's own words, read to tell whether Sie/du is
    already plain (:mod:`coach.address_evidence`): their names, the contact's notes, and
    their newest notes' text (direction, title and start of the body), newest first."""

    given_name: str
    family_name: str
    nickname: str
    notes: str
    texts: tuple[tuple[str, str], ...]  # (direction, text)


# The newest notes only, and only a body's start: a greeting stands at the top, and a
# pasted 2 MB agenda is no letter. (Per person through the participant index.)
_FORM_TEXTS = """
SELECT cid, direction, text FROM (
  SELECT p.contact_id AS cid, i.direction AS direction,
         i.title || char(10) || substr(i.body, 1, 2000) AS text,
         row_number() OVER (PARTITION BY p.contact_id
                            ORDER BY i.occurred_at DESC, i.id DESC) AS n
    FROM participant p JOIN interaction i ON i.id = p.interaction_id
   WHERE p.contact_id IN (SELECT value FROM json_each(?1))
) WHERE n <= 12 ORDER BY cid, n
"""


def form_texts(j: Journal, ids: Iterable[int]) -> dict[int, FormTexts]:
    """:class:`FormTexts` of these people (those that exist)."""
    wanted = ids_json(ids)
    conn = j.connection()
    texts: dict[int, list[tuple[str, str]]] = {}
    for cid, direction, text in conn.execute(_FORM_TEXTS, (wanted,)):
        texts.setdefault(cid, []).append((direction or "", text or ""))
    rows = conn.execute(
        "SELECT id, given_name, family_name, nickname, substr(notes, 1, 2000) FROM contact"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (wanted,),
    )
    return {r[0]: FormTexts(r[1] or "", r[2] or "", r[3] or "", r[4] or "",
                            tuple(texts.get(r[0], ()))) for r in rows}  # fmt: skip


def open_address_forms(j: Journal) -> dict[int, str]:
    """Everyone (not archived) whose Sie/du nobody chose and whom the coach writes to
    in German or a language not known (the cards that ask): id → the form meanwhile."""
    rows = j.connection().execute(
        "SELECT id, address_form FROM contact"
        " WHERE address_form_chosen = 0 AND archived = 0 AND language != 'en' ORDER BY id"
    )
    return {r[0]: r[1] for r in rows}
