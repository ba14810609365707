"""Quick-note drafts on disk: written while typing, offered back after a crash.

Pure Python (no Qt): a draft is a small JSON object written atomically
(temporary file, fsync, rename), so a kill mid-write leaves the previous
draft intact. Beside an encrypted journal (a key is active) the JSON is
sealed in a small SQLCipher file with the journal's key instead
(``quick-note.sealed``), and a plain draft is never written.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from collections.abc import Callable
from pathlib import Path

from netzjournal.store import cipher

DRAFT_NAME = "quick-note.json"
SEALED_NAME = "quick-note.sealed"


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.path = folder / DRAFT_NAME
        self.sealed = folder / SEALED_NAME

    def save(self, fields: dict[str, object]) -> None:
        """Write the draft atomically; raises :class:`OSError` (disk full, no
        permission) and leaves the previous draft as it was."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            data = json.dumps(fields, ensure_ascii=False, indent=1).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (pasted text): JSON escapes keep it
            data = json.dumps(fields, indent=1).encode("ascii")
        key = cipher.active()
        if key is not None:
            try:
                cipher.write_sealed(self.sealed, data, key)
            except cipher.Error as exc:  # the disk is full, the folder write-protected
                full = "full" in str(exc).lower()
                code = errno.ENOSPC if full else errno.EIO
                raise OSError(code, os.strerror(code)) from exc
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()  # a plain draft from before the encryption
            return
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            try:
                view = memoryview(data)
                while view:  # os.write may write less than asked
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    @property
    def current(self) -> Path:
        """The file a draft is written to now (sealed beside an encrypted journal)."""
        return self.sealed if cipher.active() is not None else self.path

    def load(self) -> dict[str, object] | None:
        """The saved draft, or None when there is none (or it is unreadable)."""
        key = cipher.active()
        sealed = cipher.read_sealed(self.sealed, key) if key is not None else None
        try:
            if sealed is not None:
                data = json.loads(sealed.decode("utf-8"))
            else:
                data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def reseal(self, between: Callable[[], object] = lambda: None) -> None:
        """Write the draft again the way the journal is now (sealed, or plain).

        ``between`` runs after reading and before writing: switching the key off
        there turns a sealed draft into a plain one.
        """
        found = self.load()
        between()
        if found is None:
            return
        self.clear()
        self.save(found)

    def clear(self) -> None:
        for path in (self.path, self.sealed):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
