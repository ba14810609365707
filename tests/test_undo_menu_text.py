"""The undo menu names the step with the user's own words, an "&" included."""

from __future__ import annotations

import re

import pytest
from conftest import person
from PySide6.QtGui import QUndoStack
from uihelpers import in_language

from netzjournal.commands.contacts import ArchiveContacts
from netzjournal.store.contacts import create_contact
from netzjournal.ui import undo


def shown(action_text: str) -> str:
    """The text a menu shows: "&&" is an ampersand, "&x" marks x as the mnemonic."""
    return re.sub(r"&(.)", r"\1", action_text)


def test_an_ampersand_in_a_name_stays_in_the_undo_menu(qtbot, journal):
    """Edit → "Undo Edit Frank Meyer · Kanzlei Meyer _Söhne": the organisation's "&"
    went into the action's text as a mnemonic (the space after it underlined, the "&"
    gone; the English walk at year end saw it). The step keeps its words in the status
    bar and the menu alike."""
    stack = QUndoStack()
    menu_undo = stack.createUndoAction(None, "&Undo")
    menu_redo = stack.createRedoAction(None, "&Redo")
    frank = create_contact(journal, person("Frank", "Meyer", organisation="Meyer & Söhne")).value
    create_contact(journal, person("Frank", "Meyer", organisation="Siemens AG"))  # a namesake
    step = undo.perform(stack, ArchiveContacts(journal, [frank.id], True))
    assert step is not None and "Meyer & Söhne" in step.text()  # status bar, notices
    assert "Meyer & Söhne" in shown(menu_undo.text()), menu_undo.text()
    stack.undo()
    assert "Meyer & Söhne" in shown(menu_redo.text()), menu_redo.text()


def test_an_ampersand_in_a_name_stays_in_the_merge_choices(qtbot):
    """The merge questions list the two people as radio buttons, whose text takes a
    mnemonic as well: "Kanzlei Meyer & Söhne" read "Kanzlei Meyer _Söhne"."""
    from PySide6.QtWidgets import QRadioButton

    from netzjournal.ui.contacts.merge import MergeDialog, MergePartnerDialog

    ours, theirs = "Frank Meyer · Kanzlei Meyer & Söhne", "Frank Meyer · Siemens AG"
    for dialog in (MergeDialog([ours, theirs]), MergePartnerDialog(theirs, [ours, "Tom & Jerry"])):
        qtbot.addWidget(dialog)
        radios = [shown(r.text()) for r in dialog.findChildren(QRadioButton)]
        assert any(ours in r for r in radios), radios


@pytest.mark.parametrize(
    ("language", "before", "after"),
    [
        ("de", "Rückgängig: Paul Neumann archivieren", "Wiederholen: Paul Neumann archivieren"),
        ("en", "Undo Archive Paul Neumann", "Redo Archive Paul Neumann"),
    ],
)
def test_the_edit_menu_names_the_step_after_a_colon_in_german(make_window, language, before,
                                                               after):  # fmt: skip
    """The walk: „Rückgängig Nachbereitung „Stammtisch Süd““ — Qt joins the menu's verb
    and the step with a bare space. German reads „Rückgängig: …“ (as the status bar's
    „Ausgeführt: …“); English keeps "Undo …". With nothing to undo, the verb alone."""
    with in_language(language):
        w = make_window()
        assert shown(w.undo_action.text()) == {"de": "Rückgängig", "en": "Undo"}[language]
        paul = create_contact(w.journal, person("Paul", "Neumann")).value.id
        w.contacts.reload()
        w.contacts.select(paul)
        w.actions_.archive_contact.trigger()
        assert shown(w.undo_action.text()) == before
        assert w.undo_action.text().startswith("&")  # its Alt letter kept
        w.undo_stack.undo()
        assert shown(w.redo_action.text()) == after
        assert shown(w.undo_action.text()) == {"de": "Rückgängig", "en": "Undo"}[language]
