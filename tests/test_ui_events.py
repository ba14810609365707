"""The Events view, the event editor and the debrief, as a person uses them."""

import datetime as dt

import pytest
from conftest import note, person
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTextBoundaryFinder, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from uihelpers import TODAY, answer, seeded_window, type_text, when_modal

from netzjournal import paths
from netzjournal.store.contacts import contact_count, create_contact, get_contact, update_contact
from netzjournal.store.events import (
    attendance,
    create_event,
    ensure_occurrence,
    get_event,
    list_events,
    occurrence_row,
    occurrences,
    search_events,
    set_attendance,
    set_met_at,
    update_occurrence,
)
from netzjournal.store.interactions import interaction_count
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_history
from netzjournal.store.records import EventRecord
from netzjournal.ui import style, texts
from netzjournal.ui.events_tab.debrief import DebriefDialog
from netzjournal.ui.events_tab.editor import EventEditor
from netzjournal.ui.events_tab.model import OCCURRENCE_ROLE, EventsModel, OccurrencesModel
from netzjournal.ui.events_tab.page import AttendanceModel
from netzjournal.ui.events_tab.people import PersonAdder
from netzjournal.ui.main_window import EVENTS, MainWindow
from netzjournal.ui.people_model import ID_ROLE
from netzjournal.ui.search import KIND_ROLE as KIND

D = dt.date


_window = seeded_window


def _stammtisch(journal):
    return create_event(
        journal,
        EventRecord("Stammtisch Süd", D(2026, 1, 13), place="Brauhaus",
                          rrule="FREQ=MONTHLY;BYDAY=2TU", start_time=dt.time(19, 0)),
    ).value  # fmt: skip


def test_events_model_lists_upcoming_then_past(qtmodeltester, journal):
    s = _stammtisch(journal)
    create_event(journal, EventRecord("DMEXCO", D(2026, 9, 16), D(2026, 9, 17)))
    model = EventsModel(journal, lambda: TODAY)
    model.reload()
    qtmodeltester.check(model)
    occ = [model.occurrence(r) for r in range(model.rowCount())]
    upcoming = [o for o in occ[: occ.index(None, 1)] if o]
    assert occ[0] is None and upcoming[0].starts_on == D(2026, 12, 8)
    assert [o.starts_on for o in upcoming] == sorted(o.starts_on for o in upcoming)
    past = [o for o in occ[occ.index(None, 1) :] if o]
    assert past[0].starts_on == D(2026, 11, 10) and past[0].series_id == s.id
    assert [o.starts_on for o in past] == sorted((o.starts_on for o in past), reverse=True)
    assert any(o.name == "DMEXCO" for o in past)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    model.set_text("dmex")
    qtmodeltester.check(model)
    names = {model.occurrence(r).name for r in range(model.rowCount()) if model.occurrence(r)}
    assert names == {"DMEXCO"}


def test_events_model_pages_back_through_the_years(qtmodeltester, journal):
    create_event(journal, EventRecord("Altes Barcamp", D(2021, 5, 1)))
    _stammtisch(journal)
    model = EventsModel(journal, lambda: TODAY)
    model.reload()
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model)
    last = model.occurrence(model.rowCount() - 1)
    assert last is not None and last.name == "Altes Barcamp"


def test_series_page_models(qtmodeltester, journal):
    s = _stammtisch(journal)
    c = create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht")).value
    eid = ensure_occurrence(journal, s.id, D(2026, 2, 10)).value
    set_attendance(journal, eid, c.id)
    update_occurrence(journal, s.id, D(2026, 3, 10), cancelled=True)
    occ_model = OccurrencesModel()
    occ_model.load(journal, s.id, TODAY + dt.timedelta(days=90), TODAY)
    qtmodeltester.check(occ_model)
    # In the events list's order: the coming evenings soonest first, then the past
    # ones newest first (it ran newest first throughout).
    days = [
        occ_model.index(r, 0).data(OCCURRENCE_ROLE).starts_on for r in range(occ_model.rowCount())
    ]
    coming = [d for d in days if d >= TODAY]
    assert len(coming) >= 2 and days[: len(coming)] == sorted(coming)
    assert days[len(coming) :] == sorted(days[len(coming) :], reverse=True)
    assert all(d < TODAY for d in days[len(coming) :]) and len(days) > len(coming)
    rows = {
        occ_model.index(r, 0).data(OCCURRENCE_ROLE).occurrence_on: occ_model.index(r, 2).data()
        for r in range(occ_model.rowCount())
    }
    assert rows[D(2026, 2, 10)] == "Anna Schmidt"
    assert occ_model.headerData(2, Qt.Orientation.Horizontal) == "People"
    att = AttendanceModel()
    att.set_rows(attendance(journal, [eid])[eid])
    qtmodeltester.check(att)
    assert "Nordlicht" in att.index(0, 0).data()
    # "Anna Schmidt · Nordlicht – war da": the spaced en dash German typography writes
    text = att.index(0, 0).data()
    assert "\u00a0–" in text and "\u2014" not in text
    # the answer stays whole and on the dash's line when the page wraps: no line
    # break before the dash, after it, or inside the answer (Qt's line breaking found
    # one after the dash: "… · Bremen –" / "said they'd come")
    dash = text.index("\u00a0–")
    end = text.index(":", dash) if ":" in text[dash:] else len(text)
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    breaks = []
    while (at := finder.toNextBoundary()) != -1:
        breaks.append(at)
    assert [b for b in breaks if dash < b < end] == [], (text, breaks)


def test_the_series_table_names_who_came_and_who_said_yes(qtmodeltester, journal):
    """Coming evenings showed an empty "Who came" where two had said yes (read as
    "nobody"); and the names were joined with ", " here but "; " in the notes and the
    timeline, though a name may hold a comma ("Müller, Hans"). A past evening left out
    who had said yes and was not marked there, while its page lists them („hat
    zugesagt“): the walk's 12 November showed an empty cell beside Olaf's „hat
    zugesagt“. The table now says it as the page does."""
    s = _stammtisch(journal)
    anna = create_contact(journal, person("Anna", "Schmidt")).value
    hans = create_contact(journal, person("Hans", "Müller", display_name="Müller, Hans")).value
    ben = create_contact(journal, person("Ben", "Weber")).value
    past = ensure_occurrence(journal, s.id, D(2026, 10, 13)).value
    ahead = ensure_occurrence(journal, s.id, D(2026, 12, 8)).value
    for cid in (anna.id, hans.id):
        set_attendance(journal, past, cid)
        set_attendance(journal, ahead, cid, status="going")
    set_attendance(journal, past, ben.id, status="going")  # said yes, not marked there
    only_yes = ensure_occurrence(journal, s.id, D(2026, 11, 10)).value  # (the walk's)
    set_attendance(journal, only_yes, ben.id, status="going")
    model = OccurrencesModel()
    model.load(journal, s.id, TODAY + dt.timedelta(days=90), TODAY)
    qtmodeltester.check(model)
    rows = {
        model.index(r, 0).data(OCCURRENCE_ROLE).occurrence_on: model.index(r, 2).data()
        for r in range(model.rowCount())
    }
    # (by family name, as the contacts table: Müller before Schmidt)
    # The count first (for several): a busy evening's names are cut at the column's edge.
    assert rows[D(2026, 10, 13)] == "3 · Müller, Hans; Anna Schmidt · Said yes: Ben Weber"
    assert rows[D(2026, 11, 10)] == "Said yes: Ben Weber"
    assert rows[D(2026, 12, 8)] == "2 · Said yes: Müller, Hans; Anna Schmidt"
    # and the whole text in the tooltip, a line for each part
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(OCCURRENCE_ROLE).occurrence_on == D(2026, 10, 13)
    )
    assert model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        "Müller, Hans; Anna Schmidt\nSaid yes: Ben Weber"
    )
    assert rows[D(2027, 1, 12)] == ""  # nobody has said anything yet
    # the notes and the timeline join a note's people by the same rule
    from netzjournal.store.interactions import create_interaction
    from netzjournal.store.listings import NoteFilter, interaction_page

    create_interaction(journal, note(dt.datetime(2026, 11, 2, 10), [hans.id, anna.id]))
    (entry,) = interaction_page(journal, NoteFilter(), None, 10)
    assert entry.people in ("Müller, Hans; Anna Schmidt", "Anna Schmidt; Müller, Hans")


def test_the_series_table_names_who_had_said_yes_to_an_evening_that_is_over(qtmodeltester, journal):
    """An evening that is over where people had only said yes: the events list says
    "Said yes: 1", the page "said yes"; the series' table was empty,
    read as nobody (and, where others came, the test above: named after them)."""
    s = _stammtisch(journal)
    ben = create_contact(journal, person("Ben", "Weber")).value
    november = ensure_occurrence(journal, s.id, D(2026, 11, 10)).value
    set_attendance(journal, november, ben.id, status="going")
    model = OccurrencesModel()
    model.load(journal, s.id, TODAY + dt.timedelta(days=90), TODAY)
    qtmodeltester.check(model)
    rows = {
        model.index(r, 0).data(OCCURRENCE_ROLE).occurrence_on: model.index(r, 2).data()
        for r in range(model.rowCount())
    }
    assert rows[D(2026, 11, 10)] == "Said yes: Ben Weber"


def test_ctrl5_opens_the_events_view_and_attendance_by_id(qtbot, tmp_path):
    w, journal = _window(qtbot, tmp_path)
    a = create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht")).value
    b = create_contact(journal, person("Anna", "Schmidt", city="Leipzig")).value
    s = _stammtisch(journal)
    w.bind_shortcuts()
    assert "Ctrl+5" in [k.toString() for k in w.actions_.view_events.shortcuts()]
    # (the key itself reaches the action only in the active window; which top-level
    # is active offscreen depends on the tests before, so the action is triggered)
    w.actions_.view_events.trigger()
    assert w.tabs.currentIndex() == EVENTS
    pane = w.events_pane
    page = pane.page
    assert page.occurrence is not None and page.occurrence.starts_on == D(2026, 12, 8)
    # choose last month's evening and say who was there: the Leipzig namesake
    assert pane.select_key((s.id, D(2026, 11, 10)))
    picker = page.picker
    completer = picker.completion.completer
    assert picker.completion.model.rowCount() == 0  # read as typed, not when built
    type_text(picker, "Anna")
    assert completer.completionCount() == 2
    shown = [completer.completionModel().index(r, 0) for r in range(2)]
    texts = sorted(i.data() for i in shown)
    assert texts == ["Anna Schmidt · Leipzig", "Anna Schmidt · Nordlicht"]
    leipzig = next(i for i in shown if "Leipzig" in i.data())
    completer.activated[QModelIndex].emit(leipzig)
    assert picker.text() == ""
    pane.refresher.flush()
    eid = occurrence_row(journal, s.id, D(2026, 11, 10))
    assert eid is not None
    assert [r.contact_id for r in attendance(journal, [eid])[eid]] == [b.id]
    assert page.attendance.rowCount() == 1
    # typing the bare name of two namesakes never picks one by itself
    type_text(picker, "Anna Schmidt")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert [r.contact_id for r in attendance(journal, [eid])[eid]] == [b.id]
    assert a.id not in {r.contact_id for r in attendance(journal, [eid])[eid]}
    assert completer.popup().isVisible()  # the namesakes, to choose from
    completer.popup().hide()
    # my own status
    page.my_status.setCurrentIndex(page.my_status.findData("attended"))
    page.my_status.activated.emit(page.my_status.currentIndex())
    assert get_event(journal, eid).my_status == "attended"
    # the series table shows who came
    pane.refresher.flush()
    assert page.series_table.isVisible()
    who = [page.series_model.index(r, 2).data() for r in range(page.series_model.rowCount())]
    assert "Anna Schmidt · Leipzig" in who  # the namesake picked, told apart
    # removing someone asks first; "No" keeps them
    page.people.setCurrentIndex(page.attendance.index(0, 0))
    when_modal(answer(QMessageBox.StandardButton.No))
    page.remove.click()
    assert len(attendance(journal, [eid])[eid]) == 1
    journal.close()


