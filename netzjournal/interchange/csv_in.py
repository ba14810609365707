"""Reading contacts from CSV: LinkedIn, Google Contacts, Outlook (English and
German; XING's export is Outlook's layout, told by its rows' XING profile pages),
netzjournal's own export, or any CSV through a column mapping.

Columns are found by header name, never by position. The delimiter (``,``,
``;`` or tab), the line ending (CRLF, LF, CR alone) and the encoding (UTF-8
with or without BOM, UTF-16 with or without BOM, cp1252) are detected. The
header is the first line with at least two cells outside quotation marks, so
LinkedIn's preamble (``Notes:`` and a quoted notice) is passed over by what it
holds, while Outlook's quoted header cells are read as a header.

Rows are read one record at a time: a quotation mark that is never closed is
reported with its line number instead of swallowing the rows after it, a
broken row is skipped and reported, and the whole read is linear in the size
of the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter

from netzjournal import messengers
from netzjournal.interchange.model import (
    GOOGLE_SYSTEM_GROUPS,
    ImportedContact,
    Problem,
    ReadResult,
)
from netzjournal.interchange.vcard import MAX_PROBLEMS, parse_birthday
from netzjournal.store.codes import ADDRESS_FORMS, HIERARCHY_LEVELS, LANGUAGES
from netzjournal.store.records import Birthday, Channel
from netzjournal.validation import valid_email

MAX_ROWS = 200_000
MAX_PREAMBLE_LINES = 50  # lines looked at for the header
# A cell may be as large as the file (files are at most 20 MB); the default
# limit of 128 KB raised an exception on a long note.
csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "mär": 3, "mrz": 3, "apr": 4, "may": 5, "mai": 5,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12,
    "dez": 12,
}  # fmt: skip
LIST_SEPARATOR = " ::: "  # Google's, and netzjournal's own export: several values in one cell
# A cell that a spreadsheet would run as a formula is written with a leading
# apostrophe (netzjournal's export); reading takes exactly one off again.
FORMULA = re.compile(r"^'*[=+\-@\t\r]")


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    head = data[:4096]
    if len(head) >= 8:
        # UTF-16 without a byte-order mark: text in Latin script has a NUL in
        # every other byte, on odd positions (little endian) or even ones (big).
        odd, even = head[1::2].count(0), head[0::2].count(0)
        half = len(head) // 2
        if odd > 0.4 * half and even < 0.05 * half:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le"
        if even > 0.4 * half and odd < 0.05 * half:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def looks_binary(text: str) -> bool:
    """Control characters or undecodable bytes in more than 2 % of the first 64 KB."""
    head = text[:65536]
    if not head:
        return False
    odd = sum(1 for ch in head if (ch < " " and ch not in "\t\r\n") or ch == "\ufffd")
    return odd > 0.02 * len(head)


# Header names per field (lower-case); the first present wins.
FIELDS = {
    "given": ("first name", "given name", "vorname"),
    "middle": ("middle name", "additional name", "weitere vornamen"),  # (Google until 2020)
    # The whole name, read where a row has no given or family name (Google's "Name",
    # Thunderbird's "Display Name": a practice, a shop, someone saved by one name).
    "display": ("name", "display name", "anzeigename"),
    "family": ("last name", "family name", "nachname"),
    "prefix": ("name prefix", "title", "titel", "prefix"),
    "salutation": ("anrede", "salutation"),
    "suffix": ("name suffix", "suffix", "namenszusatz"),
    "nickname": ("nickname", "spitzname"),
    # (after the exports' names, what a hand-made German or English list calls them)
    "organisation": ("organization name", "company", "organization 1 - name", "firma",
                     "organization", "organisation", "unternehmen", "arbeitgeber", "employer"),
    "title": ("organization title", "job title", "position", "organization 1 - title",
              "arbeitstitel", "funktion", "jobtitel", "berufsbezeichnung", "rolle", "role"),
    "department": ("organization department", "organization 1 - department", "department",
                   "abteilung"),
    "birthday": ("birthday", "geburtstag", "geburtsdatum", "date of birth"),
    # Thunderbird: the birthday in three columns (its German "Geburtstag" is the day).
    "birth_year": ("birth year", "geburtsjahr"),
    "birth_month": ("birth month", "geburtsmonat"),
    "birth_day": ("birth day", "geburtstag"),
    # (and what a hand-made table calls its notes: "Notiz", "Bemerkungen", "Comments")
    "notes": ("notes", "notizen", "note", "notiz", "bemerkung", "bemerkungen", "anmerkung",
              "anmerkungen", "kommentar", "comments"),
    "labels": ("labels", "group membership", "kategorien", "categories", "tags"),
    "city": ("address 1 - city", "business city", "home city", "ort geschäftlich", "ort privat",
             "work city", "dienstlich: ort", "privat: ort", "city", "ort", "stadt", "wohnort",
             "standort", "town"),
    "connected": ("connected on",),
    "url": ("url", "website 1 - value", "web page", "webseite", "personal web page", "web",
            "web page 1", "web page 2", "webseite 1", "webseite 2"),
}  # fmt: skip
EMAIL_COLUMNS = re.compile(
    r"^(e-mail( \d)? - value|e-mail( \d)? address|email address|e-mail-adresse( \d)?"
    r"|e-mail( \d)?: adresse|e-mail|email"
    r"|(primary|secondary) email|(primäre|sekundäre) e-mail-adresse)$"  # (Thunderbird)
)
PHONE_COLUMNS = {
    "mobile phone": "mobile", "mobile phone 2": "mobile", "business phone": "work",
    "business phone 2": "work", "home phone": "home", "home phone 2": "home",
    "other phone": "other", "primary phone": "", "company main phone": "work",
    "car phone": "car", "business fax": "work,fax", "home fax": "home,fax", "pager": "pager",
    "mobiltelefon": "mobile", "mobiltelefon 2": "mobile", "telefon geschäftlich": "work",
    "telefon geschäftlich 2": "work", "telefon privat": "home", "telefon privat 2": "home",
    "weiteres telefon": "other", "haupttelefon": "", "telefon firma": "work",
    "autotelefon": "car", "fax geschäftlich": "work,fax", "fax privat": "home,fax",
    # Thunderbird's export (English, German)
    "work phone": "work", "mobile number": "mobile", "fax number": "fax",
    "pager number": "pager", "tel. dienstlich": "work", "tel. privat": "home",
    "mobil-tel.-nr.": "mobile", "fax-nummer": "fax", "pager-nummer": "pager",
    # Spreadsheets people make themselves; the kind is in a qualifier (_QUALIFIERS).
    "telefon": "", "telefonnummer": "", "tel.": "", "phone": "", "phone number": "",
    "telephone": "", "mobil": "mobile", "handy": "mobile", "mobile": "mobile", "fax": "fax",
}  # fmt: skip
# The kind of a column named by a base word and a qualifier: "E-Mail (geschäftlich)",
# "Telefon (privat)", "Ort: geschäftlich", "Privat: Ort", "Phone (mobile)", "Work Email".
_QUALIFIERS = {
    "geschäftlich": "work", "dienstlich": "work", "beruflich": "work", "büro": "work",
    "work": "work", "business": "work", "office": "work",
    "privat": "home", "private": "home", "home": "home", "personal": "home",
    "mobil": "mobile", "mobile": "mobile", "handy": "mobile", "cell": "mobile",
}  # fmt: skip
# Columns not worth listing as unread: what an export derives from the name and
# address (Outlook's "E-mail Display Name", "Initials"), Google's labels of another
# column ("Website 1 - Label": listed with it if that one is unread) ...
_DERIVED = re.compile(
    r"^(e-mail( \d)? display name|e-mail( \d)?: angezeigter name|e-mail-anzeigename"
    r"|initials|initialen)$|^.+ - (label|type)$"
)
# ... and cells that hold only an export's default ("SMTP", Outlook's "Normal"
# priority, "Unspecified" gender, "False" for private).
_DEFAULT_CELLS = frozenset(
    ("smtp", "ex", "normal", "unspecified", "nicht angegeben", "false", "falsch", "0", "no",
     "nein")
)  # fmt: skip


def _qualified(header: str) -> tuple[str, str] | None:
    """(base word, kind) of a lower-case header with a qualifier: "e-mail (geschäftlich)",
    "ort: privat", "privat: ort", "telefon mobil", "work email"; None without one."""
    if m := re.fullmatch(r"(.+?)\s*\((.+)\)", header):
        pairs = [(m.group(1), m.group(2))]
    elif ":" in header:
        first, second = (part.strip() for part in header.split(":", 1))
        pairs = [(first, second), (second, first)]
    else:
        words = header.split()
        if len(words) < 2:
            return None
        pairs = [(" ".join(words[:-1]), words[-1]), (" ".join(words[1:]), words[0])]
    for base, qualifier in pairs:
        kind = _QUALIFIERS.get(qualifier.strip())
        if kind and base.strip():
            return base.strip(), kind
    return None


_KNOWN_HEADERS = (
    {n for names in FIELDS.values() for n in names} | set(PHONE_COLUMNS) | {"email address"}
)
# Outlook's "no birthday": 0.0.00 (German), 0/0/00 (English).
_NO_DATE = re.compile(r"^0+[./-]0+[./-]0+$")
# Columns whose cells may hold line breaks; a line break anywhere else means a
# quotation mark was left open.
_FREE_TEXT = re.compile(
    r"note|notiz|street|straße|strasse|formatted|anschrift|description|beschreibung"
    r"|bemerkung|comment|kommentar|^address|^adresse|(?<!mail )address$|^custom field"
)


@dataclass(frozen=True)
class OwnColumn:
    """A column of netzjournal's own CSV export, with its English and German header."""

    key: str
    english: str
    german: str


