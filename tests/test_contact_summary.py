"""The maintained per-contact summary (migration 0010) against a from-scratch computation.

Random sequences of the store's writes (notes added, edited, deleted and put
back by undo; contacts created, renamed, tagged, archived, merged, deleted
and put back; tags deleted), a bulk load and a JSON restore must leave
``contact_summary`` exactly what the notes say, and its sort keys exactly what
the names say.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

import pytest
from dbfiles import connect as _dbconnect
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netzjournal.store import fulltext, summary
from netzjournal.store.catalog import delete_tags, list_tags
from netzjournal.store.coach_data import WALK_CLOSENESS, coach_summaries, walk_rows
from netzjournal.store.codes import DIRECTIONS, INTERACTION_KINDS
from netzjournal.store.contacts import (
    create_contact,
    delete_contacts,
    get_contact,
    merge_contacts,
    set_archived,
    update_contact,
)
from netzjournal.store.interactions import (
    create_interaction,
    delete_interactions,
    get_interaction,
    update_interaction,
)
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord, InteractionRecord
from netzjournal.store.snapshots import (
    restore_snapshot,
    snapshot_contacts,
    snapshot_interactions,
)

NAMES = ("Müller", "Mueller", "Özdemir", "Zöllner", "Ärger", "Brown", "Groß", "baker", "de Vries",
         "")  # fmt: skip
TAGS = ("Barcamp", "barcamp", "Kunde", "Presse", "Über")
BASE = dt.datetime(2024, 1, 1, 9, 0)
TODAY = dt.date(2025, 6, 1)


def check(j: Journal) -> None:
    conn = j.connection()
    assert summary.stored(conn) == summary.from_scratch(conn)
    assert summary.stored_keys(conn) == summary.keys_from_scratch(conn)
    # The contacts filter's index (migration 0013) holds what search_index holds for them.
    documents = fulltext.index_snapshot(j)
    contacts = {rowid // 2: doc for rowid, doc in documents.items() if rowid % 2 == 0}
    assert fulltext.contact_index_snapshot(j) == contacts
    # The coach walks the summary by its index (migration 0015): every active contact
    # once, in its closeness's stream, newest two-way contact first, as the notes say.
    scratch = summary.from_scratch(conn)
    walked: list[int] = []
    for closeness in WALK_CLOSENESS:
        rows = list(walk_rows(j, TODAY, closeness))
        walked += [r.summary.id for r in rows]
        for r in rows:
            expected = scratch[r.summary.id]
            assert not expected.archived
            assert (r.summary.last_two_way, r.summary.last_contact) == (
                expected.last_two_way, expected.last_contact)  # fmt: skip
            assert closeness == min(max(expected.closeness, 0), 6)  # (6: above 5, 0: below 1)
        ltw = [r.summary.last_two_way or dt.datetime.min for r in rows]
        assert ltw == sorted(ltw, reverse=True)
    # (the coach's own reading of "active": archived = 0, as another program may write '')
    assert sorted(walked) == sorted(s.id for s in coach_summaries(j, TODAY))


def ids(conn: sqlite3.Connection, table: str) -> list[int]:
    return [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]


def pick(items: list[int], n: int) -> int | None:
    return items[n % len(items)] if items else None


def apply(j: Journal, op: tuple) -> None:
    conn = j.connection()
    kind, a, b, c = op
    people, notes = ids(conn, "contact"), ids(conn, "interaction")
    if kind == "contact":
        create_contact(j, ContactRecord(given_name=NAMES[a % 9] or "X", family_name=NAMES[b % 9],
                                        organisation=NAMES[c % 9], tags=[TAGS[c % 5]],
                                        closeness=1 + b % 5, nickname=NAMES[(a + c) % 9],
                                        additional_names=NAMES[(b + c) % 9]))  # fmt: skip
    elif kind == "rename" and (cid := pick(people, a)):
        rec = get_contact(j, cid)
        rec.family_name, rec.city, rec.tags = NAMES[b % 9], NAMES[c % 9], list(TAGS[: c % 4])
        rec.closeness = 1 + c % 5
        rec.nickname, rec.honorific_suffix = NAMES[(a + b) % 9], NAMES[(a + c) % 9]
        update_contact(j, rec, base=get_contact(j, cid))
    elif kind == "archive" and (cid := pick(people, a)):
        set_archived(j, [cid], bool(b % 2))
    elif kind == "note" and people:
        who = sorted({pick(people, a), pick(people, b)} - {None})
        create_interaction(j, InteractionRecord(
            occurred_at=BASE + dt.timedelta(days=c % 700, hours=b % 9),
            kind=INTERACTION_KINDS[a % 7], direction=DIRECTIONS[b % 3],
            participants=who))  # type: ignore[arg-type]  # fmt: skip
    elif kind == "edit" and (nid := pick(notes, a)):
        rec = get_interaction(j, nid)
        rec.occurred_at = BASE + dt.timedelta(days=c % 700)
        rec.kind, rec.direction = INTERACTION_KINDS[b % 7], DIRECTIONS[c % 3]
        if people and b % 2:
            rec.participants = [people[c % len(people)]]
        update_interaction(j, rec, base=get_interaction(j, nid))
    elif kind == "delete-note-undo" and (nid := pick(notes, a)):
        snap = snapshot_interactions(j, [nid])
        delete_interactions(j, [nid])
        check(j)
        if b % 2:
            restore_snapshot(j, snap)
    elif kind == "delete-contact-undo" and (cid := pick(people, a)):
        snap = snapshot_contacts(j, [cid])
        delete_contacts(j, [cid])
        check(j)
        if b % 2:
            restore_snapshot(j, snap)
    elif kind == "merge" and len(people) >= 2:
        keep, other = pick(people, a), pick(people, b)
        if keep != other:
            merge_contacts(j, keep, other)  # type: ignore[arg-type]
    elif kind == "delete-tag" and (tags := list_tags(j)):
        delete_tags(j, [tags[a % len(tags)].id])


OPS = st.tuples(
    st.sampled_from(("contact", "contact", "rename", "archive", "note", "note", "note", "edit",
                     "delete-note-undo", "delete-contact-undo", "merge", "delete-tag")),
    st.integers(0, 50), st.integers(0, 50), st.integers(0, 1000),
)  # fmt: skip


SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


@pytest.mark.encrypted_too  # its journals live in folders of its own (hypothesis)
@settings(max_examples=60, deadline=None, suppress_health_check=SLOW_OK)
@given(st.lists(OPS, min_size=1, max_size=15))
def test_summary_equals_a_computation_from_scratch_after_random_writes(ops: list[tuple]) -> None:
    # A fresh journal per example: a failure replays and shrinks to its few writes.
    with tempfile.TemporaryDirectory() as folder:
        j = Journal.open(Path(folder) / "journal.sqlite3")
        try:
            for op in ops:
                apply(j, op)
                check(j)
        finally:
            j.close()


def test_a_deleted_note_put_back_counts_again(journal: Journal) -> None:
    """Undoing a note's deletion restores its participants after the note itself."""
    cid = create_contact(journal, ContactRecord(given_name="Ada", family_name="Lovelace")).value.id
    note = InteractionRecord(occurred_at=BASE, kind="coffee", direction="together",
                             participants=[cid])  # fmt: skip
    nid = create_interaction(journal, note).value.id
    snap = snapshot_interactions(journal, [nid])
    delete_interactions(journal, [nid])
    restore_snapshot(journal, snap)
    check(journal)


