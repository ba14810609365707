"""Every contact, note, follow-up and event has a random UID, set at creation, kept for ever."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import peewee
import pytest
from conftest import note, person
from dbfiles import connect as _dbconnect
from playhouse.migrations import Runner

from netzjournal.interchange import writers
from netzjournal.store import cipher
from netzjournal.store.bulk import bulk_load
from netzjournal.store.contacts import create_contact, delete_contacts, get_contact, update_contact
from netzjournal.store.events import create_event, get_event
from netzjournal.store.interactions import (
    add_follow_up,
    create_interaction,
    follow_ups,
    get_interaction,
)
from netzjournal.store.journal import HISTORY_TABLE, MIGRATIONS_DIR, Journal
from netzjournal.store.records import EventRecord, FollowUpRecord
from netzjournal.store.snapshots import restore_snapshot, snapshot_contacts

UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
TABLES = ("contact", "interaction", "follow_up", "event")


def uids(path, table):
    conn = _dbconnect(path)
    try:
        return dict(conn.execute(f"SELECT id, uid FROM {table} ORDER BY id").fetchall())
    finally:
        conn.close()


def _journal_at_0004(path):
    db = peewee.SqliteDatabase(str(path))
    Runner(db, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE).up("0004_role_changed")
    db.close()
    conn = _dbconnect(path)
    with conn:
        for n, (given, family) in enumerate((("Jörg", "Müller"), ("Jörg", "Müller")), 1):
            conn.execute(
                "INSERT INTO contact (id, given_name, family_name, organisation, closeness,"
                " address_form, language, cadence_never, archived, created_at, updated_at,"
                " topics, notes, display_name, salutation, title_prefix, department, role,"
                " hierarchy, city, source, source_detail) VALUES (?, ?, ?, '', 3, 'sie', 'de',"
                " 0, 0, '2020-01-01', '2020-01-01', '', '', '', '', '', '', '', '', '', '', '')",
                (n, given, family),
            )
        conn.execute(
            "INSERT INTO event (id, name, starts_on, place, notes, created_at)"
            " VALUES (1, 'Barcamp', '2020-03-01', '', '', '2020-01-01')"
        )
        conn.execute(
            "INSERT INTO interaction (id, occurred_at, kind, direction, place, title, body,"
            " hooks, outcome, created_at, updated_at) VALUES (1, '2020-02-03 10:00:00',"
            " 'coffee', 'together', '', 'Kaffee', '', '', '', '2020-02-03', '2020-02-03')"
        )
        conn.execute("INSERT INTO participant (interaction_id, contact_id) VALUES (1, 1)")
        conn.execute(
            "INSERT INTO follow_up (contact_id, interaction_id, text, done, owed_by, created_at)"
            " VALUES (1, 1, 'Foto schicken', 0, 'me', '2020-02-03')"
        )
    conn.close()


def test_the_migration_gives_existing_rows_distinct_uids_that_stay(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _journal_at_0004(path)
    Journal.open(path, backup_dir=tmp_path / "b").close()
    first = {t: uids(path, t) for t in TABLES}
    assert [len(first[t]) for t in TABLES] == [2, 1, 1, 1]
    every = [u for t in TABLES for u in first[t].values()]
    assert all(UUID4.match(u) for u in every), every
    assert len(set(every)) == len(every)
    with Journal.open(path) as j:  # reopening keeps them
        assert get_contact(j, 1).uid == first["contact"][1]
        assert get_interaction(j, 1).uid == first["interaction"][1]
        assert follow_ups(j, 1)[0].uid == first["follow_up"][1]
        assert get_event(j, 1).uid == first["event"][1]
    assert {t: uids(path, t) for t in TABLES} == first


def test_every_way_of_creating_a_row_gives_it_a_uid(journal, tmp_path):
    a = create_contact(journal, person("Ada", "Berg")).value
    i = create_interaction(
        journal,
        note(dt.datetime(2026, 1, 5, 9), [a.id], title="Kaffee"),
        [FollowUpRecord("Buch schicken")],
    ).value
    f = add_follow_up(journal, FollowUpRecord("Anrufen", contact_id=a.id)).value
    e = create_event(journal, EventRecord("Barcamp", dt.date(2026, 3, 1))).value
    bulk = person("Bea", "Berg", id=100)
    bulk_load(journal, [bulk], [], [])
    journal.connection().execute(  # a raw insert (JSON restore, undo) gets one from the trigger
        "INSERT INTO event (name, starts_on, place, notes, created_at)"
        " VALUES ('raw', '2026-01-01', '', '', '2026-01-01')"
    )
    made = [
        a.uid,
        i.uid,
        f.uid,
        e.uid,
        *[x.uid for x in follow_ups(journal, a.id)],
        get_contact(journal, 100).uid,
        *uids(journal.path, "event").values(),
    ]
    assert all(UUID4.match(u) for u in made), made
    assert len(set(made)) == len(made) - 2  # f and e appear twice in the listing above


def test_a_uid_never_changes_and_ids_reused_after_a_delete_get_new_ones(journal):
    a = create_contact(journal, person("Ada", "Berg")).value
    edited = get_contact(journal, a.id)
    edited.family_name = "Berg-Lind"
    update_contact(journal, edited)
    assert get_contact(journal, a.id).uid == a.uid
    with pytest.raises(cipher.IntegrityError, match="never changes"):
        journal.connection().execute("UPDATE contact SET uid = 'x' WHERE id = ?", (a.id,))
    delete_contacts(journal, [a.id])
    b = create_contact(journal, person("Bea", "Kern")).value
    assert b.id == a.id and b.uid != a.uid


def test_two_journals_export_different_uids_for_the_same_row_id(tmp_path):
    cards = []
    for n in range(2):
        with Journal.open(tmp_path / f"j{n}.sqlite3") as j:
            c = create_contact(j, person("Ada", "Berg")).value
            assert c.id == 1
            cards.append(writers.vcard([c], private=True))
    found = [re.search(r"UID:urn:uuid:(\S+)", card).group(1) for card in cards]
    assert found[0] != found[1] and all(uuid.UUID(u).version == 4 for u in found)
    assert "urn:netzjournal:contact" not in "".join(cards)


def test_undoing_a_delete_brings_the_same_uids_back(journal):
    a = create_contact(journal, person("Ada", "Berg")).value
    i = create_interaction(
        journal,
        note(dt.datetime(2026, 1, 5, 9), [a.id], title="Kaffee"),
        [FollowUpRecord("x")],
    ).value
    before = (get_contact(journal, a.id).uid, follow_ups(journal, a.id)[0].uid)
    snap = snapshot_contacts(journal, [a.id])
    delete_contacts(journal, [a.id])
    assert follow_ups(journal, a.id) == []
    restore_snapshot(journal, snap)
    assert (get_contact(journal, a.id).uid, follow_ups(journal, a.id)[0].uid) == before
    assert get_interaction(journal, i.id).uid == i.uid
