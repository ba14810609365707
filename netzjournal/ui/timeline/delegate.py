"""Painting timeline rows: year and month headers, entries with a kind badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from netzjournal.store.listings import TimelineEntry
from netzjournal.ui import style, texts
from netzjournal.ui.timeline.model import ENTRY_ROLE, KIND_ROLE

Index = QModelIndex | QPersistentModelIndex


PEOPLE_GAP = 12
PEOPLE_SHARE = 260  # px the people keep when the row cannot hold both whole


def fit_row(
    bold: QFontMetrics, plain: QFontMetrics, people: str, title: str, room: int
) -> tuple[str, str]:
    """The people (bold) and the title as they fit in ``room`` px: each whole while they
    both fit; else the people keep what the whole title leaves them (never less than a
    share) and the title is cut. A fixed 260 px cut "Olaf Schäfer; Wolfgang Sauer;
    Chloe…" at 1920 with half the row empty."""
    if not people:
        return "", plain.elidedText(title, Qt.TextElideMode.ElideRight, room)
    gap = PEOPLE_GAP
    left = room - plain.horizontalAdvance(title) - gap
    people_room = max(left, min(PEOPLE_SHARE, room // 2))
    people = bold.elidedText(people, Qt.TextElideMode.ElideRight, max(0, people_room))
    title_room = max(0, room - bold.horizontalAdvance(people) - gap)
    return people, plain.elidedText(title, Qt.TextElideMode.ElideRight, title_room)


class TimelineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = QFontMetrics(option.font).height()
        kind = index.data(KIND_ROLE)
        if kind == "year":
            return QSize(200, int(height * 2.4))
        if kind == "month":
            return QSize(200, int(height * 1.9))
        return QSize(200, height + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = index.data(KIND_ROLE)
        rect: QRect = option.rect
        painter.save()
        palette = option.palette
        if kind in ("year", "month"):
            # A year is a title, a month a section (the type sizes of ui/style.py).
            kind_type = style.Type.TITLE if kind == "year" else style.Type.SECTION
            painter.setFont(style.font(kind_type, option.font))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            text_rect = rect.adjusted(8, 0, -8, -4)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             index.data())  # fmt: skip
            if kind == "month":
                painter.setPen(palette.color(QPalette.ColorRole.Mid))
                painter.drawLine(rect.left() + 8, rect.bottom(), rect.right() - 8, rect.bottom())
            painter.restore()
            return
        entry = index.data(ENTRY_ROLE)
        assert isinstance(entry, TimelineEntry)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            fg = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            fg = palette.color(QPalette.ColorRole.Text)
        metrics = QFontMetrics(option.font)
        x = rect.left() + 24
        date = texts.format_date(entry.when.date())
        painter.setPen(fg)
        date_width = metrics.horizontalAdvance("00.00.0000") + 16
        painter.drawText(QRect(x, rect.top(), date_width, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter, date)  # fmt: skip
        x += date_width
        icon_size = min(18, rect.height() - 4)
        icon = texts.kind_icon(entry.kind)
        icon.paint(painter, QRect(x, rect.center().y() - icon_size // 2, icon_size, icon_size))
        x += icon_size + 10
        title = entry.title or entry.first_line
        if entry.source == "event":
            title = f"{title}  ({entry.first_line})" if entry.first_line else title
        bold = QFont(option.font)
        bold.setBold(True)
        people, title = fit_row(
            QFontMetrics(bold), metrics, entry.people, title, max(0, rect.right() - x - 8)
        )
        if people:
            painter.setFont(bold)
            width = QFontMetrics(bold).horizontalAdvance(people)
            painter.drawText(QRect(x, rect.top(), width + 2, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter, people)  # fmt: skip
            x += width + PEOPLE_GAP
            painter.setFont(option.font)
        painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter, title)  # fmt: skip
        painter.restore()