def test_summary_fields(journal: Journal) -> None:
    a = create_contact(journal, ContactRecord(given_name="Ada", family_name="Lovelace")).value.id
    b = create_contact(journal, ContactRecord(given_name="Bea", family_name="Zöllner")).value.id
    assert a and b
    create_interaction(journal, InteractionRecord(occurred_at=BASE, kind="coffee",
                                                  participants=[a, b]))  # fmt: skip
    late = BASE + dt.timedelta(days=3)
    message = InteractionRecord(occurred_at=late, kind="message", direction="outbound",
                                participants=[a])  # fmt: skip
    create_interaction(journal, message)
    row = summary.stored(journal.connection())[a]
    assert row == summary.Summary(late, BASE, late, BASE, 2, False, 3)
    assert summary.stored(journal.connection())[b] == summary.Summary(
        BASE, BASE, None, BASE, 1, False, 3
    )
    conn = journal.connection()
    assert summary.contact_ids(conn) == [a, b]  # Lovelace before Zöllner
    assert summary.contact_ids(conn, order="last_contact", descending=True) == [a, b]
    assert summary.contact_ids(conn, only=[b]) == [b]
    set_archived(journal, [a], True)
    assert summary.contact_ids(conn) == [b]
    assert summary.contact_ids(conn, include_archived=True, order="name", descending=True) == [b, a]


