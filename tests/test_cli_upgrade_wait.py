"""`sync`, `backup`, `remind` and `encryption` run while another process upgrades the
journal: each says once on stderr that it waits (in the window's language, as the
window's notice does), then goes on. Real processes: the other upgrade is held
inside its migrations (tests/test_upgrade_faults.py) until the command has spoken."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time

import pytest
from test_storage_trust import REPO, another_process
from test_upgrade_faults import _upgrade_held_after_its_backup, old_journal

from netzjournal.store.backups import list_backups

GERMAN = "Ein anderes netzjournal aktualisiert das Journal gerade für diese Version."
ENGLISH = "another netzjournal is updating the journal for this version; waiting"


@pytest.mark.parametrize(
    ("command", "language", "said"),
    [
        (["remind"], "de", GERMAN),
        (["backup", "create"], "en", ENGLISH),
        (["sync"], "de", GERMAN),
        (["encryption", "on", "--new-passphrase-stdin"], "en", ENGLISH),
    ],
)
def test_a_command_says_once_that_it_waits_for_another_upgrade(tmp_path, command, language, said):
    path, bdir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    old_journal(path)
    # The window's language, chosen in its settings (the system's says the other).
    (tmp_path / "window.ini").write_text(f"[ui]\nlanguage = {language}\n", encoding="utf-8")
    system = "en_GB.UTF-8" if language == "de" else "de_DE.UTF-8"
    env = dict(os.environ, NETZJOURNAL_HOME=str(tmp_path), LANG=system, LC_ALL="", LANGUAGE="")
    env.pop("LC_MESSAGES", None)
    gate = tmp_path / "gate"
    with another_process(_upgrade_held_after_its_backup(path, bdir, gate)):
        process = subprocess.Popen(
            [sys.executable, "-m", "netzjournal", *command],
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=env,
        )  # fmt: skip
        try:
            assert process.stdin is not None and process.stderr is not None
            process.stdin.write("eine lange Passphrase 123\n")
            process.stdin.close()
            first = ""
            deadline = time.monotonic() + 60
            while said not in first:  # (encryption's warning comes first)
                waited = deadline - time.monotonic()
                ready, _, _ = select.select([process.stderr], [], [], max(waited, 0))
                assert ready, f"it waits without saying so: {first!r}"
                line = process.stderr.readline()
                assert line, "the command ended without saying it waits"
                first += line
            gate.touch()  # the other upgrade finishes
            rest = process.stderr.read()  # (until it ends)
            process.wait(120)
        finally:
            process.kill()
    assert (first + rest).count("aktualisiert das Journal gerade" if language == "de"
                                else "is updating the journal") == 1, first + rest  # fmt: skip
    # The other's upgrade backup only: the command waited and found nothing to upgrade.
    assert [b.reason for b in list_backups(bdir)].count("pre-migration") == 1
