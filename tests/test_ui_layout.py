"""Layout at laptop sizes, the contacts' columns, the coach strip, dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from uihelpers import in_language, settle, when_modal

from netzjournal.drafts import DraftStore
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.records import Channel, ContactRecord
from netzjournal.ui import style, texts
from netzjournal.ui.contacts.model import ContactsTableModel as M
from netzjournal.ui.main_window import CONTACTS, EVENTS, NOTES, REVIEW, TIMELINE
from netzjournal.ui.review.charts import paint_calendar, paint_month_bars


@pytest.fixture
def make_window(make_window, demo_where):
    """The window (conftest) on a small demo journal."""
    return make_window


@pytest.fixture
def light_palette():
    app = QApplication.instance()
    before = app.palette()
    yield
    app.setPalette(before)


def test_every_view_fits_1024_wide_with_the_coach_shown(make_window, qtbot):
    w = make_window()
    _ = w.coach  # the real pane, not its placeholder
    assert w.coach_dock.isVisible() and not w.coach_dock.collapsed
    for view in (CONTACTS, NOTES, TIMELINE, REVIEW, EVENTS):
        w.show_view(view)
        settle()
        assert w.minimumSizeHint().width() <= 1024, (view, w.minimumSizeHint())
    w.resize(1024, 700)
    settle()
    assert w.width() == 1024
    # The coach's cards are not cut off: none is wider than the coach's list.
    viewport = w.coach.scroll_area.viewport().width()
    for card in w.coach.cards:
        assert card.width() <= viewport, (card.width(), viewport)


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_window_fits_an_800_px_screen_in_both_languages(make_window, qtbot, language):
    """Every view beside the coach fits 760 px (German labels are longer): the bars
    of filters and buttons wrap between their groups instead of widening the window
    (they made it 876 px at the start in German, 958 once the timeline was built)."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    with in_language(language):
        w = make_window()
        _ = w.coach
        assert w.coach_dock.isVisible() and not w.coach_dock.collapsed
        for view in (CONTACTS, NOTES, TIMELINE, REVIEW, EVENTS):
            w.show_view(view)
            settle()
        for view in (CONTACTS, NOTES, TIMELINE, REVIEW, EVENTS):
            w.show_view(view)
            settle()
            assert w.minimumSizeHint().width() <= 760, (view, w.minimumSizeHint())
        w.resize(800, 600)
        w.show_view(CONTACTS)
        settle()
        # wrapped: the check box and buttons on a line of their own
        assert w.contacts.archived.y() > w.contacts.filter.geometry().bottom()
        # Nothing in the bars is cut: every button and combo box at its whole width.
        for view in (CONTACTS, TIMELINE, REVIEW, EVENTS):
            w.show_view(view)
            settle()
            pane = w.tabs.currentWidget()
            for widget in pane.findChildren(QAbstractButton) + pane.findChildren(QComboBox):
                if widget.isVisibleTo(pane):
                    assert widget.width() >= widget.sizeHint().width(), (view, widget)
        # The event's page scrolls down, never sideways.
        page = w.events_pane.page
        scroll = page.parentWidget().parentWidget()
        assert not scroll.horizontalScrollBar().isVisible()
        assert page.width() >= page.minimumSizeHint().width()
        # At 1024 the bars stay one line each, as before, where the filter's example
        # shows whole beside the check box and buttons (English); in German it did not
        # („Filtern: Name, Schla…“, 152 of 201 px): the bar wraps rather than cut it.
        w.resize(1024, 700)
        w.show_view(CONTACTS)
        settle()
        from test_examples_fit import cut_examples

        assert not cut_examples(w.contacts)
        one_line = w.contacts.archived.y() < w.contacts.filter.geometry().bottom()
        assert one_line == (language == "en")


def test_no_horizontal_scrollbar_in_the_contacts_at_1280x800(make_window, qtbot):
    w = make_window()
    w.resize(1280, 800)
    settle()
    table = w.contacts.table
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    total = sum(header.sectionSize(c) for c in shown)
    assert total <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    # The most important columns are the ones that stay.
    for column in (M.NAME, M.ORGANISATION, M.LAST_CONTACT, M.CLOSENESS):
        assert column in shown, column
    # Narrower: fewer columns, still no scrollbar; the name always stays.
    w.resize(1024, 700)
    settle()
    shown_narrow = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert M.NAME in shown_narrow and len(shown_narrow) <= len(shown)
    assert sum(header.sectionSize(c) for c in shown_narrow) <= table.viewport().width()
    # Wider: every column comes back.
    w.resize(1920, 1080)
    settle()
    assert all(not header.isSectionHidden(c) for c in range(header.count()))


def test_the_column_choice_is_remembered(make_window, qtbot):
    w = make_window()
    w.resize(1920, 1080)
    settle()
    menu = w.contacts.columns.build_menu()
    by_column = {a.data(): a for a in menu.actions()}
    assert not by_column[M.NAME].isEnabled()  # the name cannot be hidden
    by_column[M.ORGANISATION].setChecked(False)  # as a click in the header's menu does
    header = w.contacts.table.horizontalHeader()
    assert header.isSectionHidden(M.ORGANISATION)
    w.close()

    again = make_window()
    again.resize(1920, 1080)
    settle()
    header = again.contacts.table.horizontalHeader()
    assert header.isSectionHidden(M.ORGANISATION)
    assert not header.isSectionHidden(M.TAGS)
    # Shown again, it comes back even where room is short (moved up in priority).
    again.resize(1024, 700)
    settle()
    again.contacts.columns.set_shown(M.ORGANISATION, True)
    assert not header.isSectionHidden(M.ORGANISATION)


def test_the_coach_folds_to_a_strip_and_stays_folded(make_window, qtbot):
    w = make_window()
    w.resize(1024, 700)
    settle()
    w.coach_dock.collapse_button.click()
    settle()
    assert w.coach_dock.collapsed and w.coach_dock.width() < 80
    assert w.coach_dock.isVisible()
    w.close()
    again = make_window()
    settle()
    assert again.coach_dock.collapsed
    again.coach_dock.expand_button.click()
    settle()
    assert not again.coach_dock.collapsed and again.coach_dock.width() >= 250


