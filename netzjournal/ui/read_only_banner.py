"""A journal that cannot be written opens read-only, and says so at the top.

The banner names the reason (a write-protected file, a folder that cannot be
written or belongs to someone else, a disk mounted read-only, a newer
netzjournal) and the place; the actions that would write are switched off.
The same banner says that the day's backup could not be made (``add_notice``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QVBoxLayout, QWidget

from netzjournal.store.journal import Journal
from netzjournal.ui import style
from netzjournal.ui.actions import Actions


def banner_text(journal: Journal) -> str:
    reason = {
        "read-only-file": QCoreApplication.translate(
            "ReadOnly", "the journal file is write-protected (%1)"
        ),
        "read-only-folder": QCoreApplication.translate(
            "ReadOnly",
            "the journal's folder cannot be written – it is write-protected or another user's (%1)",
        ),
        "read-only-mount": QCoreApplication.translate(
            "ReadOnly", "the disk is mounted read-only (%1)"
        ),
    }.get(
        journal.read_only_reason or "",
        QCoreApplication.translate("ReadOnly", "a newer netzjournal wrote this journal (%1)"),
    )
    folder = journal.read_only_reason in ("read-only-folder", "read-only-mount")
    place = str(journal.path.parent if folder else journal.path)
    text = QCoreApplication.translate(
        "ReadOnly", "Read only: %1. You can look, search and export; changes cannot be saved."
    ).replace("%1", reason.replace("%1", place))
    if journal.behind_schema:  # (why the next start may take a moment: its upgrade)
        text += " " + QCoreApplication.translate(
            "ReadOnly",
            "An earlier netzjournal wrote it; it is brought up to date once it can be written.",
        )
    return text


class Banner(QLabel):
    """A notice across the window in colours from the palette (readable in a dark
    scheme too), repainted when the scheme changes."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._restyle()

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()
        sheet = (
            f"QLabel#readOnlyBanner {{ background: {style.css(style.notice_background(palette))};"
            f" color: {style.css(style.text(palette))};"
            f" padding: {style.SPACE.S}px {style.SPACE.M}px;"
            f" border-bottom: 1px solid {style.css(style.notice_border(palette))}; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def event(self, e: QEvent) -> bool:
        # (A widget with a style sheet gets the scheme's change here, not in changeEvent.)
        if e.type() == QEvent.Type.ApplicationPaletteChange:
            self._restyle()
        return super().event(e)


def add_notice(window: QMainWindow, text: str) -> QLabel:
    """A banner with ``text`` above the views (a tool bar would not wrap the text)."""
    label = Banner(text)
    # A window on screen keeps its docks' widths (a new central widget gave the
    # coach half the window).
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    widths = [d.width() for d in docks]
    views = window.centralWidget()
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(label)
    layout.addWidget(views, 1)  # type: ignore[arg-type]
    window.setCentralWidget(box)
    if docks:  # (once the layout took the new central widget in)
        QTimer.singleShot(
            0, window, lambda: window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
        )
    return label


def add_banner(window: QMainWindow, journal: Journal, actions: Actions) -> QLabel:
    """Show the banner above the views and switch off the writing actions."""
    label = add_notice(window, banner_text(journal))
    for action in (actions.quick_note, actions.new_contact, actions.import_contacts,
                   actions.import_calendar,
                   actions.edit_contact, actions.archive_contact, actions.restore_contacts,
                   actions.delete_contact,
                   actions.merge_contacts, actions.find_duplicates,
                   actions.save_note, actions.delete_note,
                   actions.delete_everywhere):  # fmt: skip
        action.setEnabled(False)
    return label
