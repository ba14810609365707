"""A first sync of many follow-ups: one upload, progress by stage, and a sync killed
part-way that the next one finishes — against a real Radicale, the CLI in a process."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import person
from dav_servers import PASSWORD, USER, HoldingProxy, Radicale

from netzjournal.store import sync_state as state
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import add_follow_up, follow_ups
from netzjournal.store.journal import Journal
from netzjournal.store.reading import get_setting
from netzjournal.store.records import FollowUpRecord
from netzjournal.sync.dav import DavClient

# Encryption sits below the journal's connection, and the encrypted run has the store's
# and sync's own tests: this module (many items through a real server) gains nothing
# from the run key and would cost CI minutes twice.
pytestmark = [pytest.mark.slow, pytest.mark.plain_only]
TASKS = 120


def _journal(root: Path) -> None:
    root.mkdir(parents=True)
    with Journal.open(root / "journal.sqlite3") as j:
        anna = create_contact(j, person("Anna", "Meier", city="Köln")).value
        for n in range(TASKS):
            due = dt.date(2026, 12, 1) + dt.timedelta(days=n % 30)
            add_follow_up(j, FollowUpRecord(f"Nachfassen {n}", anna.id, due_on=due))


def _sync(
    root: Path, url: str | None, kill_at: str | None = None, how: int = signal.SIGKILL
) -> list[list]:
    """``netzjournal sync --json`` in a process of its own; killed (SIGKILL, as the
    window's end or a crash would) when a progress line's phase is ``kill_at`` (one
    by one: once some items are sent).
    Returns the progress lines read."""
    args = [sys.executable, "-m", "netzjournal", "sync", "--json", "--data-dir", str(root)]
    args += ["--password-stdin"]
    if url:
        args += ["--setup", url, "--user", USER]
    child = subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True,
    )  # fmt: skip
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSWORD + "\n")
    child.stdin.close()
    steps = []
    for line in child.stdout:
        if line.startswith('{"progress"'):
            steps.append(json.loads(line)["progress"])
            if kill_at and steps[-1][0] == kill_at and (kill_at.endswith("upload") or steps[-1][1]):
                os.kill(child.pid, how)
                if how == signal.SIGKILL:
                    break
    child.wait(120)
    child.stdout.close()
    err = child.stderr.read() if child.stderr else ""
    # Killed where asked (not finished before), stopped as asked, or finished well.
    expected = (-signal.SIGKILL if how == signal.SIGKILL else 1) if kill_at else 0
    assert child.returncode == expected, err
    return steps


def _on_server(url: str) -> Counter[str]:
    """How often each task's SUMMARY is in the calendar."""
    client = DavClient(url, USER, PASSWORD)
    try:
        (calendar,) = [
            href for href, _n, types in client.collections(client.home_set("cal"))
            if "calendar" in types
        ]  # fmt: skip
        hrefs = list(client.list_etags(calendar).etags)
        texts = {}
        for start in range(0, len(hrefs), 40):  # (a small server's limit takes 40 at a time)
            texts.update(client.multiget(calendar, hrefs[start : start + 40], "cal"))
    finally:
        client.close()
    return Counter(
        line.removeprefix("SUMMARY:")
        for _etag, text in texts.values()
        for line in text.splitlines()
        if line.startswith("SUMMARY:")
    )


def _everything_once(root: Path, url: str) -> None:
    assert _on_server(url) == Counter({f"Nachfassen {n}": 1 for n in range(TASKS)})
    with Journal.open(root / "journal.sqlite3") as j:
        assert len(state.sync_items(j, "follow_up")) == TASKS
        # Nothing came back as new: every follow-up is in the journal once.
        texts = Counter(f.text for f in follow_ups(j, open_only=False))
        assert texts == Counter({f"Nachfassen {n}": 1 for n in range(TASKS)})


def _settled(root: Path, url: str) -> None:
    """Every task once on both sides, and a sync after it has nothing to send."""
    _everything_once(root, url)
    again = _sync(root, None)
    assert not [s for s in again if s[0].endswith((".send", ".upload"))]  # nothing to do
    _everything_once(root, url)


@pytest.mark.parametrize(
    ("kill_at", "largest"),
    [
        (None, 1_000_000),
        ("calendar.upload", 1_000_000),
        # A server that refuses the upload (too large for it): one by one, killed midway.
        ("calendar.send", 20_000),
    ],
)
def test_a_first_sync_of_many_tasks_goes_up_at_once_and_a_killed_one_is_finished_next_time(
    tmp_path, kill_at, largest
):
    server = Radicale(tmp_path / "radicale", max_content_length=largest)
    server.start()
    try:
        root = tmp_path / "data"
        _journal(root)
        steps = _sync(root, server.url, kill_at)
        phases = [phase for phase, _done, _total in steps]
        if kill_at is None:
            # The calendar in one request, said as such (not one PUT per task).
            assert ["calendar.upload", 0, TASKS] in steps
            assert "calendar.send" not in phases
            # The events' and notes' runs pass the tasks by (they fetched them all).
            assert "calendar.receive" not in phases
        else:
            # Killed part-way: the next sync finishes it, nothing twice on either side.
            assert phases[-1] == kill_at
            _sync(root, None)
        _settled(root, server.url)
    finally:
        server.stop()


def test_a_sync_asked_to_stop_stops_at_an_item_and_the_next_one_says_it_goes_on(tmp_path):
    """The window quits during a first sync (``SyncRunner.stop``: SIGTERM): the
    child stops between two items, says so, and the next sync finishes the rest."""
    server = Radicale(tmp_path / "radicale", max_content_length=13_000)  # one by one: no part
    server.start()
    try:
        root = tmp_path / "data"
        _journal(root)
        steps = _sync(root, server.url, "calendar.send", how=signal.SIGTERM)
        sent = [done for phase, done, _total in steps if phase == "calendar.send"]
        assert 0 < sent[-1] < TASKS  # stopped part-way, not at the end
        with Journal.open(root / "journal.sqlite3") as j:
            assert 0 < len(state.sync_items(j, "follow_up")) < TASKS  # what went up, kept
        steps = _sync(root, None)
        assert steps[0] == ["resumed", 0, 0]
        _everything_once(root, server.url)
        assert ["resumed", 0, 0] not in _sync(root, None)  # said once, not every time
    finally:
        server.stop()


def test_a_first_sync_cut_off_one_by_one_goes_on_in_one_upload(tmp_path):
    """A first sync that went one by one (the server refused the upload) and was
    stopped part-way: the next one sends the rest in one collection upload, the
    items already there with it, not one by one — and every task once."""
    server = Radicale(tmp_path / "radicale", max_content_length=13_000)  # one by one: no part
    server.start()
    try:
        root = tmp_path / "data"
        _journal(root)
        steps = _sync(root, server.url, "calendar.send", how=signal.SIGTERM)
        sent = [done for phase, done, _total in steps if phase == "calendar.send"]
        assert 0 < sent[-1] < TASKS - 50  # stopped part-way, plenty left
        with Journal.open(root / "journal.sqlite3") as j:
            there = len(state.sync_items(j, "follow_up"))
        # The same server, now taking large requests (the same address: the bases stay).
        server.stop()
        server.config.write_text(
            server.config.read_text().replace("= 13000", "= 1000000"), encoding="utf-8"
        )
        server.start()
        steps = _sync(root, None)
        phases = [phase for phase, _done, _total in steps]
        # A stop inside a PUT (dav.waiting) leaves that item on the server with no base
        # here: it is recognised by its UID (received), not uploaded again.
        inflight = max((n for p, _d, n in steps if p == "calendar.receive"), default=0)
        assert inflight <= 1
        assert ["calendar.upload", 0, TASKS - there - inflight] in steps
        assert "calendar.send" not in phases
        _settled(root, server.url)
    finally:
        server.stop()


def test_a_sync_asked_to_stop_in_a_request_the_server_holds_open_stops_at_once(tmp_path):
    """The window quits while the server keeps a request open (a slow NAS, a network
    gone quiet): the child stops at once — not after the request's timeout, nor
    killed — says so, and the next sync goes on, every task once."""
    server = Radicale(tmp_path / "radicale", max_content_length=13_000)  # one by one: no part
    server.start()
    proxy = HoldingProxy(server.url)
    try:
        root = tmp_path / "data"
        _journal(root)
        proxy.hold_after = ("PUT", 10)  # the 11th task's upload gets no answer
        args = [sys.executable, "-m", "netzjournal", "sync", "--json", "--data-dir", str(root)]
        args += ["--password-stdin", "--setup", proxy.url, "--user", USER]
        child = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, start_new_session=True,
        )  # fmt: skip
        assert child.stdin is not None
        child.stdin.write(PASSWORD + "\n")
        child.stdin.close()
        assert proxy.holding.wait(120)
        os.kill(child.pid, signal.SIGTERM)
        # Within the guard, not after the request's 180 s timeout (the proxy holds
        # it 120 s): the child ended the wait itself.
        child.wait(30)
        assert child.stdout is not None and child.stderr is not None
        out, err = child.stdout.read(), child.stderr.read()
        child.stdout.close()
        child.stderr.close()
        assert child.returncode == 1, err
        answer = json.loads(out.splitlines()[-1])
        with Journal.open(root / "journal.sqlite3") as j:
            assert get_setting(j, "sync.stopped") is True
            synced = len(state.sync_items(j, "follow_up"))
            assert 0 < synced < TASKS  # what went up, kept
        # ... and what is left (the stop was kept without a count).
        left = TASKS - synced
        assert answer == {"error": "stopped", "detail": "", "left": left,
                          "left_by_kind": {"tasks": left}}  # fmt: skip
        proxy.release()
        steps = _sync(root, None)
        assert steps[0] == ["resumed", 0, 0]
        _everything_once(root, server.url)
    finally:
        proxy.close()
        server.stop()


