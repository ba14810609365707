"""The window comes back fitting the screen it opens on, and on that screen.

A size saved on a big screen came back at 533×315 on an 800×600 one: Qt's
``restoreGeometry`` restores nothing when the screen's width differs by more
than a factor 1.25, and the window showed at Qt's default size (two thirds of
the screen at most). Each start is its own process: an offscreen screen's size
is set when the application starts (tests/offscreen.json)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Where the window opens gains nothing from the encrypted run's key (encryption sits
# below the journal's connection), and each test starts the app several times.
pytestmark = pytest.mark.plain_only

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from netzjournal import paths
from netzjournal.store.journal import Journal
from netzjournal.ui.main_window import MainWindow
where = paths.resolve(sys.argv[1]).ensure()
journal = Journal.open(where.journal)
window = MainWindow(journal, where)
window.show()
for _ in range(10):
    app.processEvents()
if len(sys.argv) > 2:  # the person moves and sizes the window
    window.setGeometry(*map(int, sys.argv[2:6]))
    for _ in range(10):
        app.processEvents()
print(*window.geometry().getRect(), *window.screen().geometry().getRect(), window.isMaximized())
window.close()
journal.close()
"""

BIG = [(0, 0, 1920, 1200)]
SMALL = [(0, 0, 800, 600)]
TWO = [(0, 0, 1024, 768), (1024, 0, 1920, 1200)]  # a laptop and a monitor right of it


def _start(tmp_path: Path, screens: list[tuple[int, int, int, int]], *place: int):
    """One start of the window on ``screens``: its geometry, its screen's, maximised."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({
        "windowFrameMargins": False,
        "screens": [{"name": f"screen{n}", "x": x, "y": y, "width": w, "height": h,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                    for n, (x, y, w, h) in enumerate(screens)],
    }))  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data"), *map(str, place)],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    *numbers, maximised = done.stdout.split()[-9:]
    x, y, w, h, *screen = map(int, numbers)
    return (x, y, w, h), tuple(screen), maximised == "True"


def test_a_size_saved_on_a_big_screen_fills_a_small_one(tmp_path: Path):
    _start(tmp_path, BIG, 100, 100, 1600, 1000)
    (x, y, w, h), screen, maximised = _start(tmp_path, SMALL)
    assert (x, y, w, h) == screen == (0, 0, 800, 600)  # was 533 wide, a third left over
    assert maximised
    # Back on the big screen: as it was left (maximised), not 800×600 in a corner.
    (x, y, w, h), screen, maximised = _start(tmp_path, BIG)
    assert maximised and (w, h) == (1920, 1200)


def test_a_saved_size_that_fits_comes_back_as_it_was_on_the_screen(tmp_path: Path):
    assert _start(tmp_path, BIG, 100, 100, 1600, 1000)[0] == (100, 100, 1600, 1000)
    assert _start(tmp_path, BIG) == ((100, 100, 1600, 1000), BIG[0], False)
    # A small window placed far right and low: on the small screen, the same size,
    # moved onto it (Qt restored nothing: the screens' widths differ too much).
    _start(tmp_path, BIG, 1200, 700, 700, 560)
    (x, y, w, h), _screen, maximised = _start(tmp_path, SMALL)
    assert (w, h) == (700, 560) and not maximised
    assert x >= 0 and x + w <= 800 and y >= 0 and y + h <= 600


@pytest.mark.parametrize("size", [(1700, 1100), (900, 600)])
def test_a_window_on_the_second_screen_comes_back_there_or_on_the_one_left(tmp_path, size):
    """Saved on the monitor right of the laptop: it comes back on the monitor, as
    saved; without the monitor, on the laptop's screen (the monitor's size did not
    fit the laptop: the whole screen)."""
    _start(tmp_path, TWO, 1200, 50, *size)
    assert _start(tmp_path, TWO) == ((1200, 50, *size), TWO[1], False)
    (x, y, w, h), screen, _maximised = _start(tmp_path, SMALL)
    assert screen == SMALL[0]
    assert x >= 0 and x + w <= 800 and y >= 0 and y + h <= 600
    assert w >= 700 and h >= 500  # reasonably large, not two thirds of it
