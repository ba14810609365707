"""File → Restore from JSON export…: a whole journal back, into an empty journal.

A journal that holds anything is refused before a file is even chosen, with
the reason; a file that is no export, is damaged or comes from a newer
netzjournal is refused with the reason too. The restore is one transaction
with a progress dialog: Cancel leaves the journal empty, as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netzjournal.interchange.files import FileRefused, read_file
from netzjournal.progress import Cancelled
from netzjournal.store import journal_json
from netzjournal.store.errors import StoreError
from netzjournal.store.journal import Journal
from netzjournal.ui.progress_dialog import ProgressDialog
from netzjournal.ui.texts import problem_text, store_error_text


def refusal_text(exc: journal_json.RestoreRefused) -> str:
    """Why the export was not restored, in the interface language."""
    params = exc.params
    if exc.code == "not_empty":
        names = {
            "contact": QCoreApplication.translate("RestoreJson", "Contacts: %1"),
            "interaction": QCoreApplication.translate("RestoreJson", "Notes: %1"),
            "event": QCoreApplication.translate("RestoreJson", "Events: %1"),
            "tag": QCoreApplication.translate("RestoreJson", "Tags: %1"),
            "follow_up": QCoreApplication.translate("RestoreJson", "Follow-ups: %1"),
            "opener_template": QCoreApplication.translate("RestoreJson", "Opener templates: %1"),
        }
        held = " · ".join(
            names[t].replace("%1", QLocale().toString(int(params[t]))) for t in names if t in params
        )
        return QCoreApplication.translate(
            "RestoreJson",
            "An export is restored only into an empty journal, so that nothing in your "
            "journal is overwritten or mixed up. This journal already holds %1.\n\n"
            "To restore the export:\n"
            "1. Quit netzjournal.\n"
            "2. Move the data folder (“Show data folder”) to another place, or rename it. "
            "Keep it: it holds your journal as it is.\n"
            "3. Start netzjournal again: it begins with an empty journal. Restore the "
            "export there (File → Restore from JSON export).",
        ).replace("%1", held)
    if exc.code == "too_new":
        # The schema numbers go to the box's details (see refusal_details).
        return QCoreApplication.translate(
            "RestoreJson",
            "The export was made by a newer netzjournal. Please update netzjournal, "
            "then restore the export again.",
        )
    if exc.code == "cut_short":
        return QCoreApplication.translate(
            "RestoreJson",
            "The export ends early (line %1): it was cut short, perhaps by a full disk or a copy "
            "that did not finish. Nothing was restored; restore a complete copy.",
        ).replace("%1", params.get("line", "?"))  # (a line number, as an editor shows it)
    if exc.code == "damaged":
        # What the reader found wrong is for whoever helps: in the details.
        return QCoreApplication.translate(
            "RestoreJson",
            "The export is damaged and was not restored. Please restore another copy of it.",
        )
    return QCoreApplication.translate("RestoreJson", "This is not a netzjournal JSON export.")


def refusal_details(exc: journal_json.RestoreRefused) -> str:
    """The refusal's technical side, for whoever helps (the box's details)."""
    if exc.code == "too_new":
        return (
            QCoreApplication.translate(
                "RestoreJson", "Export format (schema) %1; this version reads up to %2."
            )
            .replace("%1", exc.params.get("schema", "?"))
            .replace("%2", exc.params.get("ours", "?"))
        )
    return str(exc)


def refusal_box(parent: QWidget, title: str, exc: journal_json.RestoreRefused,
                folder: Path) -> QMessageBox:  # fmt: skip
    """Why the export was not restored, what to do, and the way to the data folder."""
    from netzjournal.ui import show_folder
    from netzjournal.ui.startup_dialogs import set_details

    box = QMessageBox(QMessageBox.Icon.Information, title, refusal_text(exc),
                      QMessageBox.StandardButton.Close, parent)  # fmt: skip
    box.setObjectName("restoreRefusedBox")
    show_folder.add_button(
        box, folder, QCoreApplication.translate("RestoreJson", "Show data folder")
    )
    set_details(box, refusal_details(exc))
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    return box


def restore_json(
    parent: QWidget,
    journal: Journal,
    path: Path | None = None,
    make_progress: Callable[[str], ProgressDialog] | None = None,
) -> bool:
    """Ask for a JSON export (unless ``path`` is given) and restore it; True if done."""
    title = QCoreApplication.translate("RestoreJson", "Restore from JSON export")
    try:
        journal_json.check_empty(journal)
    except journal_json.RestoreRefused as exc:
        refusal_box(parent, title, exc, journal.path.parent).exec()
        return False
    if path is None:
        from netzjournal.ui import file_places

        name, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            file_places.start_at("export"),  # (an export of netzjournal's own)
            QCoreApplication.translate(
                "RestoreJson", "netzjournal JSON export (*.json);;All files (*)"
            ),
        )
        if not name:
            return False
        file_places.chosen("export", name)
        path = Path(name)
    progress = (make_progress or (lambda t: ProgressDialog(parent, t)))(title)
    try:
        data = read_file(path, journal_json.MAX_EXPORT_BYTES)  # regular files only
        rows = journal_json.restore(journal, data, progress)
    except journal_json.RestoreRefused as exc:
        refusal_box(parent, title, exc, journal.path.parent).exec()
        return False
    except Cancelled:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("RestoreJson", "Stopped; nothing was restored."),
        )
        return False
    except FileRefused as refused:
        QMessageBox.warning(parent, title, problem_text(refused.problem(path.name)))
        return False
    except StoreError as exc:  # a full disk, another program's lock: the one transaction
        QMessageBox.warning(parent, title, store_error_text(exc))  # was rolled back whole
        return False
    finally:
        progress.close()
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate("RestoreJson", "The journal was restored from %1 (rows: %2).")
        .replace("%1", path.name)
        .replace("%2", QLocale().toString(rows)),
    )
    return True
