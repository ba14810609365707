"""File → Backups…: list, create now, restore (with confirmation), restore from a file
(a backup from elsewhere, encrypted or not: ``netzjournal/backup_file.py``), open folder."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal import backup_file
from netzjournal.paths import DataPaths
from netzjournal.store import cipher
from netzjournal.store.backups import (
    BackupInfo,
    Holdings,
    create_backup,
    holdings,
    holds_people_or_notes,
    list_backups,
    made_at,
)
from netzjournal.store.errors import JournalDamaged, StoreError
from netzjournal.store.journal import Journal
from netzjournal.ui import style, texts
from netzjournal.ui.confirm import confirm
from netzjournal.ui.content_columns import ContentColumns
from netzjournal.ui.table_model import RowsModel, row_table


def reason_label(reason: str) -> str:
    return {
        "daily": QCoreApplication.translate("BackupsDialog", "daily"),
        "manual": QCoreApplication.translate("BackupsDialog", "made by hand"),
        "pre-migration": QCoreApplication.translate("BackupsDialog", "before an upgrade"),
        "pre-restore": QCoreApplication.translate("BackupsDialog", "before a restore"),
        "pre-delete": QCoreApplication.translate("BackupsDialog", "before deleting"),
        "pre-import": QCoreApplication.translate("BackupsDialog", "before an import"),
        "pre-undo-import": QCoreApplication.translate(
            "BackupsDialog", "before an import was undone"
        ),
    }.get(reason, reason)


class BackupsModel(RowsModel[BackupInfo]):
    # Backups still unencrypted beside an encrypted journal (made before it was; they
    # are encrypted once the original is removed): the dialog's refresh finds them.
    plain: frozenset[Path] = frozenset()

    def headers(self) -> list[str]:
        return [self.tr("Made"), self.tr("Why"), self.tr("Size")]

    def cell(self, b: BackupInfo, column: int) -> object:
        if column == 0:
            return texts.format_datetime(b.created)
        if column == 1:
            if b.path in self.plain:
                return self.tr("%1 · not encrypted yet").replace("%1", reason_label(b.reason))
            return reason_label(b.reason)
        # („824 KiB“, „12,4 MiB“: Qt's two decimals read „824,00 KiB“ on every row)
        return QLocale().formattedDataSize(b.size, 0 if b.size < 1024 * 1024 else 1)


class BackupsDialog(QDialog):
    backed_up = Signal()  # "Back up now" made one (the window's notice of a failed one goes)

    def __init__(
        self,
        journal_getter: Callable[[], Journal],
        restore: Callable[..., object],
        paths: DataPaths,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(560, 380)
        self._journal, self._restore, self._paths = journal_getter, restore, paths
        self.model = BackupsModel(parent=self)
        self.table = row_table(self.model, "backupsView")
        # Sized by content (the date whole, the reason with the room to spare).
        self.columns = ContentColumns(self.table, priority=(0, 1, 2), stretch=(1,))
        intro = QLabel(
            self.tr(
                "netzjournal backs up your journal every day and before every bigger change. "
                "Restoring first backs up the current state, so a restore can be undone."
            ),
            wordWrap=True,
        )
        create = QPushButton(self.tr("Back up now"))
        create.setObjectName("backupNow")
        create.clicked.connect(self.create_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        from_file = QPushButton(self.tr("Restore from file…"))
        from_file.setObjectName("restoreFromFile")
        from_file.clicked.connect(lambda: self.restore_from_file())
        folder = QPushButton(self.tr("Open folder"))
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.backups)))
        )
        # The platform's order and placement (QDialogButtonBox).
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for b in (create, self.restore_button, from_file, folder):
            b.setAutoDefault(False)
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        # No backup yet (a new journal's first day): a sentence, not an empty box.
        self.none_yet = style.empty_state(
            self.tr(
                "There is no backup yet. netzjournal makes the first one today, once the "
                "journal has been checked – or now, with “Back up now”."
            ),
            "noBackupsYet",
        )
        layout.addWidget(self.none_yet, 1)
        layout.addWidget(buttons)
        style.finish_dialog(self, minimum=(80, 16))
        self.refresh()

    def refresh(self) -> None:
        backups = list_backups(self._paths.backups)
        # After "Encrypt", the backups from before stay readable without the key until
        # the original is removed (Settings → Privacy): the list says which.
        encrypted = cipher.active() is not None
        self.model.plain = frozenset(
            b.path for b in backups if encrypted and cipher.is_plain_sqlite(b.path)
        )
        self.model.set_rows(backups)
        self.restore_button.setEnabled(self.model.rowCount() > 0)
        self.table.setVisible(self.model.rowCount() > 0)
        self.none_yet.setVisible(self.model.rowCount() == 0)

    def create_now(self) -> None:
        try:
            create_backup(self._journal(), self._paths.backups, reason="manual")
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), texts.store_error_text(exc))
        else:
            self.backed_up.emit()
        self.refresh()
        self.table.selectRow(0)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Restore"), self.tr("Select a backup first."))
            return
        backup = self.model.row_at(rows[0].row())
        question = self.tr("Replace the journal with the backup from %1?").replace(
            "%1", texts.format_datetime(backup.created)
        )
        detail = self._what_happens(holdings(backup.path))
        if confirm(self, self.tr("Restore backup"), question, self.tr("Restore"), detail):
            self._restore(backup)
            self.refresh()

    def _what_happens(self, holds: Holdings | None, extra: str = "") -> str:
        """The restore question's second paragraph: what the backup holds (or that it
        could not be read ahead: the restore checks it, as before), and that the
        current journal is kept first (``restore_backup``'s ``pre-restore`` backup)."""
        if holds is None:
            said = self.tr(
                "What it holds cannot be read beforehand; the restore checks the backup "
                "first and changes nothing if it is unfit."
            )
        else:
            said = (
                self.tr("It holds %1 and %2.")
                .replace("%1", self.tr("%Ln contact(s)", "", holds.contacts))
                .replace("%2", self.tr("%Ln note(s)", "", holds.notes))
            )
        kept = self.tr(
            "Your current journal is kept first, as a backup “before a restore” in this "
            "list, so the restore can be undone."
        )
        return "\n\n".join(part for part in (said, kept, extra) if part)

    def restore_from_file(self, path: Path | None = None) -> None:
        """A backup file from elsewhere (another computer's, a copy kept aside): its key
        found or asked for, checked, confirmed, then restored as the list's are. The
        journal keeps its protection (an encrypted backup into a plain journal is said
        before); a wrong key, a damaged file or one from a newer version changes nothing.
        The same checks as ``netzjournal backup restore FILE`` (backup_file)."""
        title = self.tr("Restore from file")
        if path is None:
            from netzjournal.ui import file_places

            name, _ = QFileDialog.getOpenFileName(
                self,
                title,
                file_places.start_at("export"),
                self.tr("netzjournal backups (*.sqlite3);;All files (*)"),
            )
            if not name:
                return
            file_places.chosen("export", name)
            path = Path(name)
        journal = self._journal()
        try:
            found = backup_file.key_for(path, journal.path)
        except backup_file.KeyNeeded:
            found = self._ask_key(path)
            if found is None:
                return
        except OSError as exc:
            QMessageBox.warning(self, title, exc.strerror or str(exc))
            return
        has_data = holds_people_or_notes(journal)
        try:
            backup_file.check(path, found, journal_has_data=has_data, journal=journal.path)
        except JournalDamaged as exc:
            from netzjournal.ui.recovery_dialog import problem_text

            QMessageBox.warning(
                self,
                title,
                self.tr("“%1” cannot be restored: %2. Nothing was changed.")
                .replace("%1", path.name)
                .replace("%2", problem_text(exc.code)),
            )
            return
        made = made_at(path)
        if made is not None:
            question = self.tr("Replace the journal with the backup “%1” from %2?")
        else:  # (a file renamed: its last change is the nearest to when it was made)
            question = self.tr("Replace the journal with the backup “%1” (last changed %2)?")
            with contextlib.suppress(OSError):
                made = dt.datetime.fromtimestamp(path.stat().st_mtime)
        if made is None:  # (gone since its check: the restore says so)
            question = self.tr("Replace the journal with the backup “%1”?")
        question = question.replace("%1", path.name).replace("%2", texts.format_datetime(made))
        encrypted = ""
        if found is not None and cipher.is_plain_sqlite(journal.path):
            encrypted = self.tr(
                "The backup is encrypted; this journal is not, and the restored one will not "
                "be either (Settings → Privacy encrypts it)."
            )
        holds = holdings(path, found.key if found is not None else None, journal.path)
        detail = self._what_happens(holds, encrypted)
        if confirm(self, self.tr("Restore backup"), question, self.tr("Restore"), detail):
            self._restore(path, found.key if found is not None else None)
            self.refresh()

    def _ask_key(self, path: Path) -> backup_file.FileKey | None:
        from netzjournal import keys
        from netzjournal.ui.privacy import UnlockDialog

        dialog = UnlockDialog(self._paths, keys.Lock(None), self, backup_file=path)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.key is None:
            return None
        return backup_file.FileKey(dialog.key, None)


def restore_failed_box(parent: QWidget | None, exc: Exception, paths: DataPaths) -> QMessageBox:
    """A restore that was refused or failed: what happened and the next step in plain
    words, the store's own (English) sentence behind "Show details", and a way to the
    data folder (where the backups and the journal are)."""
    from netzjournal.store.errors import JournalDamaged
    from netzjournal.store.journal import ReadOnlyJournal
    from netzjournal.ui import show_folder
    from netzjournal.ui.startup_dialogs import set_details

    code = exc.code if isinstance(exc, JournalDamaged) else ""
    if code == "newer":
        text = QCoreApplication.translate(
            "BackupsDialog",
            "This backup was made by a newer netzjournal. Please update netzjournal, "
            "then restore the backup again.",
        )
    elif code == "no-data":
        text = QCoreApplication.translate(
            "BackupsDialog",
            "This backup holds no contacts or notes: restoring it would empty your "
            "journal. Choose an older backup that holds your data.",
        )
    elif isinstance(exc, JournalDamaged):
        text = QCoreApplication.translate(
            "BackupsDialog",
            "This backup cannot be used (%1). Choose another backup from the list; "
            "keep this one in the backups folder for whoever helps you.",
        ).replace("%1", _problem_words(code))
    elif isinstance(exc, ReadOnlyJournal):
        text = QCoreApplication.translate(
            "BackupsDialog",
            "The journal is open read-only, so nothing can be restored into it. Quit "
            "netzjournal, start it again and restore the backup then.",
        )
    else:
        text = texts.store_error_text(exc)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("BackupsDialog", "Backup not restored"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("restoreFailedBox")
    box.setInformativeText(
        QCoreApplication.translate("BackupsDialog", "Your journal was not changed.")
    )
    show_folder.add_button(
        box, paths.root, QCoreApplication.translate("BackupsDialog", "Show data folder")
    )
    set_details(box, str(exc))
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    return box


def _problem_words(code: str) -> str:
    from netzjournal.ui.recovery_dialog import problem_text

    return problem_text(code)
