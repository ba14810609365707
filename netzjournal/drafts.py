"""Editor drafts on disk: written while typing, offered back after a crash.

Pure Python (no Qt): a draft is a small JSON object written atomically
(temporary file, fsync, rename), so a kill mid-write leaves the previous
draft intact. Beside an encrypted journal (a key is active) the JSON is
sealed in a small SQLCipher file with the journal's key instead
(``quick-note.sealed``), and a plain draft is never written.

One file per editor: ``quick-note``; the contact editor's and the note
editor's are keyed by the record's id (``contact-12``, ``note-7``), so a
draft goes back to that record and never to a namesake.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from netzjournal.store import cipher

QUICK_NOTE = "quick-note"
_RECORD_DRAFT = re.compile(r"(contact|note)-([0-9]+)\.(?:json|sealed)")


class DraftStore:
    def __init__(self, folder: Path, name: str = QUICK_NOTE) -> None:
        self.path = folder / (name + ".json")
        self.sealed = folder / (name + ".sealed")

    @classmethod
    def of_record(cls, folder: Path, kind: str, record_id: int) -> DraftStore:
        """The draft of the contact (``kind`` "contact") or note ("note") with this id."""
        return cls(folder, f"{kind}-{int(record_id)}")

    def save(self, fields: dict[str, object]) -> None:
        """Write the draft atomically; raises :class:`OSError` (disk full, no
        permission, the data folder gone) and leaves the previous draft as it was.

        The drafts folder is made when missing, its parent (the data folder) never:
        a folder deleted or moved away under the running window must not come back
        holding drafts and no journal (the next start would take it for a first
        start, or a moved folder could not be put back)."""
        self.path.parent.mkdir(exist_ok=True)
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

    def exists(self) -> bool:
        """A file is there (one stat each; whether it holds a draft is :meth:`load`'s)."""
        return self.path.exists() or self.sealed.exists()

    def clear(self) -> None:
        for path in (self.path, self.sealed):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def record_drafts(folder: Path) -> Iterator[tuple[str, int, DraftStore]]:
    """The contact and note drafts in ``folder``: (kind, id, store), by kind and id."""
    try:
        names = sorted(p.name for p in folder.iterdir())
    except OSError:  # no folder yet (or it cannot be read): no drafts to offer
        return
    found = sorted({(m[1], int(m[2])) for n in names if (m := _RECORD_DRAFT.fullmatch(n))})
    for kind, record_id in found:
        yield kind, record_id, DraftStore.of_record(folder, kind, record_id)


def reseal_all(folder: Path, between: Callable[[], object] = lambda: None) -> None:
    """:meth:`DraftStore.reseal` for every draft in ``folder``: all read before
    ``between`` runs (it may switch the key off), then each written again."""
    stores = [DraftStore(folder)] + [store for _, _, store in record_drafts(folder)]
    found = [(store, store.load()) for store in stores]
    between()
    for store, data in found:
        if data is not None:
            store.clear()
            store.save(data)
