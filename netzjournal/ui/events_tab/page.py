"""One event's page: what, when, where, who was there; a series' evenings with who came.

Attendance is edited here by id (picker: namesakes apart); removing someone
asks first. Each change is one step on the window's undo stack. The page's
own list of who was there is :class:`AttendanceModel`; a series' occurrences
are :class:`~netzjournal.ui.events_tab.model.OccurrencesModel`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import MappingProxyType

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPen, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from netzjournal.commands.base import Command
from netzjournal.commands.events import (
    DifferOccurrence,
    RemoveAttendance,
    SaveEvent,
    SetAttendance,
    SetMetAt,
    SetMyStatus,
)
from netzjournal.store import codes, recurrence
from netzjournal.store.events import (
    attendance,
    get_event,
)
from netzjournal.store.invitees import contacts_coming_to, guests_coming, organiser_contact
from netzjournal.store.journal import Journal
from netzjournal.store.people import NamesakeCache, PersonChoice, join_names, person_choices
from netzjournal.store.records import AttendanceRow, Occurrence
from netzjournal.ui import style, undo
from netzjournal.ui.content_columns import ContentColumns
from netzjournal.ui.events_tab import words
from netzjournal.ui.events_tab.invitees import InviteesBox
from netzjournal.ui.events_tab.model import (
    AHEAD_DAYS,
    OCCURRENCE_ROLE,
    OccurrencesModel,
    guest_label,
)
from netzjournal.ui.events_tab.people import PersonAdder
from netzjournal.ui.events_tab.people_lines import PeopleLines
from netzjournal.ui.table_model import Index, RowsModel, row_table
from netzjournal.ui.wrapping_bar import WrappingBar

# An event's notes shown on its page, in characters: an invitation's agenda of 2 MB
# (Outlook) took ten seconds to lay out in the page's label, the window frozen. The
# editor has the whole text.
NOTES_SHOWN = 5000

CONTACT_ROLE = Qt.ItemDataRole.UserRole + 2


class AttendanceModel(RowsModel[AttendanceRow]):
    """Who was at one event row (or said they would come)."""

    # The people as pickers show them, by id (namesakes apart); set before the rows.
    choices: Mapping[int, PersonChoice] = MappingProxyType({})

    def headers(self) -> list[str]:
        return [""]  # (a list: no header is shown)

    def at(self, index: QModelIndex) -> AttendanceRow | None:
        return self.rows[index.row()] if index.isValid() else None

    def cell(self, a: AttendanceRow, column: int) -> object:
        # The spaced en dash, as every "nothing"/"span" in the app: German
        # typography has no em dash, and English reads it as well. No-break
        # spaces keep the answer whole and the dash off a line's start; a word
        # joiner after the dash keeps the answer on its line (a dash is a break
        # opportunity by itself: a line ended "Bremen –", "said they'd come"
        # stood below).
        answer = words.attendance_label(a.status).replace(" ", "\u00a0")
        c = self.choices.get(a.contact_id) or PersonChoice(
            a.contact_id, a.name, organisation=a.organisation, city=a.city
        )
        # A line never begins or ends with a "·" (it ended "Anna Schmidt ·"): it
        # breaks between the words of a name or an organisation instead.
        who = words.person_line(c).replace(" · ", "\u00a0·\u00a0")
        text = f"{who}\u00a0–\u2060\u00a0{answer}"
        return text + (f": {a.note}" if a.note else "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == CONTACT_ROLE and index.isValid():
            return self.rows[index.row()].contact_id
        return super().data(index, role)


class PastBegins(QStyledItemDelegate):
    """A line above a series' first past evening: the coming ones run soonest first,
    the past ones newest first (as the events list's "Upcoming" and "Past")."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        model = index.model()
        coming = getattr(model, "coming", 0)
        if 0 < coming == index.row():
            rect = option.rect
            painter.save()
            painter.setPen(QPen(style.secondary_text(option.palette), 2))
            painter.drawLine(rect.left(), rect.top() + 1, rect.right() + 1, rect.top() + 1)
            painter.restore()


class EventPage(QWidget):
    """The right-hand page of the Events view."""

    edit_requested = Signal()
    debrief_requested = Signal()
    occurrence_chosen = Signal(object)  # a Occurrence from the series' table
    occurrence_shown = Signal(object)  # the Occurrence now shown, or None

    def __init__(
        self,
        journal: Journal,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
        now: Callable[[], dt.time] = lambda: dt.datetime.now().time(),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventPage")
        self.journal, self.today = journal, today
        self.now = now  # the time of day: whether today's event has begun
        # Every change on the page is one step on the window's undo stack.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.occurrence: Occurrence | None = None
        self.title = QLabel(
            wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.title.setObjectName("eventTitle")
        self.details = QLabel(
            wordWrap=True,
            openExternalLinks=True,
            textFormat=Qt.TextFormat.RichText,
            textInteractionFlags=Qt.TextInteractionFlag.TextBrowserInteraction,
        )
        self.details.setObjectName("eventDetails")
        # A word longer than the page is wide (Teams writes a line of 80 underscores
        # into every invitation) is cut at the page's edge instead of widening the
        # page past the pane: its title and buttons stay in view.
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.my_status = QComboBox()
        self.my_status.setObjectName("eventMyStatus")
        # As wide as the answers offered now (they change with the evening: set once,
        # at the first show, "I had said yes" was cut to "I had said ye").
        self.my_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._offer_answers(False, "")  # (the answers offered follow the evening shown)
        self.my_status.activated.connect(self._my_status_changed)
        self.debrief = QPushButton(self.tr("Debrief…"))
        self.debrief.setObjectName("eventDebrief")
        self._debrief_tip = self.tr("Whom did you meet? One line each, in one go.")
        self.debrief.setToolTip(self._debrief_tip)
        self.debrief.clicked.connect(self.debrief_requested)
        self.edit = QPushButton(self.tr("Edit…"))
        self.edit.setObjectName("eventEdit")
        self.edit.clicked.connect(self.edit_requested)
        self.differ = QPushButton(self.tr("Change this occurrence only…"))
        self.differ.setObjectName("eventDiffer")
        self.differ.setToolTip(self.tr("Move this occurrence, another place, or cancelled"))
        mine = QHBoxLayout()
        me = QLabel(self.tr("My answer:"))  # "Me: I'm going" said "I" twice
        me.setBuddy(self.my_status)
        mine.addWidget(me)
        mine.addWidget(self.my_status)
        mine.addStretch(1)
        # A cancelled evening I said I was at: asked until answered (see
        # _cancelled_but_there), the answer kept meanwhile — it is mine.
        self.was_cancelled = QLabel(
            self.tr("This event was cancelled, but you said you were there."), wordWrap=True
        )
        self.was_cancelled.setObjectName("eventCancelledButThere")
        self.not_there = QPushButton(self.tr("I wasn't there"), autoDefault=False)
        self.not_there.setObjectName("eventNotThere")
        self.not_there.clicked.connect(lambda: self._answer_cancelled(took_place=False))
        self.took_place = QPushButton(self.tr("It took place after all"), autoDefault=False)
        self.took_place.setObjectName("eventTookPlace")
        self.took_place.setToolTip(self.tr("No longer marked as cancelled"))
        self.took_place.clicked.connect(lambda: self._answer_cancelled(took_place=True))
        self.cancelled_question = QWidget()
        question = QVBoxLayout(self.cancelled_question)
        question.setContentsMargins(0, 0, 0, 0)
        question.addWidget(self.was_cancelled)
        # The answers wrap: side by side in German they were wider than the page at
        # 800 px, and „Hat doch stattgefunden“ ran under the scroll bar.
        answers = WrappingBar()
        answers.add_group(self.not_there)
        answers.add_group(self.took_place)
        question.addLayout(answers)
        # Two rows: the page must fit a narrow pane (1024 px window with the coach).
        buttons = QVBoxLayout()
        for row_widgets in ((self.debrief, self.edit), (self.differ,)):
            row = QHBoxLayout()
            for w in row_widgets:
                row.addWidget(w)
            row.addStretch(1)
            buttons.addLayout(row)
        self.attendance = AttendanceModel(parent=self)
        self.people = QListView()
        self.people.setObjectName("eventPeople")
        self.people.setAccessibleName(self.tr("Who was there"))
        self.people.setModel(self.attendance)
        self.people.setMaximumHeight(160)
        # Long lines (name · organisation · city — status: note) wrap in a narrow pane
        # instead of scrolling sideways.
        self.people.setWordWrap(True)
        # Each person on a band of their own: a wrapped line read as another person.
        self.people.setAlternatingRowColors(True)
        self.people.setResizeMode(QListView.ResizeMode.Adjust)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setTextElideMode(Qt.TextElideMode.ElideNone)
        # What no break fits (a name's last word glued to its answer) gives way at the
        # name: „… – said they'd come“ was cut at 800 px beside the coach.
        self.people.setItemDelegate(PeopleLines(self.people))
        self.people.doubleClicked.connect(self._open_person)
        # "Met here first" and "Remove…" act on the person chosen in the list: with
        # none chosen (an empty list, a reloaded one) they are off, not silent.
        self.people.selectionModel().currentChanged.connect(self._people_buttons)
        self.attendance.modelReset.connect(self._people_buttons)
        self.attendance.rowsRemoved.connect(self._people_buttons)
        self.picker = PersonAdder(journal)
        self._picker_tip = self.picker.toolTip()
        self.picker.picked.connect(self._add_person)
        self.picker.create_requested.connect(self._unknown_person)
        self.status = QComboBox()
        self.status.setObjectName("eventAttendanceStatus")
        for code in codes.ATTENDANCE:
            self.status.addItem(words.attendance_label(code), code)
        self.note = QLineEdit(placeholderText=self.tr("A line (optional)"))
        self.note.setObjectName("eventAttendanceNote")
        self.note.setAccessibleName(self.tr("A line about them"))
        self._note_tip = self.tr("A line about them at this event, e.g. “spoke briefly”")
        self.note.setToolTip(self._note_tip)
        self.remove = QPushButton(self.tr("Remove…"), autoDefault=False)
        self.remove.clicked.connect(self._remove_person)
        self.met_here = QPushButton(self.tr("Met here first"), autoDefault=False)
        self.met_here.setObjectName("eventMetHere")
        self.met_here.setToolTip(self.tr("Record this event as where you met the chosen person"))
        self.met_here.clicked.connect(self._met_here)
        adding = QVBoxLayout()
        # Top to bottom as one reads it: whom, their answer, a line about them, then
        # what to do. The name field has its line (beside the answer it was ~150 px at
        # 1024 and its hint cut at 1280 in German), the note too (beside the answer or
        # the two buttons a narrow pane squeezed it to "Ei…").
        answer_line, button_line = QHBoxLayout(), QHBoxLayout()
        answer_line.addWidget(self.status)
        answer_line.addStretch(1)
        button_line.addStretch(1)
        button_line.addWidget(self.met_here)
        button_line.addWidget(self.remove)
        adding.addWidget(self.picker)
        adding.addLayout(answer_line)
        adding.addWidget(self.note)
        adding.addLayout(button_line)
        self.series_caption = QLabel()
        self.series_caption.setObjectName("seriesCaption")
        # Who came, namesakes told apart, kept between evenings and series (a series'
        # people are read again on every click; forgotten as contacts change).
        self.namesakes = NamesakeCache()
        self.series_model = OccurrencesModel(self)
        self.series_table = row_table(self.series_model, "seriesTable")
        self.series_table.setAccessibleName(self.tr("Occurrences of this series"))
        style.table_rows(self.series_table)
        self.series_table.setWordWrap(False)
        # No sideways scrolling, columns sized by their content: the date whole; the place
        # and who came share the rest fairly (each whole if it fits in half, else both
        # cut alike: who came first left the place at "Gasth…" beside an empty column;
        # split evenly regardless, the address had room to spare while "Wer kam" was
        # cut). What is cut ends in "…" and shows its whole text as a tooltip.
        header = self.series_table.horizontalHeader()
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        self.series_columns = ContentColumns(
            self.series_table, priority=(0, 2, 1), stretch=(1, 2), fair=True
        )
        self.series_table.setItemDelegate(PastBegins(self.series_table))
        self.series_table.doubleClicked.connect(self._series_row)
        self.series_table.activated.connect(self._series_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(mine)
        layout.addWidget(self.cancelled_question)
        layout.addLayout(buttons)
        self.people_caption = QLabel(self.tr("<b>Who was there</b>"))
        layout.addWidget(self.people_caption)
        layout.addWidget(self.people)
        # Who said yes in the invitation and is not in the list above: a contact
        # whose yes is in a series' invitation (recorded at one evening only) and
        # the guests who are no contacts — the list's „Zugesagt: 3“ counted them,
        # „Wer kommt“ named one.
        self.said_yes = QLabel()
        self.said_yes.setTextFormat(Qt.TextFormat.PlainText)  # (names as written)
        self.said_yes.setWordWrap(True)
        self.said_yes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.said_yes.hide()
        layout.addWidget(self.said_yes)
        layout.addLayout(adding)
        # Who the invitation names and the journal does not know: mentioned here.
        self.invitees = InviteesBox(journal, self.undo_stack, today)
        layout.addWidget(self.invitees)
        layout.addWidget(self.series_caption)
        layout.addWidget(self.series_table, 1)
        # Without a series' table the room stays below (not in the gaps between lines).
        layout.addStretch(0)
        self._rest = (layout, layout.count() - 1)
        self.open_contact: Callable[[int], None] | None = None
        self.show_occurrence(None)

    # -- showing ---------------------------------------------------------------------

    def show_occurrence(self, occurrence: Occurrence | None) -> None:
        self.occurrence = occurrence
        self.occurrence_shown.emit(occurrence)
        has = occurrence is not None
        series_shown = occurrence is not None and occurrence.series_id is not None
        self._rest[0].setStretch(self._rest[1], 0 if series_shown else 1)
        # A read-only journal: what would write is off (each only said "nothing was
        # saved" once filled in); who came still shows.
        writable = has and not self.journal.read_only
        self.people.setEnabled(has)
        for w in (self.my_status, self.debrief, self.edit, self.picker, self.status,
                  self.note, self.differ):  # fmt: skip
            w.setEnabled(writable)
        self._people_buttons()
        if occurrence is None:
            nothing = self.tr("No event chosen")
            self.title.setText(f"<h2>{_esc(nothing)}</h2>")
            self.details.setText(self.tr("Choose an event on the left, or create one."))
            self._offer_answers(False, "")  # (not the last one's)
            self.cancelled_question.hide()
            self.attendance.set_rows([])
            self.said_yes.hide()
            self.invitees.show_occurrence(None)
            self.series_model.load(self.journal, None, self.today(), self.today(), self.namesakes)
            self.series_caption.hide()
            self.series_table.hide()
            self.differ.hide()
            return
        o = occurrence
        own = get_event(self.journal, o.event_id) if o.event_id is not None else None
        series = get_event(self.journal, o.series_id) if o.series_id is not None else None
        main = series or own
        assert main is not None
        title = _esc(o.name)
        if o.cancelled:
            title = self.tr("%1 (cancelled)").replace("%1", title)
        self.title.setText(f"<h2>{title}</h2>")
        lines = [_esc(words.span_here(o))]  # (and when it is here, planned elsewhere)
        if o.moved:
            lines.append(_esc(self.tr("moved from %1").replace(
                "%1", words.format_day(o.occurrence_on))))  # fmt: skip
        if series is not None:
            if not recurrence.on_rule(series.rrule, series.starts_on, series.start_time,
                                      o.occurrence_on):  # fmt: skip
                # (an RDATE: not one of the days the rule below says)
                lines.append(_esc(self.tr("An extra occurrence of this series")))
            lines.append(_esc(words.rule_words(series.rrule, series.starts_on)))
        if o.place:
            lines.append(_esc(o.place))
        if main.url:
            url = _esc(main.url)
            lines.append(f'<a href="{url}">{url}</a>')
        if main.tags:
            lines.append(_esc(self.tr("Tags: %1").replace("%1", ", ".join(main.tags))))
        # The notes (an invitation's DESCRIPTION) a paragraph of their own, apart
        # from the place and address above them.
        blocks = ["<br>".join(lines)]
        for text in (main.notes, own.notes if own is not None and own is not main else ""):
            if text.strip():
                text = text.strip("\n")
                cut = len(text) > NOTES_SHOWN
                if cut:
                    text = text[:NOTES_SHOWN].rstrip() + " …"
                blocks.append(_esc(text).replace("\n", "<br>"))
                if cut:
                    blocks.append(
                        _esc(self.tr("The notes go on: the whole text is under “Edit…”."))
                    )
        rows = attendance(self.journal, [o.event_id]).get(o.event_id, []) if o.event_id else []
        # Who invited: one who will come is among the people (the import links them),
        # one who is no contact among the guests ("organiser"); else named here — a
        # cancelled meeting's organiser was nowhere on its page.
        organiser = organiser_contact(self.journal, [o.event_id, o.series_id])
        if organiser is not None and organiser not in {a.contact_id for a in rows}:
            choice = person_choices(self.journal, [organiser], self.namesakes).get(organiser)
            if choice is not None:
                invited = self.tr("Invited by %1").replace("%1", choice.label)
                blocks[0] = "<br>".join([*lines, _esc(invited)])
        self.details.setText("<br><br>".join(blocks))
        self.attendance.choices = person_choices(
            self.journal, [a.contact_id for a in rows], self.namesakes
        )
        self.attendance.set_rows(rows)
        self._show_said_yes(o, rows)
        self.invitees.show_occurrence(o)
        # An evening still ahead has people who said they would come, not who was
        # there; today's, by its start time (as the list's "Today" group).
        begun = words.has_begun(o, self.today(), self.now())
        self._offer_answers(begun, o.my_status)
        self.cancelled_question.setVisible(writable and _cancelled_but_there(o))
        self.people_caption.setText(f"<b>{_esc(words.who_caption(begun))}</b>")
        answer = "going" if begun is False else "attended"  # (today, time unknown: met)
        self.status.setCurrentIndex(self.status.findData(answer))
        self.debrief.setEnabled(writable and o.starts_on <= self.today() and not o.cancelled)
        self._called_off(o.cancelled, bool(rows))
        self.differ.setVisible(o.series_id is not None)
        if series is not None:
            caption = self.tr("Every occurrence of this series")
            self.series_caption.setText(f"<b>{_esc(caption)}</b>")
            # As far ahead as the events list looks: its "51 more occurrences" are here.
            until = max(self.today() + dt.timedelta(days=AHEAD_DAYS), o.starts_on)
            self.series_model.load(self.journal, series.id, until, self.today(), self.namesakes)
            self.series_caption.show()
            self.series_table.show()
        else:
            self.series_model.load(self.journal, None, self.today(), self.today(), self.namesakes)
            self.series_caption.hide()
            self.series_table.hide()

    def _called_off(self, cancelled: bool, recorded: bool) -> None:
        """An event that did not take place has no debrief and nobody to record as
        there or coming: those are off, their tooltip says why. Who was recorded
        before it was called off stays listed (read-only: it is what the user said;
        "you said you were there" asks about their own answer)."""
        off = self.tr("Cancelled")
        self.debrief.setToolTip(off if cancelled else self._debrief_tip)
        if not cancelled:
            self.picker.setToolTip(self._picker_tip)
            self.note.setToolTip(self._note_tip)
            self.status.setToolTip("")
            self.people.setToolTip("")
            return
        for w in (self.picker, self.status, self.note):
            w.setEnabled(False)
            w.setToolTip(off)
        self.people.setEnabled(recorded)
        self.people.setToolTip("" if recorded else off)
        self._people_buttons()

    def _show_said_yes(self, o: Occurrence, rows: list[AttendanceRow]) -> None:
        """The line under the people: who else said yes in the invitation (the
        events list counts them); none for an evening called off."""
        names: list[str] = []
        if not o.cancelled:
            ids = sorted(contacts_coming_to(self.journal, [o]).get(o.key, set())
                         - {a.contact_id for a in rows})  # fmt: skip
            choices = person_choices(self.journal, ids, self.namesakes) if ids else {}
            names = [choices[c].label for c in ids if c in choices]
            names += [guest_label(p) for p in guests_coming(self.journal, [o]).get(o.key, [])]
        text = self.tr("Said yes to the invitation: %1").replace("%1", join_names(names))
        self.said_yes.setText(text)
        self.said_yes.setVisible(bool(names))

    def _offer_answers(self, begun: bool | None, status: str) -> None:
        """Ahead: whether I go; past: whether I was there (a past evening offered
        "I'm going"); the answer given shows, a plan worded as one."""
        self.my_status.clear()
        for code in words.my_status_choices(begun, status):
            self.my_status.addItem(words.my_status_label(code, past=begun is True), code)
        self.my_status.setCurrentIndex(max(self.my_status.findData(status), 0))

    # -- editing ----------------------------------------------------------------------

    def _my_status_changed(self) -> None:
        if self.occurrence is None:
            return
        status = str(self.my_status.currentData() or "")
        if status == self.occurrence.my_status:
            return  # shown again after a change, not chosen
        undo.perform(self.undo_stack, SetMyStatus(self.journal, self.occurrence, status), self)

    def _answer_cancelled(self, took_place: bool) -> None:
        """A cancelled evening I said I was at: I wasn't (my answer says so), or it
        took place after all (no longer cancelled; my answer stays). One undo step."""
        o = self.occurrence
        if o is None:
            return
        step: Command
        if not took_place:
            step = SetMyStatus(self.journal, o, "missed")
        elif o.series_id is not None:
            step = DifferOccurrence(self.journal, o, cancelled=False)
        else:
            assert o.event_id is not None
            step = SaveEvent(self.journal, replace(get_event(self.journal, o.event_id),
                                                   cancelled=False))  # fmt: skip
        undo.perform(self.undo_stack, step, self)

    def _add_person(self, contact_id: int) -> None:
        if self.occurrence is None:
            return
        command = SetAttendance(self.journal, self.occurrence, contact_id,
                                str(self.status.currentData()), self.note.text())  # fmt: skip
        if undo.perform(self.undo_stack, command, self):
            self.note.clear()

    def _unknown_person(self, name: str) -> None:
        QMessageBox.information(
            self,
            self.tr("Who was there"),
            self.tr("Nobody in the journal is called “%1”. Use the debrief to add new people.")
            .replace("%1", name),
        )  # fmt: skip

    def _people_buttons(self) -> None:
        chosen = self.attendance.at(self.people.currentIndex()) is not None
        o = self.occurrence
        # (an event called off: who was recorded before is kept as it was, read-only)
        writable = o is not None and not o.cancelled and not self.journal.read_only
        for button in (self.remove, self.met_here):
            button.setEnabled(writable and chosen)

    def _remove_person(self) -> None:
        row = self.attendance.at(self.people.currentIndex())
        if row is None:
            return
        known = self.attendance.choices.get(row.contact_id)  # (namesakes apart, as listed)
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr("Remove %1 from this event?").replace("%1", known.label if known else row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self.occurrence is not None:
            command = RemoveAttendance(self.journal, self.occurrence, row.contact_id)
            undo.perform(self.undo_stack, command, self)

    def _met_here(self) -> None:
        row = self.attendance.at(self.people.currentIndex())
        if row is not None:
            command = SetMetAt(self.journal, row.contact_id, row.event_id)
            undo.perform(self.undo_stack, command, self)

    def _open_person(self, index: QModelIndex) -> None:
        cid = index.data(CONTACT_ROLE)
        if isinstance(cid, int) and self.open_contact is not None:
            self.open_contact(cid)

    def _series_row(self, index: QModelIndex) -> None:
        occ = index.data(OCCURRENCE_ROLE)
        if isinstance(occ, Occurrence):
            self.occurrence_chosen.emit(occ)


def _cancelled_but_there(o: Occurrence) -> bool:
    """A cancelled evening that my answer says I was at. An evening called off
    cannot have been attended as planned: either I wasn't there, or it took place
    after all (the organiser's cancellation came late, we met anyway). The review
    counts "I was there", so it is asked, not cleared or kept unsaid."""
    return o.cancelled and o.my_status == "attended"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
