"""A barcamp note with many people stays on the screen (the German walk, session 33).

Jana's Saturday at the barcamp: quick notes with five or eight people each. Every
person picked added a "pick up next time" field of their own, and the quick note grew
with each one — on an 800×600 screen its Save button, the due date and the hint were
below the screen's edge after five people (on 1366×768 after eight). The fields of more
than a few people now scroll; Tab still reaches each of them and scrolls it into view.
Real dialog, real key events; the smallest screen we lay out for is 800×600 (the
tests' offscreen screen is larger: the dialog's own size is measured).
"""

from __future__ import annotations

import datetime as dt

from conftest import person
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from uihelpers import quick_note_shown

from netzjournal.store.contacts import create_contact

SMALLEST_SCREEN_HEIGHT = 600
NOW = dt.datetime(2026, 11, 28, 17, 0)  # the barcamp's Saturday
NAMES = [("Leonie", "Becker"), ("Maximilian", "Groß"), ("Anna-Lena", "Krüger"),
         ("Sophie", "Müller"), ("Mehmet", "Yılmaz"), ("Tobias", "Weiß"),
         ("Paul", "Neumann"), ("Katrin", "Vogel")]  # fmt: skip


def test_eight_people_leave_the_save_button_on_the_screen(qtbot, journal, tmp_path):
    ids = [create_contact(journal, person(g, f)).value.id for g, f in NAMES]
    with quick_note_shown(journal, tmp_path / "drafts", NOW) as dialog:
        for cid in ids:
            dialog.who.add_person(cid)
        fields = dialog.person_hooks.fields
        qtbot.waitUntil(lambda: len(fields) == 8 and dialog.person_hooks.isVisible())
        qtbot.wait(50)  # (the dialog grows a turn of the event loop later)
        assert dialog.minimumSizeHint().height() <= SMALLEST_SCREEN_HEIGHT
        assert dialog.height() <= SMALLEST_SCREEN_HEIGHT
        save = dialog.save_button
        bottom = save.mapTo(dialog, QPoint(0, save.height())).y()
        assert save.isVisible() and bottom <= dialog.height()
        # Tab from the note's own field through every person's: each shown when reached.
        dialog.say_next.setFocus()
        for field in fields.values():
            QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            assert dialog.focusWidget() is field
            qtbot.waitUntil(lambda f=field: not f.visibleRegion().isEmpty())
            top = field.mapTo(dialog.person_hooks, QPoint(0, 0)).y()
            assert top >= 0 and top + field.height() <= dialog.person_hooks.height() + 1
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.hooks
        dialog.who.clear()


def test_two_or_three_people_with_namesakes_fit_without_scrolling(qtbot, journal, tmp_path):
    """The walk at 800×600 in German: Jörg Schäfer (a namesake: „· Müller & Söhne KG“)
    and Uwe Kühn — the "Who" field wrapped them to a second line a turn after the
    dialog was fitted, the per-person fields were squeezed under a scroll bar and the
    second was cut in half. Two and three people's fields show whole."""
    from PySide6.QtWidgets import QApplication
    from uihelpers import in_language

    people = [("Jörg", "Schäfer", "Müller & Söhne KG"), ("Uwe", "Kühn", "Kühn IT"),
              ("Anna-Lena", "Krüger", "Deutsche Messe AG")]  # fmt: skip
    ids = [create_contact(journal, person(g, f, organisation=o)).value.id for g, f, o in people]
    for g, f, o in (("Jörg", "Schäfer", "Talanx AG"), ("Uwe", "Kühn", "Bosch"),
                    ("Anna-Lena", "Krüger", "Messe Frankfurt")):  # fmt: skip
        create_contact(journal, person(g, f, organisation=o))  # namesakes: longer labels
    with in_language("de"):
        QApplication.processEvents()
        with quick_note_shown(journal, tmp_path / "drafts", NOW) as dialog:
            for count, cid in enumerate(ids, 1):
                dialog.who.add_person(cid)
                if count < 2:
                    continue
                hooks = dialog.person_hooks
                qtbot.waitUntil(lambda c=count, h=hooks: len(h.fields) == c and h.isVisible())
                qtbot.wait(100)  # (the "Who" field rewraps, the dialog grows a turn later)
                assert not hooks._scroll.verticalScrollBar().isVisible(), count
                for field in hooks.fields.values():
                    top = field.mapTo(hooks, QPoint(0, 0)).y()
                    assert top >= 0 and top + field.height() <= hooks.height(), count
                assert dialog.height() <= SMALLEST_SCREEN_HEIGHT
                # and what was talked about keeps room to write: with three people it
                # was squeezed to its minimum, 70 px, about four lines (the dialog grew
                # by what the people's fields lacked, not by what the note lost)
                lines = dialog.body.fontMetrics().lineSpacing()
                assert dialog.body.height() >= 6 * lines, (count, dialog.body.height())
                # (and the rows under it are not drawn over it: the dialog grew)
                assert dialog.say_next.y() > dialog.body.geometry().bottom(), count
                assert dialog.minimumSizeHint().height() <= SMALLEST_SCREEN_HEIGHT - 60
