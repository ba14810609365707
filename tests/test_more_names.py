"""Additional names, honorific suffix and nickname (migration 0014): stored from an
imported vCard, kept by the store, written again on export (round trip lossless)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
import vobject
from dbfiles import connect as _dbconnect

from netzjournal.interchange import writers
from netzjournal.interchange.csv_in import OWN_COLUMNS, decode
from netzjournal.interchange.exports import export_to
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.interchange.person_markdown import markdown_person
from netzjournal.interchange.vcard import read_vcards
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.journal import Journal, latest_schema
from netzjournal.store.records import ContactRecord
from netzjournal.sync.fields import SPARSE, apply_fields, to_fields
from netzjournal.sync.merge import merge

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. John Quincy Public Jr.\r\n"
    "N:Public;John;Quincy,Adams;Dr.;Jr.,MBA\r\nNICKNAME:Johnny\\, JQ\r\n"
    "EMAIL:jqp@example.com\r\nEND:VCARD\r\n"
)


def test_an_imported_card_keeps_its_middle_names_suffix_and_nickname(tmp_path: Path) -> None:
    source = tmp_path / "card.vcf"
    source.write_text(CARD, encoding="utf-8")
    with Journal.open(tmp_path / "j.sqlite3") as j:
        outcome = apply_import(j, plan_import(j, read_paths([source])))
        (cid,) = outcome.created
        c = get_contact(j, cid)
        assert (c.additional_names, c.honorific_suffix, c.nickname) == (
            "Quincy, Adams", "Jr., MBA", "Johnny, JQ"
        )  # fmt: skip
        text = writers.vcard([c], private=True)
    assert "N:Public;John;Quincy,Adams;Dr.;Jr.,MBA" in text.splitlines()
    assert "NICKNAME:Johnny\\, JQ" in text.splitlines()
    card = next(vobject.readComponents(text))
    assert card.n.value.additional == ["Quincy", "Adams"] and card.n.value.suffix == ["Jr.", "MBA"]
    # export → import: the same again
    (back,) = read_vcards(text.encode()).contacts
    again = back.to_record()
    assert (again.additional_names, again.honorific_suffix, again.nickname) == (
        c.additional_names, c.honorific_suffix, c.nickname
    )  # fmt: skip


def test_the_store_keeps_them_through_edits_and_merges(journal: Journal) -> None:
    c = create_contact(
        journal, ContactRecord(given_name="Ada", additional_names="Augusta", nickname="Ada")
    ).value
    c.honorific_suffix = "Countess"
    update_contact(journal, c, base=get_contact(journal, c.id))
    again = get_contact(journal, c.id)
    assert (again.additional_names, again.honorific_suffix, again.nickname) == (
        "Augusta", "Countess", "Ada"
    )  # fmt: skip


def test_the_migration_adds_empty_names_to_an_older_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        create_contact(j, ContactRecord(given_name="Ola", family_name="Özdemir"))
    before = latest_schema() - 1
    raw = _dbconnect(path)
    for column in ("additional_names", "honorific_suffix", "nickname"):
        raw.execute(f"ALTER TABLE contact DROP COLUMN {column}")
    raw.executescript(
        "DELETE FROM schema_migration WHERE name LIKE '0014%';"
        f"UPDATE meta SET value = '{before}' WHERE key = 'schema_version';"
        f"PRAGMA user_version = {before};"
    )
    raw.close()
    with Journal.open(path) as j:
        (row,) = contact_rows(j)
        c = get_contact(j, row.id)
        assert (c.given_name, c.additional_names, c.honorific_suffix, c.nickname) == (
            "Ola", "", "", ""
        )  # fmt: skip


# -- CSV: Outlook's and Google's columns, and netzjournal's own ----------------------------

CSV_DATA = Path(__file__).parent / "data" / "contacts" / "csv"


def _real_header_file(tmp_path: Path, template: str, values: dict[str, str]) -> Path:
    """A file with the real header line of ``template`` (tests/data) and one row of
    ``values`` under those headers (every other cell empty)."""
    text, encoding = decode((CSV_DATA / template).read_bytes())  # Outlook writes cp1252
    header_line = next(line for line in text.splitlines() if line.strip())
    headers = next(csv.reader([header_line]))
    missing = set(values) - set(headers)
    assert not missing, f"{template} has no column {missing}"
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerow([values.get(h, "") for h in headers])
    path = tmp_path / template
    path.write_text(buffer.getvalue(), encoding=encoding)
    return path


@pytest.mark.parametrize(
    ("template", "values", "expected"),
    [
        ("outlook-desktop__quoted-headers.WRITTEN.csv",
         {"First Name": "John", "Middle Name": "Quincy", "Last Name": "Public",
          "Suffix": "Jr."},
         ("Quincy", "Jr.", "")),
        ("outlook-com__outlook-csv_61col-format.SYNTHETIC.csv",
         {"First Name": "Erika", "Middle Name": "Maria Luise", "Last Name": "Mustermann",
          "Suffix": "MBA", "Nickname": "Eri"},
         ("Maria Luise", "MBA", "Eri")),
        ("google-contacts__google-csv_2024-format.SYNTHETIC.csv",
         {"First Name": "Jörg", "Middle Name": "Anton", "Last Name": "Weiß",
          "Name Suffix": "Ph.D.", "Nickname": "Jöggi"},
         ("Anton", "Ph.D.", "Jöggi")),
        ("outlook-desktop-de__german-headers.WRITTEN.csv",
         {"Vorname": "Jörg-Anna", "Weitere Vornamen": "Maria", "Nachname": "Weiß",
          "Suffix": "sen."},
         ("Maria", "sen.", "")),
    ],
)  # fmt: skip
def test_outlook_and_google_columns_fill_them_on_import(
    tmp_path: Path, template: str, values: dict[str, str], expected: tuple[str, str, str]
) -> None:
    path = _real_header_file(tmp_path, template, values)
    with Journal.open(tmp_path / "j.sqlite3") as j:
        read = read_paths([path])
        assert read.format.startswith("csv-") and read.format != "csv-generic"
        (cid,) = apply_import(j, plan_import(j, read)).created
        c = get_contact(j, cid)
    assert (c.additional_names, c.honorific_suffix, c.nickname) == expected
    assert c.name == f"{values.get('First Name') or values['Vorname']} " + (
        values.get("Last Name") or values["Nachname"]
    )  # the short name stays given + family


@pytest.mark.parametrize(("delimiter", "headers"), [
    (",", ("Middle Name", "Suffix", "Nickname")),
    (";", ("Weitere Vornamen", "Namenszusatz", "Spitzname")),
])  # fmt: skip
def test_own_csv_carries_them_in_both_variants(
    journal: Journal, tmp_path: Path, delimiter: str, headers: tuple[str, ...]
) -> None:
    c = create_contact(journal, ContactRecord(
        given_name="Ada", family_name="Lovelace", additional_names="Augusta, Byron",
        honorific_suffix="Countess", nickname="Enchantress of Numbers")).value  # fmt: skip
    text = writers.csv_text([c], delimiter, private=True)
    rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    assert [rows[0][h] for h in headers] == ["Augusta, Byron", "Countess", "Enchantress of Numbers"]
    path = tmp_path / "own.csv"
    path.write_text(text, encoding="utf-8-sig", newline="")
    with Journal.open(tmp_path / "other.sqlite3") as other:
        read = read_paths([path])
        assert read.format == "csv-netzjournal" and read.problems == []
        (cid,) = apply_import(other, plan_import(other, read)).created
        back = get_contact(other, cid)
    assert (back.additional_names, back.honorific_suffix, back.nickname) == (
        "Augusta, Byron", "Countess", "Enchantress of Numbers"
    )  # fmt: skip


def test_an_older_own_csv_without_the_columns_still_imports(tmp_path: Path) -> None:
    """A file exported before these columns existed: read as the app's own, names empty."""
    new = ("additional_names", "honorific_suffix", "nickname")
    old_columns = [col for col in OWN_COLUMNS if col.key not in new]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([col.english for col in old_columns])
    writer.writerow(["Ada" if col.key == "given_name" else "" for col in old_columns])
    path = tmp_path / "old.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    read = read_paths([path])
    assert read.format == "csv-netzjournal" and read.problems == []
    (back,) = read.contacts
    rec = back.to_record()
    assert (rec.given_name, rec.additional_names, rec.honorific_suffix, rec.nickname) == (
        "Ada", "", "", ""
    )  # fmt: skip


