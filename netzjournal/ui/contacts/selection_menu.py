"""What the contacts list offers on its selection — one person or several: closeness
1–5, a tag added or taken off, archive, merge (two), edit, delete. The same menus
in the Edit menu, the list's context menu (right click, the Menu key, Shift+F10)
and the page beside the list when several are selected.

Each choice is one command of :mod:`netzjournal.commands` (one transaction, one
undo step); the list and the coach hear of it once, through the journal's change set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import QMenu, QWidget

from netzjournal.store.journal import Journal

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QUndoStack

    from netzjournal.ui.actions import Actions


class SelectionMenus(QObject):
    """The closeness and remove-tag submenus, and the context menu built around them.

    ``selected``: the ids the list has selected, read when a choice is made (never a
    name: people are ids)."""

    def __init__(
        self,
        journal: Journal,
        actions: Actions,
        undo_stack: QUndoStack,
        selected: Callable[[], list[int]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.journal, self.app_actions, self.undo_stack = journal, actions, undo_stack
        self.selected = selected
        self.widget = parent
        self.closeness = QMenu(self.tr("Set &closeness"), parent)
        self.closeness.setObjectName("closenessMenu")
        for value in range(1, 6):
            action = self.closeness.addAction(f"&{value}  " + "●" * value + "○" * (5 - value))
            action.setCheckable(True)
            action.setData(value)
            action.triggered.connect(lambda _checked=False, v=value: self.set_closeness(v))
        self.closeness.aboutToShow.connect(self._tick_closeness)
        self.remove_tag = QMenu(self.tr("&Remove tag"), parent)
        self.remove_tag.setObjectName("removeTagMenu")
        self.remove_tag.aboutToShow.connect(self._fill_remove_tag)
        actions.add_tag.triggered.connect(self.add_tag)

    # -- the menus ----------------------------------------------------------------------

    def add_to(self, menu: QMenu) -> None:
        """The selection's own entries (closeness, add tag, remove tag) into ``menu``."""
        menu.addMenu(self.closeness)
        menu.addAction(self.app_actions.add_tag)
        menu.addMenu(self.remove_tag)

    def name_actions(self) -> None:
        """Archive and delete named for the selection ("3 Kontakte archivieren …"),
        before a menu that holds them shows (the context menu, the Edit menu)."""
        from netzjournal.store.contact_batch import archived_among

        ids = self.selected()
        archived = len(archived_among(self.journal, ids)) if ids else 0
        self.app_actions.name_for_selection(len(ids), archived)

    def context_menu(self) -> QMenu:
        """The list's context menu for what is selected now (merge only for two)."""
        a = self.app_actions
        ids = self.selected()
        self.name_actions()
        menu = QMenu(self.widget)
        menu.setObjectName("contactsContextMenu")
        if len(ids) == 1:
            menu.addAction(a.edit_contact)
            menu.addSeparator()
        self.add_to(menu)
        menu.addSeparator()
        menu.addAction(a.archive_contact)
        menu.addAction(a.restore_contacts)  # (a mixed selection's other part only)
        if len(ids) == 2:
            menu.addAction(a.merge_contacts)
        menu.addSeparator()
        menu.addAction(a.delete_contact)
        return menu

    def popup(self, menu: QMenu, at: QPoint) -> None:
        """Show a menu at a global position; a menu made for this once goes afterwards."""
        menu.exec(at)
        if menu.objectName() == "contactsContextMenu":
            menu.deleteLater()

    def _tick_closeness(self) -> None:
        """The value every selected person has is ticked; none when they differ."""
        from netzjournal.store.contact_batch import closeness_of

        values = set(closeness_of(self.journal, self.selected()).values())
        for action in self.closeness.actions():
            action.setChecked(values == {action.data()})

    def _fill_remove_tag(self) -> None:
        from netzjournal.store.contact_batch import tags_of
        from netzjournal.ui import mnemonics

        self.remove_tag.clear()
        tags = tags_of(self.journal, self.selected())
        for tag_id, name in tags:
            action = self.remove_tag.addAction(mnemonics.literal(name))
            action.triggered.connect(
                lambda _checked=False, t=tag_id, n=name: self.remove_tag_from(t, n)
            )
        if not tags:
            none = self.remove_tag.addAction(self.tr("(no tags)"))
            none.setEnabled(False)

    # -- the choices --------------------------------------------------------------------

    def set_closeness(self, value: int) -> None:
        from netzjournal.commands.contact_batch import SetCloseness
        from netzjournal.ui import undo

        if ids := self.selected():
            undo.perform(self.undo_stack, SetCloseness(self.journal, ids, value), self.widget)

    def add_tag(self) -> None:
        from netzjournal.commands.contact_batch import AddTag
        from netzjournal.ui import undo

        ids = self.selected()
        if not ids:
            return
        name = ask_tag(self.journal, len(ids), self.widget)
        if name:
            undo.perform(self.undo_stack, AddTag(self.journal, ids, name), self.widget)

    def remove_tag_from(self, tag_id: int, name: str) -> None:
        from netzjournal.commands.contact_batch import RemoveTag
        from netzjournal.ui import undo

        if ids := self.selected():
            command = RemoveTag(self.journal, ids, tag_id, name)
            undo.perform(self.undo_stack, command, self.widget)


def ask_tag(journal: Journal, count: int, parent: QWidget) -> str:
    """A tag's name for ``count`` people, completed from the tags the journal has
    ("" when cancelled)."""
    from PySide6.QtWidgets import (
        QCompleter,
        QDialog,
        QDialogButtonBox,
        QLabel,
        QLineEdit,
        QVBoxLayout,
    )

    from netzjournal.store.contact_list import tag_names
    from netzjournal.ui import style

    dialog = QDialog(parent)
    dialog.setObjectName("addTagDialog")
    dialog.setWindowTitle(QCoreApplication.translate("SelectionMenus", "Add tag"))
    prompt = (
        QCoreApplication.translate("SelectionMenus", "Add a tag to this contact:")
        if count == 1
        else QCoreApplication.translate("SelectionMenus", "Add a tag to %1 contacts:").replace(
            "%1", _count(count)
        )
    )
    label = QLabel(prompt)
    field = QLineEdit()
    field.setObjectName("tagName")
    label.setBuddy(field)
    completer = QCompleter(tag_names(journal), field)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    field.setCompleter(completer)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(QCoreApplication.translate("SelectionMenus", "Add tag"))
    ok.setEnabled(False)
    field.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(field)
    layout.addWidget(buttons)
    style.finish_dialog(dialog, minimum=(40, 5))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    return " ".join(field.text().split())


def _count(count: int) -> str:
    return QLocale().toString(count)
