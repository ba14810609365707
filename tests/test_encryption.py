"""Encrypted journals (SQLCipher): keys, wrong keys, backups, drafts, the CLI.

Real files in tmp_path; keyrings from tests/keyrings.py (never the user's).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import io
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netzjournal import cli, keys
from netzjournal.drafts import DraftStore
from netzjournal.store import backups, cipher, conversion, environment, verify, walcheck
from netzjournal.store.contacts import create_contact
from netzjournal.store.conversion import ConversionFailed
from netzjournal.store.errors import JournalDamaged, JournalKeyError, JournalUnavailable
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord, InteractionRecord

sys.path.insert(0, str(Path(__file__).resolve().parent))
from keyrings import MemoryKeyring
from test_storage_trust import add_ballast, needs_root, tmpfs

UNIQUE = "Zwetschgenbaum"
NOTE_TEXT = "Quirinius erzählte vom Pflaumenkuchenrezept seiner Großmutter"


@pytest.fixture(autouse=True)
def _key_restored() -> Iterator[None]:
    """Each test sets its own key; the process's key (an encrypted run's) comes back."""
    before = cipher.active()
    yield
    cipher.activate(before)


def _fill(j: Journal) -> None:
    person = create_contact(j, ContactRecord(given_name="Quirinius", family_name=UNIQUE)).value
    assert person.id is not None
    create_interaction(
        j,
        InteractionRecord(
            occurred_at=dt.datetime(2026, 11, 20, 18, 0), participants=[person.id], body=NOTE_TEXT
        ),
    )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _all_bytes(folder: Path) -> Iterator[tuple[Path, bytes]]:
    for path in folder.rglob("*"):
        if path.is_file():
            yield path, path.read_bytes()


def _names_in(folder: Path) -> list[Path]:
    needles = [UNIQUE.encode(), UNIQUE.encode("utf-16-le"), b"Pflaumenkuchen"]
    return [p for p, data in _all_bytes(folder) if any(n in data for n in needles)]


def test_create_open_and_no_name_anywhere_in_the_folder(tmp_path: Path) -> None:
    key = cipher.Key.random()
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, key=key) as j:
        _fill(j)
        backups.create_backup(j, tmp_path / "backups")
    DraftStore(tmp_path / "drafts").save({"text": NOTE_TEXT, "people": [UNIQUE]})
    assert not cipher.is_plain_sqlite(path)
    assert cipher.read_marker(path) is not None
    assert _names_in(tmp_path) == []
    # ... and it is all there with the key.
    with Journal.open(path, key=key) as j:
        rows = j.connection().execute("SELECT family_name FROM contact").fetchall()
        assert rows == [(UNIQUE,)]
        assert j.integrity_check() == ["ok"]
    assert DraftStore(tmp_path / "drafts").load() == {"text": NOTE_TEXT, "people": [UNIQUE]}


def test_a_wrong_key_is_a_wrong_key_never_damage_and_nothing_changes(tmp_path: Path) -> None:
    key = cipher.Key.random()
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, key=key) as j:
        _fill(j)
        backups.create_backup(j, tmp_path / "backups")
    before = _sha(path)
    cipher.activate(None)
    with pytest.raises(JournalKeyError) as no_key:
        Journal.open(path)
    assert no_key.value.kind == "no-key"
    with pytest.raises(JournalKeyError) as wrong:
        Journal.open(path, key=cipher.Key.random())
    assert wrong.value.kind == "wrong-key"
    assert not isinstance(wrong.value, JournalDamaged)
    with pytest.raises(JournalKeyError) as wrong_pass:
        Journal.open(path, key=cipher.Key(passphrase="not the passphrase"))
    assert wrong_pass.value.kind == "wrong-key"
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "backups",
        "journal.sqlite3",
        "journal.sqlite3.encryption.json",
    ]
    # A backup the active key does not open is named for what it is.
    (backup,) = backups.list_backups(tmp_path / "backups")
    report = verify.inspect(backup.path)
    assert report.problem == "damaged" and "another key" in report.message()


def test_a_wrong_key_beside_a_crashs_wal_is_a_wrong_key_and_nothing_changes(
    tmp_path: Path,
) -> None:
    """The -wal a crash left is checked by reading through it: with a wrong key (Caps
    Lock on) that read fails like damage. It was said as "cannot be read: file is not a
    database" (the window offers a backup for that); now as the wrong key it is."""
    key = cipher.Key(passphrase="Kandidaten-Akte-2026")
    first = tmp_path / "first" / "journal.sqlite3"
    first.parent.mkdir()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with Journal.open(first, key=key) as j:
        _fill(j)
        # The files as a kill -9 leaves them: the last note only in the -wal.
        for name in (first.name, f"{first.name}-wal", first.name + cipher.MARKER_SUFFIX):
            shutil.copyfile(first.with_name(name), crashed / name)
    path = crashed / first.name
    assert walcheck.pending_wal(path) is not None
    before = {p.name: _sha(p) for p in crashed.iterdir()}
    for wrong, kind in ((cipher.Key(passphrase="kANDIDATEN-aKTE-2026"), "wrong-key"),
                        (None, "no-key")):  # fmt: skip
        cipher.activate(None)
        with pytest.raises(JournalKeyError) as err:
            Journal.open(path, key=wrong)
        assert err.value.kind == kind
        assert {p.name: _sha(p) for p in crashed.iterdir()} == before  # -wal not set aside
    with Journal.open(path, key=key) as j:  # the right key: the -wal is replayed
        rows = j.connection().execute("SELECT body FROM interaction").fetchall()
        assert rows == [(NOTE_TEXT,)]


