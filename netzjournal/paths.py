"""Where the journal and its companions live on disk.

This is the only module that talks to appdirs. The data folder is chosen, in
order of precedence, from an explicit ``--data-dir``, the ``NETZJOURNAL_HOME``
environment variable, and finally the platform's user data directory
(``~/.local/share/netzjournal`` on Linux).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import NamedTuple

import appdirs

APP_NAME = "netzjournal"
ENV_HOME = "NETZJOURNAL_HOME"
JOURNAL_FILE = "journal.sqlite3"


class DataPaths(NamedTuple):
    """The files and folders that make up one journal's data folder."""

    root: Path

    @property
    def journal(self) -> Path:
        """The journal file; where it is a symbolic link, the file it names (its
        ``-wal`` is there, and a restore or encryption replaces that file)."""
        from netzjournal.store.environment import journal_file

        return journal_file(self.root / JOURNAL_FILE)

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def drafts(self) -> Path:
        return self.root / "drafts"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        """Create the folders that are missing (owner-only: the journal is private).

        Folders that exist keep their permissions: netzjournal never changes
        them (a write-protected folder means the journal opens read-only).
        The data folder itself must be creatable (else :class:`OSError`);
        the others are created when possible — a read-only data folder has
        none, and nothing needs them then.
        """
        _make_private_dir(self.root)
        for folder in (self.backups, self.drafts, self.logs):
            # Read-only, or not ours: reported when something needs to write.
            with contextlib.suppress(OSError):
                _make_private_dir(folder)
        return self


def _make_private_dir(folder: Path) -> None:
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        if not folder.is_dir():
            raise
        return
    if os.name == "posix":
        # mkdir's mode passes through the umask; ours alone: a folder we just made.
        folder.chmod(0o700)


def default_root() -> Path:
    """The platform's data folder for netzjournal, without any override."""
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """Return the data paths, honouring ``--data-dir`` and ``NETZJOURNAL_HOME``."""
    if data_dir:
        root = Path(data_dir)
    elif os.environ.get(ENV_HOME):
        root = Path(os.environ[ENV_HOME])
    else:
        root = default_root()
    return DataPaths(root.expanduser().absolute())


def named_but_missing(data_dir: str | os.PathLike[str] | None = None) -> bool:
    """A data folder named by ``--data-dir`` or ``NETZJOURNAL_HOME`` that does not exist:
    most likely mistyped, so nothing is made there without asking (the command line
    refuses, the window asks). The platform's own folder is made on first use."""
    named = bool(data_dir) or bool(os.environ.get(ENV_HOME))
    if not named:
        return False
    where = resolve(data_dir)
    return not where.root.exists() and not where.journal.exists()


def resources_dir() -> Path:
    """The ``resources`` folder: inside the package when installed, else the checkout's."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("netzjournal resources folder not found")
