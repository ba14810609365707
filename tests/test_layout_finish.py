"""Issue 16, layout details seen at laptop sizes in both languages: buttons as wide
as they need, lines that break at sensible points, boxes with room around their
content, the same columns in German and English."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from netzjournal.ui.i18n import install_translators

TODAY = dt.date(2026, 11, 29)
SELECTABLE = Qt.ItemFlag.ItemIsSelectable


def _card(qtbot, name: str = "Anna Weiß", opener: bool = False):
    from netzjournal.coach import rules
    from netzjournal.coach.engine import Suggestion
    from netzjournal.coach.openers import Opener
    from netzjournal.ui.coach.card import SuggestionCard

    s = Suggestion(
        contact_id=1, name=name, warmth=rules.Warmth(0.5, []), due=True, overdue=1.2,
        days_since=100, cadence=90, occasions=[], last_kind="coffee", reason="…",
        email="anna@example.org", language="de", address_form="Sie",
        openers=[Opener("coffee", "Kaffee?", "Guten Tag,\n\nKaffee?")] if opener else [],
    )  # fmt: skip
    card = SuggestionCard(s, "")
    qtbot.addWidget(card)
    card.resize(320, card.sizeHint().height())
    card.show()
    qtbot.waitExposed(card)
    return card


def test_later_is_as_wide_as_its_text_and_arrow_need(qtbot, language):
    """One mechanism: the push button's own size hint makes room for its menu arrow
    (a minimum width on top of it left another arrow's width empty)."""
    card = _card(qtbot)
    later = card.actions_["later"]
    assert later.text() == {"de": "Später", "en": "Later"}[language]
    assert later.minimumWidth() == 0
    assert later.width() == later.sizeHint().width()
    arrow = later.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, later)
    # Fusion centres the text in the button less the arrow's width at the right and
    # draws the arrow from ``right - arrow + 2``.
    text_right = (later.width() - arrow) / 2 + later.fontMetrics().horizontalAdvance(
        later.text()
    ) / 2
    arrow_left = later.rect().right() - arrow + 2
    assert arrow_left - text_right >= 4, (later.width(), text_right, arrow_left)
    more = card.actions_["more"]  # draws no arrow: no room kept for one
    assert more.minimumWidth() == 0
    assert more.width() == more.sizeHint().width()


def test_a_long_namesake_label_is_cut_on_a_card_and_whole_in_its_tooltip(qtbot):
    """It wrapped to three bold lines in the narrow coach: now the name on one bold
    line, the detail that tells the namesakes apart on one line below it."""
    from PySide6.QtWidgets import QLabel

    whole = "Anna Müller · Stadtwerke München Energie und Wasser GmbH, München-Schwabing"
    card = _card(qtbot, whole)
    name = card.findChild(QLabel, "suggestionName")
    detail = card.findChild(QLabel, "suggestionDetail")
    assert name.font().bold() and not detail.font().bold()
    assert name.text() == "Anna Müller" and detail.isVisible()
    assert detail.text().startswith("Stadtwerke München") and detail.text().endswith("…")
    for label in (name, detail):
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
        assert label.height() < 2 * label.fontMetrics().lineSpacing()
        assert whole in label.toolTip()
    assert card.width() == 320  # the card was not widened for it
    card.resize(2000, card.height())  # room enough: the whole detail
    assert detail.text() == "Stadtwerke München Energie und Wasser GmbH, München-Schwabing"
    assert not _card(qtbot).findChild(QLabel, "suggestionDetail").isVisible()  # no namesake


