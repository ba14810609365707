"""Charts drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Each chart paints onto any QPainter, so the same drawing appears in the view
and, rendered to an image, in the PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from netzjournal.review.axis import round_ticks
from netzjournal.ui import style

# The colours come from the palette the chart is painted with (light, dark, print).


def print_palette() -> QPalette:
    """The light palette for paper (the PDF), whatever the screen's scheme (and without
    a widget style: the command line's review has only a QGuiApplication)."""
    return style.light_palette()


AXIS_GAP = 4  # between an axis label and the plot


def month_plot(rect: QRectF, metrics: QFontMetrics, labels: list[str]) -> QRectF:
    """Where the bars go in ``rect``: room on the left for the widest axis label (an XL
    year's "8.000" lost its "8" in room made for "000"), on top for the legend, below
    for the months."""
    top_pad, bottom_pad, left_pad = metrics.height() * 1.6, metrics.height() * 1.6, 8
    room = max(metrics.horizontalAdvance(label) for label in labels) + AXIS_GAP
    return QRectF(
        rect.left() + left_pad + room,
        rect.top() + top_pad,
        rect.width() - left_pad * 2 - room,
        rect.height() - top_pad - bottom_pad,
    )


def paint_month_bars(
    painter: QPainter,
    rect: QRectF,
    this_year: list[int],
    prev_year: list[int],
    month_names: list[str],
    years: tuple[str, str],
    palette: QPalette | None = None,
) -> None:
    """Bars per month for the year (dark) beside the year before (light)."""
    bar_color, bar_prev = style.accent(palette), style.accent_muted(palette)
    text_color, grid_color = style.secondary_text(palette), style.grid(palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPixelSize(max(10, int(rect.height() / 18)))
    painter.setFont(font)
    metrics = painter.fontMetrics()
    ticks = round_ticks(max([*this_year, *prev_year, 1]))
    highest = ticks[-1]  # the axis ends on a round tick, above the tallest bar
    labels = [QLocale().toString(tick) for tick in ticks]
    plot = month_plot(rect, metrics, labels)
    painter.setPen(QPen(grid_color, 1))
    for tick, label in zip(ticks, labels, strict=True):
        y = plot.bottom() - plot.height() * tick / highest
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text_color)
        painter.drawText(
            QRectF(
                rect.left(),
                y - metrics.height() / 2,
                plot.left() - rect.left() - AXIS_GAP,
                metrics.height(),
            ),
            Qt.AlignmentFlag.AlignRight,
            label,
        )
        painter.setPen(QPen(grid_color, 1))
    slot = plot.width() / 12
    width = slot * 0.36
    painter.setPen(Qt.PenStyle.NoPen)
    for m in range(12):
        x = plot.left() + slot * m + slot * 0.12
        for offset, values, color in ((0, prev_year, bar_prev), (width, this_year, bar_color)):
            h = plot.height() * values[m] / highest
            painter.setBrush(color)
            painter.drawRect(QRectF(x + offset, plot.bottom() - h, width, h))
        painter.setPen(text_color)
        painter.drawText(
            QRectF(plot.left() + slot * m, plot.bottom() + 2, slot, metrics.height()),
            Qt.AlignmentFlag.AlignHCenter,
            month_names[m],
        )
        painter.setPen(Qt.PenStyle.NoPen)
    # Legend in the bars' order: the year before (light), then the year (dark).
    x = plot.left()
    for label, color in ((years[1], bar_prev), (years[0], bar_color)):
        painter.setBrush(color)
        painter.drawRect(QRectF(x, rect.top() + 4, metrics.height() * 0.8, metrics.height() * 0.8))
        painter.setPen(text_color)
        painter.drawText(
            QPointF(x + metrics.height(), rect.top() + 4 + metrics.ascent() * 0.85), label
        )
        painter.setPen(Qt.PenStyle.NoPen)
        x += metrics.height() * 1.4 + metrics.horizontalAdvance(label) + 12
    painter.restore()


def calendar_band(font: QFont) -> float:
    """The height of the heatmap's month names above its squares."""
    return QFontMetricsF(font).height() + 4


def calendar_gutter(font: QFont, weekday_names: Sequence[str]) -> float:
    """The room the heatmap's weekday names take at its left (none without names)."""
    shown = [n for i, n in enumerate(weekday_names) if i in (0, 2, 4)]
    if not shown:
        return 0.0
    metrics = QFontMetricsF(font)
    return max(metrics.horizontalAdvance(n) for n in shown) + metrics.averageCharWidth()


def legend_band(font: QFont) -> float:
    """The height of the heatmap's "less … more" legend below its squares."""
    return QFontMetricsF(font).height() + 6


def calendar_height(width: int, font: QFont) -> int:
    """The heatmap's height at ``width``: its squares fill the width (54 weeks), with
    the month names above and the legend below."""
    small = style.font(style.Type.SECONDARY, font)
    return int(calendar_band(small) + 7 * width / 54 + legend_band(small)) + 2


