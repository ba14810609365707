"""Reading contacts from CSV: LinkedIn, Google Contacts, Outlook, or any CSV
through a column mapping. Columns are found by header name, never by position;
the delimiter (``,`` or ``;``) and the encoding (UTF-8 with or without BOM,
UTF-16, cp1252/Latin-1) are detected.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from netzjournal.interchange.model import ImportedContact, Problem, ReadResult
from netzjournal.interchange.vcard import parse_birthday
from netzjournal.store import Channel
from netzjournal.validation import valid_email

MAX_ROWS = 200_000
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {m: n for n, m in enumerate(_MONTH_NAMES, 1)}


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


# Header names per layout (lower-case); the first present wins.
FIELDS = {
    "given": ("first name", "given name", "vorname"),
    "middle": ("middle name", "weitere vornamen"),
    "family": ("last name", "family name", "nachname"),
    "prefix": ("name prefix", "title", "anrede", "titel"),
    "suffix": ("name suffix", "suffix", "namenszusatz"),
    "nickname": ("nickname", "spitzname"),
    "organisation": ("organization name", "company", "organization 1 - name", "firma"),
    "title": ("organization title", "job title", "position", "organization 1 - title"),
    "department": ("organization department", "department", "abteilung"),
    "birthday": ("birthday", "geburtstag"),
    "notes": ("notes", "notizen"),
    "labels": ("labels", "group membership", "kategorien", "categories"),
    "city": ("address 1 - city", "business city", "home city", "ort geschäftlich", "ort privat"),
    "connected": ("connected on",),
    "url": ("url", "website 1 - value", "web page", "webseite", "personal web page"),
}
EMAIL_COLUMNS = re.compile(
    r"^(e-mail( \d)? - value|e-mail( \d)? address|email address|e-mail-adresse( \d)?|e-mail)$"
)
PHONE_COLUMNS = {
    "mobile phone": "mobile", "business phone": "work", "home phone": "home",
    "business phone 2": "work", "home phone 2": "home", "other phone": "other",
    "mobiltelefon": "mobile", "telefon geschäftlich": "work", "telefon privat": "home",
}  # fmt: skip


def detect_layout(headers: list[str]) -> str:
    lower = {h.strip().lower() for h in headers}
    if {"first name", "last name", "connected on"} <= lower:
        return "linkedin"
    if "e-mail 1 - value" in lower or "phone 1 - value" in lower:
        return "google"
    if "e-mail address" in lower or "business phone" in lower or "vorname" in lower:
        return "outlook"
    return "generic"


def _cell(row: dict[str, str], names: tuple[str, ...]) -> str:
    for name in names:
        value = row.get(name)
        if value and value.strip():
            return value.strip()
    return ""


def _connected(text: str) -> dt.date | None:
    m = re.fullmatch(r"(\d{1,2}) (\w{3}) (\d{4})", text.strip())
    if m and m.group(2).lower() in _MONTHS:
        try:
            return dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        except ValueError:
            return None
    return None


def _birthday(text: str) -> object:
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})?", text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        text = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)  # Outlook (US): month/day/year
    if m:
        text = f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return parse_birthday(text, {})


def _split_values(text: str) -> list[str]:
    """Google's "a ::: b" cells, and its "* " marker for the primary value."""
    return [v.strip().removeprefix("* ").strip() for v in text.split(":::") if v.strip()]


MAPPABLE = ("given", "family", "organisation", "title", "email", "phone", "city", "birthday",
             "notes", "labels")  # fmt: skip


def csv_headers(data: bytes) -> tuple[list[str], str]:
    """The header names of a CSV file and its layout (for the mapping step)."""
    result = read_csv(data[:65536], "<probe>")
    text, _ = decode(data[:65536])
    for line in text.splitlines():
        if line.count(",") + line.count(";") >= 1 and not line.startswith(('"', "Notes:")):
            delimiter = _delimiter(line)
            headers = next(csv.reader([line], delimiter=delimiter))
            return [h.strip().lstrip("\ufeff") for h in headers], result.format.removeprefix("csv-")
    return [], "generic"