def test_a_folded_coach_stays_a_strip_whatever_the_layout_asks(make_window, qtbot):
    """After a session on a wider screen, a start at 800×600 folded the coach, then Qt
    applied the restored state (under X11 once the maximised window got its size,
    after the fold's own resize): the folded dock kept its old width, a third of the
    window empty. Folded, the dock is no wider than its strip; opened, it widens again."""
    w = make_window()
    w.resize(800, 600)
    settle()
    dock = w.coach_dock
    dock.set_collapsed(True)
    settle()
    w.resizeDocks([dock], [330], Qt.Orientation.Horizontal)  # as a restored state does
    settle()
    assert dock.collapsed and dock.width() < 80
    dock.expand_button.click()
    settle()
    assert not dock.collapsed and dock.width() >= 250


def test_a_narrow_window_starts_with_the_coach_folded_until_it_is_opened(make_window, qtbot):
    """At 800 px the coach beside the list left the contacts only their names (four
    namesakes not told apart): folded there, unless the person chose; a choice is kept,
    the automatic fold is not."""
    w = make_window()
    w.resize(800, 600)
    settle()
    assert not w.coach_dock.collapsed  # (opened this time; nothing chosen yet)
    w.close()  # the geometry is kept: 800 px wide
    narrow = make_window()
    settle()
    assert narrow.width() < 1000 and narrow.coach_dock.collapsed
    narrow.resize(1280, 800)
    narrow.close()
    wide = make_window()
    settle()
    assert not wide.coach_dock.collapsed  # the fold was for the room, not remembered
    wide.resize(800, 600)
    wide.coach_dock.collapse_button.click()
    wide.coach_dock.expand_button.click()  # chosen: open
    settle()
    wide.close()
    chosen = make_window()
    settle()
    assert chosen.width() < 1000 and not chosen.coach_dock.collapsed


def test_a_window_that_grows_gives_the_coach_its_share_back(make_window, qtbot):
    """An 800 px session leaves the coach at its narrowest (250 px); at 1280 again it
    kept those 250 px and the list took all the new room. Growing gives the coach its
    normal share back; a width the person dragged is kept."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    w = make_window()
    w.resize(800, 600)
    settle()
    dock = w.coach_dock
    w.resizeDocks([dock], [250], Qt.Orientation.Horizontal)  # as an 800 px session left it
    settle()
    narrow = dock.width()
    assert narrow < 320
    w.resize(1280, 800)
    settle()
    assert dock.width() >= 320
    # Dragged by hand to 280 px (the separator left of the dock), then the window grows:
    edge = QPointF(dock.x() - 2, dock.y() + dock.height() // 2)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, at, button, held in (
        (QEvent.Type.MouseButtonPress, edge, left, left),
        (QEvent.Type.MouseMove, edge + QPointF(30, 0), none, left),
        (QEvent.Type.MouseMove, edge + QPointF(60, 0), none, left),
        (QEvent.Type.MouseButtonRelease, edge + QPointF(60, 0), left, none),
    ):
        QApplication.sendEvent(w, QMouseEvent(kind, at, w.mapToGlobal(at), button, held,
                                              Qt.KeyboardModifier.NoModifier))  # fmt: skip
        qtbot.wait(50)  # (Qt applies a separator's move on a timer)
    settle()
    dragged = dock.width()
    assert dragged < 320
    share = dragged / w.width()  # kept as a share of the window, as a splitter keeps it
    w.resize(1400, 800)
    settle()
    assert abs(dock.width() - share * 1400) <= 1 and dock.width() > dragged
    w.close()
    again = make_window()  # the drag is remembered with the window's layout
    again.resize(1500, 800)
    settle()
    assert abs(again.coach_dock.width() - share * 1500) <= 1


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_window_shrunk_to_800_px_gives_the_coach_s_room_to_the_views(
    make_window, qtbot, language
):
    """Opened wide and shrunk to 800 px, the window kept a 320 px coach: the German tab
    bar scrolled („Vera…“ with arrows) and the contacts filter's example was cut. The
    coach gives way as the window shrinks (as a window opened at 800 px has it); a
    width dragged by hand is kept as its share of the window."""
    from PySide6.QtWidgets import QTabBar
    from test_examples_fit import cut_examples

    with in_language(language):
        w = make_window()
        _ = w.coach
        w.resize(1600, 900)
        settle()
        assert w.coach_dock.width() == 320
        w.resize(800, 600)
        w.show_view(CONTACTS)
        settle()
        dock = w.coach_dock
        assert not dock.collapsed and dock.width() < 320
        tabs = w.tabs.findChild(QTabBar)
        whole = sum(tabs.tabSizeHint(i).width() for i in range(tabs.count()))
        assert whole <= tabs.width(), (whole, tabs.width())  # no arrows, no „Vera…“
        assert not cut_examples(w.contacts)
        w.resize(1024, 700)
        settle()
        assert dock.width() == 320  # the views are laid out for 1024 beside it
        # Dragged to a third of the window: a third it stays as the window shrinks.
        w.resizeDocks([dock], [w.width() // 3], Qt.Orientation.Horizontal)
        settle()
        w.coach_share.share = dock.width() / w.width()  # (as a drag on the separator sets)
        w.resize(900, 600)
        settle()
        assert abs(dock.width() - 300) <= 1


def test_e_mail_addresses_wrap_instead_of_scrolling(make_window, qtbot, where):
    w = make_window()
    cid = create_contact(
        w.journal,
        ContactRecord(
            given_name="Lang",
            family_name="Adresse",
            channels=[Channel("email", "vorname.nachname@sehr-lange-firmendomain.example")],
        ),
    ).value.id
    detail = w.contacts.detail
    detail.setFixedWidth(220)
    detail.show_contact(cid)
    settle()
    assert detail.horizontalScrollBar().maximum() == 0
    # Every line break in the address falls after @ . - (never mid-word).
    doc = detail.document()
    block = doc.begin()
    breaks = []
    while block.isValid():
        if "sehr" in block.text():
            layout = block.layout()
            for n in range(1, layout.lineCount()):
                start = layout.lineAt(n).textStart()
                breaks.append(block.text()[:start].rstrip("\u200b")[-1:])
        block = block.next()
    assert breaks, "the address did not wrap at 220 px"
    assert all(ch in "@.-/" for ch in breaks), breaks
    assert "\u200b" in style.soft_breaks("a.b@c.de")
    assert style.soft_breaks("a.b@c.de").replace("\u200b", "") == "a.b@c.de"
    assert "mailto:vorname.nachname@sehr-lange-firmendomain.example" in detail.contact_html(
        get_contact(w.journal, cid)
    )


def _chart(paint, palette: QPalette) -> QImage:
    image = QImage(QSize(400, 160), QImage.Format.Format_ARGB32)
    image.fill(style.background(palette))
    painter = QPainter(image)
    paint(painter, QRectF(0, 0, 400, 160), palette)
    painter.end()
    return image


def test_colours_come_from_the_palette(qtbot, light_palette):
    light = QApplication.style().standardPalette()
    dark = style.dark_palette()
    assert not style.is_dark(light) and style.is_dark(dark)
    for colour in (style.accent, style.secondary_text, style.grid, style.background):
        assert colour(light) != colour(dark), colour
    assert [style.heat(n, light) for n in range(5)] != [style.heat(n, dark) for n in range(5)]
    assert style.warmth(0.8, light) != style.warmth(0.8, dark)
    # The charts drawn with each palette differ (heatmap and month bars).
    months = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]
    bars = lambda p, r, pal: paint_month_bars(p, r, [3] * 12, [2] * 12, months, ("a", "b"), pal)  # noqa: E731
    heat = lambda p, r, pal: paint_calendar(p, r, 2026, {}, months, pal)  # noqa: E731
    for paint in (bars, heat):
        assert _chart(paint, light) != _chart(paint, dark)
    # Secondary text on a dark page is light, on a light page dark.
    assert style.secondary_text(dark).lightnessF() > 0.5 > style.secondary_text(light).lightnessF()


def test_the_month_chart_has_room_for_its_widest_axis_label(qtbot):
    """An XL year's months reach thousands: "8.000" lost its "8" in room made for "000"."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFont, QFontMetrics

    from netzjournal.review.axis import round_ticks
    from netzjournal.ui.review.charts import AXIS_GAP, month_plot

    font = QFont()
    font.setPixelSize(14)
    metrics = QFontMetrics(font)
    rect = QRectF(0, 0, 640, 260)
    for locale in (QLocale(QLocale.Language.German), QLocale(QLocale.Language.English)):
        for tallest in (3, 95, 950, 8_240, 12_513):
            labels = [locale.toString(t) for t in round_ticks(tallest)]
            plot = month_plot(rect, metrics, labels)
            room = plot.left() - rect.left() - AXIS_GAP
            assert all(metrics.horizontalAdvance(label) <= room for label in labels), labels
            assert plot.right() < rect.right() and plot.width() > rect.width() / 2


