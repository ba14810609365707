"""What the user decided reaches another journal: Sie/du chosen or not through our
own vCard export → import and a CardDAV sync; an event's zone, its extra evenings
(RDATE) and its guests through a CalDAV sync (real Radicale on 127.0.0.1).

A form nobody chose is the journal's default for new people (migration 0054): the
coach asks once. Our cards said a form only when it was not Sie, so a Sie chosen
came back "not chosen" through a sync and a Du nobody chose came back "chosen".
"""

from __future__ import annotations

import pytest
from conftest import TODAY, person
from dav_servers import PASSWORD, USER

from netzjournal.coach import settings as coach_settings
from netzjournal.interchange import ical_in, writers
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store.catalog import set_setting
from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.events import list_events, occurrences
from netzjournal.store.invitees import invitees_of, set_invitee_contact
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_names
from netzjournal.sync.calendars import ensure_calendar
from netzjournal.sync.contacts import sync_contacts
from netzjournal.sync.dav import DavClient
from netzjournal.sync.events import sync_events

# (name, form, chosen) in a journal whose new people get "du"
PEOPLE = [
    ("Jana Vogt", "du", False),  # the default, nobody chose it
    ("Olaf Kern", "sie", True),  # Sie, chosen: the same as a new contact's record
    ("Ida Pohl", "du", True),
    ("Bert Lang", "sie", False),  # made before the default became du
]


def _fill(j: Journal) -> None:
    set_setting(j, coach_settings.KEY, {"new_contact_address_form": "du"})
    for name, form, chosen in PEOPLE:
        given, family = name.split()
        create_contact(j, person(given, family, address_form=form, address_form_chosen=chosen))


def _forms(j: Journal) -> dict[str, tuple[str, bool]]:
    return {
        c.name: (c.address_form, c.address_form_chosen)
        for c in (get_contact(j, i) for i, _name in contact_names(j))
    }


# What comes back: each as it was (Bert keeps his Sie, not chosen: not the other
# journal's default du).
EXPECTED = {name: (form, chosen) for name, form, chosen in PEOPLE}


def test_our_own_vcards_bring_back_whether_sie_du_was_chosen(tmp_path):
    with Journal.open(tmp_path / "a.sqlite3") as a:
        _fill(a)
        people = [get_contact(a, i) for i, _name in contact_names(a)]
        text = writers.vcard(people, private=True)
    assert text.count("X-NETZJOURNAL-ADDRESS-FORM:sie") == 2  # Olaf's and Bert's
    cards = tmp_path / "people.vcf"
    cards.write_text(text, encoding="utf-8")
    with Journal.open(tmp_path / "b.sqlite3") as b:
        set_setting(b, coach_settings.KEY, {"new_contact_address_form": "du"})
        apply_import(b, plan_import(b, read_paths([cards])), language="de")
        assert _forms(b) == EXPECTED


def test_our_own_csv_brings_back_whether_sie_du_was_chosen(tmp_path):
    with Journal.open(tmp_path / "a.sqlite3") as a:
        _fill(a)
        people = [get_contact(a, i) for i, _name in contact_names(a)]
        (tmp_path / "people.csv").write_text(
            writers.csv_text(people, ";", True, private=True), encoding="utf-8-sig", newline=""
        )
    with Journal.open(tmp_path / "b.sqlite3") as b:
        set_setting(b, coach_settings.KEY, {"new_contact_address_form": "du"})
        plan = plan_import(b, read_paths([tmp_path / "people.csv"]))
        apply_import(b, plan, language="de")
        # A CSV has one cell for it: a form nobody chose is left empty and comes back
        # as this journal's default for new people, not chosen (Bert: du here).
        assert _forms(b) == {**EXPECTED, "Bert Lang": ("du", False)}


def test_an_older_export_s_card_of_ours_without_a_form_is_a_chosen_sie(tmp_path):
    cards = tmp_path / "old.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//netzjournal//1.0//EN\r\n"
        "FN:Ida Pohl\r\nN:Pohl;Ida;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    with Journal.open(tmp_path / "b.sqlite3") as b:
        set_setting(b, coach_settings.KEY, {"new_contact_address_form": "du"})
        apply_import(b, plan_import(b, read_paths([cards])), language="de")
        assert _forms(b) == {"Ida Pohl": ("sie", True)}


