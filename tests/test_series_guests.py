"""A series' guests, as iCalendar reads them: an ATTENDEE of the series (its master
VEVENT) answers for every evening of it that has no invitation of its own
(RECURRENCE-ID); an evening's own invitation replaces the series' for that evening.

Round one of session 35 put a series' guests on its next evening only: the past
evening the user debriefs lost them, and a series whose evenings are all past showed
them nowhere. The page, the list's „Personen“ count and tooltip, the line under the
name at 800 px, the series table and the debrief agree now.
"""

from __future__ import annotations

import datetime as dt

from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from uihelpers import seeded_window, when_modal

from netzjournal.store.contacts import create_contact
from netzjournal.store.events import (
    attendance,
    contacts_by_email,
    create_event,
    ensure_occurrence,
    occurrences,
)
from netzjournal.store.invitees import evening_guests, guests_coming, set_invitees
from netzjournal.store.records import Channel, EventRecord, Invitee
from netzjournal.ui.events_tab.debrief import DebriefDialog
from netzjournal.ui.events_tab.model import EventsModel
from netzjournal.ui.main_window import EVENTS

D = dt.date
SABINE = Invitee("sabine@example.de", "Sabine Huber", "ACCEPTED")
TOBIAS = Invitee("tobias.maier@example.de", "", "NEEDS-ACTION")
JONAS = Invitee("jonas@example.de", "Jonas Weber", "ACCEPTED")


_window = seeded_window


def _stammtisch(journal):
    """Monthly, second Tuesday, from January 2026 (TODAY is 22 November 2026)."""
    s = create_event(
        journal,
        EventRecord("Stammtisch Süd", D(2026, 1, 13), place="Brauhaus",
                    rrule="FREQ=MONTHLY;BYDAY=2TU", start_time=dt.time(19, 0)),
    ).value  # fmt: skip
    set_invitees(journal, s.id, [SABINE, TOBIAS])
    return s


def test_a_series_guests_are_on_each_evening_past_and_ahead_unless_it_has_its_own(
    qtmodeltester, qtbot, tmp_path
):
    w, journal = _window(qtbot, tmp_path)
    s = _stammtisch(journal)
    # February's evening has an invitation of its own: it replaces the series'.
    february = ensure_occurrence(journal, s.id, D(2027, 2, 9)).value
    set_invitees(journal, february, [JONAS])
    # A sprint whose evenings are all past: its guests were nowhere.
    sprint = create_event(
        journal, EventRecord("Sprint-Review", D(2026, 3, 2), rrule="FREQ=WEEKLY;COUNT=3")
    ).value
    set_invitees(journal, sprint.id, [SABINE])
    w.show_view(EVENTS)
    pane, page = w.events_pane, w.events_pane.page
    model = pane.model
    qtmodeltester.check(model)

    def cell(key, role=Qt.ItemDataRole.DisplayRole):
        if model.row_of(key) is None:  # (a series' later evening: folded until asked for)
            assert pane.select_key(key)
        return model.index(model.row_of(key), EventsModel.PEOPLE).data(role)

    november, december = (s.id, D(2026, 11, 10)), (s.id, D(2026, 12, 8))
    assert cell(november) == "Said yes: 1"  # (the evening the user debriefs)
    assert cell(november, Qt.ItemDataRole.ToolTipRole) == "Said yes: Sabine Huber"
    assert cell(december) == "Said yes: 1"
    assert cell((s.id, D(2027, 1, 12))) == "Said yes: 1"
    assert cell((s.id, D(2027, 2, 9)), Qt.ItemDataRole.ToolTipRole) == "Said yes: Jonas Weber"
    assert cell((sprint.id, D(2026, 3, 16))) == "Said yes: 1"
    model.set_names_under_dates(True)
    row = model.row_of(november)
    assert model.index(row, EventsModel.DATE).data().splitlines()[-1] == "Said yes: 1"
    assert row in model.counted_rows()
    model.set_names_under_dates(False)

    # The page: „Außerdem eingeladen …“ on the past evening, and the own invitation.
    box = page.invitees
    assert pane.select_key(november)
    assert not box.isHidden()
    assert [p.address for p in box.model.rows] == [SABINE.address, TOBIAS.address]
    assert pane.select_key((s.id, D(2027, 2, 9)))
    assert [p.address for p in box.model.rows] == [JONAS.address]
    assert pane.select_key((sprint.id, D(2026, 3, 2)))
    assert [p.address for p in box.model.rows] == [SABINE.address]

    # The series table says it on every row, as the list does.
    assert pane.select_key(november)
    table = page.series_model
    qtmodeltester.check(table)
    who = {table.occurrence(r).occurrence_on: table.index(r, 2).data()
           for r in range(table.rowCount())}  # fmt: skip
    assert who[D(2026, 11, 10)] == "Said yes: Sabine Huber"
    assert who[D(2026, 1, 13)] == "Said yes: Sabine Huber"
    assert who[D(2026, 12, 8)] == "Said yes: Sabine Huber"
    assert who[D(2027, 2, 9)] == "Said yes: Jonas Weber"
    journal.close()


