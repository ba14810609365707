"""A server in trouble with one item: a 500 or a long 503 stops the sync, which says
what it did and what is left, and the next sync goes on without doubles; a 503 that
says to come back in a moment is asked once more. A real Radicale behind
``dav_servers.HoldingProxy``, the CLI in a process of its own (as the window runs it)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import person
from dav_servers import PASSWORD, USER, HoldingProxy, Radicale
from test_sync_first_calendar import _on_server

from netzjournal.store import sync_state as state
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import add_follow_up, follow_ups
from netzjournal.store.journal import Journal
from netzjournal.store.records import FollowUpRecord
from netzjournal.sync import run
from netzjournal.sync import settings as sync_settings

# Encryption sits below the journal's connection, and the encrypted run has the store's
# and sync's own tests: this module (a server's errors) gains nothing from the run key
# and would cost CI minutes twice.
pytestmark = [pytest.mark.slow, pytest.mark.plain_only]
TASKS = 12  # under BULK_MIN: one by one, as every sync after the first goes


def _journal(root: Path) -> list[str]:
    """Anna and her follow-ups; their UIDs in the order the sync sends them."""
    root.mkdir(parents=True)
    with Journal.open(root / "journal.sqlite3") as j:
        anna = create_contact(j, person("Anna", "Meier", city="Köln")).value
        for n in range(TASKS):
            due = dt.date(2026, 12, 1) + dt.timedelta(days=n)
            add_follow_up(j, FollowUpRecord(f"Nachfassen {n}", anna.id, due_on=due))
        return [f.uid for f in follow_ups(j, open_only=False)]


def _sync(root: Path, url: str | None) -> tuple[int, dict]:
    """``netzjournal sync --json``: its exit code and its answer (the last line)."""
    args = [sys.executable, "-m", "netzjournal", "sync", "--json", "--data-dir", str(root)]
    args += ["--password-stdin"]
    if url:
        args += ["--setup", url, "--user", USER]
    done = subprocess.run(
        args, input=PASSWORD + "\n", capture_output=True, text=True, timeout=180, check=False
    )
    lines = [line for line in done.stdout.splitlines() if not line.startswith('{"progress"')]
    assert lines, done.stderr
    return done.returncode, json.loads(lines[-1])


def _every_task_once(root: Path, url: str) -> None:
    assert _on_server(url) == Counter({f"Nachfassen {n}": 1 for n in range(TASKS)})
    with Journal.open(root / "journal.sqlite3") as j:
        assert len(state.sync_items(j, "follow_up")) == TASKS
        texts = Counter(f.text for f in follow_ups(j, open_only=False))
        assert texts == Counter({f"Nachfassen {n}": 1 for n in range(TASKS)})


@pytest.fixture
def server(tmp_path: Path):
    radicale = Radicale(tmp_path / "server")
    radicale.start()
    proxy = HoldingProxy(radicale.url)
    yield proxy
    proxy.close()
    radicale.stop()


@pytest.mark.parametrize(
    ("status", "headers"),
    [(500, {}), (503, {"Retry-After": "3600"}), (503, {})],
    ids=["500", "503-come-back-in-an-hour", "503"],
)
def test_a_server_error_on_one_item_stops_the_sync_says_what_is_left_and_the_next_goes_on(
    tmp_path, server, status, headers
):
    """A 500 on one follow-up stopped the whole sync with "the server refused a
    request" and nothing else: not what had gone up, not what was left. It still
    stops (a server in trouble), but its answer says both, and the next sync sends
    the rest, every item once."""
    root = tmp_path / "data"
    uids = _journal(root)
    # The fifth follow-up's upload fails (it is sent under its UID's name).
    server.fail("PUT", f"/{uids[4]}.ics", status, headers)
    code, said = _sync(root, server.url)
    assert code == 1 and said["error"] == "server" and said["status"] == status
    assert server.failed == 1  # not asked again: an hour is too long to wait
    sent = said["done"]["tasks"]["created_there"]
    assert said["done"]["contacts"]["created_there"] == ["Anna Meier"]
    # What went up is kept as synced; the one that failed and those after it are left.
    assert len(sent) + said["left"] == TASKS and 0 < said["left"] < TASKS
    with Journal.open(root / "journal.sqlite3") as j:
        assert len(state.sync_items(j, "follow_up")) == len(sent)

    code, said = _sync(root, None)
    assert code == 0, said
    assert len(said["tasks"]["created_there"]) == TASKS - len(sent)
    _every_task_once(root, server.url)


def test_a_server_busy_for_a_second_is_asked_once_more(tmp_path, server):
    """A 503 with "Retry-After: 1" (a server restarting) stopped the sync; it is a
    moment's wait now, and the item goes up the second time."""
    root = tmp_path / "data"
    uids = _journal(root)
    server.fail("PUT", f"/{uids[4]}.ics", 503, {"Retry-After": "1"})
    code, said = _sync(root, server.url)
    assert code == 0, said
    assert server.failed == 1 and len(said["tasks"]["created_there"]) == TASKS
    _every_task_once(root, server.url)


