"""The pictures on the kinds' badges: a cup, a knife and fork, a handset, a camera,
an envelope, a calendar sheet and three dots.

Pictures, not initials: no set of letters read well in both languages (English
Call/Coffee and Message/Meal share initials, so call and message were "P" and
"T"; German Videocall and Veranstaltung share "V"). Drawn with QPainter on a
24-unit grid, so they are as crisp at scale 2 as at 1, in whatever colour reads
on the badge.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

#: every kind with a picture of its own (anything else gets "other"'s dots)
KINDS = ("coffee", "meal", "call", "video", "message", "event", "other")


def draw_badge(painter: QPainter, kind: str, size: float, color: QColor, ink: QColor) -> None:
    """The kind's badge in ``color`` with its picture in ``ink``, filling ``size`` × ``size``.

    Meetings are round; an event is a calendar sheet (a square with a header strip).
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if kind == "event":
        painter.drawRoundedRect(QRectF(2, 2, 20, 20), 3.6, 3.6)
        painter.setBrush(color.darker(150))
        painter.drawRoundedRect(QRectF(2, 2, 20, 6.2), 2.4, 2.4)
        painter.drawRect(QRectF(2, 5, 20, 3.2))
    else:
        painter.drawEllipse(QRectF(1.3, 1.3, 21.4, 21.4))
    draw = _GLYPHS.get(kind, _other)
    draw(painter, ink)
    painter.restore()


def _path(
    start: tuple[float, float], *steps: tuple[float, ...], close: bool = True
) -> QPainterPath:
    """A path from ``start`` through ``steps``, as SVG's L, Q and C: two numbers draw a
    line to a point, four a quadratic curve, six a cubic one."""
    path = QPainterPath(QPointF(*start))
    for step in steps:
        getattr(path, {2: "lineTo", 4: "quadTo", 6: "cubicTo"}[len(step)])(*step)
    if close:
        path.closeSubpath()
    return path


def _pen(ink: QColor, width: float) -> QPen:
    pen = QPen(ink, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _coffee(p: QPainter, ink: QColor) -> None:
    cup = _path((6.2, 9.6), (15.4, 9.6), (15.0, 15.2), (14.8, 17.6, 12.4, 17.6), (9.2, 17.6),
                (6.8, 17.6, 6.6, 15.2))  # fmt: skip
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    p.drawPath(cup)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(ink, 1.5))
    p.drawEllipse(QRectF(13.6, 10.9, 4.0, 3.8))  # the handle
    for x in (8.8, 12.2):  # steam
        p.drawPath(_path((x, 7.6), (x - 1.1, 6.6, x + 1.1, 5.6, x, 4.6), close=False))


def _meal(p: QPainter, ink: QColor) -> None:
    p.setPen(_pen(ink, 1.2))
    for x in (7.4, 9.2, 11.0):  # the fork's tines
        p.drawLine(QPointF(x, 5.2), QPointF(x, 9.4))
    p.drawPath(_path((7.4, 9.4), (7.4, 11.4, 9.2, 11.6), (11.0, 11.4, 11.0, 9.4), close=False))
    p.setPen(_pen(ink, 1.8))
    p.drawLine(QPointF(9.2, 11.4), QPointF(9.2, 18.6))
    knife = _path((14.4, 18.6), (14.4, 5.2), (17.6, 6.6, 17.2, 12.6), (16.0, 12.6), (16.0, 18.6),
                  (15.2, 19.4, 14.4, 18.6))  # fmt: skip
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    p.drawPath(knife)


def _call(p: QPainter, ink: QColor) -> None:
    # A handset: the ear and mouth pieces joined by a curved grip, lying as on a desk.
    handset = _path(
        (6.0, 8.4),
        (5.6, 6.4, 7.6, 5.6), (9.4, 5.2), (10.8, 8.8), (9.2, 10.2),  # the ear piece
        (10.4, 12.8, 13.8, 14.8),  # the grip's inner curve
        (15.2, 13.2), (18.8, 14.6), (18.4, 16.4), (17.6, 18.4, 15.6, 18.0),  # the mouth piece
        (7.4, 16.2, 6.0, 8.4),  # the grip's outer curve
    )  # fmt: skip
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    p.drawPath(handset)


def _video(p: QPainter, ink: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    p.drawRoundedRect(QRectF(4.8, 8.0, 10.0, 8.0), 1.8, 1.8)
    p.drawPath(_path((15.6, 11.0), (19.4, 8.6), (19.4, 15.4), (15.6, 13.0)))


def _message(p: QPainter, ink: QColor) -> None:
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(ink, 1.6))
    p.drawRoundedRect(QRectF(5.4, 7.4, 13.2, 9.2), 1.4, 1.4)
    p.drawPath(_path((6.0, 8.2), (12.0, 12.8), (18.0, 8.2), close=False))


def _event(p: QPainter, ink: QColor) -> None:
    # The sheet's days: two rows of dots under the header strip.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    for y in (12.2, 16.8):
        for x in (7.0, 12.0, 17.0):
            p.drawEllipse(QPointF(x, y), 1.5, 1.5)


def _other(p: QPainter, ink: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    for x in (7.0, 12.0, 17.0):
        p.drawEllipse(QPointF(x, 12.0), 1.7, 1.7)


_GLYPHS = {
    "coffee": _coffee,
    "meal": _meal,
    "call": _call,
    "video": _video,
    "message": _message,
    "event": _event,
    "other": _other,
}
