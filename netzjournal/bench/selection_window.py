"""Closeness for a selection of 500 in the window (``netzjournal bench --selection``).

A copy of the size's demo journal opens in the window (offscreen, 1280×800, the
coach shown). The first 500 rows of the contacts list are selected and "Set
closeness ▸ 5" is chosen as the menu chooses it (``SelectionMenus.set_closeness``),
then undone. For each: the transactions the journal committed, the CPU time of the
write with its undo step, and each pane's refresh (how many, CPU time). The floor
is the same choice for one person, in the same run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SELECTED = 500


def run_selection_bench(seed: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QItemSelection, QItemSelectionModel, QTimer
    from PySide6.QtWidgets import QApplication

    from netzjournal import paths
    from netzjournal.store.changes import ChangeSet
    from netzjournal.store.journal import Journal
    from netzjournal.ui.main_window import CONTACTS, MainWindow
    from netzjournal.ui.refresh import DeferredRefresh

    if QApplication.instance() is None:
        QApplication([])
    root = Path(tempfile.mkdtemp(prefix="netzjournal-selection-bench-"))

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    try:
        where = paths.resolve(root).ensure()
        shutil.copyfile(seed, where.journal)  # (the cached journal stays as it was)
        journal = Journal.open(where.journal, backup_dir=where.backups)
        w = MainWindow(journal, where)
        w.remembers_layout = False
        w.resize(1280, 800)
        painted = QEventLoop()
        w.first_painted.connect(painted.quit)
        w.show()
        painted.exec()
        w.show_view(CONTACTS)
        wait(3000)  # the coach's first list and the rest of the start
        pane = w.contacts
        pane.model.complete()

        commits: list[ChangeSet] = []
        journal.subscribe(commits.append)
        refreshes: list[tuple[str, float]] = []

        def timed(real: Callable[[ChangeSet], None], name: str) -> Callable[[ChangeSet], None]:
            def refresh(changes: ChangeSet) -> None:
                cpu = time.process_time()
                real(changes)
                refreshes.append((name, (time.process_time() - cpu) * 1000))

            return refresh

        for refresher in w.findChildren(DeferredRefresh):
            refresher._refresh = timed(refresher._refresh, type(refresher._pane).__name__)

        def select(count: int) -> None:
            last = pane.model.index(count - 1, pane.model.columnCount() - 1)
            flags = QItemSelectionModel.SelectionFlag
            pane.table.selectionModel().select(
                QItemSelection(pane.model.index(0, 0), last), flags.ClearAndSelect | flags.Rows
            )
            wait(200)

        def measure(label: str, act: Callable[[], object]) -> None:
            commits.clear()
            refreshes.clear()
            cpu = time.process_time()
            act()
            spent = (time.process_time() - cpu) * 1000
            wait(1000)  # the list's and the coach's deferred refreshes
            panes = ", ".join(f"{name} {ms:.0f} ms" for name, ms in refreshes) or "none"
            people = sum(len(c.contacts) for c in commits)
            print(f"  {label:<26} {len(commits)} transaction(s), {people:4} people, "
                  f"write + step {spent:5.0f} ms CPU; refreshes: {panes}", flush=True)  # fmt: skip

        print(f"Closeness for a selection in the window ({seed.name}, offscreen, CPU times)")
        for count in (1, SELECTED):
            select(count)
            measure(f"{count} selected: set 5", lambda: pane.selection.set_closeness(5))
            measure(f"{count} selected: undo", w.undo_stack.undo)
        for refresher in w.findChildren(DeferredRefresh):
            refresher.cancel()
        w.close()
        journal.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0
