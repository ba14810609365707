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
    wizard.lists_check.setChecked(True)  # (the files' newsletter cards shown: long addresses)
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


def _preview_of_four_files(window, qtbot):
    """The wizard at 800×600 over the window with four real-world files (session 35)."""
    from netzjournal.ui.interchange.wizard import ImportWizard

    window.resize(800, 600)
    window.show()
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_paths([*FILES, CONTACTS / "vcard-written" / "proton-mail-export.WRITTEN.vcf"])
    wizard.build_plan()
    wizard.lists_check.setChecked(True)  # (the files' newsletter cards shown: long addresses)
    for _ in range(5):
        QApplication.processEvents()
    return wizard


@pytest.mark.usefixtures("german")
def test_at_800_the_file_and_the_action_leave_the_room_to_the_people(window, qtbot):
    """„Von“ kept 20 characters („android…TEN.vcf“, 120 px) and the action column room
    for a combo box's arrow while names and addresses were cut. Short of room, the
    file's name keeps its first letters (what tells files apart); the action its
    label; its combo box, while choosing, reaches over the next column."""
    from PySide6.QtWidgets import QComboBox

    from netzjournal.ui.interchange.wizard import PlanModel

    wizard = _preview_of_four_files(window, qtbot)
    table, model = wizard.table, wizard.model
    char = table.fontMetrics().averageCharWidth()
    assert table.columnWidth(PlanModel.WHERE) <= 10 * char
    index = model.index(0, PlanModel.WHERE)
    option = QStyleOptionViewItem()
    table.itemDelegateForColumn(PlanModel.WHERE).initStyleOption(option, index)
    assert option.textElideMode == Qt.TextElideMode.ElideRight  # "android…", "outlook…"
    labels = [model.index(r, PlanModel.ACTION) for r in range(model.rowCount())]
    assert not any(wizard.columns.cut(i) for i in labels)  # "Zusammenführen" whole
    widest = max(table.fontMetrics().horizontalAdvance(str(i.data())) for i in labels)
    assert table.columnWidth(PlanModel.ACTION) < widest + 40  # (it had 40 px for the arrow)
    table.setCurrentIndex(labels[0])
    table.edit(labels[0])
    QApplication.processEvents()
    (combo,) = table.viewport().findChildren(QComboBox)
    assert combo.width() >= combo.sizeHint().width()  # the choice readable while choosing


@pytest.mark.usefixtures("german")
def test_at_800_the_problems_list_shows_its_lines_up_to_half_the_room(window, qtbot):
    """It kept 110 px (three lines and a half) of the page while the table had rows of
    empty room; it is as high as its lines now, up to half what the two share."""
    wizard = _preview_of_four_files(window, qtbot)
    view, line = wizard.problems_view, wizard.problems_view.fontMetrics().lineSpacing()
    assert wizard.problems.rowCount() >= 6
    assert view.height() >= 7 * line  # (was 110 px: at most four lines)
    assert view.height() <= (view.height() + wizard.table.height()) // 2 + 1
    # A few problems take their lines, no more, and no scrolling.
    wizard.problems.setStringList(wizard.problems.stringList()[:2])
    wizard._fit_problems()
    QApplication.processEvents()
    assert view.verticalScrollBar().maximum() == 0
    assert view.height() <= 6 * line


@pytest.mark.usefixtures("german")
def test_at_800_a_name_of_one_long_word_breaks_rather_than_is_cut(window, qtbot):
    """Thunderbird's newsletter card is named by its address: "newsletter@…" was cut
    after ten letters (the tooltip had it). It breaks after "@" and "." now."""
    from netzjournal.ui.interchange.wizard import PlanModel

    wizard = _preview_of_four_files(window, qtbot)
    table, model = wizard.table, wizard.model
    (row,) = [r for r in range(model.rowCount())
              if str(model.index(r, PlanModel.NAME).data()).startswith("newsletter@")]  # fmt: skip
    index = model.index(row, PlanModel.NAME)
    option = QStyleOptionViewItem()  # (as the table draws the cell: wrapped, its width)
    option.initFrom(table)
    option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    option.rect = table.visualRect(index)
    table.itemDelegateForColumn(PlanModel.NAME).initStyleOption(option, index)
    pieces = option.text.split("\u200b")
    assert "".join(pieces) == index.data() and len(pieces) >= 2
    room = table.columnWidth(PlanModel.NAME)
    assert all(table.fontMetrics().horizontalAdvance(p) < room for p in pieces), pieces
    # laid out at the cell's width it takes three lines at most, and the row shows them
    metrics, flags = table.fontMetrics(), int(Qt.TextFlag.TextWordWrap)
    width = option.rect.width() - 2 * (
        table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    )
    lines = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, option.text).height()
    lines = round(lines / metrics.lineSpacing())
    assert 2 <= lines <= 3 and table.rowHeight(row) >= lines * metrics.lineSpacing()


