"""The coach's dock: full, or collapsed to a narrow strip on a small screen.

The title bar has "collapse" (»), and the strip a single button that opens it
again; the choice is the person's and is kept (``collapsed_changed``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal.ui import style

if TYPE_CHECKING:  # (a PySide name fetched builds its type: not at the start for this)
    from PySide6.QtGui import QMouseEvent, QShowEvent

EXPANDED_MIN = 250  # px: a card's two button rows fit (see card.py)
_NO_LIMIT = 16777215  # QWIDGETSIZE_MAX


class _VerticalTitle(QWidget):
    """The dock's title written bottom to top down the strip; a click on it opens the
    coach (the strip's « alone is 20 px: a click on the name did nothing)."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text

    def showEvent(self, event: QShowEvent) -> None:
        # Here, not at construction: the strip is shown only once folded (a cursor made
        # at the start would build QCursor's type for nothing on a wide screen).
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().showEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def sizeHint(self) -> QSize:
        m = self.fontMetrics()
        return QSize(m.height() + style.SPACE.XS, m.horizontalAdvance(self._text) + style.SPACE.L)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Imported here: fetching a name from PySide builds its type (QPainter: 46 enum
        # members, ~4 M instructions), and the strip is painted only once collapsed.
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QPainter

        painter = QPainter(self)
        painter.setPen(style.secondary_text(self.palette()))
        painter.translate(0, self.height())
        painter.rotate(-90)
        painter.drawText(
            QRectF(style.SPACE.S, 0, self.height() - style.SPACE.S, self.width()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._text,
        )
        painter.end()


class CoachDock(QDockWidget):
    collapsed_changed = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("coachDock")
        self._collapsed = False
        self._width = 340
        # Title bar: the title, collapse, close.
        bar = QWidget()
        bar.setObjectName("coachTitleBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(style.SPACE.S, style.SPACE.XS, style.SPACE.XS, 0)
        label = QLabel(title)
        style.set_type(label, style.Type.SECTION)
        self.collapse_button = QToolButton(autoRaise=True)
        self.collapse_button.setObjectName("collapseCoach")
        self.collapse_button.setText("»")
        self.collapse_button.setToolTip(self.tr("Fold the coach into a narrow strip"))
        self.collapse_button.setAccessibleName(self.tr("Fold the coach"))
        self.collapse_button.clicked.connect(lambda: self.set_collapsed(True))
        close = QToolButton(autoRaise=True)
        close.setObjectName("closeCoach")
        close.setText("✕")
        close.setToolTip(self.tr("Hide the coach (View menu: show it again)"))
        close.setAccessibleName(self.tr("Hide the coach"))
        close.clicked.connect(self.close)
        row.addWidget(label, 1)
        row.addWidget(self.collapse_button)
        row.addWidget(close)
        self._bar = bar
        self._no_bar = QWidget(self)  # collapsed: the strip is all there is
        self._no_bar.hide()  # (a child, not a window of its own left to the collector)
        self.setTitleBarWidget(bar)
        # The strip: one button to open the coach again, and its name.
        strip = QWidget()
        strip.setObjectName("coachStrip")
        column = QVBoxLayout(strip)
        column.setContentsMargins(style.SPACE.XS, style.SPACE.S, style.SPACE.XS, style.SPACE.S)
        self.expand_button = QToolButton(autoRaise=True)
        self.expand_button.setObjectName("expandCoach")
        self.expand_button.setText("«")
        self.expand_button.setToolTip(self.tr("Open the coach"))
        self.expand_button.setAccessibleName(self.tr("Open the coach"))
        self.expand_button.clicked.connect(lambda: self.set_collapsed(False))
        column.addWidget(self.expand_button, 0, Qt.AlignmentFlag.AlignHCenter)
        name = _VerticalTitle(title)
        name.setToolTip(self.expand_button.toolTip())
        name.clicked.connect(lambda: self.set_collapsed(False))
        column.addWidget(name, 1, Qt.AlignmentFlag.AlignHCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())  # the content (set_content)
        self.stack.addWidget(strip)
        self.strip = strip
        super().setWidget(self.stack)

    def set_content(self, widget: QWidget) -> None:
        """Put the coach (or its placeholder) in; the old content is deleted."""
        old = self.stack.widget(0)
        self.stack.insertWidget(0, widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.setCurrentIndex(1 if self._collapsed else 0)
        self._size_content()

    def _size_content(self) -> None:
        # Folded, the hidden coach must not hold the strip wide (a stack is as
        # wide as its widest page unless that page's width policy is Ignored).
        content = self.content()
        content.setMinimumWidth(0 if self._collapsed else EXPANDED_MIN)
        policy = QSizePolicy.Policy.Ignored if self._collapsed else QSizePolicy.Policy.Preferred
        content.setSizePolicy(policy, QSizePolicy.Policy.Preferred)
        # Folded, the dock is its strip and no wider, whatever the main window's layout
        # asks: a state restored from a wider window (applied by Qt once the window has
        # its size, after the fold's own resizeDocks under X11) kept the folded dock at
        # its old width, a third of an 800 px window left empty.
        self.setMaximumWidth(self.strip.sizeHint().width() if self._collapsed else _NO_LIMIT)

    def content(self) -> QWidget:
        widget = self.stack.widget(0)
        assert widget is not None  # the stack always holds the content and the strip
        return widget

    @property
    def collapsed(self) -> bool:
        return self._collapsed

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self._collapsed:
            return
        main = self.parentWidget()
        if collapsed:
            self._width = max(self.width(), EXPANDED_MIN)
        self._collapsed = collapsed
        self.stack.setCurrentIndex(1 if collapsed else 0)
        self.setTitleBarWidget(self._no_bar if collapsed else self._bar)
        self._size_content()
        from PySide6.QtWidgets import QMainWindow

        if isinstance(main, QMainWindow) and not self.isFloating():
            width = self.strip.sizeHint().width() if collapsed else self._width
            # Once the layout knows the new minimum (else the old one clamps the width).
            self.stack.updateGeometry()
            QTimer.singleShot(
                0, lambda: main.resizeDocks([self], [width], Qt.Orientation.Horizontal)
            )
        self.collapsed_changed.emit(collapsed)
