"""The coach's walk (reading only as far as the list needs) against the full ranking.

Random journals — ties of warmth and of how overdue, archived people, birthdays
today and soon (29 February too, in common and leap years), follow-ups I owe
due today or soon or done, cadences and "never", snoozes, people resting after
an outreach, unanswered outreaches (held), give & take, new roles,
anniversaries, events sharing a tag (in another case) and series attended
before, closeness written by another program outside 1–5 — must give exactly
the list of ``tests/coach_reference.py`` (every candidate read and sorted):
the same people in the same order with the same reasons and openers, the same
people held, the same "more".
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from coach_reference import _first_pass, full_ranking
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netzjournal.coach import rules
from netzjournal.coach.engine import CoachResult, OpenerCache, suggest
from netzjournal.coach.settings import CoachSettings
from netzjournal.coach.walk import MARGIN, Walk
from netzjournal.store.catalog import set_setting
from netzjournal.store.coach_data import (
    WALK_CLOSENESS,
    coach_summaries,
    recent_counts,
    snooze,
    upcoming_events,
    walk_rows,
)
from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.events import create_event, ensure_occurrence, set_attendance
from netzjournal.store.interactions import add_follow_up, create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import (
    Birthday,
    ContactRecord,
    EventRecord,
    FollowUpRecord,
    GiveTakeLine,
    InteractionRecord,
)

DAYS = (
    dt.date(2026, 6, 15),
    dt.date(2027, 2, 28),  # a common year: 29 February's birthday is today
    dt.date(2028, 2, 28),  # a leap year: it is tomorrow
    dt.date(2028, 2, 29),
    dt.date(2026, 12, 31),
)
KINDS = ("coffee", "meal", "call", "video", "message", "event", "other")
DIRECTIONS = ("together", "outbound", "inbound")
# Few distinct days ago, so that many people share a warmth and an overdue.
AGO = (0, 2, 9, 13, 20, 31, 45, 61, 95, 200, 370, 800, 1200)
TAGS = ("Presse", "presse", "Kunde", "Über")

PERSON = st.tuples(
    st.integers(0, 6),  # closeness (0 and 6: another program wrote 0 or 7)
    st.integers(0, 7),  # cadence: default ×4, 7, 30, 200 days, never
    st.integers(0, 7),  # birthday: none ×2, today, in 1..20 days, 29 Feb, 28 Feb, 1 Mar
    st.integers(0, 40),  # met on (days ago, in steps; 0: not known)
    st.integers(0, 7),  # archived, snoozed, snoozed until the past, new role, …
    st.integers(0, 4),  # tag
    st.integers(0, 25),  # birthday offset
)
NOTE = st.tuples(
    st.integers(0, 99), st.integers(0, 99), st.integers(0, 99),  # up to three people
    st.sampled_from(AGO), st.integers(0, 6), st.integers(0, 2),
    st.integers(0, 3),  # give & take: none, gave, received, both
)  # fmt: skip
FOLLOW = st.tuples(st.integers(0, 99), st.integers(-40, 12), st.booleans(), st.booleans())
SETUP = st.tuples(
    st.integers(0, len(DAYS) - 1),
    st.integers(1, 3),  # hold after
    st.sampled_from((7, 14)),  # rest days
    st.booleans(),  # closeness 3 due after 10 days
    st.integers(0, 2),  # events: none, a tagged one soon, also a series attended
)


def _person(n: int, spec: tuple, today: dt.date) -> ContactRecord:
    closeness, cadence, birthday, met, state, tag, offset = spec
    rec = ContactRecord(given_name=f"P{n}", family_name="Test", closeness=min(max(closeness, 1), 5))
    rec.cadence_days = {4: 7, 5: 30, 6: 200}.get(cadence)
    rec.cadence_never = cadence == 7
    day = today + dt.timedelta(days=offset % 21)
    rec.birthday = {
        2: Birthday(today.month, today.day, 1980 if n % 2 else None),
        3: Birthday(day.month, day.day),
        4: Birthday(2, 29, 1988 if n % 2 else None),
        5: Birthday(2, 28),
        6: Birthday(3, 1, 1990),
    }.get(birthday)
    rec.met_on = today - dt.timedelta(days=37 * met - offset) if met else None
    rec.archived = state == 1
    rec.tags = [TAGS[tag]] if tag < len(TAGS) else []
    rec.role, rec.organisation = "Redakteurin", "WDR"
    # A LinkedIn/XING card's "met on" is the day of connecting: no lift (rules.lifts).
    rec.source = ("linkedin", "XING", "", "", "")[n % 5]
    rec.address_form = "du" if n % 3 == 0 else "sie"
    rec.language = "en" if n % 4 == 0 else "de"
    return rec


def build(j: Journal, people: list[tuple], notes: list[tuple], follow: list[tuple],
          setup: tuple) -> tuple[dt.date, CoachSettings]:  # fmt: skip
    day, hold_after, rest_days, tuned, events = setup
    today = DAYS[day]
    with j.write():  # one transaction: one commit for the whole journal
        ids = []
        for n, spec in enumerate(people):
            c = create_contact(j, _person(n, spec, today)).value
            assert c.id is not None
            ids.append(c.id)
            state = spec[4]
            if state == 2:
                snooze(j, c.id, today + dt.timedelta(days=5))
            elif state == 3:
                snooze(j, c.id, today - dt.timedelta(days=1))
            elif state == 4:  # a new role, some weeks ago
                rec = get_contact(j, c.id)
                rec.role = "Chefin vom Dienst"
                update_contact(j, rec, today=today - dt.timedelta(days=10 * spec[6]))
            elif state == 5 and spec[0] in (0, 6):  # another program's closeness
                j.connection().execute(
                    "UPDATE contact SET closeness = ? WHERE id = ?", (7 if spec[0] else 0, c.id)
                )
        for a, b, c3, ago, kind, direction, gt in notes:
            who = sorted({ids[a % len(ids)], ids[b % len(ids)] if b % 3 else ids[a % len(ids)]}
                         | ({ids[c3 % len(ids)]} if c3 % 4 == 0 else set()))  # fmt: skip
            sides = (("gave",), ("received",), ("gave", "received"))[gt - 1] if gt else ()
            lines = [GiveTakeLine(d, "Tipp", who[0]) for d in sides]
            create_interaction(j, InteractionRecord(
                occurred_at=dt.datetime.combine(today - dt.timedelta(days=ago), dt.time(10)),
                kind=KINDS[kind], direction=DIRECTIONS[direction], participants=who,
                say_next="dein Halbmarathon" if ago < 100 else "", give_take=lines,
            ))  # fmt: skip
        for p, due, mine, done in follow:
            add_follow_up(j, FollowUpRecord(
                "Artikel schicken", ids[p % len(ids)],
                due_on=today + dt.timedelta(days=due) if due > -40 else None,
                done=done and due % 2 == 0, owed_by="me" if mine else "them",
            ))  # fmt: skip
        if events:
            create_event(j, EventRecord("Presseball", today + dt.timedelta(days=9),
                                        tags=["PRESSE"]))  # fmt: skip
        if events == 2:
            first = today - dt.timedelta(days=70)
            series = create_event(j, EventRecord("Stammtisch", first,
                                                 rrule="FREQ=WEEKLY;INTERVAL=4")).value  # fmt: skip
            assert series.id is not None
            evening = ensure_occurrence(j, series.id, first).value
            for cid in ids[::5]:
                set_attendance(j, evening, cid)
        set_setting(j, "user.name", "Kim Berger")
    chosen = CoachSettings(hold_after=hold_after, rest_days=rest_days)
    if tuned:
        chosen.cadence_by_closeness[3] = 10
    return today, chosen


def signature(r: CoachResult) -> tuple:
    shown = [
        (s.contact_id, s.name, s.reason, s.warmth, s.due, s.overdue, s.days_since, s.cadence,
         s.occasions, s.last_kind, s.email, s.language, s.address_form, s.unanswered,
         [(o.key, o.category, o.subject, o.body) for o in s.openers])
        for s in r.suggestions
    ]  # fmt: skip
    return shown, [(s.contact_id, s.reason, s.warmth) for s in r.held], r.more


def check_bounds(j: Journal, today: dt.date) -> None:
    """What the walk relies on: every active contact is in one stream; along each stream
    the bound does not rise and is at least the estimate of everyone from there on; a
    row's own bound is at least its estimate, and is it without a two-way contact in
    two years; the counts read apart are the full summary's."""
    full = {s.id: s for s in coach_summaries(j, today)}
    counts = recent_counts(j, today, full)
    seen = []
    for closeness in WALK_CLOSENESS:
        stream = list(walk_rows(j, today, closeness))
        seen += [row.summary.id for row in stream]
        bounds = [
            rules.estimate_bound(row.summary.closeness, row.summary.last_two_way,
                                 row.two_way_lately, today)
            for row in stream
        ]  # fmt: skip
        assert bounds == sorted(bounds, reverse=True)
        for k, row in enumerate(stream):
            s, light = full[row.summary.id], row.summary
            estimate = rules.warmth_score(s, today)
            assert bounds[k] + MARGIN >= max(rules.warmth_score(full[r.summary.id], today)
                                             for r in stream[k:])  # fmt: skip
            own = rules.estimate_bound(light.closeness, light.last_two_way, row.two_way_lately,
                                       today, row.in_person_lately)  # fmt: skip
            assert own + MARGIN >= estimate
            if not row.two_way_lately:
                assert rules.warmth_score(light, today) == estimate
            assert counts.get(s.id, (0, 0, 0)) == (s.in_person_2y, s.inbound_2y, s.outbound_2y)
            assert light.tags == ()  # (no event's tags asked for)
            assert (light.last_contact, light.closeness, light.owed_open, light.birthday) == (
                s.last_contact, s.closeness, s.owed_open, s.birthday)  # fmt: skip
    assert sorted(seen) == sorted(full)


SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]


@pytest.mark.encrypted_too  # its journals live in folders of its own (hypothesis)
@settings(max_examples=45, deadline=None, suppress_health_check=SLOW_OK)
@given(
    people=st.lists(PERSON, min_size=1, max_size=70),
    notes=st.lists(NOTE, max_size=90),
    follow=st.lists(FOLLOW, max_size=12),
    setup=SETUP,
)
def test_the_walk_gives_the_list_of_the_full_ranking(people, notes, follow, setup) -> None:
    with tempfile.TemporaryDirectory() as folder:
        j = Journal.open(Path(folder) / "journal.sqlite3")
        try:
            today, chosen = build(j, people, notes, follow, setup)
            check_bounds(j, today)
            # The walk's order itself, read a little or all the way: the sorted first pass
            # (the list's windows hide a wrong order inside them on a small journal).
            events = upcoming_events(j, today, chosen.event_days)
            everyone = sorted(
                c for s in coach_summaries(j, today) if (c := _first_pass(s, chosen, events, today))
            )
            for n in (1, 4, 9, len(everyone) + 1):
                with Walk(j, today, chosen, events) as walk:
                    assert [c[:3] for c in walk.head(n)] == [c[:3] for c in everyone[:n]]
                    assert walk.exists(n) == (len(everyone) > n)
            cache = OpenerCache()
            for limit in (1, 3, 5, 10):
                for language in ("de", "en") if limit == 5 else ("de",):
                    expected = signature(full_ranking(j, today, chosen, limit, language))
                    assert signature(suggest(j, today, chosen, limit, language)) == expected
                    # The pane's way: openers kept from the last list where nothing changed.
                    assert signature(suggest(j, today, chosen, limit, language, cache)) == expected
        finally:
            j.close()


