"""Adding people to an event by id: type, choose; namesakes apart.

The events view and the debrief add several people one after another (the line
clears after each pick) and offer to create someone not yet known. The adder is
the people pickers' completion (:class:`~netzjournal.ui.person_picker.PersonCompletion`:
the search index, a page of matches, never every contact) on a line of its own:
the contract is the :attr:`PersonAdder.picked` signal with a contact id, and
:attr:`PersonAdder.create_requested` with the typed name when nobody fits.
The id travels, never the name.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from netzjournal.store.journal import Journal
from netzjournal.ui.events_tab.words import person_line
from netzjournal.ui.person_picker import PersonCompletion, is_plain_enter


class PersonAdder(QLineEdit):
    """A line with completion; Enter or a click picks one person by id."""

    picked = Signal(int)
    create_requested = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPicker")
        # A short hint, as native fields have ("Add a person…"): the sentence "type a
        # name, then Enter" was cut beside the answer at 1280 in German; the list of
        # matches shows as one types, and the tooltip says the rest.
        self.setPlaceholderText(self.tr("Add a person…"))
        self.setAccessibleName(self.placeholderText())  # (Qt names a field by its label only)
        self.setToolTip(
            self.tr(
                "Type a name and press Enter, or choose from the list; someone new can be added."
            )
        )
        self.setClearButtonEnabled(True)
        self.completion = PersonCompletion(journal, self)
        self.completion.picked.connect(self._chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not is_plain_enter(event):
            super().keyPressEvent(event)
            return
        # The highlighted one, the one so named or the one listed; namesakes and
        # several matches are listed to choose from; nobody: offer to create them.
        kind, value = self.completion.take_enter()
        if kind == "id":
            self._chosen(int(value))  # type: ignore[call-overload]
        elif kind == "unknown":
            self.create_requested.emit(str(value))
        event.accept()  # Enter picks here; it never reaches a dialog's default button

    def reload(self) -> None:
        """Contacts changed: the next keystroke reads the people afresh."""
        self.completion.model.refresh()

    def label(self, contact_id: int) -> str:
        """ "Name · Organisation · City" of someone picked (for the caller's list), a
        namesake as the pickers tell them apart (:func:`words.person_line`)."""
        choice = self.completion.model.choice(contact_id)
        return person_line(choice) if choice is not None else ""

    def _chosen(self, contact_id: int) -> None:
        self.picked.emit(contact_id)
        self.clear()  # (so a Return that reaches the line afterwards finds nothing to do)
