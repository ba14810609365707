"""``netzjournal --screenshot DIR``: each main view rendered to a PNG, then exit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QApplication, QWidget

from netzjournal.store.contacts import get_contact
from netzjournal.store.listings import contact_names, contact_rows
from netzjournal.ui.main_window import CONTACTS, EVENTS, NOTES, REVIEW, TIMELINE, MainWindow
from netzjournal.ui.quick_note import QuickNoteDialog


def _coach_folded(window: MainWindow, shot: Callable[[str, QWidget], None]) -> None:
    """Every view again with the coach folded to its strip (then as it was)."""
    dock = window.coach_dock
    was = dock.collapsed
    dock.set_collapsed(True)
    for view, name in ((CONTACTS, "contacts"), (NOTES, "notes"), (TIMELINE, "timeline"),
                       (REVIEW, "review"), (EVENTS, "events")):  # fmt: skip
        window.show_view(view)
        shot(f"{name}-coach-folded", window)
    dock.set_collapsed(was)


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    _settle()
    widget.grab().save(str(path))


def take_screenshots(window: MainWindow, out: Path, width: int, height: int) -> list[Path]:
    """Render the views, the quick note and a contact's detail pane into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    window.resize(width, height)
    window.show()
    _settle()
    window.coach.start()
    window.coach.refresher.flush()  # the coach waits a moment in normal use
    written: list[Path] = []

    def shot(name: str, widget: QWidget) -> None:
        path = out / f"{name}.png"
        _save(widget, path)
        written.append(path)

    if window.stack.currentWidget() is not window.tabs:
        shot("welcome", window)
        return written
    window.show_view(CONTACTS)
    rows = contact_rows(window.journal)
    if rows:
        busiest = max(rows, key=lambda r: (r.last_contact is not None, r.closeness, r.last_contact))
        window.contacts.select(busiest.id)
    shot("contacts", window)
    shot("contact-detail", window.contacts.detail)
    window.show_view(NOTES)
    if window.notes.model.rowCount():
        window.notes.list.selectRow(0)
    shot("notes", window)
    window.show_view(TIMELINE)
    shot("timeline", window)
    window.show_view(REVIEW)
    shot("review", window)
    window.show_view(EVENTS)
    shot("events", window)
    _coach_folded(window, shot)
    window.search_field.setText("Kaffee")
    shot("search", window)
    window.search_field.clear()
    dialog = window.quick_note_dialog()
    if dialog.drafts.load() is None:  # a person's unsaved quick note is left alone
        _quick_note(window, dialog, shot)
    _dialogs(window, shot)
    return written


def _quick_note(
    window: MainWindow, dialog: QuickNoteDialog, shot: Callable[[str, QWidget], None]
) -> None:
    dialog.reset()
    dialog.who.set_ids([i for i, _ in contact_names(window.journal)[:1]])
    dialog.body.setPlainText(
        QCoreApplication.translate(
            "Screenshots", "Talked about the barcamp in June and her new role. ☕"
        )
    )
    dialog.say_next.setText(QCoreApplication.translate("Screenshots", "your half marathon in May"))
    dialog.hooks.setText(QCoreApplication.translate("Screenshots", "Runs a half marathon in May"))
    dialog.next_step.setText(QCoreApplication.translate("Screenshots", "Send the article"))
    dialog.when.setDateTime(QDateTime.currentDateTime())
    dialog.show()
    shot("quick-note", dialog)
    dialog._stop_autosave()  # the sample text must not become a draft
    dialog.drafts.clear()
    dialog.hide()
    QApplication.processEvents()


def _dialogs(window: MainWindow, shot: Callable[[str, QWidget], None]) -> None:
    """Each dialog as it opens over the window (shown, not run: nothing is saved)."""
    from netzjournal.ui.backups_dialog import BackupsDialog
    from netzjournal.ui.coach.templates_dialog import TemplatesDialog
    from netzjournal.ui.contacts.editor import ContactEditor
    from netzjournal.ui.events_tab.editor import EventEditor
    from netzjournal.ui.interchange.export_dialog import ExportDialog
    from netzjournal.ui.interchange.wizard import ImportWizard
    from netzjournal.ui.settings_dialog import SettingsDialog

    j = window.journal
    ids = window.contacts.selected_ids()
    makers: list[tuple[str, Callable[[], QWidget]]] = [
        ("dialog-settings", lambda: SettingsDialog(window.paths, j, window)),
        ("dialog-backups", lambda: BackupsDialog(lambda: j, lambda _b: None, window.paths, window)),
        ("dialog-import", lambda: ImportWizard(j, window.undo_stack, window)),
        ("dialog-export", lambda: ExportDialog(j, ids, window)),
        ("dialog-templates", lambda: TemplatesDialog(j, window)),
        ("dialog-event", lambda: EventEditor(j, None, window.today(), window)),
    ]
    if ids:
        record = get_contact(j, ids[0])
        makers.insert(0, ("dialog-contact", lambda: ContactEditor(j, record, parent=window)))
    for name, make in makers:
        dialog = make()
        dialog.show()
        shot(name, dialog)
        dialog.hide()
        dialog.deleteLater()
        QApplication.processEvents()