def test_the_walk_hands_out_every_candidate_in_the_order_of_the_keys(tmp_path: Path) -> None:
    """Asked for everyone, the walk's order is the sorted first pass of all people."""
    j = Journal.open(tmp_path / "journal.sqlite3")
    try:
        people = [(k % 7, k % 8, k % 8, k % 41, k % 8, k % 5, k % 26) for k in range(60)]
        notes = [(k, 3 * k, 5 * k, AGO[k % len(AGO)], k % 7, k % 3, k % 4) for k in range(90)]
        today, chosen = build(j, people, notes, [(k, k - 20, True, False) for k in range(0, 60, 7)],
                              (0, 3, 14, False, 2))  # fmt: skip
        events = upcoming_events(j, today, chosen.event_days)
        everyone = sorted(
            c for s in coach_summaries(j, today) if (c := _first_pass(s, chosen, events, today))
        )
        with Walk(j, today, chosen, events) as walk:
            assert walk.musts == sum(1 for c in everyone if c[0] <= -rules.TODAY_FIRST) > 0
            got = walk.head(len(everyone) + 5)
            assert not walk.exists(len(everyone))
        assert [c[:3] for c in got] == [c[:3] for c in everyone]
        assert [c[3] for c in got] == [c[3] for c in everyone]  # full summaries, not the walk's
    finally:
        j.close()


