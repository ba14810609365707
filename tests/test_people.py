"""People by id: namesakes told apart, names resolved to candidates, German order."""

from __future__ import annotations

import datetime as dt
import functools
import random

import pytest
from conftest import note, person

from netzjournal.store import people
from netzjournal.store.collation import sort_key
from netzjournal.store.contacts import (
    create_contact,
    delete_contacts,
    get_contact,
    set_archived,
    update_contact,
)
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_names
from netzjournal.store.people import (
    find_people_by_name,
    list_people,
    person_choices,
    search_people,
)

GERMAN_ORDER = ["Ärger", "Bäcker", "Böhm", "Brown", "Oswald", "Özdemir", "Zöllner"]


@pytest.fixture
def namesakes(journal):
    make = lambda *a, **kw: create_contact(journal, person(*a, **kw)).value.id  # noqa: E731
    return {
        "weser": make("Chloe", "Baker", organisation="Weserbogen Logistik", city="Bremen"),
        "hafen": make("Chloe", "Baker", organisation="Hafenkontor", city="Bremen"),
        "alone": make("Hans", "Müller", display_name="Müller, Hans", city="Köln"),
        "same1": make("Tim", "Roth", organisation="Nordlicht", city="Kiel"),
        "same2": make("Tim", "Roth", organisation="Nordlicht", city="Lübeck"),
        "bare1": make("Ute", "Groß"),
        "bare2": make("Ute", "Groß"),
    }


def test_namesakes_are_told_apart_by_organisation_then_city_then_number(journal, namesakes):
    labels = {c.id: c.label for c in list_people(journal)}
    assert labels[namesakes["weser"]] == "Chloe Baker · Weserbogen Logistik"
    assert labels[namesakes["hafen"]] == "Chloe Baker · Hafenkontor"
    assert labels[namesakes["alone"]] == "Müller, Hans"  # nobody shares it: no detail
    assert labels[namesakes["same1"]] == "Tim Roth · Kiel"
    assert labels[namesakes["same2"]] == "Tim Roth · Lübeck"
    # Nothing else tells them apart: their place among them, oldest first, not an id.
    assert labels[namesakes["bare1"]] == "Ute Groß (1)"
    assert labels[namesakes["bare2"]] == "Ute Groß (2)"
    assert len(set(labels.values())) == len(labels)


def test_namesakes_alike_in_organisation_and_city_are_numbered_among_themselves(journal):
    make = lambda **kw: create_contact(journal, person("Eva", "Lang", **kw)).value.id  # noqa: E731
    ids = [make(organisation="Nordlicht", city="Kiel"), make(city="Kiel"),
           make(organisation="Nordlicht", city="Kiel"), make(city="Bonn")]  # fmt: skip
    labels = {c.id: c.label for c in list_people(journal)}
    assert [labels[i] for i in ids] == [
        "Eva Lang · Nordlicht, Kiel (1)",
        "Eva Lang · Kiel",
        "Eva Lang · Nordlicht, Kiel (2)",
        "Eva Lang · Bonn",
    ]
    # The same labels from the look-up of a few (the coach, the pickers) and the
    # read of everybody (the review).
    few = person_choices(journal, ids[2:3])
    assert few[ids[2]].label == labels[ids[2]]
    assert people.namesake_labels(journal)[ids[0]] == labels[ids[0]]


