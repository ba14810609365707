"""Errors the store raises; each one carries a message fit for a person."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class for everything the store refuses to do."""


class JournalDamaged(StoreError):
    """The file is not a SQLite database, is truncated, or fails its check.

    The file is never modified when this is raised; the UI offers to restore
    a backup instead. ``code`` says what kind of damage (see
    :data:`netzjournal.store.verify.PROBLEMS`); ``detail`` is SQLite's or our
    own wording.
    """

    def __init__(self, path: Path, detail: str, code: str = "damaged") -> None:
        self.path = path
        self.detail = detail
        self.code = code
        super().__init__(f"The journal {path} cannot be read: {detail}")


class JournalTooNew(StoreError):
    """The journal was written by a newer netzjournal than this one."""

    def __init__(
        self, path: Path, found_app: str, found_schema: int, our_app: str, our_schema: int
    ) -> None:
        self.path = path
        self.found_app = found_app
        self.found_schema = found_schema
        self.our_app = our_app
        self.our_schema = our_schema
        super().__init__(
            f"The journal {path} was written by netzjournal {found_app} (schema "
            f"{found_schema}); this is netzjournal {our_app} (schema {our_schema}). "
            "Please update netzjournal. The journal can still be opened read-only."
        )


# What can stand between the user and an intact journal file. The codes are
# stable: the window words them (ui/startup_dialogs.py), the command line
# prints :data:`UNAVAILABLE_MESSAGES`.
UNAVAILABLE_MESSAGES = {
    "disk-full": "The disk holding {path} is full. Free some space and start again.",
    "io-error": (
        "The disk reported an input/output error for {path}. Check the drive "
        "(or the network share) and start again."
    ),
    "permission-denied": (
        "netzjournal may not use {path} (permission denied). Check the owner "
        "and permissions of the file and its folder."
    ),
    "read-only": (
        "{path} cannot be written (a write-protected file, folder or disk); "
        "this command needs to write."
    ),
    "locked": (
        "Another program holds a lock on {path}. Close it (or wait until it "
        "has finished) and try again."
    ),
    "upgrading": (
        "{path} is being updated for this version by another netzjournal. Try again in a moment."
    ),
    "is-a-directory": (
        "{path} is a folder, not a journal file. Move it aside or choose another "
        "data folder with --data-dir."
    ),
    "not-a-folder": (
        "{path} is a file where the data folder should be. Move it aside or choose "
        "another data folder with --data-dir."
    ),
    "name-too-long": (
        "{path} is a name too long for the disk (a name in it, or the whole path). "
        "Choose a shorter data folder with --data-dir."
    ),
    "link-target-missing": (
        "{path} is a link to a place that is not there (a disk or network folder "
        "not connected?). Connect it and try again."
    ),
    "moved": (
        "{path} was moved or deleted while netzjournal had it open; nothing more "
        "can be saved to it. Put it back (or restore a backup) and start again."
    ),
}


class JournalUnavailable(StoreError):
    """The journal cannot be used because of its surroundings, not its content.

    ``kind`` is one of :data:`UNAVAILABLE_MESSAGES`: a full disk, an I/O
    error, missing permission, a read-only file or mount, a lock held by
    another process, a folder where the file should be (or a file where the
    folder should be). Nothing was changed; restoring a backup would not help
    and is never offered.
    """

    def __init__(self, path: Path, kind: str, detail: str = "") -> None:
        self.path = path
        self.kind = kind
        self.detail = detail
        text = UNAVAILABLE_MESSAGES.get(kind, "{path} cannot be used.").format(path=path)
        super().__init__(f"{text} Nothing was changed." + (f" ({detail})" if detail else ""))


class JournalMissing(StoreError):
    """The journal file is gone, but backups or drafts show that there
    was one (see :mod:`netzjournal.store.missing`). Nothing was created: the person
    chooses between restoring a backup and starting a new, empty journal."""

    def __init__(self, path: Path, backups: int, drafts: int) -> None:
        self.path = path
        self.backups = backups
        self.drafts = drafts
        found = [
            f"{backups} backup{'s' if backups != 1 else ''}" if backups else "",
            f"{drafts} draft{'s' if drafts != 1 else ''}" if drafts else "",
        ]
        super().__init__(
            f"There is no journal at {path}, though an earlier one left "
            f"{' and '.join(f for f in found if f)} there: the file was deleted or moved. "
            "Nothing was created."
        )


class JournalMoved(JournalUnavailable):
    """A write refused because the journal's file was deleted or moved away while open
    (kind "moved"); ``journal`` is the open journal, which ``store.write_back`` can put
    back at its path."""

    def __init__(self, path: Path, journal: object) -> None:
        super().__init__(path, "moved")
        self.journal = journal


class JournalLocked(StoreError):
    """Another process holds a write lock for longer than the busy timeout."""


class NotFound(StoreError):
    """A row the caller named does not exist (any more)."""


class ValidationError(StoreError):
    """A value the caller passed is not acceptable (message says which)."""


# What stands between the user and an encrypted journal: the key, never the file.
KEY_MESSAGES = {
    "wrong-key": (
        "The key for {path} is wrong: the journal is encrypted and this key does not "
        "open it. Nothing is damaged and nothing was changed. Use the right passphrase "
        "or the recovery key."
    ),
    "key-changed": (
        "The key of {path} was being changed when netzjournal was stopped, and this "
        "key is the other one: the journal opens with the key from before the change "
        "or with the new one. Nothing is damaged and nothing was changed."
    ),
    "no-key": (
        "{path} is encrypted and no key for it was found (no keyring entry). Give the "
        "passphrase or the recovery key. Nothing was changed."
    ),
    "binding-missing": (
        "{path} is encrypted, but this installation lacks the SQLCipher binding "
        "(pip install sqlcipher3). Nothing was changed."
    ),
}


class JournalKeyError(StoreError):
    """An encrypted journal the given key does not open (or no key was given).

    ``kind`` is one of :data:`KEY_MESSAGES`. This is never damage: the file was
    not touched, and restoring a backup (encrypted with the same key) would not
    help, so none is offered.
    """

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind
        super().__init__(KEY_MESSAGES.get(kind, "{path} cannot be unlocked.").format(path=path))
