"""Contact files as other apps export them (tests/data/contacts, session 33): each
read through the import the window and ``netzjournal import`` use, and checked in
the journal — names, organisations, addresses, numbers, birthdays, tags — and what
is not read said."""

from __future__ import annotations

from conftest import REPO

from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.interchange.vcard import read_vcards
from netzjournal.store.contacts import get_contact
from netzjournal.store.records import Birthday

CONTACTS = REPO / "tests" / "data" / "contacts"
WRITTEN = CONTACTS / "vcard-written"


def imported(journal, *paths):
    """The journal's contacts after importing ``paths``, and the problems said."""
    read = read_paths(paths)
    plan = plan_import(journal, read)
    # The newsletter cards these exports hold are left out by default (session 37:
    # test_import_real_files); taken in here, where how such a card is named is checked.
    plan.take_lists(True)
    outcome = apply_import(journal, plan)
    people = [get_contact(journal, i) for i in outcome.created]
    return people, [(p.line, p.code, dict(p.params)) for p in read.problems]


def channels(c, kind):
    return [(ch.value, ch.label) for ch in c.channels if ch.kind == kind]


def test_an_icloud_export(journal):
    """iCloud's vCard 3.0: several cards, CRLF, item groups with X-ABLabel, a large
    base64 photo folded at 74 characters, CATEGORIES, a birthday without a year
    (X-APPLE-OMIT-YEAR), a company card."""
    (kathi, deniz, zentrum), problems = imported(journal, WRITTEN / "icloud-export.WRITTEN.vcf")
    # what a contact has no field for is said (was: dropped unsaid)
    assert problems == [(0, "unread_dates", {"count": "1"}),  # X-ABDATE
                        (0, "unread_related", {"count": "1"}),  # X-ABRELATEDNAMES
                        (0, "unread_street", {"count": "1"})]  # fmt: skip
    assert (kathi.title_prefix, kathi.given_name, kathi.additional_names, kathi.family_name) == (
        "Dr.", "Katharina", "Sophie", "Brandt",
    )  # fmt: skip
    assert (kathi.nickname, kathi.organisation, kathi.department, kathi.role, kathi.city) == (
        "Kathi", "Stadtwerke Bochum GmbH", "Personalentwicklung",
        "Leiterin Personalentwicklung", "Bochum",
    )  # fmt: skip
    assert channels(kathi, "email") == [
        ("k.brandt@stadtwerke-bochum.example", "work,pref"),
        ("kathi.brandt@mailbox.example", "Other"),
    ]
    assert channels(kathi, "phone") == [("+49 171 2345678", "cell,pref"),
                                        ("+49 234 960-1234", "work")]  # fmt: skip
    assert channels(kathi, "url") == [
        ("https://www.linkedin.com/in/katharina-brandt-bochum", "LinkedIn")
    ]
    assert kathi.birthday == Birthday(9, 14, 1983)
    assert sorted(kathi.tags) == ["HR", "Netzwerk", "Ruhr"]
    assert kathi.notes == (
        "Kennengelernt beim HR-Barcamp Dortmund 2024.\n"
        "Sucht Trainer für Führungskräfte, meldet sich im Frühjahr."
    )
    assert (deniz.given_name, deniz.family_name, deniz.birthday) == (
        "Deniz", "Yılmaz", Birthday(2, 29, None),
    )  # fmt: skip
    assert channels(deniz, "phone") == [("+49 (0)201 1234 567", "Mobile")]
    assert (zentrum.display_name, zentrum.organisation) == (
        "Gründerzentrum Essen", "Gründerzentrum Essen",
    )  # fmt: skip


def test_a_google_contacts_vcard_export_keeps_no_system_group_as_tag(journal):
    """Google's vCard export puts its own groups ("myContacts", "starred") into
    CATEGORIES, as its CSV does into "Labels": they are no tag the person chose.
    Before, every Google contact got the tag "myContacts"."""
    (tobias, lena, newsletter), problems = imported(
        journal, WRITTEN / "google-contacts-export.WRITTEN.vcf"
    )
    assert problems == [(0, "unread_related", {"count": "1"}),
                        (0, "unread_street", {"count": "1"})]  # fmt: skip
    assert tobias.tags == ["Kunden"]
    assert lena.tags == [] and newsletter.tags == []
    assert (tobias.organisation, tobias.role, tobias.city) == (
        "Agentur Lehmann", "Inhaber", "Düsseldorf",
    )  # fmt: skip
    assert channels(tobias, "url") == [  # Google writes "https\://"
        ("https://www.xing.com/profile/Tobias_Lehmann", "XING"),
        ("https://agentur-lehmann.example", ""),
    ]
    assert lena.birthday == Birthday(7, 21, None)
    assert newsletter.display_name == "newsletter@messe-essen.example"


