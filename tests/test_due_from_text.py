"""A next step's own deadline is its due date: „Angebot schicken bis Freitag“.

The German walk (session 33): Jana wrote „Angebot schicken bis Freitag“ into the quick
note's next step after a client coffee and left the "due" box alone; the follow-up was
saved without a due date, so neither the day's digest nor the coach ever raised it.
Real dialog, real key events, the note saved into a real journal file.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import person
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from uihelpers import quick_note_shown

from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import follow_ups
from netzjournal.validation import due_in

NOW = dt.datetime(2026, 12, 1, 18, 30)  # a Tuesday
TUESDAY = NOW.date()


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Angebot schicken bis Freitag", dt.date(2026, 12, 4)),
        ("bis Fr. das Angebot", dt.date(2026, 12, 4)),
        ("Mappe bis Do senden", dt.date(2026, 12, 3)),
        ("Rückruf bis Dienstag", dt.date(2026, 12, 8)),  # said on a Tuesday: next week's
        ("bis nächsten Montag", dt.date(2026, 12, 7)),
        ("Unterlagen bis morgen", dt.date(2026, 12, 2)),
        ("bis übermorgen", dt.date(2026, 12, 3)),
        ("Angebot bis zum 15.12.", dt.date(2026, 12, 15)),
        ("bis 3.1.", dt.date(2027, 1, 3)),  # passed this year: next year's
        ("bis 15.12.2027", dt.date(2027, 12, 15)),
        ("send the deck by Friday", dt.date(2026, 12, 4)),
        ("by tomorrow", dt.date(2026, 12, 2)),
        ("Angebot schicken", None),
        ("bis dann", None),
        ("bis so in zwei Wochen", None),
        ("bis 31.2.", None),
        ("Budget bis 5.000 € klären", None),
    ],
)
def test_a_deadline_is_read_from_the_step(text, due):
    assert due_in(text, TUESDAY) == due


def key(widget, ch: str) -> None:
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
    )


def test_the_quick_note_saves_bis_freitag_as_the_due_date(qtbot, journal, tmp_path):
    katrin = create_contact(journal, person("Katrin", "Vogel")).value
    with quick_note_shown(journal, tmp_path / "drafts", NOW) as dialog:
        dialog.who.add_person(katrin.id)
        dialog.body.setPlainText("Kaffee: Buchungsportal überarbeiten")
        dialog.next_step.setFocus()
        for ch in "Angebot schicken bis Freitag":
            key(dialog.next_step, ch)
        assert dialog.has_due.isChecked() and dialog.due.isEnabled()
        assert dialog.due.date() == QDate(2026, 12, 4)
        dialog.save()
    (step,) = follow_ups(journal, katrin.id)
    assert (step.text, step.due_on) == ("Angebot schicken bis Freitag", dt.date(2026, 12, 4))


def test_a_date_set_by_hand_is_kept_and_a_tick_of_the_text_goes_with_it(qtbot, journal, tmp_path):
    with quick_note_shown(journal, tmp_path / "drafts", NOW) as dialog:
        dialog.next_step.setText("Angebot bis morgen")
        assert dialog.has_due.isChecked()
        dialog.next_step.setText("Angebot")  # the day taken out: the box with it
        assert not dialog.has_due.isChecked()
        dialog.has_due.click()  # by hand, then a day in the text: the hand wins
        dialog.due.setDate(QDate(2026, 12, 11))
        dialog.next_step.setText("Angebot bis Freitag")
        assert dialog.has_due.isChecked() and dialog.due.date() == QDate(2026, 12, 11)
        dialog.has_due.click()
        dialog.next_step.setText("Angebot bis morgen")
        assert not dialog.has_due.isChecked()
        dialog.next_step.clear()
        assert dialog.reset()  # a fresh note reads the text again
        dialog.next_step.setText("Angebot bis morgen")
        assert dialog.has_due.isChecked() and dialog.due.date() == QDate(2026, 12, 2)
        dialog.next_step.clear()


def test_a_follow_up_row_of_the_note_editor_reads_its_text_too(qtbot):
    from netzjournal.store.records import FollowUpRecord
    from netzjournal.ui.notes.editor import FollowUpRow

    saved = FollowUpRow(FollowUpRecord(text="Angebot schicken bis Freitag", contact_id=1))
    qtbot.addWidget(saved)
    before = saved.unsaved_state()
    assert not saved.has_due.isChecked()  # as saved: opening a note changes nothing
    new = FollowUpRow(FollowUpRecord(text="", contact_id=1))
    qtbot.addWidget(new)
    new.text.setText("Angebot schicken bis Freitag")
    friday = due_in("bis Freitag", dt.date.today())
    assert friday is not None and new.has_due.isChecked()
    assert new.due.date() == QDate(friday.year, friday.month, friday.day)
    assert saved.unsaved_state() == before
