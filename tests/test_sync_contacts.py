"""Contacts ↔ a real address book on 127.0.0.1: Radicale, and Xandikos as a second
implementation (see tests/dav_servers.py).

The "phone" is another client writing cards to the same server, as DAVx⁵ or
iOS would: plain vCards, sometimes 3.0, with properties netzjournal does not
keep (a photo, a street address), which must survive every sync.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY, person
from dav_servers import PASSWORD, USER, Radicale, Server, Xandikos

from netzjournal.coach import settings as coach_settings
from netzjournal.interchange.importer import card_uid
from netzjournal.store import sync_state as state
from netzjournal.store.backups import list_backups
from netzjournal.store.contacts import create_contact, delete_contacts, get_contact, update_contact
from netzjournal.store.fulltext import search
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, Channel, ContactRecord
from netzjournal.sync import engine
from netzjournal.sync.contacts import sync_contacts
from netzjournal.sync.dav import DavClient, SyncError
from netzjournal.sync.engine import token_key

pytestmark = pytest.mark.slow


SERVERS = {
    "radicale": lambda folder: Radicale(folder, max_content_length=40_000),
    "xandikos": Xandikos,
}
STALE_TOKENS = {
    "radicale": "http://radicale.org/ns/sync/" + "ab" * 32,
    "xandikos": "ab" * 20,
}


@pytest.fixture(params=sorted(SERVERS))
def server(request, tmp_path: Path) -> Iterator[Server]:
    running = SERVERS[request.param](tmp_path / request.param)
    running.start()
    yield running
    running.stop()


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Server]:
    """For what only Radicale can show here: it checks passwords and sizes."""
    running = SERVERS["radicale"](tmp_path / "radicale")
    running.start()
    yield running
    running.stop()


@pytest.fixture
def client(request) -> Iterator[DavClient]:
    running = request.getfixturevalue(
        "radicale" if "radicale" in request.fixturenames else "server"
    )
    c = DavClient(running.url, USER, PASSWORD)
    yield c
    c.close()


@pytest.fixture
def book(client: DavClient) -> str:
    return client.ensure_addressbook()


def sync(j: Journal, client: DavClient, book: str, **kw: object):
    return sync_contacts(j, client, book, today=lambda: TODAY, **kw)


def server_cards(client: DavClient, book: str) -> dict[str, tuple[str | None, str]]:
    listing = client.list_etags(book)
    return client.multiget(book, list(listing.etags)) if listing.etags else {}


def card_of(client: DavClient, book: str, uid: str) -> tuple[str, str | None, str]:
    found = [
        (href, etag, text)
        for href, (etag, text) in server_cards(client, book).items()
        if uid in text
    ]
    assert len(found) == 1, found
    return found[0]


def phone_edit(client: DavClient, book: str, uid: str, old: str, new: str) -> None:
    """Change one line of a card on the server, as a phone would."""
    href, etag, text = card_of(client, book, uid)
    assert re.search(old, text, re.M), (old, text)
    client.put(href, re.sub(old, new, text, count=1, flags=re.M), etag)


def contacts(j: Journal) -> dict[str, ContactRecord]:
    return {c.uid: c for c in state.all_contacts(j)}


PHONE_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Phone//EN\r\nUID:{uid}\r\n"
    "FN:Jörg Übel\r\nN:Übel;Jörg;;;\r\nORG:Stadtwerke Köln\r\nTITLE:Leiter Netze\r\n"
    "TEL;TYPE=CELL:+49 170 1234567\r\nEMAIL;TYPE=WORK:joerg@stadtwerke.example\r\n"
    "ADR;TYPE=WORK:;;Hauptstraße 5;Köln;;50667;Deutschland\r\n"
    "NICKNAME:Jöggi\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==\r\n"
    "item1.X-SOCIALPROFILE:https://social.example/@joerg\r\nitem1.X-ABLabel:Mastodon\r\n"
    "END:VCARD\r\n"
)


def test_first_sync_fills_an_empty_server_and_a_second_changes_nothing(
    journal, server, client, book
):
    anna = create_contact(
        journal,
        person(
            "Anna",
            "Meier",
            organisation="Netz AG",
            role="CTO",
            city="München",
            closeness=5,
            address_form="du",
            topics="Glasfaser; 5G, Peering",
            notes="Erste Zeile\nzweite Zeile",
            birthday=Birthday(2, 29),
            met_on=dt.date(2024, 5, 1),
            channels=[
                Channel("email", "anna@netz.example", "work"),
                Channel("phone", "+49 89 123", "Büro"),
            ],
            tags=["Konferenz", "Kunde"],
        ),
    ).value
    org_only = create_contact(journal, ContactRecord(organisation="Nur Firma GmbH"))
    create_contact(journal, person("Ben", "Øster", archived=True))

    report = sync(journal, client, book)
    assert sorted(report.created_there) == ["Anna Meier", "Ben Øster", "Nur Firma GmbH"]
    cards = server_cards(client, book)
    assert len(cards) == 3
    href, _etag, text = card_of(client, book, anna.uid)
    assert href == f"{book}{anna.uid}.vcf"
    assert f"UID:urn:uuid:{anna.uid}" in text
    assert "X-NETZJOURNAL-CLOSENESS:5" in text and "X-NETZJOURNAL-ADDRESS-FORM:du" in text
    assert org_only.value.uid in "".join(t for _e, t in cards.values())

    # Nothing changed: nothing is written on either side, and it takes one request.
    before = client.requests
    again = sync(journal, client, book)
    assert again.changed == 0 and not again.conflicts
    assert client.requests - before == 1
    assert contacts(journal)[anna.uid] == get_contact(journal, anna.id)
    assert contacts(journal)[anna.uid].topics == "Glasfaser; 5G, Peering"


def test_a_language_not_known_travels_as_nothing_and_stays_not_known(journal, server, client, book):
    """A contact whose language is not known (an import that did not say) is sent
    without X-NETZJOURNAL-LANGUAGE (an empty value was no language), and the card
    read back keeps it not known; a chosen one travels as before."""
    frank = create_contact(journal, person("Frank", "Ebert", language="")).value
    jo = create_contact(journal, person("Jo", "Smith", language="en")).value
    sync(journal, client, book)
    text = card_of(client, book, frank.uid)[2]
    assert "X-NETZJOURNAL-LANGUAGE" not in text
    assert "X-NETZJOURNAL-LANGUAGE:en" in card_of(client, book, jo.uid)[2]
    again = sync(journal, client, book)
    assert again.changed == 0 and not again.conflicts
    assert get_contact(journal, frank.id).language == ""
    assert get_contact(journal, jo.id).language == "en"


def test_a_full_server_fills_an_empty_journal_and_keeps_what_the_phone_wrote(
    journal, server, client, book
):
    uid = "0a4c6a3e-5a7e-4c1b-9d0e-3f1b2c3d4e5f"
    client.put(f"{book}phone-1.vcf", PHONE_CARD.format(uid=uid), None)
    for n in range(20):
        client.put(
            f"{book}p{n}.vcf",
            f"BEGIN:VCARD\r\nVERSION:4.0\r\nUID:p-{n}\r\nFN:Person {n}\r\n"
            f"N:Nachname{n};Person;;;\r\nEND:VCARD\r\n",
            None,
        )
    report = sync(journal, client, book)
    assert len(report.created_here) == 21
    people = contacts(journal)
    assert len(people) == 21
    joerg = people[uid]
    assert (joerg.given_name, joerg.family_name, joerg.organisation) == (
        "Jörg",
        "Übel",
        "Stadtwerke Köln",
    )
    assert joerg.city == "Köln" and joerg.role == "Leiter Netze"
    assert search(journal, "Übel")  # indexed for the search like any contact

    # An edit in the journal goes up without losing the phone's own lines.
    joerg.role = "Bereichsleiter Netze"
    update_contact(journal, joerg)
    report = sync(journal, client, book)
    assert report.updated_there == ["Jörg Übel"] and report.changed == 1, report
    href, _etag, text = card_of(client, book, uid)
    assert href == f"{book}phone-1.vcf"  # the phone's card, not a second one
    assert "TITLE:Bereichsleiter Netze" in text
    assert "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==" in text
    assert "Hauptstraße 5" in text and "NICKNAME:Jöggi" in text
    assert "X-SOCIALPROFILE:https://social.example/@joerg" in text
    assert f"UID:{uid}" in text
    assert sync(journal, client, book).changed == 0


def test_people_new_from_the_server_have_no_known_language_unless_their_card_says(
    journal, radicale, client, book
):
    """A card made on a phone names no language: the contact became German and "Sie"
    whatever the interface spoke, later the interface's language. An import leaves
    it not known (the coach asks), and so does sync now; a card of ours keeps what it
    says, a vCard LANG is taken as an import takes it. The choice is the journal's
    reading of the card, not a change here: the card is not sent back for it, and a
    phone's later edit — or another interface language — changes nobody."""
    client.put(f"{book}phone-1.vcf", PHONE_CARD.format(uid="phone-1"), None)
    client.put(
        f"{book}ours.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ours-1\r\nFN:Jens Dohm\r\nN:Dohm;Jens;;;\r\n"
        "X-NETZJOURNAL-LANGUAGE:de\r\nX-NETZJOURNAL-ADDRESS-FORM:du\r\nEND:VCARD\r\n",
        None,
    )
    client.put(
        f"{book}lang.vcf",
        "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:lang-1\r\nFN:Chloe Hart\r\nN:Hart;Chloe;;;\r\n"
        "LANG:en-GB\r\nEND:VCARD\r\n",
        None,
    )
    report = sync(journal, client, book, language="en")
    assert sorted(report.created_here) == ["Chloe Hart", "Jens Dohm", "Jörg Übel"]
    people = contacts(journal)
    assert (people["phone-1"].language, people["phone-1"].address_form) == ("", "sie")
    assert (people["ours-1"].language, people["ours-1"].address_form) == ("de", "du")
    assert (people["lang-1"].language, people["lang-1"].address_form) == ("en", "sie")
    puts = _count_puts(client)
    assert sync(journal, client, book, language="en").changed == 0
    assert puts == []
    phone_edit(client, book, "phone-1", r"^TITLE:.*$", "TITLE:Leiter Netzbetrieb")
    puts.clear()  # (the phone's own)
    again = sync(journal, client, book, language="de")
    assert again.updated_here == ["Jörg Übel"] and again.changed == 1, again
    assert puts == []
    client.on_request = None
    joerg = contacts(journal)["phone-1"]
    assert (joerg.role, joerg.language, joerg.address_form) == ("Leiter Netzbetrieb", "", "sie")
    # Settled: the German interface later changes nobody.
    assert sync(journal, client, book, language="de").changed == 0
    assert contacts(journal)["phone-1"].language == ""
    # Edited here, the card goes up with what the journal holds, the phone's lines kept
    # (a language not known travels as nothing).
    joerg.city = "Bonn"
    update_contact(journal, joerg)
    assert sync(journal, client, book, language="de").updated_there == ["Jörg Übel"]
    _href, _etag, text = card_of(client, book, "phone-1")
    assert "X-NETZJOURNAL-LANGUAGE" not in text and "PHOTO;" in text
    assert sync(journal, client, book, language="de").changed == 0
    assert contacts(journal)["phone-1"].language == ""


