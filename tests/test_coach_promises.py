"""The coach after "Reached out" (today's occasion answered) and what I promised:
the opener that delivers it, done with the message in one step, and overdue
promises kept on the list. Real journals, a fixed today."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import person

from netzjournal.coach import openers, promises, texts
from netzjournal.coach.engine import PROMISES_BEYOND, suggest
from netzjournal.commands.coach import ReachedOut, answered_until, reached_out_note
from netzjournal.store.coach_data import coach_summaries, snooze
from netzjournal.store.contacts import create_contact, merge_contacts
from netzjournal.store.interactions import (
    add_follow_up,
    create_interaction,
    delete_interactions,
    follow_ups,
)
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, FollowUpRecord, InteractionRecord

TODAY = dt.date(2026, 6, 15)  # a Monday


def add(j: Journal, given: str, family: str, closeness: int = 3, last: int | None = None,
        **kw: object) -> int:  # fmt: skip
    """A contact (met long ago) and, ``last`` days ago, a coffee with them."""
    kw.setdefault("met_on", TODAY - dt.timedelta(days=900))
    cid = create_contact(j, person(given, family, closeness=closeness, **kw)).value.id
    if last is not None:
        when = dt.datetime.combine(TODAY - dt.timedelta(days=last), dt.time(10))
        create_interaction(j, InteractionRecord(occurred_at=when, participants=[cid],
                                                kind="coffee", direction="together"))  # fmt: skip
    return cid


def owe(j: Journal, cid: int, text: str, due_in: int | None) -> int:
    due = None if due_in is None else TODAY + dt.timedelta(days=due_in)
    rec = add_follow_up(j, FollowUpRecord(text, contact_id=cid, due_on=due, owed_by="me"))
    assert rec.value.id is not None
    return rec.value.id


def listed(j: Journal, day: dt.date = TODAY) -> list[int]:
    return [s.contact_id for s in suggest(j, day).suggestions]


def reach_out(j: Journal, cid: int, day: dt.date = TODAY, done: tuple[int, ...] = ()) -> ReachedOut:
    """ "Reached out" as the card does it: with the card's occasions answered."""
    shown = next(s for s in suggest(j, day).cards if s.contact_id == cid)
    record = reached_out_note(cid, day, dt.time(11), "Hallo", "Hallo …")
    command = ReachedOut(j, record, "", answered_until(day, shown.occasions), done)
    command.do()
    return command


# -- 1. "Reached out" ends today's occasion -----------------------------------------------


def test_reached_out_on_a_birthday_today_takes_the_card_off_and_undo_brings_it_back(journal):
    """Today's birthday keeps someone listed while they rest — until "Reached out"
    answered it; the day after they rest as after any message; undo: back."""
    cid = add(journal, "Gabi", "Geburtstag", closeness=1, last=5,
              birthday=Birthday(TODAY.month, TODAY.day, None))  # fmt: skip
    assert listed(journal) == [cid]  # (spoken to 5 days ago: only the birthday lists her)
    command = reach_out(journal, cid)
    assert cid not in listed(journal)
    assert cid not in listed(journal, TODAY + dt.timedelta(days=1))
    command.undo()
    assert listed(journal) == [cid]
    assert coach_summaries(journal, TODAY, [cid])[0].answered_until is None


def test_a_merge_keeps_what_reached_out_answered_for_the_merged_away_record(journal):
    """Wished Gabi a happy birthday on her second record, then merged it into the
    first: the birthday came over, the note came over, but what the note answered
    stayed behind with the deleted row — her card came back on the same day."""
    keep = add(journal, "Gabi", "Geburtstag", closeness=1, last=5)
    other = add(journal, "Gabi", "Geburtstag", closeness=1, last=5,
                birthday=Birthday(TODAY.month, TODAY.day, None))  # fmt: skip
    snooze(journal, keep, TODAY - dt.timedelta(days=1))  # (a state row of keep's own)
    command = reach_out(journal, other)
    assert other not in listed(journal)
    merge_contacts(journal, keep, other)
    assert keep not in listed(journal)
    (summary,) = coach_summaries(journal, TODAY, [keep])
    assert summary.answered_until == TODAY
    # The note (now hers) deleted: the birthday counts again.
    assert command.created is not None
    delete_interactions(journal, [command.created])
    assert listed(journal) == [keep]


def test_a_note_deleted_by_hand_answers_nothing(journal):
    cid = add(journal, "Gabi", "Geburtstag", closeness=1, last=5,
              birthday=Birthday(TODAY.month, TODAY.day, None))  # fmt: skip
    command = reach_out(journal, cid)
    assert command.created is not None
    delete_interactions(journal, [command.created])
    assert listed(journal) == [cid]


