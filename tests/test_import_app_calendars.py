"""Calendar files as other apps send or export them (tests/data/events/invitations,
session 33): each read and imported as the Events view and ``netzjournal import``
do, and checked in the journal — name, days and wall-clock times, place, link,
notes — and what is not read said."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import REPO

from netzjournal.interchange import ical_in
from netzjournal.interchange.html_text import as_text
from netzjournal.store.events import get_event, list_events, occurrences

D, T = dt.date, dt.time
INVITATIONS = REPO / "tests" / "data" / "events" / "invitations"
pytestmark = pytest.mark.usefixtures("berlin_zone")  # (this computer in Berlin)


def imported(journal, name):
    """The journal's events (by name) after importing the file, and what was said."""
    problems: list[tuple[str, str]] = []
    events = ical_in.read_events(INVITATIONS / name, problems)
    ical_in.import_events(journal, events, "de", today=D(2026, 12, 1))
    found = {e.name: get_event(journal, e.id) for e in list_events(journal) if e.name}
    return found, problems


def test_a_teams_meeting_from_outlook_365(journal):
    """Exchange's invitation: the Windows zone name with its VTIMEZONE, the
    X-MICROSOFT-CDO-* lines, a plain DESCRIPTION beside the HTML X-ALT-DESC. The
    meeting's link, which Outlook gives only in X-MICROSOFT-SKYPETEAMSMEETINGURL,
    is the event's link (was: none)."""
    found, problems = imported(journal, "teams-meeting-outlook365.WRITTEN.ics")
    assert problems == []
    meeting = found["Mentoring-Tandems: Abstimmung"]
    assert (meeting.starts_on, meeting.start_time, meeting.end_time) == (
        D(2026, 12, 8), T(16, 0), T(16, 45),
    )  # fmt: skip
    assert meeting.place == "Microsoft Teams-Besprechung"
    assert meeting.url.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_")
    assert meeting.notes.startswith("Hallo zusammen,\n\nwie besprochen ein kurzer Austausch")
    assert "<html>" not in meeting.notes and "Besprechungs-ID: 312 456 789 012" in meeting.notes


def test_a_zoom_webinar_whose_place_is_its_link(journal):
    """Zoom's "add to calendar" file: the meeting's address is the LOCATION and
    there is no URL; it is the event's link too (was: only the place)."""
    found, problems = imported(journal, "zoom-webinar.WRITTEN.ics")
    assert problems == []
    webinar = found["Webinar: Gehaltsverhandlung für Quereinsteiger"]
    assert (webinar.starts_on, webinar.start_time, webinar.end_time) == (
        D(2026, 12, 10), T(18, 0), T(19, 30),
    )  # fmt: skip
    link = "https://us06web.zoom.us/w/86123456789?tk=abcDEF&pwd=xyz"
    assert (webinar.url, webinar.place) == (link, link)


def test_a_meetup_event(journal):
    found, problems = imported(journal, "meetup-event.WRITTEN.ics")
    assert problems == []
    talk = found["Product People Ruhr #42: Discovery ohne Drama"]
    assert (talk.starts_on, talk.start_time, talk.end_time) == (D(2026, 12, 15), T(18, 30),
                                                                T(21, 0))  # fmt: skip
    assert talk.place == "Unperfekthaus (Friedrich-Ebert-Straße 18-20, Essen, Germany)"
    assert talk.url == "https://www.meetup.com/ruhr-product-people/events/304512345/"


def test_apple_calendar_places_are_one_line_and_read_from_the_structured_location(journal):
    """Apple Calendar writes LOCATION as name and address on lines of their own, and
    an event whose place was picked on the map may have only
    X-APPLE-STRUCTURED-LOCATION (X-TITLE, X-ADDRESS with "\\\\n"). The place is one
    line (was: a line break in the one-line field) and read from the structured
    location (was: none). The fair's all-day dates are exclusive at the end."""
    found, problems = imported(journal, "apple-calendar-export.WRITTEN.ics")
    stammtisch = found["Gründerstammtisch Essen"]
    assert stammtisch.place == "Zeche Carl, Wilhelm-Nieswandt-Allee 100, 45326 Essen, Deutschland"
    assert (stammtisch.starts_on, stammtisch.start_time, stammtisch.rrule) == (
        D(2026, 12, 3), T(19, 0), "FREQ=MONTHLY;BYDAY=1TH",
    )  # fmt: skip
    fair = found["didacta 2027 Köln"]
    assert (fair.starts_on, fair.ends_on, fair.start_time) == (D(2027, 2, 13), D(2027, 2, 15),
                                                               None)  # fmt: skip
    assert fair.place == "Koelnmesse, Messeplatz 1, 50679 Köln"
    coffee = found["Kaffee mit Deniz (ohne Ort, nur Struktur)"]
    assert coffee.place == "Café Extrablatt, Rüttenscheider Str. 200, 45131 Essen"
    # the RDATE evening is no rule's: an evening of the series (was: said, left out)
    assert problems == []
    days = [
        (o.starts_on, o.start_time, o.cancelled)
        for o in occurrences(journal, D(2026, 12, 1), D(2027, 2, 28), [stammtisch.id or 0])
    ]
    assert days == [(D(2026, 12, 3), T(19), False), (D(2027, 1, 7), T(19), True),
                    (D(2027, 1, 14), T(19), False), (D(2027, 2, 4), T(19), False)]  # fmt: skip