def test_a_language_chosen_for_new_contacts_is_given_to_people_new_from_the_server(
    journal, radicale, client, book
):
    settings = coach_settings.load(journal)
    settings.new_contact_language, settings.new_contact_address_form = "en", "du"
    coach_settings.save(journal, settings)
    client.put(f"{book}phone-1.vcf", PHONE_CARD.format(uid="phone-1"), None)
    assert sync(journal, client, book, language="de").created_here == ["Jörg Übel"]
    joerg = contacts(journal)["phone-1"]
    assert (joerg.language, joerg.address_form) == ("en", "du")
    puts = _count_puts(client)
    assert sync(journal, client, book, language="de").changed == 0
    assert puts == []


def test_a_phone_s_address_book_is_not_sent_back_on_the_second_sync_in_english(journal, tmp_path):
    """Mira's interface is English and her phone holds 500 cards that name no language:
    the second sync sent all 500 back (X-NETZJOURNAL-LANGUAGE, Sie/du) and her phone
    downloaded them all again. Nothing changed here, so nothing goes up: no PUT, and
    no card on the server has a new ETag."""
    radicale = Radicale(tmp_path / "radicale")  # (the 500 cards exceed the fixture's size limit)
    radicale.start()
    client = DavClient(radicale.url, USER, PASSWORD)
    try:
        _five_hundred_phone_cards_stay_unsent(journal, client)
    finally:
        client.close()
        radicale.stop()


def _five_hundred_phone_cards_stay_unsent(journal: Journal, client: DavClient) -> None:
    book = client.ensure_addressbook()
    etag, _name, _count = client.collection_state(book)
    cards = "".join(
        PHONE_CARD.replace("Jörg", f"Jörg{n}").format(uid=f"phone-{n}") for n in range(500)
    )
    assert etag and client.put_collection(book, cards, etag, "text/vcard")  # one request
    create_contact(journal, person("Anna", "Meier", city="Bonn"))
    first = sync(journal, client, book, language="en")
    assert len(first.created_here) == 500 and first.created_there == ["Anna Meier"]
    phone = [c for uid, c in contacts(journal).items() if uid.startswith("phone-")]
    assert len(phone) == 500 and {(c.language, c.address_form) for c in phone} == {("", "sie")}
    on_the_server = client.list_etags(book).etags
    puts = _count_puts(client)
    second = sync(journal, client, book, language="en")
    client.on_request = None
    assert second.changed == 0 and puts == [], (second, len(puts))
    assert client.list_etags(book).etags == on_the_server


def test_edits_on_each_side_travel_and_different_fields_merge(journal, server, client, book):
    a = create_contact(journal, person("Anna", "Meier", city="Bonn")).value
    b = create_contact(journal, person("Bert", "Brandt", role="Einkauf")).value
    sync(journal, client, book)

    # The journal moves Anna; the phone gives Bert a new title and Anna a phone number.
    a.city = "Köln"
    update_contact(journal, a)
    phone_edit(client, book, b.uid, r"^TITLE:.*$", "TITLE:Leitung Einkauf")
    phone_edit(client, book, a.uid, r"^END:VCARD", "TEL;TYPE=cell:+49 151 99\r\nEND:VCARD")

    report = sync(journal, client, book)
    assert not report.conflicts
    people = contacts(journal)
    assert people[b.uid].role == "Leitung Einkauf"
    assert people[a.uid].city == "Köln"
    assert [(c.kind, c.value) for c in people[a.uid].channels] == [("phone", "+49 151 99")]
    _href, _etag, text = card_of(client, book, a.uid)
    assert "Köln" in text and "+49 151 99" in text
    assert sync(journal, client, book).changed == 0


