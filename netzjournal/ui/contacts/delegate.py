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

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QStaticText
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
        self._model = model
        self._laid_out: dict[tuple[str, int, bool], QStaticText] = {}
        self._font_key = ""
        self._fresh = True  # a new paint: read font and colours from the first option
        self._fonts: tuple[QFont, QFont] | None = None  # upright, italic
        self._metrics: QFontMetrics | None = None
        self._margin = 0
        self._pens: dict[int, QColor] = {}
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._fresh = True
        return False

    def _take_paint(self, option: QStyleOptionViewItem, painter: QPainter) -> None:
        """Font, metrics and colours of this paint (a setting or scale may change them)."""
        self._fresh = False
        font = QFont(option.font)
        key = font.key() + str(painter.device().devicePixelRatio())
        if key != self._font_key:
            self._font_key = key
            self._laid_out.clear()
            italic = QFont(font)
            italic.setItalic(True)
            self._fonts = (font, italic)
            self._metrics = QFontMetrics(font)
            widget = option.widget
            # As Qt's item text: the focus frame's margin and one pixel on each side.
            self._margin = (
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
        self._pens = {
            0: palette.color(group, QPalette.ColorRole.Text),
            _SELECTED: palette.color(group, QPalette.ColorRole.HighlightedText),
        }

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        state = option.state.value
        if state & _FOCUS or option.direction != _LTR:
            super().paint(painter, option, index)
            return
        texts, italic = self._model.cell_texts(index.row())
        if texts is None:
            return
        if self._fresh:
            self._take_paint(option, painter)
        selected = state & _SELECTED
        if selected:  # (the panel shows the selection; nothing else of ours needs it)
            widget = option.widget
            widget.style().drawPrimitive(_PANEL, option, painter, widget)
        text = texts[index.column()]
        if not text:
            return
        rect = option.rect
        margin = self._margin
        width = rect.width() - 2 * margin
        if width <= 0:
            return
        assert self._fonts is not None and self._metrics is not None
        font = self._fonts[italic]
        key = (text, width, italic)
        static = self._laid_out.get(key)
        if static is None:
            if len(self._laid_out) > _KEPT:
                self._laid_out.clear()
            metrics = self._metrics if not italic else QFontMetrics(font)
            static = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(painter.transform(), font)
            self._laid_out[key] = static
        painter.save()
        painter.setFont(font)
        painter.setPen(self._pens[selected])
        top = rect.y() + (rect.height() - self._metrics.height()) // 2  # (whole pixels, as Qt)
        painter.drawStaticText(QPointF(rect.x() + margin, top), static)
        painter.restore()