def test_google_calendars_html_description_is_text(journal):
    """Google Calendar writes a formatted description as HTML into DESCRIPTION
    (``<br>``, ``<b>``): the notes hold its text (was: the tags as written)."""
    found, problems = imported(journal, "google-calendar-export.WRITTEN.ics")
    run = found["Netzwerk-Lauftreff"]
    assert run.notes == "Lauftreff vor dem Wochenende.\nTreffpunkt am Haupteingang."
    assert run.place == "Grugapark Essen, Virchowstraße 167a, 45147 Essen, Deutschland"
    # Its RDATE (in UTC, 18:00 here) is an evening of the series, a Tuesday
    assert problems == []
    days = [
        (o.starts_on, o.start_time, o.cancelled)
        for o in occurrences(journal, D(2026, 12, 22), D(2027, 1, 2), [run.id or 0])
    ]
    assert days == [(D(2026, 12, 25), T(18), True), (D(2026, 12, 29), T(18), False),
                    (D(2027, 1, 1), T(18), True)]  # fmt: skip


def test_html_as_text():
    """Lists, links (Google's redirect undone, mailto: and tel: aside), entities,
    paragraphs; text that only looks like markup is left as it is."""
    html = (
        "<html-blob><u>Agenda</u><ul><li>Vorstellung</li><li>Fragen &amp; Antworten</li></ul>"
        'Mehr: <a href="https://www.google.com/url?q=https://ruhr.example/&amp;sa=D">'
        'ruhr.example</a><br><br><br>Tel: <a href="tel:+4920112345">+49 201 12345</a>, '
        '<a href="mailto:info@ruhr.example">info@ruhr.example</a></html-blob>'
    )
    assert as_text(html) == (
        "Agenda\n• Vorstellung\n• Fragen & Antworten\nMehr: ruhr.example "
        "(https://ruhr.example/)\n\nTel: +49 201 12345, info@ruhr.example"
    )
    assert as_text("<p>Erste Zeile</p><p>Zweite</p>") == "Erste Zeile\n\nZweite"
    plain = "Teilnehmen<https://teams.microsoft.com/l/x>\nwenn a < b und c > d"
    assert as_text(plain) == plain
    assert as_text("Zeile eins\n<b>fett</b>\nZeile drei") == "Zeile eins\nfett\nZeile drei"


def test_a_teams_invitation_s_page_stays_within_the_pane(qtbot, tmp_path):
    """Teams writes a line of 80 underscores around its join block: the one word
    widened the event's page past the pane (scrolled sideways never), and the title
    and buttons were cut off on the right (seen at 800×600). The page keeps the
    pane's width; the line is cut at its edge."""
    from uihelpers import events_page_after_importing

    _w, journal, page = events_page_after_importing(
        qtbot, tmp_path, INVITATIONS / "teams-meeting-outlook365.WRITTEN.ics"
    )
    qtbot.wait(50)
    assert "____" in page.details.text()
    room = page.parentWidget().width()  # the scroll area's viewport
    assert page.width() <= room
    for widget in (page.title, page.details, page.my_status):
        assert widget.geometry().right() < room, widget.objectName()
    journal.close()


def test_outlook_s_html_description_alone_is_read_as_text():
    """An invitation with only X-ALT-DESC (Outlook's HTML, no plain DESCRIPTION)
    had no notes; its text is kept."""
    teams = (INVITATIONS / "teams-meeting-outlook365.WRITTEN.ics").read_bytes()
    start = teams.index(b"DESCRIPTION;LANGUAGE=de-DE:")
    end = teams.index(b"UID:", start)
    (meeting,) = ical_in.parse(teams[:start] + teams[end:])
    assert meeting.record.notes == (
        "Hallo zusammen,\n\nwie besprochen ein kurzer Austausch zu den Mentoring-Tandems.\n\n"
        "Jetzt an der Besprechung teilnehmen (https://teams.microsoft.com/l/meetup-join/"
        "19%3ameeting_NjM5ZTQ2%40thread.v2/0)"
    )


def test_a_teams_meeting_without_its_link_property_takes_the_join_link_from_its_text(
    journal, tmp_path
):
    """An Outlook file without X-MICROSOFT-SKYPETEAMSMEETINGURL (Claire's export of her
    weekly Teams call): the link to join was only in the notes, as
    "…teilnehmen<https://teams.microsoft.com/l/meetup-join/…>"; the event's Link field
    was empty. The join link in the text is the link; the help link before it is not."""
    text = (INVITATIONS / "teams-meeting-outlook365.WRITTEN.ics").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith("X-MICROSOFT-SKYPETEAMSMEETINGURL")]
    assert len(kept) == len(lines) - 1  # (the property on one line, not folded)
    (tmp_path / "export.ics").write_text("".join(kept), encoding="utf-8")
    problems: list[tuple[str, str]] = []
    events = ical_in.read_events(tmp_path / "export.ics", problems)
    ical_in.import_events(journal, events, "de", today=D(2026, 12, 1))
    (meeting,) = [get_event(journal, e.id) for e in list_events(journal)]
    assert meeting.url == (
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM5ZTQ2%40thread.v2/0"
        "?context=%7b%22Tid%22%3a%22abc%22%7d"
    )
