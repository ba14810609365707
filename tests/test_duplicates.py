"""Possible duplicates (store/duplicates.py): which pairs are offered, which not."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import person

from netzjournal.store.contacts import create_contact
from netzjournal.store.duplicates import (
    REASONS,
    SAME_EMAIL,
    SAME_NAME,
    SAME_NAME_AND_ORGANISATION,
    SAME_PHONE,
    duplicates_of,
    people_facts,
    possible_duplicates,
    say_not_duplicates,
    unsay_not_duplicates,
)
from netzjournal.store.erasure import erase_person
from netzjournal.store.matching import loose_name_key, name_key, phone_key
from netzjournal.store.records import Channel, ContactRecord


def _add(journal, rec: ContactRecord) -> int:
    return create_contact(journal, rec).value.id


def _pairs(journal) -> dict[tuple[int, int], str]:
    return {(p.low, p.high): p.reason for p in possible_duplicates(journal)}


def test_name_variants_fold_to_one_key():
    assert loose_name_key("Müller, Hans") == loose_name_key("Hans Mueller")
    assert loose_name_key("Dr. Hans P. Müller") == loose_name_key("hans müller")
    assert loose_name_key("Prof. Dr.-Ing. Jörg Weiß") == loose_name_key("Joerg Weiss")
    assert loose_name_key("Anna Weber") != loose_name_key("Anna Webers")
    # The importer's key is as strict as it was (a title still tells two names apart).
    assert name_key("Müller Hans") == name_key("Hans Mueller")
    assert name_key("Dr. Hans Müller") != name_key("Hans Müller")


def test_phone_numbers_compare_without_their_prefixes():
    assert (
        phone_key("+49 173 5972605")
        == phone_key("0173/597 26 05")
        == phone_key("0049 (173) 5972605")
    )
    assert phone_key("+49 173 5972606") != phone_key("+49 173 5972605")
    assert phone_key("112") == ""


def test_same_address_phone_or_name_and_organisation_are_offered(journal):
    mail = "hans@stadtwerke.example"
    hans = _add(journal, person("Hans", "Müller", organisation="Stadtwerke",
                                channels=[Channel("email", mail)]))  # fmt: skip
    hans2 = _add(journal, ContactRecord(display_name="Mueller, Hans",
                                        channels=[Channel("email", mail.upper())]))  # fmt: skip
    eva = _add(journal, person("Eva", "Roth", channels=[Channel("phone", "+49 171 1234567")]))
    eva2 = _add(journal, person("Eva", "Roth-Berger", channels=[Channel("phone", "0171 1234567")]))
    jo = _add(journal, person("Jörg", "Weiß", title_prefix="Dr.", organisation="Hafen AG"))
    jo2 = _add(journal, ContactRecord(display_name="Dr. Joerg Weiss", organisation="hafen ag"))
    pairs = _pairs(journal)
    assert pairs[(hans, hans2)] == SAME_EMAIL
    assert pairs[(eva, eva2)] == SAME_PHONE
    assert pairs[(jo, jo2)] == SAME_NAME_AND_ORGANISATION
    assert len(pairs) == 3


def test_namesakes_at_different_organisations_and_colleagues_sharing_an_address_are_not(
    journal,
):
    _add(journal, person("Anna", "Schmidt", organisation="Stadtwerke"))
    _add(journal, person("Anna", "Schmidt", organisation="Hafen AG"))
    _add(journal, person("Bernd", "Weber", channels=[Channel("email", "info@firma.example")]))
    _add(journal, person("Clara", "Vogel", channels=[Channel("email", "info@firma.example")]))
    family = [Channel("email", "familie.schmidt@mail.example")]  # a couple's one address
    _add(journal, person("Anna", "Schmidt", channels=family))
    _add(journal, person("Peter", "Schmidt", channels=list(family)))
    assert _pairs(journal) == {}


def test_a_name_without_organisation_is_offered_only_when_nobody_else_has_it(journal):
    a = _add(journal, person("Lena", "Kurz", organisation="Stadtwerke"))
    b = _add(journal, person("Lena", "Kurz"))
    assert _pairs(journal) == {(a, b): SAME_NAME}
    _add(journal, person("Lena", "Kurz", organisation="Hafen AG"))
    assert _pairs(journal) == {}  # (which of the two it would be is a guess)


def test_archived_contacts_are_not_offered(journal):
    _add(journal, person("Ute", "Groß", organisation="Stadtwerke"))
    _add(journal, person("Ute", "Gross", organisation="Stadtwerke", archived=True))
    assert _pairs(journal) == {}


def test_a_pair_said_apart_is_not_offered_again_until_taken_back(journal):
    a = _add(journal, person("Tom", "Berg", organisation="Stadtwerke"))
    b = _add(journal, person("Tom", "Berg", organisation="Stadtwerke"))
    when = dt.datetime(2026, 12, 1, 9, 0)
    with journal.write():
        say_not_duplicates(journal.connection(), b, a, when)
    assert _pairs(journal) == {}
    with journal.write():
        unsay_not_duplicates(journal.connection(), a, b)
    assert _pairs(journal) == {(a, b): SAME_NAME_AND_ORGANISATION}


def test_erasing_a_person_leaves_no_pair_said_apart(journal):
    a = _add(journal, person("Tom", "Berg"))
    b = _add(journal, person("Tim", "Berg"))
    with journal.write():
        say_not_duplicates(journal.connection(), a, b, dt.datetime(2026, 12, 1))
    erase_person(journal, a, with_sole_notes=False)
    rows = journal.connection().execute("SELECT count(*) FROM contact_not_duplicate").fetchone()
    assert rows == (0,)


def test_facts_tell_the_two_apart(journal):
    a = _add(journal, person("Tom", "Berg", city="Köln", source="linkedin",
                             channels=[Channel("phone", "0171 1"), Channel("email", "t@b.example"),
                                       Channel("email", "t2@b.example")]))  # fmt: skip
    facts = people_facts(journal, [a, a + 100])
    assert list(facts) == [a]
    f = facts[a]
    assert (f.name, f.city, f.email, f.phone, f.source, f.notes, f.last_contact) == (
        "Tom Berg", "Köln", "t@b.example", "0171 1", "linkedin", 0, None
    )  # fmt: skip
    assert f.added is not None and f.added.year >= 2024  # the day it was made


def test_pairs_come_in_the_contacts_list_s_name_order(journal):
    """Within one reason, by name as the list sorts (Ä with A, not after Z)."""
    z = [_add(journal, person("Zoe", "Zander", organisation="X")) for _ in range(2)]
    a = [_add(journal, person("Ärne", "Äbel", organisation="X")) for _ in range(2)]
    m = [_add(journal, person("Max", "Mohn", organisation="X")) for _ in range(2)]
    assert [(p.low, p.high) for p in possible_duplicates(journal)] == [tuple(a), tuple(m), tuple(z)]


def test_a_stale_name_key_sorts_as_the_list_would(journal):
    """An edited name's stored key is emptied until the list fills it again."""
    z = [_add(journal, person("Zoe", "Zander", organisation="X")) for _ in range(2)]
    a = [_add(journal, person("Anna", "Abel", organisation="X")) for _ in range(2)]
    with journal.write():
        journal.connection().execute("UPDATE contact_summary SET name_key = NULL")
    assert [(p.low, p.high) for p in possible_duplicates(journal)] == [tuple(a), tuple(z)]


