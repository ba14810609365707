"""The contacts table's own cell painting looks exactly as Qt's delegate would.

The delegate (ui/contacts/delegate.py) draws kept, laid-out texts instead of
asking seven roles per cell; a person must not be able to tell: the same pixels
for plain, selected, archived (italic), focused and elided cells, also in a
dark palette.
"""

from __future__ import annotations

import pytest
from conftest import person
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyledItemDelegate, QTableView
from uihelpers import TODAY

from netzjournal.store.contacts import create_contact, set_archived
from netzjournal.ui.contacts.delegate import ContactCellDelegate
from netzjournal.ui.contacts.model import ContactsTableModel
from netzjournal.ui.grid_table import GridTable


@pytest.fixture
def table(qtbot, journal):
    ids = [
        create_contact(journal, person(given, family, organisation=org, city=city)).value.id
        for given, family, org, city in [
            ("Anna", "Bäcker", "Weserbogen Logistik und Lagerhaltung Gesellschaft", "Bremen"),
            ("Björn", "Krüger", "Hafenkontor", "Kiel"),
            ("Chloe", "Baker", "Nordlicht Medien", "Hamburg"),
            ("Dörte", "Özdemir", "", "München"),
            ("Emil", "Weiß", "Mainufer Bank", ""),
            ("Frieda", "Zöllner", "Isar Health", "Frankfurt am Main an der Oder"),
        ]
    ]
    set_archived(journal, ids[1:3], True)
    model = ContactsTableModel(journal, lambda: TODAY)
    model.set_view(True, None)
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setColumnWidth(ContactsTableModel.ORGANISATION, 90)  # long names elided
    view.resize(900, 300)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _grab(view: QTableView) -> QImage:
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def _same_as_qt(view: QTableView, ours_paints: bool = True) -> None:
    model = view.model()
    assert isinstance(model, ContactsTableModel)
    delegate = ContactCellDelegate(model, view)
    view.setItemDelegate(delegate)
    ours = _grab(view)
    assert bool(delegate._laid_out) == ours_paints  # (not Qt's delegate for every cell)
    view.setItemDelegate(QStyledItemDelegate(view))
    theirs = _grab(view)
    assert ours.size() == theirs.size()
    assert ours == theirs


def test_cells_look_as_qt_paints_them(table):
    flags = QItemSelectionModel.SelectionFlag
    selection = table.selectionModel()
    # The current row (focus, painted by Qt's delegate itself), another selected
    # row that is archived (italic), plain rows, an elided organisation.
    selection.setCurrentIndex(table.model().index(0, 0), flags.ClearAndSelect | flags.Rows)
    selection.select(table.model().index(2, 0), flags.Select | flags.Rows)
    table.setFocus()
    model = table.model()
    assert isinstance(model, ContactsTableModel)
    assert [model.cell_texts(r)[1] for r in range(model.rowCount())].count(True) == 2
    _same_as_qt(table)
    # Dark, and another font size: kept texts are laid out anew.
    _dark_and_larger(table)
    _same_as_qt(table)
    table.clearFocus()  # inactive selection colours
    table.window().activateWindow()
    _same_as_qt(table)


def test_a_right_to_left_table_is_painted_by_qt(table):
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    _same_as_qt(table, ours_paints=False)


def test_the_window_paints_with_qt_s_delegate_first_then_ours(make_window, where):
    """The first screen is Qt's delegate's (the same pixels, above): ours, whose
    module builds PySide's QStyle type, takes over right after the first paint,
    before the keystrokes it is there for."""
    from netzjournal.store.journal import Journal

    journal = Journal.open(where.journal, backup_dir=where.backups)
    create_contact(journal, person("Anna", "Bäcker"))
    window = make_window(journal)  # (returns after the first paint)
    delegate = window.contacts.table.itemDelegate()
    assert isinstance(delegate, ContactCellDelegate)
    calls = []
    original = delegate.paint
    delegate.paint = lambda *a: (calls.append(a), original(*a))[1]
    window.contacts.table.clearSelection()
    window.contacts.table.viewport().repaint()
    del delegate.paint
    assert delegate._laid_out  # it paints the cells
    assert isinstance(window.contacts.table, GridTable) and window.contacts.table._filled
    assert not calls  # the table's own loop, in the app's style, painted the plain cells


