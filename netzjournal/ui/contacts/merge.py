"""Contacts → Merge…: which of two contacts stays, asked in a small dialog of its own;
with one contact selected, first which of their namesakes it joins (MergePartnerDialog).

A ``QInputDialog`` put the whole question on one line (~880 px at 1280, two thirds
of the window) and resists a width. Here the question wraps at a reading width, the
two people are radio buttons (two choices, both visible, each with what tells
namesakes apart), and Cancel is the default: merging takes a contact away.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netzjournal.ui import mnemonics, style

# The question's width in characters: two long names with organisations still wrap to
# a few lines, a short pair reads as a paragraph, not a banner.
READING_CHARS = 56


class MergeDialog(QDialog):
    """Asks which of ``labels`` (two people, told apart) is kept; :meth:`kept` is its index."""

    def __init__(self, labels: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeQuestion")
        self.setWindowTitle(self.tr("Merge contacts"))
        self.labels = list(labels)
        width = self.fontMetrics().averageCharWidth() * READING_CHARS
        self.question = QLabel(
            self.tr("%1 and %2 become one contact. Keep which one?")
            .replace("%1", self.labels[0])
            .replace("%2", self.labels[1])
        )
        self.question.setObjectName("mergeText")
        self.question.setWordWrap(True)
        self.question.setFixedWidth(width)
        bold = self.question.font()
        bold.setBold(True)  # the question; what follows explains it
        self.question.setFont(bold)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        for n, label in enumerate(self.labels):
            radio = QRadioButton(mnemonics.literal(label))
            radio.setChecked(n == 0)
            self.group.addButton(radio, n)
            layout.addWidget(radio)
        self.note = QLabel(
            self.tr(
                "Every note and detail of the other joins it. Edit → Undo takes the merge back."
            )
        )
        self.note.setWordWrap(True)
        self.note.setFixedWidth(width)
        layout.addSpacing(style.SPACE.S)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("Merge"))  # what it does, not "OK"
        self.merge_button.setAutoDefault(False)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Merging takes one contact away (undo brings it back): Enter cancels, as in
        # every other question that removes something.
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addSpacing(style.SPACE.S)
        layout.addWidget(buttons)
        style.finish_dialog(self)  # the scale's margins and gaps, as every dialog
        # Each wrapped text as tall as its lines at its width: a radio button wider than
        # the reading width (a twin's e-mail address) widened the dialog, and the fixed
        # size then gave the texts fewer lines than they wrap to (cut off mid-word).
        for text in (self.question, self.note):
            text.setMinimumHeight(text.heightForWidth(width))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def choose(self, label: str) -> None:
        """Pick the person shown as ``label`` (as a click on its radio button)."""
        self.group.button(self.labels.index(label)).setChecked(True)

    def kept(self) -> int:
        """The index (in ``labels``) of the one kept."""
        return max(self.group.checkedId(), 0)


class MergePartnerDialog(QDialog):
    """One contact selected (a mouse user, or an import that said "merge later and
    choose with whom"): which of ``partners`` (their namesakes, told apart) it is
    merged with; :meth:`chosen` is its index. Cancel is the default."""

    def __init__(self, label: str, partners: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergePartnerQuestion")
        self.setWindowTitle(self.tr("Merge contacts"))
        self.labels = list(partners)
        width = self.fontMetrics().averageCharWidth() * READING_CHARS
        self.question = QLabel(self.tr("Merge %1 with whom?").replace("%1", label))
        self.question.setWordWrap(True)
        self.question.setFixedWidth(width)
        bold = self.question.font()
        bold.setBold(True)
        self.question.setFont(bold)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        for n, partner in enumerate(self.labels):
            radio = QRadioButton(mnemonics.literal(partner))
            radio.setChecked(n == 0)
            self.group.addButton(radio, n)
            layout.addWidget(radio)
        note = QLabel(self.tr("Then you choose which of the two stays."))
        note.setWordWrap(True)
        note.setFixedWidth(width)
        layout.addSpacing(style.SPACE.S)
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAutoDefault(False)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # as in the merge question that follows
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(style.SPACE.S)
        layout.addWidget(buttons)
        style.finish_dialog(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def choose(self, label: str) -> None:
        self.group.button(self.labels.index(label)).setChecked(True)

    def chosen(self) -> int:
        return max(self.group.checkedId(), 0)