OWN_COLUMNS = (
    OwnColumn("salutation", "Salutation", "Anrede"),
    OwnColumn("title_prefix", "Title", "Titel"),
    OwnColumn("given_name", "First Name", "Vorname"),
    OwnColumn("family_name", "Last Name", "Nachname"),
    OwnColumn("additional_names", "Middle Name", "Weitere Vornamen"),
    OwnColumn("honorific_suffix", "Suffix", "Namenszusatz"),
    OwnColumn("nickname", "Nickname", "Spitzname"),
    OwnColumn("display_name", "Display Name", "Anzeigename"),
    OwnColumn("organisation", "Organization", "Firma"),
    OwnColumn("department", "Department", "Abteilung"),
    OwnColumn("role", "Job Title", "Position"),
    OwnColumn("hierarchy", "Hierarchy", "Hierarchie"),
    OwnColumn("city", "City", "Ort"),
    OwnColumn("email", "E-mail", "E-Mail"),
    OwnColumn("email_labels", "E-mail Labels", "E-Mail-Typen"),
    OwnColumn("phone", "Phone", "Telefon"),
    OwnColumn("phone_labels", "Phone Labels", "Telefon-Typen"),
    OwnColumn("url", "Web", "Webseite"),
    OwnColumn("url_labels", "Web Labels", "Webseite-Typen"),
    OwnColumn("messenger", "Messenger", "Messenger"),
    OwnColumn("messenger_labels", "Messenger Services", "Messenger-Dienste"),
    OwnColumn("birthday", "Birthday", "Geburtstag"),
    OwnColumn("tags", "Tags", "Tags"),
    OwnColumn("source", "Source", "Quelle"),
    OwnColumn("source_detail", "Source Detail", "Quelle Detail"),
    OwnColumn("met_on", "Met On", "Kennengelernt am"),
    OwnColumn("address_form", "Address Form", "Sie oder du"),
    OwnColumn("language", "Language", "Sprache"),
    OwnColumn("closeness", "Closeness", "Nähe"),
    OwnColumn("cadence", "Cadence (days)", "Rhythmus (Tage)"),
    OwnColumn("topics", "Topics", "Themen"),
    OwnColumn("archived", "Archived", "Archiviert"),
    OwnColumn("notes", "Notes", "Notizen"),
    OwnColumn("uid", "UID", "UID"),  # the contact's identity: a re-import finds it again
)
_OWN_BY_HEADER = {c.english.lower(): c.key for c in OWN_COLUMNS} | {
    c.german.lower(): c.key for c in OWN_COLUMNS
}
_YES = {"yes", "ja", "true", "1", "x", "wahr"}
NEVER = ("never", "nie")


