"""The look in one place: spacing, type sizes and colours derived from the palette.

Every pane takes its margins and gaps from :data:`SPACE`, its fonts from
:func:`font` (title, section, body, secondary) and its colours from the
palette it is painted with — so a dark scheme (the system's, or ``--dark``)
and a scale factor change the whole window alike.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QTableView,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QFormLayout, QLineEdit


class Space:
    """The spacing scale (pixels at scale 1; Qt multiplies them for high DPI)."""

    XS: Final = 4  # within a group: a label and its field, buttons in a row
    S: Final = 8  # between groups; a pane's margins
    M: Final = 12  # between sections of a form or card
    L: Final = 16
    XL: Final = 24  # around a page (welcome, review)


SPACE = Space


class Type(enum.Enum):
    """The four type sizes, as factors of the system's body font."""

    TITLE = 1.5
    SECTION = 1.2
    BODY = 1.0
    SECONDARY = 0.9


def font(kind: Type, base: QFont | None = None) -> QFont:
    """The font for ``kind``: the body font scaled; titles and sections bold."""
    result = QFont(base if base is not None else QGuiApplication.font())
    if kind is not Type.BODY:
        size = result.pointSizeF()
        if size > 0:
            result.setPointSizeF(size * kind.value)
        else:  # a pixel-sized font
            result.setPixelSize(max(1, round(result.pixelSize() * kind.value)))
    if kind in (Type.TITLE, Type.SECTION):
        result.setBold(True)
    return result


def set_type(widget: QWidget, kind: Type) -> None:
    widget.setFont(font(kind, widget.font()))


def table_rows(view: QTableView) -> None:
    """One row height for every view's table: a line of text with 5 px above and below
    (Qt's default was taller in some lists than in others)."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def pane_margins(layout: QLayout) -> None:
    """The margins every view uses around its content."""
    layout.setContentsMargins(SPACE.S, SPACE.S, SPACE.S, SPACE.S)


# -- colours ------------------------------------------------------------------------------


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette is a dark one (light text on a dark window)."""
    p = _palette(palette)
    return (
        p.color(QPalette.ColorRole.Window).lightnessF()
        < p.color(QPalette.ColorRole.WindowText).lightnessF()
    )


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved towards ``b`` by ``t`` (0: a, 1: b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def secondary_text(palette: QPalette | None = None) -> QColor:
    """Quieter text (labels beside values, dates): between the text and the background."""
    p = _palette(palette)
    return blend(p.color(QPalette.ColorRole.WindowText), p.color(QPalette.ColorRole.Window), 0.4)


def text(palette: QPalette | None = None) -> QColor:
    return _palette(palette).color(QPalette.ColorRole.WindowText)


def background(palette: QPalette | None = None) -> QColor:
    return _palette(palette).color(QPalette.ColorRole.Base)


def grid(palette: QPalette | None = None) -> QColor:
    p = _palette(palette)
    return blend(p.color(QPalette.ColorRole.Base), p.color(QPalette.ColorRole.Text), 0.15)


def luminance(color: QColor) -> float:
    """WCAG's relative luminance (0 black … 1 white)."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def lightness(color: QColor) -> float:
    """CIE L* (0 black … 100 white): equal steps look equally far apart, also near
    black, where WCAG's ratio overstates a difference (1.46:1 read as one shade)."""
    y = luminance(color)
    f = y ** (1 / 3) if y > 216 / 24389 else (24389 / 27 * y + 16) / 116
    return 116 * f - 16


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio (1 … 21): text wants 4.5, a control's edge 3."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def outline(palette: QPalette | None = None) -> QColor:
    """The edge of a control (check box, radio button, field, frame): the window's text
    faded towards the window only as far as it still stands out 3:1 — WCAG's minimum for
    the parts of a control — on the window and on the base it encloses."""
    p = _palette(palette)
    window, base = p.color(QPalette.ColorRole.Window), p.color(QPalette.ColorRole.Base)
    ink = p.color(QPalette.ColorRole.WindowText)
    for step in range(40, 101, 5):
        edge = blend(window, ink, step / 100)
        if contrast(edge, window) >= 3.2 and contrast(edge, base) >= 3.2:
            return edge
    return ink


def rule(palette: QPalette | None = None) -> QColor:
    """A table's grid lines: seen on the base without competing with its text."""
    p = _palette(palette)
    return blend(p.color(QPalette.ColorRole.Base), p.color(QPalette.ColorRole.Text), 0.22)


def accent(palette: QPalette | None = None) -> QColor:
    return _palette(palette).color(QPalette.ColorRole.Highlight)


def focus_ring(palette: QPalette | None = None) -> QColor:
    """The ring around the control that has the keyboard's focus: the accent lightened
    towards the text until it stands out 4.5:1 on the window, the base and a button —
    so that over a button's lighter face it still changes the control by 3:1 (WCAG's
    minimum for a focus indicator). Fusion's own focus edge is the accent made
    darker and half transparent: on the dark palette a focused tab changed by 1.2:1,
    a focused button or check box by under 2.3:1 — nobody saw where Tab had gone."""
    p = _palette(palette)
    grounds = [p.color(r) for r in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                                    QPalette.ColorRole.Button)]  # fmt: skip
    ink = text(p)
    for step in range(0, 101, 5):
        ring = blend(accent(p), ink, step / 100)
        if all(contrast(ring, ground) >= 4.5 for ground in grounds):
            return ring
    return ink


