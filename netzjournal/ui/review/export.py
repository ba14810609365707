"""The review as an A4 PDF (QPdfWriter + QTextDocument) and through the print dialog.

One HTML document — a title page, the charts as images, the figures — is
laid out by Qt's text engine, which breaks pages between blocks.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, QUrl
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from netzjournal.review.figures import YearFigures
from netzjournal.review.render import labels, sections_html
from netzjournal.ui.review.charts import (
    paint_calendar,
    paint_month_bars,
    print_palette,
    render_image,
)

CHART_WIDTH = 600  # px at 96 dpi: fits A4 within Qt's 2 cm print margins


def build_document(
    f: YearFigures, language: str, user_name: str, made_on: dt.date
) -> QTextDocument:
    t = labels(language)
    doc = QTextDocument()
    paper = print_palette()  # paper is white in a dark scheme too
    months = render_image(
        QSize(CHART_WIDTH, 260),
        lambda p, r: paint_month_bars(
            p, r, f.per_month, f.per_month_prev, t["months"], (str(f.year), str(f.year - 1)), paper
        ),
    )
    calendar = render_image(
        QSize(CHART_WIDTH, 110),
        lambda p, r: paint_calendar(p, r, f.year, f.per_day, t["months"], paper),
    )
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:months"), months)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:calendar"), calendar)
    e = html.escape
    # The title page is one table (Qt keeps it together); the body starts on
    # a new page through page-break-before on the block after it.
    name_line = f"<p style='font-size: 18pt'>{e(t['for'].format(name=user_name))}</p>"
    made = e(t["made"].format(date=made_on.isoformat()))
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


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay ``doc`` out on the device's pages (a QPdfWriter or a QPrinter).

    The document is left unpaginated, so Qt breaks it into pages at the
    device's size and resolution (fonts keep their point sizes).
    """
    doc.print_(device)
