"""Every dialog over the window, for ``netzjournal --screenshot``.

Each dialog is shown (never run: nothing is saved) where it opens over the
window, and the picture is the window with the dialog on top, so a reader
sees its size against the window's and whether it opens centred on it.
Questions that only exist while they wait for an answer (confirmations,
merge, "everything stored") are answered "Cancel" as soon as they are shot.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QWidget

from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import get_contact
from netzjournal.ui.screenshots import settle as _settle

if TYPE_CHECKING:
    from netzjournal.store.errors import JournalTooNew
    from netzjournal.ui.main_window import MainWindow

Shot = Callable[[str, QPixmap], None]

# Shaped as keys.recovery_text writes one (14 groups of four, A-Z and 2-7): a shorter
# sample hid how wide the real key makes its box.
SAMPLE_RECOVERY_KEY = "7KQF-M2XD-QPLA-W4TR-ZC6N-H3VB-TR5M-JX2E-KWA4-PZ7D-LQ3N-VB6S-E2HY-RM4C"

# A few people for the import wizard's preview (read, never imported).
_VCARDS = """BEGIN:VCARD
VERSION:3.0
N:Weiß;Jürgen;;;
FN:Jürgen Weiß
ORG:Nordlicht Medien
EMAIL;TYPE=work:juergen.weiss@nordlicht-medien.example
TEL;TYPE=cell:+49 170 5550123
ADR;TYPE=work:;;;Köln;;;
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Schröder-Oberndorfer;Annemarie;;Dr.;
FN:Dr. Annemarie Schröder-Oberndorfer
ORG:Stadtwerke Mönchengladbach
EMAIL:a.schroeder-oberndorfer@stadtwerke-mg.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;;;;
EMAIL:info@example.org
END:VCARD
"""


def over(window: QWidget, dialog: QWidget, behind: QColor | None = None) -> QPixmap:
    """The window as the person sees it with ``dialog`` open on it (dimmed); with an
    opaque ``behind``, the dialog alone on a screen of that colour."""
    _settle()
    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), behind or QColor(0, 0, 0, 70))
    at = dialog.geometry().topLeft() - window.geometry().topLeft()
    painter.drawPixmap(at, dialog.grab())
    painter.setPen(QColor(0, 0, 0, 160))  # the dialog's edge (no frame offscreen)
    painter.drawRect(at.x() - 1, at.y() - 1, dialog.width() + 1, dialog.height() + 1)
    painter.end()
    return picture


def alone(window: QWidget, box: QWidget) -> QPixmap:
    """A box shown before any window: where it opens on an otherwise empty screen
    (the screen is the window's size, see ``app._offscreen_screen``)."""
    return over(window, box, QColor(96, 104, 112))  # a plain desktop


def shoot_modal(window: QWidget, name: str, shot: Shot, open_it: Callable[[], object]) -> None:
    """Shoot the modal question ``open_it`` opens, then cancel it."""

    def take() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, take)
            return
        shot(name, over(window, modal))
        modal.hide()
        if isinstance(modal, QMessageBox) and modal.escapeButton() is not None:
            modal.escapeButton().click()
        elif isinstance(modal, QDialog):
            modal.reject()

    QTimer.singleShot(0, take)
    open_it()
    _settle()


def dialogs(window: MainWindow, shot: Shot) -> None:
    """Shoot every dialog of the interface over ``window``."""
    for name, dialog in _built(window):
        dialog.show()
        tabs = dialog.findChild(QTabWidget)
        if tabs is not None:  # each tab (settings, the contact editor)
            for page in range(tabs.count()):
                tabs.setCurrentIndex(page)
                shot(f"dialog-{name}-{page + 1}", over(window, dialog))
        else:
            shot(f"dialog-{name}", over(window, dialog))
        dialog.hide()
        if dialog is not window.quick_note_dialog():
            dialog.deleteLater()
        QApplication.processEvents()
    _questions(window, shot)
    box = window.data_location_box()  # Help → Where my data lives (a message box)
    box.show()
    shot("dialog-data-location", over(window, box))
    box.hide()
    box.deleteLater()
    _progress(window, shot)
    _startup(window, shot)


def _progress(window: MainWindow, shot: Shot) -> None:
    """A long import half-way (its dialog shows after 400 ms of work)."""
    from netzjournal.ui.progress_dialog import ProgressDialog

    progress = ProgressDialog(window, QCoreApplication.translate("ImportWizard", "Import contacts"))
    progress("write", 0, 100)  # the phase's label
    progress.dialog.setValue(40)
    progress.dialog.show()
    shot("dialog-progress", over(window, progress.dialog))
    progress.close()


