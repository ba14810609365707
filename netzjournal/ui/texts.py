"""Translated labels for stored codes, relative dates, and kind badges."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from netzjournal.store.codes import DIRECTIONS, INTERACTION_KINDS

if TYPE_CHECKING:  # the reader's model is not needed to start the app
    from PySide6.QtGui import QColor, QIcon, QPalette
    from PySide6.QtWidgets import QSpinBox

    from netzjournal.commands.base import Outcome
    from netzjournal.interchange.model import Problem


def ui_language() -> str:
    """ "de" or "en": the interface language (i18n sets the default locale)."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def channel_label(label: str) -> str:
    """A stored channel label in the interface language ("cell" → "Mobil")."""
    from netzjournal.localized import channel_label as word

    return word(label, ui_language())


def kind_label(kind: str) -> str:
    return {
        "coffee": QCoreApplication.translate("Texts", "Coffee"),
        "meal": QCoreApplication.translate("Texts", "Meal"),
        "call": QCoreApplication.translate("Texts", "Call"),
        "video": QCoreApplication.translate("Texts", "Video call"),
        "message": QCoreApplication.translate("Texts", "Message"),
        "event": QCoreApplication.translate("Texts", "Event"),
        "other": QCoreApplication.translate("Texts", "Other"),
    }.get(kind, kind)


def opener_category_label(category: str) -> str:
    return {
        "coffee": QCoreApplication.translate("Texts", "Coffee on a set day"),
        "follow_up": QCoreApplication.translate("Texts", "Pick up from last time"),
        "give_first": QCoreApplication.translate("Texts", "Give first (article, introduction)"),
        "congrats_birthday": QCoreApplication.translate("Texts", "Birthday wishes"),
        "congrats_role": QCoreApplication.translate("Texts", "Congratulations on a new role"),
        "event": QCoreApplication.translate("Texts", "An event (“are you there too?”)"),
        "event_series": QCoreApplication.translate(
            "Texts", "The next occurrence of a series they came to before"
        ),
        "event_host": QCoreApplication.translate(
            "Texts", "An event I host (“I'd be glad to see you there”)"
        ),
        "check_in": QCoreApplication.translate("Texts", "A plain check-in"),
        "in_your_city": QCoreApplication.translate("Texts", "I'm in your city"),
        "thank_you": QCoreApplication.translate("Texts", "Thank you"),
        "promised": QCoreApplication.translate("Texts", "What I promised"),
    }.get(category, category)


def direction_label(direction: str) -> str:
    return {
        "together": QCoreApplication.translate("Texts", "Together"),
        "outbound": QCoreApplication.translate("Texts", "I reached out"),
        "inbound": QCoreApplication.translate("Texts", "They reached out"),
    }.get(direction, direction)


def kinds() -> list[tuple[str, str]]:
    return [(k, kind_label(k)) for k in INTERACTION_KINDS]


def directions() -> list[tuple[str, str]]:
    return [(d, direction_label(d)) for d in DIRECTIONS]


def not_chosen() -> str:
    """The one entry of every combo box that means nothing is chosen (an en dash,
    as the note editor's "Dauer"); "Unknown" stays for a fact shown as not known."""
    return QCoreApplication.translate("Texts", "–")


def salutation_label(value: str) -> str:
    """A salutation as the contact editor words it ("Ms"/"Frau"), the whole-name
    greeting chosen ("neutral", as sync names it) too; "" for one not known."""
    return {
        "Frau": QCoreApplication.translate("Texts", "Ms"),
        "Herr": QCoreApplication.translate("Texts", "Mr"),
        "neutral": QCoreApplication.translate("Texts", "Neutral (whole name)"),
    }.get(value, value)


def source_label(source: str) -> str:
    return {
        "xing": "XING",
        "linkedin": "LinkedIn",
        "barcamp": QCoreApplication.translate("Texts", "Barcamp"),
        "stammtisch": QCoreApplication.translate("Texts", "Stammtisch"),
        "fair": QCoreApplication.translate("Texts", "Trade fair"),
        "event": QCoreApplication.translate("Texts", "Event"),
        "introduction": QCoreApplication.translate("Texts", "Introduced by someone"),
        "work": QCoreApplication.translate("Texts", "Work"),
        "other": QCoreApplication.translate("Texts", "Other"),
        "": QCoreApplication.translate("Texts", "Unknown"),
    }.get(source, source)


SOURCES = ("", "xing", "linkedin", "barcamp", "stammtisch", "fair", "event", "introduction",
           "work", "other")  # fmt: skip


