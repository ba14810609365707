"""Full-text search: German folding, prefixes, hostile input, an exact index."""

import datetime as dt
import re
import unicodedata

import pytest
from conftest import note, person
from hypothesis import given, settings
from hypothesis import strategies as st

from netzjournal.store import fulltext
from netzjournal.store.catalog import delete_tags, list_tags
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import create_contact, delete_contacts, update_contact
from netzjournal.store.folding import fold, match_expression
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import (
    create_interaction,
    delete_interactions,
    get_interaction,
    update_interaction,
)
from netzjournal.store.journal import Journal


@pytest.fixture
def filled(journal):
    mueller = create_contact(
        journal, person("Jörg", "Müller", organisation="Straße & Söhne", city="Köln")
    ).value
    weiss = create_contact(
        journal, person("Anna", "Weiß", role="Redakteurin", tags=["Presse"], topics="Kaffeeröstung")
    ).value
    coffee = create_interaction(
        journal,
        note(
            dt.datetime(2026, 4, 2, 8, 30),
            [weiss.id],
            title="Kaffee im Café Kranzler",
            body="Über Barrierefreiheit und die Großstadt gesprochen 😀",
            hooks="Fragt nach dem Podcast",
            place="Friedrichstraße",
        ),
    ).value
    return journal, mueller, weiss, coffee


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Müller", "mueller"),
        ("Mueller", "mueller"),
        ("Muller", "mueller"),
        ("MÜLLER", "mueller"),
        ("müll", "mueller"),  # prefix while typing
        ("Strasse", "mueller"),
        ("Straße", "mueller"),
        ("STRASSE", "mueller"),
        ("Koln", "mueller"),
        ("Koeln", "mueller"),
        ("Weiss", "weiss"),
        ("weiß", "weiss"),
        ("presse", "weiss"),  # a tag
        ("Kaffeerost", "weiss"),  # a topic, folded and as a prefix
        ("Redakt", "weiss"),
    ],
)
def test_german_folding_finds_contacts(filled, query, expected):
    journal, mueller, weiss, _ = filled
    want = {"mueller": mueller.id, "weiss": weiss.id}[expected]
    assert want in [h.id for h in search(journal, query, kind="contact")]


@pytest.mark.parametrize(
    "query",
    ["Kaf", "kaffee", "Cafe", "Café", "Friedrichstrasse", "Grossstadt", "Podcast", "anna weiss",
     "barriere"],
)  # fmt: skip
def test_notes_are_found_by_title_body_hooks_place_and_participants(filled, query):
    journal, _, _, coffee = filled
    assert [h.id for h in search(journal, query, kind="interaction")] == [coffee.id]


def test_all_words_must_match(filled):
    journal, *_ = filled
    assert search(journal, "Müller Kaffee") == []
    assert [h.label for h in search(journal, "jörg köln")] == ["Jörg Müller"]


def test_a_name_spelled_as_typed_comes_before_one_found_by_folding(tmp_path):
    """Sabine typed "Krüger" and got Marie Kruger first, then Thomas Krüger (the
    shorter entry ranks higher; the fresh-eyes walk). The name as typed comes first;
    without the umlaut, Marie Kruger does. Folding still finds both."""
    with Journal.open(tmp_path / "j.sqlite3") as j:
        marie = create_contact(j, person("Marie", "Kruger")).value.id
        thomas = create_contact(
            j, person("Thomas", "Krüger", organisation="TUI Group", role="Manager Controlling",
                      city="Hannover", topics="Airlines, Reporting")
        ).value.id  # fmt: skip
        assert [h.id for h in search(j, "Krüger", kind="contact")] == [thomas, marie]
        assert [h.id for h in search(j, "Kruger", kind="contact")] == [marie, thomas]
        assert [h.id for h in search(j, "krü")] == [thomas, marie]


def test_folding_rules():
    assert fold("Müller") == fold("Mueller") == fold("Muller") == "muller"
    assert fold("Straße") == fold("STRASSE") == "strasse"
    assert fold("Ærø Łódź Øre") == fold("AEro Lodz Ore")
    assert fold("Queue aee oae") == "quu ae oa"  # each vowel + e once, left to right
    assert fold("") == ""


_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "þ": "th", "ı": "i"})


def _fold_by_definition(text: str) -> str:
    """The module docstring's definition, done the slow obvious way on the whole text."""
    s = text.casefold().translate(_EXTRA)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"([aou])e", r"\1", s)


GERMANISH = st.sampled_from(list("aeouäöüßÄÖÜẞéèçøæœłđþıǿǽ ﬁ①ＡŒÆ\u0301\u0308Ωᾧ가 -"))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=95), st.text(GERMANISH, min_size=96, max_size=400))
def test_folding_equals_its_definition(short, long):
    # Short and long texts take different fast paths; both must equal the definition.
    assert fold(short) == _fold_by_definition(short)
    assert fold(long) == _fold_by_definition(long)


def test_every_character_folds_as_defined():
    for start in range(0, 0x110000, 40):
        text = "".join(chr(c) for c in range(start, min(start + 40, 0x110000))
                       if not 0xD800 <= c < 0xE000)  # fmt: skip
        assert fold(text) == _fold_by_definition(text), hex(start)


MUELLER, WEISS, COFFEE = ("contact", "Jörg Müller"), ("contact", "Anna Weiß"), (
    "interaction", "Kaffee im Café Kranzler")  # fmt: skip
