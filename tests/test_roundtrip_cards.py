"""Sie/du chosen or not survives our own vCard export → import and a CardDAV sync
between two journals (real Radicale on 127.0.0.1).

A form nobody chose is the journal's default for new people (migration 0054): the
coach asks once. Our cards said a form only when it was not Sie, so a Sie chosen
came back "not chosen" through a sync and a Du nobody chose came back "chosen".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY, person
from dav_servers import PASSWORD, USER, Radicale

from netzjournal.coach import settings as coach_settings
from netzjournal.interchange import writers
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store.catalog import set_setting
from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_names
from netzjournal.sync.contacts import sync_contacts
from netzjournal.sync.dav import DavClient

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


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    running = Radicale(tmp_path / "radicale")
    running.start()
    yield running
    running.stop()


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