@pytest.mark.parametrize("language", ["de", "en"])
def test_twins_are_told_apart_by_role_then_address_or_phone_then_the_day_added(journal, language):
    """Two "Anja Schäfer · REWE Digital · Köln" were "(1)" and "(2)" in the merge
    dialog, and alike (but for the id) in `note add --with`: each twin now shows the
    next thing that tells them apart, wherever namesakes are shown apart."""
    from netzjournal.localized import tell_language
    from netzjournal.store.fulltext import search
    from netzjournal.store.records import Channel

    def make(**kw: object) -> int:
        rec = person("Anja", "Schäfer", **{"organisation": "REWE Digital", "city": "Köln", **kw})
        return create_contact(journal, rec).value.id

    ids = [
        make(role="Teamleiterin"),
        make(role="Entwicklerin", channels=[Channel("email", "anja@rewe.example", "work")]),
        make(role="Entwicklerin", channels=[Channel("email", "anja@rewe.example", "work"),
                                            Channel("phone", "+49 221 555 01", "work")]),
        make(), make(), make(), make(),
    ]  # fmt: skip
    other = make(organisation="Otto", city="Hamburg")
    with journal.write() as changes:  # added on other days (the store's clock is the system's)
        for i, day in ((ids[3], "2024-03-03 09:00:00"), (ids[4], "2025-06-01 18:30:00")):
            journal.connection().execute("UPDATE contact SET created_at = ? WHERE id = ?", (day, i))
        changes.everything = True
    tell_language(language)
    added = {"de": "angelegt am ", "en": "added "}[language]
    first, second = {"de": ("03.03.2024", "01.06.2025"), "en": ("03/03/2024", "01/06/2025")}[
        language
    ]
    twin = "Anja Schäfer · REWE Digital, Köln"
    expected = {
        ids[0]: f"{twin}, Teamleiterin",  # the one role nobody else has
        ids[1]: f"{twin} (2)",  # role and address both shared: nothing else
        ids[2]: f"{twin}, +49 221 555 01",  # the one phone
        ids[3]: f"{twin}, {added}{first}",
        ids[4]: f"{twin}, {added}{second}",
        ids[5]: f"{twin} (6)",  # added the same day as others: their place, oldest first
        ids[6]: f"{twin} (7)",
        other: "Anja Schäfer · Otto",
    }
    everyone = [*ids, other]
    assert {c.id: c.label for c in list_people(journal)} == expected
    assert {i: c.label for i, c in person_choices(journal, everyone).items()} == expected
    assert {c.id: c.label for c in search_people(journal, "anja sch")} == expected
    assert {c.id: c.label for c in find_people_by_name(journal, "Anja Schäfer")} == expected
    assert people.namesake_labels(journal) == expected
    cache = people.NamesakeCache()
    assert {i: c.label for i, c in person_choices(journal, ids[2:3], cache).items()} == {
        ids[2]: expected[ids[2]]
    }
    assert people.person_label(journal, ids[4]) == expected[ids[4]]  # (undo texts)
    # The command line's candidates (name · organisation · city · what else).
    typed = {c.id: c.describe() for c in people.find_people_by_typed_name(journal, "anja schäfer")}
    assert typed[ids[0]] == "Anja Schäfer · REWE Digital · Köln · Teamleiterin"
    assert typed[ids[3]] == f"Anja Schäfer · REWE Digital · Köln · {added}{first}"
    assert typed[ids[6]] == "Anja Schäfer · REWE Digital · Köln (7)"
    assert len(set(typed.values())) == len(typed)
    # A note found by whom it was with names them as the pickers do.
    create_interaction(journal, note(dt.datetime(2026, 3, 1, 10), [ids[0], ids[4]]))
    [hit] = [h for h in search(journal, "Anja") if h.kind == "interaction"]
    assert hit.snippet.startswith(f"{twin}, Teamleiterin; {twin}, ")  # (cut after)


def test_an_archived_namesake_still_makes_the_others_show_their_detail(journal, namesakes):
    set_archived(journal, [namesakes["hafen"]], True)
    choices = {c.id: c for c in list_people(journal)}
    assert namesakes["hafen"] not in choices
    assert choices[namesakes["weser"]].label == "Chloe Baker · Weserbogen Logistik"
    also = {c.id for c in list_people(journal, also=[namesakes["hafen"]])}
    assert namesakes["hafen"] in also


def test_find_people_by_name_returns_every_namesake_and_never_guesses(journal, namesakes):
    found = find_people_by_name(journal, "  chloe   BAKER ")
    assert sorted(c.id for c in found) == sorted([namesakes["weser"], namesakes["hafen"]])
    assert {c.organisation for c in found} == {"Weserbogen Logistik", "Hafenkontor"}
    assert [c.id for c in find_people_by_name(journal, "Müller, Hans")] == [namesakes["alone"]]
    assert find_people_by_name(journal, "Hans Mueller") == []
    assert find_people_by_name(journal, "Mueller, Hans") == []
    assert [c.id for c in find_people_by_name(journal, "Mueller, Hans", folded=True)] == [
        namesakes["alone"]
    ]
    assert find_people_by_name(journal, "") == []


def test_people_are_listed_in_german_collation_order(journal):
    shuffled = GERMAN_ORDER[:]
    random.Random(4).shuffle(shuffled)
    for family in shuffled:
        create_contact(journal, person("Kim", family))
    assert [c.family_name for c in list_people(journal)] == GERMAN_ORDER
    assert [n.split()[-1] for _, n in contact_names(journal)] == GERMAN_ORDER


def test_the_collation_key_agrees_with_icu_for_german_and_english():
    # QCollator (ICU, bundled with the Qt wheels) is the reference; the store's key
    # must give the same order without Qt.
    from PySide6.QtCore import QCollator, QLocale

    names = [
        *GERMAN_ORDER,
        "Müller", "Mueller", "Muller", "müller", "MÜLLER", "Møller", "Moller", "Straße",
        "Strasse", "Strauss", "Weiß", "WEISS", "weiss", "Æsir", "Aesop", "Łukasz", "Lukas",
        "O'Brien", "Obrecht", "van\u00a0Dyk", "vanDyk", "von Berg", "von-Berg", "Élodie",
        "Eloise", "Çelik", "Celik", "Şahin", "Sahin", "Yılmaz", "Yilmaz", "Nguyễn", "Nguyen",
        "Müller, Hans", "Dr. Weiß, MBA", "1Live",
    ]  # fmt: skip
    for language in ("de_DE", "en_GB"):
        collator = QCollator(QLocale(language))
        for seed in range(5):
            random.Random(seed).shuffle(names)
            expected = sorted(names, key=functools.cmp_to_key(collator.compare))
            assert sorted(names, key=sort_key) == expected, language


