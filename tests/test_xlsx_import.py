"""Contact lists kept in Excel (.xlsx) are read as their CSV would be (session 35).

Before, a workbook was recognised and explained ("save it as CSV"), not read. The
files in tests/data/contacts/xlsx are real workbooks (written with openpyxl, one
encrypted with msoffcrypto-tool: make_workbooks.py beside them)."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import openpyxl
import pytest
from conftest import REPO

from netzjournal import cli
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store.contacts import get_contact
from netzjournal.store.records import Birthday

XLSX = REPO / "tests" / "data" / "contacts" / "xlsx"
TWO_SHEETS = XLSX / "excel-de__kontakte-zwei-blaetter.WRITTEN.xlsx"


def problems(read):
    return [(p.line, p.code, dict(p.params)) for p in read.problems]


def phones(c):
    return [ch.value for ch in c.channels if ch.kind == "phone"]


def test_a_german_excel_list_is_imported(journal):
    """A title row and an empty row above the table, empty rows between people,
    umlauts, birthdays as Excel dates, a note with Alt+Enter, mobile numbers typed as
    numbers (one kept with a leading 0 by its cell format), a second sheet of events."""
    read = read_paths([TWO_SHEETS])
    assert read.format == "xlsx"
    assert [c.line for c in read.contacts] == [4, 5, 7, 10]  # the sheet's own rows
    assert problems(read) == [
        (0, "workbook_sheets", {"sheet": "Kontakte", "others": "Veranstaltungen"}),
        (0, "phone_numbers", {"count": "2", "value": "15112345678"}),
    ]
    outcome = apply_import(journal, plan_import(journal, read))
    joerg, anna, oezlem, ulrich = (get_contact(journal, i) for i in outcome.created)
    assert (joerg.given_name, joerg.family_name, joerg.organisation, joerg.role, joerg.city) == (
        "Jörg", "Schäfer", "Müller & Söhne KG", "Einkäufer", "Lüdenscheid",
    )  # fmt: skip
    assert joerg.birthday == Birthday(3, 14, 1975)
    assert joerg.notes == "Stammtisch Süd\nmag Fußball"
    assert phones(joerg) == ["15112345678"]  # (whole: not 1.5112345678E10)
    assert (anna.family_name, anna.city, anna.birthday) == (
        "Große-Brömer", "Köln", Birthday(11, 2, 1988),
    )  # fmt: skip
    assert phones(anna) == ["+49 221 178-0"]
    assert (oezlem.given_name, oezlem.family_name, oezlem.birthday) == ("Özlem", "Yılmaz", None)
    assert phones(ulrich) == ["01520987654"]  # its cell format "00000000000"
    assert [ch.value for ch in oezlem.channels if ch.kind == "email"] == ["oezlem@yilmaz.example"]


def test_a_hand_made_list_s_everyday_german_headers_are_read(tmp_path):
    """What people call their columns when they make the list themselves: "Unternehmen",
    "Funktion", "Stadt", "Geburtsdatum" (a walk: the city of 30 people was
    listed as unread and lost)."""
    book = openpyxl.Workbook()
    book.active.append(
        ["Vorname", "Nachname", "Unternehmen", "Funktion", "E-Mail", "Stadt", "Geburtsdatum"]
    )
    book.active.append(
        ["Käthe", "Bäcker", "Lufthansa Technik", "Personalreferentin", "k@lht.example",
         "Hamburg", "10.10.1969"]
    )  # fmt: skip
    book.active.append(["Jörg", "Nüßlein", "", "", "", "Lüneburg", ""])
    path = tmp_path / "Kontakte.xlsx"
    book.save(path)
    read = read_paths([path])
    assert problems(read) == []
    kaethe, joerg = read.contacts
    assert (kaethe.organisation, kaethe.title, kaethe.city, kaethe.birthday) == (
        "Lufthansa Technik", "Personalreferentin", "Hamburg", Birthday(10, 10, 1969),
    )  # fmt: skip
    assert [ch.value for ch in kaethe.emails] == ["k@lht.example"]
    assert joerg.city == "Lüneburg"
    for other in ("Wohnort", "Standort"):
        book = openpyxl.Workbook()
        book.active.append(["Vorname", "Nachname", other, "Arbeitgeber", "Rolle"])
        book.active.append(["Anja", "Schäfer", "Kiel", "Beiersdorf", "HR"])
        book.save(path)
        (anja,) = read_paths([path]).contacts
        assert (anja.city, anja.organisation, anja.title) == ("Kiel", "Beiersdorf", "HR")


def test_the_sheet_that_holds_contacts_is_read_not_the_first():
    read = read_paths([XLSX / "excel-de__uebersicht-zuerst.WRITTEN.xlsx"])
    assert [c.family_name for c in read.contacts] == ["Schäfer", "Große-Brömer", "Yılmaz", "Weiß"]
    assert problems(read)[0] == (
        0, "workbook_sheets", {"sheet": "Netzwerk", "others": "Übersicht"},
    )  # fmt: skip


def test_a_workbook_under_another_name_is_read(tmp_path):
    """Recognised by its content: renamed .csv, or without a suffix."""
    for name in ("Kontakte.csv", "Kontakte"):
        path = tmp_path / name
        path.write_bytes(TWO_SHEETS.read_bytes())
        assert len(read_paths([path]).contacts) == 4, name


def test_a_password_protected_workbook_is_said_in_our_words(tmp_path, capsys):
    path = XLSX / "excel-de__passwort.WRITTEN.xlsx"
    read = read_paths([path])
    assert read.contacts == [] and [p.code for p in read.problems] == ["workbook_locked"]
    (tmp_path / "data").mkdir()  # (a folder named that is not there is refused as a typo)
    assert cli.main(["import", str(path), "--data-dir", str(tmp_path / "data")]) == 1
    out = capsys.readouterr().out
    assert "protected by a password" in out and "not a text file" not in out


@pytest.mark.parametrize("damage", ["cut", "garbled", "no_sheet"])
def test_a_damaged_workbook_is_said_in_our_words(tmp_path, capsys, damage):
    """A download cut short, a garbled byte run, a zip with Excel's folder and no sheet:
    no zip or XML error text, no traceback; nothing read."""
    data = TWO_SHEETS.read_bytes()
    path = tmp_path / "Kontakte.xlsx"
    if damage == "cut":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbled":
        path.write_bytes(data[:3000] + b"\x00" * 200 + data[3200:])
    else:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", "<workbook/>")
    read = read_paths([path])
    assert read.contacts == [] and [p.code for p in read.problems] == ["workbook_damaged"]
    (tmp_path / "data").mkdir()  # (a folder named that is not there is refused as a typo)
    assert cli.main(["import", str(path), "--data-dir", str(tmp_path / "data")]) == 1
    out = capsys.readouterr().out
    assert "damaged or incomplete" in out
    assert "zip" not in out.lower() and "Error" not in out


def test_an_empty_workbook_and_one_of_unknown_columns(tmp_path):
    """No one in it: said as for a CSV. Unknown headers: read with the mapping asked for."""
    empty = tmp_path / "leer.xlsx"
    openpyxl.Workbook().save(empty)
    assert [p.code for p in read_paths([empty]).problems] == ["empty_file"]
    book = openpyxl.Workbook()
    book.active.append(["Wer", "Wo arbeitet", "Mail"])
    book.active.append(["Heike Brandt", "Zeiss", "heike@zeiss.example"])
    odd = tmp_path / "liste.xlsx"
    book.save(odd)
    assert read_paths([odd]).contacts == []
    mapped = read_paths([odd], {"given": "Wer", "organisation": "Wo arbeitet", "email": "Mail"})
    (heike,) = mapped.contacts
    assert (heike.given_name, heike.organisation) == ("Heike Brandt", "Zeiss")


def test_openpyxl_is_imported_only_when_a_workbook_is_read():
    probe = (
        "import sys\n"
        "import netzjournal.interchange.importer, netzjournal.ui.interchange.wizard\n"
        "assert 'openpyxl' not in sys.modules\n"
        "from netzjournal.interchange.importer import read_paths\n"
        f"read_paths([__import__('pathlib').Path({str(TWO_SHEETS)!r})])\n"
        "assert 'openpyxl' in sys.modules\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr


@pytest.fixture
def window(qtbot, tmp_path):
    import datetime as dt

    from netzjournal import paths
    from netzjournal.store.journal import Journal
    from netzjournal.ui.main_window import MainWindow

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    w = MainWindow(journal, where, today=lambda: dt.date(2026, 12, 1))
    qtbot.addWidget(w)
    w.show()
    yield w
    journal.close()


def test_the_wizard_previews_an_excel_list_and_imports_it(window, qtbot, language):
    from netzjournal.store.contact_list import contact_rows
    from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel

    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_paths([TWO_SHEETS])
    wizard.build_plan()
    assert wizard.pages.currentIndex() == 1 and not wizard.mapping_combos
    names = [wizard.model.index(r, PlanModel.NAME).data() for r in range(4)]
    assert names == ["Jörg Schäfer", "Anna-Lena Große-Brömer", "Özlem Yılmaz", "Ulrich Weiß"]
    said = {
        "en": ("(Excel workbook)", "only the sheet “Kontakte” was read"),
        "de": ("(Excel-Arbeitsmappe)", "nur das Tabellenblatt „Kontakte“ wurde gelesen"),
    }
    summary, sheet = said[language]
    assert summary in wizard.summary.text()
    assert any(sheet in line for line in wizard.problems.stringList())
    wizard.run_import()
    assert len(contact_rows(window.journal)) == 4


def test_an_excel_list_of_unknown_columns_gets_a_column_mapping(window, qtbot, tmp_path):
    from netzjournal.store.contact_list import contact_rows
    from netzjournal.store.contacts import get_contact
    from netzjournal.ui.interchange.wizard import ImportWizard

    book = openpyxl.Workbook()
    book.active.append(["Kunde", "Mail", "Stadt"])
    book.active.append(["Ada Lovelace", "ada@example.org", "London"])
    odd = tmp_path / "crm.xlsx"
    book.save(odd)
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([odd])
    wizard.build_plan()
    assert wizard.pages.currentIndex() == 0 and wizard.mapping_combos  # asks first
    combos = wizard.mapping_combos
    combos["family"].setCurrentIndex(combos["family"].findData("Kunde"))
    combos["email"].setCurrentIndex(combos["email"].findData("Mail"))
    combos["city"].setCurrentIndex(combos["city"].findData("Stadt"))
    wizard.build_plan()
    assert wizard.pages.currentIndex() == 1 and wizard.model.rowCount() == 1
    wizard.run_import()
    (row,) = contact_rows(window.journal)
    ada = get_contact(window.journal, row.id)
    assert (ada.family_name, ada.city, ada.emails()) == ("Ada Lovelace", "London",
                                                         ["ada@example.org"])  # fmt: skip
