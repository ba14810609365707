"""The review view on the S demo journal."""

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from netzjournal.ui.main_window import CONTACTS, REVIEW


def made(qtbot, pane):
    """Wait until the review asked for last is made and shown (it is made on a worker)."""
    qtbot.waitUntil(lambda: not pane.busy, timeout=15_000)
    return pane


@pytest.fixture
def review(demo_window, qtbot):
    """The review view of the S demo journal, the window at 1280×800."""
    demo_window.resize(1280, 800)
    demo_window.show_view(REVIEW)
    QApplication.processEvents()
    return made(qtbot, demo_window.review)


def test_review_view_opens_for_the_demo_journal(review, tmp_path, qtbot):
    pane = review
    assert pane.year.currentData() == 2026  # November: this year
    assert pane.figures is not None and pane.figures.meetings > 0
    assert sum(pane.figures.per_month) == pane.figures.meetings
    assert pane.months.isVisible() and pane.calendar.isVisible()
    pane.year.setCurrentIndex(pane.year.findData(2025))
    made(qtbot, pane)
    assert pane.figures.year == 2025
    md = pane.save_markdown(str(tmp_path / "r.md"))
    pdf = pane.save_pdf(str(tmp_path / "r.pdf"))
    assert md.read_text(encoding="utf-8").startswith("#") and pdf.stat().st_size > 10_000
    image = pane.months.grab()
    assert image.width() > 300


def test_the_views_private_remarks_are_saved_only_when_ticked(review, tmp_path, qtbot):
    """The view shows the private remarks; a saved review holds them only with
    „Private Angaben mitnehmen“ ticked (unticked at first, as the vCard export's)."""
    from netzjournal.review.render import labels
    from netzjournal.ui.texts import ui_language

    pane = review
    heading = labels(ui_language())["hooks"]
    hooks = pane.figures.hooks
    assert hooks and heading in pane.body.toPlainText() and hooks[0][0] in pane.body.toPlainText()
    assert not pane.private.isChecked() and pane.private.isEnabled()
    left_out = pane.save_markdown(str(tmp_path / "r.md")).read_text(encoding="utf-8")
    assert heading not in left_out and f"- {hooks[0][0]} (" not in left_out
    topics = labels(ui_language())["topics"]  # (people's topics: private in a vCard)
    assert pane.figures.topics and topics in pane.body.toPlainText() and topics not in left_out
    pane.private.setChecked(True)
    asked = pane.save_markdown(str(tmp_path / "p.md")).read_text(encoding="utf-8")
    assert heading in asked and f"- {hooks[0][0]} (" in asked and topics in asked


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


# -- made on a worker: the view waits calmly, the latest question wins -----------------


class Gates:
    """Holds the review's reading of each year on the worker until the test opens it
    (the real store read runs after the gate: nothing is mocked)."""

    def __init__(self, monkeypatch) -> None:
        import threading

        from netzjournal.store.review_data import review_rows
        from netzjournal.ui.review import job

        self.gates: dict[int, threading.Event] = {}
        self.asked: list[int] = []

        def gated(journal, year):
            self.asked.append(year)
            assert self.gate(year).wait(15)
            return review_rows(journal, year)

        monkeypatch.setattr(job, "review_rows", gated)

    def gate(self, year: int):
        import threading

        return self.gates.setdefault(year, threading.Event())

    def open(self, *years: int) -> None:
        for year in years:
            self.gate(year).set()


def workers_done(qtbot) -> None:
    """Every review worker ended and what it delivered was handled."""
    import threading

    qtbot.waitUntil(lambda: not any(t.name == "review" for t in threading.enumerate()),
                    timeout=15_000)  # fmt: skip
    QApplication.processEvents()


def shown_figures(pane, monkeypatch) -> list[int]:
    """The years whose review the pane shows, in turn."""
    years: list[int] = []
    show = pane._show

    def recorded(figures):
        years.append(figures.year)
        show(figures)

    monkeypatch.setattr(pane, "_show", recorded)
    return years


