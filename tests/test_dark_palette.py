"""The dark scheme reads: every role of the dark palette set and legible, and the
edges of check boxes, radio buttons and fields stand out on a dark window (Fusion
alone draws them darker than the window: the quick note's "fällig" box was unseen)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from netzjournal.ui import style
from netzjournal.ui.dark_fusion import DarkFusion

R = QPalette.ColorRole
TEXT, UI = 4.5, 3.0  # WCAG: text, and the parts of a control


def test_every_role_of_the_dark_palette_is_set_and_reads():
    p = style.dark_palette()
    for role in (R.Window, R.WindowText, R.Base, R.AlternateBase, R.ToolTipBase, R.ToolTipText,
                 R.PlaceholderText, R.Text, R.Button, R.ButtonText, R.BrightText, R.Light,
                 R.Midlight, R.Mid, R.Dark, R.Shadow, R.Highlight, R.HighlightedText, R.Link,
                 R.LinkVisited, R.Accent):  # fmt: skip
        assert p.isBrushSet(QPalette.ColorGroup.Active, role), role
    # Text on what it sits on.
    for fg, bg in ((R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase),
                   (R.ButtonText, R.Button), (R.HighlightedText, R.Highlight),
                   (R.PlaceholderText, R.Base), (R.ToolTipText, R.ToolTipBase),
                   (R.Link, R.Base), (R.Link, R.Window), (R.LinkVisited, R.Base),
                   (R.LinkVisited, R.Window), (R.BrightText, R.Window)):  # fmt: skip
        assert style.contrast(p.color(fg), p.color(bg)) >= TEXT, (fg, bg)
    assert style.contrast(style.secondary_text(p), p.color(R.Window)) >= TEXT
    # A placeholder is a hint, not typed text: as dim as still reads (at 5.6:1 it looked
    # almost as bright as what was typed).
    assert style.contrast(p.color(R.PlaceholderText), p.color(R.Base)) <= TEXT * 1.1
    assert style.contrast(p.color(R.PlaceholderText), p.color(R.Text)) >= 2.8
    # Alternate rows and the selection are told apart from the base.
    assert p.color(R.AlternateBase) != p.color(R.Base)
    assert style.contrast(p.color(R.Highlight), p.color(R.Base)) >= UI
    # The bevel shades in Qt's order around the button.
    order = [
        p.color(r).lightness() for r in (R.Light, R.Midlight, R.Button, R.Mid, R.Dark, R.Shadow)
    ]
    assert order == sorted(order, reverse=True) and len(set(order)) == len(order)
    # Disabled text: dimmer than enabled, still readable on window, base and button.
    disabled = QPalette.ColorGroup.Disabled
    for fg in (R.WindowText, R.Text, R.ButtonText):
        dim = p.color(disabled, fg)
        assert dim.lightness() < p.color(fg).lightness()
        for bg in (R.Window, R.Base, R.Button):
            assert style.contrast(dim, p.color(disabled, bg)) >= UI, (fg, bg)
    assert p.color(disabled, R.Highlight) != p.color(R.Highlight)  # a disabled selection is grey
    # A control's edge, and the grid.
    for bg in (R.Window, R.Base):
        assert style.contrast(style.outline(p), p.color(bg)) >= UI
    assert style.contrast(style.rule(p), p.color(R.Base)) >= 1.5


@pytest.fixture
def dark_app() -> Iterator[QApplication]:
    """The application switched to dark as ``--dark`` does; the light palette restored
    afterwards as the app restores it when the system turns light again.

    The style stays DarkFusion, as in the app, which sets it once and never replaces it
    (DarkFusion with a light palette draws exactly what Fusion draws: see
    ``test_a_light_palette_keeps_fusions_own_look``). Putting the old style back here
    replaced and deleted the application's style after every test, which the app never
    does; in full runs a worker crashed in this file now and then (twice in two
    sessions, never alone), so the tests no longer do what the app does not.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = app.palette()
    follower = style.SchemeFollower(forced_dark=True)
    try:
        yield app
    finally:
        follower.deleteLater()
        app.setPalette(palette)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _max_contrast(image: QImage, rect, against: QColor) -> float:
    best = 1.0
    for x in range(max(rect.left(), 0), min(rect.right() + 1, image.width())):
        for y in range(max(rect.top(), 0), min(rect.bottom() + 1, image.height())):
            best = max(best, style.contrast(image.pixelColor(x, y), against))
    return best


