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
from test_rekey import OLD, _encrypted, _sha
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