@pytest.mark.slow
def test_sie_du_chosen_or_not_reaches_the_other_journal_and_a_choice_there_comes_back(
    tmp_path, radicale
):
    client = DavClient(radicale.url, USER, PASSWORD)
    book = client.ensure_addressbook()
    try:
        with Journal.open(tmp_path / "a.sqlite3") as a, Journal.open(tmp_path / "b.sqlite3") as b:
            _fill(a)
            set_setting(b, coach_settings.KEY, {"new_contact_address_form": "du"})
            sync_contacts(a, client, book, today=lambda: TODAY)
            sync_contacts(b, client, book, today=lambda: TODAY)
            assert _forms(b) == EXPECTED
            # Chosen on the other device (Jana: Sie), it comes back chosen.
            (jana,) = [i for i, name in contact_names(b) if name == "Jana Vogt"]
            record = get_contact(b, jana)
            record.address_form, record.address_form_chosen = "sie", True
            update_contact(b, record, today=TODAY)
            sync_contacts(b, client, book, today=lambda: TODAY)
            sync_contacts(a, client, book, today=lambda: TODAY)
            assert _forms(a)["Jana Vogt"] == ("sie", True)
            assert _forms(a)["Bert Lang"] == ("sie", False)  # (his own, untouched)
    finally:
        client.close()


INVITATION = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 15.1//EN\r\n"
    "METHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:gruender-london@example.de\r\nDTSTAMP:20261129T181512Z\r\n"
    "DTSTART;TZID=Europe/London:20261203T190000\r\nDTEND;TZID=Europe/London:20261203T220000\r\n"
    "RRULE:FREQ=MONTHLY;BYDAY=1TH;COUNT=3\r\n"
    "RDATE;TZID=Europe/London:20270114T190000\r\n"
    "SUMMARY:Gründerstammtisch London\r\n"
    "ORGANIZER;CN=Anna Roth:mailto:anna@example.de\r\n"
    "ATTENDEE;CN=Ben Ode;PARTSTAT=ACCEPTED:mailto:ben@example.de\r\n"
    "ATTENDEE;PARTSTAT=DECLINED:mailto:cem@example.de\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _evening_days(j: Journal) -> list[tuple]:
    return [(o.starts_on, o.start_time, o.cancelled)
            for o in occurrences(j, TODAY, TODAY.replace(year=TODAY.year + 1))]  # fmt: skip


@pytest.mark.slow
def test_an_event_s_zone_extra_evenings_and_guests_reach_the_other_journal(tmp_path, radicale):
    client = DavClient(radicale.url, USER, PASSWORD)
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    try:
        with Journal.open(tmp_path / "a.sqlite3") as a, Journal.open(tmp_path / "b.sqlite3") as b:
            problems: list[tuple[str, str]] = []
            ical_in.import_events(a, ical_in.parse(INVITATION.encode(), problems), today=TODAY)
            (there,) = list_events(a)
            ben = create_contact(a, person("Ben", "Ode")).value.id
            set_invitee_contact(a, [there.id], "ben@example.de", ben)  # (an id of this journal)
            sync_events(a, client, calendar)
            sync_events(b, client, calendar)
            (here,) = list_events(b)
            assert here.zone == there.zone == "Europe/London"
            assert set(here.rrule.split(";")) == set(there.rrule.split(";"))  # (any order)
            assert _evening_days(b) == _evening_days(a)
            guests = [(p.address, p.name, p.answer, p.organiser) for p in invitees_of(a, there.id)]
            assert [(p.address, p.name, p.answer, p.organiser)
                    for p in invitees_of(b, here.id)] == guests  # fmt: skip
            assert len(guests) == 3
            # Nothing more to say either way.
            assert sync_events(b, client, calendar).changed == 0
            assert sync_events(a, client, calendar).changed == 0
            assert invitees_of(a, there.id)[1].contact == ben  # the link stays here
    finally:
        client.close()


EVENING_INVITATION = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 15.1//EN\r\n"
    "METHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:gruender-london@example.de\r\nDTSTAMP:20261130T091500Z\r\n"
    "RECURRENCE-ID;TZID=Europe/London:20270107T190000\r\n"
    "DTSTART;TZID=Europe/London:20270107T190000\r\nDTEND;TZID=Europe/London:20270107T220000\r\n"
    "SUMMARY:Gründerstammtisch London\r\n"
    "ORGANIZER;CN=Anna Roth:mailto:anna@example.de\r\n"
    "ATTENDEE;CN=Dora Pfeil;PARTSTAT=ACCEPTED:mailto:dora@example.de\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.slow
