"""A backup file from elsewhere in WAL mode (a journal copied from another computer) is
restored and its folder left byte for byte and file for file as it was: no ``-shm`` or
``-wal`` made beside it, a ``-wal`` already there untouched — and its committed rows in
the restored journal (``backups.untouched``: read immutable, or a copy with its -wal).
``netzjournal backup restore FILE`` and the Qt-free functions the window's "Restore
from file…" calls; plain and encrypted, a read-only folder too."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import person
from test_storage_trust import needs_root, tmpfs

from netzjournal import backup_file, cli, keys, paths
from netzjournal.store import backups, cipher
from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.journal import Journal

NAME = "netzjournal.sqlite3"


@pytest.fixture(autouse=True)
def _key_as_before() -> Iterator[None]:
    before = cipher.active(), cipher.active_key_id()
    yield
    cipher.activate(*before)


def state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` and its bytes' hash, and when the folder last changed (a
    ``-wal`` and ``-shm`` made and removed again in between change it too)."""
    files = {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
    return {**files, ".": str(folder.stat().st_mtime_ns)}


def wal_journal(tmp_path: Path, stick: Path, key: cipher.Key | None, pending: bool) -> Path:
    """A journal in WAL mode (under ``key``; None: as the run makes them) with two contacts,
    copied onto ``stick``; ``pending``: a third contact committed into its -wal only, copied
    along while the journal was open (as a copy of a running journal, or a crash, leaves)."""
    live = tmp_path / "live" / "journal.sqlite3"
    live.parent.mkdir()
    stick.mkdir(exist_ok=True)
    before = cipher.active(), cipher.active_key_id()
    if key is not None:
        cipher.activate(key, "entry-a")
    try:
        with Journal.open(live) as j:
            create_contact(j, person("Eva", "Groß"))
            create_contact(j, person("Jörg", "Lang"))
        with Journal.open(live) as j:
            if pending:
                create_contact(j, person("Ute", "Kern"))
                shutil.copyfile(live, stick / NAME)
                shutil.copyfile(live.with_name(live.name + "-wal"), stick / f"{NAME}-wal")
        if not pending:
            shutil.copyfile(live, stick / NAME)
        source = stick / NAME
        alone = cipher.connect(source, read_only=True, immutable=True, key=key)
        try:
            assert alone.execute("SELECT count(*) FROM contact").fetchone()[0] == 2
        finally:
            alone.close()
    finally:
        cipher.activate(*before)
    head = source.read_bytes()[:20]
    assert head[18:20] == b"\x02\x02" or not head.startswith(cipher.SQLITE_MAGIC)  # WAL
    return source


def own_key(encrypted: bool, request: pytest.FixtureRequest) -> cipher.Key | None:
    """A key of the file's own, in a keyring of this process as another journal's entry
    (encrypted); else None: the run's (none in the plain run)."""
    if not encrypted:
        return None
    ring = request.getfixturevalue("memory_keyring")
    key = cipher.Key.random()
    ring.secrets[(keys.SERVICE, "entry-a")] = key.raw.hex()
    return key


def restore(folder: Path, source: Path) -> int:
    """``netzjournal backup restore FILE`` in this process, as a fresh process starts."""
    cipher.activate(None)
    old_stdin = cli.sys.stdin
    cli.sys.stdin = io.StringIO("")
    try:
        return cli.main(["backup", "restore", str(source), "--data-dir", str(folder)])
    finally:
        cli.sys.stdin = old_stdin


def contacts_in(journal: Path, key: cipher.Key | None) -> int:
    cipher.activate(key)
    with Journal.open(journal) as j:
        return contact_count(j)


CASES = pytest.mark.parametrize(
    ("pending", "encrypted"),
    [(False, False), (True, False), (False, True), (True, True)],
    ids=["wal-mode", "pending-wal", "encrypted", "encrypted-pending-wal"],
)


@CASES
def test_the_command_over_a_journal_leaves_the_file_s_folder_as_it_was(
    tmp_path, capsys, request, pending, encrypted
):
    key = own_key(encrypted, request)
    stick = tmp_path / "stick"
    source = wal_journal(tmp_path, stick, key, pending)
    before = state(stick)
    where = paths.resolve(tmp_path / "mine").ensure()
    cipher.activate(None)
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, person("Max", "Müller"))
    assert restore(where.root, source) == 0, capsys.readouterr().err
    wanted = 3 if pending else 2
    assert f"Restored {NAME}: {wanted} contacts" in capsys.readouterr().out
    assert state(stick) == before
    assert contacts_in(where.journal, None) == wanted
    assert [p.name for p in where.root.iterdir() if p.name.startswith(".netzjournal-check")] == []