@pytest.fixture
def english_dates():
    """Day names from an English locale (an earlier test may leave German as default)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def test_event_editor_creates_a_series_in_plain_words(qtbot, journal, english_dates):
    dialog = EventEditor(journal, None, D(2026, 1, 13))
    qtbot.addWidget(dialog)
    type_text(dialog.name, "Stammtisch Süd")
    labels = [dialog.repeat.itemText(i) for i in range(dialog.repeat.count())]
    assert "Every second Tuesday of the month" in labels
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("monthly_weekday"))
    dialog.place.setText("Brauhaus")
    dialog.url.setText("https://stammtisch.example")
    dialog.timed.setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    rec = get_event(journal, dialog.record.id)
    assert (rec.name, rec.rrule, rec.start_time, rec.url) == (
        "Stammtisch Süd",
        "FREQ=MONTHLY;BYDAY=2TU",
        dt.time(19, 0),
        "https://stammtisch.example",
    )


def test_event_editor_asks_before_dropping_changes(qtbot, journal):
    dialog = EventEditor(journal, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Barcamp")
    when_modal(answer(QMessageBox.StandardButton.Cancel))
    dialog.reject()
    assert dialog.isVisible()  # cancelled: still open, text still there
    assert dialog.name.text() == "Barcamp"
    when_modal(answer(QMessageBox.StandardButton.Cancel))
    dialog.close()  # the window's ✕ asks the same
    assert dialog.isVisible()
    when_modal(answer(QMessageBox.StandardButton.Save))
    dialog.reject()
    assert [e.name for e in list_events(journal)] == ["Barcamp"]


def test_event_editor_keeps_the_last_day_after_a_moved_first_day(qtbot, journal):
    # Walk-through: first day moved from 29.11. to 03.12., then "several days": the
    # last day stayed at 29.11. and saving said (in English) it ends before it starts.
    dialog = EventEditor(journal, None, D(2026, 11, 29))
    qtbot.addWidget(dialog)
    type_text(dialog.name, "Buchmesse")
    dialog.starts.setDate(dialog.starts.date().addDays(4))
    dialog.several.setChecked(True)
    assert dialog.ends.date() == dialog.starts.date()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_event(journal, dialog.record.id).starts_on == D(2026, 12, 3)


def test_event_editor_end_time_follows_the_start_and_an_evening_may_run_past_midnight(
    qtbot, journal
):
    from PySide6.QtCore import QTime

    dialog = EventEditor(journal, None, D(2026, 11, 29))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Clubnacht")
    dialog.timed.setChecked(True)
    dialog.start_time.setTime(QTime(19, 0))
    dialog.end_time.setTime(QTime(22, 0))
    # The start moved: the end keeps the three hours (as the last day follows the first).
    dialog.start_time.setTime(QTime(20, 30))
    assert dialog.end_time.time() == QTime(23, 30)
    assert not dialog.next_day.isVisible()
    # 20:30–01:00: an evening past midnight, said beside the times and saved so.
    dialog.end_time.setTime(QTime(1, 0))
    assert dialog.next_day.isVisible()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    rec = get_event(journal, dialog.record.id)
    assert (rec.starts_on, rec.ends_on) == (D(2026, 11, 29), D(2026, 11, 30))
    assert (rec.start_time, rec.end_time) == (dt.time(20, 30), dt.time(1, 0))


def test_event_editor_refuses_an_end_before_the_start_on_the_same_day(qtbot, journal):
    from PySide6.QtCore import QTime

    seen: list[str] = []

    def read_and_close(widget):
        seen.append(widget.text())
        widget.button(QMessageBox.StandardButton.Ok).click()

    dialog = EventEditor(journal, None, D(2026, 11, 29))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Barcamp")
    dialog.timed.setChecked(True)
    dialog.several.setChecked(True)  # several days, but the last is the first
    dialog.start_time.setTime(QTime(18, 0))
    dialog.end_time.setTime(QTime(9, 0))
    when_modal(read_and_close)
    dialog.save()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["An event cannot end before it starts."]
    assert dialog.isVisible() and list_events(journal) == []
    when_modal(answer(QMessageBox.StandardButton.Discard))
    dialog.reject()
    assert not dialog.isVisible()


def test_event_editor_says_in_german_what_is_missing(qtbot, qapp, journal):
    from netzjournal.ui.i18n import install_translators

    installed = install_translators(qapp, "de")
    seen: list[str] = []

    def read_and_close(widget):
        assert isinstance(widget, QMessageBox), widget
        seen.append(widget.text())
        widget.button(QMessageBox.StandardButton.Ok).click()

    try:
        dialog = EventEditor(journal, None, TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        when_modal(read_and_close)
        dialog.save()
        qtbot.waitUntil(lambda: bool(seen))
        assert seen == ["Eine Veranstaltung braucht einen Namen."]
        assert dialog.isVisible() and list_events(journal) == []
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_debrief_dialog_saves_in_one_undo_step(qtbot, tmp_path):
    w, journal = _window(qtbot, tmp_path)
    a = create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht")).value
    s = _stammtisch(journal)
    occ = occurrences(journal, D(2026, 11, 10), D(2026, 11, 10))[0]
    dialog = DebriefDialog(journal, occ, w.undo_stack, w)  # closed with its window
    dialog.show()
    dialog.picker.picked.emit(a.id)
    assert len(dialog.rows) == 1 and "Nordlicht" in dialog.rows[0].who.text()
    type_text(dialog.rows[0].line, "Podcast über KI")
    dialog.rows[0].say_next.setText("ihr Umzug nach Lissabon")
    dialog.rows[0].follow_up.setText("Artikel schicken")
    # a new person, created inline after a confirmation
    type_text(dialog.picker, "Jörg Neumann")
    when_modal(answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.rows) == 2)
    assert dialog.rows[1].new is not None and dialog.rows[1].new.family_name == "Neumann"
    # with the journal's defaults for a new contact (the interface's language)
    from netzjournal.ui.texts import ui_language

    assert dialog.rows[1].new.language == ui_language()
    dialog.rows[1].line.setText("Segeln")
    contacts, notes = contact_count(journal), interaction_count(journal)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert w.undo_stack.count() == 1
    assert contact_count(journal) == contacts + 1
    assert interaction_count(journal) == notes + 2
    assert [h.say_next for h in contact_history(journal, a.id)] == ["ihr Umzug nach Lissabon"]
    eid = occurrence_row(journal, s.id, D(2026, 11, 10))
    assert get_event(journal, eid).my_status == "attended"
    w.undo_stack.undo()
    assert (contact_count(journal), interaction_count(journal)) == (contacts, notes)
    assert occurrence_row(journal, s.id, D(2026, 11, 10)) is None
    w.undo_stack.redo()
    assert interaction_count(journal) == notes + 2
    QApplication.processEvents()
    journal.close()


def test_debrief_asks_before_closing_with_people_picked(qtbot, journal):
    from PySide6.QtGui import QUndoStack

    c = create_contact(journal, person("Ole", "Hansen")).value
    _stammtisch(journal)
    occ = occurrences(journal, D(2026, 11, 10), D(2026, 11, 10))[0]
    stack = QUndoStack()
    dialog = DebriefDialog(journal, occ, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    # The evening is named in the dialog itself; the empty list says what comes there.
    assert dialog.heading.isVisible() and dialog.heading.text().startswith(occ.name + ", ")
    assert dialog.nobody_yet.isVisible()
    dialog.picker.picked.emit(c.id)
    assert not dialog.nobody_yet.isVisible()
    when_modal(answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(dialog.rows) == 1
    when_modal(answer(QMessageBox.StandardButton.Cancel))
    dialog.close()  # the window's ✕ (QDialog.closeEvent → reject) asks the same
    assert dialog.isVisible()
    when_modal(answer(QMessageBox.StandardButton.Discard))
    dialog.reject()
    assert not dialog.isVisible() and stack.count() == 0


def test_picker_model_gives_ids(qtbot, qtmodeltester, journal):
    a = create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht")).value
    create_contact(journal, person("Anna", "Schmidt", city="Leipzig"))
    picker = PersonAdder(journal)
    assert picker.label(a.id) == "Anna Schmidt · Nordlicht"
    people = picker.completion.model
    people.set_filter("Anna")
    ids = {people.index(r, 0).data(ID_ROLE) for r in range(people.rowCount())}
    assert a.id in ids and len(ids) == 2
    qtmodeltester.check(people)


def test_contact_page_shows_where_we_met_and_opens_the_event(qtbot, tmp_path):
    w, journal = _window(qtbot, tmp_path)
    c = create_contact(journal, person("Mia", "Klein")).value
    s = create_event(
        journal,
        EventRecord("Barcamp Ruhr", D(2025, 3, 8), rrule="FREQ=YEARLY;BYMONTH=3;BYDAY=2SA"),
    ).value
    eid = ensure_occurrence(journal, s.id, D(2025, 3, 8)).value
    set_attendance(journal, eid, c.id, note="kurz gesprochen")
    set_met_at(journal, c.id, eid)
    html = w.contacts.detail.contact_html(get_contact(journal, c.id))
    how = QCoreApplication.translate("ContactDetail", "How we met")
    where = QCoreApplication.translate("ContactDetail", "Where we met")
    # One line names the evening, linked (it was said twice: "How we met: … (date)" and
    # "Where we met: …, date").
    import re

    row = re.search(f"{how}</td><td>(.*?)</td>", html)
    assert row and f"event:{eid}" in row.group(1) and "Barcamp Ruhr" in row.group(1)
    assert where not in html and "kurz gesprochen" in html
    # "How we met" that says something else keeps its line; the evening gets its own.
    other = get_contact(journal, c.id)
    other.source, other.source_detail = "introduction", "über Jonas"
    html = w.contacts.detail.contact_html(other)
    assert how in html and "über Jonas" in html and where in html and f"event:{eid}" in html
    w.contacts.detail.anchorClicked.emit(QUrl(f"event:{eid}"))
    assert w.tabs.currentIndex() == EVENTS
    occ = w.events_pane.page.occurrence
    assert occ is not None and occ.key == (s.id, D(2025, 3, 8))
    journal.close()


def test_events_view_imports_a_calendar_file(qtbot, tmp_path):
    from conftest import REPO

    w, journal = _window(qtbot, tmp_path)
    w.show_view(EVENTS)
    pane = w.events_pane
    when_modal(answer(QMessageBox.StandardButton.Ok))
    pane.import_file(str(REPO / "tests" / "data" / "events" / "ruhr-events.ics"))
    pane.refresher.flush()
    names = {pane.model.occurrence(r).name for r in range(pane.model.rowCount())
             if pane.model.occurrence(r)}  # fmt: skip
    assert {"Stammtisch Süd", "Barcamp Ruhr", "DMEXCO 2026"} <= names
    journal.close()


def test_events_view_says_which_events_of_a_calendar_it_could_not_read(qtbot, tmp_path):
    from conftest import REPO

    w, journal = _window(qtbot, tmp_path)
    w.show_view(EVENTS)
    said: list[str] = []

    def read(box):
        said.append(box.text())
        box.accept()

    when_modal(read)
    w.events_pane.import_file(str(REPO / "tests" / "data" / "events" / "quirks.WRITTEN.ics"))
    qtbot.waitUntil(lambda: bool(said))
    pane = w.events_pane
    assert pane.tr("Not everything could be read:") in said[0]
    for line in (
        pane.tr("“%1”: its start cannot be read; not imported.").replace(
            "%1", "Ohne lesbaren Beginn"
        ),
        pane.tr("“%1”: its end cannot be read; imported without it.").replace(
            "%1", "Kontoeröffnung"
        ),
    ):
        assert line in said[0]
    assert pane.tr("“%1”: not imported (%2)").split("%1")[0] + "Chinesisches Neujahr" in said[0]
    said.clear()
    when_modal(read)
    w.events_pane.import_file(str(REPO / "tests" / "data" / "events" / "broken-zones.WRITTEN.ics"))
    qtbot.waitUntil(lambda: bool(said))
    zone = pane.tr(
        "The time zone “%1” cannot be read from this file: its times were taken as local times."
    )
    assert zone.replace("%1", "Büro Essen") in said[0]
    assert pane.tr("Events and series imported: %1 (already there: %2)").replace(
        "%1", "4").replace("%2", "0") in said[0]  # fmt: skip
    journal.close()


def _invitations_read(qtbot, tmp_path, *names: str):
    """The window's events view after importing the invitations ``names`` (from
    tests/data/events/invitations) in turn; and what each import's result box said."""
    from conftest import REPO

    w, journal = _window(qtbot, tmp_path)
    w.show_view(EVENTS)
    said: list[str] = []

    def read(box):
        said.append(box.text())
        box.accept()

    folder = REPO / "tests" / "data" / "events" / "invitations"
    for name in names:
        when_modal(read)
        w.events_pane.import_file(str(folder / f"{name}.WRITTEN.ics"))
    w.events_pane.refresher.flush()
    return w, journal, said