def accent_muted(palette: QPalette | None = None) -> QColor:
    """The accent washed out (the year before in a chart), towards the quiet colour the
    palette uses for the year before in text: the paper where it is light (a pale
    accent), the secondary grey where it is dark. Faded towards a near-black background
    the accent turned dark navy (1.5:1) and the year before all but disappeared; a
    grey-blue keeps WCAG's 3:1 for a chart's parts and is told apart by its weaker hue."""
    p = _palette(palette)
    paper = background(p)
    towards = paper if luminance(paper) >= luminance(text(p)) else secondary_text(p)
    return blend(accent(p), towards, 0.5 if towards is not paper else 0.6)


# How much lighter (CIE L*) the heatmap's fullest step is than its empty cell: the
# light scheme's own span (grey #e6e6e6 to the accent, ~36).
HEAT_SPAN = 35.0


def heat(level: int, palette: QPalette | None = None) -> QColor:
    """The heatmap's five steps: 0 (nothing) is a faint cell, 4 the full accent.

    On a dark background the accent is barely lighter than the empty cell (L* 46 beside
    21): the steps crowded into 25 units and the two lowest read as one. There "more"
    is lighter, as the eye expects on dark: the full step is the accent lightened
    towards the text until the scale spans :data:`HEAT_SPAN`, as on light."""
    base, full = background(palette), accent(palette)
    ink = text(palette)
    empty = blend(base, ink, 0.1)
    if level <= 0:
        return empty
    if is_dark(palette):
        towards, low, high = full, 0.0, 1.0
        if lightness(full) - lightness(empty) < HEAT_SPAN:
            for _ in range(20):  # the least lightening that spans it (bisection)
                mid = (low + high) / 2
                if lightness(blend(towards, ink, mid)) - lightness(empty) < HEAT_SPAN:
                    low = mid
                else:
                    high = mid
            full = blend(towards, ink, high)
    return blend(empty, full, 0.25 + 0.75 * min(level, 4) / 4)


def on_color(color: QColor) -> QColor:
    """Black or white, whichever reads on ``color``."""
    luma = 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF()
    return QColor(Qt.GlobalColor.black if luma > 0.6 else Qt.GlobalColor.white)


def adapt(color: QColor, palette: QPalette | None = None) -> QColor:
    """A fixed hue (a kind's badge, warmth) made to stand out on the palette's background:
    lighter and a little less saturated on a dark background."""
    if not is_dark(palette):
        return QColor(color)
    h, s, v, a = color.hsvHueF(), color.hsvSaturationF(), color.valueF(), color.alphaF()
    return QColor.fromHsvF(max(h, 0.0), s * 0.8, min(1.0, v * 0.6 + 0.4), a)


def warmth(value: float, palette: QPalette | None = None) -> QColor:
    """From cool (blue) to warm (orange), readable on the palette."""
    return adapt(QColor.fromHsvF(0.08 + 0.5 * (1 - value), 0.75, 0.9), palette)


def warning_text(palette: QPalette | None = None) -> QColor:
    """Text that warns (a draft not saved, a field to fix)."""
    return adapt(QColor("#b03a2e"), palette)


def notice_background(palette: QPalette | None = None) -> QColor:
    """Behind a notice across the window (read only): amber faded into the window's
    colour, so the palette's own text reads on it in a light and a dark scheme."""
    window = _palette(palette).color(QPalette.ColorRole.Window)
    return blend(window, QColor("#f2c230"), 0.18 if is_dark(palette) else 0.35)