def test_the_detail_page_and_badges_follow_a_dark_palette(make_window, qtbot, light_palette):
    w = make_window()
    rows = contact_rows(w.journal)
    w.contacts.select(rows[0].id)
    settle()
    light_quiet = style.css(style.secondary_text(w.contacts.detail.palette()))
    assert (
        light_quiet in w.contacts.detail.toHtml().lower() or "color:" in w.contacts.detail.toHtml()
    )
    before = w.contacts.detail.toHtml()
    light_icon = texts.kind_icon("coffee").pixmap(18, 18).toImage()
    QApplication.instance().setPalette(style.dark_palette())
    settle()
    after = w.contacts.detail.toHtml()
    assert after != before  # drawn again with the dark palette's colours
    dark_quiet = style.css(style.secondary_text(w.contacts.detail.palette()))
    assert dark_quiet != light_quiet and dark_quiet in after.lower()
    assert texts.kind_icon("coffee").pixmap(18, 18).toImage() != light_icon


def test_videocall_and_event_badges_look_different(qtbot):
    video = texts.kind_icon("video", 18).pixmap(36, 36).toImage()
    event = texts.kind_icon("event", 18).pixmap(36, 36).toImage()
    # An event is a square sheet (its corner is painted); a meeting is round.
    corner = (5, 5)
    assert QColor.fromRgba(event.pixel(*corner)).alpha() > 200
    assert QColor.fromRgba(video.pixel(*corner)).alpha() < 50


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_timeline_filters_show_their_captions_whole_at_1024(make_window, qtbot, language):
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    with in_language(language):
        w = make_window()
        _ = w.coach
        w.show_view(TIMELINE)
        w.resize(1024, 700)
        settle()
        assert w.width() == 1024
        pane = w.timeline
        for combo in (pane.tag, pane.kind, pane.year, pane.jump):
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            field = combo.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option,
                QStyle.SubControl.SC_ComboBoxEditField, combo,
            )  # fmt: skip
            text = combo.currentText()
            # The text and a little air (the style pads it; flush, the arrow covers its end).
            needed = (
                combo.fontMetrics().horizontalAdvance(text) + combo.fontMetrics().averageCharWidth()
            )
            if not combo.itemIcon(combo.currentIndex()).isNull():
                needed += combo.iconSize().width() + 4
            assert field.width() >= needed, (combo.objectName(), text, field.width(), needed)


