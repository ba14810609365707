"""The window's first size fits the screen: 1280×800 where there is room, else the
whole screen (1024×768, or 1366×768 at 125 %: 1093×614 logical). At 1280×800 on such
a screen the coach and the status bar lay beyond its edge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
print(*window.frameGeometry().getRect(), *window.screen().availableGeometry().getRect())
window.close()
journal.close()
"""


@pytest.mark.parametrize("width,height", [(1920, 1200), (1093, 614), (1024, 768)])
def test_the_window_opens_within_the_screen(tmp_path: Path, width: int, height: int):
    screen = {"name": "screen0", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen], "windowFrameMargins": False}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    x, y, w, h, *room = map(int, done.stdout.split()[-8:])
    rx, ry, rw, rh = room
    assert rx <= x and ry <= y and x + w <= rx + rw and y + h <= ry + rh, (x, y, w, h, room)
    if width >= 1280 and height >= 800:
        assert (w, h) == (1280, 800)  # room: the comfortable size, not the whole screen
    else:
        assert (w, h) == (rw, rh)  # the whole screen, nothing beyond it


def _opened_on(tmp_path: Path, width: int, height: int) -> tuple[list[int], list[int]]:
    """The window's frame and the screen's room when the app opens the data folder
    ``tmp_path/data`` on a screen of ``width``×``height`` (and closes, keeping its layout)."""
    screen = {"name": "screen0", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [screen], "windowFrameMargins": False}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    numbers = list(map(int, done.stdout.split()[-8:]))
    return numbers[:4], numbers[4:]


@pytest.mark.parametrize("width,height", [(1093, 614), (800, 600)])
def test_after_a_larger_screen_the_window_fills_the_smaller_one(
    tmp_path: Path, width: int, height: int
):
    """Last closed at 1280×800 on a large monitor, opened on a laptop's screen: Qt's
    restoreGeometry shrank it to two thirds of the screen (533×315 at 800×600 under Xvfb;
    here 570×547, its minimum size). It fills the screen, as the first time did."""
    frame, _ = _opened_on(tmp_path, 1920, 1200)
    assert frame[2:] == [1280, 800]
    (x, y, w, h), (rx, ry, rw, rh) = _opened_on(tmp_path, width, height)
    assert (x, y, w, h) == (rx, ry, rw, rh)
