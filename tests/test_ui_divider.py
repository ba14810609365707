"""The divider between a list and its page (ui/divider.py), on a real splitter."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QWidget

from netzjournal.ui.divider import Divider


def _splitter(qtbot, wanted: int, page_least: int) -> tuple[QSplitter, Divider, list[int]]:
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QWidget())
    splitter.addWidget(QWidget())
    asked: list[int] = []

    def want() -> int:
        asked.append(wanted)
        return wanted

    divider = Divider(splitter, want, lambda: page_least, lambda total: total * 2 // 3)
    return splitter, divider, asked


def test_a_narrow_window_never_measures_what_the_list_wants(qtbot):
    """What the list wants is measured from up to a thousand rows per column (~0.1 s at
    the start); where the page's least width leaves the list no more than its narrow
    share, the answer cannot change the sizes, so it is not asked."""
    splitter, divider, asked = _splitter(qtbot, wanted=1100, page_least=400)
    splitter.resize(1000, 300)  # room for the list 1000 - 400 < its narrow share (~660)
    divider.follow()
    total = 1000 - splitter.handleWidth()
    assert asked == []
    assert splitter.sizes()[0] == total * 2 // 3
    splitter.resize(1600, 300)  # wide: the page leaves more than the narrow share
    divider.follow()
    total = 1600 - splitter.handleWidth()
    assert asked == [1100]
    assert total * 2 // 3 < 1100 < total - 400  # more than the narrow share, room for all
    assert splitter.sizes() == [1100, total - 1100]


def test_a_wide_window_gives_the_list_what_it_wants_up_to_the_pages_least(qtbot):
    splitter, divider, asked = _splitter(qtbot, wanted=1500, page_least=400)
    splitter.resize(1600, 300)
    divider.follow()
    total = 1600 - splitter.handleWidth()
    assert asked == [1500]
    assert splitter.sizes() == [total - 400, 400]  # the page keeps its least
    splitter.splitterMoved.emit(200, 1)  # dragged by the person: stays
    splitter.resize(1800, 300)
    divider.follow()
    assert divider.placed_by_hand
    assert asked == [1500]  # neither measured nor shared again
