"""A JSON export restored when it is cut short or its merge records do not fit its
contacts: refused with the right words and nothing written, or restored where the
record is one a journal can hold (a merge into a contact deleted since)."""

from __future__ import annotations

import json

import pytest
from conftest import person

from netzjournal.store import journal_json
from netzjournal.store.contacts import create_contact, delete_contacts, merge_contacts
from netzjournal.store.journal import Journal
from netzjournal.store.merges import keep_as_was, merged_into


def _export(tmp_path) -> tuple[str, list[int]]:
    """Four people: the second Jana merged into the first (its copy kept), Carla deleted
    after Bert went into her."""
    with Journal.open(tmp_path / "a.sqlite3") as a:
        made = [
            create_contact(a, person(g, f)).value
            for g, f in (("Jana", "Berg"), ("Jana", "Berg"), ("Bert", "Ohm"), ("Carla", "Tu"))
        ]
        ids = [c.id for c in made]
        merge_contacts(a, ids[0], ids[1])
        keep_as_was(a, made[1])
        merge_contacts(a, ids[3], ids[2])
        delete_contacts(a, [ids[3]])
        return journal_json.export_text(a), ids


def _refused(path, data: str | bytes) -> journal_json.RestoreRefused:
    with Journal.open(path) as j:
        with pytest.raises(journal_json.RestoreRefused) as caught:
            journal_json.restore(j, data)
        held = journal_json.journal_contents(j)
        assert held == dict.fromkeys(held, 0)
        assert j.connection().execute("SELECT count(*) FROM contact_merge").fetchone()[0] == 0
    return caught.value


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.99])
def test_an_export_cut_short_is_said_to_be_cut_short_and_nothing_is_restored(tmp_path, keep):
    text, _ = _export(tmp_path)
    data = text.encode()
    cut = data[: int(len(data) * keep)]
    refused = _refused(tmp_path / "b.sqlite3", cut)
    # Before: "This is not a netzjournal JSON export." for the user's own export.
    assert refused.code == "cut_short"
    assert refused.params["line"] == str(cut.decode(errors="replace").rstrip().count("\n") + 1)


def test_a_file_that_is_no_export_is_still_not_an_export(tmp_path):
    assert _refused(tmp_path / "b.sqlite3", '{"name": "Jana"').code == "not_export"
    assert _refused(tmp_path / "c.sqlite3", "BEGIN:VCARD\r\n").code == "not_export"


def test_the_cut_short_words_in_german(tmp_path, german):
    from netzjournal.ui.interchange.restore import refusal_text

    text = refusal_text(journal_json.RestoreRefused("cut_short", {"line": "1234"}))
    assert "(Zeile 1234)" in text and "Nichts wurde wiederhergestellt" in text


def test_a_merge_into_a_contact_not_in_the_export_is_restored_and_leads_nowhere(tmp_path):
    text, ids = _export(tmp_path)
    with Journal.open(tmp_path / "b.sqlite3") as j:
        journal_json.restore(j, text)
        assert merged_into(j, ids[2]) is None  # Carla, whom Bert went into, was deleted
        assert merged_into(j, ids[1]) == ids[0]


def test_a_merge_record_of_a_contact_present_is_refused(tmp_path):
    text, ids = _export(tmp_path)
    data = json.loads(text)
    data["tables"]["contact_merge"].append(
        {"from_id": ids[0], "into_id": 4711, "merged_at": "2026-11-30T10:00:00+00:00", "was": ""}
    )
    # Before: restored; Jana's links would have led to whoever is 4711 once she is gone.
    refused = _refused(tmp_path / "b.sqlite3", json.dumps(data))
    assert refused.code == "damaged" and f"contact {ids[0]} is present" in str(refused)


