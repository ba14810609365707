"""Files the person names on the command line, and odd files given as a journal.

``netzjournal export -o FILE`` and ``review --markdown/--pdf FILE`` replaced an
existing file without a word; now they refuse unless ``--force`` is given, and
the refusal holds also for a file that appears while the export is being written
(the finished file is published by a hard link, which never replaces a name).
A write-protected or append-only file is never replaced (a line, no traceback).
Another program's SQLite database that cannot be written is named as such, not
"a read-only journal that needs an upgrade".
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest
from conftest import person

from netzjournal import cli, private_files
from netzjournal.store import cipher
from netzjournal.store.contacts import create_contact
from netzjournal.store.errors import JournalDamaged
from netzjournal.store.journal import Journal


@pytest.fixture
def anna(where):
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, person("Anna", "Weiß"))
    return where


def _export(where, out: Path, *more: str) -> list[str]:
    return ["export", "--format", "json", "-o", str(out), "--data-dir", str(where.root), *more]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_an_export_never_replaces_an_existing_file_without_force(anna, tmp_path, capsys):
    out = tmp_path / "Kontakte.json"
    out.write_text("mine\n")
    assert cli.main(_export(anna, out)) == 2
    err = capsys.readouterr().err
    assert err == f"netzjournal: not written: {out} exists; add --force to replace it\n"
    assert out.read_text() == "mine\n"
    assert cli.main(_export(anna, out, "--force")) == 0
    assert '"format": "netzjournal-export"' in out.read_text()
    assert _leftovers(tmp_path) == []


def test_the_review_refuses_before_it_writes_either_file(anna, tmp_path, capsys):
    md, pdf = tmp_path / "r.md", tmp_path / "r.pdf"
    pdf.write_bytes(b"old pdf")
    argv = ["review", "2026", "--markdown", str(md), "--pdf", str(pdf),
            "--data-dir", str(anna.root)]  # fmt: skip
    assert cli.main(argv) == 2
    assert f"not written: {pdf} exists; add --force to replace it" in capsys.readouterr().err
    assert not md.exists() and pdf.read_bytes() == b"old pdf"
    assert cli.main([*argv, "--force"]) == 0
    assert md.read_text().startswith("# ") and pdf.read_bytes().startswith(b"%PDF")


def test_a_file_that_appears_while_the_export_is_written_is_not_replaced(tmp_path, monkeypatch):
    """The check before the work is not the guard: the publish step is (no window)."""
    out = tmp_path / "Kontakte.vcf"
    real_fsync = os.fsync

    def someone_else_saves(fd: int) -> None:
        real_fsync(fd)
        if not out.exists():
            out.write_text("theirs\n")

    monkeypatch.setattr(os, "fsync", someone_else_saves)
    with pytest.raises(private_files.FileExists):
        private_files.write_named(out, b"ours\n", replace=False)
    assert out.read_text() == "theirs\n"
    assert _leftovers(tmp_path) == []


def test_without_hard_links_the_name_is_claimed_exclusively(tmp_path, monkeypatch):
    """FAT, exFAT, some network disks: os.link fails with EPERM; the no-replace holds."""

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    out = tmp_path / "new.json"
    private_files.write_named(out, b"ours\n", replace=False)
    assert out.read_bytes() == b"ours\n" and stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(private_files.FileExists):
        private_files.write_named(out, b"again\n", replace=False)
    assert out.read_bytes() == b"ours\n"
    assert _leftovers(tmp_path) == []


def test_an_export_through_a_link_refuses_its_existing_target_without_force(anna, tmp_path, capsys):
    target = tmp_path / "Nextcloud" / "Kontakte.json"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "kontakte.json"
    link.symlink_to(target)
    assert cli.main(_export(anna, link)) == 2
    assert "add --force" in capsys.readouterr().err and target.read_text() == "old\n"
    assert cli.main(_export(anna, link, "--force")) == 0
    assert link.is_symlink() and "netzjournal-export" in target.read_text()
    # A link to a file not made yet: the new file is made where it points.
    fresh = tmp_path / "Nextcloud" / "neu.json"
    new_link = tmp_path / "neu.json"
    new_link.symlink_to(fresh)
    assert cli.main(_export(anna, new_link)) == 0
    assert new_link.is_symlink() and "netzjournal-export" in fresh.read_text()


def test_a_write_protected_file_is_not_replaced_even_with_force(anna, tmp_path, capsys):
    out = tmp_path / "archiv.json"
    out.write_text("kept\n")
    out.chmod(0o444)
    assert cli.main(_export(anna, out, "--force")) == 2
    assert capsys.readouterr().err == (
        f"netzjournal: not written: {out}: the file is write-protected (read-only); "
        "it was not replaced\n"
    )
    assert out.read_text() == "kept\n" and stat.S_IMODE(out.stat().st_mode) == 0o444
    assert _leftovers(tmp_path) == []


def _chattr(flag: str, path: Path) -> bool:
    try:
        return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("flag", ["+a", "+i"])
def test_an_append_only_or_immutable_file_is_said_not_a_traceback(anna, tmp_path, capsys, flag):
    out = tmp_path / "log.md"
    out.write_text("kept\n")
    if not _chattr(flag, out):
        pytest.skip("chattr needs root and a file system that keeps the flags")
    try:
        argv = ["review", "2026", "--markdown", str(out), "--force", "--data-dir", str(anna.root)]
        assert cli.main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"netzjournal: not written: {out}: the file is "), err
        assert "Traceback" not in err and err.count("\n") == 1
        assert out.read_text() == "kept\n"
    finally:
        _chattr(flag.replace("+", "-"), out)
    assert _leftovers(tmp_path) == []


def test_the_window_words_a_protected_file_in_german(german):
    from netzjournal.ui.texts import file_not_saved_text

    exc = private_files.ProtectedFile(errno.EPERM, "append-only", "/x/Rückblick.pdf")
    assert file_not_saved_text(exc) == (
        "Rückblick.pdf wurde nicht gespeichert: die Datei ist schreibgeschützt "
        "(nur lesbar, nur anhängbar oder unveränderlich); wählen Sie einen anderen Namen. "
        "Eine Datei dieses Namens von vorher ist unverändert."
    )


# -- another program's database that cannot be written ------------------------------------


def _foreign(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "journal.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.execute("INSERT INTO moz_places VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("how", ["file 0444", "read-only folder"])
@pytest.mark.parametrize("fallback", [False, True])
def test_a_foreign_read_only_database_is_named_not_a_journal(tmp_path, how, fallback):
    folder = tmp_path / "data"
    path = _foreign(folder)
    before = path.read_bytes()
    (path if how == "file 0444" else folder).chmod(0o444 if how == "file 0444" else 0o555)
    try:
        with pytest.raises(JournalDamaged) as caught:
            Journal.open(path, backup_dir=tmp_path / "backups", fallback_read_only=fallback)
        assert caught.value.code == "not-a-journal"
        assert sorted(p.name for p in folder.iterdir()) == ["journal.sqlite3"]
        assert path.read_bytes() == before
    finally:
        folder.chmod(0o755)


def test_the_cli_names_a_foreign_read_only_database(tmp_path, capsys):
    folder = tmp_path / "data"
    _foreign(folder).chmod(0o444)
    assert cli.main(["search", "x", "--data-dir", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "an SQLite database but not a netzjournal journal" in err, err
    assert "read-only" not in err and "write-protected" not in err


def test_backup_restore_of_an_export_says_how_to_restore_it(anna, tmp_path, capsys):
    out = tmp_path / "alle.json"
    assert cli.main(_export(anna, out)) == 0
    capsys.readouterr()
    assert cli.main(["backup", "restore", str(out), "--data-dir", str(anna.root)]) == 2
    assert capsys.readouterr().err == (
        "netzjournal: alle.json is a JSON export, not a backup; restore it into an empty "
        f"journal with: netzjournal import {out}\n"
    )


# -- a data folder whose name is too long ---------------------------------------------------


def _too_long(tmp_path: Path) -> Path:
    return tmp_path / ("ä" * 200)  # 400 bytes: more than a file name may have (255)


def test_a_data_folder_name_too_long_is_said_by_the_command(tmp_path, capsys):
    place = _too_long(tmp_path)
    assert cli.main(["search", "x", "--data-dir", str(place)]) == 2
    err = capsys.readouterr().err
    assert "the name is too long for the disk" in err and err.count("\n") == 1, err


def test_the_window_s_start_names_a_data_folder_too_long(tmp_path, german):
    """Before: a traceback from the start (the link check of the journal's path)."""
    from netzjournal import paths
    from netzjournal.app import _ensure_folders
    from netzjournal.ui.startup_dialogs import unavailable_box

    where = paths.resolve(_too_long(tmp_path))
    problem = _ensure_folders(where)
    assert problem is not None and problem.kind == "name-too-long"
    box = unavailable_box(problem)
    assert box.windowTitle() == "Der Name des Datenordners ist zu lang"
    assert "mit --data-dir und einem kürzeren Ordner" in box.text()
    assert list(tmp_path.iterdir()) == []


# -- a journal that is only read leaves nothing beside it ----------------------------------


def _beside(folder: Path) -> list[str]:
    # SQLite's files (an encrypted journal's key marker beside it is no leftover)
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith("journal.sqlite3") and not p.name.endswith(".json")
    )