def detect_layout(headers: list[str]) -> str:
    lower = {h.strip().lower() for h in headers}
    if ({"display name", "e-mail labels"} <= lower) or ({"anzeigename", "e-mail-typen"} <= lower):
        return "netzjournal"
    if {"first name", "last name", "connected on"} <= lower:
        return "linkedin"
    if "e-mail 1 - value" in lower or "phone 1 - value" in lower:
        return "google"
    if "e-mail address" in lower or "business phone" in lower or "vorname" in lower:
        return "outlook"
    if _names_its_columns(list(lower)):
        return "table"
    return "generic"


# Columns only Outlook's export writes (English and German): a table with "Vorname"
# and none of them is read with Outlook's columns but named a CSV table, not "Outlook
# CSV" (Stefan's own Excel list, "Vorname;Nachname;Firma;Position;E-Mail;…", and
# Thunderbird's German export were labelled Outlook's in the preview).
_OUTLOOK_ONLY = re.compile(
    r"^(e-mail( \d)? address|e-mail( \d)? display name|(business|home|other) "
    r"(phone|fax|street|city|postal code|state|country/region)( \d)?|mobile phone( \d)?"
    r"|middle name|company main phone|primary phone|car phone|given yomi|surname yomi"
    r"|(straße|ort|postleitzahl|region|land/region|telefon|fax|bundesland) "
    r"(geschäftlich|privat)( \d)?|weitere vornamen|mobiltelefon( \d)?|e-mail-adresse"
    r"|e-mail-typ|e-mail( \d)?: (adresse|typ|angezeigter name)|haupttelefon|autotelefon"
    r"|weiteres telefon|telefon firma)$"
)


def outlooks_own(headers: list[str]) -> bool:
    """Whether a table holds a column only Outlook's export writes."""
    return any(_OUTLOOK_ONLY.match(h.strip().lower()) for h in headers)


def _names_its_columns(lower: list[str]) -> bool:
    """A table someone made by hand whose headers say what they hold ("First name",
    "Company", "Email (work)", "Phone (mobile)"; "Name", "Firma", "Handy"): a name and a
    way to reach the person, read as the qualified headers of the known layouts are
    (the preview names the columns nothing reads); no mapping is asked for."""
    cols = _Columns.of(lower, FIELDS, None)
    named = any(cols.fields.get(key) for key in ("given", "family", "display"))
    return named and bool(cols.emails or cols.phones)


def _cell(row: dict[str, str], names: tuple[str, ...]) -> str:
    for name in names:
        value = row.get(name)
        if value and value.strip():
            return value.strip()
    return ""


def parse_date(text: str, day_first: bool = False) -> dt.date | None:
    """A date as exports write them: ``09 Oct 2024``, ``5-Jan-26``,
    ``1/8/18, 6:14 PM`` (month first unless ``day_first``), ``08.01.2018``,
    ``2018-01-08``, ``Oct 9, 2024``; a time after the date is ignored.

    Written out rather than left to dateutil: its guesses would read the German
    ``08.01.2018`` as 1 August and accept almost any text as some date.
    """
    text = re.sub(r",?\s*\d{1,2}:\d{2}(:\d{2})?\s*([AaPp]\.?[Mm]\.?)?\s*$", "", text.strip())
    text = text.strip().rstrip(",")
    year: str
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    elif m := re.fullmatch(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})", text):
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", text):
        first, second, year = int(m.group(1)), int(m.group(2)), m.group(3)
        month, day = (second, first) if day_first else (first, second)
    elif m := re.fullmatch(r"(\d{1,2})\.?[\s-]([^\W\d_]{3,})\.?[\s,-]+(\d{4}|\d{2})", text):
        day, name, year = int(m.group(1)), m.group(2), m.group(3)
        month = _MONTHS.get(name[:3].lower(), 0)
    elif m := re.fullmatch(r"([^\W\d_]{3,})\.?\s(\d{1,2}),?\s(\d{4})", text):
        name, day, year = m.group(1), int(m.group(2)), m.group(3)
        month = _MONTHS.get(name[:3].lower(), 0)
    else:
        return None
    # Two-digit years in these exports are this century (LinkedIn began in 2003).
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    try:
        return dt.date(full_year, month, day)
    except ValueError:
        return None


def _birthday(text: str) -> Birthday | None:
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})?", text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        text = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)  # Outlook (US): month/day/year
    if m:
        text = f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return parse_birthday(text, {})


