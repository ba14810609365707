"""A journal that cannot be written opens read-only, and says so at the top.

The banner names the reason (a write-protected file, a folder that cannot be
written or belongs to someone else, a disk mounted read-only, a newer
netzjournal) and the place; the actions that would write are switched off.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from netzjournal.store.journal import Journal
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
    return QCoreApplication.translate(
        "ReadOnly", "Read only: %1. You can look, search and export; changes cannot be saved."
    ).replace("%1", reason.replace("%1", place))


def add_banner(window: QMainWindow, journal: Journal, actions: Actions) -> QLabel:
    """Show the banner above the views and switch off the writing actions."""
    label = QLabel(banner_text(journal))
    label.setObjectName("readOnlyBanner")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        "QLabel#readOnlyBanner { background: #fff4c2; color: #4a3b00; padding: 6px 10px;"
        " border-bottom: 1px solid #e0cf80; }"
    )
    # Above the central views (a tool bar would not wrap the text).
    views = window.centralWidget()
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(label)
    layout.addWidget(views, 1)
    window.setCentralWidget(box)
    for action in (actions.quick_note, actions.new_contact, actions.import_contacts,
                   actions.edit_contact, actions.archive_contact, actions.delete_contact,
                   actions.merge_contacts, actions.save_note, actions.delete_note,
                   actions.delete_everywhere):  # fmt: skip
        action.setEnabled(False)
    return label
