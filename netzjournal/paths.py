"""Where the journal and its companions live on disk.

This is the only module that talks to appdirs. The data folder is chosen, in
order of precedence, from an explicit ``--data-dir``, the ``NETZJOURNAL_HOME``
environment variable, and finally the platform's user data directory
(``~/.local/share/netzjournal`` on Linux).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import appdirs

APP_NAME = "netzjournal"
ENV_HOME = "NETZJOURNAL_HOME"
JOURNAL_FILE = "journal.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    """The files and folders that make up one journal's data folder."""

    root: Path

    @property
    def journal(self) -> Path:
        return self.root / JOURNAL_FILE

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
        """Create the folders (owner-only on POSIX: the journal is private)."""
        for folder in (self.root, self.backups, self.drafts, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)
        return self


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


def resources_dir() -> Path:
    """The ``resources`` folder: inside the package when installed, else the checkout's."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("netzjournal resources folder not found")
