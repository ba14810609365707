"""Rows with the app's padding for views that draw items with Qt's defaults (the
shortcuts list, the search popup): as tall as the views' tables (a line + 10 px),
so an accent ("Ö") does not touch the row above, and a little room at the left."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

ROW_PADDING = 10  # pixels added to a line's height, as the notes' and contacts' rows


class PaddedRows(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.height() + ROW_PADDING
        return QSize(size.width() + ROW_PADDING, max(size.height(), line))
