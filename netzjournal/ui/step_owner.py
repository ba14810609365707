"""Whose the quick note's next step is, when the note names several people.

The step went to the first person named, unsaid: Jonas's note with both Lena
Schuberts gave „die Folien schicken“ to whichever Lena he had typed first. With
two people or more a choice of them appears (the first chosen, as before); with one
it is hidden. People are ids: the choice is a person of the "Who" field, never a
name looked up later.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from netzjournal.ui.participants import ParticipantsField, Token


def token_key(token: Token) -> str:
    """A person by id; a new name (no id until the note's save creates it) by name."""
    return f"id:{token.id}" if token.id is not None else f"name:{token.name}"


class StepOwner(QComboBox):
    """The people of ``people``, to choose whose the next step is."""

    def __init__(self, people: ParticipantsField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickStepFor")
        self.people = people
        # A long "Name · Organisation" is cut in the closed box, whole in the list.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self._wanted = ""  # the key chosen (kept while its person is taken off and back)
        self.activated.connect(lambda _row: self._remember())
        people.changed.connect(self.follow)
        self.follow()

    def _remember(self) -> None:
        self._wanted = str(self.currentData() or "")

    def follow(self) -> None:
        """Items for the people named now, in their order; the chosen one kept."""
        tokens = self.people.tokens()
        self.blockSignals(True)
        self.clear()
        for token in tokens:
            self.addItem(token.label, token_key(token))
        row = self.findData(self._wanted) if self._wanted else -1
        self.setCurrentIndex(max(row, 0) if tokens else -1)
        self.blockSignals(False)

    def wanted(self) -> bool:
        """Whether there is a choice to make (two people or more)."""
        return self.count() > 1

    def key(self) -> str:
        """The chosen person's key, for a draft ("" with one person or none)."""
        return str(self.currentData() or "") if self.wanted() else ""

    def select(self, key: str) -> None:
        """Choose the person of ``key`` (from a draft), if they are named."""
        self._wanted = key
        self.follow()

    def owner(self) -> int | None:
        """The chosen person's id, after the people's field resolved new names: a new
        person's placeholder (negative, in the order new people were named — see
        ``ParticipantsField.resolve``). None: one person, or nobody chosen."""
        tokens = self.people.tokens()
        row = self.currentIndex()
        if not self.wanted() or not 0 <= row < len(tokens):
            return None
        chosen = tokens[row]
        if chosen.id is not None:
            return chosen.id
        new = [t for t in tokens if t.id is None]
        return -next(n for n, t in enumerate(new, start=1) if t is chosen)
