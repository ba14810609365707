"""Sie/du nobody chose (migration 0054), at the scale of an import or an upgrade.

After 300 German XING contacts every German card asked „Sie oder du?“ once. Two
things settle most of them: what the journal already says (a message sent in the du
form, a letter that greets „Hallo Kai,“, a person known only by a nickname) is not
asked; and the rest can be settled at once from any card's question ("for everyone
still open"), one undo step, each person's own choice kept.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import note, person

from netzjournal.coach.engine import suggest
from netzjournal.commands.coach import ChooseOpenAddressForms, settle_open_forms
from netzjournal.store.contacts import create_contact, get_contact, set_address_form
from netzjournal.store.interactions import create_interaction

TODAY = dt.date(2026, 6, 15)


def at(days_ago: int) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(10))


def imported(journal, given, family, **kw):
    """A person as an import leaves them: the default Sie, not chosen, due."""
    kw.setdefault("met_on", TODAY - dt.timedelta(days=900))
    c = create_contact(journal, person(given, family, salutation="Herr", **kw)).value
    set_address_form(journal, c.id, "sie", chosen=False)
    return c


def card(journal, contact_id):
    return next(s for s in suggest(journal, TODAY, limit=50).suggestions
                if s.contact_id == contact_id)  # fmt: skip


# (what is in the journal: notes as (direction, kind, body), oldest first, and the
# contact's own notes; whether it clearly says du)
SENT, COFFEE = ("outbound", "message"), ("together", "coffee")
CASES = {
    "sent in du": ([(*SENT, "Wie war dein Urlaub? Melde dich gern.")], "", True),
    "pasted greeting": ([(*COFFEE, "Hallo Kai,\nschön, dass es geklappt hat.")], "", True),
    "greeting in the contact's notes": ([], "Mail vom März:\nLieber Kai, danke dir!", True),
    "their message in du": ([("inbound", "message", "Hi Martin, hast du Zeit?")], "", True),
    "whole name greeting": ([(*SENT, "Hallo Kai Berger, haben Sie Zeit?")], "", False),
    "sent with Sie": ([(*SENT, "Guten Tag Herr Berger, haben Sie Zeit?")], "", False),
    "newest in Sie": (
        [(*SENT, "Wie geht es dir?"), (*SENT, "Sehr geehrter Herr Berger, ...")],
        "",
        False,
    ),
    "newest in du": (
        [(*SENT, "Sehr geehrter Herr Berger, ..."), (*SENT, "Hallo Kai, wie geht es dir?")],
        "",
        True,
    ),
    "mixed": ([(*SENT, "Wie geht es dir? Was sagen Sie dazu?")], "", False),
    "a meeting note about him": ([(*COFFEE, "Er erzählte von deinem Projekt")], "", False),
    "nothing": ([], "", False),
}


@pytest.mark.parametrize("case", list(CASES))
def test_what_the_journal_already_says_du_is_not_asked(journal, case):
    texts, notes, says_du = CASES[case]
    kai = imported(journal, "Kai", "Berger", notes=notes)
    for days, (direction, kind, body) in enumerate(reversed(texts), start=100):
        create_interaction(journal, note(at(days), [kai.id], kind=kind, direction=direction,
                                         body=body))  # fmt: skip
    s = card(journal, kai.id)
    assert s.address_known is says_du
    assert s.address_form == ("du" if says_du else "sie")
    greeting = s.openers[0].body.splitlines()[0]
    assert greeting == ("Hallo Kai," if says_du else "Guten Tag Herr Berger,")
    # nothing was written: the contact is still "not chosen" (a refresh only reads)
    assert not get_contact(journal, kai.id).address_form_chosen


def test_a_nickname_only_is_du(journal):
    kalle = imported(journal, "", "", nickname="Kalle", display_name="Kalle")
    s = card(journal, kalle.id)
    assert (s.address_known, s.address_form) == (True, "du")


def test_everyone_still_open_is_settled_at_once_and_undone_as_one_step(journal):
    """„Für alle noch offenen: Sie“: the open ones get Sie, chosen — except whom the
    journal already duzt (du, as their card shows); a chosen form, an English
    contact and an archived one are left as they are. Undo: all open again."""
    open_ = [imported(journal, f"P{i}", "Muster") for i in range(5)]
    kai = imported(journal, "Kai", "Berger")
    create_interaction(journal, note(at(100), [kai.id], kind="message", direction="outbound",
                                     body="Hallo Kai, wie geht es dir?"))  # fmt: skip
    chosen = create_contact(journal, person("Ben", "Du", address_form="du")).value
    english = imported(journal, "Amy", "Smith", language="en")
    archived = imported(journal, "Old", "Friend", archived=True)
    assert settle_open_forms(journal, "sie") == {
        **{c.id: "sie" for c in open_}, kai.id: "du"}  # fmt: skip
    command = ChooseOpenAddressForms(journal, "sie")
    outcome = command.do()
    assert (outcome.what, outcome.count) == ("address_form_all", 6)

    def forms():
        return {c.id: (get_contact(journal, c.id).address_form,
                       get_contact(journal, c.id).address_form_chosen)
                for c in (*open_, kai, chosen, english, archived)}  # fmt: skip

    after = forms()
    assert all(after[c.id] == ("sie", True) for c in open_)
    assert after[kai.id] == ("du", True)
    assert after[chosen.id] == ("du", True)
    assert after[english.id] == after[archived.id] == ("sie", False)
    assert all(s.address_known for s in suggest(journal, TODAY, limit=50).suggestions)
    command.undo()
    before = forms()
    assert all(before[c.id] == ("sie", False) for c in (*open_, kai))
    assert before[chosen.id] == ("du", True)
    command.do()  # a redo: the same people, the same forms
    assert forms() == after
