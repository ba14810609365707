"""The import preview on an 800×600 screen in German (session 34): names,
organisations, cities and matches wrap onto up to three lines instead of being cut
after a few letters; e-mail addresses stand one under another, elided in their
middle; rows are as high as their text."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import REPO
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from netzjournal import paths
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal
from netzjournal.store.records import Channel, ContactRecord
from netzjournal.ui.main_window import MainWindow

CONTACTS = REPO / "tests" / "data" / "contacts"
FILES = [
    CONTACTS / "vcard-written" / "android-samsung-2.1.WRITTEN.vcf",
    CONTACTS / "csv" / "outlook-de__comma-windows-1252-notes.WRITTEN.csv",
    CONTACTS / "vcard-written" / "thunderbird-4.0.WRITTEN.vcf",
]


@pytest.fixture
def window(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    create_contact(journal, ContactRecord(
        given_name="Jörg", family_name="Müller-Lüdenscheidt",
        organisation="Rheinische Energie- und Wärmeversorgung Köln GmbH",
        channels=[Channel("email", "j.mueller@rheinenergie.example", "work")],
    ))  # fmt: skip
    w = MainWindow(journal, where, today=lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(w)
    yield w
    journal.close()


def _lines_needed(table, row: int, column: int) -> int:
    """How many lines the cell's text takes wrapped at its column's width."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.columnWidth(column) - 2 * margin
    text = str(table.model().index(row, column).data() or "")
    metrics = table.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap)
    height = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
    return max(1, round(height / metrics.lineSpacing()))


@pytest.mark.usefixtures("german")
def test_the_preview_at_800_wraps_rather_than_cuts(window, qtbot):
    from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel

    window.resize(800, 600)
    window.show()
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_paths(FILES)
    wizard.build_plan()
    for _ in range(5):
        QApplication.processEvents()
    table, model = wizard.table, wizard.model
    assert wizard.width() <= 800 and table.horizontalScrollBar().maximum() == 0
    line = table.fontMetrics().lineSpacing()
    most = 0
    for row in range(model.rowCount()):
        height = table.rowHeight(row)
        for column in (PlanModel.NAME, PlanModel.ORGANISATION, PlanModel.CITY, PlanModel.MATCH):
            needed = min(_lines_needed(table, row, column), 3)
            # the row shows every line the cell needs (up to three: then elided)
            assert height >= needed * line, (row, column, model.index(row, column).data())
            most = max(most, needed)
    assert most >= 2  # (the room is short: something wraps, the rows grew for it)
    names = [model.index(r, PlanModel.NAME).data() for r in range(model.rowCount())]
    joerg = names.index("Jörg Müller-Lüdenscheidt")
    assert table.rowHeight(joerg) >= 2 * line  # was one line: "Jörg Müller-Lüden…"
    # every city whole ("Göppingen", "Freiburg im Breisgau" on two lines), was "Göppi…"
    for row in range(model.rowCount()):
        city = str(model.index(row, PlanModel.CITY).data() or "")
        for word in city.split():
            assert table.fontMetrics().horizontalAdvance(word) < table.columnWidth(PlanModel.CITY)
    # Two addresses stand one under the other, each elided in its middle.
    baerbel = names.index("Bärbel Groß-Schäfer")
    index = model.index(baerbel, PlanModel.EMAIL)
    option = QStyleOptionViewItem()
    table.itemDelegateForColumn(PlanModel.EMAIL).initStyleOption(option, index)
    assert option.text.split("\u2028") == [
        "b.gross-schaefer@schaefer-soehne.example",
        "baerbel.gs@web.example",
    ]
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle
    assert table.rowHeight(baerbel) >= 2 * line
    # The whole text stays in the tooltip.
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
