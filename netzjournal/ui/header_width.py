"""The width a column's title needs in its header.

Qt's ``QHeaderView.sectionSizeHint`` keeps room for the sort arrow in every title
of a sortable table (the section's height plus a margin, ~20 px), though the arrow
is drawn in one section only: the English contacts' titles asked ~60 px more than
they show, and a column fewer fitted than in German. A title asks for the arrow's
room only in the section that shows it; sorting by another column fits anew.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView


def arrow_room(header: QHeaderView) -> int:
    """What ``sectionSizeHint`` adds to each title for the sort arrow (0 without one).

    Measured as Qt's own hint with the arrow and without it (the section's height plus
    the style's header margin, in any style): asking the style for ``PM_HeaderMargin``
    would build PySide's ``QStyle`` enums before the first paint (~50 M instructions)."""
    if not header.isSortIndicatorShown():
        return 0
    shown = next((c for c in range(header.count()) if not header.isSectionHidden(c)), None)
    if shown is None:
        return 0
    with_arrow = header.sectionSizeHint(shown)
    header.setSortIndicatorShown(False)
    try:
        return with_arrow - header.sectionSizeHint(shown)
    finally:
        header.setSortIndicatorShown(True)


def title_width(header: QHeaderView, column: int, room: int | None = None) -> int:
    """The width ``column``'s title needs: with the sort arrow's room only where the
    arrow is (``room``: :func:`arrow_room`, when asked for many columns)."""
    hint = header.sectionSizeHint(column)
    if column == header.sortIndicatorSection():
        return hint
    return hint - (arrow_room(header) if room is None else room)
