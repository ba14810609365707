"""The window while it syncs (``netzjournal bench --sync``, last part).

An L journal's window (offscreen) syncs with a local Radicale the way the user
starts it (File → Sync now: a child process), three times: the first sync
into an empty server, a sync after ten cards changed on the server (the
window re-reads what changed), and one with nothing changed. A 5 ms timer on
the main thread measures the longest gap between its ticks (the longest
stall) during each, from the start until two seconds after the sync ended;
the floor is the same probe on the idle window in the same run. Beside the
longest gap, the most main-thread CPU time spent inside one gap ("busy"): on
a machine shared with other work a gap can be the scheduler's, not ours.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path

from netzjournal.bench.sync_figures import PASSWORD, USER, radicale

TAIL_S = 2.0  # panes may refresh just after the sync's end


def run_window_bench(seed: Path, root: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The child process must never touch the user's keyring.
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    os.environ["NETZJOURNAL_SYNC_PASSWORD"] = PASSWORD  # read by the sync child
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from netzjournal import paths
    from netzjournal.store import sync_state
    from netzjournal.store.journal import Journal
    from netzjournal.sync import settings as sync_settings
    from netzjournal.sync.dav import DavClient
    from netzjournal.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    assert app is not None
    proc, url = radicale(root / "window-radicale")
    where = paths.resolve(root / "window-data").ensure()
    shutil.copyfile(seed, where.journal)
    journal = Journal.open(where.journal, backup_dir=where.backups)
    sync_settings.save(journal, sync_settings.SyncSettings(enabled=True, url=url, user=USER))
    try:
        w = MainWindow(journal, where)
        w.resize(1280, 800)
        loop = QEventLoop()
        w.first_painted.connect(loop.quit)
        w.show()
        loop.exec()

        gaps: list[tuple[float, float]] = []  # (wall ms, main-thread CPU ms) between ticks
        clock = QElapsedTimer()
        last = [0]
        last_cpu = [0.0]

        def tick() -> None:
            now, cpu = clock.elapsed(), time.thread_time() * 1000
            gaps.append((now - last[0], cpu - last_cpu[0]))
            last[0], last_cpu[0] = now, cpu

        probe = QTimer()
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        probe.setInterval(5)
        probe.timeout.connect(tick)

        def measure(start: object | None) -> tuple[float, float, float]:
            """(longest stall ms, the most main-thread CPU in one stall ms, seconds) from
            ``start()`` to TAIL_S after the sync's end. On a loaded machine a stall can
            be the scheduler's (another process ran): the CPU figure is ours alone."""
            gaps.clear()
            clock.start()
            last[0], last_cpu[0] = 0, time.thread_time() * 1000
            probe.start()
            began = time.perf_counter()
            done = QEventLoop()
            if start is None:
                QTimer.singleShot(3000, done.quit)
            else:
                w.sync.succeeded.connect(done.quit)
                w.sync.failed.connect(done.quit)
                w.sync.sync_now()
            done.exec()
            took = time.perf_counter() - began
            if start is not None:
                w.sync.succeeded.disconnect(done.quit)
                w.sync.failed.disconnect(done.quit)
                tail = QEventLoop()
                QTimer.singleShot(int(TAIL_S * 1000), tail.quit)
                tail.exec()
            probe.stop()
            if not gaps:
                return 0.0, 0.0, took
            return max(g for g, _c in gaps) - 5, max(c for _g, c in gaps), took

        # The start-up work first (the sync on start would begin after three seconds;
        # the first one here starts before that, and that one then finds it running).
        settle = QEventLoop()
        QTimer.singleShot(1500, settle.quit)
        settle.exec()
        print("The window while it syncs (L journal, offscreen, main-thread stalls)")
        for label, before in (
            (f"first sync, {len(sync_state.all_contacts(journal))} cards up", None),
            ("10 cards changed on the server", "phone"),
            ("nothing changed", None),
        ):
            if before == "phone":
                settings = sync_settings.load(journal)
                client = DavClient(url, USER, PASSWORD)
                book = settings.addressbook
                everyone = sync_state.all_contacts(journal)
                hrefs = [f"{book}{p.uid}.vcf" for p in random.Random(2).sample(everyone, 10)]
                for href, (etag, text) in client.multiget(book, hrefs).items():
                    client.put(href, text.replace("END:VCARD", "NOTE:vom Telefon\nEND:VCARD"), etag)
                client.close()
            stall, busy, took = measure(True)
            status = w.sync.last_error or "ok"
            print(
                f"  {label:<44} {stall:6.0f} ms, busy {busy:4.0f} ms"
                f"  (sync {took:.1f} s, {status})",
                flush=True,
            )
        floor, busy, _ = measure(None)
        print(f"  {'floor: the idle window, 3 s':<44} {floor:6.0f} ms, busy {busy:4.0f} ms")
        w.close()
    finally:
        journal.close()
        proc.terminate()
        proc.wait(10)
    return 0
