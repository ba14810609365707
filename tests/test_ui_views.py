"""The main window's views at laptop sizes: counts, columns, events page, dates."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from uihelpers import settle

if TYPE_CHECKING:
    from netzjournal.ui.events_tab.model import OccurrencesModel
    from netzjournal.ui.main_window import MainWindow


@pytest.fixture
def make_window(make_window, demo_where):
    """The window (conftest) on a small demo journal."""
    return make_window


def test_the_status_bar_says_how_many_of_how_many_a_filter_lists(make_window, qtbot):
    w = make_window()
    pane = w.contacts
    everyone = pane.model.rowCount()
    assert w.counts_label.text().startswith(f"Contacts: {everyone} · ")
    pane.filter.setText(str(pane.model.index(0, 0).data()).split()[-1])
    qtbot.waitUntil(lambda: pane.model.rowCount() < everyone, timeout=3000)
    shown = pane.model.rowCount()
    assert f"Contacts: {shown} of {everyone} · " in w.counts_label.text()
    pane.filter.clear()
    qtbot.waitUntil(lambda: pane.model.rowCount() == everyone, timeout=3000)
    assert w.counts_label.text().startswith(f"Contacts: {everyone} · ")


def test_the_counts_stay_in_the_status_bar_after_a_menu_or_a_passing_message(make_window, qtbot):
    """Opening a menu once emptied the status bar for good (the fresh-eyes walk): the
    counts were its message, and a menu entry's status tip (empty) replaced it. Now a
    tip or a passing message covers them and leaves them in view again."""
    w = make_window()
    counts = w.counts_label.text()
    assert counts.startswith("Contacts: ")
    w.actions_.quick_note.showStatusText(w)  # what hovering the entry in a menu sends
    w.statusBar().clearMessage()  # the pointer leaves the menu
    assert w.counts_label.isVisible() and w.counts_label.text() == counts
    w.statusBar().showMessage("Quick note saved.", 50)
    assert not w.counts_label.isVisible()  # covered while the message shows
    qtbot.waitUntil(w.counts_label.isVisible, timeout=3000)
    assert w.counts_label.text() == counts


def test_the_events_page_fits_1024_wide_without_sideways_scrolling(make_window, qtbot):
    from netzjournal.ui.main_window import EVENTS

    w = make_window()
    _ = w.coach
    w.resize(1024, 700)
    w.show_view(EVENTS)
    settle()
    pane = w.events_pane
    page = pane.page
    # An evening of a series with people: the demo's Stammtisch.
    model = pane.model
    rows = [r for r in range(model.rowCount()) if (o := model.occurrence(r)) and o.series_id]
    for row in rows:
        pane._select_row(row)
        if page.attendance.rowCount() and page.series_model.rowCount():
            break
    else:
        pytest.fail("no series evening with people in the demo")
    settle()
    assert not page.people.horizontalScrollBar().isVisible()
    # The attendance note's field is wide enough to read its hint, not squeezed to "Ei…".
    note = page.note
    assert note.width() >= note.fontMetrics().averageCharWidth() * 30, note.width()
    table = page.series_table
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    assert sum(header.sectionSize(c) for c in range(header.count())) <= table.viewport().width()
    for column in range(header.count()):  # the titles ("Place", "People") are not cut
        title = str(page.series_model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
    # The page is no wider than its scroll area: nothing scrolls sideways there either.
    scroll = page.parentWidget().parentWidget()
    assert not scroll.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
def test_the_review_heatmap_fills_its_width(make_window, qtbot, size):
    from netzjournal.ui import style
    from netzjournal.ui.main_window import REVIEW

    w = make_window()
    w.resize(*size)
    w.show_view(REVIEW)
    qtbot.waitUntil(lambda: not w.review.busy, timeout=15_000)
    settle()
    chart = w.review.calendar
    image = chart.grab().toImage()
    background = style.background(chart.palette())
    top = image.height() // 3  # below the month names: the squares only

    def painted(x: int) -> bool:
        for y in range(top, image.height()):
            c = image.pixelColor(x, y)
            if abs(c.red() - background.red()) + abs(c.green() - background.green()) > 12:
                return True
        return False

    rightmost = max((x for x in range(image.width()) if painted(x)), default=0)
    assert rightmost >= 0.95 * image.width(), (rightmost, image.width())


def test_history_dates_stay_whole_in_a_narrow_detail_pane(make_window, qtbot):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QSplitter

    from netzjournal.store.contact_list import contact_rows
    from netzjournal.store.listings import contact_history
    from netzjournal.ui import texts

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        w = make_window()
        w.resize(1024, 700)
        settle()
        rows = contact_rows(w.journal)
        busiest = max(rows, key=lambda r: len(contact_history(w.journal, r.id)))
        w.contacts.select(busiest.id)
        splitter = w.contacts.findChild(QSplitter)
        total = sum(splitter.sizes())
        # The pane keeps 50 characters now; narrower still (a larger font does that),
        # the page must still hold its dates whole.
        w.contacts.detail.setMinimumWidth(0)
        splitter.setSizes([total - 220, 220])
        settle()
        detail = w.contacts.detail
        assert detail.width() <= 260
        doc = detail.document()
        dates = {texts.format_date(h.when.date()) for h in contact_history(w.journal, busiest.id)}
        assert dates
        for date in dates:
            found = doc.find(date)
            while not found.isNull() and found.block().text() != date:
                found = doc.find(date, found)  # (also in "give and take" above)
            assert not found.isNull(), date
            assert found.block().layout().lineCount() == 1, date  # not "21/11/20" + "26"
    finally:
        QLocale.setDefault(before)


def test_the_column_menu_shows_a_column_without_room_when_ticked(make_window, qtbot):
    from PySide6.QtWidgets import QSplitter

    w = make_window()
    screen = w.screen().availableGeometry()
    w.resize(screen.width(), screen.height())  # as wide as it gets
    settle()
    splitter = w.contacts.findChild(QSplitter)
    total = sum(splitter.sizes())
    splitter.setSizes([total // 3, total - total // 3])  # a wide detail pane
    settle()
    columns = w.contacts.columns
    assert columns.auto_hidden, "the table should be too narrow for every column"
    column = min(columns.auto_hidden)
    menu = columns.build_menu()
    action = next(a for a in menu.actions() if a.data() == column)
    # Not on screen, so not ticked; no advice to widen a window that cannot grow.
    assert not action.isChecked()
    assert "widen the window" not in action.text() and "no room" in action.text()
    action.setChecked(True)  # as a click in the menu does
    assert not columns.header.isSectionHidden(column)
    table = w.contacts.table
    shown = [c for c in range(columns.header.count()) if not columns.header.isSectionHidden(c)]
    assert sum(columns.header.sectionSize(c) for c in shown) <= table.viewport().width()


def _contrast(a, b) -> float:
    """WCAG contrast ratio of two colours."""

    def lum(c) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_read_only_banner_reads_in_light_and_dark(qtbot):

    from netzjournal.ui import style
    from netzjournal.ui.read_only_banner import Banner

    app = QApplication.instance()
    before = app.palette()
    try:
        banner = Banner("Read only: the journal file is write-protected (/tmp/x).")
        qtbot.addWidget(banner)
        banner.show()
        for palette in (style.light_palette(), style.dark_palette()):
            app.setPalette(palette)
            settle()
            sheet = banner.styleSheet()
            background = style.notice_background(palette)
            assert style.css(background) in sheet and style.css(style.text(palette)) in sheet
            assert _contrast(style.text(palette), background) >= 7
            # Set apart from the window it sits in.
            assert background != palette.color(palette.ColorRole.Window)
            image = banner.grab().toImage()
            assert image.pixelColor(1, 1).name() == style.css(background)
    finally:
        app.setPalette(before)


def test_room_to_spare_goes_to_the_text_columns_not_the_dots(make_window, qtbot):
    from netzjournal.ui.contacts.model import ContactsTableModel as M

    w = make_window()
    w.resize(1920, 1080)
    settle()
    columns = w.contacts.columns
    header = columns.header
    assert not columns.auto_hidden  # everything fits, with room to spare
    assert header.sectionSize(M.CLOSENESS) == columns._width(M.CLOSENESS)
    for column in (M.NAME, M.ORGANISATION, M.CITY):
        assert header.sectionSize(column) > columns._width(column), column
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert total == w.contacts.table.viewport().width()


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
@pytest.mark.parametrize("folded", [False, True])
def test_the_series_table_shares_its_room_between_place_and_who_came(
    make_window, qtbot, size, folded
):
    """At 1920x1080 an even split left the address room to spare while "Wer kam" was
    cut; then who came first left the place at "Gasth…" beside a mostly empty "Wer
    kam". Now neither is cut while the other is wider than it."""
    from netzjournal.ui.main_window import EVENTS

    w = make_window()
    _ = w.coach
    if folded:
        w.coach_dock.collapse_button.click()
    w.resize(*size)
    w.show_view(EVENTS)
    settle()
    page = w.events_pane.page
    _select_a_series(w, lambda series: series.rowCount() > 0)
    settle()
    table, series = page.series_table, page.series_model
    header, metrics = table.horizontalHeader(), table.fontMetrics()

    def widest(column: int) -> int:
        cells = [series.index(r, column).data() for r in range(series.rowCount())]
        return max((metrics.horizontalAdvance(str(c)) for c in cells if c), default=0)

    place, who = header.sectionSize(1), header.sectionSize(2)
    assert widest(1) and widest(2)
    if place < widest(1):  # the place cut: who came no wider than it
        assert who <= place + 2, (place, who, widest(1), widest(2))
    if who < widest(2):  # who came cut: the place no wider than it
        assert place <= who + 2, (place, who, widest(1), widest(2))
    assert sum(header.sectionSize(c) for c in range(header.count())) <= table.viewport().width()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_review_heatmap_names_its_weekday_rows(qtbot, language):
    """Which row of the heatmap was Monday was guesswork: Monday, Wednesday and Friday
    are named at its left, in the review's language (the window and the PDF)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QGuiApplication

    from netzjournal.review.render import labels
    from netzjournal.ui import style
    from netzjournal.ui.review.charts import calendar_band, paint_calendar, render_image

    t = labels(language)
    assert t["weekdays"][0] == {"de": "Mo", "en": "Mon"}[language] and len(t["weekdays"]) == 7
    band = calendar_band(style.font(style.Type.SECONDARY, QGuiApplication.font()))

    def left_edge_inked(names: list[str]) -> bool:
        # 1 January 2026 is a Thursday: the first week has no Monday square, so the
        # Monday row's left edge holds ink only when the row is named.
        image = render_image(
            QSize(700, 120),
            lambda p, r: paint_calendar(p, r, 2026, {}, t["months"], None, names),
            scale=1,
        )
        white = QColor("white")
        return any(
            image.pixelColor(x, y) != white
            for x in range(6)
            for y in range(int(band) + 1, int(band) + 10)
        )

    assert left_edge_inked(t["weekdays"])
    assert not left_edge_inked([])


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("scale", [1, 2])
def test_the_review_heatmap_has_a_less_more_legend(qtbot, language, dark, scale):
    """The heatmap's shades meant nothing without a key: "weniger ■■■■■ mehr" below
    its right end, in the palette's five shades (dark too), the squares on whole
    pixels so they stay crisp at the scale factor 2; the view and the PDF share it."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from netzjournal.review.render import labels
    from netzjournal.ui import style
    from netzjournal.ui.review.charts import calendar_height, paint_calendar, render_image

    t = labels(language)
    assert t["legend"] == {"de": ["weniger", "mehr"], "en": ["less", "more"]}[language]
    palette = style.dark_palette() if dark else style.light_palette()
    font = QGuiApplication.font()
    width = 760
    size = QSize(width, calendar_height(width, font))
    shades = [style.heat(level, palette).rgb() for level in range(5)]

    def draw(legend: list[str]):
        def paint(p, r):
            p.fillRect(r, style.background(palette))
            paint_calendar(p, r, 2026, {}, t["months"], palette, t["weekdays"], legend)

        return render_image(size, paint, scale=scale)

    image, without = draw(t["legend"]), draw([])
    # Below the squares (an empty year: every day is shade 0), the legend's row.
    rows = range(int(image.height() * 0.8), image.height())
    legend_rows = []
    for y in rows:
        line = [image.pixel(x, y) for x in range(image.width())]
        if all(c in line for c in shades[1:]):
            legend_rows.append(y)
    assert legend_rows
    line = [image.pixel(x, legend_rows[len(legend_rows) // 2]) for x in range(image.width())]
    found = [line.index(c) for c in shades[1:]]
    # Crisp: in the squares' middle row each edge goes from the background straight to
    # its shade (no blended pixel), at the scale factor 2 too.
    for x in found:
        assert line[x - 1] == style.background(palette).rgb(), (hex(line[x - 1]), x)
    assert found and found == sorted(found), found  # less → more, left to right
    assert found[-1] > image.width() * 0.8  # at the right, under the last weeks
    # The words are drawn: the legend's rows differ from the chart without it only there.
    ink = {
        x
        for y in rows
        for x in range(image.width())
        if image.pixel(x, y) != without.pixel(x, y) and image.pixel(x, y) not in shades
    }
    assert any(x < found[0] for x in ink) and any(x > found[-1] for x in ink)
    # The heatmap keeps the room for the legend at the same width (the view's height).
    assert calendar_height(width, font) > int(7 * width / 54)


def test_the_pdfs_charts_fit_the_text_width_of_a4(journal):
    """At 600 px the charts ran past the PDF's right margin ("Dec", the legend's "more"
    cut off): they are as wide as the text between the page's and the document's
    margins (2 cm, paginated_copy)."""
    from netzjournal.review.render import CHART_WIDTH, sections_html
    from netzjournal.ui.review.export import PAGE_MARGIN_MM

    text_width_mm = 210 - 2 * PAGE_MARGIN_MM - 2 * 20
    assert text_width_mm >= CHART_WIDTH * 25.4 / 96
    import datetime as dt

    from conftest import note, person

    from netzjournal.review.figures import review
    from netzjournal.store.contacts import create_contact
    from netzjournal.store.interactions import create_interaction

    anna = create_contact(journal, person("Anna", "Alt")).value
    create_interaction(journal, note(dt.datetime(2026, 3, 2, 9, 0), [anna.id], title="Kaffee"))
    charts = {"months": "chart:months", "calendar": "chart:calendar"}
    page = sections_html(review(journal, 2026), "de", charts)
    assert page.count(f"width='{CHART_WIDTH}'") == 2


def test_a_row_past_a_filters_first_screen_is_selected_by_its_contact(
    make_window, qtbot, monkeypatch
):
    """A filter over a long list shows its first screen first; selecting a row past
    it reads the rest and shows that row's contact, not a gap."""
    from PySide6.QtCore import QItemSelectionModel

    from netzjournal.store.fulltext import matching_contact_ids
    from netzjournal.store.summary import contact_ids
    from netzjournal.ui.contacts import model as contacts_model

    monkeypatch.setattr(contacts_model, "FIRST_SCREEN", 5)
    monkeypatch.setattr(contacts_model, "FIRST_SCREENS_FROM", 0)
    monkeypatch.setattr(contacts_model, "MAX_RUNS", 0)
    monkeypatch.setattr(contacts_model, "REST_AFTER_MS", 60_000)  # (not while the test runs)
    pane = make_window().contacts
    pane.model.complete()
    deferred = None
    for text in ("be", "ka", "la", "an", "er", "sc", "mu"):
        pane.filter.setText(text)
        if pane.model.rows_read() < pane.model.rowCount():
            deferred = text
            break
        pane.filter.clear()
    assert deferred is not None
    want = contact_ids(
        pane.journal.connection(), False, matching_contact_ids(pane.journal, deferred)
    )
    flags = QItemSelectionModel.SelectionFlag  # (as a click on the last row)
    last = pane.model.index(pane.model.rowCount() - 1, 0)
    pane.table.selectionModel().setCurrentIndex(last, flags.ClearAndSelect | flags.Rows)
    assert pane.selected_ids() == [want[-1]]
    assert pane.detail.contact_id == want[-1]
    assert [pane.model.id_at(r) for r in range(pane.model.rowCount())] == want


def test_the_series_table_draws_a_line_where_the_past_begins(make_window, qtbot):
    """Coming evenings soonest first, then the past newest first (the events list's
    order): a line above the first past evening shows where the order turns."""
    from netzjournal.ui import style
    from netzjournal.ui.main_window import EVENTS

    w = make_window()
    w.resize(1280, 800)
    w.show_view(EVENTS)
    settle()
    page = w.events_pane.page
    if not _select_a_series(w, lambda series: 0 < series.coming < series.rowCount()):
        pytest.fail("no series with coming and past evenings")
    settle()
    table, series = page.series_table, page.series_model
    first_past = series.index(series.coming, 1)
    table.scrollTo(first_past)
    settle()
    image = table.viewport().grab().toImage()
    line = style.secondary_text(table.palette())
    rect = table.visualRect(first_past)
    seen = image.pixelColor(rect.center().x(), rect.top() + 1)
    assert seen.name() == line.name(), (seen.name(), line.name())
    above = table.visualRect(series.index(series.coming - 1, 1))
    if above.isValid() and above.top() >= 0:  # no line above a coming evening
        assert image.pixelColor(above.center().x(), above.top() + 1).name() != line.name()


def _select_a_series(window: MainWindow, wanted: Callable[[OccurrencesModel], bool]) -> bool:
    """The first evening of a series in the events list whose series table is ``wanted``
    selected; False when none is."""
    pane = window.events_pane
    model = pane.model
    for row in [r for r in range(model.rowCount()) if (o := model.occurrence(r)) and o.series_id]:
        pane._select_row(row)
        if wanted(pane.page.series_model):
            return True
    return False
