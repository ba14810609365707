"""A demo journal's own folder: made in the temporary directory by "Explore a
demo journal", marked as a demo, and removed again when its window closes."""

from __future__ import annotations

from pathlib import Path

MARKER = "DEMO-JOURNAL"  # a demo's data folder holds this file
PREFIX = "netzjournal-demo-"


def is_temporary_demo(root: Path) -> bool:
    """Only a folder this app made for a demo: marked, named so, and directly in
    the temporary directory. A data folder the user chose is never one."""
    import tempfile  # (not at import: the window reads MARKER while it starts)

    try:
        root = root.resolve()
        return (
            root.name.startswith(PREFIX)
            and root.parent == Path(tempfile.gettempdir()).resolve()
            and (root / MARKER).is_file()
        )
    except OSError:
        return False


def remove_temporary_demo(root: Path) -> bool:
    """Remove a demo's temporary folder (after its window closed); True if removed."""
    import shutil

    if not is_temporary_demo(root):
        return False
    shutil.rmtree(root, ignore_errors=True)
    return not root.exists()
