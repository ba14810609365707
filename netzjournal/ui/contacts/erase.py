"""'Delete this person everywhere': the confirmation, the erasure, what is left.

The work is :func:`netzjournal.store.erasure.erase_person`; this module asks
first (in plain words, Cancel the default), runs it, and offers to delete
copies that could not be cleaned.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QProgressDialog, QWidget

from netzjournal.store.erasure import (
    ErasurePlan,
    ErasureReport,
    delete_files,
    erase_person,
    plan_erasure,
)
from netzjournal.store.errors import StoreError
from netzjournal.store.journal import Journal
from netzjournal.ui import mnemonics, not_saved, texts
from netzjournal.ui.progress_dialog import percent_as_written


def confirmation(parent: QWidget | None, plan: ErasurePlan) -> QMessageBox:
    """The question, built but not shown (tests drive it)."""
    box = QMessageBox(parent)
    box.setObjectName("eraseConfirmation")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Erase", "Delete this person everywhere"))
    who = plan.name
    if plan.organisation or plan.city:  # namesakes apart
        who += " (" + ", ".join(x for x in (plan.organisation, plan.city) if x) + ")"
    box.setText(
        QCoreApplication.translate(
            "Erase", "Erase %1 from the journal and from every backup, for good?"
        ).replace("%1", who)
    )
    items = [
        QCoreApplication.translate(
            "Erase", "the contact with all addresses, numbers, notes and tags"
        ),
        QCoreApplication.translate("Erase", "follow-ups with them: %1").replace(
            "%1", str(plan.follow_ups)
        ),
        QCoreApplication.translate("Erase", "give & take lines about them: %1").replace(
            "%1", str(plan.give_take)
        ),
        QCoreApplication.translate(
            "Erase", "them from notes shared with others (those notes stay): %1"
        ).replace("%1", str(plan.shared_notes)),
        QCoreApplication.translate(
            "Erase",
            "them from the backups: %1 (each cleaned copy is checked before it replaces "
            "the backup)",
        ).replace("%1", str(plan.backups)),
    ]
    if plan.drafts:
        items.append(QCoreApplication.translate("Erase", "the unsaved quick note that names them"))
    closing = QCoreApplication.translate(
        "Erase",
        "Deleted text is overwritten, not just hidden. This cannot be undone – not "
        "with Ctrl+Z and not from a backup; the undo history is cleared.",
    )
    # A list, so a wrapped item hangs under its own text, not under the bullet.
    box.setInformativeText(
        "<p>"
        + html.escape(QCoreApplication.translate("Erase", "This removes:"))
        + "</p><ul>"
        + "".join(f"<li>{html.escape(item)}</li>" for item in items)
        + "</ul><p>"
        + html.escape(closing)
        + "</p>"
    )
    if plan.sole_notes:
        check = QCheckBox(
            QCoreApplication.translate(
                "Erase", "Also delete the notes where %1 was the only participant: %2"
            )
            .replace("%1", mnemonics.literal(plan.name))
            .replace("%2", str(plan.sole_notes)),
            box,  # parented: the box does not take ownership in PySide
        )
        check.setObjectName("eraseSoleNotes")
        box.setCheckBox(check)
    erase = box.addButton(
        QCoreApplication.translate("Erase", "Erase everywhere"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    erase.setObjectName("eraseButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # a destructive button is never the default
    box.setEscapeButton(cancel)
    return box


def erase_everywhere(
    parent: QWidget | None,
    journal: Journal,
    contact_id: int,
    drafts_dir: Path | None,
    undo_stack: QUndoStack,
) -> ErasureReport | None:
    """Ask, erase, report; None if the user cancelled or it failed."""
    try:
        plan = plan_erasure(journal, contact_id, drafts_dir)
    except StoreError as exc:
        title = QCoreApplication.translate("Erase", "Not deleted")
        not_saved.warn(parent, title, texts.store_error_text(exc), exc)
        return None
    box = confirmation(parent, plan)
    box.exec()
    if box.clickedButton() is None or box.buttonRole(box.clickedButton()) != (
        QMessageBox.ButtonRole.DestructiveRole
    ):
        return None
    with_sole = box.checkBox() is not None and box.checkBox().isChecked()
    # No cancel button: stopping half-way would leave backups that still hold them.
    progress = QProgressDialog(
        QCoreApplication.translate("Erase", "Erasing %1 from the journal and its backups…").replace(
            "%1", plan.name
        ),
        "",
        0,
        plan.backups + 1,
        parent,
    )
    progress.setObjectName("eraseProgress")
    percent_as_written(progress)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def step(done: int, total: int) -> None:
        # Called between backups: the journal's own transaction is over by then.
        progress.setMaximum(total + 1)
        progress.setValue(done + 1)
        QApplication.processEvents()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = erase_person(
            journal, contact_id, with_sole_notes=with_sole, drafts_dir=drafts_dir, progress=step
        )
    except StoreError as exc:
        not_saved.warn(
            parent,
            QCoreApplication.translate("Erase", "Not deleted"),
            texts.store_error_text(exc),
            exc,
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()
        progress.close()
    # Undo steps hold copies of their rows: none may bring them back.
    undo_stack.clear()
    done = QCoreApplication.translate("Erase", "%1 was erased. Backups cleaned: %2.").replace(
        "%1", plan.name
    )
    done = done.replace("%2", str(len(report.cleaned)))
    if not report.wal_emptied:
        done += "\n\n" + QCoreApplication.translate(
            "Erase",
            "Another program is reading the journal, so its write-ahead log could not be "
            "emptied yet; it is emptied when netzjournal closes.",
        )
    if not report.unchangeable:
        QMessageBox.information(
            parent, QCoreApplication.translate("Erase", "Deleted everywhere"), done
        )
        return report
    _offer_to_delete(parent, plan.name, done, report)
    return report


def _offer_to_delete(parent: QWidget | None, name: str, done: str, report: ErasureReport) -> None:
    listing = "\n".join(f"• {path.name} ({why})" for path, why in report.unchangeable)
    box = QMessageBox(parent)
    box.setObjectName("eraseLeftovers")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Erase", "Deleted everywhere"))
    box.setText(done)
    box.setInformativeText(
        QCoreApplication.translate(
            "Erase",
            "These copies could not be changed and may still hold %1. Delete them? "
            "They are deleted as whole files.",
        ).replace("%1", name)
        + "\n\n"
        + listing
    )
    delete = box.addButton(
        QCoreApplication.translate("Erase", "Delete these files"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("Erase", "Keep them"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    if box.clickedButton() is not delete:
        return
    failed = delete_files(path for path, _ in report.unchangeable)
    if failed:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Erase", "Not deleted"),
            QCoreApplication.translate("Erase", "These files could not be deleted:")
            + "\n"
            + "\n".join(f"• {p} ({why})" for p, why in failed),
        )
