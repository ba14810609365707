"""Opening journals: pragmas, permissions, damage, versions and migrations."""

import hashlib
import os
import stat
import subprocess
import sys

import pytest
from conftest import person
from dbfiles import connect as _dbconnect
from playhouse.migrations import Runner

from netzjournal import __version__, paths
from netzjournal.store.backups import create_backup, list_backups
from netzjournal.store.catalog import list_tags
from netzjournal.store.contacts import contact_count, create_contact, get_contact
from netzjournal.store.errors import JournalDamaged, JournalTooNew
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import follow_ups, get_interaction
from netzjournal.store.journal import (
    HISTORY_TABLE,
    MIGRATIONS_DIR,
    DiskFull,
    Journal,
    latest_schema,
)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_are_set(journal):
    q = lambda p: journal.connection().execute(f"PRAGMA {p}").fetchone()[0]  # noqa: E731
    assert q("journal_mode") == "wal"
    assert q("foreign_keys") == 1
    assert q("synchronous") == 2  # FULL
    assert q("busy_timeout") >= 1000
    assert journal.schema_version == latest_schema() >= 2
    assert q("user_version") == latest_schema()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_private(tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    assert stat.S_IMODE(where.root.stat().st_mode) == 0o700
    j = Journal.open(where.journal)
    create_contact(j, person("Max", "Müller"))
    backup = create_backup(j, where.backups)
    for f in (where.journal, where.journal.with_name("journal.sqlite3-wal"), backup.path):
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    j.close()


def test_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"This is my shopping list, not a journal.\n" * 100)
    before = digest(path)
    with pytest.raises(JournalDamaged) as err:
        Journal.open(path)
    assert "not a netzjournal journal" in str(err.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite3"]


def test_truncated_file_is_refused_untouched(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        for n in range(300):
            create_contact(j, person(f"Vorname{n}", "Nachname", notes="x" * 500))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    with pytest.raises(JournalDamaged) as err:
        Journal.open(path)
    assert "truncated" in str(err.value)
    assert digest(path) == before


def test_corrupt_pages_fail_the_check_untouched(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        for n in range(300):
            create_contact(j, person(f"Vorname{n}", "Nachname", notes="y" * 500))
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, 12 * page, page):  # scribble over b-tree pages
        data[offset : offset + 200] = bytes(range(200))
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(JournalDamaged):
        Journal.open(path)
    assert digest(path) == before


def test_empty_file_counts_as_new(tmp_path):
    path = tmp_path / "journal.sqlite3"
    path.touch()
    with Journal.open(path) as j:
        assert j.schema_version == latest_schema()


def test_newer_journal_is_refused_read_write_but_opens_read_only(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        create_contact(j, person("Max", "Müller"))
        j.connection().execute(
            f"INSERT INTO {HISTORY_TABLE} (name, applied) VALUES ('0099_future', '2030-01-01')"
        )
        j.connection().execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        j.connection().execute("UPDATE meta SET value = '9.1.0' WHERE key = 'app_version'")
    before = digest(path)
    with pytest.raises(JournalTooNew) as err:
        Journal.open(path)
    message = str(err.value)
    assert "9.1.0" in message and __version__ in message and "99" in message
    assert digest(path) == before
    with Journal.open(path, read_only=True) as ro:
        assert get_contact(ro, 1).family_name == "Müller"
    assert digest(path) == before


def _journal_at_0001(path):
    """A journal as the very first release wrote it: migration 0001 only, with data."""
    conn_db = __import__("peewee").SqliteDatabase(str(path))
    runner = Runner(conn_db, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)
    runner.up("0001_initial")
    conn_db.close()
    conn = _dbconnect(path)
    with conn:
        conn.execute(
            "INSERT INTO contact (id, given_name, family_name, organisation, closeness, "
            "address_form, language, cadence_never, archived, created_at, updated_at, topics,"
            " notes, display_name, salutation, title_prefix, department, role, hierarchy, city,"
            " source, source_detail) VALUES (1, 'Jörg', 'Mueller', 'Straße AG', 4, 'du', 'de',"
            " 0, 0, '2020-01-01', '2020-01-01', 'Segeln', '', '', '', '', '', '', '', 'Kiel',"
            " 'xing', '')"
        )
        conn.execute(
            "INSERT INTO interaction (id, occurred_at, kind, direction, place, title, body,"
            " hooks, outcome, created_at, updated_at) VALUES (1, '2020-02-03 10:00:00',"
            " 'coffee', 'together', 'Hafen', 'Kaffee am Hafen', 'Über Regatten', '', '',"
            " '2020-02-03', '2020-02-03')"
        )
        conn.execute("INSERT INTO participant (interaction_id, contact_id) VALUES (1, 1)")
        conn.execute("INSERT INTO tag (id, name, category) VALUES (1, 'Segler', '')")
        conn.execute("INSERT INTO contact_tag (contact_id, tag_id) VALUES (1, 1)")
        conn.execute(
            "INSERT INTO follow_up (contact_id, interaction_id, text, done, owed_by, created_at)"
            " VALUES (1, 1, 'Foto schicken', 0, 'me', '2020-02-03')"
        )
    conn.close()


def test_migrates_from_0001_keeping_every_row(tmp_path):
    path = tmp_path / "journal.sqlite3"
    _journal_at_0001(path)
    backups_dir = tmp_path / "backups"
    with Journal.open(path, backup_dir=backups_dir) as j:
        assert j.schema_version == latest_schema()
        c = get_contact(j, 1)
        assert (c.given_name, c.family_name, c.organisation, c.tags) == (
            "Jörg", "Mueller", "Straße AG", ["Segler"],
        )  # fmt: skip
        i = get_interaction(j, 1)
        assert i.participants == [1] and i.title == "Kaffee am Hafen"
        assert [f.text for f in follow_ups(j, 1)] == ["Foto schicken"]
        # The index built by the migration finds the old rows, German folding included.
        assert [h.id for h in search(j, "Müller", kind="contact")] == [1]
        assert [h.id for h in search(j, "Regatta", kind="interaction")] == []
        assert [h.id for h in search(j, "Regatten Hafen", kind="interaction")] == [1]
    # A backup of the old file was taken before migrating, and it is still at 0001.
    (backup,) = list_backups(backups_dir)
    assert backup.reason == "pre-migration"
    old = _dbconnect(backup.path)
    assert old.execute(f"SELECT name FROM {HISTORY_TABLE}").fetchall() == [("0001_initial",)]
    assert old.execute("SELECT family_name FROM contact").fetchall() == [("Mueller",)]
    old.close()


def test_fresh_journal_takes_no_migration_backup(tmp_path):
    Journal.open(tmp_path / "journal.sqlite3", backup_dir=tmp_path / "b").close()
    assert list_backups(tmp_path / "b") == []


def test_disk_full_is_a_clear_error_and_loses_nothing(journal):
    kept = create_contact(journal, person("Max", "Müller")).value
    page_count = journal.connection().execute("PRAGMA page_count").fetchone()[0]
    journal.connection().execute(f"PRAGMA max_page_count = {page_count + 1}")
    with pytest.raises(DiskFull):
        create_contact(journal, person("Eva", "Lang", notes="z" * 200_000))
    journal.connection().execute("PRAGMA max_page_count = 1073741823")
    assert contact_count(journal) == 1
    assert get_contact(journal, kept.id).family_name == "Müller"
    assert journal.integrity_check() == ["ok"]


def test_pragmas_hold_on_the_journals_one_connection(tmp_path):
    path = tmp_path / "j.sqlite3"
    Journal.open(path).close()
    j = Journal.open(path)
    conn = j.connection()
    q = lambda p: conn.execute(f"PRAGMA {p}").fetchone()[0]  # noqa: E731
    assert (q("journal_mode"), q("foreign_keys"), q("synchronous")) == ("wal", 1, 2)
    assert j.connection() is conn  # one connection for every query on this thread
    j.close()


@pytest.mark.plain_only  # the fresh interpreter has no key (the CLI's unlock is not used)
def test_peewee_is_loaded_only_to_migrate(tmp_path):
    # peewee is the migration runner only: reading and writing a journal at
    # this version's schema never imports it.
    path = tmp_path / "j.sqlite3"
    with Journal.open(path) as j:
        create_contact(j, person("Max", "Müller", tags=("Barcamp",)))
    code = (
        "import sys\n"
        "from netzjournal.store.journal import Journal\n"
        "from netzjournal.store.contact_list import contact_rows, tag_names, journal_counts\n"
        "from netzjournal.store.fulltext import matching_contact_ids\n"
        f"j = Journal.open({str(path)!r})\n"
        "rows = contact_rows(j)\n"
        "print(len(rows), tag_names(j), journal_counts(j),\n"
        "      matching_contact_ids(j, ''), 'peewee' in sys.modules)\n"
        "from netzjournal.store.contacts import get_contact, update_contact\n"
        "update_contact(j, get_contact(j, rows[0].id))\n"
        "print('peewee' in sys.modules)\n"
        "j.close()\n"
        f"Journal.open({str(path.with_name('new.sqlite3'))!r}).close()\n"
        "print('peewee' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["1 ['Barcamp'] (1, 0) None False", "False", "True"]


def test_two_open_journals_each_answer_for_their_own_file(tmp_path):
    a = Journal.open(tmp_path / "a.sqlite3")
    create_contact(a, person("Anna", "Alt", tags=("A-Tag",)))
    a.close()
    b = Journal.open(tmp_path / "b.sqlite3")
    create_contact(b, person("Bernd", "Neu", tags=("B-Tag",)))
    c = Journal.open(tmp_path / "a.sqlite3")  # while b is still open
    assert [t.name for t in list_tags(c)] == ["A-Tag"]
    assert contact_count(c) == 1 and get_contact(c, 1).given_name == "Anna"
    assert [t.name for t in list_tags(b)] == ["B-Tag"] and get_contact(b, 1).given_name == "Bernd"
    c.close()
    b.close()


def test_a_failed_inner_write_rolls_back_only_itself_and_a_failed_outer_everything(tmp_path):
    with Journal.open(tmp_path / "j.sqlite3") as j:
        with j.write():
            create_contact(j, person("Anna", "Außen"))
            with pytest.raises(ValueError), j.write():
                create_contact(j, person("Ina", "Innen"))
                raise ValueError("inner")
        assert contact_count(j) == 1 and get_contact(j, 1).family_name == "Außen"
        with pytest.raises(ValueError), j.write():
            create_contact(j, person("Otto", "Weg"))
            raise ValueError("outer")
        assert contact_count(j) == 1 and get_contact(j, 1).family_name == "Außen"
        assert not j.connection().in_transaction


def test_a_worker_thread_reads_on_a_connection_of_its_own(tmp_path):
    import threading

    with Journal.open(tmp_path / "j.sqlite3") as j:
        create_contact(j, person("Anna", "Berg"))
        seen: list[object] = []

        def work() -> None:
            seen.append(j.connection() is not j_conn)
            seen.append(contact_count(j))
            j.close_thread_connection()

        j_conn = j.connection()
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        assert seen == [True, 1]