def test_a_phone_edit_keeps_where_we_met(journal, server, client, book):
    # The card does not carry the evening where we met: merging the phone's edit
    # must not drop the journal's link to it.
    from netzjournal.store.events import create_event, set_met_at
    from netzjournal.store.records import EventRecord

    a = create_contact(journal, person("Anna", "Meier", city="Bonn")).value
    evening = create_event(journal, EventRecord(name="Barcamp Köln", starts_on=TODAY)).value
    set_met_at(journal, a.id, evening.id)
    sync(journal, client, book)
    phone_edit(client, book, a.uid, r"^END:VCARD", "TEL;TYPE=cell:+49 151 99\r\nEND:VCARD")

    sync(journal, client, book)
    got = get_contact(journal, a.id)
    assert [c.value for c in got.channels] == ["+49 151 99"]
    assert got.met_at_event_id == evening.id
    assert state.all_contacts(journal) == [got]


def test_the_same_field_on_both_sides_keeps_both_values(journal, server, client, book):
    a = create_contact(journal, person("Anna", "Meier", role="CTO", city="Bonn")).value
    sync(journal, client, book)
    a.role = "CEO"
    update_contact(journal, a)
    phone_edit(client, book, a.uid, r"^TITLE:.*$", "TITLE:Vorständin")
    phone_edit(client, book, a.uid, r"^ADR:.*$", "ADR:;;;Berlin;;;")

    report = sync(journal, client, book)
    assert report.conflicts == [("Anna Meier", "role")]
    kept = contacts(journal)[a.uid]
    assert kept.role == "CEO"  # the journal's value stays
    assert kept.city == "Berlin"  # the other field merged
    [conflict] = state.open_conflicts(journal)
    assert (conflict.uid, conflict.field) == (a.uid, "role")
    assert (conflict.journal_value, conflict.server_value) == ("CEO", "Vorständin")
    # Both sides agree again (the journal's value) until the user decides.
    assert "TITLE:CEO" in card_of(client, book, a.uid)[2]
    assert sync(journal, client, book).changed == 0


def test_delete_on_one_side_and_edit_on_the_other_keeps_the_edited(journal, server, client, book):
    gone_here = create_contact(journal, person("Gerd", "Hier")).value
    gone_there = create_contact(journal, person("Dora", "Dort")).value
    untouched = create_contact(journal, person("Ute", "Unberührt")).value
    also_untouched = create_contact(journal, person("Udo", "Unberührt")).value
    deleted_both_ways = create_contact(journal, person("Lea", "Lokal")).value
    sync(journal, client, book)

    delete_contacts(journal, [gone_here.id])
    phone_edit(client, book, gone_here.uid, r"^END:VCARD", "NOTE:Neue Nummer\r\nEND:VCARD")
    dora_href = card_of(client, book, gone_there.uid)[0]
    client.delete(dora_href, None)
    gone_there.city = "Hamburg"
    update_contact(journal, gone_there)
    client.delete(card_of(client, book, untouched.uid)[0], None)
    client.delete(card_of(client, book, also_untouched.uid)[0], None)
    delete_contacts(journal, [deleted_both_ways.id])

    report = sync(journal, client, book)
    people = contacts(journal)
    assert people[gone_here.uid].notes == "Neue Nummer"  # edited there: back here
    assert people[gone_there.uid].city == "Hamburg"  # edited here: kept, and up again
    assert "Hamburg" in card_of(client, book, gone_there.uid)[2]
    assert untouched.uid not in people  # deleted there, untouched here: deleted
    assert sorted(report.deleted_here) == ["Udo Unberührt", "Ute Unberührt"]
    assert also_untouched.uid not in people
    # Several deleted at once: backed up first, like any bulk delete.
    assert [b.reason for b in list_backups(journal.backup_dir)] == ["pre-delete"]
    texts = "".join(t for _e, t in server_cards(client, book).values())
    assert deleted_both_ways.uid not in texts
    assert len(server_cards(client, book)) == 2
    assert sync(journal, client, book).changed == 0


def test_a_card_the_server_rejects_is_reported_and_the_rest_syncs(journal, radicale, client, book):
    create_contact(journal, person("Anna", "Meier"))
    big = create_contact(journal, person("Viel", "Text", notes="x" * 60_000)).value
    report = sync(journal, client, book)
    assert [name for name, _why in report.rejected] == ["Viel Text"]
    assert report.created_there == ["Anna Meier"]
    assert len(server_cards(client, book)) == 1
    # Still rejected next time (and still reported), never half-written.
    assert [n for n, _ in sync(journal, client, book).rejected] == ["Viel Text"]
    big.notes = "kurz"
    update_contact(journal, big)
    report = sync(journal, client, book)
    assert report.created_there == ["Viel Text"] and not report.rejected


def test_a_server_killed_mid_sync_resumes_without_duplicates(
    journal, server, client, book, monkeypatch
):
    # Card by card (a collection upload is one request; its own test is below).
    monkeypatch.setattr(engine, "BULK_MIN", 10_000)
    people = [person(f"Vorname{n}", f"Nachname{n}", city="Ulm") for n in range(150)]
    for p in people:
        create_contact(journal, p)
    puts = 0

    def crash_at_the_130th_put(method: str, _url: str) -> None:
        nonlocal puts
        if method == "PUT":
            puts += 1
            if puts == 130:  # the first batch of 100 recorded, the second half sent
                server.kill()

    client.on_request = crash_at_the_130th_put
    with pytest.raises(SyncError) as caught:
        sync(journal, client, book)
    assert caught.value.code == "unreachable"
    client.on_request = None
    server.start()  # same port, same folder
    report = sync(journal, client, book)
    assert not report.conflicts and not report.rejected
    cards = server_cards(client, book)
    assert len(cards) == 150
    uids = {re.search(r"UID:urn:uuid:(\S+)", t).group(1) for _e, t in cards.values()}
    assert uids == set(contacts(journal))
    assert len(contacts(journal)) == 150
    assert sync(journal, client, book).changed == 0


def test_an_expired_sync_token_falls_back_to_etags(journal, server, client, book):
    a = create_contact(journal, person("Anna", "Meier")).value
    create_contact(journal, person("Bert", "Brandt"))
    sync(journal, client, book)
    state.set_sync_token(journal, token_key(book, "contact"), "contact", STALE_TOKENS[server.name])
    phone_edit(client, book, a.uid, r"^END:VCARD", "NOTE:vom Telefon\r\nEND:VCARD")
    report = sync(journal, client, book)
    assert report.full_listing
    assert report.updated_here == ["Anna Meier"] and report.changed == 1
    assert contacts(journal)[a.uid].notes == "vom Telefon"
    assert len(server_cards(client, book)) == 2
    assert sync(journal, client, book).full_listing is False


def test_a_wrong_password_says_so_and_changes_nothing(journal, radicale, client, book):
    create_contact(journal, person("Anna", "Meier"))
    wrong = DavClient(radicale.url, USER, "falsch")
    with pytest.raises(SyncError) as caught:
        sync(journal, wrong, book)
    assert caught.value.code == "auth"
    assert state.sync_items(journal, "contact") == {}


def test_a_dry_run_reports_and_writes_nothing(journal, server, client, book):
    create_contact(journal, person("Anna", "Meier"))
    client.put(f"{book}x.vcf", PHONE_CARD.format(uid="x-1"), None)
    report = sync(journal, client, book, dry_run=True)
    assert report.created_there == ["Anna Meier"] and report.created_here == ["Jörg Übel"]
    assert len(server_cards(client, book)) == 1
    assert len(contacts(journal)) == 1
    assert state.sync_items(journal, "contact") == {}


