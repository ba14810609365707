"""Guests' answers (iTIP METHOD REPLY) imported from .ics files: the answer mail a
guest sent, saved as a file, updates that guest's answer on the event, on one
evening of a series, or on the whole series."""

from __future__ import annotations

import datetime as dt

from conftest import REPO

from netzjournal.interchange import ical_in
from netzjournal.store.contacts import create_contact
from netzjournal.store.events import attendance, list_events, occurrence_row, occurrences
from netzjournal.store.invitees import guests_coming, invitees_of
from netzjournal.store.records import Channel, ContactRecord

D = dt.date
INVITATIONS = REPO / "tests" / "data" / "events" / "invitations"
TODAY = D(2026, 9, 1)


def _import(journal, *names, today=TODAY):
    events = [e for name in names for e in ical_in.read_events(INVITATIONS / name)]
    return ical_in.import_events(journal, events, today=today).value


def _contact(journal, given, family, email):
    record = ContactRecord(given_name=given, family_name=family,
                           channels=[Channel("email", email)])  # fmt: skip
    return create_contact(journal, record).value.id


def _only(journal, name):
    (event,) = [e for e in list_events(journal) if name in e.name]
    return event


def _answer(journal, row, address):
    return {p.address: p.answer for p in invitees_of(journal, row)}.get(address)


def _going(journal, row):
    return [(a.contact_id, a.status) for a in attendance(journal, [row]).get(row, [])]


def test_a_guest_s_yes_then_no_updates_their_answer_and_takes_back_coming(journal):
    kemal = _contact(journal, "Kemal", "Aydın", "kemal.aydin@example.de")
    _import(journal, "fruehstueck-request.WRITTEN.ics")
    breakfast = _only(journal, "Vertriebsfrühstück")
    assert _answer(journal, breakfast.id, "kemal.aydin@example.de") == "NEEDS-ACTION"
    assert _going(journal, breakfast.id) == []

    yes = _import(journal, "fruehstueck-reply-kemal-yes.WRITTEN.ics")
    assert (yes.created, yes.skipped, yes.replies, yes.refused) == (0, 0, {"ACCEPTED": 1}, [])
    assert len(list_events(journal)) == 1  # an answer makes no event of its own
    assert _answer(journal, breakfast.id, "kemal.aydin@example.de") == "ACCEPTED"
    assert _going(journal, breakfast.id) == [(kemal, "going")]

    no = _import(journal, "fruehstueck-reply-kemal-no.WRITTEN.ics")
    assert no.replies == {"DECLINED": 1}
    assert _answer(journal, breakfast.id, "kemal.aydin@example.de") == "DECLINED"
    assert _going(journal, breakfast.id) == []  # the later no took the yes back

    # The yes mail read again, after the no: older, so nothing changes.
    again = _import(journal, "fruehstueck-reply-kemal-yes.WRITTEN.ics")
    assert (again.replies, again.outdated) == ({}, 1)
    assert _answer(journal, breakfast.id, "kemal.aydin@example.de") == "DECLINED"
    assert _going(journal, breakfast.id) == []


def test_the_later_answer_wins_whatever_order_the_files_come_in(journal):
    _contact(journal, "Kemal", "Aydın", "kemal.aydin@example.de")
    # Both answers and the invitation in one import, the no before the yes.
    out = _import(journal, "fruehstueck-reply-kemal-no.WRITTEN.ics",
                  "fruehstueck-reply-kemal-yes.WRITTEN.ics",
                  "fruehstueck-request.WRITTEN.ics")  # fmt: skip
    breakfast = _only(journal, "Vertriebsfrühstück")
    assert out.created == 1
    assert _answer(journal, breakfast.id, "kemal.aydin@example.de") == "DECLINED"
    assert _going(journal, breakfast.id) == []
    # The organiser's update of 12 October says Kemal accepted after all: later than
    # his no (8 October), it counts; the no read once more after it is older.
    _import(journal, "fruehstueck-update.WRITTEN.ics")
    assert _answer(journal, breakfast.id, "kemal.aydin@example.de") == "ACCEPTED"
    again = _import(journal, "fruehstueck-reply-kemal-no.WRITTEN.ics")
    assert (again.replies, again.outdated) == ({}, 1)
    assert _answer(journal, breakfast.id, "kemal.aydin@example.de") == "ACCEPTED"