def test_a_long_name_puts_the_warmth_bar_below_it_rather_than_be_cut(qtbot, language):
    """At 1366 px the coach's cards cut long names beside the warmth bar ("Mareike
    Neuma…"), at 800 px beside "Bearbeiten" too. Where the whole name does not fit
    beside the bar, the bar goes below it; where it does not fit beside "Edit"
    either, bar and "Edit" go below it; where it does, all stand beside it as
    before. The font stays the same."""
    from PySide6.QtWidgets import QLabel

    whole = "Mareike Neumann-Hagedorn"
    card = _card(qtbot, whole, opener=True)
    name, bar, edit = card.findChild(QLabel, "suggestionName"), card.bar, card.toggle
    size = name.font().pointSizeF()
    wide = name.fontMetrics().horizontalAdvance(whole)

    def below(widget) -> bool:
        return widget.geometry().top() >= name.geometry().bottom()

    assert edit.isVisible() and wide > card.width() // 2  # (long indeed)
    for width, bar_below, edit_below in (
        (wide + edit.width() + 40, True, False),  # beside "Edit", not beside the bar too
        (wide + 40, True, True),  # the name alone on its line
        (900, False, False),  # room enough: all on one line
    ):
        card.resize(width, card.height())
        qtbot.waitUntil(lambda: name.text() == whole)
        assert (below(bar), below(edit)) == (bar_below, edit_below), width
        assert bar.isVisible() and edit.isVisible()
        assert name.fontMetrics().horizontalAdvance(whole) <= name.contentsRect().width()
    assert bar.geometry().left() > name.geometry().right()
    short = _card(qtbot, "Anna Weiß", opener=True)  # a short name: all beside it at 320
    label = short.findChild(QLabel, "suggestionName")
    assert short.bar.geometry().top() < label.geometry().bottom()
    assert short.toggle.geometry().top() < label.geometry().bottom()
    assert name.font().pointSizeF() == size


def test_the_recovery_key_has_room_on_either_side(qtbot, language):
    """The English box was as wide as the key (~12 px from its edge); a six-group
    sample in the screenshots also hid the real key's width and left an empty line."""
    from PySide6.QtWidgets import QLabel

    from netzjournal.ui.dialog_shots import SAMPLE_RECOVERY_KEY
    from netzjournal.ui.privacy import RecoveryKeyDialog

    assert len(SAMPLE_RECOVERY_KEY.split("-")) == 14
    for key in (SAMPLE_RECOVERY_KEY, "ABCD-EFGH"):
        dialog = RecoveryKeyDialog(key)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        shown = dialog.findChild(QLabel, "recoveryKey")
        lines = shown.text().split("\n")
        assert all(lines) and "".join(lines).replace("-", "") == key.replace("-", "")
        metrics = shown.fontMetrics()
        ink = max(metrics.horizontalAdvance(line) for line in lines)
        left = shown.mapTo(dialog, shown.contentsRect().topLeft()).x()
        left += (shown.contentsRect().width() - ink) // 2  # centred
        right = dialog.width() - (left + ink)
        room = 3 * dialog.fontMetrics().averageCharWidth()
        assert left >= room and right >= room, (left, right, dialog.width())
        assert abs(left - right) <= 2
        dialog.hide()