def test_the_review_shows_at_once_waiting_and_the_window_stays_usable(
    demo_window, qtbot, monkeypatch
):
    """On 50,000 contacts the review took ~3 s on the GUI thread: the window froze. Now
    the tab shows at once with its year and "Building the review…"; meanwhile the
    contacts can be filtered; then the review comes in."""
    gates = Gates(monkeypatch)
    window = demo_window
    window.show_view(REVIEW)
    pane = window.review
    QApplication.processEvents()
    assert pane.busy and pane.figures is None
    assert pane.status.isVisible() and pane.status.text() == "Building the review…"
    assert "2026" in pane.heading.text()
    assert not pane.body.isVisible() and not pane.months.isVisible()
    # Right under the heading (the hidden page's room had spread the two down the view).
    assert pane.status.y() < pane.heading.y() + 2 * pane.heading.sizeHint().height()
    for name in ("reviewPdf", "reviewMarkdown", "reviewPrint"):  # nothing to save yet
        assert not pane.findChild(QPushButton, name).isEnabled()
    assert pane.save_markdown("unused.md") is None
    # The window answers meanwhile: another view, a filter typed.
    window.show_view(CONTACTS)
    everyone = window.contacts.model.rowCount()
    qtbot.keyClicks(window.contacts.filter, "zzzz-nobody")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() < everyone, timeout=5000)
    window.contacts.filter.clear()
    window.show_view(REVIEW)
    # (Its worker reaches the gate when the machine lets it: a loaded CI had not yet.)
    qtbot.waitUntil(lambda: gates.asked == [2026], timeout=15_000)
    assert pane.busy and gates.asked == [2026]
    gates.open(2026)
    made(qtbot, pane)
    assert not pane.status.isVisible()
    assert pane.figures is not None and pane.figures.year == 2026 and pane.figures.meetings > 0
    assert pane.body.isVisible() and pane.months.isVisible() and pane.calendar.isVisible()
    assert all(pane.findChild(QPushButton, n).isEnabled()
               for n in ("reviewPdf", "reviewMarkdown", "reviewPrint"))  # fmt: skip


def test_a_year_switched_while_the_review_is_made_shows_only_the_last_years(
    demo_window, qtbot, monkeypatch
):
    gates = Gates(monkeypatch)
    demo_window.show_view(REVIEW)
    pane = demo_window.review
    shown = shown_figures(pane, monkeypatch)
    for year in (2025, 2024):
        pane.year.setCurrentIndex(pane.year.findData(year))
        assert "Building the review" in pane.status.text() and str(year) in pane.heading.text()
    gates.open(2024)  # the last question is answered first …
    made(qtbot, pane)
    assert shown == [2024]
    gates.open(2026, 2025)  # … the older ones come in after it, and are dropped
    workers_done(qtbot)
    assert shown == [2024] and pane.figures.year == 2024 and not pane.status.isVisible()
    assert "2024" in pane.heading.text()


def test_a_change_while_the_review_is_made_makes_it_again(demo_window, qtbot, monkeypatch):
    """A note saved while the review reads: what the worker read may be from before it,
    so that answer is dropped and the review is made again, with the note."""
    import datetime as dt

    from conftest import note

    from netzjournal.review.figures import review as review_of
    from netzjournal.store.contact_list import contact_rows
    from netzjournal.store.interactions import create_interaction

    window = demo_window
    before = review_of(window.journal, 2026).meetings
    gates = Gates(monkeypatch)
    window.show_view(REVIEW)
    pane = window.review
    shown = shown_figures(pane, monkeypatch)
    first = pane._job
    assert first is not None
    anyone = contact_rows(window.journal)[0].id
    create_interaction(window.journal, note(dt.datetime(2026, 11, 2, 9), [anyone]))
    assert first.stopped and pane._job is not first  # dropped at once
    pane.refresher.flush()  # (it asks again a moment after the change)
    assert pane.busy and pane._job is not first
    gates.open(2026)
    made(qtbot, pane)
    workers_done(qtbot)
    assert gates.asked == [2026, 2026]
    assert shown == [2026] and pane.figures.meetings == before + 1


def test_a_change_keeps_the_shown_review_until_the_new_one_is_in(review, qtbot, monkeypatch):
    """A change (a sync, a note) while the review shows: it stays, "Updating the review…"
    above it, and Save writes it, until the new one replaces it."""
    import datetime as dt

    from conftest import note

    from netzjournal.store.contact_list import contact_rows
    from netzjournal.store.interactions import create_interaction

    pane = review
    old = pane.figures
    gates = Gates(monkeypatch)
    anyone = contact_rows(pane.journal)[0].id
    create_interaction(pane.journal, note(dt.datetime(2026, 11, 3, 9), [anyone]))
    pane.refresher.flush()
    assert pane.busy and pane.figures is old
    assert pane.status.isVisible() and pane.status.text() == "Updating the review…"
    assert pane.body.isVisible() and pane.findChild(QPushButton, "reviewMarkdown").isEnabled()
    gates.open(2026)
    made(qtbot, pane)
    assert pane.figures.meetings == old.meetings + 1 and not pane.status.isVisible()


