"""A backup file from anywhere (another folder, another computer, a copy kept on a
stick): its key found, the file checked, then restored — one way for
``netzjournal backup restore FILE`` and the window's "Restore from file…" in
File → Backups. No Qt.

An encrypted backup file carries no key marker: the key that opens it is looked
for, never guessed by name — the key active here (a backup of this journal), the
keyring's netzjournal entries (``keys.key_for_backups``), then what the person
typed, as a recovery key and as a passphrase. Its check runs with that key
without changing the key the process works with (the window's workers use it).

Where the journal is missing (a new folder), the restored journal is the backup
as it was: encrypted with the same key, with a key marker of its own and, for a
keyring key, a keyring entry of its own — never the entry of the journal it came
from, which that journal's next change of key deletes. Where a journal is, it
keeps its protection: the backup is converted to its key first
(``backups.restore_backup``).
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path
from typing import NamedTuple

from netzjournal.store import backups, cipher
from netzjournal.store.errors import StoreError


class FileKey(NamedTuple):
    """The key that opens an encrypted backup file, and how it was found."""

    key: cipher.Key
    entry: str | None  # the keyring entry it came from (None: typed)


class KeyNeeded(StoreError):
    """No key known here opens the encrypted (or unreadable) file; nothing was changed.

    ``typed``: a passphrase or recovery key was given, and it does not open it either.
    """

    def __init__(self, path: Path, typed: bool) -> None:
        self.path = path
        self.typed = typed
        if typed:
            text = (
                f"The passphrase or recovery key given does not open {path.name} (or the file "
                "is not a netzjournal backup). Nothing was changed."
            )
        else:
            text = (
                f"{path.name} is encrypted with a key not known here (or it is not a "
                "netzjournal backup): give its passphrase or recovery key. Nothing was changed."
            )
        super().__init__(text)


def is_encrypted(path: Path) -> bool:
    """The file may be an encrypted backup: no SQLite header, and whole pages (an
    SQLCipher file is pages of 512 bytes or a power of two above; a text file or other
    garbage rarely is, and is then refused as not a journal, not asked a key for)."""
    try:
        whole_pages = path.stat().st_size % 512 == 0
    except OSError:
        return False
    return whole_pages and cipher.looks_encrypted(path)


def key_for(path: Path, journal: Path, secret: str | None = None) -> FileKey | None:
    """None for a plain file; else the key that opens the encrypted file ``path``:
    the active key, a keyring entry, or ``secret`` (recovery key, else passphrase).
    :class:`KeyNeeded` when none does."""
    if not is_encrypted(path):
        return None
    active = cipher.active()
    if active is not None and cipher.key_opens(path, active):
        return FileKey(active, cipher.active_key_id())
    if not cipher.available():
        raise KeyNeeded(path, typed=False)
    from netzjournal import keys

    for beside in (path.parent.parent / journal.name, path.parent / journal.name):
        # A file in another data folder's backups (or beside its journal): that
        # journal's marker names its keyring entry (a keyring that cannot list its
        # entries — macOS's, Windows' — is asked for it by name).
        marker = cipher.read_marker(beside)
        for kept in (marker, marker and marker.previous):
            key = keys.load_key(kept.key_id) if kept and kept.mode == "keyring" else None
            if key is not None and cipher.key_opens(path, key):
                return FileKey(key, kept.key_id if kept else None)
    found = keys.key_for_backups([path], journal, secret or None)
    if found is None:
        raise KeyNeeded(path, typed=bool(secret))
    return FileKey(*found)


def check(
    path: Path, found: FileKey | None, journal_has_data: bool = False, journal: Path | None = None
) -> None:
    """:func:`backups.verify_backup` with the file's own key: :class:`JournalDamaged`
    says why it is unfit (damaged, not a journal, from a newer version, empty).
    Nothing writes a file from elsewhere (``backups.untouched``: read ``immutable``,
    or with its ``-wal`` on a copy beside ``journal``), so a question cancelled leaves
    no ``-shm``/``-wal`` beside the person's file (a WAL journal's copy opened
    read-only gets both), and the ``-wal``'s rows are checked too."""
    key = found.key if found else None
    with backups.untouched(path, journal) as (readable, immutable):
        backups.verify_backup(
            readable, journal_has_data, key=key, immutable=immutable, shown_as=path
        )


def restore_where_missing(
    journal: Path, source: Path, found: FileKey | None, now: dt.datetime | None = None
) -> Path | None:
    """Put the checked backup ``source`` where the journal is missing (or unreadable:
    kept aside, see ``backups.recover_from_backup``). An encrypted one stays encrypted
    with its key, which this process then works with; its marker and (a raw key, where
    a keyring is) keyring entry are the new journal's own. Returns the kept file."""
    if found is None:
        return backups.recover_from_backup(journal, source, now)
    from netzjournal import keys

    marker = cipher.read_marker(journal)
    if marker is not None and marker.matches_any(found.key):
        # The key note of this very journal, left when its file went: it stays.
        cipher.activate(found.key, marker.key_id)
        return backups.recover_from_backup(journal, source, now)
    aside = None
    if cipher.marker_path(journal).exists():
        # A key note left by a journal gone before: it is not this file's, and beside
        # it the restored journal would look like one under a wrong key. Kept aside
        # (it names the keyring entry that journal's backups may need).
        from netzjournal.store import walcheck

        aside = walcheck.set_aside(journal, suffix=cipher.MARKER_SUFFIX)
    if found.entry is not None and (found.key, found.entry) == (
        cipher.active(),
        cipher.active_key_id(),
    ):
        # The key this process was unlocked with for this folder (the backups of a
        # journal gone with its marker, `cli._key_for_backups`): that journal's own
        # entry, which its marker named.
        return backups.recover_from_backup(journal, source, now)
    key_id = uuid.uuid4().hex
    stored = False
    if found.key.raw is not None:
        try:
            keys.store_key(key_id, found.key)  # first: a kill after it leaves an entry, never
            stored = True  # a journal whose marker names none
        except keys.NoKeyring:
            pass  # the next start asks for the recovery key, as on a computer without one
    before = cipher.active(), cipher.active_key_id()
    cipher.activate(found.key, key_id)
    try:
        return backups.recover_from_backup(journal, source, now)
    except BaseException:
        cipher.activate(*before)
        if stored:
            keys.delete_key(key_id)
        if aside is not None and not cipher.marker_path(journal).exists():
            os.replace(aside, cipher.marker_path(journal))  # nothing changed: back in place
        raise
