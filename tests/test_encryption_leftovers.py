"""Encryption's trust leftovers: a read-only mount, backups after a killed key change,
a keyring entry a killed command left, a wrong key for the backup list.

Real files in tmp_path (a real tmpfs remounted read-only for the mount), keyrings
from tests/keyrings.py (never the user's), kills are real SIGKILLs of a child.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from netzjournal.store import cipher, environment
from netzjournal.store.errors import JournalDamaged, JournalUnavailable
from netzjournal.store.journal import Journal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_encryption import UNIQUE, _key_restored  # noqa: F401 (autouse)
from test_rekey import OLD, _cli, _encrypted, _sha
from test_storage_trust import needs_root, tmpfs


def _folder_state(folder: Path) -> dict[str, str]:
    return {p.name: _sha(p) for p in folder.iterdir() if p.is_file()}


@needs_root
@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain"])
def test_a_journal_asked_for_read_only_on_a_read_only_mount_opens(
    tmp_path: Path, encrypted: bool
) -> None:
    """app.py opens a journal too new to write with ``read_only=True``: on a read-only
    mount SQLite could not make its -shm, and an encrypted journal was said to be
    damaged ("fails SQLCipher's check"), a plain one to need writing."""
    key = cipher.Key(passphrase=OLD) if encrypted else None
    with tmpfs(tmp_path / "mnt", "4m") as home:
        path = _encrypted(home, key, backup=False) if key else _plain(home)
        subprocess.run(["mount", "-o", "remount,ro", str(home)], check=True)
        before = _folder_state(home)
        cipher.activate(key)
        with Journal.open(path, read_only=True) as j:
            assert j.read_only
            rows = j.connection().execute("SELECT family_name FROM contact").fetchall()
        assert rows == [(UNIQUE,)]
        assert _folder_state(home) == before


@needs_root
def test_an_encrypted_journal_that_cannot_be_opened_is_not_called_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only mount netzjournal cannot tell as one (a network or FUSE file system):
    SQLite cannot open the file ("unable to open"), and the right key matched the
    marker's check: that was reported as damage. Only SQLCipher's refusal of the file
    is a verdict on it."""
    key = cipher.Key(passphrase=OLD)
    with tmpfs(tmp_path / "mnt", "4m") as home:
        path = _encrypted(home, key, backup=False)
        subprocess.run(["mount", "-o", "remount,ro", str(home)], check=True)
        monkeypatch.setattr(environment, "why_not_writable", lambda journal: None)
        cipher.activate(key)
        with pytest.raises(JournalUnavailable) as err:
            Journal.open(path, read_only=True)
        assert not isinstance(err.value, JournalDamaged)
        assert err.value.kind == "read-only", err.value


def _plain(folder: Path) -> Path:
    from test_encryption import _fill

    path = folder / "journal.sqlite3"
    cipher.activate(None)
    with Journal.open(path, backup_dir=folder / "backups") as j:
        _fill(j)
    return path


# -- a wrong key for the backups -------------------------------------------------------


def test_a_wrong_passphrase_is_refused_before_the_backups_are_read(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """``backup list`` listed every backup as "damaged … or encrypted with another key"
    for a mistyped passphrase (and ``restore`` called the backup unrestorable): the key
    is refused first, as ``open`` refuses it, with the same status."""
    path = _encrypted(tmp_path, cipher.Key(passphrase=OLD))
    before = _folder_state(tmp_path) | _folder_state(tmp_path / "backups")
    d = ["--data-dir", str(tmp_path)]
    for args in (["backup", "list", *d], ["backup", "verify", *d],
                 ["backup", "restore", "1", *d], ["search", "x", *d]):  # fmt: skip
        status, out = _cli([*args, "--passphrase-stdin"], "Sommer am see 2026\n",
                           monkeypatch, capsys)  # fmt: skip
        assert status == 2, (args, out)
        assert "key for" in out and "is wrong" in out and "Nothing is damaged" in out, out
        assert "damaged or" not in out and "beschädigt" not in out, out
    assert _folder_state(tmp_path) | _folder_state(tmp_path / "backups") == before
    status, out = _cli(["backup", "list", "--lang", "en", *d, "--passphrase-stdin"],
                       f"{OLD}\n", monkeypatch, capsys)  # fmt: skip
    assert status == 0 and "(1 of 1 usable" in out, out


def test_a_damaged_journal_still_lists_its_backups_with_the_right_key(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    path = _encrypted(tmp_path, cipher.Key(passphrase=OLD))
    with path.open("r+b") as fh:
        fh.write(b"\0" * 4096)
    d = ["--data-dir", str(tmp_path), "--passphrase-stdin"]
    status, out = _cli(["backup", "list", "--lang", "en", *d], f"{OLD}\n", monkeypatch, capsys)
    assert status == 0 and "(1 of 1 usable" in out, out
    status, out = _cli(["backup", "list", *d], "falsch falsch\n", monkeypatch, capsys)
    assert status == 2 and "is wrong" in out, out
