"""The Events view (fifth tab, Ctrl+5): the list on the left, the event's page on the right.

Upcoming occurrences first (soonest on top), then the past (newest first);
the search field covers names, places, tags, notes and who was there.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netzjournal.commands.events import DeleteEvent, DifferOccurrence
from netzjournal.store.changes import ChangeSet
from netzjournal.store.errors import StoreError
from netzjournal.store.events import get_event
from netzjournal.store.journal import Journal
from netzjournal.store.records import Occurrence
from netzjournal.ui import style, undo
from netzjournal.ui.columns import ColumnFitter
from netzjournal.ui.confirm import confirm
from netzjournal.ui.events import AppEvents
from netzjournal.ui.events_tab import words
from netzjournal.ui.events_tab.model import OCCURRENCE_ROLE, EventsModel
from netzjournal.ui.events_tab.page import EventPage
from netzjournal.ui.refresh import DeferredRefresh
from netzjournal.ui.table_model import row_table
from netzjournal.ui.wrapping_bar import WrappingBar

if TYPE_CHECKING:
    from netzjournal.interchange.ical_in import ImportCount


class EventsPane(QWidget):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventsPane")
        self.journal, self.events, self.undo_stack, self.today = journal, events, undo_stack, today
        self.model = EventsModel(journal, today, self)
        self.search = QLineEdit(
            placeholderText=self.tr("Search events, places, who was there"), clearButtonEnabled=True
        )
        self.search.setObjectName("eventsSearch")
        self.search.setAccessibleName(self.tr("Search events"))
        self.new_button = QPushButton(self.tr("New event…"))
        self.new_button.setObjectName("eventsNew")
        self.new_button.clicked.connect(self.new_event)
        self.import_button = QPushButton(self.tr("Import .ics…"))
        self.import_button.setObjectName("eventsImport")
        self.import_button.clicked.connect(self.import_calendar)
        self.delete_button = QPushButton(self.tr("Delete…"), autoDefault=False)
        self.delete_button.setObjectName("eventsDelete")
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.new_button, self.import_button, self.delete_button):
            button.setEnabled(not journal.read_only)  # (read-only: nothing could be kept)
        self.table = row_table(self.model, "eventsTable")
        self.table.setAccessibleName(self.tr("Events"))
        style.table_rows(self.table)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        # No horizontal scrollbar: columns fitted to the width by priority (ui/columns.py).
        m, em = EventsModel, self.fontMetrics().averageCharWidth()
        # The date column as wide as a date with its time in this language, with room.
        samples = (words.span(dt.date(2026, 12, 31), None, dt.time(23, 59)),
                   words.span(dt.date(2026, 12, 28), dt.date(2026, 12, 30)),
                   words.your_time(f"{words.short_weekday(2)} 23:59"))  # fmt: skip
        date_width = max(self.fontMetrics().horizontalAdvance(t) for t in samples) + 3 * em
        self.columns = ColumnFitter(
            self.table,
            priority=(m.DATE, m.NAME, m.PLACE, m.PEOPLE),
            widths={
                m.DATE: date_width,
                m.NAME: 24 * em,
                m.PLACE: 16 * em,
                m.PEOPLE: self._people_width(),
            },
            always=m.DATE,
            # Date and people are as wide as their text already (a date and time never
            # grow): the room to spare goes to the event's name and place, first to
            # the one cut (up to 40 characters).
            fixed=(m.DATE, m.PEOPLE),
            content_cap=40 * em,
        )
        self.columns.fitted.connect(self._names_under_dates)
        self.page = EventPage(journal, today, undo_stack=undo_stack)
        self.page.edit_requested.connect(self.edit_current)
        self.page.debrief_requested.connect(self.debrief_current)
        self.page.differ.clicked.connect(self.differ_current)
        self.page.occurrence_chosen.connect(self._choose)
        # Delete… deletes the event shown: with none (a new journal, a search that
        # found nothing) a click did nothing at all.
        self.page.occurrence_shown.connect(self._allow_delete)
        self._allow_delete(self.page.occurrence)
        self.page.open_contact = self.events.open_contact.emit
        self.page.invitees.settings_requested.connect(self.events.open_settings)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.page)
        # The page scrolls down, never sideways: the pane keeps room for it whole (a
        # narrow window cut its buttons and headings instead).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(
            self.page.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
        )
        left = QWidget()
        # The search on a row of its own, over the list and the page: beside three
        # buttons it had no room in a 1024 px window with the coach, and over the list
        # alone its words were cut at 800×600; the buttons wrap in a narrow list.
        bar = WrappingBar(right=True)
        for button in (self.new_button, self.import_button, self.delete_button):
            bar.add_group(button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        style.pane_margins(layout)
        layout.addWidget(self.search)
        layout.addWidget(self.splitter)
        self._typing = QTimer(self, singleShot=True, interval=150)
        self._typing.timeout.connect(lambda: self._reload(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._spans)
        self.model.rowsInserted.connect(self._spans)  # (older evenings, a page more)
        self.model.modelReset.connect(self._content_widths)
        self.refresher = DeferredRefresh(self, self._on_changed)
        events.changed.connect(self.refresher.changed)
        self._reload("")

    def _people_width(self) -> int:
        """As wide as a usual people cell in this language ("Zugesagt: 12 · Ich gehe hin"):
        a fixed 14 characters cut the German ones even on a wide screen."""
        met = QCoreApplication.translate("EventsModel", "Met: %1").replace("%1", "12")
        coming = QCoreApplication.translate("EventsModel", "Said yes: %1").replace("%1", "12")
        samples = (
            met + " · " + words.my_status_label("attended"),
            coming + " · " + words.my_status_label("going"),
        )
        em = self.fontMetrics().averageCharWidth()
        return max(self.fontMetrics().horizontalAdvance(t) for t in samples) + 2 * em

    # -- list ------------------------------------------------------------------------

    def _content_widths(self) -> None:
        """The name, place and people columns want what their widest cell needs (at most
        40 characters): with fixed widths "Coming: 2 · I'm going" was cut beside the
        coach at 1024; now a column that cannot be whole gives way by priority."""
        m, metrics = EventsModel, self.table.fontMetrics()
        em = metrics.averageCharWidth()
        headers = set(self.model.header_rows())
        # A name asks for 24 characters and a place for 16 to be shown at all, more only
        # from the room to spare (content_cap): one long place, or one invitation named
        # "Afterwork Vertrieb & Marketing", hid the people column for every event beside
        # the coach; and namesake series ("Stammtisch Süd" in München and in Essen)
        # stood in the list alike.
        for column, most in ((m.NAME, 24), (m.PLACE, 16), (m.PEOPLE, 40)):
            widest = max(
                (metrics.horizontalAdvance(line)  # (a name's further line is one of its own)
                 for r in range(self.model.rowCount()) if r not in headers
                 for line in str(self.model.index(r, column).data() or "").split("\n")),
                default=0,
            )  # fmt: skip
            self.columns.wanted[column] = min(most * em, widest + 2 * em)
        self.columns.fit()

    def _names_under_dates(self) -> None:
        """Where the list has room for the dates only (800×600 with the coach: it
        showed nothing but dates), each row says the event's name under its date,
        on a row of two lines."""
        hidden = EventsModel.NAME in self.columns.auto_hidden
        self.model.set_names_under_dates(hidden)
        # The name shown but not „Personen“: the count under the name (a line more).
        people = not hidden and EventsModel.PEOPLE in self.columns.auto_hidden
        moved = people != self.model.people_under_names
        self.model.set_people_under_names(people)
        one = self.table.fontMetrics().height() + 10
        if self.table.verticalHeader().defaultSectionSize() != (2 * one - 10 if hidden else one):
            self.table.verticalHeader().setDefaultSectionSize(2 * one - 10 if hidden else one)
            self._spans()
        elif moved:
            self._spans()

    def _spans(self) -> None:
        self.table.clearSpans()
        one = self.table.fontMetrics().height() + 10  # (a heading one line, as ever)
        for row in self.model.header_rows():
            self.table.setSpan(row, 0, 1, 4)
            self.table.setRowHeight(row, one)
        # An evening planned in another zone: a line more, when it is here; narrow, an
        # evening with people: a line more for their count.
        more = Counter(self.model.zoned_rows())
        if self.model.names_under_dates:
            more.update(self.model.counted_rows())
            more.update(self.model.further_rows())
        else:  # (beside the date: lines more if the date has fewer)
            under_name = Counter(self.model.further_rows())
            if self.model.people_under_names:
                under_name.update(self.model.counted_rows())
            for row, lines in under_name.items():
                more[row] = max(more[row], lines)
        # Every row measured, not only the higher ones: the vertical header keeps its
        # sections' heights through a model reset (QHeaderView.reset does not clear
        # them), so after Ctrl+Z of an import a plain row kept the height of the
        # two-line row that had stood there (gaps, or lines cut off).
        usual = self.table.verticalHeader().defaultSectionSize()
        headers = set(self.model.header_rows())
        for row in range(self.model.rowCount()):
            if row in headers:
                continue
            height = usual + more[row] * (one - 10)
            if self.table.rowHeight(row) != height:
                self.table.setRowHeight(row, height)

    def _reload(self, text: str | None = None) -> None:
        key = self.page.occurrence.key if self.page.occurrence else None
        self.model.keep = key  # (a series' later evening on the page stays listed)
        if text is None:
            self.model.reload()
        elif text.strip() != self.model._text:
            self.model.set_text(text)
        else:
            self.model.reload()
        row = self.model.row_of(key) if key else None
        if row is None:
            row = self.model.first_upcoming_row()
        if row is not None:
            self._select_row(row)
        else:
            self.page.show_occurrence(None)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        occ = self.model.occurrence(row)
        if self.page.occurrence != occ:  # (a new current row has shown it already)
            self.page.show_occurrence(occ)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        occ = current.data(OCCURRENCE_ROLE) if current.isValid() else None
        if isinstance(occ, Occurrence):
            self.page.show_occurrence(occ)

    def _choose(self, occ: Occurrence) -> None:
        row = self.model.row_of(occ.key)
        if row is None:  # (a series' later evening, folded)
            row = self.model.reveal(lambda o: o.key == occ.key)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(occ.key)
        if row is not None:
            self._select_row(row)
        else:  # beyond the list (far ahead): show it anyway
            self.page.show_occurrence(occ)

    def select_key(self, key: tuple[int, dt.date | None]) -> bool:
        """Show one occurrence (series id and day) or single event (id, None)."""
        return self._select_first(lambda occ: occ.key == key)

    def show_event(self, event_id: int) -> bool:
        """Show an event or series by its id: its next evening (the list's upcoming rows
        come first), else its latest."""
        return self._select_first(lambda occ: occ.key[0] == event_id)

    def _select_first(self, wanted: Callable[[Occurrence], bool]) -> bool:
        """Select the list's first row ``wanted`` takes (the search cleared: it may hide
        it; older rows fetched as needed); False where there is none."""
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.model.set_text("")

        def first_row() -> int | None:
            for row in range(self.model.rowCount()):
                occ = self.model.occurrence(row)
                if occ is not None and wanted(occ):
                    return row
            return None

        row = first_row()
        if row is None:  # (a series' later evening, folded)
            row = self.model.reveal(wanted)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = first_row()
        if row is None:
            return False
        self._select_row(row)
        return True

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.everything or changes.events or changes.contacts or changes.interactions:
            if changes.everything or changes.contacts:
                self.page.picker.reload()
            self._reload(None)

    # -- commands ---------------------------------------------------------------------

    def current(self) -> Occurrence | None:
        return self.page.occurrence

    def new_event(self) -> None:
        from netzjournal.ui.events_tab.editor import EventEditor

        dialog = EventEditor(self.journal, None, self.today(), self, self.undo_stack)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.record is not None:
            self.refresher.flush()
            rec = dialog.record
            key = (rec.id or 0, rec.starts_on if rec.is_series else None)
            if not self.select_key(key):
                self.search.clear()

    def edit_current(self) -> None:
        from netzjournal.ui.events_tab.editor import EventEditor

        occ = self.current()
        if occ is None:
            return
        target = occ.series_id if occ.series_id is not None else occ.event_id
        if target is None:
            return
        dialog = EventEditor(
            self.journal, get_event(self.journal, target), self.today(), self,
            self.undo_stack,
        )  # fmt: skip
        dialog.exec()

    def differ_current(self) -> None:
        from netzjournal.ui.events_tab.editor import OccurrenceDialog

        occ = self.current()
        if occ is None or occ.series_id is None:
            return
        dialog = OccurrenceDialog(occ, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, place, cancelled = dialog.values()
        command = DifferOccurrence(self.journal, occ, starts_on=day, place=place,
                                   cancelled=cancelled)  # fmt: skip
        undo.perform(self.undo_stack, command, self)

    def debrief_current(self) -> None:
        from netzjournal.ui.events_tab.debrief import DebriefDialog

        occ = self.current()
        if occ is None or occ.cancelled:  # (did not take place: nothing to debrief)
            return
        DebriefDialog(self.journal, occ, self.undo_stack, self).exec()

    def _allow_delete(self, occurrence: Occurrence | None) -> None:
        self.delete_button.setEnabled(occurrence is not None and not self.journal.read_only)

    def delete_current(self) -> None:
        occ = self.current()
        if occ is None:
            return
        target = occ.series_id if occ.series_id is not None else occ.event_id
        if target is None:
            return
        text = (
            self.tr("Delete the series “%1” with all its occurrences and who was there? "
                    "Notes about them stay. You can undo this with Ctrl+Z.")
            if occ.series_id is not None
            else self.tr("Delete the event “%1” and who was there? Notes about it stay. "
                         "You can undo this with Ctrl+Z.")
        ).replace("%1", occ.name)  # fmt: skip
        if confirm(self, self.tr("Delete event"), text, self.tr("Delete")):
            undo.perform(self.undo_stack, DeleteEvent(self.journal, target), self)

    def import_calendar(self) -> None:
        from netzjournal.ui import file_places

        # Several at once, as the contacts import takes them (invitation mails are
        # saved one file each): three names typed took only the first, silently.
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import events"),
            file_places.start_at("import"),
            self.tr("Calendar files (*.ics)"),
        )
        if not paths:
            return
        file_places.chosen("import", paths[0])
        self.import_files(paths)

    def _calendar_problem(self, name: str, code: str) -> str:
        text = {
            "start": self.tr("“%1”: its start cannot be read; not imported."),
            "end": self.tr("“%1”: its end cannot be read; imported without it."),
            "rule": self.tr("“%1”: its repetition cannot be read; not imported."),
            "dates": self.tr("“%1”: a date of its repetition cannot be read; not imported."),
            "extra_dates": self.tr(
                "“%1”: its extra dates (RDATE) cannot be kept; imported without them."
            ),
            "attachments": self.tr(
                "“%1”: its attached files cannot be kept; imported without them."
            ),
            "cut": self.tr(
                "The file is cut short inside “%1”: that event was not imported, "
                "everything before it was."
            ),
            "zone": self.tr(
                "The time zone “%1” cannot be read from this file: its times were taken "
                "as local times."
            ),
        }.get(code, "“%1”")
        if code == "cut" and not name:
            text = self.tr(
                "The file is cut short: its last event was not imported, everything before it was."
            )
        return text.replace("%1", name)

    def _changed_line(self, what: str, name: str, day: dt.date) -> str:
        text = {
            "cancelled": self.tr("Cancelled: %1 on %2"),
            "cancelled_was_there": self.tr(
                "Cancelled: %1 on %2 (you had said you were there: please check)"
            ),
            "cancelled_from": self.tr("Cancelled from %2 on: %1"),
            "changed_series": self.tr("Changed: the series %1"),
        }.get(what) or self.tr("Changed: %1 on %2")
        return text.replace("%1", name).replace("%2", words.format_day(day))

    def import_file(self, path: str) -> None:
        self.import_files([path])

    def _refusal(self, code: str) -> str:
        return (
            self.tr("The file cannot be read. Nothing was imported.")
            if code == "unreadable"
            else self.tr("This file is not a calendar (.ics) that can be read. "
                         "Nothing was imported.")
        )  # fmt: skip

    def import_files(self, paths: list[str]) -> None:
        """The files read first, then imported as one step on the undo stack (a backup
        first: ``commands.calendar_import``), each file in a transaction of its own (an
        invitation's update read after the invitation, as chosen); one result for them
        all. A file that cannot be read is named among the problems (alone, it is
        refused as before). A file the journal refuses (a full disk, a lock) stops the
        import: said, with what the files before it brought in (undone together)."""
        from pathlib import Path

        from netzjournal.commands.calendar_import import ImportCalendars
        from netzjournal.interchange import ical_in
        from netzjournal.ui.texts import store_error_text, ui_language

        unread: list[str] = []
        read: list[tuple[str, list[ical_in.CalendarEvent]]] = []
        found: dict[str, list[tuple[str, str]]] = {}  # each file's problems, by its path
        for path in paths:
            problems = found.setdefault(path, [])
            try:
                read.append((path, ical_in.read_events(Path(path), problems)))
            except ical_in.CalendarError as exc:
                if len(paths) == 1:
                    QMessageBox.warning(self, self.tr("Import events"), self._refusal(exc.code))
                    return
                unread.append(
                    self.tr("%1: this file cannot be read; not imported.").replace(
                        "%1", Path(path).name
                    )
                )
        command = ImportCalendars(self.journal, read, ui_language(), self.today())
        try:
            command.do()
        except StoreError as exc:  # at the first file: nothing of them was written
            text = store_error_text(exc)
            if len(paths) > 1:  # (which one stopped; and which could not be read)
                text = "\n".join([f"{Path(read[0][0]).name}: {text}", *unread])
            QMessageBox.warning(self, self.tr("Import events"), text)
            return
        if command.changed:  # (all already there: nothing to undo)
            undo.push_done(self.undo_stack, command, self)
        count = command.count()
        # The problems of the files that went in and of those that could not be read
        # (a file the journal refused, and those after it, wrote nothing).
        left_out = {path for path, _events in read[len(command.counts) :]}
        problems = [p for path in paths if path not in left_out for p in found.get(path, [])]
        self._show_made(count)
        mails = all(e.method in ical_in.INVITATION for _name, events in read for e in events)
        text = self._result_text(count, unread, problems, mails)
        icon = QMessageBox.Icon.Information
        if command.stopped is not None:  # the files before it are in: what they brought
            stopped_at, why = command.stopped
            text = f"{Path(stopped_at).name}: {store_error_text(why)}\n\n{text}"
            icon = QMessageBox.Icon.Warning
        box = QMessageBox(icon, self.tr("Import events"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("calendarImportResult")
        if command.changed:
            from netzjournal.ui.interchange.import_result import backup_text

            # Below what came in, as the contacts' result page has it under its counts:
            # the backup taken first, and that Edit → Undo takes it all back.
            box.setInformativeText(backup_text(command.backup))
        box.exec()

    def _show_made(self, count: ImportCount) -> None:
        """What was imported, shown (the page went on with the one before): the first
        event made; else the first one an update or a cancellation changed, that
        evening where it was one of a series (else the series' next one)."""
        if count.made:
            self.refresher.flush()
            self.show_event(count.made[0])
        elif count.touched:
            self.refresher.flush()
            event_id, day = count.touched[0]
            if day is None or not self.select_key((event_id, day)):
                self.show_event(event_id)

    def _replies_line(self, replies: dict[str, int]) -> str:
        """ "Replies: 3 (2 yes, 1 no)": the guests' answers an import took."""
        parts = [
            self.tr("%n yes", "replies", n)
            if answer == "ACCEPTED"
            else self.tr("%n no", "replies", n)
            if answer == "DECLINED"
            else self.tr("%n maybe", "replies", n)
            for answer in ("ACCEPTED", "DECLINED", "TENTATIVE")
            if (n := replies.get(answer, 0))
        ]
        total = str(sum(replies.values()))
        return self.tr("Replies: %1 (%2)").replace("%1", total).replace("%2", ", ".join(parts))

    def _result_text(
        self,
        count: ImportCount,
        unread: list[str],
        problems: list[tuple[str, str]],
        mails: bool = False,
    ) -> str:
        """What an import of calendar files brought in, and what it could not read
        (``mails``: the files were invitation mails, not calendars)."""
        text = self.tr("Events and series imported: %1 (already there: %2)")
        text = text.replace("%1", str(count.created)).replace("%2", str(count.skipped))
        if count.skipped and not (count.created or count.updated or count.outdated
                                  or count.zoned or count.replies or count.refused
                                  or unread):  # fmt: skip
            # Nothing a person sees changed (at most a resent mail's version was
            # recorded): „importiert 0 (schon da 1)“ read as a failure, or as news.
            text = (
                self.tr("Already up to date: the invitation was already in the journal "
                        "as it is.", "", count.skipped)
                if mails
                else self.tr("Already up to date: the events were already in the "
                             "journal as they are.", "", count.skipped)
            )  # fmt: skip
        elif not (count.created or count.skipped) and (
            count.updated or count.outdated or count.zoned or count.replies
        ):  # a cancellation, an update or answers only: "imported: 0" read as a failure
            text = ""
        if count.replies:  # guests' answer mails (iTIP REPLY) taken
            text += "\n" + self._replies_line(count.replies)
        if count.updated:  # an invitation's update or cancellation, mailed again
            text += "\n" + self.tr("Changed by an update or a cancellation: %1").replace(
                "%1", str(count.updated)
            )
            # Which ones, by name and evening („Abgesagt: Vertriebler-Stammtisch am
            # 12.12.2026“): a count alone left the user looking for them.
            named = [self._changed_line(*c) for c in count.changed]
            text += "".join("\n" + line for line in named[:20])
            if len(named) > 20:
                text += "\n" + self.tr("… and %1 more").replace("%1", str(len(named) - 20))
        if count.zoned:  # imported before zones were kept: this file gave them theirs
            text += "\n" + self.tr("Updated with their time zone: %1").replace(
                "%1", str(len(count.zoned))
            )
            line = self.tr("Time zone added: %1 on %2")
            named = [line.replace("%1", name).replace("%2", words.format_day(day))
                     for name, day in count.zoned]  # fmt: skip
            text += "".join("\n" + line for line in named[:20])
            if len(named) > 20:
                text += "\n" + self.tr("… and %1 more").replace("%1", str(len(named) - 20))
        if count.outdated:  # mails read out of order: an older one after a newer
            text += "\n" + self.tr(
                "Older invitations not taken (already more current here): %1"
            ).replace("%1", str(count.outdated))
        said = unread + [self._calendar_problem(name, code) for name, code in problems]
        said += [self.tr("“%1”: not imported (%2)").replace("%1", name).replace("%2", why)
                 for name, why in count.refused]  # fmt: skip
        if said:  # said, never dropped silently
            text += "\n\n" + self.tr("Not everything could be read:") + "\n" + "\n".join(said[:20])
            if len(said) > 20:
                text += "\n" + self.tr("… and %1 more").replace("%1", str(len(said) - 20))
        return text.lstrip("\n")