@CASES
def test_the_command_into_a_new_folder_leaves_the_file_s_folder_as_it_was(
    tmp_path, capsys, request, pending, encrypted
):
    key = own_key(encrypted, request)
    run_key = cipher.active()
    stick = tmp_path / "stick"
    source = wal_journal(tmp_path, stick, key, pending)
    before = state(stick)
    folder = tmp_path / "new"
    folder.mkdir()
    assert restore(folder, source) == 0, capsys.readouterr().err
    wanted = 3 if pending else 2
    assert f"Restored {NAME}: {wanted} contacts" in capsys.readouterr().out
    assert state(stick) == before
    journal = paths.resolve(folder).journal
    assert contacts_in(journal, key or run_key) == wanted


@CASES
def test_the_functions_the_window_calls_leave_the_file_s_folder_as_it_was(
    tmp_path, request, pending, encrypted
):
    """File → Backups → "Restore from file…": the key found, the file checked, the
    journal restored (``backup_file.check``, ``backups.restore_backup``); and where no
    journal is, ``backup_file.restore_where_missing``."""
    key = own_key(encrypted, request)
    run_key = cipher.active()
    stick = tmp_path / "stick"
    source = wal_journal(tmp_path, stick, key, pending)
    before = state(stick)
    wanted = 3 if pending else 2
    where = paths.resolve(tmp_path / "mine").ensure()
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, person("Max", "Müller"))
        found = backup_file.key_for(source, j.path)
        assert (found is not None) == (encrypted or cipher.active() is not None)
        backup_file.check(source, found, journal_has_data=True)
        assert state(stick) == before
        backups.restore_backup(j, source, where.backups, backup_key=found.key if found else None)
        assert contact_count(j) == wanted
    assert state(stick) == before

    elsewhere = paths.resolve(tmp_path / "new").ensure()
    found = backup_file.key_for(source, elsewhere.journal)
    backup_file.check(source, found)
    assert backup_file.restore_where_missing(elsewhere.journal, source, found) is None
    assert state(stick) == before
    assert contacts_in(elsewhere.journal, found.key if found else run_key) == wanted


@pytest.mark.parametrize("encrypted", [False, True], ids=["run-key", "own-key"])
def test_the_question_counts_the_rows_in_the_file_s_wal(tmp_path, request, encrypted):
    """The restore's question reads the file as the restore does: the rows in its -wal
    counted too (it said "cannot be read beforehand"), nothing left beside it."""
    key = own_key(encrypted, request)
    stick = tmp_path / "stick"
    source = wal_journal(tmp_path, stick, key, pending=True)
    before = state(stick)
    held = backups.holdings(source, key or cipher.active())
    assert held == backups.Holdings(contacts=3, notes=0)
    assert state(stick) == before


@needs_root
@pytest.mark.parametrize("pending", [False, True], ids=["wal-mode", "pending-wal"])
def test_a_file_in_a_read_only_folder_is_restored(tmp_path, capsys, pending):
    """On a stick mounted read-only SQLite can make no -shm: a read-only open of a WAL
    file fails there, and the copy's folder is elsewhere."""
    with tmpfs(tmp_path / "stick", "4m") as stick:
        source = wal_journal(tmp_path, stick, None, pending)
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        before = state(stick)
        folder = tmp_path / "new"
        folder.mkdir()
        run_key = cipher.active()
        assert restore(folder, source) == 0, capsys.readouterr().err
        wanted = 3 if pending else 2
        assert f"Restored {NAME}: {wanted} contacts" in capsys.readouterr().out
        assert state(stick) == before
        assert contacts_in(paths.resolve(folder).journal, run_key) == wanted


@pytest.mark.parametrize("pending", [False, True], ids=["wal-mode", "pending-wal"])
def test_the_window_s_restore_from_file_leaves_the_file_s_folder_as_it_was(
    make_window, where, qtbot, tmp_path, pending
):
    """File → Backups → "Restore from file…", answered with Restore."""
    from PySide6.QtWidgets import QMessageBox
    from uihelpers import when_modal

    from netzjournal.ui.backups_dialog import BackupsDialog

    stick = tmp_path / "stick"
    source = wal_journal(tmp_path, stick, None, pending)
    before = state(stick)
    w = make_window()
    create_contact(w.journal, person("Max", "Müller"))
    dialog = BackupsDialog(lambda: w.journal, w.restore_backup, where, w)
    qtbot.addWidget(dialog)
    when_modal(
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
        lambda m: isinstance(m, QMessageBox),
    )
    dialog.restore_from_file(source)
    assert contact_count(w.journal) == (3 if pending else 2)
    assert state(stick) == before
    assert [b.reason for b in backups.list_backups(where.backups)] == ["pre-restore"]
