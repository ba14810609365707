"""CSV import (issue 14): each reading bug on a file written for it (tests/data/contacts/csv),
and netzjournal's own CSV export read back without loss."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os

import pytest
from conftest import REPO, person

from netzjournal import cli
from netzjournal.interchange import writers
from netzjournal.interchange.csv_in import parse_date, read_csv
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.journal import Journal
from netzjournal.store.records import Birthday, Channel, ContactRecord

CSV = REPO / "tests" / "data" / "contacts" / "csv"


def read(name: str):
    return read_csv((CSV / name).read_bytes(), name)


def codes(result) -> list[str]:
    return [p.code for p in result.problems]


def unread(result) -> list[str]:
    """The columns each file's "columns not read" names (one entry per file)."""
    return [dict(p.params)["columns"] for p in result.problems if p.code == "unread_columns"]


def test_outlook_desktop_quoted_header_is_a_header_not_a_preamble():
    result = read("outlook-desktop__quoted-headers.WRITTEN.csv")
    assert result.format == "csv-outlook" and codes(result) == ["unread_columns"]
    # The address is not kept (only the city): said, not dropped without a word.
    assert unread(result) == ["Business Street, Business Postal Code"]
    erika, jan = (c.to_record() for c in result.contacts)
    assert (erika.title_prefix, erika.given_name, erika.family_name) == ("Dr.", "Erika",
                                                                          "Mustermann")  # fmt: skip
    assert (erika.organisation, erika.department, erika.role, erika.city) == (
        "Beispiel GmbH", "Vertrieb", "Geschäftsführerin", "Berlin")  # fmt: skip
    assert erika.emails() == ["erika@example.com", "erika.privat@example.org"]
    assert erika.birthday == Birthday(4, 15, 1980) and erika.tags == ["Netzwerk", "Presse"]
    assert erika.notes == "Kennengelernt auf der re:publica.\nMag Espresso."
    assert jan.birthday is None and jan.emails() == ["jan@example.com"]  # 0/0/00: none
    # LinkedIn's preamble (Notes:, a quoted notice) is still passed over.
    linked = read("linkedin__Connections_2024-format.SYNTHETIC.csv")
    assert len(linked.contacts) == 4 and codes(linked) == []


def test_a_cell_over_128_kb_is_read(tmp_path):
    note = "Lang " * 60_000  # 300 KB
    path = tmp_path / "long-note.csv"
    path.write_text(f'First Name,Last Name,Notes\nAnna,Alt,"{note}"\nBernd,Bauer,kurz\n')
    result = read_paths([path])
    assert [c.notes for c in result.contacts] == [note.strip(), "kurz"]
    assert result.problems == []


def test_a_lone_cr_inside_cells_is_a_line_break():
    result = read("lone-cr-in-cells.WRITTEN.csv")
    assert [c.notes for c in result.contacts] == ["eins\nzwei", "drei\nvier", "fünf"]
    assert codes(result) == []