def test_damage_with_the_right_key_is_damage(tmp_path: Path) -> None:
    key = cipher.Key.random()
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, key=key) as j:
        _fill(j)
    data = bytearray(path.read_bytes())
    data[200:260] = bytes(60)  # inside page 1: its HMAC no longer fits
    path.write_bytes(bytes(data))
    with pytest.raises(JournalDamaged):
        Journal.open(path, key=key)


def test_a_passphrase_journal_with_wrong_passphrase_is_a_wrong_key(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, key=cipher.Key(passphrase="korrekt Pferd Batterie")) as j:
        _fill(j)
    with pytest.raises(JournalKeyError):
        Journal.open(path, key=cipher.Key(passphrase="korrekt Pferd Batterie!"))
    with Journal.open(path, key=cipher.Key(passphrase="korrekt Pferd Batterie")) as j:
        assert j.connection().execute("SELECT count(*) FROM contact").fetchone() == (1,)


def test_recovery_key_round_trip_and_typing_mistakes() -> None:
    key = cipher.Key.random()
    text = keys.recovery_text(key)
    assert len(text.split("-")) == 14
    assert keys.parse_recovery(text) == key
    assert keys.parse_recovery(text.lower().replace("-", " ")) == key
    wrong = ("A" if text[0] != "A" else "B") + text[1:]
    with pytest.raises(ValueError):
        keys.parse_recovery(wrong)
    with pytest.raises(ValueError):
        keys.parse_recovery(text[:-5])


def test_encrypted_backups_are_listed_verified_and_restored(tmp_path: Path) -> None:
    key = cipher.Key.random()
    path = tmp_path / "journal.sqlite3"
    folder = tmp_path / "backups"
    j = Journal.open(path, key=key)
    _fill(j)
    info = backups.create_backup(j, folder)
    assert not cipher.is_plain_sqlite(info.path)
    create_contact(j, ContactRecord(given_name="Later", family_name="Added"))
    (checked,) = backups.checked_backups(folder)
    assert checked.usable and checked.report.contacts == 1
    backups.restore_backup(j, info.path, folder)
    assert j.connection().execute("SELECT count(*) FROM contact").fetchone() == (1,)
    j.close()
    assert all(not cipher.is_plain_sqlite(b.path) for b in backups.list_backups(folder))
    # Recovery onto a damaged file works with encrypted backups too.
    path.write_bytes(b"\0" * 4096)
    kept = backups.recover_from_backup(path, info.path)
    assert kept is not None
    with Journal.open(path, key=key) as again:
        assert again.integrity_check() == ["ok"]
        assert again.connection().execute("SELECT count(*) FROM contact").fetchone() == (1,)


