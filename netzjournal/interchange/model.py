"""What a reader produces: a contact as found in a file, plus the problems met."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from netzjournal.store.records import Birthday, Channel, ContactRecord

#: English wording of each problem a reader can report, by code. The UI shows a
#: translated wording of the same code (``ui/texts.py: problem_text``); the
#: English stays here for the command line and logs.
PROBLEM_MESSAGES: dict[str, str] = {
    "nul_bytes": "the file holds invisible control characters; they were left out",
    "no_table": "no table found in this file",
    "no_header": "no first line with column names (such as “Name” or “E-mail”) found",
    "too_many_rows": "more than {limit} rows; the rest was skipped",
    "cell_count": "this row has {cells} columns where the first line names {headers}: it "
    "was imported, check this person afterwards",
    "bad_birthday": "birthday not understood: {value}",
    "bad_email": "not an e-mail address, skipped: {value}",
    "nameless_row": "a row without a name or address was skipped",
    "too_large": "the file is larger than {limit} MB; not read",
    "unreadable": "cannot be read: {reason}",
    "empty_file": "the file is empty",
    "line_without_colon": "a line that belongs to no contact field was skipped",
    "malformed_line": "an unreadable line was skipped",
    "nested_card": "a contact inside another contact was read as a person of its own",
    "empty_card": "an empty contact was skipped",
    "too_many_lines": "more than {limit} lines in one contact; the rest was skipped",
    "unterminated_card": "the file ends in the middle of this contact, as if it was cut "
    "short; what was there of it was imported",
    "cut_line": "the file ends in the middle of this line; it was left out",
    "no_vcard": "no contacts found in this file (it is no address book file)",
    "not_a_file": "not an ordinary file (perhaps a folder); not read",
    "too_deep": "contacts inside contacts, more than {limit} deep, were skipped",
    "too_many_cards": "more than {limit} contacts; the rest was skipped",
    "too_many_values": "more than {limit} values in one field; the rest was skipped",
    "bad_value": "{name} not understood: {value}",
    "more_problems": "{count} more problems of the kinds above were not listed",
    "not_text": "this is not a text file; nothing was read",
    "spreadsheet": "an Excel 97–2003 (.xls) or LibreOffice (.ods) spreadsheet, which "
    "netzjournal does not read: save it as an Excel workbook (.xlsx) or as CSV (File > Save As) "
    "and import that file",
    "workbook_locked": "the workbook is protected by a password: open it in Excel, remove the "
    "password (File > Info > Protect Workbook > Encrypt with Password), save it and import it "
    "again",
    "workbook_damaged": "the workbook cannot be read: it is damaged or incomplete. Open it in "
    "Excel or LibreOffice, save it again (or as CSV) and import that file",
    "workbook_too_large": "the workbook unpacks to more than {limit} MB (an .xlsx file is "
    "packed); not read. Save the sheet with the contacts as CSV and import that file",
    "workbook_html": "a web page (HTML) named as an Excel file, not a workbook (what many web "
    'tools export as "Excel"): open it in Excel or LibreOffice, save it as an Excel workbook '
    "(.xlsx) or as CSV (File > Save As) and import that file",
    "workbook_xml": "an XML file named as an Excel file (Excel 2003's XML spreadsheet), not a "
    "workbook: open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV "
    "(File > Save As) and import that file",
    "formula_cells": "{count} formulas have no stored value (e.g. {cell}) and were "
    "read as empty: open the workbook in Excel or LibreOffice, save it (which stores the "
    "values) and import it again",
    "workbook_sheets": "only the sheet “{sheet}” was read; other sheets: {others}",
    "phone_numbers": "phone numbers stored as numbers in the workbook ({count}, e.g. {value}) "
    "may have lost a leading 0 or +: check them after the import",
    "unknown_format": "not an address book (vCard), a table (CSV) or a netzjournal export "
    "(JSON); nothing was read",
    "bad_row": "this row could not be read ({reason}); it was skipped",
    "unbalanced_quote": "a quotation mark is not closed; the row was read from this line only",
    "bad_dates": "{count} dates in the column '{column}' could not be read, e.g. '{value}'",
    "json_export": "a netzjournal JSON export: restore it on its own (File > Restore from JSON "
    "export, or 'netzjournal import' with this file alone) into an empty journal",
    "unread_columns": "columns not read: {columns}",
    "unread_related": "related people (partner, manager, assistant …) were not read "
    "(cards: {count}): a contact has no field for them",
    "unread_dates": "anniversaries and other dates were not read (cards: {count}): a contact "
    "keeps only the birthday",
    "unread_keys": "encryption keys for e-mail and their settings (KEY, Proton's X-PM-…) were "
    "not read (cards: {count}): netzjournal sends no e-mail",
    "unread_street": "street, postcode and country of addresses were not read "
    "(cards: {count}): a contact keeps the city",
    "group_card": "“{name}” is a contact group, not a person: its members in this file "
    "({count}) were given the tag “{name}”",
    "calendar_file": "a calendar (.ics), not contacts: import its events in the Events view "
    "(Import .ics…)",
}


#: Google Contacts' own groups, which every export of it names (its CSV's "Labels"
#: or "Group Membership", its vCards' CATEGORIES): no tag anyone chose.
GOOGLE_SYSTEM_GROUPS = frozenset(("mycontacts", "starred"))


# The words of a name prefix that say Frau or Herr (casefolded, without the dot):
# German and English, written out or short ("Fr.", "Hr.", "Mrs.", "Ms.", "Mr.").
_SALUTATION_WORDS = {
    "frau": "Frau", "fr": "Frau", "mrs": "Frau", "ms": "Frau", "miss": "Frau",
    "herr": "Herr", "herrn": "Herr", "hr": "Herr", "mr": "Herr",
}  # fmt: skip


def split_prefix(prefix: str) -> tuple[str, str]:
    """A name prefix as the journal keeps it: (salutation, title) — "Frau Dr." →
    ("Frau", "Dr."), "Mrs." → ("Frau", ""), "Prof. Dr." → ("", "Prof. Dr.").

    Frau/Herr only where the prefix says one of them and not both ("Herr/Frau",
    "Mr. & Mrs." say no one person's); the title is the rest, as written. Never a
    guess from a first name: what the prefix does not say stays unknown.
    """
    words = prefix.replace(",", " ").split()
    said = {_SALUTATION_WORDS.get(w.casefold().rstrip(".")) for w in words} - {None}
    if len(said) != 1 or "/" in prefix or "&" in words:
        return "", " ".join(words)[:40]
    rest = [w for w in words if w.casefold().rstrip(".") not in _SALUTATION_WORDS]
    return said.pop() or "", " ".join(rest)[:40]


@dataclass(frozen=True)
class Problem:
    """Something a reader met and worked around: where, what (``code``), and details."""

    file: str
    line: int
    code: str
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, file: str, line: int, code: str, **params: object) -> Problem:
        if code not in PROBLEM_MESSAGES:
            raise ValueError(f"unknown problem code {code!r}")
        return cls(file, line, code, tuple((k, str(v)) for k, v in params.items()))

    @property
    def message(self) -> str:
        return self.worded(PROBLEM_MESSAGES[self.code])

    def worded(self, template: str) -> str:
        """The problem in ``template`` (English or translated), its ``{name}`` slots filled."""
        return fill(template, dict(self.params))

    def __str__(self) -> str:
        """``file:line: message``; a problem of the whole file (line 0) has no line."""
        if self.line:
            return f"{self.file}:{self.line}: {self.message}"
        return f"{self.file}: {self.message}"


def fill(template: str, params: dict[str, str]) -> str:
    """Put ``params`` into ``{name}`` slots; unlike str.format, braces in values are safe."""
    for key, value in params.items():
        template = template.replace("{" + key + "}", value)
    return template


@dataclass(slots=True)  # slots: a large file holds hundreds of thousands of them
class ImportedContact:
    """One person from a file, before it becomes a journal contact."""

    source_file: str
    line: int
    given_name: str = ""
    family_name: str = ""
    additional_names: list[str] = field(default_factory=list)
    prefix: str = ""
    suffix: str = ""
    display_name: str = ""
    nickname: str = ""
    organisation: str = ""
    department: str = ""
    title: str = ""
    role: str = ""
    emails: list[Channel] = field(default_factory=list)
    phones: list[Channel] = field(default_factory=list)
    urls: list[Channel] = field(default_factory=list)
    # IMPP, X-SKYPE …: netzjournal.messengers
    messengers: list[Channel] = field(default_factory=list)
    birthday: Birthday | None = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    city: str = ""
    source: str = ""
    met_on: dt.date | None = None
    uid: str = ""  # the card's UID as written
    introduced_by_uid: str = ""  # the UID of who introduced them, as written
    spoken: str = ""  # the language the card says they speak (vCard LANG): "de", "en" or ""
    # Written by netzjournal (its PRODID): a field it leaves out has a new contact's
    # default (no LANGUAGE line: German, not "not known").
    ours: bool = False
    #: netzjournal's own fields, from a netzjournal export (field name → checked value)
    own: dict[str, object] = field(default_factory=dict)
    # The prefix as the file wrote it ("Mrs.", "Fr. Dr."), kept by :func:`tidy_read`
    # when it puts Herr/Frau in front: the card's own words written back (0062).
    prefix_as_written: str = ""

    @property
    def name(self) -> str:
        if self.display_name.strip():
            return self.display_name.strip()
        parts = (self.given_name, self.family_name)
        return " ".join(p.strip() for p in parts if p.strip())

    @property
    def empty(self) -> bool:
        return not (self.name or self.organisation or self.emails or self.phones)

    def to_record(self) -> ContactRecord:
        """The journal contact this person becomes."""
        # (Made for every card of an import: the empty fields most cards have take
        # the short way.)
        salutation, title_prefix, name_prefix = "", "", ""
        if self.prefix:
            salutation, title_prefix = split_prefix(" ".join(self.prefix.split()))
            name_prefix = " ".join((self.prefix_as_written or self.prefix).split())
            if name_prefix == " ".join(p for p in (salutation, title_prefix) if p):
                name_prefix = ""  # said as it is written back: nothing of its own to keep
        given, family = self.given_name.strip(), self.family_name.strip()
        middle = self.additional_names
        tags = self.tags
        # By position, in ContactRecord's order (a test checks it), and the rest set
        # afterwards: a class called with keywords is handed them as a dict first, at
        # 2.7 times the cost of this.
        record = ContactRecord(
            given,
            family,
            # the shown name only when the card has no structured one
            "" if given or family else self.display_name.strip(),
            salutation,
            title_prefix[:40],
            # The journal separates middle names by commas: one written with a comma
            # inside ("Richter\,James") is two, as an export writes them back.
            ", ".join(p.strip() for a in middle for p in a.split(",") if p.strip())
            if middle
            else "",
            self.suffix.strip(),  # honorific_suffix
            self.nickname.strip(),
            self.organisation.strip(),
            self.department.strip(),
            self.title.strip() or self.role.strip(),  # role
            "",  # hierarchy
            self.city.strip(),
            self.birthday,
            self.source,
            "",  # source_detail
            self.met_on,
        )
        record.notes = self.notes.strip()
        record.channels = [*self.emails, *self.phones, *self.urls, *self.messengers]
        if tags:
            record.tags = list(filter(None, dict.fromkeys(map(str.strip, tags))))
        record.name_prefix = name_prefix[:60]
        for name, value in self.own.items():  # netzjournal's own fields, checked
            setattr(record, name, value)
        return record


# What LinkedIn and XING write as the company of someone working on their own: a way
# of working, not an organisation (a company called "Selbstständig" would gather
# everyone self-employed as colleagues). Casefolded, spaces and hyphens as one.
SELF_EMPLOYED = frozenset(
    ("selbstständig", "selbständig", "selbstaendig", "freiberuflich", "freiberufler",
     "freiberuflerin", "self employed", "self-employed", "selfemployed", "freelance",
     "freelancer", "freelancing", "self employed / freelance", "selbstständig / freiberuflich")
)  # fmt: skip

# A salutation as exports write it (Outlook's "Anrede" and "Title", Google's and
# vCard's name prefix, a first-name column that begins with it), to the journal's
# salutation: "Herr" or "Frau"; None for one the journal has no value for ("Mx"),
# which is left out rather than kept as a title or a first name.
SALUTATIONS: dict[str, str | None] = {
    "herr": "Herr", "hr.": "Herr", "hr": "Herr", "mr.": "Herr", "mr": "Herr",
    "frau": "Frau", "fr.": "Frau", "fr": "Frau", "ms.": "Frau", "ms": "Frau",
    "mrs.": "Frau", "mrs": "Frau", "miss": "Frau", "mx.": None, "mx": None,
}  # fmt: skip


def tidy_read(c: ImportedContact) -> None:
    """What every reader's card needs the same: a salutation out of the title and the
    first name (kept as "Herr"/"Frau" at the front of the prefix, which
    :meth:`ImportedContact.to_record` makes the salutation), and "Selbstständig" /
    "Self-employed" as company made part of the role, with no organisation."""
    if c.prefix:
        # (Its words as written stay for the vCard written back: "Mrs.", not "Frau".)
        c.prefix_as_written = c.prefix_as_written or c.prefix
        c.prefix = _salutation_first(c.prefix.split(), "")
    if c.given_name and (c.family_name or " " in c.given_name.strip()):
        words = c.given_name.split()
        if words[0].casefold() in SALUTATIONS:  # "Herr Max", or "Herr" beside a family name
            said = SALUTATIONS[words[0].casefold()]
            c.given_name = " ".join(words[1:])
            if said and not c.prefix.startswith(("Herr", "Frau")):
                c.prefix = f"{said} {c.prefix}".strip()
                c.prefix_as_written = ""  # (the file's prefix no longer says it all)
    if c.organisation and " ".join(c.organisation.replace("-", " ").casefold().split()) in (
        _SELF_EMPLOYED_SPACED
    ):
        way = c.organisation.strip()
        role = (c.title or c.role).strip()
        if role and way.casefold() not in role.casefold():
            way = f"{role}, {way}"
        elif role:
            way = role
        c.organisation = ""
        if c.title or not c.role:
            c.title = way
        else:
            c.role = way


_SELF_EMPLOYED_SPACED = frozenset(" ".join(s.replace("-", " ").split()) for s in SELF_EMPLOYED)


def _salutation_first(words: list[str], said: str) -> str:
    """The prefix's words with a salutation among them as "Herr"/"Frau" in front (the
    first one found; one the journal has no value for dropped): "Mr. Dr." → "Herr Dr."."""
    kept: list[str] = []
    for word in words:
        key = word.casefold()
        if key in SALUTATIONS:
            said = said or (SALUTATIONS[key] or "")
            continue
        kept.append(word)
    return " ".join([said, *kept] if said else kept)


@dataclass
class ReadResult:
    contacts: list[ImportedContact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    format: str = ""