def test_an_invitation_s_cancellation_says_it_changed_the_event_and_shows_it_cancelled(
    qtbot, tmp_path
):
    w, journal, said = _invitations_read(
        qtbot, tmp_path, "stammtisch-series", "stammtisch-cancel-november"
    )
    pane = w.events_pane
    # What changed comes first: "Events and series imported: 0 (already there: 0)"
    # above it read as if the file had failed.
    assert said[1] == pane.tr("Changed by an update or a cancellation: %1").replace(
        "%1", "1"
    ) + "\nCancelled: Vertriebler-Stammtisch München on " + (
        texts.format_date(D(2026, 11, 10))
    )  # (named: which event, which evening)
    rows = [pane.model.occurrence(r) for r in range(pane.model.rowCount())]
    november = [o for o in rows if o and o.starts_on == D(2026, 11, 10)]
    assert [o.cancelled for o in november] == [True]
    journal.close()


def test_a_file_that_is_no_calendar_is_refused_in_the_window_s_words(qtbot, tmp_path):
    w, journal = _window(qtbot, tmp_path)
    w.show_view(EVENTS)
    bad = tmp_path / "kein-kalender.ics"
    bad.write_bytes(b"\x00\x01 not a calendar")
    said: list[str] = []

    def read(box):
        said.append(box.text())
        box.accept()

    pane = w.events_pane
    for path in (bad, tmp_path / "fehlt.ics"):
        when_modal(read)
        pane.import_file(str(path))  # (the box is answered inside it)
    assert said == [
        pane.tr("This file is not a calendar (.ics) that can be read. Nothing was imported."),
        pane.tr("The file cannot be read. Nothing was imported."),
    ]  # (icalendar's and the system's English were shown as they came)
    journal.close()


def test_global_search_finds_events_and_opens_them(qtbot, tmp_path, qtmodeltester):
    w, journal = _window(qtbot, tmp_path)
    s = _stammtisch(journal)
    hits = search_events(journal, "stammt")
    assert [(h.kind, h.id, h.label) for h in hits] == [("event", s.id, "Stammtisch Süd")]
    w.search_field.setText("Stammtisch")
    model = w.search.model
    qtmodeltester.check(model)
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert model.tr("Events (%1)").replace("%1", "1") in rows
    event_row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(KIND) == "event")
    w.search.results.activated.emit(model.index(event_row, 0))
    assert w.tabs.currentIndex() == EVENTS
    occ = w.events_pane.page.occurrence
    assert occ is not None and occ.key == (s.id, D(2026, 12, 8))  # the next evening
    journal.close()


def test_where_we_met_is_picked_in_the_contact_editor_by_id(qtbot, tmp_path):
    from netzjournal.store.contacts import get_contact
    from netzjournal.ui.contacts.editor import ContactEditor

    w, journal = _window(qtbot, tmp_path)
    a = create_contact(journal, person("Anna", "Schmidt")).value
    s = _stammtisch(journal)
    editor = ContactEditor(journal, get_contact(journal, a.id), parent=w, today=TODAY)
    labels = [editor.met_at.itemText(i) for i in range(editor.met_at.count())]
    assert labels[0] and "Stammtisch Süd" in labels[1]  # "no event", then the newest evening
    # The evening of 10 November: nothing recorded about it yet, so it has no row.
    index = editor.met_at.findData(next(
        k for k, c in enumerate(editor._met_at_choices) if c.occurrence_on == D(2026, 11, 10)
    ))  # fmt: skip
    assert index > 0 and "2026" in labels[index]
    editor.met_at.setCurrentIndex(index)
    editor.met_at.activated.emit(index)
    assert editor.met_on.text() == texts.format_date(D(2026, 11, 10))  # follows where blank
    assert editor.met_at_evening() == (s.id, D(2026, 11, 10))
    editor.close()
    # Through the contacts pane: one undo step.
    w.contacts.select(a.id)

    def pick(dialog) -> None:
        assert isinstance(dialog, ContactEditor)
        dialog.met_at.setCurrentIndex(index)
        dialog.met_at.activated.emit(index)
        dialog.accept()

    count = w.undo_stack.count()
    when_modal(pick, lambda d: isinstance(d, ContactEditor))
    w.contacts.edit_selected()
    row = occurrence_row(journal, s.id, D(2026, 11, 10))
    assert row is not None and get_contact(journal, a.id).met_at_event_id == row
    assert w.undo_stack.count() == count + 1
    w.undo_stack.undo()
    assert get_contact(journal, a.id).met_at_event_id is None
    # Opened again, the editor shows where they met (by the row now recorded).
    w.undo_stack.redo()
    again = ContactEditor(journal, get_contact(journal, a.id), parent=w, today=TODAY)
    assert again.met_at.currentIndex() > 0 and again.met_at_evening() is None
    assert again.record().met_at_event_id == row
    again.close()
    journal.close()


def test_every_change_on_the_events_page_is_one_undo_step(qtbot, tmp_path):
    from netzjournal.store.contacts import get_contact
    from netzjournal.store.events import attendance, list_events, occurrence_row

    w, journal = _window(qtbot, tmp_path)
    a = create_contact(journal, person("Anna", "Schmidt")).value
    s = _stammtisch(journal)
    qtbot.keyClick(w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    pane = w.events_pane
    assert pane.select_key((s.id, D(2026, 11, 10)))
    page = pane.page
    start = w.undo_stack.count()
    # someone was there (the evening gets its row), then "met here first"
    page.picker.picked.emit(a.id)
    row = occurrence_row(journal, s.id, D(2026, 11, 10))
    assert row is not None and [r.contact_id for r in attendance(journal, [row])[row]] == [a.id]
    assert "Anna Schmidt" in w.statusBar().currentMessage()  # what happened, said
    pane.refresher.flush()
    page.people.setCurrentIndex(page.attendance.index(0, 0))
    page.met_here.click()
    assert get_contact(journal, a.id).met_at_event_id == row
    assert w.undo_stack.count() == start + 2
    w.undo_stack.undo()
    assert get_contact(journal, a.id).met_at_event_id is None
    w.undo_stack.undo()
    assert occurrence_row(journal, s.id, D(2026, 11, 10)) is None  # as before: no row
    # this evening differently: cancelled, and back
    pane.refresher.flush()
    assert pane.select_key((s.id, D(2026, 12, 8)))
    from netzjournal.ui.events_tab.editor import OccurrenceDialog

    def cancel_it(dialog) -> None:
        assert isinstance(dialog, OccurrenceDialog)
        dialog.cancelled.setChecked(True)
        dialog.accept()

    when_modal(cancel_it, lambda d: isinstance(d, OccurrenceDialog))
    pane.differ_current()
    evening = [o for o in occurrences(journal, D(2026, 12, 8), D(2026, 12, 8))]
    assert evening[0].cancelled
    w.undo_stack.undo()
    assert not occurrences(journal, D(2026, 12, 8), D(2026, 12, 8))[0].cancelled
    # deleting asks, Cancel is the default; then it is one step back
    pane.refresher.flush()
    assert pane.select_key((s.id, D(2026, 12, 8)))

    def delete(box) -> None:
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(delete, lambda d: d.objectName() == "confirmDestructive")
    pane.delete_current()
    assert list_events(journal) == []
    w.undo_stack.undo()
    assert [e.id for e in list_events(journal)] == [s.id]
    assert w.undo_stack.undoText() == ""  # everything taken back
    journal.close()


def test_enter_on_a_list_of_one_takes_that_person(qtbot, tmp_path):
    w, journal = _window(qtbot, tmp_path)
    a = create_contact(journal, person("Claudia", "Becker", organisation="Mainufer")).value
    create_contact(journal, person("Claus", "Brandt"))
    s = _stammtisch(journal)
    w.actions_.view_events.trigger()
    pane = w.events_pane
    assert pane.select_key((s.id, D(2026, 11, 10)))
    picker = pane.page.picker
    picker.setFocus()
    type_text(picker, "Clau")
    qtbot.keyClick(picker, Qt.Key.Key_Return)  # two candidates: shown, nobody taken
    assert occurrence_row(journal, s.id, D(2026, 11, 10)) is None
    assert picker.completion.popup_visible()
    type_text(picker, "dia B")  # "Claudia B": one candidate left in the list
    qtbot.waitUntil(picker.completion.popup_visible)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    row = occurrence_row(journal, s.id, D(2026, 11, 10))
    assert row is not None
    assert [r.contact_id for r in attendance(journal, [row])[row]] == [a.id]
    journal.close()


def test_an_evening_ahead_lists_who_is_coming_not_who_was_there(qtbot, journal):
    # Walk-through: the next Stammtisch (in December) headed its list "Who was there".
    from netzjournal.ui.events_tab.page import EventPage

    _stammtisch(journal)
    page = EventPage(journal, lambda: TODAY)
    qtbot.addWidget(page)
    ahead = occurrences(journal, D(2026, 12, 1), D(2026, 12, 31))[0]
    past = occurrences(journal, D(2026, 11, 1), D(2026, 11, 21))[0]
    page.show_occurrence(ahead)
    assert page.people_caption.text() == "<b>Who is coming</b>"
    page.show_occurrence(past)
    assert page.people_caption.text() == "<b>Who was there</b>"


def test_today_s_event_is_today_s_in_the_list_and_on_its_page(qtbot, qtmodeltester, journal):
    """An event today stood under "Upcoming" while its page said "Who was there": the
    list has a "Today" group, and the page speaks of who is coming until it begins
    (its start time), of who was there after, of who is there when no time is known."""
    from netzjournal.ui.events_tab.page import EventPage

    create_event(journal, EventRecord("Frühstück", TODAY, start_time=dt.time(8, 30)))
    create_event(journal, EventRecord("Messe", TODAY - dt.timedelta(days=1), TODAY))
    create_event(journal, EventRecord("Barcamp", TODAY + dt.timedelta(days=3)))
    create_event(journal, EventRecord("Gestern", TODAY - dt.timedelta(days=1)))
    model = EventsModel(journal, lambda: TODAY)
    model.reload()
    qtmodeltester.check(model)
    shown = [model.index(r, 0).data() if model.occurrence(r) is None else model.occurrence(r).name
             for r in range(model.rowCount())]  # fmt: skip
    # (in the order they began: the fair's second day first)
    assert shown == ["Today", "Messe", "Frühstück", "Upcoming", "Barcamp", "Past", "Gestern"]
    clock = [dt.time(8, 0)]
    page = EventPage(journal, lambda: TODAY, now=lambda: clock[0])
    qtbot.addWidget(page)
    fair, breakfast = model.occurrence(1), model.occurrence(2)
    page.show_occurrence(breakfast)
    assert page.people_caption.text() == "<b>Who is coming</b>"
    assert page.status.currentData() == "going" and page.debrief.isEnabled()
    clock[0] = dt.time(8, 30)
    page.show_occurrence(breakfast)
    assert page.people_caption.text() == "<b>Who was there</b>"
    assert page.status.currentData() == "attended"
    page.show_occurrence(fair)
    assert page.people_caption.text() == "<b>Who is there</b>"
    assert page.status.currentData() == "attended"  # (whom one adds there, one met)


def test_removing_a_namesake_asks_about_the_one_listed(qtbot, journal):
    """ "Remove Anna Müller from this event?" — which one? The question names her as
    the list does (house rule 4)."""
    from netzjournal.ui.events_tab.page import EventPage

    s = _stammtisch(journal)
    a = create_contact(journal, person("Anna", "Müller", organisation="Stadtwerke")).value
    create_contact(journal, person("Anna", "Müller", organisation="Weserbogen"))
    eid = ensure_occurrence(journal, s.id, D(2026, 11, 10)).value
    set_attendance(journal, eid, a.id)
    page = EventPage(journal, lambda: TODAY)
    qtbot.addWidget(page)
    page.show_occurrence(next(o for o in occurrences(journal, D(2026, 11, 10), D(2026, 11, 10))))
    page.people.setCurrentIndex(page.people.model().index(0, 0))
    asked: list[str] = []

    def no(box) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    when_modal(no)
    page.remove.click()
    assert asked == [
        page.tr("Remove %1 from this event?").replace("%1", "Anna Müller · Stadtwerke")
    ]


def test_event_editor_keeps_its_day_and_time_rows_apart(qtbot, journal):
    """The "Several days" box stood glued to the date's arrow, and the two times sat
    side by side with nothing between them (19:00 22:00)."""
    dialog = EventEditor(journal, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    gap = dialog.several.geometry().left() - dialog.starts.geometry().right()
    assert gap > style.SPACE.XS
    between = dialog.until.geometry()
    assert dialog.until.text() == "–"
    assert dialog.start_time.geometry().right() < between.left()
    assert between.right() < dialog.end_time.geometry().left()
    assert not dialog.until.isEnabled()  # greyed with the times it joins
    dialog.timed.setChecked(True)
    assert dialog.until.isEnabled()
    dialog.timed.setChecked(False)  # (unchanged again: closing it asks nothing)


def test_the_events_list_gives_spare_room_to_the_place_not_the_date(qtbot, tmp_path):
    """The date column stood half empty while "Gasthaus zur Post, …" was cut."""
    from netzjournal.ui.events_tab.model import EventsModel

    w, journal = _window(qtbot, tmp_path)
    create_event(
        journal,
        EventRecord("Stammtisch Süd", D(2026, 12, 10), place="Gasthaus zur Post, München",
                    start_time=dt.time(19, 0)),
    )  # fmt: skip
    w.actions_.view_events.trigger()
    pane = w.events_pane
    pane.splitter.setSizes([900, 400])
    header = pane.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(EventsModel.PLACE) > 0)
    qtbot.wait(50)
    assert header.sectionSize(EventsModel.DATE) == pane.columns.wanted[EventsModel.DATE]
    # the room the date did not take went to the text columns; a usual place is whole
    assert header.sectionSize(EventsModel.PLACE) > pane.columns.wanted[EventsModel.PLACE]
    place = pane.table.fontMetrics().horizontalAdvance("Gasthaus zur Post, München")
    assert header.sectionSize(EventsModel.PLACE) > place


def test_a_long_place_is_cut_not_hidden_where_namesake_events_need_it(qtbot, tmp_path):
    """Importing the Essen "Stammtisch Süd" (a place ~30 characters long) hid the place
    column: two "Stammtisch Süd" series stood in the list alike, the name column wide
    and half empty."""
    from netzjournal.ui.events_tab.model import EventsModel

    w, journal = _window(qtbot, tmp_path)
    for place, day in (("Gasthaus zur Post, München", 10), ("Brauhaus Goldene Möwe, Essen", 29)):
        create_event(journal, EventRecord("Stammtisch Süd", D(2026, 12, day), place=place,
                                          rrule="FREQ=MONTHLY"))  # fmt: skip
    create_event(journal, EventRecord("Frankfurter Buchmesse", D(2026, 10, 14), D(2026, 10, 16),
                                      place="Messe Frankfurt"))  # fmt: skip
    w.actions_.view_events.trigger()
    pane = w.events_pane
    em = pane.table.fontMetrics().averageCharWidth()
    pane.splitter.setSizes([62 * em, 60 * em])
    header = pane.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(EventsModel.NAME) > 0)
    qtbot.wait(50)
    assert not header.isSectionHidden(EventsModel.PLACE)
    name = pane.table.fontMetrics().horizontalAdvance("Frankfurter Buchmesse")
    assert header.sectionSize(EventsModel.NAME) > name  # names whole first
    assert header.sectionSize(EventsModel.PLACE) > 10 * em


