"""The event page's people ("Wer kommt", "Wer war da"): a line too long for the list
wraps where a name allows it; a part that cannot wrap (the name's last word glued to
its answer, "Bremen – said yes") and is wider than the list gives way at the name,
never at the answer.

The model's text keeps its glue (no line starts or ends with "·", the answer stays
whole and on the dash's line: AttendanceModel.cell); this delegate only shortens, at
the width the list has, what no break could fit. The whole line is the tooltip then.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTextBoundaryFinder,
)
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

# Between a person and their answer (AttendanceModel.cell): no-break space, en dash,
# word joiner, no-break space.
ANSWER_GLUE = "\u00a0–\u2060\u00a0"


def _runs(text: str) -> list[str]:
    """``text`` cut where a line may break (Qt's own rules: the list wraps there)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    runs, start = [], 0
    while (at := finder.toNextBoundary()) != -1:
        if at > start:
            runs.append(text[start:at])
            start = at
    if start < len(text):
        runs.append(text[start:])
    return runs


def fitted(text: str, width: int, metrics: QFontMetrics) -> str:
    """``text`` with each run that cannot break and is wider than ``width`` shortened:
    the name before the answer's dash with "…", the answer whole; a run without an
    answer (a very long word) at its end. Text that fits by wrapping is unchanged."""
    if width <= 0:
        return text
    out = []
    for run in _runs(text):
        word = run.rstrip(" ")
        if metrics.horizontalAdvance(word) <= width:
            out.append(run)
            continue
        space = run[len(word) :]
        dash = word.find(ANSWER_GLUE)
        if dash > 0:
            answer = word[dash:]
            room = width - metrics.horizontalAdvance(answer)
            name = metrics.elidedText(word[:dash], Qt.TextElideMode.ElideRight, room)
            if name:
                out.append(name + answer + space)
                continue
        # (an answer wider than the list on its own: nothing else can give way)
        out.append(metrics.elidedText(word, Qt.TextElideMode.ElideRight, width) + space)
    return "".join(out)


class PeopleLines(QStyledItemDelegate):
    """Draws and sizes each person's line as :func:`fitted` makes it for the list."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def text_width(self) -> int:
        """The room for a line's text: the list's inside, less the style's margins."""
        view = self._view
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        return view.viewport().width() - 2 * (margin + 1)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = fitted(option.text, self.text_width(), QFontMetrics(option.font))

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        whole = str(index.data() or "")
        if whole and fitted(whole, self.text_width(), QFontMetrics(option.font)) != whole:
            QToolTip.showText(event.globalPos(), whole.replace("\u2060", ""), view)
            return True
        return super().helpEvent(event, view, option, index)
