"""Dialog tables sized by their content (import preview, backups, recovery): names and
addresses get the room, nothing wraps (the import preview wraps where the room is
short), titles are never cut, no sideways scrollbar —
in a 1024 and a 1920 pixel window, German and English."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from netzjournal import paths
from netzjournal.store.backups import checked_backups, create_backup
from netzjournal.store.errors import JournalDamaged
from netzjournal.store.journal import Journal
from netzjournal.ui.content_columns import share
from netzjournal.ui.main_window import MainWindow

CARDS = """BEGIN:VCARD\r
VERSION:3.0\r
N:Schröder-Oberndorfer;Annemarie;;Dr.;\r
FN:Dr. Annemarie Schröder-Oberndorfer\r
ORG:Stadtwerke Mönchengladbach\r
EMAIL;TYPE=work:a.schroeder-oberndorfer@stadtwerke-mg.example\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
N:Weiß;Jürgen;;;\r
FN:Jürgen Weiß\r
ORG:Nordlicht Medien\r
ADR;TYPE=work:;;;Köln;;;\r
EMAIL:juergen.weiss@nordlicht-medien.example\r
END:VCARD\r
"""


def test_share_gives_what_each_wants_and_the_spare_to_the_stretching_columns():
    # Room for all: each its want, the rest to column 1.
    assert share([50, 100, 30], [20, 20, 20], 300, [0, 1, 2], [1]) == [50, 220, 30]
    # A column wants less than its title: the title is kept.
    assert share([10, 100], [40, 20], 200, [0, 1], [1]) == [40, 160]
    # Too little room: the titles stay whole, the rest goes by priority.
    assert share([100, 200, 300], [30, 30, 30], 300, [2, 0, 1], [1]) == [30, 30, 240]
    assert share([100, 200, 300], [30, 30, 30], 400, [2, 0, 1], [1]) == [70, 30, 300]
    # Not even the titles fit: all cut alike, the width kept.
    assert sum(share([100, 100], [60, 60], 100, [0, 1], [])) <= 100


@pytest.fixture
def window(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    w = MainWindow(journal, where, today=lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(w)
    yield w
    journal.close()


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _fits(table: QTableView, wraps: bool = False) -> None:
    """Every title whole, every column inside the view, no sideways scrollbar; cells on
    one line (``wraps``: the import preview's wrap where the room is short, session 34)."""
    header = table.horizontalHeader()
    model = table.model()
    assert table.wordWrap() == wraps
    shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    for c in shown:
        assert header.sectionSize(c) >= header.sectionSizeHint(c), model.headerData(
            c, Qt.Orientation.Horizontal
        )
    last = shown[-1]
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    assert table.horizontalScrollBar().maximum() == 0


def _whole(table: QTableView, column: int) -> bool:
    return table.horizontalHeader().sectionSize(column) >= table.sizeHintForColumn(column)


@pytest.mark.parametrize("width,height", [(1920, 1080), (1024, 700)])
def test_the_import_preview_gives_names_and_addresses_the_room(
    window, qtbot, tmp_path, language, width, height
):
    from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel

    window.resize(width, height)
    window.show()
    cards = tmp_path / "kontakte.vcf"
    cards.write_text(CARDS, encoding="utf-8")
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_paths([cards])
    wizard.build_plan()
    _settle()
    table, header = wizard.table, wizard.table.horizontalHeader()
    _fits(table, wraps=True)
    assert _whole(table, PlanModel.NAME)
    if width >= 1920:
        for column in (PlanModel.NAME, PlanModel.EMAIL, PlanModel.ORGANISATION):
            assert _whole(table, column), column
        # Nobody is in the journal yet: that column is no wider than its title.
        assert header.sectionSize(PlanModel.MATCH) == header.sectionSizeHint(PlanModel.MATCH)
    else:
        # The e-mail before the empty match column gets more than its title.
        assert header.sectionSize(PlanModel.EMAIL) > header.sectionSizeHint(PlanModel.EMAIL)
    # A cut cell shows its whole text as a tooltip.
    email = wizard.model.index(0, PlanModel.EMAIL)
    assert email.data(Qt.ItemDataRole.ToolTipRole) == email.data()


@pytest.mark.parametrize("width,height", [(1920, 1080), (1024, 700)])
def test_the_import_wizard_opens_at_its_first_pages_size_and_grows_for_the_preview(
    window, qtbot, tmp_path, language, width, height
):
    """It opened at three quarters of the window: ~1400×810 at 1920 for one sentence
    and two buttons. Now at what that page needs, the same on any window; the preview
    grows it to what its columns want, within the window, and never shrinks it."""
    from netzjournal.ui.interchange.wizard import ImportWizard

    window.resize(width, height)
    window.show()
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    _settle()
    opened = wizard.size()
    assert opened.width() < 800 and opened.height() < 500, opened
    needs = wizard.minimumSizeHint()  # the page whole: sentence, list, both buttons
    assert opened.width() >= needs.width() and opened.height() >= needs.height()
    assert window.geometry().contains(wizard.geometry())
    cards = tmp_path / "kontakte.vcf"
    cards.write_text(CARDS, encoding="utf-8")
    wizard.set_paths([cards])
    wizard.build_plan()
    _settle()
    grown = wizard.size()
    assert grown.width() >= opened.width() and grown.height() >= opened.height()
    assert grown.width() <= width and grown.height() <= height
    assert window.geometry().contains(wizard.geometry())  # grown about its centre
    if width >= 1920:  # the room is there: every column whole, no scrolling sideways
        assert grown.width() > opened.width()
        header = wizard.table.horizontalHeader()
        for column in range(wizard.model.columnCount()):
            if not header.isSectionHidden(column):  # "From" is hidden for one file
                assert _whole(wizard.table, column), column
    _fits(wizard.table, wraps=True)
    # The person's own size stays: back, check again, and it is not shrunk.
    wizard.resize(grown.width(), grown.height() + 40)
    wizard.pages.setCurrentIndex(0)
    wizard.build_plan()
    _settle()
    assert wizard.height() == grown.height() + 40
    assert wizard.model.rowCount() == 2


@pytest.mark.parametrize("width,height", [(1920, 1080), (1024, 700)])
def test_backups_and_recovery_tables_size_by_content(window, qtbot, language, width, height):
    from netzjournal.ui.backups_dialog import BackupsDialog
    from netzjournal.ui.recovery_dialog import RecoveryDialog

    window.resize(width, height)
    window.show()
    where = window.paths
    for _ in range(2):
        create_backup(window.journal, where.backups, reason="manual")
    backups = BackupsDialog(lambda: window.journal, lambda _b: None, where, window)
    qtbot.addWidget(backups)
    damaged = JournalDamaged(where.journal, "file is not a database")
    recovery = RecoveryDialog(damaged, checked_backups(where.backups), window)
    qtbot.addWidget(recovery)
    for dialog in (backups, recovery):
        dialog.show()
        _settle()
        table = dialog.table
        assert table.model().rowCount() >= 2
        _fits(table)
        for column in range(table.model().columnCount()):  # the room is there for all
            assert _whole(table, column), (type(dialog).__name__, column)
        # The room to spare goes to the text (the reason, the state), not the date.
        header = table.horizontalHeader()
        assert header.sectionSize(0) == max(table.sizeHintForColumn(0), header.sectionSizeHint(0))
        dialog.resize(dialog.width() + 200, dialog.height())
        _settle()
        assert header.sectionSize(0) == max(table.sizeHintForColumn(0), header.sectionSizeHint(0))
        _fits(table)


def test_a_cut_cell_without_a_tooltip_of_its_own_gets_its_text(window, qtbot):
    from netzjournal.ui.backups_dialog import BackupsDialog

    window.show()
    create_backup(window.journal, window.paths.backups, reason="pre-undo-import")
    dialog = BackupsDialog(lambda: window.journal, lambda _b: None, window.paths, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle()
    why = dialog.model.index(0, 1)
    assert not dialog.columns.cut(why)
    dialog.table.horizontalHeader().resizeSection(1, 20)
    assert dialog.columns.cut(why)


def test_share_fairly_gives_each_column_one_level():
    """``fair``: the room above the titles is shared at one level: a column that wants
    less than the level is whole, the others are cut alike (the series' place was left
    at its floor while who came took everything)."""
    # Date 80 (whole), place wants 170, who came 460; 400 px.
    widths = share([80, 170, 460], [80, 60, 70], 400, [0, 2, 1], [1, 2], fair=True)
    assert sum(widths) == 400 and widths[0] == 80
    assert abs(widths[1] - widths[2]) <= 1, widths
    # Room for the place whole within the level: it is whole, who came takes the rest.
    widths = share([80, 120, 460], [80, 60, 70], 400, [0, 2, 1], [1, 2], fair=True)
    assert widths == [80, 120, 200], widths
    # Not fair: by priority, the place at its floor.
    assert share([80, 170, 460], [80, 60, 70], 400, [0, 2, 1], [1, 2]) == [80, 60, 260]


PEOPLE = """BEGIN:VCARD\r
VERSION:3.0\r
FN:Dr. Annemarie Schröder-Oberndorfer\r
ORG:Stadtwerke Mönchengladbach\r
ADR;TYPE=work:;;;Frankfurt am Main;;;\r
EMAIL;TYPE=work:a.schroeder-oberndorfer@stadtwerke-mg.example\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Jürgen Weiß\r
ORG:Nordlicht Medien\r
ADR;TYPE=work:;;;Köln;;;\r
EMAIL:juergen.weiss@nordlicht-medien.example\r
END:VCARD\r
"""


def test_the_import_preview_at_1024_keeps_organisation_and_city_whole(
    window, qtbot, tmp_path, language
):
    """At 1024 the preview cut "Nordlicht M…" and "Stadtwerke …" while the address was
    whole, and its "From" column read "kon…f:2": the same file on every row."""
    from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel

    window.resize(1024, 700)
    window.show()
    one = tmp_path / "kontakte.vcf"
    one.write_text(PEOPLE, encoding="utf-8")
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_paths([one])
    wizard.build_plan()
    _settle()
    table, header = wizard.table, wizard.table.horizontalHeader()
    assert header.isSectionHidden(PlanModel.WHERE)  # one file: nothing to tell apart
    for column in (PlanModel.ORGANISATION, PlanModel.CITY):
        assert _whole(table, column), column
    # The addresses whole too (they were cut by 12 px in German); 12 px short for both,
    # the name wraps onto a second line, each word whole: it is not cut.
    assert _whole(table, PlanModel.EMAIL)
    metrics, name_width = table.fontMetrics(), header.sectionSize(PlanModel.NAME)
    for row in range(wizard.model.rowCount()):
        name = str(wizard.model.index(row, PlanModel.NAME).data())
        assert max(metrics.horizontalAdvance(w) for w in name.split()) < name_width, name
        assert metrics.horizontalAdvance(name) < 2 * name_width, name
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    # Two files: the column names the file; the line is in its tooltip.
    two = tmp_path / "messe.vcf"
    two.write_text(PEOPLE.replace("Jürgen", "Jörg"), encoding="utf-8")
    wizard.back()  # to the files page
    wizard.set_paths([one, two])
    wizard.build_plan()
    _settle()
    assert not header.isSectionHidden(PlanModel.WHERE)
    model = wizard.model
    files = {model.index(r, PlanModel.WHERE).data() for r in range(model.rowCount())}
    assert files == {"kontakte.vcf", "messe.vcf"}
    tip = str(model.index(0, PlanModel.WHERE).data(Qt.ItemDataRole.ToolTipRole))
    line = {"de": "Zeile", "en": "line"}[language]
    where, said = tip.rsplit(", ", 1)
    assert where.endswith(".vcf") and said.split()[0] == line and said.split()[1].isdigit(), tip