def test_a_single_events_page_stays_together_at_the_top(qtbot, tmp_path):
    """Without a series' table the page's room went into the gaps between its lines:
    title, date, "My answer" and the buttons stood a hand's width apart."""
    w, journal = _window(qtbot, tmp_path)
    create_event(journal, EventRecord("Netzwerk-Frühstück", TODAY + dt.timedelta(days=3),
                                      place="Café Luitpold, München"))  # fmt: skip
    w.actions_.view_events.trigger()
    page = w.events_pane.page
    qtbot.waitUntil(lambda: page.occurrence is not None)
    qtbot.wait(50)
    assert not page.series_table.isVisible()
    line = page.fontMetrics().height()
    for label in (page.title, page.details, page.people_caption):
        assert label.height() < label.sizeHint().height() + line, label.text()
    assert page.people.height() > 4 * line


def test_an_invitation_s_description_stands_apart_from_its_address(qtbot, tmp_path):
    """The DESCRIPTION began on the line right under the address (the German walk)."""
    from PySide6.QtGui import QTextDocument

    w, journal = _window(qtbot, tmp_path)
    create_event(journal, EventRecord(
        "Vertriebler-Stammtisch", TODAY + dt.timedelta(days=3),
        place="Brauhaus Schönbuch, Bolzstraße 10, 70173 Stuttgart",
        notes="Hallo zusammen,\n\nGäste willkommen!\n"))  # fmt: skip
    w.actions_.view_events.trigger()
    page = w.events_pane.page
    qtbot.waitUntil(lambda: page.occurrence is not None)
    shown = QTextDocument()
    shown.setHtml(page.details.text())
    lines = shown.toPlainText().replace("\u2028", "\n").split("\n")
    at = lines.index("Brauhaus Schönbuch, Bolzstraße 10, 70173 Stuttgart")
    assert lines[at + 1 :] == ["", "Hallo zusammen,", "", "Gäste willkommen!"]


def test_no_events_yet_is_a_line_of_text_never_a_current_row(qtbot, tmp_path):
    """The empty list's „Noch keine Veranstaltungen“ was drawn as the current item
    (highlighted) once the list had the focus; the group headings are no stops."""
    w, journal = _window(qtbot, tmp_path)
    w.actions_.view_events.trigger()
    table = w.events_pane.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert w.events_pane.model.rowCount() == 1
    assert not table.currentIndex().isValid()
    assert not table.selectionModel().hasSelection()
    _stammtisch(journal)  # (a heading, then the evenings: the arrow keys skip the heading)
    w.events_pane._reload()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.currentIndex().data(OCCURRENCE_ROLE) is not None


def test_the_events_lists_have_the_rows_of_the_other_views(qtbot, tmp_path):
    """Qt's default rows were ~25 % taller in the events lists than in contacts and notes."""
    w, journal = _window(qtbot, tmp_path)
    _stammtisch(journal)
    w.actions_.view_events.trigger()
    pane = w.events_pane
    contacts_row = w.contacts.table.verticalHeader().defaultSectionSize()
    assert pane.table.verticalHeader().defaultSectionSize() == contacts_row
    assert pane.page.series_table.verticalHeader().defaultSectionSize() == contacts_row


def test_who_came_lists_people_as_the_contacts_table_sorts(qtmodeltester, journal):
    """People noted at an evening (no "was there" recorded) were listed by first name,
    "Anton Zeller" before "Zora Albers", while the contacts table sorts by family name."""
    from netzjournal.store.interactions import create_interaction

    s = _stammtisch(journal)
    ids = [create_contact(journal, person(g, f)).value.id
           for g, f in (("Anton", "Zeller"), ("Zora", "Albers"), ("Jan", "de Vries"))]  # fmt: skip
    past = ensure_occurrence(journal, s.id, D(2026, 10, 13)).value
    create_interaction(journal, note(dt.datetime(2026, 10, 13, 20), ids, kind="event",
                                     event_id=past))  # fmt: skip
    model = OccurrencesModel()
    model.load(journal, s.id, TODAY + dt.timedelta(days=90), TODAY)
    qtmodeltester.check(model)
    rows = {
        model.index(r, 0).data(OCCURRENCE_ROLE).occurrence_on: model.index(r, 2).data()
        for r in range(model.rowCount())
    }
    assert rows[D(2026, 10, 13)] == "3 · Zora Albers; Jan de Vries; Anton Zeller"


def test_namesakes_coming_to_an_evening_are_told_apart_and_never_break_at_a_dot(qtbot, journal):
    """Two Ute Groß with nothing else known read alike; a line ended "Anna Schmidt ·"."""
    from netzjournal.ui.events_tab.page import EventPage

    s = _stammtisch(journal)
    make = lambda *a, **kw: create_contact(journal, person(*a, **kw)).value.id  # noqa: E731
    utes = [make("Ute", "Groß"), make("Ute", "Groß")]
    anna = make("Anna", "Schmidt", organisation="Stadtwerke München", city="München")
    eid = ensure_occurrence(journal, s.id, D(2026, 12, 8)).value
    for cid in (*utes, anna):
        set_attendance(journal, eid, cid, "going")
    page = EventPage(journal, lambda: TODAY)
    qtbot.addWidget(page)
    page.show_occurrence(occurrences(journal, D(2026, 12, 8), D(2026, 12, 8))[0])
    lines = [page.attendance.index(r, 0).data() for r in range(page.attendance.rowCount())]
    assert [line.split("\u00a0–")[0] for line in lines] == [  # Groß before Schmidt
        "Ute Groß (1)",
        "Ute Groß (2)",
        "Anna Schmidt\u00a0·\u00a0Stadtwerke München\u00a0·\u00a0München",
    ]
    for text in lines:
        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
        while (at := finder.toNextBoundary()) != -1:
            assert not text[:at].rstrip().endswith("·"), (text, at)
            assert not text[at:].lstrip().startswith("·"), (text, at)
    # The series' table names them apart too (an evening ahead: who said yes).
    model = page.series_model
    days = [model.index(r, 0).data(OCCURRENCE_ROLE).occurrence_on for r in range(model.rowCount())]
    row = days.index(D(2026, 12, 8))
    assert "Ute Groß (1); Ute Groß (2)" in model.index(row, 2).data()
    # The page keeps its labels between evenings: a namesake written since is heard.
    third = make("Ute", "Groß", city="Kiel")
    page.show_occurrence(occurrences(journal, D(2026, 12, 8), D(2026, 12, 8))[0])
    assert "Ute Groß (1); Ute Groß (2)" in model.index(row, 2).data()
    set_attendance(journal, eid, third, "going")
    page.show_occurrence(occurrences(journal, D(2026, 12, 8), D(2026, 12, 8))[0])
    assert "Ute Groß (1); Ute Groß (2); Ute Groß · Kiel" in model.index(row, 2).data()
    rec = get_contact(journal, third)
    rec.city = ""  # now alike in everything: a place among them
    update_contact(journal, rec)
    page.show_occurrence(occurrences(journal, D(2026, 12, 8), D(2026, 12, 8))[0])
    assert "Ute Groß (1); Ute Groß (2); Ute Groß (3)" in model.index(row, 2).data()


def test_delete_is_offered_only_while_an_event_is_shown(qtbot, tmp_path):
    """A new journal's events page offered Delete… with nothing to delete, and a click
    did nothing (the fresh-eyes walk). It is live while an event is shown."""
    w, journal = _window(qtbot, tmp_path)
    w.show_view(EVENTS)
    pane = w.events_pane
    assert pane.page.occurrence is None
    assert not pane.delete_button.isEnabled() and pane.new_button.isEnabled()
    _stammtisch(journal)
    qtbot.waitUntil(lambda: pane.page.occurrence is not None, timeout=5000)
    assert pane.delete_button.isEnabled()
    pane.page.show_occurrence(None)  # (as when the shown event is deleted elsewhere)
    assert not pane.delete_button.isEnabled()
    journal.close()


def test_a_read_only_journal_offers_no_event_action_that_writes(qtbot, tmp_path):
    """Opened read-only (a write-protected disk), the tool bar's New contact and Quick
    note are off — but on the events page New event, Import .ics, Delete, Edit, Debrief,
    the answer, adding a person, Met here and Remove stayed live, and each only said
    "nothing was saved" after the person had filled it in (the fresh-eyes walk, a
    read-only mount). They are off; the list, the search and who came still show."""
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal)
    create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht"))
    _stammtisch(journal)
    journal.close()
    journal = Journal.open(where.journal, read_only=True)
    w = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    w.actions_.view_events.trigger()
    pane, page = w.events_pane, w.events_pane.page
    assert page.occurrence is not None  # an evening is shown
    for button in (pane.new_button, pane.import_button, pane.delete_button):
        assert not button.isEnabled(), button.objectName()
    for widget in (page.my_status, page.debrief, page.edit, page.picker, page.status,
                   page.note, page.remove, page.met_here, page.differ):  # fmt: skip
        assert not widget.isEnabled(), widget
    assert pane.search.isEnabled() and pane.table.isEnabled() and page.people.isEnabled()
    journal.close()


def test_events_view_says_a_calendar_cut_short_and_a_file_that_is_none_in_its_words(
    qtbot, tmp_path
):
    """A calendar cut short imports what came before it and says so; a file that is no
    calendar is refused in the window's words (it showed icalendar's English: "This is
    not a calendar file we can read (Found no components where exactly one is
    required: …)" inside the German window)."""
    from conftest import REPO

    w, journal = _window(qtbot, tmp_path)
    w.show_view(EVENTS)
    said: list[str] = []

    def read(box):
        said.append(box.text())
        box.accept()

    when_modal(read)
    pane = w.events_pane
    pane.import_file(str(REPO / "tests" / "data" / "events" / "cut-short.WRITTEN.ics"))
    qtbot.waitUntil(lambda: bool(said))
    cut = pane.tr(
        "The file is cut short inside “%1”: that event was not imported, everything before it was."
    )
    assert cut.replace("%1", "Barcamp Dresden") in said[0]
    assert {e.name for e in list_events(journal)} == {"HR-Netzwerk Hamburg", "Karrieretag Leipzig"}
    none = tmp_path / "notes.ics"
    none.write_text("Liebe Grüße\nund bis bald\n", encoding="utf-8")
    when_modal(read)
    pane.import_file(str(none))
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[1] == pane.tr(
        "This file is not a calendar (.ics) that can be read. Nothing was imported."
    )
    journal.close()


