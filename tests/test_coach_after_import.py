"""The coach on the day of an import: nobody has a last contact yet, and a birthday
soon is still a reason to get in touch (DESIGN: occasions to reconnect without a
reason). Real imports of vCard files into real journals; ``today`` injected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from netzjournal.coach import rules
from netzjournal.coach.engine import suggest
from netzjournal.coach.settings import CoachSettings
from netzjournal.coach.walk import Walk
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store.coach_data import CoachSummary, snooze, upcoming_events
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, ContactRecord, InteractionRecord

TODAY = dt.date(2026, 12, 1)  # the import's day (a Tuesday)


def _card(given: str, family: str, bday: str = "") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{family};{given};;;", f"FN:{given} {family}"]
    lines += [f"BDAY:{bday}"] if bday else []
    return "\r\n".join([*lines, "END:VCARD"]) + "\r\n"


def _import(journal: Journal, tmp_path: Path, cards: list[str]) -> dict[str, int]:
    """Import the cards as the window does; the people added "today" (the day of the
    test's clock, as the import's own day). Their ids by name."""
    path = tmp_path / "kontakte.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    apply_import(journal, plan_import(journal, read_paths([path])), language="de", today=TODAY)
    with journal.write():  # (the import's clock is the machine's: made the test's day)
        journal.connection().execute(
            "UPDATE contact SET created_at = ?", (f"{TODAY.isoformat()} 09:00:00",)
        )
    rows = journal.connection().execute("SELECT id, given_name || ' ' || family_name FROM contact")
    return {name: cid for cid, name in rows}


def _sixty(birthdays: dict[str, str]) -> list[str]:
    """Sixty cards, Leipzig names; ``birthdays`` by name (``--MM-DD`` or a full date)."""
    cards = [_card(f"Person{i:02d}", "Leipzig") for i in range(60 - len(birthdays))]
    for name, bday in birthdays.items():
        given, family = name.split(" ")
        cards.append(_card(given, family, bday))
    return cards


def test_a_birthday_in_five_days_brings_in_someone_just_imported(journal, tmp_path):
    ids = _import(journal, tmp_path, _sixty({
        "Jonas Hofmann": "--12-06",  # in 5 days
        "Ida Krause": "1985-12-28",  # in 27 days: too far
    }))  # fmt: skip
    result = suggest(journal, TODAY)
    assert [s.contact_id for s in result.suggestions] == [ids["Jonas Hofmann"]]
    jonas = result.suggestions[0]
    assert jonas.reason == (
        "Noch kein Treffen notiert · Geburtstag am Sonntag – gratulieren Sie am Tag selbst"
    )
    assert not jonas.due and [o.kind for o in jonas.occasions] == ["birthday"]
    # Congratulations on the day, not five days early (openers._priority); meanwhile
    # the card says why now, and the opener is a plain one.
    assert jonas.openers and all(o.category != "congrats_birthday" for o in jonas.openers)
    assert not result.no_notes and not result.more
    for ahead in range(1, 5):  # on the list each day until then
        day = TODAY + dt.timedelta(days=ahead)
        assert [s.contact_id for s in suggest(journal, day).suggestions] == [ids["Jonas Hofmann"]]
    on_the_day = suggest(journal, TODAY + dt.timedelta(days=5)).suggestions
    assert on_the_day[0].reason == "Noch kein Treffen notiert · Geburtstag heute"
    assert on_the_day[0].openers[0].category == "congrats_birthday"
    # The day after the birthday nobody is: the empty list says why (no note yet).
    after = suggest(journal, TODAY + dt.timedelta(days=6))
    assert after.suggestions == [] and after.no_notes


def test_nobody_with_a_birthday_soon_the_empty_list_still_says_why(journal, tmp_path):
    _import(journal, tmp_path, _sixty({"Ida Krause": "1985-12-28"}))
    result = suggest(journal, TODAY)
    assert result.suggestions == [] and result.no_notes and not result.more


def test_resting_snoozed_and_just_met_stay_out_and_the_warm_and_due_come_first(journal, tmp_path):
    ids = _import(journal, tmp_path, _sixty({
        "Jonas Hofmann": "--12-06",
        "Rita Reached": "--12-04",  # written to two days ago: resting
        "Sam Snoozed": "--12-05",  # snoozed for a month
    }))  # fmt: skip
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 11, 29, 10), kind="message", direction="outbound",
        participants=[ids["Rita Reached"]]))  # fmt: skip
    snooze(journal, ids["Sam Snoozed"], TODAY + dt.timedelta(days=30))
    warm = create_contact(journal, ContactRecord(
        given_name="Vera", family_name="Warm", closeness=4,
        met_on=dt.date(2020, 1, 1))).value  # fmt: skip
    create_interaction(
        journal, InteractionRecord(occurred_at=dt.datetime(2026, 9, 1, 10), participants=[warm.id])
    )  # due: 91 ≥ 60
    met = create_contact(journal, ContactRecord(
        given_name="Mia", family_name="Gerade", met_on=TODAY - dt.timedelta(days=5),  # no note
        birthday=Birthday(12, 3))).value  # fmt: skip
    result = suggest(journal, TODAY)
    assert [s.contact_id for s in result.suggestions] == [warm.id, ids["Jonas Hofmann"]]
    assert met.id not in [s.contact_id for s in result.suggestions]
    # An imported card's birthday is no reason once you spoke to them this week.
    yesterday = dt.datetime(2026, 11, 30, 18)
    jonas = ids["Jonas Hofmann"]
    create_interaction(journal, InteractionRecord(occurred_at=yesterday, participants=[jonas]))
    assert [s.contact_id for s in suggest(journal, TODAY).suggestions] == [warm.id]


def test_a_big_import_with_birthdays_keeps_the_list_short_nearest_first(journal, tmp_path):
    # 1,460 cards, four birthdays on each day of the year, in no order of the day:
    # the 15 days of the birthday window hold 60 people; the list shows five.
    days = [(i * 7) % 365 for i in range(1460)]  # (7 and 365 coprime: each day 4 times)
    cards = [_card(f"P{i:04d}", "Import", (dt.date(2001, 1, 1) + dt.timedelta(days=d))
                   .strftime("--%m-%d")) for i, d in enumerate(days)]  # fmt: skip
    _import(journal, tmp_path, cards)
    result = suggest(journal, TODAY)
    assert len(result.suggestions) == 5 and result.more
    # Today's four lead (a birthday today is always shown), then tomorrow's — not
    # whoever came first in the file.
    assert [s.occasions[0].days for s in result.suggestions] == [0, 0, 0, 0, 1]
    # Everyone the walk can hand out has a birthday in the window, nearest first.
    settings = CoachSettings()
    events = upcoming_events(journal, TODAY, settings.event_days)
    with Walk(journal, TODAY, settings, events) as walk:
        everyone = walk.head(10_000)
    assert len(everyone) == 15 * 4
    assert all(c[7] and c[7][0].kind == "birthday" and not c[6] for c in everyone)
    assert [c[7][0].days for c in everyone] == sorted(d for d in range(15) for _ in range(4))
    more = suggest(journal, TODAY, limit=12).suggestions
    assert [s.occasions[0].days for s in more] == [0] * 4 + [1] * 4 + [2] * 4


def test_spoken_lately_counts_notes_and_the_day_met_not_the_day_added():
    def summary(**kw: object) -> CoachSummary:
        base: dict[str, object] = dict(
            id=1, given_name="A", family_name="B", display_name="", closeness=3,
            cadence_days=None, cadence_never=False, met_on=None, created_at=TODAY,
            birthday=None, snoozed_until=None, last_contact=None, last_two_way=None,
            last_outbound=None, in_person_2y=0, inbound_2y=0, outbound_2y=0, tags=(),
            owed_open=0,
        )  # fmt: skip
        base.update(kw)
        return CoachSummary(**base)  # type: ignore[arg-type]

    s = CoachSettings()
    assert not rules.spoken_lately(summary(), s, TODAY)  # imported today
    assert rules.spoken_lately(summary(met_on=TODAY - dt.timedelta(days=3)), s, TODAY)
    assert not rules.spoken_lately(
        summary(met_on=TODAY - dt.timedelta(days=3), from_network=True), s, TODAY
    )  # a LinkedIn request accepted three days ago: no conversation
    three = dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(10))
    assert rules.spoken_lately(summary(last_contact=three), s, TODAY)
    month = dt.datetime.combine(TODAY - dt.timedelta(days=30), dt.time(10))
    assert not rules.spoken_lately(
        summary(last_contact=month, met_on=TODAY - dt.timedelta(days=3)), s, TODAY
    )


def test_after_a_first_note_the_empty_list_counts_those_never_noted(journal, tmp_path):
    """The walk (session 35, German): 30 people imported, one coffee noted, and the coach
    said „Gerade ist niemand fällig. Genießen Sie die Ruhe“ – as if the 30 were gone.
    An empty list counts the people it cannot find due yet (archived and "never" left
    out); with nobody like that it is the quiet again."""
    ids = _import(journal, tmp_path, _sixty({}))
    first, archived, never, *_ = ids.values()
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 11, 20, 9), kind="coffee", participants=[first],
    ))  # fmt: skip
    with journal.write():
        journal.connection().execute("UPDATE contact SET archived = 1 WHERE id = ?", (archived,))
        journal.connection().execute("UPDATE contact SET cadence_never = 1 WHERE id = ?", (never,))
    result = suggest(journal, TODAY)
    assert result.suggestions == [] and not result.no_notes and not result.more
    assert result.never_noted == 57
    create_interaction(journal, InteractionRecord(
        occurred_at=dt.datetime(2026, 11, 21, 9), participants=list(ids.values()),
    ))  # fmt: skip
    assert suggest(journal, TODAY).never_noted == 0
