"""Quick-note drafts on disk: written while typing, offered back after a crash.

Pure Python (no Qt): a draft is a small JSON object written atomically
(temporary file, fsync, rename), so a kill mid-write leaves the previous
draft intact.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

DRAFT_NAME = "quick-note.json"


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.path = folder / DRAFT_NAME

    def save(self, fields: dict[str, object]) -> None:
        """Write the draft atomically; raises :class:`OSError` (disk full, no
        permission) and leaves the previous draft as it was."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            data = json.dumps(fields, ensure_ascii=False, indent=1).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (pasted text): JSON escapes keep it
            data = json.dumps(fields, indent=1).encode("ascii")
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

    def load(self) -> dict[str, object] | None:
        """The saved draft, or None when there is none (or it is unreadable)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