def test_no_past_heading_stands_over_nothing(qtmodeltester, journal):
    """A new journal with only evenings ahead showed a "Past" heading with nothing under
    it (the fresh-eyes walk); it shows once there is a past event, also one older than
    the list's first screen (found by scrolling)."""
    create_event(journal, EventRecord("Barcamp", TODAY + dt.timedelta(days=3)))
    model = EventsModel(journal, lambda: TODAY)
    model.reload()
    qtmodeltester.check(model)
    headings = [model.index(r, 0).data() for r in range(model.rowCount())
                if model.occurrence(r) is None]  # fmt: skip
    assert headings == ["Upcoming"]
    create_event(journal, EventRecord("Damals", TODAY - dt.timedelta(days=3 * 365)))
    # (A model of its own: the model tester fetches more inside its own checks.)
    model = EventsModel(journal, lambda: TODAY)
    model.reload()
    headings = [model.index(r, 0).data() for r in range(model.rowCount())
                if model.occurrence(r) is None]  # fmt: skip
    assert headings == ["Upcoming", "Past"]  # (over events the list fetches on scrolling)
    assert "Damals" not in [model.occurrence(r).name for r in range(model.rowCount())
                            if model.occurrence(r) is not None]  # fmt: skip


def test_an_invitation_series_called_off_and_an_older_mail_are_said_in_the_result(qtbot, tmp_path):
    """Google's "delete all events" calls the Stammtisch off from today (TODAY, 22
    November) on; the invitation read after it is older and said so."""
    w, journal, said = _invitations_read(
        qtbot, tmp_path, "stammtisch-series", "stammtisch-cancel-series", "stammtisch-series"
    )
    pane = w.events_pane
    assert said[1:] == [
        pane.tr("Changed by an update or a cancellation: %1").replace("%1", "1")
        + "\n" + f"Cancelled from {texts.format_date(D(2026, 12, 8))} on: "
        "Vertriebler-Stammtisch München",
        pane.tr("Older invitations not taken (already more current here): %1"
                ).replace("%1", "1"),
    ]  # fmt: skip
    rows = [pane.model.occurrence(r) for r in range(pane.model.rowCount())]
    evenings = sorted(o.starts_on for o in rows if o and o.name.startswith("Vertriebler"))
    assert evenings[-1] == D(2026, 11, 10)  # (nothing after the cancellation)
    journal.close()


def test_the_settings_keep_the_user_s_own_addresses_and_refuse_what_is_none(qtbot, tmp_path):
    from netzjournal.store.reading import own_addresses
    from netzjournal.ui.settings_dialog import SettingsDialog

    w, journal = _window(qtbot, tmp_path)
    dialog = SettingsDialog(w.paths, journal, w)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.own_addresses.setText("Kemal.Aydin@example.de; kemal@privat")
    said: list[str] = []

    def read(box):
        said.append(box.text())
        box.accept()

    when_modal(read)
    dialog.accept()
    assert said == [dialog.tr("This is not an e-mail address: %1").replace("%1", "kemal@privat")]
    assert dialog.isVisible() and own_addresses(journal) == set()  # (nothing saved yet)
    dialog.own_addresses.setText("Kemal.Aydin@example.de, k.aydin@privat.example")
    dialog.accept()
    assert own_addresses(journal) == {"kemal.aydin@example.de", "k.aydin@privat.example"}
    again = SettingsDialog(w.paths, journal, w)
    qtbot.addWidget(again)
    assert again.own_addresses.text() == "k.aydin@privat.example, kemal.aydin@example.de"
    journal.close()


# Outlook's export, its long lines folded as Outlook folds them.
_OUTLOOK_INVITATION = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
BEGIN:VEVENT\r
ATTENDEE;CN="Jürgen Schäfer";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:\r
 mailto:juergen.schaefer@example.com\r
ATTENDEE;CN=claire.dubois@example.com;ROLE=OPT-PARTICIPANT;PARTSTAT={mine};\r
 RSVP=TRUE:mailto:Claire.Dubois@example.com\r
DTSTART;VALUE=DATE:{day}\r
ORGANIZER;CN="Jürgen Schäfer":mailto:juergen.schaefer@example.com\r
SUMMARY:{name}\r
UID:{name}-outlook\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_own_addresses_entered_after_an_import_give_the_answers_in_its_invitations(qtbot, tmp_path):
    """Claire imported her Outlook calendar, then entered her address in Settings, whose
    hint promises that her answer in an imported invitation becomes hers here: the
    kick-off she accepted in Outlook said "My answer: –". One she answered here by hand
    keeps that answer."""
    from netzjournal.interchange import ical_in
    from netzjournal.store.events import set_my_status
    from netzjournal.ui.settings_dialog import SettingsDialog

    w, journal = _window(qtbot, tmp_path)
    for name, day, mine in (("Kick-off", "20261208", "ACCEPTED"),
                            ("Workshop", "20261209", "TENTATIVE"),
                            ("Review", "20261210", "DECLINED")):  # fmt: skip
        text = _OUTLOOK_INVITATION.format(name=name, day=day, mine=mine)
        ical_in.import_events(journal, ical_in.parse(text.encode()), today=TODAY)
    by_name = {e.name: e for e in list_events(journal)}
    assert {n: e.my_status for n, e in by_name.items()} == {
        "Kick-off": "",
        "Workshop": "",
        "Review": "",
    }  # (no address of hers known yet)
    set_my_status(journal, by_name["Review"].id, "going")  # (she changed her mind here)
    dialog = SettingsDialog(w.paths, journal, w)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.own_addresses.setText("claire.dubois@example.com")
    dialog.accept()
    assert {e.name: e.my_status for e in list_events(journal)} == {
        "Kick-off": "going",
        "Workshop": "maybe",
        "Review": "going",
    }
    journal.close()


_OUTLOOK_MEETING = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
BEGIN:VEVENT\r
DTSTART:20261203T140000Z\r
ORGANIZER;CN="Hélène Lefèvre":mailto:Helene.Lefevre@example.com\r
{status}SUMMARY:{name}\r
UID:{name}-outlook\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_cancelled_meeting_s_page_names_its_organiser_as_other_events_do(qtbot, tmp_path):
    """Claire's Outlook meeting that Hélène (a contact, by her address) called off:
    its page named her nowhere — a meeting on shows her among who is coming (the
    import links her), one called off links nobody. The page says who invited."""
    from netzjournal.interchange import ical_in
    from netzjournal.store.records import Channel

    w, journal = _window(qtbot, tmp_path)
    address = Channel("email", "helene.lefevre@example.com")
    helene = create_contact(journal, person("Hélène", "Lefèvre", channels=[address])).value
    for name, status in (("Pre-read", "STATUS:CANCELLED\r\n"), ("Steering", "")):
        text = _OUTLOOK_MEETING.format(name=name, status=status)
        ical_in.import_events(journal, ical_in.parse(text.encode()), today=TODAY)
    by_name = {e.name: e for e in list_events(journal)}
    assert by_name["Pre-read"].cancelled and not by_name["Steering"].cancelled
    w.show_view(EVENTS)
    pane, page = w.events_pane, w.events_pane.page
    assert pane.select_key((by_name["Pre-read"].id, None))
    assert "Invited by Hélène Lefèvre" in page.details.text()
    assert page.attendance.rowCount() == 0 and page.invitees.isHidden()
    # The meeting on: she is among the people, not named twice.
    assert pane.select_key((by_name["Steering"].id, None))
    assert [r.contact_id for r in page.attendance.rows] == [helene.id]
    assert "Invited by" not in page.details.text()
    journal.close()


def test_no_answer_for_one_evening_of_a_series_i_go_to_shows_no_answer(qtbot, tmp_path):
    from netzjournal.store.events import set_my_status

    w, journal = _window(qtbot, tmp_path)
    s = _stammtisch(journal)
    set_my_status(journal, s.id, "going")  # (the series accepted)
    qtbot.keyClick(w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    pane = w.events_pane
    assert pane.select_key((s.id, D(2026, 11, 10)))
    page = pane.page
    assert page.my_status.currentData() == "going"
    page.my_status.setFocus()
    qtbot.keyClick(page.my_status, Qt.Key.Key_Home)  # "–"
    pane.refresher.flush()

    def shown() -> dict[dt.date, str]:
        return {o.occurrence_on: o.my_status
                for o in occurrences(journal, D(2026, 10, 1), D(2026, 12, 31))}  # fmt: skip

    assert shown() == {D(2026, 10, 13): "going", D(2026, 11, 10): "", D(2026, 12, 8): "going"}
    assert pane.select_key((s.id, D(2026, 11, 10)))
    assert page.my_status.currentData() == ""
    assert page.my_status.currentText() == "–"
    w.undo_stack.undo()  # (back to the series' answer)
    pane.refresher.flush()
    assert shown()[D(2026, 11, 10)] == "going"
    assert pane.select_key((s.id, D(2026, 11, 10)))
    assert page.my_status.currentData() == "going"
    # The fresh walk: with no event chosen, the greyed answer was the last event's.
    page.show_occurrence(None)
    assert (page.my_status.currentText(), page.my_status.isEnabled()) == ("–", False)
    journal.close()


def test_a_series_re_invited_after_its_call_off_is_on_again_in_the_list(qtbot, tmp_path):
    from conftest import REPO

    w, journal, said = _invitations_read(qtbot, tmp_path, "stammtisch-series")
    (series,) = list_events(journal)
    anna = create_contact(journal, person("Anna", "Roth")).value
    december = ensure_occurrence(journal, series.id, D(2026, 12, 8)).value
    set_attendance(journal, december, anna.id, "going")
    pane = w.events_pane
    folder = REPO / "tests" / "data" / "events" / "invitations"
    for name in ("stammtisch-cancel-series", "stammtisch-reinvite"):  # (on TODAY, 22 Nov)
        when_modal(lambda box: (said.append(box.text()), box.accept()))
        pane.import_file(str(folder / f"{name}.WRITTEN.ics"))
    pane.refresher.flush()
    assert said[2].endswith(
        pane.tr("Changed by an update or a cancellation: %1").replace("%1", "1")
        + "\nChanged: the series Vertriebler-Stammtisch München"
    )
    rows = [pane.model.occurrence(r) for r in range(pane.model.rowCount())]
    shown = {o.starts_on: o.cancelled for o in rows if o and o.starts_on < D(2027, 2, 1)}
    # (January's evening, cancelled on its own, is its own row; the plain later
    # evenings are folded under December's: shown when asked for)
    assert shown == {D(2026, 9, 8): False, D(2026, 10, 13): False, D(2026, 11, 10): True,
                     D(2026, 12, 8): False, D(2027, 1, 12): True}  # fmt: skip
    assert pane.select_key((series.id, D(2027, 1, 12)))
    assert pane.page.occurrence.cancelled
    journal.close()


def test_a_past_evening_asks_whether_i_was_there_not_whether_i_go(qtbot, tmp_path):
    """Ahead: "I'm going"; past: "I was there" / "I wasn't there"; a yes given before
    the evening is said as one after it, in the page and in the list."""
    from netzjournal.store.events import set_my_status

    w, journal = _window(qtbot, tmp_path)
    s = _stammtisch(journal)
    w.show_view(EVENTS)
    pane, page = w.events_pane, w.events_pane.page

    def offered() -> list[str]:
        return [page.my_status.itemData(i) for i in range(page.my_status.count())]

    assert pane.select_key((s.id, D(2026, 12, 8)))  # ahead
    assert offered() == ["", "going", "maybe", "declined"]
    assert pane.select_key((s.id, D(2026, 11, 10)))  # past
    assert offered() == ["", "attended", "missed"]
    assert page.my_status.itemText(2) == "I wasn't there"
    set_my_status(journal, ensure_occurrence(journal, s.id, D(2026, 11, 10)).value, "going")
    pane.refresher.flush()
    assert pane.select_key((s.id, D(2026, 11, 10)))
    assert offered() == ["", "attended", "missed", "going"]
    assert page.my_status.currentText() == "I had said yes"
    row = pane.model.row_of((s.id, D(2026, 11, 10)))
    name = pane.model.index(row, EventsModel.NAME)
    assert name.data(Qt.ItemDataRole.ToolTipRole).endswith("My answer: I had said yes")
    page.my_status.setCurrentIndex(page.my_status.findData("attended"))
    page.my_status.activated.emit(page.my_status.currentIndex())
    pane.refresher.flush()
    row = pane.model.row_of((s.id, D(2026, 11, 10)))
    name = pane.model.index(row, EventsModel.NAME)
    assert name.data(Qt.ItemDataRole.ToolTipRole).endswith("My answer: I was there")
    journal.close()


def test_the_people_column_says_who_else_and_my_answer_is_marked_at_the_name(qtbot, tmp_path):
    """„Personen“ counts the others (it said „Ich gehe hin“ when nobody else was
    counted, as if I were the people); my answer is a mark before the name, said
    in its tooltip and to a screen reader."""
    from uihelpers import in_language

    from netzjournal.store.events import set_my_status

    w, journal = _window(qtbot, tmp_path)
    s = _stammtisch(journal)
    december = ensure_occurrence(journal, s.id, D(2026, 12, 8)).value
    set_my_status(journal, december, "going")
    w.show_view(EVENTS)
    pane = w.events_pane
    model = pane.model
    row = model.row_of((s.id, D(2026, 12, 8)))
    assert model.index(row, EventsModel.PEOPLE).data() == ""
    name = model.index(row, EventsModel.NAME)
    assert not name.data(Qt.ItemDataRole.DecorationRole).isNull()
    with in_language("en"):  # (the English plural, as the app installs it)
        assert name.data(Qt.ItemDataRole.ToolTipRole) == (
            "Part of a series\n11 more occurrences · monthly; every occurrence is in the table"
            " on its page\nMy answer: I'm going"
        )
    assert name.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", My answer: I'm going")
    anna = create_contact(journal, person("Anna", "Roth")).value
    set_attendance(journal, december, anna.id, "going")
    pane.refresher.flush()
    row = model.row_of((s.id, D(2026, 12, 8)))
    people = model.index(row, EventsModel.PEOPLE)
    assert people.data() == "Said yes: 1"
    assert people.data(Qt.ItemDataRole.ToolTipRole) == "Said yes: Anna Roth"
    # No answer: no mark.
    row = model.row_of((s.id, D(2026, 11, 10)))
    assert model.index(row, EventsModel.NAME).data(Qt.ItemDataRole.DecorationRole) is None
    journal.close()