def test_the_debrief_of_a_past_evening_lists_the_series_guests_who_said_yes(qtbot, journal):
    """„Mit Zusage auf der Liste“ names whom the list counts: the series' guest who
    accepted, as a new contact with the invitation's name and address; saving makes
    them a contact who was there (then known, no longer a guest)."""
    s = _stammtisch(journal)
    (o,) = occurrences(journal, D(2026, 11, 10), D(2026, 11, 10), [s.id])
    assert o.event_id is None  # (nothing recorded on that evening yet)
    stack = QUndoStack()
    dialog = DebriefDialog(journal, o, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [r.label for r in dialog.rows] == ["Sabine Huber · sabine@example.de (new)"]
    assert not dialog.said_yes.isHidden()
    assert "Sabine Huber · sabine@example.de" in dialog.said_yes.text()
    assert not dialog.dirty()  # (as it opened)
    dialog.rows[0].line.setText("Spricht auf dem Barcamp")
    dialog.save()
    assert dialog.saved is not None
    (made,) = dialog.saved.new_contacts
    assert contacts_by_email(journal, ["sabine@example.de"]) == {"sabine@example.de": made}
    (o,) = occurrences(journal, D(2026, 11, 10), D(2026, 11, 10), [s.id])
    assert evening_guests(journal, [o]).get(o.key, []) == [TOBIAS]
    stack.undo()
    assert evening_guests(journal, [o]).get(o.key, []) == [SABINE, TOBIAS]


def test_the_debrief_asks_whether_a_guest_is_the_contact_of_that_name(qtbot, journal):
    """A contact „Sabine Huber“ (no address) and the series' guest Sabine Huber who
    said yes: saving asks „Ist „Sabine Huber“ (sabine@…) Ihr Kontakt …?“ as the
    page's „Als Kontakt anlegen …“ does. Yes: she is that contact, by id, was there,
    and the guest is linked to her; nobody is made twice. Undo takes it all back.
    Cancel keeps the dialog open and saves nothing."""
    s = _stammtisch(journal)
    sabine = create_contact(journal, person("Sabine", "Huber", organisation="Huber PR")).value.id
    (o,) = occurrences(journal, D(2026, 11, 10), D(2026, 11, 10), [s.id])
    stack = QUndoStack()
    dialog = DebriefDialog(journal, o, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [r.label for r in dialog.rows] == ["Sabine Huber · sabine@example.de (new)"]
    asked: list[str] = []

    def cancel(box):
        asked.append(box.text())
        box.reject()

    when_modal(cancel)
    dialog.save()
    assert asked == ["Is “Sabine Huber” (sabine@example.de) your contact "
                     "Sabine Huber · Huber PR?"]  # fmt: skip
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.rows[0].contact_id is None  # (not picked by the cancelled question)

    def yes(box):
        asked.append(box.text())
        assert box.checkBox() is None  # (the debrief links; it adds no address)
        (link,) = [b for b in box.buttons() if b.text() == "Yes, link to this contact"]
        link.click()

    when_modal(yes)
    dialog.save()
    assert len(asked) == 2
    assert dialog.saved is not None
    assert dialog.saved.new_contacts == [] and dialog.saved.people == [sabine]
    event_id = dialog.saved.event_id
    assert [(a.contact_id, a.status) for a in attendance(journal, [event_id])[event_id]] == [
        (sabine, "attended")
    ]
    (o,) = occurrences(journal, D(2026, 11, 10), D(2026, 11, 10), [s.id])
    assert evening_guests(journal, [o]).get(o.key, []) == [TOBIAS]  # (she is known now)
    stack.undo()
    (o,) = occurrences(journal, D(2026, 11, 10), D(2026, 11, 10), [s.id])
    assert evening_guests(journal, [o]).get(o.key, []) == [SABINE, TOBIAS]
    assert contacts_by_email(journal, ["sabine@example.de"]) == {}


def test_the_debrief_lists_a_guest_who_said_yes_and_has_a_contacts_address_as_that_contact(
    qtbot, journal
):
    """The series' guest sabine@example.de said yes; the one contact with that address
    (under another name) is listed by id as having said yes, not made anew — as
    ``link_guests_by_address`` links her. An address two contacts share names no one."""
    s = _stammtisch(journal)
    mail = [Channel("email", "sabine@example.de")]
    her = create_contact(journal, person("Sabine", "Huber-Lenz", channels=mail)).value.id
    (o,) = occurrences(journal, D(2026, 11, 10), D(2026, 11, 10), [s.id])
    dialog = DebriefDialog(journal, o, QUndoStack())
    qtbot.addWidget(dialog)
    assert [(r.label, r.contact_id, r.new) for r in dialog.rows] == [
        ("Sabine Huber-Lenz", her, None)
    ]
    assert "Sabine Huber-Lenz" in dialog.said_yes.text()
    assert not dialog.dirty()
    create_contact(journal, person("Sabine", "Lenz", channels=list(mail)))
    again = DebriefDialog(journal, o, QUndoStack())
    qtbot.addWidget(again)
    assert again.rows == []  # (two contacts have it: neither is guessed)


def test_the_guests_of_a_years_evenings_take_the_same_few_queries_as_of_one(journal):
    """The events list asks for every row it shows: the count is cheap because it
    reads the invitations once for all rows, not once per row."""
    weekly = create_event(
        journal, EventRecord("Stammtisch", D(2026, 1, 6), rrule="FREQ=WEEKLY")
    ).value
    set_invitees(journal, weekly.id, [SABINE, TOBIAS])
    linked = create_contact(journal, person("Jonas", "Weber")).value.id
    set_invitees(journal, weekly.id, [SABINE, TOBIAS, JONAS])
    from netzjournal.store.invitees import set_invitee_contact

    set_invitee_contact(journal, [weekly.id], JONAS.address, linked)
    year = occurrences(journal, D(2026, 1, 1), D(2026, 12, 31), [weekly.id])
    assert len(year) == 52
    statements: list[str] = []
    conn = journal.connection()
    conn.set_trace_callback(statements.append)
    try:
        one = guests_coming(journal, year[:1])
        first = len(statements)
        statements.clear()
        every = guests_coming(journal, year)
    finally:
        conn.set_trace_callback(None)
    assert one == {year[0].key: [SABINE]}
    assert every == {o.key: [SABINE] for o in year}
    assert len(statements) == first <= 5, statements


def test_the_list_counts_a_series_contacts_and_guests_alike_and_none_when_cancelled(
    qtmodeltester, qtbot, tmp_path
):
    """Jonas is a contact, Sabine a guest the journal does not know; both accepted
    the series' invitation. The import records Jonas at the next evening only: the
    later evenings counted Sabine but not Jonas („Kommen: 1“). An evening called off
    counted its guests as coming."""
    from netzjournal.store.events import set_attendance, update_occurrence

    w, journal = _window(qtbot, tmp_path)
    s = _stammtisch(journal)
    jonas = create_contact(
        journal, person("Jonas", "Weber", channels=[Channel("email", JONAS.address)])
    ).value.id
    set_invitees(journal, s.id, [SABINE, TOBIAS, JONAS])
    december = ensure_occurrence(journal, s.id, D(2026, 12, 8)).value
    set_attendance(journal, december, jonas, "going")  # (as the import links him)
    update_occurrence(journal, s.id, D(2027, 1, 12), cancelled=True)
    w.show_view(EVENTS)
    pane = w.events_pane
    model = pane.model
    qtmodeltester.check(model)

    def cell(day, role=Qt.ItemDataRole.DisplayRole):
        key = (s.id, day)
        if model.row_of(key) is None:
            assert pane.select_key(key)
        return model.index(model.row_of(key), EventsModel.PEOPLE).data(role)

    assert cell(D(2026, 12, 8)) == "Said yes: 2"  # (Jonas once: recorded and invited)
    assert cell(D(2027, 2, 9)) == "Said yes: 2"
    tip = cell(D(2027, 2, 9), Qt.ItemDataRole.ToolTipRole)
    assert "Jonas Weber" in tip and "Sabine Huber" in tip
    assert cell(D(2027, 1, 12)) == ""  # called off: nobody is coming
    assert cell(D(2026, 11, 10)) == "Said yes: 2"

    assert pane.select_key((s.id, D(2026, 12, 8)))
    table = pane.page.series_model
    qtmodeltester.check(table)
    who = {table.occurrence(r).occurrence_on: table.index(r, 2).data()
           for r in range(table.rowCount())}  # fmt: skip
    assert "Jonas Weber" in who[D(2027, 2, 9)] and "Sabine Huber" in who[D(2027, 2, 9)]
    assert who[D(2027, 2, 9)].startswith("2 · Said yes: ")
    assert "Coming" not in who[D(2027, 1, 12)]
    journal.close()