def read_csv(data: bytes, name: str = "<csv>", mapping: dict[str, str] | None = None) -> ReadResult:
    """Read contacts from a CSV export; ``mapping`` maps our fields to header names
    for any other layout ("generic")."""
    result = ReadResult()
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.replace(b"\x00", b"")
        result.problems.append(Problem.of(name, 0, "nul_bytes"))
    text, _encoding = decode(data)
    lines = text.splitlines(keepends=True)
    start = 0
    # LinkedIn puts a "Notes:" preamble (and a quoted notice) before the header.
    while start < len(lines) and not re.search(
        r"[,;]", lines[start].split('"')[0] if lines[start].startswith('"') else lines[start]
    ):
        start += 1
    if start < len(lines) and lines[start].startswith('"'):
        start += 1
        while start < len(lines) and not lines[start].strip():
            start += 1
    body = "".join(lines[start:])
    if not body.strip():
        result.problems.append(Problem.of(name, 0, "no_table"))
        return result
    delimiter = _delimiter(lines[start] if start < len(lines) else ",")
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    try:
        headers = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except (StopIteration, csv.Error):
        result.problems.append(Problem.of(name, 0, "no_header"))
        return result
    layout = detect_layout(headers) if mapping is None else "generic"
    result.format = f"csv-{layout}"
    lower = [h.lower() for h in headers]
    fields = {k: v for k, v in FIELDS.items()}
    if mapping:
        fields = {k: (v.lower(),) for k, v in mapping.items()}
    for number, values in enumerate(reader, start + 2):
        if number - start > MAX_ROWS:
            result.problems.append(Problem.of(name, number, "too_many_rows", limit=MAX_ROWS))
            break
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(headers):
            result.problems.append(
                Problem.of(name, number, "cell_count", cells=len(values), headers=len(headers))
            )
        row = {lower[i]: values[i] for i in range(min(len(values), len(lower)))}
        c = ImportedContact(source_file=name, line=number)
        c.given_name = _cell(row, fields.get("given", ()))
        middle = _cell(row, fields.get("middle", ()))
        if middle:
            c.additional_names = [middle]
        c.family_name = _cell(row, fields.get("family", ()))
        c.family_name = re.sub(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]+", "", c.family_name).strip()
        c.prefix = _cell(row, fields.get("prefix", ())) if layout != "linkedin" else ""
        if not c.prefix and re.match(r"^(Dr\.|Prof\.)\s", c.given_name):
            c.prefix, c.given_name = c.given_name.split(" ", 1)
        c.suffix = _cell(row, fields.get("suffix", ()))
        c.nickname = _cell(row, fields.get("nickname", ()))
        c.organisation = _cell(row, fields.get("organisation", ()))
        c.title = _cell(row, fields.get("title", ()))
        c.department = _cell(row, fields.get("department", ()))
        c.notes = _cell(row, fields.get("notes", ())).replace("\r\n", "\n")
        c.city = _cell(row, fields.get("city", ()))
        birthday = _cell(row, fields.get("birthday", ()))
        if birthday:
            c.birthday = _birthday(birthday)  # type: ignore[assignment]
            if c.birthday is None:
                result.problems.append(Problem.of(name, number, "bad_birthday", value=birthday))
        labels = _cell(row, fields.get("labels", ()))
        c.tags = [t for t in _split_values(labels) if t.lower() not in ("mycontacts", "starred")]
        for header, value in row.items():
            if EMAIL_COLUMNS.match(header) or (
                mapping and header == mapping.get("email", "").lower()
            ):
                for v in _split_values(value):
                    if valid_email(v):
                        c.emails.append(Channel("email", v, ""))
                    else:
                        result.problems.append(Problem.of(name, number, "bad_email", value=v[:40]))
        if mapping and mapping.get("phone"):
            value = row.get(mapping["phone"].lower(), "").strip()
            if value:
                c.phones.append(Channel("phone", value, ""))
        for n in range(1, 10):
            value = row.get(f"phone {n} - value", "")
            label = row.get(f"phone {n} - label", "").removeprefix("* ").strip().lower()
            c.phones += [Channel("phone", v, label) for v in _split_values(value)]
            label = row.get(f"e-mail {n} - label", "").removeprefix("* ").strip().lower()
            for ch in c.emails:
                if not ch.label and ch.value in _split_values(row.get(f"e-mail {n} - value", "")):
                    ch.label = label
        for header, label in PHONE_COLUMNS.items():
            value = row.get(header, "").strip()
            if value:
                c.phones.append(Channel("phone", value, label))
        url = _cell(row, fields.get("url", ()))
        if url:
            label = (
                "linkedin" if "linkedin.com/in/" in url else ("xing" if "xing.com" in url else "")
            )
            c.urls.append(Channel("url", url, label))
        if layout == "linkedin":
            c.source = "linkedin"
            c.met_on = _connected(_cell(row, ("connected on",)))
        if c.empty:
            result.problems.append(Problem.of(name, number, "nameless_row"))
            continue
        result.contacts.append(c)
    return result