def test_the_cancelled_evening_s_question_fits_the_page_at_800_px_in_german(qtbot, tmp_path):
    """„Ich war nicht da“ and „Hat doch stattgefunden“ side by side were wider than the
    event's page at 800×600: the second button ran under the page's scroll bar, cut.
    The answers wrap instead."""
    from uihelpers import in_language, settle

    from netzjournal.store.events import set_my_status, update_occurrence

    with in_language("de"):
        w, journal = _window(qtbot, tmp_path)
        s = _stammtisch(journal)
        november = ensure_occurrence(journal, s.id, D(2026, 11, 10)).value
        update_occurrence(journal, s.id, D(2026, 11, 10), cancelled=True, by_organiser=True)
        set_my_status(journal, november, "attended")
        w.resize(800, 600)
        w.show_view(EVENTS)
        pane, page = w.events_pane, w.events_pane.page
        assert pane.select_key((s.id, D(2026, 11, 10)))
        settle()
        assert page.cancelled_question.isVisible()
        viewport = page.parentWidget()
        for button in (page.not_there, page.took_place):
            right = button.mapTo(viewport, button.rect().topRight()).x()
            assert right < viewport.width(), (button.text(), right, viewport.width())
            assert button.width() >= button.sizeHint().width()
        journal.close()


def test_a_past_evening_s_people_column_says_who_had_said_yes_not_who_is_coming(qtbot, tmp_path):
    """An evening that is over and only has people who had said yes: the column said
    "Coming: 1" (a promise for a day that is gone) while the page said "said they'd
    come". One answer, one wording in each language: "Said yes" ahead and after, as the
    page's "said yes" (in German both are „Zugesagt“); never "Coming" for a past one."""
    w, journal = _window(qtbot, tmp_path)
    s = _stammtisch(journal)
    november = ensure_occurrence(journal, s.id, D(2026, 11, 10)).value
    december = ensure_occurrence(journal, s.id, D(2026, 12, 8)).value
    anna = create_contact(journal, person("Anna", "Roth")).value
    set_attendance(journal, november, anna.id, "going")
    set_attendance(journal, december, anna.id, "going")
    w.show_view(EVENTS)
    model = w.events_pane.model
    past = model.index(model.row_of((s.id, D(2026, 11, 10))), EventsModel.PEOPLE)
    assert past.data() == "Said yes: 1"
    assert past.data(Qt.ItemDataRole.ToolTipRole) == "Said yes: Anna Roth"
    assert "Coming" not in past.data(Qt.ItemDataRole.ToolTipRole)
    ahead = model.index(model.row_of((s.id, D(2026, 12, 8))), EventsModel.PEOPLE)
    assert ahead.data() == "Said yes: 1"
    assert ahead.data(Qt.ItemDataRole.ToolTipRole) == "Said yes: Anna Roth"
    journal.close()


def test_a_cancelled_evening_i_said_i_was_at_asks_whether_it_took_place(qtbot, tmp_path):
    """Called off, yet „Ich war da“ (struck through, asked nothing): the page asks.
    „Ich war nicht da“ says so; „Sie fand doch statt“ takes the cancellation back
    and keeps my answer. Each one undo step; answered, the question is gone."""
    from netzjournal.store.events import get_event, set_my_status, update_occurrence

    w, journal = _window(qtbot, tmp_path)
    s = _stammtisch(journal)
    november = ensure_occurrence(journal, s.id, D(2026, 11, 10)).value
    update_occurrence(journal, s.id, D(2026, 11, 10), cancelled=True, by_organiser=True)
    set_my_status(journal, november, "attended")
    w.show_view(EVENTS)
    pane, page = w.events_pane, w.events_pane.page
    assert pane.select_key((s.id, D(2026, 11, 10)))
    assert page.cancelled_question.isVisible()
    qtbot.mouseClick(page.not_there, Qt.MouseButton.LeftButton)
    pane.refresher.flush()
    assert get_event(journal, november).my_status == "missed"
    assert not page.cancelled_question.isVisible()
    w.undo_stack.undo()
    pane.refresher.flush()
    assert get_event(journal, november).my_status == "attended"
    assert pane.select_key((s.id, D(2026, 11, 10)))
    assert page.cancelled_question.isVisible()
    qtbot.mouseClick(page.took_place, Qt.MouseButton.LeftButton)
    pane.refresher.flush()
    evening = get_event(journal, november)
    assert (evening.cancelled, evening.my_status) == (False, "attended")
    assert not page.cancelled_question.isVisible()
    # A single event alike.
    fair = create_event(journal, EventRecord("Messe", D(2026, 10, 1), cancelled=True)).value
    set_my_status(journal, fair.id, "attended")
    pane.refresher.flush()
    assert pane.select_key((fair.id, None))
    qtbot.mouseClick(page.took_place, Qt.MouseButton.LeftButton)
    pane.refresher.flush()
    assert not get_event(journal, fair.id).cancelled
    journal.close()


def test_an_import_names_the_event_a_cancellation_or_an_update_changed(qtbot, tmp_path):
    """Outlook's cancellation is named as the journal has the event, not as
    „Abgesagt: …“ its subject says; in German as the user reads it."""
    w, journal, said = _invitations_read(
        qtbot, tmp_path, "fruehstueck-request", "fruehstueck-update", "fruehstueck-cancel"
    )
    day = texts.format_date(D(2026, 10, 25))
    assert said[1].splitlines()[-1] == f"Changed: Vertriebsfrühstück Süd on {day}"
    assert said[2].splitlines()[-1] == f"Cancelled: Vertriebsfrühstück Süd on {day}"
    pane = w.events_pane
    assert pane._changed_line("cancelled", "X", D(2026, 12, 12)) == pane.tr(
        "Cancelled: %1 on %2"
    ).replace("%1", "X").replace("%2", texts.format_date(D(2026, 12, 12)))
    journal.close()


def test_who_an_invitation_names_and_is_no_contact_is_on_its_page_and_can_become_one(
    qtbot, tmp_path
):
    """Sabine (organiser), Kemal (no answer yet) and Jonas (accepted) are no contacts:
    all three are named on the event, as the invitation gives them; Jonas made a
    contact is linked by id as having said he'd come, and leaves the list; undo
    takes him back out. The user's own address is never listed."""
    w, journal, event, _made = _breakfast_invitation_shown(qtbot, tmp_path)
    box = w.events_pane.page.invitees
    assert not box.isHidden()
    shown = [box.model.index(r, 0).data() for r in range(box.model.rowCount())]
    nb = "\u00a0"
    assert shown == [
        f"Sabine Huber{nb}– organiser\nsabine.huber@vertrieb-sued.example",
        f"Jonas Brandl{nb}– said{nb}yes\nj.brandl@example.de",
    ]
    box.view.setCurrentIndex(box.model.index(1, 0))

    def fill(editor):
        record = editor.record()
        assert (record.given_name, record.family_name) == ("Jonas", "Brandl")
        assert [(c.kind, c.value) for c in record.channels] == [("email", "j.brandl@example.de")]
        editor.accept()

    when_modal(fill)
    box.add.click()
    w.events_pane.refresher.flush()
    (jonas,) = [r for r in attendance(journal, [event.id])[event.id]]
    assert get_contact(journal, jonas.contact_id).family_name == "Brandl"
    assert jonas.status == "going"
    assert [box.model.row_at(r).address for r in range(box.model.rowCount())] == [
        "sabine.huber@vertrieb-sued.example"
    ]
    w.undo_stack.undo()
    w.events_pane.refresher.flush()
    assert attendance(journal, [event.id]).get(event.id, []) == []
    assert box.model.rowCount() == 2
    journal.close()


def test_at_800_by_600_with_the_coach_the_events_list_names_its_events(qtbot, tmp_path):
    """Beside the coach the list had room for its date column only: a column of bare
    dates. Each row now says the event's name under its date (two lines); with room
    again, the name has its own column."""
    w, journal = _window(qtbot, tmp_path)
    create_event(journal, EventRecord("Vertriebler-Stammtisch München", D(2026, 12, 10),
                                      start_time=dt.time(19, 0)))  # fmt: skip
    w.resize(800, 600)
    w.coach_dock.set_collapsed(False)
    w.coach_dock.show()
    w.actions_.view_events.trigger()
    pane = w.events_pane
    # Room for the date column only: since the coach gives way at 800 px (a share of
    # the window), the English list there also fits the name; the list made as
    # narrow as the page beside it leaves it (a dragged splitter, the German labels).
    pane.splitter.setSizes([230, 2000])
    model, header = pane.model, pane.table.horizontalHeader()
    row = next(r for r in range(model.rowCount()) if model.occurrence(r) is not None)
    qtbot.waitUntil(lambda: header.sectionSize(EventsModel.DATE) > 0)
    qtbot.wait(50)
    shown = [c for c in range(4) if not header.isSectionHidden(c)]
    texts = [str(model.index(row, c).data()) for c in shown]
    assert any("Vertriebler-Stammtisch München" in t for t in texts), texts
    assert shown == [EventsModel.DATE]  # (the room there is beside the coach)
    day = texts[0].splitlines()[0]
    assert texts[0] == day + "\nVertriebler-Stammtisch München"
    assert pane.table.rowHeight(row) >= 2 * pane.table.fontMetrics().height()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Event"
    w.resize(1400, 800)
    pane.splitter.setSizes([900, 400])
    qtbot.waitUntil(lambda: not header.isSectionHidden(EventsModel.NAME))
    assert model.index(row, EventsModel.DATE).data() == texts[0].splitlines()[0]
    assert pane.table.rowHeight(row) < 2 * pane.table.fontMetrics().height()
    journal.close()


def test_met_here_first_and_remove_wait_for_a_person_chosen_in_the_list(qtbot, journal):
    """With nobody in "Who was there" (or nobody chosen) "Met here first" and
    "Remove…" were on, and a click did nothing."""
    from netzjournal.ui.events_tab.page import EventPage

    s = _stammtisch(journal)
    a = create_contact(journal, person("Anna", "Müller", organisation="Stadtwerke")).value
    eid = ensure_occurrence(journal, s.id, D(2026, 11, 10)).value
    set_attendance(journal, eid, a.id)
    page = EventPage(journal, lambda: TODAY)
    qtbot.addWidget(page)
    evenings = {o.starts_on: o for o in occurrences(journal, D(2026, 10, 13), D(2026, 11, 10))}
    page.show_occurrence(evenings[D(2026, 10, 13)])  # nobody was there
    assert page.attendance.rowCount() == 0
    assert not page.remove.isEnabled() and not page.met_here.isEnabled()
    page.show_occurrence(evenings[D(2026, 11, 10)])  # Anna, not yet chosen
    assert page.attendance.rowCount() == 1
    assert not page.remove.isEnabled() and not page.met_here.isEnabled()
    page.people.setCurrentIndex(page.attendance.index(0, 0))
    assert page.remove.isEnabled() and page.met_here.isEnabled()
    page.show_occurrence(evenings[D(2026, 10, 13)])
    assert not page.remove.isEnabled() and not page.met_here.isEnabled()


