"""The review as an A4 PDF (QPdfWriter + QTextDocument) and through the print dialog.

One HTML document — the title, the charts as images, the figures — is laid
out by Qt's text engine, which breaks pages between blocks.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from netzjournal.localized import format_date
from netzjournal.review.figures import YearFigures
from netzjournal.review.render import CHART_WIDTH, labels, sections_html
from netzjournal.ui.review.charts import (
    calendar_height,
    paint_calendar,
    paint_month_bars,
    print_palette,
    render_image,
)
from netzjournal.ui.style import css, secondary_text

PAGE_MARGIN_MM = 18  # (the charts' width follows: review.render.CHART_WIDTH)


def build_document(
    f: YearFigures, language: str, user_name: str, made_on: dt.date, private: bool = False
) -> QTextDocument:
    """The review on paper; the private remarks only with ``private`` (asked for)."""
    t = labels(language)
    doc = QTextDocument()
    paper = print_palette()  # paper is white in a dark scheme too
    months = render_image(
        QSize(CHART_WIDTH, 260),
        lambda p, r: paint_month_bars(
            p, r, f.per_month, f.per_month_prev, t["months"], (str(f.year), str(f.year - 1)), paper
        ),
    )
    font = QFont()  # (the document's default, as the chart paints with it)
    calendar = render_image(
        QSize(CHART_WIDTH, calendar_height(CHART_WIDTH, font)),
        lambda p, r: paint_calendar(
            p, r, f.year, f.per_day, t["months"], paper, t["weekdays"], t["legend"]
        ),
    )
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:months"), months)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:calendar"), calendar)
    e = html.escape
    # The title heads the first page, the figures follow under it (a title page of
    # its own was a page of white: the German walk). One table: Qt keeps it together.
    name_line = f"<p style='font-size: 14pt'>{e(t['for'].format(name=user_name))}</p>"
    made = e(t["made"].format(date=format_date(made_on, language)))
    title = (
        "<table width='100%' style='margin-bottom: 12px'><tr><td>"
        f"<p style='font-size: 24pt; font-weight: bold'>{e(t['title'].format(year=f.year))}</p>"
        + (name_line if user_name else "")
        + f"<p style='color: {css(secondary_text(paper))}'>{made}</p></td></tr></table>"
    )
    charts = {"months": "chart:months", "calendar": "chart:calendar"}
    style = "<style>h2 { margin-top: 14px; } td, li, p { font-size: 10pt; }</style>"
    muted = css(secondary_text(paper))  # on white paper, also in a dark scheme
    doc.setHtml(
        style
        + title
        + sections_html(f, language, charts if not f.empty else None, muted=muted, private=private)
    )
    return doc


def write_pdf(f: YearFigures, path: Path, language: str = "de", user_name: str = "",
              made_on: dt.date | None = None, private: bool = False,
              replace: bool = True) -> Path:  # fmt: skip
    """Write the review to ``path`` as an A4 PDF; returns the path. The private
    remarks are in it only with ``private``; an existing file is replaced only with
    ``replace`` (the command line's ``--force``; a file dialog has asked).

    The PDF is made in memory and written whole beside ``path``, fsynced and
    renamed over it (``private_files.write_private``): Qt's writer wrote into the
    file itself, so on a full disk a review saved again over last week's cut that
    one short and left a broken PDF of a few kilobytes that looked saved. A new
    file is owner-only (0600); a place that cannot be written raises
    :class:`OSError` (Qt's writer would fail without a word).
    """
    from PySide6.QtCore import QBuffer, QIODevice

    from netzjournal.private_files import write_named

    made_on = made_on or dt.date.today()
    doc = build_document(f, language, user_name, made_on, private)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(labels(language)["title"].format(year=f.year))
    writer.setCreator("netzjournal")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    print_document(doc, writer)
    del writer  # ends the PDF (its trailer goes into the buffer)
    buffer.close()
    return write_named(path, bytes(buffer.data().data()), replace)


FOLLOWING_BLOCKS = 4  # a heading stays with this much of what it heads (rows, items)


def paginated_copy(doc: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """``doc`` laid out in pages on ``device``, as ``QTextDocument.print_`` would
    (2 cm margins, pages of the device's size) — but here the pages are known
    before they are painted, so headings can be kept with what follows them."""
    copy = doc.clone(doc)  # the parent: images are looked up in ``doc``'s resources
    copy.documentLayout().setPaintDevice(device)
    # Frame margins are in 1/96-inch-like units the layout scales to the device.
    screen = QGuiApplication.primaryScreen()
    dpi_x = round(screen.logicalDotsPerInchX()) if screen else 96
    dpi_y = round(screen.logicalDotsPerInchY()) if screen else 96
    frame = copy.rootFrame().frameFormat()
    frame.setLeftMargin(int((2 / 2.54) * dpi_x))
    frame.setRightMargin(int((2 / 2.54) * dpi_x))
    frame.setTopMargin(int((2 / 2.54) * dpi_y))
    frame.setBottomMargin(int((2 / 2.54) * dpi_y))
    copy.rootFrame().setFrameFormat(frame)
    copy.setPageSize(QSizeF(device.width(), device.height()))
    return copy


def _first_line(doc: QTextDocument, block: QTextBlock) -> tuple[float, float]:
    """Top and bottom of a block's first line in the document. A line that did not
    fit was moved to the next page inside its block: the block's rectangle
    does not show that, the line's position does."""
    top = doc.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    if not layout.lineCount():
        return top, top
    line = layout.lineAt(0)
    return top + line.y(), top + line.y() + line.height()


def _orphaned_heading(doc: QTextDocument) -> QTextBlock | None:
    """The first heading whose page is not the page where what it heads begins."""
    height = doc.pageSize().height()
    # Laid out in full first: Qt lays out lazily, and a page break set on a part
    # laid out on demand can leave the page count short (pages went missing).
    doc.pageCount()
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text().strip():
            page = int(_first_line(doc, block)[0] // height)
            last, follow = block, block.next()
            for _ in range(FOLLOWING_BLOCKS):
                if not follow.isValid() or follow.blockFormat().headingLevel():
                    break
                last, follow = follow, follow.next()
            # The first line of the last of them (a long paragraph may go on).
            bottom = _first_line(doc, last)[1]
            if last != block and int((bottom - 1) // height) != page:
                return block
        block = block.next()
    return None


def keep_headings_with_next(doc: QTextDocument) -> int:
    """Move every heading of the paginated ``doc`` that would end a page without the
    start of what it heads to the next page (Qt's HTML layout knows no "keep with
    next"); returns how many were moved. Each move shifts the pages after it, so
    the layout is read again after each."""
    moved = 0
    while (block := _orphaned_heading(doc)) is not None:
        fmt = block.blockFormat()
        if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            break  # already at the top of a page: more than a page follows
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
        moved += 1
    return moved


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay ``doc`` out on the device's pages (a QPdfWriter or a QPrinter) and paint
    them, numbered, with every heading on the page of what it heads."""
    pages = paginated_copy(doc, device)
    keep_headings_with_next(pages)
    size = pages.pageSize()
    painter = QPainter(device)
    try:
        font = QFont(pages.defaultFont())
        metrics = QFontMetricsF(font, device)
        margin = device.logicalDpiY() * 2 / 2.54
        for n in range(pages.pageCount()):
            if n:
                device.newPage()
            painter.save()
            painter.translate(0, -n * size.height())
            pages.drawContents(painter, QRectF(0, n * size.height(), size.width(), size.height()))
            painter.restore()
            painter.setFont(font)
            number = str(n + 1)
            painter.drawText(
                QPointF(size.width() - margin - metrics.horizontalAdvance(number),
                        size.height() - margin + metrics.ascent() + device.logicalDpiY() * 5 / 72),
                number,
            )  # fmt: skip
    finally:
        painter.end()
    pages.deleteLater()