def test_the_command_says_them_apart_and_its_undo_takes_it_back(journal):
    from netzjournal.commands.duplicates import SayNotDuplicates

    a = _add(journal, person("Tom", "Berg", organisation="Stadtwerke", city="Köln"))
    b = _add(journal, person("Tom", "Berg", organisation="Stadtwerke", city="Bonn"))
    command = SayNotDuplicates(journal, a, b, dt.datetime(2026, 12, 1, 9, 0))
    done = command.do()
    assert _pairs(journal) == {}
    assert (done.what, done.subject, done.other) == (
        "not_duplicates",
        "Tom Berg · Köln",
        "Tom Berg · Bonn",
    )  # (namesakes told apart, by id)
    assert done.changes.contacts == {a, b}
    command.undo()
    assert _pairs(journal) == {(a, b): SAME_NAME_AND_ORGANISATION}


def test_a_journal_without_the_table_of_pairs_said_apart_is_still_searched(journal):
    """Opened read-only at an older schema (before migration 0061)."""
    a = _add(journal, person("Tom", "Berg", organisation="Stadtwerke"))
    b = _add(journal, person("Tom", "Berg", organisation="Stadtwerke"))
    with journal.write():
        journal.connection().execute("DROP TABLE contact_not_duplicate")
    assert _pairs(journal) == {(a, b): SAME_NAME_AND_ORGANISATION}


def test_many_namesakes_are_paired_only_at_one_organisation_and_a_placeholder_not_at_all(
    journal,
):
    at_x = [_add(journal, person("Tom", "Berg", organisation="X")) for _ in range(3)]
    _add(journal, person("Tom", "Berg", organisation="Y"))
    _add(journal, person("Tom", "Berg"))
    for _ in range(21):  # (a placeholder name, not 210 pairs)
        _add(journal, ContactRecord(display_name="Empfang", organisation="Hotel"))
    assert _pairs(journal) == {
        (at_x[0], at_x[1]): SAME_NAME_AND_ORGANISATION,
        (at_x[0], at_x[2]): SAME_NAME_AND_ORGANISATION,
        (at_x[1], at_x[2]): SAME_NAME_AND_ORGANISATION,
    }


