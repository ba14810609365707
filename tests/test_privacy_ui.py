"""Settings → Privacy, the encrypt dialog, the start's conversion and unlock (offscreen)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings import MemoryKeyring
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget
from test_storage_trust import add_ballast, needs_root, tmpfs
from uihelpers import collect_message_boxes, when_modal
from uihelpers import shown as as_shown

from netzjournal import keys, paths
from netzjournal.store import cipher, conversion, environment
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord
from netzjournal.ui import privacy, style


@pytest.fixture(autouse=True)
def _key_restored() -> Iterator[None]:
    before = cipher.active()
    yield
    cipher.activate(before)


@pytest.fixture
def where(tmp_path: Path) -> paths.DataPaths:
    cipher.activate(None)
    found = paths.resolve(tmp_path / "data").ensure()
    with Journal.open(found.journal, backup_dir=found.backups) as j:
        create_contact(j, ContactRecord(given_name="Hedwig", family_name="Quellmalz"))
    return found


def test_the_encrypt_button_waits_for_the_warning_and_a_fitting_passphrase(
    qtbot, where: paths.DataPaths, memory_keyring: MemoryKeyring
) -> None:
    dialog = privacy.EncryptDialog(where)
    qtbot.addWidget(dialog)
    assert dialog.use_keyring.isChecked()
    warning = dialog.findChild(privacy.QLabel, "encryptWarning").text()
    assert "not you either" in warning
    # what is at stake in bold, the rest as body text (five bold lines read as a shout)
    bold, _, rest = warning.partition("</b>")
    assert bold.startswith("<b>Without the key") and "journal is lost" not in bold
    assert "forgotten passphrase" in rest and "<b>" not in rest
    assert not dialog.go.isEnabled()
    assert not dialog.go.autoDefault()
    dialog.use_passphrase.setChecked(True)
    dialog.understood.setChecked(True)
    # The button waits, and the dialog says what for (it only stayed grey).
    dialog.show()
    why = dialog.findChild(privacy.QLabel, "encryptPassphraseProblem")
    dialog.passphrase.setText("kurz")
    assert not why.isVisible()  # (not while the first field is being typed)
    dialog.again.setText("kurz")
    assert not dialog.go.isEnabled()
    assert why.isVisible() and "8" in why.text()
    dialog.passphrase.setText("lang genug 123")
    dialog.again.setText("lang genug 12")
    assert not dialog.go.isEnabled()
    assert why.isVisible() and "differ" in why.text()
    dialog.again.setText("lang genug 123")
    assert dialog.go.isEnabled() and not why.isVisible()
    dialog.again.setText("lang genug 12")
    dialog.use_keyring.setChecked(True)
    assert dialog.go.isEnabled()


def test_choosing_a_passphrase_cuts_nothing_of_the_warning(
    qtbot, where: paths.DataPaths, memory_keyring: MemoryKeyring
) -> None:
    """The passphrase's two fields appear under their choice once it is clicked: the
    dialog grows for them. It kept its height and squeezed the warning, whose last
    sentence — "a forgotten passphrase means a lost journal" — was cut off."""
    from PySide6.QtCore import QPoint, Qt

    dialog = privacy.EncryptDialog(where)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    warning = dialog.findChild(QLabel, "encryptWarning")
    qtbot.mouseClick(dialog.use_passphrase, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert dialog.passphrase.isVisible()
    qtbot.waitUntil(lambda: warning.height() >= warning.heightForWidth(warning.width()))
    assert dialog.understood.geometry().top() >= warning.geometry().bottom()


def test_keyring_request_then_the_start_encrypts_and_shows_the_recovery_key_once(
    qtbot, where: paths.DataPaths, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    restarts: list[object] = []  # (the real one closes the window and starts the app again)
    monkeypatch.setattr(privacy, "_request_restart", restarts.append)
    dialog = privacy.EncryptDialog(where)
    qtbot.addWidget(dialog)
    dialog.understood.setChecked(True)
    dialog.accept()
    assert len(restarts) == 1 and not privacy.restart_requested()
    request = privacy.read_request(where)
    assert request is not None and request["mode"] == "keyring"
    assert "key" not in request and len(memory_keyring.secrets) == 1
    shown: list[str] = []

    def record(self: privacy.RecoveryKeyDialog) -> int:
        shown.append(self.findChild(privacy.QLabel, "recoveryKey").text())
        assert not self.ok.isEnabled()  # not before "I have written it down"
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(privacy.RecoveryKeyDialog, "exec", record)
    told: list[str] = []
    monkeypatch.setattr(privacy.QMessageBox, "information", lambda _p, _t, text: told.append(text))
    cipher.activate(None)
    assert privacy.prepare(where)
    assert privacy.read_request(where) is None
    assert keys.lock_of(where.journal).encrypted
    assert len(shown) == 1
    recovery = shown[0].replace("\n", "-")
    assert keys.parse_recovery(recovery) == cipher.active()
    assert conversion.kept_originals(where.journal)
    assert len(told) == 1 and "Settings → Privacy" in told[0]
    page = privacy.PrivacyPage(where)
    qtbot.addWidget(page)
    assert page.show_recovery.isVisibleTo(page) and page.remove_kept.isVisibleTo(page)
    # The kept original is named for what it is: it undoes the encryption while it stays.
    assert page.kept.text().startswith(
        "The unencrypted journal from before is kept beside it, and anyone with this disk "
        "can read it."
    )
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        assert j.connection().execute("SELECT family_name FROM contact").fetchall() == [
            ("Quellmalz",)
        ]
    # The next start unlocks from the keyring without asking.
    cipher.activate(None)
    assert privacy.prepare(where) and cipher.active() == keys.parse_recovery(recovery)


@needs_root
def test_a_conversion_that_fails_says_the_journal_is_unchanged_and_why(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    """A real full disk under the copy: the box said SQLCipher's English words after the
    German sentence ("database or disk is full"), and the new key stayed in the keyring."""
    monkeypatch.setattr(privacy, "_request_restart", lambda parent: None)
    cipher.activate(None)
    with tmpfs(tmp_path / "mnt", "4m") as mnt:
        where = paths.resolve(mnt / "data").ensure()
        with Journal.open(where.journal, backup_dir=where.backups) as j:
            create_contact(j, ContactRecord(given_name="Hedwig", family_name="Quellmalz"))
        add_ballast(where.journal)
        dialog = privacy.EncryptDialog(where)
        qtbot.addWidget(dialog)
        dialog.understood.setChecked(True)
        dialog.accept()
        room = environment.free_bytes(mnt)
        assert room is not None  # room to open the journal, not for its converted copy
        (mnt / "filler").write_bytes(bytes(room - where.journal.stat().st_size // 2))
        before = hashlib.sha256(where.journal.read_bytes()).hexdigest()
        said: list[tuple[str, str, str]] = []

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox), box
            said.append((box.text(), box.informativeText(), box.detailedText()))
            box.button(QMessageBox.StandardButton.Ok).click()

        when_modal(read)
        assert privacy.prepare(where)  # the app goes on, on the journal as it was
        ((text, advice, details),) = said
        assert text == "The journal could not be encrypted; it is unchanged."
        assert advice == (
            "The disk is full. Once that is solved, try again under Settings → Privacy."
        )
        assert "full" in details
        assert hashlib.sha256(where.journal.read_bytes()).hexdigest() == before
        assert cipher.active() is None and not keys.lock_of(where.journal).encrypted
        assert privacy.read_request(where) is None  # not tried again at the next start
        assert memory_keyring.secrets == {}  # the new key opens nothing: not kept


@needs_root
def test_a_request_in_a_folder_turned_read_only_waits_and_the_start_goes_on(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    """The folder became write-protected between the request and the restart: the start
    ended in "netzjournal ran into an unexpected problem" (removing the request failed),
    at every start until the folder was writable again."""
    monkeypatch.setattr(privacy, "_request_restart", lambda parent: None)
    cipher.activate(None)
    with tmpfs(tmp_path / "mnt", "4m") as mnt:
        where = paths.resolve(mnt / "data").ensure()
        with Journal.open(where.journal, backup_dir=where.backups) as j:
            create_contact(j, ContactRecord(given_name="Hedwig", family_name="Quellmalz"))
        dialog = privacy.EncryptDialog(where)
        qtbot.addWidget(dialog)
        dialog.understood.setChecked(True)
        dialog.accept()
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        before = hashlib.sha256(where.journal.read_bytes()).hexdigest()
        said: list[tuple[str, str]] = []

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox), box
            said.append((box.text(), box.informativeText()))
            box.button(QMessageBox.StandardButton.Ok).click()

        when_modal(read)
        assert privacy.prepare(where)  # the journal opens (read-only), as it is
        assert said == [
            (
                "The journal could not be encrypted; it is unchanged.",
                "The journal cannot be written. The change is carried out the next time "
                "netzjournal starts.",
            )
        ]
        assert hashlib.sha256(where.journal.read_bytes()).hexdigest() == before
        assert cipher.active() is None and privacy.read_request(where) is not None


@needs_root
def test_removing_the_original_with_no_room_to_encrypt_a_backup_keeps_it_and_says_so(
    qtbot, tmp_path: Path
) -> None:
    """ "The unencrypted original is deleted and every backup is encrypted": with the disk
    full a backup stayed plain, the original went, and the page said nothing."""
    from netzjournal.store import backups

    cipher.activate(None)
    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        where = paths.resolve(mnt / "data").ensure()
        with Journal.open(where.journal, backup_dir=where.backups) as j:
            create_contact(j, ContactRecord(given_name="Hedwig", family_name="Quellmalz"))
        add_ballast(where.journal)
        with Journal.open(where.journal, backup_dir=where.backups) as j:
            backup = backups.create_backup(j, where.backups).path
        key = cipher.Key(passphrase="Kandidaten-Akte-2026")
        conversion.convert(where.journal, None, key)
        cipher.activate(key)
        (kept,) = conversion.kept_originals(where.journal)
        room = environment.free_bytes(mnt)
        assert room is not None  # no room for the backup's encrypted copy
        (mnt / "filler").write_bytes(bytes(room - backup.stat().st_size // 2))
        page = privacy.PrivacyPage(where)
        qtbot.addWidget(page)
        said: list[tuple[str, str]] = []

        def remove(box: QWidget) -> None:
            assert isinstance(box, QMessageBox) and box.objectName() == "confirmDestructive"
            box.button(QMessageBox.StandardButton.Yes).click()

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox), box
            said.append((box.text(), box.informativeText()))
            box.button(QMessageBox.StandardButton.Ok).click()

        when_modal(remove, lambda w: w.objectName() == "confirmDestructive")
        when_modal(read, lambda w: w.objectName() == "conversionFailed")
        page._remove_kept()
        assert said == [
            (
                "Not every backup could be encrypted: some can still be read without the "
                "key. The unencrypted original is kept too.",
                "The disk is full. Once that is solved, try again under Settings → Privacy.",
            )
        ]
        assert kept.exists() and cipher.is_plain_sqlite(backup)
        assert page.remove_kept.isVisibleTo(page)  # to be tried again


_KILLED_WHILE_CONVERTING = """
import os, signal, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from netzjournal import paths
from netzjournal.store import conversion
from netzjournal.ui import privacy

