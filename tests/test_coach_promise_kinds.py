"""What I promised, by what it was (send, propose, introduce, other), and a birthday
ahead: the card says the wishes belong to the day, and "Later" up to that day brings
it back with them. Real journals, a fixed today, no Qt."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import person

from netzjournal.coach import openers, promises, texts
from netzjournal.coach.engine import suggest
from netzjournal.commands.coach import Snooze
from netzjournal.store.coach_data import coach_details, coach_summaries
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import add_follow_up, create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, FollowUpRecord, InteractionRecord

TODAY = dt.date(2026, 6, 15)  # a Monday


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Artikel über Wärmepumpen schicken", "send"),
        ("send the heat pump article", "send"),
        ("Link zur Studie weiterleiten", "send"),
        ("Lebenslauf an Jana weitergeben", "send"),
        ("Unterlagen zusenden", "send"),
        ("forward the slides", "send"),
        ("share the recording", "send"),
        ("Buchtipp", "send"),
        ("Artikel über Kaffeeröstung schicken", "send"),  # the verb decides
        ("Kaffee im Frühjahr vorschlagen", "propose"),
        ("Termin finden", "propose"),
        ("Zum Mittagessen einladen", "propose"),
        ("Rufe sie nächste Woche an", "propose"),
        ("Terminvorschlag schicken", "propose"),  # a meeting, proposed by mail
        ("Anrufen wegen Lebenslauf", "propose"),
        ("Frau Berg zurückrufen", "propose"),  # as "call back"
        ("Rückruf wegen Angebot", "propose"),
        ("call her back", "propose"),
        ("meet for lunch in May", "propose"),
        ("set up a call", "propose"),
        ("Kontakt zu Jana herstellen", "introduce"),
        ("Jana vorstellen", "introduce"),
        ("mit Jana bekannt machen", "introduce"),
        ("Tom und Jana einander vorstellen", "introduce"),
        # A job interview or presenting oneself puts no one in touch with anyone:
        ("Nach dem Vorstellungsgespräch bedanken", "other"),
        ("Mich bei der Geschäftsführung vorstellen", "other"),
        ("sich beim Verein vorstellen", "other"),
        ("Termin fürs Vorstellungsgespräch abstimmen", "propose"),
        # Presenting a thing is no introduction either; a person (a name, a
        # compound naming a person or team) still is:
        ("Projekt vorstellen", "other"),
        ("Konzept vorstellen", "other"),
        ("Idee vorstellen", "other"),
        ("Jana das Förderprojekt kurz vorstellen", "other"),
        ("Dem Team die Ergebnisse vorstellen", "other"),
        ("Unser neues Produkt vorstellen", "other"),
        ("Businessplan vorstellen", "other"),
        ("introduce our new product", "other"),
        ("Jana Kaplan vorstellen", "introduce"),  # a name, not a plan
        ("Projektleiterin vorstellen", "introduce"),
        ("Jana dem Projektteam vorstellen", "introduce"),
        ("Angebot fertig machen und Jana vorstellen", "introduce"),
        ("Jana jemandem vorstellen", "introduce"),
        ("introduce Jana to the project team", "introduce"),
        ("mit Tom Berger vernetzen", "introduce"),
        ("Kontakt zur IHK vermitteln", "introduce"),
        ("introduce her to Jana", "introduce"),
        ("connect Tom with Jana", "introduce"),
        ("put her in touch with Jana", "introduce"),
        ("auf LinkedIn vernetzen", "other"),  # connecting oneself: no introduction
        ("connect with her on LinkedIn", "other"),
        ("Feedback zum Konzept geben", "other"),
        ("Angebot nachreichen", "other"),
        ("determine the budget", "other"),  # no "Termin" in it
        ("recall the idea", "other"),  # no "call" in it
        ("", "other"),
    ],
)  # fmt: skip
def test_the_kind_of_a_promise_is_read_from_its_words(text, kind):
    assert promises.kind_of(text) == kind


def test_every_kind_has_five_variants_per_language_and_form():
    for lang, forms in (("de", ("sie", "du")), ("en", ("any",))):
        for form in forms:
            variants = texts.load(lang)["openers"][form]["promised"]
            found = [v.get("kind", "send") for v in variants]
            assert {k: found.count(k) for k in promises.KINDS} == dict.fromkeys(
                promises.KINDS, 5
            ), (lang, form)


# Words that deliver a thing ("anbei", "here it is"): only where a thing was promised.
DELIVERS = re.compile(r"anbei|hier (?:ist|kommt)|schicke|Versprochene|here's what|"
                      r"here it is|below is|attached", re.I)  # fmt: skip


def test_the_english_send_variants_deliver_as_the_german_ones_do():
    """Variant for variant: where the German says „anbei“ (attached, or in an
    email's "here's"), the English says so too — not "below is", another thing."""
    english = texts.load("en")["openers"]["any"]["promised"]
    for form in ("sie", "du"):
        german = texts.load("de")["openers"][form]["promised"]
        for de, en in zip(german, english, strict=True):
            if "anbei" in de["body"]:
                assert re.search(r"\battached\b|\bhere's\b", en["body"]), (de, en)
            assert "below" not in en["body"], en


# Each promised opener's subject, as a German one writes it (checked for idiom: not
# „Kurz zurückgemeldet“, „Hier ist es“, „Eine Vorstellung“ — a performance).
GERMAN_SUBJECTS = {
    "send": ["Wie versprochen", "Das hatte ich {Ihnen} versprochen", "Wie besprochen",
             "Wie zugesagt", "Versprechen eingelöst"],
    "propose": ["Wie versprochen", "Zeit für einen Austausch?", "Wie besprochen",
                "Wann passt es {Ihnen}?", "Versprechen eingelöst"],
    "introduce": ["Wie versprochen", "Ein Kontakt aus meinem Netzwerk", "Wie besprochen",
                  "Ein Kontakt für {Sie}", "Versprechen eingelöst"],
    "other": ["Wie versprochen", "Wie besprochen", "Ich melde mich wie versprochen",
              "Kurze Rückmeldung", "Versprechen eingelöst"],
}  # fmt: skip


@pytest.mark.parametrize("form", ["sie", "du"])
def test_the_german_promised_subjects_are_idiomatic(form):
    you = {"sie": {"Ihnen": "Ihnen", "Sie": "Sie"}, "du": {"Ihnen": "dir", "Sie": "dich"}}[form]
    variants = texts.load("de")["openers"][form]["promised"]
    for kind, subjects in GERMAN_SUBJECTS.items():
        found = [v["subject"] for v in variants if v.get("kind", "send") == kind]
        assert found == [s.format(**you) for s in subjects], (form, kind)


# What each other kind is about.
ABOUT = {
    "propose": re.compile(
        r"austauschen|sprechen|Gespräch|Termin|Telefon|catch up|talk|"
        r"get together|call",
        re.I,
    ),
    "introduce": re.compile(r"Kontakt|bekannt|Netzwerk|introduc|in touch|connect", re.I),
}
SAYS = {
    "send": "Artikel über Wärmepumpen schicken",
    "propose": "Kaffee im Frühjahr vorschlagen",
    "introduce": "Kontakt zu Jana herstellen",
    "other": "Feedback zum Konzept geben",
}


def _owing(j: Journal, given: str, what: str, due: dt.date | None = None, **kw: object) -> int:
    kw.setdefault("met_on", TODAY - dt.timedelta(days=900))
    cid = create_contact(j, person(given, "Schulz", closeness=5, salutation="Frau",
                                   **kw)).value.id  # fmt: skip
    create_interaction(j, InteractionRecord(
        occurred_at=dt.datetime.combine(TODAY - dt.timedelta(days=40), dt.time(10)),
        participants=[cid], kind="coffee", direction="together"))  # fmt: skip
    add_follow_up(j, FollowUpRecord(what, contact_id=cid, owed_by="me", due_on=due))
    return cid


@pytest.mark.parametrize("kind", promises.KINDS)
@pytest.mark.parametrize(
    ("language", "form"), [("de", "sie"), ("de", "du"), ("en", "sie")]
)  # fmt: skip
def test_the_promised_opener_fits_what_was_promised_and_quotes_none_of_it(
    journal, kind, language, form
):
    what = SAYS[kind] if language == "de" else {
        "send": "send the heat pump article", "propose": "suggest coffee in spring",
        "introduce": "introduce her to Jana", "other": "give feedback on the concept",
    }[kind]  # fmt: skip
    cid = _owing(journal, "Sabine", what, address_form=form, language=language)
    s = next(x for x in suggest(journal, TODAY).suggestions if x.contact_id == cid)
    assert s.openers[0].category == "promised"  # first: the reason to write there is
    # Every variant offered for the promise, not only today's.
    summary = coach_summaries(journal, TODAY, [cid])[0]
    every = openers.renderings(summary, coach_details(journal, [cid])[cid], [], TODAY)
    shown = every["promised"]
    templates = texts.load(language)["openers"][openers.form_key(language, form)]["promised"]
    assert len(shown) == 5
    assert {templates[int(o.key.split(":")[1])].get("kind", "send") for o in shown} == {kind}
    for o in shown:
        # Never the to-do, nor what or whom it names.
        assert not re.search(r"Jana|Wärmepumpe|heat pump|Konzept|concept|Frühjahr|spring",
                             o.body), o.body  # fmt: skip
        if kind != "send":
            assert not DELIVERS.search(o.body), o.body  # nothing "attached"
        if kind in ABOUT:
            assert ABOUT[kind].search(o.body), o.body
    if language == "de":  # in the person's form
        said = r"\b(?:du|dir|dich|dein\w*|euch)\b" if form == "du" else r"\b(?:Sie|Ihnen|Ihr\w*)\b"
        assert all(re.search(said, o.body.split("\n", 2)[2]) for o in shown)


def test_the_first_open_promise_decides(journal):
    """The card's box marks the first open follow-up done: its opener fits that one."""
    cid = _owing(journal, "Dana", "Kontakt zu Jana herstellen", TODAY + dt.timedelta(days=3),
                 address_form="du")  # fmt: skip
    add_follow_up(journal, FollowUpRecord("Artikel schicken", contact_id=cid, owed_by="me",
                                          due_on=TODAY + dt.timedelta(days=30)))  # fmt: skip
    s = next(x for x in suggest(journal, TODAY).suggestions if x.contact_id == cid)
    assert s.promised[0][1] == "Kontakt zu Jana herstellen"
    first = s.openers[0]
    words = texts.load("de")["openers"]["du"]["promised"]
    assert words[int(first.key.split(":")[1])]["kind"] == "introduce"


# -- A birthday ahead ---------------------------------------------------------------------


def _birthday_in(j: Journal, days: int, **kw: object) -> tuple[int, dt.date]:
    day = TODAY + dt.timedelta(days=days)
    born, met = Birthday(day.month, day.day, 1980), TODAY - dt.timedelta(days=900)
    cid = create_contact(j, person("Frida", "Früh", closeness=3, salutation="Frau", birthday=born,
                                   met_on=met, **kw)).value.id  # fmt: skip
    create_interaction(j, InteractionRecord(
        occurred_at=dt.datetime.combine(TODAY - dt.timedelta(days=30), dt.time(10)),
        participants=[cid], kind="coffee", direction="together"))  # fmt: skip
    return cid, day


@pytest.mark.parametrize(
    ("days", "german", "english"),
    [
        (1, "Geburtstag morgen – gratulieren Sie am Tag selbst",
         "Birthday tomorrow – congratulate on the day itself"),
        (4, "Geburtstag am Freitag – gratulieren Sie am Tag selbst",
         "Birthday on Friday – congratulate on the day itself"),
        (10, "Geburtstag am 25. Juni – gratulieren Sie am Tag selbst",
         "Birthday on 25 June – congratulate on the day itself"),
    ],
)  # fmt: skip
def test_a_birthday_ahead_says_the_wishes_belong_to_the_day(journal, days, german, english):
    cid, _ = _birthday_in(journal, days)
    s = next(x for x in suggest(journal, TODAY).suggestions if x.contact_id == cid)
    assert s.reason.endswith(german)
    assert all(o.category != "congrats_birthday" for o in s.openers)  # not before the day
    in_english = next(x for x in suggest(journal, TODAY, language="en").suggestions
                      if x.contact_id == cid)  # fmt: skip
    assert in_english.reason.endswith(english)


def test_set_aside_until_the_birthday_it_comes_back_on_the_day_with_the_wishes(journal):
    cid, birthday = _birthday_in(journal, 4)
    command = Snooze(journal, cid, birthday)
    command.do()
    for ahead in range(4):
        day = TODAY + dt.timedelta(days=ahead)
        assert cid not in [x.contact_id for x in suggest(journal, day).cards], day
    on_the_day = next(x for x in suggest(journal, birthday).suggestions if x.contact_id == cid)
    assert on_the_day.openers[0].category == "congrats_birthday"
    assert on_the_day.reason.endswith("Geburtstag heute")
    command.undo()
    assert cid in [x.contact_id for x in suggest(journal, TODAY).suggestions]
