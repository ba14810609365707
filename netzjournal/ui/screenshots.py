"""``netzjournal --screenshot DIR``: each main view rendered to a PNG, then exit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from netzjournal.store.contact_list import contact_rows
from netzjournal.store.listings import contact_names
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


def _review_made(window: MainWindow) -> None:
    """Wait until the review (made on a worker thread) shows."""
    import time

    review = window.review
    while review.busy:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def _save(what: QWidget | QPixmap, path: Path) -> None:
    settle()
    (what if isinstance(what, QPixmap) else what.grab()).save(str(path))


def take_screenshots(window: MainWindow, out: Path, width: int, height: int) -> list[Path]:
    """Render the views, the quick note and a contact's detail pane into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    # The same pictures whatever the data folder's window.ini says, and nothing written
    # to it: runs side by side on one folder folded each other's coach (the "-coach-
    # folded" pictures fold it and wrote that down), so one set started folded.
    window.remembers_layout = False
    window.coach_dock.set_collapsed(False)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the size asked for, not maximised
    window.resize(width, height)
    window.move(0, 0)  # on a screen of the window's size (see app.py): dialogs centre on it
    window.show()
    settle()
    window.coach.start()
    window.coach.refresher.flush()  # the coach waits a moment in normal use
    written: list[Path] = []

    def shot(name: str, what: QWidget | QPixmap) -> None:
        path = out / f"{name}.png"
        _save(what, path)
        written.append(path)

    if window.stack.currentWidget() is not window.tabs:
        shot("welcome", window)
        return written
    _welcome(window, width, height, shot)
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
    _review_made(window)
    shot("review", window)
    window.show_view(EVENTS)
    shot("events", window)
    _coach_folded(window, shot)
    # a word of the demo in the window's language (the English demo has no "Kaffee")
    window.search_field.setText(QCoreApplication.translate("Screenshots", "Coffee"))
    shot("search", window)
    window.search_field.clear()
    dialog = window.quick_note_dialog()
    if dialog.drafts.load() is None:  # a person's unsaved quick note is left alone
        _quick_note(window, dialog, shot)
    from netzjournal.ui.dialog_shots import dialogs

    dialogs(window, shot)
    return written


def _welcome(
    window: MainWindow, width: int, height: int, shot: Callable[[str, QWidget | QPixmap], None]
) -> None:
    """The first screen of an empty journal, at the window's size."""
    from netzjournal.ui.welcome import WelcomePage

    page = WelcomePage(window.paths, window.actions_)
    page.resize(width, height)
    page.show()
    shot("welcome", page)
    page.hide()
    page.deleteLater()


def _quick_note(
    window: MainWindow, dialog: QuickNoteDialog, shot: Callable[[str, QWidget | QPixmap], None]
) -> None:
    dialog.reset()
    # (the sample's words fit anyone: no "her" for whoever comes first)
    dialog.who.set_ids([i for i, _ in contact_names(window.journal)[:1]])
    dialog.body.setPlainText(
        QCoreApplication.translate(
            "Screenshots", "Talked about the barcamp in June and the new role. ☕"
        )
    )
    dialog.say_next.setText(QCoreApplication.translate("Screenshots", "your half marathon in May"))
    dialog.hooks.setText(QCoreApplication.translate("Screenshots", "Runs a half marathon in May"))
    dialog.next_step.setText(QCoreApplication.translate("Screenshots", "Send the article"))
    dialog.when.setDateTime(QDateTime.currentDateTime())
    dialog.show()
    from netzjournal.ui.dialog_shots import over

    shot("quick-note", over(window, dialog))
    dialog._stop_autosave()  # the sample text must not become a draft
    dialog.drafts.clear()
    dialog.hide()
    QApplication.processEvents()