copy = conversion.copy_converted

def copied_then_killed(*args, **kwargs):
    copy(*args, **kwargs)  # the verified copy is written; the swap is next
    os.kill(os.getpid(), signal.SIGKILL)

conversion.copy_converted = copied_then_killed
app = QApplication([])
privacy.prepare(paths.resolve(Path(sys.argv[1])))
"""


def test_a_conversion_killed_at_the_start_is_said_at_the_next_start(
    qtbot, where: paths.DataPaths, tmp_path: Path, monkeypatch
) -> None:
    """The request was removed before the conversion began: after a kill (a power cut)
    the next start opened the unencrypted journal without a word, and the new key
    stayed in the keyring."""
    import keyring
    from conftest import REPO
    from keyrings import FileKeyring

    monkeypatch.setattr(privacy, "_request_restart", lambda parent: None)
    monkeypatch.setenv("NETZJOURNAL_TEST_KEYRING", str(tmp_path / "ring.json"))
    before_ring = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())  # shared with the child process
    try:
        dialog = privacy.EncryptDialog(where)
        qtbot.addWidget(dialog)
        dialog.understood.setChecked(True)
        dialog.accept()
        key_id = privacy.read_request(where)["key_id"]
        before = hashlib.sha256(where.journal.read_bytes()).hexdigest()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   PYTHON_KEYRING_BACKEND="keyrings.FileKeyring",
                   PYTHONPATH=os.pathsep.join((str(REPO / "tests"), str(REPO))))  # fmt: skip
        child = subprocess.run(
            [sys.executable, "-c", _KILLED_WHILE_CONVERTING, str(where.root)],
            env=env, cwd=REPO, timeout=120, capture_output=True, text=True,
        )  # fmt: skip
        assert child.returncode == -signal.SIGKILL, child.stderr
        assert hashlib.sha256(where.journal.read_bytes()).hexdigest() == before
        told = collect_message_boxes()
        cipher.activate(None)
        assert privacy.prepare(where)
        assert told == [
            "Encrypting the journal was interrupted (netzjournal was stopped); the journal "
            "is unchanged. You can encrypt it again under Settings → Privacy."
        ]
        assert privacy.read_request(where) is None and not keys.lock_of(where.journal).encrypted
        assert keys.load_key(key_id) is None  # not left in the keyring
        with Journal.open(where.journal, backup_dir=where.backups) as j:  # the copy: gone
            assert j.connection().execute("SELECT family_name FROM contact").fetchall() == [
                ("Quellmalz",)
            ]
        assert hashlib.sha256(where.journal.read_bytes()).hexdigest() == before
        assert not list(where.root.glob("*.part"))
    finally:
        keyring.set_keyring(before_ring)


def test_the_chosen_passphrase_is_asked_once_more_as_such_and_caps_lock_is_named(
    qtbot, where: paths.DataPaths, no_keyring: None, monkeypatch
) -> None:
    """After the restart the passphrase is typed once more. That dialog said "This journal
    is encrypted. Enter its passphrase." of a journal not yet encrypted, and Caps Lock on
    was only "not the passphrase you chose" (in a box of its own)."""
    monkeypatch.setattr(privacy, "_request_restart", lambda parent: None)
    dialog = privacy.EncryptDialog(where)
    qtbot.addWidget(dialog)
    assert dialog.use_passphrase.isChecked()  # no keyring here
    dialog.passphrase.setText("Kandidaten-Akte-2026")
    dialog.again.setText("Kandidaten-Akte-2026")
    dialog.understood.setChecked(True)
    dialog.accept()
    seen: list[str] = []

    def type_it(w: QWidget) -> None:
        assert isinstance(w, privacy.UnlockDialog)
        seen.append(w.findChild(QLabel, "unlockText").text())
        buttons = w.findChild(QDialogButtonBox)
        seen.append(as_shown(buttons.button(QDialogButtonBox.StandardButton.Open).text()))
        for typed in ("kANDIDATEN-aKTE-2026", "Kandidaten-Akte-2025", "Kandidaten-Akte-2026"):
            w.field.setText(typed)
            w.accept()
            if w.isVisible():
                seen.append(w.problem.text())

    when_modal(type_it, lambda w: isinstance(w, privacy.UnlockDialog))
    told = collect_message_boxes()
    cipher.activate(None)
    assert privacy.prepare(where)
    assert seen == [
        "To encrypt the journal, enter the passphrase you chose once more. It is asked "
        "for at every start from now on.",
        "Encrypt",
        "Caps Lock seems to be on: with upper and lower case swapped, the passphrase fits.",
        "This is not the passphrase you chose; try again.",
    ]
    assert len(told) == 1 and told[0].startswith("The journal is encrypted.")
    assert keys.lock_of(where.journal).mode == "passphrase"
    assert cipher.active() == cipher.Key(passphrase="Kandidaten-Akte-2026")


def test_decrypting_at_the_start_asks_the_passphrase_and_says_what_it_did(
    qtbot, where: paths.DataPaths, no_keyring: None
) -> None:
    """Decrypting ended without a word (encrypting says what happened and what is kept)."""
    key = cipher.Key(passphrase="Kandidaten-Akte-2026")
    conversion.convert(where.journal, None, key)
    conversion.finish(where.journal, where.backups, key)
    privacy.write_request(where, {"action": "off"})

    def type_it(w: QWidget) -> None:
        assert isinstance(w, privacy.UnlockDialog)
        w.field.setText("Kandidaten-Akte-2026")
        w.accept()

    when_modal(type_it, lambda w: isinstance(w, privacy.UnlockDialog))
    told = collect_message_boxes()
    cipher.activate(None)
    assert privacy.prepare(where)
    assert told == [
        "The journal is decrypted, and so are its backups. The encrypted original is kept "
        "beside it until you remove it under Settings → Privacy."
    ]
    assert cipher.is_plain_sqlite(where.journal) and cipher.read_marker(where.journal) is None
    (kept,) = conversion.kept_originals(where.journal)
    assert "before-decryption" in kept.name and not cipher.is_plain_sqlite(kept)


def test_the_recovery_key_puts_the_key_back_into_a_new_keyring(
    qtbot, where: paths.DataPaths, memory_keyring: MemoryKeyring
) -> None:
    """A new computer (the data folder copied, the keyring empty): the recovery key opened
    the journal, and was asked for again at every start."""
    new = keys.new_keyring_key()
    conversion.convert(where.journal, None, new.key, key_id=new.key_id)
    memory_keyring.secrets.clear()  # the new computer's keyring
    asked: list[str] = []

    def type_it(w: QWidget) -> None:
        assert isinstance(w, privacy.UnlockDialog)
        asked.append(w.lock.mode or "")
        w.field.setText(str(new.recovery).lower())
        w.accept()

    when_modal(type_it, lambda w: isinstance(w, privacy.UnlockDialog))
    cipher.activate(None)
    assert privacy.prepare(where) and cipher.active() == new.key
    assert asked == ["keyring"]
    assert keys.load_key(new.key_id) == new.key  # in the keyring again
    cipher.activate(None)
    assert privacy.prepare(where) and cipher.active() == new.key  # no dialog this time
    assert asked == ["keyring"]


def test_unlock_dialog_says_wrong_key_and_stays(qtbot, where: paths.DataPaths) -> None:
    key = cipher.Key(passphrase="Sommer am See")
    conversion.convert(where.journal, None, key)
    lock = keys.lock_of(where.journal)
    assert lock.mode == "passphrase"
    dialog = privacy.UnlockDialog(where, lock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # No empty line under the field before there is a problem to tell: the buttons follow.
    buttons = dialog.findChild(QDialogButtonBox)
    gap = buttons.geometry().top() - dialog.field.geometry().bottom()
    assert not dialog.problem.isVisible() and gap <= style.SPACE.M, gap
    dialog.field.setText("Winter am See")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.key is None
    assert dialog.problem.isVisible()
    # (a passphrase journal: the passphrase is wrong, as the person calls it)
    assert dialog.problem.text() == (
        "Wrong passphrase. Nothing is damaged and nothing was changed; try again."
    )
    dialog.field.setText("sOMMER AM sEE")  # Caps Lock on
    dialog.accept()
    assert dialog.key is None
    assert dialog.problem.text() == (
        "Caps Lock seems to be on: with upper and lower case swapped, the passphrase fits."
    )
    # The dialog grew by the problem's lines: nothing above or in it is cut off.
    for label in (dialog.findChild(QLabel, "unlockText"), dialog.problem):
        qtbot.waitUntil(lambda label=label: label.height() >= label.heightForWidth(label.width()))
    dialog.field.setText("Sommer am See")
    dialog.accept()
    assert dialog.key == key


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_unlock_dialog_for_a_recovery_key_has_no_empty_band(
    qtbot, qapp, where: paths.DataPaths, language: str
) -> None:
    from PySide6.QtCore import QLocale

    from netzjournal.ui.i18n import install_translators

    # The longer sentence, wrapped (German: four lines): the height is the one for the
    # width the dialog opens with; before, a band of 50 px sat under the field.
    before = QLocale()
    installed = install_translators(qapp, language)
    try:
        dialog = privacy.UnlockDialog(where, keys.Lock("keyring", "k1"))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        gap = buttons.geometry().top() - dialog.field.geometry().bottom()
        assert gap <= style.SPACE.M, gap
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QLocale.setDefault(before)


def test_settings_has_a_privacy_tab_and_the_export_dialog_says_exports_are_plain(
    qtbot, where: paths.DataPaths
) -> None:
    from netzjournal.ui.interchange.export_dialog import ExportDialog
    from netzjournal.ui.settings_dialog import SettingsDialog

    with Journal.open(where.journal, backup_dir=where.backups) as j:
        settings = SettingsDialog(where, j)
        qtbot.addWidget(settings)
        labels = [as_shown(settings.tabs.tabText(i)) for i in range(settings.tabs.count())]
        assert "Privacy" in labels
        page = settings.privacy_page
        assert page.state.text() == "This journal is not encrypted."
        assert page.encrypt.isVisibleTo(page) and not page.decrypt.isVisibleTo(page)
        export = ExportDialog(j, [])
        qtbot.addWidget(export)
        assert "not encrypted" in export.plain_note.text()


def test_every_settings_tab_is_in_sight_when_the_dialog_opens(
    qtbot, where: paths.DataPaths
) -> None:
    # Walk-through: the dialog opened too narrow for its tabs; Privacy (the last) sat
    # behind scroll arrows, in German and in English.
    from netzjournal.ui.settings_dialog import SettingsDialog

    with Journal.open(where.journal, backup_dir=where.backups) as j:
        settings = SettingsDialog(where, j)
        qtbot.addWidget(settings)
        settings.show()
        qtbot.waitExposed(settings)
        bar = settings.tabs.tabBar()
        assert settings.tabs.count() >= 5
        for i in range(settings.tabs.count()):
            rect = bar.tabRect(i)
            assert rect.left() >= 0 and rect.right() < bar.width(), bar.tabText(i)


@pytest.mark.parametrize("layout", ["WinLayout", "MacLayout", "KdeLayout", "GnomeLayout"])
def test_print_comes_before_ok_in_every_platforms_button_order(qtbot, layout: str) -> None:
    """Print acts on the key and sits under it; OK alone closes (Windows' order put an
    action button after OK in the button row)."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    dialog = privacy.RecoveryKeyDialog("7KQF-M2XD-9PLA-W4TR-ZC8N-H3VB")
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    number = getattr(QDialogButtonBox.ButtonLayout, layout).value
    box.setStyleSheet(f"QDialogButtonBox {{ button-layout: {number} }}")
    dialog.show()
    QApplication.processEvents()
    assert box.buttons() == [dialog.ok]  # nothing of the platform's order to get wrong
    printed = dialog.print_button.mapTo(dialog, dialog.print_button.rect().bottomLeft())
    ok = dialog.ok.mapTo(dialog, dialog.ok.rect().topLeft())
    assert printed.y() < ok.y()  # read (and tabbed) before OK
    assert not dialog.print_button.isDefault() and not dialog.print_button.autoDefault()
    chain, widget = [], dialog.print_button
    for _ in range(6):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert dialog.ok in chain


