"""A NamesakeCache hears its journal's writes only while someone uses it: the
journal holds it weakly (the coach's OpenerCache and the events page each kept one
alive for ever), closing the cache or the journal ends the listening, and a cache
moved to another journal leaves the first one."""

from __future__ import annotations

import gc
import weakref

from conftest import person

from netzjournal.coach.engine import OpenerCache
from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.journal import Journal
from netzjournal.store.people import NamesakeCache, person_choices


def _two_annas(j: Journal) -> tuple[int, int]:
    a = create_contact(j, person("Anna", "Müller", organisation="Stadtwerke")).value
    b = create_contact(j, person("Anna", "Müller", organisation="Weserbogen")).value
    assert a.id is not None and b.id is not None
    return a.id, b.id


def test_a_cache_whose_owner_is_gone_is_let_go(journal):
    a, _b = _two_annas(journal)
    owner = OpenerCache()
    assert person_choices(journal, [a], owner.labels)[a].label == "Anna Müller · Stadtwerke"
    gone = weakref.ref(owner.labels)
    del owner
    gc.collect()
    assert gone() is None  # the journal kept it (and its labels) alive
    create_contact(journal, person("Ben", "Kurz"))  # a write after it: nobody to call


def test_a_live_cache_still_hears_every_write(journal):
    a, _b = _two_annas(journal)
    cache = NamesakeCache()
    assert person_choices(journal, [a], cache)[a].label == "Anna Müller · Stadtwerke"
    gc.collect()  # (held weakly, but held: its owner, this test, still has it)
    mine = get_contact(journal, a)
    mine.family_name = "Graf"
    update_contact(journal, mine)
    assert person_choices(journal, [a], cache)[a].label == "Anna Graf"


def test_closing_the_cache_or_the_journal_ends_the_listening(tmp_path):
    j = Journal.open(tmp_path / "journal.sqlite3")
    cache = NamesakeCache()
    person_choices(j, [1], cache)
    assert len(j._listeners) == 1
    cache.close()
    assert j._listeners == []
    j.unsubscribe(cache._heard)  # (a second time: nothing)
    person_choices(j, [1], cache)  # (used again: listening again)
    assert len(j._listeners) == 1
    j.close()
    assert j._listeners == []  # a closed journal keeps no cache listening


def test_a_cache_moved_to_another_journal_leaves_the_first(tmp_path):
    first = Journal.open(tmp_path / "one.sqlite3")
    second = Journal.open(tmp_path / "two.sqlite3")
    a, _b = _two_annas(first)
    cache = NamesakeCache()
    person_choices(first, [a], cache)
    assert len(first._listeners) == 1
    person_choices(second, [a], cache)
    assert first._listeners == [] and len(second._listeners) == 1  # (none left behind)
    first.close()
    second.close()