def paint_calendar(
    painter: QPainter,
    rect: QRectF,
    year: int,
    per_day: dict[dt.date, int],
    month_names: list[str],
    palette: QPalette | None = None,
    weekday_names: Sequence[str] = (),
    legend: Sequence[str] = (),
) -> None:
    """A heatmap with a square per day: weeks as columns, weekdays as rows. With
    ``weekday_names`` (Monday first) Monday, Wednesday and Friday are named at the left,
    so a row can be told for a day without counting. With ``legend`` ("less", "more")
    the five shades are shown below the squares' right end between those words."""
    text_color = style.secondary_text(palette)
    heat = [style.heat(level, palette) for level in range(5)]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The month names in the secondary size, smaller only where the squares are tiny.
    font = style.font(style.Type.SECONDARY, painter.font())
    gutter = calendar_gutter(font, weekday_names)
    band = calendar_band(font)
    below = legend_band(font) if legend else 0.0
    cell = min((rect.width() - gutter) / 54, (rect.height() - band - below) / 7)
    if QFontMetricsF(font).height() > cell * 1.4:
        font.setPixelSize(max(8, int(cell * 0.9)))
        band = calendar_band(font)
        below = legend_band(font) if legend else 0.0
        gutter = calendar_gutter(font, weekday_names)
        cell = min((rect.width() - gutter) / 54, (rect.height() - band - below) / 7)
    metrics = QFontMetricsF(font)
    baseline = rect.top() + metrics.ascent()
    painter.setFont(font)
    painter.setPen(text_color)
    for weekday in (0, 2, 4):
        if weekday < len(weekday_names):
            middle = rect.top() + band + weekday * cell + cell * 0.85 / 2
            painter.drawText(
                QPointF(rect.left(), middle + (metrics.ascent() - metrics.descent()) / 2),
                weekday_names[weekday],
            )
    rect = rect.adjusted(gutter, 0, 0, 0)  # the squares and month names right of the names
    first = dt.date(year, 1, 1)
    offset = first.weekday()
    highest = max(per_day.values(), default=0)
    day = first
    painter.setPen(Qt.PenStyle.NoPen)
    while day.year == year:
        index = (day - first).days + offset
        week, weekday = divmod(index, 7)
        count = per_day.get(day, 0)
        level = 0 if count == 0 else min(4, 1 + int(3 * count / max(highest, 1)))
        painter.setBrush(heat[level])
        painter.drawRoundedRect(
            QRectF(
                rect.left() + week * cell,
                rect.top() + band + weekday * cell,
                cell * 0.85,
                cell * 0.85,
            ),
            2,
            2,
        )
        if day.day == 1:
            painter.setPen(text_color)
            painter.drawText(
                QPointF(rect.left() + week * cell, baseline), month_names[day.month - 1]
            )
            painter.setPen(Qt.PenStyle.NoPen)
        day += dt.timedelta(days=1)
    if len(legend) == 2:
        last_week = ((dt.date(year, 12, 31) - first).days + offset) // 7
        right = rect.left() + last_week * cell + cell * 0.85
        top = rect.top() + band + 7 * cell + 4
        _paint_legend(painter, right, top, cell, metrics, legend, heat, text_color)
    painter.restore()


def _paint_legend(
    painter: QPainter,
    right: float,
    top: float,
    cell: float,
    metrics: QFontMetricsF,
    words: Sequence[str],
    heat: list[QColor],
    text_color: QColor,
) -> None:
    """ "weniger ■■■■■ mehr", its right end under the last week's squares. The squares
    sit on whole pixels (crisp at any scale: a pixel of the scale factor 2 is two)."""
    size = float(max(6, round(min(cell * 0.85, metrics.height() * 0.8))))
    step = size + max(2.0, round(cell * 0.15))
    gap = metrics.averageCharWidth()
    less, more = words
    x = round(right - metrics.horizontalAdvance(more) - gap - 4 * step - size)
    middle = top + metrics.height() / 2
    y = round(middle - size / 2)
    baseline = middle + (metrics.ascent() - metrics.descent()) / 2
    painter.setPen(text_color)
    painter.drawText(QPointF(x - gap - metrics.horizontalAdvance(less), baseline), less)
    painter.drawText(QPointF(x + 4 * step + size + gap, baseline), more)
    painter.setPen(Qt.PenStyle.NoPen)
    for level, color in enumerate(heat):
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(x + level * step, y, size, size), 2, 2)


def render_image(size: QSize, paint: object, scale: float = 2.0) -> QImage:
    """Render a paint function (painter, rect) into a white, high-resolution image
    (for paper: ``paint`` should use :func:`print_palette`)."""
    image = QImage(
        int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint(painter, QRectF(0, 0, size.width(), size.height()))  # type: ignore[operator]
    painter.end()
    return image


class ChartWidget(QWidget):
    """Paints a chart function at the widget's size."""

    def __init__(self, paint: object, height: int, parent: QWidget | None = None) -> None:
        """``paint(painter, rect, palette)`` draws the chart."""
        super().__init__(parent)
        self._paint = paint
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_paint(self, paint: object) -> None:
        self._paint = paint
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(760, self.minimumHeight())

    def follow_width(self, height_for_width: Callable[[int], int]) -> None:
        """Grow with the width (the heatmap keeps square days across the whole width)."""
        self._height_for_width = height_for_width
        self._min_height = self.minimumHeight()
        self.setMinimumHeight(max(self._min_height, height_for_width(self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        follow = getattr(self, "_height_for_width", None)
        if follow is not None:
            wanted = max(self._min_height, follow(event.size().width()))
            if wanted != self.minimumHeight():
                self.setMinimumHeight(wanted)  # (the layout gives the height)
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), style.background(self.palette()))
        self._paint(painter, QRectF(self.rect()), self.palette())  # type: ignore[operator]
        painter.end()
