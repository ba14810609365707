"""Encryption in the window: Settings → Privacy, the welcome page's offer, the start.

Converting a journal needs it closed (one SQLite library per file, and no
model reading meanwhile), so the window does not convert while it runs: it
writes a *request* beside the journal (``<journal>.encryption-request.json``
— what to do and the keyring entry's name, never a key), closes (unsaved
edits are settled as at every close) and starts again; the start
(:func:`prepare`, before the journal opens) carries the request out with a
progress dialog, shows the recovery key once, and opens the converted
journal. The original is kept until the person removes it under Settings →
Privacy (the backups follow then).

:func:`prepare` also unlocks an encrypted journal: the key from the keyring,
else the passphrase or recovery key typed into :class:`UnlockDialog`. A key
that does not fit is said as "wrong key", the dialog stays, and no backup is
ever offered for it.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal import keys
from netzjournal.drafts import reseal_all
from netzjournal.paths import DataPaths
from netzjournal.private_files import write_private
from netzjournal.store import cipher, conversion
from netzjournal.store.errors import JournalUnavailable, StoreError
from netzjournal.ui import style
from netzjournal.ui.confirm import confirm

log = logging.getLogger(__name__)

REQUEST_SUFFIX = ".encryption-request.json"
_restart = [False]
# The passphrase chosen in the encrypt dialog, for the restart's standard input (never
# on disk): the conversion at the restart does not ask for it a third time.
_restart_passphrase: list[str] = []


def warning_text() -> str:
    return QCoreApplication.translate(
        "Privacy",
        "Without the key, nobody can open an encrypted journal – not you either, and "
        "not netzjournal's developers. With the keyring, the key is kept in this "
        "computer's keyring, and a recovery key is shown once: write it down or print "
        "it and keep it somewhere safe, it is the only other way in. With a "
        "passphrase, a forgotten passphrase means a lost journal.",
    )


# -- the request -------------------------------------------------------------------


def request_path(where: DataPaths) -> Path:
    return where.journal.with_name(where.journal.name + REQUEST_SUFFIX)


def write_request(where: DataPaths, data: dict[str, str]) -> None:
    write_private(request_path(where), json.dumps(data).encode("ascii"))


def read_request(where: DataPaths) -> dict[str, str] | None:
    try:
        data = json.loads(request_path(where).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else None


def drop_request(where: DataPaths) -> None:
    with contextlib.suppress(FileNotFoundError):
        request_path(where).unlink()


def restart_requested() -> bool:
    return _restart[0]


def restart_command() -> list[str]:
    """The command that starts this netzjournal again with the same options."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "netzjournal", *sys.argv[1:]]


def restart_invocation() -> tuple[list[str], str | None]:
    """The restart's command and what it reads on standard input (None: nothing).

    The restart asks for nothing typed before: the open journal's key goes first
    (for a passphrase journal, or a start that had ``--passphrase-stdin``; a keyring
    journal's key is in the keyring), then the passphrase chosen for an encryption or a
    passphrase change, both with ``--passphrase-stdin`` (an empty line for a plain
    journal started so: the restart never waits for a line from a terminal)."""
    command = restart_command()
    lines: list[str] = []
    key = cipher.active()
    if key is not None and (key.passphrase is not None or "--passphrase-stdin" in command):
        lines.append(key.passphrase or keys.recovery_text(key))
    lines += _restart_passphrase[:1]
    if not lines:
        if "--passphrase-stdin" not in command:
            return command, None
        lines.append("")
    if "--passphrase-stdin" not in command:
        command.append("--passphrase-stdin")
    return command, "".join(f"{line}\n" for line in lines)


def restart_now() -> None:
    """Start the app again (called after the window closed and released its lock)."""
    command, given = restart_invocation()
    if given is None:
        subprocess.Popen(command, start_new_session=True)
        return
    child = subprocess.Popen(command, start_new_session=True, stdin=subprocess.PIPE, text=True)
    assert child.stdin is not None
    with contextlib.suppress(OSError):  # (it ended at once: it asks, as before)
        child.stdin.write(given)
        child.stdin.close()


def _request_restart(parent: QWidget) -> None:
    _restart[0] = True
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow":
            widget.close()
            if widget.isVisible():  # the person kept the window (unsaved edits)
                _restart[0] = False
                QMessageBox.information(
                    parent,
                    QCoreApplication.translate("Privacy", "Encryption"),
                    QCoreApplication.translate(
                        "Privacy", "The change is carried out the next time netzjournal starts."
                    ),
                )
            return