def test_the_walk_reads_only_the_head_of_a_larger_journal(tmp_path: Path) -> None:
    """On a demo journal the list for five needs a small part of the people."""
    from netzjournal.demo.generator import DemoSpec, create_demo_journal

    today = dt.date(2026, 11, 1)
    path = tmp_path / "demo.sqlite3"
    create_demo_journal(path, DemoSpec(600, 2, seed=5, today=today))
    with Journal.open(path) as j:
        result = suggest(j, today)
        assert signature(result) == signature(full_ranking(j, today))
        settings_ = CoachSettings()
        with Walk(j, today, settings_, upcoming_events(j, today, settings_.event_days)) as walk:
            walk.head(30)
            assert walk.read < 600 / 2, walk.read
            assert walk.summaries < 600 / 4, walk.summaries


def test_birthdays_within_are_every_day_whose_next_birthday_is_that_near() -> None:
    every = []
    for month in range(1, 13):
        for day in range(1, 32):
            try:
                every.append(Birthday(month, day))
            except ValueError:
                continue
    first = dt.date(2027, 1, 1)  # a common year, a leap year, and the turns of the years
    for k in range(0, 2 * 366, 3):
        today = first + dt.timedelta(days=k)
        for days in (0, 3, 14):
            expected = [(b.month, b.day) for b in every
                        if (rules.next_birthday(b, today) - today).days <= days]  # fmt: skip
            assert rules.birthdays_within(today, days) == sorted(expected), (today, days)


def test_migration_0015_builds_the_walks_indexes_and_the_walk_reads_them(tmp_path: Path) -> None:
    from dbfiles import connect

    from netzjournal.store import coach_data

    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        ola = ContactRecord(given_name="Ola", closeness=5, birthday=Birthday(6, 15))
        c = create_contact(j, ola).value
    raw = connect(path)
    raw.executescript(
        "DROP INDEX contact_summary_coach; DROP INDEX contact_birthday;"
        " DELETE FROM schema_migration WHERE name LIKE '0015%';"
        " UPDATE meta SET value = '14' WHERE key = 'schema_version'; PRAGMA user_version = 14;"
    )
    raw.close()
    with Journal.open(path) as j:
        conn = j.connection()
        # Each stream is read from the summary's index, in its order (no sort); today's
        # birthdays from the contacts' birthday index.
        plan = [r[3] for r in conn.execute(
            "EXPLAIN QUERY PLAN " + coach_data._WALK, ("2024-06-15", "", "", "[]", 5))]  # fmt: skip
        assert plan[0].startswith("SEARCH s USING COVERING INDEX contact_summary_coach"), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan
        plan = [r[3] for r in conn.execute(
            "EXPLAIN QUERY PLAN " + coach_data._TODAY_IDS, ("[[6,15]]", "2026-06-15"))]  # fmt: skip
        assert any("contact_birthday" in step for step in plan), plan
        assert coach_data.today_ids(j, [(6, 15)], DAYS[0]) == {c.id}
        assert [r.summary.id for r in walk_rows(j, DAYS[0], 5)] == [c.id]
