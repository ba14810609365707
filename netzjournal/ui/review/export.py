"""The review as an A4 PDF (QPdfWriter + QTextDocument) and through the print dialog.

One HTML document — a title page, the charts as images, the figures — is
laid out by Qt's text engine, which breaks pages between blocks.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, QSizeF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from netzjournal.localized import format_date
from netzjournal.review.figures import YearFigures
from netzjournal.review.render import labels, sections_html
from netzjournal.ui.review.charts import paint_calendar, paint_month_bars, render_image

CHART_WIDTH = 600  # px at 96 dpi: fits A4 within Qt's 2 cm print margins


def build_document(
    f: YearFigures, language: str, user_name: str, made_on: dt.date
) -> QTextDocument:
    t = labels(language)
    doc = QTextDocument()
    months = render_image(
        QSize(CHART_WIDTH, 260),
        lambda p, r: paint_month_bars(
            p, r, f.per_month, f.per_month_prev, t["months"], (str(f.year), str(f.year - 1))
        ),
    )
    calendar = render_image(
        QSize(CHART_WIDTH, 110), lambda p, r: paint_calendar(p, r, f.year, f.per_day, t["months"])
    )
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:months"), months)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:calendar"), calendar)
    e = html.escape
    # The title page is one table (Qt keeps it together); the body starts on
    # a new page through page-break-before on the block after it.
    name_line = f"<p style='font-size: 18pt'>{e(t['for'].format(name=user_name))}</p>"
    made = e(t["made"].format(date=format_date(made_on, language)))
    title = (
        "<table width='100%' style='margin-top: 160px'><tr><td>"
        f"<p style='font-size: 34pt; font-weight: bold'>{e(t['title'].format(year=f.year))}</p>"
        + (name_line if user_name else "")
        + f"<p style='color: #777'>{made}</p></td></tr></table>"
        "<p style='page-break-before: always'></p>"
    )
    charts = {"months": "chart:months", "calendar": "chart:calendar"}
    style = "<style>h2 { margin-top: 14px; } td, li, p { font-size: 10pt; }</style>"
    doc.setHtml(style + title + sections_html(f, language, charts if not f.empty else None))
    return doc


def write_pdf(f: YearFigures, path: Path, language: str = "de", user_name: str = "",
              made_on: dt.date | None = None) -> Path:  # fmt: skip
    """Write the review to ``path`` as an A4 PDF; returns the path.

    A new file is created owner-only (0600); a place that cannot be written
    raises :class:`OSError` (Qt's writer would fail without a word).
    """
    from netzjournal.private_files import create_private

    made_on = made_on or dt.date.today()
    doc = build_document(f, language, user_name, made_on)
    create_private(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(labels(language)["title"].format(year=f.year))
    writer.setCreator("netzjournal")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    print_document(doc, writer)
    del writer  # closes the file
    if path.stat().st_size == 0:
        raise OSError(f"{path}: nothing could be written (is the disk full?)")
    return path


FOLLOWING_BLOCKS = 4  # a heading stays with this much of what it heads (rows, items)


def _paginated_copy(doc: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """``doc`` laid out as ``QTextDocument.print_`` lays out an unpaginated
    document: on the device, 2 cm margins, pages of the device's size."""
    copy = doc.clone(doc)  # the parent: images are looked up in ``doc``'s resources
    copy.documentLayout().setPaintDevice(device)
    # print_'s margins: 2 cm at the screen's resolution (the layout scales them).
    screen = QGuiApplication.primaryScreen()
    dpi_x = round(screen.logicalDotsPerInchX()) if screen else 100
    dpi_y = round(screen.logicalDotsPerInchY()) if screen else 100
    frame = copy.rootFrame().frameFormat()
    frame.setLeftMargin(int((2 / 2.54) * dpi_x))
    frame.setRightMargin(int((2 / 2.54) * dpi_x))
    frame.setTopMargin(int((2 / 2.54) * dpi_y))
    frame.setBottomMargin(int((2 / 2.54) * dpi_y))
    copy.rootFrame().setFrameFormat(frame)
    copy.setPageSize(QSizeF(device.width(), device.height()))
    return copy


def keep_headings_with_next(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Move every heading that would end a page without the start of what it heads
    to the next page (Qt's HTML layout knows no "keep with next"); returns how many.

    A heading's block and the next few blocks (table cells, list items, an image)
    must start on one page; else the heading gets a page break before it. The
    layout is repeated after each move, since a move shifts every page after it.
    """
    moved = 0
    for _ in range(50):
        copy = _paginated_copy(doc, device)
        layout, height = copy.documentLayout(), copy.pageSize().height()
        block, found = copy.begin(), None
        while block.isValid() and found is None:
            if block.blockFormat().headingLevel() and block.text().strip():
                page = int(layout.blockBoundingRect(block).top() // height)
                last, follow = block, block.next()
                for _ in range(FOLLOWING_BLOCKS):
                    if not follow.isValid() or follow.blockFormat().headingLevel():
                        break
                    last, follow = follow, follow.next()
                # The first line of the last of them (a long paragraph may go on).
                first_line = last.layout().lineAt(0) if last.layout().lineCount() else None
                top = layout.blockBoundingRect(last).top()
                bottom = top + (first_line.height() if first_line else 0)
                if last != block and int((bottom - 1) // height) != page:
                    found = block.blockNumber()
            block = block.next()
        copy.deleteLater()
        if found is None:
            return moved
        target = doc.findBlockByNumber(found)
        fmt = target.blockFormat()
        if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            return moved  # already at the top of a page: taller than what is left
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(target).setBlockFormat(fmt)
        moved += 1
    return moved


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay ``doc`` out on the device's pages (a QPdfWriter or a QPrinter).

    The document is left unpaginated, so Qt breaks it into pages at the
    device's size and resolution (fonts keep their point sizes); headings are
    first kept with what follows them.
    """
    keep_headings_with_next(doc, device)
    doc.print_(device)
