"""Date and date-time fields as a form expects them.

Qt's edits show a two-digit year ("22.04.56") and take Tab for their own
sections (day → month → year → hour → minute), so a form needs five Tabs to
get past one date. These show the year in full, leave on Tab (the sections are
still reached with ← → or a click) and can show nothing at all when there is
no value (an empty note editor is not "01.01.00 00:00").

A date can be typed in one go ("24.12.2026", "24122026", "12/24/2026", "1.2.26"):
Qt's edits take digits only into the selected section and stumble over a
separator typed after a one-digit day, so from the first section on the
field reads what is typed as a whole (:class:`_Typing`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from netzjournal.ui import texts

_EMPTY = QDateTime(QDate(1900, 1, 1), QTime(0, 0))

S = QDateTimeEdit.Section
_DIGITS = {S.DaySection: 2, S.MonthSection: 2, S.YearSection: 4, S.HourSection: 2,
           S.MinuteSection: 2}  # fmt: skip
_SEPARATORS = "./-: ,"
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr,
                  Qt.Key.Key_Meta, Qt.Key.Key_CapsLock}  # fmt: skip


def _sections(edit: QDateTimeEdit) -> list[QDateTimeEdit.Section]:
    """The numeric sections in the display format's order (day, month, year, hour, minute)."""
    out = []
    for i in range(edit.sectionCount()):
        section = edit.sectionAt(i)
        if section in _DIGITS:
            out.append(section)
    return out


def _numbers(typed: str, sections: list[QDateTimeEdit.Section]) -> list[str]:
    """The typed text split into the sections' numbers: at separators, and where
    digits run on ("24122026") by each section's length."""
    numbers: list[str] = []
    for run in re.split(r"[^0-9]+", typed):
        while run:
            if len(numbers) >= len(sections):
                return [*numbers, run]  # more than the format has: not a date
            width = _DIGITS[sections[len(numbers)]]
            numbers.append(run[:width])
            run = run[width:]
    return numbers


def parse_typed(
    typed: str,
    sections: list[QDateTimeEdit.Section],
    current: QDateTime,
    twelve_hour: bool = False,
) -> QDateTime | None:
    """What ``typed`` means so far, the sections not typed yet taken from ``current``
    (None while it is no valid date, e.g. the 31st before its month)."""
    numbers = _numbers(typed, sections)
    if len(numbers) > len(sections) or not numbers:
        return None
    date, time = current.date(), current.time()
    parts = {S.DaySection: date.day(), S.MonthSection: date.month(), S.YearSection: date.year(),
             S.HourSection: time.hour(), S.MinuteSection: time.minute()}  # fmt: skip
    for section, number in zip(sections, numbers, strict=False):
        value = int(number)
        if section == S.YearSection:
            if len(number) == 2:
                value += 2000  # "24.12.26": this century
            elif len(number) != 4:
                continue  # a year still being typed: keep the one shown
        elif section == S.HourSection and twelve_hour and time.hour() >= 12 and value < 12:
            value += 12  # "7" on a 12-hour clock in the evening stays in the evening
        parts[section] = value
    result = QDateTime(
        QDate(parts[S.YearSection], parts[S.MonthSection], parts[S.DaySection]),
        QTime(parts[S.HourSection], parts[S.MinuteSection]),
    )
    return result if result.isValid() else None


# The mixin's methods call QDateTimeEdit's (and its overrides reach them through
# super()); at run time it is a plain class placed before the Qt class.
if TYPE_CHECKING:
    _TypingBase = QDateTimeEdit
else:
    _TypingBase = object


class _Typing(_TypingBase):
    """Mixin for :class:`QDateTimeEdit`: a date typed as a whole, from its first
    section; Tab leaves the field."""

    _typed: str | None = None
    _in_section = False  # typing into one chosen section (Qt's own way)

    def _read_typing(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        text = event.text()
        if event.key() in _MODIFIER_KEYS:
            return False  # Shift on its own (for ":" or "/"): the typing goes on
        typed = self._typed
        line = self.lineEdit()
        one_section = line.hasSelectedText() and line.selectedText() != line.text()
        if typed is None and one_section and self.currentSectionIndex() > 0:
            self._in_section = True  # a section chosen (mouse, keys): typed over on its own
        if self._in_section and len(text) == 1 and text.isdigit():
            return False  # Qt's own, until the field is left, clicked or another key pressed
        if mods or not self.isEnabled() or self.isReadOnly():
            typed = None
        elif event.key() == Qt.Key.Key_Backspace and typed:
            typed = typed[:-1]
        elif len(text) == 1 and (text.isdigit() or text in _SEPARATORS):
            if typed is None:
                if text in _SEPARATORS:
                    return False  # Qt's own: the next section
                typed = ""
            typed += text
        else:
            self._stop_typing()
            return False
        self._typed = typed
        if typed is None:
            return False
        current = self.dateTime()
        if current == self.minimumDateTime() and self.specialValueText():
            current = QDateTime.currentDateTime()  # an empty field: today's date fills in
            current.setTime(QTime(current.time().hour(), 0))
        twelve = "ap" in self.displayFormat().lower()
        value = parse_typed(typed, _sections(self), current, twelve)
        if value is not None:
            self.setDateTime(value)
        return True

    def _stop_typing(self) -> None:
        self._typed, self._in_section = None, False

    def _watch_clicks(self) -> None:
        """A click goes to the line edit inside, not to the field: it ends the typing."""
        self.lineEdit().installEventFilter(self)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the field; QDateTimeEdit's own override walks its sections.
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._read_typing(event):
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._stop_typing()
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._stop_typing()
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._stop_typing()
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonPress:
            self._stop_typing()
        return super().eventFilter(watched, event)


class DateTimeField(_Typing, QDateTimeEdit):
    """A date and time in the interface language's format, with a four-digit year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watch_clicks()
        self.setCalendarPopup(True)
        self.setDisplayFormat(texts.datetime_pattern())
        self.setMinimumDateTime(_EMPTY)
        self.setSpecialValueText(" ")  # shown at the minimum: "no date"
        self.clear_value()  # nothing until a value is set (not "01.01.2000 00:00")

    def clear_value(self) -> None:
        """Shows nothing (the special value), e.g. while no note is open."""
        self.setDateTime(_EMPTY)


class DateField(_Typing, QDateEdit):
    """A date in the interface language's format, with a four-digit year."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watch_clicks()
        self.setCalendarPopup(True)
        self.setDisplayFormat(texts.date_pattern())
        if date is not None:
            self.setDate(date)
