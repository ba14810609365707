"""The language and du-or-Sie choices of a contact, a new contact's defaults and a
template: one pair of combo boxes wherever a person picks them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

# The language combo's data for "not known yet" (a contact's language ""; an empty
# string as item data is an empty QVariant to PySide).
UNKNOWN = "unknown"


def language_and_form(
    language: str = "de", form: str = "sie", unknown: bool = False
) -> tuple[QComboBox, QComboBox]:
    """German/English and Sie/du, set to ``language`` and ``form``. Du or Sie is a
    German choice: while the language is English the second waits (greyed, kept).
    ``unknown``: "Not known yet" is a choice too (a contact's, data :data:`UNKNOWN`)."""
    languages, forms = QComboBox(), QComboBox()
    languages.addItem(QCoreApplication.translate("AddressForm", "German"), "de")
    languages.addItem(QCoreApplication.translate("AddressForm", "English"), "en")
    if unknown:
        languages.addItem(QCoreApplication.translate("AddressForm", "Not known yet"), UNKNOWN)
    forms.addItem(QCoreApplication.translate("AddressForm", "Sie (formal)"), "sie")
    forms.addItem(QCoreApplication.translate("AddressForm", "du (informal)"), "du")
    languages.setCurrentIndex(max(languages.findData(language), 0))
    forms.setCurrentIndex(max(forms.findData(form), 0))

    def follow() -> None:
        german = languages.currentData() != "en"  # (not known: it may be German)
        forms.setEnabled(german)
        forms.setToolTip(
            "" if german else QCoreApplication.translate(
                "AddressForm", "English has one form of address; du and Sie are for German."
            )
        )  # fmt: skip

    languages.currentIndexChanged.connect(follow)
    follow()
    return languages, forms
