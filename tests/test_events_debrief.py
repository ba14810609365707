"""The debrief ("Nachbereiten") opens with the people marked "was there", then those
who had said they would come, by id.

Two Thomas Müller were at the evening and a third is in the journal: a debrief that
started empty had the person pick them again by name, one more chance to file the
note on the wrong one. Real journal, real dialog offscreen.
"""

import dataclasses
import datetime as dt

from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox
from uihelpers import answer, settle, type_text, when_modal

from netzjournal.store.contacts import create_contact
from netzjournal.store.events import (
    attendance,
    create_event,
    ensure_occurrence,
    occurrences,
    set_attendance,
)
from netzjournal.store.interactions import get_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_history
from netzjournal.store.records import EventRecord, Occurrence
from netzjournal.ui.events_tab.debrief import DebriefDialog

EVENING = dt.date(2026, 11, 10)


def _evening_with_namesakes(journal: Journal, anna: str | None = None
                            ) -> tuple[Occurrence, dict[str, int]]:  # fmt: skip
    """A series evening with two Thomas Müller there, a third one at home and Anna
    (``anna="going"``: she had said she would come; else not marked for it)."""
    ids = {
        "nord": create_contact(journal, person("Thomas", "Müller", organisation="Nordlicht",
                                               city="Hamburg")).value.id,
        "weser": create_contact(journal, person("Thomas", "Müller", organisation="Weserbogen",
                                                city="Bremen")).value.id,
        "home": create_contact(journal, person("Thomas", "Müller", city="Leipzig")).value.id,
        "anna": create_contact(journal, person("Anna", "Weber")).value.id,
    }  # fmt: skip
    series = create_event(
        journal, EventRecord("Stammtisch Süd", dt.date(2026, 1, 13), rrule="FREQ=MONTHLY;BYDAY=2TU")
    ).value.id
    row = ensure_occurrence(journal, series, EVENING).value
    set_attendance(journal, row, ids["nord"], "attended")
    set_attendance(journal, row, ids["weser"], "attended")
    if anna is not None:
        set_attendance(journal, row, ids["anna"], anna)
    occ = occurrences(journal, EVENING, EVENING)[0]
    assert occ.event_id == row
    return occ, ids