def hierarchy_label(level: str) -> str:
    return {
        "executive": QCoreApplication.translate("Texts", "Management board"),
        "head": QCoreApplication.translate("Texts", "Head of department"),
        "lead": QCoreApplication.translate("Texts", "Team lead"),
        "specialist": QCoreApplication.translate("Texts", "Specialist"),
        "other": QCoreApplication.translate("Texts", "Other"),
        "": QCoreApplication.translate("Texts", "Not set"),
    }.get(level, level)


HIERARCHY = ("", "executive", "head", "lead", "specialist", "other")


def relative(when: dt.datetime | dt.date | None, today: dt.date) -> str:
    """ "vor 3 Monaten" / "3 months ago", coarse on purpose."""
    if when is None:
        return QCoreApplication.translate("Texts", "never")
    day = when.date() if isinstance(when, dt.datetime) else when
    days = (today - day).days
    if days < 0:
        return QCoreApplication.translate("Texts", "in the future")
    if days == 0:
        return QCoreApplication.translate("Texts", "today")
    if days == 1:
        return QCoreApplication.translate("Texts", "yesterday")
    if days < 14:
        return QCoreApplication.translate("Texts", "%1 days ago").replace("%1", str(days))
    if days < 60:
        return QCoreApplication.translate("Texts", "%1 weeks ago").replace("%1", str(days // 7))
    if days < 365:
        months = days // 30
        return QCoreApplication.translate("Texts", "%1 months ago").replace("%1", str(months))
    years = days // 365
    if years == 1:
        return QCoreApplication.translate("Texts", "1 year ago")
    return QCoreApplication.translate("Texts", "%1 years ago").replace("%1", str(years))


def relative_samples() -> list[str]:
    """Each form :func:`relative` gives, with as many digits as it can have ("vor 10
    Monaten", "13 days ago"): what a column of them must hold whole."""
    day = dt.date(2000, 1, 1)
    shapes = (-1, 0, 1, 13, 56, 330, 365, 3650)  # future, today … 8 weeks, 11 months, years
    return [relative(None, day)] + [relative(day - dt.timedelta(days=d), day) for d in shapes]


def count_suffix(box: QSpinBox, one: str, many: str) -> None:
    """The box's unit in the number's grammatical number ("1 Tag", "30 Tage"): a fixed
    suffix said "1 Tage". As wide as the plural, so that it does not change size."""
    box.setSuffix(many)
    box.setMinimumWidth(box.sizeHint().width())

    def follow(value: int) -> None:
        box.setSuffix(one if value == 1 else many)

    box.valueChanged.connect(follow)
    follow(box.value())


def closeness_dots(value: int) -> str:
    return "●" * value + "○" * (5 - value)


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date with a four-digit year ("22.04.1956", "4/22/1956"):
    Qt's short format has two ("22.04.56"), which reads as a different century."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def datetime_pattern(locale: QLocale | None = None) -> str:
    """The short date (four-digit year) and the locale's short time."""
    locale = locale or QLocale()
    return f"{date_pattern(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    from PySide6.QtCore import QDate  # (the date classes are not needed to start)

    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())


def day_month_pattern(locale: QLocale | None = None) -> str:
    """The short date without its year: "dd.MM." in German (as Germans write a
    birthday), "dd/MM" in British English."""
    pattern = date_pattern(locale).replace("yyyy", "")
    return pattern.strip(" /-,") if not pattern.endswith(".") else pattern.lstrip(" /-,")


def _order(pattern: str) -> list[str]:
    """The order of day, month and year in a date pattern ("dd/MM/yyyy" → d, M, y)."""
    return sorted("dMy", key=lambda field: pattern.find(field) % (len(pattern) + 1))


def date_hint(with_year: bool = True) -> str:
    """How to type a date, in the interface's letters ("DD/MM/YYYY", "TT.MM.JJJJ")."""
    pattern = date_pattern() if with_year else day_month_pattern()
    letters = {
        "d": QCoreApplication.translate("Texts", "DD"),
        "M": QCoreApplication.translate("Texts", "MM"),
        "y": QCoreApplication.translate("Texts", "YYYY"),
    }
    hint, last = "", ""
    for char in pattern:
        if char in letters:
            if char != last:
                hint += letters[char]
        else:
            hint += char
        last = char
    return hint


def parse_typed_date(text: str) -> tuple[int, int, int | None] | None:
    """A date typed as the interface writes it (day, month and year in the locale's
    order, any of ". / -" between; the year may be left out) or as ISO ``2026-04-28``
    / ``--04-28``: ``(day, month, year or None)``; empty → None. Raises ``ValueError``
    for anything else, a two-digit year or a day that does not exist."""
    import re

    text = text.strip()
    if not text:
        return None
    if m := re.fullmatch(r"(\d{4}|-)-(\d{2})-?(\d{2})", text):
        year = None if m.group(1) == "-" else int(m.group(1))
        day, month = int(m.group(3)), int(m.group(2))
    else:
        parts = re.findall(r"\d+", text)
        if not 2 <= len(parts) <= 3 or re.search(r"[^\d\s./-]", text):
            raise ValueError("not a date")
        fields = [f for f in _order(date_pattern()) if f != "y" or len(parts) == 3]
        got = dict(zip(fields, parts, strict=True))
        if "y" in got and len(got["y"]) != 4:
            raise ValueError("a year has four digits")
        day, month = int(got["d"]), int(got["M"])
        year = int(got["y"]) if "y" in got else None
    dt.date(year or 2000, month, day)  # raises for a day that does not exist
    return day, month, year


def format_day_month(day: int, month: int, year: int | None) -> str:
    """A date that may have no year (a birthday), in the locale's short form."""
    from PySide6.QtCore import QDate

    if year is not None:
        return format_date(dt.date(year, month, day))
    return QLocale().toString(QDate(2000, month, day), day_month_pattern())


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    from PySide6.QtCore import QDate, QDateTime, QTime

    qdt = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(qdt, datetime_pattern())


def month_header(year: int, month: int) -> str:
    """ "März 2026" / "March 2026" in the current locale."""
    return f"{QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)} {year}"


_COLORS = {
    "coffee": "#8d5b3f", "meal": "#c0392b", "call": "#2e86c1", "video": "#7d3c98",
    "message": "#16a085", "event": "#d68910", "other": "#7f8c8d",
}  # fmt: skip
_ICON_CACHE: dict[tuple[str, int, float, bool], QIcon] = {}


def kind_color(kind: str, palette: QPalette | None = None) -> QColor:
    """The kind's colour, made readable on the palette (lighter in a dark scheme)."""
    from PySide6.QtGui import QColor

    from netzjournal.ui import style

    return style.adapt(QColor(_COLORS.get(kind, "#7f8c8d")), palette)


def kind_icon(kind: str, size: int = 18) -> QIcon:
    """The kind's badge in its colour with its picture (``ui/kind_glyphs.py``).

    Drawn at the screen's pixel ratio (at least 2) so it stays crisp on high DPI.
    """
    # Painting classes are imported here: the contacts view paints without them.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap

    from netzjournal.ui import style
    from netzjournal.ui.kind_glyphs import draw_badge

    ratio = max(2.0, QGuiApplication.instance().devicePixelRatio())
    dark = style.is_dark()
    key = (kind, size, ratio, dark)
    if key not in _ICON_CACHE:
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        color = kind_color(kind)
        draw_badge(painter, kind, size, color, style.on_color(color))
        painter.end()
        _ICON_CACHE[key] = QIcon(pixmap)
    return _ICON_CACHE[key]


def problem_text(problem: Problem) -> str:
    """One import problem as the person reads it: file, line and translated wording."""
    templates = {
        "nul_bytes": QCoreApplication.translate(
            "ImportProblem", "the file holds invisible control characters; they were left out"
        ),
        "no_table": QCoreApplication.translate("ImportProblem", "no table found in this file"),
        "no_header": QCoreApplication.translate(
            "ImportProblem", "no first line with column names (such as “Name” or “E-mail”) found"
        ),
        "too_many_rows": QCoreApplication.translate(
            "ImportProblem", "more than {limit} rows; the rest was skipped"
        ),
        "cell_count": QCoreApplication.translate(
            "ImportProblem",
            "this row has {cells} columns where the first line names {headers}: it was "
            "imported, check this person afterwards",
        ),
        "bad_birthday": QCoreApplication.translate(
            "ImportProblem", "birthday not understood: {value}"
        ),
        "bad_email": QCoreApplication.translate(
            "ImportProblem", "not an e-mail address, skipped: {value}"
        ),
        "nameless_row": QCoreApplication.translate(
            "ImportProblem", "a row without a name or address was skipped"
        ),
        "too_large": QCoreApplication.translate(
            "ImportProblem", "the file is larger than {limit} MB; not read"
        ),
        "unreadable": QCoreApplication.translate("ImportProblem", "cannot be read: {reason}"),
        "not_a_file": QCoreApplication.translate(
            "ImportProblem", "not an ordinary file (perhaps a folder); not read"
        ),
        "empty_file": QCoreApplication.translate("ImportProblem", "the file is empty"),
        "line_without_colon": QCoreApplication.translate(
            "ImportProblem", "a line that belongs to no contact field was skipped"
        ),
        "malformed_line": QCoreApplication.translate(
            "ImportProblem", "an unreadable line was skipped"
        ),
        "nested_card": QCoreApplication.translate(
            "ImportProblem", "a contact inside another contact was read as a person of its own"
        ),
        "empty_card": QCoreApplication.translate("ImportProblem", "an empty contact was skipped"),
        "too_many_lines": QCoreApplication.translate(
            "ImportProblem", "more than {limit} lines in one contact; the rest was skipped"
        ),
        "unterminated_card": QCoreApplication.translate(
            "ImportProblem",
            "the file ends in the middle of this contact, as if it was cut short; what "
            "was there of it was imported",
        ),
        "cut_line": QCoreApplication.translate(
            "ImportProblem", "the file ends in the middle of this line; it was left out"
        ),
        "no_vcard": QCoreApplication.translate(
            "ImportProblem", "no contacts found in this file (it is no address book file)"
        ),
        "too_deep": QCoreApplication.translate(
            "ImportProblem", "contacts inside contacts, more than {limit} deep, were skipped"
        ),
        "too_many_cards": QCoreApplication.translate(
            "ImportProblem", "more than {limit} contacts; the rest was skipped"
        ),
        "too_many_values": QCoreApplication.translate(
            "ImportProblem", "more than {limit} values in one field; the rest was skipped"
        ),
        "bad_value": QCoreApplication.translate("ImportProblem", "{name} not understood: {value}"),
        "more_problems": QCoreApplication.translate(
            "ImportProblem", "{count} more problems of the kinds above were not listed"
        ),
        "not_text": QCoreApplication.translate(
            "ImportProblem", "this is not a text file; nothing was read"
        ),
        "spreadsheet": QCoreApplication.translate(
            "ImportProblem",
            "an Excel 97–2003 (.xls) or LibreOffice (.ods) spreadsheet, which netzjournal "
            "does not read: save it as an Excel workbook (.xlsx) or as CSV (File > Save As) and "
            "import that file",
        ),
        "workbook_locked": QCoreApplication.translate(
            "ImportProblem",
            "the workbook is protected by a password: open it in Excel, remove the password "
            "(File > Info > Protect Workbook > Encrypt with Password), save it and import it again",
        ),
        "workbook_damaged": QCoreApplication.translate(
            "ImportProblem",
            "the workbook cannot be read: it is damaged or incomplete. Open it in "
            "Excel or LibreOffice, save it again (or as CSV) and import that file",
        ),
        "workbook_too_large": QCoreApplication.translate(
            "ImportProblem",
            "the workbook unpacks to more than {limit} MB (an .xlsx file is packed); not read. "
            "Save the sheet with the contacts as CSV and import that file",
        ),
        "workbook_html": QCoreApplication.translate(
            "ImportProblem",
            "a web page (HTML) named as an Excel file, not a workbook (what many web tools "
            'export as "Excel"): open it in Excel or LibreOffice, save it as an Excel workbook '
            "(.xlsx) or as CSV (File > Save As) and import that file",
        ),
        "workbook_xml": QCoreApplication.translate(
            "ImportProblem",
            "an XML file named as an Excel file (Excel 2003's XML spreadsheet), not a workbook: "
            "open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV "
            "(File > Save As) and import that file",
        ),
        "formula_cells": QCoreApplication.translate(
            "ImportProblem",
            "{count} formulas have no stored value (e.g. {cell}) and were read as "
            "empty: open the workbook in Excel or LibreOffice, save it (which stores the values) "
            "and import it again",
        ),
        "workbook_sheets": QCoreApplication.translate(
            "ImportProblem",
            "only the sheet “{sheet}” was read; other sheets: {others}",
        ),
        "phone_numbers": QCoreApplication.translate(
            "ImportProblem",
            "phone numbers stored as numbers in the workbook ({count}, e.g. {value}) "
            "may have lost a leading 0 or +: check them after the import",
        ),
        "unknown_format": QCoreApplication.translate(
            "ImportProblem",
            "not an address book (vCard), a table (CSV) or a netzjournal export (JSON); "
            "nothing was read",
        ),
        "bad_row": QCoreApplication.translate(
            "ImportProblem", "this row could not be read ({reason}); it was skipped"
        ),
        "unbalanced_quote": QCoreApplication.translate(
            "ImportProblem", "a quotation mark is not closed; the row was read from this line only"
        ),
        "bad_dates": QCoreApplication.translate(
            "ImportProblem",
            "{count} dates in the column '{column}' could not be read, e.g. '{value}'",
        ),
        "json_export": QCoreApplication.translate(
            "ImportProblem",
            "a netzjournal JSON export: restore it on its own (File > Restore from JSON export, "
            "or 'netzjournal import' with this file alone) into an empty journal",
        ),
        "unread_columns": QCoreApplication.translate(
            "ImportProblem", "columns not read: {columns}"
        ),
        "calendar_file": QCoreApplication.translate(
            "ImportProblem",
            "a calendar (.ics), not contacts: import its events in the Events view (Import .ics…)",
        ),
        "unread_related": QCoreApplication.translate(
            "ImportProblem",
            "related people (partner, manager, assistant …) were not read (cards: {count}): "
            "a contact has no field for them",
        ),
        "unread_keys": QCoreApplication.translate(
            "ImportProblem",
            "encryption keys for e-mail and their settings (KEY, Proton's X-PM-…) were not read "
            "(cards: {count}): netzjournal sends no e-mail",
        ),
        "unread_dates": QCoreApplication.translate(
            "ImportProblem",
            "anniversaries and other dates were not read (cards: {count}): a contact keeps "
            "only the birthday",
        ),
        "unread_street": QCoreApplication.translate(
            "ImportProblem",
            "street, postcode and country of addresses were not read (cards: {count}): "
            "a contact keeps the city",
        ),
        "group_card": QCoreApplication.translate(
            "ImportProblem",
            "“{name}” is a contact group, not a person: its members in this file "
            "({count}) were given the tag “{name}”",
        ),
    }
    template = templates.get(problem.code)
    text = problem.worded(template) if template else problem.message
    if problem.line:
        return (
            QCoreApplication.translate("ImportProblem", "%1, line %2: %3")
            .replace("%1", problem.file)
            .replace("%2", QLocale().toString(problem.line))
            .replace("%3", text)
        )
    return (
        QCoreApplication.translate("ImportProblem", "%1: %2")
        .replace("%1", problem.file)
        .replace("%2", text)
    )


def import_format_label(code: str) -> str:
    """A reader's format code (``vcard``, ``csv-google``, …) as a person names it."""
    return {
        "vcard": "vCard",
        "csv-google": "Google CSV",
        "csv-outlook": "Outlook CSV",
        "csv-linkedin": "LinkedIn CSV",
        "csv-xing": "XING CSV",
        "csv-netzjournal": "netzjournal CSV",
        "csv-generic": QCoreApplication.translate("Texts", "CSV table"),
        "csv-table": QCoreApplication.translate("Texts", "CSV table"),  # its headers read
        "xlsx": QCoreApplication.translate("Texts", "Excel workbook"),
    }.get(code, code)


def field_label(name: str) -> str:
    """A contact's or note's field, as the editors name it (for conflict messages)."""
    return {
        "given_name": QCoreApplication.translate("Texts", "Given name"),
        "family_name": QCoreApplication.translate("Texts", "Family name"),
        "display_name": QCoreApplication.translate("Texts", "Display name"),
        "salutation": QCoreApplication.translate("Texts", "Salutation"),
        "title_prefix": QCoreApplication.translate("Texts", "Title"),
        "additional_names": QCoreApplication.translate("Texts", "Middle names"),
        "honorific_suffix": QCoreApplication.translate("Texts", "Suffix"),
        "nickname": QCoreApplication.translate("Texts", "Nickname"),
        "organisation": QCoreApplication.translate("Texts", "Organisation"),
        "department": QCoreApplication.translate("Texts", "Department"),
        "role": QCoreApplication.translate("Texts", "Role"),
        "hierarchy": QCoreApplication.translate("Texts", "Level"),
        "city": QCoreApplication.translate("Texts", "City"),
        "birthday": QCoreApplication.translate("Texts", "Birthday"),
        "source": QCoreApplication.translate("Texts", "How we met"),
        "source_detail": QCoreApplication.translate("Texts", "How we met"),
        "met_on": QCoreApplication.translate("Texts", "Met on"),
        "introduced_by": QCoreApplication.translate("Texts", "Introduced by"),
        "address_form": QCoreApplication.translate("Texts", "Address form"),
        "language": QCoreApplication.translate("Texts", "Language"),
        "closeness": QCoreApplication.translate("Texts", "Closeness"),
        "cadence_days": QCoreApplication.translate("Texts", "Keep in touch"),
        "cadence_never": QCoreApplication.translate("Texts", "Keep in touch"),
        "topics": QCoreApplication.translate("Texts", "Topics"),
        "notes": QCoreApplication.translate("Texts", "Notes"),
        "archived": QCoreApplication.translate("Texts", "Archived"),
        "channels": QCoreApplication.translate("Texts", "Ways to reach"),
        "tags": QCoreApplication.translate("Texts", "Tags"),
        "occurred_at": QCoreApplication.translate("Texts", "When"),
        "kind": QCoreApplication.translate("Texts", "Kind"),
        "direction": QCoreApplication.translate("Texts", "Direction"),
        "participants": QCoreApplication.translate("Texts", "Who"),
        "place": QCoreApplication.translate("Texts", "Place"),
        "duration_minutes": QCoreApplication.translate("Texts", "Duration"),
        "title": QCoreApplication.translate("Texts", "Title"),
        "body": QCoreApplication.translate("Texts", "Talked about"),
        # The editors' labels: one field, one name.
        "say_next": QCoreApplication.translate("Texts", "Pick up next time"),
        "say_next_to": QCoreApplication.translate("Texts", "Pick up next time"),
        "hooks": QCoreApplication.translate("Texts", "Private remarks"),
        "outcome": QCoreApplication.translate("Texts", "Outcome"),
        "give_take": QCoreApplication.translate("Texts", "Give & take"),
        "event_id": QCoreApplication.translate("Texts", "Event"),
    }.get(name, name)


def backup_problem_text(exc: Exception) -> str:
    """Why the day's backup was not made, and what happens next (the window's notice)."""
    from netzjournal.store.errors import JournalUnavailable

    kind = exc.kind if isinstance(exc, JournalUnavailable) else ""
    if kind == "disk-full":
        why = QCoreApplication.translate("Texts", "the disk is full")
    elif isinstance(exc, JournalUnavailable) and kind == "not-a-folder":
        why = QCoreApplication.translate(
            "Texts", "%1 is a file where the backups' folder should be"
        ).replace("%1", str(exc.path))
    elif isinstance(exc, JournalUnavailable):
        why = QCoreApplication.translate(
            "Texts",
            "%1 cannot be written (a write-protected folder or disk, missing permission "
            "or a disk error)",
        ).replace("%1", str(exc.path))
    else:
        why = QCoreApplication.translate("Texts", "an unexpected error (%1)").replace(
            "%1", str(exc)
        )
    return QCoreApplication.translate(
        "Texts",
        "Today's backup was not made: %1. Your journal is unchanged. netzjournal tries "
        "again at the next start; File → Backups… → Back up now tries at once.",
    ).replace("%1", why)


def file_not_saved_text(exc: OSError) -> str:
    """A file the person saves (an export, the review) that was not written. Every such
    writer writes a new file beside the old one and renames it over only when it is
    whole, so a file of that name from before is unchanged."""
    import errno

    from netzjournal.private_files import JournalsOwnFile, ProtectedFile

    name = Path(exc.filename).name if isinstance(exc.filename, str) else ""
    if isinstance(exc, JournalsOwnFile):
        why = QCoreApplication.translate(
            "Texts", "this is the journal itself or one of its backups; choose another name"
        )
    elif isinstance(exc, ProtectedFile):  # (the folder can be written: not "this folder")
        why = QCoreApplication.translate(
            "Texts",
            "the file is write-protected (read-only, append-only or immutable); "
            "choose another name",
        )
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        why = QCoreApplication.translate("Texts", "the disk is full")
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = QCoreApplication.translate(
            "Texts", "this folder cannot be written (write-protected, or no permission)"
        )
    else:
        why = exc.strerror or str(exc)
    return (
        QCoreApplication.translate(
            "Texts", "%1 was not saved: %2. A file of that name from before is unchanged."
        )
        .replace("%1", name or "?")
        .replace("%2", why)
    )


def store_error_text(exc: Exception) -> str:
    """The app's own words for a write the store refused (no "something went wrong")."""
    from netzjournal.store.errors import JournalLocked, JournalUnavailable, NotFound
    from netzjournal.store.journal import DiskFull, ReadOnlyJournal
    from netzjournal.store.stale import StaleWrite  # loaded by then: a write has failed

    if isinstance(exc, StaleWrite):
        fields = ", ".join(dict.fromkeys(field_label(f) for f in exc.fields))
        if exc.what == "contact":
            text = QCoreApplication.translate(
                "Texts",
                "This contact was changed elsewhere (in another window or by an import) "
                "since it was opened here. Both changed: %1.",
            )
        else:
            text = QCoreApplication.translate(
                "Texts",
                "This note was changed elsewhere (in another window or by an import) "
                "since it was opened here. Both changed: %1.",
            )
        return text.replace("%1", fields or "—")
    # A backup before the change (an import, a restore) meets the disk as the journal
    # does; the store's sentence is English and speaks of starting again.
    unavailable = exc.kind if isinstance(exc, JournalUnavailable) else ""
    if isinstance(exc, DiskFull) or unavailable == "disk-full":
        return QCoreApplication.translate(
            "Texts",
            "The disk is full; nothing was saved from this change. Free some space and try again.",
        )
    if isinstance(exc, ReadOnlyJournal):
        return QCoreApplication.translate(
            "Texts",
            "The journal is open read-only; nothing was saved from this change.",
        )
    if isinstance(exc, JournalLocked) or unavailable == "locked":
        return QCoreApplication.translate(
            "Texts",
            "Another program is writing to the journal right now; nothing "
            "was saved from this change. Try again in a moment.",
        )
    if isinstance(exc, JournalUnavailable) and exc.kind == "moved":
        return QCoreApplication.translate(
            "Texts",
            "The journal file %1 was moved or deleted while netzjournal had it open; "
            "nothing was saved from this change. Quit netzjournal, put the file back "
            "(or restore a backup) and start again.",
        ).replace("%1", str(exc.path))
    if isinstance(exc, JournalUnavailable) and exc.kind == "not-a-folder":
        return QCoreApplication.translate(
            "Texts",
            "%1 is a file where a folder should be; nothing was saved from this change. "
            "Move the file aside and try again.",
        ).replace("%1", str(exc.path))
    if isinstance(exc, JournalUnavailable):
        return QCoreApplication.translate(
            "Texts",
            "%1 cannot be written (a write-protected folder or disk, missing permission "
            "or a disk error); nothing was saved from this change.",
        ).replace("%1", str(exc.path))
    if isinstance(exc, NotFound):
        return QCoreApplication.translate(
            "Texts",
            "This entry no longer exists: it was deleted elsewhere "
            "(in another window or by an import).",
        )
    from netzjournal.localized import refusal_text

    return refusal_text(exc, ui_language())  # (a recurrence rule's reason in its words)


_SELECTION = ("closeness", "tag_add", "tag_remove")


def _selection_text(o: Outcome) -> str:
    """A change to the list's selection: one person named, several counted."""
    if o.count == 1 and o.subject:
        said = {
            "closeness": QCoreApplication.translate("Undo", "Closeness %2 for %1"),
            "tag_add": QCoreApplication.translate("Undo", "Tag %1 with “%2”"),
            "tag_remove": QCoreApplication.translate("Undo", "Remove tag “%2” from %1"),
        }[o.what]
        subject = o.subject
    else:
        said = {
            "closeness": QCoreApplication.translate("Undo", "Closeness %2 for %1 contacts"),
            "tag_add": QCoreApplication.translate("Undo", "Tag %1 contacts with “%2”"),
            "tag_remove": QCoreApplication.translate("Undo", "Remove tag “%2” from %1 contacts"),
        }[o.what]
        subject = QLocale().toString(o.count)
    other = str(o.value) if o.what == "closeness" else o.other
    # One pass: a name or a tag with "%2" in it stays as it is.
    first, _sep, rest = said.partition("%1")
    return first.replace("%2", other) + subject + rest.replace("%2", other)


def status_text(o: Outcome) -> str:
    """What a command did in the status bar's one line: people by their names alone
    (``Outcome.short_subject``), the labels that tell namesakes apart being too long
    for it at 800 pixels in German (the undo menu keeps them); where both are
    namesakes, the name once ("Two contacts named Jürgen Bäcker")."""
    import dataclasses  # (here: the first paint loads no dataclasses, issue 15)

    from netzjournal.store.people import same_name

    if not (o.short_subject or o.short_other):
        return outcome_text(o)
    if o.what == "not_duplicates" and same_name(o.short_subject) == same_name(o.short_other):
        said = QCoreApplication.translate("Undo", "Two contacts named %1: not the same person")
        return said.replace("%1", o.short_subject)
    return outcome_text(
        dataclasses.replace(o, subject=o.short_subject or o.subject, other=o.short_other or o.other)
    )


def outcome_text(o: Outcome) -> str:
    """What a command did, in the interface language (undo label, status bar)."""
    counted = {  # %1 is how many
        "delete_contacts": QCoreApplication.translate("Undo", "Delete contacts (%1)"),
        "archive": QCoreApplication.translate("Undo", "Archive contacts (%1)"),
        "unarchive": QCoreApplication.translate("Undo", "Restore contacts (%1)"),
        "import": QCoreApplication.translate("Undo", "Import contacts (%1)"),
        "language_all": QCoreApplication.translate("Undo", "Language for contacts (%1)"),
        "address_form_all": QCoreApplication.translate("Undo", "Sie or du for contacts (%1)"),
    }
    if o.what in ("edit_note", "delete_notes") and not o.subject and o.day is not None:
        dated = {  # a note without a title: its day, as dates are written here
            "edit_note": QCoreApplication.translate("Undo", "Edit the note of %1"),
            "delete_notes": QCoreApplication.translate("Undo", "Delete the note of %1"),
        }[o.what]
        return dated.replace("%1", format_date(o.day))
    if o.what == "my_status":  # as the page says it ("My answer"), and which evening
        # (the evening's name quoted as the other event steps: „Nachbereitung „…““; the
        # German „Meine Antwort zu Vertriebler-Stammtisch … am“ lacked an article)
        said = QCoreApplication.translate("Undo", "My answer for “%1” on %2")
        return said.replace("%1", o.subject).replace("%2", format_date(o.day))
    if o.what == "delete_notes" and not o.subject:
        counted["delete_notes"] = QCoreApplication.translate("Undo", "Delete notes (%1)")
    if o.what == "met_at" and not o.other:
        return QCoreApplication.translate("Undo", "Forget where we met %1").replace("%1", o.subject)
    one = {  # one person, named: of several namesakes, which (%1 the picker's label)
        "delete_contacts": QCoreApplication.translate("Undo", "Delete %1"),
        "archive": QCoreApplication.translate("Undo", "Archive %1"),
        "unarchive": QCoreApplication.translate("Undo", "Restore %1"),
    }
    if o.what in _SELECTION:
        return _selection_text(o)
    if o.what in one and o.count == 1 and o.subject:
        return one[o.what].replace("%1", o.subject)
    if o.what in counted:
        return counted[o.what].replace("%1", QLocale().toString(o.count))  # "5,000" / "5.000"
    named = {  # %1 is the subject, %2 the other
        "edit_contact": QCoreApplication.translate("Undo", "Edit %1"),
        # (the kept one only, as the pickers name them: both labels side by side
        # were too long for the Edit menu)
        "merge": QCoreApplication.translate("Undo", "Merge: %2 (2 entries)"),
        "not_duplicates": QCoreApplication.translate("Undo", "%1 and %2: not the same person"),
        "create_contact": QCoreApplication.translate("Undo", "New contact %1"),
        "link_invitee": QCoreApplication.translate("Undo", "%1 linked to the invitation"),
        "save_note": QCoreApplication.translate("Undo", "New note"),
        "edit_note": QCoreApplication.translate("Undo", "Edit note “%1”"),
        "delete_notes": QCoreApplication.translate("Undo", "Delete note “%1”"),
        "reached_out": QCoreApplication.translate("Undo", "Reached out to %1"),
        "snooze": QCoreApplication.translate("Undo", "Later for %1"),
        "language": QCoreApplication.translate("Undo", "Language for %1"),
        "address_form": QCoreApplication.translate("Undo", "Address form for %1"),
        "salutation": QCoreApplication.translate("Undo", "Salutation for %1"),
        "debrief": QCoreApplication.translate("Undo", "Debrief “%1”"),
        "attendance_add": QCoreApplication.translate("Undo", "%1 at %2"),
        "attendance_remove": QCoreApplication.translate("Undo", "Remove %1 from %2"),
        "occurrence_differ": QCoreApplication.translate("Undo", "Change one occurrence of %1"),
        "occurrence_cancel": QCoreApplication.translate("Undo", "Cancel an occurrence of %1"),
        "create_event": QCoreApplication.translate("Undo", "New event “%1”"),
        "edit_event": QCoreApplication.translate("Undo", "Edit event “%1”"),
        "delete_event": QCoreApplication.translate("Undo", "Delete event “%1”"),
        "met_at": QCoreApplication.translate("Undo", "Met %1 at %2"),
        # (one step for the files chosen together: what they changed is in the result)
        "import_calendar": QCoreApplication.translate("Undo", "Import calendar"),
    }
    if o.what not in named:
        return o.what
    text = named[o.what].replace("%1", o.subject)
    return text.replace("%2", o.other) if "%2" in named[o.what] else text
