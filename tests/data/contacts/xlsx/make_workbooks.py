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

import msoffcrypto
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

    plain = io.BytesIO()
    book = openpyxl.Workbook()
    contacts_sheet(book.active)
    book.save(plain)
    plain.seek(0)
    office = msoffcrypto.OfficeFile(plain)
    with open(HERE / "excel-de__passwort.WRITTEN.xlsx", "wb") as out:
        office.encrypt("geheim", out)


if __name__ == "__main__":
    main()
