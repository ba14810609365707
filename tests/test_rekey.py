"""Changing an encrypted journal's key: the store, the command line, kills and faults.

Real files in tmp_path; keyrings from tests/keyrings.py (never the user's); kills
are real SIGKILLs of a child process at fixed moments of the conversion.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netzjournal import cli, keys
from netzjournal.drafts import DraftStore
from netzjournal.store import backups, cipher, conversion, environment
from netzjournal.store.errors import JournalDamaged, JournalKeyError, JournalUnavailable
from netzjournal.store.journal import Journal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from keyrings import MemoryKeyring
from test_encryption import UNIQUE, _fill, _key_restored, _names_in  # noqa: F401 (autouse)
from test_storage_trust import REPO, add_ballast, needs_root, tmpfs

OLD = "Sommer am See 2026"
NEW = "Herbst im Wald 2027"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(args: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capsys) -> tuple[int, str]:
    cipher.activate(None)  # each command as a new process: it unlocks for itself
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = cli.main(args)
    out = capsys.readouterr()
    return status, out.out + out.err


def _encrypted(folder: Path, key: cipher.Key, backup: bool = True) -> Path:
    """A journal encrypted with ``key`` (and one backup, made with it)."""
    path = folder / "journal.sqlite3"
    cipher.activate(key)
    with Journal.open(path, backup_dir=folder / "backups") as j:
        _fill(j)
        if backup:
            backups.create_backup(j, folder / "backups")
    cipher.activate(None)
    return path


def _family_names(path: Path, key: cipher.Key, read_only: bool = False) -> list[tuple[str]]:
    """``read_only``: a write-protected disk is expected (and opened read-only, as the
    window and the commands open it)."""
    cipher.activate(key)
    try:
        with Journal.open(path, fallback_read_only=read_only,
                          backup_dir=path.parent / "backups") as j:  # fmt: skip
            assert j.read_only == read_only
            return j.connection().execute("SELECT family_name FROM contact").fetchall()
    finally:
        cipher.activate(None)


def _open_error(path: Path, key: cipher.Key) -> BaseException | None:
    try:
        _family_names(path, key)
    except (JournalKeyError, JournalDamaged) as exc:
        return exc
    return None


def test_the_store_changes_the_key_and_the_old_one_opens_only_the_kept_original(
    tmp_path: Path,
) -> None:
    old, new = cipher.Key(passphrase=OLD), cipher.Key(passphrase=NEW)
    path = _encrypted(tmp_path, old)
    done = conversion.convert(path, old, new, key_id="new-id")
    assert done.kept.name.startswith("journal.sqlite3.before-reencryption-")
    assert conversion.kept_originals(path) == [done.kept]
    marker = cipher.read_marker(path)
    assert marker is not None and marker.previous is None
    assert marker.matches(new) and not marker.matches(old) and marker.key_id == "new-id"
    assert "previous" not in json.loads(cipher.marker_path(path).read_text())
    assert _family_names(path, new) == [(UNIQUE,)]
    err = _open_error(path, old)
    assert isinstance(err, JournalKeyError) and err.kind == "wrong-key"
    assert cipher.key_opens(done.kept, old) and not cipher.key_opens(done.kept, new)
    with pytest.raises(ValueError, match="old one"):
        conversion.convert(path, new, cipher.Key(passphrase=NEW))


def test_backups_follow_the_new_key_and_one_converted_before_is_left(tmp_path: Path) -> None:
    old, new = cipher.Key.random(), cipher.Key.random()
    path = _encrypted(tmp_path, old)
    cipher.activate(None)
    plain = tmp_path / "plain.sqlite3"
    with Journal.open(plain, backup_dir=tmp_path / "plain-backups") as j:
        _fill(j)
        from_before = backups.create_backup(j, tmp_path / "backups").path  # plain, from before
    conversion.convert(path, old, new)
    assert conversion.convert_backups(tmp_path / "backups", old, new) == {}
    found = sorted((tmp_path / "backups").glob("journal-*.sqlite3"))
    assert len(found) == 2 and from_before in found
    assert all(cipher.key_opens(b, new) and not cipher.is_plain_sqlite(b) for b in found)
    assert not any(cipher.key_opens(b, old) for b in found)
    # Again (an attempt interrupted after the backups): nothing to do, nothing failed.
    assert conversion.convert_backups(tmp_path / "backups", old, new) == {}
    cipher.activate(new)
    assert all(b.usable for b in backups.checked_backups(tmp_path / "backups"))


def test_a_kill_between_the_marker_and_the_swap_never_makes_either_key_look_like_damage(
    tmp_path: Path,
) -> None:
    """The marker was written for the new key before the swap: a kill there left the old
    file with the new key's check alone, and the new key, which matches that check but
    cannot open the old file, was reported as a damaged journal (a restore offered)."""
    old, new = cipher.Key(passphrase=OLD), cipher.Key(passphrase=NEW)
    for moment, opens_with, other in (
        ("before-swap", old, new),
        ("after-swap", new, old),
    ):
        folder = tmp_path / moment
        path = _encrypted(folder, old, backup=False)
        _killed_in_conversion(path, old, new, moment)
        marker = cipher.read_marker(path)
        assert marker is not None and marker.previous is not None  # both checks
        err = _open_error(path, other)
        assert isinstance(err, JournalKeyError), (moment, err)
        assert err.kind == "key-changed" and "Nothing is damaged" in str(err)
        assert marker == cipher.read_marker(path)  # the wrong key changed nothing
        assert _family_names(path, opens_with) == [(UNIQUE,)]
        settled = cipher.read_marker(path)  # the key that opened it settles the marker
        assert settled is not None and settled.previous is None and settled.matches(opens_with)
        err = _open_error(path, other)
        assert isinstance(err, JournalKeyError) and err.kind == "wrong-key", moment
        assert not path.with_name(path.name + conversion.PART_SUFFIX).exists()


_KILLED = """
import os, signal, sys
from pathlib import Path
from netzjournal.store import cipher, conversion
path, moment = Path(sys.argv[1]), sys.argv[2]
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
if moment == "before-swap":  # the marker with both checks is written, the file not swapped
    conversion._keep = die
