"""A table view whose grid lines are filled rectangles instead of stroked lines,
and whose plain cells are painted in one call per paint.

Qt's table strokes each grid line with a one-pixel pen, pixel by pixel through
its cosmetic stroker: on the contacts table (a filter keystroke repaints ~30
rows) that was a sixth of a repaint's instructions. The same lines filled as
one-pixel rectangles cost a fraction of that. Once :meth:`GridTable.fill_grid`
is called the view keeps its grid switched on (so every cell keeps the pixel Qt
leaves for its line) with an invisible pen, and fills the lines where Qt draws
them after the cells are painted (the same pixels: tests/test_ui_contacts_paint.py).
A right-to-left layout keeps Qt's own lines.

Qt's table also calls into Python two to four times per cell: the model's
``index()`` asks ``rowCount``/``columnCount``, then the delegate's ``paint``
gets a painter, an option and an index wrapped for it (~35,000 instructions a
cell, ~200 cells a keystroke). A delegate that offers ``plain_cells`` (see
:class:`CellPainter`) gets the cells Qt's style paints nothing special for —
not selected, without focus — in one loop here instead; the few others go the
way Qt's table sends them (the style's row panel, then the delegate with an
index). That loop relies on the style drawing a plain cell's row panel as
Fusion does (the alternate rows' base, nothing else): other styles (Windows,
macOS) get Qt's own paint.

Until then Qt draws the grid: the first paint of the window should not load
PySide's ``QStyle`` type (~10 ms) for it, nor ``QPainter``'s and ``QRect``'s
(~6 M instructions), which are fetched where this module's own paint uses them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QBrush, QPainter, QPaintEvent
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

# Styles whose row panel for a plain cell is Fusion's (QCommonStyle's): the
# alternate base on alternate rows, nothing else. ("DarkFusion": ours, a proxy
# of Fusion that leaves item views alone.)
_FUSION_ROWS = ("fusion", "DarkFusion")


class CellPainter(Protocol):
    def reset(self) -> None:
        """The painter's state was changed by someone else (a style, Qt's delegate)."""

    def cell(self, row: int, column: int, x: int, y: int, width: int, height: int) -> None:
        """Paint a plain cell's content (its row panel is painted)."""


