"""Backups: created with the online API, rotated, restored, used for recovery."""

import datetime as dt
from pathlib import Path

import pytest
from conftest import ENCRYPTED_RUN, person
from dbfiles import connect as _dbconnect

from netzjournal.store import backups
from netzjournal.store.backups import (
    create_backup,
    ensure_daily_of,
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
        for r in journal.connection().execute("SELECT id FROM contact").fetchall()
    )


def test_backup_is_a_complete_standalone_copy(journal, tmp_path):
    create_contact(journal, person("Max", "Müller"))
    info = create_backup(journal, tmp_path / "b", reason="manual")
    assert info.path.name.startswith("journal-") and info.reason == "manual"
    conn = _dbconnect(info.path)
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


def _infos(*created: dt.datetime) -> list[backups.BackupInfo]:
    return [backups.BackupInfo(Path(f"b{n}"), c, "daily", 0) for n, c in enumerate(created)]


def test_retention_keeps_7_daily_4_weekly_12_monthly():
    start = dt.datetime(2024, 1, 1, 9, 0)
    every_day = _infos(*(start + dt.timedelta(days=day) for day in range(700)))  # ~ two years
    now = dt.datetime(2025, 11, 30, 10, 0)  # a Sunday, an hour after the last backup
    gone = backups.expired(every_day, now)
    kept = sorted(b.created.date() for b in every_day if b not in gone)
    d = dt.date
    daily = [d(2025, 11, day) for day in range(24, 31)]
    weekly = [d(2025, 11, 9), d(2025, 11, 16), d(2025, 11, 23)]  # + this week's 30th
    monthly = [d(2024, 12, 31), d(2025, 1, 31), d(2025, 2, 28), d(2025, 3, 31), d(2025, 4, 30),
               d(2025, 5, 31), d(2025, 6, 30), d(2025, 7, 31), d(2025, 8, 31), d(2025, 9, 30),
               d(2025, 10, 31)]  # + November's 30th  # fmt: skip
    assert kept == sorted(daily + weekly + monthly)
    assert [b.created for b in gone] == sorted((b.created for b in gone), reverse=True)
    assert backups.expired(list(reversed(every_day)), now) == gone  # any order given


def test_retention_keeps_everything_from_the_last_day():
    now = dt.datetime(2026, 6, 1, 18, 0)
    hourly = _infos(*(now - dt.timedelta(hours=h) for h in range(24)))
    assert backups.expired(hourly, now) == []
    # A day and more back, only the newest of each day (and week, month) stays.
    older = _infos(*(now - dt.timedelta(hours=h) for h in range(24, 24 * 8)))
    kept = [b for b in older if b not in backups.expired(older, now)]
    # The newest of the 7 days before today (23:00 from the 30th back), then the newest
    # of the ISO week before (the 24th).
    assert [b.created for b in kept] == [now - dt.timedelta(hours=h) for h in (24, 43, 67, 91,
                                         115, 139, 163, 187)]  # fmt: skip


def test_rotation_deletes_the_expired_files_and_nothing_else(journal, tmp_path):
    now = dt.datetime(2026, 6, 1, 18, 0)
    for hours in (1, 30, 31, *(24 * days for days in range(2, 9))):
        create_backup(journal, tmp_path, "daily", now=now - dt.timedelta(hours=hours))
    (tmp_path / "notes.txt").write_text("not a backup")
    expected = [b.path for b in backups.expired(list_backups(tmp_path), now)]
    # 31 hours: not the newest of its day. The 25th: older than the latest 7 days, and
    # its week and month have newer ones (the 24th stays, the newest of its week).
    assert [p.name for p in expected] == [
        "journal-20260531-110000-daily.sqlite3",
        "journal-20260525-180000-daily.sqlite3",
    ]
    assert rotate(tmp_path, now) == expected
    assert not any(p.exists() for p in expected)
    assert len(list_backups(tmp_path)) == 8 and (tmp_path / "notes.txt").exists()


def test_daily_backup_once_per_day(journal, tmp_path):
    day = dt.datetime(2026, 11, 22, 8, 0)
    assert ensure_daily_of(journal.path, tmp_path, now=day)
    assert not ensure_daily_of(journal.path, tmp_path, now=day + dt.timedelta(hours=5))
    assert ensure_daily_of(journal.path, tmp_path, now=day + dt.timedelta(days=1))
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


@pytest.mark.skipif(ENCRYPTED_RUN, reason="an encrypted journal has no SQLite header to check")
def test_a_refused_file_names_its_reason_once(tmp_path, journal):
    from netzjournal.store.verify import inspect

    create_contact(journal, person("Max", "Müller"))
    journal.close()
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(journal.path.read_bytes()[:5000])
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"garbage" * 1000)
    assert inspect(garbage).message() == "the file is not a netzjournal journal (no SQLite header)"
    message = inspect(truncated).message()
    assert message.startswith("the file is truncated (5000 of ")
    assert message.count("truncated") == 1


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
    conn = _dbconnect(backup.path)
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 2
    conn.close()