def notice_border(palette: QPalette | None = None) -> QColor:
    window = _palette(palette).color(QPalette.ColorRole.Window)
    return blend(window, QColor("#f2c230"), 0.45 if is_dark(palette) else 0.7)


def css(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


# -- the scheme ---------------------------------------------------------------------------


def light_palette() -> QPalette:
    """A plain light palette (paper: the PDF's charts)."""
    p = QPalette(QColor(239, 239, 239))  # Qt derives the shades from the button colour
    p.setColor(QPalette.ColorRole.Window, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.Base, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.WindowText, QColor(0, 0, 0))
    p.setColor(QPalette.ColorRole.Text, QColor(0, 0, 0))
    p.setColor(QPalette.ColorRole.Highlight, QColor(48, 140, 198))
    return p


def dark_palette() -> QPalette:
    """A dark palette for Fusion, where the platform offers none (``--dark``, offscreen,
    a desktop that only reports the scheme).

    Every role is set, the bevel shades in Qt's order around the button (Light >
    Midlight > Button > Mid > Dark > Shadow); text reads 4.5:1 or better on what it sits
    on (tested), disabled text is dimmer but still 3:1. Fusion's control edges would come
    out darker than the window: :class:`~netzjournal.ui.dark_fusion.DarkFusion` draws
    them from :func:`outline`."""
    p = QPalette()
    window, base, text_color = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    button = QColor(60, 60, 64)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text_color,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(39, 39, 42),
        QPalette.ColorRole.ToolTipBase: QColor(60, 60, 64),
        QPalette.ColorRole.ToolTipText: text_color,
        # As dim as still reads (4.6:1 on the base): at 150 (5.6:1) a hint in an empty
        # field looked almost as bright as typed text.
        QPalette.ColorRole.PlaceholderText: QColor(135, 135, 138),
        QPalette.ColorRole.Text: text_color,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text_color,
        QPalette.ColorRole.BrightText: QColor(255, 110, 110),
        QPalette.ColorRole.Light: QColor(95, 95, 100),
        QPalette.ColorRole.Midlight: QColor(75, 75, 80),
        QPalette.ColorRole.Mid: QColor(42, 42, 45),
        QPalette.ColorRole.Dark: QColor(25, 25, 27),
        QPalette.ColorRole.Shadow: QColor(0, 0, 0),
        QPalette.ColorRole.Highlight: QColor(45, 108, 196),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(110, 170, 255),
        QPalette.ColorRole.LinkVisited: QColor(180, 140, 255),
        QPalette.ColorRole.Accent: QColor(45, 108, 196),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    disabled = QPalette.ColorGroup.Disabled
    dim = QColor(135, 135, 138)  # 3:1 on the button, 3.8:1 on the window
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.HighlightedText,
                 QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited):  # fmt: skip
        p.setColor(disabled, role, dim)
    p.setColor(disabled, QPalette.ColorRole.PlaceholderText, QColor(110, 110, 112))
    p.setColor(disabled, QPalette.ColorRole.Base, window)  # a disabled field sinks into the window
    p.setColor(disabled, QPalette.ColorRole.Button, QColor(52, 52, 55))
    p.setColor(disabled, QPalette.ColorRole.Highlight, QColor(70, 70, 75))
    p.setColor(disabled, QPalette.ColorRole.Accent, QColor(70, 70, 75))
    return p