def _breakfast_invitation_shown(qtbot, tmp_path, *namesakes, own=("kemal.aydin@example.de",)):
    """The Vertriebsfrühstück's invitation imported through the events page, with these
    contacts made first and ``own`` as the user's addresses; the window on the event."""
    from conftest import REPO

    from netzjournal.store.catalog import set_setting
    from netzjournal.store.reading import OWN_ADDRESSES

    w, journal = _window(qtbot, tmp_path)
    made = [create_contact(journal, c).value.id for c in namesakes]
    if own:
        set_setting(journal, OWN_ADDRESSES, list(own))
    w.show_view(EVENTS)
    when_modal(lambda box: box.accept())
    folder = REPO / "tests" / "data" / "events" / "invitations"
    w.events_pane.import_file(str(folder / "fruehstueck-request.WRITTEN.ics"))
    w.events_pane.refresher.flush()
    (event,) = list_events(journal)
    assert w.events_pane.select_key((event.id, None))
    return w, journal, event, made


def _invitation_with_jonas(qtbot, tmp_path, *namesakes):
    """The Vertriebsfrühstück's invitation read, with these contacts made first; the
    window on the event, Jonas Brandl (accepted, j.brandl@example.de) chosen."""
    w, journal, event, made = _breakfast_invitation_shown(qtbot, tmp_path, *namesakes)
    box = w.events_pane.page.invitees
    (row,) = [r for r in range(box.model.rowCount()) if "Jonas" in box.model.row_at(r).name]
    box.view.setCurrentIndex(box.model.index(row, 0))
    return w, journal, event, box, made


def test_an_invitee_whose_name_a_contact_has_is_offered_as_that_contact_not_made_twice(
    qtbot, tmp_path
):
    """„Jonas Brändl“ (no e-mail, LinkedIn) is a contact; the invitation names „Jonas
    Brandl“ at an address. „Als Kontakt anlegen …“ asks whether it is him (names
    folded as the journal matches them): yes links him by id as having said he'd
    come and adds the address to him; no second contact is made; undo takes both
    back."""
    w, journal, event, box, (jonas,) = _invitation_with_jonas(
        qtbot, tmp_path, person("Jonas", "Brändl", organisation="Brandl Consulting")
    )
    count = contact_count(journal)
    asked: list[str] = []

    def yes(b):
        asked.append(b.text())
        assert b.checkBox().isChecked()  # (the address is added unless the user says no)
        (link,) = [x for x in b.buttons() if x.text() == "Yes, link to this contact"]
        link.click()

    when_modal(yes)
    box.add.click()
    w.events_pane.refresher.flush()
    assert asked == ["Is “Jonas Brandl” (j.brandl@example.de) your contact "
                     "Jonas Brändl · Brandl Consulting?"]  # fmt: skip
    assert contact_count(journal) == count
    assert [(a.contact_id, a.status) for a in attendance(journal, [event.id])[event.id]] == [
        (jonas, "going")
    ]
    assert [c.value for c in get_contact(journal, jonas).channels] == ["j.brandl@example.de"]
    assert all("Jonas" not in box.model.row_at(r).name for r in range(box.model.rowCount()))
    w.undo_stack.undo()
    w.events_pane.refresher.flush()
    assert attendance(journal, [event.id]).get(event.id, []) == []
    assert get_contact(journal, jonas).channels == []
    assert get_contact(journal, jonas).family_name == "Brändl"
    journal.close()


def test_an_invitee_s_namesakes_are_each_offered_told_apart(qtbot, tmp_path):
    """Two contacts „Jonas Brandl“ (Munich and Hamburg): each is a button of its own,
    told apart; the one picked is linked by id. Without the address ticked, only the
    link is made."""
    w, journal, event, box, (munich, hamburg) = _invitation_with_jonas(
        qtbot, tmp_path, person("Jonas", "Brandl", city="München"),
        person("Jonas", "Brandl", city="Hamburg"),
    )  # fmt: skip
    offered: list[str] = []

    def pick_hamburg(b):
        offered.extend(x.text() for x in b.buttons())
        b.checkBox().setChecked(False)
        (there,) = [x for x in b.buttons() if "Hamburg" in x.text()]
        there.click()

    when_modal(pick_hamburg)
    box.add.click()
    w.events_pane.refresher.flush()
    assert "Jonas Brandl · München" in offered and "Jonas Brandl · Hamburg" in offered
    assert [(a.contact_id, a.status) for a in attendance(journal, [event.id])[event.id]] == [
        (hamburg, "going")
    ]
    assert get_contact(journal, hamburg).channels == []
    assert get_contact(journal, munich).channels == []
    journal.close()


def test_without_the_user_s_own_addresses_the_invitees_say_where_to_enter_them(qtbot, tmp_path):
    """Kemal (the user) is invited and no own address is set: he is listed, and a
    line says where to enter his addresses; entered, he and the line are gone."""
    from netzjournal.store.catalog import set_setting
    from netzjournal.store.reading import OWN_ADDRESSES

    w, journal, _event, _made = _breakfast_invitation_shown(qtbot, tmp_path, own=())
    box = w.events_pane.page.invitees
    addresses = [box.model.row_at(r).address for r in range(box.model.rowCount())]
    assert "kemal.aydin@example.de" in addresses
    assert box.own_hint.isVisible()
    assert "Settings → General" in box.own_hint.text()
    set_setting(journal, OWN_ADDRESSES, ["kemal.aydin@example.de"])
    box.show_occurrence(box.occurrence)
    addresses = [box.model.row_at(r).address for r in range(box.model.rowCount())]
    assert "kemal.aydin@example.de" not in addresses
    assert box.isVisible() and not box.own_hint.isVisible()
    journal.close()


