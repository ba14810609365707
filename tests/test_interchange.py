"""Import and export: the real exports in tests/data/contacts, round trips, hostile input."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
import vobject
from conftest import REPO, person
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netzjournal.interchange import writers
from netzjournal.interchange.csv_in import read_csv
from netzjournal.interchange.files import MAX_FILE_BYTES
from netzjournal.interchange.importer import apply_import, plan_import, read_paths, undo_import
from netzjournal.interchange.model import ImportedContact
from netzjournal.interchange.vcard import read_vcards
from netzjournal.store import journal_json
from netzjournal.store.backups import list_backups
from netzjournal.store.coach_data import snooze
from netzjournal.store.contacts import contact_count, create_contact, get_contact
from netzjournal.store.errors import ValidationError
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import add_follow_up, create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import (
    Birthday,
    Channel,
    ContactRecord,
    FollowUpRecord,
    InteractionRecord,
)

FIXTURES = REPO / "tests" / "data" / "contacts"


def vcf(name):
    result = read_vcards((FIXTURES / "vcard" / name).read_bytes(), name)
    return result


def phones(c):
    return [(p.value, p.label) for p in c.phones]


def test_iphone_cr_cr_lf_groups_labels():
    (c,) = vcf("ezvcard__John_Doe_IPHONE.vcf").contacts
    assert c.display_name == "Mr. John Richter James Doe Sr."
    assert (c.family_name, c.given_name, c.additional_names) == (
        "Doe",
        "John",
        ["Richter", "James"],
    )
    assert (c.prefix, c.suffix, c.nickname) == ("Mr.", "Sr.", "Johny")
    assert [(e.value, e.label) for e in c.emails] == [("john.doe@ibm.com", "pref")]
    assert phones(c) == [
        ("905-555-1234", "cell,pref"),
        ("905-666-1234", "home"),
        ("905-777-1234", "work"),
        ("905-888-1234", "home,fax"),
        ("905-999-1234", "work,fax"),
        ("905-111-1234", "pager"),
        ("905-222-1234", "AssistantPhone"),
    ]
    assert (c.organisation, c.department, c.title) == ("IBM", "Accounting", "Money Counter")
    assert c.birthday == Birthday(6, 6, 2012) and c.notes == ""
    assert [u.value for u in c.urls] == ["http://www.ibm.com"]
    assert not any("\r" in v for v in (c.display_name, c.title, c.organisation))


def test_mac_address_book_mixed_endings_escapes():
    (c,) = vcf("ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf").contacts
    assert c.display_name == "Mr. John Richter,James Doe Sr."
    assert c.additional_names == ["Richter,James"]
    assert phones(c)[0] == ("905-777-1234", "work,pref")
    assert c.notes.startswith(
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"'
    )
    assert c.notes.endswith("SUCH DAMAGE.\nFavotire Color: Blue")


def test_outlook_21_quoted_printable_bare_params():
    (c,) = vcf("ezvcard__John_Doe_MS_OUTLOOK.vcf").contacts
    assert c.additional_names == ["Richter,James"]  # in 2.1 the comma is literal
    assert [e.value for e in c.emails] == ["john.doe@ibm.cm"]
    assert phones(c) == [("(905) 555-1234", "work"), ("(905) 666-1234", "home")]
    assert (c.title, c.role, c.birthday) == (
        "Money Counter",
        "Counting Money",
        Birthday(3, 22, 1980),
    )
    assert c.notes.startswith("THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS''")
    assert c.notes.endswith("SUCH DAMAGE.")


def test_outlook_2007_note_with_tab_and_breaks():
    (c,) = vcf("ezvcard__outlook-2007.vcf").contacts
    assert (c.given_name, c.family_name, c.prefix, c.suffix) == (
        "Michael",
        "Angstadt",
        "Mr.",
        "Jr.",
    )
    assert c.notes.replace("\r\n", "\n") == (
        "This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\n"
        "But I'm not sure because there's text formatting going on here.\n"
        "It does not preserve the formatting"
    )
    assert phones(c)[:2] == [("(111) 555-1111", "work"), ("(111) 555-2222", "home")]
    assert (c.organisation, c.department, c.title) == ("TheCompany", "TheDepartment", "TheJobTitle")
    assert c.birthday == Birthday(3, 10, 1922)


def test_android_six_cards_qp_and_invalid_utf8():
    result = vcf("ezvcard__John_Doe_ANDROID.vcf")
    cards = result.contacts
    assert len(cards) == 6
    assert [e.value for e in cards[0].emails] == ["john.doe@company.com"] and cards[0].tags == [
        "My Contacts"
    ]
    assert cards[2].display_name.startswith("Ñ Ñ Ñ Ñ Ñ")
    assert cards[2].family_name == "Ñ Ñ Ñ Ñ"
    assert phones(cards[3]) == [
        ("123456", "cell,pref"),
        ("234567", "home"),
        ("3456789", "cell"),
        ("45678901", "home"),
    ]
    assert [e.value for e in cards[4].emails] == ["bob@company.com"]
    assert any("not an e-mail" in str(p) for p in result.problems)
    assert cards[5].organisation == "Ñ" * 44
    assert [e.value for e in cards[5].emails] == ["henry@company.com"]


def test_gmail_fold_mid_word_and_escaped_quote():
    (c,) = vcf("ezvcard__John_Doe_GMAIL.vcf").contacts
    assert c.display_name == "Mr. John Richter, James Doe Sr."
    assert c.additional_names == ["Richter, James"]
    assert c.notes.startswith(
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"'
    )
    assert "LIMITED TO" in c.notes
    assert c.birthday == Birthday(3, 22, 1980)


def test_rfc6350_year_less_birthday_and_uri_phone():
    (c,) = vcf("ezvcard__rfc6350-example.vcf").contacts
    assert c.birthday == Birthday(2, 3, None)
    assert phones(c)[0] == ("+1-418-656-9254 ext. 102", "work,pref")
    assert c.suffix == "ing. jr, M.Sc." and c.organisation == "Viagenie"


def test_xing_charset_and_profile_from_note():
    (c,) = vcf("node-vcf__xing.vcf").contacts
    assert (c.given_name, c.family_name, c.organisation, c.title) == (
        "Hans-Peter",
        "Mustermann",
        "Example GmbH",
        "CTO",
    )
    assert c.city == "City Name" and c.tags == ["Consulting"] and c.source == "xing"
    assert ("http://www.xing.com/profile/Hans-Peter-Mustermann", "xing") in [
        (u.value, u.label) for u in c.urls
    ]
    latin1 = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:Müller;Jürgen\r\nEND:VCARD\r\n"
    (m,) = read_vcards(latin1.encode("latin-1")).contacts
    assert (m.family_name, m.given_name) == ("Müller", "Jürgen")


def test_year_less_birthday_forms():
    from netzjournal.interchange.vcard import parse_birthday

    assert parse_birthday("--0203", {}) == Birthday(2, 3)
    assert parse_birthday("--03-23", {}) == Birthday(3, 23)
    assert parse_birthday("1604-08-02", {"X-APPLE-OMIT-YEAR": ["1604"]}) == Birthday(8, 2)
    assert parse_birthday("16040101", {}) == Birthday(1, 1)


def test_linkedin_google_outlook_csv():
    linked = read_csv(
        (FIXTURES / "csv" / "linkedin__Connections_2024-format.SYNTHETIC.csv").read_bytes()
    )
    assert linked.format == "csv-linkedin" and len(linked.contacts) == 4
    assert [c.met_on for c in linked.contacts] == [
        dt.date(2024, 10, 9),
        dt.date(2024, 9, 21),
        dt.date(2024, 4, 3),
        dt.date(2019, 1, 15),
    ]
    max_ = linked.contacts[1]
    assert max_.family_name == "Müller" and [e.value for e in max_.emails] == [
        "max.mueller@example.com"
    ]
    assert max_.organisation == "Müller, Schmidt & Co. KG" and max_.title == "Head of Sales, DACH"
    assert all(c.urls[0].label == "linkedin" and c.source == "linkedin" for c in linked.contacts)
    assert sum(len(c.emails) for c in linked.contacts) == 1
    google = read_csv(
        (FIXTURES / "csv" / "google-contacts__google-csv_2024-format.SYNTHETIC.csv").read_bytes()
    )
    erika, jan, acme = google.contacts
    assert erika.prefix == "Dr." and erika.birthday == Birthday(4, 15, 1980)
    assert [(e.value, e.label) for e in erika.emails] == [
        ("erika@example.com", "work"),
        ("erika.privat@example.org", "home"),
    ]
    assert (
        erika.notes == "Kennengelernt auf der re:publica 2023.\nMag Espresso, keinen Filterkaffee."
    )
    assert erika.tags == ["Netzwerk"] and erika.title == "Geschäftsführerin"
    assert len(jan.emails) == 2 and len(jan.phones) == 2
    assert acme.organisation == "ACME AG" and acme.emails[0].value == "info@acme.example"
    outlook = read_csv(
        (FIXTURES / "csv" / "outlook-com__outlook-csv_61col-format.SYNTHETIC.csv").read_bytes()
    )
    o_erika, o_jan = outlook.contacts
    assert (o_erika.prefix, o_erika.organisation, o_erika.department, o_erika.city) == (
        "Dr.",
        "Beispiel GmbH",
        "Vertrieb",
        "Berlin",
    )
    assert len(o_erika.emails) == 2 and len(o_erika.phones) == 2 and "\n" in o_erika.notes
    assert [e.value for e in o_jan.emails] == ["jan@example.com"]


def test_german_outlook_cp1252_semicolons():
    text = (
        "Vorname;Nachname;Firma;Position;E-Mail-Adresse;Geburtstag;Notizen\r\n"
        "Jörg;Weiß;Straßen AG;Leiter;joerg@example.de;22.03.1980;Mag Kaffee\r\n"
    )
    result = read_csv(text.encode("cp1252"))
    (c,) = result.contacts
    assert (c.given_name, c.family_name, c.organisation, c.title) == (
        "Jörg",
        "Weiß",
        "Straßen AG",
        "Leiter",
    )
    assert c.birthday == Birthday(3, 22, 1980) and c.emails[0].value == "joerg@example.de"
    utf16 = read_csv(text.encode("utf-16"))
    assert utf16.contacts[0].family_name == "Weiß"


def test_import_is_all_or_nothing_with_backup_and_undo(journal, tmp_path):
    from netzjournal.store.events import create_event
    from netzjournal.store.records import EventRecord

    # (something to lose: an empty journal is not backed up, see test_backups_before_import)
    create_event(journal, EventRecord(name="Stammtisch", starts_on=dt.date(2026, 3, 1)))
    read = read_paths([FIXTURES / "vcard", FIXTURES / "csv"])
    plan = plan_import(journal, read)
    outcome = apply_import(journal, plan)
    assert outcome.backup and outcome.backup.exists()
    assert len(outcome.created) == plan.count("create") >= 15
    # Re-importing the same files finds the duplicates.
    again = plan_import(journal, read_paths([FIXTURES / "csv"]))
    assert again.count("create") == 0 and again.count("merge") >= 6
    assert search(journal, "Mustermann", kind="contact")
    undo_import(journal, outcome)
    assert contact_count(journal) == 0
    # The backup taken before the undo says what it was for (not "before deleting").
    reasons = [b.reason for b in list_backups(journal.backup_dir)]
    assert "pre-undo-import" in reasons and "pre-delete" not in reasons, reasons


def test_vcard_round_trip_and_vobject_reads_our_output(journal):
    a = create_contact(
        journal,
        person(
            "Jürgen",
            "Weiß",
            organisation="Straße; Söhne, KG",
            role="CEO",
            city="Köln",
            birthday=Birthday(2, 29),
            tags=["Presse", "Köln"],
            notes="Zeile 1\nZeile 2; mit, Zeichen",
            channels=[
                Channel("email", "j@example.org", "work"),
                Channel("phone", "+49 1", "cell"),
                Channel("url", "https://www.xing.com/profile/J_W", "xing"),
            ],
        ),
    ).value
    text = writers.vcard([a], private=True)
    parsed = list(vobject.readComponents(text))
    assert parsed[0].fn.value == "Jürgen Weiß" and parsed[0].version.value == "4.0"
    (back,) = read_vcards(text.encode()).contacts
    rec = back.to_record()
    for field in ("given_name", "family_name", "organisation", "role", "city", "birthday", "notes"):
        assert getattr(rec, field) == getattr(a, field), field
    assert sorted(rec.tags) == sorted(a.tags)
    assert [c.value for c in rec.channels] == [c.value for c in a.channels]


def test_json_export_import_export_identical(tmp_path):
    from netzjournal.demo.generator import DemoSpec, generate_into

    with Journal.open(tmp_path / "a.sqlite3") as a:
        generate_into(a, DemoSpec(30, 2, seed=3, today=dt.date(2026, 11, 22)))
        snooze(a, 1, dt.date(2027, 1, 1))
        first = journal_json.export_text(a)
    with Journal.open(tmp_path / "b.sqlite3") as b:
        rows = journal_json.restore(b, first)
        assert rows > 100
        second = journal_json.export_text(b)
        assert search(b, "Kaffee")
        with pytest.raises(ValidationError):
            journal_json.restore(b, first)  # not into a journal that has data
    assert json.loads(first)["tables"] == json.loads(second)["tables"]


def test_csv_ics_and_markdown_exports(journal):
    c = create_contact(
        journal,
        person(
            "Ana",
            "Ö",
            birthday=Birthday(5, 1, 1990),
            channels=[Channel("email", "a@b.de")],
        ),
    ).value
    create_interaction(
        journal,
        InteractionRecord(
            occurred_at=dt.datetime(2026, 1, 2, 10),
            participants=[c.id],
            title="Kaffee",
            hooks="Jazz",
        ),
    )
    add_follow_up(journal, FollowUpRecord("Buch schicken", c.id, due_on=dt.date(2026, 2, 1)))
    table = writers.csv_text([get_contact(journal, c.id)], ";", private=True)
    assert table.splitlines()[0].startswith("Anrede;Titel;Vorname;Nachname;")
    assert table.splitlines()[1].startswith(";;Ana;Ö;")
    # the other parts of the name follow the given and family name
    assert "Nachname;Weitere Vornamen;Namenszusatz;Spitzname;Anzeigename;" in table
    cal = writers.ics(journal, dt.date(2026, 6, 1)).decode()
    assert "BEGIN:VEVENT" in cal and "RRULE:FREQ=YEARLY" in cal and "Buch schicken" in cal
    # A 29 February birthday falls on the last day of February every year.
    from dateutil.rrule import rrulestr
    from icalendar import Calendar

    leap = person("Lea", "Schalttag", birthday=Birthday(2, 29, 1988))
    leap_id = create_contact(journal, leap).value.id
    events = Calendar.from_ical(writers.ics(journal, dt.date(2026, 6, 1))).walk("VEVENT")
    leap_uid = get_contact(journal, leap_id).uid
    event = next(e for e in events if e["uid"] == f"birthday-{leap_uid}@netzjournal")
    start = event.decoded("dtstart")
    rule = rrulestr(
        event["rrule"].to_ical().decode(), dtstart=dt.datetime.combine(start, dt.time())
    )
    days = [d.date() for d in rule.between(dt.datetime(2026, 1, 1), dt.datetime(2030, 1, 1))]
    assert days == [dt.date(2026, 2, 28), dt.date(2027, 2, 28), dt.date(2028, 2, 29),
                    dt.date(2029, 2, 28)]  # fmt: skip
    md = writers.markdown_person(journal, c.id)
    assert md.startswith("# Ana Ö") and "Private remarks: Jazz" in md and "Buch schicken" in md


@pytest.mark.parametrize(
    ("data", "expect"),
    [
        (b"", "no contacts found"),
        (os.urandom(4096), None),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half", "the file ends in the middle of this contact"),
        (
            b"BEGIN:VCARD\nVERSION:3.0\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n",
            "contact inside another contact",
        ),
        (b"BEGIN:VCARD\nFN:Nul\x00l\nEND:VCARD\n", "invisible control characters"),
    ],
)
def test_hostile_vcards_report_and_never_raise(data, expect):
    result = read_vcards(data, "bad.vcf")
    assert isinstance(result.contacts, list)
    if expect:
        assert any(expect in str(p) for p in result.problems), result.problems


def test_ten_thousand_properties_and_ragged_csv():
    many = b"BEGIN:VCARD\nVERSION:3.0\nFN:Many\n" + b"NOTE:x\n" * 10_000 + b"END:VCARD\n"
    result = read_vcards(many)
    assert len(result.contacts) == 1 and any("more than" in str(p) for p in result.problems)
    ragged = read_csv(b"First Name,Last Name,E-mail Address\nA,B\nC,D,c@d.de,extra\n")
    assert len(ragged.contacts) == 2
    assert sum("columns where the first line names" in str(p) for p in ragged.problems) == 2


def test_huge_and_garbage_files_import_nothing(journal, tmp_path):
    big = tmp_path / "big.vcf"
    with big.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no memory, no disk
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(os.urandom(2048).replace(b",", b"").replace(b";", b""))
    empty = tmp_path / "empty.vcf"
    empty.write_bytes(b"")
    read = read_paths([big, garbage, empty])
    plan = plan_import(journal, read)
    assert plan.rows == [] and len(plan.problems) >= 2
    assert any("larger than" in str(p) for p in plan.problems)
    assert contact_count(journal) == 0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                b"BEGIN:VCARD",
                b"END:VCARD",
                b"VERSION:2.1",
                b"VERSION:3.0",
                b"FN:A\\, B",
                b"N:;;;;",
                b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=",
                b"=20x",
                b" folded",
                b"\tfold",
                b'EMAIL;TYPE="work,pref":a@b.de',
                b"TEL;WORK;VOICE:1",
                b"BDAY:--0229",
                b"BDAY:99999999",
                b"item1.X-ABLabel:_$!<x>!$_",
                b"NOTE:\\n\\,\\;",
                b"ADR:;;;;;;",
                b":",
                b";;;",
                b"\xff\xfe",
                b"ORG;CHARSET=nonsense:\xe4",
                b"\x00",
            ]
        ),
        max_size=40,
    ),
    st.sampled_from([b"\n", b"\r\n", b"\r\r\n", b"\r"]),
)
def test_fuzz_the_vcard_reader(lines, ending):
    result = read_vcards(ending.join(lines), "fuzz.vcf")
    for c in result.contacts:
        c.to_record()  # every reader result can become a record


def test_a_card_becomes_the_record_its_fields_name() -> None:
    # (to_record passes the fields by position: a reordered ContactRecord must fail here)
    card = ImportedContact(
        "f.vcf", 1, given_name=" Ada ", family_name="Lovelace", additional_names=["Augusta"],
        prefix="Frau Dr.", suffix="MBA", display_name="Ada L.", nickname="Ada",
        organisation="Analytical", department="Maths", title="Countess", role="ignored",
        emails=[Channel("email", "ada@example.org")], phones=[Channel("phone", "+44 1")],
        urls=[Channel("url", "https://example.org")], birthday=Birthday(12, 10, 1815),
        tags=["Presse", " Presse", ""], notes=" notes ", city="London", source="linkedin",
        met_on=dt.date(2024, 5, 1), own={"hierarchy": "head", "closeness": 5, "topics": "math"},
    )  # fmt: skip
    assert card.to_record() == ContactRecord(
        given_name="Ada", family_name="Lovelace", display_name="", salutation="Frau",
        title_prefix="Dr.", additional_names="Augusta", honorific_suffix="MBA", nickname="Ada",
        organisation="Analytical", department="Maths", role="Countess", hierarchy="head",
        city="London", birthday=Birthday(12, 10, 1815), source="linkedin",
        met_on=dt.date(2024, 5, 1), closeness=5, topics="math", notes="notes",
        channels=[Channel("email", "ada@example.org"), Channel("phone", "+44 1"),
                  Channel("url", "https://example.org")],
        tags=["Presse"],
    )  # fmt: skip
    assert ImportedContact("f.vcf", 1).to_record() == ContactRecord()


@pytest.mark.parametrize(
    "name", ["ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf", "ezvcard__John_Doe_MS_OUTLOOK.vcf"]
)
def test_a_middle_name_with_a_comma_inside_survives_the_vcard_round_trip(name):
    """N's middle part "Richter\\,James" (or 2.1's literal comma) was kept as
    "Richter,James"; the journal separates middle names by commas, so the export
    wrote two and the import read back "Richter, James": one more import of the
    same export changed the person."""
    (card,) = vcf(name).contacts
    record = card.to_record()
    assert record.additional_names == "Richter, James"
    (again,) = read_vcards(writers.vcard([record], private=True).encode(), "again.vcf").contacts
    assert again.to_record().additional_names == record.additional_names
