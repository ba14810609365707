"""Both namesakes of an import are marked, not only the second.

Two new people of one name in the files: the first was created without a word, the
second said „prüfen: Namensvetter“ — the person checking the preview saw one row
to check and not the other. Each now says it and names the others as the pickers
tell namesakes apart (organisation, else city, else both; twins by an address,
else their place in the file).
"""

from __future__ import annotations

from conftest import REPO

from netzjournal.interchange.importer import (
    NAMESAKE_IN_FILES,
    SAME_NAME_ORGANISATION_IN_FILES,
    SIMILAR_NAME,
    journal_namesakes,
    plan_import,
    read_paths,
)
from netzjournal.interchange.model import ImportedContact
from netzjournal.interchange.namesakes import apart_from, label, tell_apart
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal
from netzjournal.store.people import person_choices
from netzjournal.store.records import Channel, ContactRecord

NAMESAKES = REPO / "tests" / "data" / "contacts" / "vcard-written" / "namesakes.WRITTEN.vcf"


def card(organisation: str = "", city: str = "", email: str = "") -> ImportedContact:
    emails = [Channel("email", email)] if email else []
    return ImportedContact(
        "f.vcf", 1, display_name="Hans Müller", organisation=organisation, city=city,
        emails=emails,
    )  # fmt: skip


def test_namesakes_are_told_apart_as_the_pickers_do():
    assert tell_apart([card(city="Berlin"), card(city="München")]) == ["Berlin", "München"]
    assert tell_apart(
        [card("Stadtwerke", "Kassel"), card("Stadtwerke", "Köln"), card("REWE", "Köln")]
    ) == ["Kassel", "Stadtwerke, Köln", "REWE"]
    # Twins (alike in both): an address no twin has, else their place in the file.
    assert tell_apart([card("X", email="a@x.example"), card("X", email="b@x.example")]) == [
        "X, a@x.example", "X, b@x.example"]  # fmt: skip
    assert tell_apart([card(city="Hamburg"), card(city="Hamburg"), card()]) == [
        "Hamburg (1)", "Hamburg (2)", ""]  # fmt: skip
    assert label("Hans Müller", "München") == "Hans Müller · München"
    assert label("Hans Müller", "(2)") == "Hans Müller (2)"


def test_every_namesake_in_the_files_is_marked_the_first_too(journal):
    plan = plan_import(journal, read_paths([NAMESAKES]))
    created = [r for r in plan.rows if r.action == "create"]
    assert [(r.contact.city, r.reason) for r in created] == [
        ("Berlin", NAMESAKE_IN_FILES),
        ("München", NAMESAKE_IN_FILES),
        ("Hamburg", NAMESAKE_IN_FILES),
        ("Hamburg", NAMESAKE_IN_FILES),
    ]
    assert created[0].namesakes == [
        ("Hans Müller", "München"), ("Hans Müller", "Hamburg (1)"),
        ("Hans Müller", "Hamburg (2)")]  # fmt: skip
    assert created[3].namesakes == [
        ("Hans Müller", "Berlin"), ("Hans Müller", "München"),
        ("Hans Müller", "Hamburg (1)")]  # fmt: skip
    # (the same card twice is skipped, and no namesake of anybody)
    assert all(not r.namesakes for r in plan.rows if r.action == "skip")


def test_one_name_at_one_organisation_twice_is_no_namesake_of_itself(journal, tmp_path):
    table = tmp_path / "contacts.csv"
    table.write_text(
        "First Name,Last Name,Organization Name,City\n"
        "Frieda,Schwarz,Zalando,Berlin\n"
        "Frieda,Schwarz,Zalando,\n"
        "Frieda,Schwarz,Otto,Hamburg\n"
        "Lena,Schubert,Spreadshirt,Leipzig\n",
        encoding="utf-8",
    )
    plan = plan_import(journal, read_paths([table]))
    assert [(r.contact.organisation, r.reason, r.namesakes) for r in plan.rows] == [
        ("Zalando", NAMESAKE_IN_FILES, [("Frieda Schwarz", "Otto")]),
        ("Zalando", SAME_NAME_ORGANISATION_IN_FILES, [("Frieda Schwarz", "Otto")]),
        ("Otto", NAMESAKE_IN_FILES,  # (the shortest that no other namesake shares)
         [("Frieda Schwarz", "Berlin"), ("Frieda Schwarz", "Zalando")]),
        ("Spreadshirt", "", []),
    ]  # fmt: skip


def test_a_new_one_named_like_a_contact_and_one_in_the_files(journal, tmp_path):
    """Anna Graf is in the journal; the file has two more: both are namesakes of hers
    (as before) and of each other."""
    anna = create_contact(
        journal, ContactRecord(given_name="Anna", family_name="Graf", organisation="Kulturhaus")
    ).value.id
    table = tmp_path / "contacts.csv"
    table.write_text(
        "First Name,Last Name,Organization Name\nAnna,Graf,Stadtwerke\nAnna,Graf,Theater\n",
        encoding="utf-8",
    )
    plan = plan_import(journal, read_paths([table]))
    assert [(r.action, r.reason, r.namesakes) for r in plan.rows] == [
        ("create", SIMILAR_NAME, [("Anna Graf", "Theater")]),
        ("create", SIMILAR_NAME, [("Anna Graf", "Stadtwerke")]),
    ]
    # The journal's Anna, the only one there, is named apart from the new ones (the
    # pickers' label says only "Anna Graf": she has no namesake in the journal).
    people = person_choices(journal, [anna])
    assert people[anna].label == "Anna Graf"
    assert journal_namesakes(plan, people) == {anna: "Anna Graf · Kulturhaus"}


def test_a_contact_at_the_same_organisation_is_told_apart_by_the_city():
    new = ImportedContact("f.vcf", 1, display_name="Anna Graf", organisation="Kulturhaus")
    assert apart_from(new, "Anna Graf", "Kulturhaus", "Kassel") == "Anna Graf · Kassel"
    assert apart_from(new, "Anna Graf", "Kulturhaus", "") == "Anna Graf · Kulturhaus"
    assert apart_from(new, "Anna Graf", "", "") == "Anna Graf"


def test_the_command_line_names_the_journal_s_namesake_apart(where, capsys, tmp_path):
    from netzjournal import cli

    with Journal.open(where.journal, backup_dir=where.backups) as j:
        create_contact(
            j, ContactRecord(given_name="Anna", family_name="Graf", organisation="Kulturhaus")
        )
    table = tmp_path / "contacts.csv"
    table.write_text("First Name,Last Name,Organization Name\nAnna,Graf,Stadtwerke\n")
    assert cli.main(["import", str(table), "--data-dir", str(where.root), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "create Anna Graf  (a similar name exists: Anna Graf · Kulturhaus)" in out, out


def test_the_command_line_names_each_namesake_s_others(where, capsys):
    from netzjournal import cli

    with Journal.open(where.journal, backup_dir=where.backups):
        pass
    assert cli.main(["import", str(NAMESAKES), "--data-dir", str(where.root), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (
        "create Hans Müller  (a namesake in the file: Hans Müller · München; "
        "Hans Müller · Hamburg (1); Hans Müller · Hamburg (2))" in out
    ), out
    assert (
        "create Hans Müller  (a namesake in the file: Hans Müller · Berlin; "
        "Hans Müller · Hamburg (1); Hans Müller · Hamburg (2))" in out
    ), out
