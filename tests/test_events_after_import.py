"""The Events view after a calendar import, its undo and a cancellation.

Found in a walkthrough: after Ctrl+Z of an import of two files the list's rows kept
the heights of the rows that had stood there (gaps, lines cut off); an import that
only updated or cancelled an event left the page on another one; and an event called
off still offered „Nachbereiten …“ and „Wer war da“.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import REPO
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from uihelpers import when_modal

from netzjournal.interchange import ical_in
from netzjournal.store.contacts import create_contact
from netzjournal.store.events import create_event, list_events, set_attendance, set_my_status
from netzjournal.store.journal import Journal
from netzjournal.store.records import Channel, ContactRecord, EventRecord
from netzjournal.ui.events_tab.pane import EventsPane
from netzjournal.ui.main_window import EVENTS

D = dt.date
DATA = REPO / "tests" / "data" / "events"
INVITATIONS = DATA / "invitations"


def _here(j: Journal, *names: str) -> None:
    """Invitations imported before (by the store: no step of the window's)."""
    for name in names:
        path = INVITATIONS / f"{name}.WRITTEN.ics"
        ical_in.import_events(j, ical_in.read_events(path), today=D(2026, 9, 1))


def _import(w, paths: list[Path]) -> list[str]:
    said: list[str] = []

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    when_modal(read, lambda widget: isinstance(widget, QMessageBox))
    w.events_pane.import_files([str(p) for p in paths])
    w.events_pane.refresher.flush()
    return said


def _event_id(j: Journal, part: str) -> int:
    (event,) = [e for e in list_events(j) if part in e.name and e.series_id is None]
    assert event.id is not None
    return event.id


def _heights(pane: EventsPane) -> list[int]:
    return [pane.table.rowHeight(r) for r in range(pane.model.rowCount())]


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_after_undo_of_an_import_every_row_has_the_height_of_what_it_shows(
    make_window, qtbot, size
):
    w = make_window()
    w.resize(*size)
    # Plain evenings of one line each ahead, where the import puts series whose next
    # evening says "n more occurrences" on a line more (and the webinar, planned in
    # New York, when it is here).
    for n, day in enumerate((D(2026, 12, 1), D(2026, 12, 3), D(2027, 1, 20), D(2027, 2, 2))):
        create_event(w.journal, EventRecord(f"Afterwork {n}", day, place="Bar"))
    w.show_view(EVENTS)
    pane = w.events_pane
    pane.refresher.flush()
    qtbot.waitUntil(lambda: pane.table.viewport().width() < size[0] // 2)  # (laid out)
    QApplication.processEvents()
    before, rows = _heights(pane), list(pane.model.rows)
    _import(w, [DATA / "ruhr-events.ics", INVITATIONS / "zoom-webinar-newyork.WRITTEN.ics"])
    assert _heights(pane)[: len(before)] != before
    w.undo_stack.undo()
    pane.refresher.flush()
    # The journal as it was, at the same width: each row as high as before the import
    # (a plain row kept the height of the two-line row that had stood there).
    assert pane.model.rows == rows
    assert _heights(pane) == before


def test_an_import_that_only_updates_or_cancels_shows_what_it_changed(make_window):
    w = make_window()
    _here(w.journal, "fruehstueck-request", "stammtisch-series")
    breakfast = _event_id(w.journal, "Vertriebsfrühstück")
    stammtisch = _event_id(w.journal, "Vertriebler-Stammtisch")
    w.show_view(EVENTS)
    pane = w.events_pane
    pane.refresher.flush()
    assert pane.show_event(stammtisch)

    said = _import(w, [INVITATIONS / "fruehstueck-update.WRITTEN.ics"])
    assert said and "Changed by an update" in said[0]
    occ = pane.page.occurrence
    assert occ is not None and occ.key == (breakfast, None)
    assert pane.table.currentIndex().row() == pane.model.row_of(occ.key)  # selected too

    # One evening of a series called off: that evening, not the series' next one.
    _import(w, [INVITATIONS / "stammtisch-cancel-november.WRITTEN.ics"])
    occ = pane.page.occurrence
    assert occ is not None and occ.key == (stammtisch, D(2026, 11, 10)) and occ.cancelled
    assert pane.table.currentIndex().row() == pane.model.row_of(occ.key)


def test_a_cancelled_evening_offers_no_debrief_and_no_attendance(make_window):
    w = make_window()
    _here(w.journal, "stammtisch-series")
    stammtisch = _event_id(w.journal, "Vertriebler-Stammtisch")
    w.show_view(EVENTS)
    pane, page = w.events_pane, w.events_pane.page
    pane.refresher.flush()
    assert pane.select_key((stammtisch, D(2026, 11, 10)))  # (over: it can be debriefed)
    assert page.debrief.isEnabled() and page.picker.isEnabled()
    _import(w, [INVITATIONS / "stammtisch-cancel-november.WRITTEN.ics"])
    assert page.occurrence is not None and page.occurrence.cancelled
    cancelled = page.tr("Cancelled")
    for widget in (page.debrief, page.picker, page.status, page.note, page.people):
        assert not widget.isEnabled(), widget
        assert widget.toolTip() == cancelled, widget
    assert not page.met_here.isEnabled() and not page.remove.isEnabled()
    assert not page.cancelled_question.isVisible()  # (nothing was said about it)
    # The next evening of the series took place as ever.
    assert pane.select_key((stammtisch, D(2026, 10, 13)))
    assert page.debrief.isEnabled() and page.picker.isEnabled() and page.note.isEnabled()
    assert page.debrief.toolTip() != cancelled and page.picker.toolTip() != cancelled


def test_who_was_there_before_the_cancellation_stays_listed_read_only(make_window, qtbot):
    w = make_window()
    _here(w.journal, "fruehstueck-request")
    breakfast = _event_id(w.journal, "Vertriebsfrühstück")
    kemal = create_contact(w.journal, ContactRecord(
        given_name="Kemal", family_name="Aydın",
        channels=[Channel("email", "kemal.aydin@example.de")],
    )).value.id  # fmt: skip
    assert kemal is not None
    set_attendance(w.journal, breakfast, kemal, "attended")
    set_my_status(w.journal, breakfast, "attended")
    w.show_view(EVENTS)
    pane, page = w.events_pane, w.events_pane.page
    said = _import(w, [INVITATIONS / "fruehstueck-cancel.WRITTEN.ics"])
    assert "please check" in said[0]
    occ = page.occurrence
    assert occ is not None and occ.key == (breakfast, None) and occ.cancelled
    # What was said stays in sight, and is asked about; nothing more is recorded.
    assert page.attendance.rowCount() == 1 and page.people.isEnabled()
    assert page.cancelled_question.isVisible()
    assert not page.debrief.isEnabled() and not page.picker.isEnabled()
    page.people.setCurrentIndex(page.attendance.index(0, 0))
    assert not page.remove.isEnabled() and not page.met_here.isEnabled()
    # It took place after all: everything is back.
    qtbot.mouseClick(page.took_place, Qt.MouseButton.LeftButton)
    pane.refresher.flush()
    assert page.occurrence is not None and not page.occurrence.cancelled
    assert page.debrief.isEnabled() and page.picker.isEnabled()
    page.people.setCurrentIndex(page.attendance.index(0, 0))
    assert page.remove.isEnabled()


def test_the_import_says_where_each_change_is(tmp_path):
    """`ImportCount.touched` (what the view shows): the event, or the evening of a
    series, of each change `changed` names, in its order."""
    j = Journal.open(tmp_path / "journal.sqlite3")
    try:
        _here(j, "fruehstueck-request", "stammtisch-series")
        breakfast = _event_id(j, "Vertriebsfrühstück")
        stammtisch = _event_id(j, "Vertriebler-Stammtisch")
        events = [e for name in ("fruehstueck-update", "stammtisch-cancel-november")
                  for e in ical_in.read_events(INVITATIONS / f"{name}.WRITTEN.ics")]  # fmt: skip
        count = ical_in.import_events(j, events, today=D(2026, 9, 1)).value
        assert [c[0] for c in count.changed] == ["changed", "cancelled"]
        assert count.touched == [(breakfast, None), (stammtisch, D(2026, 11, 10))]
        assert count.made == []
    finally:
        j.close()