def test_the_own_address_hint_is_a_link_that_opens_settings_at_that_field(qtbot, tmp_path):
    """The line under the guests is reached by Tab from their list and opened by
    Enter: Settings, with the cursor in „Ihre E-Mail-Adressen“."""
    w, journal, _event, _made = _breakfast_invitation_shown(qtbot, tmp_path, own=())
    box = w.events_pane.page.invitees
    w.activateWindow()
    box.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(box.view.hasFocus)
    qtbot.keyClick(box.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box.own_hint
    opened: list[str] = []

    def look(dialog) -> None:
        focused = dialog.focusWidget()
        opened.append(focused.objectName() if focused is not None else "")
        dialog.reject()

    when_modal(look)
    qtbot.keyClick(box.own_hint, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == ["ownAddresses"]
    journal.close()


def test_a_cancellation_of_an_evening_i_was_at_is_said_in_the_result(qtbot, tmp_path):
    w, journal = _window(qtbot, tmp_path)
    day = texts.format_date(D(2026, 11, 10))
    assert w.events_pane._changed_line("cancelled_was_there", "Stammtisch", D(2026, 11, 10)) == (
        f"Cancelled: Stammtisch on {day} (you had said you were there: please check)"
    )
    journal.close()


def test_import_ics_takes_every_file_named_in_its_dialog(qtbot, tmp_path, monkeypatch):
    """Three invitation mails named in the file dialog (typed, quoted, as a person
    does): all three are read, in turn, and one result names what they did; a file
    among them that is no calendar is named, the others still imported."""
    import shutil

    from conftest import REPO
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    from netzjournal.ui import file_places

    folder = tmp_path / "mails"
    folder.mkdir()
    source = REPO / "tests" / "data" / "events" / "invitations"
    names = ["fruehstueck-request", "fruehstueck-update", "fruehstueck-cancel"]
    for name in names:
        shutil.copy(source / f"{name}.WRITTEN.ics", folder / f"{name}.ics")
    (folder / "notes.ics").write_text("no calendar here\n", encoding="utf-8")
    monkeypatch.setattr(file_places, "start_at", lambda kind, name="": str(folder))
    w, journal = _window(qtbot, tmp_path)
    w.show_view(EVENTS)

    def type_names(dialog):
        assert isinstance(dialog, QFileDialog)
        line = dialog.findChild(QLineEdit)
        line.setText(" ".join(f'"{n}.ics"' for n in [*names, "notes"]))
        dialog.accept()

    said: list[str] = []

    def read(box):
        said.append(box.text())
        box.accept()

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", _widget_dialog_open_files)
    when_modal(type_names)
    when_modal(read, lambda b: isinstance(b, QMessageBox))
    w.events_pane.import_calendar()
    qtbot.waitUntil(lambda: bool(said))
    (event,) = list_events(journal)
    assert event.cancelled
    day = texts.format_date(D(2026, 10, 25))
    assert f"Cancelled: Vertriebsfrühstück Süd on {day}" in said[0]
    assert "Events and series imported: 1" in said[0]
    assert "notes.ics: this file cannot be read; not imported." in said[0]
    journal.close()


def _widget_dialog_open_files(parent, caption, folder, filters):
    """``QFileDialog.getOpenFileNames`` as Qt's own dialog (never a platform's), so
    that a test can type into it: the same mode and answer."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, caption, folder, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if not dialog.exec():
        return [], ""
    return dialog.selectedFiles(), dialog.selectedNameFilter()


def test_an_imported_invitation_is_shown_at_once(qtbot, tmp_path):
    """Stefan imported the Stuttgart Stammtisch's invitation: the page went on showing
    the Stammtisch Süd it showed before, and he had to look for the new one in the list.
    Now the list shows what was imported: its next evening."""
    from conftest import REPO

    w, journal = _window(qtbot, tmp_path)
    _stammtisch(journal)
    w.show_view(EVENTS)
    pane = w.events_pane
    pane.refresher.flush()
    assert pane.page.occurrence is not None and pane.page.occurrence.name == "Stammtisch Süd"
    when_modal(answer(QMessageBox.StandardButton.Ok))
    folder = REPO / "tests" / "data" / "events" / "invitations"
    pane.import_file(str(folder / "vertriebler-stammtisch-outlook.WRITTEN.ics"))
    pane.refresher.flush()
    shown = pane.page.occurrence
    assert shown is not None and shown.name == "Vertriebler-Stammtisch Stuttgart"
    rows = [pane.model.occurrence(r) for r in range(pane.model.rowCount())]
    first = next(o for o in rows if o is not None and o.name == shown.name)
    assert shown.key == first.key  # its first row: the next evening (or the latest)
    index = pane.table.selectionModel().currentIndex()
    assert pane.model.occurrence(index.row()) == shown
    journal.close()


def test_four_namesakes_of_an_invitee_are_each_shown_whole(qtbot, tmp_path):
    """Four contacts „Jonas Brandl“ at long-named firms: their buttons stood side by
    side, wider than the screen, each cut at its left („gt · Ruhrpott Redaktion“) —
    which Jonas was which could not be read. They stand one under another, whole."""
    firms = ("Weserbogen Logistik GmbH", "Nordlicht Medien GmbH & Co. KG",
             "Ruhrpott Redaktionsbüro", "Alpenglühen Touristik")  # fmt: skip
    w, journal, event, box, made = _invitation_with_jonas(
        qtbot, tmp_path, *(person("Jonas", "Brandl", organisation=f) for f in firms)
    )
    seen: list[tuple[str, int, int, int, int]] = []

    def look_and_pick(b):
        QApplication.processEvents()
        for x in b.buttons():
            left = x.mapTo(b, x.rect().topLeft()).x()
            seen.append((x.text(), left, left + x.width(), x.sizeHint().width(), b.width()))
        (there,) = [x for x in b.buttons() if "Ruhrpott" in x.text()]
        there.click()

    when_modal(look_and_pick)
    box.add.click()
    w.events_pane.refresher.flush()
    assert sum(any(f in text for f in firms) for text, *_ in seen) == 4
    for text, left, right, hint, width in seen:
        assert left >= 0 and right <= width, (text, left, right, width)
        assert right - left >= hint, (text, right - left, hint)
    assert [(a.contact_id, a.status) for a in attendance(journal, [event.id])[event.id]] == [
        (made[2], "going")
    ]
    journal.close()


def test_at_800_px_the_events_list_counts_the_people_under_the_name(qtbot, tmp_path):
    """Beside the coach the list showed the date and name only: who was met or is
    coming (the „Personen“ column) was nowhere. Rows with people say it on a third
    line (rows without stay two lines), and the date's tooltip names them."""
    w, journal = _window(qtbot, tmp_path)
    eid = create_event(journal, EventRecord("Vertriebler-Stammtisch München", D(2026, 12, 10),
                                            start_time=dt.time(19, 0))).value.id  # fmt: skip
    create_event(journal, EventRecord("Leeres Treffen", D(2026, 12, 11)))
    for given in ("Anna", "Bernd"):
        cid = create_contact(journal, person(given, "Brandt")).value.id
        set_attendance(journal, eid, cid, status="going")
    w.resize(800, 600)
    w.coach_dock.set_collapsed(False)
    w.coach_dock.show()
    w.actions_.view_events.trigger()
    pane = w.events_pane
    pane.splitter.setSizes([230, 2000])  # (only the date column's room: as the test above)
    model, header = pane.model, pane.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(EventsModel.DATE) > 0)
    qtbot.wait(50)
    assert header.isSectionHidden(EventsModel.PEOPLE)
    busy, empty = (
        next(r for r in range(model.rowCount())
             if (o := model.occurrence(r)) is not None and o.name == name)
        for name in ("Vertriebler-Stammtisch München", "Leeres Treffen")
    )  # fmt: skip
    lines = str(model.index(busy, EventsModel.DATE).data()).splitlines()
    assert lines[1:] == ["Vertriebler-Stammtisch München", "Said yes: 2"]
    assert len(str(model.index(empty, EventsModel.DATE).data()).splitlines()) == 2
    line = pane.table.fontMetrics().height()
    assert pane.table.rowHeight(busy) >= 3 * line > pane.table.rowHeight(empty)
    tip = str(model.index(busy, EventsModel.DATE).data(Qt.ItemDataRole.ToolTipRole))
    assert "Anna Brandt" in tip and "Bernd Brandt" in tip
    journal.close()


def test_at_800_by_600_with_the_coach_the_guest_rows_wrap_rather_than_cut(qtbot, tmp_path):
    """Beside the coach „kemal.aydin@example.de – noch keine Antwort“ was one unbreakable
    run (no-break spaces throughout), wider than the list: cut at the right. The answer
    may go to a line of its own now (kept whole, the dash with what it follows); every
    run fits the list's width."""
    import re

    from uihelpers import in_language, settle

    from netzjournal.store.records import Invitee

    with in_language("de"):
        w, journal, _event, _made = _breakfast_invitation_shown(qtbot, tmp_path, own=())
        w.resize(800, 600)
        w.coach_dock.set_collapsed(False)
        w.coach_dock.show()
        settle()
        box = w.events_pane.page.invitees
        assert box.isVisible() and box.model.rowCount() >= 2
        # (as an invitation without a CN names him: the address stands for the name)
        box.model.set_rows([*box.model.rows, Invitee("kemal.aydin@example.de")])
        settle()
        width = box.view.viewport().width()
        metrics = box.view.fontMetrics()
        rows = [str(box.model.index(r, 0).data()) for r in range(box.model.rowCount())]
        assert any("kemal.aydin@example.de" in t for t in rows), rows
        assert any("noch\u00a0keine\u00a0Antwort" in t for t in rows), rows
        for text in rows:
            for run in re.split(r"[ \n]+", text):
                assert metrics.horizontalAdvance(run) < width - 8, (run, width)
    journal.close()


def test_a_guest_who_is_no_contact_and_said_yes_is_counted_wherever_people_are(
    qtmodeltester, qtbot, tmp_path
):
    """An evening whose one „hat zugesagt“ was a guest who is no contact showed an
    empty „Personen“ cell (only contacts' answers were counted), while its page
    listed the guest. One count over both: the list, its tooltip (the guest by name,
    else by address), the line under the name at 800 px, the series table and the
    page agree. A series' guests are on each of its evenings (iCalendar: a series'
    ATTENDEE answers for every occurrence without its own), its contacts where the
    import linked them."""
    from netzjournal.store.catalog import set_setting
    from netzjournal.store.invitees import set_invitees
    from netzjournal.store.reading import OWN_ADDRESSES
    from netzjournal.store.records import Invitee

    w, journal = _window(qtbot, tmp_path)
    set_setting(journal, OWN_ADDRESSES, ["ich@example.de"])  # (none of the guests)
    breakfast = create_event(journal, EventRecord("Frühstück", D(2026, 12, 3))).value
    set_invitees(journal, breakfast.id, [
        Invitee("organiser@example.de", "Olaf Ort", "ACCEPTED", organiser=True),  # (organiser)
        Invitee("kemal.aydin@example.de", "", "ACCEPTED"),
        Invitee("tobias@example.de", "Tobias Maier", "NEEDS-ACTION"),
    ])  # fmt: skip
    s = _stammtisch(journal)
    set_invitees(journal, s.id, [Invitee("sabine@example.de", "Sabine Huber", "ACCEPTED")])
    anna = create_contact(journal, person("Anna", "Roth")).value
    set_attendance(journal, ensure_occurrence(journal, s.id, D(2026, 12, 8)).value, anna.id,
                   "going")  # fmt: skip
    w.show_view(EVENTS)
    pane, page = w.events_pane, w.events_pane.page
    model = pane.model
    qtmodeltester.check(model)

    def cell(key, role=Qt.ItemDataRole.DisplayRole):
        if model.row_of(key) is None:  # (a series' later evening: folded until asked for)
            assert pane.select_key(key)
        return model.index(model.row_of(key), EventsModel.PEOPLE).data(role)

    assert cell((breakfast.id, None)) == "Said yes: 1"
    assert cell((breakfast.id, None), Qt.ItemDataRole.ToolTipRole) == (
        "Said yes: kemal.aydin@example.de"
    )
    december = (s.id, D(2026, 12, 8))  # (the series' next evening)
    assert cell(december) == "Said yes: 2"
    assert cell(december, Qt.ItemDataRole.ToolTipRole) == "Said yes: Anna Roth; Sabine Huber"
    assert cell((s.id, D(2027, 1, 12))) == "Said yes: 1"  # (Sabine: every evening)
    model.set_names_under_dates(True)
    row = model.row_of((breakfast.id, None))
    assert model.index(row, EventsModel.DATE).data().splitlines()[-1] == "Said yes: 1"
    assert row in model.counted_rows()
    model.set_names_under_dates(False)
    # The page lists them where the list counts them.
    assert pane.select_key((breakfast.id, None))
    box = page.invitees
    assert not box.isHidden()
    assert [p.address for p in box.model.rows] == [
        "organiser@example.de", "kemal.aydin@example.de", "tobias@example.de"
    ]  # fmt: skip
    assert pane.select_key(december)
    assert [p.address for p in box.model.rows] == ["sabine@example.de"]
    series = page.series_model
    who = {series.occurrence(r).occurrence_on: series.index(r, 2).data()
           for r in range(series.rowCount())}  # fmt: skip
    assert who[D(2026, 12, 8)] == "2 · Said yes: Anna Roth; Sabine Huber"
    assert who[D(2027, 1, 12)] == "Said yes: Sabine Huber"
    assert pane.select_key((s.id, D(2027, 1, 12)))
    assert [p.address for p in box.model.rows] == ["sabine@example.de"]
    journal.close()


def test_the_file_menu_imports_a_calendar(qtbot, tmp_path, monkeypatch):
    """Jonas had his Google Calendar export and looked for its import in the File menu,
    beside "Import contacts…": it was only a button of the events view. File → Import
    calendar (.ics)… shows the events view and asks for the file; what it holds is
    imported there."""
    from conftest import REPO
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    from netzjournal.ui import file_places

    monkeypatch.setattr(
        file_places, "start_at", lambda kind, name="": str(REPO / "tests" / "data" / "events")
    )
    w, journal = _window(qtbot, tmp_path)
    assert w.tabs.currentIndex() != EVENTS
    file_menu = w.menuBar().actions()[0].menu()
    assert w.actions_.import_calendar in file_menu.actions()

    def type_name(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit).setText("ruhr-events.ics")
        dialog.accept()

    said: list[str] = []

    def read(box):
        said.append(box.text())
        box.accept()

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", _widget_dialog_open_files)
    when_modal(type_name)
    when_modal(read, lambda b: isinstance(b, QMessageBox))
    w.actions_.import_calendar.trigger()
    qtbot.waitUntil(lambda: bool(said))
    assert w.tabs.currentIndex() == EVENTS
    assert list_events(journal)
    journal.close()


def test_today_s_event_names_everyone_who_said_yes_under_who_is_coming(qtbot, journal):
    """Tonight's Stammtisch, „Zugesagt: 3“ in the list, and „Wer kommt“ named one:
    Jonas said yes in the invitation (a contact by his address, not recorded on this
    evening) and Lena is a guest the journal does not know. All three are named under
    „Wer kommt“; an evening called off names nobody as coming."""
    from dataclasses import replace

    from netzjournal.store.events import update_event
    from netzjournal.store.invitees import set_invitees
    from netzjournal.store.people import join_names
    from netzjournal.store.records import Channel, Invitee
    from netzjournal.ui.events_tab.page import EventPage

    anna = create_contact(journal, person("Anna", "Schmidt")).value.id
    jonas = person("Jonas", "Weber", channels=[Channel("email", "jonas@example.de")])
    create_contact(journal, jonas)
    tonight = create_event(journal, EventRecord("Stammtisch", TODAY, start_time=dt.time(19))).value
    set_attendance(journal, tonight.id, anna, "going")
    set_invitees(journal, tonight.id, [
        Invitee("orga@example.de", "Orga", "", True),
        Invitee("jonas@example.de", "Jonas Weber", "ACCEPTED"),
        Invitee("lena.vogt@example.de", "Lena Vogt", "ACCEPTED"),
        Invitee("tom@example.de", "Tom", "DECLINED"),
    ])  # fmt: skip
    page = EventPage(journal, lambda: TODAY, now=lambda: dt.time(10))
    qtbot.addWidget(page)
    (o,) = occurrences(journal, TODAY, TODAY)
    page.show_occurrence(o)
    assert page.people_caption.text() == "<b>Who is coming</b>"
    assert [a.contact_id for a in page.attendance.rows] == [anna]
    assert not page.said_yes.isHidden()
    expected = join_names(["Jonas Weber", "Lena Vogt"])
    assert page.said_yes.text() == f"Said yes to the invitation: {expected}"
    model = EventsModel(journal, lambda: TODAY)
    model.reload()
    row = model.row_of(o.key)
    assert model.index(row, EventsModel.PEOPLE).data() == "Said yes: 3"
    update_event(journal, replace(tonight, cancelled=True))
    (off,) = occurrences(journal, TODAY, TODAY)
    page.show_occurrence(off)
    assert page.said_yes.isHidden()


def test_at_800_px_without_the_coach_the_count_is_under_the_name(qtbot, tmp_path):
    """Without the coach the list has room for date, name and place but not for
    „Personen“: who is coming was nowhere to be seen. The count is a line under the
    name then (after a series' „n weitere Termine“), the row a line higher."""
    from uihelpers import in_language

    w, journal = _window(qtbot, tmp_path)
    place = "Augustiner Stammhaus, Neuhauser Str. 27"
    record = EventRecord("Vertriebler-Stammtisch München", D(2026, 12, 10),
                         start_time=dt.time(19, 0), place=place)  # fmt: skip
    eid = create_event(journal, record).value.id
    create_event(journal, EventRecord("Leeres Treffen", D(2026, 12, 11), place=place))
    for given in ("Anna", "Bernd"):
        cid = create_contact(journal, person(given, "Brandt")).value.id
        set_attendance(journal, eid, cid, status="going")
    with in_language("de"):
        w.resize(800, 600)
        w.coach_dock.set_collapsed(True)
        w.actions_.view_events.trigger()
        pane = w.events_pane
        total = sum(pane.splitter.sizes())
        pane.splitter.setSizes([420, total - 420])  # (as at 800 px in German)
        model, header = pane.model, pane.table.horizontalHeader()
        qtbot.waitUntil(lambda: header.sectionSize(EventsModel.DATE) > 0)
        qtbot.wait(50)
        assert not header.isSectionHidden(EventsModel.NAME)
        assert header.isSectionHidden(EventsModel.PEOPLE)
        busy, empty = (
            next(r for r in range(model.rowCount())
                 if (o := model.occurrence(r)) is not None and o.name == name)
            for name in ("Vertriebler-Stammtisch München", "Leeres Treffen")
        )  # fmt: skip
        name = str(model.index(busy, EventsModel.NAME).data())
        assert name.splitlines() == ["Vertriebler-Stammtisch München", "Zugesagt: 2"]
        assert model.index(empty, EventsModel.NAME).data() == "Leeres Treffen"
        line = pane.table.fontMetrics().height()
        assert pane.table.rowHeight(busy) >= 2 * line > pane.table.rowHeight(empty)
        # With room again, the count is in its column, not under the name.
        w.resize(1400, 800)
        pane.splitter.setSizes([1000, 400])
        qtbot.waitUntil(lambda: not header.isSectionHidden(EventsModel.PEOPLE))
        assert model.index(busy, EventsModel.NAME).data() == "Vertriebler-Stammtisch München"
        assert model.index(busy, EventsModel.PEOPLE).data() == "Zugesagt: 2"
    journal.close()
