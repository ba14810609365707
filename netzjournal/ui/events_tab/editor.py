"""The editor of an event or series: name, days, time, place, link, tags, notes, recurrence.

The recurrence is chosen in plain words ("Every second Tuesday of the
month"), worded for the first day chosen; a rule that is none of these
(from a calendar file) is kept as it is and shown as such. Closing with
changes asks whether to save them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from netzjournal.commands.events import SaveEvent
from netzjournal.store import recurrence
from netzjournal.store.errors import StoreError
from netzjournal.store.journal import Journal
from netzjournal.store.records import EventRecord, Occurrence
from netzjournal.ui import not_saved, style, texts, undo, unsaved
from netzjournal.ui.date_fields import DateField
from netzjournal.ui.events_tab import words


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class EventEditor(QDialog):
    """Create or edit one event or series; :attr:`record` holds what was saved."""

    def __init__(
        self,
        journal: Journal,
        record: EventRecord | None,
        today: dt.date,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventEditor")
        self.journal = journal
        self.undo_stack = undo_stack  # the save is one undo step there, if given
        self.original = record
        self.record: EventRecord | None = None
        self.setWindowTitle(self.tr("Edit event") if record and record.id else self.tr("New event"))
        rec = record or EventRecord(name="", starts_on=today)
        self.name = QLineEdit(
            rec.name, placeholderText=self.tr("e.g. Tech meetup, Barcamp Ruhr, dmexco")
        )
        self.name.setObjectName("eventName")
        self.starts = DateField(_qdate(rec.starts_on))
        self.starts.setObjectName("eventStarts")
        self.starts.setCalendarPopup(True)
        self.several = QCheckBox(self.tr("Several days, until"))
        self.several.setObjectName("eventSeveral")
        self.ends = DateField(_qdate(rec.ends_on or rec.starts_on))
        self.ends.setCalendarPopup(True)
        self.several.setChecked(bool(rec.ends_on and rec.ends_on != rec.starts_on))
        self.timed = QCheckBox(self.tr("At a time"))
        self.timed.setObjectName("eventTimed")
        self.start_time = QTimeEdit(QTime(rec.start_time.hour, rec.start_time.minute)
                                    if rec.start_time else QTime(19, 0))  # fmt: skip
        self.end_time = QTimeEdit(QTime(rec.end_time.hour, rec.end_time.minute)
                                  if rec.end_time else QTime(22, 0))  # fmt: skip
        self.end_time.setAccessibleName(self.tr("End time"))
        self.timed.setChecked(rec.start_time is not None)
        self.place = QLineEdit(rec.place)
        self.place.setObjectName("eventPlace")
        self.url = QLineEdit(rec.url, placeholderText="https://…")
        self.url.setObjectName("eventUrl")
        self.tags = QLineEdit(
            ", ".join(rec.tags), placeholderText=self.tr("Tags, separated by commas")
        )
        self.tags.setObjectName("eventTags")
        self.repeat = QComboBox()
        self.repeat.setObjectName("eventRepeat")
        self.custom_rule = rec.rrule if rec.rrule else ""
        self.notes = QPlainTextEdit(
            rec.notes, tabChangesFocus=True, placeholderText=self.tr("Notes (Markdown)")
        )
        self.notes.setObjectName("eventNotes")

        days = QHBoxLayout()
        days.setSpacing(style.SPACE.S)  # (the check box's square touched the date's arrow)
        days.addWidget(self.starts)
        days.addWidget(self.several)
        days.addWidget(self.ends)
        days.addStretch(1)
        times = QHBoxLayout()
        times.setSpacing(style.SPACE.S)
        times.addWidget(self.timed)
        times.addWidget(self.start_time)
        self.until = QLabel("–")  # 19:00 – 22:00, as both languages write a span
        self.until.setObjectName("eventTimeSpan")
        times.addWidget(self.until)
        times.addWidget(self.end_time)
        # 19:00–01:00 is an evening that runs past midnight: said, and saved so.
        self.next_day = QLabel(self.tr("ends the next day"))
        self.next_day.setObjectName("eventEndsNextDay")
        style.set_type(self.next_day, style.Type.SECONDARY)
        times.addWidget(self.next_day)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        for text, buddy, row in ((self.tr("Day"), self.starts, days),
                                 (self.tr("Time"), self.timed, times)):  # fmt: skip
            label = QLabel(text)  # a row of several widgets: the label's buddy is the first
            label.setBuddy(buddy)
            form.addRow(label, row)
        form.addRow(self.tr("Repeats"), self.repeat)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Link"), self.url)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)  # type: ignore[call-overload]
        self._fill_repeat(rec.rrule)
        self.starts.dateChanged.connect(lambda _d: self._fill_repeat(self._rule()))
        # The last day is never before the first: it follows a first day moved past it.
        self.ends.setMinimumDate(self.starts.date())
        self.starts.dateChanged.connect(self.ends.setMinimumDate)
        self.several.toggled.connect(self._sync_enabled)
        self.timed.toggled.connect(self._sync_enabled)
        # The end time keeps the length when the start moves (as the last day follows the first).
        self._start = self.start_time.time()
        self.start_time.timeChanged.connect(self._start_moved)
        self.end_time.timeChanged.connect(lambda _t: self._sync_enabled())
        self._sync_enabled()
        style.finish_dialog(self, minimum=(72, 0))
        self.resize(self.minimumWidth(), self.fontMetrics().lineSpacing() * 30)
        self._initial = self._state()

    def _sync_enabled(self) -> None:
        self.ends.setEnabled(self.several.isChecked())
        self.start_time.setEnabled(self.timed.isChecked())
        self.end_time.setEnabled(self.timed.isChecked())
        self.until.setEnabled(self.timed.isChecked())
        self.next_day.setVisible(self._past_midnight())

    def _past_midnight(self) -> bool:
        """One evening whose end time is before its start: it ends the next day."""
        return (
            self.timed.isChecked()
            and not self.several.isChecked()
            and self.end_time.time() < self.start_time.time()
        )

    def _start_moved(self, start: QTime) -> None:
        length = self._start.secsTo(self.end_time.time())
        self._start = start
        if length > 0 and start.addSecs(length) > start:  # (not past midnight)
            self.end_time.setTime(start.addSecs(length))
        self._sync_enabled()

    def _fill_repeat(self, current: str) -> None:
        first = _date(self.starts.date())
        self.repeat.blockSignals(True)
        self.repeat.clear()
        chosen = recurrence.parts(current, first).form if current else "none"
        for form in recurrence.SIMPLE_FORMS:
            self.repeat.addItem(words.form_words(form, first), form)
        if chosen == "custom" or (current and recurrence.parts(current, first).interval > 2):
            self.repeat.addItem(words.rule_words(current, first), "custom")
            chosen = "custom"
        index = self.repeat.findData(chosen)
        self.repeat.setCurrentIndex(max(index, 0))
        self.repeat.blockSignals(False)

    def _rule(self) -> str:
        form = self.repeat.currentData()
        if form == "custom":
            return self.custom_rule
        if form in (None, "none"):
            return ""
        return recurrence.rule_for(str(form), _date(self.starts.date()))

    def _state(self) -> tuple:
        return (self.name.text(), self.starts.date(), self.several.isChecked(), self.ends.date(),
                self.timed.isChecked(), self.start_time.time(), self.end_time.time(),
                self.place.text(), self.url.text(), self.tags.text(), self.repeat.currentData(),
                self.notes.toPlainText())  # fmt: skip

    def dirty(self) -> bool:
        return self._state() != self._initial

    def value(self) -> EventRecord:
        base = self.original or EventRecord(name="", starts_on=_date(self.starts.date()))
        starts = _date(self.starts.date())
        ends = _date(self.ends.date()) if self.several.isChecked() else None
        if self._past_midnight():
            ends = starts + dt.timedelta(days=1)

        def _t(q: QTime) -> dt.time:
            return dt.time(q.hour(), q.minute())

        return EventRecord(
            name=self.name.text().strip(), starts_on=starts, ends_on=ends,
            place=self.place.text().strip(), notes=self.notes.toPlainText(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()], id=base.id,
            url=self.url.text().strip(),
            start_time=_t(self.start_time.time()) if self.timed.isChecked() else None,
            end_time=_t(self.end_time.time()) if self.timed.isChecked() else None,
            rrule=self._rule(), series_id=base.series_id, occurrence_on=base.occurrence_on,
            cancelled=base.cancelled, my_status=base.my_status,
            zone=base.zone,  # (its times stay that zone's wall clock, as shown)
        )  # fmt: skip

    def _problem(self) -> str:
        """Why the form cannot be saved, in the interface language ("" when it can)."""
        value = self.value()
        if not value.name and value.series_id is None:
            self.name.setFocus()
            return self.tr("An event needs a name.")
        if value.ends_on is not None and value.ends_on < value.starts_on:
            self.ends.setFocus()
            return self.tr("An event cannot end before it starts.")
        same_day = value.ends_on is not None and value.ends_on == value.starts_on
        if same_day and value.start_time and value.end_time and value.end_time < value.start_time:
            self.end_time.setFocus()
            return self.tr("An event cannot end before it starts.")
        return ""

    def save(self) -> None:
        problem = self._problem()
        if problem:
            QMessageBox.warning(self, self.tr("Not saved"), problem)
            return
        command = SaveEvent(self.journal, self.value())
        if self.undo_stack is not None:
            if undo.perform(self.undo_stack, command, self) is None:
                return  # said why; the dialog stays open with its text
        else:
            try:
                command.do()
            except StoreError as exc:
                # (the store's own text is English and technical: said as the other
                # editors say it, „Restore journal“ offered for a moved file)
                not_saved.warn(self, self.tr("Not saved"), texts.store_error_text(exc), exc)
                return
        self.record = command.saved
        self._initial = self._state()
        self.accept()

    def reject(self) -> None:
        question = self.tr("Save the changes to this event?")
        if unsaved.may_close(self, self.dirty(), question, self.save):
            super().reject()


class OccurrenceDialog(QDialog):
    """One evening of a series differently: another day or place, or cancelled."""

    def __init__(self, occurrence: Occurrence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("occurrenceDialog")
        self.setWindowTitle(
            self.tr("%1 on %2").replace("%1", occurrence.name)
            .replace("%2", words.format_day(occurrence.occurrence_on))
        )  # fmt: skip
        self.day = DateField(_qdate(occurrence.starts_on))
        self.day.setCalendarPopup(True)
        self.place = QLineEdit(occurrence.place)
        self.cancelled = QCheckBox(self.tr("Cancelled"))
        self.cancelled.setChecked(occurrence.cancelled)
        form = QFormLayout(self)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Place"), self.place)
        form.addRow("", self.cancelled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        style.finish_dialog(self, minimum=(48, 0))

    def values(self) -> tuple[dt.date, str, bool]:
        return _date(self.day.date()), self.place.text().strip(), self.cancelled.isChecked()
