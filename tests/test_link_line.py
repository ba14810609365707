"""A line that is one link (the coach card's „Neutral lassen“, „Für alle noch offenen:
…“): disabled in a read-only journal, it must look disabled, not like a link."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest

from netzjournal.ui.link_line import LinkLine


def _pixels_like(image: QImage, colour: QColor, tolerance: int = 40) -> int:
    """How many pixels are within ``tolerance`` of ``colour`` (each channel)."""
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if max(abs(c.red() - colour.red()), abs(c.green() - colour.green()),
                   abs(c.blue() - colour.blue())) <= tolerance:  # fmt: skip
                found += 1
    return found


def _shown(qtbot, enabled: bool) -> LinkLine:
    line = LinkLine("neutral", "Keep neutral")
    qtbot.addWidget(line)
    line.resize(200, line.sizeHint().height())
    line.show()
    qtbot.waitExposed(line)
    line.setEnabled(enabled)
    return line


def test_a_disabled_link_is_drawn_as_grey_text_not_in_the_link_colour(qtbot):
    enabled = _shown(qtbot, True)
    link = enabled.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Link)
    assert _pixels_like(enabled.grab().toImage(), link) > 0  # (the check sees a link)
    disabled = _shown(qtbot, False)
    assert _pixels_like(disabled.grab().toImage(), link) == 0
    grey = disabled.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert _pixels_like(disabled.grab().toImage(), grey, 20) > 0
    assert disabled.textFormat() == Qt.TextFormat.PlainText  # (no underline either)
    assert disabled.text() == "Keep neutral"


def test_a_link_disabled_under_the_pointer_drops_the_pointing_hand(qtbot):
    line = _shown(qtbot, True)
    QTest.mouseMove(line, QPoint(10, line.height() // 2))
    qtbot.waitUntil(lambda: line.cursor().shape() == Qt.CursorShape.PointingHandCursor)
    line.setEnabled(False)
    assert line.cursor().shape() != Qt.CursorShape.PointingHandCursor


def test_enabled_again_it_is_a_link_again_and_still_answers_the_keyboard(qtbot):
    line = _shown(qtbot, False)
    line.setEnabled(True)
    assert line.text() == '<a href="neutral">Keep neutral</a>'
    with qtbot.waitSignal(line.linkActivated) as got:
        QTest.keyClick(line, Qt.Key.Key_Space)
    assert got.args == ["neutral"]
