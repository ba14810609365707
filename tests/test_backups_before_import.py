"""An import backs the journal up first — unless it holds nothing to lose (no
contacts, notes, events, follow-ups): then no backup is made and none is claimed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import note, person

from netzjournal import cli
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store.backups import list_backups
from netzjournal.store.contacts import create_contact
from netzjournal.store.events import create_event
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import EventRecord

CARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Graf\r\nN:Graf;Anna;;;\r\nEND:VCARD\r\n"


def _file(folder: Path) -> Path:
    path = folder / "anna.vcf"
    path.write_bytes(CARD)
    return path


def test_the_command_line_backs_up_no_empty_journal_and_says_so(where, capsys):
    path = _file(where.root)
    assert cli.main(["import", str(path), "--data-dir", str(where.root)]) == 0
    out = capsys.readouterr().out
    assert list_backups(where.backups) == []
    assert "No backup was taken: the journal held nothing before the import." in out
    assert "Backup before the import" not in out
    # Now there is someone to lose: the next import backs up first and names the file.
    assert cli.main(["import", str(path), "--data-dir", str(where.root)]) == 0
    out = capsys.readouterr().out
    (backup,) = list_backups(where.backups)
    assert backup.reason == "pre-import" and f"Backup before the import: {backup.path}" in out


def test_a_journal_with_only_an_event_or_a_note_is_backed_up(tmp_path):
    for fill in ("event", "note"):
        folder = tmp_path / fill
        folder.mkdir()
        with Journal.open(folder / "journal.sqlite3", backup_dir=folder / "backups") as j:
            if fill == "event":
                create_event(j, EventRecord(name="Stammtisch", starts_on=dt.date(2026, 3, 1)))
            else:
                someone = create_contact(j, person("Ben", "Kurz")).value
                create_interaction(j, note(dt.datetime(2026, 3, 1, 9), [someone.id]))
            outcome = apply_import(j, plan_import(j, read_paths([_file(folder)])))
            assert outcome.backup is not None and outcome.backup.exists(), fill
