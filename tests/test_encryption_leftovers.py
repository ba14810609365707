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
from netzjournal.store.errors import JournalUnavailable
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
        with pytest.raises(JournalUnavailable) as err:  # (was JournalDamaged)
            Journal.open(path, read_only=True)
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
    _encrypted(tmp_path, cipher.Key(passphrase=OLD))
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


# -- a keyring entry a killed command left ------------------------------------------------

_KILLED_CLI = """
import os, signal, sys
from netzjournal import cli
from netzjournal.store import conversion
moment = sys.argv[2]
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
if moment == "copying":  # the new key is in the keyring, the journal does not have it
    conversion.copy_converted = die
elif moment == "marked":  # the marker names the new key, the file is not swapped
    conversion._keep = die
elif moment == "swapped":  # the journal has it, the marker holds both checks
    conversion._switch_in = die
cli.main(["encryption", sys.argv[3], "--data-dir", sys.argv[1]])
"""


def _killed_cli(home: Path, moment: str, action: str, ring: Path) -> None:
    import os

    from test_storage_trust import REPO

    env = dict(os.environ, NETZJOURNAL_TEST_KEYRING=str(ring),
               PYTHON_KEYRING_BACKEND="keyrings.FileKeyring",
               PYTHONPATH=os.pathsep.join((str(REPO / "tests"), str(REPO))))  # fmt: skip
    args = [sys.executable, "-c", _KILLED_CLI, str(home), moment, action]
    done = subprocess.run(args, env=env, cwd=REPO, timeout=120, capture_output=True, text=True)
    assert done.returncode == -9, done.stderr


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A keyring in a file, shared with the child processes (tests/keyrings.py)."""
    import keyring
    from keyrings import FileKeyring

    ring = tmp_path / "ring.json"
    monkeypatch.setenv("NETZJOURNAL_TEST_KEYRING", str(ring))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield ring
    keyring.set_keyring(before)


def _keyring_journal(home: Path) -> tuple[Path, str]:
    """A journal encrypted with a key in the keyring (and one backup); its key's id."""
    from netzjournal import keys

    made = keys.new_keyring_key()
    path = _encrypted(home, made.key)
    marker = cipher.read_marker(path)
    assert marker is not None
    cipher.write_marker(path, marker._replace(key_id=made.key_id))
    return path, made.key_id


def _entries(ring: Path) -> set[str]:
    import json

    return {k.split("\n", 1)[1] for k in json.loads(ring.read_text())} if ring.exists() else set()


@pytest.mark.parametrize(
    ("action", "moment"),
    [("passphrase", "copying"), ("passphrase", "marked"), ("on", "copying"), ("on", "marked")],
)
def test_a_key_a_killed_command_put_into_the_keyring_is_removed_by_the_next_one(
    tmp_path: Path,
    file_keyring: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys,
    action: str,
    moment: str,
) -> None:
    """``encryption passphrase`` (and ``on``) killed after the new key went into the
    keyring and before the journal had it: the entry stayed there for good, a key
    to nothing nobody knew of."""
    from netzjournal import keys

    home = tmp_path / "home"
    if action == "passphrase":
        path, key_id = _keyring_journal(home)
        journal_ids = {key_id}
    else:
        path, journal_ids = _plain(home), set()
    before = _sha(path)
    _killed_cli(home, moment, action, file_keyring)
    assert len(_entries(file_keyring) - journal_ids) == 1  # the new key, which opens nothing
    assert _sha(path) == before
    status, out = _cli(["encryption", "status", "--data-dir", str(home)], "", monkeypatch, capsys)
    # `status` removes it as the others do, under the window's lock; one that a key change
    # not yet settled names waits for the journal's next open with its key.
    waits = action == "passphrase" and moment == "marked"
    assert status == 0 and len(_entries(file_keyring) - journal_ids) == (1 if waits else 0)
    assert ("removed a keyring entry" in out) is not waits, out
    command = ["search", "x"] if action == "passphrase" else ["encryption", "confirm"]
    # (Killed between the marker and the swap: the first command's open settles the
    # marker, which named the new key too, and the next one removes the entry.)
    for _ in range(2 if moment == "marked" and action == "passphrase" else 1):
        status, out = _cli([*command, "--data-dir", str(home)], "", monkeypatch, capsys)
        assert status == 0, out
    assert _entries(file_keyring) == journal_ids  # the orphan is gone, the journal's stays
    assert not keys.pending_key(path)
    assert _sha(path) == before


