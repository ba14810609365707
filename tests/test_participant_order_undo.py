"""A note's people are in the order they were named (participant rowids). Undoing a
merge or a delete put the people it brought back at the end of each of their notes;
it puts them back in their places, and a row another note took since stays."""

from __future__ import annotations

import datetime as dt

from conftest import note, person

from netzjournal.commands.contacts import DeleteContacts, MergeContacts
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import create_interaction, get_interaction

WHEN = dt.datetime(2026, 11, 2, 18, 30)


def _people(journal, *names):
    return [create_contact(journal, person(n, "Berg", city=n)).value.id for n in names]


def test_undoing_a_merge_puts_a_note_s_people_back_in_their_order(journal):
    anna, twin, ben, cem = _people(journal, "Anna", "Anna2", "Ben", "Cem")
    first = create_interaction(journal, note(WHEN, [ben, twin, cem],
                                             say_next_to={twin: "das Buch"})).value  # fmt: skip
    second = create_interaction(journal, note(WHEN, [twin, anna, ben])).value
    merge = MergeContacts(journal, anna, twin)
    merge.do()
    assert get_interaction(journal, first.id).participants == [ben, anna, cem]
    assert get_interaction(journal, second.id).participants == [anna, ben]
    merge.undo()
    assert get_interaction(journal, first.id).participants == [ben, twin, cem]
    assert get_interaction(journal, first.id).say_next_to == {twin: "das Buch"}
    assert get_interaction(journal, second.id).participants == [twin, anna, ben]


def test_undoing_a_delete_puts_them_back_and_keeps_a_row_made_since(journal):
    anna, ben, cem, dora = _people(journal, "Anna", "Ben", "Cem", "Dora")
    shared = create_interaction(journal, note(WHEN, [cem, anna, ben])).value
    last = create_interaction(journal, note(WHEN, [ben, anna])).value  # anna: the newest row
    delete = DeleteContacts(journal, [anna])
    delete.do()
    # A note written meanwhile takes the rowid anna's newest row had.
    since = create_interaction(journal, note(WHEN, [dora])).value
    delete.undo()
    assert get_interaction(journal, shared.id).participants == [cem, anna, ben]
    assert get_interaction(journal, last.id).participants == [ben, anna]
    assert get_interaction(journal, since.id).participants == [dora]
