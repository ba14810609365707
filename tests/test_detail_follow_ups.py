"""The person page's open follow-ups say what their date is: when each is due, and
whether that day has passed."""

from __future__ import annotations

import datetime as dt

from conftest import person

from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.interactions import add_follow_up
from netzjournal.store.records import FollowUpRecord


def test_a_follow_ups_date_says_due_or_overdue(qtbot, journal, language):
    """Claire's page for Chloe listed "Für die Einladung bedanken – 22/10/2026" on
    30 November: a bare date, five weeks past, looked like the one beside it, due next
    week. Each says "due …" or, its day gone, "overdue since …"."""
    from netzjournal.ui.contacts.detail import ContactDetail

    today = dt.date(2026, 11, 30)
    c = create_contact(journal, person("Chloe", "Evans")).value
    for text, due in [("Thank her for the invitation", dt.date(2026, 10, 22)),
                      ("Send the WCAG checklist", dt.date(2026, 12, 7)),
                      ("Call back", today), ("Some day", None)]:  # fmt: skip
        add_follow_up(journal, FollowUpRecord(text, contact_id=c.id, due_on=due))
    detail = ContactDetail(journal, lambda: today)
    qtbot.addWidget(detail)
    html = detail.contact_html(get_contact(journal, c.id))
    said = {
        "en": ["overdue since 22/10/2026", "due 07/12/2026", "due 30/11/2026"],
        "de": ["überfällig seit 22.10.2026", "fällig am 07.12.2026", "fällig am 30.11.2026"],
    }[language]
    for text, due in zip(["Thank her for the invitation", "Send the WCAG checklist",
                          "Call back"], said, strict=True):  # fmt: skip
        assert f"<li>{text} – {due}</li>" in html
    assert "<li>Some day</li>" in html