def test_status_leaves_an_orphaned_key_while_the_window_holds_the_folder(
    tmp_path: Path, file_keyring: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """A window (or a command) holds the data folder's instance lock: it may be making
    a key right now, so `status` leaves the entry and says why; once the lock is free,
    `status` removes it."""
    from netzjournal import keys
    from netzjournal.instance_lock import LOCK_NAME, InstanceLock

    home = tmp_path / "home"
    path = _plain(home)
    _killed_cli(home, "copying", "on", file_keyring)
    assert len(_entries(file_keyring)) == 1 and keys.pending_key(path)
    window = InstanceLock(home / LOCK_NAME)
    assert window.acquire()
    try:
        status, out = _cli(["encryption", "status", "--data-dir", str(home)], "", monkeypatch,
                           capsys)  # fmt: skip
    finally:
        window.release()
    assert status == 0 and "left for now" in out and "at work with this data folder" in out
    assert len(_entries(file_keyring)) == 1 and keys.pending_key(path)
    status, out = _cli(["encryption", "status", "--data-dir", str(home)], "", monkeypatch, capsys)
    assert status == 0 and "removed a keyring entry" in out
    assert _entries(file_keyring) == set() and not keys.pending_key(path)


def test_status_leaves_an_orphaned_key_while_another_process_holds_the_folder(
    tmp_path: Path, file_keyring: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """The same with the lock held by another process (a window), and the journal's
    SQLite write lock with it: the entry and its note stay, said on stderr."""
    from test_storage_trust import another_process

    from netzjournal import keys
    from netzjournal.instance_lock import LOCK_NAME

    home = tmp_path / "home"
    path = _plain(home)
    _killed_cli(home, "copying", "on", file_keyring)
    holder = (
        "import sqlite3\nfrom pathlib import Path\n"
        "from netzjournal.instance_lock import InstanceLock\n"
        f"lock = InstanceLock(Path({str(home / LOCK_NAME)!r}))\n"
        "assert lock.acquire()\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')"
    )
    from test_storage_trust import REPO

    with another_process(holder, cwd=REPO):
        status, out = _cli(["encryption", "status", "--data-dir", str(home)], "", monkeypatch,
                           capsys)  # fmt: skip
    assert status == 0 and "left for now" in out and "at work with this data folder" in out
    assert len(_entries(file_keyring)) == 1 and keys.pending_key(path)


@needs_root
def test_status_on_a_read_only_mount_leaves_an_orphaned_key_and_its_note_together(
    tmp_path: Path, file_keyring: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """The data folder went read-only (a remount after an I/O error) with an entry a
    killed command made: `status` answers (it failed with "Read-only file system",
    exit 2, after it had deleted the keyring entry the note beside the journal still
    named, so every later `status` failed too); the entry and its note stay together
    and are removed once the folder can be written again."""
    from netzjournal import keys

    with tmpfs(tmp_path / "mnt", "8m") as home:
        path = _plain(home)
        _killed_cli(home, "copying", "on", file_keyring)
        orphan = _entries(file_keyring)
        assert len(orphan) == 1 and keys.pending_key(path)
        subprocess.run(["mount", "-o", "remount,ro", str(home)], check=True)
        for _ in range(2):
            status, out = _cli(["encryption", "status", "--data-dir", str(home)], "",
                               monkeypatch, capsys)  # fmt: skip
            assert (status, out.strip()) == (0, "not encrypted")
            assert _entries(file_keyring) == orphan and keys.pending_key(path)
        subprocess.run(["mount", "-o", "remount,rw", str(home)], check=True)
        status, out = _cli(["encryption", "status", "--data-dir", str(home)], "", monkeypatch,
                           capsys)  # fmt: skip
        assert status == 0 and "removed a keyring entry" in out
        assert _entries(file_keyring) == set() and not keys.pending_key(path)


def test_a_key_the_journal_got_before_the_kill_is_kept(
    tmp_path: Path, file_keyring: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from netzjournal import keys

    path, old_id = _keyring_journal(tmp_path / "home")
    home = path.parent
    _killed_cli(home, "swapped", "passphrase", file_keyring)
    (new_id,) = _entries(file_keyring) - {old_id}
    for _ in range(2):  # the first settles the change, the second the note
        status, out = _cli(["search", "x", "--data-dir", str(home)], "", monkeypatch, capsys)
        assert status == 0, out
        assert new_id in _entries(file_keyring)
    assert not keys.pending_key(path)
    new = keys.load_key(new_id)
    assert new is not None and cipher.key_opens(path, new)
    assert cipher.read_marker(path).key_id == new_id


# -- backups and a key change killed after its swap -------------------------------------

_KILLED_REKEY = """
import os, signal, sys
from pathlib import Path
from netzjournal.store import cipher, conversion
path, moment = Path(sys.argv[1]), sys.argv[2]
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
def on_call(number, real):
    calls = [0]
    def counted(*args, **kwargs):
        calls[0] += 1
        if calls[0] == number:
            die()
        return real(*args, **kwargs)
    return counted
if moment == "copying-backups":  # the journal's copy and one backup's are made
    conversion.copy_converted = on_call(3, conversion.copy_converted)
elif moment == "before-swap":  # every copy made, the marker holds both checks
    conversion._keep = die
elif moment == "after-swap":  # the journal has the new key, no backup yet
    conversion._switch_in = die
elif moment == "one-backup-switched":
    real_replace = os.replace
    switched = [0]
    def replace(src, dst):
        if str(src).endswith(conversion.REKEYED_SUFFIX):
            switched[0] += 1
            if switched[0] == 2:
                die()
        real_replace(src, dst)
    conversion.os.replace = replace
elif moment == "all-switched":  # the marker still holds both checks
    conversion.cipher.write_marker = on_call(2, cipher.write_marker)
old, new = cipher.Key(passphrase=sys.argv[3]), cipher.Key(passphrase=sys.argv[4])
conversion.convert(path, old, new, backup_dir=path.parent / "backups")
"""

NEW = "Herbst im Wald 2027"


@pytest.mark.parametrize(
    "moment",
    ["copying-backups", "before-swap", "after-swap", "one-backup-switched", "all-switched"],
)
def test_a_key_change_killed_at_any_moment_leaves_the_backups_under_the_journal_s_key(
    tmp_path: Path, moment: str
) -> None:
    """A kill after the swap and before the backups were converted left them under the
    old key for good: the next start said so, but the old passphrase was gone by then.
    The backups' copies are now made before the swap and switched in with it."""
    import os

    from test_storage_trust import REPO

    from netzjournal.store import backups

    old, new = cipher.Key(passphrase=OLD), cipher.Key(passphrase=NEW)
    path = _encrypted(tmp_path, old)  # one backup; a second one:
    cipher.activate(old)
    with Journal.open(path, backup_dir=tmp_path / "backups") as j:
        backups.create_backup(j, tmp_path / "backups", reason="manual")
    cipher.activate(None)
    made = sorted((tmp_path / "backups").glob("journal-*.sqlite3"))
    assert len(made) == 2
    args = [sys.executable, "-c", _KILLED_REKEY, str(path), moment, OLD, NEW]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    done = subprocess.run(args, cwd=REPO, env=env, timeout=120, capture_output=True, text=True)
    assert done.returncode == -9, done.stderr
    swapped = moment not in ("copying-backups", "before-swap")
    journal_key, other = (new, old) if swapped else (old, new)
    assert cipher.key_opens(path, journal_key) and not cipher.key_opens(path, other)
    with Journal.open(path, backup_dir=tmp_path / "backups", key=journal_key) as j:
        assert j.connection().execute("SELECT family_name FROM contact").fetchall() == [
            (UNIQUE,)
        ]  # (this open settles what the kill left)
    marker = cipher.read_marker(path)
    assert marker is not None and marker.previous is None and marker.matches(journal_key)
    found = sorted((tmp_path / "backups").iterdir())
    assert found == made, (moment, [p.name for p in found])  # no copy left beside them
    for backup in made:
        assert cipher.key_opens(backup, journal_key), (moment, backup.name)
        assert not cipher.key_opens(backup, other), (moment, backup.name)
    cipher.activate(journal_key)
    assert all(b.usable for b in backups.checked_backups(tmp_path / "backups"))


def _every_file(home: Path) -> dict[Path, str]:
    """Each file of the data folder and its backups (the command's own lock left out)."""
    every = [*home.iterdir(), *(home / "backups").iterdir()]
    return {p: _sha(p) for p in every if p.is_file() and p.name != "instance.lock"}


@needs_root
def test_no_room_for_the_backups_copies_changes_nothing(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """The backups' copies are made before the swap now: a disk with room for the
    journal's copy but not for theirs is said as full, and nothing is changed."""
    with tmpfs(tmp_path / "mnt", "8m") as home:
        path = _encrypted(home, cipher.Key(passphrase=OLD))
        (backup,) = (home / "backups").glob("journal-*.sqlite3")
        room = environment.free_bytes(home)
        assert room is not None
        (home / "filler").write_bytes(bytes(room - path.stat().st_size * 3 // 2))
        before = _every_file(home)
        d = ["--data-dir", str(home)]
        change = ["encryption", "passphrase", "--passphrase-stdin", "--new-passphrase-stdin", *d]
        status, out = _cli(change, f"{OLD}\n{NEW}\n", monkeypatch, capsys)
        assert status == 2 and "Traceback" not in out, out
        assert "is full" in out and "Nothing was changed" in out, out
        assert _every_file(home) == before
        assert cipher.key_opens(backup, cipher.Key(passphrase=OLD))
        (home / "filler").unlink()
        status, out = _cli(change, f"{OLD}\n{NEW}\n", monkeypatch, capsys)
        assert status == 0, out
        assert cipher.key_opens(backup, cipher.Key(passphrase=NEW))
        assert sorted(p.name for p in (home / "backups").iterdir()) == [backup.name]