def test_an_update_mailed_before_a_guest_s_answer_does_not_take_it_back(journal, tmp_path):
    _import(journal, "fruehstueck-request.WRITTEN.ics")
    breakfast = _only(journal, "Vertriebsfrühstück")
    # Kemal's no, stamped after the organiser's update (12 October), read first.
    late = (INVITATIONS / "fruehstueck-reply-kemal-no.WRITTEN.ics").read_bytes()
    (tmp_path / "late-no.ics").write_bytes(late.replace(b"20261008T183000Z", b"20261013T090000Z"))
    out = ical_in.import_events(journal, ical_in.read_events(tmp_path / "late-no.ics"),
                                today=TODAY).value  # fmt: skip
    assert out.replies == {"DECLINED": 1}
    _import(journal, "fruehstueck-update.WRITTEN.ics")  # (says he accepted)
    assert _answer(journal, breakfast.id, "kemal.aydin@example.de") == "DECLINED"


def test_a_reply_finds_the_guest_by_address_only_and_needs_the_invitation(journal):
    # A namesake under another address is not the guest who answered.
    other = _contact(journal, "Kemal", "Aydın", "kemal@aydin-consulting.example")
    unknown = _import(journal, "fruehstueck-reply-kemal-yes.WRITTEN.ics")
    assert list_events(journal) == []  # no event made from an answer
    assert unknown.replies == {} and len(unknown.refused) == 1
    assert unknown.refused[0][0] == "Vertriebsfrühstück Süd"  # (not „Zugesagt: …“)
    _import(journal, "fruehstueck-request.WRITTEN.ics")
    _import(journal, "fruehstueck-reply-kemal-yes.WRITTEN.ics")
    breakfast = _only(journal, "Vertriebsfrühstück")
    assert _answer(journal, breakfast.id, "kemal.aydin@example.de") == "ACCEPTED"
    assert other not in [c for c, _ in _going(journal, breakfast.id)]


def test_answers_to_a_series_count_for_its_evenings_and_one_evening_s_for_that_one(journal):
    _import(journal, "stammtisch-series.WRITTEN.ics")
    series = _only(journal, "Stammtisch")
    out = _import(journal, "stammtisch-replies.WRITTEN.ics")
    assert out.replies == {"ACCEPTED": 2, "DECLINED": 1}
    evenings = occurrences(journal, D(2026, 10, 1), D(2026, 12, 31), [series.id])
    coming = guests_coming(journal, evenings)
    assert {o.starts_on: sorted(p.address for p in coming[o.key]) for o in evenings} == {
        day: ["kemal.aydin@example.de", "lena.vogt@example.de"]
        for day in (D(2026, 10, 13), D(2026, 11, 10), D(2026, 12, 8))
    }
    # Lena cannot come in November (an answer for that evening alone).
    november = _import(journal, "stammtisch-reply-november-no.WRITTEN.ics")
    assert november.replies == {"DECLINED": 1}
    evenings = occurrences(journal, D(2026, 10, 1), D(2026, 12, 31), [series.id])
    coming = guests_coming(journal, evenings)
    assert {o.starts_on: len(coming[o.key]) for o in evenings} == {
        D(2026, 10, 13): 2, D(2026, 11, 10): 1, D(2026, 12, 8): 2}  # fmt: skip
    row = occurrence_row(journal, series.id, D(2026, 11, 10))
    assert _answer(journal, row, "lena.vogt@example.de") == "DECLINED"
    assert _answer(journal, series.id, "lena.vogt@example.de") == "ACCEPTED"


def test_a_contact_s_yes_to_a_series_is_coming_at_its_next_evening_and_a_no_takes_it_back(
    journal,
):
    lena = _contact(journal, "Lena", "Vogt", "lena.vogt@example.de")
    _import(journal, "stammtisch-series.WRITTEN.ics")
    series = _only(journal, "Stammtisch")
    _import(journal, "stammtisch-replies.WRITTEN.ics", today=D(2026, 10, 14))
    november = occurrence_row(journal, series.id, D(2026, 11, 10))
    assert november is not None and _going(journal, november) == [(lena, "going")]
    _import(journal, "stammtisch-reply-november-no.WRITTEN.ics", today=D(2026, 10, 14))
    assert _going(journal, november) == []


def test_the_import_result_counts_the_answers_in_both_languages(qtbot, journal):
    from PySide6.QtGui import QUndoStack
    from uihelpers import in_language

    from netzjournal.ui.events import AppEvents
    from netzjournal.ui.events_tab.pane import EventsPane

    _import(journal, "stammtisch-series.WRITTEN.ics")
    count = _import(journal, "stammtisch-replies.WRITTEN.ics")
    pane = EventsPane(journal, AppEvents(journal), QUndoStack(), lambda: TODAY)
    qtbot.addWidget(pane)
    assert pane._result_text(count, [], []) == "Replies: 3 (2 yes, 1 no)"
    with in_language("de"):
        assert pane._result_text(count, [], []) == "Antworten: 3 (2 Zusagen, 1 Absage)"
        one = ical_in.ImportCount(replies={"TENTATIVE": 1, "ACCEPTED": 1})
        assert pane._result_text(one, [], []) == "Antworten: 2 (1 Zusage, 1 vielleicht)"
