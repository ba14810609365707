"""``netzjournal encryption status | on | off | passphrase | confirm`` and the key for
every command.

Every command that opens an encrypted journal first unlocks it
(:func:`unlock`): from the keyring by default (``--key-from-keyring``), or
from one line on standard input (``--passphrase-stdin``: the passphrase, or
for a keyring journal its recovery key). ``on`` and ``off`` convert the
journal in place (see :mod:`netzjournal.store.conversion`) while holding the
window's instance lock; ``passphrase`` changes the key the same way (the old
key from the keyring or the first line, the new passphrase from the next line
with ``--new-passphrase-stdin``, else a new keyring key and recovery key) and
puts the backups under the new key; ``confirm`` removes the kept original and
converts the backups to match.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from netzjournal import keys, paths
from netzjournal.cli import fail, stdin_secret
from netzjournal.drafts import reseal_all
from netzjournal.store import cipher, conversion
from netzjournal.store.errors import JournalKeyError

WARNING = (
    "Encryption: without the key nobody can open this journal — not you either. "
    "With the keyring, the key lives in this computer's keyring; write down the "
    "recovery key shown below and keep it somewhere safe: it is the only other way in. "
    "With a passphrase, forgetting it loses the journal."
)


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    enc = sub.add_parser(
        "encryption", parents=[common], help="encrypt or decrypt the journal (SQLCipher)"
    )
    enc.add_argument("action", choices=("status", "on", "off", "passphrase", "confirm"))
    enc.add_argument(
        "--new-passphrase-stdin",
        action="store_true",
        help="on, passphrase: protect with a passphrase read from standard input (after "
        "the old one's line with --passphrase-stdin) instead of a key in the keyring",
    )


def _read_line() -> str:
    """Standard input's first line ("" when it is closed or at its end)."""
    line = sys.stdin.readline() if sys.stdin is not None else ""  # (None: fd 0 closed)
    return line.rstrip("\r\n")


def unlock(args: argparse.Namespace) -> int | None:
    """Activate the key of the data folder's journal, if it is encrypted.

    Returns an exit status when it cannot be unlocked, else None (also for a
    plain journal, or none at all).
    """
    where = paths.resolve(getattr(args, "data_dir", None))
    if keys.pending_key(where.journal):  # (one stat: a command making a key, or killed)
        from netzjournal.backup_command import _window_closed

        with _window_closed(where) as free:
            if free:  # (else a window or a command is at work and may be making it now)
                keys.forget_orphaned_key(where.journal)
    lock = keys.lock_of(where.journal)
    if not lock.encrypted:
        return None
    current = cipher.active()
    marker = cipher.read_marker(where.journal)
    if (
        current is not None
        and marker is not None
        and not getattr(args, "passphrase_stdin", False)
        and marker.matches(current)
    ):
        return None  # this process holds the journal's key already
    if getattr(args, "passphrase_stdin", False):
        secret = stdin_secret(args) or ""
        if not secret:  # (taken as a passphrase, SQLCipher opened it keyless: "damaged")
            return fail("no passphrase or recovery key was given; nothing was changed")
        try:
            key = keys.key_from_secret(where.journal, secret)
        except ValueError as exc:
            return fail(f"{exc}; nothing was changed")
    else:
        found = keys.key_from_keyring(where.journal)
        if found is None:
            if lock.mode == "passphrase":
                return fail(
                    f"{where.journal} is protected by a passphrase: give it with --passphrase-stdin"
                )
            return fail(
                f"{where.journal} is encrypted and its key is not in this system's keyring; "
                "give the recovery key with --passphrase-stdin"
            )
        key = found
    cipher.activate(key)
    return None


def run(args: argparse.Namespace) -> int:
    where = paths.resolve(getattr(args, "data_dir", None))
    lock = keys.lock_of(where.journal)
    if args.action == "status":
        if not lock.encrypted:
            print("not encrypted")
        else:
            print(f"encrypted (key: {lock.mode})")
        for kept in conversion.kept_originals(where.journal):
            print(f"kept until 'netzjournal encryption confirm': {kept}")
        _orphaned_key(where)
        return 0
    if not where.journal.exists():
        return fail(f"no journal at {where.journal}")
    from netzjournal.backup_command import _window_closed

    with _window_closed(where) as free:
        if not free:
            return fail("netzjournal is open with this data folder; close the window first")
        keys.forget_orphaned_key(where.journal)  # ("on" is not unlocked first)
        if args.action == "on":
            return _turn_on(where, args, lock)
        if args.action == "off":
            return _turn_off(where, lock)
        if args.action == "passphrase":
            return _change_key(where, args, lock)
        return _confirm(where, lock)


def _orphaned_key(where: paths.DataPaths) -> None:
    """``status``: a keyring entry a stopped command made (``<journal>.new-key.json``)
    is removed as every other command removes it, under the window's instance lock
    (no window or command is making a key for the journal meanwhile); while a window
    or a command holds that lock, it is left and said why. One stat when there is none."""
    if not keys.pending_key(where.journal):
        return
    from netzjournal.backup_command import _window_closed

    with _window_closed(where) as free:
        if not free:
            print(
                "netzjournal: a keyring entry a stopped command made is left for now: "
                "netzjournal is at work with this data folder (a window or a command "
                "may be making a key); it is removed at the next start",
                file=sys.stderr,
            )
            return
        if keys.forget_orphaned_key(where.journal):
            print("removed a keyring entry a stopped command had made (it opened nothing)")


