"""The debrief after an event: the people met, one line each, what to pick up next
time and a follow-up.

People are picked by id (namesakes shown apart) or created after a
confirmation; the whole evening is saved in one transaction and one undo
step (:class:`netzjournal.commands.events.SaveDebrief` over
:func:`netzjournal.store.save_debrief`). It opens with the people already marked
"was there", by id (picked again by name, a namesake could be the wrong one).
Closing asks first when the list, anything typed or "I was there" differs from that
start, and the question names what would be lost (whose lines, who added or taken off).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netzjournal import zones
from netzjournal.coach.settings import new_contact
from netzjournal.commands.events import SaveDebrief
from netzjournal.store.debrief import Debrief, DebriefPerson, DebriefResult
from netzjournal.store.events import attendance
from netzjournal.store.invitees import contacts_coming, guests_coming
from netzjournal.store.journal import Journal
from netzjournal.store.people import (
    PersonChoice,
    find_people_by_name,
    join_names,
    person_choices,
)
from netzjournal.store.records import Channel, ContactRecord, Occurrence
from netzjournal.ui import style, undo, unsaved
from netzjournal.ui.events_tab import words
from netzjournal.ui.events_tab.invitees import name_from_address, which_contact
from netzjournal.ui.events_tab.people import PersonAdder
from netzjournal.ui.texts import ui_language


class PersonRow(QFrame):
    """One person met: who, what we talked about, what to pick up next time, a follow-up."""

    def __init__(
        self, label: str, contact_id: int | None, new: ContactRecord | None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("debriefRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.contact_id, self.new, self.label = contact_id, new, label
        # Who the row is, to tell what changed since the dialog opened: the contact,
        # else the invitation's guest (their address); None: a name typed here.
        self.key: int | str | None = contact_id
        # The invitation's guest a new row is made for (their address), asked about
        # on saving if a contact has their name; once confirmed as a contact, the
        # guest is linked to them by id.
        self.guest_address = ""
        self.who = QLabel(f"<b>{html.escape(label)}</b>")
        # Wrapped: a long label (a twin told apart by an e-mail address) widened the
        # row past the list, and its fields ran under a horizontal scroll bar.
        self.who.setWordWrap(True)
        self.line = QLineEdit()
        self.line.setObjectName("debriefLine")
        self.line.setPlaceholderText(self.tr("What you talked about (one line)"))
        # The notes' "Pick up next time" (say_next): the coach may quote it to them.
        self.say_next = QLineEdit(
            placeholderText=self.tr("Pick up next time, as you would say it to them")
        )
        self.say_next.setObjectName("debriefHooks")
        self.follow_up = QLineEdit(placeholderText=self.tr("Follow-up (optional)"))
        self.follow_up.setObjectName("debriefFollowUp")
        self.remove = QPushButton("✕", autoDefault=False)
        self.remove.setToolTip(self.tr("Remove this person from the debrief"))
        self.remove.setAccessibleName(self.tr("Remove %1").replace("%1", label))
        self.remove.setFixedWidth(28)
        grid = QGridLayout(self)
        grid.addWidget(self.who, 0, 0)
        grid.addWidget(self.remove, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.line, 1, 0, 1, 2)
        grid.addWidget(self.say_next, 2, 0, 1, 2)
        grid.addWidget(self.follow_up, 3, 0, 1, 2)
        # The name takes the row's width beside the ✕ (a wrapped label's column and the
        # button's shared it half and half: „Alster / Design Studio“ broke with room left).
        grid.setColumnStretch(0, 1)

    def typed(self) -> bool:
        return any(w.text().strip() for w in (self.line, self.say_next, self.follow_up))

    def value(self) -> DebriefPerson:
        return DebriefPerson(
            contact_id=self.contact_id, new_contact=self.new, line=self.line.text(),
            say_next=self.say_next.text(), follow_up=self.follow_up.text(),
            guest_address=self.guest_address if self.contact_id is not None else "",
        )  # fmt: skip


def split_name(text: str) -> ContactRecord:
    """A new contact from a typed name: the last word is the family name."""
    parts = text.split()
    if len(parts) == 1:
        return ContactRecord(given_name=parts[0])
    return ContactRecord(given_name=" ".join(parts[:-1]), family_name=parts[-1])


class DebriefDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        occurrence: Occurrence,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("debriefDialog")
        self.journal, self.occurrence, self.undo_stack = journal, occurrence, undo_stack
        title = (
            self.tr("Debrief: %1, %2")
            .replace("%1", occurrence.name)
            .replace("%2", words.span(occurrence.starts_on, occurrence.ends_on))
        )
        self.setWindowTitle(title)
        self.rows: list[PersonRow] = []
        self.saved: DebriefResult | None = None
        intro = QLabel(
            self.tr("Whom did you meet? Pick each person (or type a new name and press Enter), "
                    "then a line about each. Ctrl+Enter saves."),
            wordWrap=True,
        )  # fmt: skip
        # Which evening, in the dialog itself (the title bar may be cut or hidden).
        self.heading = QLabel(
            occurrence.name + ", " + words.span(occurrence.starts_on, occurrence.ends_on),
            textFormat=Qt.TextFormat.PlainText,
            wordWrap=True,
        )
        self.heading.setObjectName("debriefHeading")
        style.set_type(self.heading, style.Type.SECTION)
        self.picker = PersonAdder(journal)
        self.picker.picked.connect(self.add_person)
        self.picker.create_requested.connect(self.offer_new)
        self.list_box = QVBoxLayout()
        # Nobody picked yet: a sentence, not an empty grey box.
        self.nobody_yet = style.empty_state(
            self.tr("Nobody picked yet. Each person you pick appears here, with a line "
                    "for what you talked about."),
            "debriefNobodyYet",
        )  # fmt: skip
        self.list_box.addWidget(self.nobody_yet)
        self.said_yes = style.hint("")
        self.said_yes.setObjectName("debriefSaidYes")
        self.said_yes.hide()
        # Row key (PersonRow.key) → label, of those listed for having said yes.
        self._said_yes: dict[int | str | None, str] = {}
        self.list_box.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.list_box)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(holder)
        self.i_was_there = QCheckBox(self.tr("I was there"))
        self.i_was_there.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():  # Enter in the picker picks; it never closes
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addWidget(self.said_yes)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.i_was_there)
        layout.addWidget(self.buttons)
        style.finish_dialog(self, minimum=(76, 20))
        self.resize(self.minimumWidth(), self.fontMetrics().lineSpacing() * 32)
        self._add_those_there()
        # What "unsaved" is measured against: the people it opened with (and how they
        # are labelled, to name who was taken off), nothing typed, "I was there" ticked.
        self._start: dict[int | str | None, str] = {r.key: r.label for r in self.rows}

    def _add_those_there(self) -> None:
        """The people marked "was there" at this evening, then those who had said they
        would come (they most likely did: the walk's „Nachbereiten“ opened empty with
        Olaf's „hat zugesagt“ on the page), by id, labelled as the events page lists
        them (a namesake with what tells them apart). Saving records each row as
        there; a line above the rows names those who only said yes, to take off with
        ✕ whoever did not come. The invitation's guests who are no contact and said
        yes (as the events list counts them: a series' on each of its evenings) follow,
        each as a new contact with the invitation's name and address."""
        o = self.occurrence
        rows = attendance(self.journal, [o.event_id]).get(o.event_id, []) if o.event_id else []
        # (the store lists those who were there first, each part in the contacts' order)
        offered = [a for a in rows if a.status in ("attended", "going")]
        # Guests of the invitation who said yes and are contacts (linked by id, or the
        # one contact with their address, as the import links them): by id, said yes.
        listed = {a.contact_id for a in rows}
        known = [c for c in contacts_coming(self.journal, o) if c not in listed]
        choices = person_choices(self.journal, [a.contact_id for a in offered] + known)
        for cid in known:
            if cid in choices:
                label = words.person_line(choices[cid])
                self._add_row(PersonRow(label, cid, None))
                self._said_yes[cid] = label
        for a in offered:
            c = choices.get(a.contact_id) or PersonChoice(
                a.contact_id, a.name, organisation=a.organisation, city=a.city
            )
            self._add_row(PersonRow(words.person_line(c), a.contact_id, None))
            if a.status == "going":
                self._said_yes[a.contact_id] = words.person_line(c)
        for p in guests_coming(self.journal, [o]).get(o.key, []):
            name = p.name or name_from_address(p.address)
            record = split_name(name) if name else ContactRecord()
            record.channels = [Channel("email", p.address)]
            # The address beside the name: the row makes a new contact, and a contact
            # of that name (another person, or them under another address) shows apart.
            shown = f"{name} · {p.address}" if name else p.address
            row = PersonRow(self.tr("%1 (new)").replace("%1", shown), None,
                            new_contact(self.journal, ui_language(), record))  # fmt: skip
            row.key = row.guest_address = p.address
            self._add_row(row)
            self._said_yes[p.address] = shown
        self._show_said_yes()

    def _show_said_yes(self) -> None:
        """The line naming who is listed for having said yes (those still listed)."""
        listed = {r.key for r in self.rows}
        names = [label for key, label in self._said_yes.items() if key in listed]
        self.said_yes.setText(
            self.tr("Listed because they said yes: %1. Take off with ✕ anyone who did "
                    "not come.").replace("%1", join_names(names))
        )  # fmt: skip
        self.said_yes.setVisible(bool(names))
        if self.rows:
            self.rows[0].line.setFocus()  # the first line to write, not the last

    def add_person(self, contact_id: int) -> None:
        if any(r.contact_id == contact_id for r in self.rows):
            return
        label = self.picker.label(contact_id) or str(contact_id)
        self._add_row(PersonRow(label, contact_id, None))

    def offer_new(self, name: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("New contact"),
            self.tr("Nobody in the journal is called “%1”. Create a new contact?").replace(
                "%1", name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.picker.clear()
        label = self.tr("%1 (new)").replace("%1", name)
        new = new_contact(self.journal, ui_language(), split_name(name))
        self._add_row(PersonRow(label, None, new))

    def _add_row(self, row: PersonRow) -> None:
        self.rows.append(row)
        self.nobody_yet.hide()
        self.list_box.insertWidget(self.list_box.count() - 1, row)
        row.remove.clicked.connect(lambda: self._remove_row(row))
        row.line.setFocus()
        self._show_said_yes()

    def _remove_row(self, row: PersonRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.nobody_yet.setVisible(not self.rows)
        self._show_said_yes()
        self.picker.setFocus()

    def value(self) -> Debrief:
        o = self.occurrence
        # The note's time is this computer's (as every note's): a New-York evening
        # is noted on the day and at the hour it was here.
        if o.start_time is not None:
            when = zones.moment_here(o.starts_on, o.start_time, o.zone)
        else:
            when = dt.datetime.combine(o.starts_on, dt.time(19, 0))
        return Debrief(o, when, [r.value() for r in self.rows],
                             self.i_was_there.isChecked())  # fmt: skip

    def save(self) -> None:
        if not self.rows:
            QMessageBox.information(self, self.tr("Debrief"), self.tr("Pick at least one person."))
            return
        if not self._confirm_guests():
            return
        command = SaveDebrief(self.journal, self.value())
        if not undo.perform(self.undo_stack, command, self):
            return
        self.saved = command.result
        self.rows, self._start = [], {}
        self.i_was_there.setChecked(True)  # (saved: nothing left to ask about)
        self.accept()

    def _confirm_guests(self) -> bool:
        """Each guest row to be made a contact whom a contact's name matches (folded as
        the journal matches names): asked, as the page's „Add as contact…“ asks,
        whether it is them — never picked by name silently. Yes: the row is that
        contact, by id (the guest linked to them on saving). False: cancelled."""
        for row in [r for r in self.rows if r.guest_address and r.new is not None]:
            name = row.new.name if row.new else ""
            namesakes = find_people_by_name(self.journal, name, folded=True) if name else []
            if not namesakes:
                continue
            answer = which_contact(self, row.guest_address, name, namesakes, offer_address=False)
            if answer is None:
                return False
            if answer[0] is not None:
                row.contact_id, row.new = answer[0], None
        return True

    def dirty(self) -> bool:
        """Someone added or removed since it opened, anything typed, or "I was there"
        unticked."""
        return bool(self._changes())

    def _changes(self) -> list[str]:
        """What closing without saving would throw away, one line each (none: nothing)."""
        changes = []
        if typed := [r.label for r in self.rows if r.typed()]:
            changes.append(self.tr("what you wrote about %1").replace("%1", join_names(typed)))
        added = [r.label for r in self.rows if r.key is None or r.key not in self._start]
        if added:
            changes.append(self.tr("added to the list: %1").replace("%1", join_names(added)))
        now = {r.key for r in self.rows}
        if gone := [label for i, label in self._start.items() if i not in now]:
            changes.append(self.tr("taken off the list: %1").replace("%1", join_names(gone)))
        if not self.i_was_there.isChecked():
            changes.append(self.tr("“I was there” unticked"))
        return changes

    def lost(self) -> str:
        """The question's second line: what "Discard" throws away, named."""
        changes = self._changes()
        return "\n".join([self.tr("“Discard” throws away:"), *("• " + c for c in changes)])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter moves on to the next field; only Ctrl+Enter saves the whole evening.
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)  # fmt: skip
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if plain:
                self.focusNextChild()
            elif event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        question = self.tr("Save the changes to this debrief?")
        if unsaved.may_close(self, self.dirty(), question, self.save, self.lost()):
            super().reject()
