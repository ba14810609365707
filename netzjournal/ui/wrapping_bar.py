"""A view's bar of filters and buttons that wraps between its groups when narrow.

A row of an `QHBoxLayout` is as wide as all its widgets: the German labels of the
contacts', timeline's and review's bars made the window at least 876-958 px wide,
too wide for an 800-px screen or half of a 1600-px one. :class:`WrappingBar` lays
out groups (each an `QHBoxLayout`) on one line while they fit at their preferred
widths, as the row did, and otherwise starts a new line before a group (Qt's
flow layout example, by groups rather than by widgets): nothing is cut, and the
bar is only as wide as its widest group. A line's spare width goes to its groups
that expand (a filter field, a stretch that puts buttons on the right). A field's
preferred width is its example text (placeholder) whole: a bar that fitted on one
line by cutting its filter's example („Filter by name, compa…“, 120 px) wraps.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QLineEdit, QWidget

from netzjournal.ui.style import example_width


class WrappingBar(QLayout):
    def __init__(self, parent: QWidget | None = None, right: bool = False) -> None:
        """``right``: lines whose groups do not expand end at the right edge."""
        super().__init__(parent)
        self._right = right
        self._groups: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # heightForWidth, until invalidated

    def add_group(self, *widgets: QWidget, right: bool = False) -> QHBoxLayout:
        """A group of widgets kept together on one line; ``right``: at the line's end."""
        group = QHBoxLayout()
        group.setContentsMargins(0, 0, 0, 0)
        if right:
            group.addStretch(1)
        for widget in widgets:
            group.addWidget(widget)
        self.addChildLayout(group)
        self.addItem(group)
        return group

    # -- QLayout ----------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._groups.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._groups)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._groups[index] if 0 <= index < len(self._groups) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._groups):
            return None
        self.invalidate()
        return self._groups.pop(index)

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._place(QRect(0, 0, width, 0), apply=False)
        return self._heights[width]

    def sizeHint(self) -> QSize:
        """All on one line, at the groups' preferred widths."""
        shown = self._shown()
        width = sum(self._wanted(g) for g in shown) + self._gap() * max(0, len(shown) - 1)
        height = max((g.sizeHint().height() for g in shown), default=0)
        return self._with_margins(width, height)

    def minimumSize(self) -> QSize:
        """As wide as the widest group at its least, a line high."""
        shown = self._shown()
        width = max((g.minimumSize().width() for g in shown), default=0)
        height = max((g.minimumSize().height() for g in shown), default=0)
        return self._with_margins(width, height)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, apply=True)

    # -- placing ------------------------------------------------------------------------------

    def _gap(self) -> int:
        return max(0, self.spacing())

    def _shown(self) -> list[QLayoutItem]:
        return [g for g in self._groups if not g.isEmpty()]

    def _with_margins(self, width: int, height: int) -> QSize:
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def _wanted(self, group: QLayoutItem) -> int:
        """A group's preferred width, with each field's example text whole."""
        wanted = group.sizeHint().width()
        inner = group.layout()
        for n in range(inner.count() if inner is not None else 0):
            item = inner.itemAt(n) if inner is not None else None
            field = item.widget() if item is not None else None
            if isinstance(field, QLineEdit) and not field.isHidden():
                wanted += max(0, example_width(field) - field.sizeHint().width())
        return wanted

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The groups line by line: a new line where the next group's preferred width
        no longer fits beside those before it."""
        lines: list[list[QLayoutItem]] = []
        used = 0
        for group in self._shown():
            wanted = self._wanted(group)
            if lines and used + self._gap() + wanted <= width:
                lines[-1].append(group)
                used += self._gap() + wanted
            else:
                lines.append([group])
                used = wanted
        return lines

    def _place(self, rect: QRect, apply: bool) -> int:
        """Lay the groups out in ``rect`` (or only measure); returns the height used."""
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap, y = self._gap(), inner.y()
        for n, line in enumerate(self._lines(inner.width())):
            if n:
                y += gap
            height = max(g.sizeHint().height() for g in line)
            if apply:
                widths = self._widths(line, inner.width())
                used = sum(widths) + gap * (len(line) - 1)
                x = inner.x() + (max(0, inner.width() - used) if self._right else 0)
                for group, width in zip(line, widths, strict=True):
                    group.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                    x += width + gap
            y += height
        return y - inner.y() + m.top() + m.bottom()

    def _widths(self, line: list[QLayoutItem], width: int) -> list[int]:
        """The groups' widths on a line: preferred, the spare room shared by those
        that expand (a lone group too wide for the line gets the line, at least its
        minimum)."""
        widths = [self._wanted(g) for g in line]
        spare = width - sum(widths) - self._gap() * (len(line) - 1)
        if spare < 0:  # (only a group alone on its line)
            return [max(g.minimumSize().width(), width) for g in line]
        growing = [
            n for n, g in enumerate(line) if g.expandingDirections() & Qt.Orientation.Horizontal
        ]
        for k, n in enumerate(growing):
            widths[n] += spare // len(growing) + (k < spare % len(growing))
        return widths
