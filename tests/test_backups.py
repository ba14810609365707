"""Backups: created with the online API, rotated, restored, used for recovery."""

import datetime as dt
import sqlite3

import pytest
from conftest import person

from netzjournal.store import backups
from netzjournal.store.backups import (
    create_backup,
    ensure_daily,
    list_backups,
    restore_backup,
    rotate,
)
from netzjournal.store.contacts import create_contact, delete_contacts, get_contact
from netzjournal.store.errors import JournalDamaged
from netzjournal.store.fulltext import search
from netzjournal.store.journal import Journal


def names(journal):
    return sorted(
        get_contact(journal, r[0]).family_name
        for r in journal.db.execute_sql("SELECT id FROM contact").fetchall()
    )


def test_backup_is_a_complete_standalone_copy(journal, tmp_path):
    create_contact(journal, person("Max", "Müller"))
    info = create_backup(journal, tmp_path / "b", reason="manual")
    assert info.path.name.startswith("journal-") and info.reason == "manual"
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT family_name FROM contact").fetchall() == [("Müller",)]
    conn.close()
    assert not list((tmp_path / "b").glob("*.part"))


def test_two_backups_in_the_same_second_do_not_collide(journal, tmp_path):
    now = dt.datetime(2026, 1, 1, 12, 0, 0)
    a = create_backup(journal, tmp_path, "manual", now=now)
    b = create_backup(journal, tmp_path, "manual", now=now)
    assert a.path != b.path and len(list_backups(tmp_path)) == 2


def test_rotation_keeps_7_daily_4_weekly_12_monthly(journal, tmp_path):
    start = dt.datetime(2024, 1, 1, 9, 0)
    for day in range(0, 700, 1):  # one backup every day for almost two years
        create_backup(journal, tmp_path, "daily", now=start + dt.timedelta(days=day))
    now = start + dt.timedelta(days=699, hours=1)
    rotate(tmp_path, now)
    kept = [b.created.date() for b in list_backups(tmp_path)]
    last = now.date()
    daily = [last - dt.timedelta(days=n) for n in range(7)]
    assert all(d in kept for d in daily)
    # Newest per ISO week for 4 weeks and per month for 12 months: 7 + ≤4 + ≤12.
    assert 12 <= len(kept) <= 7 + 4 + 12
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12
    assert min(kept) > last - dt.timedelta(days=366)


def test_rotation_keeps_everything_from_the_last_day(journal, tmp_path):
    now = dt.datetime(2026, 6, 1, 18, 0)
    for hour in range(10):
        create_backup(journal, tmp_path, "pre-import", now=now - dt.timedelta(hours=hour))
    assert rotate(tmp_path, now) == []
    assert len(list_backups(tmp_path)) == 10


def test_daily_backup_once_per_day(journal, tmp_path):
    day = dt.datetime(2026, 11, 22, 8, 0)
    assert ensure_daily(journal, tmp_path, now=day)
    assert not ensure_daily(journal, tmp_path, now=day + dt.timedelta(hours=5))
    assert ensure_daily(journal, tmp_path, now=day + dt.timedelta(days=1))
    assert [b.reason for b in list_backups(tmp_path)] == ["daily", "daily"]


def test_restore_brings_back_the_old_state_and_keeps_the_current_one(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    j = Journal.open(path, backup_dir=bdir)
    create_contact(j, person("Max", "Müller"))
    first = create_backup(j, bdir, now=dt.datetime(2026, 1, 1, 10))
    create_contact(j, person("Eva", "Groß"))
    heard = []
    j.subscribe(heard.append)
    j = restore_backup(j, first.path, bdir, now=dt.datetime(2026, 1, 2, 10))
    assert names(j) == ["Müller"]
    assert [h.id for h in search(j, "Groß")] == []
    pre = [b for b in list_backups(bdir) if b.reason == "pre-restore"]
    assert len(pre) == 1
    # Restoring the pre-restore backup undoes the restore.
    j = restore_backup(j, pre[0].path, bdir, now=dt.datetime(2026, 1, 3, 10))
    assert names(j) == ["Groß", "Müller"]
    assert j.integrity_check() == ["ok"]
    j.close()


def test_a_damaged_backup_is_never_restored(tmp_path, journal):
    create_contact(journal, person("Max", "Müller"))
    bad = tmp_path / "journal-20260101-100000-manual.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(JournalDamaged):
        restore_backup(journal, bad, tmp_path)
    assert names(journal) == ["Müller"]


def test_recovery_keeps_the_unreadable_file(tmp_path):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    with Journal.open(path, backup_dir=bdir) as j:
        create_contact(j, person("Max", "Müller"))
        info = create_backup(j, bdir)
    path.write_bytes(b"broken" * 100)
    with pytest.raises(JournalDamaged):
        Journal.open(path)
    kept = backups.recover_from_backup(path, info.path, now=dt.datetime(2026, 2, 2, 2, 2, 2))
    assert kept.read_bytes() == b"broken" * 100
    with Journal.open(path) as j:
        assert names(j) == ["Müller"]


def test_bulk_delete_backs_up_first(tmp_path):
    bdir = tmp_path / "backups"
    with Journal.open(tmp_path / "journal.sqlite3", backup_dir=bdir) as j:
        ids = [create_contact(j, person(f"P{n}", "Lang")).value.id for n in range(3)]
        delete_contacts(j, ids[:1])
        assert list_backups(bdir) == []  # one contact is not a bulk change
        delete_contacts(j, ids[1:])
        (backup,) = list_backups(bdir)
        assert backup.reason == "pre-delete"
    conn = sqlite3.connect(backup.path)
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 2
    conn.close()
