"""Create, read, update and delete through the store, with change reports."""

import datetime as dt

import pytest
from conftest import note, person

from netzjournal.store.catalog import (
    delete_opener,
    delete_tags,
    list_tags,
    save_opener,
    set_setting,
)
from netzjournal.store.contacts import (
    contact_count,
    create_contact,
    delete_contacts,
    get_contact,
    set_archived,
    update_contact,
)
from netzjournal.store.errors import NotFound, ValidationError
from netzjournal.store.events import create_event, get_event, list_events
from netzjournal.store.interactions import (
    create_interaction,
    delete_interactions,
    follow_ups,
    get_interaction,
    interaction_count,
    interactions_of,
    update_follow_up,
)
from netzjournal.store.journal import Journal, ReadOnlyJournal
from netzjournal.store.reading import get_setting, list_openers
from netzjournal.store.records import (
    Birthday,
    Channel,
    ContactRecord,
    EventRecord,
    FollowUpRecord,
    GiveTakeLine,
    OpenerTemplateRecord,
)


def test_contact_round_trip_keeps_every_field(journal):
    rec = person(
        "Jürgen",
        "Weiß",
        salutation="Herr",
        title_prefix="Dr.",
        organisation="Nordlicht Medien GmbH",
        department="Redaktion",
        role="Chefredakteur",
        hierarchy="head",
        city="Hamburg",
        birthday=Birthday(2, 29),
        source="barcamp",
        source_detail="Barcamp Köln 2024",
        met_on=dt.date(2024, 6, 13),
        address_form="du",
        language="de",
        closeness=4,
        cadence_days=45,
        topics="KI, Podcasts",
        notes="**Trinkt** Tee.",
        channels=[
            Channel("email", "j.weiss@example.org", "work"),
            Channel("phone", "+49 170 1234567", "mobile"),
            Channel("url", "https://www.xing.com/profile/Juergen_Weiss", "xing"),
        ],
        tags=["Medien", "Stammtisch Süd"],
    )
    out = create_contact(journal, rec)
    got = get_contact(journal, out.value.id)
    for field in ("given_name", "family_name", "organisation", "role", "city", "topics", "notes"):
        assert getattr(got, field) == getattr(rec, field)
    assert got.birthday == Birthday(2, 29, None)
    assert got.met_on == dt.date(2024, 6, 13)
    assert got.cadence_days == 45 and got.address_form == "du" and got.closeness == 4
    assert [c.value for c in got.channels] == [c.value for c in rec.channels]
    assert got.tags == ["Medien", "Stammtisch Süd"]
    assert out.changes.contacts == {got.id}
    assert out.changes.tags  # two new tags were created


def test_update_reports_and_persists(journal):
    c = create_contact(journal, person("Anna", "Schäfer")).value
    c.organisation = "Isar Health"
    c.tags = ["gesundheit"]
    out = update_contact(journal, c)
    assert out.value.organisation == "Isar Health"
    assert out.changes.contacts == {c.id}
    # Tags match case-insensitively: no duplicate tag for "Gesundheit".
    d = create_contact(journal, person("Bea", "Koch", tags=["Gesundheit"])).value
    assert get_contact(journal, d.id).tags == ["gesundheit"]
    assert len(list_tags(journal)) == 1


def test_validation_refuses_bad_values(journal):
    with pytest.raises(ValidationError):
        create_contact(journal, ContactRecord())
    with pytest.raises(ValidationError):
        create_contact(journal, person("A", "B", closeness=9))
    with pytest.raises(ValidationError):
        create_contact(journal, person("A", "B", address_form="ihr"))
    with pytest.raises(ValueError):
        Birthday(2, 30)
    assert contact_count(journal) == 0


def test_interaction_with_children_and_follow_ups(journal):
    a = create_contact(journal, person("Max", "Müller")).value
    b = create_contact(journal, person("Eva", "Groß")).value
    rec = note(
        dt.datetime(2026, 3, 4, 9, 30),
        [b.id, a.id],
        kind="coffee",
        title="Kaffee am Markt",
        body="Über *Barcamps* gesprochen ☕",
        hooks="Läuft im Mai einen Halbmarathon",
        give_take=[GiveTakeLine("gave", "Artikel geschickt", a.id)],
    )
    out = create_interaction(
        journal, rec, [FollowUpRecord("Slides schicken", due_on=dt.date(2026, 3, 11))]
    )
    got = get_interaction(journal, out.value.id)
    assert got.participants == [b.id, a.id]  # the order the user named them in
    assert got.give_take[0].text == "Artikel geschickt"
    assert out.changes.interactions == {got.id}
    assert out.changes.contacts == {a.id, b.id}
    assert len(out.changes.follow_ups) == 1
    fu = follow_ups(journal, contact_id=b.id)
    assert [f.text for f in fu] == ["Slides schicken"]
    fu[0].done = True
    done = update_follow_up(journal, fu[0], now=dt.datetime(2026, 3, 10))
    assert done.value.done and done.value.done_at == dt.datetime(2026, 3, 10)
    assert follow_ups(journal, contact_id=b.id) == []
    assert interactions_of(journal, a.id) == [got.id]