def test_an_untrusted_certificate_and_a_dead_server_are_told_apart(journal, tmp_path):
    from dav_servers import XandikosTLS, free_port

    tls = XandikosTLS(tmp_path / "tls")
    tls.start()
    try:
        with pytest.raises(SyncError) as caught:
            DavClient(tls.url, USER, PASSWORD).ensure_addressbook()
        assert caught.value.code == "certificate"
        # Xandikos --autocert's own certificate, read to be shown and perhaps trusted.
        assert caught.value.certificate is not None
        assert len(caught.value.certificate.fingerprint) == 64
    finally:
        tls.stop()
    with pytest.raises(SyncError) as caught:
        DavClient(f"http://127.0.0.1:{free_port()}/", USER, PASSWORD).ensure_addressbook()
    assert caught.value.code == "unreachable"


def _count_puts(client: DavClient) -> list[str]:
    puts: list[str] = []
    client.on_request = lambda method, url: puts.append(url) if method == "PUT" else None
    return puts


def test_a_first_sync_into_an_empty_book_goes_up_in_one_request_where_the_server_takes_it(
    journal, server, client, book
):
    """Radicale takes a collection upload (one request instead of one per card, whose
    cost grows with the book there); Xandikos refuses it (405) and gets every card
    on its own. Either way the same cards arrive, the book keeps its name, and the
    next runs find nothing to do and carry edits both ways."""
    for n in range(engine.BULK_MIN + 10):
        create_contact(journal, person(f"Vorname{n}", f"Nachname{n}", city="Ulm"))
    puts = _count_puts(client)
    report = sync(journal, client, book)
    client.on_request = None
    n = engine.BULK_MIN + 10
    assert len(report.created_there) == n and not report.rejected
    if server.name == "radicale":
        assert puts == [book]
    else:
        assert puts[0] == book and len(puts) == n + 1
    cards = server_cards(client, book)
    assert {
        card_uid(re.search(r"^UID\S*?:(\S+)", t, re.M).group(1)) for _e, t in cards.values()
    } == set(contacts(journal))
    # Each card sits at <uid>.vcf, as a single upload would have put it.
    assert _hrefs(journal) == {uid: f"{book}{uid}.vcf" for uid in contacts(journal)}
    assert set(cards) == set(_hrefs(journal).values())
    assert client.ensure_addressbook(create=False) == book  # the name survived
    assert sync(journal, client, book).changed == 0
    anna = next(c for c in contacts(journal).values() if c.given_name == "Vorname3")
    phone_edit(client, book, anna.uid, r"^END:VCARD", "TITLE:Chefin\nEND:VCARD")
    report = sync(journal, client, book)
    assert report.updated_here == ["Vorname3 Nachname3"]
    assert contacts(journal)[anna.uid].role == "Chefin"


@pytest.mark.parametrize("phone_meanwhile", [False, True], ids=["ours-only", "phone-card"])
def test_a_first_sync_cut_off_one_by_one_goes_on_in_one_upload(
    journal, radicale, client, book, monkeypatch, phone_meanwhile
):
    """A first sync of an address book cut off part-way (quit, killed, the network
    gone) left the rest to go up one by one: each card costs Radicale a read of every
    card there (hours for an L journal). Where the book holds only this journal's
    cards as it left them, the rest goes up in one upload with them — each card where
    it was, its UID the same; anything else there (a phone's card) keeps the one-by-
    one way."""
    from netzjournal.progress import Cancelled

    n = engine.BULK_MIN + 60  # 70 left after the cut-off: enough for an upload
    for k in range(n):
        create_contact(journal, person(f"Vorname{k}", f"Nachname{k}", city="Ulm"))

    # The first sync goes one by one (a server that refused the upload) and is stopped
    # after 40 cards.
    def stop_at_40(phase: str, done: int, total: int) -> None:
        if phase == "send" and done >= 40:
            raise Cancelled

    with monkeypatch.context() as one_by_one, pytest.raises(Cancelled):
        one_by_one.setattr(engine.Engine, "_bulk_upload", lambda self, pending: pending)
        sync(journal, client, book, progress=stop_at_40)
    first = _hrefs(journal)
    assert len(first) == 40
    before = {href: text for href, (_e, text) in server_cards(client, book).items()}
    if phone_meanwhile:
        client.put(f"{book}phone-joerg.vcf", PHONE_CARD.format(uid="phone-joerg"), None)

    puts = _count_puts(client)
    report = sync(journal, client, book)
    client.on_request = None
    assert not report.rejected and len(report.created_there) == n - 40
    if phone_meanwhile:
        assert book not in puts and len(puts) == n - 40  # one by one, as before
    else:
        assert puts == [book]  # the rest, in one upload
    # Every card once, each where a single upload puts it, the first 40 where they were.
    everyone = contacts(journal)
    assert len(everyone) == n + phone_meanwhile
    ours = {uid for uid, c in everyone.items() if c.given_name.startswith("Vorname")}
    assert {uid: h for uid, h in _hrefs(journal).items() if uid in ours} == {
        uid: f"{book}{uid}.vcf" for uid in ours
    }
    cards = server_cards(client, book)
    uids = Counter(
        card_uid(re.search(r"^UID\S*?:(\S+)", t, re.M).group(1)) for _e, t in cards.values()
    )
    assert uids == Counter(ours | ({"phone-joerg"} if phone_meanwhile else set()))
    # The 40 kept their lines (only the UID's spelling may differ).
    for href, text in before.items():
        unspelled = re.sub(r"^UID\S*\n", "", text, flags=re.M)
        assert re.sub(r"^UID\S*\n", "", cards[href][1], flags=re.M) == unspelled
    if not phone_meanwhile:
        # Each card of the upload spells its UID plainly, as "UID:<uuid>" (it was
        # "UID;VALUE=text:<uuid>", kept so by the server).
        spelled = {href: re.findall(r"^UID\S*", t, re.M) for href, (_e, t) in cards.items()}
        assert spelled == {f"{book}{uid}.vcf": [f"UID:{uid}"] for uid in ours}
    assert sync(journal, client, book).changed == 0


