"""The editor for one meeting note, with a Markdown preview and follow-ups."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal.commands.notes import NewPeople
from netzjournal.drafts import DraftStore
from netzjournal.store.events import linkable_events
from netzjournal.store.interactions import follow_ups_of_note, get_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import FollowUpRecord, GiveTakeLine, InteractionRecord
from netzjournal.ui import style, texts, unsaved
from netzjournal.ui.date_fields import DateField, DateTimeField
from netzjournal.ui.draft_autosave import RecordDraft, problem_line
from netzjournal.ui.due_from_text import DueFromText
from netzjournal.ui.participants import ParticipantsField
from netzjournal.ui.person_hooks import PersonHooks


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class FollowUpRow(QWidget):
    """One follow-up: done box, text, due date (optional)."""

    def __init__(self, record: FollowUpRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.done = QCheckBox()
        self.done.setChecked(record.done)
        self.done.setToolTip(self.tr("Done"))
        self.text = QLineEdit(
            record.text, cursorPosition=0, placeholderText=self.tr("What is to be done?")
        )
        self.has_due = QCheckBox(self.tr("due"))
        self.due = DateField()
        when = record.due_on or dt.date.today() + dt.timedelta(days=7)
        self.due.setDate(QDate(when.year, when.month, when.day))
        self.has_due.setChecked(record.due_on is not None)
        self.due.setEnabled(record.due_on is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        # "bis Freitag" in the text ticks the box with that day (until set by hand).
        self.due_from_text = DueFromText(self.text, self.has_due, self.due, dt.date.today)
        self.removed = False  # deleted from the journal when the note is saved
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this follow-up"))
        remove.setAccessibleName(self.tr("Remove this follow-up"))
        remove.clicked.connect(self.remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.has_due)
        layout.addWidget(self.due)
        layout.addWidget(remove)

    def remove(self) -> None:
        self.removed = True
        self.hide()

    def unsaved_state(self) -> tuple[object, ...]:
        """What :func:`unsaved.form_state` compares (removal included)."""
        d = self.due.date()
        return (self.removed, self.done.isChecked(), self.text.text(),
                self.has_due.isChecked(), (d.year(), d.month(), d.day()))  # fmt: skip

    def value(self) -> FollowUpRecord:
        d = self.due.date()
        due = dt.date(d.year(), d.month(), d.day()) if self.has_due.isChecked() else None
        return FollowUpRecord(
            text=self.text.text().strip(),
            contact_id=self.record.contact_id,
            interaction_id=self.record.interaction_id,
            due_on=due,
            done=self.done.isChecked(),
            owed_by=self.record.owed_by,
            id=self.record.id,
        )


class NoteEditor(QWidget):
    """Shows one note; :meth:`value` returns the edited record and follow-ups."""

    save_requested = Signal()
    delete_requested = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.journal = journal
        self.record: InteractionRecord | None = None
        self._follow_rows: list[FollowUpRow] = []
        # True once something was typed or changed since the note was shown:
        # a refresh then leaves the editor alone (the save is checked instead).
        self.edited = False
        self._filling = False
        # Set by the window: where the draft of an edited note is written (drafts/note-<id>).
        self.drafts_dir: Path | None = None
        # The shown note's edits as a draft; none when nothing differs from the note as stored.
        self._autosave = RecordDraft(self, self.has_unsaved_changes, self.draft_fields)
        self._build()
        self._watch_edits()
        self.setEnabled(False)
        self._loaded: list[object] = unsaved.form_state(self)

    # -- unsaved changes (see ui/unsaved.py) -----------------------------------------

    def mark_clean(self) -> None:
        """What the fields hold now counts as saved."""
        self._loaded = unsaved.form_state(self)

    def has_unsaved_changes(self) -> bool:
        return self.record is not None and unsaved.form_state(self) != self._loaded

    def unsaved_question(self) -> str:
        """The question before its edits go: the note named by its title, else its date."""
        if self.record is None:
            return ""
        if self.record.title:
            return self.tr("Save the changes to the note “%1”?").replace("%1", self.record.title)
        return self.tr("Save the changes to the note from %1?").replace(
            "%1", texts.format_date(self.record.occurred_at.date())
        )

    def _watch_edits(self) -> None:
        for line in (self.place, self.title, self.say_next):
            line.textChanged.connect(self._mark_edited)
        self.participants.changed.connect(self._mark_edited)
        self.person_hooks.changed.connect(self._mark_edited)
        for text in (self.body, self.hooks, self.outcome, self.gave, self.received):
            text.textChanged.connect(self._mark_edited)
        for combo in (self.kind, self.direction, self.event_link):
            combo.currentIndexChanged.connect(self._mark_edited)
        self.when.dateTimeChanged.connect(self._mark_edited)
        self.duration.valueChanged.connect(self._mark_edited)

    def _mark_edited(self) -> None:
        if not self._filling:
            self.edited = True
            if self._autosave.store is not None:
                self._autosave.changed()

    # -- the draft (drafts/note-<id>, see netzjournal/drafts.py) ----------------------

    def forget_draft(self) -> None:
        """The edits were saved or discarded: the draft goes."""
        self._autosave.forget()

    def draft_fields(self) -> dict[str, object]:
        assert self.record is not None
        rows = []
        for row in self._follow_rows:
            d = row.due.date()
            rows.append({"id": row.record.id, "text": row.text.text(), "removed": row.removed,
                         "done": row.done.isChecked(),
                         "due": dt.date(d.year(), d.month(), d.day()).isoformat()
                         if row.has_due.isChecked() else ""})  # fmt: skip
        return {
            "id": self.record.id,
            "when": from_qdatetime(self.when.dateTime()).isoformat(),
            "kind": self.kind.currentData(),
            "direction": self.direction.currentData(),
            "who": self.participants.draft(),
            "place": self.place.text(),
            "duration": self.duration.value(),
            "title": self.title.text(),
            "body": self.body.toPlainText(),
            "hooks": self.hooks.toPlainText(),
            "say_next": self.say_next.text(),
            "outcome": self.outcome.toPlainText(),
            "gave": self.gave.toPlainText(),
            "received": self.received.toPlainText(),
            "event": self.event_link.currentData(),
            "follow_ups": rows,
        }

    def load_draft(self, data: dict[str, object]) -> None:
        """Put a draft's fields over the note shown (the one with the draft's id); a
        field the draft does not hold stays as stored."""
        with contextlib.suppress(ValueError, TypeError):
            when = data.get("when")
            if when is not None:
                self.when.setDateTime(to_qdatetime(dt.datetime.fromisoformat(str(when))))
        for combo, key in ((self.kind, "kind"), (self.direction, "direction"),
                           (self.event_link, "event")):  # fmt: skip
            if key in data and (index := combo.findData(data[key])) >= 0:
                combo.setCurrentIndex(index)
        if "who" in data:
            self.participants.load_draft(data["who"])
        for line, key in ((self.place, "place"), (self.title, "title"),
                          (self.say_next, "say_next")):  # fmt: skip
            if isinstance(value := data.get(key), str):
                line.setText(value)
        for text, key in ((self.body, "body"), (self.hooks, "hooks"), (self.outcome, "outcome"),
                          (self.gave, "gave"), (self.received, "received")):  # fmt: skip
            if isinstance(value := data.get(key), str):
                text.setPlainText(value)
        if isinstance(minutes := data.get("duration"), int):
            self.duration.setValue(minutes)
        rows = {row.record.id: row for row in self._follow_rows}
        saved = data.get("follow_ups")
        for item in saved if isinstance(saved, list) else []:
            if not isinstance(item, dict):
                continue
            row = rows.get(item.get("id")) if item.get("id") is not None else None
            if row is None:
                row = self._add_follow_row(FollowUpRecord(text=""))
            row.text.setText(str(item.get("text", "")))
            row.done.setChecked(bool(item.get("done")))
            due = str(item.get("due") or "")
            row.has_due.setChecked(bool(due))
            if due:
                row.due.setDate(QDate.fromString(due, Qt.DateFormat.ISODate))
            if item.get("removed"):
                row.remove()

    def _build(self) -> None:
        self.when = DateTimeField()
        self.when.setObjectName("noteWhen")
        self.kind = QComboBox()
        self.kind.setObjectName("noteKind")
        for code, label in texts.kinds():
            self.kind.addItem(texts.kind_icon(code), label, code)
        self.direction = QComboBox()
        for combo in (self.kind, self.direction):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        for code, label in texts.directions():
            self.direction.addItem(label, code)
        # Never cut ("Ich habe mich gemeld"): room for the longest of its few answers.
        self.direction.setMinimumContentsLength(max(len(t) for _c, t in texts.directions()))
        self.participants = ParticipantsField(self.journal)
        self.participants.setObjectName("noteParticipants")
        self.participants.setPlaceholderText(self.tr("Type a name, pick with Enter"))
        self.place = QLineEdit()
        self.duration = QSpinBox(maximum=24 * 60, singleStep=15, suffix=self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("–"))
        self.title = QLineEdit()
        self.title.setObjectName("noteTitle")
        self.body = QPlainTextEdit(placeholderText=self.tr("What did you talk about? (Markdown)"))
        self.body.setObjectName("noteBody")
        self.body.setAccessibleName(self.tr("What you talked about"))
        self.preview = QTextBrowser()
        self.preview.setObjectName("notePreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.body_tabs = QTabWidget()
        self.body_tabs.addTab(self.body, self.tr("Write"))
        self.body_tabs.addTab(self.preview, self.tr("Preview"))
        self.body_tabs.currentChanged.connect(self._update_preview)
        # Shorter than the quick note's: the editor shares 800 px with the list of notes.
        self.say_next = QLineEdit(
            placeholderText=self.tr("as you'd say it: your half marathon in May")
        )
        self.say_next.setObjectName("noteSayNext")
        self.say_next.setToolTip(self.tr("The coach may quote this in a message to them"))
        # With several people: a field for each under it, said to that person only.
        self.person_hooks = PersonHooks(self.participants, self.say_next)
        self.hooks = QPlainTextEdit(placeholderText=self.tr("only for you – never quoted to them"))
        self.hooks.setObjectName("noteHooks")
        self.outcome = QPlainTextEdit()
        self.gave = QPlainTextEdit(placeholderText=self.tr("One per line"))
        self.received = QPlainTextEdit(placeholderText=self.tr("One per line"))
        for edit in (self.hooks, self.outcome, self.gave, self.received):
            edit.setFixedHeight(58)
            edit.setTabChangesFocus(True)
        self.body.setTabChangesFocus(True)
        self.event_link = QComboBox()
        self.event_link.setObjectName("noteEvent")
        self.follow_box = QVBoxLayout()
        self.follow_box.setSpacing(style.SPACE.XS)
        add_follow = QPushButton(self.tr("Add follow-up"))
        add_follow.clicked.connect(lambda: self._add_follow_row(FollowUpRecord(text="")))
        add_follow.clicked.connect(self._mark_edited)
        self.save_button = QPushButton(self.tr("Save"), default=True)
        self.save_button.setObjectName("saveNote")
        self.save_button.clicked.connect(self.save_requested)
        delete_button = QPushButton(self.tr("Delete…"))
        delete_button.clicked.connect(self.delete_requested)

        top = QHBoxLayout()
        top.addWidget(self.when, 1)
        duration = QLabel(self.tr("Duration"))
        duration.setBuddy(self.duration)  # (its Alt+letter goes to the field)
        top.addWidget(duration)
        top.addWidget(self.duration)
        kind_row = QHBoxLayout()
        # The direction's words are longer ("Ich habe mich gemeldet") than a kind's;
        # in a narrow pane the two go one above the other (adaptive_form below).
        kind_row.addWidget(self.kind, 2)
        kind_row.addWidget(self.direction, 3)
        form = QFormLayout()
        form.addRow(self.tr("When"), top)
        form.addRow(self.tr("Kind"), kind_row)
        form.addRow(self.tr("With"), self.participants)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.body_tabs)
        form.addRow(self.tr("Pick up next time"), self.say_next)
        self.person_hooks.add_to(form)
        form.addRow(self.tr("Private remarks"), self.hooks)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("I gave"), self.gave)
        form.addRow(self.tr("I received"), self.received)
        form.addRow(self.tr("Event"), self.event_link)
        follow = QVBoxLayout()
        follow.addLayout(self.follow_box)
        # A form grows its fields to the row's width; a button is not a field (at 1920
        # "Nächsten Schritt hinzufügen" was a 660 px bar): as wide as its words.
        follow.addWidget(add_follow, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Follow-ups"), follow)
        inner = QWidget()
        inner.setLayout(form)
        # (A sideways scroll bar only where even stacked labels do not fit: an 800-px
        # window with the coach open cut the fields' right edges.)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        # Labels go above the fields when the viewport (not the editor: the scroll
        # bar takes some) is narrower than the widest row needs with labels beside it.
        self._form_fit = style.adaptive_form(form, scroll.viewport(), stacking=(kind_row,))
        self._scroll = scroll
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        self.draft_status = problem_line(self._autosave, "noteDraftStatus")
        layout.addWidget(self.draft_status)
        layout.addLayout(buttons)

    def roomy_width(self) -> int:
        """The editor's width at which its labels stand beside the fields and the kind
        beside the direction (at 100 characters the German direction went below)."""
        margins = self.layout().contentsMargins()
        bar = self._scroll.verticalScrollBar().sizeHint().width()  # (when it shows)
        return self._form_fit.roomy_width() + margins.left() + margins.right() + bar

    def _update_preview(self) -> None:
        self.preview.setMarkdown(self.body.toPlainText())
        style.space_headings(self.preview.document())

    def _add_follow_row(self, record: FollowUpRecord) -> FollowUpRow:
        row = FollowUpRow(record)
        row.text.textChanged.connect(self._mark_edited)
        row.done.toggled.connect(self._mark_edited)
        row.has_due.toggled.connect(self._mark_edited)
        row.due.dateChanged.connect(self._mark_edited)
        self._follow_rows.append(row)
        self.follow_box.addWidget(row)
        return row

    def _fill_events(self, selected: int | None) -> None:
        self.event_link.clear()
        self.event_link.addItem(texts.not_chosen(), None)
        for event_id, name, day in linkable_events(self.journal, 200):
            self.event_link.addItem(f"{name} ({texts.format_date(day)})", event_id)
        index = self.event_link.findData(selected)
        self.event_link.setCurrentIndex(max(index, 0))

    def show_note(self, note_id: int | None) -> None:
        # Another note (or this one again) is shown only once the edits were
        # settled: saved or discarded. Their draft goes with them (a draft only
        # looked at, "Later" at the start, stays).
        if self.edited:
            self.forget_draft()
        self._autosave.stop()
        self._filling = True
        try:
            self._show_note(note_id)
        finally:
            self._filling = False
        self.edited = False
        self._autosave.store = (
            DraftStore.of_record(self.drafts_dir, "note", note_id)
            if self.drafts_dir is not None and note_id is not None and not self.journal.read_only
            else None
        )

    def _show_note(self, note_id: int | None) -> None:
        for row in self._follow_rows:
            row.hide()  # before unparenting: see participants.ParticipantsField._remove
            row.setParent(None)  # gone from the form at once (the unsaved check reads it)
            row.deleteLater()
        self._follow_rows = []
        if note_id is None:
            self.record = None
            self.setEnabled(False)
            for edit in (self.title, self.place, self.say_next):
                edit.clear()
            for text in (self.body, self.hooks, self.outcome, self.gave, self.received):
                text.clear()
            self.participants.clear()
            self.person_hooks.clear()
            self.when.clear_value()  # no note, no date (not "01.01.2000 00:00")
            self.mark_clean()
            return
        r = get_interaction(self.journal, note_id)
        self.record = r
        self.setEnabled(True)
        self._fill(r)
        for fu in follow_ups_of_note(self.journal, note_id):
            self._add_follow_row(fu)
        self.mark_clean()

    def show_record(
        self, shown: InteractionRecord, base: InteractionRecord, new_people: NewPeople | None = None
    ) -> None:
        """Show ``shown`` (a merged version) over ``base``, the note as stored now.

        Follow-up rows stay as they are; the editor counts as edited. ``new_people``
        names the placeholder ids among its participants (people not created yet).
        """
        self._filling = True
        try:
            self.record = base
            self._fill(shown, new_people)
        finally:
            self._filling = False
        self.edited = True

    def _fill(self, r: InteractionRecord, new_people: NewPeople | None = None) -> None:
        self.when.setDateTime(to_qdatetime(r.occurred_at))
        self.kind.setCurrentIndex(max(self.kind.findData(r.kind), 0))
        self.direction.setCurrentIndex(max(self.direction.findData(r.direction), 0))
        self.participants.refresh_names()
        self.participants.set_ids(r.participants, new_people)
        self.place.setText(r.place)
        self.duration.setValue(r.duration_minutes or 0)
        self.title.setText(r.title)
        self.body.setPlainText(r.body)
        self._update_preview()
        self.hooks.setPlainText(r.hooks)
        self.say_next.setText(r.say_next)
        self.person_hooks.set_texts({f"id:{cid}": text for cid, text in r.say_next_to.items()})
        self.outcome.setPlainText(r.outcome)
        self.gave.setPlainText("\n".join(g.text for g in r.give_take if g.direction == "gave"))
        self.received.setPlainText(
            "\n".join(g.text for g in r.give_take if g.direction == "received")
        )
        self._fill_events(r.event_id)

    def value(
        self,
    ) -> tuple[InteractionRecord, list[FollowUpRecord], list[int]] | None:
        """The edited note, its follow-ups and the ids of follow-ups removed
        (with ✕, or by emptying their text); None if cancelled (unknown names)."""
        assert self.record is not None
        ids = self.participants.resolve(self)
        if ids is None:
            return None
        lead = ids[0] if ids else None
        lines = [GiveTakeLine("gave", t.strip(), lead)
                 for t in self.gave.toPlainText().splitlines() if t.strip()]  # fmt: skip
        lines += [GiveTakeLine("received", t.strip(), lead)
                  for t in self.received.toPlainText().splitlines() if t.strip()]  # fmt: skip
        after = InteractionRecord(
            occurred_at=from_qdatetime(self.when.dateTime()),
            kind=self.kind.currentData(),
            direction=self.direction.currentData(),
            participants=ids,
            place=self.place.text().strip(),
            duration_minutes=self.duration.value() or None,
            title=self.title.text().strip(),
            body=self.body.toPlainText(),
            hooks=self.hooks.toPlainText().strip(),
            say_next=" ".join(self.say_next.text().split()),
            say_next_to=self.person_hooks.by_id(),
            outcome=self.outcome.toPlainText().strip(),
            give_take=lines,
            event_id=self.event_link.currentData(),
            id=self.record.id,
        )
        follow, gone = [], []
        for row in self._follow_rows:
            fu = row.value()
            if row.removed or not fu.text:
                if fu.id is not None:
                    gone.append(fu.id)
                continue
            fu.interaction_id = self.record.id
            fu.contact_id = fu.contact_id or lead
            follow.append(fu)
        return after, follow, gone
