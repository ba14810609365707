"""A date typed in one go into a date field, in German and English formats."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from netzjournal.ui.date_fields import DateField, DateTimeField


def _form(qtbot, field):
    form = QWidget()
    before = QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(before)
    layout.addWidget(field)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    field.form = form  # kept alive with the field
    return before


@pytest.mark.parametrize(
    ("pattern", "typed", "expected"),
    [
        ("dd.MM.yyyy", "24.12.2026", QDate(2026, 12, 24)),
        ("dd.MM.yyyy", "24122026", QDate(2026, 12, 24)),
        ("dd.MM.yyyy", "1.2.2026", QDate(2026, 2, 1)),
        ("dd.MM.yyyy", "31.12.26", QDate(2026, 12, 31)),  # the 31st before its month
        ("M/d/yyyy", "12/24/2026", QDate(2026, 12, 24)),
        ("M/d/yyyy", "1/2/2026", QDate(2026, 1, 2)),
    ],
)
@pytest.mark.parametrize("entered", ["tab", "click at the end"])
def test_a_whole_date_typed_in_one_go(qtbot, pattern, typed, expected, entered):
    field = DateField(QDate(2025, 2, 5))
    field.setDisplayFormat(pattern)
    before = _form(qtbot, field)
    if entered == "tab":
        before.setFocus()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        assert field.hasFocus()
    else:
        line = field.lineEdit()
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton,
                         pos=QPoint(line.width() - 20, line.height() // 2))  # fmt: skip
    qtbot.keyClicks(field, typed)
    assert field.date() == expected


def test_backspace_takes_back_a_typed_digit_and_a_chosen_section_is_qts(qtbot):
    field = DateField(QDate(2025, 2, 5))
    field.setDisplayFormat("dd.MM.yyyy")
    before = _form(qtbot, field)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClicks(field, "24.12.2027")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "6")
    assert field.date() == QDate(2026, 12, 24)
    # The year chosen on its own (a click there, then selected as a double click does)
    # and typed over: Qt's own section editing.
    line = field.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton,
                     pos=QPoint(line.width() - 30, line.height() // 2))  # fmt: skip
    field.setSelectedSection(DateField.Section.YearSection)
    qtbot.keyClicks(field, "2030")
    assert field.date() == QDate(2030, 12, 24)


def test_a_date_and_time_typed_into_an_empty_field(qtbot):
    field = DateTimeField()
    field.setDisplayFormat("dd.MM.yyyy HH:mm")
    before = _form(qtbot, field)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClicks(field, "24.12.2026 19:30")
    assert field.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-24 19:30"


@pytest.mark.parametrize("x", [3, 12, 40, 100])
def test_a_date_and_time_typed_after_a_click_into_a_filled_field(qtbot, x):
    from PySide6.QtCore import QDateTime, QTime

    field = DateTimeField()
    field.setDisplayFormat("dd.MM.yyyy HH:mm")
    field.setDateTime(QDateTime(QDate(2026, 11, 21), QTime(17, 15)))
    _form(qtbot, field)
    line = field.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    for ch in "24.12.2026 19:30":
        if ch in ":/":  # as a keyboard sends it: Shift pressed on its own first
            qtbot.keyPress(field, Qt.Key.Key_Shift)
        qtbot.keyClicks(field, ch)
    assert field.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-24 19:30"


@pytest.mark.parametrize("cls", [DateField, DateTimeField])
def test_tab_leaves_the_field_and_leaving_ends_the_typing(qtbot, cls):
    field = cls()
    field.setDisplayFormat("dd.MM.yyyy HH:mm" if cls is DateTimeField else "dd.MM.yyyy")
    before = _form(qtbot, field)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert field.hasFocus()
    qtbot.keyClicks(field, "24.12")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert before.hasFocus()  # not the field's next section
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClicks(field, "1.2.2027")  # a new date, not "24.121.2.2027"
    assert field.date() == QDate(2027, 2, 1)