# Encryption sits below the journal's connection, and the encrypted run has the store's
# and sync's own tests: this test (an upload's parts) gains nothing from the run key and
# would cost CI minutes twice.
@pytest.mark.plain_only
def test_a_resume_too_large_for_one_upload_goes_up_in_parts_not_one_by_one(journal, tmp_path):
    """A server that refused the resume's collection upload for its size (413: Radicale's
    ``max_content_length``, a proxy's body limit) got every card of it one by one —
    each costing Radicale a read of every card there. Now the new cards are halved
    until an upload is taken, and the next part goes with that many; as an upload
    replaces the book, each part carries what is there, so the parts stop at the
    server's limit and only the rest goes one by one."""
    from netzjournal.progress import Cancelled

    small = Radicale(tmp_path / "small", max_content_length=70_000)  # ~300 of our cards
    small.start()
    client = DavClient(small.url, USER, PASSWORD)
    try:
        book = client.ensure_addressbook()
        n = 340
        for k in range(n):
            create_contact(journal, person(f"Vorname{k}", f"Nachname{k}", city="Ulm"))

        def stop_at_40(phase: str, done: int, total: int) -> None:
            if phase == "send" and done >= 40:
                raise Cancelled

        with pytest.MonkeyPatch.context() as one_by_one, pytest.raises(Cancelled):
            one_by_one.setattr(engine.Engine, "_bulk_upload", lambda self, pending: pending)
            sync(journal, client, book, progress=stop_at_40)
        before = {href: text for href, (_e, text) in server_cards(client, book).items()}
        assert len(before) == 40

        answers: list[tuple[str, int]] = []
        send = client._send

        def counted(method, url, data, headers):
            response = send(method, url, data, headers)
            if method == "PUT":
                answers.append((client.path(url), response.status_code))
            return response

        client._send = counted
        steps: list[tuple[str, int, int]] = []
        report = sync(journal, client, book, progress=lambda *step: steps.append(step))
        client._send = send
        # Once the one request for all was refused, the progress says the parts (the
        # status bar said "sending all 300 in one go…" while they went up).
        uploads_said = [s for s in steps if s[0] in ("upload", "parts")]
        assert uploads_said[0] == ("upload", 0, n - 40)
        assert uploads_said[1] == ("parts", 0, n - 40), uploads_said
        assert all(phase == "parts" for phase, _d, _t in uploads_said[1:])
        assert any(done > 0 for _p, done, _t in uploads_said[1:])
        assert not report.rejected and len(report.created_there) == n - 40
        uploads = [status for url, status in answers if url == book]
        singles = [url for url, _status in answers if url != book]
        assert 413 in uploads and uploads.count(201) + uploads.count(200) >= 2, uploads
        assert len(singles) < (n - 40) // 2, len(singles)  # (was all 300)
        # Every card once, at <uid>.vcf; the first 40 kept their lines.
        everyone = contacts(journal)
        assert _hrefs(journal) == {uid: f"{book}{uid}.vcf" for uid in everyone}
        cards = server_cards(client, book)
        uids = Counter(
            card_uid(re.search(r"^UID\S*?:(\S+)", t, re.M).group(1)) for _e, t in cards.values()
        )
        assert uids == Counter(set(everyone))
        for href, text in before.items():
            unspelled = re.sub(r"^UID\S*\n", "", text, flags=re.M)
            assert re.sub(r"^UID\S*\n", "", cards[href][1], flags=re.M) == unspelled
        assert client.ensure_addressbook(create=False) == book  # the name survived
        assert sync(journal, client, book).changed == 0
    finally:
        client.close()
        small.stop()


def _hrefs(j: Journal) -> dict[str, str]:
    return {uid: item.href for uid, item in state.sync_items(j, "contact").items()}


def test_a_collection_upload_never_replaces_what_a_phone_put_there_first(
    journal, radicale, client, book
):
    """The upload is tried only on an empty book, and only while it is unchanged
    (If-Match on the book's ETag): a card the phone adds in between makes it fail,
    and the cards go up one by one beside the phone's."""
    for n in range(engine.BULK_MIN):
        create_contact(journal, person(f"Vorname{n}", f"Nachname{n}", city="Ulm"))
    phone_uid = "phone-added-1"

    def phone_adds_a_card(method: str, url: str) -> None:
        if method == "PUT" and client.path(url) == book:
            client.on_request = None
            client.put(f"{book}{phone_uid}.vcf", PHONE_CARD.format(uid=phone_uid), None)

    client.on_request = phone_adds_a_card
    report = sync(journal, client, book)
    assert len(report.created_there) == engine.BULK_MIN
    cards = server_cards(client, book)
    assert len(cards) == engine.BULK_MIN + 1
    assert any(phone_uid in text for _e, text in cards.values())
    report = sync(journal, client, book)
    assert report.created_here == ["Jörg Übel"]
    assert sync(journal, client, book).changed == 0


def test_a_server_killed_after_a_collection_upload_resumes_without_duplicates(
    journal, radicale, client, book
):
    for n in range(engine.BULK_MIN + 5):
        create_contact(journal, person(f"Vorname{n}", f"Nachname{n}", city="Ulm"))
    seen_put = False

    def crash_after_the_upload(method: str, _url: str) -> None:
        nonlocal seen_put
        if seen_put:
            radicale.kill()
        seen_put = seen_put or method == "PUT"

    client.on_request = crash_after_the_upload
    with pytest.raises(SyncError):
        sync(journal, client, book)
    client.on_request = None
    radicale.start()
    report = sync(journal, client, book)
    assert not report.conflicts and not report.rejected and not report.created_there
    assert len(server_cards(client, book)) == engine.BULK_MIN + 5
    assert len(contacts(journal)) == engine.BULK_MIN + 5
    assert sync(journal, client, book).changed == 0


def test_edits_here_go_up_without_a_second_listing_and_later_phone_changes_still_arrive(
    journal, server, client, book
):
    """A run that only edits keeps the token from before its own writes (a second
    listing would cost as much as a whole run with nothing to do); the next run
    sees its own writes again, fetches nothing for them, and still sees what the
    phone did to them afterwards."""
    people = [
        create_contact(journal, person(f"Vorname{n}", f"Nachname{n}")).value for n in range(4)
    ]
    sync(journal, client, book)
    for p in people:
        p.notes = "geändert"
        update_contact(journal, p)
    methods: list[str] = []
    client.on_request = lambda method, _url: methods.append(method)
    report = sync(journal, client, book)
    assert len(report.updated_there) == 4
    # The listing, the server's current cards (one multiget), the four cards.
    assert methods == ["REPORT", "REPORT", "PUT", "PUT", "PUT", "PUT"]
    methods.clear()
    assert sync(journal, client, book).changed == 0
    assert methods == ["REPORT"]  # its own writes listed again, nothing fetched
    client.on_request = None

    client.delete(card_of(client, book, people[0].uid)[0], None)
    phone_edit(client, book, people[1].uid, r"^END:VCARD", "TITLE:Vom Telefon\r\nEND:VCARD")
    report = sync(journal, client, book)
    assert report.deleted_here == ["Vorname0 Nachname0"]
    assert report.updated_here == ["Vorname1 Nachname1"]
    now = contacts(journal)
    assert people[0].uid not in now and now[people[1].uid].role == "Vom Telefon"
    assert sync(journal, client, book).changed == 0


