"""The files of the journals this process opened, which nothing else may be written over.

An export or a review the person names a file for is written by
:func:`netzjournal.private_files.write_named`: beside, then renamed over the name.
Named ``journal.sqlite3`` (a slip in the file dialog, ``-o`` on the command
line, a link to it), that rename put the export where the journal was: the
journal gone, and a running window writing on into the unlinked file. This
module knows which files are a journal's own — the journal, SQLite's files
beside it and everything in its backups folder — so that that
writer refuses them before it writes anything.
"""

from __future__ import annotations

import os
from pathlib import Path

# journal path -> its backups folder (kept for the life of the process: a command
# closes the journal before it writes its output)
_known: dict[Path, Path] = {}

_BESIDE = ("", "-wal", "-shm", "-journal")


def remember(journal: Path, backup_dir: Path) -> None:
    _known[Path(journal)] = Path(backup_dir)


def _real(path: Path) -> str:
    return os.path.realpath(path)


def _same_folder(a: str, b: Path) -> bool:
    """Whether two folders are one, by path or by what they are (a bind mount of
    the data folder; on a case-insensitive disk, another case of its name)."""
    if a == _real(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def owner(target: Path) -> Path | None:
    """The journal whose own file ``target`` is (through links, hard links, a bind
    mount of its folder), else None. ``target`` need not
    exist yet: a new ``journal.sqlite3-wal`` or a new file in the backups folder is
    refused too, by the folder it would be made in."""
    if not _known:
        return None
    real = _real(target)
    folder, name = os.path.split(real)
    for journal, backup_dir in _known.items():
        here = _same_folder(folder, journal.parent)
        for suffix in _BESIDE:
            own = journal.with_name(journal.name + suffix)
            if real == _real(own) or (here and name == own.name):
                return journal
            try:  # another name for the same file (a hard link)
                if os.path.samefile(real, own):
                    return journal
            except OSError:
                pass
        if _same_folder(folder, backup_dir):
            return journal
    return None
