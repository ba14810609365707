"""The message for a change that was not saved; for a journal taken away while open
(deleted, or moved with its folder) it offers to write the open journal back.

The window still has the whole journal open. „Restore journal“ writes it back
to its path (``store.write_back``: a checked copy, never over a file that is
there), and the same save then lands there.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from netzjournal.store.errors import JournalMoved, StoreError

log = logging.getLogger(__name__)


def warn(parent: QWidget | None, title: str, text: str, exc: BaseException) -> None:
    """``QMessageBox.warning(parent, title, text)``; for :class:`JournalMoved` the
    same words with „Restore journal“ (the default) beside OK."""
    if not isinstance(exc, JournalMoved):
        QMessageBox.warning(parent, title, text)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    box.setObjectName("journalMovedBox")
    box.setInformativeText(
        QCoreApplication.translate(
            "NotSaved",
            "“Restore journal” writes the journal as it is open here back to its place "
            "(never over a file that is there now); then press Save again.",
        )
    )
    restore = box.addButton(
        QCoreApplication.translate("NotSaved", "Restore journal"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    restore.setObjectName("writeBack")
    close = box.addButton(QMessageBox.StandardButton.Ok)  # (as the plain warning's)
    box.setDefaultButton(restore)
    box.setEscapeButton(close)
    box.exec()
    if box.clickedButton() is restore:
        write_back(parent, exc)


def write_back(parent: QWidget | None, exc: JournalMoved) -> bool:
    """Put the open journal back at its path; says how it went. True if it is back."""
    from netzjournal.store.write_back import write_back as put_back
    from netzjournal.ui.startup_dialogs import set_details

    try:
        where = put_back(exc.journal)  # type: ignore[arg-type]
    except (StoreError, OSError) as failed:
        log.error("the journal could not be written back: %s", failed)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("NotSaved", "The journal was not restored"),
            QCoreApplication.translate(
                "NotSaved",
                "The journal could not be written back to %1. The details say why; if "
                "they name a file the journal was saved as, keep it.",
            ).replace("%1", str(exc.path)),
            QMessageBox.StandardButton.Close,
            parent,
        )
        box.setObjectName("writeBackFailedBox")
        set_details(box, str(failed))
        box.exec()
        return False
    log.info("the open journal was written back to %s", where)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("NotSaved", "The journal is back"),
        QCoreApplication.translate(
            "NotSaved",
            "The journal is back at %1, with everything saved before it was taken "
            "away. Press Save again to save this change there.",
        ).replace("%1", str(where)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("writtenBackBox")
    box.exec()
    return True