def test_the_contacts_show_the_same_columns_in_both_languages(make_window, qtbot, tmp_path):
    """At 1024 with the coach English showed "Last contact" where German showed "Nähe":
    the wider German title did not fit, and a narrower column of lower priority took
    its place. Columns now come strictly by priority, and the titles fit alike (the
    sort arrow's room only in the sorted column's title)."""
    from PySide6.QtWidgets import QApplication
    from uihelpers import settle

    from netzjournal.demo.generator import DemoSpec, generate_into
    from netzjournal.store.journal import Journal

    app = QApplication.instance()
    seen: dict[str, dict[tuple[int, int, bool], list[int]]] = {}
    for language in ("de", "en"):
        installed = install_translators(app, language)
        try:
            journal = Journal.open(tmp_path / language / "journal.sqlite3")
            generate_into(journal, DemoSpec(50, 3, seed=1, today=TODAY))
            w = make_window(journal)
            _ = w.coach
            fitter = w.contacts.columns
            header = fitter.header
            shown_by: dict[tuple[int, int, bool], list[int]] = {}
            for width, height in ((1024, 700), (1280, 800), (1920, 1080)):
                for folded in (False, True):
                    if w.coach_dock.collapsed != folded:
                        button = (
                            w.coach_dock.collapse_button if folded else w.coach_dock.expand_button
                        )
                        button.click()
                    w.resize(width, height)
                    settle()
                    if not folded:  # the same room for the list in both languages
                        w.resizeDocks([w.coach_dock], [320], Qt.Orientation.Horizontal)
                        settle()
                    fitter.fit()
                    shown = [c for c in fitter.priority if not header.isSectionHidden(c)]
                    # By priority: what is shown is the head of the priority list.
                    assert shown == fitter.priority[: len(shown)], (language, width, shown)
                    shown_by[(width, height, folded)] = shown
            if w.coach_dock.collapsed:
                w.coach_dock.expand_button.click()
            seen[language] = shown_by
            w.close()
        finally:
            for translator in installed:
                app.removeTranslator(translator)
    # Both languages show the same columns, coach shown or folded: English titles
    # asked ~60 px more (Qt kept the sort arrow's room in every title), and folded at
    # 1024 English showed one column fewer.
    for size, shown in seen["de"].items():
        assert shown == seen["en"][size], (size, shown, seen["en"][size])
    assert len(seen["de"][(1024, 700, False)]) >= 3


def test_the_notes_list_shows_three_people_whole_at_1920(language, demo_window, qtbot):
    """At 1920 the kind and the date grew with the room to spare (the kind to ~240 px)
    while "Mit" of an evening with three people was cut."""
    from uihelpers import settle

    from netzjournal.ui.main_window import NOTES
    from netzjournal.ui.notes.model import NotesListModel as N
    from netzjournal.ui.notes.pane import LIST_TEXT_CHARS

    w = demo_window
    _ = w.coach
    w.show_view(NOTES)
    w.resize(1920, 1080)
    settle()
    table = w.notes.list
    header, model, metrics = table.horizontalHeader(), table.model(), table.fontMetrics()
    cap = LIST_TEXT_CHARS * metrics.averageCharWidth()
    people = [str(model.index(r, N.PEOPLE).data() or "") for r in range(model.rowCount())]
    three = [p for p in people if p.count(";") == 2]
    assert three, people[:20]
    widest = max(metrics.horizontalAdvance(p) for p in three)
    assert widest <= cap
    assert header.sectionSize(N.PEOPLE) >= widest + 6, (header.sectionSize(N.PEOPLE), widest)
    for column in (N.DATE, N.KIND):  # whole, and no wider than asked
        assert header.sectionSize(column) == w.notes.columns._width(column)


