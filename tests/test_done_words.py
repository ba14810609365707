"""The German walk's small words: the status bar after a step, and the undo text of
the events page's answer."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import person
from uihelpers import in_language

from netzjournal.commands.base import Outcome
from netzjournal.store.contacts import create_contact
from netzjournal.ui import texts


@pytest.mark.parametrize(
    "language,said",
    [
        ("de", "Ausgeführt: Paul Neumann archivieren – Strg+Z nimmt es zurück"),
        ("en", "Done: Archive Paul Neumann – Ctrl+Z undoes it"),
    ],
)
def test_the_status_bar_says_a_step_is_done_and_how_to_take_it_back(
    make_window, qtbot, language, said
):
    """„Erledigt: Paul Neumann archivieren“ read as an order (the undo texts are the
    Edit menu's: „Rückgängig: Paul Neumann archivieren“)."""
    with in_language(language):
        w = make_window()
        paul = create_contact(w.journal, person("Paul", "Neumann")).value.id
        w.contacts.reload()
        w.contacts.select(paul)
        w.actions_.archive_contact.trigger()
        assert w.statusBar().currentMessage() == said


@pytest.mark.parametrize(
    "language,said",
    [
        ("de", "Meine Antwort für „UX-Stammtisch Leipzig“ am 10.12.2026"),
        ("en", "My answer for “UX-Stammtisch Leipzig” on 10/12/2026"),
    ],
)
def test_the_undo_text_of_my_answer_names_it_as_the_page_does(qtbot, language, said):
    """The page's control is „Meine Antwort“; its undo step said „Mein Status bei …“,
    then „Meine Antwort zu UX-Stammtisch Leipzig am …“ („zu“ wants an article: „zum“).
    The evening's name is quoted, as in the other event steps („Nachbereitung „…““)."""
    with in_language(language):
        # (the evening's day too, as the other branch of this session words it)
        step = Outcome("my_status", "UX-Stammtisch Leipzig", day=dt.date(2026, 12, 10))
        assert texts.outcome_text(step) == said
