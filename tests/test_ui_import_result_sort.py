"""The import result page's table sorts by any column (names in collation order)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from netzjournal.ui.interchange.import_result import ImportResultPage, ResultModel, ResultRow

ROWS = [
    ResultRow("skip", "Zorn", "", "twice in the files"),
    ResultRow("create", "Özdemir", "Acme", ""),
    ResultRow("merge", "Arzt", "Über AG", "into Arzt (same e-mail address)"),
    ResultRow("create", "Ärger", "", ""),
    ResultRow("create", "Pohl", "acme", ""),
]


def column(model: ResultModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_the_result_table_sorts_by_each_column(qtbot, qtmodeltester) -> None:
    page = ImportResultPage()
    qtbot.addWidget(page)
    model = page.model
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    # at first: grouped by what happened, in the files' order within
    assert column(model, ResultModel.NAME) == ["Özdemir", "Ärger", "Pohl", "Arzt", "Zorn"]
    model.sort(ResultModel.NAME)
    assert column(model, ResultModel.NAME) == ["Ärger", "Arzt", "Özdemir", "Pohl", "Zorn"]
    model.sort(ResultModel.NAME, Qt.SortOrder.DescendingOrder)
    assert column(model, ResultModel.NAME) == ["Zorn", "Pohl", "Özdemir", "Arzt", "Ärger"]
    # organisation: letters first, then accents, then case (lower first); empty cells
    # last either way, by name
    model.sort(ResultModel.ORGANISATION)
    assert column(model, ResultModel.NAME) == ["Pohl", "Özdemir", "Arzt", "Ärger", "Zorn"]
    model.sort(ResultModel.ORGANISATION, Qt.SortOrder.DescendingOrder)
    assert column(model, ResultModel.NAME) == ["Arzt", "Özdemir", "Pohl", "Ärger", "Zorn"]
    model.sort(ResultModel.WHAT, Qt.SortOrder.DescendingOrder)
    assert column(model, ResultModel.NAME)[0] == "Zorn"
    qtmodeltester.check(model)
    # new rows keep the order chosen
    model.sort(ResultModel.NAME)
    model.set_rows(ROWS[:3])
    assert column(model, ResultModel.NAME) == ["Arzt", "Özdemir", "Zorn"]


def test_ties_fall_by_name_and_blank_cells_last_in_both_directions(qtmodeltester) -> None:
    model = ResultModel()
    model.set_rows([
        ResultRow("create", "Zahn", "Ärzte am Markt", ""),
        ResultRow("create", "Weiß", "   ", ""),
        ResultRow("create", "Adler", "Zahnärzte Nord", ""),
        ResultRow("create", "Brandt", "Ärzte am Markt", ""),
        ResultRow("create", "Albers", "", ""),
    ])  # fmt: skip
    qtmodeltester.check(model)
    model.sort(ResultModel.ORGANISATION)
    assert column(model, ResultModel.NAME) == ["Brandt", "Zahn", "Adler", "Albers", "Weiß"]
    model.sort(ResultModel.ORGANISATION, Qt.SortOrder.DescendingOrder)
    assert column(model, ResultModel.NAME) == ["Adler", "Brandt", "Zahn", "Albers", "Weiß"]


def test_a_click_on_a_column_title_sorts_the_table(qtbot) -> None:
    page = ImportResultPage()
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    page.model.set_rows(ROWS)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(ResultModel.NAME) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = column(page.model, ResultModel.NAME)
    assert names in (
        ["Ärger", "Arzt", "Özdemir", "Pohl", "Zorn"],
        ["Zorn", "Pohl", "Özdemir", "Arzt", "Ärger"],
    )


def test_names_get_the_room_and_empty_details_do_not(qtbot) -> None:
    page = ImportResultPage()
    qtbot.addWidget(page)
    page.resize(1400, 500)
    page.show()
    qtbot.waitExposed(page)
    long = "Dr. Annemarie Schröder-Oberndorfer-Lindqvist"
    page.model.set_rows([ResultRow("create", long, "Fjordwerk Logistik GmbH", ""),
                         ResultRow("create", "Pohl", "", "")])  # fmt: skip
    table, header = page.table, page.table.horizontalHeader()

    def fitted() -> bool:  # refitted to the rows (a timer), filling the width shown
        whole = header.sectionSize(ResultModel.NAME) >= table.sizeHintForColumn(ResultModel.NAME)
        return whole and sum(header.sectionSize(c) for c in range(4)) == table.viewport().width()

    qtbot.wait(20)  # the refit after new rows runs on a zero timer
    qtbot.waitUntil(fitted)  # the names whole
    # The names are whole and no wider than their text; the last column, the details,
    # takes the rest, as in a native list (shared out, short names stood ~400 px wide).
    text = max(table.sizeHintForColumn(ResultModel.NAME), header.sectionSizeHint(ResultModel.NAME))
    assert header.sectionSize(ResultModel.NAME) <= text + 4
    assert table.horizontalScrollBar().maximum() == 0


def test_a_long_detail_wraps_in_a_narrow_result(qtbot) -> None:
    """At 800 px in German the „Einzelheiten“ were cut („prüfen: mehrere Personen
    heißen so: wäh…“): the cell wraps and its row grows, as the preview's do."""
    from PySide6.QtCore import QRect

    page = ImportResultPage()
    qtbot.addWidget(page)
    detail = ("prüfen: mehrere Personen heißen so: während des Imports nicht "
              "zusammengeführt, bitte in der Dublettenliste ansehen")  # fmt: skip
    page.model.set_rows([ResultRow("create", "Schäfer, Jörg", "Müller & Söhne KG", detail),
                         ResultRow("create", "Kühn", "", "")])  # fmt: skip
    page.resize(560, 400)  # (the wizard's page at 800 px, less its margins)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)
    table = page.table
    row = next(r for r in range(2) if page.model.index(r, ResultModel.DETAIL).data() == detail)
    cell = table.visualRect(page.model.index(row, ResultModel.DETAIL))
    metrics = table.fontMetrics()
    needed = metrics.boundingRect(QRect(0, 0, cell.width() - 8, 10_000),
                                  int(Qt.TextFlag.TextWordWrap), detail).height()  # fmt: skip
    assert needed > metrics.lineSpacing()  # (it does not fit on one line here)
    assert table.rowHeight(row) >= needed
    other = 1 - row
    assert table.rowHeight(other) < 2 * metrics.lineSpacing()  # rows without stay low
