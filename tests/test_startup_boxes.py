"""The boxes the start shows before there is a window, and every message box the app
builds itself: the first line keeps the dots of Ä, Ö and Ü (they reach above the
font's ascent and were cut off at the label's top edge: "Nils Ozdemir löschen?")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox

from netzjournal.store.errors import JournalKeyError, JournalTooNew, JournalUnavailable
from netzjournal.ui import startup_dialogs as boxes
from netzjournal.ui.style import finish_box, umlaut_room

PLACE = Path("/home/jürgen/Öffentlich/journal.sqlite3")


def _first_line_whole(box: QMessageBox) -> bool:
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    metrics = label.fontMetrics()
    above = label.contentsRect().top() + metrics.ascent()  # the first baseline
    return above >= -metrics.boundingRect("ÄÖÜ").top()


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


def test_every_start_up_box_keeps_the_umlauts_of_its_first_line(qtbot):
    for box in _built():
        qtbot.addWidget(box)
        box.setText("Ölkännchen Überführung " + box.text())
        box.show()
        assert _first_line_whole(box), box.objectName()
        box.hide()


def test_the_check_sees_a_cut_umlaut_where_the_font_needs_room(qtbot):
    plain = QMessageBox()
    qtbot.addWidget(plain)
    plain.setText("Nils Özdemir löschen?")
    plain.show()
    label = plain.findChild(QLabel, "qt_msgbox_label")
    # Without finish_box the first line sits at the label's top edge: cut exactly
    # when the font's umlauts reach above its ascent.
    assert _first_line_whole(plain) == (umlaut_room(label) == 0)
    finish_box(plain)
    assert _first_line_whole(plain)


def test_the_too_new_box_opens_read_only_by_default(qtbot):
    box = boxes.too_new_box(JournalTooNew(PLACE, "1.4.0", 19, "1.2.0", 14))
    qtbot.addWidget(box)
    default = box.defaultButton()
    assert default is not None
    assert box.buttonRole(default) == QMessageBox.ButtonRole.AcceptRole
    assert "1.4.0" in box.text() and "1.2.0" in box.text()


def test_the_apps_own_questions_keep_the_umlauts_of_their_first_line(qtbot):
    from uihelpers import when_modal

    from netzjournal.ui import unsaved
    from netzjournal.ui.confirm import confirm

    seen: list[bool] = []

    def look(box) -> None:
        seen.append(_first_line_whole(box))
        box.reject()

    when_modal(look)
    confirm(None, "Kontakt löschen", "Nils Özdemir löschen?", "Löschen")
    when_modal(look)
    unsaved.ask(None, "die Notiz „Überraschung“")
    assert seen == [True, True]


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
