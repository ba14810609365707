"""The restart after a passphrase change, end to end: the window hands the old and the
new passphrase to the restarted app on its standard input (ui/privacy.restart_now),
and that real child process changes the key without asking for either; a key on
standard input that does not fit is asked for as without one, never the "wrong key"
that quits."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO

from netzjournal import paths
from netzjournal.store import backups, cipher
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord
from netzjournal.ui import privacy, rekey

OLD = "Kandidaten-Akte-2026"
NEW = "Messe-Kontakte-2027"

# The restarted app as restart_now starts it, its dialogs answered and said on stdout:
# an unlock dialog gets TEST_ANSWER typed, a message box is only printed.
_RESTARTED = """
import os, sys
from PySide6.QtWidgets import QMessageBox
from netzjournal import cli
from netzjournal.ui import privacy

def unlock_exec(self):
    print("asked:", self.windowTitle(), flush=True)
    self.field.setText(os.environ.get("TEST_ANSWER", ""))
    self.accept()
    return self.result()

def said(*args, **kwargs):
    print("said:", args[2].split(".")[0], flush=True)
    return QMessageBox.StandardButton.Ok

def box_exec(self):
    print("said:", self.text().split(".")[0], flush=True)
    return QMessageBox.StandardButton.Ok

privacy.UnlockDialog.exec = unlock_exec
QMessageBox.exec = box_exec
QMessageBox.information = QMessageBox.warning = QMessageBox.critical = staticmethod(said)
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.fixture(autouse=True)
def _key_restored() -> Iterator[None]:
    before = cipher.active()
    yield
    cipher.activate(before)


def _journal(tmp_path: Path) -> paths.DataPaths:
    """A passphrase journal with one contact and one backup; its key active."""
    where = paths.resolve(tmp_path / "data").ensure()
    cipher.activate(cipher.Key(passphrase=OLD))
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, ContactRecord(given_name="Hedwig", family_name="Quellmalz"))
        backups.create_backup(j, where.backups)
    return where


def _restarted(command: list[str], given: str | None, answer: str = "") -> list[str]:
    """Run the restart's command (up to the window's first paint) with ``given`` on its
    standard input; what it asked and said."""
    args = command[command.index("netzjournal") + 1 :]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TEST_ANSWER=answer,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=os.pathsep.join((str(REPO / "tests"), str(REPO))))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", _RESTARTED, *args, "--exit-after-paint"],
        input=given, env=env, cwd=REPO, timeout=180, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return [line for line in done.stdout.splitlines() if not line.startswith("painted ")]


def _change(qtbot, where: paths.DataPaths, monkeypatch) -> tuple[list[str], str | None]:
    """Settings → Privacy → Change the passphrase, in a window started without options."""
    monkeypatch.setattr(privacy, "_restart_passphrase", [])
    monkeypatch.setattr(sys, "argv", ["netzjournal", "--data-dir", str(where.root)])
    monkeypatch.setattr(privacy, "_request_restart", lambda parent: None)
    dialog = rekey.ChangeKeyDialog(where)
    qtbot.addWidget(dialog)
    dialog.old.setText(OLD)
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    dialog.accept()
    assert privacy.read_request(where) is not None
    return privacy.restart_invocation()


def test_the_restart_after_a_passphrase_change_asks_for_nothing(
    qtbot, tmp_path: Path, no_keyring: None, monkeypatch
) -> None:
    """Before, the restarted window asked for the old passphrase (to open the
    journal) and then for the new one once more, both typed in the dialog before."""
    where = _journal(tmp_path)
    command, given = _change(qtbot, where, monkeypatch)
    assert not any(OLD in part or NEW in part for part in command)
    assert given == f"{OLD}\n{NEW}\n"
    assert _restarted(command, given) == [
        "said: The journal and its backups have the new passphrase"
    ]
    assert privacy.read_request(where) is None
    marker = cipher.read_marker(where.journal)
    assert marker is not None and marker.matches(cipher.Key(passphrase=NEW))
    new = cipher.Key(passphrase=NEW)
    assert cipher.key_opens(where.journal, new)
    (backup,) = backups.list_backups(where.backups)
    assert cipher.key_opens(backup.path, new)


def test_a_wrong_passphrase_on_standard_input_is_asked_for_again(
    qtbot, tmp_path: Path, no_keyring: None, monkeypatch
) -> None:
    """The old passphrase on the restart's standard input no longer fits (it was changed
    by hand meanwhile, a script's typo): the window asks as every start does, and the
    passphrase typed there opens it. Before, the start quit with "Wrong key … nothing
    was changed"."""
    where = _journal(tmp_path)
    command, _ = _change(qtbot, where, monkeypatch)
    asked = _restarted(command, f"Kandidaten-Akte-2025\n{NEW}\n", answer=OLD)
    assert asked == [
        "asked: Encrypted journal",
        "said: The journal and its backups have the new passphrase",
    ]
    assert cipher.key_opens(where.journal, cipher.Key(passphrase=NEW))
    # And a start with --passphrase-stdin, no request, a wrong line: asked, opened.
    asked = _restarted(["netzjournal", "--data-dir", str(where.root), "--passphrase-stdin"],
                       "falsch\n", answer=NEW)  # fmt: skip
    assert asked == ["asked: Encrypted journal"]


def test_decrypting_a_passphrase_journal_restarts_without_asking(
    tmp_path: Path, no_keyring: None, monkeypatch
) -> None:
    """ "Decrypt and restart" on a passphrase journal: the open journal's passphrase goes
    to the restart as well (before, the restart asked for it once more)."""
    where = _journal(tmp_path)
    monkeypatch.setattr(privacy, "_restart_passphrase", [])
    monkeypatch.setattr(sys, "argv", ["netzjournal", "--data-dir", str(where.root)])
    privacy.write_request(where, {"action": "off"})  # (as the Privacy page writes it)
    command, given = privacy.restart_invocation()
    assert given == f"{OLD}\n" and not any(OLD in part for part in command)
    assert _restarted(command, given) == ["said: The journal is decrypted, and so are its backups"]
    assert not cipher.read_marker(where.journal)
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        assert j.connection().execute("SELECT family_name FROM contact").fetchall() == [
            ("Quellmalz",)
        ]