def test_an_outlook_vcard_in_windows_1252_with_quoted_printable(journal):
    """Outlook's 2.1: CHARSET=Windows-1252 on every text, QUOTED-PRINTABLE notes and
    addresses with soft breaks, X-MS-* properties, a base64 X-MS-CARDPICTURE."""
    (juergen, ayse), problems = imported(journal, WRITTEN / "outlook-windows-1252.WRITTEN.vcf")
    assert problems == [(0, "unread_related", {"count": "1"}),  # X-MS-SPOUSE, -MANAGER …
                        (0, "unread_street", {"count": "1"})]  # fmt: skip
    assert (juergen.salutation, juergen.title_prefix, juergen.given_name, juergen.family_name) == (
        "Herr", "Dr.", "Jürgen", "Weiß",
    )  # fmt: skip
    assert (juergen.organisation, juergen.department, juergen.role, juergen.city) == (
        "Bäckerei Süß & Söhne GmbH", "Geschäftsführung", "Geschäftsführer", "Köln",
    )  # fmt: skip
    assert juergen.notes == ("Gespräch auf der Süßwarenmesse Köln.\n"
                             "Will im März nachfassen – „unbedingt“ anrufen.")  # fmt: skip
    assert juergen.birthday == Birthday(4, 12, 1965)
    assert channels(juergen, "email") == [("j.weiss@baeckerei-suess.example", "pref")]
    assert [v for v, _ in channels(juergen, "phone")] == [
        "+49 (221) 123 45-0", "+49 (160) 1112223", "+49 (221) 123 45-99",
    ]  # fmt: skip
    # Windows-1252 has no ş: Outlook wrote "?" — the file's, kept as written
    assert (ayse.given_name, ayse.family_name, ayse.organisation) == (
        "Ay?e", "Öztürk", "Ruhr Consulting",
    )  # fmt: skip


def test_contact_groups_are_no_people_and_tag_their_members(journal):
    """Nextcloud's and DAVx5's exports hold their contact groups as cards (vCard 4.0
    KIND:group with MEMBER urn:uuid:…, 3.0 X-ADDRESSBOOKSERVER-KIND). Before, each
    became a contact named like the group; now the group's name is a tag of its
    members in the file, and the group is said."""
    people, problems = imported(journal, WRITTEN / "nextcloud-davx5-4.0.WRITTEN.vcf")
    assert [c.name for c in people] == ["Miriam Hoffmann-Kraus", "Jonas Peters"]
    miriam, jonas = people
    assert sorted(miriam.tags) == ["Caritas-Team", "Ehrenamt", "Netzwerk"]
    assert sorted(jonas.tags) == ["Caritas-Team", "Stammtisch Ruhr"]
    assert problems == [
        (35, "group_card", {"name": "Caritas-Team", "count": "2"}),
        (45, "group_card", {"name": "Stammtisch Ruhr", "count": "1"}),
        (0, "unread_dates", {"count": "1"}),  # ANNIVERSARY
        (0, "unread_related", {"count": "2"}),  # RELATED, by UID and as text
        (0, "unread_street", {"count": "1"}),
    ]
    assert miriam.uid == "6b1f0c9e-2d7a-4c1b-9e3f-8a5d2c7b4e01"  # urn:uuid: aside
    assert channels(miriam, "phone") == [
        ("+49-151-44556677", "cell"),
        ("+49-231-1848-0 ext. 212", "work"),
    ]
    assert (miriam.organisation, miriam.department, miriam.city, miriam.birthday) == (
        "Caritasverband Dortmund", "Fundraising", "Dortmund", Birthday(6, 15, 1988),
    )  # fmt: skip
    assert miriam.language == "de"


