"""Changing an encrypted journal's passphrase (or keyring key) in the window.

Settings → Privacy → "Change the passphrase…" (a keyring journal: "Change the
key…") opens :class:`ChangeKeyDialog`: the current passphrase (Caps Lock named
as the unlock dialog names it), the new one twice (the encrypt dialog's rule),
or for a keyring journal a new key put into the keyring at once. It writes a
request as turning encryption on or off does (no key in it: the new
passphrase's check, or the new keyring entry's name), and the window restarts.
At the start (:func:`carry_out`, called by ``privacy``'s request handling after
the journal was unlocked with the old key) the new passphrase comes from the
restart's standard input with the old one (typed once more only when it does
not: a start by hand), the journal is re-keyed (:func:`conversion.convert` with both keys), the
backups follow while both keys are at hand, and a keyring journal's new
recovery key is shown once. The journal as it was stays beside it until it is
removed under Settings → Privacy.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal import keys
from netzjournal.drafts import reseal_all
from netzjournal.paths import DataPaths
from netzjournal.store import cipher, conversion
from netzjournal.ui import privacy, style


def title(mode: str | None) -> str:
    return (
        QCoreApplication.translate("ChangeKey", "Change the key")
        if mode == "keyring"
        else QCoreApplication.translate("ChangeKey", "Change the passphrase")
    )


def unchanged_text(mode: str | None) -> str:
    if mode == "keyring":
        return QCoreApplication.translate(
            "ChangeKey",
            "The key could not be changed; the journal is unchanged and opens as before.",
        )
    return QCoreApplication.translate(
        "ChangeKey",
        "The passphrase could not be changed; the journal is unchanged and opens as before.",
    )


class ChangeKeyDialog(QDialog):
    """The current passphrase and a new one twice; or a new keyring key. Writes the request."""

    def __init__(self, where: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeKeyDialog")
        self.where = where
        self.lock = keys.lock_of(where.journal)
        self.current = cipher.active()  # the key the open journal was unlocked with
        keyring = self.lock.mode == "keyring"
        self.setWindowTitle(title(self.lock.mode))
        if keyring:
            intro = QCoreApplication.translate(
                "ChangeKey",
                "The journal gets a new key in this computer's keyring, and you get a new "
                "recovery key to write down: for when the old recovery key may be known to "
                "someone. The backups get the new key too; the old recovery key then opens "
                "none of them.",
            )
        else:
            intro = QCoreApplication.translate(
                "ChangeKey",
                "Choose a new passphrase, for example when the old one may be known to "
                "someone. The backups get the new passphrase too; the old one then opens "
                "none of them.",
            )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro, wordWrap=True))
        self.old = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.old.setObjectName("changeKeyOld")
        self.new = QLineEdit(
            echoMode=QLineEdit.EchoMode.Password,
            placeholderText=QCoreApplication.translate(
                "EncryptDialog", "Passphrase (at least 8 characters)"
            ),
        )
        self.new.setObjectName("changeKeyNew")
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again.setObjectName("changeKeyAgain")
        self.again.setPlaceholderText(
            QCoreApplication.translate("EncryptDialog", "The same passphrase again")
        )
        self.problem = style.warning_label("changeKeyProblem")
        fields = QFormLayout()
        if not keyring:
            fields.addRow(QCoreApplication.translate("ChangeKey", "Current passphrase"), self.old)
            fields.addRow(QCoreApplication.translate("ChangeKey", "New passphrase"), self.new)
            fields.addRow(QCoreApplication.translate("EncryptDialog", "Repeat"), self.again)
            layout.addSpacing(style.SPACE.S)
            layout.addLayout(fields)
        layout.addWidget(self.problem)
        layout.addSpacing(style.SPACE.S)
        layout.addWidget(
            style.hint(
                QCoreApplication.translate(
                    "ChangeKey",
                    "netzjournal closes, changes the key and starts again. The journal as "
                    "it was is kept beside it until you remove it under Settings → Privacy.",
                )
            )
        )
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = QPushButton(
            QCoreApplication.translate("ChangeKey", "Change and restart"), autoDefault=False
        )
        self.go.setObjectName("changeKeyGo")
        self.buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.old, self.new, self.again):
            field.textChanged.connect(self._update)
        style.finish_dialog(self, minimum=(64, 0))
        self._update()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        style.grow_for_text(self)

    def _update(self) -> None:
        if self.current is None:  # (the page offers no change then)
            self.go.setEnabled(False)
            return
        if self.lock.mode == "keyring":
            self.go.setEnabled(True)
            return
        first, again = self.new.text(), self.again.text()
        problem = ""
        if again:
            if len(first) < 8:
                problem = QCoreApplication.translate(
                    "EncryptDialog", "A passphrase has at least 8 characters."
                )
            elif first != again:
                problem = QCoreApplication.translate("EncryptDialog", "The two passphrases differ.")
            elif first == self.old.text():
                problem = QCoreApplication.translate(
                    "ChangeKey", "The new passphrase is the current one."
                )
        self._say(problem)
        self.go.setEnabled(
            bool(self.old.text()) and len(first) >= 8 and first == again and not problem
        )

    def _old_fits(self) -> bool:
        """The current passphrase typed fits the open journal's key (else said why)."""
        typed = self.old.text()
        if cipher.Key(passphrase=typed) == self.current:
            return True
        if cipher.Key(passphrase=typed.swapcase()) == self.current:
            self._say(
                QCoreApplication.translate(
                    "UnlockDialog",
                    "Caps Lock seems to be on: with upper and lower case swapped, "
                    "the passphrase fits.",
                )
            )
        else:
            self._say(
                QCoreApplication.translate("ChangeKey", "This is not the current passphrase.")
            )
        self.old.selectAll()
        self.old.setFocus()
        return False

    def accept(self) -> None:
        if not self.go.isEnabled():
            return
        made = ""  # a new keyring entry, removed again if the request cannot be written
        try:
            if self.lock.mode == "keyring":
                made = keys.new_keyring_key().key_id
                request = {"action": "rekey", "mode": "keyring", "key_id": made}
            else:
                if not self._old_fits():
                    return
                request = privacy.passphrase_request("rekey", self.new.text())
            privacy.write_request(self.where, request)
            if self.lock.mode != "keyring":  # handed to the restart: not typed again
                privacy._restart_passphrase[:] = [self.new.text()]
        except (keys.NoKeyring, OSError) as exc:
            if made:
                keys.delete_key(made)
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()
        privacy._request_restart(self.parentWidget() or self)