def test_a_review_that_cannot_be_made_says_so(demo_window, qtbot, monkeypatch):
    from netzjournal.ui.review import job

    def broken(journal, year):
        raise OSError("disk I/O error")

    monkeypatch.setattr(job, "review_rows", broken)
    demo_window.show_view(REVIEW)
    pane = made(qtbot, demo_window.review)
    assert pane.figures is None and not pane.body.isVisible()
    assert pane.status.isVisible() and "could not be made" in pane.status.text()
    assert not pane.findChild(QPushButton, "reviewPdf").isEnabled()


def test_closing_the_window_stops_the_review_being_made(demo_window, qtbot, monkeypatch):
    """Its reads must not hold up the journal's last checkpoint; what it returns is
    dropped."""
    gates = Gates(monkeypatch)
    demo_window.show_view(REVIEW)
    pane = demo_window.review
    job = pane._job
    assert job is not None and not job.stopped
    assert demo_window.close()
    assert job.stopped and not pane.busy
    gates.open(2026)
    workers_done(qtbot)
    assert pane.figures is None


def test_the_year_list_offers_only_years_that_have_happened(journal, make_window, qtbot):
    """A monthly series planned into next year put 2027 in the year list (the German
    walk of November 2026): a year of only planned evenings is no review. The list
    holds the years up to the window's today, with this year even when it is empty."""
    import datetime as dt

    from netzjournal.store.events import create_event
    from netzjournal.store.records import EventRecord

    create_event(journal, EventRecord("Stammtisch", dt.date(2027, 2, 3)))
    create_event(journal, EventRecord("Barcamp", dt.date(2025, 5, 6)))
    window = make_window(journal, dt.date(2026, 11, 22))
    window.show_view(REVIEW)
    pane = made(qtbot, window.review)
    offered = [pane.year.itemData(i) for i in range(pane.year.count())]
    assert offered == [2026, 2025]
    assert pane.year.currentData() == 2026


@pytest.mark.parametrize(
    ("language", "name"),
    [("de", "Jahresrückblick 2026.pdf"), ("en", "Yearly review 2026.md")],
)
def test_the_review_is_offered_under_its_own_title(review, monkeypatch, language, name):
    """The German walk (session 33): Jana's PDF was offered as „netzjournal-2026.pdf“,
    a name that says nothing among her downloads. It is offered as the review's title,
    in the interface language."""
    from pathlib import Path

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []

    def ask(parent, title, default, kinds, *rest, **kw):
        offered.append(default)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    before = QLocale()
    QLocale.setDefault(
        QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)
    )
    try:
        save = review.save_pdf if name.endswith(".pdf") else review.save_markdown
        assert save() is None
    finally:
        QLocale.setDefault(before)
    assert [Path(p).name for p in offered] == [name]


@pytest.mark.plain_only  # (the PDF is a file beside the journal, encrypted or not)
@pytest.mark.parametrize("private", [False, True])
def test_the_review_on_a_full_disk_keeps_the_pdf_before_and_says_so_in_german(
    review, tmp_path, qtbot, german, private
):
    """Saved again over last week's PDF on a full disk (a small tmpfs, as root), with
    the private remarks or without: the PDF before is whole, nothing is left beside
    it, and the words are German. Before: „[Errno 28] No space left on device: …“."""
    from test_storage_trust import IS_ROOT, digest, fill_disk, tmpfs
    from test_write_faults_s33 import _Boxes

    if not IS_ROOT:
        pytest.skip("needs root to mount a small tmpfs")
    with tmpfs(tmp_path / "disk", "4m") as disk:
        review.private.setChecked(private)
        pdf = disk / "Jahresrückblick 2026.pdf"
        assert review.save_pdf(str(pdf)) == pdf
        before = digest(pdf)
        fill_disk(disk)
        boxes = _Boxes()
        assert review.save_pdf(str(pdf)) is None
        qtbot.waitUntil(lambda: bool(boxes.seen), timeout=10_000)
        assert digest(pdf) == before
        assert sorted(p.name for p in disk.iterdir()) == sorted([pdf.name, "filler"])
    assert boxes.seen == [
        "Jahresrückblick 2026.pdf wurde nicht gespeichert: der Datenträger ist voll. "
        "Eine Datei dieses Namens von vorher ist unverändert."
    ]