@pytest.mark.parametrize("rows", [3, 60])
@pytest.mark.parametrize("vertical_header", [False, True])
@pytest.mark.parametrize("right_to_left", [False, True])
def test_a_filled_grid_looks_as_qt_strokes_it(qtbot, rows, vertical_header, right_to_left):
    """GridTable fills the grid lines where Qt's table strokes them: the same pixels
    with fewer rows than the view holds (the lines end with the last row), scrolled,
    with a hidden column, a selected row and an edited column width."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    def make(view: QTableView) -> QTableView:
        model = QStandardItemModel(rows, 5, view)
        for r in range(rows):
            for c in range(5):
                model.setItem(r, c, QStandardItem(f"Zeile {r} Spalte {c}"))
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(vertical_header)
        if right_to_left:
            view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        view.setColumnHidden(2, True)
        view.resize(600, 400)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        view.horizontalHeader().resizeSection(4, 50)
        view.selectionModel().select(
            model.index(1, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.verticalScrollBar().setValue(7)
        return view

    filled = GridTable()
    filled.fill_grid()
    ours, theirs = make(filled), make(QTableView())
    assert ours.gridStyle() == Qt.PenStyle.SolidLine  # (until the first paint)
    image = _grab(ours)
    assert (ours.gridStyle() == Qt.PenStyle.NoPen) != right_to_left  # (Qt's lines right to left)
    assert image == _grab(theirs)


@pytest.fixture
def tables(qtbot, journal):
    """The same contacts in a GridTable painting its own plain cells and in a plain
    QTableView with Qt's delegate and Qt's grid."""
    for n in range(40):
        given, family = ("Anna", "Bäcker") if n % 3 else ("Jörg", "Weserbogen-Lagerhaltung")
        create_contact(
            journal,
            person(
                given,
                f"{family} {n}",
                organisation="Nordlicht Medien Logistik " * (n % 2),
                city="München" if n % 4 else "",
            ),
        )
    set_archived(journal, [3, 8], True)

    def make(view: QTableView) -> QTableView:
        model = ContactsTableModel(journal, lambda: TODAY, view)
        model.set_view(True, None)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.setColumnWidth(ContactsTableModel.ORGANISATION, 90)  # long names elided
        view.setColumnHidden(ContactsTableModel.ROLE, True)
        view.resize(700, 400)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        return view

    ours = make(GridTable())
    ours.setItemDelegate(ContactCellDelegate(ours.model(), ours))
    ours.fill_grid()
    return ours, make(QTableView())


def _both(tables, act) -> None:
    for view in tables:
        act(view)


def _assert_same(tables, focus: bool = False) -> int:
    """The two tables' pixels are the same (each with the focus, or neither); returns
    how many cells went through the delegate's ``paint`` (Qt's way) in ours (a grab
    paints twice)."""
    ours, theirs = tables

    def take_focus(view: QTableView) -> None:
        if focus:
            view.activateWindow()
            view.setFocus()
        else:
            view.clearFocus()
        QApplication.processEvents()
        assert view.hasFocus() == focus

    take_focus(ours)
    delegate = ours.itemDelegate()
    calls = []
    original = delegate.paint
    delegate.paint = lambda *a: (calls.append((a[2].row(), a[2].column())), original(*a))[1]
    try:
        image = _grab(ours)
    finally:
        del delegate.paint
    take_focus(theirs)
    assert image == _grab(theirs)
    return len(set(calls))


# (Its focus changes run the event loop, where a timer of an earlier test's model may
# read that test's closed journal again: counted as this test's opening.)
@pytest.mark.encrypted_too
def test_the_grid_table_paints_plain_cells_itself_as_qt_would(tables):
    """Plain cells are painted in the table's one loop (no delegate call per cell),
    selected and focused ones as Qt's table paints them: the same pixels as a
    QTableView with Qt's delegate — scrolled, with a hidden column, several
    selected rows (one archived), focus, inactive, dark, a larger font."""
    flags = QItemSelectionModel.SelectionFlag
    assert _assert_same(tables) == 0  # nothing selected: every cell in the loop

    def select(view: QTableView) -> None:
        model, selection = view.model(), view.selectionModel()
        selection.setCurrentIndex(model.index(2, 0), flags.ClearAndSelect | flags.Rows)
        selection.select(model.index(3, 0), flags.Select | flags.Rows)
        selection.select(model.index(6, 1), flags.Select)  # one cell, not its row

    _both(tables, select)
    columns = ContactsTableModel.COLUMNS - 1  # (one hidden)
    assert _assert_same(tables, focus=True) == 2 * columns + 1
    assert _assert_same(tables) == 2 * columns + 1
    _both(tables, lambda view: view.verticalScrollBar().setValue(2))
    _assert_same(tables, focus=True)

    _both(tables, _dark_and_larger)
    _assert_same(tables, focus=True)
    _assert_same(tables)  # inactive selection colours


def test_a_see_through_alternate_base_is_filled_per_cell(tables):
    """Half-transparent alternate rows: filled cell by cell (a whole row would tint the
    grid's pixels under the lines)."""

    def see_through(view: QTableView) -> None:
        palette = view.palette()
        palette.setColor(QPalette.ColorRole.AlternateBase, QColor(200, 0, 0, 90))
        view.setPalette(palette)

    _both(tables, see_through)
    assert _assert_same(tables) == 0


def test_a_grid_table_in_another_style_is_painted_by_qt(tables):
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Windows")
    for view in tables:
        view.setStyle(style)
    assert _assert_same(tables) > 0  # (every cell through the delegate)


def _dark_and_larger(view: QTableView) -> None:
    """A dark palette and a font half as large again (texts kept are laid out anew)."""
    palette = view.palette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#202020"),
        (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#3d6fa8"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    view.setPalette(palette)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