def test_a_sync_stopped_in_the_contacts_says_what_is_left_of_every_kind_and_is_kept(
    tmp_path, server
):
    """A 500 on a card said "1 still to send": only the address book's rest, not the
    follow-ups and events the calendar stage would have sent, so the user could not
    tell what the next sync does. And the failed sync was not kept: File → Last sync…
    knew only the finished ones. Now every stage's rest is counted, and the attempt is
    kept in the journal (a restart reads it) beside the last finished sync."""
    import datetime as dt

    from netzjournal.store.events import create_event
    from netzjournal.store.records import EventRecord
    from netzjournal.sync import summary

    root = tmp_path / "data"
    _journal(root)
    with Journal.open(root / "journal.sqlite3") as j:
        for given in ("Bernd", "Clara"):
            create_contact(j, person(given, "Schulz", city="Bonn"))
        for n in range(2):
            create_event(j, EventRecord(f"Stammtisch {n}", dt.date(2026, 12, 3 + n)))
        uids = [c.uid for c in state.all_contacts(j)]
    server.fail("PUT", f"/{uids[1]}.vcf", 500)
    code, said = _sync(root, server.url)
    assert code == 1 and said["status"] == 500
    sent = len(said["done"]["contacts"]["created_there"])
    assert said["left_by_kind"] == {"contacts": 3 - sent, "tasks": TASKS, "events": 2}
    assert said["left"] == 3 - sent + TASKS + 2

    # Kept in the journal (as a restart finds it): when, why, what was done, what is left.
    with Journal.open(root / "journal.sqlite3") as j:
        failed = summary.last_failure(j)
        latest, _done = summary.kept(j)
    assert failed is not None and latest is None
    assert (failed.code, failed.status, failed.part_way) == ("server", 500, True)
    assert failed.counts.sent == sent and failed.left == said["left_by_kind"]
    assert dt.datetime.fromisoformat(failed.at) <= dt.datetime.now()

    # On a terminal, split by kind as the window does (it said "Left: N still to send.").
    server.fail("PUT", f"/{uids[1]}.vcf", 500)
    done = subprocess.run(
        [sys.executable, "-m", "netzjournal", "sync", "--data-dir", str(root),
         "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    contacts = "1 contact" if 3 - sent == 1 else f"{3 - sent} contacts"
    left = 3 - sent + TASKS + 2
    said_left = f"Left: {left} still to send ({contacts}, {TASKS} follow-ups, 2 events)."
    assert said_left in done.stderr.splitlines(), done.stderr

    # The next sync sends exactly that; a finished sync ends the failed attempt.
    code, said = _sync(root, None)
    assert code == 0, said
    assert len(said["contacts"]["created_there"]) == 3 - sent
    assert len(said["tasks"]["created_there"]) == TASKS
    assert len(said["events"]["created_there"]) == 2
    with Journal.open(root / "journal.sqlite3") as j:
        assert summary.last_failure(j) is None
        latest, _done = summary.kept(j)
        assert latest is not None and latest.counts.sent == 3 - sent + TASKS + 2
        assert {k: run.left_to_send(j, (k,), sync_settings.load(j)) for k in run.KINDS} == {
            k: {} for k in run.KINDS
        }