def test_every_kind_has_its_own_picture_the_same_in_both_languages(qtbot):
    """Badges carried letters: English "P" for a call and "T" for a message read oddly
    (Call/Coffee and Message/Meal share initials), German "V" was Videocall and
    Veranstaltung. Now a picture per kind: every badge unlike every other, not one
    changed by the language, and drawn (not blank) at scale 2."""
    from netzjournal.ui.kind_glyphs import KINDS

    def images() -> dict[str, object]:
        texts._ICON_CACHE.clear()
        return {k: texts.kind_icon(k, 18).pixmap(36, 36).toImage() for k in KINDS}

    english = images()
    with in_language("de"):
        german = images()
    assert german == english
    assert len({english[k].bits().tobytes() for k in KINDS}) == len(KINDS)
    for kind, image in english.items():
        # The picture is drawn in the badge's ink: at least 3 % of the badge's pixels.
        ink = texts.kind_color(kind)
        pixels = [QColor.fromRgba(image.pixel(x, y)) for y in range(36) for x in range(36)]
        inked = sum(
            1 for c in pixels if c.alpha() == 255 and abs(c.lightness() - ink.lightness()) > 80
        )
        assert inked > 0.03 * 36 * 36, (kind, inked)


def test_the_draft_question_is_centred_on_the_window(make_window, qtbot, where):
    w = make_window()
    w.move(100, 100)
    DraftStore(where.drafts).save({"body": "Halbfertige Notiz", "who": []})
    seen = []

    def look(box):
        default = box.defaultButton()
        keep = default is box.button(QMessageBox.StandardButton.Yes)
        seen.append((box.parentWidget(), box.geometry().center(), keep, default.text()))
        box.button(QMessageBox.StandardButton.Discard).click()

    when_modal(look, lambda x: isinstance(x, QMessageBox))
    w.open_quick_note()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    parent, centre, keep, label = seen[0]
    assert parent is w
    # Answered with the question's verb ("Continue with it?", Alt+C), not a bare "Yes";
    # keeping the text stays the default.
    assert keep and label == "&Continue"
    window_centre = w.geometry().center()
    assert abs(centre.x() - window_centre.x()) < 60, (centre, window_centre)
    w.quick_note_dialog().hide()


def test_the_quick_notes_follow_up_shows_a_step_whole_in_german(make_window, qtbot):
    """Sabine's next step after the Stammtisch, "Lebenslauf schicken bis Freitag",
    did not show whole: beside the due date the field had a third of the row (the
    fresh-eyes walk, at 1366×768). The field now has the row."""
    with in_language("de"):
        w = make_window()
        w.open_quick_note()
        dialog = w.quick_note_dialog()
        settle()
        step = dialog.next_step
        words = "Lebenslauf schicken bis Freitag"
        room = step.contentsRect().width() - 2 * step.style().pixelMetric(
            step.style().PixelMetric.PM_DefaultFrameWidth
        )
        assert step.fontMetrics().horizontalAdvance(words) < room, (room, dialog.width())
        assert dialog.due.isVisible() and dialog.has_due.isVisible()
        dialog.hide()


def test_type_sizes_and_spacing_are_one_scale(qtbot):
    body = style.font(style.Type.BODY)
    sizes = [style.font(t).pointSizeF() for t in style.Type]
    assert sizes == sorted(sizes, reverse=True)  # title > section > body > secondary
    assert style.font(style.Type.TITLE).bold() and not body.bold()
    assert style.SPACE.XS < style.SPACE.S < style.SPACE.M < style.SPACE.L < style.SPACE.XL
    assert style.on_color(QColor(Qt.GlobalColor.white)) == QColor(Qt.GlobalColor.black)


def _caption_room(combo) -> tuple[int, int]:
    """The width a combo box gives its text, and what its longest item needs."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    longest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    return field.width(), longest + metrics.averageCharWidth()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_note_editor_shows_whether_i_got_in_touch_whole_at_1024(make_window, qtbot, language):
    """With the coach folded the notes' form puts its labels beside the fields, and
    the answer was cut: "Ich habe mich gemeld"."""
    with in_language(language):
        w = make_window()
        _ = w.coach
        w.show_view(NOTES)
        w.resize(1024, 700)
        try:
            for folded in (False, True):
                w.coach_dock.set_collapsed(folded)
                settle()
                has, needs = _caption_room(w.notes.editor.direction)
                assert has >= needs, (folded, has, needs)
        finally:
            w.coach_dock.set_collapsed(False)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_note_editor_fits_its_pane_with_the_coach_shown(make_window, qtbot, language):
    """At 1024x700 (and in German at 1280x800) with the coach shown the note editor was
    wider than its pane: "Dauer" showed only "–", the direction's arrow and the
    participants' placeholder were cut."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea, QWidget

    with in_language(language):
        w = make_window()
        _ = w.coach
        w.show_view(NOTES)
        editor = w.notes.editor
        scroll = editor.findChild(QScrollArea)
        for size in ((1024, 700), (1280, 800)):
            w.resize(*size)
            settle()
            assert w.coach_dock.isVisible() and not w.coach_dock.collapsed
            assert w.width() == size[0], (size, w.width())
            viewport = scroll.viewport()
            inner = scroll.widget()
            assert not scroll.horizontalScrollBar().isVisible()
            assert inner.width() <= viewport.width(), (size, inner.width(), viewport.width())
            for child in inner.findChildren(QWidget):
                if not child.isVisibleTo(inner):
                    continue
                left = child.mapTo(viewport, QPoint(0, 0)).x()
                right = left + child.width()
                assert left >= 0 and right <= viewport.width(), (
                    size,
                    type(child).__name__,
                    child.objectName(),
                    left,
                    right,
                    viewport.width(),
                )
            has, needs = _caption_room(editor.direction)
            assert has >= needs, (size, has, needs)


def test_the_note_editors_buttons_are_as_wide_as_their_words_at_1920(make_window, qtbot):
    """At 1920 "Nächsten Schritt hinzufügen" was stretched into a ~660 px bar: the form
    grows its fields to the row's width, and the button sat in a field's place."""
    from PySide6.QtWidgets import QPushButton, QScrollArea

    w = make_window()
    w.show_view(NOTES)
    w.resize(1920, 1080)
    settle()
    inner = w.notes.editor.findChild(QScrollArea).widget()
    buttons = [b for b in inner.findChildren(QPushButton) if b.isVisibleTo(inner)]
    assert buttons
    for button in buttons:
        assert button.width() <= button.sizeHint().width() + 8, (button.text(), button.width())