def test_a_title_keeps_room_for_the_sort_arrow_only_where_it_is(qtbot):
    """Qt's size hint adds the arrow's room to every title of a sortable table; the
    room :func:`title_width` takes off is exactly that (measured with the arrow off)."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from netzjournal.ui.header_width import arrow_room, title_width

    model = QStandardItemModel(1, 3)
    model.setHorizontalHeaderLabels(["Name", "Last contact", "Closeness"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    header = view.horizontalHeader()
    plain = [header.sectionSizeHint(c) for c in range(3)]
    assert arrow_room(header) == 0
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert arrow_room(header) > 0
    assert [header.sectionSizeHint(c) for c in range(3)] == [p + arrow_room(header) for p in plain]
    assert [title_width(header, c) for c in range(3)] == [header.sectionSizeHint(0), *plain[1:]]


def test_a_fit_measures_each_title_once_and_a_hidden_view_not_at_all(qtbot, tmp_path, monkeypatch):
    """A title's measure calls the model's headerData from Qt several times (~70,000
    instructions through the contacts' Python model): a fit asked each title up to four
    times, and reading the saved choice fitted the window before it was shown (the start
    measured titles 64 times before its first paint)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from netzjournal.ui import columns

    measured: list[int] = []
    real = columns.title_width

    def counted(header, column, room=None):
        measured.append(column)
        return real(header, column, room)

    monkeypatch.setattr(columns, "title_width", counted)
    model = QStandardItemModel(3, 4)
    model.setHorizontalHeaderLabels(["Name", "Organisation", "Stadt", "Zuletzt"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.resize(800, 300)
    fitter = columns.ColumnFitter(view, priority=(0, 1, 2, 3), widths={c: 90 for c in range(4)})
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    fitter.attach_settings(lambda: settings, "columns/test")
    assert measured == []  # not shown yet: the show's resize fits it
    view.show()
    qtbot.waitExposed(view)
    assert measured  # fitted when shown
    assert all(not fitter.header.isSectionHidden(c) for c in range(4))
    measured.clear()
    fitter.fit()
    assert sorted(measured) == [0, 1, 2, 3]


def test_coach_folded_at_1920_the_notes_list_shows_an_evenings_people_whole(
    language, demo_window, qtbot
):
    """Folded, the editor took every pixel beyond what the list's text wanted up to 60
    characters (~1010 px of empty text box) while "Mit" of evenings with four or more
    people was cut: the list now gets the room beyond the editor's reading width."""
    from uihelpers import settle

    from netzjournal.ui.main_window import NOTES
    from netzjournal.ui.notes.model import NotesListModel as N

    w = demo_window
    _ = w.coach
    w.show_view(NOTES)
    w.coach_dock.collapse_button.click()
    w.resize(1920, 1080)
    settle()
    table = w.notes.list
    header, model, metrics = table.horizontalHeader(), table.model(), table.fontMetrics()
    people = [str(model.index(r, N.PEOPLE).data() or "") for r in range(model.rowCount())]
    many = [p for p in people if p.count(";") >= 4]  # five people or more
    assert many, people[:20]
    widest = max(metrics.horizontalAdvance(p) for p in many)
    assert header.sectionSize(N.PEOPLE) >= widest + 6, (header.sectionSize(N.PEOPLE), widest)
    assert w.notes.editor.width() >= w.notes.editor_reading  # the editor keeps its width


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_notes_editor_keeps_kind_and_direction_side_by_side(language, demo_window, size):
    """Giving the list the room beyond the editor's reading width put the German
    direction ("Ich habe mich gemeldet") under the kind at 1920 with the coach: the
    editor keeps the width at which its rows stand side by side."""
    from uihelpers import settle

    from netzjournal.ui.main_window import NOTES

    w = demo_window
    _ = w.coach
    w.show_view(NOTES)
    w.resize(*size)
    settle()
    editor = w.notes.editor
    if size[0] >= 1920:
        assert editor.kind.y() == editor.direction.y(), (editor.width(), editor.roomy_width())
    assert w.notes.list.width() >= w.notes.splitter.width() * 2 // 5 - 8  # the narrow share


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1920, 1080)])
def test_the_welcome_column_stands_in_the_middle_at_a_reading_width(
    qtbot, tmp_path, language, size
):
    """At 1920 the welcome column hugged the top left (720 px of text, buttons of 300,
    the rest of the screen empty). It stands centred now, a little above the middle,
    as wide as a reading line, and whole at 1024x700."""
    from PySide6.QtWidgets import QLabel

    from netzjournal import paths
    from netzjournal.ui.actions import Actions
    from netzjournal.ui.welcome import READING_CHARS, WelcomePage

    where = paths.resolve(tmp_path / "data").ensure()
    page = WelcomePage(where, Actions(None))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    column = page.column.geometry()
    width, height = size
    em = page.fontMetrics().averageCharWidth()
    assert column.width() <= READING_CHARS * em
    assert abs(column.left() - (width - 1 - column.right())) <= 2, (column, size)
    assert column.top() >= 0 and column.bottom() < height
    assert column.center().y() <= height // 2 + 1  # at or above the middle
    if width >= 1280:
        assert column.left() >= width // 8  # not hugging the edge
    for label in page.column.findChildren(QLabel):  # each sentence whole
        if label.wordWrap() and label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1920, 1080)])
