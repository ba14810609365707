"""A backup brings everything back: byte for byte from this version, and a backup
made before migrations 0054–0061 is upgraded on restore (Sie/du chosen as 0054
reads it, merges recorded and pairs said apart from then on)."""

from __future__ import annotations

import datetime as dt

from conftest import person
from test_address_form_chosen import _journal_before_0054
from test_roundtrip_json import LEFT_OUT, _fill, _rows, _tables

from netzjournal.store.backups import create_backup, restore_backup
from netzjournal.store.contacts import create_contact, get_contact, merge_contacts
from netzjournal.store.duplicates import say_not_duplicates
from netzjournal.store.journal import Journal, latest_schema
from netzjournal.store.merges import merged_into


def _content(j: Journal) -> dict[str, object]:
    conn = j.connection()
    return {t: _rows(conn, t) for t in _tables(conn) if t not in LEFT_OUT}


def test_a_restored_backup_has_every_table_and_column(tmp_path):
    bdir = tmp_path / "backups"
    with Journal.open(tmp_path / "journal.sqlite3", backup_dir=bdir) as j:
        _fill(j)
        before = _content(j)
        backup = create_backup(j, bdir, now=dt.datetime(2026, 12, 1, 9))
        create_contact(j, person("Nach", "Her"))
        j = restore_backup(j, backup.path, bdir, now=dt.datetime(2026, 12, 1, 10))
        assert _content(j) == before
        assert j.integrity_check() == ["ok"]


def test_a_backup_from_before_0054_is_upgraded_on_restore(tmp_path):
    old = tmp_path / "old.sqlite3"  # as a backup made then: a copy of that file
    _journal_before_0054(old, "du")
    bdir = tmp_path / "backups"
    with Journal.open(tmp_path / "journal.sqlite3", backup_dir=bdir) as j:
        create_contact(j, person("Nach", "Her"))
        j = restore_backup(j, old, bdir, now=dt.datetime(2026, 12, 1, 10))
        assert j.schema_version == latest_schema()
        # Jana's Sie is not the journal's default (du): someone chose it; Ben's du may
        # be the import's default.
        assert [(get_contact(j, i).address_form, get_contact(j, i).address_form_chosen)
                for i in (1, 2)] == [("sie", True), ("du", False)]  # fmt: skip
        # What came after works on the restored journal.
        merge_contacts(j, 1, 2)
        assert merged_into(j, 2) == 1
        third = create_contact(j, person("Ida", "Test")).value.id or 0
        with j.write():
            say_not_duplicates(j.connection(), 1, third, dt.datetime(2026, 12, 1, 11))
        assert j.integrity_check() == ["ok"]