class SchemeFollower(QObject):
    """Follows the system's light/dark scheme (``QStyleHints.colorScheme``).

    Where the platform theme switches the palette itself nothing is done; where it
    only reports the scheme (or ``--dark`` asks for it) the app gets :func:`dark_palette`.
    Widgets repaint on the palette change; HTML pages re-render on ``PaletteChange``.
    """

    def __init__(self, forced_dark: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.forced_dark = forced_dark
        self._ours = False  # the palette in use is dark_palette()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.apply)
        self.apply(hints.colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return
        want_dark = self.forced_dark or scheme == Qt.ColorScheme.Dark
        if want_dark and not is_dark(app.palette()):
            from PySide6.QtWidgets import QApplication

            from netzjournal.ui.dark_fusion import DarkFusion

            # Fusion draws a dark palette well (a native style might not), with edges
            # from the palette (its own come out darker than a dark window).
            if not isinstance(QApplication.style(), DarkFusion):
                QApplication.setStyle(DarkFusion())
            app.setPalette(dark_palette())
            self._ours = True
        elif not want_dark and self._ours:
            from PySide6.QtWidgets import QApplication

            QApplication.setPalette(QApplication.style().standardPalette())  # light again
            self._ours = False


def follow_color_scheme(forced_dark: bool = False) -> SchemeFollower:
    """Start following the system's scheme (kept alive by the application)."""
    app = QGuiApplication.instance()
    follower = SchemeFollower(forced_dark, app)
    return follower


# -- text ---------------------------------------------------------------------------------

_BREAK_AFTER = str.maketrans({c: c + "\u200b" for c in "@/.?&=_-"})


def soft_breaks(text: str) -> str:
    """``text`` with zero-width break opportunities after @ / . ? & = _ -, so an
    e-mail address or a link wraps at a sensible point in a narrow pane instead
    of mid-word. (Escape for HTML afterwards; the link's target keeps the raw text.)"""
    return text.translate(_BREAK_AFTER).rstrip("\u200b")


_NUMBER_AND_WORD = re.compile(r"(\d\.?) (?=\S)")


def numbers_with_words(text: str) -> str:
    """``text`` with a no-break space after each number, so "3 years", "7 Wochen" or
    "10. Dezember" never wrap apart (a wrapped coach card read "Met 3" / "years ago")."""
    return _NUMBER_AND_WORD.sub("\\1\u00a0", text)


REASON_SEP = " · "
# A part of a reason this short stays on one line (a coach card's line holds ~40).
WHOLE_PART = 24


def reason_breaks(text: str) -> str:
    """A " · "-joined reason that wraps between its parts: a short part stays whole
    ("Met 3 years ago"), a longer one keeps each number with its word."""
    parts = text.split(REASON_SEP)
    return REASON_SEP.join(
        p.replace(" ", "\u00a0") if len(p) <= WHOLE_PART else numbers_with_words(p) for p in parts
    )


# A domain this long still fits a line of the person page at its narrowest
# (ui/contacts/pane.py keeps the page 50 characters wide, ~30 of them for values).
WHOLE_DOMAIN = 24


def address_breaks(address: str) -> str:
    """An e-mail address that wraps after its "@" (or within the name before it), its
    domain whole: "fjordwerk." / "example" read as two things. A domain too long for a
    line of its own keeps soft_breaks' points."""
    local, at, domain = address.rpartition("@")
    if not at:
        return soft_breaks(address)
    if len(domain) > WHOLE_DOMAIN:
        return soft_breaks(address)
    whole = domain.replace("-", "-\u2060")  # a word joiner: no break after a hyphen
    return f"{soft_breaks(local)}@\u200b{whole}"


# -- forms --------------------------------------------------------------------------------


class _FormWrap(QObject):
    """Labels beside their fields while there is room, above all of them when narrow
    (never the mix that WrapLongRows gives: some labels above, some beside)."""

    def __init__(
        self,
        form: QFormLayout,
        owner: QWidget,
        field_room: int,
        stacking: tuple[QBoxLayout, ...] = (),
    ) -> None:
        from PySide6.QtWidgets import QFormLayout  # (its type: 1.7 M instructions, not at start)

        super().__init__(owner)
        self.form, self.field_room, self.stacking = form, field_room, stacking
        self._role, self._wrap = QFormLayout.ItemRole, QFormLayout.RowWrapPolicy
        owner.installEventFilter(self)

    @staticmethod
    def _widths(row: QBoxLayout) -> list[int]:
        from netzjournal.ui.layout_entries import entries, minimum_width

        return [w for entry in entries(row) if (w := minimum_width(entry)) is not None]

    def _side_by_side(self, row: QBoxLayout) -> int:
        """A stacking row's minimum width with its fields beside each other."""
        widths = self._widths(row)
        return sum(widths) + max(row.spacing(), 0) * max(len(widths) - 1, 0)

    def _stacked(self, row: QBoxLayout) -> int:
        return max(self._widths(row) or [0])

    def label_width(self) -> int:
        from netzjournal.ui.layout_entries import form_rows

        widths = [0]
        for roles in form_rows(self.form).values():
            label = roles.get(self._role.LabelRole)
            if isinstance(label, QWidget):
                widths.append(label.sizeHint().width())
        return max(widths)

    def field_width(self) -> int:
        """The widest field's minimum (a row of two combo boxes can need more than
        ``field_room``: labels beside it would push the form past its pane)."""
        from netzjournal.ui.layout_entries import form_rows, minimum_width

        widths = [self.field_room]
        for roles in form_rows(self.form).values():
            field = roles.get(self._role.FieldRole)
            if field is None:
                continue
            if isinstance(field, QBoxLayout) and field in self.stacking:
                widths.append(self._stacked(field))
            elif isinstance(field, QLayout):
                widths.append(field.minimumSize().width())
            else:
                widths.append(minimum_width(field) or 0)
        return max(widths)

    def roomy_width(self) -> int:
        """The width at which labels stand beside the fields and every stacking row's
        fields beside each other (the notes editor's kind and direction)."""
        rows = [self._side_by_side(row) for row in self.stacking]
        field = max([self.field_width(), *rows])
        margins = self.form.contentsMargins()
        spacing = max(self.form.horizontalSpacing(), 0)
        return margins.left() + self.label_width() + spacing + field + margins.right()

    def needed_width(self) -> int:
        """The width the form needs with its labels beside the fields."""
        margins = self.form.contentsMargins()
        return (
            margins.left()
            + self.label_width()
            + max(self.form.horizontalSpacing(), 0)
            + self.field_width()
            + margins.right()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            wide = watched.width() >= self.needed_width()
            policy = self._wrap.DontWrapRows if wide else self._wrap.WrapAllRows
            if self.form.rowWrapPolicy() != policy:
                self.form.setRowWrapPolicy(policy)
            # What is left for a field; a row that would not fit puts its fields
            # one above the other.
            margins = self.form.contentsMargins()
            room = watched.width() - margins.left() - margins.right()
            if wide:
                room -= self.label_width() + max(self.form.horizontalSpacing(), 0)
            for row in self.stacking:
                direction = (
                    QBoxLayout.Direction.LeftToRight
                    if room >= self._side_by_side(row)
                    else QBoxLayout.Direction.TopToBottom
                )
                if row.direction() != direction:
                    row.setDirection(direction)
        return False


def adaptive_form(
    form: QFormLayout,
    owner: QWidget,
    field_chars: int = 36,
    stacking: tuple[QBoxLayout, ...] = (),
) -> _FormWrap:
    """Keep ``form``'s labels aligned: beside the fields in a wide ``owner``, above
    every field in a narrow one (a laptop's window with the coach open).

    ``owner`` is the widget whose width the form gets (for a form in a scroll area,
    its viewport: the scroll bar's width is not the form's). The rows in ``stacking``
    (fields beside each other) put their fields one above the other when even a
    whole line cannot hold them side by side."""
    from PySide6.QtWidgets import QFormLayout

    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    label_fields(form)
    return _FormWrap(form, owner, owner.fontMetrics().averageCharWidth() * field_chars, stacking)


# -- dialogs ------------------------------------------------------------------------------


def tune_form(form: QFormLayout) -> QFormLayout:
    """A form's gaps from the scale; its labels all aligned one way (the platform's
    horizontal alignment, centred on the field's first line)."""
    from PySide6.QtWidgets import QFormLayout

    form.setHorizontalSpacing(SPACE.M)
    form.setVerticalSpacing(SPACE.S)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    horizontal = form.labelAlignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
    form.setLabelAlignment(horizontal | Qt.AlignmentFlag.AlignVCenter)
    label_fields(form)
    return form


_WORD = re.compile(r"\w")  # a name holds a word, not only signs ("–", "✕")


def _is_control(widget: QWidget) -> bool:
    return not isinstance(widget, QLabel) and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _controls(entry: QWidget | QLayout) -> list[tuple[QWidget, bool]]:
    """The controls and inner labels of a form's field in reading order, each with
    whether it sits in a container widget (no sibling of the form's labels). A
    container is looked into only when it holds one control: a list of rows (the
    editor's e-mail addresses) names its own."""
    from netzjournal.ui.layout_entries import entries

    if isinstance(entry, QWidget):
        if _is_control(entry) or isinstance(entry, QLabel):
            return [(entry, False)]
        inner = entry.layout()
        if inner is None or not entry.isVisibleTo(entry.parentWidget() or entry):
            return []
        found = [(w, True) for w, _n in _controls(inner)]
        return found if sum(_is_control(w) for w, _n in found) == 1 else []
    return [c for inner_entry in entries(entry) for c in _controls(inner_entry)]


def _words(widget: QWidget) -> str:
    from netzjournal.ui import mnemonics

    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return mnemonics.plain(text).rstrip(": ")


def _name(label: QWidget, control: QWidget, nested: bool) -> None:
    if isinstance(label, QLabel):
        label.setBuddy(control)
    # Qt's screen-reader name looks for a buddy among the control's siblings only,
    # and a check box ("due", "Several days, until") is nobody's buddy.
    if (nested or not isinstance(label, QLabel)) and not control.accessibleName():
        control.setAccessibleName(_words(label))


def label_fields(form: QFormLayout) -> None:
    """Every label of ``form`` names its field for a screen reader (and its mnemonic
    moves there). QFormLayout makes a label the buddy of its field only when the field
    is one widget: a row of several (a layout: the date and "Duration") or a field in a
    container (the salutation) left the label naming nothing and the field read as
    "edit" or "combo box". The row's label names its first control; a label or check
    box inside the row names the control after it ("due" its date)."""
    from PySide6.QtWidgets import QCheckBox, QFormLayout

    from netzjournal.ui.layout_entries import form_rows

    for roles in form_rows(form).values():
        field = roles.get(QFormLayout.ItemRole.FieldRole)
        if field is None:
            continue
        label = roles.get(QFormLayout.ItemRole.LabelRole)
        pending = label if isinstance(label, QLabel | QCheckBox) else None
        buddy = pending.buddy() if isinstance(pending, QLabel) else None
        if buddy is not None and _is_control(buddy):
            pending = None  # Qt's own pairing stands
        for widget, nested in _controls(field):
            if isinstance(widget, QLabel):
                pending = widget if widget.buddy() is None else None
            elif pending is not None and _WORD.search(_words(pending)):
                _name(pending, widget, nested)
                pending = None
            else:
                pending = widget if isinstance(widget, QCheckBox) else None


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A quieter sentence that explains the field above it (secondary type and colour);
    put it in the field column (``form.addRow("", hint(...))``), not under the labels."""
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    quiet(label)
    return label


def warning_label(name: str) -> QLabel:
    """A hidden, wrapping line in :func:`warning_text` for a problem the dialog shows
    (a field to fix, a draft not saved); ``name``: its object name (tests find it)."""
    label = QLabel(wordWrap=True)
    label.setObjectName(name)
    palette = label.palette()  # (the palette's: readable in dark mode)
    palette.setColor(QPalette.ColorRole.WindowText, warning_text(palette))
    label.setPalette(palette)
    label.hide()
    return label


def empty_state(text: str, name: str) -> QLabel:
    """The quiet, centred sentence shown in place of an empty list (what it is for,
    how to fill it) — never an empty box. ``name``: its object name (tests find it)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    quiet(label)
    return label


def quiet(label: QWidget) -> None:
    """Secondary text: the secondary size, in the palette's quieter colour."""
    set_type(label, Type.SECONDARY)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, secondary_text(palette))
    label.setPalette(palette)


def size_headings(document: QTextDocument, sizes: dict[int, Type], base: QFont) -> None:
    """Give an HTML page's headings (by level: 2 for ``<h2>``) the app's type sizes of
    ``base``. Qt sizes them by a relative step of its own that no style sheet overrides,
    so a page's title matched the window's titles (:class:`Type`) only by chance."""
    from PySide6.QtGui import QTextCursor, QTextFormat

    points = {level: font(kind, base).pointSizeF() for level, kind in sizes.items()}
    block = document.begin()
    while block.isValid():
        size = points.get(block.blockFormat().headingLevel(), 0.0)
        if size > 0:
            runs = []  # each run keeps its own colour and weight (a nickname)
            part = block.begin()
            while not part.atEnd():
                fragment = part.fragment()
                runs.append((fragment.position(), fragment.length(), fragment.charFormat()))
                part += 1
            for start, length, fmt in runs:  # (read first: formatting merges runs)
                fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                fmt.setFontPointSize(size)
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(fmt)
        block = block.next()


def space_headings(document: QTextDocument) -> None:
    """Give a Markdown page's headings room above them (and a little below): Qt's
    Markdown headings carry no margin, so a heading sat as close under a list or a
    paragraph as one list item under the next ("History (7)" under the facts in
    "everything stored"). A section (``##``) gets :attr:`Space.L`, a heading below it
    :attr:`Space.M`; the page's first block stays at the top."""
    from PySide6.QtGui import QTextCursor

    block = document.begin().next()  # the first keeps the page's own top margin
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0:
            fmt = block.blockFormat()
            fmt.setTopMargin(SPACE.L if level <= 2 else SPACE.M)
            fmt.setBottomMargin(SPACE.XS)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def buttons_in_reading_order(box: QWidget) -> None:
    """Tab through a button box's buttons as they stand, left to right: the box's own
    standard button ("Close") came first, before the buttons added beside it."""
    import itertools

    from netzjournal.ui.layout_entries import entries

    layout = box.layout()
    if layout is None:
        return
    standing = [  # (as the box lays them out)
        w
        for w in entries(layout)
        if isinstance(w, QWidget) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    for before, after in itertools.pairwise(standing):
        QWidget.setTabOrder(before, after)


def grow_for_text(dialog: QWidget) -> None:
    """``dialog`` taller by what a sentence shown in it since needs (a problem under a
    passphrase field: at the opening height its second line and the text above the
    field were cut off); never shorter."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def scrolling_page(page: QWidget) -> QScrollArea:
    """A tab page that scrolls down (never sideways) where the screen is too short for
    it; :func:`finish_dialog` and :func:`grow_tab_for` measure the page inside."""
    from PySide6.QtWidgets import QFrame

    area = QScrollArea(widgetResizable=True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    _fit_width(area, page)
    return area


def _fit_width(area: QScrollArea, page: QWidget) -> None:
    # As wide as the page needs beside its scroll bar (it never scrolls sideways): the
    # dialog measures the area, whose own minimum is a scroll bar's.
    area.setMinimumWidth(
        page.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()
    )


def grow_tab_for(page: QWidget) -> None:
    """A tab page whose text grew after the dialog opened (an answer from a server):
    its tab widget, and so the dialog, made tall enough again (``finish_dialog``
    measured the pages only as they opened)."""
    from PySide6.QtWidgets import QTabWidget

    inner = page.layout()
    tabs = page.parentWidget()
    area: QScrollArea | None = None
    while tabs is not None and not isinstance(tabs, QTabWidget):
        if isinstance(tabs, QScrollArea):
            area = tabs
        tabs = tabs.parentWidget()
    if inner is None or tabs is None or not inner.hasHeightForWidth():
        return
    need = inner.totalHeightForWidth(page.width()) + tabs.tabBar().sizeHint().height() + SPACE.S
    window = tabs.window()
    if area is not None:
        _fit_width(area, page)  # (the certificate's fingerprint is wider)
        # The page keeps the height its wrapped text needs, so that the area scrolls
        # (squeezed to the area's height, its last rows were cut, without a scroll bar).
        page.setMinimumHeight(inner.totalHeightForWidth(page.width()))
        # A page that scrolls grows no taller than the screen leaves room for: on an
        # 800×600 screen the certificate's details pushed OK and Cancel below its foot.
        room = window.screen().availableGeometry().height()
        room -= window.frameGeometry().height() - tabs.height()
        need = min(need, max(room, tabs.minimumHeight()))
    wider = area is not None and window.minimumSizeHint().width() > window.width()
    if need > tabs.minimumHeight() or wider:
        tabs.setMinimumHeight(max(need, tabs.minimumHeight()))
        if window.layout() is not None:
            window.layout().activate()
        # (Wider too where a scrolling page grew: its scroll bar was cut off at the side.)
        window.resize(
            max(window.width(), window.minimumSizeHint().width()),
            max(window.height(), window.minimumSizeHint().height()),
        )
        # Grown past the screen's foot (a certificate shown on a 1280×800 screen):
        # moved up, so that its OK and Cancel stay on the screen.
        screen = window.screen()
        below = window.frameGeometry().bottom() - screen.availableGeometry().bottom()
        if below > 0:
            top = max(screen.availableGeometry().top(), window.y() - below)
            window.move(window.x(), top)


def example_width(edit: QLineEdit) -> int:
    """How wide ``edit`` must be to show its example text (placeholder) whole."""
    text = edit.placeholderText()
    if not text:
        return 0
    metrics = edit.fontMetrics()
    # QLineEdit's size hint is the width of 17 "x" plus what surrounds any text: its
    # frame, margins and side widgets (the clear button). Read off that way, not through
    # QStyle.PixelMetric: the first use of a QStyle enum makes PySide build them all
    # (~50 M instructions, 5 % of the start, where the filter bars ask this).
    around = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    return metrics.horizontalAdvance(text) + around + 2  # (+ the cursor)


def room_for_example(field: QWidget, example: QWidget | None = None) -> None:
    """``field`` at least as wide as the example text (placeholder) of ``example`` (a
    line edit inside it, or ``field`` itself), within 3/5 of the screen: a dialog's
    minimum width counted characters, not its examples, and German cut them
    („so, wie Sie es der Person sagen würden: Ihr Hal…“ in the quick note)."""
    from PySide6.QtWidgets import QLineEdit

    edit = example if example is not None else field
    if not isinstance(edit, QLineEdit) or not edit.placeholderText():
        return
    need = example_width(edit)
    if example is not None:  # the frame around it and its layout's margins
        around = field.contentsMargins()
        need += around.left() + around.right()
        inner = field.layout()
        if inner is not None:
            spaced = inner.contentsMargins()
            need += spaced.left() + spaced.right()
    screen = field.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        need = min(need, screen.availableGeometry().width() * 3 // 5)
    field.setMinimumWidth(max(field.minimumWidth(), need))


def finish_dialog(dialog: QWidget, minimum: tuple[int, int] | None = None) -> None:
    """Give a built dialog the scale: margins around it and its tab pages, gaps between
    its parts, every form tuned, and a minimum size (in characters × lines of the body
    font) that keeps nothing cut."""
    from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QTabWidget

    for box in dialog.findChildren(QDialogButtonBox):
        buttons_in_reading_order(box)
    top = dialog.layout()
    if top is not None:
        top.setContentsMargins(SPACE.M, SPACE.M, SPACE.M, SPACE.M)
        if isinstance(top, QBoxLayout):
            top.setSpacing(SPACE.S)
    for form in dialog.findChildren(QFormLayout):
        tune_form(form)
    metrics = dialog.fontMetrics()
    columns, lines = minimum if minimum is not None else (0, 0)
    for tabs in dialog.findChildren(QTabWidget):
        pages = [tabs.widget(i) for i in range(tabs.count())]
        # A tab widget's minimum height misses the lines its pages' wrapped sentences
        # need (height for width): the tallest page at the width the dialog opens with.
        opens = max(dialog.sizeHint().width(), metrics.averageCharWidth() * columns)
        width = opens - 5 * SPACE.M  # the dialog's, the tab frame's and the page's margins
        need = 0
        for page in pages:
            if isinstance(page, QScrollArea):  # a page that scrolls: its content
                page = page.widget()
            inner = page.layout() if page is not None else None
            if inner is not None:
                inner.setContentsMargins(SPACE.M, SPACE.M, SPACE.M, SPACE.M)
                if inner.hasHeightForWidth():
                    need = max(need, inner.totalHeightForWidth(width))
                else:
                    need = max(need, inner.totalMinimumSize().height())
        if need:
            tabs.setMinimumHeight(need + tabs.tabBar().sizeHint().height() + SPACE.S)
    from netzjournal.ui import mnemonics

    mnemonics.assign(dialog)  # Alt+letter for each control, in the language shown
    if minimum is not None:
        # Never below what the layout needs: an explicit minimum replaces the layout's
        # in its direction (so a height is set only where asked for; otherwise the
        # layout keeps raising it for text shown later).
        needs = dialog.minimumSizeHint()
        dialog.setMinimumWidth(max(metrics.averageCharWidth() * columns, needs.width()))
        if lines:
            dialog.setMinimumHeight(max(metrics.lineSpacing() * lines, needs.height()))


def reading_size(
    char_width: int, line_height: int, height_at: Callable[[int], int], available: QSize
) -> QSize:
    """The size a window that is read (a long page of text) opens with: a comfortable
    line of ~100 characters, as tall as its text, on any screen at most 60 % of the
    width and 85 % of the height, never below 60 characters × 24 lines.
    ``height_at(width)`` is the page's height at a width. A fixed 84 × 34 characters
    opened "everything stored" at ~500×430 on a 1920×1080 screen."""
    width = min(char_width * 100, int(available.width() * 0.6))
    width = max(width, min(char_width * 60, available.width()))
    height = min(height_at(width), int(available.height() * 0.85))
    height = max(height, min(line_height * 24, available.height()))
    return QSize(width, height)