def test_a_name_of_megabytes_sorts_by_its_first_thousand_characters(journal):
    """A damaged file's 10 MB "name" (a CSV of quotation marks) must not make a key of
    four times its size in every table that sorts by name (it took 770 MB to import)."""
    huge = "Ä" + '"' * 2_000_000
    assert len(sort_key(huge)) == len(sort_key(huge[:1000]))
    assert sort_key(huge) == sort_key(huge[:1000] + "zzz")
    assert sort_key("Anna" * 200 + "A") < sort_key("Anna" * 200 + "B")  # within them
    a = create_contact(journal, person(huge, "")).value.id
    b = create_contact(journal, person("Ärger", "")).value.id
    assert [c.id for c in list_people(journal)] == [a, b]  # "Ä" + punctuation sorts first


def test_import_never_merges_into_one_of_several_namesakes(journal, namesakes, tmp_path):
    from netzjournal.interchange.importer import apply_import, plan_import, read_paths

    card = tmp_path / "chloe.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chloe Baker\r\nN:Baker;Chloe;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tim Roth\r\nN:Roth;Tim;;;\r\nORG:Nordlicht\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    plan = plan_import(journal, read_paths([card]))
    chloe, tim = plan.rows
    # A similar name, twice: neither is picked; both are named for the user.
    assert chloe.match_id is None and chloe.action == "create"
    assert sorted(chloe.candidates) == sorted([namesakes["weser"], namesakes["hafen"]])
    # Same name and organisation, twice: not merged into the first, not created again.
    assert tim.match_id is None and tim.action == "skip"
    assert sorted(tim.candidates) == sorted([namesakes["same1"], namesakes["same2"]])
    before = {c.id: get_contact(journal, c.id) for c in list_people(journal)}
    apply_import(journal, plan)
    for cid, record in before.items():
        after = get_contact(journal, cid)
        assert (after.notes, after.channels) == (record.notes, record.channels)


# -- search as someone types (the pickers) -------------------------------------------------


def _reference_search(journal, text, exclude=frozenset(), limit=50):
    """What the pickers showed when they read every contact: names starting with
    the text first, then people with every word beginning a word of their name,
    organisation or city; name order."""
    import re

    from netzjournal.store.folding import fold, query_terms

    words = fold(text).split()
    terms = query_terms(text)
    whole = " ".join(words)
    starts, contains = [], []
    for c in list_people(journal):
        if c.id in exclude or not words:
            continue
        name = fold(c.name)
        tokens = re.findall(r"\w+", fold(f"{c.name} {c.organisation} {c.city}"))
        if name.startswith(whole) or any(w.startswith(whole) for w in name.split()):
            starts.append(c)
        elif terms and all(any(t.startswith(w) for t in tokens) for w in terms):
            contains.append(c)
    return [(c.id, c.label) for c in (starts + contains)[:limit]]


