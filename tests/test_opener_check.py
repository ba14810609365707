"""The generated-opener check: every built-in template, for every person the coach
suggests on the S and M demo journals over 30 days, must be a message one could send.

The checks here are deliberately independent of the coach's own heuristics
(``netzjournal.phrases``): a small function-word list decides the language,
and private text is looked up in the journal itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from netzjournal.coach import openers, promises, rules, texts
from netzjournal.coach.engine import suggest
from netzjournal.coach.settings import CoachSettings
from netzjournal.demo.generator import SIZES, DemoSpec, create_demo_journal
from netzjournal.store.catalog import set_setting
from netzjournal.store.coach_data import coach_details, coach_summaries, record_opener
from netzjournal.store.contacts import create_contact
from netzjournal.store.events import list_events
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import InteractionRecord

# Encryption sits below the journal's connection, and the encrypted run has the store's
# and sync's own tests: this module (the openers' wording over generated journals) gains
# nothing from the run key and would cost CI minutes twice.
pytestmark = pytest.mark.plain_only

START = dt.date(2026, 4, 20)  # re:publica (May) and Stammtisch Süd fall in the window
DAYS = 30
USER = "Kim Berger"
CLOSINGS = {
    "de": ("Viele Grüße", "Beste Grüße", "Herzliche Grüße", "Liebe Grüße"),
    "en": ("Best wishes", "All the best", "Warm regards"),
}
GREETING = re.compile(r"^(Guten Tag|Hallo|Hi) \S.*,$")
GERMAN = set(
    [
        "und",
        "der",
        "die",
        "das",
        "ich",
        "nicht",
        "mit",
        "für",
        "ist",
        "zum",
        "zur",
        "im",
        "den",
        "dem",
        "auf",
        "ein",
        "eine",
        "wir",
    ]
)
GERMAN |= {"Sie", "du", "dich", "dir", "Ihnen", "über", "bei", "uns", "sich", "wie", "schon"}
GERMAN |= {"dein", "deine", "deinen", "deinem", "Ihr", "Ihre", "Ihren", "mein", "meine", "nach"}
ENGLISH = set(
    [
        "the",
        "and",
        "you",
        "your",
        "with",
        "for",
        "is",
        "are",
        "of",
        "to",
        "it",
        "my",
        "on",
        "we",
        "that",
        "this",
        "would",
        "be",
    ]
)
PLACEHOLDER = re.compile(r"\{[^}]*\}")
# German: a date given with its weekday ("Donnerstag, 3. Dezember") is an apposition and
# closes with a comma when the sentence goes on ("am Donnerstag, 3. Dezember, Zeit?").
OPEN_APPOSITION = re.compile(
    r"\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),"
    r" \d{1,2}\. [A-ZÄÖÜ][a-zä]+ \w"
)
DOUBLED = re.compile(r"  |([.,;:!?])\1|[.,;:!?][.,;:]|\s[.,;:!?]|\(\s*\)")
EMPTY_QUOTE = re.compile(r"„\s*“|“\s*”|\"\s*\"|‚\s*‘")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’]+", text)


def foreign_words(body: str, language: str) -> list[str]:
    """Function words of the other language in the text between greeting and sign-off."""
    lines = body.split("\n")
    middle = "\n".join(lines[2:-3])
    other = ENGLISH if language == "de" else GERMAN
    found = []
    for w in _words(middle):
        # "Sie"/"du" are German pronouns; other German words count in any case.
        if (
            w in other
            or (w.lower() in other and w not in ("Sie",) and language == "de")
            or (language == "en" and w.lower() in GERMAN and w.lower() not in ("die",))
        ):
            found.append(w)
    return found


def private_texts(j: Journal, contact_id: int) -> list[str]:
    """Everything written about a person that must never reach them."""
    conn = j.connection()
    texts: list[str] = []
    for body, hooks, outcome in conn.execute(
        "SELECT i.body, i.hooks, i.outcome FROM interaction i"
        " JOIN participant p ON p.interaction_id = i.id WHERE p.contact_id = ?",
        (contact_id,),
    ):
        texts += [body, hooks, outcome]
    texts += [r[0] for r in conn.execute("SELECT text FROM follow_up WHERE contact_id = ?",
                                         (contact_id,))]  # fmt: skip
    texts += [r[0] for r in conn.execute("SELECT text FROM give_take WHERE contact_id = ?",
                                         (contact_id,))]  # fmt: skip
    texts += [r[0] for r in conn.execute("SELECT notes FROM contact WHERE id = ?", (contact_id,))]
    pieces = []
    for t in texts:
        for part in re.split(r"[.;!?\n]|\s[–-]\s", t or ""):
            part = part.strip()
            if len(part) >= 12:
                pieces.append(part)
    return pieces


def problems(o: openers.Opener, language: str, private: list[str]) -> list[str]:
    found = []
    text = f"{o.subject}\n{o.body}"
    if PLACEHOLDER.search(text):
        found.append("unfilled placeholder")
    for line in text.split("\n"):
        if DOUBLED.search(line):
            found.append(f"doubled space or punctuation: {line!r}")
    if EMPTY_QUOTE.search(text):
        found.append("empty quote")
    if language == "de" and OPEN_APPOSITION.search(o.body):
        found.append("date apposition without its closing comma")
    if len(o.body) > openers.MAX_LENGTH:
        found.append("over 600 characters")
    if any(p in o.body for p in private):
        found.append("private text: " + next(p for p in private if p in o.body))
    foreign = foreign_words(o.body, language)
    if len(foreign) >= 2:
        found.append(f"other language in a {language} message: {foreign}")
    lines = o.body.split("\n")
    if not GREETING.match(lines[0]):
        found.append("no greeting")
    if len(lines) < 5 or lines[-1] != USER or lines[-2] not in CLOSINGS[language]:
        found.append("no sign-off with the user's name")
    if not o.subject.strip():
        found.append("no subject")
    return found


# A follow-up I owe of each kind, in both languages (each at least 12 characters: the
# private-text check looks for such pieces in a message).
PROMISES = (
    "Artikel über Wärmepumpen schicken", "send the heat pump article",
    "Kaffee im Frühjahr vorschlagen", "suggest a coffee in spring",
    "Kontakt zu Jana herstellen", "introduce her to Jana Fischer",
    "Feedback zum Konzept geben", "give feedback on the concept",
)  # fmt: skip


def promise_kinds(language: str, address_form: str, found: list[openers.Opener]) -> set[str]:
    """The kinds of the "promised" variants rendered (by their templates' "kind")."""
    form = openers.form_key(language, address_form)
    variants = texts.load(language)["openers"][form]["promised"]
    return {variants[int(o.key.split(":")[1])]["kind"] for o in found}


@pytest.fixture(scope="module", params=["S", "M"])
def demo(request, tmp_path_factory):
    contacts, years = SIZES[request.param]
    path = tmp_path_factory.mktemp(f"demo{request.param}") / "journal.sqlite3"
    create_demo_journal(path, DemoSpec(contacts, years, seed=1, today=START))
    j = Journal.open(path)
    set_setting(j, "user.name", USER)
    yield j
    j.close()


def test_every_template_for_every_suggested_person_over_30_days(demo):
    j = demo
    settings = CoachSettings()
    settings.limit = 200  # every candidate, not just the first five
    events = list_events(j)
    event_name = next((e.name for e in events if getattr(e, "name", "")), "Stammtisch Süd")
    seen: set[int] = set()
    rendered = 0
    failures: list[str] = []
    languages: set[str] = set()
    categories: set[str] = set()
    kinds: set[str] = set()
    checked: dict[tuple[int, str, str, str], list[str]] = {}
    for n in range(DAYS):
        day = START + dt.timedelta(days=n)
        result = suggest(j, day, settings)
        ids = [x.contact_id for x in result.suggestions]
        summaries = {s.id: s for s in coach_summaries(j, day, ids)}
        details = coach_details(j, ids)
        for item in result.suggestions:
            s, d = summaries[item.contact_id], details[item.contact_id]
            private = private_texts(j, s.id)
            # The offers as shown, and every template with every occasion made up,
            # so that birthday, new-role, event and thank-you texts are rendered too.
            made_up = [
                *item.occasions,
                rules.Occasion("birthday", 0, when=day),
                rules.Occasion("new_role", 0, when=day),
                rules.Occasion("event", 5, event_name, day + dt.timedelta(days=5)),
                rules.Occasion("anniversary", 3, when=day, years=4),
            ]
            every = openers.renderings(s, d, made_up, day, (), USER)
            # An event the user organises: a host's invitation instead.
            hosted = rules.Occasion("event", 5, event_name, day + dt.timedelta(days=5),
                                    hosting=True)  # fmt: skip
            every |= {"event_host": openers.renderings(s, d, [hosted], day, (), USER)
                      .get("event_host", [])}  # fmt: skip
            # What I promised, of each kind (coach.promises): a made-up follow-up I owe
            # them, never to be quoted.
            promised = []
            for what in PROMISES:
                owing = dataclasses.replace(d, owed=((what, None),), owed_ids=(0,))
                found = openers.renderings(s, owing, [], day, (), USER).get("promised", [])
                kinds.update(promise_kinds(d.language, d.address_form, found))
                promised += found
            for o in [*item.openers, *(o for group in every.values() for o in group), *promised]:
                rendered += 1
                languages.add(d.language)
                categories.add(o.category)
                # (A text met again on a later day is checked once: most are the same
                # from one day to the next, and the check is a pure function of them.)
                key = (s.id, d.language, o.subject, o.body)
                if key not in checked:
                    checked[key] = problems(o, d.language, [*private, *PROMISES])
                for p in checked[key]:
                    failures.append(f"{day} {s.name} {o.key}: {p}\n{o.body}")
            seen.add(s.id)
    assert not failures, f"{len(failures)} problems, e.g.:\n" + "\n\n".join(failures[:5])
    assert len(seen) >= 10 and rendered >= 500
    assert languages == {"de", "en"}
    assert categories == set(openers.CATEGORIES)
    assert kinds == set(promises.KINDS)


def test_the_same_person_never_gets_the_same_variant_twice_in_a_row(demo):
    j = demo
    last: dict[tuple[int, str], str] = {}
    repeats, sent = [], 0
    for n in range(DAYS):
        day = START + dt.timedelta(days=n)
        for item in suggest(j, day).suggestions:
            if not item.openers:
                continue
            first = item.openers[0]
            if last.get((item.contact_id, first.category)) == first.key:
                repeats.append((day, item.name, first.key))
            # "Sent": the coach remembers it (as "Reached out" does).
            record_opener(j, item.contact_id, first.key)
            last[(item.contact_id, first.category)] = first.key
            sent += 1
    assert sent >= 30 and not repeats, repeats[:5]


def test_an_english_opener_leaves_out_a_german_hook_and_vice_versa(journal):
    from conftest import person

    def one(language, say_next, form="du"):
        c = create_contact(
            journal,
            person("Alex", f"Lang{language}{len(say_next)}", closeness=5, language=language,
                   address_form=form, met_on=dt.date(2024, 1, 1)),
        ).value  # fmt: skip
        create_interaction(
            journal,
            InteractionRecord(occurred_at=dt.datetime(2026, 3, 1, 10), participants=[c.id],
                                    say_next=say_next),
        )  # fmt: skip
        return c.id

    en_with_de = one("en", "dein Halbmarathon im Mai")
    de_with_en = one("de", "your move to Lisbon")
    en_with_en = one("en", "your move to Lisbon")
    de_sie_with_du = one("de", "dein Halbmarathon im Mai", form="sie")
    today = dt.date(2026, 6, 15)
    by_id = {s.contact_id: s for s in suggest(journal, today, limit=10).suggestions}
    for cid in (en_with_de, de_with_en, de_sie_with_du):
        bodies = [o.body for o in by_id[cid].openers]
        assert bodies and not any("Halbmarathon" in b or "Lisbon" in b for b in bodies)
        assert "follow_up" not in {o.category for o in by_id[cid].openers}
    assert any("your move to Lisbon" in o.body for o in by_id[en_with_en].openers)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hallo Jana,\n\nam {weekday} Zeit?\n\nViele Grüße\nKim Berger", "placeholder"),
        ("Hallo Jana,\n\nwie geht es dir?.\n\nViele Grüße\nKim Berger", "doubled"),
        ("Hallo Jana,\n\nwie  geht es dir?\n\nViele Grüße\nKim Berger", "doubled"),
        ("Hallo Jana,\n\nStichwort „“ – wie geht es dir?\n\nViele Grüße\nKim Berger", "empty"),
        ("Hallo Jana,\n\nKonzerttipp schicken? Wie geht's?\n\nViele Grüße\nKim Berger", "private"),
        ("Hallo Jana,\n\n" + "sehr schön. " * 60 + "\n\nViele Grüße\nKim Berger", "600"),
        ("Hallo Jana,\n\nwie geht es dir mit your move to the city?\n\nViele Grüße\nKim Berger",
         "other language"),
        ("Jana,\n\nwie geht es dir?\n\nViele Grüße\nKim Berger", "greeting"),
        ("Hallo Jana,\n\nwie geht es dir?\n\nViele Grüße", "sign-off"),
        ("Hallo Jana,\n\nhast du am Donnerstag, 3. Dezember Zeit?\n\nViele Grüße\nKim Berger",
         "apposition"),
    ],
)  # fmt: skip
def test_the_check_catches_each_kind_of_problem(body, expected):
    bad = openers.Opener("check_in", "Hallo", body, "check_in:0")
    found = problems(bad, "de", ["Konzerttipp schicken"])
    assert any(expected in p for p in found), found
    fine = "Hallo Jana,\n\nwie geht es dir?\n\nViele Grüße\nKim Berger"
    assert problems(openers.Opener("check_in", "Hallo", fine, "check_in:0"), "de", []) == []


def test_an_english_message_with_german_words_is_caught():
    body = "Hi Jana,\n\nHow was dein Halbmarathon im Mai?\n\nBest wishes\nKim Berger"
    assert any("other language" in p for p in problems(openers.Opener("c", "s", body), "en", []))


def test_an_english_hook_with_a_school_in_it_is_english():
    """ "your daughter starting school in the autumn" was left out of every English
    opener: its "sch" counted as a German spelling."""
    from netzjournal import phrases

    for line in ("your daughter starting school in the autumn", "your schedule next week"):
        assert phrases.language_of(line) == "en" and phrases.fits_language(line, "en"), line
    assert not phrases.fits_language("your questions about KI im Journalismus", "en")
    assert not phrases.fits_language("Schulanfang deiner Tochter", "en")
