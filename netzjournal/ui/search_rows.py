"""How the global search list draws a hit: two lines, as a native app's search does —
the name or the note's date and title, then where it matched ("Themen: … Kaffee …"),
the words that matched emphasised in both. Header rows ("Kontakte (3)") one bold line.

Drawn run by run with the font's metrics (no rich-text document per row): the list
is redrawn on every keystroke, and Qt's default delegate already spent more time
laying out each row's text than the search took.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from netzjournal.ui import style
from netzjournal.ui.padded_rows import ROW_PADDING
from netzjournal.ui.search import KIND_ROLE, ROW_ROLE, SearchRow

Index = QModelIndex | QPersistentModelIndex
INDENT = 8  # px from the list's left edge to the text
LINE_GAP = 2  # px between a hit's two lines


def runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut into ``(part, emphasised)`` at ``spans``."""
    out: list[tuple[str, bool]] = []
    at = 0
    for start, end in spans:
        if start > at:
            out.append((text[at:start], False))
        out.append((text[start:end], True))
        at = end
    if at < len(text):
        out.append((text[at:], False))
    return out


class ResultsList(QListView):
    """The list: its rows drawn by :class:`SearchRows`, its background filled here so
    that it is opaque — else each keystroke's repaint also repainted whatever lies
    beneath it (the contacts table, the coach's cards)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows = SearchRows(self)
        self.setItemDelegate(self.rows)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Base))
        painter.end()
        super().paintEvent(event)


class SearchRows(QStyledItemDelegate):
    """Draws :class:`SearchRow` hits; other rows (headers, "Nothing found") one line."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._fonts: tuple[QFont, QFontMetricsF, QFont, QFontMetricsF] | None = None
        self._quiet: tuple[int, QColor] | None = None

    def _metrics(self, font: QFont) -> tuple[QFont, QFontMetricsF, QFont, QFontMetricsF]:
        if self._fonts is None or self._fonts[0] != font:
            bold = QFont(font)
            bold.setBold(True)
            self._fonts = (QFont(font), QFontMetricsF(font), bold, QFontMetricsF(bold))
        return self._fonts

    def _secondary(self, palette: QPalette) -> QColor:
        key = palette.cacheKey()
        if self._quiet is None or self._quiet[0] != key:
            self._quiet = (key, style.secondary_text(palette))
        return self._quiet[1]

    def height_of(self, hit: bool, font: QFont | None = None) -> int:
        """A row's height: a line (a header) or two (a hit), plus the views' padding."""
        widget = self.parent()
        font = font or (widget.font() if hasattr(widget, "font") else QApplication.font())
        line = self._metrics(font)[1].height()
        return int(line * (2 if hit else 1) + (LINE_GAP if hit else 0) + ROW_PADDING + 0.999)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Cheap and exact: the list asks for every row on every keystroke.
        hit = index.data(KIND_ROLE) is not None  # (the row itself is made when drawn)
        return QSize(INDENT * 2, self.height_of(hit, option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        widget = option.widget
        palette: QPalette = option.palette
        state = option.state
        rect = option.rect
        qstyle = widget.style() if widget is not None else QApplication.style()
        qstyle.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        font, metrics, bold, bold_metrics = self._metrics(option.font)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        strong = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = strong if selected else self._secondary(palette)
        painter.save()
        left, right = rect.left() + INDENT, rect.right() - INDENT
        top = rect.top() + ROW_PADDING / 2
        if not isinstance(row, SearchRow):  # a header ("Kontakte (3)") or "Nothing found"
            text = row if isinstance(row, str) else str(index.data() or "")
            f, m = (bold, bold_metrics) if isinstance(row, str) else (font, metrics)
            painter.setFont(f)
            painter.setPen(strong)
            baseline = top + m.ascent()
            painter.drawText(
                QPointF(left, baseline),
                m.elidedText(text, Qt.TextElideMode.ElideRight, right - left),
            )
            painter.restore()
            return
        fonts = ((font, metrics), (bold, bold_metrics))
        baseline = top + metrics.ascent()
        x = float(left)
        if row.date:
            x = self._draw(
                painter, [(row.date + "  ", False)], x, baseline, right, fonts, quiet, quiet
            )
        self._draw(painter, runs(row.title, row.title_spans), x, baseline, right, fonts,
                   strong, strong)  # fmt: skip
        baseline += metrics.height() + LINE_GAP
        x = float(left)
        if row.where:
            x = self._draw(painter, [(row.where + ": ", False)], x, baseline, right, fonts,
                           quiet, quiet)  # fmt: skip
        snippet, spans = self._keep_match_in_view(row, metrics, bold_metrics, right - x)
        self._draw(painter, runs(snippet, spans), x, baseline, right, fonts, quiet, strong)
        painter.restore()

    @staticmethod
    def _keep_match_in_view(
        row: SearchRow, metrics: QFontMetricsF, bold: QFontMetricsF, room: float
    ) -> tuple[str, list[tuple[int, int]]]:
        """The snippet, its start cut ("…") where the first matched word would
        otherwise fall past the right edge."""
        text, spans = row.snippet, row.snippet_spans
        if not spans:
            return text, spans
        start, end = spans[0]
        needed = metrics.horizontalAdvance(text[:start]) + bold.horizontalAdvance(text[start:end])
        if needed <= room:
            return text, spans
        # Start a few words before the match (a third of the room stays for them).
        cut = start
        while cut > 0 and metrics.horizontalAdvance(text[cut - 1 : start]) < room / 3:
            cut -= 1
        space = text.find(" ", cut)
        cut = space + 1 if 0 <= space < start else cut
        shift = cut - 1  # "…" takes one character
        moved = [(a - shift, b - shift) for a, b in spans if a >= cut]
        return "…" + text[cut:], moved

    @staticmethod
    def _draw(
        painter: QPainter,
        parts: list[tuple[str, bool]],
        x: float,
        baseline: float,
        right: float,
        fonts: tuple[tuple[QFont, QFontMetricsF], tuple[QFont, QFontMetricsF]],
        plain: QColor,
        emphasised: QColor,
    ) -> float:
        """Draw the parts from ``x`` on one line, eliding the one that reaches
        ``right``; returns where the next part would start."""
        for text, em in parts:
            font, metrics = fonts[em]
            width = metrics.horizontalAdvance(text)
            painter.setFont(font)
            painter.setPen(emphasised if em else plain)
            if x + width > right:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, right - x))
                if text:
                    painter.drawText(QPointF(x, baseline), text)
                return right
            painter.drawText(QPointF(x, baseline), text)
            x += width
        return x
