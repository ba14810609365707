"""Writes the Excel workbooks beside this file (run by hand; the files are committed).

    python -m pip install openpyxl msoffcrypto-tool
    python tests/data/contacts/xlsx/make_workbooks.py

Invented people. What Excel users' lists hold: a title row above the table, empty
rows, German headers with umlauts, birthdays as Excel dates, a mobile number typed
as a number (Excel drops its 0) and one kept by the cell format "00000000000", a
note with a line break (Alt+Enter), a second sheet that is no contact list.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
HEADERS = ["Vorname", "Nachname", "Firma", "Position", "E-Mail", "Handy", "Ort", "Geburtstag",
           "Notizen"]  # fmt: skip
PEOPLE = [
    ["Jörg", "Schäfer", "Müller & Söhne KG", "Einkäufer", "joerg.schaefer@mueller-soehne.example",
     15112345678, "Lüdenscheid", dt.datetime(1975, 3, 14), "Stammtisch Süd\nmag Fußball"],
    ["Anna-Lena", "Große-Brömer", "Rheinenergie Köln", "Referentin Öffentlichkeitsarbeit",
     "a.grosse-broemer@rheinenergie.example", "+49 221 178-0", "Köln", dt.datetime(1988, 11, 2),
     ""],
    None,  # an empty row between people
    ["Özlem", "Yılmaz", "", "Freiberuflerin", "oezlem@yilmaz.example", 4917612345678, "Düsseldorf",
     None, "Kennengelernt auf der Zukunft Personal"],
    None,
    None,
    ["Ulrich", "Weiß", "Stadtwerke Münster", "Leiter Einkauf", "", 1520987654, "Münster",
     dt.datetime(1969, 7, 1), ""],
]  # fmt: skip


def contacts_sheet(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:
    ws.append(["Mein Netzwerk – Stand November 2026"])
    ws.append([])
    ws.append(HEADERS)
    for row in PEOPLE:
        ws.append(row or [])
    for row in ws.iter_rows(min_row=4, min_col=8, max_col=8):
        row[0].number_format = "DD.MM.YYYY"  # (as Excel shows a German date)
    # Ulrich's number keeps its 0 through the cell's format, as some people set it.
    ws.cell(row=ws.max_row, column=6).number_format = "00000000000"


def events_sheet(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:
    ws.append(["Datum", "Veranstaltung", "Ort"])
    ws.append([dt.datetime(2026, 10, 8), "Stammtisch Süd", "Stuttgart"])
    ws.append([dt.datetime(2026, 11, 12), "Zukunft Personal", "Köln"])


def main() -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Kontakte"
    contacts_sheet(ws)
    events_sheet(book.create_sheet("Veranstaltungen"))
    book.save(HERE / "excel-de__kontakte-zwei-blaetter.WRITTEN.xlsx")

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Übersicht"
    ws.append(["Jahr", "Treffen", "Neue Kontakte"])
    ws.append([2025, 31, 12])
    ws.append([2026, 44, 19])
    contacts_sheet(book.create_sheet("Netzwerk"))
    book.save(HERE / "excel-de__uebersicht-zuerst.WRITTEN.xlsx")

    import msoffcrypto  # (only for the locked workbook)

    plain = io.BytesIO()
    book = openpyxl.Workbook()
    contacts_sheet(book.active)
    book.save(plain)
    plain.seek(0)
    office = msoffcrypto.OfficeFile(plain)
    with open(HERE / "excel-de__passwort.WRITTEN.xlsx", "wb") as out:
        office.encrypt("geheim", out)
    not_quite_workbooks()


def not_quite_workbooks() -> None:
    """Session 37: a list whose "Name" column is a formula nobody's Excel ever
    calculated (openpyxl stores no value for a formula); a web tool's "Excel export"
    that is an HTML table named .xlsx; Excel 2003's XML spreadsheet named .xlsx."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Kontakte"
    ws.append(["Vorname", "Nachname", "Anzeigename", "E-Mail", "Ort"])
    for n, (given, family, email, city) in enumerate(
        [("Jörg", "Schäfer", "joerg@example.de", "Lüdenscheid"),
         ("Anna", "Brömer", "anna@example.de", "Köln"),
         ("Ole", "Jensen", "ole@example.dk", "Kiel")], start=2):  # fmt: skip
        ws.append([given, family, f'=A{n}&" "&B{n}', email, city])
    book.save(HERE / "openpyxl__formeln-ohne-werte.WRITTEN.xlsx")
    (HERE / "web-export__html-als-xlsx.WRITTEN.xlsx").write_text(
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Kontakte</title></head>\n'
        '<body><table border="1">\n<tr><th>Name</th><th>E-Mail</th><th>Firma</th></tr>\n'
        "<tr><td>Jörg Schäfer</td><td>joerg@example.de</td><td>Müller KG</td></tr>\n"
        "</table></body></html>\n",
        encoding="utf-8",
    )
    (HERE / "excel-2003__xml-als-xlsx.WRITTEN.xlsx").write_text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
        ' <Worksheet ss:Name="Kontakte"><Table>\n'
        '  <Row><Cell><Data ss:Type="String">Name</Data></Cell>'
        '<Cell><Data ss:Type="String">E-Mail</Data></Cell></Row>\n'
        '  <Row><Cell><Data ss:Type="String">Anna Brömer</Data></Cell>'
        '<Cell><Data ss:Type="String">anna@example.de</Data></Cell></Row>\n'
        " </Table></Worksheet>\n</Workbook>\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
