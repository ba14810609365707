"""A backup file from elsewhere (a copy on a stick, another computer's backup), restored
with ``netzjournal backup restore FILE``: plain or encrypted, into a new folder or over
a journal; a wrong key, a damaged file or one from a newer version is said in plain
words and changes nothing (``netzjournal/backup_file.py``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ENCRYPTED_RUN, person
from PySide6.QtWidgets import QLabel, QLineEdit

from netzjournal import cli, keys, paths
from netzjournal.store import cipher
from netzjournal.store.backups import create_backup, list_backups
from netzjournal.store.contacts import contact_count, create_contact
from netzjournal.store.journal import Journal


@pytest.fixture(autouse=True)
def _key_as_before() -> Iterator[None]:
    """The commands run in this process activate the keys they find; the next test
    starts with the key it had (the encrypted run's, or none)."""
    before = cipher.active(), cipher.active_key_id()
    yield
    cipher.activate(*before)


def folder_state(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.parent.name != "logs"
    }


def backup_file(tmp_path: Path, key: cipher.Key | None, key_id: str = "entry-a") -> Path:
    """A journal (under ``key``; None: as the run makes them) with two contacts, its
    backup copied onto a "stick", then the journal's folder deleted: the file alone."""
    where = paths.resolve(tmp_path / "old").ensure()
    before = cipher.active(), cipher.active_key_id()
    if key is not None:
        cipher.activate(key, key_id)
    try:
        with Journal.open(where.journal, backup_dir=where.backups) as j:
            create_contact(j, person("Eva", "Groß"))
            create_contact(j, person("Jörg", "Lang"))
            info = create_backup(j, where.backups, "manual", dt.datetime(2026, 3, 1, 9, 30))
    finally:
        cipher.activate(*before)
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = stick / "netzjournal-backup.sqlite3"
    shutil.copyfile(info.path, copy)
    shutil.rmtree(where.root)
    return copy


def restore(folder: Path, source: Path, *options: str, stdin: str = "") -> int:
    """``netzjournal backup restore`` in this process, as a fresh process starts: no key."""
    cipher.activate(None)
    if "--new-journal" not in options:
        # (a named folder that does not exist is refused as a typo without --new-journal:
        # tests/test_cli_no_journal_made.py; an existing empty folder is a new place)
        folder.mkdir(parents=True, exist_ok=True)
    argv = ["backup", "restore", str(source), "--data-dir", str(folder), *options]
    old_stdin = cli.sys.stdin
    cli.sys.stdin = io.StringIO(stdin)
    try:
        return cli.main(argv)
    finally:
        cli.sys.stdin = old_stdin


def contacts_in(folder: Path, key: cipher.Key | None) -> int:
    cipher.activate(key)
    where = paths.resolve(folder)
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        return contact_count(j)


@pytest.mark.parametrize("new_journal", [False, True])
def test_a_plain_backup_file_restores_into_a_new_folder(tmp_path, capsys, new_journal):
    source = backup_file(tmp_path, None)
    folder = tmp_path / "new"
    options = ("--new-journal",) if new_journal else ()
    assert restore(folder, source, *options) == 0, capsys.readouterr().err
    out = capsys.readouterr()
    assert "Restored netzjournal-backup.sqlite3: 2 contacts" in out.out
    assert "new, empty journal" not in out.err  # (the restore puts the journal there)
    journal = paths.resolve(folder).journal
    # (The encrypted run's journals and backups are under its key: so is the restored one.)
    assert cipher.looks_encrypted(journal) == ENCRYPTED_RUN
    assert contacts_in(folder, keys.load_key("test-run") if ENCRYPTED_RUN else None) == 2


@pytest.mark.parametrize("new_journal", [False, True])
def test_an_encrypted_backup_file_restores_with_its_keyring_key_into_a_new_folder(
    tmp_path, capsys, memory_keyring, new_journal
):
    """Its journal is gone; the keyring still holds that journal's entry. The new folder
    gets the journal encrypted with the same key, its own marker and its own keyring
    entry (the old journal's next change of key deletes the old entry)."""
    key = cipher.Key.random()
    memory_keyring.secrets[(keys.SERVICE, "entry-a")] = key.raw.hex()
    source = backup_file(tmp_path, key)
    folder = tmp_path / "new"
    options = ("--new-journal",) if new_journal else ()
    assert restore(folder, source, *options) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "Restored netzjournal-backup.sqlite3: 2 contacts" in out
    assert "encrypted with the backup's key (its key is in this computer's keyring)" in out
    journal = paths.resolve(folder).journal
    assert cipher.looks_encrypted(journal)
    marker = cipher.read_marker(journal)
    assert marker is not None and marker.mode == "keyring" and marker.matches(key)
    assert marker.key_id != "entry-a" and keys.load_key(marker.key_id) == key
    assert keys.lock_of(journal).encrypted
    assert contacts_in(folder, keys.key_from_keyring(journal)) == 2


def test_the_passphrase_on_standard_input_and_a_wrong_one(tmp_path, capsys, memory_keyring):
    source = backup_file(tmp_path, cipher.Key(passphrase="Lieferketten 2026"))
    folder = tmp_path / "new"
    assert restore(folder, source) == 2
    err = capsys.readouterr().err
    assert "is encrypted with a key not known here" in err and "--passphrase-stdin" in err
    assert folder_state(folder) == {}
    assert restore(folder, source, "--passphrase-stdin", stdin="lieferketten 2026\n") == 2
    err = capsys.readouterr().err
    assert "The passphrase or recovery key given does not open" in err
    assert "Nothing was changed" in err and "Traceback" not in err
    assert folder_state(folder) == {}
    assert restore(folder, source, "--passphrase-stdin", stdin="Lieferketten 2026\n") == 0
    assert "(it asks for the passphrase)" in capsys.readouterr().out
    journal = paths.resolve(folder).journal
    marker = cipher.read_marker(journal)
    assert marker is not None and marker.mode == "passphrase"
    assert memory_keyring.secrets == {}  # a passphrase is never kept
    assert contacts_in(folder, cipher.Key(passphrase="Lieferketten 2026")) == 2


def test_the_recovery_key_without_a_keyring(tmp_path, capsys, no_keyring):
    key = cipher.Key.random()
    source = backup_file(tmp_path, key)
    folder = tmp_path / "new"
    typed = keys.recovery_text(key).lower().replace("-", " ")
    assert restore(folder, source, "--passphrase-stdin", stdin=typed + "\n") == 0
    assert "no keyring here: it asks for the recovery key" in capsys.readouterr().out
    marker = cipher.read_marker(paths.resolve(folder).journal)
    assert marker is not None and marker.mode == "keyring" and marker.matches(key)
    assert contacts_in(folder, key) == 2


def _bump_schema(path: Path, key: cipher.Key | None) -> None:
    conn = cipher.connect(path, key=key, isolation_level=None)
    try:
        conn.execute("UPDATE meta SET value = '9999' WHERE key = 'schema_version'")
    finally:
        conn.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(len(data) // 2, len(data) // 2 + 4096):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("encrypted", [False, True])
@pytest.mark.parametrize(
    ("spoil", "said"),
    [(_damage, "cannot be restored: the file is damaged"),
     (_bump_schema, "cannot be restored: the file was written by a newer netzjournal")],
)  # fmt: skip
def test_a_damaged_or_newer_backup_file_is_refused_and_nothing_changes(
    tmp_path, capsys, memory_keyring, encrypted, spoil, said
):
    key = cipher.Key.random() if encrypted else cipher.active()  # (the encrypted run's)
    if key is not None:
        memory_keyring.secrets[(keys.SERVICE, "entry-a")] = key.raw.hex()
    source = backup_file(tmp_path, key)
    if spoil is _bump_schema:
        _bump_schema(source, key)
    else:
        _damage(source)
    folder = tmp_path / "new"
    assert restore(folder, source) == 2
    err = capsys.readouterr().err
    assert said in err and "Nothing was changed" in err and "Traceback" not in err
    assert folder_state(folder) == {}
    # Over a journal with data, too: the journal and its backups stay as they were.
    where = paths.resolve(tmp_path / "mine").ensure()
    cipher.activate(None)
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, person("Max", "Müller"))
    before = folder_state(where.root)
    assert restore(where.root, source) == 2
    assert said in capsys.readouterr().err
    assert folder_state(where.root) == before


def test_an_encrypted_file_over_a_journal_keeps_the_journal_s_protection(
    tmp_path, capsys, memory_keyring
):
    """Over a plain journal with data: the backup's content, the journal stays plain and
    says so; its state before is kept as a backup. Over an encrypted one under another
    key: the backup is converted to the journal's key, its marker unchanged."""
    key = cipher.Key.random()
    memory_keyring.secrets[(keys.SERVICE, "entry-a")] = key.raw.hex()
    source = backup_file(tmp_path, key)
    plain = paths.resolve(tmp_path / "plain").ensure()
    cipher.activate(None)
    with Journal.open(plain.journal, backup_dir=plain.backups) as j:
        create_contact(j, person("Max", "Müller"))
    assert restore(plain.root, source) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "Restored netzjournal-backup.sqlite3: 2 contacts" in out
    assert "The backup was encrypted; this journal is not" in out
    assert cipher.is_plain_sqlite(plain.journal) and len(list_backups(plain.backups)) == 1
    assert contacts_in(plain.root, None) == 2

    mine = cipher.Key(passphrase="Mein Journal 2026")
    encrypted = paths.resolve(tmp_path / "encrypted").ensure()
    cipher.activate(mine, "mine")
    with Journal.open(encrypted.journal, backup_dir=encrypted.backups) as j:
        create_contact(j, person("Max", "Müller"))
    marker = cipher.marker_path(encrypted.journal).read_bytes()
    assert restore(encrypted.root, source, "--passphrase-stdin", stdin="Mein Journal 2026\n") == 0
    assert "Restored netzjournal-backup.sqlite3: 2 contacts" in capsys.readouterr().out
    assert cipher.marker_path(encrypted.journal).read_bytes() == marker
    assert contacts_in(encrypted.root, mine) == 2
    kept = list_backups(encrypted.backups)
    assert [b.reason for b in kept] == ["pre-restore"] and cipher.key_opens(kept[0].path, mine)
    assert not list(encrypted.backups.glob("*.part"))


# -- the window: File → Backups → "Restore from file…" ------------------------------------


def test_the_window_restores_an_encrypted_backup_file_after_asking_its_passphrase(
    make_window, where, qtbot, tmp_path, memory_keyring
):
    """No key known here opens the file: its passphrase is asked (a wrong one refused in
    the dialog), the restore confirmed (Cancel the default), the journal's state before
    kept as a backup, and the journal keeps its own protection."""
    from PySide6.QtWidgets import QMessageBox
    from uihelpers import when_modal

    from netzjournal.store.contact_list import contact_rows
    from netzjournal.ui.backups_dialog import BackupsDialog
    from netzjournal.ui.privacy import UnlockDialog

    source = backup_file(tmp_path, cipher.Key(passphrase="Lieferketten 2026"))
    w = make_window()
    create_contact(w.journal, person("Max", "Müller"))
    protected = cipher.looks_encrypted(w.journal.path)
    dialog = BackupsDialog(lambda: w.journal, w.restore_backup, where, w)
    qtbot.addWidget(dialog)
    seen: dict[str, object] = {}

    def confirm_box(box: QMessageBox) -> None:
        seen["question"] = box.text()
        seen["detail"] = box.informativeText()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).click()

    def type_key(unlock: UnlockDialog) -> None:
        seen["asked"] = unlock.findChild(QLabel, "unlockText").text()
        # a passphrase is typed hidden (a shared screen), shown only when asked
        seen["hidden"] = unlock.field.echoMode() == QLineEdit.EchoMode.Password
        unlock.show_typed.setChecked(True)
        seen["shown"] = unlock.field.echoMode() == QLineEdit.EchoMode.Normal
        unlock.show_typed.setChecked(False)
        unlock.field.setText("lieferketten 2026")
        unlock.accept()
        seen["wrong"] = unlock.problem.text()
        assert unlock.isVisible()
        unlock.field.setText("Lieferketten 2026")
        when_modal(confirm_box, lambda m: isinstance(m, QMessageBox))
        unlock.accept()

    when_modal(type_key, lambda m: isinstance(m, UnlockDialog))
    dialog.restore_from_file(source)
    assert "“netzjournal-backup.sqlite3” is encrypted" in str(seen["asked"])
    assert seen["hidden"] is True and seen["shown"] is True
    assert "opens the backup neither as a passphrase nor as a recovery key" in str(seen["wrong"])
    assert "“netzjournal-backup.sqlite3”" in str(seen["question"]) and seen["default"] is True
    assert ("this journal is not" in str(seen["detail"])) == (not protected)
    assert sorted(r.name for r in contact_rows(w.journal)) == ["Eva Groß", "Jörg Lang"]
    assert [b.reason for b in list_backups(where.backups)] == ["pre-restore"]
    assert cipher.looks_encrypted(w.journal.path) == protected
    assert dialog.model.rowCount() == 1


