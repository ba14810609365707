"""Asking before something is destroyed: the safe answer is always the default.

Enter or Esc in these questions never deletes, replaces or takes anything
back; only a click on (or Tab to) the named action does. The action's
button is the box's ``Yes`` button, relabelled with what it does.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, action: str, detail: str = "") -> bool:
    """True if the person chose ``action`` ("Delete", "Undo the import"); Cancel is default.

    ``detail`` is a second, smaller paragraph (what the choice means)."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons, parent)
    box.setObjectName("confirmDestructive")
    if detail:
        box.setInformativeText(detail)
    do = box.button(QMessageBox.StandardButton.Yes)
    do.setText(action)
    do.setIcon(QIcon())  # not the "Yes" tick: this button destroys something
    do.setAutoDefault(False)  # type: ignore[attr-defined]
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    from netzjournal.ui import mnemonics

    mnemonics.assign(box)  # Alt+letter for the action and Cancel
    box.exec()
    return box.clickedButton() is do


# Standard buttons whose icon still fits when they are named with the question's own
# verb: the tick for "Continue"/"Restore", the bin for "Discard", the disk for "Save".
_ICON_KEEPS = (
    QMessageBox.StandardButton.Yes,
    QMessageBox.StandardButton.Ok,
    QMessageBox.StandardButton.Save,
    QMessageBox.StandardButton.Discard,
)


def name_buttons(box: QMessageBox, labels: dict[QMessageBox.StandardButton, str]) -> None:
    """Each standard button of ``box`` named with what it does here. Any other keeps no
    icon: Cancel named „Später“ (the draft is kept) carried Fusion's red ✕, an icon
    that says "close/discard" (on X11 without a desktop theme)."""
    for which, text in labels.items():
        button = box.button(which)
        button.setText(text)
        if which not in _ICON_KEEPS:
            button.setIcon(QIcon())
