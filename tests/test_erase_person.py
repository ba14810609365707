"""'Delete this person everywhere': afterwards no byte of them is in the data folder.

Real journal, real backups, a real draft; the check reads every file in the
data folder (journal, -wal, -shm, backups, drafts) as bytes.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import person
from dbfiles import connect as _dbconnect

from netzjournal import paths
from netzjournal.drafts import DraftStore
from netzjournal.store import erasure
from netzjournal.store.backups import create_backup, list_backups
from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.errors import NotFound
from netzjournal.store.events import attendance, create_event, matching_event_ids, set_attendance
from netzjournal.store.folding import fold
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import add_follow_up, create_interaction, get_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import (
    Channel,
    EventRecord,
    FollowUpRecord,
    GiveTakeLine,
    InteractionRecord,
)

SECRETS = [
    "Zyxander",
    "Quofflebrink",
    "zyx.quoff@example.org",
    "9998877",
    "Wombatfarm",
    "Kirschblütenweg",
    "Ozelotdressur",
    "Quofflebrink-Kreis",
]


def needles() -> list[bytes]:
    """Each secret as typed, case-folded and as the search index folds it."""
    out: set[bytes] = set()
    for s in SECRETS:
        for form in (s, s.casefold(), fold(s)):
            out.add(form.encode("utf-8"))
    return sorted(out)


def traces(root: Path) -> list[tuple[str, bytes]]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [(str(path.relative_to(root)), n) for n in needles() if n in data]
    return found


def build(where: paths.DataPaths) -> tuple[Journal, int, int, int, int]:
    j = Journal.open(where.journal, backup_dir=where.backups)
    ben = create_contact(j, person("Ben", "Gewöhnlich", city="Bonn")).value
    z = create_contact(
        j,
        person(
            "Zyxander",
            "Quofflebrink",
            notes="Geheimnis: Wombatfarm",
            tags=["Quofflebrink-Kreis"],
            channels=[
                Channel("email", "zyx.quoff@example.org"),
                Channel("phone", "+49 170 9998877"),
            ],
        ),
    ).value
    sole = create_interaction(
        j,
        InteractionRecord(
            dt.datetime(2026, 5, 1, 9), participants=[z.id], body="Treffen am Kirschblütenweg"
        ),
    ).value
    shared = create_interaction(
        j,
        InteractionRecord(
            dt.datetime(2026, 6, 1, 9),
            participants=[z.id, ben.id],
            body="Messe in Essen",
            give_take=[GiveTakeLine("gave", "Buchtipp Ozelotdressur", z.id)],
        ),
    ).value
    add_follow_up(j, FollowUpRecord("Anrufen wegen Wombatfarm", z.id))
    # Older versions of the row in free pages and in the WAL.
    for n in range(5):
        rec = get_contact(j, z.id)
        rec.notes = f"Geheimnis: Wombatfarm ({n})"
        update_contact(j, rec)
    create_backup(j, where.backups, "daily", now=dt.datetime(2026, 10, 1, 8))
    create_backup(j, where.backups, "pre-import", now=dt.datetime(2026, 11, 1, 8))
    DraftStore(where.drafts).save({"who": "zyxander quofflebrink", "body": "Kaffee"})
    return j, z.id, ben.id, sole.id, shared.id


@pytest.mark.plain_only  # a byte search sees nothing in encrypted files (test_encryption)
def test_erase_everywhere_leaves_no_byte_of_them(where):
    j, zid, ben_id, sole_id, shared_id = build(where)
    # A damaged copy of the journal lies beside it (it cannot be cleaned).
    damaged = where.journal.with_name(where.journal.name + ".damaged-20260101-000000")
    shutil.copyfile(where.backups / "journal-20261001-080000-daily.sqlite3", damaged)
    assert traces(where.root)  # the test can see them
    plan = erasure.plan_erasure(j, zid, where.drafts)
    assert (plan.sole_notes, plan.shared_notes, plan.give_take) == (1, 1, 1)
    assert plan.backups == 2 and plan.drafts == [where.drafts / "quick-note.json"]

    report = erasure.erase_person(j, zid, with_sole_notes=True, drafts_dir=where.drafts)

    assert len(report.cleaned) == 2 and report.wal_emptied
    assert [p for p, _ in report.unchangeable] == [damaged]
    assert erasure.delete_files([p for p, _ in report.unchangeable]) == []
    assert traces(where.root) == []
    # Everyone and everything else is still there, in the journal and the backups.
    assert get_contact(j, ben_id).city == "Bonn"
    assert get_interaction(j, shared_id).participants == [ben_id]
    assert get_interaction(j, shared_id).body == "Messe in Essen"
    with pytest.raises(NotFound):
        get_interaction(j, sole_id)
    assert search(j, "Essen") and not search(j, "Zyxander")
    assert j.integrity_check() == ["ok"]
    for b in list_backups(where.backups):
        conn = _dbconnect(b.path)
        names = [r[0] for r in conn.execute("SELECT given_name FROM contact")]
        assert names == ["Ben"], b.path
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        conn.close()
    j.close()


def test_notes_where_they_were_alone_can_stay(where):
    j, zid, _ben, sole_id, _shared = build(where)
    report = erasure.erase_person(j, zid, with_sole_notes=False, drafts_dir=where.drafts)
    assert report.notes_deleted == 0
    kept = get_interaction(j, sole_id)
    assert kept.participants == [] and kept.body == "Treffen am Kirschblütenweg"
    j.close()


def test_a_backup_where_the_id_was_someone_else_is_not_touched(where):
    j, zid, _ben, _sole, _shared = build(where)
    other = where.backups / "journal-20250101-080000-daily.sqlite3"
    shutil.copyfile(where.backups / "journal-20261001-080000-daily.sqlite3", other)
    conn = _dbconnect(other)
    conn.execute(
        "UPDATE contact SET given_name = 'Anders', created_at = '2001-01-01 00:00:00' WHERE id = ?",
        (zid,),
    )
    conn.commit()
    conn.close()
    before = other.read_bytes()
    report = erasure.erase_person(j, zid, with_sole_notes=True, drafts_dir=where.drafts)
    assert other in report.unchanged and other.read_bytes() == before
    j.close()


def test_a_backup_that_cannot_be_changed_is_listed_and_left_as_it_was(where, monkeypatch):
    j, zid, _ben, _sole, _shared = build(where)
    target = where.backups / "journal-20261101-080000-pre-import.sqlite3"
    before = target.read_bytes()
    # The cleaned copy cannot be written (a full disk, a read-only folder): the
    # verification step is where a failure is simplest to force for real.
    real = erasure._compact

    def failing(conn):
        if conn is not j.connection():
            raise sqlite3.OperationalError("database or disk is full")
        return real(conn)

    monkeypatch.setattr(erasure, "_compact", failing)
    report = erasure.erase_person(j, zid, with_sole_notes=True, drafts_dir=where.drafts)
    assert target in [p for p, _ in report.unchangeable]
    assert target.read_bytes() == before  # untouched
    assert not list(where.backups.glob("*.part"))  # no half-cleaned copy left beside it
    j.close()


def test_erasing_takes_them_out_of_events_and_their_index(where):
    j, zid, ben_id, _sole, _shared = build(where)
    evening = create_event(
        j, EventRecord("Stammtisch Süd", dt.date(2026, 9, 8), place="Bonn")
    ).value
    assert evening.id is not None
    set_attendance(j, evening.id, zid, note="Wombatfarm erzählt")
    set_attendance(j, evening.id, ben_id)
    assert matching_event_ids(j, "Zyxander") == {evening.id}  # the index names them

    erasure.erase_person(j, zid, with_sole_notes=True, drafts_dir=where.drafts)

    assert matching_event_ids(j, "Zyxander") == set()
    assert matching_event_ids(j, "Wombatfarm") == set()
    assert [a.contact_id for a in attendance(j, [evening.id])[evening.id]] == [ben_id]
    assert matching_event_ids(j, "Gewöhnlich") == {evening.id}
    assert traces(where.root) == []
    j.close()


@pytest.mark.plain_only  # a byte search sees nothing in encrypted files (test_encryption)
def test_a_backup_from_before_the_name_columns_is_cleaned_too(where):
    """A backup older than migration 0014 (no nickname column): the person's search
    documents are removed without reading the columns it lacks."""
    j, zid, _ben, _sole, _shared = build(where)
    old = where.backups / "journal-20261001-080000-daily.sqlite3"
    raw = _dbconnect(old)
    for column in ("additional_names", "honorific_suffix", "nickname"):
        raw.execute(f"ALTER TABLE contact DROP COLUMN {column}")
    raw.commit()
    raw.close()
    report = erasure.erase_person(j, zid, with_sole_notes=True, drafts_dir=where.drafts)
    assert old in report.cleaned and not report.unchangeable
    assert traces(where.root) == []
    j.close()


def test_a_backup_being_cleaned_is_left_alone_by_another_process_opening_the_journal(
    where, monkeypatch
):
    """The cleaned copy (``journal-….erasing.part``) is held under its writer's lock
    while it is written, like a backup's: a second start's leftover cleaning must not
    delete it half-way (it did: the copy was not locked)."""
    from netzjournal.store.leftovers import clean_leftovers

    j, zid, _ben, _sole, _shared = build(where)
    real, removed = erasure._compact, []

    def meanwhile(conn):
        if conn is not j.connection():  # a backup's copy is being written now
            removed.extend(clean_leftovers(where.backups, where.journal))
        return real(conn)

    monkeypatch.setattr(erasure, "_compact", meanwhile)
    report = erasure.erase_person(j, zid, with_sole_notes=True, drafts_dir=where.drafts)
    assert removed == []
    assert len(report.cleaned) == 2 and report.unchangeable == []
    j.close()
