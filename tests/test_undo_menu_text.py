"""The undo menu names the step with the user's own words, an "&" included."""

from __future__ import annotations

import re

from conftest import person
from PySide6.QtGui import QUndoStack

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
