"""Errors the store raises; each one carries a message fit for a person."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class for everything the store refuses to do."""


class JournalDamaged(StoreError):
    """The file is not a SQLite database, is truncated, or fails its check.

    The file is never modified when this is raised; the UI offers to restore
    a backup instead.
    """

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
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


class JournalLocked(StoreError):
    """Another process holds a write lock for longer than the busy timeout."""


class NotFound(StoreError):
    """A row the caller named does not exist (any more)."""


class ValidationError(StoreError):
    """A value the caller passed is not acceptable (message says which)."""