def test_the_year_before_stands_out_from_a_dark_chart(qtbot):
    """In dark the year before was the accent faded towards near-black: dark navy at
    1.5:1, all but gone. As painted, its bars keep WCAG's 3:1 for a chart's parts and
    are told apart from this year's by a weaker hue; in light it stays a pale accent."""
    from collections import Counter

    months = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]
    for palette, least in ((style.dark_palette(), 3.0), (style.light_palette(), 1.5)):
        image = _chart(
            lambda p, r, pal: paint_month_bars(p, r, [0] * 12, [9] * 12, months, ("a", "b"), pal),
            palette,
        )
        paper = style.background(palette).rgb()
        counts = Counter(
            image.pixel(x, y) for x in range(image.width()) for y in range(image.height())
        )
        bar = QColor.fromRgb(next(c for c, _n in counts.most_common() if c != paper))
        assert bar.rgb() == style.accent_muted(palette).rgb()
        assert style.contrast(bar, style.background(palette)) >= least, bar.getRgb()
        this_year = style.accent(palette)
        assert bar.hslSaturation() < this_year.hslSaturation()
        assert style.contrast(bar, this_year) >= 1.2


def test_the_month_bars_legend_runs_in_the_bars_order(qtbot):
    """Each month's bars stand the year before (light) left of the year (dark); the
    legend listed the year first, the other way round. Its swatches now read as the
    bars do: the light one left of the dark one."""
    months = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]
    for palette in (style.light_palette(), style.dark_palette()):
        image = _chart(
            lambda p, r, pal: paint_month_bars(p, r, [0] * 12, [0] * 12, months, ("b", "a"), pal),
            palette,
        )
        # No bars (all zero): the only accent pixels are the legend's two swatches.
        first = {}
        for x in range(image.width()):
            for y in range(image.height() // 3):
                rgb = image.pixel(x, y)
                for name, colour in (
                    ("year", style.accent(palette)),
                    ("before", style.accent_muted(palette)),
                ):
                    if rgb == colour.rgb():
                        first.setdefault(name, x)
        assert set(first) == {"year", "before"}, first
        assert first["before"] < first["year"], first


def test_the_search_popup_lists_notes_newest_first(make_window, qtbot):
    """The popup's notes came in the order of their rank: each line starts with a date
    and the dates jumped about. The best matches now run newest first."""
    from netzjournal.store.interactions import get_interaction
    from netzjournal.ui.search import ID_ROLE, KIND_ROLE

    w = make_window()
    w.search_field.setText("Kaffee")
    settle()
    model = w.search.model
    ids = [
        model.index(r, 0).data(ID_ROLE)
        for r in range(model.rowCount())
        if model.index(r, 0).data(KIND_ROLE) == "interaction"
    ]
    assert len(ids) >= 3
    days = [get_interaction(w.journal, i).occurred_at for i in ids]
    assert days == sorted(days, reverse=True), days


def _lines_of(browser, needle: str) -> int:
    """How many lines the text block holding ``needle`` takes on the page as laid out."""
    block = browser.document().begin()
    while block.isValid():
        # (addresses carry zero-width break chances after "." and "@")
        if needle in block.text().replace("\u200b", "").replace("\xad", ""):
            return block.layout().lineCount()
        block = block.next()
    raise AssertionError(needle)


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_contact_page_keeps_an_address_whole_at_1024_with_the_coach(
    make_window, qtbot, language
):
    """Beside the coach at 1024 the contact's page was ~210 px wide and an e-mail address
    ran over four lines; the list hides columns by priority instead."""
    with in_language(language):
        w = make_window()
        _ = w.coach
        w.show_view(CONTACTS)
        w.resize(1024, 700)
        settle()
        assert w.coach_dock.isVisible() and not w.coach_dock.collapsed
        rows = [r for r in contact_rows(w.journal) if get_contact(w.journal, r.id).channels]
        record = max(
            (get_contact(w.journal, r.id) for r in rows),
            key=lambda c: max(len(ch.value) for ch in c.channels if ch.kind == "email"),
        )
        w.contacts.select(record.id)
        settle()
        address = max((ch.value for ch in record.channels if ch.kind == "email"), key=len)
        assert len(address) >= 28, address
        assert _lines_of(w.contacts.detail, address[:12]) <= 2, (w.contacts.detail.width(), address)
        assert not w.contacts.table.horizontalScrollBar().isVisible()


def test_a_timeline_row_cuts_its_people_only_when_the_row_is_full(qtbot):
    """At 1920 the people of an evening were cut after 260 px ("Olaf Schäfer; Wolfgang
    Sauer; Chloe…") with half the row empty."""
    from PySide6.QtGui import QFont, QFontMetrics

    from netzjournal.ui.timeline.delegate import PEOPLE_GAP, PEOPLE_SHARE, fit_row

    font = QApplication.font()
    bold_font = QFont(font)
    bold_font.setBold(True)
    bold, plain = QFontMetrics(bold_font), QFontMetrics(font)
    people = "Olaf Schäfer; Wolfgang Sauer; Chloe Hughes; Günther Köhler; Rory Patel"
    title = "Stammtisch Süd"
    whole = bold.horizontalAdvance(people) + PEOPLE_GAP + plain.horizontalAdvance(title)
    assert bold.horizontalAdvance(people) > PEOPLE_SHARE  # what a fixed width used to cut
    # Room for both: both whole.
    assert fit_row(bold, plain, people, title, whole + 4) == (people, title)
    # A narrower row: the title whole, the people cut to what is left.
    got_people, got_title = fit_row(bold, plain, people, title, whole - 60)
    assert got_title == title and got_people.endswith("…")
    assert bold.horizontalAdvance(got_people) + PEOPLE_GAP + plain.horizontalAdvance(title) <= (
        whole - 60
    )
    # Narrow, with a long title: the people keep a share, the title is cut, nothing
    # runs over.
    long_title = "Kurzer Anruf wegen der Ausschreibung im Frühjahr und des Barcamps im Juni"
    got_people, got_title = fit_row(bold, plain, people, long_title, 300)
    assert 100 <= bold.horizontalAdvance(got_people) <= 150
    assert got_title.endswith("…")
    used = bold.horizontalAdvance(got_people) + PEOPLE_GAP + plain.horizontalAdvance(got_title)
    assert used <= 300
    # No people: the title takes the row.
    assert fit_row(bold, plain, "", title, 400) == ("", title)


def test_a_long_page_opens_as_large_as_the_screen_lets_it_be_read(qtbot):
    """ "Everything stored" opened at 84 × 34 characters (~500×430) on a 1920×1080 screen."""
    char, line = 7, 17
    long_page = lambda width: 40_000 // width * line  # noqa: E731 (a page that reflows)
    big = style.reading_size(char, line, long_page, QSize(1920, 1040))
    assert big.width() >= 100 * char and big.height() >= 0.8 * 1040, big
    small = style.reading_size(char, line, long_page, QSize(1024, 668))
    assert small.width() <= 1024 and small.height() <= 668, small
    assert small.width() >= 60 * char
    short = style.reading_size(char, line, lambda _w: 10 * line, QSize(1920, 1040))
    assert short.height() == 24 * line  # a short page: no taller than it needs, or a minimum


def test_everything_stored_opens_within_the_screen_sized_to_its_page(make_window, qtbot):
    from PySide6.QtWidgets import QDialog

    w = make_window()
    w.show_view(CONTACTS)
    rows = contact_rows(w.journal)
    w.contacts.select(max(rows, key=lambda r: (r.last_contact is not None, r.last_contact)).id)
    settle()
    sizes = []

    def look(dialog: QDialog) -> None:
        sizes.append(dialog.size())
        dialog.reject()

    when_modal(look)
    w.contacts.show_all_data()
    screen = w.screen().availableGeometry()
    assert sizes and sizes[0].width() <= screen.width() and sizes[0].height() <= screen.height()
    assert sizes[0].height() >= 0.8 * screen.height(), (sizes[0], screen)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_events_people_column_is_whole_on_a_wide_screen(make_window, qtbot, language):
    """At 1920x1080 the events list cut "Zugesagt: 2 · Ich gehe hin" while the place
    beside it had room: the column wanted a fixed 14 characters, not its text."""
    with in_language(language):
        w = make_window()
        _ = w.coach
        w.show_view(EVENTS)
        w.resize(1920, 1080)
        settle()
        pane = w.events_pane
        table, model = pane.table, pane.model
        # The widest text: two counts (my answer is a mark at the name now): someone
        # said they'd come to an evening where people were met.
        from netzjournal.store.contact_list import contact_rows
        from netzjournal.store.events import attendance, set_attendance

        met = next(o for r in range(model.rowCount())
                   if (o := model.occurrence(r)) and o.event_id
                   and str(model.index(r, model.PEOPLE).data()).startswith(
                       model.tr("Met: %1").split("%")[0]))  # fmt: skip
        there = {a.contact_id for a in attendance(w.journal, [met.event_id]).get(met.event_id, [])}
        newcomer = next(c.id for c in contact_rows(w.journal) if c.id not in there)
        set_attendance(w.journal, met.event_id, newcomer, "going")
        pane.refresher.flush()
        settle()
        header = table.horizontalHeader()
        column = model.PEOPLE
        assert not header.isSectionHidden(column)
        texts = [
            model.index(r, column).data()
            for r in range(model.rowCount())
            if model.index(r, column).data()
        ]
        assert any(" · " in t for t in texts), texts  # two counts
        metrics = table.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        assert widest + 8 <= header.sectionSize(column), (widest, header.sectionSize(column))


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_contacts_column_title_is_cut_at_1024_with_the_coach(make_window, qtbot, language):
    """ "Closeness" was cut ("Closenes|") beside the coach at 1024: with a row selected
    the header draws its titles bold, wider than the width the column was given."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyle

    with in_language(language):
        w = make_window()
        _ = w.coach
        w.show_view(CONTACTS)
        w.contacts.select(contact_rows(w.journal)[0].id)
        header = w.contacts.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        model = w.contacts.table.model()
        seen = set()
        for width in range(1024, 1344, 16):
            w.resize(width, 700)
            settle()
            shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            assert len(shown) >= 3
            seen.update(shown)
            for column in shown:
                title = str(model.headerData(column, Qt.Orientation.Horizontal))
                needs = QFontMetrics(bold).horizontalAdvance(title) + 2 * margin
                size = header.sectionSize(column)
                assert size >= needs, (width, title, size, needs)
        assert M.CLOSENESS in seen


@pytest.mark.parametrize("language", ["en", "de"])
def test_an_evening_is_written_as_every_view_writes_a_day_and_time(qapp, language):
    """The events list wrote "10/12/2026, 19:00" where the notes and the timeline write
    "14/11/2026 17:15"."""
    import datetime as dt

    from netzjournal.ui.events_tab import words

    with in_language(language):
        day, at = dt.date(2026, 12, 10), dt.time(19, 0)
        assert words.span(day, None, at) == texts.format_datetime(dt.datetime.combine(day, at))
        assert "," not in words.span(day, day + dt.timedelta(days=2), at)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_events_list_shows_its_columns_whole_or_not_at_all(make_window, qtbot, language):
    """At 1024 with the coach the people column read "Coming: 2 …": a column that cannot
    hold its cells gives way by priority (the header's menu can bring it back)."""
    with in_language(language):
        w = make_window()
        _ = w.coach
        w.show_view(EVENTS)
        for size in ((1024, 700), (1920, 1080)):
            w.resize(*size)
            settle()
            table, model = w.events_pane.table, w.events_pane.model
            header, metrics = table.horizontalHeader(), table.fontMetrics()
            headers = set(model.header_rows())
            shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            assert len(shown) >= 2
            for column in shown:
                widest = max(  # (a cell of two lines is as wide as its wider line)
                    metrics.horizontalAdvance(line)
                    for r in range(model.rowCount())
                    if r not in headers
                    for line in str(model.index(r, column).data() or "").split("\n")
                )
                assert widest + 6 <= header.sectionSize(column), (size, column, widest)
        assert len(shown) == 4  # at 1920 all of them


def _mnemonic(text: str) -> bool:
    return "&" in text.replace("&&", "")


def test_underlined_letters_are_alike_in_every_window(make_window, qtbot):
    """ "New event…" and the event editor's labels showed underlined mnemonic letters
    that no other button or label in the app showed (the menus keep theirs). Since the
    keyboard walk every dialog and every view gives each control one (ui/mnemonics.py,
    tests/test_mnemonics.py), the event editor's and the Events view's among them; the
    coach none (its cards repeat "Reached out", "Later")."""
    import datetime as dt

    from PySide6.QtWidgets import QAbstractButton, QLabel, QToolButton

    from netzjournal.ui.events_tab.editor import EventEditor

    w = make_window()
    for view in (CONTACTS, NOTES, TIMELINE, REVIEW, EVENTS):
        w.show_view(view)
    settle()
    qtbot.waitUntil(lambda: w._lettered)
    editor = EventEditor(w.journal, None, dt.date(2026, 11, 22), parent=w)
    qtbot.addWidget(editor)
    for top, marked in ((w.tabs.widget(EVENTS), True), (editor, True), (w.coach_dock, False)):
        texts = [
            widget.text()
            for widget in top.findChildren(QAbstractButton) + top.findChildren(QLabel)
            if not isinstance(widget, QToolButton) and widget.window() is top.window()
            and (isinstance(widget, QAbstractButton) or widget.buddy() is not None)
            and any(ch.isascii() and ch.isalnum() for ch in widget.text())
        ]  # fmt: skip
        assert texts
        assert [t for t in texts if _mnemonic(t) != marked] == [], (top, texts)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_templates_sentence_has_room_when_the_list_is_empty(make_window, qtbot, language):
    """At 1024 the sentence in place of the empty templates list was squeezed into a
    ~90-140 px column (eight short centred lines)."""
    from netzjournal.ui.coach.templates_dialog import TemplatesDialog

    with in_language(language):
        w = make_window()
        w.resize(1024, 700)
        dialog = TemplatesDialog(w.journal, w)
        qtbot.addWidget(dialog)
        dialog.show()
        # As narrow as it goes (how it opened over a 1024 window): the list's side must
        # still hold its sentence.
        dialog.resize(dialog.minimumSize())
        settle()
        label = dialog.none_yet
        assert label.isVisible()
        assert dialog.width() <= 1024
        lines = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
        assert label.width() >= 30 * label.fontMetrics().averageCharWidth(), label.width()
        assert lines <= 5, (lines, label.width())
        dialog.hide()


def test_the_events_spare_room_goes_to_name_and_place(make_window, qtbot):
    """With the people's column sized by its text, the room to spare at 1920 went to it
    too (proportionally) and cut the place beside it: date and people keep their width."""
    w = make_window()
    _ = w.coach
    w.show_view(EVENTS)
    w.resize(1920, 1080)
    settle()
    pane = w.events_pane
    header, model, fitter = pane.table.horizontalHeader(), pane.model, pane.columns
    assert not header.isSectionHidden(model.PEOPLE)
    # (the last column takes what rounding leaves: a pixel or two)
    assert abs(header.sectionSize(model.PEOPLE) - fitter._width(model.PEOPLE)) <= 2
    assert header.sectionSize(model.DATE) == fitter._width(model.DATE)
    assert header.sectionSize(model.PLACE) > fitter._width(model.PLACE)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_notes_list_shows_the_kind_whole_with_the_coach_folded(make_window, qtbot, language):
    """At 1280x800 with the coach folded the kind read "Veranstalt…" while the date
    column had room: the kind column wanted 15 characters, not its longest label."""
    from netzjournal.ui.notes.model import NotesListModel

    with in_language(language):
        w = make_window()
        _ = w.coach
        w.show_view(NOTES)
        w.resize(1280, 800)
        settle()
        if not w.coach_dock.collapsed:
            w.coach_dock.collapse_button.click()
            settle()
        header = w.notes.list.horizontalHeader()
        assert not header.isSectionHidden(NotesListModel.KIND)
        metrics = w.notes.list.fontMetrics()
        longest = max(metrics.horizontalAdvance(label) for _, label in texts.kinds())
        assert header.sectionSize(NotesListModel.KIND) >= longest + 18 + 8


def test_the_notes_list_gets_its_columns_room_on_a_wide_screen(make_window, qtbot):
    """At 1920 the list kept a 2:3 share (~690 px): people and titles were cut while
    the editor beside it had ~870 px, mostly empty. Wide, the list gets what its
    columns want and the editor keeps a reading width; narrow, the 2:3 share stands;
    once the person drags the divider, it stays where they put it."""
    w = make_window()
    _ = w.coach
    w.show_view(NOTES)
    pane = w.notes
    w.resize(1920, 1080)
    settle()
    _assert_wide_split(pane.splitter.sizes(), pane.list_wanted, pane.editor_reading, (2, 5))
    w.resize(1280, 800)
    settle()
    lst, editor = pane.splitter.sizes()
    assert abs(lst * 3 - editor * 2) <= 5 * 3, (lst, editor)  # 2:3 as before
    pane.splitter.moveSplitter(300, 1)  # a drag by the person
    pane.splitter.splitterMoved.emit(300, 1)
    w.resize(1920, 1080)
    settle()
    assert pane.divider.placed_by_hand
    assert pane.splitter.sizes()[0] < pane.list_wanted


def _assert_wide_split(
    sizes: list[int], wanted: int, reading: int, old_share: tuple[int, int]
) -> None:
    """Wide, a list beside a page gets what its columns want, the page keeps its reading
    width, and the list has more than its old share (``old_share``: part, whole)."""
    first, second = sizes
    room = first + second - reading
    assert first >= min(wanted, room), (first, wanted, room)
    assert second >= reading, (second, reading)
    assert first > (first + second) * old_share[0] // old_share[1] + 50, (first, second)


def test_the_contacts_table_gets_its_columns_room_on_a_wide_screen(make_window, qtbot):
    """At 1920 the table kept its 700:340 share: "Frankfurt am M…" and "Freiberufliche
    Journali…" were cut while the page beside it was mostly empty. Wide, the table gets
    what its columns' text wants and the page keeps a reading width; at 1280 and 1024 the
    700:340 share stands as before; a dragged divider stays where the person put it, and
    only a dragged one is saved."""
    w = make_window()
    _ = w.coach
    w.show_view(CONTACTS)
    pane = w.contacts
    share = {}
    for width, height in ((1280, 800), (1024, 700)):
        w.resize(width, height)
        settle()
        table, detail = pane.splitter.sizes()
        share[width] = (table, detail)
        # The share as before: 700:340, or the page at its least.
        assert abs(table * 340 - detail * 700) <= 700 or detail <= pane.detail.minimumWidth(), (
            width, table, detail,
        )  # fmt: skip
    w.resize(1920, 1080)
    settle()
    _assert_wide_split(pane.splitter.sizes(), pane.list_wanted, pane.detail_reading, (700, 1040))
    table, detail = pane.splitter.sizes()
    header, model = pane.table.horizontalHeader(), pane.model
    em = pane.fontMetrics().averageCharWidth()
    whole = (model.NAME, model.ORGANISATION, model.ROLE, model.CITY)  # the cut ones
    if table >= pane.list_wanted:  # the room for all: every column's text whole
        whole = tuple(c for c in range(model.columnCount()) if c not in pane.columns.fixed)
    for column in range(model.columnCount()):  # every column shown
        assert not header.isSectionHidden(column), column
    for column in whole:
        need = min(pane.table.sizeHintForColumn(column), 45 * em)
        assert header.sectionSize(column) >= need, (column, header.sectionSize(column), need)
    w.resize(1280, 800)
    settle()
    assert pane.splitter.sizes() == list(share[1280])
    pane.splitter.moveSplitter(300, 1)  # a drag by the person
    pane.splitter.splitterMoved.emit(300, 1)
    w.resize(1920, 1080)
    settle()
    assert pane.divider.placed_by_hand
    assert pane.splitter.sizes()[0] < pane.list_wanted
    w.save_settings()
    assert w._settings().value("splitters/contacts") is not None


def test_an_e_mail_address_breaks_only_after_its_at(make_window, qtbot):
    """Greedy wrapping took the domain's dot ("nils.oezdemir@fjordwerk." / "example"):
    the address reads as two things. At every width the page can have (it keeps
    DETAIL_MIN_CHARS beside the list) the domain stays whole."""
    from netzjournal.ui.contacts.pane import DETAIL_MIN_CHARS

    w = make_window()
    address = "nils.oezdemir@fjord-werk.example"
    cid = create_contact(
        w.journal,
        ContactRecord(given_name="Nils", family_name="Özdemir",
                      channels=[Channel("email", address)]),
    ).value.id  # fmt: skip
    detail = w.contacts.detail
    narrowest = DETAIL_MIN_CHARS * detail.fontMetrics().averageCharWidth()
    wrapped = 0
    for width in range(narrowest, narrowest + 240, 6):
        detail.setFixedWidth(width)
        detail.show_contact(cid)
        settle()
        block = detail.document().begin()
        while block.isValid():
            text = block.text()
            if "fjord" in text:
                layout = block.layout()
                for n in range(1, layout.lineCount()):
                    start = layout.lineAt(n).textStart()
                    before = text[:start].replace("\u200b", "").replace("\u2060", "")
                    assert before.endswith("@"), (width, before)
                    wrapped += 1
            block = block.next()
    assert wrapped, "the address never wrapped"
    plain = style.address_breaks(address).replace("\u200b", "").replace("\u2060", "")
    assert plain == address
    assert "mailto:" + address in detail.contact_html(get_contact(w.journal, cid))


def test_the_role_line_keeps_a_gap_above_the_facts(make_window, qtbot):
    """ "Coach · Fjordwerk UX · Kiel" sat directly on the facts table."""
    from PySide6.QtGui import QTextTable

    w = make_window()
    cid = create_contact(
        w.journal,
        ContactRecord(given_name="Nils", family_name="Özdemir", role="Coach",
                      organisation="Fjordwerk UX", city="Kiel",
                      channels=[Channel("email", "nils@fjordwerk.example")]),
    ).value.id  # fmt: skip
    detail = w.contacts.detail
    detail.show_contact(cid)
    settle()
    doc = detail.document()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid() and "Fjordwerk UX" not in block.text():
        block = block.next()
    assert block.isValid()
    role_bottom = layout.blockBoundingRect(block).bottom()
    table = next(f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable))
    first_cell = table.cellAt(0, 0).firstCursorPosition().block()
    assert "E-mail" in first_cell.text() or "E-Mail" in first_cell.text()
    cell_top = layout.blockBoundingRect(first_cell).top()
    assert cell_top - role_bottom >= style.SPACE.S, (role_bottom, cell_top)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_empty_contact_page_wraps_its_hint_between_words(qtbot, journal, lang):
    # It wrapped "zu s" / "ehen": the hint's spaces were non-breaking (Qt's "pre" mode).
    import datetime as dt

    from netzjournal.ui.contacts.detail import ContactDetail

    with in_language(lang):
        detail = ContactDetail(journal, lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(detail)
    detail.resize(180, 300)
    detail.show()
    qtbot.waitExposed(detail)
    block = detail.document().firstBlock()
    while block.isValid() and not block.text().strip():
        block = block.next()
    text, layout = block.text(), block.layout()
    assert layout.lineCount() > 1, text
    for i in range(layout.lineCount() - 1):
        line = layout.lineAt(i)
        end = line.textStart() + line.textLength()
        assert text[end - 1] == " ", (text[line.textStart() : end], text[end:])