class GridTable(QTableView):
    # Once, at the end of the rows' first paint. (Watching the viewport's events instead
    # means fetching ``viewport()``: PySide wraps a widget Qt made by weighing every
    # QWidget subclass it knows, which builds all their types, ~55 M instructions.)
    first_painted = Signal()
    _filled = False
    _painted = False

    def fill_grid(self) -> None:
        """Fill the grid lines from now on (see the module's docstring)."""
        self._filled = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _paint(self, event: QPaintEvent) -> None:
        if not self._filled:
            super().paintEvent(event)
            return
        own = self.showGrid() and not self.isRightToLeft()
        wanted = Qt.PenStyle.NoPen if own else Qt.PenStyle.SolidLine
        if self.gridStyle() != wanted:
            self.setGridStyle(wanted)
        if own and self._paint_cells(event.rect()):
            return
        super().paintEvent(event)
        if own:
            from PySide6.QtGui import QPainter

            painter = QPainter(self.viewport())  # (clipped to the region being painted)
            self._fill_lines(painter)
            painter.end()

    def _paint_cells(self, dirty: QRect) -> bool:
        """Paint the cells (and the lines) as QTableView does, the plain ones through the
        delegate's ``plain_cells``; False where Qt's own paint is needed."""
        delegate = self.itemDelegate()
        plain_cells = getattr(delegate, "plain_cells", None)
        rows, columns = self.verticalHeader(), self.horizontalHeader()
        style = self.style()
        if (
            plain_cells is None
            or (style.name() or style.objectName()) not in _FUSION_ROWS
            or self.state() == QTableView.State.DraggingState  # (Qt paints its drop mark)
            or rows.sectionsHidden()  # (alternate rows counted as Qt counts them: not here)
            or rows.count() == 0
            or columns.count() == 0
        ):
            return False
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyleOptionViewItem

        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        viewport = self.viewport()
        painter = QPainter(viewport)  # (clipped to the region being painted)
        cells: CellPainter = plain_cells(option, painter)
        # As QTableView::paintEvent: the rows and columns the dirty area touches,
        # which ends with the last row and column.
        bottom = min(dirty.bottom(), rows.length() - rows.offset() - 1)
        right = min(dirty.right(), columns.length() - columns.offset() - 1)
        top_row = rows.visualIndexAt(dirty.top())
        last_row = rows.visualIndexAt(bottom)
        if last_row == -1:
            last_row = rows.count() - 1
        left_column = max(columns.visualIndexAt(dirty.left()), 0)
        right_column = columns.visualIndexAt(right)
        if right_column == -1:
            right_column = columns.count() - 1
        if top_row != -1 and top_row <= last_row and bottom >= dirty.top() and right >= 0:
            spots = []  # (column, x, width) left to right, without the grid's pixel
            for visual in range(left_column, right_column + 1):
                column = columns.logicalIndex(visual)
                if not columns.isSectionHidden(column):
                    spots.append(
                        (column, self.columnViewportPosition(column), self.columnWidth(column) - 1)
                    )
            special = self._special_cells(viewport, top_row, last_row)
            alternate = self._alternate_fill(option, style) if self.alternatingRowColors() else None
            for visual in range(top_row, last_row + 1):
                row = rows.logicalIndex(visual)
                y = self.rowViewportPosition(row)
                height = self.rowHeight(row) - 1
                odd = alternate is not None and visual & 1
                if odd and alternate is not None and alternate[1] and spots:
                    # One fill for the row: the grid's pixels between its cells are
                    # filled with the (opaque) grid colour after them.
                    x0 = spots[0][1]
                    painter.fillRect(x0, y, spots[-1][1] + spots[-1][2] - x0, height, alternate[0])
                    odd = False
                marked = special.get(row)
                for column, x, width in spots:
                    state = marked.get(column, 0) if marked else 0
                    if state:
                        rect = QRect(x, y, width, height)
                        self._draw_cell(painter, option, style, row, column, rect, state, visual)
                        cells.reset()
                        continue
                    if odd and alternate is not None:
                        painter.fillRect(x, y, width, height, alternate[0])
                    cells.cell(row, column, x, y, width, height)
        self._fill_lines(painter, option)
        painter.end()
        return True

    def _special_cells(self, viewport: QWidget, first: int, last: int) -> dict[int, dict[int, int]]:
        """Rows → columns → the extra state (selected, focus) of the cells that have one,
        among the visual rows ``first`` to ``last`` (as QTableViewPrivate::drawCell asks)."""
        from PySide6.QtWidgets import QStyle

        selected = QStyle.StateFlag.State_Selected.value
        focus = QStyle.StateFlag.State_HasFocus.value
        marked: dict[int, dict[int, int]] = {}
        header = self.verticalHeader()
        shown = [header.logicalIndex(visual) for visual in range(first, last + 1)]
        model, root = self.model(), self.rootIndex()
        selection = self.selectionModel().selection()
        for span in (selection.at(n) for n in range(selection.size())):
            if span.parent() != root:
                continue
            top, bottom = span.top(), span.bottom()
            for row in shown:
                if top <= row <= bottom:
                    cells = marked.setdefault(row, {})
                    for column in range(span.left(), span.right() + 1):
                        flags = model.flags(model.index(row, column, root))
                        if flags & Qt.ItemFlag.ItemIsSelectable:
                            cells[column] = cells.get(column, 0) | selected
        current = self.currentIndex()
        if current.isValid() and (self.hasFocus() or viewport.hasFocus()):
            cells = marked.setdefault(current.row(), {})
            cells[current.column()] = cells.get(current.column(), 0) | focus
        return marked

    def _alternate_fill(self, option: QStyleOptionViewItem, style: QStyle) -> tuple[QBrush, bool]:
        """The alternate rows' brush as Fusion's row panel takes it, and whether one
        fill may cover a whole row (the brush and the grid's colour opaque)."""
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QStyle

        group = QPalette.ColorGroup.Normal if self.isEnabled() else QPalette.ColorGroup.Disabled
        if group == QPalette.ColorGroup.Normal and not (
            option.state & QStyle.StateFlag.State_Active
        ):
            group = QPalette.ColorGroup.Inactive
        brush = option.palette.brush(group, QPalette.ColorRole.AlternateBase)
        grid = style.styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
        whole = (
            brush.style() == Qt.BrushStyle.SolidPattern
            and brush.color().alpha() == 255
            and (grid & 0xFF000000) == 0xFF000000
        )
        return brush, whole

    def _draw_cell(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        style: QStyle,
        row: int,
        column: int,
        rect: QRect,
        state: int,
        visual: int,
    ) -> None:
        """One cell as QTableViewPrivate::drawCell paints it: the style's row panel,
        then the delegate."""
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        cell = QStyleOptionViewItem(option)
        cell.rect = rect
        if self.alternatingRowColors():
            if visual & 1:  # (the alternate rows: odd visual rows, no row hidden)
                cell.features |= QStyleOptionViewItem.ViewItemFeature.Alternate
            else:
                cell.features &= ~QStyleOptionViewItem.ViewItemFeature.Alternate
        cell.state |= QStyle.StateFlag(state)
        index = self.model().index(row, column, self.rootIndex())
        if cell.state & QStyle.StateFlag.State_Enabled:
            if self.model().flags(index) & Qt.ItemFlag.ItemIsEnabled:
                cell.palette.setCurrentColorGroup(QPalette.ColorGroup.Normal)
            else:
                cell.state &= ~QStyle.StateFlag.State_Enabled
                cell.palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, cell, painter, self)
        self.itemDelegateForIndex(index).paint(painter, cell, index)

    def _fill_lines(self, painter: QPainter, option: QStyleOptionViewItem | None = None) -> None:
        """The lines Qt's table draws (left to right, its vertical header shown or not);
        ``option``: the view's, if made already."""
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        if option is None:
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
        fill = painter.fillRect  # (x, y, width, height: half the cost of making QRects)
        first, last = rows.visualIndexAt(0), rows.visualIndexAt(bottom)
        if first >= 0:
            for visual in range(first, (last if last >= 0 else rows.count() - 1) + 1):
                row = rows.logicalIndex(visual)
                if not rows.isSectionHidden(row):
                    fill(0, self.rowViewportPosition(row) + self.rowHeight(row) - 1, right + 1, 1,
                         color)  # fmt: skip
        for visual in range(columns.visualIndexAt(0), columns.visualIndexAt(right) + 1):
            column = columns.logicalIndex(visual)
            if column >= 0 and not columns.isSectionHidden(column):
                x = self.columnViewportPosition(column) + self.columnWidth(column) - 1
                fill(x, 0, 1, bottom + 1, color)
