"""Issue 16, details seen on the screenshots: units, labels and sentences on
otherwise silent widgets, in both languages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from netzjournal.ui.i18n import install_translators

TODAY = dt.date(2026, 11, 29)


@pytest.fixture(params=["de", "en"])
def language(request, qapp) -> Iterator[str]:
    before = QLocale()
    installed = install_translators(qapp, request.param)
    try:
        yield request.param
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QLocale.setDefault(before)


def test_the_cadence_box_says_days(journal, qtbot, language):
    from netzjournal.ui.contacts.editor import ContactEditor

    editor = ContactEditor(journal, None, new=True, today=TODAY)
    qtbot.addWidget(editor)
    box = editor.cadence_days
    assert box.text() == {"de": "90 Tage", "en": "90 days"}[language]
    assert box.value() == 90  # the unit is only shown


def test_my_answer_to_an_event_does_not_say_i_twice(journal, qtbot, language):
    from netzjournal.ui.events_tab.page import EventPage

    page = EventPage(journal, lambda: TODAY)
    qtbot.addWidget(page)
    label = next(w for w in page.findChildren(QLabel) if w.buddy() is page.my_status)
    assert label.text() == {"de": "&Meine Antwort:", "en": "&My answer:"}[language]
    going = page.my_status.itemText(page.my_status.findData("going"))
    assert going == {"de": "Ich gehe hin", "en": "I'm going"}[language]
