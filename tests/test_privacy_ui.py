"""Settings → Privacy, the encrypt dialog, the start's conversion and unlock (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings import MemoryKeyring
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from uihelpers import shown as as_shown

from netzjournal import keys, paths
from netzjournal.store import cipher, conversion
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
    with Journal.open(where.journal, backup_dir=where.backups) as j:
        assert j.connection().execute("SELECT family_name FROM contact").fetchall() == [
            ("Quellmalz",)
        ]
    # The next start unlocks from the keyring without asking.
    cipher.activate(None)
    assert privacy.prepare(where) and cipher.active() == keys.parse_recovery(recovery)


def test_a_conversion_that_fails_says_the_journal_is_unchanged_and_why(
    qtbot, where: paths.DataPaths, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    monkeypatch.setattr(privacy, "_request_restart", lambda parent: None)
    dialog = privacy.EncryptDialog(where)
    qtbot.addWidget(dialog)
    dialog.understood.setChecked(True)
    dialog.accept()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(conversion, "convert", disk_full)
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(privacy.QMessageBox, "warning", lambda _p, t, text: said.append((t, text)))
    cipher.activate(None)
    assert privacy.prepare(where)  # the app goes on, on the journal as it was
    assert said == [("Encrypt the journal", "The journal could not be encrypted; it is "
                     "unchanged.\n\n[Errno 28] No space left on device")]  # fmt: skip
    assert cipher.active() is None and not keys.lock_of(where.journal).encrypted
    assert privacy.read_request(where) is None  # not tried again at the next start


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
    assert "Wrong key" in dialog.problem.text() and "Nothing is damaged" in dialog.problem.text()
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
