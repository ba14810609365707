"""Quitting stops the background integrity check instead of waiting for it: it
reads the whole file (~1 s on 50,000 contacts) and held the quit up — and
`bench --exit-after-paint` ran it on the main thread while exiting. Stopped, it
gives no verdict (never "damaged"), and the day's backup waits for the next start."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from dbfiles import connect

from netzjournal.store.journal import Journal, QuickCheck, quick_check


def _big_journal(path: Path) -> Path:
    """A journal with ~120 MB in one table: its quick_check takes a while."""
    Journal.open(path).close()
    conn = connect(path)  # (encrypted in the encrypted run, as the journal is)
    conn.execute("CREATE TABLE ballast (id INTEGER PRIMARY KEY, data BLOB, label TEXT)")
    conn.execute("CREATE INDEX ballast_label ON ballast (label)")
    conn.executemany(
        "INSERT INTO ballast (data, label) VALUES (randomblob(3000), hex(randomblob(8)))",
        ([] for _ in range(40_000)),
    )
    conn.commit()
    conn.close()
    return path


def test_a_check_stopped_before_it_begins_gives_no_verdict(tmp_path):
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()
    check = QuickCheck(path)
    check.stop()
    assert check.run() is None
    assert quick_check(path) == ["ok"]  # (another check is not stopped)


def test_a_running_check_stops_at_once_and_says_nothing_of_damage(tmp_path):
    path = _big_journal(tmp_path / "journal.sqlite3")
    assert quick_check(path) == ["ok"]
    check = QuickCheck(path)
    results: list[list[str] | None] = []
    worker = threading.Thread(target=lambda: results.append(check.run()))
    worker.start()
    time.sleep(0.01)  # (begun or not: either way it must end without a verdict)
    check.stop()
    worker.join(60)
    assert results == [None]  # not "ok" (read to the end), not "interrupted" as damage


def test_a_stopped_background_check_reports_nothing_and_backs_nothing_up(qtbot, tmp_path):
    from netzjournal.ui.integrity import IntegrityCheck

    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()
    backed_up: list[Path] = []
    check = IntegrityCheck(path, after_ok=(tmp_path, lambda p, folder: backed_up.append(p)))
    said: list[object] = []
    check.finished.connect(said.append)
    check.damaged.connect(said.append)
    check.stop()  # the window quits before the check has run
    check.start()
    check.wait(30)
    qtbot.wait(50)  # (a result would have been delivered by now)
    assert said == [] and backed_up == []
