"""Crash durability: SIGKILL at a random moment loses nothing that was committed."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from conftest import REPO

from netzjournal.store.fulltext import search
from netzjournal.store.journal import Journal


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_loses_no_committed_note(tmp_path, seed):
    path = tmp_path / "journal.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "crash_writer.py"), str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(random.Random(seed).uniform(0.2, 1.2))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    committed = [int(line.split()[1]) for line in out.splitlines() if line.startswith("committed")]
    assert committed, "the writer committed nothing before the kill"
    with Journal.open(path) as j:
        assert j.integrity_check() == ["ok"]
        titles = {r[0] for r in j.db.execute_sql("SELECT title FROM interaction").fetchall()}
        for n in committed:
            assert f"Note {n}" in titles
        # The index is as exact as the tables: every stored note is findable.
        found = search(j, "Note Kaffee", limit=100_000, kind="interaction")
        assert len(found) == len(titles)