def test_middle_names_suffix_and_nickname_travel_both_ways_and_merge_by_field(
    journal, server, client, book
):
    """N's middle names and suffix and NICKNAME are synced fields: up, down, merged
    field by field, and NICKNAME is written once (the journal's), never piled up."""
    ada = create_contact(journal, person(
        "Ada", "King", additional_names="Augusta", honorific_suffix="MBA",
        nickname="Enchantress")).value  # fmt: skip
    plain = create_contact(journal, person("Bert", "Brandt")).value
    sync(journal, client, book)
    _href, _etag, text = card_of(client, book, ada.uid)
    assert "N:King;Ada;Augusta;;MBA" in text.splitlines()
    assert text.count("NICKNAME") == 1 and "NICKNAME:Enchantress" in text
    assert "NICKNAME" not in card_of(client, book, plain.uid)[2]

    # The phone changes the nickname and gives Bert middle names and a nickname;
    # the journal changes Ada's middle names: different fields, no conflict.
    phone_edit(client, book, ada.uid, r"^NICKNAME:.*$", "NICKNAME:Countess")
    phone_edit(client, book, plain.uid, r"^N:.*$", "N:Brandt;Bert;Otto,Karl;;Jr.\r\nNICKNAME:Bobo")
    ada = get_contact(journal, ada.id)
    ada.additional_names = "Augusta, Byron"
    update_contact(journal, ada)
    report = sync(journal, client, book)
    assert not report.conflicts, report
    people = contacts(journal)
    assert (people[ada.uid].additional_names, people[ada.uid].nickname) == (
        "Augusta, Byron", "Countess")  # fmt: skip
    bert = people[plain.uid]
    assert (bert.additional_names, bert.honorific_suffix, bert.nickname) == (
        "Otto, Karl", "Jr.", "Bobo")  # fmt: skip
    _href, _etag, text = card_of(client, book, ada.uid)
    assert "N:King;Ada;Augusta,Byron;;MBA" in text.splitlines()
    assert text.count("NICKNAME") == 1 and "NICKNAME:Countess" in text
    assert sync(journal, client, book).changed == 0

    # The journal edits Bert's card again (another field): the phone's nickname stays, once.
    bert.city = "Köln"
    update_contact(journal, bert)
    sync(journal, client, book)
    _href, _etag, text = card_of(client, book, plain.uid)
    assert text.count("NICKNAME") == 1 and "NICKNAME:Bobo" in text

    # Both change the nickname: the journal's value stays, the server's is a conflict.
    ada = get_contact(journal, ada.id)
    ada.nickname = "Lady L."
    update_contact(journal, ada)
    phone_edit(client, book, ada.uid, r"^NICKNAME:.*$", "NICKNAME:Ada L.")
    report = sync(journal, client, book)
    assert report.conflicts == [("Ada King", "nickname")]
    [conflict] = state.open_conflicts(journal)
    assert (conflict.journal_value, conflict.server_value) == ("Lady L.", "Ada L.")
    assert contacts(journal)[ada.uid].nickname == "Lady L."

    # The journal clears Bert's nickname: it goes from the card.
    bert = get_contact(journal, plain.id)
    bert.nickname = ""
    update_contact(journal, bert)
    sync(journal, client, book)
    assert "NICKNAME" not in card_of(client, book, plain.uid)[2]
    assert sync(journal, client, book).changed == 0


def test_messengers_travel_as_impp_and_a_phone_s_x_skype_is_read(journal, radicale, client, book):
    """IMPP was not kept: a messenger added on the phone was lost, and none went up."""
    a = create_contact(journal, person("Anna", "Meier", channels=[
        Channel("messenger", "anna@jabber.example", "xmpp")])).value  # fmt: skip
    sync(journal, client, book)
    assert "IMPP;X-SERVICE-TYPE=XMPP:xmpp:anna@jabber.example" in card_of(client, book, a.uid)[2]
    assert sync(journal, client, book).changed == 0  # (nothing to send again)
    phone_edit(client, book, a.uid, r"^END:VCARD", "X-SKYPE:anna.m\r\nEND:VCARD")
    sync(journal, client, book)
    got = get_contact(journal, a.id)
    assert [(c.value, c.label) for c in got.channels] == [
        ("anna@jabber.example", "xmpp"),
        ("anna.m", "skype"),
    ]
    # Taken out in the journal, it stays out: the phone's X-SKYPE went with it.
    got.channels = got.channels[:1]
    update_contact(journal, got)
    sync(journal, client, book)
    text = card_of(client, book, a.uid)[2]
    assert "X-SKYPE" not in text and "anna.m" not in text
    sync(journal, client, book)
    assert [c.value for c in get_contact(journal, a.id).channels] == ["anna@jabber.example"]


def test_the_same_people_made_on_both_sides_before_the_first_sync_are_not_doubled(
    journal, server, client, book
):
    """Mira's phone and her journal both know Jörg (the same address, any case): the
    first sync joins them instead of giving each side the other's copy. A namesake
    with another address, and a colleague sharing the office's address, stay apart."""
    joerg_uid = "0a4c6a3e-5a7e-4c1b-9d0e-3f1b2c3d4e5f"
    client.put(f"{book}phone-1.vcf", PHONE_CARD.format(uid=joerg_uid), None)
    client.put(
        f"{book}phone-2.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-2\r\nFN:Anna Schmidt\r\nN:Schmidt;Anna;;;\r\n"
        "EMAIL:anna@kanzlei.example\r\nORG:Kanzlei Schmidt\r\nEND:VCARD\r\n",
        None,
    )
    client.put(
        f"{book}phone-3.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-3\r\nFN:Bea Kurz\r\nN:Kurz;Bea;;;\r\n"
        "EMAIL:info@stadtwerke.example\r\nEND:VCARD\r\n",
        None,
    )
    here = create_contact(
        journal,
        person("Jörg", "Übel", city="Köln", topics="Netzausbau", nickname="Jörgi",
               channels=[Channel("email", "Joerg@Stadtwerke.example", "work")]),
    ).value  # fmt: skip
    namesake = create_contact(
        journal,
        person("Anna", "Schmidt", city="Ulm", channels=[Channel("email", "anna@ulm.example")]),
    ).value
    colleague = create_contact(
        journal,
        person("Carl", "Lang", channels=[Channel("email", "info@stadtwerke.example")]),
    ).value

    report = sync(journal, client, book)
    assert report.paired == ["Jörg Übel"], report
    assert sorted(report.created_here) == ["Anna Schmidt", "Bea Kurz"]
    assert sorted(report.created_there) == ["Anna Schmidt", "Carl Lang"]
    people = contacts(journal)
    assert len(people) == 5  # 3 here + 3 there − 1 the same
    assert set(people) >= {here.uid, namesake.uid, colleague.uid}
    assert joerg_uid not in people  # the journal's Jörg keeps his UID
    joerg = people[here.uid]
    # What only one side held travels: the phone's organisation and title here,
    # the journal's topics up; the address spelled alike but for case is no conflict
    # (the journal's spelling goes up); a nickname both wrote differently is one.
    assert (joerg.organisation, joerg.role, joerg.city) == (
        "Stadtwerke Köln", "Leiter Netze", "Köln"
    )  # fmt: skip
    assert [c.value for c in joerg.channels if c.kind == "email"] == ["Joerg@Stadtwerke.example"]
    assert [f for _n, f in report.conflicts] == ["nickname"]
    cards = server_cards(client, book)
    assert len(cards) == 5
    href, _etag, text = card_of(client, book, joerg_uid)
    assert href == f"{book}phone-1.vcf"
    assert f"UID:{joerg_uid}" in text and here.uid not in text  # a card's UID never changes
    assert "PHOTO;" in text and "X-NETZJOURNAL-TOPICS:Netzausbau" in text
    assert "Joerg@Stadtwerke.example" in text
    assert sync(journal, client, book).changed == 0

    # From then on they are one: the phone's edit reaches the journal's Jörg, and
    # the journal's edit his card.
    phone_edit(client, book, joerg_uid, r"^TITLE:.*$", "TITLE:Bereichsleiter Netze")
    report = sync(journal, client, book)
    assert report.updated_here == ["Jörg Übel"] and report.changed == 1, report
    joerg = contacts(journal)[here.uid]
    assert joerg.role == "Bereichsleiter Netze"
    joerg.city = "Bonn"
    update_contact(journal, joerg)
    assert sync(journal, client, book).updated_there == ["Jörg Übel"]
    _href, _etag, text = card_of(client, book, joerg_uid)
    assert "Bonn" in text and f"UID:{joerg_uid}" in text
    assert len(server_cards(client, book)) == 5 and len(contacts(journal)) == 5
    assert sync(journal, client, book).changed == 0


