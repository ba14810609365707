"""Where the file dialogs open: the folder last used for the same kind of file (in this
session, and kept in the data folder's window.ini for the next one: an export folder
chosen for the import was to be found again every start), else where such files are
found (exports from LinkedIn, Google or a calendar land in Downloads; what netzjournal
writes goes to Documents), else the home folder.

An empty folder argument made Qt open the process's working directory: for a window
started from a launcher that was ``/`` or the program's folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

Kind = Literal["import", "export"]

_last: dict[Kind, Path] = {}
# The window's settings (window.ini), where the folders are kept between sessions;
# none until a window says which (``keep_in``), e.g. under --screenshot.
_settings: Callable[[], QSettings] | None = None


def keep_in(settings: Callable[[], QSettings] | None) -> None:
    """Keep the folders chosen in these settings (the window's), and start from them."""
    global _settings
    _settings = settings
    _last.clear()  # (another data folder: its own places)


def _key(kind: Kind) -> str:
    return f"files/{kind}_folder"


def folder_for(kind: Kind) -> Path:
    """The folder a file dialog for ``kind`` opens in (one that exists)."""
    from PySide6.QtCore import QStandardPaths  # (at the first dialog, not at the start)

    last = _last.get(kind)
    if last is None and _settings is not None:
        kept = _settings().value(_key(kind))
        last = Path(kept) if isinstance(kept, str) and kept else None
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
    if _settings is not None:
        _settings().setValue(_key(kind), str(_last[kind]))