def _indicator(widget: QCheckBox | QRadioButton, element: QStyle.SubElement):
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    return widget.style().subElementRect(element, option, widget)


def test_check_boxes_radio_buttons_and_fields_show_their_edges_in_dark(dark_app, qtbot):
    assert isinstance(QApplication.style(), DarkFusion)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    due = QCheckBox("fällig")
    ticked = QCheckBox("an")
    ticked.setChecked(True)
    choice = QRadioButton("Sie")
    field, number = QLineEdit("Text"), QSpinBox()
    for w in (due, ticked, choice, field, number):
        layout.addWidget(w)
    page.show()
    _settle()
    window = page.palette().color(R.Window)
    assert style.is_dark(page.palette())
    for box in (due, ticked):
        rect = _indicator(box, QStyle.SubElement.SE_CheckBoxIndicator)
        assert _max_contrast(box.grab().toImage(), rect, window) >= UI, box.text()
    rect = _indicator(choice, QStyle.SubElement.SE_RadioButtonIndicator)
    assert _max_contrast(choice.grab().toImage(), rect, window) >= UI
    for w in (field, number):  # the left edge of a field, half-way down
        image = w.grab().toImage()
        middle = image.height() // 2
        edge = max(style.contrast(image.pixelColor(x, middle), window) for x in range(3))
        assert edge >= UI, type(w).__name__


def test_the_grid_of_a_table_follows_the_dark_palette(dark_app, qtbot):
    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    table.show()
    _settle()
    from PySide6.QtWidgets import QStyleOption

    option = QStyleOption()
    option.initFrom(table)
    grid = QColor.fromRgba(
        QApplication.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, table)
        & 0xFFFFFFFF
    )
    assert grid.rgb() == style.rule(table.palette()).rgb()
    assert style.contrast(grid, table.palette().color(R.Base)) >= 1.5


