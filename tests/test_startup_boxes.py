"""The boxes the start shows before there is a window (built apart from showing them,
so ``--screenshot`` can take them): their default answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from netzjournal.store.errors import JournalKeyError, JournalTooNew, JournalUnavailable
from netzjournal.ui import startup_dialogs as boxes

PLACE = Path("/home/jürgen/Öffentlich/journal.sqlite3")


def _built() -> list[QMessageBox]:
    built = [boxes.unavailable_box(JournalUnavailable(PLACE, kind)) for kind in boxes.KNOWN_KINDS]
    built += [boxes.key_problem_box(JournalKeyError(PLACE, k)) for k in ("wrong-key", "no-key")]
    built += [
        boxes.too_new_box(JournalTooNew(PLACE, "1.4.0", 19, "1.2.0", 14)),
        boxes.set_aside_box([PLACE.with_name("journal.sqlite3-wal.set-aside")]),
        boxes.error_box("Änderungen konnten nicht gelesen werden", "detail"),
        boxes.crash_box(PLACE.parent / "netzjournal.log", "Traceback"),
    ]
    return built


def test_the_too_new_box_opens_read_only_by_default(qtbot):
    box = boxes.too_new_box(JournalTooNew(PLACE, "1.4.0", 19, "1.2.0", 14))
    qtbot.addWidget(box)
    default = box.defaultButton()
    assert default is not None
    assert box.buttonRole(default) == QMessageBox.ButtonRole.AcceptRole
    assert "1.4.0" in box.text() and "1.2.0" in box.text()


def test_start_up_boxes_close_with_enter(qtbot):
    """Each box's default is Close (or, for the version clash, opening read-only) —
    not Qt's bare "OK" nor "Show Details…"."""
    for box in _built():
        qtbot.addWidget(box)
        box.show()
        default = box.defaultButton()
        assert default is not None, box.objectName()
        if box.objectName() == "setAsideBox":  # (a notice: OK)
            assert box.standardButton(default) == QMessageBox.StandardButton.Ok
        elif box.objectName() != "tooNewBox":
            assert box.standardButton(default) == QMessageBox.StandardButton.Close, box.objectName()
        box.hide()