def test_wishes_sent_days_early_keep_the_card_away_on_the_birthday(journal):
    birthday = TODAY + dt.timedelta(days=3)
    cid = add(journal, "Frida", "Früh", closeness=1, last=400,
              birthday=Birthday(birthday.month, birthday.day, None))  # fmt: skip
    assert listed(journal) == [cid]
    reach_out(journal, cid)
    assert coach_summaries(journal, TODAY, [cid])[0].answered_until == birthday
    assert cid not in listed(journal, birthday)
    # Next year's birthday is a new occasion.
    next_year = birthday.replace(year=birthday.year + 1)
    assert cid in listed(journal, next_year)


def test_reached_out_on_a_follow_up_due_today_leaves_it_open_and_the_card_goes(journal):
    cid = add(journal, "Tim", "Termin", closeness=2, last=3)
    fid = owe(journal, cid, "Angebot nachreichen", 0)
    assert listed(journal) == [cid]
    reach_out(journal, cid)
    assert cid not in listed(journal)
    assert [f.id for f in follow_ups(journal, cid)] == [fid]  # still open


def test_answered_until_is_today_or_the_birthday_ahead():
    from netzjournal.coach.rules import Occasion

    ahead = TODAY + dt.timedelta(days=4)
    assert answered_until(TODAY, []) == TODAY
    assert answered_until(TODAY, [Occasion("owed", 0, "x", TODAY - dt.timedelta(days=3))]) == TODAY
    assert answered_until(TODAY, [Occasion("birthday", 4, when=ahead)]) == ahead


# -- 2. What I promised --------------------------------------------------------------------


def test_the_opener_that_delivers_a_promise_comes_first_and_quotes_no_to_do(journal):
    for form, given in (("sie", "Sabine"), ("du", "Dana")):
        cid = add(journal, given, "Schulz", closeness=5, last=40, address_form=form,
                  salutation="Frau")  # fmt: skip
        owe(journal, cid, "Artikel über Wärmepumpen schicken", None)
    en = add(journal, "Emma", "Stone", closeness=5, last=40, language="en")
    owe(journal, en, "send the heat pump article", None)
    result = suggest(journal, TODAY)
    assert len(result.suggestions) == 3
    for s in result.suggestions:
        first = s.openers[0]
        assert first.category == "promised", (s.name, [o.category for o in s.openers])
        assert "Wärmepumpen" not in first.body and "heat pump" not in first.body
        assert s.promised and s.promised[0][1] in ("Artikel über Wärmepumpen schicken",
                                                   "send the heat pump article")  # fmt: skip
    sie = next(s for s in result.suggestions if s.name.startswith("Sabine"))
    du = next(s for s in result.suggestions if s.name.startswith("Dana"))
    assert "Ihnen" in sie.openers[0].body and "dir" in du.openers[0].body


def test_five_low_pressure_variants_per_kind_language_and_form():
    root = Path(__file__).resolve().parents[1] / "resources" / "coach"
    soft = re.compile(r"nicht nötig|in Ruhe|wann es (Ihnen|dir) passt|beiseite|Kein Grund|"
                      r"auch gut so|musst du nicht|no need|whenever|set it aside|"
                      r"perfectly fine|No rush", re.I)  # fmt: skip
    for lang, forms in (("de", ("sie", "du")), ("en", ("any",))):
        words = json.loads((root / f"{lang}.json").read_text(encoding="utf-8"))
        assert texts.load(lang)["openers"] == words["openers"]
        for form in forms:
            variants = words["openers"][form]["promised"]
            # Five for each kind of promise (coach.promises: send, propose, introduce, other).
            kinds = [v["kind"] for v in variants]
            assert sorted(kinds) == sorted(promises.KINDS * 5), (lang, form)
            for v in variants:
                assert soft.search(v["body"]), (lang, form, v["body"])  # "no" stays easy
                assert not v["body"].rstrip().endswith("?")
                assert "{" not in v["body"] + v["subject"]  # nothing of the to-do slotted
    assert "promised" in openers.CATEGORIES


def test_no_promise_no_promised_opener(journal):
    cid = add(journal, "Ohne", "Zusage", closeness=5, last=40, salutation="Herr")
    s = next(s for s in suggest(journal, TODAY).suggestions if s.contact_id == cid)
    assert s.openers and all(o.category != "promised" for o in s.openers)
    assert s.promised == ()


