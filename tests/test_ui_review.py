"""The review view on the S demo journal."""

import pytest
from PySide6.QtWidgets import QApplication

from netzjournal.ui.main_window import REVIEW


@pytest.fixture
def review(demo_window):
    """The review view of the S demo journal, the window at 1280×800."""
    demo_window.resize(1280, 800)
    demo_window.show_view(REVIEW)
    QApplication.processEvents()
    return demo_window.review


def test_review_view_opens_for_the_demo_journal(review, tmp_path):
    pane = review
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


def test_review_tables_keep_numbers_beside_labels_and_their_grey_follows_the_scheme(review):
    from PySide6.QtGui import QTextTable

    from netzjournal.ui import style

    review.window().resize(1920, 1080)
    QApplication.processEvents()
    body = review.body
    doc = body.document()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert tables
    width = doc.documentLayout().frameBoundingRect(tables[0]).width()
    # As wide as its content, not the page: the figures stay beside their labels.
    assert width < body.viewport().width() / 2
    light_grey = style.css(style.secondary_text(review.palette()))
    assert light_grey in review._last_html
    old = QApplication.palette()
    try:
        QApplication.setPalette(style.dark_palette())
        QApplication.processEvents()
        dark_grey = style.css(style.secondary_text(style.dark_palette()))
        assert dark_grey != light_grey
        assert dark_grey in review._last_html
    finally:
        QApplication.setPalette(old)


def test_review_page_headings_are_at_the_section_size_like_the_chart_captions(review):
    pane = review
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
    # A heading after a table keeps a gap above it (it sat on the table's last row).
    from PySide6.QtGui import QTextTable

    from netzjournal.ui import style

    doc = pane.body.document()
    layout = doc.documentLayout()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert tables
    for table in tables:
        after = doc.findBlock(table.lastPosition() + 1)
        if after.isValid() and after.blockFormat().headingLevel():
            last = table.cellAt(table.rows() - 1, 0).firstCursorPosition().block()
            gap = layout.blockBoundingRect(after).top() - layout.blockBoundingRect(last).bottom()
            assert gap >= style.SPACE.L, after.text()


def test_the_welcome_the_review_and_a_persons_page_share_one_title_size(review, qtbot):
    """One set of type sizes (style.Type): the welcome title, the review's heading and
    the name heading a person's page are all the title size, and the page's parts the
    section size — not Qt's own HTML heading steps, which matched them only by chance."""
    from PySide6.QtGui import QTextFormat
    from PySide6.QtWidgets import QLabel

    from netzjournal.store.contact_list import contact_rows
    from netzjournal.ui import style
    from netzjournal.ui.welcome import WelcomePage

    window = review.window()
    title = style.font(style.Type.TITLE, window.font()).pointSizeF()
    section = style.font(style.Type.SECTION, window.font()).pointSizeF()
    welcome = WelcomePage(window.paths, window.actions_)
    qtbot.addWidget(welcome)
    assert welcome.findChild(QLabel, "welcomeTitle").font().pointSizeF() == title
    assert review.heading.font().pointSizeF() == title
    detail = window.contacts.detail
    detail.show_contact(contact_rows(window.journal)[0].id)
    sizes: dict[int, set[float]] = {}
    block = detail.document().begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            for part in block:
                fmt = part.fragment().charFormat()
                sizes.setdefault(level, set()).add(fmt.font().pointSizeF())
                # The size is the app's, not Qt's relative heading step.
                assert not fmt.hasProperty(QTextFormat.Property.FontSizeAdjustment)
        block = block.next()
    assert sizes[2] == {title}  # the name (and a nickname beside it)
    assert sizes.get(3, {section}) == {section}
