"""Invitation mails (iTIP, RFC 5546) read again and again, in any order: a series
called off as a whole, older mails after newer ones, the user's own answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from conftest import REPO
from dbfiles import connect as _dbconnect

from netzjournal.commands.events import DifferOccurrence, SaveEvent
from netzjournal.interchange import ical_in
from netzjournal.store.catalog import set_setting
from netzjournal.store.contacts import create_contact
from netzjournal.store.events import (
    attendance,
    ensure_occurrence,
    get_event,
    invitation_version,
    list_events,
    occurrence_row,
    occurrences,
    set_attendance,
    set_invitation_version,
    set_my_status,
    update_occurrence,
)
from netzjournal.store.journal import Journal, latest_schema
from netzjournal.store.reading import OWN_ADDRESSES
from netzjournal.store.records import Channel, ContactRecord

D = dt.date
INVITATIONS = REPO / "tests" / "data" / "events" / "invitations"
KEMAL = "kemal.aydin@example.de"  # the user in these mails

# (a single event's time is shown at this computer's hour: the tests' computer in Berlin)
pytestmark = pytest.mark.usefixtures("berlin_zone")


def _read(name):
    return ical_in.read_events(INVITATIONS / f"{name}.WRITTEN.ics")


NOW = D(2026, 11, 24)  # (the day the cancellation of the series was mailed)
FIRST, LAST = D(2026, 9, 1), D(2027, 12, 31)


def _take(j, name, today=NOW):
    return ical_in.import_events(j, _read(name), today=today).value


def _only(j, name):
    (event,) = [e for e in list_events(j) if name in e.name]
    return event


def _evenings(j, start=FIRST, end=LAST):
    return [(o.occurrence_on, o.cancelled) for o in occurrences(j, start, end)]


def _stammtisch_with_anna(journal):
    """Google's Stammtisch series; Anna Roth was there in October (so was I) and has
    said yes to December."""
    _take(journal, "stammtisch-series")
    series = _only(journal, "Stammtisch")
    anna = create_contact(journal, ContactRecord(given_name="Anna", family_name="Roth")).value
    october = ensure_occurrence(journal, series.id, D(2026, 10, 13)).value
    set_attendance(journal, october, anna.id, "attended", "Messe-Kontakte")
    set_my_status(journal, october, "attended")
    december = ensure_occurrence(journal, series.id, D(2026, 12, 8)).value
    set_attendance(journal, december, anna.id, "going")
    return series, anna, october, december


# -- a series called off as a whole -------------------------------------------------


def test_google_s_delete_all_events_calls_the_series_off_and_keeps_what_happened(journal):
    series, anna, october, december = _stammtisch_with_anna(journal)
    out = _take(journal, "stammtisch-cancel-series", today=D(2026, 11, 24))
    assert (out.created, out.updated, out.skipped) == (0, 1, 0)
    # What happened stays as it happened; from the cancellation on, nothing is on,
    # and the evening someone had said yes to is shown cancelled, not lost.
    assert _evenings(journal) == [
        (D(2026, 9, 8), False),
        (D(2026, 10, 13), False),
        (D(2026, 11, 10), False),
        (D(2026, 12, 8), True),
    ]
    assert get_event(journal, october).my_status == "attended"
    assert [(a.contact_id, a.status, a.note) for a in attendance(journal, [october])[october]] == [
        (anna.id, "attended", "Messe-Kontakte")
    ]
    assert [a.status for a in attendance(journal, [december])[december]] == ["going"]
    assert not get_event(journal, series.id).cancelled  # (its past is no cancelled event)
    # The same mail again: already there, nothing changes.
    again = _take(journal, "stammtisch-cancel-series", today=D(2026, 11, 30))
    assert (again.updated, again.skipped, again.outdated) == (0, 1, 0)
    assert _evenings(journal)[-1] == (D(2026, 12, 8), True)
    # The evening's own cancellation, sent earlier and read late, still cancels it.
    _take(journal, "stammtisch-cancel-november")
    assert (D(2026, 11, 10), True) in _evenings(journal)


def test_outlook_s_cancel_series_ends_a_counted_rule_before_today(journal):
    _take(journal, "jourfixe-series")
    out = _take(journal, "jourfixe-cancel-series", today=D(2026, 11, 20))
    assert out.updated == 1
    series = _only(journal, "Jour fixe")
    assert series.name == "Jour fixe Beraternetzwerk"  # (not Outlook's "Abgesagt: …")
    assert "COUNT" not in series.rrule and "UNTIL=20261112" in series.rrule
    assert _evenings(journal) == [
        (D(2026, 9, 17), False),
        (D(2026, 10, 1), False),
        (D(2026, 10, 15), True),  # (the EXDATE: cancelled before)
        (D(2026, 10, 29), False),
        (D(2026, 11, 12), False),
    ]


def test_a_series_called_off_before_its_first_evening_is_cancelled_throughout(journal):
    _take(journal, "stammtisch-series")
    out = _take(journal, "stammtisch-cancel-series", today=D(2026, 9, 1))
    assert out.updated == 1
    assert get_event(journal, _only(journal, "Stammtisch").id).cancelled
    evenings = _evenings(journal, D(2026, 9, 1), D(2027, 2, 28))
    assert len(evenings) == 6 and all(cancelled for _, cancelled in evenings)


def test_a_series_cancellation_read_before_its_invitation_leaves_no_live_series(journal):
    out = _take(journal, "stammtisch-cancel-series", today=D(2026, 11, 24))
    assert out.created == 1
    assert _evenings(journal) == [(D(2026, 9, 8), False), (D(2026, 10, 13), False),
                                  (D(2026, 11, 10), False)]  # fmt: skip
    later = _take(journal, "stammtisch-series")  # (the invitation, read after)
    assert (later.created, later.updated, later.outdated) == (0, 0, 1)
    assert len(_evenings(journal)) == 3


def test_a_series_re_invited_after_cancel_series_is_on_again_as_the_organiser_has_it(journal):
    # Google: the series, one evening (10 November) cancelled, then "delete all
    # events" on 24 November, then the series restored two days later (SEQUENCE 3,
    # the whole rule again, EXDATEs for 10 November and for January).
    series, anna, october, december = _stammtisch_with_anna(journal)
    update_occurrence(journal, series.id, D(2027, 2, 9), cancelled=True)  # (by hand, here)
    _take(journal, "stammtisch-cancel-november")
    _take(journal, "stammtisch-cancel-series", today=D(2026, 11, 24))
    out = _take(journal, "stammtisch-reinvite", today=D(2026, 11, 26))
    assert (out.created, out.updated, out.skipped, out.outdated) == (0, 1, 0, 0)
    assert _evenings(journal, FIRST, D(2027, 3, 31)) == [
        (D(2026, 9, 8), False),
        (D(2026, 10, 13), False),
        (D(2026, 11, 10), True),  # (cancelled, and excluded by the new invitation)
        (D(2026, 12, 8), False),  # (called off, and invited again)
        (D(2027, 1, 12), True),  # (the new invitation's EXDATE)
        (D(2027, 2, 9), True),  # (cancelled here by hand: the user's own)
        (D(2027, 3, 9), False),
    ]
    assert get_event(journal, october).my_status == "attended"
    assert [(a.contact_id, a.status, a.note) for a in attendance(journal, [october])[october]] == [
        (anna.id, "attended", "Messe-Kontakte")
    ]
    assert [a.status for a in attendance(journal, [december])[december]] == ["going"]
    assert "UNTIL" not in get_event(journal, series.id).rrule
    # The call-off, read again late, is older than the invitation that followed it.
    late = _take(journal, "stammtisch-cancel-series", today=D(2026, 11, 30))
    assert (late.updated, late.outdated) == (0, 1)
    assert (D(2026, 12, 8), False) in _evenings(journal)


def test_a_series_called_off_throughout_and_re_invited_is_on_again(journal):
    _take(journal, "stammtisch-series")
    series = _only(journal, "Stammtisch")
    september = ensure_occurrence(journal, series.id, D(2026, 9, 8)).value
    set_my_status(journal, september, "going")
    _take(journal, "stammtisch-cancel-series", today=D(2026, 9, 1))
    assert get_event(journal, september).cancelled
    # Another place for one called-off evening, left cancelled ("this evening only"
    # sends its cancelled box as it is): still the organiser's cancellation.
    (evening,) = occurrences(journal, D(2026, 10, 13), D(2026, 10, 13))
    DifferOccurrence(journal, evening, place="Hofbräuhaus", cancelled=True).do()
    _take(journal, "stammtisch-reinvite", today=D(2026, 9, 2))
    assert not get_event(journal, series.id).cancelled
    assert _evenings(journal, FIRST, D(2027, 2, 28)) == [
        (D(2026, 9, 8), False), (D(2026, 10, 13), False), (D(2026, 11, 10), True),
        (D(2026, 12, 8), False), (D(2027, 1, 12), True), (D(2027, 2, 9), False),
    ]  # fmt: skip
    assert get_event(journal, september).my_status == "going"


def test_an_evening_s_own_newer_cancellation_stays_after_an_older_series_update(journal):
    _take(journal, "stammtisch-series")
    series = _only(journal, "Stammtisch")
    _take(journal, "stammtisch-cancel-series", today=D(2026, 11, 24))  # SEQUENCE 2
    december = ensure_occurrence(journal, series.id, D(2026, 12, 8)).value
    update_occurrence(journal, series.id, D(2026, 12, 8), cancelled=True, by_organiser=True)
    set_invitation_version(journal, december, 4, "2026-11-27T10:00:00")  # (its own, newer)
    _take(journal, "stammtisch-reinvite", today=D(2026, 11, 26))  # SEQUENCE 3
    assert get_event(journal, december).cancelled


# -- mails out of order ---------------------------------------------------------------


def test_an_older_update_read_after_a_newer_one_is_left_out_and_said(journal):
    _take(journal, "fruehstueck-request")
    _take(journal, "fruehstueck-cancel")  # SEQUENCE 2
    late = _take(journal, "fruehstueck-update")  # SEQUENCE 1, mailed before the cancellation
    assert (late.created, late.updated, late.skipped, late.outdated) == (0, 0, 0, 1)
    breakfast = _only(journal, "Vertriebsfrühstück")
    assert breakfast.cancelled
    assert (breakfast.start_time, breakfast.place) == (  # (as first invited)
        dt.time(9), "Café Luitpold, Brienner Str. 11, München")  # fmt: skip
    assert invitation_version(journal, breakfast.id)[:2] == (2, "2026-10-20T09:00:00")


def test_within_one_sequence_the_later_dtstamp_counts(journal):
    set_setting(journal, OWN_ADDRESSES, [KEMAL])
    _take(journal, "afterwork-declined")  # SEQUENCE 0, stamped 20 November
    late = _take(journal, "afterwork-tentative")  # SEQUENCE 0, stamped 17 November
    assert (late.updated, late.skipped, late.outdated) == (0, 0, 1)
    assert _only(journal, "Afterwork").my_status == "declined"


def test_a_journal_from_before_keeps_its_events_and_takes_versions_from_then_on(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        ical_in.import_events(j, _read("fruehstueck-request"))
    # The journal as 0020 left it: no versions kept.
    raw = _dbconnect(path)
    before = 20
    raw.executescript(
        "ALTER TABLE event DROP COLUMN invitation_sequence;"
        "ALTER TABLE event DROP COLUMN invitation_stamp;"
        "ALTER TABLE event DROP COLUMN invitation_answer;"
        "DELETE FROM schema_migration WHERE name LIKE '0022%';"
        f"UPDATE meta SET value = '{before}' WHERE key = 'schema_version';"
        f"PRAGMA user_version = {before};"
    )
    raw.close()
    with Journal.open(path) as j:
        assert j.schema_version == latest_schema()
        breakfast = _only(j, "Vertriebsfrühstück")
        assert invitation_version(j, breakfast.id) == (None, None, "")
        moved = ical_in.import_events(j, _read("fruehstueck-update")).value  # (as before)
        assert moved.updated == 1
        assert invitation_version(j, breakfast.id)[0] == 1
        older = ical_in.import_events(j, _read("fruehstueck-request")).value
        assert older.outdated == 1
        assert _only(j, "Vertriebsfrühstück").start_time == dt.time(9, 30)


# -- the user's own answer ------------------------------------------------------------


def test_the_user_s_answer_in_an_invitation_becomes_their_answer_here(journal):
    set_setting(journal, OWN_ADDRESSES, [KEMAL])
    _take(journal, "fruehstueck-request")  # (NEEDS-ACTION: no answer yet)
    assert _only(journal, "Vertriebsfrühstück").my_status == ""
    out = _take(journal, "fruehstueck-update")  # accepted (and moved)
    assert out.updated == 1
    assert _only(journal, "Vertriebsfrühstück").my_status == "going"
    # Maybe, then no (a later mail of the same SEQUENCE; the address in another case).
    _take(journal, "afterwork-tentative")
    assert _only(journal, "Afterwork").my_status == "maybe"
    out = _take(journal, "afterwork-declined")
    assert (out.created, out.updated) == (0, 1)
    assert _only(journal, "Afterwork").my_status == "declined"


def test_an_answer_given_here_wins_over_the_invitation_s(journal):
    set_setting(journal, OWN_ADDRESSES, ["k.aydin@privat.example", KEMAL])
    _take(journal, "afterwork-tentative")
    afterwork = _only(journal, "Afterwork")
    set_my_status(journal, afterwork.id, "going")  # decided here
    _take(journal, "afterwork-declined")
    assert _only(journal, "Afterwork").my_status == "going"
    # An answer given here before any invitation said one stays too.
    _take(journal, "fruehstueck-request")
    breakfast = _only(journal, "Vertriebsfrühstück")
    set_my_status(journal, breakfast.id, "declined")
    _take(journal, "fruehstueck-update")  # (accepted elsewhere)
    assert _only(journal, "Vertriebsfrühstück").my_status == "declined"


def test_without_own_addresses_no_answer_is_read(journal):
    _take(journal, "afterwork-tentative")
    assert _only(journal, "Afterwork").my_status == ""
    # ... and another attendee's answer is never taken for the user's.
    set_setting(journal, OWN_ADDRESSES, ["lena.vogt@gmail.example.org"])
    _take(journal, "afterwork-declined")
    assert _only(journal, "Afterwork").my_status == ""


def test_no_answer_picked_for_one_evening_of_an_accepted_series_is_no_answer(journal):
    set_setting(journal, OWN_ADDRESSES, [KEMAL])
    _take(journal, "jourfixe-series")
    series = _only(journal, "Jour fixe")
    october = ensure_occurrence(journal, series.id, D(2026, 10, 1)).value
    anna = create_contact(journal, ContactRecord(given_name="Anna", family_name="Roth")).value
    set_attendance(journal, october, anna.id, "going")
    assert _answers(journal)[D(2026, 10, 1)] == "going"  # (a row, never answered: the series')
    set_my_status(journal, october, "")
    assert _answers(journal) == {D(2026, 9, 17): "going", D(2026, 10, 1): "",
                                 D(2026, 10, 15): "", D(2026, 10, 29): "going",
                                 D(2026, 11, 12): "going", D(2026, 11, 26): "going"}  # fmt: skip


def test_a_journal_from_before_0030_keeps_its_evenings_answers(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        set_setting(j, OWN_ADDRESSES, [KEMAL])
        ical_in.import_events(j, _read("jourfixe-series"))
        series = _only(j, "Jour fixe")
        missed = ensure_occurrence(j, series.id, D(2026, 10, 1)).value
        set_my_status(j, missed, "missed")
        ensure_occurrence(j, series.id, D(2026, 10, 29))  # (a row, no answer of its own)
    raw = _dbconnect(path)
    before = 26
    raw.executescript(
        "ALTER TABLE event DROP COLUMN my_status_own;"
        "ALTER TABLE event DROP COLUMN cancelled_by_organiser;"
        "DELETE FROM schema_migration WHERE name LIKE '0030%';"
        f"UPDATE meta SET value = '{before}' WHERE key = 'schema_version';"
        f"PRAGMA user_version = {before};"
    )
    raw.close()
    with Journal.open(path) as j:
        assert j.schema_version == latest_schema()
        shown = _answers(j)
        assert (shown[D(2026, 10, 1)], shown[D(2026, 10, 29)]) == ("missed", "going")


def _answers(j):
    return {o.occurrence_on: o.my_status for o in occurrences(j, D(2026, 9, 1), D(2026, 11, 30))}


def test_a_series_accepted_has_the_answer_on_every_evening_without_its_own(journal):
    set_setting(journal, OWN_ADDRESSES, [KEMAL])
    _take(journal, "jourfixe-series")
    series = _only(journal, "Jour fixe")
    october = ensure_occurrence(journal, series.id, D(2026, 10, 1)).value
    set_my_status(journal, october, "missed")
    shown = {o.occurrence_on: o.my_status for o in occurrences(journal, D(2026, 9, 1),
                                                                 D(2026, 11, 30))}  # fmt: skip
    assert shown == {D(2026, 9, 17): "going", D(2026, 10, 1): "missed",
                     D(2026, 10, 15): "", D(2026, 10, 29): "going",
                     D(2026, 11, 12): "going", D(2026, 11, 26): "going"}  # fmt: skip


# -- undo and the mails read meanwhile ------------------------------------------------


def test_an_edit_is_undone_after_a_newer_mail_that_changed_nothing_visible(journal):
    _take(journal, "fruehstueck-request")
    _take(journal, "fruehstueck-update")  # SEQUENCE 1
    breakfast = _only(journal, "Vertriebsfrühstück")
    edit = SaveEvent(journal, replace(breakfast, notes="Visitenkarten mitnehmen"))
    edit.do()
    # Outlook's update with only a longer description (the notes here are the user's):
    resent = _take(journal, "fruehstueck-resent")  # SEQUENCE 2
    assert (resent.updated, resent.skipped, resent.outdated) == (0, 1, 0)
    assert invitation_version(journal, breakfast.id)[:2] == (2, "2026-10-15T08:15:00")
    edit.undo()  # (refused before: "changed elsewhere")
    assert _only(journal, "Vertriebsfrühstück") == breakfast
    # The mail stays read: it is not taken a second time.
    assert invitation_version(journal, breakfast.id)[:2] == (2, "2026-10-15T08:15:00")
    again = _take(journal, "fruehstueck-resent")
    assert (again.updated, again.skipped) == (0, 1)
    edit.do()  # (redo)
    assert _only(journal, "Vertriebsfrühstück").notes == "Visitenkarten mitnehmen"


# -- who invited: the organiser of a series is a contact --------------------------------


def _person(j, given, family, email="", org=""):
    from netzjournal.store.records import Channel

    channels = [Channel("email", email)] if email else []
    record = ContactRecord(given_name=given, family_name=family, organisation=org,
                           channels=channels)  # fmt: skip
    return create_contact(j, record).value


def test_a_series_organiser_who_is_a_contact_is_coming_to_its_next_evening(journal):
    """Outlook's monthly series from Jürgen Schäfer, who is a contact with that
    address (another case, archived): he is linked by his id to the next evening,
    not his namesake without the address; nobody is linked to every evening."""
    from netzjournal.store.contacts import get_contact, update_contact

    juergen = _person(journal, "Jürgen", "Schäfer", "Juergen.Schaefer@duerr.example", "Dürr AG")
    update_contact(journal, replace(get_contact(journal, juergen.id), archived=True))
    namesake = _person(journal, "Jürgen", "Schäfer", org="Bosch")
    read = ical_in.read_events(INVITATIONS / "vertriebler-stammtisch-outlook.WRITTEN.ics")
    ical_in.import_events(journal, read, today=D(2026, 11, 30))
    series = _only(journal, "Stammtisch")
    first = [o for o in occurrences(journal, D(2026, 12, 1), D(2026, 12, 31), [series.id])]
    assert [o.occurrence_on for o in first] == [D(2026, 12, 3)]
    (evening,) = first
    rows = attendance(journal, [evening.event_id]).get(evening.event_id, [])
    assert [(a.contact_id, a.status) for a in rows] == [(juergen.id, "going")]
    assert namesake.id not in {a.contact_id for a in rows}
    january = occurrences(journal, D(2027, 1, 1), D(2027, 1, 31), [series.id])
    assert [o.event_id for o in january] == [None]  # (no row made for the later ones)


def test_a_series_invitation_read_late_links_its_next_evening(journal):
    juergen = _person(journal, "Jürgen", "Schäfer", "juergen.schaefer@duerr.example")
    read = ical_in.read_events(INVITATIONS / "vertriebler-stammtisch-outlook.WRITTEN.ics")
    ical_in.import_events(journal, read, today=D(2027, 2, 5))  # (the 4 Feb evening is past)
    series = _only(journal, "Stammtisch")
    linked = {
        o.occurrence_on: [
            a.contact_id for a in attendance(journal, [o.event_id]).get(o.event_id, [])
        ]
        for o in occurrences(journal, FIRST, D(2028, 1, 1), [series.id])
        if o.event_id
    }
    assert linked == {D(2027, 3, 4): [juergen.id]}


def test_an_organiser_nobody_or_two_contacts_have_makes_no_evening_row(journal):
    read = ical_in.read_events(INVITATIONS / "vertriebler-stammtisch-outlook.WRITTEN.ics")
    ical_in.import_events(journal, read, today=D(2026, 11, 30))  # nobody has the address
    series = _only(journal, "Stammtisch")
    assert all(o.event_id is None
               for o in occurrences(journal, FIRST, D(2028, 1, 1), [series.id]))  # fmt: skip
    _person(journal, "Jürgen", "Schäfer", "juergen.schaefer@duerr.example")
    other = _person(journal, "Jürgen", "Schäfer", "juergen.schaefer@duerr.example", "Zweitkonto")
    assert other.id  # two contacts share the address now: it tells no one
    read[0] = replace(read[0], sequence=1)  # (Outlook's update of the series)
    ical_in.import_events(journal, read, today=D(2026, 11, 30))
    assert all(o.event_id is None
               for o in occurrences(journal, FIRST, D(2028, 1, 1), [series.id]))  # fmt: skip


def test_who_a_series_invitation_names_is_kept_and_made_a_contact_linked_to_its_next_evening(
    journal,
):
    """Google names the organiser and Kemal (the user; its CN is the address): the
    organiser is the one the journal does not know. Made a contact, they are linked
    by id to the series' next evening (as the import links a contact by address),
    in one undo step that also removes the evening row it made; the cancellation
    mailed later keeps who the invitation named and is named in the result."""
    from netzjournal.commands.events import AddInvitee
    from netzjournal.store.events import occurrence_row
    from netzjournal.store.invitees import unknown_invitees
    from netzjournal.store.records import Channel

    set_setting(journal, OWN_ADDRESSES, [KEMAL])
    _take(journal, "stammtisch-series")
    series = _only(journal, "Stammtisch")
    (organiser,) = unknown_invitees(journal, [None, series.id])
    assert (organiser.address, organiser.name, organiser.organiser, organiser.coming) == (
        "stammtisch.muc@gmail.example", "Vertriebler-Stammtisch München", True, True,
    )  # fmt: skip
    assert occurrence_row(journal, series.id, D(2026, 12, 8)) is None
    (evening,) = [o for o in occurrences(journal, D(2026, 12, 8), D(2026, 12, 8))]
    record = ContactRecord(given_name="Stammtisch", family_name="München",
                           channels=[Channel("email", organiser.address)])  # fmt: skip
    command = AddInvitee(journal, record, evening, organiser.coming, NOW)
    made = command.do().value
    row = occurrence_row(journal, series.id, D(2026, 12, 8))
    assert row is not None
    assert [(a.contact_id, a.status) for a in attendance(journal, [row])[row]] == [(made, "going")]
    assert unknown_invitees(journal, [None, series.id]) == []
    command.undo()
    assert occurrence_row(journal, series.id, D(2026, 12, 8)) is None
    assert unknown_invitees(journal, [None, series.id]) == [organiser]
    out = _take(journal, "stammtisch-cancel-november")
    assert out.changed == [("cancelled", "Vertriebler-Stammtisch München", D(2026, 11, 10))]
    assert unknown_invitees(journal, [None, series.id]) == [organiser]


def test_who_a_later_invitation_names_neither_refuses_an_undo_nor_is_undone(journal):
    """Who the invitation names is a fact about the mails read, as their version is:
    an import that changes only that after the user's step leaves the step undoable,
    and the undo keeps it."""
    from netzjournal.commands.events import SetMyStatus
    from netzjournal.store.invitees import set_invitees, unknown_invitees
    from netzjournal.store.records import Invitee

    _take(journal, "fruehstueck-request")
    event = _only(journal, "Vertriebsfrühstück")
    (o,) = [o for o in occurrences(journal, event.starts_on, event.starts_on)]
    step = SetMyStatus(journal, o, "attended")
    step.do()
    newcomer = Invitee("neu@example.de", "Nina Neu", "ACCEPTED")
    set_invitees(journal, event.id, [newcomer])  # (as a later update would)
    step.undo()
    assert get_event(journal, event.id).my_status == ""
    assert unknown_invitees(journal, [event.id]) == [newcomer]


def test_whether_an_invitee_is_a_contact_is_asked_through_an_index(journal):
    """The event page asks it on each show: without migration 0034's index a scan
    of every e-mail channel (~10 ms CPU on 50,000 contacts)."""
    plan = (
        journal.connection()
        .execute(
            "EXPLAIN QUERY PLAN SELECT lower(value) FROM contact_channel WHERE kind = 'email'"
            " AND lower(value) IN (SELECT value FROM json_each(?))",
            ('["anna@example.de"]',),
        )
        .fetchall()
    )
    assert any("contact_channel_email" in str(row[-1]) for row in plan), plan


def test_a_redo_of_an_invitee_made_a_contact_brings_back_the_same_id(journal):
    """A later step holds the contact by id: the redo puts them back under it (as the
    quick note's newcomers come back), linked again to the evening — also when a
    contact made meanwhile took the next free id."""
    from netzjournal.commands.events import AddInvitee
    from netzjournal.store.contacts import get_contact
    from netzjournal.store.events import occurrence_row
    from netzjournal.store.invitees import unknown_invitees
    from netzjournal.store.records import Channel

    set_setting(journal, OWN_ADDRESSES, [KEMAL])
    _take(journal, "stammtisch-series")
    series = _only(journal, "Stammtisch")
    (organiser,) = unknown_invitees(journal, [None, series.id])
    (evening,) = [o for o in occurrences(journal, D(2026, 12, 8), D(2026, 12, 8))]
    record = ContactRecord(given_name="Stammtisch", family_name="München",
                           channels=[Channel("email", organiser.address)])  # fmt: skip
    command = AddInvitee(journal, record, evening, organiser.coming, NOW)
    made = command.do().value
    # (meanwhile a sync brings a contact: the next free id is no longer the undone one's)
    create_contact(journal, ContactRecord(given_name="Anna", family_name="Roth"))
    command.undo()
    assert command.do().value == made
    assert get_contact(journal, made).family_name == "München"
    row = occurrence_row(journal, series.id, D(2026, 12, 8))
    assert [(a.contact_id, a.status) for a in attendance(journal, [row])[row]] == [(made, "going")]
    assert unknown_invitees(journal, [None, series.id]) == []
    command.undo()
    assert occurrence_row(journal, series.id, D(2026, 12, 8)) is None
    assert unknown_invitees(journal, [None, series.id]) == [organiser]


def test_a_contact_given_an_invitee_s_address_by_hand_is_linked_as_the_import_links(journal):
    """Jonas accepted the Vertriebsfrühstück, the organiser invites to the Stammtisch
    series; neither was a contact at the import. A contact made later with Jonas's
    address, and one given the organiser's address in an edit, are linked by that
    address (the one contact that has it), as the import would have: as having said
    they would come, to the event or the series' next evening. Undo takes the link
    back with the step (and the evening row it made)."""
    from netzjournal.commands.contacts import CreateContact, EditContact
    from netzjournal.store.contacts import get_contact
    from netzjournal.store.events import occurrence_row
    from netzjournal.store.records import Channel

    set_setting(journal, OWN_ADDRESSES, [KEMAL])
    _take(journal, "fruehstueck-request")
    _take(journal, "stammtisch-series")
    breakfast, series = _only(journal, "Vertriebsfrühstück"), _only(journal, "Stammtisch")
    jonas = ContactRecord(given_name="Jonas", family_name="Brandl",
                          channels=[Channel("email", "J.Brandl@example.de")])  # fmt: skip
    made = CreateContact(journal, jonas, today=NOW)
    jonas_id = made.do().value
    going = attendance(journal, [breakfast.id])[breakfast.id]
    assert [(a.contact_id, a.status) for a in going] == [(jonas_id, "going")]
    made.undo()
    assert attendance(journal, [breakfast.id]).get(breakfast.id, []) == []

    sabine = create_contact(journal, ContactRecord(given_name="Sabine", family_name="Huber"))
    before = get_contact(journal, sabine.value.id)
    after = replace(before, channels=[Channel("email", "stammtisch.muc@gmail.example")])
    edit = EditContact(journal, before, after, today=NOW)
    edit.do()
    row = occurrence_row(journal, series.id, D(2026, 12, 8))
    assert row is not None
    assert [(a.contact_id, a.status) for a in attendance(journal, [row])[row]] == [
        (before.id, "going")
    ]
    edit.undo()
    assert occurrence_row(journal, series.id, D(2026, 12, 8)) is None
    assert get_contact(journal, before.id).channels == []
    # An address two contacts share tells no one: nobody is linked.
    twin = replace(jonas, channels=[Channel("email", "j.brandl@example.de")])
    create_contact(journal, replace(twin))
    CreateContact(journal, replace(twin), today=NOW).do()
    assert attendance(journal, [breakfast.id]).get(breakfast.id, []) == []


def test_a_cancelled_evening_i_said_i_was_at_is_named_so_in_the_result(journal):
    """I marked the 10/11 evening "I was there", then its cancellation came: my
    answer is kept (it is mine to change), and the result says I had said so."""
    _take(journal, "stammtisch-series")
    series = _only(journal, "Stammtisch")
    evening = ensure_occurrence(journal, series.id, D(2026, 11, 10)).value
    set_my_status(journal, evening, "attended")
    out = _take(journal, "stammtisch-cancel-november")
    assert out.changed == [
        ("cancelled_was_there", "Vertriebler-Stammtisch München", D(2026, 11, 10))
    ]
    assert get_event(journal, evening).my_status == "attended"
    assert get_event(journal, evening).cancelled
    # A single event alike.
    _take(journal, "fruehstueck-request")
    breakfast = _only(journal, "Vertriebsfrühstück")
    set_my_status(journal, breakfast.id, "attended")
    out = _take(journal, "fruehstueck-cancel")
    assert [c[0] for c in out.changed] == ["cancelled_was_there"]


def test_a_guest_linked_to_a_contact_without_the_address_is_that_contact(journal):
    """„Ja, mit diesem Kontakt verknüpfen“ with "add the address" unticked: the
    organiser is Sabine by id from now on, not listed among those who are not
    contacts (the list went by address and kept them); the next mail of the
    invitation keeps the link; undo takes it back; a deleted contact is no link."""
    from netzjournal.commands.contacts import DeleteContacts
    from netzjournal.commands.events import LinkInvitee
    from netzjournal.store.contacts import get_contact
    from netzjournal.store.invitees import unknown_invitees

    set_setting(journal, OWN_ADDRESSES, [KEMAL])
    _take(journal, "stammtisch-series")
    series = _only(journal, "Stammtisch")
    (organiser,) = unknown_invitees(journal, [None, series.id])
    (evening,) = [o for o in occurrences(journal, D(2026, 12, 8), D(2026, 12, 8))]
    sabine = _person(journal, "Sabine", "Huber", "sabine@huber.example")
    step = LinkInvitee(journal, sabine.id, organiser.address, evening, True, NOW,
                       add_address=False)  # fmt: skip
    step.do()
    assert [c.value for c in get_contact(journal, sabine.id).channels] == ["sabine@huber.example"]
    assert unknown_invitees(journal, [None, series.id]) == []
    read = _read("stammtisch-series")
    read[0] = replace(read[0], sequence=1)  # (the organiser's next mail of the series)
    ical_in.import_events(journal, read, today=NOW)
    assert unknown_invitees(journal, [None, series.id]) == []
    step.undo()
    assert unknown_invitees(journal, [None, series.id]) == [organiser]
    step.do()
    assert unknown_invitees(journal, [None, series.id]) == []
    DeleteContacts(journal, [sabine.id]).do()
    assert [p.address for p in unknown_invitees(journal, [None, series.id])] == [organiser.address]


def _breakfast_guests(journal):
    set_setting(journal, OWN_ADDRESSES, [KEMAL])
    _take(journal, "fruehstueck-request")
    return _only(journal, "Vertriebsfrühstück")


def _coming(journal, event_id):
    return [(a.contact_id, a.status) for a in attendance(journal, [event_id]).get(event_id, [])]


def test_a_guest_s_address_from_a_vcard_import_links_the_contact_and_undo_unlinks(
    journal, tmp_path
):
    """Jonas accepted the Vertriebsfrühstück; his card comes in by a vCard import
    later: linked as the .ics import would have, in the import's transaction, and
    the import's undo takes it back. A card merged into a contact that brings the
    address links that contact."""
    from netzjournal.interchange.importer import apply_import, plan_import, read_paths, undo_import

    breakfast = _breakfast_guests(journal)
    card = tmp_path / "jonas.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jonas Brandl\r\nN:Brandl;Jonas;;;\r\n"
                     b"EMAIL:J.Brandl@example.de\r\nEND:VCARD\r\n")  # fmt: skip
    outcome = apply_import(journal, plan_import(journal, read_paths([card])), today=NOW)
    (jonas,) = outcome.created
    assert _coming(journal, breakfast.id) == [(jonas, "going")]
    undo_import(journal, outcome)
    assert _coming(journal, breakfast.id) == []


def test_a_guest_s_address_from_a_sync_links_the_contact(journal):
    from netzjournal.sync.contacts import ContactAdapter
    from netzjournal.sync.fields import to_fields

    breakfast = _breakfast_guests(journal)
    jonas = ContactRecord(given_name="Jonas", family_name="Brandl",
                          channels=[Channel("email", "j.brandl@example.de")])  # fmt: skip
    adapter = ContactAdapter(journal, today=lambda: NOW)
    made = adapter.create([("jonas-phone", to_fields(jonas))])["jonas-phone"]
    assert _coming(journal, breakfast.id) == [(made.id, "going")]
    # An address a sync adds to a contact here links them too.
    _take(journal, "stammtisch-series")
    series = _only(journal, "Stammtisch")
    sabine = _person(journal, "Sabine", "Huber")
    with_address = replace(sabine, channels=[Channel("email", "stammtisch.muc@gmail.example")])
    adapter.update(sabine, to_fields(with_address))
    row = occurrence_row(journal, series.id, D(2026, 12, 8))
    assert row is not None and _coming(journal, row) == [(sabine.id, "going")]


def test_a_merge_that_leaves_one_contact_with_a_guest_s_address_links_them(journal):
    """Two contacts had Jonas's address (it told no one); merged, the one left is
    him: linked in the merge's step, unlinked by its undo."""
    from netzjournal.commands.contacts import MergeContacts

    jonas = _person(journal, "Jonas", "Brandl", "j.brandl@example.de")
    twin = _person(journal, "Jonas", "Brandl", "J.Brandl@example.de", "Brandl Consulting")
    breakfast = _breakfast_guests(journal)
    assert _coming(journal, breakfast.id) == []
    # Another guest the user said is the twin (by id, no address): the kept one's
    # after the merge, the twin's again after its undo.
    from netzjournal.commands.events import LinkInvitee
    from netzjournal.store.invitees import invitees_of, unknown_invitees

    guest = unknown_invitees(journal, [breakfast.id])[0]
    (o,) = occurrences(journal, breakfast.starts_on, breakfast.starts_on)
    LinkInvitee(journal, twin.id, guest.address, o, False, NOW, add_address=False).do()
    merge = MergeContacts(journal, jonas.id, twin.id, today=NOW)
    merge.do()
    assert _coming(journal, breakfast.id) == [(jonas.id, "going")]
    linked = {p.address: p.contact for p in invitees_of(journal, breakfast.id)}
    assert linked[guest.address] == jonas.id
    assert guest.address not in {p.address for p in unknown_invitees(journal, [breakfast.id])}
    merge.undo()
    assert _coming(journal, breakfast.id) == []
    linked = {p.address: p.contact for p in invitees_of(journal, breakfast.id)}
    assert linked[guest.address] == twin.id


def test_one_evening_s_own_invitation_keeps_its_own_guests_apart_from_the_series(journal):
    """Google mails the 8 December evening alone (19:30, guests from Augsburg): who
    it names is kept with that evening (its page lists Tobias, who is no contact),
    Lena, a contact, is linked to it as coming; the other evenings keep the
    series' list — nothing lost, nothing mixed."""
    from netzjournal.store.events import occurrence_row
    from netzjournal.store.invitees import unknown_invitees

    set_setting(journal, OWN_ADDRESSES, [KEMAL])
    lena = _person(journal, "Lena", "Vogt", "Lena.Vogt@example.de")
    _take(journal, "stammtisch-series")
    series = _only(journal, "Stammtisch")
    _take(journal, "stammtisch-december-guests")
    december = occurrence_row(journal, series.id, D(2026, 12, 8))
    assert december is not None
    assert [p.address for p in unknown_invitees(journal, [december, series.id])] == [
        "stammtisch.muc@gmail.example", "tobias.maier@example.de",
    ]  # fmt: skip
    assert _coming(journal, december) == [(lena.id, "going")]
    assert [p.address for p in unknown_invitees(journal, [None, series.id])] == [
        "stammtisch.muc@gmail.example"
    ]
    # The series' next mail leaves the evening's own list as it is.
    read = _read("stammtisch-series")
    read[0] = replace(read[0], sequence=2)
    ical_in.import_events(journal, read, today=NOW)
    assert [p.address for p in unknown_invitees(journal, [december, series.id])] == [
        "stammtisch.muc@gmail.example", "tobias.maier@example.de",
    ]  # fmt: skip
    # The organiser linked to a contact on another evening (the series' list) is that
    # contact on this evening's own list too.
    from netzjournal.commands.events import LinkInvitee

    sabine = _person(journal, "Sabine", "Huber")
    (january,) = [o for o in occurrences(journal, D(2027, 1, 12), D(2027, 1, 12))]
    organiser = "stammtisch.muc@gmail.example"
    LinkInvitee(journal, sabine.id, organiser, january, False, NOW, add_address=False).do()
    assert [p.address for p in unknown_invitees(journal, [december, series.id])] == [
        "tobias.maier@example.de"
    ]


@pytest.mark.parametrize("language", ["de", "en"])
def test_one_evening_s_invitation_without_its_series_is_said_not_dropped(journal, language):
    """Google mails a changed evening of a series alone. Imported before the series'
    own invitation, it was dropped without a word: „0 imported, 0 changed, 0 already
    there“. Now the import says which and why, and still makes nothing."""
    out = ical_in.import_events(
        journal, _read("stammtisch-december-guests"), language, today=NOW
    ).value
    assert (out.created, out.updated, out.skipped) == (0, 0, 0)
    assert out.refused == [("Vertriebler-Stammtisch München", {
        "de": "der Termin am 08.12.2026 gehört zu einer Reihe, die nicht im Journal ist; "
              "importieren Sie zuerst die Einladung zur ganzen Reihe",
        "en": "the evening of 08/12/2026 of a series not in the journal; import the "
              "invitation to the whole series first",
    }[language])]  # fmt: skip
    assert list_events(journal) == []
    # The series first, then the evening: taken, nothing refused.
    _take(journal, "stammtisch-series")
    assert _take(journal, "stammtisch-december-guests").refused == []