def test_an_archived_contact_here_is_paired_with_the_phone_s_card_and_stays_archived(
    journal, radicale, client, book
):
    """Mira archived Jörg in her journal; her phone still has him. The first sync
    brought his card in as a second, live Jörg beside the archived one. Now the two
    are one: archived here (out of the coach), his card stays on the phone, and the
    phone's later edits reach him. A contact archived here after it was synced live
    still goes off the server, as before."""
    from netzjournal.store.contacts import set_archived

    joerg_uid = "0a4c6a3e-5a7e-4c1b-9d0e-3f1b2c3d4e5f"
    client.put(f"{book}phone-1.vcf", PHONE_CARD.format(uid=joerg_uid), None)
    here = create_contact(
        journal,
        person("Jörg", "Übel", topics="Netzausbau",
               channels=[Channel("email", "joerg@stadtwerke.example", "work")]),
    ).value  # fmt: skip
    set_archived(journal, [here.id], True)
    live = create_contact(journal, person("Lena", "Lebendig")).value

    report = sync(journal, client, book, include_archived=False)
    assert report.paired == ["Jörg Übel"] and report.paired_archived == ["Jörg Übel"], report
    assert not report.created_here and report.created_there == ["Lena Lebendig"]
    people = contacts(journal)
    assert set(people) == {here.uid, live.uid}
    joerg = people[here.uid]
    assert joerg.archived and (joerg.organisation, joerg.topics) == (
        "Stadtwerke Köln",
        "Netzausbau",
    )
    href, _etag, text = card_of(client, book, joerg_uid)
    assert href == f"{book}phone-1.vcf" and "PHOTO;" in text
    assert sync(journal, client, book, include_archived=False).changed == 0
    assert len(server_cards(client, book)) == 2  # his card stays the phone's

    phone_edit(client, book, joerg_uid, r"^TITLE:.*$", "TITLE:Bereichsleiter Netze")
    report = sync(journal, client, book, include_archived=False)
    assert report.updated_here == ["Jörg Übel"] and report.changed == 1, report
    joerg = contacts(journal)[here.uid]
    assert joerg.role == "Bereichsleiter Netze" and joerg.archived

    set_archived(journal, [live.id], True)
    report = sync(journal, client, book, include_archived=False)
    assert report.deleted_there == ["Lena Lebendig"] and report.changed == 1, report
    assert [h for h in server_cards(client, book)] == [f"{book}phone-1.vcf"]
    assert sync(journal, client, book, include_archived=False).changed == 0


def test_turning_off_archived_contacts_on_the_server_takes_their_cards_off(
    journal, radicale, client, book
):
    """A card on the server as archived stays there (a phone's, paired with someone
    archived here): but one put there while archived contacts were synced goes when
    the user turns that off, as it always did."""
    from netzjournal.store.contacts import set_archived
    from netzjournal.sync import settings as sync_settings

    old = create_contact(journal, person("Otto", "Alt")).value
    set_archived(journal, [old.id], True)
    assert sync(journal, client, book, include_archived=True).created_there == ["Otto Alt"]
    was = sync_settings.SyncSettings(enabled=True, url="u", user="anna", include_archived=True)
    now = sync_settings.SyncSettings(enabled=True, url="u", user="anna", include_archived=False)
    sync_settings.change(journal, was, now)
    report = sync(journal, client, book, include_archived=False)
    assert report.deleted_there == ["Otto Alt"] and report.changed == 1, report
    assert not server_cards(client, book) and contacts(journal)[old.uid].archived
    assert sync(journal, client, book, include_archived=False).changed == 0


def test_people_without_an_e_mail_address_are_paired_by_full_name_and_phone_number(
    journal, radicale, client, book
):
    """Neither the phone's Jörg nor the journal's has an e-mail address: the same full
    name and the same number (spelled +49 there, 0 here) make them one. Namesakes
    sharing an office's number stay apart, here or on the phone, and so does one
    whose addresses differ."""
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{given} {family}\r\n"
        "N:{family};{given};;;\r\nTEL;TYPE=CELL:{tel}\r\n{more}END:VCARD\r\n"
    )
    no_address = PHONE_CARD.replace("EMAIL;TYPE=WORK:joerg@stadtwerke.example\r\n", "")
    client.put(f"{book}phone-1.vcf", no_address.format(uid="phone-1"), None)
    switchboard = dict(given="Anna", family="Schmidt", tel="+49 89 1234-0", more="")
    client.put(f"{book}phone-2.vcf", card.format(uid="phone-2", **switchboard), None)
    carl = dict(
        given="Carl", family="Lang", tel="+49 30 555 01", more="EMAIL:carl@privat.example\r\n"
    )
    client.put(f"{book}phone-3.vcf", card.format(uid="phone-3", **carl), None)
    for uid in ("phone-4", "phone-5"):  # two Tom Bergs on the phone, one number
        tom = dict(given="Tom", family="Berg", tel="+49 40 777 00", more="")
        client.put(f"{book}{uid}.vcf", card.format(uid=uid, **tom), None)
    here = create_contact(
        journal, person("Jörg", "Übel", city="Köln", channels=[Channel("phone", "0170 1234567")])
    ).value
    for city in ("Ulm", "Bonn"):  # two Anna Schmidts at one firm, its switchboard's number
        create_contact(
            journal,
            person("Anna", "Schmidt", city=city, channels=[Channel("phone", "089 1234-0")]),
        )
    channels = [Channel("phone", "030 555 01"), Channel("email", "carl@firma.example")]
    here_carl = create_contact(journal, person("Carl", "Lang", channels=channels)).value
    here_tom = create_contact(
        journal, person("Tom", "Berg", channels=[Channel("phone", "040 777 00")])
    ).value

    report = sync(journal, client, book)
    assert report.paired_by_phone == ["Jörg Übel"] and not report.paired, report
    assert not report.conflicts, report
    assert sorted(report.created_here) == ["Anna Schmidt", "Carl Lang", "Tom Berg", "Tom Berg"]
    people = contacts(journal)
    assert len(people) == 9 and "phone-1" not in people
    assert {here_carl.uid, here_tom.uid, "phone-4", "phone-5"} <= set(people)
    joerg = people[here.uid]
    assert (joerg.city, joerg.organisation) == ("Köln", "Stadtwerke Köln")
    assert [c.value for c in joerg.channels if c.kind == "phone"] == ["0170 1234567"]
    assert len(server_cards(client, book)) == 9
    assert "Köln" in card_of(client, book, "phone-1")[2]
    assert sync(journal, client, book).changed == 0


def test_a_card_deleted_on_the_phone_keeps_a_contact_with_history_here_archived(
    journal, radicale, client, book
):
    """Mira tidies her phone's address book: people she has notes, follow-ups or
    evenings with stay in the journal (archived, off the server), and her notes
    still name them; only people with no history here are deleted."""
    from conftest import note

    from netzjournal.store.events import create_event, set_attendance
    from netzjournal.store.interactions import add_follow_up, create_interaction, get_interaction
    from netzjournal.store.records import EventRecord, FollowUpRecord

    with_note = create_contact(journal, person("Nora", "Notiz")).value
    with_task = create_contact(journal, person("Till", "Termin")).value
    was_there = create_contact(journal, person("Eva", "Abend")).value
    nothing = create_contact(journal, person("Olaf", "Ohne")).value
    met = create_interaction(
        journal, note(dt.datetime(2026, 11, 2, 18, 0), [with_note.id], title="Kaffee")
    ).value
    add_follow_up(journal, FollowUpRecord(text="Angebot schicken", contact_id=with_task.id))
    evening = create_event(journal, EventRecord(name="Stammtisch", starts_on=TODAY)).value
    set_attendance(journal, evening.id, was_there.id, "attended")
    sync(journal, client, book, include_archived=False)
    for gone in (with_note, with_task, was_there, nothing):
        client.delete(card_of(client, book, gone.uid)[0], None)

    report = sync(journal, client, book, include_archived=False)
    assert report.deleted_here == ["Olaf Ohne"]
    assert sorted(report.kept_here) == ["Eva Abend", "Nora Notiz", "Till Termin"]
    people = contacts(journal)
    assert nothing.uid not in people
    for kept in (with_note, with_task, was_there):
        assert people[kept.uid].archived
    assert get_interaction(journal, met.id).participants == [with_note.id]
    # Archived contacts stay off the server: nothing comes back there.
    assert not server_cards(client, book)
    assert sync(journal, client, book, include_archived=False).changed == 0


