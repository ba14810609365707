"""A list beside a page in a splitter: who gets the room until the person drags the divider."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtWidgets import QSplitter


class Divider(QObject):
    """Until the person drags the divider (or a dragged one is restored), a wide window
    gives the list ``wanted()`` — what its columns' text needs — while the page beside it
    keeps ``page_least()``; the list never gets less than ``narrow(total)``, the share a
    narrow window always had. Only a divider placed by hand is saved: otherwise each
    window shares by its own width."""

    def __init__(
        self,
        splitter: QSplitter,
        wanted: Callable[[], int],
        page_least: Callable[[], int],
        narrow: Callable[[int], int],
    ) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.placed_by_hand = False
        self._wanted, self._page_least, self._narrow = wanted, page_least, narrow
        splitter.splitterMoved.connect(self._moved_by_hand)

    def _moved_by_hand(self) -> None:
        self.placed_by_hand = True

    def restore(self, state: QByteArray) -> None:
        """The divider where the person left it (saved only once dragged)."""
        self.placed_by_hand = self.splitter.restoreState(state)

    def follow(self) -> None:
        """Share the room again (the pane was resized), unless the divider was placed."""
        if self.placed_by_hand:
            return
        total = self.splitter.width() - self.splitter.handleWidth()
        if total <= 0:
            return
        narrow, room = self._narrow(total), total - self._page_least()
        # What the list wants is measured from its rows (the table's size hint of up to a
        # thousand rows per column: ~0.1 s on the first resize). It can only matter where the
        # page leaves the list more than its narrow share, so a narrow window never asks.
        width = narrow if room <= narrow else max(narrow, min(self._wanted(), room))
        self.splitter.setSizes([width, total - width])
