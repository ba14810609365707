"""View → Sort contacts by: a sortable list's order chosen from the keyboard.

A column's title sorts on a click, and a header takes no focus: without a mouse the
contacts could not be sorted by last contact or organisation (the keyboard walk).
The menu offers the columns shown, by their titles, and the direction; choosing one
does what a click on its title does (the header's sort indicator, so the arrow, the
saved order and the selection follow as they do after a click).

A plain QMenu filled when it opens: the menus are built before the first paint, and
a Python subclass's first instance costs ~6 M instructions there (see actions.KeyWatch).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView, QWidget


def sort_menu(title: str, table: QTableView, parent: QWidget | None = None) -> QMenu:
    """The columns of ``table`` as exclusive choices, then "Descending"; filled each time
    it opens (titles in the interface's language, only the columns shown)."""
    menu = QMenu(title, parent)
    menu.setObjectName("sortMenu")
    menu.aboutToShow.connect(lambda: fill(menu, table))
    return menu


def fill(menu: QMenu, table: QTableView) -> None:
    from PySide6.QtGui import QAction, QActionGroup

    from netzjournal.ui import mnemonics

    menu.clear()
    header = table.horizontalHeader()
    model = table.model()
    if model is None:
        return
    group = QActionGroup(menu)
    taken: set[str] = set()
    sorted_by, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        action = QAction(menu)
        action.setText(mnemonics.with_mnemonic(title, taken) or title)
        action.setCheckable(True)
        action.setChecked(column == sorted_by)
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=column: sort_by(table, c))
        menu.addAction(action)
    menu.addSeparator()
    text = QCoreApplication.translate("SortMenu", "Descending")
    descending = QAction(menu)
    descending.setObjectName("sortDescending")
    descending.setText(mnemonics.with_mnemonic(text, taken) or text)
    descending.setCheckable(True)
    descending.setChecked(order == Qt.SortOrder.DescendingOrder)
    descending.toggled.connect(lambda down: reverse(table, down))
    menu.addAction(descending)


def sort_by(table: QTableView, column: int) -> None:
    """As a click on the column's title: a new column starts ascending."""
    header = table.horizontalHeader()
    if column != header.sortIndicatorSection():
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)


def reverse(table: QTableView, descending: bool) -> None:
    header = table.horizontalHeader()
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    header.setSortIndicator(header.sortIndicatorSection(), order)