def test_a_merge_record_whose_copy_does_not_read_is_refused(tmp_path):
    text, ids = _export(tmp_path)
    data = json.loads(text)
    (row,) = [r for r in data["tables"]["contact_merge"] if r["from_id"] == ids[1]]
    assert row["was"]
    row["was"] = row["was"][: len(row["was"]) // 2]
    # Before: restored, and the next start's look at kept copies (record_drafts) raised
    # a JSONDecodeError.
    refused = _refused(tmp_path / "b.sqlite3", json.dumps(data))
    assert refused.code == "damaged" and "does not read" in str(refused)


@pytest.mark.plain_only  # (the other program's lock is plain SQLite's)
def test_a_restore_while_another_program_writes_says_so_and_restores_nothing(tmp_path, qtbot):
    from PySide6.QtWidgets import QWidget
    from test_storage_trust import holding_the_write_lock
    from test_write_faults_s33 import _Boxes

    from netzjournal.ui.interchange.restore import restore_json

    text, _ids = _export(tmp_path)
    export = tmp_path / "journal.json"
    export.write_text(text, encoding="utf-8")
    parent, boxes = QWidget(), _Boxes()
    qtbot.addWidget(parent)
    with Journal.open(tmp_path / "b.sqlite3") as j:
        with holding_the_write_lock(j.path):
            # Before: the store's JournalLocked left restore_json (no words, a crash).
            assert restore_json(parent, j, export) is False
        qtbot.waitUntil(lambda: bool(boxes.seen), timeout=20_000)
        assert "another program" in boxes.seen[-1].lower(), boxes.seen
        held = journal_json.journal_contents(j)
        assert held == dict.fromkeys(held, 0)
        assert restore_json(parent, j, export) is True  # once it is free
        qtbot.waitUntil(lambda: len(boxes.seen) == 2, timeout=20_000)
        assert journal_json.journal_contents(j)["contact"] == 1  # Jana; the others gone


@pytest.mark.plain_only  # (the integrity check is plain SQLite's)
def test_a_restore_on_a_full_disk_says_so_and_leaves_the_journal_whole_and_empty(tmp_path, qtbot):
    from PySide6.QtWidgets import QWidget
    from test_storage_trust import IS_ROOT, fill_disk, integrity, tmpfs
    from test_write_faults_s33 import _Boxes

    from netzjournal.ui.interchange.restore import restore_json

    if not IS_ROOT:
        pytest.skip("needs root to mount a small tmpfs")
    text, _ids = _export(tmp_path)
    export = tmp_path / "journal.json"
    export.write_text(text, encoding="utf-8")
    parent, boxes = QWidget(), _Boxes()
    qtbot.addWidget(parent)
    with tmpfs(tmp_path / "disk", "3m") as disk:
        with Journal.open(disk / "journal.sqlite3") as j:
            fill_disk(disk)
            assert restore_json(parent, j, export) is False
            qtbot.waitUntil(lambda: bool(boxes.seen), timeout=20_000)
            assert "disk is full" in boxes.seen[-1].lower(), boxes.seen
            held = journal_json.journal_contents(j)
            assert held == dict.fromkeys(held, 0)
        assert integrity(disk / "journal.sqlite3") == "ok"


@pytest.mark.plain_only  # (the other process holding the lock is plain SQLite: no key)
def test_the_command_line_s_restore_under_a_lock_says_nothing_was_restored(tmp_path, capsys):
    """``netzjournal import export.json`` while another program writes: the store's
    JournalLocked went to the generic handler (the progress line left standing, no
    word of the restore). It says the restore wrote nothing, exit status 2 as the
    other refusals; once the lock is gone the same command restores."""
    from test_storage_trust import holding_the_write_lock

    from netzjournal import cli, paths

    text, _ids = _export(tmp_path)
    export = tmp_path / "journal.json"
    export.write_text(text, encoding="utf-8")
    where = paths.resolve(tmp_path / "data").ensure()
    with Journal.open(where.journal) as j:
        pass
    args = ["import", str(export), "--data-dir", str(where.root)]
    with holding_the_write_lock(where.journal):
        assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert "not restored, nothing was written" in err and "another program" in err.lower(), err
    with Journal.open(where.journal) as j:
        held = journal_json.journal_contents(j)
        assert held == dict.fromkeys(held, 0)
    assert cli.main(args) == 0