@pytest.mark.parametrize("moment", ["at its start", "after it"])
def test_a_resumed_upload_killed_leaves_every_task_once_after_the_next_sync(tmp_path, moment):
    """The resumed first sync's one upload (the rest with the items already there)
    killed with SIGKILL as it starts, or right after the server took it (before the
    journal noted what it holds): the next sync ends with every task exactly once
    on both sides."""
    server = Radicale(tmp_path / "radicale", max_content_length=13_000)  # one by one: no part
    server.start()
    try:
        root = tmp_path / "data"
        _journal(root)
        _sync(root, server.url, "calendar.send", how=signal.SIGTERM)
        server.stop()
        server.config.write_text(
            server.config.read_text().replace("= 13000", "= 1000000"), encoding="utf-8"
        )
        server.start()
        if moment == "at its start":
            steps = _sync(root, None, "calendar.upload")
            assert steps[-1][0] == "calendar.upload"
        else:
            _sync_killed_after_the_upload(root)
        _sync(root, None)
        _settled(root, server.url)
    finally:
        server.stop()


_KILLED_AFTER_THE_UPLOAD = """
import os, signal, sys
from netzjournal import cli
from netzjournal.sync.dav import DavClient
taken = DavClient.put_collection
def put_collection(self, *args, **kwargs):
    if taken(self, *args, **kwargs):  # the server took the upload
        os.kill(os.getpid(), signal.SIGKILL)  # before the journal noted what it holds
    return False
DavClient.put_collection = put_collection
sys.exit(cli.main(sys.argv[1:]))
"""


def _sync_killed_after_the_upload(root: Path) -> None:
    """``netzjournal sync`` killed (SIGKILL) right after the server took the upload."""
    args = [sys.executable, "-c", _KILLED_AFTER_THE_UPLOAD, "sync", "--json",
            "--data-dir", str(root), "--password-stdin"]  # fmt: skip
    done = subprocess.run(args, input=PASSWORD + "\n", capture_output=True, text=True,
                          timeout=120, start_new_session=True)  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    assert '"calendar.upload"' in done.stdout