def _dialog(qtbot, journal: Journal, occ: Occurrence, stack: QUndoStack) -> DebriefDialog:
    dialog = DebriefDialog(journal, occ, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _row(dialog: DebriefDialog, contact_id: int):
    return next(r for r in dialog.rows if r.contact_id == contact_id)


def test_the_debrief_opens_with_those_there_and_files_each_note_on_their_id(qtbot, journal):
    """Those marked "was there", then who had said they would come: this test once
    asserted on purpose that Anna's „hat zugesagt“ was left out, and the walk's
    „Nachbereiten“ for an evening just past opened empty though Olaf had said yes. She
    most likely came: she is listed (last, and named in a line above the rows, to take
    off with ✕ if she did not), and saving records her as there, without a note."""
    occ, ids = _evening_with_namesakes(journal, anna="going")
    stack = QUndoStack()
    dialog = _dialog(qtbot, journal, occ, stack)
    assert [r.contact_id for r in dialog.rows][2:] == [ids["anna"]]  # those there first
    assert sorted(r.contact_id for r in dialog.rows[:2]) == sorted([ids["nord"], ids["weser"]])
    assert all(r.new is None for r in dialog.rows)
    assert not dialog.nobody_yet.isVisible()
    assert dialog.said_yes.isVisible() and "Anna Weber" in dialog.said_yes.text()
    assert "Thomas" not in dialog.said_yes.text()
    # Taken off, the line goes; picked again, it is back.
    _row(dialog, ids["anna"]).remove.click()
    assert not dialog.said_yes.isVisible()
    dialog.picker.picked.emit(ids["anna"])
    assert dialog.said_yes.isVisible() and not dialog.dirty()
    # Told apart as the pickers tell namesakes apart.
    labels = {r.contact_id: r.who.text() for r in dialog.rows}
    assert "Nordlicht" in labels[ids["nord"]] and "Weserbogen" in labels[ids["weser"]]
    assert labels[ids["nord"]] != labels[ids["weser"]]
    # The person writes into the row that reads "Nordlicht", and the other.
    by_label = {("Nordlicht" in r.who.text()): r for r in dialog.rows[:2]}
    type_text(by_label[True].line, "Podcast über KI")
    type_text(by_label[True].say_next, "sein Umzug nach Lissabon")
    type_text(by_label[False].line, "Segeln auf der Weser")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and stack.count() == 1
    nord = contact_history(journal, ids["nord"])
    weser = contact_history(journal, ids["weser"])
    assert [get_interaction(journal, h.id).body for h in nord] == ["Podcast über KI"]
    assert [h.say_next for h in nord] == ["sein Umzug nach Lissabon"]
    assert [get_interaction(journal, h.id).body for h in weser] == ["Segeln auf der Weser"]
    assert get_interaction(journal, weser[0].id).participants == [ids["weser"]]
    assert contact_history(journal, ids["home"]) == []
    assert contact_history(journal, ids["anna"]) == []  # no line written: no note
    there = {a.contact_id for a in attendance(journal, [occ.event_id])[occ.event_id]
             if a.status == "attended"}  # fmt: skip
    assert there == {ids["nord"], ids["weser"], ids["anna"]}


def test_opened_and_closed_untouched_it_does_not_ask(qtbot, journal):
    occ, _ids = _evening_with_namesakes(journal)
    stack = QUndoStack()
    dialog = _dialog(qtbot, journal, occ, stack)
    assert len(dialog.rows) == 2
    asked = when_modal(answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle()
    assert not dialog.isVisible() and asked == []
    assert stack.count() == 0


def test_removing_someone_it_opened_with_asks_before_closing(qtbot, journal):
    occ, ids = _evening_with_namesakes(journal)
    stack = QUndoStack()
    dialog = _dialog(qtbot, journal, occ, stack)
    assert len(dialog.rows) == 2
    _row(dialog, ids["weser"]).remove.click()
    assert [r.contact_id for r in dialog.rows] == [ids["nord"]]
    asked = when_modal(answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    # Picked again, the list is as it opened: nothing to ask about.
    dialog.picker.picked.emit(ids["weser"])
    assert not dialog.dirty()
    _row(dialog, ids["weser"]).remove.click()
    asked = when_modal(answer(QMessageBox.StandardButton.Discard))
    dialog.reject()
    assert len(asked) == 1 and not dialog.isVisible()
    # Discarded: nothing written, both still marked as there.
    assert stack.count() == 0
    there = {a.contact_id for a in attendance(journal, [occ.event_id])[occ.event_id]
             if a.status == "attended"}  # fmt: skip
    assert there == {ids["nord"], ids["weser"]}


def test_an_evening_with_nobody_marked_opens_empty(qtbot, journal):
    create_event(journal, EventRecord("Barcamp", EVENING))
    occ = occurrences(journal, EVENING, EVENING)[0]
    dialog = _dialog(qtbot, journal, occ, QUndoStack())
    assert dialog.rows == [] and dialog.nobody_yet.isVisible() and not dialog.dirty()


def test_typed_and_taken_back_or_ticked_off_and_on_it_does_not_ask(qtbot, journal):
    occ, ids = _evening_with_namesakes(journal)
    dialog = _dialog(qtbot, journal, occ, QUndoStack())
    row = _row(dialog, ids["nord"])
    type_text(row.line, "Kaffee")
    for _ in "Kaffee":
        qtbot.keyClick(row.line, Qt.Key.Key_Backspace)
    dialog.i_was_there.click()
    dialog.i_was_there.click()
    asked = when_modal(answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle()
    assert asked == [] and not dialog.isVisible()


def _asked_on_escape(qtbot, dialog: DebriefDialog) -> tuple[str, str]:
    """The question Esc brings up (answered Cancel: the dialog stays): its two lines."""
    seen: list[tuple[str, str]] = []

    def read_and_cancel(box) -> None:
        seen.append((box.text(), box.informativeText()))
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(read_and_cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(seen))
    assert dialog.isVisible()
    return seen[0]


def test_the_question_names_what_would_be_lost(qtbot, journal, language):
    """ "“Discard” throws away what you typed" said nothing of who was added or taken
    off the list, nor of "I was there"; and nothing of whose lines. Unticking "I was
    there" alone was lost without a question."""
    occ, ids = _evening_with_namesakes(journal)
    dialog = _dialog(qtbot, journal, occ, QUndoStack())
    dialog.i_was_there.click()
    question, lost = _asked_on_escape(qtbot, dialog)
    there = {"de": "„Ich war da“ abgewählt", "en": "“I was there” unticked"}[language]
    assert lost.splitlines()[1:] == ["• " + there], lost
    assert question == {"de": "Änderungen an dieser Nachbereitung speichern?",
                        "en": "Save the changes to this debrief?"}[language]  # fmt: skip

    type_text(_row(dialog, ids["nord"]).say_next, "dein Umzug")
    dialog.picker.picked.emit(ids["anna"])
    _row(dialog, ids["weser"]).remove.click()
    _question, lost = _asked_on_escape(qtbot, dialog)
    nord, weser = "Thomas Müller · Nordlicht", "Thomas Müller · Weserbogen"
    assert lost.splitlines() == {
        "de": ["„Verwerfen“ wirft weg:", f"• was Sie zu {nord} geschrieben haben",
               "• neu auf der Liste: Anna Weber", f"• von der Liste genommen: {weser}",
               "• " + there],
        "en": ["“Discard” throws away:", f"• what you wrote about {nord}",
               "• added to the list: Anna Weber", f"• taken off the list: {weser}",
               "• " + there],
    }[language]  # fmt: skip
    asked = when_modal(answer(QMessageBox.StandardButton.Discard))
    dialog.reject()
    assert len(asked) == 1 and not dialog.isVisible()


def test_a_long_label_wraps_and_the_fields_stay_in_view(qtbot, journal):
    """A twin told apart by an e-mail address widened the row past the list: its
    fields ran under a horizontal scroll bar."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    from netzjournal.store.records import Channel

    mail = "anja.schaefer@rewe-digital-koeln.example"
    twins = [{"role": "Teamleiterin"}, {"channels": [Channel("email", mail)]}]
    ids = [create_contact(journal, person("Anja", "Schäfer", organisation="REWE Digital Köln",
                                          city="Köln", **kw)).value.id for kw in twins]  # fmt: skip
    day = create_event(journal, EventRecord("Stammtisch", EVENING)).value.id
    for i in ids:
        set_attendance(journal, day, i, "attended")
    [occ] = occurrences(journal, EVENING, EVENING)
    dialog = _dialog(qtbot, journal, occ, QUndoStack())
    QApplication.processEvents()
    assert any(mail in r.label for r in dialog.rows)
    scroll = dialog.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    for row in dialog.rows:
        assert row.line.geometry().right() <= scroll.viewport().width()


def test_a_new_york_evening_is_noted_when_it_was_here(qtbot, journal, berlin_zone):
    """A webinar at 20:00 in New York on 10 November was 02:00 on the 11th in Berlin:
    its debrief's note is dated on the day and hour it was here (as every note is on
    this computer's clock), not 20:00 on the 10th."""
    anna = create_contact(journal, person("Anna", "Weber")).value.id
    row = create_event(journal, EventRecord(
        "Remote Jobs Q&A", EVENING, start_time=dt.time(20, 0),
        zone="America/New_York")).value.id  # fmt: skip
    set_attendance(journal, row, anna, "attended")
    (occ,) = occurrences(journal, EVENING, EVENING)
    dialog = _dialog(qtbot, journal, occ, QUndoStack())
    assert dialog.value().when == dt.datetime(2026, 11, 11, 2, 0)
    # Without a zone, the wall clock as it is.
    plain = _dialog(qtbot, journal, dataclasses.replace(occ, zone=""), QUndoStack())
    assert plain.value().when == dt.datetime(2026, 11, 10, 20, 0)


def test_a_name_that_fits_stays_on_one_line(qtbot, journal):
    """„Olaf Hartmann · Alster Design Studio“ broke after „Alster“ in a row with room to
    spare: the name's column and the ✕'s shared the row's width half and half."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    ids = [create_contact(journal, person("Olaf", "Hartmann", organisation=org)).value.id
           for org in ("Alster Design Studio", "Südwind Consulting")]  # fmt: skip
    day = create_event(journal, EventRecord("Stammtisch Süd", EVENING)).value.id
    set_attendance(journal, day, ids[0], "attended")
    [occ] = occurrences(journal, EVENING, EVENING)
    dialog = _dialog(qtbot, journal, occ, QUndoStack())
    QApplication.processEvents()
    [row] = dialog.rows
    assert "Alster Design Studio" in row.label
    bold = row.who.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    assert metrics.horizontalAdvance(row.label) < row.width() - row.remove.width() - 40
    assert row.who.height() < 2 * metrics.lineSpacing()  # one line
