"""A next step's own deadline ticks its "due" box: „Angebot schicken bis Freitag“.

People write the deadline into the step itself and leave the box beside it alone;
the follow-up then had no due date, and neither the day's digest nor the coach
ever raised it. The box and date follow what the text names
(:func:`netzjournal.validation.due_in`) until the person sets either of them by hand;
a tick the text made goes again when the text no longer names a day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QCheckBox, QLineEdit

from netzjournal.ui.date_fields import DateField
from netzjournal.validation import due_in


class DueFromText(QObject):
    def __init__(
        self,
        step: QLineEdit,
        has_due: QCheckBox,
        due: DateField,
        today: Callable[[], dt.date],
    ) -> None:
        super().__init__(step)
        self._step, self._has_due, self._due, self._today = step, has_due, due, today
        self._by_hand = has_due.isChecked()  # (a follow-up saved with its date)
        self._ticked = False  # the tick is the text's
        self._setting = False
        step.textChanged.connect(self._follow)
        has_due.toggled.connect(self._touched)
        due.dateChanged.connect(self._touched)

    def start_over(self, by_hand: bool = False) -> None:
        """A fresh form (or one loaded from a draft: ``by_hand`` when it held a date)."""
        self._by_hand, self._ticked = by_hand, False

    def _touched(self) -> None:
        if not self._setting:
            self._by_hand = True

    def _follow(self, text: str) -> None:
        if self._by_hand:
            return
        day = due_in(text, self._today())
        self._setting = True
        try:
            if day is not None:
                self._due.setDate(QDate(day.year, day.month, day.day))
                self._has_due.setChecked(True)
                self._ticked = True
            elif self._ticked:
                self._has_due.setChecked(False)
                self._ticked = False
        finally:
            self._setting = False