def test_the_passphrase_chosen_is_not_asked_a_third_time_after_the_restart(
    qtbot, where: paths.DataPaths, no_keyring: None, monkeypatch
) -> None:
    """Typed and confirmed in the encrypt dialog, the passphrase goes to the restarted
    app on its standard input (never in its command line or on disk), and the
    conversion at that start does not ask for it again."""
    import io

    from netzjournal import cli

    monkeypatch.setattr(privacy, "_restart_passphrase", [])
    monkeypatch.setattr(sys, "argv", ["netzjournal", "--data-dir", str(where.root)])
    monkeypatch.setattr(privacy, "_request_restart", lambda parent: None)
    dialog = privacy.EncryptDialog(where)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("Kandidaten-Akte-2026")
    dialog.again.setText("Kandidaten-Akte-2026")
    dialog.understood.setChecked(True)
    dialog.accept()
    command, given = privacy.restart_invocation()
    assert command[-1] == "--passphrase-stdin" and given == "Kandidaten-Akte-2026\n"
    assert not any("Kandidaten" in part for part in command)
    assert "Kandidaten" not in privacy.request_path(where).read_text(encoding="utf-8")
    # The restarted app: its command line read as cli.main reads it, then the start.
    cipher.activate(None)
    monkeypatch.setattr(sys, "stdin", io.StringIO(given))
    args = cli.parse(command[command.index("netzjournal") + 1 :])
    assert cli._unlock(args) is None
    cli._keep_given_passphrase(args)
    asked: list[QWidget] = []
    when_modal(
        lambda w: (asked.append(w), w.reject()), lambda w: isinstance(w, privacy.UnlockDialog)
    )
    told = collect_message_boxes()
    assert privacy.prepare(where)
    assert asked == []
    assert len(told) == 1 and told[0].startswith("The journal is encrypted.")
    assert cipher.active() == cipher.Key(passphrase="Kandidaten-Akte-2026")
    # Restarted once more (a start with --passphrase-stdin): the open journal's key goes
    # on, no line is waited for from a terminal.
    monkeypatch.setattr(privacy, "_restart_passphrase", [])
    monkeypatch.setattr(sys, "argv", ["netzjournal", *command[command.index("netzjournal") + 1 :]])
    assert privacy.restart_invocation()[1] == "Kandidaten-Akte-2026\n"


