"""The last sync's summary (``sync.last``) when the journal cannot take it: the
sync before it is done and on both sides; only the summary is missing."""

from __future__ import annotations

import io
import json

import pytest
from conftest import person
from dav_servers import PASSWORD, USER
from test_storage_trust import holding_the_write_lock

from netzjournal import cli, paths
from netzjournal.store import sync_state as state
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal
from netzjournal.sync import summary

pytestmark = pytest.mark.slow


def _sync(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(["sync", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.plain_only  # (the other program's lock is plain SQLite's)
def test_a_lock_on_the_summary_after_a_sync_says_what_the_sync_did(
    home, radicale, memory_keyring, monkeypatch, capsys
):
    where = paths.resolve(None)
    where.root.mkdir(parents=True, exist_ok=True)
    with Journal.open(where.journal) as j:
        create_contact(j, person("Anna", "Meier", city="Köln"))
    setup = ("--setup", radicale.url, "--user", USER, "--password-stdin")
    assert _sync(monkeypatch, capsys, *setup, stdin=PASSWORD + "\n")[0] == 0
    with Journal.open(where.journal) as j:
        create_contact(j, person("Bert", "Ohm", city="Bonn"))
        kept_before = summary.kept(j)
    remember = summary.remember

    def under_a_lock(journal, done):  # another program takes the journal just then
        with holding_the_write_lock(where.journal):
            remember(journal, done)

    monkeypatch.setattr(summary, "remember", under_a_lock)
    code, out, err = _sync(monkeypatch, capsys, "--json")
    last = json.loads(out.splitlines()[-1])
    # Bert is on the server and his base is kept: the sync is done, and the window
    # must say what it did, not that the journal refused the sync.
    # Before: no result, and "Another program is writing to the journal; nothing was
    # saved from this change." for a sync that was done and kept.
    assert "error" not in last, (out, err)
    assert "the sync is done" in err and "nothing was saved" not in err
    assert len(last["contacts"]["created_there"]) == 1 and code == 0
    with Journal.open(where.journal) as j:
        assert len(state.all_contacts(j)) == 2
        assert summary.kept(j) == kept_before  # the summary before it, whole
    monkeypatch.setattr(summary, "remember", remember)
    code, out, _err = _sync(monkeypatch, capsys)
    assert code == 0 and "Contacts: 0 changed." in out


_KILLED_AFTER_THE_PUT = """
import os, signal, sys
from netzjournal import cli
from netzjournal.sync.dav import DavClient
put = DavClient.put
def put_then_die(self, *args, **kwargs):
    etag = put(self, *args, **kwargs)  # the server has the card now
    os.kill(os.getpid(), signal.SIGKILL)
DavClient.put = put_then_die
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.plain_only  # (the child has no keyring to hold an encrypted journal's key)
def test_a_sync_killed_after_the_server_took_a_card_sends_it_once_at_the_next_sync(
    home, radicale, memory_keyring, monkeypatch, capsys
):
    """``kill -9`` of the sync's process right after the server took Bert's card,
    before his base and ``sync.last`` were written: the journal is whole, the last
    summary is the one before, and the next sync pairs the card it finds (a 412 on
    ``If-None-Match``) instead of sending Bert twice."""
    import os
    import subprocess
    import sys

    where = paths.resolve(None)
    where.root.mkdir(parents=True, exist_ok=True)
    with Journal.open(where.journal) as j:
        create_contact(j, person("Anna", "Meier", city="Köln"))
    setup = ("--setup", radicale.url, "--user", USER, "--password-stdin")
    assert _sync(monkeypatch, capsys, *setup, stdin=PASSWORD + "\n")[0] == 0
    with Journal.open(where.journal) as j:
        create_contact(j, person("Bert", "Ohm", city="Bonn"))
        kept_before = summary.kept(j)
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER_THE_PUT, "sync", *setup],
        input=PASSWORD + "\n", text=True, capture_output=True, env=env, timeout=120,
    )  # fmt: skip
    assert child.returncode == -9, child.stderr

    def cards_of_bert() -> int:
        found = radicale.folder.glob("collections/**/*.vcf")  # (not Radicale's cache)
        cards = [p for p in found if ".Radicale" not in str(p)]
        return sum("FN:Bert Ohm" in p.read_text(encoding="utf-8") for p in cards)

    assert cards_of_bert() == 1
    with Journal.open(where.journal) as j:
        assert summary.kept(j) == kept_before
        assert j.connection().execute("PRAGMA quick_check").fetchone()[0] == "ok"
    code, out, err = _sync(monkeypatch, capsys)
    assert code == 0, (out, err)
    assert cards_of_bert() == 1
    with Journal.open(where.journal) as j:
        assert len(state.all_contacts(j)) == 2
        assert summary.kept(j) != kept_before
    code, out, _err = _sync(monkeypatch, capsys)
    assert code == 0 and "Contacts: 0 changed." in out