@pytest.mark.parametrize("walk", [False, True], ids=["few sorted", "name index walked"])
def test_search_people_shows_what_reading_everybody_showed(journal, monkeypatch, walk):
    """Typed letters and words give the same people, labels and German order as
    the full read did — also where only a few rows are shown (the search stops
    at the page's end), for namesakes, umlauts, other accents, archived and
    excluded people; whether SQLite sorts the matches or walks the name index
    (chosen by how many match: with ``FEW = 0`` it always walks)."""
    if walk:
        monkeypatch.setattr(people, "FEW", 0)
    rng = random.Random(3)
    given = ["Anna", "Ömer", "Max", "Łucja", "Ute", "Ärne", "Moritz", "Marta", "Øystein"]
    family = ["Müller", "Muller", "Mueller", "Möller", "Moller", "Özdemir", "Oswald",
              "Ørsted", "Şahin", "Sahin", "Čapek", "Capek", "Groß", "Gross", "Baker",
              "Marx", "Zöllner", "van Mol", "MÜLLER", "müller"]  # fmt: skip
    orgs = ["Weserbogen Logistik", "Hafenkontor", "Mühlenwerk", ""]
    cities = ["Bremen", "München", "Kiel", ""]
    ids = []
    for _ in range(220):
        record = person(
            rng.choice(given),
            rng.choice(family),
            organisation=rng.choice(orgs),
            city=rng.choice(cities),
        )
        ids.append(create_contact(journal, record).value.id)
    # Only an organisation (the name is the organisation), and a display name.
    ids.append(create_contact(journal, person("", "", organisation="Mühlenwerk")).value.id)
    ids.append(create_contact(journal, person("X", "Y", display_name="Mo Ma")).value.id)
    # Early in name order, with a given name starting with "q" that their shown
    # name lacks: the index offers them, the test rejects them, and the search
    # reads on, page after page, to the one "Quincy" far behind them.
    for n in range(60):
        create_contact(journal, person("Quentin", f"Aab{n:02}", display_name=f"Aab{n:02} Zed"))
    ids.append(create_contact(journal, person("Quincy", "Zorn")).value.id)
    set_archived(journal, ids[:15], True)
    exclude = frozenset(ids[20:40])
    queries = ["m", "M", "ö", "o", "s", "c", "a", "u", "z", "mü", "mue", "mo", "möl", "ma",
               "anna m", "sah", "şa", "ca", "gro", "hafen", "bremen", "weser log", "mühlen",
               "van", "van m", "q", "qu", "quin", "zed"]  # fmt: skip
    for text in queries:
        for limit in (50, 5, 1):
            got = [(c.id, c.label) for c in search_people(journal, text, exclude, limit)]
            assert got == _reference_search(journal, text, exclude, limit), (text, limit)
    assert search_people(journal, "") == []
    assert search_people(journal, " -*? ") == []


def test_person_choices_tells_apart_namesakes_it_did_not_ask_for(journal, namesakes):
    choices = person_choices(journal, [namesakes["hafen"], namesakes["alone"]])
    assert choices[namesakes["hafen"]].label == "Chloe Baker · Hafenkontor"
    assert choices[namesakes["alone"]].label == "Müller, Hans"
    set_archived(journal, [namesakes["weser"]], True)  # archived: still a namesake
    choices = person_choices(journal, [namesakes["hafen"]])
    assert choices[namesakes["hafen"]].label == "Chloe Baker · Hafenkontor"


def test_kept_labels_equal_fresh_ones_after_every_kind_of_change(journal, namesakes):
    """The coach keeps its cards' labels between refreshes (NamesakeCache): after each
    write they equal labels read afresh, and a write that touches nobody of a name
    keeps that name's people as they were read."""
    cache = people.NamesakeCache()
    ids = list(namesakes.values())

    def both() -> dict[int, str]:
        kept = {i: c.label for i, c in person_choices(journal, ids, cache).items()}
        assert kept == {i: c.label for i, c in person_choices(journal, ids).items()}
        return kept

    def rename(key: str, **fields: str) -> None:
        rec = get_contact(journal, namesakes[key])
        for field, value in fields.items():
            setattr(rec, field, value)
        update_contact(journal, rec)

    both()
    before = person_choices(journal, ids, cache)
    create_interaction(journal, note(dt.datetime(2026, 3, 1, 10), [namesakes["alone"]]))
    rename("same1", city="Kiel")  # a write that changes nothing of the label
    after = person_choices(journal, ids, cache)
    assert after[namesakes["weser"]] is before[namesakes["weser"]]  # kept, not read again
    assert after[namesakes["alone"]] is not before[namesakes["alone"]]  # he had a note
    assert after[namesakes["same2"]] is not before[namesakes["same2"]]  # a namesake changed
    # A new namesake; one renamed away; a namesake's organisation; one deleted.
    create_contact(journal, person("Hans", "Müller", display_name="müller,  hans", city="Bonn"))
    assert both()[namesakes["alone"]] == "Müller, Hans · Köln"
    rename("hafen", family_name="Becker")
    assert both()[namesakes["weser"]] == "Chloe Baker"
    rename("same2", organisation="Südwind")
    assert both()[namesakes["same1"]] == "Tim Roth · Nordlicht"
    delete_contacts(journal, [namesakes["bare2"]])
    assert both()[namesakes["bare1"]] == "Ute Groß"
    # Somebody renamed to a kept name, by another program (no change set is heard).
    with Journal.open(journal.path) as other:
        rec = get_contact(other, namesakes["hafen"])
        rec.family_name = "Baker"
        update_contact(other, rec)
    assert both()[namesakes["weser"]] == "Chloe Baker · Weserbogen Logistik"
    # A write that says only "everything" (an import, a restore).
    with journal.write() as changes:
        journal.connection().execute(
            "UPDATE contact SET organisation = 'Weserbogen Logistik', city = 'Hamburg'"
            " WHERE id = ?",
            (namesakes["hafen"],),
        )
        changes.everything = True
    assert both()[namesakes["weser"]] == "Chloe Baker · Bremen"