def test_the_events_add_a_person_hint_fits_its_field(language, demo_window, qtbot, size):
    """ "Person hinzufügen: Namen tippen, dann E…" was cut at 1280 with the coach: a
    sentence as a placeholder. The hint is short, whole at every size, with the coach."""
    from uihelpers import settle

    from netzjournal.ui.main_window import EVENTS

    w = demo_window
    _ = w.coach
    w.show_view(EVENTS)
    w.resize(*size)
    settle()
    pane = w.events_pane
    model = pane.model
    rows = [r for r in range(model.rowCount()) if model.flags(model.index(r, 0)) & SELECTABLE]
    pane.table.selectRow(rows[0])
    settle()
    page = pane.page
    for field in (page.picker, page.note):
        assert field.isVisible()
        hint = field.placeholderText()
        # The text's room: Qt's two-pixel margins and the clear button's square.
        button = field.height() if field.isClearButtonEnabled() else 0
        room = field.contentsRect().width() - 2 * 2 - button
        assert field.fontMetrics().horizontalAdvance(hint) <= room, (hint, room, size)
    assert "Enter" in page.picker.toolTip()  # the how-to is still there
    # The name field and the note each have a line of their own.
    assert page.picker.geometry().left() == page.note.geometry().left()
    assert page.picker.width() == page.note.width() > page.status.width()


def test_sorting_by_another_column_gives_its_title_the_arrows_room(language, demo_window, qtbot):
    """Only the sorted column's title keeps the arrow's room: sorting by another one
    fits the columns anew, its title whole beside the arrow."""
    from uihelpers import settle

    from netzjournal.ui.contacts.model import ContactsTableModel as M

    w = demo_window
    _ = w.coach
    w.resize(1280, 800)
    settle()
    table = w.contacts.table
    header = table.horizontalHeader()
    for column in (M.CLOSENESS, M.LAST_CONTACT):
        if header.isSectionHidden(column):
            continue
        table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda c=column: header.sectionSize(c) >= header.sectionSizeHint(c))
        assert header.sortIndicatorSection() == column


def test_the_last_contact_is_whole_wherever_its_column_shows(language, demo_window, qtbot):
    """At 1280 beside the coach "vor einem Jahr" was "vor einem J…": the column wanted
    15 average characters, less than the longest of its few phrases needs ("vor 10
    Monaten"). Every phrase the column can show (texts.relative) is whole."""
    from uihelpers import settle

    from netzjournal.ui import texts
    from netzjournal.ui.contacts.model import ContactsTableModel as M

    w = demo_window
    _ = w.coach
    table = w.contacts.table
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    phrases = {texts.relative(TODAY - dt.timedelta(days=d), TODAY) for d in range(-1, 9000)}
    phrases.add(texts.relative(None, TODAY))
    looked = 0
    for width, height in ((1024, 700), (1280, 720), (1366, 768), (1920, 1080)):
        w.resize(width, height)
        settle()
        w.contacts.columns.fit()
        if header.isSectionHidden(M.LAST_CONTACT):
            continue
        looked += 1
        room = header.sectionSize(M.LAST_CONTACT) - margin
        cut = [t for t in phrases if metrics.horizontalAdvance(t) > room]
        assert not cut, (language, width, room, cut)
    assert looked >= 3


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900)])
def test_one_long_event_name_does_not_hide_who_is_coming(language, demo_window, qtbot, size):
    """One invitation imported with a long name ("Afterwork Vertrieb & Marketing") hid
    the people column ("Zugesagt: 2 · Ich gehe hin") for every event beside the coach:
    the name asked for its whole width before the people were shown at all. A name
    asks for what the usual ones need; more only from the room to spare."""
    from conftest import REPO
    from uihelpers import collect_message_boxes, settle

    from netzjournal.ui.events_tab.model import EventsModel as M
    from netzjournal.ui.main_window import EVENTS

    w = demo_window
    _ = w.coach
    w.show_view(EVENTS)
    w.resize(*size)
    settle()
    header = w.events_pane.table.horizontalHeader()
    assert not header.isSectionHidden(M.PEOPLE), size  # (the demo's events alone)
    invitation = REPO / "tests/data/events/invitations/afterwork-declined.WRITTEN.ics"
    shown = collect_message_boxes()
    w.events_pane.import_file(str(invitation))
    settle()
    assert shown  # (the import's result was said)
    model = w.events_pane.model
    names = [str(model.index(r, M.NAME).data()) for r in range(model.rowCount())]
    assert "Afterwork Vertrieb & Marketing" in names
    assert not header.isSectionHidden(M.PEOPLE), size
    assert not header.isSectionHidden(M.PLACE), size


