"""A journal file that is gone where an earlier journal left its traces.

A first start finds nothing in the data folder. A folder with backups or drafts
but no ``journal.sqlite3`` had a journal: it
was deleted or moved (a sync client, a clean-up tool, a folder moved by hand).
Creating a new, empty journal there without a word would look to its owner as
if everything were gone; :meth:`Journal.open` refuses instead
(:class:`~netzjournal.store.errors.JournalMissing`) until the person chooses
to restore a backup or to start anew.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class Traces(NamedTuple):
    """What an earlier journal left beside the missing file. (No dataclass: this
    module loads at every start, and ``dataclasses`` compiles a regular expression.)"""

    backups: int  # backup files (each not empty; checked when offered)
    drafts: int  # editors' drafts


def _count(folder: Path, wanted: tuple[str, ...]) -> int:
    try:
        return sum(
            1
            for p in folder.iterdir()
            if p.name.endswith(wanted) and p.is_file() and p.stat().st_size > 0
        )
    except OSError:  # (no folder, or one we may not read: no evidence)
        return 0


def count_backups(backup_dir: Path) -> int:
    """The backup files (not empty) in ``backup_dir``; 0 without one."""
    return _count(backup_dir, (".sqlite3",))


def traces(backup_dir: Path) -> Traces | None:
    """The traces of an earlier journal whose backups went to ``backup_dir`` (the
    journal file is not there), or None for a first start. The drafts folder is
    the backups folder's sibling, as in :class:`netzjournal.paths.DataPaths`."""
    found = Traces(
        count_backups(backup_dir), _count(backup_dir.parent / "drafts", (".json", ".sealed"))
    )
    return found if found.backups or found.drafts else None