# -- the start -----------------------------------------------------------------------


def _is_new(key: cipher.Key, request: dict[str, str]) -> bool:
    """``key`` is the one the request asked for."""
    if request.get("mode") == "keyring":
        return key.raw is not None and keys.load_key(request.get("key_id", "")) == key
    return key.passphrase is not None and privacy.chosen_marker(request).matches(key)


def carry_out(where: DataPaths, request: dict[str, str]) -> bool:
    """Re-key the journal as requested before the restart (its old key is active).

    The journal opens afterwards with whichever key it then has; True always
    (a dialog closed instead of typing the new passphrase leaves it as it was).
    """
    from netzjournal.store.journal import Journal

    old = cipher.active()
    if old is None:
        return True
    mode = request.get("mode")
    old_lock = keys.lock_of(where.journal)
    if mode == "keyring":
        key_id = request.get("key_id", "")
        new = keys.load_key(key_id)
        if new is None:
            QMessageBox.warning(
                None, title(mode), QCoreApplication.translate(
                    "Privacy", "The new key is not in the keyring."
                ),
            )  # fmt: skip
            return True
    else:
        key_id = ""
        new = privacy.ask_passphrase(where, request, changing=True)
        if new is None:  # (the dialog closed instead: the journal stays as it was)
            return True
    left: dict[Path, BaseException] = {}
    keyring = mode == "keyring"

    def change_the_key() -> None:
        Journal.open(where.journal, backup_dir=where.backups).close()
        # The backups get the new key with it (the old one may be known), in the same
        # swap: a kill never leaves them under a key whose passphrase is gone then.
        done = conversion.convert(
            where.journal, old, new, key_id=key_id or None, backup_dir=where.backups
        )
        left.update(done.left)

    if not privacy._converted(
        change_the_key,
        QCoreApplication.translate("ChangeKey", "Changing the key of the journal…")
        if keyring
        else QCoreApplication.translate("ChangeKey", "Changing the passphrase of the journal…"),
        title(mode),
        unchanged_text(mode),
    ):
        if key_id:  # the new key opens nothing: no entry is left in the keyring
            keys.delete_key(key_id)
        return True
    _changed(where, old, new, old_lock, left)
    return True