def _settle(where: paths.DataPaths) -> None:
    """Open and close the journal once: its -wal is checkpointed (and checked)."""
    from netzjournal.cli import upgrade_step_sayer
    from netzjournal.store.journal import Journal

    Journal.open(
        where.journal, backup_dir=where.backups, on_stage=upgrade_step_sayer(where)
    ).close()


def _new_key(
    where: paths.DataPaths, args: argparse.Namespace, instead: str, after: str = ""
) -> keys.NewKey | None:
    """The new key: the passphrase on standard input (``--new-passphrase-stdin``), else
    a new keyring key (its id noted beside the journal until :func:`_converted` is done:
    a kill in between leaves no unknown entry); None when there is none (said, with
    ``after``)."""
    try:
        if args.new_passphrase_stdin:
            return keys.new_passphrase_key(_read_line())
        return keys.new_keyring_key(pending_for=where.journal)
    except keys.NoKeyring:
        fail(f"this system has no keyring; use --new-passphrase-stdin to {instead}{after}")
    except ValueError as exc:
        fail(f"{exc}{after}")
    return None


def _turn_on(where: paths.DataPaths, args: argparse.Namespace, lock: keys.Lock) -> int:
    if lock.encrypted:
        return fail("the journal is encrypted already")
    if not cipher.available():
        return fail("the SQLCipher binding is missing: pip install sqlcipher3")
    print(WARNING, file=sys.stderr)
    cipher.activate(None)
    _settle(where)
    new = _new_key(where, args, "protect the journal with a passphrase instead")
    if new is None:
        return 2
    done = _converted(where, None, new)
    cipher.activate(new.key)
    reseal_all(where.drafts)
    print(f"The journal is encrypted ({done.rows} rows checked).")
    if new.recovery is not None:
        print("Recovery key (shown only now — write it down or print it):")
        print(f"  {new.recovery}")
    print(
        f"The unencrypted original is kept as {done.kept} until you run "
        "'netzjournal encryption confirm' (that also encrypts the backups)."
    )
    return 0


def _converted(
    where: paths.DataPaths, old: cipher.Key | None, new: keys.NewKey
) -> conversion.Converted:
    """:func:`conversion.convert` to ``new``; a new keyring entry the journal did not get
    is deleted again."""
    try:
        # (A change of the key takes the backups along: see conversion.convert.)
        along = where.backups if old is not None else None
        done = conversion.convert(where.journal, old, new.key, new.key_id, backup_dir=along)
    except BaseException:
        if new.recovery is not None:  # the new key opens nothing: not left in the keyring
            keys.delete_key(new.key_id)
            keys.key_settled(where.journal)
        raise
    if new.recovery is not None:
        keys.key_settled(where.journal)
    return done


def _turn_off(where: paths.DataPaths, lock: keys.Lock) -> int:
    if not lock.encrypted:
        return fail("the journal is not encrypted")
    key = cipher.active()
    if key is None:
        return fail("the journal's key is needed (keyring or --passphrase-stdin)")
    _settle(where)
    try:
        done = conversion.convert(where.journal, key, None)
    except JournalKeyError as exc:
        return fail(str(exc))
    # The backups follow now, while the key is at hand (the marker is gone).
    conversion.convert_backups(where.backups, key, None)
    reseal_all(where.drafts, between=lambda: cipher.activate(None))
    print(f"The journal is decrypted ({done.rows} rows checked).")
    print(
        f"The encrypted original is kept as {done.kept} until you run "
        "'netzjournal encryption confirm'."
    )
    return 0


def _change_key(where: paths.DataPaths, args: argparse.Namespace, lock: keys.Lock) -> int:
    """A new passphrase (or keyring key) for an encrypted journal and its backups."""
    if not lock.encrypted:
        return fail("the journal is not encrypted ('netzjournal encryption on' encrypts it)")
    old = cipher.active()
    if old is None:
        return fail("the journal's key is needed (keyring or --passphrase-stdin)")
    _settle(where)
    new = _new_key(where, args, "choose a new passphrase", "; nothing was changed")
    if new is None:
        return 2
    if new.key == old:
        return fail("the new passphrase is the old one; nothing was changed")
    done = _converted(where, old, new)
    left = done.left  # (the others have the new key: the old one may be known)
    reseal_all(where.drafts, between=lambda: cipher.activate(new.key))
    if lock.mode == "keyring" and lock.key_id:
        keys.delete_key(lock.key_id)  # the old key opens only the kept original now
    print(f"The journal has a new {'passphrase' if new.recovery is None else 'key'} "
          f"({done.rows} rows checked).")  # fmt: skip
    if new.recovery is not None:
        print("New recovery key (shown only now — write it down or print it; the old one "
              "no longer opens the journal):")  # fmt: skip
        print(f"  {new.recovery}")
    for backup, why in left.items():
        print(f"netzjournal: the backup {backup} could not be converted and opens only "
              f"with the old key: whoever knows it can read it ({why})",
              file=sys.stderr)  # fmt: skip
    print(
        f"The journal as it was, under the old key, is kept as {done.kept} until you run "
        "'netzjournal encryption confirm'; whoever knows the old key can read it."
    )
    return 0


def _confirm(where: paths.DataPaths, lock: keys.Lock) -> int:
    kept = conversion.kept_originals(where.journal)
    if not kept:
        print("nothing to confirm")
        return 0
    key = cipher.active() if lock.encrypted else None
    if lock.encrypted and key is None:
        return fail("the journal's key is needed (keyring or --passphrase-stdin)")
    for path in conversion.finish(where.journal, where.backups, key):
        print(f"removed {path}")
    return 0
