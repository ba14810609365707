"""The main window's size and place brought back from the last run, fitted to the
screen it opens on.

Qt's ``restoreGeometry`` restores nothing when the screen's width differs from
the one saved by more than a factor 1.25 (its guard against another scaling), and
the window then showed at Qt's default size, at most two thirds of the screen: a
window saved at 1366×768 came back at 533×315 on an 800×600 screen. A saved
window larger than the screen it lands on Qt shrinks to two thirds of it too. And
it picks the screen by the number saved with the geometry, which after a screen
went (or the screens were numbered anew) is not the one the saved place lies on.

Here the saved normal geometry is read from Qt's own record (format 3: Qt 5.15
and 6) and the screen is the one holding its centre (else the one Qt chose). A
window that fits that screen comes back as saved, moved onto the screen where it
reached past an edge; one that does not fit is given the whole screen, maximised,
as at the first start on a small screen. A record in another format is left to Qt.
"""

from __future__ import annotations

import struct
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

_MAGIC = 0x1D9D0CB  # QWidget::saveGeometry's first four bytes
# magic, major, minor version; frame geometry; normal geometry (QRect: left, top,
# right, bottom); screen number; maximised; full screen — big-endian, as QDataStream
_HEAD = struct.Struct(">IHH4i4iiBB")


def saved_normal(record: bytes) -> tuple[QRect, QRect, bool] | None:
    """The frame and normal (not maximised) geometry in a ``saveGeometry`` record and
    whether the window was maximised or full screen; None for a record this does not
    know."""
    if len(record) < _HEAD.size:
        return None
    magic, major, _minor, *rest = _HEAD.unpack_from(record)
    if magic != _MAGIC or major != 3:
        return None
    frame, normal = (QRect(QPoint(a, b), QPoint(c, d)) for a, b, c, d in (rest[0:4], rest[4:8]))
    if not normal.isValid():
        return None
    return frame, normal, bool(rest[9] or rest[10])


def restore_geometry(window: QWidget, record: QByteArray, fill: Callable[[QScreen], None]) -> None:
    """Bring the window back as ``record`` saved it, fitted to its screen; ``fill``
    gives a window that no longer fits the whole of the screen it is given."""
    # (False, and nothing restored, when the screen's width is not within a factor
    # 1.25 of the one saved: Qt's guard against another scaling.)
    restored = window.restoreGeometry(record)
    saved = saved_normal(bytes(record.data()))
    if saved is None:
        if not restored:
            fill(window.screen())
        return
    frame, normal, maximised = saved
    # The frame's margins (title bar, borders) as saved; unknown when maximised.
    if maximised or not frame.contains(normal):
        frame = normal
    left, top = normal.x() - frame.x(), normal.y() - frame.y()
    width, height = frame.width(), frame.height()
    screen = QGuiApplication.screenAt(normal.center()) or window.screen()
    room = screen.availableGeometry()
    if width > room.width() or height > room.height():
        fill(screen)
        return
    x = min(max(frame.x(), room.x()), room.x() + room.width() - width)
    y = min(max(frame.y(), room.y()), room.y() + room.height() - height)
    placed = QRect(x + left, y + top, normal.width(), normal.height())
    if maximised:
        if not restored:  # (Qt maximises it on the screen it is placed on)
            window.setGeometry(placed)
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    if window.geometry() != placed:
        window.setGeometry(placed)
