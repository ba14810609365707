"""„Wer kommt“ at 800 px beside the coach: "Chloe Hughes · Weserbogen Logistik · Bremen –
said they'd come" was cut at the list's edge ("… – said they'd com"). A part that cannot
wrap gives way at the name, never at the answer; the model's text keeps its glue (the
answer whole on the dash's line, no line ending in "·": test_ui_events)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from conftest import person
from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from uihelpers import TODAY, in_language, settle

from netzjournal.store.contacts import create_contact
from netzjournal.store.events import create_event, set_attendance
from netzjournal.store.records import EventRecord
from netzjournal.ui.events_tab.people_lines import ANSWER_GLUE, fitted
from netzjournal.ui.main_window import EVENTS

PEOPLE = (
    ("Chloe", "Hughes", "Weserbogen Logistik", "Bremen"),
    ("Anna", "Schmidt", "Nordlicht", "Hamburg"),
    ("Maximilian", "Oberhuber-Schwarzenberg", "Spedition Nordsee", "Bremerhaven"),
)


def _runs(text: str) -> list[str]:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    cuts = [0]
    while (at := finder.toNextBoundary()) != -1:
        cuts.append(at)
    return [text[a:b].rstrip(" ") for a, b in itertools.pairwise(cuts) if b > a]


@pytest.mark.parametrize(("language", "answer"), [("en", "said yes"), ("de", "hat zugesagt")])
def test_who_comes_fits_beside_the_coach_at_800(make_window, qtbot, language, answer):
    w = make_window()
    event = create_event(w.journal, EventRecord(
        "Logistik-Stammtisch Bremen", TODAY + dt.timedelta(days=1), place="Brauhaus",
        start_time=dt.time(19, 0),
    )).value  # fmt: skip
    for given, family, organisation, city in PEOPLE:
        c = create_contact(
            w.journal, person(given, family, organisation=organisation, city=city)
        ).value
        set_attendance(w.journal, event.id, c.id, "going")
    with in_language(language):
        _ = w.coach  # (open, as by default)
        w.show_view(EVENTS)
        w.resize(800, 600)
        settle()
        pane = w.events_pane
        rows = [r for r in range(pane.model.rowCount()) if pane.model.occurrence(r)]
        pane.table.selectRow(rows[0])
        settle()
        people = pane.page.people
        assert w.coach.isVisible() and people.model().rowCount() == len(PEOPLE)
        margin = people.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, people)
        room = people.viewport().width() - 2 * (margin + 1)
        metrics = QFontMetrics(people.font())
        elided = 0
        for row in range(people.model().rowCount()):
            index = people.model().index(row, 0)
            option = QStyleOptionViewItem()
            people.itemDelegate().initStyleOption(option, index)
            shown = option.text
            assert all(metrics.horizontalAdvance(run) <= room for run in _runs(shown)), (
                shown,
                room,
            )
            assert shown.endswith(ANSWER_GLUE + answer.replace(" ", "\u00a0")), shown
            elided += "…" in shown
        assert elided >= 1  # (a name gave way: the test sees the narrow list it is about)


def test_fitted_shortens_the_name_not_the_answer():
    metrics = QFontMetrics(QFont())
    answer = "said\u00a0yes"
    line = f"Anna Schmidt\u00a0·\u00a0Nordlicht\u00a0·\u00a0Hamburg{ANSWER_GLUE}{answer}"
    wide = metrics.horizontalAdvance(line) + 10
    assert fitted(line, wide, metrics) == line  # (room enough: unchanged)
    run = line.split(" ", 1)[1]
    narrow = metrics.horizontalAdvance(run) - 20  # (wraps after "Anna"; the rest is too wide)
    shown = fitted(line, narrow, metrics)
    assert shown.startswith("Anna ") and shown.endswith(ANSWER_GLUE + answer)
    assert "…" in shown and all(metrics.horizontalAdvance(r) <= narrow for r in _runs(shown))
    # An answer wider than the list on its own: nothing else can give way.
    tiny = metrics.horizontalAdvance(answer) // 2
    assert all(metrics.horizontalAdvance(r) <= tiny for r in _runs(fitted(line, tiny, metrics)))