def test_a_sealed_draft_is_written_plain_when_the_key_is_switched_off(tmp_path: Path) -> None:
    cipher.activate(cipher.Key.random())
    drafts = DraftStore(tmp_path)
    drafts.save({"text": NOTE_TEXT})
    assert not drafts.path.exists()
    drafts.reseal(between=lambda: cipher.activate(None))  # as turning encryption off does
    assert drafts.path.exists() and not drafts.sealed.exists()
    assert drafts.load() == {"text": NOTE_TEXT}


def test_drafts_are_not_plain_text(tmp_path: Path) -> None:
    key = cipher.Key.random()
    cipher.activate(key)
    drafts = DraftStore(tmp_path)
    drafts.save({"text": NOTE_TEXT})
    assert _names_in(tmp_path) == []
    assert not drafts.path.exists()
    assert drafts.load() == {"text": NOTE_TEXT}
    cipher.activate(cipher.Key.random())
    assert drafts.load() is None  # another key reads nothing (and breaks nothing)
    cipher.activate(None)
    assert drafts.load() is None


def _cli(args: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capsys) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = cli.main(args)
    out = capsys.readouterr()
    return status, out.out + out.err


def _demo(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    with Journal.open(home / "journal.sqlite3", backup_dir=home / "backups") as j:
        _fill(j)
    return home


def test_without_a_keyring_the_passphrase_path(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    cipher.activate(None)
    home = _demo(tmp_path)
    d = ["--data-dir", str(home)]
    status, out = _cli(["encryption", "on", *d], "", monkeypatch, capsys)
    assert status == 2 and "no keyring" in out and "--new-passphrase-stdin" in out
    assert cipher.is_plain_sqlite(home / "journal.sqlite3")
    status, out = _cli(
        ["encryption", "on", "--new-passphrase-stdin", *d],
        "Sommer am See 2026\n",
        monkeypatch,
        capsys,
    )
    assert status == 0, out
    assert "without the key nobody can open this journal" in out
    assert "Recovery key" not in out
    cipher.activate(None)
    status, out = _cli(["search", UNIQUE, *d], "", monkeypatch, capsys)
    assert status == 2 and "--passphrase-stdin" in out
    status, out = _cli(
        ["search", "--passphrase-stdin", UNIQUE, *d], "falsch\n", monkeypatch, capsys
    )
    assert status == 2 and "wrong" in out and "damaged" not in out.replace("Nothing is damaged", "")
    status, out = _cli(
        ["search", "--passphrase-stdin", UNIQUE, *d], "Sommer am See 2026\n", monkeypatch, capsys
    )
    assert status == 0 and UNIQUE in out
    # remind said "give it with --passphrase-stdin" and then refused that option
    cipher.activate(None)
    status, out = _cli(["remind", *d], "", monkeypatch, capsys)
    assert status == 2 and "--passphrase-stdin" in out
    cipher.activate(None)
    status, out = _cli(["remind", "--passphrase-stdin", *d], "Sommer am See 2026\n",
                       monkeypatch, capsys)  # fmt: skip
    assert status == 0, out
    assert _names_in(home) != []  # the unencrypted original is kept until confirmed
    cipher.activate(None)
    status, out = _cli(
        ["encryption", "confirm", "--passphrase-stdin", *d],
        "Sommer am See 2026\n",
        monkeypatch,
        capsys,
    )
    assert status == 0, out
    assert _names_in(home) == []


def test_recovery_key_in_place_of_the_keyring_entry(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    cipher.activate(None)
    home = _demo(tmp_path)
    d = ["--data-dir", str(home)]
    with Journal.open(home / "journal.sqlite3", backup_dir=home / "backups") as j:
        backups.create_backup(j, home / "backups")  # a plain backup from before
    status, out = _cli(["encryption", "on", *d], "", monkeypatch, capsys)
    assert status == 0, out
    recovery = out.split("write it down or print it):")[1].split()[0]
    assert len(memory_keyring.secrets) == 1
    cipher.activate(None)
    status, out = _cli(["encryption", "confirm", *d], "", monkeypatch, capsys)
    assert status == 0, out
    assert _names_in(home) == []  # the original is gone, the old backup encrypted
    cipher.activate(None)
    status, out = _cli(["backup", "list", *d], "", monkeypatch, capsys)
    assert status == 0 and "1 of 1 usable" in out
    memory_keyring.secrets.clear()  # a new computer: no keyring entry
    cipher.activate(None)
    status, out = _cli(["search", UNIQUE, *d], "", monkeypatch, capsys)
    assert status == 2 and "recovery key" in out
    status, out = _cli(
        ["search", "--passphrase-stdin", UNIQUE, *d], recovery + "\n", monkeypatch, capsys
    )
    assert status == 0 and UNIQUE in out
    typo = recovery[:-1] + ("A" if recovery[-1] != "A" else "B")
    cipher.activate(None)
    status, out = _cli(
        ["search", "--passphrase-stdin", UNIQUE, *d], typo + "\n", monkeypatch, capsys
    )
    assert status == 2 and "typing mistake" in out
    # Decrypting needs the key, and brings everything back to plain SQLite.
    cipher.activate(None)
    status, out = _cli(
        ["encryption", "off", "--passphrase-stdin", *d], recovery + "\n", monkeypatch, capsys
    )
    assert status == 0, out
    assert cipher.is_plain_sqlite(home / "journal.sqlite3")
    assert cipher.read_marker(home / "journal.sqlite3") is None
    assert all(cipher.is_plain_sqlite(b.path) for b in backups.list_backups(home / "backups"))
    cipher.activate(None)
    status, out = _cli(["search", UNIQUE, *d], "", monkeypatch, capsys)
    assert status == 0 and UNIQUE in out
    assert conversion.kept_originals(home / "journal.sqlite3")
    status, out = _cli(["encryption", "confirm", *d], "", monkeypatch, capsys)
    assert status == 0 and not conversion.kept_originals(home / "journal.sqlite3")


def test_an_export_of_an_encrypted_journal_says_it_is_not_encrypted(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """The window's export dialog says so; the command wrote the plain file silently."""
    cipher.activate(None)
    home = _demo(tmp_path)
    d = ["--data-dir", str(home)]
    out_file = tmp_path / "alle.json"
    status, out = _cli(
        ["export", "--format", "json", "-o", str(out_file), *d], "", monkeypatch, capsys
    )
    assert status == 0 and "not encrypted" not in out  # a plain journal: nothing to say
    status, out = _cli(
        ["encryption", "on", "--new-passphrase-stdin", *d], "Sommer am See\n", monkeypatch, capsys
    )
    assert status == 0, out
    cipher.activate(None)
    status, out = _cli(
        ["export", "--passphrase-stdin", "--format", "json", "-o", str(out_file), "--force", *d],
        "Sommer am See\n",
        monkeypatch,
        capsys,
    )
    assert status == 0, out
    assert f"{out_file} is not encrypted" in out and UNIQUE.encode() in out_file.read_bytes()


@needs_root
def test_a_full_disk_during_the_conversion_is_said_and_changes_nothing(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """The copy fills the disk: the command said nothing but a traceback (SQLCipher's
    "database or disk is full"); now the full disk, and the journal is untouched."""
    cipher.activate(None)
    with tmpfs(tmp_path / "mnt", "4m") as home:
        path = home / "journal.sqlite3"
        with Journal.open(path, backup_dir=home / "backups") as j:
            _fill(j)
        add_ballast(path)
        # Room to open the journal, not for its converted copy.
        room = environment.free_bytes(home)
        assert room is not None
        (home / "filler").write_bytes(bytes(room - path.stat().st_size // 2))
        before = _sha(path)
        d = ["--data-dir", str(home)]
        status, out = _cli(["encryption", "on", *d], "", monkeypatch, capsys)
        assert status == 2 and "Traceback" not in out
        assert "disk holding" in out and "is full" in out and "Nothing was changed" in out, out
        assert _sha(path) == before and not keys.lock_of(path).encrypted
        assert sorted(p.name for p in home.glob("journal.sqlite3*")) == ["journal.sqlite3"]
        assert memory_keyring.secrets == {}  # the new key went with the failed conversion
        (home / "filler").unlink()  # room again: it works
        status, out = _cli(["encryption", "on", *d], "", monkeypatch, capsys)
        assert status == 0, out
        assert keys.lock_of(path).encrypted


@needs_root
def test_confirming_with_no_room_to_encrypt_a_backup_keeps_everything_and_says_so(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """'confirm' removed the unencrypted original although a backup could not be
    encrypted (the disk full): the backup stayed readable without the key, and the
    command said only a log line and ended with status 0."""
    cipher.activate(None)
    with tmpfs(tmp_path / "mnt", "8m") as home:
        path = home / "journal.sqlite3"
        with Journal.open(path, backup_dir=home / "backups") as j:
            _fill(j)
        add_ballast(path)
        with Journal.open(path, backup_dir=home / "backups") as j:
            (backup,) = [backups.create_backup(j, home / "backups").path]
        d = ["--data-dir", str(home)]
        status, out = _cli(["encryption", "on", "--new-passphrase-stdin", *d], "Sommer am See\n",
                           monkeypatch, capsys)  # fmt: skip
        assert status == 0, out
        (kept,) = conversion.kept_originals(path)
        room = environment.free_bytes(home)
        assert room is not None  # no room for the backup's encrypted copy
        (home / "filler").write_bytes(bytes(room - backup.stat().st_size // 2))
        cipher.activate(None)
        confirm = ["encryption", "confirm", "--passphrase-stdin", *d]
        status, out = _cli(confirm, "Sommer am See\n", monkeypatch, capsys)
        assert status == 2, out
        assert "1 backup(s) could not be encrypted" in out and "is full" in out, out
        assert kept.exists() and cipher.is_plain_sqlite(backup)
        (home / "filler").unlink()  # room again
        cipher.activate(None)
        status, out = _cli(confirm, "Sommer am See\n", monkeypatch, capsys)
        assert status == 0, out
        assert not kept.exists() and _names_in(home) == []


def test_a_failure_between_the_copy_and_the_swap_leaves_the_journal_as_it_was(
    tmp_path: Path,
) -> None:
    """Keeping the original can fail (no hard links there, and no room for a copy): the
    verified copy and the marker of a key the journal was never encrypted with stayed."""
    cipher.activate(None)
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        _fill(j)
    before = _sha(path)

    def no_room() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(JournalUnavailable) as err:
        conversion.convert(path, None, cipher.Key.random(), after_copy=no_room)
    assert err.value.kind == "disk-full"
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite3"]
    with Journal.open(path) as j:
        assert j.connection().execute("SELECT family_name FROM contact").fetchall() == [(UNIQUE,)]


def test_a_note_written_by_another_process_during_the_conversion_is_not_lost(
    tmp_path: Path,
) -> None:
    """The window converts at its start; 'netzjournal note add' (no window lock) may
    write meanwhile. Its note went into the original only, and the swap put the copy
    without it in place: the note was gone from the journal."""
    cipher.activate(None)
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        _fill(j)
    key = cipher.Key.random()

    def another_process_writes() -> None:
        # Another process's connection: plain SQLite, its own transaction, closed.
        with contextlib.closing(sqlite3.connect(path)) as conn, conn:
            conn.execute("UPDATE interaction SET body = body || ' (ergänzt)'")

    with pytest.raises(ConversionFailed) as err:
        conversion.convert(path, None, key, after_copy=another_process_writes)
    assert "changed while" in str(err.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite3"]
    with Journal.open(path) as j:  # plain, as it was, with the other process's change
        rows = j.connection().execute("SELECT body FROM interaction").fetchall()
    assert rows == [(NOTE_TEXT + " (ergänzt)",)]


# -- converting an L journal, killed at random moments ------------------------------

_CONVERT = """
import os, signal, sys
from pathlib import Path
from netzjournal.store import cipher, conversion
path, mode, key = Path(sys.argv[1]), sys.argv[2], cipher.Key(raw=bytes.fromhex(sys.argv[3]))
die = (lambda: os.kill(os.getpid(), signal.SIGKILL)) if sys.argv[4] == "at-swap" else None
if mode == "on":
    conversion.convert(path, None, key, key_id="test", after_copy=die)
else:
    conversion.convert(path, key, None, after_copy=die)
"""


@pytest.fixture(scope="module")
def l_journal(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    from netzjournal.demo.generator import SIZES, DemoSpec, create_demo_journal

    folder = tmp_path_factory.mktemp("l-journal")
    contacts, years = SIZES["L"]
    before = cipher.active()
    cipher.activate(None)
    try:
        path = folder / "journal.sqlite3"
        create_demo_journal(path, DemoSpec(contacts=contacts, years=years, seed=1))
        with Journal.open(path) as j:
            counts = conversion._counts(j.connection())
    finally:
        cipher.activate(before)
    return path, counts


def _state(path: Path, key: cipher.Key) -> tuple[bool, dict[str, int]]:
    """Open whatever is in place now (plain or encrypted); its counts, checked."""
    encrypted = not cipher.is_plain_sqlite(path)
    cipher.activate(key if encrypted else None)
    with Journal.open(path, backup_dir=path.parent / "backups") as j:  # runs quick_check
        counts = conversion._counts(j.connection())
    assert not path.with_name(path.name + conversion.PART_SUFFIX).exists()
    return encrypted, counts


@pytest.mark.slow
@pytest.mark.plain_only  # chooses its own keys: once per CI run is enough (~1-2 min)
# Six conversions of an L journal: on a machine loaded by other work it ran past the
# suite's 5-minute limit, which takes the whole test worker down.
@pytest.mark.timeout(900)
def test_encrypt_and_decrypt_an_l_journal_killed_at_random_moments(
    l_journal: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    import random
    import shutil
    import subprocess
    import time

    source, counts = l_journal
    key = cipher.Key.random()
    rng = random.Random(19)

    def run(path: Path, mode: str, kill_after: float | None, at_swap: bool = False) -> float:
        args = [sys.executable, "-c", _CONVERT, str(path), mode, key.raw.hex()]  # type: ignore[union-attr]
        started = time.monotonic()
        proc = subprocess.Popen([*args, "at-swap" if at_swap else "-"])
        if kill_after is not None:
            try:
                proc.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                proc.kill()
        proc.wait(timeout=120)
        return time.monotonic() - started

    # One whole run each way: it works, and how long it takes (the kills fall inside).
    whole = tmp_path / "whole"
    whole.mkdir()
    shutil.copy(source, whole / "journal.sqlite3")
    took = run(whole / "journal.sqlite3", "on", None)
    assert _state(whole / "journal.sqlite3", key) == (True, counts)
    encrypted_source = tmp_path / "encrypted.sqlite3"  # the start of every decryption below
    shutil.copy(whole / "journal.sqlite3", encrypted_source)
    marker = tmp_path / "encrypted.marker"
    shutil.copy(whole / f"journal.sqlite3{cipher.MARKER_SUFFIX}", marker)
    run(whole / "journal.sqlite3", "off", None)
    assert _state(whole / "journal.sqlite3", key) == (False, counts)

    for mode in ("on", "off"):
        moments = [None, *(rng.uniform(0.05, took * 1.1) for _ in range(2))]
        for n, moment in enumerate(moments):
            folder = tmp_path / f"{mode}-{n}"
            folder.mkdir()
            path = folder / "journal.sqlite3"
            if mode == "on":
                shutil.copy(source, path)
            else:
                shutil.copy(encrypted_source, path)
                shutil.copy(marker, path.with_name(path.name + cipher.MARKER_SUFFIX))
            run(path, mode, moment, at_swap=moment is None)
            encrypted, found = _state(path, key)
            assert found == counts, (mode, moment)
            # Whatever happened, what was there before is still there beside it or in place.
            if encrypted != (mode == "off"):
                assert conversion.kept_originals(path), (mode, moment)


def test_the_log_keeps_no_error_text_while_the_journal_is_encrypted() -> None:
    from netzjournal import logs

    def fail() -> None:
        try:
            raise KeyError(UNIQUE)
        except KeyError as exc:
            raise ValueError(f"could not save the note about {UNIQUE}") from exc

    try:
        fail()
    except ValueError as exc:
        cipher.activate(None)
        assert logs.withheld(exc) is None
        cipher.activate(cipher.Key.random())
        text = logs.withheld(exc)
    assert text is not None
    assert UNIQUE not in text
    assert "ValueError (text withheld" in text and "KeyError (text withheld" in text
    assert "in fail" in text  # where it happened stays
