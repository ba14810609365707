"""A journal of the release before this round (schema 0061) that cannot be upgraded.

0062 (a contact's own name prefix, the neutral greeting chosen) and 0063 (what
"Reached out" answered) only add columns whose defaults say what an older journal
meant. A copy of last month's journal on a write-protected stick, folder or mount
was refused ("needs an upgrade"), although nothing in it needs one to be read.
Now it opens read-only, reads as if upgraded (store/older_schema.py), changes
not a byte, and the next read-write open upgrades it as before. An older journal
than that is still refused (tests/test_upgrade_faults.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import pytest
from conftest import TODAY, note, person
from dbfiles import connect as _dbconnect

from netzjournal import cli
from netzjournal.coach.engine import suggest
from netzjournal.store.coach_data import snooze
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal, ReadOnlyJournal, latest_schema
from netzjournal.store.journal_json import export_text
from netzjournal.store.records import Birthday

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def journal_at_0061(path: Path) -> None:
    """A journal as the last release left it: people, a note, a snooze; its version 61."""
    with Journal.open(path, backup_dir=path.parent / "backups") as j:
        lena = create_contact(j, person(
            "Lena", "Schubert", language="de", closeness=5, salutation="Frau",
            birthday=Birthday(TODAY.month, TODAY.day, None), met_on=dt.date(2020, 1, 1),
        )).value.id  # fmt: skip
        kim = create_contact(j, person("Kim", "Meier", language="de", closeness=4)).value.id
        create_contact(j, person("Jörg", "Weiß", organisation="Straße AG"))
        create_interaction(j, note(dt.datetime(2026, 1, 5, 10), [lena, kim], title="Kaffee"))
        snooze(j, kim, TODAY + dt.timedelta(days=3))
    conn = _dbconnect(path)
    conn.executescript(
        "ALTER TABLE contact DROP COLUMN name_prefix;"
        "ALTER TABLE contact DROP COLUMN salutation_neutral;"
        "ALTER TABLE coach_state DROP COLUMN reached_out_id;"
        "ALTER TABLE coach_state DROP COLUMN answered_until;"
        "DELETE FROM schema_migration WHERE name LIKE '0062%' OR name LIKE '0063%';"
        "UPDATE meta SET value = '61' WHERE key = 'schema_version';"
        "PRAGMA user_version = 61;"
    )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert latest_schema() == 63  # (a later migration: is it bridged? older_schema.BRIDGED)


def test_a_write_protected_0061_journal_opens_read_only_and_reads_as_upgraded(tmp_path):
    path = tmp_path / "journal.sqlite3"
    journal_at_0061(path)
    path.chmod(0o444)
    before = digest(path)
    with Journal.open(path, backup_dir=tmp_path / "b", fallback_read_only=True) as j:
        assert j.read_only and j.read_only_reason == "read-only-file" and j.behind_schema
        lena = get_contact(j, 1)
        assert (lena.salutation, lena.name_prefix, lena.salutation_neutral) == (
            "Frau", "", False
        )  # fmt: skip
        result = suggest(j, TODAY)  # (reads coach_state's answered_until)
        assert [s.contact_id for s in result.suggestions][:1] == [1]  # her birthday
        exported = json.loads(export_text(j))
        assert exported["schema"] == latest_schema()  # (its rows have 0063's columns)
        assert exported["tables"]["contact"][0]["name_prefix"] == ""
        assert exported["tables"]["coach_state"][0]["reached_out_id"] is None
        with pytest.raises(ReadOnlyJournal):
            create_contact(j, person("Neu", "X"))
    assert digest(path) == before and not (tmp_path / "b").exists()
    path.chmod(0o644)
    with Journal.open(path, backup_dir=tmp_path / "b") as j:  # writable again: upgraded
        assert j.schema_version == latest_schema()
        assert get_contact(j, 2).given_name == "Kim"


def test_a_0061_journal_asked_for_read_only_reads_too(tmp_path):
    path = tmp_path / "journal.sqlite3"
    journal_at_0061(path)
    before = digest(path)
    with Journal.open(path, read_only=True) as j:
        assert get_contact(j, 3).organisation == "Straße AG"
    assert digest(path) == before


@pytest.mark.parametrize(
    "command",
    [
        ["contact", "list"],
        ["coach", "--today", TODAY.isoformat()],
        ["search", "Kaffee"],
        ["remind"],
        ["export", "--format", "json", "-o", "OUT/j.json"],
        ["export", "--format", "vcf", "-o", "OUT/p.vcf"],
    ],
)
def test_reading_commands_work_on_a_0061_journal_in_a_protected_folder(
    where, tmp_path, command, capsys
):
    journal_at_0061(where.journal)
    before = {p.name: digest(p) for p in where.root.rglob("*") if p.is_file()}
    (tmp_path / "out").mkdir()
    command = [c.replace("OUT", str(tmp_path / "out")) for c in command]
    where.root.chmod(0o555)
    try:
        assert cli.main([*command, "--data-dir", str(where.root)]) == 0
    finally:
        where.root.chmod(0o755)
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "needs an upgrade" not in err, err
    if command[0] == "contact":
        assert "Jörg Weiß" in out and "read only" in err
        assert "an earlier netzjournal wrote this journal" in err, err
    if command[0] == "search":
        assert "Kaffee" in out
    assert {p.name: digest(p) for p in where.root.rglob("*") if p.is_file()} == before


def test_the_window_shows_every_pane_of_a_write_protected_0061_journal(make_window, where, qtbot):
    from PySide6.QtWidgets import QLabel

    from netzjournal.ui.main_window import CONTACTS, EVENTS, NOTES, REVIEW, TIMELINE

    journal_at_0061(where.journal)
    where.journal.chmod(0o444)
    j = Journal.open(where.journal, backup_dir=where.backups, fallback_read_only=True)
    assert j.read_only
    w = make_window(j, today=TODAY)
    qtbot.waitUntil(lambda: len(w.coach.cards) >= 1, timeout=30_000)
    assert w.coach.cards[0].suggestion.contact_id == 1
    (banner,) = [
        b for b in w.findChildren(QLabel, "readOnlyBanner") if "write-protected" in b.text()
    ]
    assert "An earlier netzjournal wrote it" in banner.text(), banner.text()
    for view in (CONTACTS, NOTES, TIMELINE, REVIEW, EVENTS, CONTACTS):
        w.show_view(view)
        qtbot.wait(50)
    where.journal.chmod(0o644)