_SEPARATORS = {":::": re.compile(":::"), "::: ;": re.compile(":::|;")}


def _split_values(text: str, separators: str = ":::") -> list[str]:
    """Google's "a ::: b" cells, and its "* " marker for the primary value."""
    if not text:
        return []
    if ":::" not in text and (";" not in text or separators == ":::"):  # most cells: one value
        value = text.strip().removeprefix("* ").strip()
        return [value] if value else []
    parts = _SEPARATORS[separators].split(text)
    return [v.strip().removeprefix("* ").strip() for v in parts if v.strip()]


# (the whole name, split as a name is, for a list with one "Kunde" column; the Anrede,
# else the coach asks Frau or Herr for each person of a German list)
MAPPABLE = ("given", "middle", "family", "display", "salutation", "suffix", "nickname",
            "organisation", "title", "email", "phone", "city", "birthday", "notes",
            "labels")  # fmt: skip


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """The columns of an unknown layout whose header is one the exports and hand-made
    lists use for a field („Firma“, „Anrede“, „E-Mail“, „Mail“): proposed, not read
    before the user confirms them. Each header once."""
    taken: set[str] = set()
    guessed: dict[str, str] = {}
    for key in MAPPABLE:
        for header in headers:
            low = header.strip().lower()
            if low in taken:
                continue
            if key == "email":
                known = bool(EMAIL_COLUMNS.match(low)) or low in ("mail", "e-mail-adresse")
            elif key == "phone":
                known = low in PHONE_COLUMNS or low in ("telefon", "phone", "handy", "mobil")
            else:
                known = low in FIELDS.get(key, ())
            if known:
                guessed[key] = header
                taken.add(low)
                break
    return guessed


# -- records --------------------------------------------------------------------------------


def _normalise_endings(text: str) -> str:
    """LF or CRLF line endings. In a file with line feeds a lone CR is part of a
    cell (kept as :data:`_LONE_CR`); a file of CRs alone (old Mac) ends its lines
    with them."""
    if "\n" not in text:
        return text.replace("\r", "\n")
    if "\r" in text:
        return re.sub(r"\r(?!\n)", _LONE_CR, text)
    return text


# Stands for a CR inside a line while the csv module reads it (which would take
# it for the end of a record); no export holds this private-use character.
_LONE_CR = "\U000f0d0d"
_BLANK_LINES = re.compile(r"[ \t\r\n]*\n")  # one character class: no backtracking stack


class _Source:
    """The text, read line by line from ``offset`` on; ``offset`` and ``line``
    (0-based) always tell how far a reader has got. Lines are sliced when asked
    for, never held all at once (a file of millions of short lines stays small)."""

    def __init__(self, text: str, offset: int = 0, line: int = 0) -> None:
        self.text, self.offset, self.line = text, offset, line

    def lines(self) -> Iterator[str]:
        text, find, size = self.text, self.text.find, len(self.text)
        while self.offset < size:
            start = self.offset
            end = find("\n", start)
            end = size if end < 0 else end + 1
            self.offset, self.line = end, self.line + 1
            yield text[start:end]

    def skip_blank_lines(self) -> None:
        m = _BLANK_LINES.match(self.text, self.offset)
        if m and m.end() > self.offset:
            self.line += self.text.count("\n", self.offset, m.end())
            self.offset = m.end()

    def line_at(self, offset: int) -> str:
        end = self.text.find("\n", offset)
        return self.text[offset : len(self.text) if end < 0 else end + 1]


def _outside_quotes(line: str, delimiter: str) -> int:
    """How many times ``delimiter`` occurs outside quotation marks in one line."""
    return sum(part.count(delimiter) for part in line.split('"')[::2])


def _find_header(text: str) -> tuple[int, int, str] | None:
    """The header's line number (0-based), its offset and the delimiter: the first
    line with at least two filled cells outside quotation marks. LinkedIn's
    "Notes:" and its quoted notice have one — also once Excel has re-saved the
    file and padded them with empty cells (``Notes:,,,,,,``)."""
    source = _Source(text)
    for index, line in enumerate(source.lines()):
        if index >= MAX_PREAMBLE_LINES:
            break
        if not line.strip():
            continue
        offset = source.offset - len(line)
        counts = {d: _outside_quotes(line, d) for d in (",", ";", "\t")}
        delimiter = max(counts, key=lambda d: counts[d])
        if counts[delimiter]:
            try:
                cells = next(csv.reader([line], delimiter=delimiter), [])
            except csv.Error:
                cells = []
            filled = [c.strip() for c in cells if c.strip()]
            if len(filled) >= 2:
                return index, offset, delimiter
            line = filled[0] if filled else ""
        cell = line.strip().strip('"').strip().lower()
        if cell in _KNOWN_HEADERS or EMAIL_COLUMNS.match(cell):
            return index, offset, ","  # a table of one column
    return None


def _records(
    source: _Source,
    delimiter: str,
    free_text: list[bool],
    tick: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, list[str] | None, str]]:
    """(line, cells, problem code) for each record from the source's offset on.

    A record that runs over several lines is checked: an odd number of
    quotation marks (it ran to the end of the file), or a line break in a cell
    that never holds one (a name, an address), means a quotation mark was left
    open: that is reported, the record's first line is read on its own, and
    reading goes on with the next line.
    """
    width = len(free_text)
    text = source.text
    while source.offset < len(text):
        # The csv module reads no further than the record it returns, so the
        # source's offset is where the next record begins.
        reader = csv.reader(source.lines(), delimiter=delimiter)
        while True:
            source.skip_blank_lines()
            first, start = source.line, source.offset
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield first + 1, None, str(exc)
                source.offset = start + len(source.line_at(start))
                source.line = first + 1
                break
            if tick is not None:
                tick(source.offset)
            if (
                _left_open(text, start, source.offset, values, free_text, delimiter, width)
                if source.line - first > 1
                else _open_at_end(source, start, delimiter)
            ):
                line = source.line_at(start)
                cells = next(csv.reader([_drop_open_quote(line, delimiter)], delimiter=delimiter))
                yield first + 1, cells, "unbalanced_quote"
                source.offset, source.line = start + len(line), first + 1
                break
            yield first + 1, values, ""


