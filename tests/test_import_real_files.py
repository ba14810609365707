"""What real address books bring (session 37, task G): a self-employed person's
"company", a salutation in the title or the first name, mailing-list cards.

Files in tests/data/contacts/csv, written for these tests (CC0, invented people)."""

from __future__ import annotations

from conftest import REPO

from netzjournal.interchange.importer import plan_import, read_paths
from netzjournal.store.journal import Journal

CSV = REPO / "tests" / "data" / "contacts" / "csv"


def by_family(read) -> dict:
    return {c.family_name: c for c in read.contacts if c.family_name}


def test_self_employed_as_company_becomes_part_of_the_role():
    read = read_paths([CSV / "linkedin__Connections_self-employed.WRITTEN.csv"])
    people = {name: c.to_record() for name, c in by_family(read).items()}
    seen = {n: (r.organisation, r.role) for n, r in people.items()}
    assert seen == {
        "Krüger": ("", "UX-Beraterin, Selbstständig"),
        "Brandt": ("", "Freiberuflich"),
        "Nair": ("", "Product Coach, Self Employed"),
        "Ruiz": ("", "Photographer, Self-employed"),
        # (the position already says it: not "Freelance Translator, Freelance")
        "Vogt": ("", "Freelance Translator"),
        # a company whose name only begins so is a company
        "Aydın": ("Freelancer Hub GmbH", "Backend Developer"),
    }


def test_salutations_are_the_salutation_never_a_title_or_a_first_name():
    read = read_paths([CSV / "outlook-de__anrede-and-mailing-lists.WRITTEN.csv"])
    people = {name: c.to_record() for name, c in by_family(read).items()}
    seen = {n: (r.salutation, r.title_prefix, r.given_name) for n, r in people.items()}
    assert seen == {
        "Scholz": ("Herr", "Dr.", "Martin"),
        "Lehmann": ("Frau", "", "Sabine"),
        "Miller": ("Herr", "", "David"),  # "Mr." was kept as a title
        "Dubois": ("Frau", "Prof.", "Anne"),
        "Alder": ("", "", "Robin"),  # the journal has no "Mx": left out, not a title
        "Weber": ("Herr", "", "Jonas"),  # "Herr Jonas" in the first-name column
        "Vogel": ("", "", "Katrin"),
    }
    assert {c.name for c in read.contacts if c.family_name} >= {"David Miller", "Jonas Weber"}


