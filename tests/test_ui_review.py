"""The review view on the S demo journal."""

import datetime as dt

from PySide6.QtWidgets import QApplication

from netzjournal import paths
from netzjournal.demo.generator import DemoSpec, generate_into
from netzjournal.store.journal import Journal
from netzjournal.ui.main_window import REVIEW, MainWindow

TODAY = dt.date(2026, 11, 22)


def test_review_view_opens_for_the_demo_journal(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal)
    generate_into(journal, DemoSpec(50, 3, seed=1, today=TODAY))
    w = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.show_view(REVIEW)
    QApplication.processEvents()
    pane = w.review
    assert pane.year.currentData() == 2026  # November: this year
    assert pane.figures is not None and pane.figures.meetings > 0
    assert sum(pane.figures.per_month) == pane.figures.meetings
    assert pane.months.isVisible() and pane.calendar.isVisible()
    pane.year.setCurrentIndex(pane.year.findData(2025))
    assert pane.figures.year == 2025
    md = pane.save_markdown(str(tmp_path / "r.md"))
    pdf = pane.save_pdf(str(tmp_path / "r.pdf"))
    assert md.read_text(encoding="utf-8").startswith("#") and pdf.stat().st_size > 10_000
    image = pane.months.grab()
    assert image.width() > 300
    journal.close()


def test_review_tables_keep_numbers_beside_labels_and_their_grey_follows_the_scheme(
    qtbot, tmp_path
):
    from PySide6.QtGui import QTextTable

    from netzjournal.ui import style

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal)
    generate_into(journal, DemoSpec(50, 3, seed=1, today=TODAY))
    w = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    w.show_view(REVIEW)
    QApplication.processEvents()
    body = w.review.body
    doc = body.document()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert tables
    width = doc.documentLayout().frameBoundingRect(tables[0]).width()
    # As wide as its content, not the page: the figures stay beside their labels.
    assert width < body.viewport().width() / 2
    light_grey = style.css(style.secondary_text(w.review.palette()))
    assert light_grey in w.review._last_html
    old = QApplication.palette()
    try:
        QApplication.setPalette(style.dark_palette())
        QApplication.processEvents()
        dark_grey = style.css(style.secondary_text(style.dark_palette()))
        assert dark_grey != light_grey
        assert dark_grey in w.review._last_html
    finally:
        QApplication.setPalette(old)
    journal.close()


def test_review_page_headings_are_at_the_section_size_like_the_chart_captions(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal)
    generate_into(journal, DemoSpec(50, 3, seed=1, today=TODAY))
    w = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.show_view(REVIEW)
    QApplication.processEvents()
    pane = w.review
    caption = pane.months_label.font().pointSizeF()
    block = pane.body.document().begin()
    sizes = {}
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            sizes[block.text()] = block.charFormat().font().pointSizeF()
            it = block.begin()
            if not it.atEnd():
                sizes[block.text()] = it.fragment().charFormat().font().pointSizeF()
        block = block.next()
    assert sizes
    for text, size in sizes.items():
        assert abs(size - caption) < 0.6, (text, size, caption)
    journal.close()


def test_the_next_heading_keeps_its_distance_from_a_table(qtbot, tmp_path):
    """ "Nach Art" sat on the last row of "Das Jahr auf einen Blick" (no room between)."""
    from PySide6.QtGui import QTextCursor

    from netzjournal.ui import style

    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal)
    generate_into(journal, DemoSpec(50, 3, seed=1, today=TODAY))
    w = MainWindow(journal, where, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.show_view(REVIEW)
    QApplication.processEvents()
    doc = w.review.body.document()
    tables = set()
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None and table.firstPosition() not in tables:
            tables.add(table.firstPosition())
            assert table.format().bottomMargin() >= style.SPACE.M
        block = block.next()
    assert len(tables) >= 3
    journal.close()