# Each query and what it finds: only its words count, as prefixes, all required;
# operators, quotes, brackets and symbols are neither syntax nor an error.
HOSTILE = {
    '"': set(), '""': set(), '"unbalanced': set(), "*": set(), "**": set(), "-": set(),
    "-Müller": {MUELLER}, "AND": set(), "OR": set(), "NOT": set(), "NEAR": set(),
    "NEAR(": set(), "a AND": {WEISS, COFFEE}, "OR b": {COFFEE}, "(": set(), ")": set(),
    "((()": set(), "^": set(), ":": set(), "name:": set(), "body : x": set(),
    "{name}:x": set(), "😀": set(), "🇩🇪☕": set(), "\x00": set(),
    "'; DROP TABLE contact; --": set(), "x" * 10_000: set(), "ä " * 5_000: {WEISS, COFFEE},
    "\\": set(), "%": set(), "_": set(), "[a]": {WEISS, COFFEE}, "Kaf*": {WEISS, COFFEE},
    '"Kaffee"*': {WEISS, COFFEE}, "NEAR(Kaffee Café, 3)": set(), "Jörg -Köln": {MUELLER},
    "Söhne & Straße": {MUELLER}, "müller OR weiß": set(),
}  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_find_only_their_words(filled, query):
    journal, *_ = filled
    hits = search(journal, query)
    assert {(h.kind, h.label) for h in hits} == HOSTILE[query]
    # Nothing ran as SQL or FTS syntax: the journal is whole and still searchable.
    assert len(contact_rows(journal)) == 2
    assert [h.label for h in search(journal, "Müller")] == ["Jörg Müller"]


def test_hostile_queries_still_find_the_words_inside(filled):
    journal, mueller, *_ = filled
    assert mueller.id in [h.id for h in search(journal, '"Müller', kind="contact")]
    assert mueller.id in [h.id for h in search(journal, "(Müller) AND", kind="contact")]
    assert search(journal, "-") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_makes_a_valid_query(text):
    expression = match_expression(text)
    import sqlite3

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a)")
    conn.execute("INSERT INTO t VALUES ('hallo welt')")
    if expression is not None:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (expression,)).fetchall()


def test_results_are_ranked_and_carry_snippets(filled):
    journal, _, weiss, coffee = filled
    create_interaction(
        journal,
        note(dt.datetime(2026, 5, 1), [weiss.id], title="Anruf", body="Kurz, sonst nichts."),
    )
    hits = search(journal, "Barrierefreiheit")
    assert [h.id for h in hits] == [coffee.id]
    assert "Barrierefreiheit" in hits[0].snippet
    assert hits[0].when == dt.datetime(2026, 4, 2, 8, 30)
    # A name match outranks a mention in a note.
    names = search(journal, "Weiß")
    assert names[0].kind == "contact" and names[0].id == weiss.id


def test_a_name_finds_recent_meetings_before_old_short_messages(journal):
    """Claire typed "Muller": the notes were twelve "LinkedIn-Nachricht" from 2020–2024
    (short titles score a little higher), not her coffee with a Müller last month.
    Equally relevant notes come newest first, messages after meetings."""
    people = [create_contact(journal, person(f"Vorname{n}", "Müller")).value.id for n in range(4)]
    old = [
        create_interaction(
            journal,
            note(dt.datetime(2013 + n, 2, 16), [people[n % 4]], kind="message",
                 title="LinkedIn-Nachricht"),
        ).value.id
        for n in range(12)
    ]  # fmt: skip
    recent = [
        create_interaction(
            journal,
            note(dt.datetime(2026, 11, day), [people[day % 4]], kind="coffee",
                 title="Kaffee in der Mittagspause", body="Über den Umzug nach Köln gesprochen."),
        ).value.id
        for day in (3, 20, 11)
    ]  # fmt: skip
    message = create_interaction(
        journal,
        note(dt.datetime(2026, 11, 25), [people[0]], kind="message", title="LinkedIn-Nachricht"),
    ).value.id
    hits = search(journal, "Muller", limit=5, kind="interaction")
    assert [h.id for h in hits] == [recent[1], recent[2], recent[0], message, max(old)]
    assert all(h.kind == "interaction" for h in hits)


def test_many_matches_take_the_cheap_order(journal):
    a = create_contact(journal, person("Max", "Kaffeetrinker")).value
    for n in range(fulltext.BM25_MAX_MATCHES + 5):
        journal.connection().execute(
            "INSERT INTO search_index (rowid, name, body) VALUES (?, '', 'kaffee')", (2 * n + 1001,)
        )
    hits = search(journal, "Kaffee", limit=10)
    assert hits[0].kind == "contact" and hits[0].id == a.id
    assert len(hits) == 1  # the fake rows have no interaction behind them


def _rebuilt(journal):
    fulltext.rebuild(journal)
    return fulltext.index_snapshot(journal)


def test_index_is_exact_after_update_and_delete(filled):
    journal, mueller, weiss, coffee = filled
    snapshot = fulltext.index_snapshot
    # Rename a participant: the note's entry must follow.
    weiss.family_name = "Schwarz"
    update_contact(journal, weiss)
    assert search(journal, "Weiß") == []
    assert [h.id for h in search(journal, "Schwarz Kaffee", kind="interaction")] == [coffee.id]
    # Edit the note.
    rec = get_interaction(journal, coffee.id)
    rec.body = "Nur noch über Segeln."
    update_interaction(journal, rec)
    assert search(journal, "Barrierefreiheit") == []
    assert [h.id for h in search(journal, "Segeln")] == [coffee.id]
    # Delete the contact who was the note's only participant.
    delete_contacts(journal, [weiss.id])
    assert search(journal, "Schwarz") == []
    current = snapshot(journal)
    assert current == _rebuilt(journal)
    delete_interactions(journal, [coffee.id])
    delete_tags(journal, [t.id for t in list_tags(journal)])
    current = snapshot(journal)
    assert current == _rebuilt(journal)
    assert set(current) == {2 * mueller.id}
    assert set(fulltext.contact_index_snapshot(journal)) == {mueller.id}
