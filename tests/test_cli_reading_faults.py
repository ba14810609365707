"""Commands that only read work on a journal that cannot be written, as ``search`` does.

``contact list`` and ``remind`` opened the journal for writing: a journal in a
write-protected folder (a read-only mount, a folder of another user, a copy
on a stick) was refused with "this command needs to write". Now they read it
and ``contact list`` says on stderr that it is read only; the files are unchanged. An old journal
there still cannot be read (it needs its upgrade), and the words say so.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from conftest import person
from test_upgrade_faults import old_journal

from netzjournal import cli
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def protected(where):
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, person("Jörg", "Weiß", organisation="Straße AG"))
    where.root.chmod(0o555)
    yield where
    where.root.chmod(0o755)


@pytest.mark.parametrize("command", [["contact", "list"], ["remind"]])
def test_a_reading_command_reads_a_write_protected_journal(protected, command, capsys):
    where = protected
    before = _files(where.root)
    assert cli.main([*command, "--data-dir", str(where.root)]) == 0
    out, err = capsys.readouterr()
    assert "needs to write" not in err, err
    if command == ["contact", "list"]:  # (the reminder at login stays quiet about it)
        assert "read only: the folder is write-protected" in err, err
        assert "Jörg Weiß" in out
    assert _files(where.root) == before


def test_contact_list_of_an_old_journal_in_a_protected_folder_names_the_upgrade(where, capsys):
    before = old_journal(where.journal)
    where.root.chmod(0o555)
    try:
        assert cli.main(["contact", "list", "--data-dir", str(where.root)]) == 2
    finally:
        where.root.chmod(0o755)
    err = capsys.readouterr().err
    assert "the journal needs an upgrade to schema" in err, err
    assert hashlib.sha256(where.journal.read_bytes()).hexdigest() == before


def test_backup_list_keeps_its_columns_for_long_ids(where, capsys):
    """``…-pre-migration`` (29 characters) and ``pre-undo-import`` (15) were wider than
    their columns: their rows were shifted against the heading."""
    from netzjournal.store.backups import create_backup

    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, person("Jörg", "Weiß"))
        for reason in ("pre-migration", "pre-undo-import", "manual"):
            create_backup(j, where.backups, reason=reason)
    assert cli.main(["backup", "list", "--data-dir", str(where.root)]) == 0
    heading, *rows = capsys.readouterr().out.splitlines()[:4]
    made, state = heading.index("made"), heading.index("state")
    for row in rows:
        assert row[made : made + 10].count("/") == 2, (heading, row)  # the date under "made"
        assert row[state:] == "ok", (heading, row)