def test_reached_out_marks_the_promise_done_with_it_and_one_undo_reopens(journal):
    cid = add(journal, "Paul", "Pünktlich", closeness=5, last=40)
    fid = owe(journal, cid, "Kontakt zu Jana herstellen", 2)
    later = owe(journal, cid, "Buchtipp", 20)
    command = reach_out(journal, cid, done=(fid,))
    assert [f.id for f in follow_ups(journal, cid)] == [later]
    done = next(f for f in follow_ups(journal, cid, open_only=False) if f.id == fid)
    assert done.done and done.done_at == dt.datetime.combine(TODAY, dt.time(11))
    command.undo()
    assert [f.id for f in follow_ups(journal, cid)] == [fid, later]
    assert cid in listed(journal)
    command.do()  # redo: the same again
    assert [f.id for f in follow_ups(journal, cid)] == [later]


# -- 3. Overdue promises stay on the list --------------------------------------------------


def test_an_overdue_promise_keeps_someone_spoken_to_lately_on_the_list(journal):
    cid = add(journal, "Olga", "Offen", closeness=3, last=2)  # spoken to two days ago
    owe(journal, cid, "Artikel schicken", -10)
    old = add(journal, "Alt", "Lang", closeness=3, last=2)
    owe(journal, old, "Uralt", -31)  # a month and a day: an old to-do
    result = suggest(journal, TODAY)
    assert result.suggestions == []
    assert [s.contact_id for s in result.promised] == [cid]
    shown = result.promised[0]
    assert shown.overdue_promise and "Offen seit 5. Juni: Artikel schicken" in shown.reason
    assert shown.openers[0].category == "promised"
    english = suggest(journal, TODAY, language="en").promised[0]
    assert "Open since 5 June: Artikel schicken" in english.reason or "Open since June 5" in (
        english.reason
    )
    # Answered by "Reached out": it leaves (the follow-up stays open); undo: back.
    command = reach_out(journal, cid)
    assert suggest(journal, TODAY).promised == []
    assert suggest(journal, TODAY + dt.timedelta(days=3)).promised == []
    command.undo()
    assert [s.contact_id for s in suggest(journal, TODAY).promised] == [cid]


def test_at_most_three_overdue_promises_beyond_the_list_the_longest_open_first(journal):
    ids = []
    for n in range(5):
        cid = add(journal, f"P{n}", "Versprochen", closeness=3, last=1)
        owe(journal, cid, f"Zusage {n}", -(n + 2))
        ids.append(cid)
    snoozed = add(journal, "Schlaf", "Später", closeness=3, last=1)
    owe(journal, snoozed, "Zusage", -20)
    snooze(journal, snoozed, TODAY + dt.timedelta(days=10))
    never = add(journal, "Nie", "Mals", closeness=3, last=1, cadence_never=True)
    owe(journal, never, "Zusage", -20)
    result = suggest(journal, TODAY)
    assert PROMISES_BEYOND == 3
    assert [s.contact_id for s in result.promised] == [ids[4], ids[3], ids[2]]
    assert result.cards == result.suggestions + result.promised


def test_someone_on_the_list_anyway_is_not_counted_twice(journal):
    cid = add(journal, "Dora", "Doppelt", closeness=5, last=40)  # due
    owe(journal, cid, "Artikel schicken", -3)
    result = suggest(journal, TODAY)
    assert [s.contact_id for s in result.suggestions] == [cid]
    assert result.promised == []
    assert "Offen seit 12. Juni: Artikel schicken" in result.suggestions[0].reason


@pytest.mark.parametrize("due_in", [0, 3])
def test_a_promise_due_today_or_ahead_says_open_not_since(journal, due_in):
    cid = add(journal, "Dora", "Doppelt", closeness=5, last=40)
    owe(journal, cid, "Artikel schicken", due_in)
    reason = suggest(journal, TODAY).suggestions[0].reason
    assert "Offen: Artikel schicken" in reason and "seit" not in reason.split("·")[-1]


def test_overdue_promises_are_read_from_the_months_follow_ups_not_every_contact(journal):
    # Each coach refresh asks this: driven from the contacts it probed every one's
    # follow-ups (~6 ms on 5,000); from the follow-ups due in the month, by their
    # due day's index, it reads only those (0.5 ms).
    from netzjournal.store import coach_data

    for n in range(20):
        cid = add(journal, f"Q{n}", "Plan", closeness=3, last=1)
        owe(journal, cid, f"Zusage {n}", -(n % 40 + 1))
    params = ("2026-05-16", "2026-06-14", TODAY.isoformat())
    plan = [r[3] for r in journal.connection().execute(
        "EXPLAIN QUERY PLAN " + coach_data._OVERDUE_PROMISES, params)]  # fmt: skip
    assert plan[0].startswith("SEARCH f USING INDEX follow_up_due_on"), plan
    assert any(step.startswith("SEARCH c USING INTEGER PRIMARY KEY") for step in plan), plan
    assert len(coach_data.overdue_promises(journal, TODAY)) == 20