else:  # swapped, the marker not yet rewritten
    conversion.sync_dir = die
conversion.convert(path, cipher.Key(passphrase=sys.argv[3]), cipher.Key(passphrase=sys.argv[4]))
"""


def _killed_in_conversion(path: Path, old: cipher.Key, new: cipher.Key, moment: str) -> None:
    args = [sys.executable, "-c", _KILLED, str(path), moment, old.passphrase, new.passphrase]
    done = subprocess.run(args, cwd=REPO, timeout=120, capture_output=True)  # type: ignore[arg-type]
    assert done.returncode == -9, done.stderr.decode()


def test_damage_after_a_finished_key_change_is_still_damage(tmp_path: Path) -> None:
    old, new = cipher.Key.random(), cipher.Key.random()
    path = _encrypted(tmp_path, old, backup=False)
    conversion.convert(path, old, new)
    with path.open("r+b") as fh:
        fh.seek(0)
        fh.write(os.urandom(4096))
    assert isinstance(_open_error(path, new), JournalDamaged)
    err = _open_error(path, old)
    assert isinstance(err, JournalKeyError) and err.kind == "wrong-key"


def test_a_failure_before_the_swap_restores_the_old_marker(tmp_path: Path) -> None:
    old, new = cipher.Key(passphrase=OLD), cipher.Key(passphrase=NEW)
    path = _encrypted(tmp_path, old, backup=False)
    before, marker = _sha(path), cipher.marker_path(path).read_bytes()

    def no_room() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(JournalUnavailable) as err:
        conversion.convert(path, old, new, after_copy=no_room)
    assert err.value.kind == "disk-full"
    assert _sha(path) == before and cipher.marker_path(path).read_bytes() == marker
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "journal.sqlite3", "journal.sqlite3.encryption.json",
    ]  # fmt: skip
    assert _family_names(path, old) == [(UNIQUE,)]


# -- the command line ---------------------------------------------------------------


def test_changing_the_passphrase_on_the_command_line(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    home = tmp_path / "home"
    old = cipher.Key(passphrase=OLD)
    path = _encrypted(home, old)
    d = ["--data-dir", str(home)]
    change = ["encryption", "passphrase", "--passphrase-stdin", "--new-passphrase-stdin", *d]
    status, out = _cli(change, f"falsch und falsch\n{NEW}\n", monkeypatch, capsys)
    assert status == 2 and "wrong" in out
    status, out = _cli(change, f"{OLD}\nkurz\n", monkeypatch, capsys)
    assert status == 2 and "at least 8 characters" in out and "nothing was changed" in out
    status, out = _cli(change, f"{OLD}\n{OLD}\n", monkeypatch, capsys)
    assert status == 2 and "the old one" in out
    status, out = _cli(change[:-3] + d, f"{OLD}\n", monkeypatch, capsys)  # keyring: none here
    assert status == 2 and "no keyring" in out and "--new-passphrase-stdin" in out
    assert conversion.kept_originals(path) == [] and cipher.read_marker(path).matches(old)  # type: ignore[union-attr]
    cipher.activate(old)
    DraftStore(home / "drafts").save({"body": UNIQUE})  # a quick note's draft, sealed
    status, out = _cli(change, f"{OLD}\n{NEW}\n", monkeypatch, capsys)
    assert status == 0, out
    assert "new passphrase" in out and "whoever knows the old key can read it" in out
    cipher.activate(cipher.Key(passphrase=NEW))
    assert DraftStore(home / "drafts").load() == {"body": UNIQUE}  # sealed with the new key
    cipher.activate(old)
    assert DraftStore(home / "drafts").load() is None
    search = ["search", "--passphrase-stdin", UNIQUE, *d]
    status, out = _cli(search, f"{OLD}\n", monkeypatch, capsys)
    assert status == 2 and "wrong" in out and "damaged" not in out.replace("Nothing is damaged", "")
    status, out = _cli(search, f"{NEW}\n", monkeypatch, capsys)
    assert status == 0 and UNIQUE in out
    (backup,) = backups.list_backups(home / "backups")
    assert cipher.key_opens(backup.path, cipher.Key(passphrase=NEW))
    assert not cipher.key_opens(backup.path, old)
    (kept,) = conversion.kept_originals(path)
    assert cipher.key_opens(kept, old)
    confirm = ["encryption", "confirm", "--passphrase-stdin", *d]
    status, out = _cli(confirm, f"{NEW}\n", monkeypatch, capsys)
    assert status == 0 and f"removed {kept}" in out
    # Nothing in the folder opens with the old passphrase any more.
    for found in home.rglob("*.sqlite3*"):
        if found.is_file() and cipher.looks_encrypted(found):
            assert not cipher.key_opens(found, old), found
    assert _names_in(home) == []


def test_a_new_key_and_recovery_key_for_a_keyring_journal(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    d = ["--data-dir", str(home)]
    cipher.activate(None)
    with Journal.open(home / "journal.sqlite3", backup_dir=home / "backups") as j:
        _fill(j)
    status, out = _cli(["encryption", "on", *d], "", monkeypatch, capsys)
    assert status == 0, out
    old_recovery = out.split("write it down or print it):")[1].split()[0]
    (old_entry,) = memory_keyring.secrets
    status, out = _cli(["encryption", "passphrase", *d], "", monkeypatch, capsys)
    assert status == 0, out
    assert "New recovery key" in out and old_recovery not in out
    new_recovery = out.split("no longer opens the journal):")[1].split()[0]
    (new_entry,) = memory_keyring.secrets  # the old entry is gone
    assert new_entry != old_entry
    status, out = _cli(["search", UNIQUE, *d], "", monkeypatch, capsys)
    assert status == 0 and UNIQUE in out
    memory_keyring.secrets.clear()  # a new computer
    search = ["search", "--passphrase-stdin", UNIQUE, *d]
    status, out = _cli(search, old_recovery + "\n", monkeypatch, capsys)
    assert status == 2 and "wrong" in out
    status, out = _cli(search, new_recovery + "\n", monkeypatch, capsys)
    assert status == 0 and UNIQUE in out
    # From the keyring to a passphrase (the recovery key unlocks the old key).
    change = ["encryption", "passphrase", "--passphrase-stdin", "--new-passphrase-stdin", *d]
    status, out = _cli(change, f"{new_recovery}\n{NEW}\n", monkeypatch, capsys)
    assert status == 0, out
    assert keys.lock_of(home / "journal.sqlite3").mode == "passphrase"
    status, out = _cli(search, f"{NEW}\n", monkeypatch, capsys)
    assert status == 0 and UNIQUE in out


def test_a_keyring_key_change_killed_before_the_swap_finds_the_old_key(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """The marker names the new keyring entry before the swap: after a kill there, the
    start must still find the old one (the file is under it), not stop at the new."""
    old = keys.new_keyring_key()
    path = _encrypted(tmp_path, old.key, backup=False)
    cipher.write_marker(path, cipher.new_marker(old.key, old.key_id))
    new = keys.new_keyring_key()
    conversion.convert(path, old.key, new.key, key_id=new.key_id,
                       after_copy=None)  # fmt: skip
    # Put the journal back as a kill before the swap leaves it: old file, both checks.
    kept = conversion.kept_originals(path)[0]
    os.replace(kept, path)
    both = cipher.new_marker(new.key, new.key_id)._replace(
        previous=cipher.new_marker(old.key, old.key_id)
    )
    cipher.write_marker(path, both)
    assert keys.key_from_keyring(path) == old.key
    assert _family_names(path, old.key) == [(UNIQUE,)]
    assert keys.key_from_keyring(path) == old.key  # settled: the old marker alone
    assert cipher.read_marker(path).previous is None  # type: ignore[union-attr]


@needs_root
def test_a_full_disk_during_the_key_change_is_said_and_changes_nothing(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    with tmpfs(tmp_path / "mnt", "4m") as home:
        path = home / "journal.sqlite3"
        cipher.activate(None)
        with Journal.open(path, backup_dir=home / "backups") as j:
            _fill(j)
        add_ballast(path)
        d = ["--data-dir", str(home)]
        status, out = _cli(["encryption", "on", "--new-passphrase-stdin", *d], f"{OLD}\n",
                           monkeypatch, capsys)  # fmt: skip
        assert status == 0, out
        status, out = _cli(["encryption", "confirm", "--passphrase-stdin", *d], f"{OLD}\n",
                           monkeypatch, capsys)  # fmt: skip
        assert status == 0, out
        assert _family_names(path, cipher.Key(passphrase=OLD)) == [(UNIQUE,)]  # (once in WAL)
        room = environment.free_bytes(home)
        assert room is not None  # room to open the journal, not for its re-keyed copy
        (home / "filler").write_bytes(bytes(room - path.stat().st_size // 2))
        before = {p.name: _sha(p) for p in home.iterdir() if p.is_file()}
        change = ["encryption", "passphrase", "--passphrase-stdin", "--new-passphrase-stdin", *d]
        status, out = _cli(change, f"{OLD}\n{NEW}\n", monkeypatch, capsys)
        assert status == 2 and "Traceback" not in out
        assert "is full" in out and "Nothing was changed" in out, out
        assert {p.name: _sha(p) for p in home.iterdir() if p.is_file()} == before
        assert _family_names(path, cipher.Key(passphrase=OLD)) == [(UNIQUE,)]
        (home / "filler").unlink()
        status, out = _cli(change, f"{OLD}\n{NEW}\n", monkeypatch, capsys)
        assert status == 0, out
        assert _family_names(path, cipher.Key(passphrase=NEW)) == [(UNIQUE,)]


@needs_root
def test_a_read_only_disk_and_an_open_window_are_said_as_such(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from netzjournal.backup_command import LOCK_NAME
    from netzjournal.instance_lock import InstanceLock

    with tmpfs(tmp_path / "mnt", "4m") as home:
        path = _encrypted(home, cipher.Key(passphrase=OLD))
        d = ["--data-dir", str(home)]
        change = ["encryption", "passphrase", "--passphrase-stdin", "--new-passphrase-stdin", *d]
        window = InstanceLock(home / LOCK_NAME)  # a window open on this folder
        assert window.acquire()
        try:
            status, out = _cli(change, f"{OLD}\n{NEW}\n", monkeypatch, capsys)
        finally:
            window.release()
        assert status == 2 and "close the window first" in out
        before = {p.name: _sha(p) for p in home.iterdir() if p.is_file()}
        subprocess.run(["mount", "-o", "remount,ro", str(home)], check=True)
        status, out = _cli(change, f"{OLD}\n{NEW}\n", monkeypatch, capsys)
        assert status == 2 and "Traceback" not in out
        assert "cannot be written" in out or "read-only" in out, out
        assert {p.name: _sha(p) for p in home.iterdir() if p.is_file()} == before
        assert _family_names(path, cipher.Key(passphrase=OLD), read_only=True) == [(UNIQUE,)]


# -- a key change killed at random moments ------------------------------------------

_REKEY = """
import sys
from pathlib import Path
from netzjournal.store import cipher, conversion
old, new = (cipher.Key(raw=bytes.fromhex(k)) for k in sys.argv[2:4])
print("go", flush=True)  # the imports are done: the kill moments count from here
conversion.convert(Path(sys.argv[1]), old, new)
"""


@pytest.mark.slow
@pytest.mark.plain_only  # chooses its own keys: once per CI run is enough
@pytest.mark.timeout(600)
def test_a_key_change_killed_at_random_moments_leaves_one_key_that_opens_all(
    tmp_path: Path,
) -> None:
    import random
    import shutil
    import time

    from netzjournal.demo.generator import SIZES, DemoSpec, create_demo_journal

    old, new = cipher.Key.random(), cipher.Key.random()
    source = tmp_path / "source.sqlite3"
    contacts, years = SIZES["M"]
    cipher.activate(old)
    create_demo_journal(source, DemoSpec(contacts=contacts, years=years, seed=3))
    with Journal.open(source) as j:
        counts = conversion._counts(j.connection())
    cipher.activate(None)
    marker = cipher.marker_path(source).read_bytes()

    def run(path: Path, kill_after: float | None) -> float:
        args = [sys.executable, "-c", _REKEY, str(path), old.raw.hex(), new.raw.hex()]  # type: ignore[union-attr]
        proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline() == "go\n"
        started = time.monotonic()
        if kill_after is not None:
            try:
                proc.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                proc.kill()
        proc.wait(timeout=120)
        proc.stdout.close()
        return time.monotonic() - started

    def fresh(name: str) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        path = folder / "journal.sqlite3"
        shutil.copy(source, path)
        cipher.marker_path(path).write_bytes(marker)
        return path

    took = run(fresh("whole"), None)
    rng = random.Random(31)
    for n, moment in enumerate(rng.uniform(0.0, took * 1.1) for _ in range(8)):
        path = fresh(f"killed-{n}")
        run(path, moment)
        opened = [key for key in (old, new) if _open_error(path, key) is None]
        assert len(opened) == 1, moment  # (the open settled the marker)
        (fits,) = opened
        other = new if fits is old else old
        err = _open_error(path, other)
        assert isinstance(err, JournalKeyError) and err.kind == "wrong-key", (moment, err)
        cipher.activate(fits)
        with Journal.open(path) as j:  # runs quick_check
            assert conversion._counts(j.connection()) == counts, moment
        cipher.activate(None)
        if fits is new:  # what was there before is still beside it
            (kept,) = conversion.kept_originals(path)
            assert cipher.key_opens(kept, old)
