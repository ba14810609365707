"""The yearly review as a fourth view: year selector, charts, figures, exports.

The review is made on a worker thread (ui/review/job.py): the view shows at once,
with the year's heading and "Building the review…" (or, for a change to the journal,
the review it shows and "Updating the review…"), and takes the answer to the latest
question only. What it shows (``figures``) is what Save and Print write.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from netzjournal.review.figures import YearFigures, default_year
from netzjournal.review.render import labels, markdown, sections_html
from netzjournal.store.changes import ChangeSet
from netzjournal.store.journal import Journal
from netzjournal.store.listings import years_with_entries
from netzjournal.store.reading import get_setting
from netzjournal.ui import style
from netzjournal.ui.background import run_in_background
from netzjournal.ui.events import AppEvents
from netzjournal.ui.refresh import DeferredRefresh
from netzjournal.ui.review.charts import (
    ChartWidget,
    calendar_height,
    paint_calendar,
    paint_month_bars,
)
from netzjournal.ui.review.job import Answer, ReviewJob, answer
from netzjournal.ui.texts import ui_language
from netzjournal.ui.wrapping_bar import WrappingBar


class ReviewPane(QWidget):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPane")
        self.journal, self.today = journal, today
        self.figures: YearFigures | None = None  # the review shown (saved, printed)
        self._job: ReviewJob | None = None  # the question being answered
        self.year = QComboBox()
        self.year.setObjectName("reviewYear")
        self.year.setAccessibleName(self.tr("Year of the review"))
        pdf = QPushButton(self.tr("Save as PDF…"))
        pdf.setObjectName("reviewPdf")
        # Said as what it is to a reader (a text file, headings marked with "#"), not
        # by the format's name; the content is Markdown as before.
        md = QPushButton(self.tr("Save as text file…"))
        md.setObjectName("reviewMarkdown")
        printing = QPushButton(self.tr("Print…"))
        printing.setObjectName("reviewPrint")
        # Private remarks and people's topics stay out of what leaves the app unless
        # asked for, as the export's "Include private fields": a printed review is
        # passed around.
        self.private = QCheckBox(self.tr("Include private details"))
        self.private.setObjectName("reviewPrivate")
        self.private.setToolTip(
            self.tr(
                "Saved and printed reviews leave out your private remarks and the topics "
                "of your contacts unless this is ticked."
            )
        )
        self._exports = (pdf, md, printing, self.private)
        pdf.clicked.connect(self.save_pdf)
        md.clicked.connect(self.save_markdown)
        printing.clicked.connect(self.print_review)
        bar = WrappingBar()  # (the buttons on a line of their own when narrow)
        bar.add_group(QLabel(self.tr("Year")), self.year)
        bar.add_group(self.private, right=True)  # (wraps apart from the buttons: German)
        bar.add_group(pdf, md, printing, right=True)
        self.heading = QLabel()
        style.set_type(self.heading, style.Type.TITLE)
        # "Building the review…": while a year's review is made (a quiet line,
        # no animation; the window stays usable meanwhile).
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("reviewStatus")
        style.quiet(self.status)
        self.status.hide()
        self.months = ChartWidget(lambda p, r, pal: None, 240)
        self.months.setObjectName("monthChart")
        self.calendar = ChartWidget(lambda p, r, pal: None, 60)  # (grows with its width)
        self.calendar.setObjectName("calendarChart")
        self.calendar.follow_width(lambda w: calendar_height(w, self.calendar.font()))
        self.body = QTextBrowser()
        self.body.setObjectName("reviewBody")
        self.body.setAccessibleName(self.tr("Yearly review"))
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.body.setVerticalScrollBarPolicy(self.body.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(style.SPACE.M, style.SPACE.M, style.SPACE.M, style.SPACE.M)
        column.setSpacing(style.SPACE.S)
        column.addWidget(self.heading)
        column.addWidget(self.status)
        self.months_label = QLabel()
        self.calendar_label = QLabel()
        for label in (self.months_label, self.calendar_label):
            style.set_type(label, style.Type.SECTION)
        column.addWidget(self.months_label)
        column.addWidget(self.months)
        column.addSpacing(style.SPACE.M)  # between sections
        column.addWidget(self.calendar_label)
        column.addWidget(self.calendar)
        column.addWidget(self.body, 1)
        # While the page is hidden (the review being made), the room stays below the
        # heading and its status line rather than spreading them down the view.
        column.addStretch(0)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        style.pane_margins(layout)
        layout.setSpacing(style.SPACE.S)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self._fill_years()
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresher = DeferredRefresh(self, self._on_changed, delay_ms=100)
        events.changed.connect(self._outdated)
        events.changed.connect(self.refresher.changed)
        self.refresh()

    def _fill_years(self) -> None:
        # Years that have happened: a future year holds only planned evenings (a
        # series' next occurrences), and that is no review.
        now = self.today().year
        years = {y for y in years_with_entries(self.journal) if y <= now} | {now}
        chosen = self.year.currentData()  # kept when the list is filled again
        self.year.blockSignals(True)
        self.year.clear()
        for y in sorted(years, reverse=True):
            self.year.addItem(str(y), y)
        wanted = chosen if chosen in years else default_year(self.today())
        self.year.setCurrentIndex(max(self.year.findData(wanted), 0))
        self.year.blockSignals(False)

    def _on_changed(self, _changes: ChangeSet) -> None:
        self._fill_years()  # a note may open a year the list did not have
        self.refresh()

    def _outdated(self, _changes: ChangeSet) -> None:
        """The journal changed: a review being made now may have read it before the
        change, so it is dropped at once (the refresh asks again once the view shows)."""
        if self._job is not None:
            self._job.stop()
            self._job = None

    def stop(self) -> None:
        """Drop the review being made (the window closes: its reads must not hold up
        the journal's last checkpoint)."""
        self._outdated(ChangeSet())

    @property
    def busy(self) -> bool:
        """A review is being made (the one shown, if any, is not the latest)."""
        return self._job is not None

    def refresh(self) -> None:
        """Ask for the chosen year's review; it is shown when made, unless asked again."""
        year = self.year.currentData() or default_year(self.today())
        if self._job is not None:
            self._job.stop()
        job = self._job = ReviewJob(year)
        updating = self.figures is not None and self.figures.year == year
        self.heading.setText(labels(ui_language())["title"].format(year=year))
        if updating:  # the shown review stays until the new one is in
            self.status.setText(self.tr("Updating the review…"))
        else:
            self.figures = None
            self.status.setText(self.tr("Building the review…"))
            self._show_parts(False)
        self.status.show()
        run_in_background("review", functools.partial(answer, self.journal, job), self._answered)

    def _answered(self, reply: Answer) -> None:
        if reply.job is not self._job:
            return  # a question no longer asked (another year, a change meanwhile)
        self._job = None
        if reply.figures is None:
            self.figures = None
            self._show_parts(False)
            self.status.setText(self.tr("The review could not be made. Details are in the log."))
            return
        self.status.hide()
        self._show(reply.figures)

    def _show_parts(self, shown: bool, charts: bool = True) -> None:
        """The charts (with ``charts``), the page and the exports shown, or all hidden."""
        for widget in (self.months, self.calendar, self.months_label, self.calendar_label):
            widget.setVisible(shown and charts)
        self.body.setVisible(shown)
        for button in self._exports:
            button.setEnabled(shown)

    def _show(self, f: YearFigures) -> None:
        self.figures, year = f, f.year
        t = labels(ui_language())
        self.heading.setText(t["title"].format(year=year))
        self.months_label.setText(t["per_month"])
        self.calendar_label.setText(t["calendar"])
        years = (str(year), str(year - 1))
        self.months.set_paint(
            lambda p, r, pal: paint_month_bars(
                p, r, f.per_month, f.per_month_prev, t["months"], years, pal
            )
        )
        self.calendar.set_paint(
            lambda p, r, pal: paint_calendar(
                p, r, year, f.per_day, t["months"], pal, t["weekdays"], t["legend"]
            )
        )
        self._show_parts(True, charts=not f.empty)
        self._render_body()

    def _render_body(self) -> None:
        figures = getattr(self, "figures", None)  # (None: a palette change during __init__)
        if figures is None:
            return
        muted = style.css(style.secondary_text(self.palette()))  # last year's figures
        # (On screen with the private remarks: the view stays in the app.)
        self._last_html = sections_html(figures, ui_language(), muted=muted, private=True)
        self.body.setHtml(self._last_html)
        self._size_headings()
        self.body.document().setTextWidth(max(400, self.body.viewport().width()))
        self.body.setMinimumHeight(int(self.body.document().size().height()) + 20)

    def _size_headings(self) -> None:
        """The page's headings at the section and body sizes, like the chart captions.

        Qt sizes <h2> by a relative step that no style sheet overrides (it came out
        nearly as large as the view's title), so the step is replaced by a size.
        """
        doc = self.body.document()
        style.size_headings(doc, {2: style.Type.SECTION, 3: style.Type.BODY}, self.body.font())
        # Space under each table: the heading after one sat on its last row ("Nach Art"
        # under "Das Jahr auf einen Blick"; a block's top margin is not kept there).
        for frame in doc.rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                spaced = frame.format()
                spaced.setBottomMargin(max(spaced.bottomMargin(), style.SPACE.L))
                frame.setFormat(spaced)

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.PaletteChange:  # light <-> dark: the HTML's grey follows
            self._render_body()

    def user_name(self) -> str:
        value = get_setting(self.journal, "user.name", "")
        return value if isinstance(value, str) else ""

    def save_pdf(self, path: str | None = None) -> Path | None:
        from netzjournal.ui.review.export import write_pdf

        return self._save(path, self.tr("Save the review as PDF"), "pdf", self.tr("PDF (*.pdf)"),
                          write_pdf)  # fmt: skip

    def save_markdown(self, path: str | None = None) -> Path | None:
        from netzjournal.private_files import write_named_text

        def write(figures: YearFigures, to: Path, language: str, user: str, on: dt.date,
                  private: bool) -> Path:  # fmt: skip
            return write_named_text(to, markdown(figures, language, user, on, private))

        return self._save(path, self.tr("Save the review as a text file"), "md",
                          self.tr("Text file (*.md *.txt)"), write)  # fmt: skip

    def _save(self, path: str | None, title: str, suffix: str, kinds: str,
              write: Callable[..., Path]) -> Path | None:  # fmt: skip
        """The shown year's review written by ``write`` to ``path`` (asked for if not
        given); None if there is none, the person cancelled, or it could not be written."""
        if self.figures is None:
            return None
        if not path:
            from netzjournal.ui import file_places

            # Named as its title ("Jahresrückblick 2026.pdf"), not after the program.
            title_of = labels(ui_language())["title"].format(year=self.figures.year)
            default = file_places.start_at("export", f"{title_of}.{suffix}")
            path, _ = QFileDialog.getSaveFileName(self, title, default, kinds)
            if path:
                file_places.chosen("export", path)
        if not path:
            return None
        try:
            return write(
                self.figures,
                Path(path),
                ui_language(),
                self.user_name(),
                self.today(),
                private=self.private.isChecked(),
            )
        except OSError as exc:
            from netzjournal.ui.texts import file_not_saved_text

            QMessageBox.warning(self, self.tr("Not saved"), file_not_saved_text(exc))
            return None

    def print_review(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from netzjournal.ui.review.export import build_document, print_document

        if self.figures is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            doc = build_document(
                self.figures,
                ui_language(),
                self.user_name(),
                self.today(),
                self.private.isChecked(),
            )
            print_document(doc, printer)
