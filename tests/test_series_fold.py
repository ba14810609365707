"""A weekly series in the events list: „Demnächst“ shows each series' next evening,
with how many follow and how often; the series' table on its page has them all.

Jonas' weekly UX-Stammtisch filled „Demnächst“ with 52 rows for a year and buried
the barcamp and the Christmas party under them (walk, session 35). The past is
listed whole, as before (the evenings one debriefs). An evening asked for by a
link, the series' table or a search still shows; keyboard and selection work.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import in_language, seeded_window, settle

from netzjournal.store.events import (
    create_event,
    ensure_occurrence,
    set_my_status,
    update_occurrence,
)
from netzjournal.store.records import EventRecord
from netzjournal.ui.events_tab.model import EventsModel
from netzjournal.ui.main_window import EVENTS

D = dt.date  # TODAY is Sunday, 22 November 2026


_window = seeded_window


def _jonas_calendar(journal):
    """The walk's calendar: a weekly Stammtisch on Tuesdays since September, the
    barcamp over two days, a Christmas party."""
    weekly = create_event(
        journal,
        EventRecord("UX-Stammtisch Leipzig", D(2026, 9, 1), place="Kollektiv",
                    rrule="FREQ=WEEKLY", start_time=dt.time(19, 0)),
    ).value  # fmt: skip
    barcamp = create_event(journal, EventRecord("Barcamp Leipzig", D(2026, 12, 5), D(2026, 12, 6)))
    party = create_event(journal, EventRecord("Weihnachtsfeier", D(2026, 12, 18))).value
    return weekly, barcamp.value, party


def _section(model, title):
    """The evenings under one heading of the list."""
    rows = [model.occurrence(r) for r in range(model.rowCount())]
    heads = model.header_rows()
    start = next(r for r in heads if model.index(r, 0).data() == title)
    end = next((r for r in heads if r > start), model.rowCount())
    return rows[start + 1 : end]


def test_upcoming_shows_a_weekly_series_next_evening_once_with_how_many_follow(
    qtmodeltester, qtbot, tmp_path
):
    w, journal = _window(qtbot, tmp_path)
    weekly, barcamp, party = _jonas_calendar(journal)
    w.show_view(EVENTS)
    pane = w.events_pane
    model = pane.model
    qtmodeltester.check(model)
    upcoming = _section(model, "Upcoming")
    assert [(o.name, o.starts_on) for o in upcoming] == [
        ("UX-Stammtisch Leipzig", D(2026, 11, 24)),
        ("Barcamp Leipzig", D(2026, 12, 5)),
        ("Weihnachtsfeier", D(2026, 12, 18)),
    ]
    # The past as before: every Tuesday since September, newest first.
    past = _section(model, "Past")
    assert [o.starts_on for o in past] == [D(2026, 11, 17) - dt.timedelta(weeks=n)
                                           for n in range(12)]  # fmt: skip
    row = model.row_of((weekly.id, D(2026, 11, 24)))
    with in_language("en"):
        assert model.index(row, EventsModel.NAME).data() == (
            "UX-Stammtisch Leipzig\n51 more occurrences · weekly"
        )
    with in_language("de"):
        assert model.index(row, EventsModel.NAME).data() == (
            "UX-Stammtisch Leipzig\n51 weitere Termine · wöchentlich"
        )
        tip = model.index(row, EventsModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
        assert "alle Termine stehen in der Tabelle auf ihrer Seite" in tip
    assert pane.table.rowHeight(row) > pane.table.rowHeight(model.row_of((party.id, None)))
    # … and the series' table on its page has them all.
    assert pane.select_key((weekly.id, D(2026, 11, 24)))
    table = w.events_pane.page.series_model
    qtmodeltester.check(table)
    ahead = [table.occurrence(r).starts_on for r in range(table.coming)]
    assert ahead[0] == D(2026, 11, 24) and len(ahead) == 1 + 51

    # Keyboard: Down from the Stammtisch goes to the barcamp, then the party.
    pane.table.setFocus()
    QTest.keyClick(pane.table, Qt.Key.Key_Down)
    assert pane.page.occurrence.key == (barcamp.id, None)
    QTest.keyClick(pane.table, Qt.Key.Key_Down)
    assert pane.page.occurrence.key == (party.id, None)
    journal.close()


def test_a_later_evening_asked_for_is_shown_and_stays_selected(qtmodeltester, qtbot, tmp_path):
    """A link (select_key), a row of the series' table and a search each show an
    evening the list folds; a change in the journal keeps it listed and selected."""
    w, journal = _window(qtbot, tmp_path)
    weekly, _barcamp, party = _jonas_calendar(journal)
    w.show_view(EVENTS)
    pane, page = w.events_pane, w.events_pane.page
    model = pane.model
    later = (weekly.id, D(2026, 12, 15))
    assert model.row_of(later) is None
    assert pane.select_key(later)
    qtmodeltester.check(model)
    row = model.row_of(later)
    assert row is not None and pane.table.currentIndex().row() == row
    assert page.occurrence.key == later
    assert [o.starts_on for o in _section(model, "Upcoming") if o.series_id][:2] == [
        D(2026, 11, 24), D(2026, 12, 15)
    ]  # fmt: skip
    # Something changes in the journal: it stays, selected.
    create_event(journal, EventRecord("Kaffee mit Ida", D(2026, 12, 1)))
    pane.refresher.flush()
    settle()
    assert model.row_of(later) == pane.table.currentIndex().row()
    assert page.occurrence.key == later

    # From the series' table: a row far ahead, activated with Enter.
    table = page.series_table
    far = next(r for r in range(page.series_model.rowCount())
               if page.series_model.occurrence(r).starts_on == D(2027, 3, 2))  # fmt: skip
    table.setFocus()
    table.setCurrentIndex(page.series_model.index(far, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    settle()
    assert page.occurrence.starts_on == D(2027, 3, 2)
    assert model.row_of(page.occurrence.key) == pane.table.currentIndex().row()

    # Another row chosen: the later evening folds again at the next change.
    assert pane.select_key((party.id, None))
    create_event(journal, EventRecord("Mittag mit Tim", D(2026, 12, 2)))
    pane.refresher.flush()
    assert model.row_of((weekly.id, D(2027, 3, 2))) is None

    # A search lists every evening that matches.
    pane.search.setText("Stammtisch")
    qtbot.waitUntil(lambda: model._text == "Stammtisch")
    assert len(_section(model, "Upcoming")) == 1 + 51
    journal.close()


def test_a_cancelled_next_evening_shows_with_the_one_after(qtbot, tmp_path):
    """The next Tuesday called off: it shows (struck out) and so does the one after,
    which says how many follow; a series called off from now on shows one evening."""
    w, journal = _window(qtbot, tmp_path)
    weekly, _barcamp, _party = _jonas_calendar(journal)
    update_occurrence(journal, weekly.id, D(2026, 11, 24), cancelled=True)
    w.show_view(EVENTS)
    model = w.events_pane.model
    series = [o for o in _section(model, "Upcoming") if o.series_id]
    assert [(o.starts_on, o.cancelled) for o in series] == [
        (D(2026, 11, 24), True), (D(2026, 12, 1), False)
    ]  # fmt: skip
    assert model.further_line(series[0]) == ""
    with in_language("en"):
        assert model.further_line(series[1]) == "50 more occurrences · weekly"
    journal.close()


def test_a_later_evening_with_something_of_its_own_is_its_own_row(qtmodeltester, qtbot, tmp_path):
    """My answer on the Stammtisch of 8 December and the one of 15 December moved to
    Wednesday: each is listed under „Demnächst“ in its place, not hidden in the fold
    until opened; the plain evenings stay folded. Down reaches them."""
    w, journal = _window(qtbot, tmp_path)
    weekly, _barcamp, _party = _jonas_calendar(journal)
    answered = ensure_occurrence(journal, weekly.id, D(2026, 12, 8)).value
    set_my_status(journal, answered, "going")
    update_occurrence(journal, weekly.id, D(2026, 12, 15), starts_on=D(2026, 12, 16))
    w.show_view(EVENTS)
    pane = w.events_pane
    model = pane.model
    qtmodeltester.check(model)
    assert [(o.name, o.starts_on) for o in _section(model, "Upcoming")] == [
        ("UX-Stammtisch Leipzig", D(2026, 11, 24)),
        ("Barcamp Leipzig", D(2026, 12, 5)),
        ("UX-Stammtisch Leipzig", D(2026, 12, 8)),
        ("UX-Stammtisch Leipzig", D(2026, 12, 16)),
        ("Weihnachtsfeier", D(2026, 12, 18)),
    ]
    assert pane.select_key((weekly.id, D(2026, 11, 24)))
    settle()
    pane.table.setFocus()
    for _ in range(2):
        QTest.keyClick(pane.table, Qt.Key.Key_Down)
    assert model.occurrence(pane.table.currentIndex().row()).starts_on == D(2026, 12, 8)
    QTest.keyClick(pane.table, Qt.Key.Key_Down)
    assert model.occurrence(pane.table.currentIndex().row()).starts_on == D(2026, 12, 16)


def test_n_more_counts_the_folded_evenings_only(qtbot, tmp_path):
    """„51 weitere Termine" with the evenings of 8 and 16 December listed as rows of
    their own under it: those two were counted twice (in the line and as rows)."""
    w, journal = _window(qtbot, tmp_path)
    weekly, _barcamp, _party = _jonas_calendar(journal)
    answered = ensure_occurrence(journal, weekly.id, D(2026, 12, 8)).value
    set_my_status(journal, answered, "going")
    update_occurrence(journal, weekly.id, D(2026, 12, 15), starts_on=D(2026, 12, 16))
    w.show_view(EVENTS)
    model = w.events_pane.model
    row = model.row_of((weekly.id, D(2026, 11, 24)))
    with in_language("de"):
        assert model.index(row, EventsModel.NAME).data() == (
            "UX-Stammtisch Leipzig\n49 weitere Termine · wöchentlich"
        )
    shown = [o for o in _section(model, "Upcoming") if o.series_id == weekly.id]
    assert len(shown) + 49 == 52  # (every evening of the year ahead: shown or counted)
    journal.close()