def _open_at_end(source: _Source, start: int, delimiter: str) -> bool:
    """Whether the file's last line opens a quotation mark it never closes (the
    csv module, strict, says so in one pass of C)."""
    if source.offset < len(source.text) or '"' not in source.text[start:]:
        return False
    try:
        next(csv.reader([source.text[start:]], delimiter=delimiter, strict=True), None)
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _drop_open_quote(line: str, delimiter: str) -> str:
    """The line without the quotation mark that opens a cell and is never closed.

    Jumps from quotation mark to quotation mark and from cell to cell with
    ``str.find``: a line may be megabytes long."""
    i, size = 0, len(line)
    while i < size:
        if line.startswith('"', i):  # a quoted cell: find its closing mark
            j = i + 1
            while True:
                k = line.find('"', j)
                if k < 0:
                    return line[:i] + line[i + 1 :]  # never closed
                if line.startswith('"', k + 1):
                    j = k + 2  # an escaped quotation mark
                    continue
                break
            end = line.find(delimiter, k + 1)
        else:
            end = line.find(delimiter, i)
        if end < 0:
            return line
        i = end + 1
    return line


def _left_open(text: str, start: int, end: int, values: list[str],
               free_text: list[bool], delimiter: str, width: int) -> bool:  # fmt: skip
    if text.count('"', start, end) % 2:
        return True
    for i, value in enumerate(values):
        if "\n" not in value:
            continue
        if i >= width or not free_text[i]:
            return True
        # A note that holds whole rows of this table swallowed them.
        if width >= 4 and any(
            _outside_quotes(part, delimiter) >= width - 1 for part in value.split("\n")[1:]
        ):
            return True
    return False


# -- rows → contacts -------------------------------------------------------------------------


@dataclass
class _DateColumn:
    """A column of dates, read once the whole column is known (the order of day
    and month follows from the column), and reported once if unreadable."""

    header: str
    cells: list[tuple[ImportedContact, int, str]] = field(default_factory=list)


