"""A dialog's table sized by its content: every column shown, none wrapped, no
horizontal scrollbar.

For the small tables in dialogs (import preview, backups, recovery), where every
column matters and none should be hidden (the main views hide columns by priority:
:mod:`netzjournal.ui.columns`). Each column wants the width of its widest cell or of
its title, whichever is more. While all fit, each gets what it wants and the room to
spare goes to the ``stretch`` columns. When not, each keeps its title whole (German
titles are long) and up to ten characters of its content (a city, a file's line),
and the rest of the width goes to the columns in ``priority`` order — a name or an
address gets its room before an empty column gets more than its title. Cells stay
on one line and are elided; a cut cell shows its whole text as a tooltip (where the
model gives none of its own). A view may wrap its cells instead, its rows as high as
their text (:func:`fit_wrapped_rows`: the import's preview and result).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QToolTip

from netzjournal.ui import style
from netzjournal.ui.header_width import arrow_room, title_width


def share(
    wanted: Sequence[int],
    floors: Sequence[int],
    room: int,
    priority: Sequence[int],
    stretch: Sequence[int],
    fair: bool = False,
) -> list[int]:
    """The widths for columns that want ``wanted`` and need at least ``floors`` (their
    titles), in ``room`` pixels. Pure arithmetic (tested without a view).

    ``fair``: when not all fit, the room above the floors is shared evenly among the
    columns that want more (none gets more than it wants; ``priority`` only orders
    the last pixels) instead of going to them one after the other."""
    want = [max(w, f) for w, f in zip(wanted, floors, strict=True)]
    if sum(want) <= room:
        widths = list(want)
        spare = room - sum(want)
        takers = [c for c in stretch if 0 <= c < len(widths)] or [len(widths) - 1]
        weight = sum(want[c] for c in takers) or len(takers)
        for c in takers:
            widths[c] += spare * (want[c] or 1) // weight
        widths[takers[-1]] += room - sum(widths)  # what rounding left over
        return widths
    if sum(floors) >= room:  # not even the titles fit: each cut alike
        total = sum(floors) or 1
        return [f * room // total for f in floors]
    widths = list(floors)
    left = room - sum(floors)
    order = [c for c in priority if 0 <= c < len(widths)]
    order += [c for c in range(len(widths)) if c not in order]
    if fair:
        # One level for all: each column as wide as the level (never below its floor,
        # never above its want), the highest level that fits; the pixels rounding
        # leaves go by priority.
        def at(level: int) -> list[int]:
            return [min(want[c], max(floors[c], level)) for c in range(len(widths))]

        low, high = 0, max(want)
        while low < high:
            mid = (low + high + 1) // 2
            low, high = (mid, high) if sum(at(mid)) <= room else (low, mid - 1)
        widths = at(low)
        left = room - sum(widths)
        for c in order:
            if left > 0 and widths[c] < want[c]:
                widths[c] += 1
                left -= 1
        return widths
    for c in order:
        more = min(want[c] - widths[c], left)
        widths[c] += more
        left -= more
    return widths


class ContentColumns(QObject):
    """Keeps ``view``'s columns sized by their content (see the module's text)."""

    FLOOR_CHARS = 10  # of its content, each column keeps at least this much

    def __init__(
        self,
        view: QTableView,
        priority: Sequence[int],
        stretch: Sequence[int] = (),
        minimum: dict[int, int] | None = None,
        fair: bool = False,
    ) -> None:
        """``priority``: columns that get room first; ``stretch``: those that take the
        room to spare; ``minimum``: pixel floors for columns that need more than their
        title (a combo box while choosing); ``fair``: see :func:`share`."""
        super().__init__(view)
        self.view = view
        self.fair = fair
        self.priority, self.stretch = list(priority), list(stretch)
        self.minimum = dict(minimum or {})
        # Lower floors for where not every cell fits, even wrapped (some are cut anyway).
        self.short_minimum: dict[int, int] = {}
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setWordWrap(False)  # an address on one line, elided when cut
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                           model.rowsRemoved, model.dataChanged):  # fmt: skip
                signal.connect(self._later.start)
        self.fit()

    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        model = view.model()
        count = model.columnCount() if model is not None else 0
        if not count:
            return
        shown = [c for c in range(count) if not header.isSectionHidden(c)]
        if not shown:
            return
        at = {c: n for n, c in enumerate(shown)}  # a hidden column takes no room
        wanted = [view.sizeHintForColumn(c) for c in shown]
        some = view.fontMetrics().averageCharWidth() * self.FLOOR_CHARS
        arrow = arrow_room(header)
        base = [
            max(title_width(header, c, arrow), min(wanted[n], some)) for n, c in enumerate(shown)
        ]
        floors = [max(b, self.minimum.get(c, 0)) for b, c in zip(base, shown, strict=True)]
        priority = [at[c] for c in self.priority if c in at]
        stretch = [at[c] for c in self.stretch if c in at]
        room = view.viewport().width()
        if sum(max(w, f) for w, f in zip(wanted, floors, strict=True)) > room:
            narrow = [self.narrower(c, w) for c, w in zip(shown, wanted, strict=True)]
            if sum(max(n, f) for n, f in zip(narrow, floors, strict=True)) <= room:
                # every wrapped cell whole: what is left goes towards one line each
                floors = [max(n, f) for n, f in zip(narrow, floors, strict=True)]
            else:
                wanted = narrow
                least = self.minimum | self.short_minimum  # (some cells are cut anyway)
                floors = [max(b, least.get(c, 0)) for b, c in zip(base, shown, strict=True)]
        widths = share(wanted, floors, room, priority, stretch, self.fair)
        for c, width in zip(shown, widths, strict=True):
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)

    def narrower(self, column: int, wanted: int) -> int:
        """What ``column`` wants where not every column gets its widest cell: here the
        same (cells on one line); a view whose cells wrap wants less."""
        return wanted

    def cut(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether ``index``'s text is cut in its cell."""
        return self.view.sizeHintForIndex(index).width() > self.view.visualRect(index).width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.view.indexAt(event.pos())
            if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None:
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if text and self.cut(index):
                    QToolTip.showText(event.globalPos(), str(text), self.view.viewport())
                else:
                    QToolTip.hideText()
                return True
        return False


WRAPPED_ROWS = 300  # rows measured one by one; more (a file of thousands) stay one line
MOST_LINES = 3  # a longer cell is elided on its last line (whole in its tooltip)


def fit_wrapped_rows(view: QTableView) -> None:
    """Each row as high as its wrapped cells, at most ``MOST_LINES`` lines — up to
    ``WRAPPED_ROWS`` rows (300 take ~40 ms CPU to measure for each change of the
    columns' widths); more stay one line each, elided. Call it when the columns'
    widths change (``sectionResized``, on a zero timer)."""
    model = view.model()
    rows = model.rowCount() if model is not None else 0
    if rows > WRAPPED_ROWS:
        view.setWordWrap(False)
        return
    view.setWordWrap(True)
    view.resizeRowsToContents()
    header = view.verticalHeader()
    most = view.fontMetrics().lineSpacing() * MOST_LINES + 2 * style.SPACE.XS
    for row in range(rows):
        if header.sectionSize(row) > most:
            header.resizeSection(row, most)
