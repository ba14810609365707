"""``--passphrase-stdin`` when the line never comes: standard input closed (fd 0) or
empty, as for a restart whose parent died before it wrote the line (ui/privacy
restart_now). An empty line was taken as a passphrase: SQLCipher then opened the file
with no key and the journal was called damaged ("cannot be read", the window's
„beschädigt“); fd 0 closed was a traceback. Real journals; the window's start is
replaced by a note of the key it would start with (the unlock dialog that asks then
is privacy.prepare's, tested in test_privacy_ui)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO
from test_encryption import UNIQUE, _key_restored  # noqa: F401 (autouse)
from test_rekey import _cli

from netzjournal.store import cipher

PASSPHRASE = "Sommer am See 2026"


def _passphrase_journal(home: Path, monkeypatch, capsys) -> list[str]:
    home.mkdir(exist_ok=True)  # (a folder named that is not there is refused as a typo)
    d = ["--data-dir", str(home)]
    status, out = _cli(["contact", "add", "--given", "Anna", "--family", UNIQUE, *d], "",
                       monkeypatch, capsys)  # fmt: skip
    assert status == 0, out
    status, out = _cli(["encryption", "on", "--new-passphrase-stdin", *d], f"{PASSPHRASE}\n",
                       monkeypatch, capsys)  # fmt: skip
    assert status == 0, out
    cipher.activate(None)
    return d


@pytest.mark.plain_only  # (makes its own encrypted journal)
@pytest.mark.parametrize("stdin", ["", "\n", None])
def test_a_command_given_no_line_says_so_and_does_not_call_the_journal_damaged(
    tmp_path, monkeypatch, capsys, stdin
):
    d = _passphrase_journal(tmp_path / "home", monkeypatch, capsys)
    if stdin is None:  # fd 0 closed: Python has no sys.stdin
        cipher.activate(None)
        from netzjournal import cli

        monkeypatch.setattr(sys, "stdin", None)
        status = cli.main(["search", "--passphrase-stdin", UNIQUE, *d])
        captured = capsys.readouterr()
        out = captured.out + captured.err
    else:
        status, out = _cli(["search", "--passphrase-stdin", UNIQUE, *d], stdin, monkeypatch,
                           capsys)  # fmt: skip
    assert status == 2
    assert "no passphrase or recovery key was given" in out and "nothing was changed" in out
    assert "cannot be read" not in out and "PRAGMA" not in out
    status, out = _cli(["search", "--passphrase-stdin", UNIQUE, *d], f"{PASSPHRASE}\n",
                       monkeypatch, capsys)  # fmt: skip
    assert status == 0 and UNIQUE in out


_GUI_START = """
import sys
from netzjournal import app, cli
from netzjournal.store import cipher
def window(**kwargs):
    key = cipher.active()
    print("window with", "no key" if key is None else repr(key.passphrase), flush=True)
    return 0
app.run_gui = window
sys.exit(cli.main(["--data-dir", sys.argv[1], "--passphrase-stdin"]))
"""


@pytest.mark.plain_only  # (makes its own encrypted journal)
@pytest.mark.parametrize("stdin", ["closed", "empty", "right"])
def test_the_window_started_with_no_line_asks_for_the_key_itself(
    tmp_path, monkeypatch, capsys, stdin
):
    """A real process: fd 0 closed, at its end, or the line. The window starts with no
    key (it asks: keyring, else its unlock dialog), never with an empty passphrase."""
    home = tmp_path / "home"
    _passphrase_journal(home, monkeypatch, capsys)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = [sys.executable, "-c", _GUI_START, str(home)]
    if stdin == "closed":
        done = subprocess.run(run, cwd=REPO, env=env, capture_output=True, text=True,
                              timeout=120, preexec_fn=lambda: os.close(0))  # fmt: skip
    else:
        given = "" if stdin == "empty" else f"{PASSPHRASE}\n"
        done = subprocess.run(run, cwd=REPO, env=env, capture_output=True, text=True,
                              timeout=120, input=given)  # fmt: skip
    assert done.returncode == 0, done.stderr
    if stdin == "right":
        assert done.stdout.strip() == f"window with {PASSPHRASE!r}"
        return
    assert done.stdout.strip() == "window with no key", done.stderr
    assert "no passphrase or recovery key was given" in done.stderr
    assert "Traceback" not in done.stderr