@pytest.mark.parametrize("name", ["random.bin", "random.csv", "random"])
def test_random_binary_and_unknown_extensions_report_and_never_raise(tmp_path, name, capsys):
    path = tmp_path / name
    path.write_bytes(os.urandom(64 * 1024))
    result = read_paths([path])
    assert result.contacts == [] and codes(result) == ["not_text"]
    data = tmp_path / "data"
    data.mkdir()  # (a folder named that is not there is refused as a typo)
    assert cli.main(["import", str(path), "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out
    assert "not a text file" in out and "Traceback" not in out


def test_unknown_extension_holding_a_table_is_read_and_text_is_named(tmp_path):
    table = tmp_path / "kontakte.dat"
    table.write_bytes(b"First Name;Last Name;E-mail Address\r\nAnna;Alt;anna@example.com\r\n")
    prose = tmp_path / "brief.xyz"
    prose.write_text("Liebe Anna\nwie geht es dir\n")
    result = read_paths([table, prose])
    assert [c.name for c in result.contacts] == ["Anna Alt"]
    assert codes(result) == ["unknown_format"] and result.problems[0].file == "brief.xyz"


def test_german_outlook_second_and_third_address_empty_birthday_categories():
    result = read("outlook-desktop-de__german-headers.WRITTEN.csv")
    # 0.0.00 is "no birthday", not a problem; "SMTP" and the display name lose nothing.
    assert unread(result) == ["Straße geschäftlich, Postleitzahl geschäftlich"]
    assert codes(result) == ["unread_columns"]
    weiss, koehler = (c.to_record() for c in result.contacts)
    assert weiss.emails() == ["joerg@example.de", "j.weiss@example.org", "jaw@example.net"]
    assert weiss.tags == ["Kunden", "VIP"] and weiss.birthday is None
    assert (weiss.salutation, weiss.given_name, weiss.family_name) == ("Frau", "Jörg-Anna", "Weiß")
    assert (weiss.organisation, weiss.department, weiss.role, weiss.city) == (
        "Straßen AG", "Einkauf", "Leiterin", "München")  # fmt: skip
    assert ("+49 89 123456", "work") in [(c.value, c.label) for c in weiss.channels]
    assert koehler.salutation == "Herr" and koehler.birthday == Birthday(3, 22, 1980)


def test_cr_only_line_endings():
    result = read("old-mac__cr-line-endings.WRITTEN.csv")
    assert codes(result) == []
    assert [(c.name, [e.value for e in c.emails]) for c in result.contacts] == [
        ("Anna Alt", ["anna@example.com"]),
        ("Bernd Bauer", ["bernd@example.com"]),
        ("Carla Christ", ["carla@example.com"]),
    ]
    assert result.contacts[0].notes == "Zeile 1\nZeile 2"


def test_unbalanced_quote_is_reported_with_its_line_and_swallows_nothing():
    result = read("unbalanced-quote.WRITTEN.csv")
    assert [(p.code, p.line) for p in result.problems] == [("unbalanced_quote", 3)]
    rows = [(c.given_name, c.family_name, c.organisation, [e.value for e in c.emails])
            for c in result.contacts]  # fmt: skip
    assert rows == [
        ("Anna", "Alt", "ACME", ["anna@example.com"]),
        ("Bernd", "Bauer", "Bau GmbH", ["bernd@example.com"]),
        ("Carla", "Christ", "Christ & Co", ["carla@example.com"]),
        ("Dora", "Dorn", "Dorn AG", ["dora@example.com"]),
    ]
    # A quotation mark left open on the last row runs to the end of the file.
    tail = read_csv(b'First Name,Last Name\nAnna,Alt\nBernd,"Bauer\n\nCarla,Christ\n')
    assert [(p.code, p.line) for p in tail.problems] == [("unbalanced_quote", 3)]
    assert [c.name for c in tail.contacts] == ["Anna Alt", "Bernd Bauer", "Carla Christ"]
    # A note over several lines is fine.
    fine = read_csv(b'First Name,Last Name,Notes\nAnna,Alt,"eins\nzwei, drei"\nBernd,Bauer,\n')
    assert fine.problems == [] and fine.contacts[0].notes == "eins\nzwei, drei"


def test_linkedin_dates_of_other_years_and_excel():
    old = read("linkedin__Connections_2018-format.WRITTEN.csv")
    assert [c.met_on for c in old.contacts] == [dt.date(2018, 1, 8), dt.date(2017, 12, 24)]
    assert codes(old) == []
    excel = read("linkedin__Connections_excel-resaved.WRITTEN.csv")
    assert [c.met_on for c in excel.contacts] == [dt.date(2026, 1, 5), dt.date(2025, 2, 28),
                                                  None, None]  # fmt: skip
    # Said once for the column, not once per row.
    assert [(p.code, p.line, dict(p.params)["count"]) for p in excel.problems] == [
        ("bad_dates", 4, "2")
    ]
    assert "Connected On" in str(excel.problems[0])


def test_linkedin_preamble_padded_by_excel_is_passed_over():
    result = read("linkedin__Connections_excel-padded-preamble.WRITTEN.csv")
    assert result.format == "csv-linkedin" and codes(result) == []
    assert [(c.name, c.organisation, c.met_on) for c in result.contacts] == [
        ("Anna Alt", "ACME", dt.date(2024, 10, 9)),
        ("Bernd Bauer", "Bau, GmbH", dt.date(2024, 9, 21)),
    ]


@pytest.mark.parametrize(
    ("text", "day_first", "expect"),
    [
        ("09 Oct 2024", False, dt.date(2024, 10, 9)),
        ("1/8/18, 6:14 PM", False, dt.date(2018, 1, 8)),
        ("8/1/18", True, dt.date(2018, 1, 8)),
        ("5-Jan-26", False, dt.date(2026, 1, 5)),
        ("08.01.2018", False, dt.date(2018, 1, 8)),
        ("2018-01-08", False, dt.date(2018, 1, 8)),
        ("Oct 9, 2024", False, dt.date(2024, 10, 9)),
        ("3. Mär 2021", False, dt.date(2021, 3, 3)),
        ("31/2/2020", True, None),
        ("irgendwann", False, None),
        ("12", False, None),
    ],
)
def test_parse_date_forms(text, day_first, expect):
    assert parse_date(text, day_first) == expect


def test_slashed_dates_are_day_first_when_the_column_says_so():
    data = b"First Name,Last Name,Connected On\nA,B,8/1/18\nC,D,24/12/17\n"
    assert [c.met_on for c in read_csv(data).contacts] == [dt.date(2018, 1, 8),
                                                           dt.date(2017, 12, 24)]  # fmt: skip


# -- netzjournal's own CSV ------------------------------------------------------------------

TRICKY = ["=1+2", "+49 30 1234", "-minus", "@home", "'=quoted", "\tTab", 'a ; b, "c"\nd']


def _people(journal: Journal) -> list[ContactRecord]:
    made = [
        person("Jürgen", "Weiß", salutation="Herr", title_prefix="Dr.",
               additional_names="Karl-Heinz, Ämil", honorific_suffix="-Jr., MBA",
               nickname="=Jo; \"JW\"",
               organisation="Straße; Söhne, KG", department="Presse", role="=CEO",
               hierarchy="executive", city="Köln",
               birthday=Birthday(2, 29), source="xing", source_detail="Barcamp 2024",
               met_on=dt.date(2024, 5, 3), address_form="du", language="en", closeness=5,
               cadence_days=45, topics="KI, Jazz", archived=True,
               notes="Zeile 1\nZeile 2; mit, Zeichen \"zitiert\"\r\n=SUMME(A1)",
               tags=["Presse", "Köln, Stadt", "-minus"],
               channels=[Channel("email", "j@example.org", "work"),
                         Channel("email", "jw@example.com", ""),
                         Channel("phone", "+49 1", "cell"),
                         Channel("phone", "@0221 2", ""),
                         Channel("url", "https://www.xing.com/profile/J_W", "xing")]),
        person("", "", display_name="Frau Ö", organisation="@Verein", cadence_never=True,
               birthday=Birthday(3, 1, 1970)),
        person("Ana", "Ortiz", display_name="Ana (Messe)", nickname="Ani", notes=" ".join(TRICKY),
               topics="\n".join(TRICKY)),
    ]  # fmt: skip
    return [create_contact(journal, p).value for p in made]


def _comparable(rec: ContactRecord) -> dict:
    values = {f.name: getattr(rec, f.name) for f in dataclasses.fields(rec)}
    for key in ("id", "created_at", "updated_at", "introduced_by"):
        values.pop(key)
    values["tags"] = sorted(values["tags"])
    return values


@pytest.mark.parametrize(("delimiter", "german"), [(",", False), (";", True), (";", False),
                                                   (",", True)])  # fmt: skip
def test_own_csv_export_imports_back_without_loss(journal, tmp_path, delimiter, german):
    people = _people(journal)
    text = writers.csv_text(people, delimiter, german, private=True)
    header = next(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert ("Vorname" in header) == german and ("First Name" in header) == (not german)
    # No cell starts a formula in a spreadsheet.
    for row in csv.reader(io.StringIO(text), delimiter=delimiter):
        assert not any(cell[:1] in ("=", "+", "-", "@", "\t") for cell in row), row
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8-sig", newline="")
    with Journal.open(tmp_path / "other.sqlite3") as other:
        read = read_paths([path])
        assert read.format == "csv-netzjournal" and read.problems == []
        outcome = apply_import(other, plan_import(other, read))
        back = [get_contact(other, i) for i in outcome.created]
    assert [_comparable(b) for b in back] == [_comparable(p) for p in people]


def test_own_csv_reports_values_it_cannot_take(tmp_path):
    text = "Vorname;Nachname;Anzeigename;E-Mail-Typen;Nähe;Sprache;Rhythmus (Tage)\r\n"
    text += "Anna;Alt;;;9;fr;nie\r\n"
    result = read_csv(text.encode("cp1252"))
    (anna,) = result.contacts
    rec = anna.to_record()
    assert (rec.closeness, rec.language, rec.cadence_never) == (3, "de", True)
    assert [(p.code, dict(p.params)["name"]) for p in result.problems] == [
        ("bad_value", "Sprache"), ("bad_value", "Nähe")]  # fmt: skip


def test_problems_are_listed_up_to_a_limit_per_kind_and_counted_beyond():
    rows = b"".join(b'Anna,"Alt\n' for _ in range(120))
    result = read_csv(b"First Name,Last Name\n" + rows)
    assert len(result.contacts) == 120
    assert codes(result).count("unbalanced_quote") == 50
    assert result.problems[-1].code == "more_problems"
    assert dict(result.problems[-1].params)["count"] == "70"


def test_thunderbird_exports_lose_no_address_phone_page_or_birthday():
    """Thunderbird's address book export (English and German headers, as it writes
    them): "Primary Email"/"Primäre E-Mail-Adresse", "Work Phone", "Mobile Number",
    "Web Page 1" and 2, the birthday in three columns (the German "Geburtstag" is its
    day) — all were dropped without a word."""
    en = read_paths([CSV / "thunderbird__en-export.SYNTHETIC.csv"])
    de = read_paths([CSV / "thunderbird__de-export.SYNTHETIC.csv"])
    assert unread(en) == ["Home Address, Home ZipCode, Home Country, Work Address, "
                          "Work ZipCode, Work Country"]  # fmt: skip
    assert unread(de) == ["Dienstlich: Adresse, Dienstlich: Bundesland, Dienstlich: PLZ, "
                          "Dienstlich: Land"]  # fmt: skip
    assert codes(en) == codes(de) == ["unread_columns"]
    anna, bo = en.contacts
    assert [e.value for e in anna.emails] == ["anna@kultur.example", "anna.graf@privat.example"]
    assert sorted((p.value, p.label) for p in anna.phones) == [
        ("+49 170 111", "mobile"), ("+49 30 1234", "work"), ("+49 30 5678", "home"),
        ("+49 30 9999", "fax"),
    ]  # fmt: skip
    assert [u.value for u in anna.urls] == ["https://kultur.example", "https://anna.example"]
    assert (anna.birthday, anna.organisation, anna.title) == (
        Birthday(5, 17, 1980),
        "Kulturhaus",
        "Program Director",
    )
    assert (bo.birthday, bo.city) == (Birthday(11, 3, None), "Hamburg")
    (joerg,) = de.contacts
    assert [e.value for e in joerg.emails] == ["joerg@stadtwerke.example"]
    assert sorted(p.label for p in joerg.phones) == ["mobile", "work"]
    assert (joerg.birthday, joerg.organisation, joerg.title, joerg.city) == (
        Birthday(12, 24, 1975),
        "Stadtwerke München",
        "Leiter Vertrieb",
        "München",
    )


def test_google_csv_of_before_2020_keeps_middle_names_labels_sites_and_a_name_alone():
    """Google's older CSV export ("Name, Given Name, Additional Name …", "E-mail 1 -
    Type", "Organization 1 - Department", "Website 2 - Value"): the middle name,
    every label, the department and the second web site were dropped without a word,
    and a row with only "Name" (a practice saved by one name) became a nameless
    contact."""
    result = read("google-legacy__google-csv.WRITTEN.csv")
    assert result.format == "csv-google" and codes(result) == []
    weiss, practice, anna_koeln, anna_muenchen = result.contacts
    record = weiss.to_record()
    assert (record.title_prefix, record.given_name, record.additional_names,
            record.family_name) == ("Dr.", "Jürgen", "Hans", "Weiß")  # fmt: skip
    assert (record.organisation, record.department, record.role, record.city) == (
        "Weiß & Söhne GmbH", "Vertrieb", "Geschäftsführer", "Köln")  # fmt: skip
    assert [(e.value, e.label) for e in weiss.emails] == [
        ("j.weiss@example.de", "work"), ("juergen@example.org", "home")]  # fmt: skip
    assert [(p.value, p.label) for p in weiss.phones] == [
        ("+49 170 1111111", "mobile"), ("+49 171 2222222", "mobile"),
        ("+49 221 333333", "work")]  # fmt: skip
    assert [u.value for u in weiss.urls] == [
        "https://www.xing.com/profile/Juergen_Weiss",
        "https://weiss-soehne.example.de",
    ]
    assert weiss.tags == ["Netzwerk"] and weiss.birthday == Birthday(3, 14, 1975)
    assert practice.to_record().display_name == "Hausarztpraxis Weber"
    assert practice.name == "Hausarztpraxis Weber"
    # Namesakes stay two people, told apart by what the file says of them.
    assert [(a.organisation, a.city, a.emails[0].label) for a in (anna_koeln, anna_muenchen)] == [
        ("Stadt Köln", "", "home"), ("Schmidt Beratung", "München", "other")]  # fmt: skip
    # A structured name is not overridden by the "Name" column (the file's own
    # "Dr. Jürgen Hans Weiß" is made of the same parts).
    assert record.display_name == ""


@pytest.mark.parametrize("name", ["thunderbird__en-export.SYNTHETIC.csv",
                                  "thunderbird__de-export.SYNTHETIC.csv"])  # fmt: skip
def test_thunderbird_row_with_only_a_display_name_keeps_it(name):
    """A practice saved as "Praxis Dr. Lange" with no first or last name: it was named
    after its e-mail address."""
    header = (CSV / name).read_bytes().split(b"\n")[0].rstrip(b"\r")
    row = b",,Praxis Dr. Lange,,praxis@lange.example" + b"," * (header.count(b",") - 4)
    (practice,) = read_csv(header + b"\n" + row + b"\n", name).contacts
    assert practice.to_record().display_name == "Praxis Dr. Lange"
    assert [e.value for e in practice.emails] == ["praxis@lange.example"]


def test_empty_cells_past_the_header_are_not_a_problem_but_filled_ones_are():
    """Thunderbird ends every row with a comma its header does not have: each row was
    reported as "38 cells where the header has 37" though nothing was lost."""
    header = (CSV / "thunderbird__en-export.SYNTHETIC.csv").read_bytes().split(b"\n")[0]
    header = header.rstrip(b"\r").rstrip(b",")
    cells = header.count(b",") + 1
    row = b"John,Doe,John Doe,,john@doe.example" + b"," * (cells - 5)
    result = read_csv(b"\n".join([header, row + b",", row + b",,", row + b",oops", b""]), "tb.csv")
    assert [c.emails[0].value for c in result.contacts] == ["john@doe.example"] * 3
    assert [(p.line, p.code) for p in result.problems] == [(4, "cell_count")]


@pytest.mark.parametrize("name", ["meetup.ics", "termine.csv"])
def test_a_calendar_given_to_the_contact_import_says_where_it_goes(tmp_path, name, capsys):
    """A Meetup or Google calendar handed to the contacts' wizard was "not a vCard,
    CSV or netzjournal JSON file" — true, but it left the user guessing; named .csv,
    its commas could pass for a table. `netzjournal import` imports its events."""
    path = tmp_path / name
    path.write_bytes((REPO / "tests" / "data" / "events" / "ruhr-events.ics").read_bytes())
    result = read_paths([path])
    assert result.contacts == [] and codes(result) == ["calendar_file"]
    # The command line imports its events, as the Events view does (whatever its name).
    (tmp_path / "data").mkdir()
    assert cli.main(["import", str(path), "--data-dir", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert (
        out == f"{name}: 3 imported, 0 changed by an update or a cancellation, 0 already there.\n"
    )


def test_a_list_without_a_header_is_said_not_read_one_person_short():
    """A list saved without a header line (Thunderbird's import tests keep one): its
    first person was taken for the header and lost without a word, the second
    reported as "a row without a name"."""
    data = b"John Doe,John,Doe,john@doe.example\nJane Doe,Jane,Doe,jane@doe.example\n"
    result = read_csv(data, "list.csv")
    assert result.contacts == [] and [(p.line, p.code) for p in result.problems] == [
        (1, "no_header")
    ]
    # With a header the same rows are read.
    result = read_csv(b"Display Name,First Name,Last Name,Primary Email\n" + data, "list.csv")
    assert [c.emails[0].value for c in result.contacts] == ["john@doe.example", "jane@doe.example"]


def test_google_s_messenger_columns_become_messengers():
    """Google Contacts writes messengers as "IM n - Service" and "IM n - Value": they
    were dropped (the journal had no kind for them)."""
    path = REPO / "tests/data/contacts/csv/google-im__google-csv.WRITTEN.csv"
    result = read_csv(path.read_bytes(), path.name)
    assert result.problems == []
    got = {c.name: [(m.value, m.label) for m in c.to_record().channels if m.kind == "messenger"]
           for c in result.contacts}  # fmt: skip
    assert got == {
        "Jonas Keller": [("jonas.keller", "skype"), ("jonas@jabber.example", "xmpp")],
        "Lea Brandt": [("lea.brandt@gmail.example", "xmpp"), ("lea@chat.example", "xmpp")],
        "Mira Sommer": [("+49 151 5550199", "signal")],
    }


def test_columns_with_a_qualifier_are_read_and_the_rest_is_named():
    """A base word with a qualifier in brackets or after a colon ("E-Mail (geschäftlich)",
    "Telefon: mobil", "Privat: Ort", "E-mail (Work)"), as hand-made spreadsheets and
    Outlook tables write them: read with its kind. Columns nothing reads are named."""
    sheet = read("spreadsheet-de__qualified-headers.WRITTEN.csv")
    rexroth, festo, weiss = (c.to_record() for c in sheet.contacts)
    assert (rexroth.city, rexroth.emails(), festo.city, weiss.city) == (
        "Stuttgart",
        ["thomas.mueller@boschrexroth.example"],
        "Esslingen",
        "Ditzingen",
    )
    assert [(c.kind, c.value, c.label) for c in festo.channels if c.kind != "url"] == [
        ("email", "t.mueller@festo.example", "work"),
        ("email", "thomas.m@web.example", "home"),
        ("phone", "+49 170 1234567", "mobile"),
        ("phone", "+49 711 555", "home"),
    ]
    assert ("phone", "+49 711 8110", "work") in [
        (c.kind, c.value, c.label) for c in rexroth.channels
    ]
    # "Straße (geschäftlich)" has cells, "Lieblingsessen" one; both are said, in file order.
    assert unread(sheet) == ["Straße (geschäftlich), Lieblingsessen"]
    assert codes(sheet) == ["unread_columns"]

    de = read("outlook-de__qualified-headers.WRITTEN.csv")
    schaefer, kuehn = (c.to_record() for c in de.contacts)
    assert [(c.value, c.label) for c in schaefer.channels] == [
        ("juergen.schaefer@durr.example", "work"),
        ("+49 7142 780", "work"),
        ("+49 7142 781", "work,fax"),
    ]
    assert (schaefer.city, kuehn.city, kuehn.emails()) == (
        "Bietigheim-Bissingen",
        "Stuttgart",
        ["aenne.kuehn@posteo.example"],
    )
    assert unread(de) == ["Straße geschäftlich"]

    en = read("outlook-en__qualified-headers.WRITTEN.csv")
    erika, jan = (c.to_record() for c in en.contacts)
    assert erika.emails() == ["erika@beispiel.example", "erika@home.example"]
    assert erika.city == "Berlin" and jan.city == "Hamburg"  # the work city first
    assert ("+49 170 0000000", "mobile") in [(c.value, c.label) for c in erika.channels]
    assert unread(en) == ["Business Street, Spouse"]  # "Spouse" holds "Max"


def test_a_hand_made_sheet_whose_headers_say_what_they_hold_needs_no_mapping():
    """ "First name", "Company", "Email (work)", "Phone (mobile)" in a sheet someone made
    (or "Name", "Firma", "E-Mail (dienstlich)", "Handy"): read as the qualified headers
    of the known layouts are, not "generic" (which asks for a mapping); the columns
    nothing reads are named."""
    from netzjournal.interchange.csv_in import csv_headers

    en = read("spreadsheet-en__qualified-headers.WRITTEN.csv")
    assert en.format == "csv-table"
    priya, tom = (c.to_record() for c in en.contacts)
    assert (priya.given_name, priya.family_name, priya.organisation, priya.role, priya.city) == (
        "Priya", "Natarajan", "Northwind Analytics Ltd", "Data Lead", "Manchester")  # fmt: skip
    assert [(c.value, c.label) for c in priya.channels] == [
        ("priya.natarajan@northwind.example", "work"), ("priya@home.example", "home"),
        ("+44 7700 900123", "mobile"), ("+44 20 7946 0018", "work")]  # fmt: skip
    assert tom.emails() == ["tom.hargreaves@mail.example"] and tom.city == "Leeds"
    assert unread(en) == ["Interests"]
    de = read("spreadsheet-de__name-column.WRITTEN.csv")
    (sabine,) = (c.to_record() for c in de.contacts)
    assert (de.format, sabine.name, sabine.organisation, sabine.city) == (
        "csv-table", "Sabine Krüger", "Stadtwerke Kassel", "Kassel")  # fmt: skip
    assert [(c.value, c.label) for c in sabine.channels] == [
        ("s.krueger@stadtwerke.example", "work"), ("+49 160 5550123", "mobile")]  # fmt: skip
    assert unread(de) == ["Kennengelernt bei"]
    # What the wizard asks a mapping for: still a table whose headers name no person.
    assert csv_headers(b"Kunde;Mail;Stadt\r\nAda Lovelace;ada@example.org;London\r\n")[1] == (
        "generic"
    )
    assert csv_headers(b"First name;Hobby\r\nAda;Tee\r\n")[1] == "generic"


def test_columns_not_read_leave_out_empty_ones_and_export_defaults():
    text = ("Vorname;Nachname;E-Mail-Adresse;E-Mail-Typ;Priorität;Hobby;Leer\r\n"
            "Anna;Alt;anna@example.com;SMTP;Normal;;\r\n"
            "Bernd;Bau;bernd@example.com;SMTP;Normal;Segeln;\r\n")  # fmt: skip
    result = read_csv(text.encode("utf-8"), "liste.csv")
    assert [str(p) for p in result.problems] == ["liste.csv: columns not read: Hobby"]
    own = read_csv(b"Vorname;Nachname\r\nAnna;Alt\r\n", "own.csv")
    assert own.problems == []


def test_the_command_line_names_no_line_for_a_problem_of_the_whole_file(tmp_path, capsys):
    from netzjournal import cli

    path = tmp_path / "liste.csv"
    path.write_bytes(b"Vorname;Nachname;E-Mail;Hobby\r\nBernd;Bau;bernd@example.com;Segeln\r\n")
    (tmp_path / "leer.csv").write_bytes(b"")
    data = tmp_path / "data"
    data.mkdir()  # (a folder named that is not there is refused as a typo)
    args = ["import", str(path), str(tmp_path / "leer.csv"), "--data-dir", str(data), "--dry-run"]
    assert cli.main(args) == 0
    problems = [line for line in capsys.readouterr().out.splitlines() if "problem:" in line]
    assert sorted(problems) == ["problem: leer.csv: the file is empty",
                                "problem: liste.csv: columns not read: Hobby"]  # fmt: skip


def _workbook(path, entries: dict[str, bytes]) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as book:
        for name, data in entries.items():
            book.writestr(name, data)


@pytest.mark.parametrize("name", ["Netzwerk.ods", "Netzwerk.xls", "Kontakte.csv", "Kontakte"])
def test_an_old_excel_or_calc_workbook_is_told_how_to_become_one_we_read(tmp_path, name, capsys):
    """Stefan kept his network in Excel. His workbook was "not a text file; nothing was
    read" — true, and no way on. An .xlsx is read now (tests/test_xlsx_import.py); an
    Excel 97–2003 .xls or LibreOffice's .ods (also under another name) is named as one,
    with the way to a file that is read."""
    path = tmp_path / name
    if name.endswith(".xls") or name == "Kontakte":  # the compound file of Excel 97–2003
        ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(2048)
        path.write_bytes(ole + "Workbook".encode("utf-16-le") + os.urandom(2048))
    else:
        _workbook(path, {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                         "content.xml": b"<office:document-content/>"})  # fmt: skip
    result = read_paths([path])
    assert result.contacts == [] and codes(result) == ["spreadsheet"]
    (tmp_path / "data").mkdir()  # (a folder named that is not there is refused as a typo)
    assert cli.main(["import", str(path), "--data-dir", str(tmp_path / "data")]) == 1
    out = capsys.readouterr().out
    assert "(.xlsx) or as CSV" in out and "not a text file" not in out


def test_a_zip_or_a_word_file_is_no_workbook(tmp_path):
    path = tmp_path / "fotos.zip"
    _workbook(path, {"bild.jpg": os.urandom(4096)})
    word = tmp_path / "Lebenslauf.doc"
    word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4096))
    assert codes(read_paths([path, word])) == ["not_text", "not_text"]


def test_a_table_with_outlooks_german_headers_only_is_no_outlook_export():
    """The walk: Stefan's own Excel list („Vorname;Nachname;Firma;Position;E-Mail;…“)
    was „Outlook CSV“ in the preview, as it has German Outlook's first headers. Named
    Outlook's only with a column only Outlook writes; read as before either way."""
    from netzjournal.ui.texts import import_format_label

    excel = read("excel-de__windows-1252-semicolons.WRITTEN.csv")
    assert excel.format == "csv-table" and import_format_label(excel.format) == "CSV table"
    first = excel.contacts[0].to_record()
    assert (first.given_name, first.family_name, first.organisation, first.role) == (
        "Jörg", "Schäfer", "Müller & Söhne KG", "Einkäufer")  # fmt: skip
    assert read("spreadsheet-de__qualified-headers.WRITTEN.csv").format == "csv-table"
    assert read("thunderbird__de-export.SYNTHETIC.csv").format == "csv-table"
    for outlooks in ("outlook-desktop-de__german-headers.WRITTEN.csv",
                     "outlook-de__comma-windows-1252-notes.WRITTEN.csv",
                     "outlook-de__qualified-headers.WRITTEN.csv",
                     "outlook-desktop__quoted-headers.WRITTEN.csv",
                     "outlook-com__outlook-csv_61col-format.SYNTHETIC.csv"):  # fmt: skip
        assert read(outlooks).format == "csv-outlook", outlooks
    assert read("xing__kontakte-de.WRITTEN.csv").format == "csv-xing"  # (Outlook's columns)
