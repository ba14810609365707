"""Where the file dialogs open: the folder last used for the same kind of file in this
session, else where such files are found (exports from LinkedIn, Google or a calendar
land in Downloads; what netzjournal writes goes to Documents), else the home folder.

An empty folder argument made Qt open the process's working directory: for a window
started from a launcher that was ``/`` or the program's folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QStandardPaths

Kind = Literal["import", "export"]

_last: dict[Kind, Path] = {}


def folder_for(kind: Kind) -> Path:
    """The folder a file dialog for ``kind`` opens in (one that exists)."""
    last = _last.get(kind)
    if last is not None and last.is_dir():
        return last
    wanted = (
        QStandardPaths.StandardLocation.DownloadLocation
        if kind == "import"
        else QStandardPaths.StandardLocation.DocumentsLocation
    )
    for location in (wanted, QStandardPaths.StandardLocation.HomeLocation):
        found = QStandardPaths.writableLocation(location)
        if found and Path(found).is_dir():
            return Path(found)
    return Path.home()


def start_at(kind: Kind, name: str = "") -> str:
    """The dialog's starting point: the folder, with ``name`` suggested in it."""
    folder = folder_for(kind)
    return str(folder / name) if name else str(folder)


def chosen(kind: Kind, path: str | Path) -> None:
    """Remember where the person went for ``kind`` (a file's folder, or the folder)."""
    place = Path(path)
    _last[kind] = place if place.is_dir() else place.parent
