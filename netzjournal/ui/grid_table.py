"""A table view whose grid lines are filled rectangles instead of stroked lines.

Qt's table strokes each grid line with a one-pixel pen, pixel by pixel through
its cosmetic stroker: on the contacts table (a filter keystroke repaints ~30
rows) that was a sixth of a repaint's instructions. The same lines filled as
one-pixel rectangles cost a fraction of that. Once :meth:`GridTable.fill_grid`
is called the view keeps its grid switched on (so every cell keeps the pixel Qt
leaves for its line) with an invisible pen, and fills the lines where Qt draws
them after the cells are painted (the same pixels: tests/test_ui_contacts_paint.py).
A right-to-left layout keeps Qt's own lines.

Until then Qt draws the grid: the first paint of the window should not load
PySide's ``QStyle`` type (~10 ms) for it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QTableView


class GridTable(QTableView):
    _filled = False

    def fill_grid(self) -> None:
        """Fill the grid lines from now on (see the module's docstring)."""
        self._filled = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._filled:
            super().paintEvent(event)
            return
        own = self.showGrid() and not self.isRightToLeft()
        wanted = Qt.PenStyle.NoPen if own else Qt.PenStyle.SolidLine
        if self.gridStyle() != wanted:
            self.setGridStyle(wanted)
        super().paintEvent(event)
        if own:
            self._fill_lines()

    def _fill_lines(self) -> None:
        """The lines Qt's table draws (left to right, its vertical header shown or not)."""
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        hint = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
        color = QColor.fromRgba(hint & 0xFFFFFFFF)
        viewport = self.viewport()
        rows, columns = self.verticalHeader(), self.horizontalHeader()
        # As Qt's: the lines end with the last row and column, not at the viewport's edge.
        right = min(viewport.width(), columns.length() - columns.offset()) - 1
        bottom = min(viewport.height(), rows.length() - rows.offset()) - 1
        if right < 0 or bottom < 0:
            return
        lines: list[QRect] = []
        first, last = rows.visualIndexAt(0), rows.visualIndexAt(bottom)
        if first >= 0:
            for visual in range(first, (last if last >= 0 else rows.count() - 1) + 1):
                row = rows.logicalIndex(visual)
                if not rows.isSectionHidden(row):
                    y = self.rowViewportPosition(row) + self.rowHeight(row) - 1
                    lines.append(QRect(0, y, right + 1, 1))
        for visual in range(columns.visualIndexAt(0), columns.visualIndexAt(right) + 1):
            column = columns.logicalIndex(visual)
            if column >= 0 and not columns.isSectionHidden(column):
                x = self.columnViewportPosition(column) + self.columnWidth(column) - 1
                lines.append(QRect(x, 0, 1, bottom + 1))
        painter = QPainter(viewport)  # (clipped to the region being painted)
        for line in lines:
            painter.fillRect(line, color)
        painter.end()