def test_unknown_participant_is_refused_and_nothing_written(journal):
    with pytest.raises(ValidationError):
        create_interaction(journal, note(dt.datetime(2026, 1, 1), [999]))
    assert interaction_count(journal) == 0


def test_delete_contact_keeps_the_note_without_them(journal):
    a = create_contact(journal, person("Max", "Müller")).value
    b = create_contact(journal, person("Eva", "Groß")).value
    i = create_interaction(journal, note(dt.datetime(2026, 1, 2), [a.id, b.id])).value
    out = delete_contacts(journal, [a.id])
    assert out.value == 1
    assert out.changes.interactions == {i.id}
    assert get_interaction(journal, i.id).participants == [b.id]
    with pytest.raises(NotFound):
        get_contact(journal, a.id)


def test_delete_interaction_cascades(journal):
    a = create_contact(journal, person("Max", "Müller")).value
    i = create_interaction(
        journal,
        note(dt.datetime(2026, 1, 2), [a.id], give_take=[GiveTakeLine("received", "Tipp")]),
    ).value
    delete_interactions(journal, [i.id])
    with pytest.raises(NotFound):
        get_interaction(journal, i.id)
    assert journal.integrity_check() == ["ok"]
    fk = journal.connection().execute("PRAGMA foreign_key_check").fetchall()
    assert fk == []


def test_listeners_hear_once_after_commit_and_never_after_rollback(journal):
    heard = []
    journal.subscribe(heard.append)
    with journal.write() as changes:
        a = create_contact(journal, person("Max", "Müller")).value
        b = create_contact(journal, person("Eva", "Groß")).value
        changes.contacts.add(a.id)
        assert heard == []  # nothing is announced inside the transaction
    assert len(heard) == 1 and heard[0].contacts == {a.id, b.id}
    with pytest.raises(RuntimeError), journal.write():
        create_contact(journal, person("Ute", "Lang"))
        raise RuntimeError("boom")
    assert len(heard) == 1
    assert contact_count(journal) == 2  # the rolled-back contact is gone


def test_events_tags_settings_openers(journal):
    e = create_event(
        journal,
        EventRecord("re:publica 2026", dt.date(2026, 5, 18), dt.date(2026, 5, 20),
                          tags=["Medien"]),
    ).value  # fmt: skip
    assert get_event(journal, e.id).tags == ["Medien"]
    assert [x.id for x in list_events(journal)] == [e.id]
    with pytest.raises(ValidationError):
        create_event(journal, EventRecord("x", dt.date(2026, 5, 2), dt.date(2026, 5, 1)))
    out = set_setting(journal, "coach.limit", 7)
    assert out.changes.settings == {"coach.limit"}
    assert get_setting(journal, "coach.limit") == 7
    assert get_setting(journal, "missing", "x") == "x"
    tpl = save_opener(
        journal, OpenerTemplateRecord("coffee", "de", "sie", "Hallo {salutation_name}!")
    ).value
    assert list_openers(journal)[0].body == "Hallo {salutation_name}!"
    delete_opener(journal, tpl.id)
    assert list_openers(journal) == []
    tags = list_tags(journal)
    delete_tags(journal, [t.id for t in tags])
    assert get_event(journal, e.id).tags == []


def test_archive(journal):
    a = create_contact(journal, person("Max", "Müller")).value
    out = set_archived(journal, [a.id], True)
    assert out.changes.contacts == {a.id}
    assert get_contact(journal, a.id).archived
    assert contact_count(journal, include_archived=False) == 0


def test_read_only_journal_refuses_writes(tmp_path):
    path = tmp_path / "j.sqlite3"
    Journal.open(path).close()
    with Journal.open(path, read_only=True) as ro, pytest.raises(ReadOnlyJournal):
        create_contact(ro, person("A", "B"))