def test_a_phone_edit_to_a_contact_merged_here_reaches_the_one_kept(
    journal, radicale, client, book
):
    """Mira merges her two Anna Meyers; her phone meanwhile gave the merged-away card
    a title. The card came back as a second Anna (edit beats delete) with the title
    on it, a duplicate of the one she kept."""
    from netzjournal.store.contacts import merge_contacts

    kept = create_contact(
        journal, person("Anna", "Meier", channels=[Channel("email", "anna@a.example")])
    ).value
    gone = create_contact(
        journal, person("Anna", "Meyer", city="Köln", channels=[Channel("phone", "+49 1")])
    ).value
    sync(journal, client, book)
    phone_edit(client, book, gone.uid, r"^END:VCARD", "TITLE:Chefin\r\nEND:VCARD")
    merge_contacts(journal, kept.id, gone.id)

    report = sync(journal, client, book)
    assert report.created_here == [], report
    people = contacts(journal)
    assert set(people) == {kept.uid}
    anna = people[kept.uid]
    assert (anna.role, anna.city) == ("Chefin", "Köln")
    cards = server_cards(client, book)
    assert len(cards) == 1
    [(_etag, text)] = cards.values()
    assert kept.uid in text and "Chefin" in text and "Köln" in text
    assert sync(journal, client, book).changed == 0


def test_the_salutation_s_own_words_and_the_neutral_choice_travel_both_ways(
    journal, tmp_path, server, client, book
):
    """A card's own prefix ("Mrs.") goes up in N and the neutral whole-name greeting
    as X-NETZJOURNAL-SALUTATION-NEUTRAL; another journal on the same address book
    gets both, and a phone's later change of the prefix comes down (0062's fields:
    before, a pull kept the local values and a push sent neither)."""
    lena = create_contact(journal, person(
        "Lena", "Schubert", salutation="Frau", name_prefix="Mrs.")).value  # fmt: skip
    kim = create_contact(journal, person("Kim", "Meier", salutation_neutral=True)).value
    sync(journal, client, book)
    assert "N:Schubert;Lena;;Mrs.;" in card_of(client, book, lena.uid)[2].splitlines()
    text = card_of(client, book, kim.uid)[2]
    assert "X-NETZJOURNAL-SALUTATION-NEUTRAL:TRUE" in text.splitlines()
    assert sync(journal, client, book).changed == 0

    with Journal.open(tmp_path / "laptop.sqlite3") as laptop:
        sync(laptop, client, book)
        there = contacts(laptop)
        assert (there[lena.uid].salutation, there[lena.uid].name_prefix) == ("Frau", "Mrs.")
        assert (there[kim.uid].salutation, there[kim.uid].salutation_neutral) == ("", True)
        assert sync(laptop, client, book).changed == 0

    # The phone writes "Miss" for Lena and "Herr" for Kim (dropping nothing of ours).
    phone_edit(client, book, lena.uid, r"^N:.*$", "N:Schubert;Lena;;Miss;")
    phone_edit(client, book, kim.uid, r"^N:.*$", "N:Meier;Kim;;Herr;")
    phone_edit(client, book, kim.uid, r"^X-NETZJOURNAL-SALUTATION-NEUTRAL:.*\r?\n", "")
    report = sync(journal, client, book)
    assert not report.conflicts, report
    people = contacts(journal)
    assert (people[lena.uid].salutation, people[lena.uid].name_prefix) == ("Frau", "Miss")
    assert (people[kim.uid].salutation, people[kim.uid].salutation_neutral) == ("Herr", False)
    assert sync(journal, client, book).changed == 0


def test_a_salutation_chosen_differently_on_both_sides_keeps_both_values(
    journal, tmp_path, server, client, book
):
    """Frau/Herr and "neutral" are one choice (the editor's one box): chosen here as
    neutral and on another device as "Herr", the journal's stays and the server's
    waits as a conflict, as for any field — not Herr quietly over neutral."""
    from netzjournal.sync.resolve import take_server_value

    kim = create_contact(journal, person("Kim", "Meier")).value
    sync(journal, client, book)
    with Journal.open(tmp_path / "laptop.sqlite3") as laptop:
        sync(laptop, client, book)
        there = contacts(laptop)[kim.uid]
        there.salutation = "Herr"
        update_contact(laptop, there)
        sync(laptop, client, book)
    assert "N:Meier;Kim;;Herr;" in card_of(client, book, kim.uid)[2].splitlines()
    here = get_contact(journal, kim.id)
    here.salutation_neutral = True
    update_contact(journal, here)

    report = sync(journal, client, book)
    assert report.conflicts == [("Kim Meier", "salutation")]
    [conflict] = state.open_conflicts(journal)
    assert (conflict.journal_value, conflict.server_value) == ("neutral", "Herr")
    kept = get_contact(journal, kim.id)
    assert (kept.salutation, kept.salutation_neutral) == ("", True)
    text = card_of(client, book, kim.uid)[2]
    assert "N:Meier;Kim;;;" in text.splitlines()
    assert "X-NETZJOURNAL-SALUTATION-NEUTRAL:TRUE" in text.splitlines()
    assert sync(journal, client, book).changed == 0

    take_server_value(journal, conflict.id)  # the user takes "Herr" after all
    taken = get_contact(journal, kim.id)
    assert (taken.salutation, taken.salutation_neutral) == ("Herr", False)
    sync(journal, client, book)
    text = card_of(client, book, kim.uid)[2]
    assert "N:Meier;Kim;;Herr;" in text.splitlines()
    assert "SALUTATION-NEUTRAL" not in text


def test_a_card_s_own_prefix_alone_sends_nothing_after_the_upgrade(journal, radicale, client, book):
    """Synced by a version before 0062's prefix travelled: the bases lack it, and the
    card says "Frau" where the journal keeps her "Mrs." — the same salutation. The
    next sync sends no card for that alone; the prefix goes with her next change."""
    lena = create_contact(journal, person(
        "Lena", "Schubert", salutation="Frau", name_prefix="Mrs.")).value  # fmt: skip
    sync(journal, client, book)
    items = state.sync_items(journal, "contact")
    older = [
        (i.uid, i.href, i.etag, {k: v for k, v in i.base.items() if k != "name_prefix"})
        for i in items.values()
    ]
    state.save_sync_items(journal, "contact", book, older)
    assert sync(journal, client, book).updated_there == []

    lena.city = "Jena"
    update_contact(journal, lena)
    assert sync(journal, client, book).updated_there == ["Lena Schubert"]
    assert "N:Schubert;Lena;;Mrs.;" in card_of(client, book, lena.uid)[2].splitlines()
    assert sync(journal, client, book).changed == 0