# -- Markdown: the export and "everything stored" ------------------------------------------


@pytest.mark.parametrize("language", ["de", "en"])
def test_markdown_shows_them_in_the_heading_and_as_facts(
    journal: Journal, tmp_path: Path, language: str
) -> None:
    c = create_contact(journal, ContactRecord(
        given_name="Ada", family_name="King", title_prefix="Dr.", additional_names="Augusta",
        honorific_suffix="MBA", nickname="Enchantress")).value  # fmt: skip
    path = tmp_path / "ada.md"
    export_to(journal, path, "md", [c.id], dt.date(2026, 1, 1), language=language)
    md = path.read_text(encoding="utf-8")
    assert md.startswith("# Dr. Ada Augusta King MBA\n")
    words = {"de": ("Weitere Vornamen", "Namenszusatz", "Spitzname"),
             "en": ("Middle names", "Suffix", "Nickname")}[language]  # fmt: skip
    md = markdown_person(journal, c.id, language)
    for word, value in zip(words, ("Augusta", "MBA", "Enchantress"), strict=True):
        assert f"- **{word}:** {value}" in md
    # With a display name of its own, the heading is that; the whole name is a fact.
    c.display_name = "Lady Lovelace"
    update_contact(journal, c, base=get_contact(journal, c.id))
    md = markdown_person(journal, c.id, language)
    assert md.startswith("# Dr. Lady Lovelace\n")
    assert "- **Name:** Dr. Ada Augusta King MBA" in md