def _leftover_wal(journal: Path) -> bytes:
    """A -wal a killed process left: a committed change not yet in the file."""
    conn = cipher.connect(journal)  # (with the run's key, where it is encrypted)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE contact SET given_name = 'Anne' WHERE given_name = 'Anna'")
    conn.commit()
    wal = journal.with_name(journal.name + "-wal")
    kept = wal.read_bytes()
    conn.close()  # (checkpoints and removes it: put back as the kill left it)
    wal.write_bytes(kept)
    return kept


@pytest.mark.parametrize("leftover", [False, True])
def test_reading_a_closed_journal_leaves_no_shm_or_wal_beside_it(anna, leftover):
    """The integrity check and a read-only open made SQLite's -shm (and an empty -wal)
    beside a journal they only read, and left them there (before: both, every time)."""
    from netzjournal.store.journal import QuickCheck

    path = anna.journal
    kept = _leftover_wal(path) if leftover else b""
    before = _beside(anna.root)
    assert before == (
        ["journal.sqlite3", "journal.sqlite3-wal"] if leftover else ["journal.sqlite3"]
    )
    assert QuickCheck(path).run() == ["ok"]
    assert _beside(anna.root) == before
    with Journal.open(path, backup_dir=anna.backups, read_only=True) as j:
        assert QuickCheck(path).run() == ["ok"]  # (while the journal is open: kept for it)
        assert j.connection().execute("SELECT count(*) FROM contact").fetchone() == (1,)
    assert _beside(anna.root) == before
    if leftover:
        assert path.with_name("journal.sqlite3-wal").read_bytes() == kept


def test_a_reader_never_removes_what_a_writer_of_this_process_uses(anna):
    from netzjournal.store.journal import QuickCheck

    with Journal.open(anna.journal, backup_dir=anna.backups) as writer:
        create_contact(writer, person("Bea", "Berg"))
        assert QuickCheck(anna.journal).run() == ["ok"]
        with Journal.open(anna.journal, backup_dir=anna.backups, read_only=True):
            pass
        assert "journal.sqlite3-shm" in _beside(anna.root)
        create_contact(writer, person("Cem", "Çelik"))
    with Journal.open(anna.journal, backup_dir=anna.backups, read_only=True) as j:
        assert j.connection().execute("SELECT count(*) FROM contact").fetchone() == (3,)