def test_the_backups_list_says_which_backups_are_not_encrypted_yet(
    qtbot, where: paths.DataPaths
) -> None:
    """The encrypt dialog says "Backups and drafts are encrypted too"; the backups from
    before stay readable without the key until the original is removed (Settings →
    Privacy). File → Backups… listed them as "daily", like any other: it now says
    which are not encrypted yet, and stops once they are."""
    from netzjournal.store import backups
    from netzjournal.ui.backups_dialog import BackupsDialog

    with Journal.open(where.journal, backup_dir=where.backups) as j:
        backups.create_backup(j, where.backups, reason="daily")
    key = cipher.Key(passphrase="Messe-Frankfurt-2026")
    conversion.convert(where.journal, None, key)
    cipher.activate(key)
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        backups.create_backup(j, where.backups, reason="manual")

        def whys(dialog: BackupsDialog) -> list[str]:
            m = dialog.model
            return sorted(str(m.data(m.index(r, 1))) for r in range(m.rowCount()))

        dialog = BackupsDialog(lambda: j, lambda _b: None, where)
        qtbot.addWidget(dialog)
        assert whys(dialog) == ["daily · not encrypted yet", "made by hand"]
        conversion.finish(where.journal, where.backups, key)
        dialog.refresh()
        assert whys(dialog) == ["daily", "made by hand"]
