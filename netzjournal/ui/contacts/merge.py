"""Contacts → Merge…: which of two contacts stays, asked in a small dialog of its own;
with one contact selected, first which of their namesakes it joins (MergePartnerDialog).

A ``QInputDialog`` put the whole question on one line (~880 px at 1280, two thirds
of the window) and resists a width. Here the question wraps at a reading width, the
two people are radio buttons (two choices, both visible, each with what tells
namesakes apart), and Cancel is the default: merging takes a contact away.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netzjournal.store.duplicates import PersonFacts
from netzjournal.ui import mnemonics, style, texts

# The question's width in characters: two long names with organisations still wrap to
# a few lines, a short pair reads as a paragraph, not a banner.
READING_CHARS = 56


class _ChoiceDialog(QDialog):
    """A bold question wrapped at a reading width, ``labels`` as radio buttons (the
    first chosen), a note under them, and an accept button beside Cancel, which is
    the default: what follows takes a contact away (undo brings it back)."""

    def _build(
        self,
        question: str,
        labels: Sequence[str],
        note: str,
        accept: str,
        details: Sequence[str] = (),
    ) -> QPushButton:
        self.labels = list(labels)
        width = self.fontMetrics().averageCharWidth() * READING_CHARS
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.question.setFixedWidth(width)
        bold = self.question.font()
        bold.setBold(True)  # the question; what follows explains it
        self.question.setFont(bold)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        self.details: list[QLabel] = []
        for n, label in enumerate(self.labels):
            radio = QRadioButton(mnemonics.literal(label))
            radio.setChecked(n == 0)
            self.group.addButton(radio, n)
            layout.addWidget(radio)
            if n < len(details) and details[n]:
                # What tells the two apart, under each, indented to the radio's text.
                detail = QLabel(details[n])
                detail.setObjectName(f"mergeDetail{n}")
                detail.setWordWrap(True)
                detail.setFixedWidth(width)
                detail.setTextFormat(Qt.TextFormat.PlainText)
                detail.setBuddy(radio)
                indent = radio.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
                detail.setContentsMargins(indent + style.SPACE.S, 0, 0, style.SPACE.S)
                detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                self.details.append(detail)
                layout.addWidget(detail)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setFixedWidth(width)
        layout.addSpacing(style.SPACE.S)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox()
        button = QPushButton(accept)  # what it does, not "OK"
        button.setAutoDefault(False)
        buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter cancels, as in every other question that removes something.
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
        for text in (self.question, self.note, *self.details):
            text.setMinimumHeight(text.heightForWidth(width))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        return button

    def choose(self, label: str) -> None:
        """Pick the person shown as ``label`` (as a click on its radio button)."""
        self.group.button(self.labels.index(label)).setChecked(True)

    def _checked(self) -> int:
        return max(self.group.checkedId(), 0)


class MergeDialog(_ChoiceDialog):
    """Asks which of ``labels`` (two people, told apart) is kept; :meth:`kept` is its index.
    ``details``: under each, what tells them apart (e-mail, phone, city, notes, last
    contact, where they came from: :func:`facts_text`); the note under them says which
    is kept as the choice changes."""

    def __init__(
        self, labels: Sequence[str], parent: QWidget | None = None, details: Sequence[str] = ()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeQuestion")
        self.setWindowTitle(self.tr("Merge contacts"))
        self.merge_button = self._build(
            self.tr("%1 and %2 become one contact. Keep which one?")
            .replace("%1", labels[0])
            .replace("%2", labels[1]),
            labels,
            self.tr(
                "Every note and detail of the other joins it. Edit → Undo takes the merge back."
            ),
            self.tr("Merge"),
            details,
        )
        self.question.setObjectName("mergeText")
        if details:
            self.group.idToggled.connect(self._say_kept)
            self._say_kept()

    def _say_kept(self, *_: object) -> None:
        kept = self.kept()
        self.note.setText(
            self.tr(
                "%1 is kept; every note and detail of %2 joins it."
                " Edit → Undo takes the merge back."
            )
            .replace("%1", self.labels[kept])
            .replace("%2", self.labels[1 - kept])
        )
        width = self.note.width()
        self.note.setMinimumHeight(self.note.heightForWidth(width))

    def kept(self) -> int:
        """The index (in ``labels``) of the one kept."""
        return self._checked()


class MergePartnerDialog(_ChoiceDialog):
    """One contact selected (a mouse user, or an import that said "merge later and
    choose with whom"): which of ``partners`` (their namesakes, told apart) it is
    merged with; :meth:`chosen` is its index. Cancel is the default. ``details``: under
    each, what tells them apart (:func:`facts_text`), as in the merge question."""

    def __init__(
        self,
        label: str,
        partners: Sequence[str],
        parent: QWidget | None = None,
        details: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergePartnerQuestion")
        self.setWindowTitle(self.tr("Merge contacts"))
        self.next_button = self._build(
            self.tr("Merge %1 with whom?").replace("%1", label),
            partners,
            self.tr("Then you choose which of the two stays."),
            self.tr("Next"),
            details,
        )

    def chosen(self) -> int:
        return self._checked()


def facts_text(f: PersonFacts) -> str:
    """What tells one of two people apart, in up to three short lines: "anna@… · 0171 …",
    "Köln · meeting notes: 12, last 03.11.2026" and "source: LinkedIn · added 01.12.2026" (each
    part only when known)."""
    from PySide6.QtCore import QCoreApplication as App
    from PySide6.QtCore import QLocale

    # (a phone number's spaces do not break: "+49 173" and "6009776" apart read as two)
    reach = " · ".join(p for p in (f.email, f.phone.replace(" ", "\u00a0")) if p)
    reach = reach or App.translate("MergeDialog", "no e-mail, no phone")
    # "meeting notes", not "notes": a contact's own Notes text is something else, and
    # „keine Notizen“ under a twin whose page shows „Notizen“ read as if they were lost.
    if f.notes:
        # (a count as "meeting notes: 12": pyside6-lupdate does not see a plural here)
        notes = App.translate("MergeDialog", "meeting notes: %1").replace(
            "%1", QLocale().toString(f.notes)
        )
        if f.last_contact is not None:
            last = texts.format_date(f.last_contact.date())
            said = App.translate("MergeDialog", "%1, last %2")
            notes = said.replace("%1", notes).replace("%2", last)
    else:
        notes = App.translate("MergeDialog", "no meeting notes")
    source = ""
    if f.source:
        source = App.translate("MergeDialog", "source: %1")
        source = source.replace("%1", texts.source_label(f.source))
    added = ""
    if f.added is not None:  # (an import's day: which file a twin came from)
        added = App.translate("MergeDialog", "added %1").replace("%1", texts.format_date(f.added))
    lines = (
        reach,
        " · ".join(p for p in (f.city, notes) if p),
        " · ".join(p for p in (source, added) if p),
    )
    return "\n".join(line for line in lines if line)