def _too_new_sample(where: Path) -> JournalTooNew:
    """A journal from the next version, as this build would name it: its own version
    and schema (not made-up numbers that contradict the build's)."""
    from netzjournal import __version__
    from netzjournal.store.errors import JournalTooNew
    from netzjournal.store.journal import latest_schema

    parts = __version__.split(".")
    newer = f"{parts[0]}.{int(parts[1]) + 1}.0" if len(parts) > 1 and parts[1].isdigit() else "?"
    ours = latest_schema()
    return JournalTooNew(where, newer, ours + 1, __version__, ours)


def _startup_boxes(where: Path) -> Iterator[tuple[str, QWidget]]:
    """Every box the start can show before there is a window."""
    from netzjournal.store.errors import JournalKeyError, JournalUnavailable
    from netzjournal.ui import startup_dialogs as boxes
    from netzjournal.ui.privacy import conversion_progress

    for kind in boxes.KNOWN_KINDS:  # (a file in the folder's place names the folder)
        place = where.parent if kind == "not-a-folder" else where
        yield kind, boxes.unavailable_box(JournalUnavailable(place, kind))
    for kind in ("wrong-key", "no-key"):
        yield kind, boxes.key_problem_box(JournalKeyError(where, kind))
    yield "too-new", boxes.too_new_box(_too_new_sample(where))
    yield "set-aside", boxes.set_aside_box([where.with_name(where.name + "-wal.set-aside")])
    yield (
        "cannot-open",
        boxes.error_box(
            QCoreApplication.translate("App", "The journal cannot be opened"), "(details)", where
        ),
    )
    yield "crash", boxes.crash_box(where.parent / "logs" / "netzjournal.log", "Traceback …")
    busy = conversion_progress(QCoreApplication.translate("Privacy", "Encrypting the journal…"))
    yield "encrypting", busy


def _startup(window: MainWindow, shot: Shot) -> None:
    for name, box in _startup_boxes(window.paths.journal):
        box.show()
        shot(f"startup-{name}", alone(window, box))
        box.hide()
        box.deleteLater()
    _draft_question(window, shot)


def _draft_question(window: MainWindow, shot: Shot) -> None:
    """The quick note's "continue with the unsaved note?" (a draft in a folder of its own)."""
    from netzjournal.drafts import DraftStore
    from netzjournal.ui.quick_note import QuickNoteDialog

    with tempfile.TemporaryDirectory(prefix="netzjournal-shots-") as folder:
        drafts = DraftStore(Path(folder))
        dialog = QuickNoteDialog(window.journal, drafts, parent=window)
        drafts.save({"body": "…", "who": ""})
        shoot_modal(window, "dialog-quick-note-draft", shot, dialog.reset)
        dialog._stop_autosave()
        dialog.deleteLater()


