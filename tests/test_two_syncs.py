"""Two syncs of one data folder at once (the window's, and ``netzjournal sync`` in a
terminal): every card reaches the server once, and the next sync finds nothing to do."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections import Counter

import pytest
from conftest import person
from dav_servers import PASSWORD, USER

from netzjournal import cli, paths
from netzjournal.store import sync_state as state
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal

pytestmark = pytest.mark.slow


@pytest.mark.plain_only  # (the children have no keyring for an encrypted journal's key)
def test_two_syncs_at_once_send_every_card_once(
    home, radicale, memory_keyring, monkeypatch, capsys
):
    where = paths.resolve(None)
    where.root.mkdir(parents=True, exist_ok=True)
    with Journal.open(where.journal) as j:
        create_contact(j, person("Anna", "Meier", city="Köln"))
    setup = ("--setup", radicale.url, "--user", USER, "--password-stdin")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli.main(["sync", *setup]) == 0
    capsys.readouterr()
    with Journal.open(where.journal) as j:
        for i in range(40):
            create_contact(j, person(f"Person{i}", "Zwei", city="Bonn"))
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "netzjournal", "sync", *setup],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    results = [c.communicate(PASSWORD + "\n", timeout=180) for c in children]
    codes = [c.returncode for c in children]
    found = radicale.folder.glob("collections/**/*.vcf")
    names = Counter(
        line
        for p in found
        if ".Radicale" not in str(p)
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.startswith("FN:")
    )
    assert {n: c for n, c in names.items() if c > 1} == {}, (codes, results)
    assert len(names) == 41, (codes, results)
    with Journal.open(where.journal) as j:
        assert len(state.all_contacts(j)) == 41
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["sync"]) == 0
    assert "Contacts: 0 changed." in capsys.readouterr().out
