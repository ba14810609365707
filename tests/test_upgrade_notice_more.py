"""The upgrade notice where an old journal is upgraded other than by a plain start:
an encryption requested for the next start, and a backup restored from the
recovery list. A real journal of the first release; its migration is held at a
gate on the upgrade's worker while the test looks at the screen (as in
tests/test_upgrade_notice.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from keyrings import MemoryKeyring
from PySide6.QtWidgets import QApplication
from test_upgrade_faults import old_journal
from test_upgrade_notice import visible_notices
from uihelpers import _every

from netzjournal import keys, paths
from netzjournal.store import cipher
from netzjournal.store import journal as journal_module
from netzjournal.store.journal import Journal, latest_schema
from netzjournal.ui import privacy


@pytest.fixture(autouse=True)
def _key_restored() -> Iterator[None]:
    before = cipher.active()
    yield
    cipher.activate(before)


def notices_during_the_migration(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many notices were visible while the migration ran on a worker (one look)."""
    reached, gate = threading.Event(), threading.Event()
    computed = journal_module.fill_keys

    def held(conn):  # inside the migrations' transaction, after the backup
        if threading.current_thread() is not threading.main_thread():
            reached.set()
            assert gate.wait(60)
        return computed(conn)

    monkeypatch.setattr(journal_module, "fill_keys", held)
    seen: list[int] = []

    def look() -> None:
        if reached.is_set() and not gate.is_set():
            QApplication.processEvents()
            seen.append(len(visible_notices()))
            gate.set()

    _every(10, look)
    return seen


@pytest.mark.plain_only  # (it makes its own key)
def test_an_encryption_requested_for_the_start_upgrades_with_the_notice(
    qtbot, tmp_path, memory_keyring: MemoryKeyring, monkeypatch
):
    cipher.activate(None)
    where = paths.resolve(tmp_path / "data").ensure()
    old_journal(where.journal)
    monkeypatch.setattr(privacy, "_request_restart", lambda _parent: None)
    dialog = privacy.EncryptDialog(where)
    qtbot.addWidget(dialog)
    dialog.understood.setChecked(True)
    dialog.accept()
    monkeypatch.setattr(privacy.RecoveryKeyDialog, "exec", lambda _self: 1)
    monkeypatch.setattr(privacy.QMessageBox, "information", lambda *_a: None)
    seen = notices_during_the_migration(monkeypatch)
    assert privacy.prepare(where)
    assert seen == [1]
    assert visible_notices() == []  # closed before the conversion's own dialog
    assert keys.lock_of(where.journal).encrypted
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        assert j.schema_version == latest_schema()


@pytest.mark.plain_only  # (the backup of the first release is a plain file)
def test_a_backup_of_an_older_version_restored_at_start_upgrades_with_the_notice(
    qtbot, tmp_path, monkeypatch
):
    import contextlib
    import sqlite3

    from uihelpers import when_modal

    from netzjournal import app as app_module
    from netzjournal.ui.recovery_dialog import RecoveryDialog

    where = paths.resolve(tmp_path / "data").ensure()
    where.backups.mkdir(parents=True, exist_ok=True)
    backup = where.backups / "journal-20250601-120000-daily.sqlite3"
    old_journal(backup)
    with contextlib.closing(sqlite3.connect(backup)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # as backups are written
    where.journal.write_bytes(b"broken" * 100)
    when_modal(lambda d: d.restore_button.click(), lambda w: isinstance(w, RecoveryDialog))
    seen = notices_during_the_migration(monkeypatch)
    journal = app_module._open_journal(where)
    assert journal is not None
    try:
        assert seen == [1]
        assert journal.schema_version == latest_schema()
    finally:
        app_module._close_notices()  # (the window's first show closes it)
        journal.close()
