"""Asking before a person typed in a note's people becomes a contact, when the text
reads as a name and where they work („Kai von Figma“, "Kai from Figma", „Kai (Figma)“,
„Kai Weber, Figma“: :func:`netzjournal.commands.notes.name_and_organisation`).

The split is shown in two fields to correct before anything is created (a guess:
„Richard von Weizsäcker“ reads as Richard at Weizsäcker); "Create" is the default,
Esc cancels (nothing is saved yet, as with the plain question)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netzjournal.ui import style


class NewPersonDialog(QDialog):
    """„Kai von Figma“ is not a contact yet: name „Kai“, organisation „Figma“ — to
    create as shown or as corrected (:meth:`name`, :meth:`organisation`)."""

    def __init__(self, typed: str, name: str, organisation: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("newPersonDialog")
        # (The plain question's own words: ParticipantsField asks it without a split.)
        self.setWindowTitle(QCoreApplication.translate("ParticipantsField", "New contact"))
        question = QLabel(
            QCoreApplication.translate(
                "ParticipantsField", "“%1” is not in your contacts yet. Create a contact?"
            ).replace("%1", typed)
        )
        question.setWordWrap(True)
        hint = QLabel(self.tr("Read as a name and where the person works; correct it if not."))
        hint.setWordWrap(True)
        self.name_field = QLineEdit(name)
        self.name_field.setObjectName("newPersonName")
        self.organisation_field = QLineEdit(organisation)
        self.organisation_field.setObjectName("newPersonOrganisation")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_field)
        form.addRow(self.tr("&Organisation:"), self.organisation_field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create"))
        self.create_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("C&ancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_field.textChanged.connect(
            lambda text: self.create_button.setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        style.finish_dialog(self, minimum=(44, 8))
        self.name_field.setFocus()

    def name(self) -> str:
        return " ".join(self.name_field.text().split())

    def organisation(self) -> str:
        return " ".join(self.organisation_field.text().split())
