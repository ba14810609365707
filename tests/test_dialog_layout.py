"""Every dialog on the one spacing scale, fitting a laptop, centred on the window, and
never with a destructive default — in German (the longer labels) and in English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLayout, QPushButton, QWidget
from test_german_everywhere import DIALOGS, _dialogs, filled  # noqa: F401

from netzjournal.ui.style import SPACE

# Buttons that destroy or replace something (English and German texts).
DESTRUCTIVE = ("delete", "löschen", "erase", "restore", "wiederherstellen", "undo",
               "zurücknehmen", "remove", "entfernen", "discard", "verwerfen")  # fmt: skip


def _window(journal, where_, qtbot):
    from netzjournal.ui.main_window import MainWindow

    window = MainWindow(journal, where_)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.move(0, 0)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    return window


def _forms(dialog: QWidget) -> list[QFormLayout]:
    return dialog.findChildren(QFormLayout)


def _check(dialog: QWidget, window: QWidget) -> list[str]:
    name = type(dialog).__name__
    problems = []
    top = dialog.layout()
    if top is not None:
        margins = top.contentsMargins()
        if (margins.left(), margins.top(), margins.right()) != (SPACE.M,) * 3:
            problems.append(f"{name}: margins {margins} not the scale's {SPACE.M}")
    for form in _forms(dialog):
        if (form.horizontalSpacing(), form.verticalSpacing()) != (SPACE.M, SPACE.S):
            problems.append(f"{name}: a form's gaps {form.horizontalSpacing()}/"
                            f"{form.verticalSpacing()}")  # fmt: skip
    # Fits a 1024×700 laptop: nothing cut, nothing beyond the screen.
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    if least.width() > 1024 or least.height() > 700:
        problems.append(f"{name}: needs {least.width()}×{least.height()}")
    if dialog.width() > 1024 or dialog.height() > 700:
        problems.append(f"{name}: opens at {dialog.width()}×{dialog.height()}")
    # Centred on the window. (Without a window manager Qt guesses a frame of 10×40 px
    # and centres the guessed frame: the client area sits up to that much up and left.)
    offset = dialog.geometry().center() - window.geometry().center()
    if not (-12 <= offset.x() <= 2 and -42 <= offset.y() <= 2):
        problems.append(f"{name}: opens {offset.x()},{offset.y()} off the window's centre")
    for button in dialog.findChildren(QPushButton):
        words = button.text().replace("&", "").casefold()
        if any(d in words for d in DESTRUCTIVE) and (button.isDefault() or button.autoDefault()):
            problems.append(f"{name}: destructive {button.text()!r} can be the default")
    return problems


def _look_at_every_dialog(journal, where_, qtbot) -> None:
    window = _window(journal, where_, qtbot)
    problems: list[str] = []
    seen = set()
    for dialog in _dialogs(window, journal, where_):
        seen.add(type(dialog).__name__)
        dialog.show()
        qtbot.wait(10)
        problems += _check(dialog, window)
        dialog.hide()
        if isinstance(dialog, QDialog) and dialog is not window.quick_note_dialog():
            dialog.deleteLater()
    QApplication.processEvents()
    assert seen == DIALOGS
    assert not problems, "\n".join(problems)


def test_every_dialog_in_english_on_the_scale_fits_and_is_centred(filled, where, qtbot):  # noqa: F811
    _look_at_every_dialog(filled, where, qtbot)


@pytest.mark.usefixtures("german")
def test_every_dialog_in_german_on_the_scale_fits_and_is_centred(filled, where, qtbot):  # noqa: F811
    _look_at_every_dialog(filled, where, qtbot)


def test_the_check_finds_a_dialog_off_the_scale(filled, where, qtbot):  # noqa: F811
    """A dialog that sets its own gaps, is too tall and makes Delete its default fails."""
    window = _window(filled, where, qtbot)
    dialog = QDialog(window)
    form = QFormLayout(dialog)
    form.setVerticalSpacing(3)
    delete = QPushButton("Delete")
    delete.setDefault(True)
    form.addRow("Name", delete)
    dialog.setMinimumHeight(760)
    dialog.show()
    qtbot.addWidget(dialog)
    problems = "\n".join(_check(dialog, window))
    assert "gaps" in problems and "needs" in problems and "destructive" in problems
    assert isinstance(dialog.layout(), QLayout)