def read_csv(
    data: bytes,
    name: str = "<csv>",
    mapping: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ReadResult:
    """Read contacts from a CSV export; ``mapping`` maps our fields to header names
    for any other layout ("generic"). ``progress(done, total)`` is told how many
    lines are read (it may raise to stop)."""
    result = ReadResult()
    text, _encoding = decode(data)
    if looks_binary(text):
        result.problems.append(Problem.of(name, 0, "not_text"))
        return result
    if "\x00" in text:
        text = text.replace("\x00", "")
        result.problems.append(Problem.of(name, 0, "nul_bytes"))
    text = _normalise_endings(text.removeprefix("\ufeff"))
    found = _find_header(text)
    if found is None:
        result.problems.append(Problem.of(name, 0, "no_table" if text.strip() else "empty_file"))
        return result
    start, offset, delimiter = found
    source = _Source(text, offset, start)
    header_line = source.line_at(offset)
    try:
        raw_headers = next(csv.reader([header_line], delimiter=delimiter))
    except csv.Error:
        result.problems.append(Problem.of(name, start + 1, "no_header"))
        return result
    source.offset, source.line = offset + len(header_line), start + 1
    headers = [h.replace(_LONE_CR, " ").strip().lstrip("\ufeff") for h in raw_headers]
    if mapping is None and any("@" in h and valid_email(h) for h in headers):
        # A first line holding an e-mail address is a person, not a header (a list
        # saved without one): read as one it would be lost without a word.
        result.problems.append(Problem.of(name, start + 1, "no_header"))
        return result
    layout = detect_layout(headers) if mapping is None else "generic"
    result.format = f"csv-{layout}"
    if layout == "outlook" and not outlooks_own(headers):
        result.format = "csv-table"  # (read with Outlook's columns all the same)
    lower = [h.lower() for h in headers]
    fields = dict(FIELDS)
    if mapping:
        fields = {k: (v.lower(),) for k, v in mapping.items()}
    columns = _Columns.of(lower, fields, mapping)
    free_text = [bool(_FREE_TEXT.search(h)) for h in lower]
    if layout == "netzjournal":
        free_text = [_OWN_BY_HEADER.get(h) in ("notes", "topics") for h in lower]
    total = len(text)
    ticks = [0]

    def tick(pos: int) -> None:
        ticks[0] += 1
        if progress is not None and ticks[0] % 500 == 0:
            progress(pos, total)

    original = dict(zip(lower, headers, strict=True))
    birthday_header = next(
        (h for h in (*fields.get("birth_month", ()), *fields.get("birthday", ())) if h in lower), ""
    )
    dates = {
        "birthday": _DateColumn(original.get(birthday_header, birthday_header)),
        "connected": _DateColumn(original.get("connected on", "Connected On")),
    }
    lone_cr = _LONE_CR in text
    cr = "\r" if layout == "netzjournal" else "\n"
    # Columns nothing reads: named in the preview once a cell of theirs holds something.
    used = set(_OWN_BY_HEADER) if layout == "netzjournal" else columns.read()
    candidates = [i for i, h in enumerate(lower) if h and h not in used and not _DERIVED.match(h)]
    still_empty = candidates  # narrowed while rows are read
    cells_of = _cells_of(still_empty)
    count = 0
    for number, values, trouble in _records(source, delimiter, free_text, tick):
        if values is None:
            result.problems.append(Problem.of(name, number, "bad_row", reason=trouble))
            continue
        if trouble:
            result.problems.append(Problem.of(name, number, trouble))
        # A lone CR: a line break in other exports; netzjournal's own keeps it as written.
        if lone_cr:
            values = [v.replace(_LONE_CR, cr) for v in values]
        if not any(v.strip() for v in values):
            continue
        count += 1
        if count > MAX_ROWS:
            result.problems.append(Problem.of(name, number, "too_many_rows", limit=MAX_ROWS))
            break
        # Empty cells past the header (Thunderbird ends every row with a comma its
        # header does not have): nothing lost, nothing to say.
        width = len(headers)
        if len(values) > width and not any(v.strip() for v in values[width:]):
            del values[width:]
        if len(values) != len(headers) and not trouble:
            result.problems.append(
                Problem.of(name, number, "cell_count", cells=len(values), headers=len(headers))
            )
        row = dict(zip(lower, values, strict=False))
        # (most rows fill none of them: one look in C, never a Python loop per cell)
        if still_empty and (len(values) <= still_empty[-1] or any(cells_of(values))):
            still_empty = [i for i in still_empty if _default_cell(values, i)]
            cells_of = _cells_of(still_empty)
        c = ImportedContact(source_file=name, line=number)
        if layout == "netzjournal":
            _own_row(c, row, result, name, number, dates, original)
        else:
            _row(c, row, layout, columns, result, name, number, dates)
        if c.empty:
            result.problems.append(Problem.of(name, number, "nameless_row"))
            continue
        result.contacts.append(c)
    _read_dates(dates, result, name)
    if skipped := [headers[i] for i in candidates if i not in still_empty]:
        result.problems.append(Problem.of(name, 0, "unread_columns", columns=", ".join(skipped)))
    if layout == "outlook" and _from_xing(result.contacts):
        result.format = "csv-xing"
        for c in result.contacts:  # how we met, as a vCard of XING's says (its PRODID)
            c.source = c.source or "xing"
    _limit_problems(result, name)
    if progress is not None:
        progress(total, total)
    return result


def _cells_of(indexes: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """The cells at ``indexes`` of a row, as a tuple (itemgetter gives one cell bare)."""
    return itemgetter(*indexes, indexes[0]) if indexes else lambda _: ()


def _default_cell(values: list[str], index: int) -> bool:
    """Whether a cell is empty or holds only an export's default ("SMTP", "Normal")."""
    if index >= len(values):
        return True
    value = values[index].strip()
    return not value or value.lower() in _DEFAULT_CELLS


def _from_xing(contacts: list[ImportedContact]) -> bool:
    """Whether an Outlook-layout table is XING's contact export. XING wrote Outlook's
    columns (there is no header of its own to tell it by; its bulk export ended in
    2014), with each member's profile page as web page: at least half the rows hold one."""
    profiles = sum(1 for c in contacts if any(u.label == "xing" for u in c.urls))
    return profiles > 0 and 2 * profiles >= len(contacts)


def _limit_problems(result: ReadResult, name: str) -> None:
    """List at most MAX_PROBLEMS of each kind (as the vCard reader does); count the rest."""
    counts: Counter[str] = Counter()
    kept = []
    for problem in result.problems:
        counts[problem.code] += 1
        if counts[problem.code] <= MAX_PROBLEMS:
            kept.append(problem)
    hidden = sum(max(0, n - MAX_PROBLEMS) for n in counts.values())
    if hidden:
        kept.append(Problem.of(name, 0, "more_problems", count=hidden))
    result.problems = kept


@dataclass
class _Columns:
    """Which of the known headers this file has, worked out once for all its rows."""

    fields: dict[str, tuple[str, ...]]
    emails: list[tuple[str, str]]  # header, kind ("work" for "E-Mail (geschäftlich)")
    google: list[tuple[str, str, str, str]]  # phone value, phone label, e-mail value, label
    phones: list[tuple[str, str]]
    mapped_phone: str
    # Google's messengers: ("IM 1 - Value", "IM 1 - Service") — "Skype", "Jabber", …
    ims: list[tuple[str, str]]

    @classmethod
    def of(cls, lower: list[str], fields: dict[str, tuple[str, ...]],
           mapping: dict[str, str] | None) -> _Columns:  # fmt: skip
        present = set(lower)
        email_header = mapping.get("email", "").lower() if mapping else ""
        mapped_phone = mapping.get("phone", "").lower() if mapping else ""
        # Labels: "Phone 1 - Label" since 2020, "Phone 1 - Type" in Google's older export.
        kind = "label" if "phone 1 - label" in present or "e-mail 1 - label" in present else "type"
        google = [
            (f"phone {n} - value", f"phone {n} - {kind}", f"e-mail {n} - value",
             f"e-mail {n} - {kind}") for n in range(1, 10)
            if f"phone {n} - value" in present or f"e-mail {n} - value" in present
        ]  # fmt: skip
        found = {k: tuple(h for h in v if h in present) for k, v in fields.items()}
        if "url" in found:  # Google numbers its web sites: every one of them
            found["url"] += tuple(h for h in lower if _WEBSITE.match(h) and h not in found["url"])
        emails = [(h, "") for h in lower if EMAIL_COLUMNS.match(h) or (email_header == h != "")]
        phones = [(h, label) for h, label in PHONE_COLUMNS.items()
                  if h in present and h != mapped_phone]  # fmt: skip
        # A base word with a qualifier ("E-Mail (geschäftlich)", "Telefon (privat)"),
        # where the header itself is none of the known ones.
        known = (
            {h for names in found.values() for h in names}
            | {h for h, _ in emails}
            | {h for h, _ in phones}
        )
        for header in dict.fromkeys(lower):
            if header in known or header == mapped_phone or not (split := _qualified(header)):
                continue
            base, qualifier = split
            if EMAIL_COLUMNS.match(base):
                emails.append((header, "" if qualifier == "mobile" else qualifier))
            elif base in PHONE_COLUMNS:
                label = PHONE_COLUMNS[base]
                if label in ("", "fax"):
                    label = ",".join(p for p in (qualifier, label) if p)
                phones.append((header, label))
            elif mapping is None and (key := next((k for k, v in fields.items() if base in v), "")):
                # The work city before the home one, as in Outlook's own columns.
                found[key] = (header, *found[key]) if qualifier == "work" else (*found[key], header)
        return cls(
            fields=found,
            emails=emails,
            google=google,
            phones=phones,
            mapped_phone=mapped_phone,
            ims=[
                (f"im {n} - value", f"im {n} - service")
                for n in range(1, 10)
                if f"im {n} - value" in present
            ],
        )

    def read(self) -> set[str]:
        """The headers whose cells are read."""
        used = {h for names in self.fields.values() for h in names}
        used |= {h for h, _ in self.emails} | {h for h, _ in self.phones} | {self.mapped_phone}
        used |= {h for columns in self.google for h in columns}
        used |= {h for columns in self.ims for h in columns}
        used |= {"connected on"}
        return used


def _row(c: ImportedContact, row: dict[str, str], layout: str, cols: _Columns,
         result: ReadResult, name: str, number: int,
         dates: dict[str, _DateColumn]) -> None:  # fmt: skip
    fields = cols.fields
    c.given_name = _cell(row, fields.get("given", ()))
    middle = _cell(row, fields.get("middle", ()))
    if middle:
        c.additional_names = [middle]
    c.family_name = _cell(row, fields.get("family", ()))
    c.family_name = _EMOJI.sub("", c.family_name).strip()
    if not (c.given_name or c.family_name):
        c.display_name = _cell(row, fields.get("display", ()))
    if layout != "linkedin":
        # German Outlook: "Anrede" (Herr, Frau, Dr.) and sometimes "Titel".
        prefix = (_cell(row, fields.get("salutation", ())), _cell(row, fields.get("prefix", ())))
        c.prefix = " ".join(p for p in dict.fromkeys(prefix) if p)
    if not c.prefix and c.given_name.startswith(("Dr. ", "Prof. ")):
        c.prefix, c.given_name = c.given_name.split(" ", 1)
    c.suffix = _cell(row, fields.get("suffix", ()))
    c.nickname = _cell(row, fields.get("nickname", ()))
    c.organisation = _cell(row, fields.get("organisation", ()))
    c.title = _cell(row, fields.get("title", ()))
    c.department = _cell(row, fields.get("department", ()))
    c.notes = _cell(row, fields.get("notes", ())).replace("\r\n", "\n")
    c.city = _cell(row, fields.get("city", ()))
    if month := _cell(row, fields.get("birth_month", ())):  # Thunderbird: three columns
        day, year = (
            _cell(row, fields.get("birth_day", ())),
            _cell(row, fields.get("birth_year", ())),
        )
        birthday = f"{day}.{month}.{year}"
    else:
        birthday = _cell(row, fields.get("birthday", ()))
    if birthday and not _NO_DATE.match(birthday):
        dates["birthday"].cells.append((c, number, birthday))
    labels = _cell(row, fields.get("labels", ()))
    # Google separates labels with " ::: ", Outlook its categories with ";".
    c.tags = [t for t in _split_values(labels, "::: ;") if t.lower() not in GOOGLE_SYSTEM_GROUPS]
    for header, kind in cols.emails:
        for v in _split_values(row.get(header, "")):
            if valid_email(v):
                c.emails.append(Channel("email", v, kind))
            else:
                result.problems.append(Problem.of(name, number, "bad_email", value=v[:40]))
    if cols.mapped_phone:
        value = row.get(cols.mapped_phone, "").strip()
        if value:
            c.phones.append(Channel("phone", value, ""))
    for phone, phone_label, email, email_label in cols.google:
        label = row.get(phone_label, "").removeprefix("* ").strip().lower()
        c.phones += [Channel("phone", v, label) for v in _split_values(row.get(phone, ""))]
        label = row.get(email_label, "").removeprefix("* ").strip().lower()
        values = _split_values(row.get(email, ""))
        for ch in c.emails:
            if not ch.label and ch.value in values:
                ch.label = label
    for header, label in cols.phones:
        value = row.get(header, "").strip()
        if value:
            c.phones.append(Channel("phone", value, label))
    for value_header, service_header in cols.ims:
        service = row.get(service_header, "").removeprefix("* ").strip()
        for value in _split_values(row.get(value_header, "")):
            if found := messengers.from_vcard(value, service):
                c.messengers.append(Channel("messenger", found[1], found[0]))
    for url in dict.fromkeys(row.get(h, "").strip() for h in fields.get("url", ())):  # each one
        if url:
            label = (
                "linkedin" if "linkedin.com/in/" in url else ("xing" if "xing.com" in url else "")
            )
            c.urls.append(Channel("url", url, label))
    if layout == "linkedin":
        c.source = "linkedin"
        connected = _cell(row, ("connected on",))
        if connected:
            dates["connected"].cells.append((c, number, connected))


_WEBSITE = re.compile(r"website \d+ - value$")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]+")


def _unformula(text: str) -> str:
    return text[1:] if text.startswith("'") and FORMULA.match(text) else text


def _own_row(c: ImportedContact, row: dict[str, str], result: ReadResult, name: str, number: int,
             dates: dict[str, _DateColumn], original: dict[str, str]) -> None:  # fmt: skip
    """A row of netzjournal's own export (English or German headers)."""
    cells = {_OWN_BY_HEADER[h]: _unformula(v) for h, v in row.items() if h in _OWN_BY_HEADER}
    headers = {_OWN_BY_HEADER[h]: original.get(h, h) for h in row if h in _OWN_BY_HEADER}

    def bad(key: str, value: str) -> None:
        result.problems.append(
            Problem.of(name, number, "bad_value", name=headers[key], value=value[:40])
        )

    get = cells.get
    own = c.own  # set on the record as written (to_record would tidy them)
    c.prefix = get("title_prefix", "").strip()
    c.given_name, c.family_name = get("given_name", "").strip(), get("family_name", "").strip()
    c.display_name = get("display_name", "").strip()
    middle = get("additional_names", "").strip()
    c.additional_names = [middle] if middle else []
    c.suffix, c.nickname = get("honorific_suffix", "").strip(), get("nickname", "").strip()
    c.organisation, c.department = get("organisation", "").strip(), get("department", "").strip()
    c.title, c.city = get("role", "").strip(), get("city", "").strip()
    c.source, c.notes = get("source", "").strip(), get("notes", "")
    c.uid = get("uid", "").strip()
    own.update(salutation=get("salutation", "").strip(), title_prefix=c.prefix,
               display_name=c.display_name, source_detail=get("source_detail", ""),
               topics=get("topics", ""), notes=c.notes)  # fmt: skip
    hierarchy = get("hierarchy", "").strip()
    if hierarchy in HIERARCHY_LEVELS:
        own["hierarchy"] = hierarchy
    else:
        bad("hierarchy", hierarchy)
    for kind in ("email", "phone", "url", "messenger"):
        values = _split_values(get(kind, ""))
        labels = [v.strip() for v in get(f"{kind}_labels", "").split(":::")]
        for i, value in enumerate(values):
            label = labels[i] if i < len(labels) else ""
            if kind == "email" and not valid_email(value):
                result.problems.append(Problem.of(name, number, "bad_email", value=value[:40]))
                continue
            getattr(c, f"{kind}s").append(Channel(kind, value, label))
    c.tags = _split_values(get("tags", ""))
    for key in ("birthday", "met_on"):
        value = get(key, "").strip()
        if value and not _NO_DATE.match(value):
            column = dates.setdefault(key, _DateColumn(headers[key]))
            column.header = column.header or headers[key]
            column.cells.append((c, number, value))
    form = get("address_form", "").strip().lower()
    if form in ADDRESS_FORMS:
        own["address_form"] = form
    elif form:
        bad("address_form", form)
    language = get("language", "").strip().lower()
    if language in LANGUAGES:
        own["language"] = language
    elif language:
        bad("language", language)
    closeness = get("closeness", "").strip()
    if closeness.isdigit() and 1 <= int(closeness) <= 5:
        own["closeness"] = int(closeness)
    elif closeness:
        bad("closeness", closeness)
    cadence = get("cadence", "").strip().lower()
    if cadence in NEVER:
        own["cadence_never"] = True
    elif cadence.isdigit() and 1 <= int(cadence) <= 3650:
        own["cadence_days"] = int(cadence)
    elif cadence:
        bad("cadence", cadence)
    own["archived"] = get("archived", "").strip().lower() in _YES


def _read_dates(dates: dict[str, _DateColumn], result: ReadResult, name: str) -> None:
    """Fill in each column's dates; one problem per column for the unreadable ones."""
    for key, column in dates.items():
        if not column.cells:
            continue
        # Slashed dates are month first (US) unless a first number above 12 says otherwise.
        day_first = any(
            (m := re.match(r"\s*(\d{1,2})/", text)) and int(m.group(1)) > 12
            for _, _, text in column.cells
        )
        failed = []
        for contact, number, text in column.cells:
            if key == "birthday":
                value: object = _birthday(text)
                if value is None and (date := parse_date(text, day_first)) is not None:
                    value = Birthday(date.month, date.day, date.year)
                contact.birthday = value  # type: ignore[assignment]
            else:
                value = parse_date(text, day_first)
                contact.met_on = value
            if value is None:
                failed.append((number, text))
        if failed:
            number, text = failed[0]
            problem = Problem.of(name, number, "bad_dates", count=len(failed),
                                 column=column.header, value=text[:40])  # fmt: skip
            result.problems.append(problem)


def read_table(
    data: bytes,
    name: str,
    mapping: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ReadResult:
    """A table read once: with ``mapping`` only where its header has no layout we
    know (told by the header alone; it was read whole twice, without and then with
    the mapping), else as its layout says."""
    if mapping and csv_headers(data)[1] != "generic":
        mapping = None
    return read_csv(data, name, mapping, progress)


def csv_headers(data: bytes) -> tuple[list[str], str]:
    """The header names of a CSV file and its layout (for the mapping step)."""
    text, _ = decode(data[:65536])
    text = _normalise_endings(text.removeprefix("\ufeff"))
    found = _find_header(text)
    if found is None:
        return [], "generic"
    _start, offset, delimiter = found
    line = _Source(text).line_at(offset)
    headers = [h.strip() for h in next(csv.reader([line], delimiter=delimiter), [])]
    return headers, detect_layout(headers)
