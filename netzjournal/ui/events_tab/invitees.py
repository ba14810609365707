"""Who an imported invitation names and the journal does not know (not a contact,
not the user): on the event's page, with a way to make one a contact.

Made a contact (the contact editor, filled in with the name and address as the
invitation gives them), they are linked by id as the import links a contact by
address (``commands.events.AddInvitee``: one undo step), and leave this list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal.store.invitees import evening_guests
from netzjournal.store.journal import Journal
from netzjournal.store.people import PersonChoice, find_people_by_name
from netzjournal.store.reading import own_addresses
from netzjournal.store.records import Channel, ContactRecord, Invitee, Occurrence
from netzjournal.ui import undo
from netzjournal.ui.link_line import LinkLine
from netzjournal.ui.table_model import RowsModel


def name_from_address(address: str) -> str:
    """A guest's name read from their address ("kemal.aydin@…" → "Kemal Aydin"; ""
    where it holds no words), for an invitation that names them by address only."""
    local = re.split(r"[._\-+]+", address.split("@")[0])
    return " ".join(w.capitalize() for w in local if w.isalpha())


def answer_words(p: Invitee) -> str:
    """What the invitation says of them, as a person says it."""
    if p.organiser:
        return QCoreApplication.translate("InviteesModel", "organiser")
    return {
        "ACCEPTED": QCoreApplication.translate("InviteesModel", "said yes"),
        "DECLINED": QCoreApplication.translate("InviteesModel", "said no"),
        "TENTATIVE": QCoreApplication.translate("InviteesModel", "maybe"),
    }.get(p.answer) or QCoreApplication.translate("InviteesModel", "no answer yet")


class InviteesModel(RowsModel[Invitee]):
    """ "Markus Vogt – said yes" over "markus.vogt@web.example", one person a row."""

    def headers(self) -> list[str]:
        return [""]  # (a list: no header is shown)

    def cell(self, p: Invitee, column: int) -> object:
        # The address on a line of its own: beside the name, glued to it as the
        # people above are ("·" never at a line's start), a long one was cut in a
        # narrow pane. No-break spaces keep "hat zugesagt" whole and the dash with what
        # it follows; after the dash the line may break: "kemal.aydin@example.de – noch
        # keine Antwort" glued whole was wider than the list beside the coach, cut.
        answer = answer_words(p).replace(" ", "\u00a0")
        if not p.name:
            return f"{p.address}\u00a0– {answer}"
        return f"{p.name}\u00a0– {answer}\n{p.address}"


OWN_ADDRESSES_FIELD = "own_addresses"  # (the Settings field the hint opens)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class InviteesBox(QWidget):
    """The caption, the list and "Add as contact…"; hidden while nobody is unknown."""

    # Settings opened at a field ("own_addresses"): the hint's link.
    settings_requested = Signal(str)

    def __init__(
        self,
        journal: Journal,
        undo_stack: QUndoStack,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventInvitees")
        self.journal, self.undo_stack, self.today = journal, undo_stack, today
        self.occurrence: Occurrence | None = None
        # (wrapped: one line of it made the page wider than a narrow pane, cut at the right)
        self.caption = QLabel(
            f"<b>{self.tr('Also invited, not in your contacts')}</b>", wordWrap=True
        )
        self.model = InviteesModel(parent=self)
        self.view = QListView()
        self.view.setObjectName("eventInviteesList")
        self.view.setAccessibleName(self.tr("Also invited, not in your contacts"))
        self.view.setModel(self.model)
        self.view.setMaximumHeight(120)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.doubleClicked.connect(lambda _i: self.add_current())
        self.add = QPushButton(self.tr("Add as contact…"), autoDefault=False)
        self.add.setObjectName("eventInviteeAdd")
        self.add.setToolTip(
            self.tr(
                "A new contact with the name and address the invitation gives, linked to this event"
            )
        )
        self.add.clicked.connect(self.add_current)
        # Without the user's own addresses the user is listed among them (as the one
        # invited): which attendee of an invitation file is the user, the file does
        # not say, so it is told where to say it rather than guessed.
        # A link that opens Settings at that field (Tab reaches it, Enter opens it).
        hint = self.tr(
            "Enter your own addresses in Settings → General so that you are not listed here"
        )
        self.own_hint = LinkLine(OWN_ADDRESSES_FIELD, hint)
        self.own_hint.setObjectName("eventInviteesOwnHint")
        self.own_hint.linkActivated.connect(self.settings_requested)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._allow())
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        layout.addWidget(self.own_hint)
        layout.addLayout(line)
        self.show_occurrence(None)

    def show_occurrence(self, o: Occurrence | None) -> None:
        self.occurrence = o
        # As the list counts them: an evening's own invitation, else its series'.
        people = [] if o is None else evening_guests(self.journal, [o]).get(o.key, [])
        self.model.set_rows(people)
        if people:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.setVisible(bool(people))
        self.own_hint.setVisible(bool(people) and not own_addresses(self.journal))
        self._allow()

    def _allow(self) -> None:
        self.add.setEnabled(not self.journal.read_only and self.view.currentIndex().isValid())

    def current(self) -> Invitee | None:
        index: QModelIndex = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add_current(self) -> None:
        from netzjournal.coach import settings as coach_settings
        from netzjournal.commands.events import AddInvitee
        from netzjournal.ui.contacts.editor import ContactEditor, new_until_saved
        from netzjournal.ui.events_tab.debrief import split_name
        from netzjournal.ui.texts import ui_language

        p, o = self.current(), self.occurrence
        if p is None or o is None or self.journal.read_only:
            return
        # The name as the invitation gives it (else read from the address), the
        # address as its e-mail: the user completes the rest in the editor.
        guess = name_from_address(p.address)
        # A contact of that name (folded as the journal matches names: "Aydın" is
        # "Aydin") under another address: asked whether it is them, not made twice.
        namesakes = find_people_by_name(self.journal, p.name or guess, folded=True)
        if namesakes:
            answer = self._which_contact(p, p.name or guess, namesakes)
            if answer is None:
                return  # (cancelled)
            if answer[0] is not None:
                from netzjournal.commands.events import LinkInvitee

                step = LinkInvitee(self.journal, answer[0], p.address, o, p.coming, self.today(),
                                   add_address=answer[1])  # fmt: skip
                undo.perform(self.undo_stack, step, self)  # (a failure is said there)
                return
        record = split_name(p.name or guess) if (p.name or guess) else ContactRecord()
        record.channels = [Channel("email", p.address)]
        record = coach_settings.new_contact(self.journal, ui_language(), record)

        def save(editor: ContactEditor) -> bool:
            made = editor.record()
            if made is None:
                return True  # (nothing to save)
            command = AddInvitee(self.journal, made, o, p.coming, self.today(), p.address)
            return undo.perform(self.undo_stack, command, self) is not None  # (else said)

        new_until_saved(
            lambda: ContactEditor(self.journal, record, new=True, parent=self, today=self.today()),
            save,
        )

    def _which_contact(
        self, p: Invitee, name: str, namesakes: list[PersonChoice]
    ) -> tuple[int | None, bool] | None:
        return which_contact(self, p.address, name, namesakes)


def which_contact(
    parent: QWidget, address: str, name: str, namesakes: list[PersonChoice],
    offer_address: bool = True,
) -> tuple[int | None, bool] | None:  # fmt: skip
    """Whether the invitee is one of these contacts of their name: (its id, add
    the address to it), (None, _) for a new contact, None if cancelled. Each
    namesake is offered with what tells them apart (organisation, city …). Without
    ``offer_address`` no "add the address" box (the answer's flag is False). The
    page's „Als Kontakt anlegen …“ and the debrief ask it."""

    # (the page's words, in its context "InviteesBox")
    if len(namesakes) == 1:
        text = QCoreApplication.translate("InviteesBox", "Is “%1” (%2) your contact %3?").replace(
            "%3", namesakes[0].describe()
        )
    else:
        text = QCoreApplication.translate("InviteesBox", "Is “%1” (%2) one of these contacts?")
    text = text.replace("%1", name).replace("%2", address)
    title = QCoreApplication.translate("InviteesBox", "Already a contact?")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    picks: dict[QAbstractButton, int] = {}
    for c in namesakes:
        label = (
            c.describe()
            if len(namesakes) > 1
            else QCoreApplication.translate("InviteesBox", "Yes, link to this contact")
        )
        button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        picks[button] = c.id
        if len(picks) == 1:
            box.setDefaultButton(button)
    new = box.addButton(
        QCoreApplication.translate("InviteesBox", "No, a new contact…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    if len(namesakes) > 1:
        # One under another: side by side, four namesakes were wider than the screen
        # and each button cut at its left — which one was which could not be read.
        buttons = box.findChild(QDialogButtonBox)
        if buttons is not None:
            buttons.setOrientation(Qt.Orientation.Vertical)
    also = QCheckBox(
        QCoreApplication.translate("InviteesBox", "Add the address %1 to the contact").replace(
            "%1", address
        )
    )
    also.setChecked(True)
    if offer_address:
        box.setCheckBox(also)
    box.exec()
    clicked = box.clickedButton()
    if clicked in picks:
        return picks[clicked], offer_address and also.isChecked()
    return (None, False) if clicked is new else None