def _built(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    from netzjournal import keys
    from netzjournal.store.backups import checked_backups
    from netzjournal.store.errors import JournalDamaged
    from netzjournal.store.events import get_event, occurrences
    from netzjournal.ui.backups_dialog import BackupsDialog
    from netzjournal.ui.coach.templates_dialog import TemplatesDialog
    from netzjournal.ui.contacts.editor import ContactEditor
    from netzjournal.ui.events_tab.debrief import DebriefDialog
    from netzjournal.ui.events_tab.editor import EventEditor, OccurrenceDialog
    from netzjournal.ui.interchange.export_dialog import ExportDialog
    from netzjournal.ui.privacy import EncryptDialog, RecoveryKeyDialog, UnlockDialog
    from netzjournal.ui.recovery_dialog import RecoveryDialog
    from netzjournal.ui.settings_dialog import SettingsDialog
    from netzjournal.ui.shortcuts_dialog import ShortcutsDialog
    from netzjournal.ui.sync_pairs import SyncPairsDialog
    from netzjournal.ui.sync_review import SyncReviewDialog

    j, where, today = window.journal, window.paths, window.today()
    ids = window.contacts.selected_ids()
    yield "contact-new", ContactEditor(j, None, new=True, parent=window, today=today)
    if ids:
        yield "contact", ContactEditor(j, get_contact(j, ids[0]), parent=window, today=today)
    yield "settings", SettingsDialog(where, j, window)
    yield "backups", BackupsDialog(lambda: j, lambda _b: None, where, window)
    yield from _import_pages(window)
    yield "export", ExportDialog(j, ids, window)
    yield "shortcuts", ShortcutsDialog(window.menuBar(), window)
    yield "templates", TemplatesDialog(j, window)
    yield "sync-review", SyncReviewDialog(j, window)
    from netzjournal.store.listings import contact_uids

    yield "sync-pairs", SyncPairsDialog(j, sorted(contact_uids(j))[:5], window)
    yield "event-new", EventEditor(j, None, today, window)
    around = occurrences(j, today - dt.timedelta(days=365), today + dt.timedelta(days=365))
    if around:  # an evening already past, edited as the Events page does (its series)
        past = [o for o in around if o.starts_on <= today] or around
        occurrence = past[-1]
        target = occurrence.series_id if occurrence.series_id is not None else occurrence.event_id
        if target is not None:
            yield "event", EventEditor(j, get_event(j, target), today, window)
        yield "occurrence", OccurrenceDialog(occurrence, window)
        yield "debrief", DebriefDialog(j, occurrence, window.undo_stack, window)
    damaged = JournalDamaged(where.journal, "file is not a database")
    yield "recovery", RecoveryDialog(damaged, checked_backups(where.backups), window)
    yield "encrypt", EncryptDialog(where, window)
    yield "unlock-passphrase", UnlockDialog(where, keys.Lock("passphrase"), window)
    yield "unlock-keyring", UnlockDialog(where, keys.Lock("keyring"), window)
    yield "recovery-key", RecoveryKeyDialog(SAMPLE_RECOVERY_KEY, window)


def _import_pages(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """The import wizard's three pages: the files, the preview (read, not imported) and
    the summary (as it reads after an import; nothing was imported)."""
    from netzjournal.interchange.importer import ImportOutcome
    from netzjournal.ui.interchange.wizard import ImportWizard

    wizard = ImportWizard(window.journal, window.undo_stack, window)
    yield "import", wizard
    with tempfile.TemporaryDirectory(prefix="netzjournal-shots-") as folder:
        sample = Path(folder) / "kontakte.vcf"
        sample.write_text(_VCARDS, encoding="utf-8")
        wizard = ImportWizard(window.journal, window.undo_stack, window)
        wizard.set_paths([sample])
        yield "import-files", wizard
        wizard = ImportWizard(window.journal, window.undo_stack, window)
        wizard.set_paths([sample])
        wizard.build_plan()
        yield "import-preview", wizard
        plan = wizard.model.plan
        created = [r for r in plan.rows if r.action == "create"]
        merged = [r for r in plan.rows if r.action == "merge"]
        outcome = ImportOutcome(
            created=list(range(len(created))),
            merged=list(range(len(merged))),
            skipped=len(plan.rows) - len(created) - len(merged),
            backup=window.paths.backups / "journal-20261124-101500-pre-import.sqlite3",
        )
        wizard.show_result(plan, outcome)
        yield "import-result", wizard


def _questions(window: MainWindow, shot: Shot) -> None:
    """The questions that ask before something is lost or destroyed."""
    from netzjournal.store.erasure import plan_erasure
    from netzjournal.ui import unsaved
    from netzjournal.ui.contacts.erase import confirmation

    shoot_modal(window, "dialog-unsaved", shot, lambda: unsaved.ask(
        window, QCoreApplication.translate(
            "Screenshots", "Save the changes to the note “Coffee at the harbour”?"
        )
    ))  # fmt: skip
    ids = window.contacts.selected_ids()
    if ids:  # (each question is answered Cancel: nothing is deleted)
        shoot_modal(window, "dialog-delete", shot, window.contacts.delete_selected)
        box = confirmation(window, plan_erasure(window.journal, ids[0], window.contacts.drafts_dir))
        box.show()
        shot("dialog-erase", over(window, box))
        box.hide()
        box.deleteLater()
        shoot_modal(window, "dialog-all-data", shot, window.contacts.show_all_data)
    rows = contact_rows(window.journal)
    if len(rows) >= 2:
        table = window.contacts.table
        selection = table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in (0, 1):
            selection.select(table.model().index(row, 0), flags)
        shoot_modal(window, "dialog-merge", shot, window.contacts.merge_selected)
        if ids:
            window.contacts.select(ids[0])