def _a_mixed_journal(journal) -> None:
    """Every rule and every exception, for comparing one person's look-up with the list."""
    mail, info = "hans@stadtwerke.example", [Channel("email", "info@firma.example")]
    _add(journal, person("Hans", "Müller", organisation="Stadtwerke",
                         channels=[Channel("email", mail)]))  # fmt: skip
    _add(
        journal,
        ContactRecord(display_name="Mueller, Hans", channels=[Channel("email", mail.upper())]),
    )
    _add(journal, ContactRecord(display_name="H. Müller", organisation="Stadtwerke"))
    _add(journal, person("Eva", "Roth", channels=[Channel("phone", "+49 171 1234567")]))
    _add(journal, person("Eva", "Roth-Berger", channels=[Channel("phone", "0171 / 123 45 67")]))
    _add(journal, person("Eva", "Roth", organisation="Hafen AG"))
    _add(journal, person("Jörg", "Weiß", title_prefix="Dr.", organisation="Hafen AG"))
    _add(journal, ContactRecord(display_name="Dr. Joerg Weiss", organisation="hafen ag"))
    _add(journal, person("Lena", "Kurz", organisation="Stadtwerke"))
    _add(journal, person("Lena", "Kurz"))
    _add(journal, person("Ute", "Groß", organisation="Stadtwerke"))
    _add(journal, person("Ute", "Gross", organisation="Stadtwerke", archived=True))
    for first in ("Bernd", "Clara", "Dora", "Emil", "Fritz"):  # an office's address
        _add(journal, person(first, "Weber", channels=list(info)))
    for _ in range(3):
        _add(journal, person("Tom", "Berg", organisation="X"))
    _add(journal, person("Tom", "Berg"))
    a = _add(journal, person("Ina", "Hof", organisation="Y"))
    b = _add(journal, person("Ina", "Hof", organisation="Y"))
    with journal.write():
        say_not_duplicates(journal.connection(), a, b, dt.datetime(2026, 12, 1, 9, 0))


def test_one_person_s_duplicates_are_the_list_s_pairs_with_them(journal):
    """Merge… with one selected reads that person's candidates alone; what it finds is
    what the whole list offers with them, strongest reason first."""
    _a_mixed_journal(journal)
    pairs = possible_duplicates(journal)
    assert len(pairs) >= 6
    ids = [r[0] for r in journal.connection().execute("SELECT id FROM contact")]
    for cid in ids:
        expected = [p.high if p.low == cid else p.low for p in pairs if cid in (p.low, p.high)]
        assert sorted(duplicates_of(journal, cid)) == sorted(expected), cid
        reasons = [p.reason for p in pairs if cid in (p.low, p.high)]
        if len(set(reasons)) > 1:  # strongest first
            said = _pairs(journal)
            found = [said[(min(cid, o), max(cid, o))] for o in duplicates_of(journal, cid)]
            assert found == sorted(reasons, key=REASONS.index)


def test_one_person_s_duplicates_do_not_read_every_contact(journal):
    """The look-up for one person costs a fraction of the whole list (SQLite's own
    step count, repeatable, not a timing)."""
    _a_mixed_journal(journal)
    for n in range(600):
        _add(journal, person(f"Filler{n}", f"Person{n % 97}", organisation=f"Org {n % 13}",
                             channels=[Channel("email", f"f{n}@x.example"),
                                       Channel("phone", f"0171 {100000 + n}")]))  # fmt: skip
    hans = (
        journal.connection()
        .execute("SELECT id FROM contact WHERE family_name = 'Müller'")
        .fetchone()[0]
    )
    conn = journal.connection()
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    conn.set_progress_handler(count, 100)
    possible_duplicates(journal)
    whole, steps[0] = steps[0], 0
    found = duplicates_of(journal, hans)
    conn.set_progress_handler(None, 0)
    assert len(found) == 1  # "Mueller, Hans" (the same address)
    assert steps[0] * 10 < whole, (steps[0], whole)


def test_saying_apart_a_person_gone_meanwhile_is_refused_and_writes_nothing(journal):
    """Deleted or merged away meanwhile (a sync): no pair about nobody is remembered."""
    from netzjournal.commands.duplicates import SayNotDuplicates
    from netzjournal.store.contacts import delete_contacts
    from netzjournal.store.errors import NotFound

    j = journal
    a = create_contact(j, ContactRecord(display_name="Ada Lovelace")).value.id
    b = create_contact(j, ContactRecord(display_name="Ada Lovelace")).value.id
    delete_contacts(j, [b])
    with pytest.raises(NotFound):
        SayNotDuplicates(j, a, b).do()
    rows = j.connection().execute("SELECT count(*) FROM contact_not_duplicate").fetchone()
    assert rows[0] == 0
