"""The contacts table's cells, painted from the model's row texts.

Qt's own delegate asks the model seven roles per cell (font, alignment,
colours, check state, icon, text, background: seven calls into Python) and
lays every text out again on every paint (itemize, line breaks, shaping,
elision: ~half a paint). Each keystroke in the filter repaints the whole
table, so this delegate reads the row's texts once per cell and draws a
:class:`QStaticText` that keeps its layout from one paint to the next — kept
by text, width and font, so a contact shown again after a keystroke costs a
dictionary look-up.

The style still draws the cell's panel (selection); the one cell with focus,
or a right-to-left layout, is painted by Qt's delegate as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

if TYPE_CHECKING:
    from netzjournal.ui.contacts.model import ContactsTableModel

_KEPT = 4000  # laid-out texts kept; more and the cache starts again
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_SELECTED = QStyle.StateFlag.State_Selected.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_LTR = Qt.LayoutDirection.LeftToRight


class ContactCellDelegate(QStyledItemDelegate):
    """Paints a contacts cell: the style's panel, then the row's text, elided.

    Per cell only what differs between cells is read from the option (its
    rectangle and state); font, metrics and colours are taken once per paint of
    the view (an event filter on its viewport marks each paint).
    """

    def __init__(self, model: ContactsTableModel, view: QAbstractItemView) -> None:
        super().__init__(view)
        # Everything a cell needs lives on a plain object: an attribute of this
        # Qt object is a slow look-up, and a paint makes ~10 per cell.
        self._p = _Paint(model.cell_texts)
        self._font_key = ""
        view.viewport().installEventFilter(self)

    @property
    def _laid_out(self) -> dict[tuple[str, int, bool], QStaticText]:
        return self._p.laid_out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._p.fresh = True
        return False

    def _take_paint(self, option: QStyleOptionViewItem, painter: QPainter) -> None:
        """Font, metrics and colours of this paint (a setting or scale may change them)."""
        p = self._p
        p.fresh = False
        p.row = -1
        p.set_font = p.set_pen = None  # the painter's own until this paint sets them
        p.ltr = option.direction == _LTR
        font = QFont(option.font)
        key = font.key() + str(painter.device().devicePixelRatio())
        if key != self._font_key:
            self._font_key = key
            p.laid_out.clear()
            italic = QFont(font)
            italic.setItalic(True)
            p.fonts = (font, italic)
            p.metrics = (QFontMetrics(font), QFontMetrics(italic))
            p.height = p.metrics[0].height()
            widget = option.widget
            # As Qt's item text: the focus frame's margin and one pixel on each side.
            p.margin = (
                widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget)
                + 1
            )
        palette = option.palette
        state = option.state.value
        group = (
            QPalette.ColorGroup.Disabled
            if not state & _ENABLED
            else QPalette.ColorGroup.Normal
            if state & _ACTIVE
            else QPalette.ColorGroup.Inactive
        )
        p.pens = {
            0: palette.color(group, QPalette.ColorRole.Text),
            _SELECTED: palette.color(group, QPalette.ColorRole.HighlightedText),
        }

    def plain_cells(self, option: QStyleOptionViewItem, painter: QPainter) -> _Paint:
        """For :class:`~netzjournal.ui.grid_table.GridTable`'s own paint: this paint's
        font and colours from the view's ``option``; what paints its plain cells."""
        self._take_paint(option, painter)
        self._p.painter = painter
        return self._p

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        p = self._p
        state = option.state.value
        if p.fresh:
            self._take_paint(option, painter)
        if state & _FOCUS or not p.ltr:
            super().paint(painter, option, index)  # (saves and restores the painter)
            return
        row = index.row()
        if row != p.row:  # (a row's cells are painted one after the other)
            p.row = row
            p.texts, p.italic = p.cell_texts(row)
        texts = p.texts
        if texts is None:
            return
        selected = state & _SELECTED
        if selected:  # (the panel shows the selection; nothing else of ours needs it)
            widget = option.widget
            widget.style().drawPrimitive(_PANEL, option, painter, widget)
            p.set_font = p.set_pen = None  # (the style may have changed them)
        text = texts[index.column()]
        if not text:
            return
        place: tuple[int, int, int, int] = option.rect.getRect()  # type: ignore[assignment]
        x, y, width, height = place
        margin = p.margin
        width -= 2 * margin
        if width <= 0:
            return
        p.draw(painter, text, x, y, width, height, selected)