def test_a_salutation_alone_is_no_first_name_and_a_first_name_stays(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text(
        "First Name,Last Name,Title,E-mail Address\n"
        "Mr,Smith,,smith@example.com\n"  # the salutation typed into the first name
        "Miss,,,\n"  # (a name alone: kept, nobody else to call it)
        "Fr. Anna,Keller,Mrs.,anna@example.com\n"
        "Frauke,Herrmann,Dr.,frauke@example.com\n",
        encoding="utf-8",
    )
    records = [c.to_record() for c in read_paths([path]).contacts]
    seen = [(r.salutation, r.title_prefix, r.given_name, r.family_name) for r in records]
    assert seen == [
        ("Herr", "", "", "Smith"),
        ("", "", "Miss", ""),
        ("Frau", "", "Anna", "Keller"),
        ("", "Dr.", "Frauke", "Herrmann"),
    ]


def test_mailing_list_cards_are_left_out_unless_taken(tmp_path):
    read = read_paths([CSV / "outlook-de__anrede-and-mailing-lists.WRITTEN.csv"])
    with Journal.open(tmp_path / "j.sqlite3") as j:
        plan = plan_import(j, read)
    lists = sorted(r.contact.emails[0].value for r in plan.mailing_lists())
    assert lists == [
        "info@example-verein.de",
        "newsletter@example-shop.de",
        "no-reply@example-airline.com",
        "noreply@example-bank.de",
    ]
    assert all(r.action == "skip" for r in plan.mailing_lists())
    # A hotel's info@ with its name and phone, and a person at info@, are kept.
    created = {r.contact.name or r.contact.organisation for r in plan.rows if r.action == "create"}
    assert {"Hotel am See", "Katrin Vogel"} <= created and plan.count("skip") == 4
    plan.take_lists(True)
    assert plan.count("skip") == 0 and plan.count("create") == len(plan.rows)
    plan.take_lists(False)
    assert plan.count("skip") == 4


def test_a_list_address_the_journal_has_is_merged_as_before(tmp_path):
    from netzjournal.store.contacts import create_contact
    from netzjournal.store.records import Channel, ContactRecord

    read = read_paths([CSV / "outlook-de__anrede-and-mailing-lists.WRITTEN.csv"])
    with Journal.open(tmp_path / "j.sqlite3") as j:
        kept = ContactRecord(organisation="Verein")
        kept.channels = [Channel("email", "info@example-verein.de", "")]
        known = create_contact(j, kept).value.id
        plan = plan_import(j, read)
    row = next(r for r in plan.rows if r.contact.emails[0].value == "info@example-verein.de")
    assert (row.action, row.match_id) == ("merge", known)
    assert len(plan.mailing_lists()) == 3


XLSX = REPO / "tests" / "data" / "contacts" / "xlsx"


def codes(read) -> list[str]:
    return [p.code for p in read.problems]


def test_a_workbook_in_a_chosen_folder_is_read(tmp_path):
    import shutil

    folder = tmp_path / "Kontakte"
    folder.mkdir()
    shutil.copy(XLSX / "excel-de__kontakte-zwei-blaetter.WRITTEN.xlsx", folder / "liste.xlsx")
    shutil.copy(CSV / "linkedin__Connections_self-employed.WRITTEN.csv", folder / "li.csv")
    (folder / "~$liste.xlsx").write_bytes(b"\x00" * 165)  # Excel's lock file while it is open
    read = read_paths([folder])
    assert {c.source_file for c in read.contacts} == {"liste.xlsx", "li.csv"}
    assert len(read.contacts) == 4 + 6 and "~$liste.xlsx" not in str(read.problems)


def test_a_web_page_or_xml_named_xlsx_is_said_to_be_one(tmp_path):
    read = read_paths([XLSX / "web-export__html-als-xlsx.WRITTEN.xlsx"])
    assert codes(read) == ["workbook_html"] and not read.contacts
    assert "web page (HTML)" in read.problems[0].message and "Save As" in read.problems[0].message
    read = read_paths([XLSX / "excel-2003__xml-als-xlsx.WRITTEN.xlsx"])
    assert codes(read) == ["workbook_xml"] and "XML" in read.problems[0].message
    # The same web page named .xls (what most web tools call it) is said the same way.
    page = tmp_path / "export.xls"
    page.write_bytes((XLSX / "web-export__html-als-xlsx.WRITTEN.xlsx").read_bytes())
    assert codes(read_paths([page])) == ["workbook_html"]
    # A table renamed .xls or .xlsx is still read as the table it is.
    for name in ("tabelle.xls", "tabelle.xlsx"):
        table = tmp_path / name
        table.write_text("Vorname\tNachname\tE-Mail\nAnna\tBrömer\tanna@example.de\n", "utf-8")
        assert [c.name for c in read_paths([table]).contacts] == ["Anna Brömer"]


def test_formulas_without_a_stored_value_are_said(tmp_path):
    read = read_paths([XLSX / "openpyxl__formeln-ohne-werte.WRITTEN.xlsx"])
    (problem,) = [p for p in read.problems if p.code == "formula_cells"]
    assert dict(problem.params) == {"count": "3", "cell": "C2"}
    # The rest of each row is read.
    assert [c.name for c in read.contacts] == ["Jörg Schäfer", "Anna Brömer", "Ole Jensen"]
    # Saved by a spreadsheet program, a formula has its value beside it: nothing said.
    import openpyxl

    book = openpyxl.load_workbook(XLSX / "openpyxl__formeln-ohne-werte.WRITTEN.xlsx")
    for row in book.active.iter_rows(min_row=2):
        row[2].value = f"{row[0].value} {row[1].value}"  # (values, as after a save)
    book.save(tmp_path / "saved.xlsx")
    assert "formula_cells" not in codes(read_paths([tmp_path / "saved.xlsx"]))


def _big_workbook(path, rows: int) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("Kontakte")
    ws.append(["Vorname", "Nachname", "E-Mail"])
    for n in range(rows):
        ws.append([f"Vor{n}", f"Nach{n}", f"p{n}@example.com"])
    book.save(path)


def test_a_large_workbook_reports_its_progress_and_can_be_stopped(tmp_path):
    import pytest

    from netzjournal.progress import Cancelled

    path = tmp_path / "gross.xlsx"
    _big_workbook(path, 6000)
    seen: list[tuple[int, int]] = []

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "read":
            seen.append((done, total))

    read = read_paths([path], progress=progress)
    assert len(read.contacts) == 6000
    inside = [d for d, t in seen if 0 < d < t]
    assert len(inside) >= 10 and inside == sorted(inside)  # steps within the one file

    def stop_midway(phase: str, done: int, total: int) -> None:
        if 0 < done < total:
            raise Cancelled

    with pytest.raises(Cancelled):  # not taken for a damaged workbook
        read_paths([path], progress=stop_midway)


def test_a_large_csv_reports_its_progress_and_can_be_stopped(tmp_path):
    import pytest

    from netzjournal.progress import Cancelled

    path = tmp_path / "gross.csv"
    lines = ["Vorname;Nachname;E-Mail"] + [f"V{n};N{n};p{n}@example.com" for n in range(20_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    read = read_paths([path], progress=lambda phase, d, t: seen.append((d, t)))
    assert len(read.contacts) == 20_000
    assert len([d for d, t in seen if 0 < d < t]) >= 10

    def stop_midway(phase: str, done: int, total: int) -> None:
        if 0 < done < total:
            raise Cancelled

    with pytest.raises(Cancelled):
        read_paths([path], progress=stop_midway)


def test_a_mapped_table_is_parsed_once(monkeypatch, tmp_path):
    from netzjournal.interchange import csv_in

    path = tmp_path / "crm.csv"
    path.write_text("Kunde;Mail\nAda Lovelace;ada@example.org\n", encoding="utf-8")
    calls = []
    real = csv_in.read_csv
    monkeypatch.setattr(csv_in, "read_csv", lambda *a, **k: calls.append(a[2:3]) or real(*a, **k))
    read = read_paths([path], mapping={"family": "Kunde", "email": "Mail"})
    assert [c.family_name for c in read.contacts] == ["Ada Lovelace"] and len(calls) == 1
    # A known layout is read as that layout, the mapping (for another file) aside.
    calls.clear()
    read = read_paths(
        [CSV / "linkedin__Connections_self-employed.WRITTEN.csv"], mapping={"family": "Kunde"}
    )
    assert read.format == "csv-linkedin" and len(calls) == 1


def test_the_command_line_leaves_mailing_lists_out_unless_asked(tmp_path, capsys):
    from netzjournal import cli

    source = str(CSV / "outlook-de__anrede-and-mailing-lists.WRITTEN.csv")
    data = str(tmp_path / "data")
    (tmp_path / "data").mkdir()  # (a named folder that does not exist is refused as a typo)
    assert cli.main(["import", source, "--data-dir", data, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "skip   newsletter@example-shop.de  (only a mailing list's address" in out
    assert "8 to create, 0 to merge, 4 to skip" in out
    assert cli.main(["import", source, "--data-dir", data, "--with-mailing-lists"]) == 0
    assert "Imported: 12 created, 0 merged, 0 skipped." in capsys.readouterr().out


def test_what_is_a_mailing_list_card():
    from netzjournal.interchange.importer import is_mailing_list
    from netzjournal.interchange.model import ImportedContact
    from netzjournal.store.records import Channel

    def card(address: str, **kw: str) -> ImportedContact:
        return ImportedContact("a.csv", 2, emails=[Channel("email", address, "")], **kw)

    assert is_mailing_list(card("newsletter@spiegel.example"))
    assert is_mailing_list(card("News+DE@shop.example"))
    assert is_mailing_list(card("no_reply@bahn.example", display_name="Bahn Service-Team"))
    assert is_mailing_list(card("newsletter@spiegel.example", display_name="SPIEGEL Newsletter"))
    assert is_mailing_list(card("info@verein.example", display_name="info@verein.example"))
    assert not is_mailing_list(card("info@vogel.example", display_name="Katrin Vogel"))
    assert not is_mailing_list(card("info@vogel.example", given_name="Katrin"))
    assert not is_mailing_list(card("katrin@vogel.example"))
    assert not is_mailing_list(card("information@uni.example"))  # (a mailbox of its own)
    assert not is_mailing_list(card("newsroom@zeitung.example"))
    with_phone = card("info@hotel.example")
    with_phone.phones = [Channel("phone", "+49 8821 12345", "")]
    assert not is_mailing_list(with_phone)