def test_the_migration_builds_the_summary_of_an_older_journal(tmp_path: Path) -> None:
    """A journal written before 0010: the migration fills in every contact, the open the keys."""
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        a = create_contact(j, ContactRecord(given_name="Ola", family_name="Özdemir")).value.id
        create_interaction(j, InteractionRecord(occurred_at=BASE, participants=[a]))  # type: ignore[list-item]
    raw = _dbconnect(path)
    triggers = raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for (name,) in triggers:
        if name.startswith("contact_summary_"):
            raw.execute(f"DROP TRIGGER {name}")
    raw.executescript(
        "DROP TABLE contact_summary; DELETE FROM schema_migration WHERE name LIKE '0010%';"
        " DROP TABLE contact_search; DELETE FROM schema_migration WHERE name LIKE '0013%';"
        " DROP INDEX contact_birthday; DELETE FROM schema_migration WHERE name LIKE '0015%';"
        " DELETE FROM schema_migration WHERE name LIKE '0026%';"
        "UPDATE meta SET value = '9' WHERE key = 'schema_version'; PRAGMA user_version = 9;"
    )
    raw.close()
    with Journal.open(path) as j:
        check(j)
        assert summary.stored(j.connection())[a].last_contact == BASE


def test_migration_0013_fills_the_contacts_filter_index_of_an_older_journal(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        a = create_contact(j, ContactRecord(given_name="Jörg", family_name="Weiß")).value.id
    raw = _dbconnect(path)
    raw.executescript(
        "DROP INDEX contact_summary_organisation_desc; DROP INDEX contact_summary_role_desc;"
        " DROP INDEX contact_summary_city_desc; DROP INDEX contact_summary_tags_desc;"
        " DROP INDEX contact_summary_last_contact_desc;"
        " DROP INDEX contact_summary_closeness_desc;"
        " DELETE FROM schema_migration WHERE name LIKE '0026%';"
        " DROP TABLE contact_search; DROP INDEX contact_summary_organisation;"
        " DROP INDEX contact_summary_role; DROP INDEX contact_summary_city;"
        " DROP INDEX contact_summary_tags; DROP INDEX contact_summary_closeness;"
        " DROP TRIGGER contact_summary_closeness; DROP TRIGGER contact_summary_closeness_new;"
        " DROP INDEX contact_summary_coach; DROP INDEX contact_birthday;"
        " DELETE FROM schema_migration WHERE name LIKE '0015%';"
        " ALTER TABLE contact_summary DROP COLUMN closeness;"
        " DELETE FROM schema_migration WHERE name LIKE '0013%';"
        " UPDATE meta SET value = '10' WHERE key = 'schema_version'; PRAGMA user_version = 10;"
    )
    raw.close()
    with Journal.open(path) as j:
        check(j)
        assert fulltext.matching_contact_ids(j, "Joerg Weiss") == {a}
        assert fulltext.matching_contact_ids(j, "Weiß Anna") == set()


def test_a_write_by_another_program_gets_its_keys_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()
    raw = _dbconnect(path)
    columns = [r[1] for r in raw.execute("PRAGMA table_info(contact)") if r[3] and r[4] is None]
    values = {c: "" for c in columns if c != "id"} | {"given_name": "Zoe", "family_name": "Ärger"}
    raw.execute(
        f"INSERT INTO contact ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
        tuple(values.values()),
    )
    raw.commit()
    raw.close()
    with Journal.open(path) as j:
        check(j)
        (keys,) = summary.stored_keys(j.connection()).values()
        assert keys[0] is not None  # filled at the open


def test_bulk_load_and_json_restore_keep_the_summary(tmp_path: Path) -> None:
    from netzjournal.demo.generator import DemoSpec, create_demo_journal
    from netzjournal.store import journal_json

    create_demo_journal(tmp_path / "demo.sqlite3", DemoSpec(60, 2, seed=3, today=BASE.date()))
    with Journal.open(tmp_path / "demo.sqlite3") as j:
        check(j)
        assert any(s.notes for s in summary.stored(j.connection()).values())
        text = journal_json.export_text(j)
        expected = summary.stored(j.connection())
    with Journal.open(tmp_path / "restored.sqlite3") as j:
        journal_json.restore(j, text)
        check(j)
        assert summary.stored(j.connection()) == expected


def test_every_sort_of_the_contacts_table_reads_an_index(journal: Journal) -> None:
    """Migrations 0010, 0013 and 0026: no order makes SQLite sort every contact per
    click, in either direction, with its filled and its empty cells."""
    conn = journal.connection()
    for order in summary.ORDERS:
        for descending in (False, True):
            for part, by in summary.ordered_parts(order, descending):
                where = " AND ".join(c for c in (part, "s.archived = 0") if c)
                plan = " ".join(
                    row[3]
                    for row in conn.execute(
                        "EXPLAIN QUERY PLAN SELECT s.contact_id FROM contact_summary s"
                        f" WHERE {where} ORDER BY {by}"
                    )
                )
                assert "TEMP B-TREE" not in plan and "COVERING INDEX" in plan, (order, plan)


def test_a_filter_keystroke_reads_the_notes_people_without_a_temporary_table(
    journal: Journal,
) -> None:
    """The newest matching notes are read as the full-text index yields them (a
    co-routine), not first copied into a temporary table; their people by the
    participants' primary key (a few hundred people: their ids deduplicated once)."""
    plan = " | ".join(
        row[3]
        for row in journal.connection().execute(
            "EXPLAIN QUERY PLAN " + fulltext._PARTICIPANTS_OF_MATCHES, ('"m"*', 2000)
        )
    )
    assert "MATERIALIZE" not in plan, plan
    assert plan.count("TEMP B-TREE") == plan.count("TEMP B-TREE FOR json_group_array(DISTINCT)")
    assert "CO-ROUTINE" in plan and "SEARCH p USING COVERING INDEX" in plan, plan


def test_the_lists_count_does_not_walk_the_contacts(tmp_path: Path) -> None:
    """The count the contacts list reads before the first paint (its scroll bar) takes
    no more steps on ten times the contacts: ``WHERE archived = 0`` walked an index
    entry per contact (the start's only cost that grew with the journal). The count
    stays exactly the rows the list shows."""
    from netzjournal.demo.generator import DemoSpec, generate_into

    steps: dict[int, int] = {}
    for size in (40, 400):
        journal = Journal.open(tmp_path / f"{size}.sqlite3")
        generate_into(journal, DemoSpec(size, 1, seed=3, today=dt.date(2026, 11, 1)))
        conn = journal.connection()
        ticks = [0]

        def tick(ticks: list[int] = ticks) -> int:
            ticks[0] += 1
            return 0

        conn.set_progress_handler(tick, 1)  # one tick per SQLite VM instruction
        count = summary.contact_count(conn)
        conn.set_progress_handler(None, 1)
        steps[size] = ticks[0]
        assert count == len(summary.contact_ids(conn)) < size
        assert summary.contact_count(conn, include_archived=True) == size
        journal.close()
    # Only the archived (a few per hundred) are walked: far less than a step a contact.
    assert steps[400] - steps[40] < (400 - 40) // 4, steps


def test_family_names_are_filed_behind_their_particles(tmp_path: Path) -> None:
    """The English walk saw "de Vries" and "van der Berg" under D and V: DIN 5007-2 and
    Dutch usage file them under Vries and Berg, "von Weizsäcker" under W. Only a particle
    in lower case moves ("De Smet" is Belgian, filed under D); the name shown keeps it."""
    from netzjournal.store.people import list_people

    families = ["Zander", "de Vries", "Dahl", "van der Berg", "Vriesen", "De Smet",
                "von Weizsäcker", "Berg", "Weiß", "Vries", "de"]  # fmt: skip
    with Journal.open(tmp_path / "journal.sqlite3") as j:
        ids = {f: create_contact(j, ContactRecord(given_name="Kim", family_name=f)).value.id
               for f in families}  # fmt: skip
        order = ["Berg", "van der Berg", "Dahl", "de", "De Smet", "Vries", "de Vries",
                 "Vriesen", "Weiß", "von Weizsäcker", "Zander"]  # fmt: skip
        by_id = {i: f for f, i in ids.items()}
        assert [by_id[i] for i in summary.contact_ids(j.connection())] == order
        assert [by_id[i] for i in summary.contact_ids(j.connection(), descending=True)] == (
            order[::-1]
        )
        assert [c.name for c in list_people(j)] == [f"Kim {f}" for f in order]
        check(j)


def test_migration_0031_keys_again_the_names_with_a_particle(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        vries = create_contact(j, ContactRecord(given_name="Jan", family_name="de Vries")).value.id
        weiss = create_contact(j, ContactRecord(given_name="Jörg", family_name="Weiß")).value.id
        firm = create_contact(j, ContactRecord(organisation="van Dijk & Co")).value.id
        fresh = summary.keys_from_scratch(j.connection())
    raw = _dbconnect(path)
    raw.executescript(  # the keys of before: every name as written ("de Vries" under D)
        "UPDATE contact_summary SET name_key = x'00';"
        " DELETE FROM schema_migration WHERE name LIKE '0031%';"
        " UPDATE meta SET value = '26' WHERE key = 'schema_version'; PRAGMA user_version = 26;"
    )
    raw.close()
    with Journal.open(path) as j:
        keys = summary.stored_keys(j.connection())
        assert keys[vries] == fresh[vries] and keys[firm] == fresh[firm]
        assert keys[weiss][0] == b"\x00"  # no particle: not keyed again