def test_guests_of_one_evening_of_a_series_reach_the_other_journal(tmp_path, radicale):
    """One evening's own invitation (its RECURRENCE-ID names other guests: Dora as a
    speaker in January) stayed in the journal that imported it: the sync wrote that
    evening's VEVENT without them and read none back, so the other journal listed the
    series' guests for it. Now they travel as the series' guests do, both ways."""
    import datetime as dt

    from netzjournal.store.events import occurrence_row
    from netzjournal.store.invitees import set_invitees
    from netzjournal.store.records import Invitee

    def who(j: Journal, row: int | None) -> list[tuple]:
        assert row is not None
        return [(p.address, p.name, p.answer, p.organiser) for p in invitees_of(j, row)]

    january = dt.date(2027, 1, 7)
    client = DavClient(radicale.url, USER, PASSWORD)
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    try:
        with Journal.open(tmp_path / "a.sqlite3") as a, Journal.open(tmp_path / "b.sqlite3") as b:
            problems: list[tuple[str, str]] = []
            ical_in.import_events(a, ical_in.parse(INVITATION.encode(), problems), today=TODAY)
            ical_in.import_events(
                a, ical_in.parse(EVENING_INVITATION.encode(), problems), today=TODAY
            )
            (there,) = list_events(a)
            evening_a = occurrence_row(a, there.id, january)
            dora = ("dora@example.de", "Dora Pfeil", "ACCEPTED", False)
            assert who(a, evening_a) == [("anna@example.de", "Anna Roth", "", True), dora]
            sync_events(a, client, calendar)
            sync_events(b, client, calendar)
            (here,) = list_events(b)
            assert who(b, occurrence_row(b, here.id, january)) == who(a, evening_a)
            assert who(b, here.id) == who(a, there.id)  # the series' own, as before
            assert sync_events(b, client, calendar).changed == 0
            assert sync_events(a, client, calendar).changed == 0

            # Back: Dora declines in the second journal; the first reads it.
            evening_b = occurrence_row(b, here.id, january)
            set_invitees(
                b,
                evening_b,
                [
                    Invitee("anna@example.de", "Anna Roth", "", True),
                    Invitee("dora@example.de", "Dora Pfeil", "DECLINED"),
                ],
            )
            assert sync_events(b, client, calendar).updated_there == [here.name]
            assert sync_events(a, client, calendar).updated_here == [there.name]
            assert who(a, evening_a)[1] == ("dora@example.de", "Dora Pfeil", "DECLINED", False)
            assert sync_events(a, client, calendar).changed == 0
    finally:
        client.close()


@pytest.mark.slow
def test_after_the_upgrade_the_newer_fields_alone_send_nothing(tmp_path, radicale):
    """Synced by a version before Sie/du chosen and guests were synced: the bases lack
    those fields. The next sync must not send every contact nobody chose a form for,
    or every event with guests, once each (thousands of requests after an upgrade);
    they travel with the item's next change."""
    from netzjournal.store import sync_state

    client = DavClient(radicale.url, USER, PASSWORD)
    book = client.ensure_addressbook()
    calendar = ensure_calendar(radicale.url, USER, PASSWORD)
    try:
        with Journal.open(tmp_path / "a.sqlite3") as a:
            _fill(a)
            problems: list[tuple[str, str]] = []
            ical_in.import_events(a, ical_in.parse(INVITATION.encode(), problems), today=TODAY)
            sync_contacts(a, client, book, today=lambda: TODAY)
            sync_events(a, client, calendar)
            for kind, newer, collection in (
                ("contact", "address_form_chosen", book),
                ("event", "guests", calendar),
            ):
                items = sync_state.sync_items(a, kind)
                assert any(newer in i.base for i in items.values())  # (what the test strips)
                older = [
                    (i.uid, i.href, i.etag, {k: v for k, v in i.base.items() if k != newer})
                    for i in items.values()
                ]
                sync_state.save_sync_items(a, kind, collection, older)
            contacts = sync_contacts(a, client, book, today=lambda: TODAY)
            events = sync_events(a, client, calendar)
            assert contacts.updated_there == [] and events.updated_there == []
            # A change of the item takes the newer field along.
            (jana,) = [i for i, name in contact_names(a) if name == "Jana Vogt"]
            record = get_contact(a, jana)
            record.city = "Jena"
            update_contact(a, record, today=TODAY)
            assert sync_contacts(a, client, book, today=lambda: TODAY).updated_there == [
                "Jana Vogt"
            ]
            base = sync_state.sync_items(a, "contact")[record.uid].base
            assert base["address_form_chosen"] is False
    finally:
        client.close()
