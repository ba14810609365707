"""English that reads as English writes, not as German translated word for word.

The English texts are the catalogue's sources; each test here guards one place where
a look at the English screenshots found German word order or a German word."""

from __future__ import annotations

from pathlib import Path

from netzjournal.store.errors import JournalKeyError, JournalUnavailable
from netzjournal.ui import startup_dialogs as boxes

PLACE = Path("/home/jürgen/Öffentlich/journal.sqlite3")


def test_start_up_boxes_read_as_english_writes(qtbot):
    """The file's line said "Place:" (German "Ort:" word for word) and two boxes kept
    German word order ("Where the journal file should be there is a folder")."""
    for kind in boxes.KNOWN_KINDS:
        box = boxes.unavailable_box(JournalUnavailable(PLACE, kind))
        qtbot.addWidget(box)
        assert box.informativeText().endswith(f"\n\nLocation: {PLACE}"), kind
        assert not box.text().startswith("Where "), kind
    for kind in ("wrong-key", "no-key"):
        box = boxes.key_problem_box(JournalKeyError(PLACE, kind))
        qtbot.addWidget(box)
        assert box.informativeText().endswith(f"\n\nLocation: {PLACE}"), kind
    folder = boxes.unavailable_box(JournalUnavailable(PLACE, "is-a-directory"))
    qtbot.addWidget(folder)
    assert folder.text().startswith("There is a folder where the journal file should be.")


def test_the_recovery_dialog_offers_no_choice_it_does_not_have(qtbot, tmp_path):
    """With no backup the only button is Quit: "kept whatever you choose" promised a choice."""
    from PySide6.QtWidgets import QLabel

    from netzjournal.store.errors import JournalDamaged
    from netzjournal.ui.recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog(JournalDamaged(tmp_path / "journal.sqlite3", "not a database"), [])
    qtbot.addWidget(dialog)
    head = dialog.findChild(QLabel, "recoveryHead").text()
    assert head.endswith("The file has not been changed, and it is kept.")
    assert "choose" not in head