def test_a_group_without_members_in_the_file_or_a_name():
    """A group whose members are elsewhere tags nobody and is said; one without a
    name is an empty card, as before."""
    data = (
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Beirat\r\n"
        b"MEMBER:urn:uuid:00000000-0000-4000-8000-000000000001\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:GROUP\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data, "gruppen.vcf")
    assert result.contacts == []
    assert [(p.line, p.code) for p in result.problems] == [(10, "empty_card"), (2, "group_card")]


def test_a_file_cut_short_between_two_cards_is_said():
    """5,000 cards whose download broke off in the BEGIN line of the 4,996th: the
    4,995 whole cards are imported and the cut said. Before, nothing was said and the
    cards after the cut were lost unseen."""
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nachname{0};Vorname{0};;;\r\nFN:Vorname{0} Nachname{0}\r\nEMAIL:p{0}@example.org\r\nEND:VCARD\r\n"  # noqa: E501
    data = "".join(card.format(i) for i in range(5000)).encode()
    cut = len("".join(card.format(i) for i in range(4995)).encode()) + len(b"BEGIN:")
    result = read_vcards(data[:cut], "kontakte.vcf")
    assert len(result.contacts) == 4995
    assert [(p.line, p.code) for p in result.problems] == [(4995 * 6 + 1, "cut_line")]
    # a last END:VCARD without a line end, blanks or a DOS end-of-file mark: whole
    for end in (b"", b"\r\n  ", b"\r\n\x1a"):
        whole = read_vcards(data.rstrip(b"\r\n") + end, "kontakte.vcf")
        assert (len(whole.contacts), whole.problems) == (5000, [])
    # a file of CRs alone (old Mac) cut the same way
    mac = read_vcards(data[:cut].replace(b"\r\n", b"\r"), "mac.vcf")
    assert [(p.line, p.code) for p in mac.problems] == [(4995 * 6 + 1, "cut_line")]


def test_what_a_contact_has_no_field_for_is_said_once_per_file():
    """Related people, dates besides the birthday and the rest of an address are
    counted by cards and said once per file; empty ones and a city alone are not."""
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {0}\r\n"
        "ADR;TYPE=work:;;;Essen;;;\r\nX-ABRELATEDNAMES:\r\nANNIVERSARY:\r\n{1}END:VCARD\r\n"
    )
    extra = [
        "item1.X-ABRELATEDNAMES:Eva\r\nitem1.X-ABLabel:_$!<Sister>!$_\r\n",
        "X-EVOLUTION-ANNIVERSARY:2010-05-01\r\nRELATED;VALUE=text:Tom\r\n",
        "ADR:;;Hauptstr. 1;Essen;;45127;\r\n",
        "",
    ]
    data = "".join(card.format(i, e) for i, e in enumerate(extra)).encode()
    result = read_vcards(data, "k.vcf")
    assert [c.city for c in result.contacts] == ["Essen"] * 4
    assert [(p.line, p.code, dict(p.params)) for p in result.problems] == [
        (0, "unread_dates", {"count": "1"}),
        (0, "unread_related", {"count": "2"}),
        (0, "unread_street", {"count": "1"}),
    ]


def test_a_german_excel_csv(journal):
    """A table typed into German Excel and saved as CSV: Windows-1252, semicolons,
    German dates in "Geburtstag" (with and without leading zeros, 24.12. without a
    year), a "Notiz" column (was: "columns not read: Notiz")."""
    people, problems = imported(
        journal, CONTACTS / "csv" / "excel-de__windows-1252-semicolons.WRITTEN.csv"
    )
    assert problems == []
    got = [
        (c.given_name, c.family_name, c.organisation, c.role, c.birthday, c.notes) for c in people
    ]
    assert got == [
        ("Jörg", "Schäfer", "Müller & Söhne KG", "Einkäufer", Birthday(3, 1, 1984),
         "kennt Frau Weiß"),
        ("Änne", "Brückner", "Stadt Essen", "Amtsleiterin", Birthday(7, 15, 1971), ""),
        ("Frédéric", "Dubois", "Société Générale", "Analyst", Birthday(12, 3, 1990),
         "Sprache: Französisch; Englisch"),
        ("Max", "Groß", "", "", Birthday(2, 29, 1988), ""),
        ("Uwe", "Kühn", "Kühn IT", "Inhaber", None, "Geburtstag unbekannt"),
        ("Sabine", "Lorenz", "", "", Birthday(12, 24, None), "ohne Jahr"),
    ]  # fmt: skip
    assert channels(people[0], "email") == [("joerg.schaefer@mueller-soehne.example", "")]
    assert channels(people[4], "phone") == [("0172/1234567", "")]


def test_a_servers_group_card_is_no_contact_in_the_sync_either():
    """DAVx5 (groups as separate vCards) and iCloud keep a group as a card in the
    address book: the sync reads cards with the same reader and passes it over (was:
    a contact named like the group); a person's card still reads."""
    from netzjournal.sync.fields import parse_card_saying

    group = (WRITTEN / "nextcloud-davx5-4.0.WRITTEN.vcf").read_text(encoding="utf-8")
    cards = ["BEGIN:VCARD" + c for c in group.split("BEGIN:VCARD")[1:]]
    assert [parse_card_saying(c) is None for c in cards] == [False, False, True, True]
