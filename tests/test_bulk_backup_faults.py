"""A backup before a bulk change that then did not happen is not kept.

An import, a bulk delete and an import's undo copy the journal first. Refused
by another program's lock (or a full disk, or the person's Cancel), the change
left the journal as it was, and the copy stayed: a full copy of the journal for
every retry under the lock (600 MB on XL), and on a full disk the room the next
try needs. Now it is removed, as the upgrade's own backup is; a change that
happened keeps its backup.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import person
from test_storage_trust import IS_ROOT, add_ballast, fill_disk, holding_the_write_lock, tmpfs

from netzjournal import cli
from netzjournal.interchange import importer
from netzjournal.progress import Cancelled
from netzjournal.store import journal as journal_module
from netzjournal.store.backups import list_backups
from netzjournal.store.contacts import contact_count, create_contact, delete_contacts
from netzjournal.store.errors import JournalLocked
from netzjournal.store.interactions import delete_interactions
from netzjournal.store.journal import DiskFull, Journal


def cards_of(n: int) -> str:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Neu{i} Kühn\r\nN:Kühn;Neu{i};;;\r\nEND:VCARD\r\n"
        for i in range(n)
    )


CARDS = cards_of(3)


def _with_people(j: Journal) -> list[int]:
    return [create_contact(j, person(f"P{i}", "Weiß")).value.id for i in range(3)]


@pytest.mark.plain_only  # (the other program's lock is plain SQLite's)
def test_an_import_refused_by_another_program_s_lock_keeps_no_backup(where, monkeypatch, capsys):
    monkeypatch.setattr(journal_module, "BUSY_TIMEOUT_S", 0.3)
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        _with_people(j)
    cards = where.root / "neu.vcf"
    cards.write_text(CARDS, encoding="utf-8")
    argv = ["import", str(cards), "--data-dir", str(where.root)]
    with holding_the_write_lock(where.journal):
        for _ in range(2):  # a retry under the lock adds nothing either
            assert cli.main(argv) == 2
            assert "Another program is writing to the journal" in capsys.readouterr().err
            assert list_backups(where.backups) == []  # before: one more for each try
    assert cli.main(argv) == 0  # the lock is gone: imported, its backup kept
    assert [b.reason for b in list_backups(where.backups)] == ["pre-import"]


@pytest.mark.plain_only
@pytest.mark.parametrize("what", ["contacts", "notes"])
def test_a_bulk_delete_refused_by_a_lock_keeps_no_backup(tmp_path, monkeypatch, what):
    monkeypatch.setattr(journal_module, "BUSY_TIMEOUT_S", 0.3)
    bdir = tmp_path / "backups"
    with Journal.open(tmp_path / "journal.sqlite3", backup_dir=bdir) as j:
        ids = _with_people(j)
        if what == "notes":
            from conftest import TODAY, note

            from netzjournal.store.interactions import create_interaction

            when = dt.datetime.combine(TODAY, dt.time(10))
            ids = [create_interaction(j, note(when, [i])).value.id for i in ids]
        delete = delete_contacts if what == "contacts" else delete_interactions
        with holding_the_write_lock(j.path), pytest.raises(JournalLocked):
            delete(j, ids)
        assert list_backups(bdir) == []
        delete(j, ids)
        assert [b.reason for b in list_backups(bdir)] == ["pre-delete"]


def test_a_cancelled_import_keeps_no_backup(tmp_path):
    bdir = tmp_path / "backups"
    cards = tmp_path / "neu.vcf"
    cards.write_text(CARDS, encoding="utf-8")
    with Journal.open(tmp_path / "journal.sqlite3", backup_dir=bdir) as j:
        _with_people(j)
        plan = importer.plan_import(j, importer.read_paths([cards]))

        def stop(stage: str, done: int, total: int) -> None:
            if stage == "write":
                raise Cancelled()

        with pytest.raises(Cancelled):
            importer.apply_import(j, plan, stop)
        assert contact_count(j) == 3 and list_backups(bdir) == []


@pytest.mark.plain_only  # (the ballast is written with plain SQLite)
@pytest.mark.skipif(not IS_ROOT, reason="needs root to mount a small tmpfs")
def test_an_import_on_a_disk_that_fills_keeps_no_backup_and_takes_once_there_is_room(
    tmp_path, monkeypatch
):
    with tmpfs(tmp_path / "disk", "6m") as disk:
        bdir = disk / "backups"
        cards = tmp_path / "neu.vcf"
        cards.write_text(cards_of(120), encoding="utf-8")
        with Journal.open(disk / "journal.sqlite3", backup_dir=bdir) as j:
            _with_people(j)
        add_ballast(disk / "journal.sqlite3")
        with Journal.open(disk / "journal.sqlite3", backup_dir=bdir) as j:
            plan = importer.plan_import(j, importer.read_paths([cards]))
            j.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            backup = importer.backups.before_bulk_change

            def backup_then_fill(*args, **kwargs):  # the backup just fits; the import not
                info = backup(*args, **kwargs)
                fill_disk(disk)
                return info

            monkeypatch.setattr(importer.backups, "before_bulk_change", backup_then_fill)
            with pytest.raises(DiskFull):
                importer.apply_import(j, plan)
            assert contact_count(j) == 3
            assert list_backups(bdir) == []  # before: the copy held the room
            monkeypatch.setattr(importer.backups, "before_bulk_change", backup)
            (disk / "filler").unlink()
            importer.apply_import(j, plan)
            assert contact_count(j) == 3 + 120
            assert [b.reason for b in list_backups(bdir)] == ["pre-import"]