@pytest.mark.parametrize("spoil", ["damaged", "newer"])
def test_the_window_refuses_a_damaged_or_newer_backup_file_and_changes_nothing(
    make_window, where, qtbot, tmp_path, memory_keyring, spoil
):
    from PySide6.QtWidgets import QMessageBox
    from uihelpers import when_modal

    from netzjournal.store.contact_list import contact_rows
    from netzjournal.ui.backups_dialog import BackupsDialog

    key = cipher.Key.random()
    memory_keyring.secrets[(keys.SERVICE, "entry-a")] = key.raw.hex()
    source = backup_file(tmp_path, key)
    if spoil == "newer":
        _bump_schema(source, key)
    else:
        _damage(source)
    w = make_window()
    create_contact(w.journal, person("Max", "Müller"))
    dialog = BackupsDialog(lambda: w.journal, w.restore_backup, where, w)
    qtbot.addWidget(dialog)
    said: list[str] = []

    def warned(box: QMessageBox) -> None:
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(warned, lambda m: isinstance(m, QMessageBox))
    dialog.restore_from_file(source)
    assert said and "cannot be restored" in said[0] and "Nothing was changed" in said[0]
    assert ("newer netzjournal" in said[0]) == (spoil == "newer")
    assert [r.name for r in contact_rows(w.journal)] == ["Max Müller"]
    assert list_backups(where.backups) == []


def test_a_journal_gone_with_its_marker_gets_its_own_keyring_entry_back_not_a_copy(
    tmp_path, capsys, memory_keyring
):
    """The folder's own encrypted backups (the journal and its marker deleted): the entry
    that opens them is that journal's own, and the restored journal's marker names it
    again; no second entry is made for the same journal."""
    key = cipher.Key.random()
    memory_keyring.secrets[(keys.SERVICE, "entry-a")] = key.raw.hex()
    where = paths.resolve(tmp_path / "data").ensure()
    cipher.activate(key, "entry-a")
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, person("Eva", "Groß"))
        info = create_backup(j, where.backups, "manual", dt.datetime(2026, 3, 1, 9, 30))
    for p in where.root.glob("journal.sqlite3*"):
        p.unlink()
    ident = info.path.name.removeprefix("journal-").removesuffix(".sqlite3")
    assert restore(where.root, Path(ident)) == 0, capsys.readouterr().err
    marker = cipher.read_marker(where.journal)
    assert marker is not None and marker.key_id == "entry-a"
    assert list(memory_keyring.secrets) == [(keys.SERVICE, "entry-a")]
    assert contacts_in(where.root, key) == 1
