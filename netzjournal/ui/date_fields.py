"""Date and date-time fields as a form expects them.

Qt's edits show a two-digit year ("22.04.56") and take Tab for their own
sections (day → month → year → hour → minute), so a form needs five Tabs to
get past one date. These show the year in full, leave on Tab (the sections are
still reached with ← → or a click) and can show nothing at all when there is
no value (an empty note editor is not "01.01.00 00:00").
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from netzjournal.ui import texts

_EMPTY = QDateTime(QDate(1900, 1, 1), QTime(0, 0))


class DateTimeField(QDateTimeEdit):
    """A date and time in the interface language's format, with a four-digit year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(texts.datetime_pattern())
        self.setMinimumDateTime(_EMPTY)
        self.setSpecialValueText(" ")  # shown at the minimum: "no date"
        self.clear_value()  # nothing until a value is set (not "01.01.2000 00:00")

    def clear_value(self) -> None:
        """Shows nothing (the special value), e.g. while no note is open."""
        self.setDateTime(_EMPTY)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the field; QDateTimeEdit's own override walks its sections.
        return QWidget.focusNextPrevChild(self, next)


class DateField(QDateEdit):
    """A date in the interface language's format, with a four-digit year."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(texts.date_pattern())
        if date is not None:
            self.setDate(date)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the field; QDateTimeEdit's own override walks its sections.
        return QWidget.focusNextPrevChild(self, next)
