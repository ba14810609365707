"""Settings → Privacy → Change the passphrase / the key, and the start that carries it out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings import MemoryKeyring
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget
from uihelpers import collect_message_boxes, when_modal
from uihelpers import shown as as_shown

from netzjournal import keys, paths
from netzjournal.store import backups, cipher, conversion
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord
from netzjournal.ui import privacy, rekey

OLD = "Kandidaten-Akte-2026"
NEW = "Messe-Kontakte-2027"


@pytest.fixture(autouse=True)
def _key_restored() -> Iterator[None]:
    before = cipher.active()
    yield
    cipher.activate(before)


def _journal(tmp_path: Path, key: cipher.Key, key_id: str | None = None) -> paths.DataPaths:
    """An encrypted journal with one backup (made with ``key``); ``key`` active."""
    where = paths.resolve(tmp_path / "data").ensure()
    cipher.activate(key, key_id)
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(j, ContactRecord(given_name="Hedwig", family_name="Quellmalz"))
        backups.create_backup(j, where.backups)
    return where


def _names(where: paths.DataPaths) -> list[tuple[str]]:
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        return j.connection().execute("SELECT family_name FROM contact").fetchall()


def test_the_dialog_checks_the_current_passphrase_and_the_new_one(
    qtbot, tmp_path: Path, no_keyring: None, monkeypatch
) -> None:
    where = _journal(tmp_path, cipher.Key(passphrase=OLD))
    restarts: list[object] = []
    monkeypatch.setattr(privacy, "_request_restart", restarts.append)
    page = privacy.PrivacyPage(where)
    qtbot.addWidget(page)
    assert page.change_key.isVisibleTo(page) and page.change_key.isEnabled()
    assert as_shown(page.change_key.text()) == "Change the passphrase…"
    assert not page.change_key.autoDefault()
    dialog = rekey.ChangeKeyDialog(where)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.go.isEnabled() and not dialog.go.autoDefault()
    dialog.old.setText(OLD)
    dialog.new.setText("kurz")
    dialog.again.setText("kurz")
    assert not dialog.go.isEnabled() and "8" in dialog.problem.text()
    dialog.new.setText(NEW)
    dialog.again.setText(NEW + "x")
    assert not dialog.go.isEnabled() and "differ" in dialog.problem.text()
    dialog.new.setText(OLD)
    dialog.again.setText(OLD)
    assert not dialog.go.isEnabled() and "current one" in dialog.problem.text()
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    assert dialog.go.isEnabled() and not dialog.problem.isVisible()
    dialog.old.setText(OLD.swapcase())
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.text().startswith("Caps Lock seems to be on")
    dialog.old.setText("Kandidaten-Akte-2025")
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.text() == "This is not the current passphrase."
    assert privacy.read_request(where) is None and restarts == []
    dialog.old.setText(OLD)
    dialog.accept()
    assert not dialog.isVisible() and len(restarts) == 1
    request = privacy.read_request(where)
    assert request is not None and request["action"] == "rekey"
    assert OLD not in str(request) and NEW not in str(request)  # a check, never a key
    page = privacy.PrivacyPage(where)  # one change at a time
    qtbot.addWidget(page)
    assert not page.change_key.isEnabled()


def test_the_start_changes_the_passphrase_of_the_journal_and_its_backups(
    qtbot, tmp_path: Path, no_keyring: None, monkeypatch
) -> None:
    old, new = cipher.Key(passphrase=OLD), cipher.Key(passphrase=NEW)
    where = _journal(tmp_path, old)
    monkeypatch.setattr(privacy, "_request_restart", lambda parent: None)
    dialog = rekey.ChangeKeyDialog(where)
    qtbot.addWidget(dialog)
    dialog.old.setText(OLD)
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    dialog.accept()
    seen: list[str] = []

    def unlock(w: QWidget) -> None:  # the start asks the old passphrase, as every start
        assert isinstance(w, privacy.UnlockDialog)
        w.field.setText(OLD)
        w.accept()

    def again(w: QWidget) -> None:  # then the new one once more
        assert isinstance(w, privacy.UnlockDialog)
        seen.append(w.windowTitle())
        seen.append(w.findChild(QLabel, "unlockText").text())
        buttons = w.findChild(QDialogButtonBox)
        seen.append(as_shown(buttons.button(QDialogButtonBox.StandardButton.Open).text()))
        for typed in (OLD, NEW):
            w.field.setText(typed)
            w.accept()
            if w.isVisible():
                seen.append(w.problem.text())

    when_modal(unlock, lambda w: isinstance(w, privacy.UnlockDialog) and w.expected is None)
    when_modal(again, lambda w: isinstance(w, privacy.UnlockDialog) and w.expected is not None)
    told = collect_message_boxes()
    cipher.activate(None)
    assert privacy.prepare(where)
    assert seen == [
        "Change the passphrase",
        "To change the passphrase, enter the new one once more. It is asked for at every "
        "start from now on.",
        "Change",
        "This is not the passphrase you chose; try again.",
    ]
    assert len(told) == 1
    assert told[0].startswith("The journal and its backups have the new passphrase.")
    assert privacy.read_request(where) is None
    assert cipher.active() == new
    assert _names(where) == [("Quellmalz",)]
    (backup,) = backups.list_backups(where.backups)
    assert cipher.key_opens(backup.path, new) and not cipher.key_opens(backup.path, old)
    (kept,) = conversion.kept_originals(where.journal)
    assert cipher.key_opens(kept, old)
    page = privacy.PrivacyPage(where)
    qtbot.addWidget(page)
    assert page.kept.text().startswith(
        "The journal as it was before the key was changed is kept beside it, and anyone "
        "who knows its old passphrase or recovery key can read it."
    )
    asked: list[str] = []  # (the confirm box itself is ui/confirm's, tested there)
    monkeypatch.setattr(privacy, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    page._remove_kept()
    assert asked and asked[0].startswith("The journal as it was before the key was changed")
    assert conversion.kept_originals(where.journal) == []


def test_a_keyring_journal_gets_a_new_key_and_a_new_recovery_key_shown_once(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    first = keys.new_keyring_key()
    where = _journal(tmp_path, first.key, first.key_id)
    assert keys.lock_of(where.journal).key_id == first.key_id
    monkeypatch.setattr(privacy, "_request_restart", lambda parent: None)
    page = privacy.PrivacyPage(where)
    qtbot.addWidget(page)
    assert as_shown(page.change_key.text()) == "Change the key…"
    dialog = rekey.ChangeKeyDialog(where)
    qtbot.addWidget(dialog)
    assert not dialog.old.isVisibleTo(dialog) and dialog.go.isEnabled()
    dialog.accept()
    request = privacy.read_request(where)
    assert request is not None and request["mode"] == "keyring"
    assert len(memory_keyring.secrets) == 2  # the new key waits in the keyring
    shown: list[str] = []

    def record(self: privacy.RecoveryKeyDialog) -> int:
        shown.append(self.findChild(QLabel, "recoveryIntro").text())
        shown.append(self.findChild(QLabel, "recoveryKey").text().replace("\n", "-"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(privacy.RecoveryKeyDialog, "exec", record)
    told = collect_message_boxes()
    cipher.activate(None)
    assert privacy.prepare(where)  # the old key from the keyring: nothing is asked
    assert len(shown) == 2 and shown[0].startswith("The journal has a new key.")
    new = keys.parse_recovery(shown[1])
    assert cipher.active() == new != first.key
    assert keys.lock_of(where.journal).key_id == request["key_id"]
    assert list(memory_keyring.secrets) == [(keys.SERVICE, request["key_id"])]  # old one gone
    assert len(told) == 1 and "whoever knows the old passphrase or recovery key" in told[0]
    cipher.activate(None)
    assert privacy.prepare(where) and cipher.active() == new
    assert _names(where) == [("Quellmalz",)]


def test_a_change_interrupted_before_the_swap_is_said_and_the_old_passphrase_opens(
    qtbot, tmp_path: Path, no_keyring: None
) -> None:
    old = cipher.Key(passphrase=OLD)
    where = _journal(tmp_path, old)
    chosen = cipher.new_marker(cipher.Key(passphrase=NEW), "")
    privacy.write_request(
        where,
        {"action": "rekey", "mode": "passphrase", "check": chosen.check, "salt": chosen.salt,
         "begun": "1"},
    )  # fmt: skip
    # As a kill between the marker and the swap leaves it: both checks, the old file.
    both = cipher.new_marker(cipher.Key(passphrase=NEW), "n")._replace(
        previous=cipher.read_marker(where.journal)
    )
    cipher.write_marker(where.journal, both)
    problems: list[str] = []

    def unlock(w: QWidget) -> None:
        assert isinstance(w, privacy.UnlockDialog)
        w.field.setText(NEW)  # matches a check, opens nothing: said, never damage
        w.accept()
        problems.append(w.problem.text())
        w.field.setText(OLD)
        w.accept()

    when_modal(unlock, lambda w: isinstance(w, privacy.UnlockDialog))
    told = collect_message_boxes()
    cipher.activate(None)
    assert privacy.prepare(where)
    assert problems == [
        "netzjournal was stopped while the passphrase was being changed, and this one does "
        "not open the journal: try the other one, the old or the new. Nothing is damaged."
    ]
    assert cipher.active() == old
    assert len(told) == 1 and told[0].startswith("Changing the key was interrupted")
    assert "unchanged and opens with the old passphrase" in told[0]
    assert privacy.read_request(where) is None
    assert _names(where) == [("Quellmalz",)]
    marker = cipher.read_marker(where.journal)
    assert marker is not None and marker.previous is None and marker.matches(old)


def test_a_change_interrupted_after_the_swap_completes_with_the_backups(
    qtbot, tmp_path: Path, no_keyring: None
) -> None:
    """A kill after the swap: the next start said that some backups might open only with
    the old passphrase, which was gone by then. Their copies under the new key were
    made before the swap; the start switches them in and says the change is complete."""
    import os
    import subprocess
    import sys

    from test_encryption_leftovers import _KILLED_REKEY
    from test_storage_trust import REPO

    old, new = cipher.Key(passphrase=OLD), cipher.Key(passphrase=NEW)
    where = _journal(tmp_path, old)
    cipher.activate(None)
    chosen = cipher.new_marker(new, "")
    privacy.write_request(
        where,
        {"action": "rekey", "mode": "passphrase", "check": chosen.check, "salt": chosen.salt,
         "begun": "1"},
    )  # fmt: skip
    args = [sys.executable, "-c", _KILLED_REKEY, str(where.journal), "after-swap", OLD, NEW]
    done = subprocess.run(args, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)),
                          timeout=120, capture_output=True, text=True)  # fmt: skip
    assert done.returncode == -9, done.stderr
    (backup,) = where.backups.glob("journal-*.sqlite3")
    assert cipher.key_opens(backup, old)  # (its copy under the new key lies beside it)

    def unlock(w: QWidget) -> None:
        w.field.setText(NEW)
        w.accept()

    when_modal(unlock, lambda w: isinstance(w, privacy.UnlockDialog))
    told = collect_message_boxes()
    assert privacy.prepare(where) and cipher.active() == new
    assert len(told) == 1 and told[0].startswith("Changing the key was interrupted")
    assert "completed as the journal opens: its backups get the new passphrase" in told[0]
    assert cipher.key_opens(backup, new) and not cipher.key_opens(backup, old)
    assert sorted(p.name for p in where.backups.iterdir()) == [backup.name]
    marker = cipher.read_marker(where.journal)
    assert marker is not None and marker.previous is None and marker.matches(new)
    assert _names(where) == [("Quellmalz",)]