class _Paint:
    """The delegate's state for the cells of one paint, and its laid-out texts."""

    __slots__ = (
        "cell_texts",
        "fonts",
        "fresh",
        "height",
        "italic",
        "laid_out",
        "ltr",
        "margin",
        "metrics",
        "painter",
        "pens",
        "row",
        "set_font",
        "set_pen",
        "texts",
    )  # fmt: skip

    def __init__(self, cell_texts: Callable[[int], tuple[tuple[str, ...] | None, bool]]) -> None:
        self.cell_texts = cell_texts
        self.laid_out: dict[tuple[str, int, bool], QStaticText] = {}
        self.fresh = True  # a new paint: read font and colours from the first option
        self.row = -1
        self.texts: tuple[str, ...] | None = None
        self.italic = False
        self.fonts: tuple[QFont, QFont] = (QFont(), QFont())  # upright, italic
        self.metrics: tuple[QFontMetrics, QFontMetrics] | None = None
        self.height = 0
        self.margin = 0
        self.pens: dict[int, QColor] = {}
        self.ltr = True
        self.set_font: QFont | None = None
        self.set_pen: QColor | None = None
        self.painter: QPainter | None = None  # GridTable's, for its plain cells

    def reset(self) -> None:
        """Someone else painted meanwhile (the font and pen are not ours)."""
        self.set_font = self.set_pen = None

    def cell(self, row: int, column: int, x: int, y: int, width: int, height: int) -> None:
        """A cell neither selected nor with focus, as :meth:`ContactCellDelegate.paint`."""
        if row != self.row:
            self.row = row
            self.texts, self.italic = self.cell_texts(row)
        texts = self.texts
        if texts is None:
            return
        text = texts[column]
        width -= 2 * self.margin
        if not text or width <= 0:
            return
        painter = self.painter
        assert painter is not None
        self.draw(painter, text, x, y, width, height, 0)

    def draw(
        self, painter: QPainter, text: str, x: int, y: int, width: int, height: int, selected: int
    ) -> None:
        """One cell's text (``width`` without the margins), laid out once and kept."""
        italic = self.italic
        key = (text, width, italic)
        static = self.laid_out.get(key)
        if static is None:
            static = self.lay_out(key, painter)
        # The painter's font and pen are set when they change, not saved and
        # restored per cell: between two cells the view only fills backgrounds,
        # and it restores its own pen after the grid.
        font = self.fonts[italic]
        if font is not self.set_font:
            painter.setFont(font)
            self.set_font = font
        pen = self.pens[selected]
        if pen is not self.set_pen:
            painter.setPen(pen)
            self.set_pen = pen
        # (whole pixels, as Qt)
        painter.drawStaticText(x + self.margin, y + (height - self.height) // 2, static)

    def lay_out(self, key: tuple[str, int, bool], painter: QPainter) -> QStaticText:
        text, width, italic = key
        if len(self.laid_out) > _KEPT:
            self.laid_out.clear()
        assert self.metrics is not None
        font, transform = self.fonts[italic], painter.transform()
        static = _prepared(text, font, transform)
        # Most texts fit: laid out once, measured, and elided (laid out again)
        # only when they come near the edge (a pixel's margin for rounding).
        if static.size().width() > width - 1 or text[-1:].isspace():
            elided = self.metrics[italic].elidedText(text, Qt.TextElideMode.ElideRight, width)
            if elided != text:
                static = _prepared(elided, font, transform)
        self.laid_out[key] = static
        return static


def _prepared(text: str, font: QFont, transform: QTransform) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(transform, font)
    return static
