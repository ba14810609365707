"""Table columns that fit the view: no horizontal scrollbar, hidden by priority.

Works on the view's header only (never the model): each column has a width it
would like; columns are shown in priority order while they fit (none after the
first that does not), the rest are hidden until there is room, and the last
shown column takes what is left.
The person's own choice (the header's context menu) hides a column for good;
showing one again moves it up to just after the first column. Choice, order of
priority and widths are kept in the window's settings.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from netzjournal.ui.header_width import arrow_room, title_width


class ColumnFitter(QObject):
    # After each fit: which columns are shown may have changed (a view may then show
    # a hidden column's text in another, as the events list its names under the dates).
    fitted = Signal()

    def __init__(
        self,
        view: QTableView,
        priority: Sequence[int],
        widths: dict[int, int],
        always: int = 0,
        fixed: Sequence[int] = (),
        content_cap: int | Sequence[int] = 0,
    ) -> None:
        """``priority``: columns, most important first; ``always`` can never be hidden;
        ``fixed``: columns that keep their width when there is room to spare (dots);
        ``content_cap``: with it, room to spare first goes to the columns whose text
        (up to this many pixels) is wider than they are, then by width; several caps,
        smallest first: each text up to the first cap, then up to the next, …"""
        super().__init__(view)
        self.fixed = set(fixed)
        caps = [content_cap] if isinstance(content_cap, int) else list(content_cap)
        self.content_caps = sorted(c for c in caps if c > 0)
        self.view = view
        self.header: QHeaderView = view.horizontalHeader()
        self.priority = list(priority)
        self.wanted = dict(widths)  # the width each column would like
        self.always = always
        self.user_hidden: set[int] = set()
        self.auto_hidden: set[int] = set()
        self.dragged: set[int] = set()  # widths the person set (kept even below the title's)
        self._settings: Callable[[], QSettings] | None = None
        self._key = ""
        self._fitting = False
        self._arrow: int | None = None  # the sort arrow's room, measured once per fit
        # Each title's width, measured once per fit (by column and whether hidden: Qt
        # leaves a hidden section's title out of its hint). Each measure calls the
        # model's headerData from Qt several times (~70,000 instructions).
        self._titles: dict[tuple[int, bool], int] | None = None
        self._fitted: tuple[int, tuple[int, ...]] | None = None  # the state the last fit left
        self.header.setStretchLastSection(False)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self.show_menu)
        self.header.sectionResized.connect(self._resized)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        # Only the sorted column's title keeps room for the arrow: a new one fits anew.
        self.header.sortIndicatorChanged.connect(lambda *_: self._later.start())
        # The header spans the viewport (the table sets its geometry to the viewport's
        # width): its resizes and width are the viewport's, without fetching
        # ``viewport()``, a widget Qt made, which PySide wraps by weighing every QWidget
        # subclass it knows (~55 M instructions before the first paint).
        self.header.installEventFilter(self)
        model = view.model()
        if model is not None:  # a model reset may bring the columns back
            model.modelReset.connect(self._after_reset)
            model.layoutChanged.connect(self._after_reset)

    # -- fitting ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or new <= 0:
            return
        shown = sorted(self.visible_columns(), key=self.header.visualIndex)
        if shown and column == shown[-1]:
            return  # the filling column: its width is whatever is left
        self.wanted[column] = new  # dragged by the person: the width they want
        self.dragged.add(column)
        self._later.start()
        self._save()

    def visible_columns(self) -> list[int]:
        return [c for c in self.priority if not self.header.isSectionHidden(c)]

    def _after_reset(self) -> None:
        # A filter resets the model on each keystroke: fit again only if the header
        # lost what the last fit set (fitting asks every column's title width).
        if self._fitted != self._state():
            self._later.start()

    def _state(self) -> tuple[int, tuple[int, ...]]:
        """The viewport's width (the header's) and each column's size (0: hidden)."""
        h = self.header
        sizes = tuple(0 if h.isSectionHidden(c) else h.sectionSize(c) for c in range(h.count()))
        return self.header.width(), sizes

    def fit(self) -> None:
        """Show what fits, by priority; the last shown column takes the rest."""
        count = self.header.count()
        available = self.header.width()
        if count == 0 or available <= 0:
            return
        try:
            self._fit(count, available)
        finally:
            self._fitted = self._state()
        self.fitted.emit()

    def _fit(self, count: int, available: int) -> None:
        self._fitting = True
        self._arrow = arrow_room(self.header)
        self._titles = {}
        try:
            # A hidden section's size hint leaves out its title (Qt measures only what
            # is shown): a column that fitted while hidden can need more once shown
            # ("Closeness" cut beside the coach). Then the last one taken gives way.
            left_out: set[int] = set()
            while True:
                shown = self._choose(count, available, left_out)
                for column in range(count):
                    self.header.setSectionHidden(column, column not in shown)
                used = sum(self._width(c) for c in shown)
                if used <= available or len(shown) <= 1:
                    break
                left_out.add(next(c for c in reversed(shown) if c != self.always))
            self.auto_hidden = {
                c for c in range(count) if c not in shown and c not in self.user_hidden
            }
            # Sizes: what each wants, and the room to spare shared by the text columns
            # (so a cut organisation gets it, not only the last column); the last on
            # screen (by position) takes what rounding leaves.
            by_position = sorted(shown, key=self.header.visualIndex)
            spare = available - used
            growing = [c for c in by_position if c not in self.fixed and c not in self.dragged]
            widths = {c: self._width(c) for c in by_position}
            share = sum(widths[c] for c in growing)
            if spare > 0 and share:
                spare = self._give_to_cut_text(growing, widths, spare)
                for column in growing:  # the rest by width
                    widths[column] += spare * self._width(column) // share
            for column in by_position:
                self.header.resizeSection(column, widths[column])
            last = by_position[-1]
            rest = available - sum(self.header.sectionSize(c) for c in by_position[:-1])
            self.header.resizeSection(last, max(rest, self.header.minimumSectionSize()))
            if used > available:  # even the first column alone is too wide: shrink it
                first = self.always if self.always in shown else by_position[0]
                others = sum(self.header.sectionSize(c) for c in by_position if c != first)
                self.header.resizeSection(
                    first, max(self.header.minimumSectionSize(), available - others)
                )
        finally:
            self._fitting = False
            self._arrow = self._titles = None

    def _give_to_cut_text(self, growing: list[int], widths: dict[int, int], spare: int) -> int:
        """Room to spare first to the growing columns whose text (up to each content cap
        in turn) is wider than they are, by how much is cut; returns what is left.
        "Olaf Schäfer; Wolfgang Sauer; Chloe …" was cut at 1920 while the titles beside
        it, asking more, got more of the room."""
        texts = {c: self.view.sizeHintForColumn(c) for c in growing} if self.content_caps else {}
        for cap in self.content_caps:
            gaps = {c: max(0, min(texts[c], cap) - widths[c]) for c in growing}
            gap = sum(gaps.values())
            if not gap:
                continue
            if spare <= gap:
                for c in growing:
                    widths[c] += spare * gaps[c] // gap
                return 0
            for c in growing:
                widths[c] += gaps[c]
            spare -= gap
        return spare

    def _choose(self, count: int, available: int, left_out: set[int]) -> list[int]:
        """The columns shown, by priority, while they fit: after the first that does
        not, none of lower priority (a narrow one skipping a wider one showed "Nähe"
        in German where English, whose "Last contact" fitted, showed that)."""
        shown: list[int] = []
        used = 0
        for column in self._ordered(count):
            if column == self.always:
                shown.append(column)
                used += self._width(column)
                continue
            if column in self.user_hidden:
                continue  # the person's choice: the next one takes its turn
            width = self._width(column)
            if column in left_out or used + width > available:
                break
            shown.append(column)
            used += width
        return shown

    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Resizes meanwhile are not the person's (a header state being restored)."""
        fitting, self._fitting = self._fitting, True
        try:
            yield
        finally:
            self._fitting = fitting
        self._later.start()

    def _width(self, column: int) -> int:
        """The width a column wants: never less than its title (unless dragged so)."""
        wanted = self.wanted.get(column, self.header.defaultSectionSize())
        if column in self.dragged:
            return wanted
        if self._titles is None:
            return max(wanted, title_width(self.header, column, self._arrow))
        key = (column, self.header.isSectionHidden(column))
        if key not in self._titles:
            self._titles[key] = title_width(self.header, column, self._arrow)
        return max(wanted, self._titles[key])

    def _ordered(self, count: int) -> list[int]:
        ordered = [c for c in self.priority if c < count]
        return ordered + [c for c in range(count) if c not in ordered]

    # -- the person's choice ------------------------------------------------------------

    def set_shown(self, column: int, shown: bool) -> None:
        """Show or hide a column by choice (a shown one moves up in priority)."""
        if column == self.always:
            return
        if shown:
            self.user_hidden.discard(column)
            if column in self.priority:
                self.priority.remove(column)
            index = self.priority.index(self.always) + 1 if self.always in self.priority else 0
            self.priority.insert(index, column)
        else:
            self.user_hidden.add(column)
        self.fit()
        self._save()

    def show_menu(self, pos: QPoint) -> None:
        menu = self.build_menu()
        menu.exec(self.header.mapToGlobal(pos))

    def build_menu(self) -> QMenu:
        """Every column as a check box; a column without room says so."""
        menu = QMenu(self.header)
        menu.setObjectName("columnsMenu")
        model = self.view.model()
        for column in range(self.header.count()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if column in self.auto_hidden:
                # Ticked, it is shown before the others (which give way); a wider
                # window is only advice where the window can still grow.
                if self._window_can_grow():
                    hint = self.tr("%1 (no room – widen the window or tick to show it first)")
                else:
                    hint = self.tr("%1 (no room – tick to show it instead of another)")
                title = hint.replace("%1", title)
            action = menu.addAction(title)
            action.setCheckable(True)
            # Ticked: on screen (a column without room is not, whatever was chosen).
            action.setChecked(column not in self.user_hidden and column not in self.auto_hidden)
            action.setEnabled(column != self.always)
            action.setData(column)
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
        return menu

    def _window_can_grow(self) -> bool:
        window = self.view.window()
        screen = window.screen()
        if window.isMaximized() or window.isFullScreen() or screen is None:
            return False
        room = screen.availableGeometry().width() - window.frameGeometry().width()
        return room > self.view.fontMetrics().averageCharWidth() * 8

    # -- remembered ---------------------------------------------------------------------

    def attach_settings(self, settings: Callable[[], QSettings], key: str) -> None:
        """Read the saved choice from ``key`` and save every change there."""
        self._settings, self._key = settings, key
        s = settings()
        hidden = s.value(f"{key}/hidden")
        order = s.value(f"{key}/priority")
        widths = s.value(f"{key}/widths")
        count = self.header.count()
        self.user_hidden = {c for c in _ints(hidden) if 0 <= c < count and c != self.always}
        saved_order = [c for c in _ints(order) if 0 <= c < count]
        if saved_order:
            self.priority = saved_order + [c for c in self.priority if c not in saved_order]
        for column, width in zip(range(count), _ints(widths), strict=False):
            if width > 0:
                self.wanted[column] = width
                self.dragged.add(column)
        # A hidden view is fitted by its header's resize when shown (Qt sends it then):
        # fitted now, the window's start would measure every title once more for nothing.
        if self.view.isVisible():
            self.fit()

    def _save(self) -> None:
        if self._settings is None:
            return
        s = self._settings()
        s.setValue(f"{self._key}/hidden", ",".join(str(c) for c in sorted(self.user_hidden)))
        s.setValue(f"{self._key}/priority", ",".join(str(c) for c in self.priority))
        count = self.header.count()
        s.setValue(
            f"{self._key}/widths",
            ",".join(str(self.wanted.get(c, 0) if c in self.dragged else 0) for c in range(count)),
        )
        s.sync()


def _ints(value: object) -> list[int]:
    """A comma-separated list from the settings (QSettings may hand back a list)."""
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(",")
    out = []
    for item in items:
        text = str(item).strip()
        if text.lstrip("-").isdigit():
            out.append(int(text))
    return out
