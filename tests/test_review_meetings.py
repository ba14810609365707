"""The yearly review counts meetings as meetings: a message (three coach "Reached out"
not answered yet) is contact, shown apart, not a „Treffen“ (walk, session 35)."""

from __future__ import annotations

import datetime as dt

from conftest import person

from netzjournal.commands.coach import ReachedOut, reached_out_note
from netzjournal.review.figures import compute, review
from netzjournal.review.render import markdown, sections_html
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import create_interaction
from netzjournal.store.records import InteractionRecord
from netzjournal.store.review_data import review_rows

Y = 2026


def _note(j, when, who, kind="coffee", direction="together"):
    rec = InteractionRecord(occurred_at=when, participants=[p.id for p in who], kind=kind,
                            direction=direction)  # fmt: skip
    create_interaction(j, rec)


def test_reached_out_messages_are_not_meetings_and_are_shown_apart(journal):
    j = journal
    ida, tim, lena, ben = (create_contact(j, person(g, f)).value
                           for g, f in (("Ida", "Krause"), ("Tim", "Vogt"),
                                        ("Lena", "Schubert"), ("Ben", "Roth")))  # fmt: skip
    _note(j, dt.datetime(Y, 12, 1, 9), [ida])  # two coffees
    _note(j, dt.datetime(Y, 12, 1, 15), [tim])
    for who in (lena, ben, ida):  # three "Gemeldet" in the coach, not answered
        ReachedOut(j, reached_out_note(who.id, dt.date(Y, 12, 1), dt.time(16), "Hallo", "…")).do()
    f = review(j, Y, with_reconnect=False)
    assert (f.meetings, f.messages) == (2, 3)
    assert f.per_month == [0] * 11 + [2]
    assert f.by_kind == {"coffee": 2, "message": 3}  # (the kinds as they are)
    text = markdown(f, "de")
    assert "| Treffen insgesamt | 2 | 0 |\n| Nachrichten | 3 | 0 |" in text
    assert "| Dez | 2 | 0 |" in text  # „Treffen pro Monat“
    english = markdown(f, "en")
    assert "| Meetings in total | 2 | 0 |\n| Messages | 3 | 0 |" in english
    html = sections_html(f, "de")  # the window, the PDF and the printout
    assert "Treffen insgesamt</td><td align='right' style='padding-left: 24px'><b>2</b>" in html
    assert "Nachrichten</td><td align='right' style='padding-left: 24px'><b>3</b>" in html
    assert not f.empty
    # Written to, never answered: not met, so neither new this year nor met first.
    assert f.new_contacts == 2 and f.first_time == ["Ida Krause", "Tim Vogt"]


def test_only_messages_in_a_year_is_not_an_empty_year(journal):
    lena = create_contact(journal, person("Lena", "Schubert")).value
    _note(journal, dt.datetime(Y, 5, 1, 9), [lena], kind="message", direction="outbound")
    f = compute(review_rows(journal, Y))
    assert (f.meetings, f.messages, f.empty) == (0, 1, False)
    assert "ist nichts notiert" not in markdown(f, "de")


def test_came_back_and_went_quiet_go_by_who_took_part(journal):
    """A message of mine nobody answered is no return and no sign of life; a message
    from them is; a meeting is, whoever asked for it."""
    j = journal
    old = dt.datetime(Y - 3, 3, 1, 10)
    written_to = create_contact(j, person("Wera", "Geschrieben")).value
    _note(j, old, [written_to])  # met three years ago, written to this year: no answer
    _note(j, dt.datetime(Y, 6, 1, 10), [written_to], kind="message", direction="outbound")
    answered = create_contact(j, person("Anton", "Antwort")).value
    _note(j, old, [answered])  # their message this year: back
    _note(j, dt.datetime(Y, 6, 2, 10), [answered], kind="message", direction="inbound")
    called = create_contact(j, person("Carl", "Anruf")).value
    _note(j, old, [called])  # a call I asked for: back
    _note(j, dt.datetime(Y, 6, 3, 10), [called], kind="call", direction="outbound")
    # Heard from only by my unanswered message three years ago, a coffee now: first
    # heard from now, so not "back".
    never = create_contact(j, person("Nora", "Nie")).value
    _note(j, old, [never], kind="message", direction="outbound")
    _note(j, dt.datetime(Y, 6, 4, 10), [never])
    # Met last year, only written to this year (no answer): went quiet.
    quiet = create_contact(j, person("Quentin", "Still")).value
    _note(j, dt.datetime(Y - 1, 4, 1, 10), [quiet])
    _note(j, dt.datetime(Y, 4, 1, 10), [quiet], kind="message", direction="outbound")
    # Only written to last year (no answer), nothing this year: was never active.
    unanswered = create_contact(j, person("Una", "Beantwortet")).value
    _note(j, dt.datetime(Y - 1, 4, 1, 10), [unanswered], kind="message", direction="outbound")
    # Their message last year, nothing this year: went quiet.
    wrote = create_contact(j, person("Xaver", "Schrieb")).value
    _note(j, dt.datetime(Y - 1, 4, 2, 10), [wrote], kind="message", direction="inbound")
    f = compute(review_rows(j, Y))
    assert f.came_back == ["Carl Anruf", "Anton Antwort"]  # (by family name)
    assert f.went_quiet == ["Xaver Schrieb", "Quentin Still"]