def test_a_light_palette_keeps_fusions_own_look(qtbot):
    """DarkFusion changes nothing while the palette is light (after a switch back)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = style.light_palette()
    images = []
    # Fusion of its own: the application's style may be DarkFusion by now (a dark test
    # ran before in this worker), which would compare DarkFusion with itself.
    styles = (DarkFusion(), QStyleFactory.create("Fusion"))
    assert not isinstance(styles[1], DarkFusion)
    for widget_style in styles:
        box = QCheckBox("fällig")
        qtbot.addWidget(box)
        box.setStyle(widget_style)
        box.setPalette(light)
        box.show()
        _settle()
        images.append(box.grab().toImage())
    assert images[0] == images[1]


def test_a_participant_chip_has_an_edge_in_dark(dark_app, qtbot):
    """The quick note's and the note editor's name chips: their edge came from
    palette(mid), next to the base itself in the dark palette."""
    from netzjournal.ui.participants import Token, TokenChip

    chip = TokenChip(Token("Gülşen Hoffmann", "Gülşen Hoffmann", 7))
    qtbot.addWidget(chip)
    chip.show()
    _settle()
    image = chip.grab().toImage()
    base = chip.palette().color(R.Base)
    middle = image.height() // 2
    edge = max(style.contrast(image.pixelColor(x, middle), base) for x in range(3))
    assert edge >= 1.5


def test_the_message_box_signs_stay_white_in_dark(dark_app, qtbot):
    """The error icon's cross (and the "!", "i") are cut out of the disc: on a dark
    window they showed dark. In dark they are white, as on a light window."""
    from PySide6.QtWidgets import QMessageBox, QStyle

    for sp in (QStyle.StandardPixmap.SP_MessageBoxCritical,
               QStyle.StandardPixmap.SP_MessageBoxWarning,
               QStyle.StandardPixmap.SP_MessageBoxInformation):  # fmt: skip
        image = QApplication.style().standardIcon(sp).pixmap(32, 32).toImage()
        middle = QColor.fromRgba(image.pixel(image.width() // 2, image.height() // 2))
        assert middle.alpha() == 255 and middle.lightness() > 240, (sp, middle.getRgb())
        corner = QColor.fromRgba(image.pixel(0, 0))
        assert corner.alpha() == 0  # around the sign the window still shows
    box = QMessageBox(QMessageBox.Icon.Critical, "x", "y")
    qtbot.addWidget(box)
    shown = box.iconPixmap().toImage()
    middle = QColor.fromRgba(shown.pixel(shown.width() // 2, shown.height() // 2))
    assert middle.lightness() > 240, middle.getRgb()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_heatmaps_steps_are_as_far_apart_in_dark_as_in_light(scheme):
    """In dark the accent is barely lighter than an empty cell: the steps crowded into
    ~25 units of lightness and the two lowest read as one (looks of session 25). Each
    step is now at least as far from the one before as on light (CIE L*), the first
    (something happened) clearly so."""
    palette = style.dark_palette() if scheme == "dark" else style.light_palette()
    shades = [style.lightness(style.heat(level, palette)) for level in range(5)]
    steps = [abs(b - a) for a, b in itertools.pairwise(shades)]
    assert steps[0] >= 14, (scheme, shades)
    assert min(steps) >= 6, (scheme, shades)
    assert abs(shades[4] - shades[0]) >= style.HEAT_SPAN - 1, (scheme, shades)
    # (as WCAG ratios: each step 1.2:1 or more)
    colours = [style.heat(level, palette) for level in range(5)]
    assert all(style.contrast(a, b) >= 1.2 for a, b in itertools.pairwise(colours))


def _ring_pixels(before: QImage, after: QImage) -> int:
    """Pixels that changed by 3:1 or more (WCAG's minimum for a focus indicator)."""
    return sum(
        style.contrast(before.pixelColor(x, y), after.pixelColor(x, y)) >= UI
        for x in range(before.width())
        for y in range(before.height())
    )


def test_the_control_with_the_keyboard_focus_shows_a_ring_in_dark(dark_app, qtbot):
    """Tabbing onto a tab, a button, a check box, a radio button, a combo box, a tool
    button or a slider changed it by under 2.3:1 on the dark palette (a tab by 1.2:1:
    nobody saw where the focus had gone). Each now changes along a ring, 3:1 or more."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QComboBox, QPushButton, QSlider, QTabBar, QToolButton

    tabs = QTabBar()
    tabs.addTab("Kontakte")
    tabs.addTab("Zeitleiste")
    combo = QComboBox()
    combo.addItems(["Herr", "Frau"])
    controls = [tabs, QPushButton("Speichern"), QCheckBox("fällig"), QRadioButton("Sie"),
                combo, QToolButton(text="…"), QSlider(Qt.Orientation.Horizontal)]  # fmt: skip
    for control in controls:
        page = QWidget()
        qtbot.addWidget(page)
        layout = QVBoxLayout(page)
        before = QLineEdit("davor")
        layout.addWidget(before)
        layout.addWidget(control)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        before.setFocus()
        _settle()
        unfocused = control.grab().toImage()
        QTest.keyClick(before, Qt.Key.Key_Tab)  # by the keyboard, as Fusion asks
        _settle()
        assert control.hasFocus(), type(control).__name__
        focused = control.grab().toImage()
        # a ring's worth (a caret, one pixel wide, is no ring)
        side = min(control.width(), control.height())
        assert _ring_pixels(unfocused, focused) >= 4 * side, type(control).__name__
