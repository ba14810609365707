"""Reading vCard 2.1, 3.0 and 4.0 as real clients write them.

vobject (tried first, see the note in docs/ARCHITECTURE.md) could not read 4
of the 8 sample exports (quoted-printable soft line breaks, per-property
CHARSET, bare 2.1 parameters, CR CR LF endings, folded base64) and cut
``FN:Mr. John Richter\\, James Doe Sr.`` at the escaped comma. So this
module parses content lines itself — tolerant, line-numbered, never raising
on bad input — and the writer (``vcard_out``) is checked against vobject.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from netzjournal.interchange.model import ImportedContact, Problem, ReadResult
from netzjournal.store import Birthday, Channel
from netzjournal.validation import valid_email

MAX_LINES_PER_CARD = 5000
_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"]+")
_BASE64_NAMES = {"PHOTO", "LOGO", "SOUND", "KEY"}


@dataclass
class Prop:
    group: str
    name: str
    params: dict[str, list[str]]
    raw: bytes
    line: int
    value: str = ""
    types: list[str] = field(default_factory=list)


def _physical_lines(data: bytes) -> list[bytes]:
    data = data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data.split(b"\n")


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    out, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return out


def _parse_head(head: str) -> tuple[str, str, dict[str, list[str]]]:
    parts = _split_outside_quotes(head, ";")
    name = parts[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        part = part.strip()
        if not part:
            continue
        if "=" in part:
            key, value = part.split("=", 1)
            values = [v.strip().strip('"') for v in _split_outside_quotes(value.strip('"'), ",")]
            params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
        elif part.upper() in ("QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"):
            params.setdefault("ENCODING", []).append(part)  # 2.1 bare encoding
        else:
            params.setdefault("TYPE", []).append(part)  # 2.1 bare type: TEL;WORK;VOICE
    return group, name.upper(), params


def _logical_lines(lines: list[bytes]) -> Iterator[tuple[int, bytes]]:
    """Unfold (leading white space) and join quoted-printable soft breaks."""
    current: bytes | None = None
    start = 0
    qp = False
    for number, line in enumerate(lines, 1):
        if current is not None and qp and current.endswith(b"="):
            current = current[:-1] + line.lstrip(b" \t")
            continue
        if current is not None and line[:1] in (b" ", b"\t"):
            current += line[1:]
            continue
        if current is not None:
            yield start, current
        current, start = (line if line.strip() else None), number
        if current is not None:
            head = current.split(b":", 1)[0].upper()
            qp = b"QUOTED-PRINTABLE" in head
    if current is not None:
        yield start, current


def _decode(prop: Prop, fallback_charset: str | None) -> str:
    raw = prop.raw
    encoding = [e.upper() for e in prop.params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" in encoding:
        raw = quopri.decodestring(raw)
    charset = (prop.params.get("CHARSET") or [None])[0]
    if charset:
        try:
            return raw.decode(charset, errors="replace")
        except LookupError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode(fallback_charset or "cp1252", errors="replace")


def _unescape(text: str, version: str) -> str:
    if version == "2.1":
        return text.replace("\\;", ";")
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _split_escaped(text: str, sep: str) -> list[str]:
    """Split on ``sep`` not preceded by a backslash (values stay escaped)."""
    out, current, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if ch == sep:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    out.append("".join(current))
    return out


def _components(prop: Prop, version: str) -> list[list[str]]:
    """Structured value: components by ';', each a list by ',' (not in 2.1)."""
    comps = _split_escaped(prop.value, ";")
    result = []
    for comp in comps:
        values = [comp] if version == "2.1" else _split_escaped(comp, ",")
        result.append([_unescape(v, version) for v in values])
    return result


def parse_birthday(text: str, params: dict[str, list[str]]) -> Birthday | None:
    """``1980-03-22``, ``19800322``, ``--0203``, ``--03-23``, Apple's year 1604 (none)."""
    value = text.strip()
    if "T" in value:
        value = value.split("T", 1)[0]
    omit = params.get("X-APPLE-OMIT-YEAR", [])
    m = re.fullmatch(r"--(\d{2})-?(\d{2})", value)
    try:
        if m:
            return Birthday(int(m.group(1)), int(m.group(2)))
        m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", value)
        if m:
            year = int(m.group(1))
            no_year = year == 1604 or (omit and omit[0] == m.group(1))
            return Birthday(int(m.group(2)), int(m.group(3)), None if no_year else year)
    except ValueError:
        return None
    return None


def _label(prop: Prop, labels: dict[str, str]) -> str:
    if prop.group and prop.group in labels:
        return labels[prop.group]
    types = [t.lower() for t in prop.params.get("TYPE", [])]
    kinds = [t for t in types if t not in ("pref", "internet", "voice", "x400")]
    if "pref" in types or "PREF" in prop.params:
        kinds.append("pref")
    return ",".join(dict.fromkeys(kinds))


def _phone(value: str) -> str:
    value = value.strip()
    if value.lower().startswith("tel:"):
        value = value[4:]
        if ";ext=" in value:
            number, ext = value.split(";ext=", 1)
            value = f"{number} ext. {ext}"
    return value


