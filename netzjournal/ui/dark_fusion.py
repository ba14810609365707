"""Fusion with edges that show on a dark palette.

Fusion derives the edge of a check box, a radio button, a field and a frame from
the *window* colour made darker (``window.darker(140)``): on a light window a grey
line, on a dark one a line darker than the dark around it — the check box beside
"fällig" in the quick note was a black square on a black-grey dialog. This proxy
hands Fusion a window colour from which that same arithmetic yields
:func:`style.outline` (the palette's text faded towards the window only as far as
it still stands out 3:1), so Fusion keeps drawing its own shapes; a table's grid
gets :func:`style.rule` instead of the palette's Mid (a bevel shade, next to black
on a dark base). The control that has the keyboard's focus gets a ring in
:func:`style.focus_ring` (Fusion's is a half-transparent darker accent: on a dark
window a focused tab, button or check box looked as it did unfocused). With a light
palette everything is Fusion's own.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from netzjournal.ui import style

_P = QStyle.PrimitiveElement
_C = QStyle.ComplexControl
# The primitives and controls whose only use of the window colour is their edge, and
# how much darker than the window Fusion draws it (QColor.darker's percent): a check
# box ``darker(140).lighter(110)``, a radio button ``darker(150)``, a field
# ``darker(140)``, a frame ``darker(140).lighter(108)``; spin boxes, date fields and
# combo boxes draw their frame themselves with ``darker(140)``.
_EDGED: dict[QStyle.PrimitiveElement, float] = {
    _P.PE_IndicatorCheckBox: 1.40 / 1.10,
    _P.PE_IndicatorRadioButton: 1.50,
    _P.PE_FrameLineEdit: 1.40,
    _P.PE_Frame: 1.40 / 1.08,
}
_EDGED_COMPLEX: dict[QStyle.ComplexControl, float] = {_C.CC_SpinBox: 1.40, _C.CC_ComboBox: 1.40}

_O = TypeVar("_O", bound=QStyleOption)

_S = QStyle.StateFlag
# Controls whose focus Fusion shows only in its faint edge: the ring goes around them.
# (Check boxes and radio buttons draw PE_FrameFocusRect, which is replaced.)
_RINGED = {_P.PE_PanelButtonCommand}
_RINGED_COMPLEX = {_C.CC_ComboBox, _C.CC_ToolButton, _C.CC_Slider}
_RINGED_CONTROLS = {QStyle.ControlElement.CE_TabBarTabShape}


def _keyboard_focus(option: QStyleOption) -> bool:
    state = option.state
    return bool(state & _S.State_HasFocus) and bool(state & _S.State_KeyboardFocusChange)


def draw_focus_ring(option: QStyleOption, painter: QPainter) -> None:
    """A 2 px ring in :func:`style.focus_ring` inside the edge of ``option.rect``: over
    the control's face (drawn over the edge, which is as light, it hardly changed it)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(style.focus_ring(option.palette), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 2, 2)
    painter.restore()


def _edged(option: _O, darker: float) -> _O:
    """A copy of ``option`` with the window colour from which Fusion's ``darker`` gives
    the palette's outline (its hue and saturation, its value raised by the factor)."""
    edge = style.outline(option.palette)
    h, s, v, a = edge.hsvHueF(), edge.hsvSaturationF(), edge.valueF(), edge.alphaF()
    palette = QPalette(option.palette)
    palette.setColor(
        QPalette.ColorRole.Window, QColor.fromHsvF(max(h, 0.0), s, min(1.0, v * darker), a)
    )
    edged = type(option)(option)  # the same kind of option
    edged.palette = palette
    return edged


_MESSAGE_ICONS = (
    QStyle.StandardPixmap.SP_MessageBoxCritical,
    QStyle.StandardPixmap.SP_MessageBoxWarning,
    QStyle.StandardPixmap.SP_MessageBoxInformation,
    QStyle.StandardPixmap.SP_MessageBoxQuestion,
)


def filled_holes(image: QImage, fill: QColor) -> QImage:
    """``image`` with its enclosed transparent parts painted ``fill``: the message box
    icons cut their cross, "!", "i" and "?" out of the disc, so on a dark window the
    cross showed dark. What transparency the border reaches stays transparent."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    w, h = image.width(), image.height()

    def clear(x: int, y: int) -> bool:
        return QColor.fromRgba(image.pixel(x, y)).alpha() < 128

    outside = [[False] * w for _ in range(h)]
    todo = [(x, y) for x in range(w) for y in (0, h - 1)]
    todo += [(x, y) for y in range(h) for x in (0, w - 1)]
    while todo:
        x, y = todo.pop()
        if 0 <= x < w and 0 <= y < h and not outside[y][x] and clear(x, y):
            outside[y][x] = True
            todo += [(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)]
    out = QImage(image.size(), QImage.Format.Format_ARGB32)
    out.setDevicePixelRatio(image.devicePixelRatio())
    out.fill(QColor(0, 0, 0, 0))
    for y in range(h):
        for x in range(w):
            if not outside[y][x] and QColor.fromRgba(image.pixel(x, y)).alpha() < 255:
                out.setPixelColor(x, y, fill)
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


class DarkFusion(QProxyStyle):
    """Fusion whose control edges and grid come from the palette on a dark scheme."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.setObjectName("DarkFusion")
        self._icons: dict[QStyle.StandardPixmap, QIcon] = {}

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        icon = super().standardIcon(standardIcon, option, widget)
        palette = option.palette if option is not None else QPalette()
        if standardIcon not in _MESSAGE_ICONS or not style.is_dark(palette):
            return icon
        if standardIcon not in self._icons:  # the sign in white, as on a light window
            filled = QIcon()
            for size in (16, 32, 64):  # (a message box's 32, at scale 2 its 64)
                image = icon.pixmap(size, size).toImage()
                filled.addPixmap(QPixmap.fromImage(filled_holes(image, QColor("white"))))
            self._icons[standardIcon] = filled
        return self._icons[standardIcon]

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        palette = option.palette
        if not style.is_dark(palette):
            super().drawPrimitive(element, option, painter, widget)
        elif element in _EDGED:
            super().drawPrimitive(element, _edged(option, _EDGED[element]), painter, widget)
        elif element == _P.PE_FrameFocusRect and not isinstance(widget, QAbstractItemView):
            # (a view's current cell keeps Fusion's: the selection shows it)
            if option.state & _S.State_KeyboardFocusChange:
                draw_focus_ring(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)
            if element in _RINGED and _keyboard_focus(option):
                draw_focus_ring(option, painter)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        ringed = element in _RINGED_CONTROLS and _keyboard_focus(option)
        if ringed and style.is_dark(option.palette):
            draw_focus_ring(option, painter)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        dark = style.is_dark(option.palette)
        drawn = (
            _edged(option, _EDGED_COMPLEX[control])
            if control in _EDGED_COMPLEX and dark
            else option
        )
        super().drawComplexControl(control, drawn, painter, widget)
        if dark and control in _RINGED_COMPLEX and _keyboard_focus(option):
            draw_focus_ring(option, painter)  # (from the palette, not the edged one)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if (
            hint == QStyle.StyleHint.SH_Table_GridLineColor
            and option is not None
            and style.is_dark(option.palette)
        ):
            rgba = style.rule(option.palette).rgba()
            return rgba - (1 << 32) if rgba >= 1 << 31 else rgba  # a C int
        return super().styleHint(hint, option, widget, returnData)