def test_a_word_without_a_place_to_break_is_broken_where_the_line_is_full():
    from netzjournal.ui.interchange.wizard import breakable

    def advance(text):
        return 7 * len(text)

    word = "Donaudampfschifffahrtsgesellschaft"
    pieces = breakable(f"Kapitän der {word}", advance, 70).split(" ")[2].split("\u200b")
    assert "".join(pieces) == word and all(len(p) <= 10 for p in pieces)
    assert breakable("Ada Lovelace", advance, 70) == "Ada Lovelace"  # (no word too wide)
    assert breakable("a.gross-broemer@x.example", advance, 70).split("\u200b") == [
        "a.", "gross-", "broemer@", "x.", "example",
    ]  # fmt: skip


@pytest.mark.usefixtures("german")
def test_e_mail_addresses_show_whole_where_the_window_has_the_room(window, qtbot):
    """At 1366×768 (German) the addresses were cut in their middle at 144 px
    („a.grosse-…e.example“) while „Schon im Journal“ kept 435 px: the column wanted
    half its widest address, as if addresses wrapped (they stand one under another,
    each on one line). Where the room is there, every address is whole; where not,
    its name is cut before the "@" and the domain stays („anna.…@smp-steuer.example“),
    else it is cut in its middle; the tooltip has the addresses whole."""
    from PySide6.QtCore import QSize

    from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel, elided_address

    create_contact(window.journal, ContactRecord(
        given_name="Bärbel", family_name="Groß-Schäfer",
        organisation="Schäfer & Söhne Maschinenbau GmbH", city="Göppingen",
    ))  # fmt: skip
    create_contact(window.journal, ContactRecord(
        given_name="Bärbel", family_name="Groß-Schäfer",
        organisation="Schäfer & Söhne Maschinenbau GmbH", city="Stuttgart",
    ))  # fmt: skip
    window.resize(1366, 768)
    window.show()
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    proton = CONTACTS / "vcard-written" / "proton-mail-export.WRITTEN.vcf"
    excel = CONTACTS / "xlsx" / "excel-de__kontakte-zwei-blaetter.WRITTEN.xlsx"
    wizard.set_paths([*FILES, proton, excel])
    wizard.build_plan()
    wizard.lists_check.setChecked(True)  # (the files' newsletter cards shown: long addresses)
    for _ in range(5):
        QApplication.processEvents()
    table, model = wizard.table, wizard.model
    assert table.horizontalScrollBar().maximum() == 0
    delegate = table.itemDelegateForColumn(PlanModel.EMAIL)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    shown = 0
    for row in range(model.rowCount()):
        index = model.index(row, PlanModel.EMAIL)
        if not index.data():
            continue
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.rect = table.visualRect(index)
        delegate.initStyleOption(option, index)
        assert option.text.split("\u2028") == index.data().split(", "), index.data()
        room = table.columnWidth(PlanModel.EMAIL) - 2 * (margin + 1)
        for address in index.data().split(", "):  # (Qt cuts what is wider when it paints)
            assert table.fontMetrics().horizontalAdvance(address) <= room, (address, room)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
        shown += 1
    assert shown >= 10
    # Short of room: the name gives way first, then the middle.
    metrics = table.fontMetrics()
    address = "anna.schmidt@smp-steuer.example"
    room = metrics.horizontalAdvance("anna.s…@smp-steuer.example")
    cut = elided_address(address, metrics, room)
    assert cut.startswith("anna.") and cut.endswith("…@smp-steuer.example"), cut
    assert metrics.horizontalAdvance(cut) <= room
    narrow = elided_address(address, metrics, metrics.horizontalAdvance("anna…mple"))
    assert "…" in narrow and narrow.startswith("an") and narrow.endswith("mple"), narrow
    assert elided_address(address, metrics, 1000) == address
    assert wizard.size().boundedTo(QSize(1366, 768)) == wizard.size()