def _card(props: list[Prop], name: str, problems: list[Problem]) -> ImportedContact:
    version = next((p.value.strip() for p in props if p.name == "VERSION"), "3.0")
    labels = {}
    for p in props:
        if p.name == "X-ABLABEL" and p.group:
            text = _unescape(p.value, version)
            m = _LABEL.match(text)
            labels[p.group] = m.group(1) if m else text
    c = ImportedContact(source_file=name, line=props[0].line if props else 0)
    for p in props:
        if p.name == "FN":
            c.display_name = _unescape(p.value, version).strip()
        elif p.name == "N":
            parts = _components(p, version) + [[]] * 5
            c.family_name = " ".join(x for x in parts[0] if x).strip()
            c.given_name = " ".join(x for x in parts[1] if x).strip()
            c.additional_names = [x for x in parts[2] if x]
            c.prefix = " ".join(x for x in parts[3] if x).strip()
            c.suffix = ", ".join(x for x in parts[4] if x).strip()
        elif p.name == "NICKNAME" and not c.nickname:
            c.nickname = _unescape(p.value, version).strip()
        elif p.name == "ORG" and not c.organisation:
            parts = [" ".join(x) for x in _components(p, version)]
            c.organisation = parts[0].strip()
            c.department = " ".join(x for x in parts[1:] if x).strip()
        elif p.name == "TITLE" and not c.title:
            c.title = _unescape(p.value, version).strip()
        elif p.name == "ROLE" and not c.role:
            c.role = _unescape(p.value, version).strip()
        elif p.name == "EMAIL":
            value = _unescape(p.value, version).strip()
            if valid_email(value):
                c.emails.append(Channel("email", value, _label(p, labels)))
            elif value:
                problems.append(Problem.of(name, p.line, "bad_email", value=value[:40]))
        elif p.name == "TEL":
            value = _phone(_unescape(p.value, version))
            if value:
                c.phones.append(Channel("phone", value, _label(p, labels)))
        elif p.name == "URL":
            value = _unescape(p.value, version).strip()
            if value and value not in [u.value for u in c.urls]:
                c.urls.append(Channel("url", value, _profile_label(value) or _label(p, labels)))
        elif p.name == "BDAY" and c.birthday is None:
            c.birthday = parse_birthday(_unescape(p.value, version), p.params)
            if c.birthday is None and p.value.strip():
                problems.append(Problem.of(name, p.line, "bad_birthday", value=p.value[:30]))
        elif p.name == "CATEGORIES":
            c.tags += [x for comp in _components(p, version) for x in comp
                       for x in x.split(",") if x.strip()]  # fmt: skip
        elif p.name == "NOTE":
            text = _unescape(p.value, version).replace("\r\n", "\n").strip()
            if text and text not in c.notes:
                c.notes = f"{c.notes}\n\n{text}".strip() if c.notes else text
        elif p.name == "ADR" and not c.city:
            parts = _components(p, version) + [[]] * 7
            c.city = " ".join(parts[3]).strip()
        elif p.name == "PRODID" and "XING" in p.value.upper():
            c.source = "xing"
    for url in _URL_IN_TEXT.findall(c.notes):
        label = _profile_label(url)
        if label and url not in [u.value for u in c.urls]:
            c.urls.append(Channel("url", url, label))
    return c


def _profile_label(url: str) -> str:
    lowered = url.lower()
    if "xing.com/profile" in lowered:
        return "xing"
    if "linkedin.com/in/" in lowered:
        return "linkedin"
    return ""


def read_vcards(data: bytes, name: str = "<vcard>") -> ReadResult:
    """Every card in ``data``; problems are collected, nothing raises."""
    result = ReadResult(format="vcard")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    data = data.removeprefix(b"\xef\xbb\xbf")
    if b"\x00" in data:
        result.problems.append(Problem.of(name, 0, "nul_bytes"))
        data = data.replace(b"\x00", b"")
    props: list[Prop] | None = None
    depth = 0
    for number, line in _logical_lines(_physical_lines(data)):
        head, sep, raw = line.partition(b":")
        if not sep:
            if props is not None:
                result.problems.append(Problem.of(name, number, "line_without_colon"))
            continue
        try:
            group, prop_name, params = _parse_head(head.decode("ascii", errors="replace"))
        except ValueError:
            result.problems.append(Problem.of(name, number, "malformed_line"))
            continue
        if prop_name == "BEGIN" and raw.strip().upper() == b"VCARD":
            depth += 1
            if props is not None and depth > 1:
                result.problems.append(Problem.of(name, number, "nested_card"))
                continue
            props = []
            continue
        if prop_name == "END" and raw.strip().upper() == b"VCARD":
            depth = max(0, depth - 1)
            if props is not None and depth == 0:
                contact = _card(props, name, result.problems)
                if contact.empty:
                    result.problems.append(Problem.of(name, number, "empty_card"))
                else:
                    result.contacts.append(contact)
                props = None
            continue
        if props is None:
            continue
        if len(props) >= MAX_LINES_PER_CARD:
            if len(props) == MAX_LINES_PER_CARD:
                result.problems.append(
                    Problem.of(name, number, "too_many_lines", limit=MAX_LINES_PER_CARD)
                )
                props.append(Prop("", "X-SKIPPED", {}, b"", number))
            continue
        if prop_name in _BASE64_NAMES or prop_name.startswith("X-MS-OL-DESIGN"):
            continue  # photos and Outlook's layout XML are not kept
        prop = Prop(group, prop_name, params, raw, number)
        prop.value = _decode(prop, None)
        props.append(prop)
    if props is not None:
        result.problems.append(Problem.of(name, 0, "unterminated_card"))
    if not result.contacts and not result.problems:
        result.problems.append(Problem.of(name, 0, "no_vcard"))
    return result