# -- CardDAV fields (the server test is in test_sync_contacts.py) --------------------------


def test_synced_fields_leave_them_out_when_empty_and_merge_a_base_from_before_them() -> None:
    """A base stored before the names were synced reads like a contact without them:
    nothing is sent up again for that, and a value one side has travels."""
    plain = ContactRecord(given_name="Bert", family_name="Brandt", uid="u1")
    old_base = to_fields(plain)
    assert not set(SPARSE) & set(old_base)
    named = ContactRecord(given_name="Bert", family_name="Brandt", uid="u1",
                          additional_names="Otto", honorific_suffix="Jr.",
                          nickname="Bobo")  # fmt: skip
    theirs = to_fields(named)
    assert {k: theirs[k] for k in SPARSE} == {
        "additional_names": "Otto", "honorific_suffix": "Jr.", "nickname": "Bobo"}  # fmt: skip
    merged = merge(old_base, old_base, theirs)
    assert merged.conflicts == [] and merged.fields == theirs
    back = apply_fields(plain, merged.fields)
    assert (back.additional_names, back.honorific_suffix, back.nickname) == ("Otto", "Jr.", "Bobo")
    # Cleared here, unchanged there: cleared, and left out of the fields again.
    merged = merge(theirs, old_base, theirs)
    assert merged.conflicts == [] and merged.fields == old_base
    # Changed on both sides: a conflict, the journal's value kept; missing reads as empty.
    merged = merge(theirs, old_base, {**theirs, "nickname": "Bob"})
    assert merged.conflicts == [("nickname", "", "Bob")] and "nickname" not in merged.fields
    # Without a base every difference is a conflict, as for every other field.
    assert merge(None, old_base, theirs).conflicts == [
        ("additional_names", "", "Otto"), ("honorific_suffix", "", "Jr."), ("nickname", "", "Bobo")
    ]  # fmt: skip