# -- dialogs -----------------------------------------------------------------------


class EncryptDialog(QDialog):
    """Choose keyring or passphrase, read the warning, confirm; writes the request."""

    def __init__(self, where: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryptDialog")
        self.setWindowTitle(self.tr("Encrypt the journal"))
        self.where = where
        intro = QLabel(
            self.tr(
                "An encrypted journal cannot be read from the disk without its key: "
                "a lost or stolen laptop does not give away your notes. Backups and "
                "drafts are encrypted too."
            ),
            wordWrap=True,
        )
        has_keyring = keys.keyring_available()
        self.use_keyring = QRadioButton(
            self.tr("Keep the key in this computer's keyring (recommended)")
        )
        self.use_keyring.setObjectName("encryptKeyring")
        self.use_passphrase = QRadioButton(self.tr("Use a passphrase, asked at every start"))
        self.use_passphrase.setObjectName("encryptPassphrase")
        group = QButtonGroup(self)
        group.addButton(self.use_keyring)
        group.addButton(self.use_passphrase)
        self.use_keyring.setEnabled(has_keyring)
        (self.use_keyring if has_keyring else self.use_passphrase).setChecked(True)
        self.no_keyring = style.hint(self.tr("This computer has no keyring: use a passphrase."))
        self.no_keyring.setVisible(not has_keyring)
        self.passphrase = QLineEdit(
            echoMode=QLineEdit.EchoMode.Password,
            placeholderText=self.tr("Passphrase (at least 8 characters)"),
        )
        self.passphrase.setObjectName("encryptPassphraseField")
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again.setObjectName("encryptPassphraseAgain")
        self.again.setPlaceholderText(self.tr("The same passphrase again"))
        # The first sentence bold (what is at stake), the rest as body text: five
        # bold lines read as one shout and were skipped.
        first, _, rest = warning_text().partition(". ")
        warning = QLabel(
            f"<b>{html.escape(first)}.</b> {html.escape(rest)}",
            textFormat=Qt.TextFormat.RichText,
            wordWrap=True,
        )
        warning.setObjectName("encryptWarning")
        self.understood = QCheckBox(self.tr("I understand: without the key the journal is lost"))
        self.understood.setObjectName("encryptUnderstood")
        restart = style.hint(self.tr("netzjournal closes, encrypts the journal and starts again."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = QPushButton(self.tr("Encrypt and restart"), autoDefault=False)
        self.go.setObjectName("encryptGo")
        self.buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The passphrase's fields belong to their choice: labelled, indented under it.
        self.passphrase_fields = QWidget()
        fields = QFormLayout(self.passphrase_fields)
        fields.setContentsMargins(style.SPACE.L + style.SPACE.S, 0, 0, 0)
        fields.addRow(self.tr("Passphrase"), self.passphrase)
        fields.addRow(self.tr("Repeat"), self.again)
        self.problem = style.hint("")  # why the button waits, once the repeat is typed
        self.problem.setObjectName("encryptPassphraseProblem")
        fields.addRow("", self.problem)
        self._fields = fields  # (the row hidden whole: no empty gap under the fields)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(style.SPACE.S)
        for w in (self.use_keyring, self.use_passphrase, self.no_keyring, self.passphrase_fields):
            layout.addWidget(w)
        layout.addSpacing(style.SPACE.S)
        layout.addWidget(warning)
        layout.addWidget(self.understood)
        layout.addSpacing(style.SPACE.S)
        layout.addWidget(restart)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for signal in (
            self.use_keyring.toggled,
            self.understood.toggled,
            self.passphrase.textChanged,
            self.again.textChanged,
        ):
            signal.connect(self._update)
        style.finish_dialog(self, minimum=(70, 0))
        self._update()

    def _update(self) -> None:
        passphrase = self.use_passphrase.isChecked()
        if passphrase != self.passphrase_fields.isVisibleTo(self):
            self.passphrase_fields.setVisible(passphrase)
            # Taller by the two fields: at its opening height the warning was squeezed
            # and its last sentence (a forgotten passphrase) cut off.
            style.grow_for_text(self)
        first, again = self.passphrase.text(), self.again.text()
        problem = ""
        if passphrase and again:
            if len(first) < 8:
                problem = self.tr("A passphrase has at least 8 characters.")
            elif first != again:
                problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        shown = self.problem.isVisibleTo(self.passphrase_fields)
        self._fields.setRowVisible(self.problem, bool(problem))
        if bool(problem) and not shown:
            style.grow_for_text(self)
        fits = not passphrase or (len(first) >= 8 and first == again)
        self.go.setEnabled(self.understood.isChecked() and fits)

    def accept(self) -> None:
        if not self.go.isEnabled():
            return
        try:
            if self.use_keyring.isChecked():
                new = keys.new_keyring_key()
                write_request(self.where, {"action": "on", "mode": "keyring", "key_id": new.key_id})
            else:
                request = passphrase_request("on", self.passphrase.text())
                _restart_passphrase[:] = [self.passphrase.text()]
                write_request(self.where, request)
        except (keys.NoKeyring, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()
        _request_restart(self.parentWidget() or self)


class UnlockDialog(QDialog):
    """The passphrase, or the recovery key, for an encrypted journal at start."""

    def __init__(
        self,
        where: DataPaths,
        lock: keys.Lock,
        parent: QWidget | None = None,
        expected: cipher.Marker | None = None,
        changing: bool = False,
        backups: list[Path] | None = None,
        backup_file: Path | None = None,
    ) -> None:
        """``expected``: the check of a passphrase chosen for an encryption still to be
        carried out (typed once more; ``changing``: for a change of the passphrase);
        ``backups``: the encrypted backups of a journal gone with its marker, which the
        passphrase or recovery key must open; else the journal's marker decides.
        ``backup_file``: one encrypted backup file to restore (File → Backups →
        "Restore from file…"), the same as ``backups=[backup_file]``, said of the file."""
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Encrypted journal"))
        self.where = where
        self.lock = lock
        self.expected = expected
        self.key: cipher.Key | None = None
        if backup_file is not None:
            backups = [backup_file]
        self.backups = backups
        self.one_file = backup_file is not None
        if backup_file is not None:
            text = self.tr(
                "“%1” is encrypted. Enter the passphrase or the recovery key of the journal "
                "it comes from."
            ).replace("%1", backup_file.name)
        elif backups is not None:
            text = self.tr(
                "The backups are encrypted. Enter the journal's passphrase or its "
                "recovery key: the one that opens a backup is used."
            )
        elif expected is not None and changing:
            self.setWindowTitle(QCoreApplication.translate("ChangeKey", "Change the passphrase"))
            text = self.tr(
                "To change the passphrase, enter the new one once more. It is asked for "
                "at every start from now on."
            )
        elif expected is not None:
            self.setWindowTitle(self.tr("Encrypt the journal"))
            text = self.tr(
                "To encrypt the journal, enter the passphrase you chose once more. "
                "It is asked for at every start from now on."
            )
        elif lock.mode == "keyring":
            text = self.tr(
                "This journal is encrypted, and its key is not in this computer's keyring. "
                "Enter the recovery key you wrote down when you turned encryption on."
            )
        else:
            text = self.tr("This journal is encrypted. Enter its passphrase.")
        label = QLabel(text, wordWrap=True)
        label.setObjectName("unlockText")
        self.field = QLineEdit()
        self.field.setObjectName("unlockField")
        label.setBuddy(self.field)  # the sentence names the field for a screen reader
        # A recovery key alone (keyring mode) is shown as typed, to compare with the
        # paper. What may be a passphrase is hidden — also for backups, where the line
        # is either (it was shown in clear: readable over a shared screen); there a box
        # shows it on request, for the long recovery key.
        self.show_typed: QCheckBox | None = None
        if lock.mode != "keyring" or backups is not None:
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
        if backups is not None:
            self.show_typed = QCheckBox(self.tr("Show what I type"))
            self.show_typed.setObjectName("unlockShowTyped")
            self.show_typed.toggled.connect(
                lambda shown: self.field.setEchoMode(
                    QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
                )
            )
        # shown with a problem: no empty line under the field before
        self.problem = style.warning_label("unlockProblem")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close
        )
        if expected is not None:  # nothing is opened yet: the button says what follows
            go = buttons.button(QDialogButtonBox.StandardButton.Open)
            go.setText(self.tr("Change") if changing else self.tr("Encrypt"))
            go.setIcon(QIcon())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        if self.show_typed is not None:
            layout.addWidget(self.show_typed)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        style.finish_dialog(self, minimum=(64, 0))
        # The size hint counts the wrapped sentence's lines at a narrower width than the
        # dialog opens with: an empty band sat under the field. The height for its width.
        width = max(self.minimumWidth(), self.sizeHint().width())
        self.resize(width, layout.totalHeightForWidth(width))

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()
        style.grow_for_text(self)

    def accept(self) -> None:
        typed = self.field.text().strip()
        if self.backups is not None:
            found = keys.key_for_backups(self.backups, self.where.journal, typed)
            self.key = found[0] if found is not None else None
            if self.key is None:
                self._say(
                    self.tr(
                        "This opens the backup neither as a passphrase nor as a recovery "
                        "key. Nothing was changed; try again."
                    )
                    if self.one_file
                    else self.tr(
                        "This opens none of the backups, as a passphrase or as a recovery "
                        "key. Nothing was changed; try again."
                    )
                )
                self.field.selectAll()
                return
            super().accept()
            return
        try:
            if self.expected is not None:
                key = cipher.Key(passphrase=typed)
            else:
                key = keys.key_from_secret(self.where.journal, typed)
        except ValueError:
            self._say(self.tr("This is not a recovery key (a group is missing or mistyped)."))
            return
        marker = self.expected or cipher.read_marker(self.where.journal)
        if marker is not None and not marker.matches_any(key):
            if key.passphrase is not None and marker.matches_any(
                cipher.Key(passphrase=typed.swapcase())
            ):
                # Qt cannot ask for Caps Lock's state; the passphrase typed with it on can.
                self._say(
                    self.tr(
                        "Caps Lock seems to be on: with upper and lower case swapped, "
                        "the passphrase fits."
                    )
                )
            elif self.expected is not None:
                self._say(self.tr("This is not the passphrase you chose; try again."))
            elif key.passphrase is not None:
                self._say(
                    self.tr(
                        "Wrong passphrase. Nothing is damaged and nothing was changed; try again."
                    )
                )
            else:
                self._say(
                    self.tr("Wrong key. Nothing is damaged and nothing was changed; try again.")
                )
            self.field.selectAll()
            return
        if (
            marker is not None
            and marker.previous is not None
            and not cipher.key_opens(self.where.journal, key)
        ):
            # A change of the key a kill interrupted: the file is under the other one.
            self._say(
                self.tr(
                    "netzjournal was stopped while the passphrase was being changed, and "
                    "this one does not open the journal: try the other one, the old or the "
                    "new. Nothing is damaged."
                )
            )
            self.field.selectAll()
            return
        self.key = key
        super().accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once (to write down or print)."""

    def __init__(self, recovery: str, parent: QWidget | None = None, new: bool = False) -> None:
        """``new``: the key was changed (the old recovery key no longer opens it)."""
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        text = self.tr(
            "The journal is encrypted. This recovery key opens it wherever the keyring "
            "does not have its key (a new computer, a reinstalled system). It is shown "
            "only now: write it down or print it, and keep it apart from this computer."
        )
        if new:
            text = self.tr(
                "The journal has a new key. This new recovery key opens it wherever the "
                "keyring does not have its key; the old one no longer does. It is shown "
                "only now: write it down or print it, and keep it apart from this computer."
            )
        intro = QLabel(text, wordWrap=True)
        intro.setObjectName("recoveryIntro")
        groups = recovery.split("-")
        lines = ["-".join(groups[i : i + 7]) for i in range(0, len(groups), 7)]
        shown = QLabel(
            "\n".join(lines), textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse
        )
        shown.setObjectName("recoveryKey")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        shown.setFont(mono)
        # The key in the middle with room on either side: the English box was as wide
        # as the key, which ran to ~12 px from its edge.
        shown.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        key_width = max(shown.fontMetrics().horizontalAdvance(line) for line in lines)
        self.written = QCheckBox(self.tr("I have written the recovery key down"))
        self.written.setObjectName("recoveryWritten")
        # Print acts on the key, so it sits under the key: the button box holds only
        # OK, which no platform's order can then put before Print (Windows' order puts
        # an action button after OK).
        self.print_button = QPushButton(self.tr("Print…"), autoDefault=False)
        self.print_button.setObjectName("recoveryPrint")
        self.print_button.clicked.connect(lambda: self._print(recovery))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.written.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(shown)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.written)
        layout.addStretch(1)
        layout.addWidget(buttons)
        style.finish_dialog(self, minimum=(64, 0))
        margins = layout.contentsMargins()
        room = key_width + 2 * style.SPACE.XL + margins.left() + margins.right()
        self.setMinimumWidth(max(self.minimumWidth(), room))

    def _print(self, recovery: str) -> None:
        """On paper only: no file of the key is written (a PDF printer is the person's choice)."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        heading = self.tr("netzjournal — recovery key")
        doc.setPlainText(f"{heading}\n\n{recovery}\n")
        doc.print_(printer)

    def reject(self) -> None:  # Esc does not skip it
        if self.written.isChecked():
            super().reject()


class PrivacyPage(QWidget):
    """Settings → Privacy: the journal's state, encrypt / decrypt, the kept original."""

    def __init__(self, where: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyPage")
        self.where = where
        lock = keys.lock_of(where.journal)
        if not lock.encrypted:
            state = self.tr("This journal is not encrypted.")
        elif lock.mode == "keyring":
            state = self.tr("This journal is encrypted; its key is in this computer's keyring.")
        else:
            state = self.tr("This journal is encrypted with a passphrase.")
        self.state = QLabel(state, wordWrap=True)
        self.state.setObjectName("privacyState")
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        pending = read_request(where)
        if pending is not None:
            layout.addWidget(QLabel(self.tr("A change waits for the next start.")))
        self.encrypt = QPushButton(self.tr("Encrypt the journal…"))
        self.encrypt.setObjectName("privacyEncrypt")
        self.encrypt.clicked.connect(self._encrypt)
        self.decrypt = QPushButton(self.tr("Decrypt the journal…"))
        self.decrypt.setObjectName("privacyDecrypt")
        self.decrypt.clicked.connect(self._decrypt)
        self.encrypt.setVisible(not lock.encrypted)
        self.decrypt.setVisible(lock.encrypted)
        self.encrypt.setEnabled(cipher.available() and pending is None)
        self.decrypt.setEnabled(pending is None)
        # A leaked or weak passphrase (a keyring journal: its recovery key) is changed
        # without a plain copy on the disk in between.
        self.change_key = QPushButton(
            self.tr("Change the key…") if lock.mode == "keyring"
            else self.tr("Change the passphrase…")
        )  # fmt: skip
        self.change_key.setObjectName("privacyChangeKey")
        self.change_key.clicked.connect(self._change_key)
        self.change_key.setVisible(lock.encrypted)
        self.change_key.setEnabled(pending is None and cipher.active() is not None)
        layout.addWidget(self.encrypt, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.change_key, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.decrypt, 0, Qt.AlignmentFlag.AlignLeft)
        # Lost the paper? While the journal is open, its key can be shown again.
        key = cipher.active()
        self.show_recovery = QPushButton(self.tr("Show the recovery key again…"))
        self.show_recovery.setObjectName("privacyShowRecovery")
        self.show_recovery.setVisible(lock.mode == "keyring" and key is not None)
        if key is not None and key.raw is not None:
            recovery = keys.recovery_text(key)
            self.show_recovery.clicked.connect(lambda: RecoveryKeyDialog(recovery, self).exec())
        layout.addWidget(self.show_recovery, 0, Qt.AlignmentFlag.AlignLeft)
        kept = conversion.kept_originals(where.journal)
        if lock.encrypted and kept and all(_rekeyed(p) for p in kept):
            kept_text = self.tr(
                "The journal as it was before the key was changed is kept beside it, and "
                "anyone who knows its old passphrase or recovery key can read it. Remove it "
                "once you have checked that everything is there: %1"
            )
        elif lock.encrypted:  # what the encryption was for does not hold while it is there
            kept_text = self.tr(
                "The unencrypted journal from before is kept beside it, and anyone with "
                "this disk can read it. Remove it once you have checked that everything "
                "is there: %1"
            )
        else:
            kept_text = self.tr(
                "The journal as it was before is kept beside it until you have checked "
                "that everything is there: %1"
            )
        self.kept = QLabel(kept_text.replace("%1", ", ".join(p.name for p in kept)), wordWrap=True)
        self.kept.setObjectName("privacyKept")
        self.remove_kept = QPushButton(self.tr("Remove the kept original…"))
        self.remove_kept.setObjectName("privacyRemoveKept")
        self.remove_kept.clicked.connect(self._remove_kept)
        for button in (
            self.encrypt, self.change_key, self.decrypt, self.show_recovery, self.remove_kept
        ):  # fmt: skip
            button.setAutoDefault(False)  # Enter in Settings means OK, never one of these
        for w in (self.kept, self.remove_kept):
            w.setVisible(bool(kept))
        layout.addWidget(self.kept)
        layout.addWidget(self.remove_kept, 0, Qt.AlignmentFlag.AlignLeft)
        exports = style.hint(
            self.tr(
                "Exports (vCard, CSV, JSON, calendar, Markdown, PDF) are never encrypted: "
                "you chose to take the data out."
            )
        )
        layout.addWidget(exports)
        layout.addStretch(1)

    def _encrypt(self) -> None:
        EncryptDialog(self.where, self).exec()

    def _change_key(self) -> None:
        from netzjournal.ui.rekey import ChangeKeyDialog

        ChangeKeyDialog(self.where, self).exec()

    def _decrypt(self) -> None:
        if confirm(
            self,
            self.tr("Decrypt the journal"),
            self.tr(
                "The journal, its backups and drafts will be stored unencrypted: anyone "
                "with this disk can read them. netzjournal closes, decrypts and starts again."
            ),
            self.tr("Decrypt and restart"),
        ):
            try:
                write_request(self.where, {"action": "off"})
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Decrypt the journal"), str(exc))
                return
            _request_restart(self)

    def _remove_kept(self) -> None:
        lock = keys.lock_of(self.where.journal)
        text = (
            self.tr(
                "The unencrypted original is deleted and every backup is encrypted. "
                "Only do this once you have seen that your journal is complete."
            )
            if lock.encrypted
            else self.tr("The encrypted original is deleted.")
        )
        kept = conversion.kept_originals(self.where.journal)
        if lock.encrypted and kept and all(_rekeyed(p) for p in kept):
            text = self.tr(
                "The journal as it was before the key was changed is deleted. Only do this "
                "once you have seen that your journal is complete."
            )
        if not confirm(self, self.tr("Remove the kept original"), text, self.tr("Remove")):
            return
        try:
            conversion.finish(
                self.where.journal, self.where.backups, cipher.active() if lock.encrypted else None
            )
        except conversion.BackupsLeftPlain as exc:
            failure_box(
                self.tr("Remove the kept original"),
                self.tr(
                    "Not every backup could be encrypted: some can still be read without "
                    "the key. The unencrypted original is kept too."
                ),
                exc.cause or exc,
            ).exec()
            return
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Remove the kept original"), str(exc))
            return
        self.kept.hide()
        self.remove_kept.hide()


def _rekeyed(kept: Path) -> bool:
    """A kept original from before a change of the key (not a plain one)."""
    return f"{conversion.KEPT_INFIX}reencryption-" in kept.name


# -- the start ---------------------------------------------------------------------


def conversion_progress(title: str) -> QProgressDialog:
    """The busy dialog while the journal is converted (no Cancel: it finishes or fails)."""
    box = QProgressDialog(title, "", 0, 0)
    box.setObjectName("conversionProgress")
    box.setCancelButton(None)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.setMinimumDuration(0)
    return box


def _converted(work: Callable[[], None], running: str, title: str, unchanged: str) -> bool:
    """Run ``work()`` on a thread while a busy dialog says ``running``; False when it
    failed, once a box titled ``title`` has said ``unchanged`` and why."""
    box = conversion_progress(running)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # reported in the window
            failure.append(exc)

    thread = threading.Thread(target=run, name="conversion")
    thread.start()
    box.show()
    while thread.is_alive():
        QApplication.processEvents()
        thread.join(0.05)
    box.close()
    if not failure:
        return True
    log.error("%s failed: %s", work.__name__, type(failure[0]).__name__)
    failure_box(title, unchanged, failure[0]).exec()
    return False


def failure_box(
    title: str, unchanged: str, error: BaseException, waits: bool = False
) -> QMessageBox:
    """``unchanged`` ("… could not be encrypted; it is unchanged"), then what to do in the
    interface language: a full disk, a write-protected folder or a lock is said as such;
    anything else points to the details, where the store's own (English) words go.
    ``waits``: the request stays, for the next start (else it is to be made again)."""
    from netzjournal.ui import startup_dialogs

    box = QMessageBox(QMessageBox.Icon.Warning, title, unchanged, QMessageBox.StandardButton.Ok)
    box.setObjectName("conversionFailed")
    if isinstance(error, JournalUnavailable):
        # (Not the start's "… and start again": the request is not tried again by itself.)
        what = startup_dialogs.unavailable_text(error)[0]
        again = (
            QCoreApplication.translate(
                "Privacy", "The change is carried out the next time netzjournal starts."
            )
            if waits
            else QCoreApplication.translate(
                "Privacy", "Once that is solved, try again under Settings → Privacy."
            )
        )
        box.setInformativeText(f"{what}. {again}")
        detail = error.detail
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "StartupDialogs",
                "The details say what happened; they help whoever you ask for help.",
            )
        )
        detail = str(error)
    if detail:
        startup_dialogs.set_details(box, detail)
    return startup_dialogs.steady_width(box)


def _unlock(where: DataPaths) -> bool:
    lock = keys.lock_of(where.journal)
    if not lock.encrypted or cipher.active() is not None:
        return True
    if not cipher.available():
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Privacy", "Encrypted journal"),
            QCoreApplication.translate(
                "Privacy",
                "This journal is encrypted, but this installation lacks the SQLCipher "
                "binding (sqlcipher3). Nothing was changed.",
            ),
        )
        return False
    found = keys.key_from_keyring(where.journal)
    if found is not None:
        cipher.activate(found)
        return True
    dialog = UnlockDialog(where, lock)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.key is None:
        return False
    cipher.activate(dialog.key)
    if lock.mode == "keyring" and lock.key_id and dialog.key.raw is not None:
        # The recovery key opened it (a new computer, a new keyring): the keyring keeps
        # it again, so that the next start does not ask for the 56 letters once more.
        with contextlib.suppress(keys.NoKeyring):
            keys.store_key(lock.key_id, dialog.key)
    return True


def passphrase_request(action: str, passphrase: str) -> dict[str, str]:
    """A request to carry out after the restart with a new ``passphrase``: its check
    (never the passphrase), which :func:`chosen_marker` reads back."""
    marker = cipher.new_marker(cipher.Key(passphrase=passphrase), "")
    return {"action": action, "mode": "passphrase", "check": marker.check, "salt": marker.salt}


def chosen_marker(request: dict[str, str]) -> cipher.Marker:
    """The check of the passphrase a request (written before the restart) was made with."""
    return cipher.Marker("passphrase", "", request.get("check", ""), request.get("salt", ""))


def ask_passphrase(
    where: DataPaths, request: dict[str, str], changing: bool = False
) -> cipher.Key | None:
    """The passphrase chosen before the restart (to encrypt with, or ``changing`` to):
    handed over by the restart (typed twice in the dialog that chose it), else typed
    once more; checked against the request. None: the dialog was closed instead."""
    expected = chosen_marker(request)
    given = keys.given_passphrase()  # (handed over by the restart: typed twice already)
    if given is not None and expected.matches(cipher.Key(passphrase=given)):
        return cipher.Key(passphrase=given)
    dialog = UnlockDialog(where, keys.Lock("passphrase"), expected=expected, changing=changing)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.key


def _carry_out(where: DataPaths, request: dict[str, str]) -> bool:
    """Encrypt or decrypt as requested before the restart; False: quit.

    The request is marked as begun first and removed when the attempt ends, however
    it ends: one a kill (or a power cut) interrupted is found begun at the next start,
    said, and not tried again by itself (it might end the same way each time).
    """
    action = request.get("action")
    begun = request.get("begun") == "1"
    try:
        if begun:
            drop_request(where)
        else:
            write_request(where, {**request, "begun": "1"})
    except OSError as exc:
        # A write-protected folder or disk: nothing can be converted there either. The
        # journal opens (read-only) as it is; the request waits for a writable start.
        from netzjournal.store import environment

        problem = environment.classify(exc, where.journal)
        if problem is None or action not in ("on", "off", "rekey"):
            return True
        if action == "rekey":
            from netzjournal.ui import rekey

            title = rekey.title(request.get("mode"))
            unchanged = rekey.unchanged_text(request.get("mode"))
        elif action == "on":
            title = QCoreApplication.translate("Privacy", "Encrypt the journal")
            unchanged = QCoreApplication.translate(
                "Privacy", "The journal could not be encrypted; it is unchanged."
            )
        else:
            title = QCoreApplication.translate("Privacy", "Decrypt the journal")
            unchanged = QCoreApplication.translate(
                "Privacy", "The journal could not be decrypted; it is unchanged."
            )
        failure_box(title, unchanged, problem, waits=True).exec()
        return True
    if begun:
        _say_interrupted(where, request)
        return True
    try:
        return _convert_as_requested(where, request)
    finally:
        with contextlib.suppress(OSError):
            drop_request(where)


def _say_interrupted(where: DataPaths, request: dict[str, str]) -> None:
    """The attempt a kill interrupted: said, if the journal is not what was asked for."""
    encrypted = keys.lock_of(where.journal).encrypted
    if request.get("action") == "rekey" and encrypted:
        from netzjournal.ui import rekey

        rekey.say_interrupted(where, request)
        return
    if request.get("action") == "on" and not encrypted:
        if request.get("key_id"):  # the new key opens nothing: not left in the keyring
            keys.delete_key(request["key_id"])
        title = QCoreApplication.translate("Privacy", "Encrypt the journal")
        text = QCoreApplication.translate(
            "Privacy",
            "Encrypting the journal was interrupted (netzjournal was stopped); the "
            "journal is unchanged. You can encrypt it again under Settings → Privacy.",
        )
    elif request.get("action") == "off" and encrypted:
        title = QCoreApplication.translate("Privacy", "Decrypt the journal")
        text = QCoreApplication.translate(
            "Privacy",
            "Decrypting the journal was interrupted (netzjournal was stopped); the "
            "journal is unchanged and still encrypted.",
        )
    else:
        return  # it was carried out before the interruption
    QMessageBox.warning(None, title, text)


def _convert_as_requested(where: DataPaths, request: dict[str, str]) -> bool:
    from netzjournal.store.journal import Journal

    action = request.get("action")
    if action == "on" and not keys.lock_of(where.journal).encrypted:
        if request.get("mode") == "keyring":
            key = keys.load_key(request.get("key_id", ""))
            key_id = request.get("key_id", "")
            if key is None:
                QMessageBox.warning(
                    None,
                    QCoreApplication.translate("Privacy", "Encrypt the journal"),
                    QCoreApplication.translate("Privacy", "The new key is not in the keyring."),
                )
                return True
        else:
            asked = ask_passphrase(where, request)
            if asked is None:
                return True
            key, key_id = asked, ""

        def encrypt() -> None:
            cipher.activate(None)
            Journal.open(where.journal, backup_dir=where.backups).close()
            conversion.convert(where.journal, None, key, key_id=key_id or None)

        if not _converted(
            encrypt,
            QCoreApplication.translate("Privacy", "Encrypting the journal…"),
            QCoreApplication.translate("Privacy", "Encrypt the journal"),
            QCoreApplication.translate(
                "Privacy", "The journal could not be encrypted; it is unchanged."
            ),
        ):
            cipher.activate(None)
            if key_id:  # the new key opens nothing: no entry is left in the keyring
                keys.delete_key(key_id)
            return True
        cipher.activate(key)
        reseal_all(where.drafts)
        if key.raw is not None:
            dialog = RecoveryKeyDialog(keys.recovery_text(key))
            dialog.exec()
        QMessageBox.information(
            None,
            QCoreApplication.translate("Privacy", "Encrypt the journal"),
            QCoreApplication.translate(
                "Privacy",
                "The journal is encrypted. The unencrypted original is kept beside it "
                "until you remove it under Settings → Privacy – do that once you have "
                "seen that everything is there (the older backups are encrypted then, too).",
            ),
        )
        return True
    if action == "rekey" and keys.lock_of(where.journal).encrypted:
        if not _unlock(where):
            return False
        from netzjournal.ui import rekey

        return rekey.carry_out(where, request)
    if action == "off" and keys.lock_of(where.journal).encrypted:
        if not _unlock(where):
            return False
        old = cipher.active()
        assert old is not None

        def decrypt() -> None:
            Journal.open(where.journal, backup_dir=where.backups).close()
            conversion.convert(where.journal, old, None)
            conversion.convert_backups(where.backups, old, None)

        if not _converted(
            decrypt,
            QCoreApplication.translate("Privacy", "Decrypting the journal…"),
            QCoreApplication.translate("Privacy", "Decrypt the journal"),
            QCoreApplication.translate(
                "Privacy", "The journal could not be decrypted; it is unchanged."
            ),
        ):
            return True
        reseal_all(where.drafts, between=lambda: cipher.activate(None))
        QMessageBox.information(  # as after an encryption: what happened, what is kept
            None,
            QCoreApplication.translate("Privacy", "Decrypt the journal"),
            QCoreApplication.translate(
                "Privacy",
                "The journal is decrypted, and so are its backups. The encrypted original "
                "is kept beside it until you remove it under Settings → Privacy.",
            ),
        )
    return True


def prepare(where: DataPaths) -> bool:
    """Before the journal opens: carry out a requested conversion, then unlock.

    False when the person closed a dialog instead (the app then quits).
    """
    keys.forget_orphaned_key(where.journal)  # one a killed command made (one stat)
    request = read_request(where)
    if request is not None and where.journal.exists():
        if keys.lock_of(where.journal).encrypted and not _unlock(where):
            return False
        from netzjournal.ui.upgrade_notice import upgrade_first

        upgrade_first(where.journal, where.backups)  # (the conversion opens it: upgraded)
        if not _carry_out(where, request):
            return False
    return _unlock(where)
