"""Several contacts at once: closeness, tags; one transaction, one undo step each."""

from __future__ import annotations

import pytest
from conftest import person

from netzjournal.commands.contact_batch import AddTag, RemoveTag, SetCloseness
from netzjournal.store.contact_batch import tags_of
from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.journal import Journal
from netzjournal.store.stale import StaleWrite

TABLES = ("contact", "contact_tag", "tag", "contact_summary")


def _dump(j: Journal) -> dict[str, list[tuple]]:
    """The rows a change to a selection touches (when they were touched aside), and
    the people's search index."""
    conn = j.connection()
    out: dict[str, list[tuple]] = {}
    for table in TABLES:
        cur = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cur.description]
        keep = [i for i, n in enumerate(names) if n != "updated_at"]
        out[table] = sorted((tuple(r[i] for i in keep) for r in cur.fetchall()), key=repr)
    for index in ("search_index", "contact_search"):
        out[index] = sorted(conn.execute(f"SELECT rowid, name, body FROM {index}"), key=repr)
    return out


def _people(j: Journal) -> list[int]:
    made = [
        create_contact(j, person("Anna", "Schmidt", closeness=2, tags=["Kunden"])).value,
        create_contact(j, person("Ben", "Ösel", closeness=4)).value,
        create_contact(j, person("Chloé", "Baker", closeness=3, tags=["Kunden", "Golf"])).value,
    ]
    return [c.id for c in made if c.id is not None]


def _round_trip(j: Journal, command, check_done) -> None:  # type: ignore[no-untyped-def]
    before = _dump(j)
    heard = []
    j.subscribe(heard.append)
    command.do()
    check_done()
    assert len(heard) == 1, "one transaction, one change set"
    assert _dump(j) != before
    command.undo()
    assert len(heard) == 2, "undo is one transaction too"
    assert _dump(j) == before
    command.do()
    check_done()
    command.undo()
    assert _dump(j) == before


def test_closeness_for_several_is_one_write_and_one_undo(journal):
    ids = _people(journal)
    command = SetCloseness(journal, ids, 5)

    def done() -> None:
        assert [get_contact(journal, i).closeness for i in ids] == [5, 5, 5]

    _round_trip(journal, command, done)
    outcome = command.do()
    assert (outcome.what, outcome.count, outcome.value) == ("closeness", 3, 5)
    assert outcome.changes.contacts == set(ids)
    assert [get_contact(journal, i).closeness for i in ids] == [5, 5, 5]
    command.undo()
    assert [get_contact(journal, i).closeness for i in ids] == [2, 4, 3]


def test_undoing_closeness_is_refused_when_one_was_changed_elsewhere(journal):
    ids = _people(journal)
    command = SetCloseness(journal, ids, 5)
    command.do()
    ben = get_contact(journal, ids[1])
    changed = get_contact(journal, ids[1])
    changed.closeness = 1
    update_contact(journal, changed, base=ben)  # another window meanwhile
    with pytest.raises(StaleWrite):
        command.undo()
    # Nothing written: the other two keep 5, Ben the other window's 1.
    assert [get_contact(journal, i).closeness for i in ids] == [5, 1, 5]


def test_undoing_closeness_keeps_a_change_to_another_field(journal):
    ids = _people(journal)
    command = SetCloseness(journal, ids, 5)
    command.do()
    ben = get_contact(journal, ids[1])
    changed = get_contact(journal, ids[1])
    changed.city = "Bremen"
    update_contact(journal, changed, base=ben)
    command.undo()
    after = get_contact(journal, ids[1])
    assert (after.closeness, after.city) == (4, "Bremen")


def test_a_tag_for_several_is_added_and_undone_with_the_tag_it_made(journal):
    ids = _people(journal)
    command = AddTag(journal, ids, "  Messe  2026 ")

    def done() -> None:
        assert all("Messe 2026" in get_contact(journal, i).tags for i in ids)

    _round_trip(journal, command, done)
    assert "Messe 2026" not in [name for _i, name in tags_of(journal, ids)]
    assert (
        not journal.connection().execute("SELECT 1 FROM tag WHERE name = 'Messe 2026'").fetchone()
    )


def test_an_existing_tag_matches_by_folded_name_and_stays_on_undo(journal):
    ids = _people(journal)
    command = AddTag(journal, ids, "KUNDEN")

    def done() -> None:
        assert [get_contact(journal, i).tags for i in ids] == [
            ["Kunden"],
            ["Kunden"],
            ["Golf", "Kunden"],
        ]

    _round_trip(journal, command, done)
    assert get_contact(journal, ids[0]).tags == ["Kunden"]  # had it before: kept
    assert get_contact(journal, ids[1]).tags == []
    assert command.got == [ids[1]]


def test_a_tag_is_removed_from_those_who_have_it_and_put_back(journal):
    ids = _people(journal)
    tags = dict((name, i) for i, name in tags_of(journal, ids))
    assert list(tags) == ["Golf", "Kunden"]
    command = RemoveTag(journal, ids, tags["Kunden"], "Kunden")

    def done() -> None:
        assert [get_contact(journal, i).tags for i in ids] == [[], [], ["Golf"]]

    _round_trip(journal, command, done)
    outcome = command.do()
    assert outcome.changes.contacts == {ids[0], ids[2]}
    # The search finds people by their tags: no longer by this one.
    hits = (
        journal.connection()
        .execute("SELECT count(*) FROM contact_search WHERE contact_search MATCH 'Kunden'")
        .fetchone()[0]
    )
    assert hits == 0


def test_undoing_a_tag_is_refused_when_one_lost_it_elsewhere(journal):
    ids = _people(journal)
    command = AddTag(journal, ids, "Messe")
    command.do()
    ben = get_contact(journal, ids[1])
    changed = get_contact(journal, ids[1])
    changed.tags = []
    update_contact(journal, changed, base=ben)
    with pytest.raises(StaleWrite):
        command.undo()
    assert "Messe" in get_contact(journal, ids[0]).tags


def test_a_tag_with_a_lone_surrogate_is_stored_cleaned(journal):
    ids = _people(journal)
    AddTag(journal, ids[:1], "Messe \ud800").do()
    assert "Messe \ufffd" in get_contact(journal, ids[0]).tags