def _changed(
    where: DataPaths,
    old: cipher.Key,
    new: cipher.Key,
    old_lock: keys.Lock,
    left: dict[Path, BaseException],
) -> None:
    """After the swap: the drafts, the old keyring entry, the recovery key, what was done."""
    reseal_all(where.drafts, between=lambda: cipher.activate(new))
    cipher.activate(new)
    if old_lock.mode == "keyring" and old_lock.key_id:
        keys.delete_key(old_lock.key_id)  # it opens only the kept original now
    if new.raw is not None:
        privacy.RecoveryKeyDialog(keys.recovery_text(new), new=True).exec()
    if new.raw is not None:
        text = QCoreApplication.translate(
            "ChangeKey",
            "The journal and its backups have the new key. The journal as it was is kept "
            "beside it until you remove it under Settings → Privacy; until then, whoever "
            "knows the old passphrase or recovery key can read that copy.",
        )
    else:
        text = QCoreApplication.translate(
            "ChangeKey",
            "The journal and its backups have the new passphrase. The journal as it was is "
            "kept beside it until you remove it under Settings → Privacy; until then, "
            "whoever knows the old passphrase or recovery key can read that copy.",
        )
    if left:
        names = ", ".join(sorted(p.name for p in left))
        text += "\n\n" + QCoreApplication.translate(
            "ChangeKey",
            "Not every backup could be given the new key; these still open with the old one: %1",
        ).replace("%1", names)
    box = QMessageBox.information if not left else QMessageBox.warning
    box(None, title(new.mode), text)


def say_interrupted(where: DataPaths, request: dict[str, str]) -> None:
    """A change a kill interrupted (its old key, or its new one, opened the journal now)."""
    key = cipher.active()
    if key is None:
        return
    if not _is_new(key, request):
        if request.get("mode") == "keyring" and request.get("key_id"):
            keys.delete_key(request["key_id"])  # the new key opens nothing
        QMessageBox.warning(
            None,
            title(request.get("mode")),
            QCoreApplication.translate(
                "ChangeKey",
                "Changing the key was interrupted (netzjournal was stopped); the journal is "
                "unchanged and opens with the old passphrase or key. You can change it "
                "again under Settings → Privacy.",
            ),
        )
        return
    # The backups' copies under the new key were made before the swap: they replace
    # the backups now (else as the journal opens; a full disk is said by that open).
    with contextlib.suppress(OSError):
        conversion.settle(where.journal, where.backups, key)
    if key.raw is not None:  # it may never have been shown
        privacy.RecoveryKeyDialog(keys.recovery_text(key), new=True).exec()
    QMessageBox.information(
        None,
        title(request.get("mode")),
        QCoreApplication.translate(
            "ChangeKey",
            "Changing the key was interrupted (netzjournal was stopped) after the journal "
            "got the new one. The change is completed as the journal opens: its backups "
            "get the new passphrase or key too.",
        ),
    )