@pytest.mark.parametrize("screen", [(800, 600), (1366, 768)])
def test_every_settings_placeholder_is_whole(language, demo_window, qtbot, screen):
    """'unterschreibt Ihre Nachrichten und steht auf dem Titelblatt des Jahresrüc…': the
    name's explanation was a placeholder, cut in German at every size. What a field
    says before anything is typed is whole on every page of the settings."""
    from PySide6.QtWidgets import QLineEdit
    from uihelpers import settle

    from netzjournal.ui.settings_dialog import SettingsDialog

    w = demo_window
    w.resize(*screen)
    settle()
    dialog = SettingsDialog(w.paths, w.journal, w)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    checked = 0
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        settle()
        for field in dialog.tabs.currentWidget().findChildren(QLineEdit):
            hint = field.placeholderText()
            if not field.isVisible() or not hint:
                continue
            button = field.height() if field.isClearButtonEnabled() else 0
            room = field.contentsRect().width() - 2 * 2 - button
            assert field.fontMetrics().horizontalAdvance(hint) <= room, (hint, room, screen)
            checked += 1
    assert checked  # (the server address's example at least)
    dialog.reject()


@pytest.mark.parametrize("screen", [(800, 600), (1366, 768)])
def test_the_events_search_says_what_it_searches_whole(language, demo_window, qtbot, screen):
    """„Suchen: Veranstaltung, Ort, wer da war“ was cut at 800×600 (the coach open, as
    by default). The search field's placeholder is whole at both sizes."""
    from uihelpers import settle

    from netzjournal.ui.main_window import EVENTS

    w = demo_window
    _ = w.coach
    w.show_view(EVENTS)
    w.resize(*screen)
    settle()
    field = w.events_pane.search
    hint = field.placeholderText()
    assert field.isVisible() and hint
    button = field.height() if field.isClearButtonEnabled() else 0
    room = field.contentsRect().width() - 2 * 2 - button
    assert field.fontMetrics().horizontalAdvance(hint) <= room, (hint, room, screen)


def test_who_comes_wrapped_over_two_lines_still_reads_as_one_person(german, demo_window, qtbot):
    """At 800×600 "Chloe Hughes · Weserbogen Logistik · Bremen – hat zugesagt" wrapped,
    and its second line ("Logistik · Bremen – hat zugesagt") stood in the list like
    another person. Each person's lines lie on a band of their own."""
    from uihelpers import settle

    from netzjournal.ui.main_window import EVENTS

    w = demo_window
    _ = w.coach
    w.show_view(EVENTS)
    w.resize(800, 600)
    settle()
    pane = w.events_pane
    model = pane.model
    people = pane.page.people
    for row in range(model.rowCount()):
        if not model.flags(model.index(row, 0)) & SELECTABLE:
            continue
        pane.table.selectRow(row)
        settle()
        if people.model().rowCount() >= 2:
            break
    listed = people.model()
    assert listed.rowCount() >= 2
    first, second = (people.visualRect(listed.index(r, 0)) for r in (0, 1))
    assert first.height() > people.fontMetrics().lineSpacing() * 1.5  # (it wraps)
    image = people.viewport().grab().toImage()
    colours = [image.pixelColor(first.right() - 2, r.center().y()) for r in (first, second)]
    assert colours[0] != colours[1], colours
