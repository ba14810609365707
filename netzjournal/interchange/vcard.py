"""Reading vCard 2.1, 3.0 and 4.0 as real clients write them.

vobject (tried first, see the note in docs/ARCHITECTURE.md) could not read 4
of the 8 sample exports (quoted-printable soft line breaks, per-property
CHARSET, bare 2.1 parameters, CR CR LF endings, folded base64) and cut
``FN:Mr. John Richter\\, James Doe Sr.`` at the escaped comma. So this
module parses content lines itself — tolerant, line-numbered, never raising
on bad input — and the writer (``writers.vcard``) is checked against vobject.

The reader is built to take any 20 MB file in time and memory proportional
to its size, whatever its shape:

- the file is decoded and split into lines a chunk (about 1 MB) at a time —
  never a list of every line — and unfolded by collecting the pieces of a
  logical line and joining them once; lines that nothing folds pass as they are;
- the colon that ends a property's name and parameters is the first one
  *outside double quotes* (``ADR;GEO="geo:1,2":…``);
- a card written plainly (heads met before, no quotes, folds or encodings) is
  taken in one piece, anything else line by line — with the same result;
- only the properties netzjournal keeps are parsed further and decoded;
- structured values are split lazily, escape-aware, and only as far as the
  property has components (``N`` five, ``ADR`` seven); lists (tags, names,
  parameter values) stop at :data:`MAX_VALUES`; every count that grows with
  the file (cards, properties per card, nested cards, problems) has a limit
  that is reported when reached.
"""

from __future__ import annotations

import quopri
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any, TypeVar

from netzjournal import messengers
from netzjournal.interchange import own_fields
from netzjournal.interchange.model import (
    GOOGLE_SYSTEM_GROUPS,
    ImportedContact,
    Problem,
    ReadResult,
)
from netzjournal.store.codes import LANGUAGES
from netzjournal.store.records import Birthday, Channel
from netzjournal.validation import valid_email

MAX_LINES_PER_CARD = 5000  # properties kept per card
MAX_CARDS = 50_000  # per file: the largest address books (iCloud) hold 50,000
MAX_VALUES = 100  # values in one list: tags of a card, parts of a name, TYPE values
MAX_PARAMS = 50  # parameters of one property
MAX_PARAM_CHARS = 1000  # characters kept of a parameter value
MAX_DEPTH = 4  # cards inside cards
MAX_PROBLEMS = 50  # listed per kind of problem and file; the rest is counted

#: TYPE values of RFC 2426/6350 (and the common Apple and 2.1 ones): written and
#: read in lower case. Any other label keeps its spelling (via X-ABLabel).
STANDARD_TYPES = frozenset((
    "work", "home", "cell", "mobile", "voice", "fax", "pager", "text", "video", "textphone",
    "msg", "bbs", "modem", "car", "isdn", "pcs", "main", "other", "iphone", "internet", "x400",
    "pref", "dom", "intl", "postal", "parcel",
))  # fmt: skip
_SILENT_TYPES = ("internet", "voice", "x400")  # say nothing a person would choose

_LABEL = re.compile(r"^_\$!<(.*)>!\$_$", re.S)
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"]+")
# Separators are found with str.find or a one-character class, never with a repeated
# group: Python's re keeps state per repetition, and a 20 MB match took gigabytes.
_LIST_ITEM = re.compile(r"[^,]+")
_SEPARATOR = {";": re.compile(";"), ",": re.compile(","), ";,": re.compile("[;,]")}
_HOLD = "\ue000"  # stands for an escaped backslash while the other escapes are undone
_BARE_ENCODINGS = ("QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT")

# Values split into components before their pieces are unescaped.
_STRUCTURED = frozenset(("N", "ORG", "ADR", "CATEGORIES"))
# A contact group is a card of its own: vCard 4.0's KIND:group with MEMBERs (RFC 6350
# 6.1.4, 6.6.5), Apple's and CardDAV servers' X-ADDRESSBOOKSERVER-KIND in 3.0.
_KIND = frozenset(("KIND", "X-ADDRESSBOOKSERVER-KIND"))
_MEMBER = frozenset(("MEMBER", "X-ADDRESSBOOKSERVER-MEMBER"))
_GROUP_PROPERTIES = _KIND | _MEMBER
# What people typed that the journal has no field for: said once per file with the
# number of cards, never dropped unsaid. Related people (RFC 6350's RELATED, Apple's
# X-ABRELATEDNAMES, Outlook's X-MS-*, Evolution's and KAddressBook's) and dates
# other than the birthday (RFC 6350's ANNIVERSARY, Apple's X-ABDATE and the older
# X-ANNIVERSARY). (Addresses: only the city is kept; the rest is said the same way;
# so are encryption keys, KEY, and Proton's settings for them, X-PM-ENCRYPT …)
_RELATED = frozenset((
    "RELATED", "X-ABRELATEDNAMES", "X-MS-SPOUSE", "X-MS-MANAGER", "X-MS-ASSISTANT",
    "X-SPOUSE", "X-MANAGER", "X-ASSISTANT", "X-EVOLUTION-SPOUSE", "X-EVOLUTION-MANAGER",
    "X-EVOLUTION-ASSISTANT", "X-KADDRESSBOOK-X-SPOUSENAME",
    "X-KADDRESSBOOK-X-MANAGERSNAME", "X-KADDRESSBOOK-X-ASSISTANTSNAME",
))  # fmt: skip
_DATES = frozenset((
    "ANNIVERSARY", "X-ANNIVERSARY", "X-ABDATE", "X-EVOLUTION-ANNIVERSARY",
    "X-KADDRESSBOOK-X-ANNIVERSARY",
))  # fmt: skip
# Android's own rows (AOSP and Samsung write the contact's data rows the vCard has no
# property for as ``X-ANDROID-CUSTOM:vnd.android.cursor.item/<kind>;<data1>;…``):
# the kinds read, and what each becomes — a field, or said as one a contact lacks.
_ANDROID_CUSTOM = "X-ANDROID-CUSTOM"
_ANDROID_KINDS = {
    "vnd.android.cursor.item/nickname": "NICKNAME",
    "vnd.android.cursor.item/website": "URL",
    "vnd.android.cursor.item/relation": "unread_related",
    "vnd.android.cursor.item/contact_event": "unread_dates",
}
# The properties read into a contact; every other one is skipped unparsed.
_KEPT = frozenset((
    "VERSION", "FN", "N", "NICKNAME", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "URL", "BDAY",
    "CATEGORIES", "NOTE", "ADR", "PRODID", "X-ABLABEL", "UID", "AGENT", "LANG",
    "X-SOCIALPROFILE", "SOCIALPROFILE",  # Apple's profiles (LinkedIn, XING), RFC 9554's
    "IMPP", *messengers.X_PROPERTIES,  # messengers: RFC 4770's, and the older X-SKYPE …
    *_GROUP_PROPERTIES,  # a contact group's card (Nextcloud, DAVx5, iCloud)
    *_RELATED, *_DATES,  # not kept, but said (the journal has no field for them)
    _ANDROID_CUSTOM,
))  # fmt: skip


def _is_key(head: str) -> bool:
    """Whether an upper-case content line head (``ITEM1.KEY;PREF=1``) is an encryption
    key or one of Proton's settings for it (``X-PM-ENCRYPT``, ``X-PM-SCHEME`` …)."""
    name = head.partition(";")[0].rpartition(".")[2]
    return name == "KEY" or name.startswith("X-PM-")


#: A property as read: (name, group, parameters, decoded value, line number) — a
#: plain tuple, made once per content line (a class's constructor cost more than
#: the rest of the line's reading).
Prop = tuple[str, str, dict[str, list[str]], str, int]


@dataclass(slots=True)
class _OpenCard:
    props: list[Prop] = field(default_factory=list)
    slot: int = 0  # where its contact goes: a card before the cards inside it
    full: bool = False
    line: int = 0  # its BEGIN's (read line by line)


# -- bytes to logical lines -----------------------------------------------------------


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the file looks like UTF-16 text without a BOM:
    mostly ASCII, so every other byte is zero."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.3 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.3 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _is_quoted_printable(line: str) -> bool:
    colon = line.find(":")
    head = line[:colon] if colon >= 0 else line
    # (as bytes: str.upper maps a few non-ASCII letters to ASCII ones, "ı" to "I")
    return b"QUOTED-PRINTABLE" in head.encode("utf-8", "surrogateescape").upper()


_CHUNK = 1 << 20  # bytes decoded at once: whole lines, about this many
_SPACE = " \t\n\r\x0b\x0c"  # what bytes.strip() strips: ASCII white space only
_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="


def _physical_lines(data: bytes) -> Iterator[tuple[list[str], bool, str, bytes, str]]:
    """The lines of ``data`` (split at LF, without the CRs before it), decoded a
    chunk of whole lines at a time: (lines, dirty, the chunk's text, the byte after
    it, the line end in that text: CR LF where every line of the chunk ends so, else LF).

    ``dirty``: a chunk so far was not UTF-8 — its bytes that are not then stand as
    lone surrogates (``surrogateescape``), and :func:`_redecode` reads each value
    as the bytes it was. A chunk, not the whole file: bounded memory on any file.
    """
    start, end = 0, len(data)
    dirty = False
    while start < end:
        stop = data.find(b"\n", start + _CHUNK)
        stop = end if stop < 0 else stop + 1
        piece = data[start:stop]
        try:
            text = piece.decode("utf-8")
        except UnicodeDecodeError:
            text, dirty = piece.decode("utf-8", "surrogateescape"), True
        crlf = "\r" in text and "\r\n" in text  # (one character is found much faster)
        if crlf:  # most exports end every line with CR LF: split there, the text as it is
            lines = text.split("\r\n")
            if len(lines) - 1 == text.count("\n") and "\r\r\n" not in text:
                lines[-1] = lines[-1].rstrip("\r")
                if text.endswith("\n"):
                    lines.pop()
                yield lines, dirty, text, data[stop : stop + 1], "\r\n"
                start = stop
                continue
        for _ in range(2):  # CR LF, CR CR LF: in C
            if crlf:
                text = text.replace("\r\n", "\n")
                crlf = "\r" in text and "\r\n" in text
        lines = text.split("\n")
        if crlf:  # (more CRs than that before a line end)
            lines = [line.rstrip("\r") for line in lines]
        else:
            lines[-1] = lines[-1].rstrip("\r")
        if text.endswith("\n"):
            lines.pop()
        yield lines, dirty, text, data[stop : stop + 1], "\n"
        start = stop


def _continuations(text: str, lines: int, after: bytes) -> list[int] | None:
    """The indices of the lines of a chunk that start with a space or tab, found in
    C; ``lines`` (one past the last) when the next chunk's first line does. ``None``
    when more than one line in eight continues another: the chunk goes line by line.
    (One pass of finds: the folds are counted as they are found.)"""
    found = [0] if text[:1] in (" ", "\t") else []
    most = len(found) + lines // 8  # (more found than that: too many)
    for fold in ("\n ", "\n\t") if "\t" in text else ("\n ",):
        at = text.find(fold)
        while at >= 0:
            found.append(at + 1)
            if len(found) > most:
                return None
            at = text.find(fold, at + 1)
    found.sort()
    indices, counted, before = [], 0, 0
    for at in found:  # (each line's index: the line ends before it, counted once)
        before += text.count("\n", counted, at)
        counted = at
        indices.append(before)
    if after in (b" ", b"\t"):
        indices.append(lines)
    return indices


def _cut_line(data: bytes) -> int:
    """The number of the logical line the end of ``data`` cuts in two: no line end
    after it, or a quoted-printable soft line break left going on (0: none)."""
    if b"\n" not in data:
        data = data.replace(b"\r", b"\n")
    body = data.rstrip(b"\r\n")
    ended = len(body) < len(data)
    if ended and not body.endswith(b"="):
        return 0
    for soft in (True, False):  # a soft break counts only in a quoted-printable line
        start = _logical_start(body, soft)
        colon = body.find(b":", start)
        qp = b"QUOTED-PRINTABLE" in body[start : colon if colon >= 0 else None].upper()
        if qp or not soft:
            break
    if ended and not qp:
        return 0  # (a line end after a whole line)
    return body.count(b"\n", 0, start) + 1


_GROUP = "\ue001group"  # a group card's UID while it is read: no person's


def _uid_key(uid: str) -> str:
    """A UID as a group's MEMBER names it: ``urn:uuid:`` aside, case aside."""
    uid = uid.strip().lower()
    return uid[9:] if uid.startswith("urn:uuid:") else uid


def _cut_between_cards(data: bytes) -> int:
    """The line the end of ``data`` cuts in two outside any card (0: none): a
    download broken off in the ``BEGIN:`` of its next card lost the cards after it,
    and only this line tells. A last ``END:VCARD`` without a line end is whole, and
    so are blanks and an old DOS end-of-file mark (Ctrl+Z)."""
    if data.endswith((b"\n", b"\r")):
        return 0
    last = data[max(data.rfind(b"\n"), data.rfind(b"\r")) + 1 :].strip(b" \t\x1a")
    if not last or last.upper() == b"END:VCARD":
        return 0
    return _cut_line(data)


def _logical_start(body: bytes, soft: bool) -> int:
    """Where the last logical line of ``body`` starts: back over the lines that
    continue another (folded; with ``soft``, after a line ending in '=')."""
    start = body.rfind(b"\n") + 1
    while start > 0:
        before = body.rfind(b"\n", 0, start - 1) + 1
        folded = body[start : start + 1] in (b" ", b"\t")
        if not (folded or (soft and body[before : start - 1].rstrip(b"\r").endswith(b"="))):
            break
        start = before
    return start


def _redecode(text: str) -> str:
    """A value of a file that is not all UTF-8, as the reader takes its bytes: UTF-8
    if they are (also a character split by a fold), else Windows-1252."""
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


@dataclass(slots=True)
class _Unfolding:
    """The logical line being read, while lines continue it."""

    first: str | None = None  # its first physical line
    # and, when something continues it, its bytes so far (amortised appends; a soft
    # break takes back the '=' in place — a 15 MB line of them stays linear)
    rest: bytearray | None = None
    start: int = 0
    soft: bool = False
    qp: bool | None = None  # is the logical line quoted-printable? (looked at once)

    def done(self, dirty: bool) -> Iterator[tuple[int, str, bool]]:
        if self.first is not None:
            yield self.start, self.first if self.rest is None else _text_of(self.rest), dirty
            self.first = self.rest = None

    def feed(self, lines: list[str], number: int, dirty: bool) -> Iterator[tuple[int, str, bool]]:
        """Line by line (``number``: the line before the first's). Consume it whole:
        the state is kept in locals (millions of folded lines) and stored at the end."""
        first, rest, start, soft, qp = self.first, self.rest, self.start, self.soft, self.qp
        for number, line in enumerate(lines, number + 1):  # noqa: B020
            if first is not None:
                if soft or line[:1] in (" ", "\t"):
                    if rest is None:
                        rest = bytearray(first.encode("utf-8", "surrogateescape"))
                    if soft:
                        del rest[-1]  # the '='
                        rest += line.encode("utf-8", "surrogateescape")
                    else:
                        rest += line[1:].encode("utf-8", "surrogateescape")
                    if rest[-1:] == b"=":
                        if qp is None:
                            qp = _is_quoted_printable(first)
                        soft = qp
                    else:
                        soft = False
                    continue
                yield start, first if rest is None else _text_of(rest), dirty
                first = rest = None
            if line.strip(_SPACE):  # (not blank: bytes' white space only)
                first, start, qp = line, number, None
                if line.endswith("="):
                    qp = soft = _is_quoted_printable(line)
                else:
                    soft = False
        self.first, self.rest, self.start, self.soft, self.qp = first, rest, start, soft, qp


def _logical_lines(data: bytes) -> Iterator[tuple[int, str, bool]]:
    """(first line number, logical line, whether to :func:`_redecode` its values), streamed.

    Line ends: LF (with any CRs before it); a CR alone only in a file without
    any LF (old Mac) — a lone CR inside a line of an LF file is content, so it
    cannot cut a value short. Unfolding: a line starting with a space or tab
    continues the one before, without that one character. A quoted-printable
    soft line break (``=`` at the end of a line) joins the next line as it is,
    spaces included. Pieces are joined once per logical line: linear. Blank
    lines are passed over.
    """
    for first, lines, dirty in _logical_runs(data):
        for number, line in enumerate(lines, first):
            if line and (line[0] not in _SPACE or line.strip(_SPACE)):
                yield number, line, dirty


def _logical_runs(data: bytes) -> Iterator[tuple[int, list[str], bool]]:
    """The logical lines of :func:`_logical_lines` in runs: (the first one's line
    number, lines numbered on from it, dirty) — blank lines still among them.

    Most lines continue nothing and are continued by nothing: between the folds
    (found per chunk in C) lines are passed on as a slice of the chunk's lines,
    without the line by line bookkeeping of :class:`_Unfolding`, and the reader
    walks them without a generator step per line.
    """
    if b"\n" not in data:
        data = data.replace(b"\r", b"\n")
    open_line = _Unfolding()
    number = 0  # lines before the chunk
    dirty = False
    for lines, dirty, text, after, line_end in _physical_lines(data):
        # (many folds: line by line; soft line breaks may join any line)
        if (
            open_line.soft
            or "=" + line_end in text
            or (folds := _continuations(text, len(lines), after)) is None
        ):
            for start, line, was_dirty in open_line.feed(lines, number, dirty):
                yield start, [line], was_dirty
            number += len(lines)
            continue
        folds.append(len(lines) + 1)  # (the end: past every line)
        done, i = 0, 0
        while done < len(lines):
            fold = folds[i]
            head = min(max(fold - 1, done), len(lines))  # the line that fold continues
            if head > done:  # plain lines up to it
                for start, line, was_dirty in open_line.done(dirty):
                    yield start, [line], was_dirty
                yield number + done + 1, lines[done:head], dirty
            end = fold + 1
            i += 1
            while i < len(folds) and folds[i] == end:  # (a run of continuations)
                end, i = end + 1, i + 1
            end = min(end, len(lines))
            if end > head:
                for start, line, was_dirty in open_line.feed(lines[head:end], number + head, dirty):
                    yield start, [line], was_dirty
            done = end
        number += len(lines)
    for start, line, was_dirty in open_line.done(dirty):
        yield start, [line], was_dirty


def _text_of(joined: bytearray) -> str:
    # (pieces of text that was UTF-8 join to UTF-8: surrogates only where it was not)
    return joined.decode("utf-8", "surrogateescape")


def _outside_quotes(text: bytes | str, sep: bytes | str, start: int = 0) -> int:
    """The position of the first ``sep`` at or after ``start`` that is not inside
    double quotes; with an unbalanced quote, the first ``sep`` after it (-1: none)."""
    quote_char = b'"' if isinstance(text, bytes) else '"'
    pos = start
    found = text.find(sep, pos)  # type: ignore[arg-type]
    # Every find below starts where the one before it ended: linear in the text.
    while True:
        quote = text.find(quote_char, pos, found if found >= 0 else len(text))  # type: ignore[arg-type]
        if quote < 0:
            return found
        close = text.find(quote_char, quote + 1)  # type: ignore[arg-type]
        if close < 0:  # unbalanced: the quote is taken for a character
            return found
        pos = close + 1
        if 0 <= found < pos:  # that one was inside the quotes
            found = text.find(sep, pos)  # type: ignore[arg-type]


def _text(data: bytes, charset: str | None = None) -> str:
    if charset:
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _parse_params(text: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    start = 0
    for _ in range(MAX_PARAMS):
        end = _outside_quotes(text, ";", start)
        part = (text[start:end] if end >= 0 else text[start:]).strip()
        start = end + 1
        if end < 0 and not part:
            break
        key, eq, value = part.partition("=")
        if not eq:
            if part.upper() in _BARE_ENCODINGS:
                params.setdefault("ENCODING", []).append(part)  # 2.1 bare encoding
            elif part:  # 2.1 bare type: TEL;WORK;VOICE
                params.setdefault("TYPE", []).append(part[:MAX_PARAM_CHARS])
            if end < 0:
                break
            continue
        key = key.strip().upper()
        value = value.strip()
        if key == "TYPE":  # a list, also when quoted: TYPE="work,pref"
            items = (m.group() for m in _LIST_ITEM.finditer(value.replace('"', "")))
            values = [v.strip() for v in islice(items, MAX_VALUES)]
        else:  # one value; a quoted one may hold ':', ';' and ','
            values = [value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else value]
        bucket = params.setdefault(key, [])
        bucket += [v[:MAX_PARAM_CHARS] for v in values if v][: MAX_VALUES - len(bucket)]
        if end < 0:
            break
    return params


_HEADS_REMEMBERED = 4096  # distinct heads (≤ 256 bytes) kept parsed per file: bounded memory
# A head cached as BEGIN or END (looked at again: its value says whether of a VCARD).
_BOUNDARY: tuple[str, str, None] = ("", ":BEGIN-OR-END", None)
_NO_PARAMS: dict[str, list[str]] = {}  # shared: parameters are only read
_KEY_MARK = ("", "KEY", _NO_PARAMS)  # (group, name, parameters) of a key: said, not kept
_Head = tuple[str, str, "dict[str, list[str]] | None"]  # (group, property name, parameters)


def _index(lines: list[str], line: str, start: int, stop: int) -> int:
    """Where ``line`` is first in ``lines[start:stop]`` (-1: not there), found in C."""
    try:
        return lines.index(line, start, stop)
    except ValueError:
        return -1


def _plain_params(params: dict[str, list[str]] | None) -> bool:
    """Whether a value with these parameters is taken as written (no decoding)."""
    return not params or ("ENCODING" not in params and "CHARSET" not in params)


def _property_head(head: bytes) -> tuple[str, str, dict[str, list[str]] | None] | tuple[()]:
    """(group, property name, parameters — None where there are none) of a content
    line's part before the colon; ``()`` for a property that is not kept. The
    parameters are shared by every line with this head: they are only read."""
    semi = head.find(b";")
    name_part = head if semi < 0 else head[:semi]
    try:
        name = name_part.decode("ascii")
    except UnicodeDecodeError:
        name = _text(name_part)
    group, _, prop_name = name.strip().rpartition(".")
    prop_name = prop_name.upper()
    if prop_name not in _KEPT and not (
        prop_name.startswith(own_fields.PREFIX)
        and (own_fields.is_own(prop_name) or prop_name == own_fields.INTRODUCED_BY)
    ):
        return ()
    return group, prop_name, None if semi < 0 else _parse_params(_text(head[semi + 1 :]))


def _decode(raw: bytes, params: dict[str, list[str]]) -> str:
    if not params:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")
    if any(e.upper() == "QUOTED-PRINTABLE" for e in params.get("ENCODING", ())):
        raw = quopri.decodestring(raw)
    return _text(raw, next(iter(params.get("CHARSET", ())), None))


# -- values ----------------------------------------------------------------------------


def _unescape(text: str, version: str) -> str:
    """``\\n`` is a line break; any other escaped character stands for itself (a few
    passes of str.replace: one Python call per escape took seconds on 20 MB)."""
    if "\\" not in text:
        return text
    if version == "2.1":
        return text.replace("\\;", ";")
    hold = _HOLD if _HOLD not in text else "\x00"
    if hold in text:  # both placeholders taken: leave the text as it is
        return text
    lone = text.endswith("\\") and (len(text) - len(text.rstrip("\\"))) % 2 == 1
    text = text.replace("\\\\", hold).replace("\\n", "\n").replace("\\N", "\n")
    text = text.replace("\\", "")
    return text.replace(hold, "\\") + ("\\" if lone else "")


def _split(text: str, seps: str, limit: int) -> list[str]:
    """At most ``limit`` pieces of ``text`` between unescaped ``seps``; pieces stay
    escaped and whatever follows the last one is not looked at."""
    if "\\" not in text:  # nothing escaped: plain splits
        for sep in seps[1:]:
            text = text.replace(sep, seps[0])
        return text.split(seps[0], limit)[:limit]
    search = _SEPARATOR[seps].search
    out: list[str] = []
    start = pos = 0
    while len(out) < limit:
        match = search(text, pos)
        if match is None:
            out.append(text[start:])
            break
        at = before = match.start()
        while before > start and text[before - 1] == "\\":
            before -= 1
        pos = at + 1
        if (at - before) % 2:  # an odd number of backslashes: escaped
            continue
        out.append(text[start:at])
        start = pos
    return out


def _components(
    value: str, version: str, count: int, lists: bool, pad: bool = True
) -> list[list[str]]:
    """A structured value's first ``count`` components (padded to ``count``), each
    a list of values: split at ``,`` where the component is a list (``lists``,
    not in 2.1), else the comma is text (``ORG:Ximian, Inc.``)."""
    split = lists and version != "2.1"
    if "\\" not in value:  # nothing escaped (the common case): plain splits
        comps = value.split(";", count)[:count]
        if split and "," in value:
            result = [c.split(",", MAX_VALUES)[:MAX_VALUES] for c in comps]
        else:
            result = [[c] for c in comps]
    else:
        result = []
        for comp in _split(value, ";", count):
            values = _split(comp, ",", MAX_VALUES) if split else [comp]
            result.append([_unescape(v, version) for v in values])
    if pad and len(result) < count:
        result += [[] for _ in range(count - len(result))]
    return result


def _joined(values: list[str], sep: str = " ") -> str:
    if len(values) == 1:
        return values[0].strip()
    return sep.join(v.strip() for v in values if v.strip())


def _name(value: str, version: str) -> tuple[str, str, list[str], str, str]:
    """``N``'s family and given name, additional names, prefix and suffix."""
    if "\\" in value or ("," in value and version != "2.1"):
        family, given, additional, prefix, suffix = _components(value, version, 5, True)
        names = [x for x in additional if x]
        return _joined(family), _joined(given), names, _joined(prefix), _joined(suffix, ", ")
    parts = value.split(";", 5)  # (most: nothing escaped, no lists — as _components splits)
    parts += ("", "", "", "", "")[len(parts) :]
    last, first, middle, before, after = parts[:5]
    return last.strip(), first.strip(), [middle] if middle else [], before.strip(), after.strip()


_BDAY_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})")
_BDAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


def parse_birthday(text: str, params: dict[str, list[str]]) -> Birthday | None:
    """``1980-03-22``, ``19800322``, ``--0203``, ``--03-23``, Apple's year 1604 (none)."""
    value = text.strip()
    if "T" in value:
        value = value.split("T", 1)[0]
    try:
        if len(value) == 8 and value.isascii() and value.isdigit():  # (_BDAY, without a match)
            ymd: tuple[str, ...] = (value[:4], value[4:6], value[6:])
        elif m := _BDAY_NO_YEAR.fullmatch(value):
            return _birthday(int(m.group(1)), int(m.group(2)), None)
        elif m := _BDAY.fullmatch(value):
            ymd = m.groups()
        else:
            return None
        year = int(ymd[0])
        omit = params.get("X-APPLE-OMIT-YEAR", []) if params else []
        no_year = year == 1604 or (omit and omit[0] == ymd[0])
        return _birthday(int(ymd[1]), int(ymd[2]), None if no_year else year)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _birthday(month: int, day: int, year: int | None) -> Birthday:
    # (made and checked once per date; frozen, so cards may share it)
    return Birthday(month, day, year)


def label_from_types(types: list[str], pref: bool = False) -> str:
    """A channel's label from TYPE values: standard ones in lower case, any other
    as spelled (without an x-name's ``X-``), ``pref`` last; types that say nothing a
    person chose are left out."""
    kinds = []
    for t in types:
        lower = t.lower()
        if lower == "pref":
            pref = True
        elif lower in _SILENT_TYPES:
            continue
        elif lower in STANDARD_TYPES:
            kinds.append(lower)
        else:
            # a label the person typed: Android writes it as an x-name ("X-Büro")
            kinds.append(t[2:] if lower[:2] == "x-" and len(t) > 2 else t)
    if pref:
        kinds.append("pref")
    return ",".join(dict.fromkeys(kinds))


@lru_cache(maxsize=1024)
def _label_of(types: tuple[str, ...], pref: bool) -> str:
    # (a file repeats a handful of TYPE lists on every card: each is worded once)
    return label_from_types(list(types), pref)


def _label(group: str, params: dict[str, list[str]], labels: dict[str, str]) -> str:
    """The group's X-ABLabel as written, else the label its TYPE values make."""
    if group and group in labels:
        return labels[group]
    if not params:
        return ""
    return _label_of(tuple(params.get("TYPE", ())), "PREF" in params)


def _phone(value: str) -> str:
    value = value.strip()
    if value.lower().startswith("tel:"):
        value = value[4:]
        if ";ext=" in value:
            number, ext = value.split(";ext=", 1)
            value = f"{number} ext. {ext}"
    return value


def _profile_label(url: str) -> str:
    lowered = url.lower()
    if "xing.com/profile" in lowered:
        return "xing"
    if "linkedin.com/in/" in lowered:
        return "linkedin"
    return ""


# -- the reader ------------------------------------------------------------------------

_READINGS_REMEMBERED = 8192  # distinct values (with the version ≤ 256 chars) kept read per file
_UNREAD = object()
_T = TypeVar("_T")

# What a value says, by itself — the same for every card that holds it; each
# is called with (property name, value as written, the card's vCard version).


def _own_value(name: str, raw: str, version: str) -> tuple[tuple[str, object] | None, str]:
    """(record field, checked value) — None where it is not one — and the text."""
    text = _unescape(raw, version)
    try:
        return own_fields.from_property(name, text), text
    except ValueError:
        return None, text


def _ablabel(_name: str, raw: str, version: str) -> str:
    text = _unescape(raw, version)
    m = _LABEL.match(text)
    return m.group(1) if m else text


def _address(_name: str, raw: str, version: str) -> tuple[str, bool]:
    """An ADR's city, and whether it says more (street, postcode, country …)."""
    if "\\" not in raw:  # nothing escaped (the common case): one split, joins in C
        parts = raw.split(";", 7)
        city = parts[3].strip() if len(parts) > 3 else ""
        return city, bool(("".join(parts[:3]) + "".join(parts[4:7])).strip())
    components = _components(raw, version, 7, False)
    return _joined(components[3]), any(_joined(c) for i, c in enumerate(components) if i != 3)


def _org(_name: str, raw: str, version: str) -> tuple[str, str]:
    """(organisation, department)."""
    parts = _components(raw, version, MAX_VALUES, False, pad=False)
    return _joined(parts[0]), _joined([_joined(x) for x in parts[1:]])


_NOT_KEPT = (102, 2)  # (worse than any form's rank)
_PLAIN = (101, 0)  # a form without parameters (most names: no call)


def _form_rank(params: dict[str, list[str]], language: str) -> tuple[int, int]:
    """How much one form of a name is preferred, lowest first: its ``PREF`` (1–100;
    none: after them), then in no language or the user's before another language.
    (Equal: the first stays.)"""
    if not params:
        return _PLAIN
    pref = params.get("PREF", ("",))[0]
    rank = min(int(pref), 101) if pref.isdigit() and pref.isascii() else 101
    written = params.get("LANGUAGE", ("",))[0].lower().replace("_", "-").split("-")[0]
    return (rank, 0 if not written or written == language else 1)


def _tags(_name: str, raw: str, version: str) -> tuple[list[str], bool]:
    """The tags of a CATEGORIES value, and whether it held more than MAX_VALUES."""
    values = _split(raw, ";,", MAX_VALUES + 1)
    tags = (_unescape(v, version).strip() for v in values[:MAX_VALUES])
    return [t for t in tags if t and t.lower() not in GOOGLE_SYSTEM_GROUPS], len(
        values
    ) > MAX_VALUES


class _Reader:
    def __init__(self, name: str, depth: int = 0, language: str = "") -> None:
        self.name = name
        self.depth = depth
        self.language = language  # the user's: which of a name's forms to keep
        self.result = ReadResult(format="vcard")
        self.counts: Counter[str] = Counter()
        # (property, version, value as written) → what it says: see :meth:`reading`
        self.readings: dict[tuple[str, str, str], Any] = {}
        self.stack: list[_OpenCard] = []  # the cards open, innermost last
        self.too_deep = 0  # BEGINs beyond MAX_DEPTH, whose ENDs are passed over
        self.stopped = False  # MAX_CARDS reached
        # The same heads come back on every card (``EMAIL;TYPE=work``): each is parsed once.
        self.heads: dict[str, _Head | tuple[()]] = {}
        # Those of them :meth:`plain_card` may take (parameters: never None).
        self.plain_heads: dict[str | None, tuple[str, str, dict[str, list[str]]] | tuple[()]] = {}
        self.base64_line = -1  # the last line read as base64 going on unindented
        # The contact groups met (name, line, the UIDs of their members): no people
        self.groups: list[tuple[str, int, list[str]]] = []
        self.unread: Counter[str] = Counter()  # problem code → cards

    def reading(self, read: Callable[[str, str, str], _T], name: str, raw: str, version: str) -> _T:
        """``read(name, raw, version)``, once per distinct value and file: values come
        back from card to card (a city, an organisation, a tag, our own fields' level
        or source) and what one says is immutable (tags: only read from)."""
        key = (name, version, raw)
        found = self.readings.get(key, _UNREAD)
        if found is _UNREAD:
            found = read(name, raw, version)
            if len(self.readings) < _READINGS_REMEMBERED and len(raw) + len(version) <= 256:
                self.readings[key] = found
        return found

    def problem(self, line: int, code: str, **params: object) -> None:
        self.counts[code] += 1
        if self.counts[code] <= MAX_PROBLEMS:
            self.result.problems.append(Problem.of(self.name, line, code, **params))

    def finish(self) -> ReadResult:
        hidden = sum(max(0, n - MAX_PROBLEMS) for n in self.counts.values())
        if hidden:
            self.result.problems.append(Problem.of(self.name, 0, "more_problems", count=hidden))
        return self.result

    def decode_file(self, data: bytes) -> bytes:
        if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
            data = data.decode("utf-32", errors="replace").encode("utf-8")
        elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
            data = data.decode("utf-16", errors="replace").encode("utf-8")
        elif encoding := _utf16_without_bom(data):
            data = data.decode(encoding, errors="replace").encode("utf-8")
        data = data.removeprefix(b"\xef\xbb\xbf")
        if b"\x00" in data:
            self.problem(0, "nul_bytes")
            data = data.replace(b"\x00", b"")
        return data

    def read(self, data: bytes) -> ReadResult:
        data = self.decode_file(data)
        for first, lines, dirty in _logical_runs(data):
            if dirty or self.depth >= MAX_DEPTH:  # (values re-decoded; cards too deep)
                self.lines(lines, first, dirty)
            else:
                self.plain_run(lines, first)
            if self.stopped:
                return self.finish()
        if self.stack:
            self.cut_short(data)
        elif cut := _cut_between_cards(data):
            self.problem(cut, "cut_line")
        if self.groups:
            self.tag_members()
        for code, cards in sorted(self.unread.items()):
            self.problem(0, code, count=cards)
        if not self.result.contacts and not self.result.problems:
            self.problem(0, "no_vcard")
        return self.finish()

    def cut_short(self, data: bytes) -> None:
        """The file ends inside a card (a download broken off): what was read of it
        is imported and said — but a last line the end cut in two (no line end
        after it, or a quoted-printable soft break going on) is left out."""
        props = self.stack[-1].props
        cut = props.pop()[4] if props and props[-1][4] == _cut_line(data) else 0
        for card in self.stack:  # (outermost first, as in the file)
            self.problem(card.line, "unterminated_card")
        if cut:
            self.problem(cut, "cut_line")
        while self.stack:
            card = self.stack.pop()
            self.add_card(card.props, card.slot, card.line)

    def plain_run(self, lines: list[str], first: int) -> None:
        """A run of UTF-8 lines that nothing folds (numbered from ``first``). A card
        written plainly — ``BEGIN:VCARD``, property lines of heads met before,
        ``END:VCARD`` — is taken in one piece (:meth:`plain_card`); any other line,
        and a card that cannot be, goes line by line (:meth:`lines`), which reads
        it the same way. (Every line a failed attempt looked at is then read line by
        line before the next attempt — the stack stays open to that END: linear.)"""
        pos, end = 0, len(lines)
        while pos < end and not self.stopped:
            if lines[pos] == "BEGIN:VCARD" and not (self.stack or self.too_deep):
                close = _index(lines, "END:VCARD", pos + 1, pos + 2 + MAX_LINES_PER_CARD)
                props = (
                    None if close < 0 else self.plain_card(lines[pos + 1 : close], first + pos + 1)
                )
                if props is not None:
                    self.add_card(props, len(self.result.contacts), first + close)
                    if len(self.result.contacts) >= MAX_CARDS:
                        self.problem(first + close, "too_many_cards", limit=MAX_CARDS)
                        self.stopped = True
                    pos = close + 1
                    continue
            if self.stack or self.too_deep:  # line by line to the next END (and past it)
                stop = _index(lines, "END:VCARD", pos, end) + 1
            else:  # line by line to the next card
                stop = _index(lines, "BEGIN:VCARD", pos + 1, end)
            stop = end if stop <= 0 else stop
            self.lines(lines[pos:stop], first + pos, False)
            pos = stop

    def plain_card(self, lines: list[str], first: int) -> list[Prop] | None:
        """The properties of a card's lines (numbered from ``first``) when each is a
        plain property line: its head (up to the first colon) met before, no quote
        in it, no encoding or charset, no ``BEGIN``/``END``. ``None`` where
        :meth:`lines` has to read it."""
        if len(lines) > MAX_LINES_PER_CARD:
            return None
        plain = self.plain_heads
        try:  # (a line without a colon looks up None: no key)
            return [
                (known[1], known[0], known[2], value, number)
                for number, line in enumerate(lines, first)
                for head, colon, value in [line.partition(":")]  # (compiled as an assignment)
                if (known := plain[head if colon else None])
            ]
        except KeyError:  # a head not met before, or one to read line by line
            return None

    def remember_plain(self, head: str, known: _Head | tuple[()]) -> None:
        """Let :meth:`plain_card` take lines with this head, if it may."""
        if not known:  # (not kept; a key is marked, to be said: see lines())
            self.plain_heads[head] = _KEY_MARK if _is_key(head.upper()) else ()
        elif known is not _BOUNDARY and _plain_params(known[2]):
            group, prop_name, params = known
            self.plain_heads[head] = (group, prop_name, params or _NO_PARAMS)

    def lines(self, lines: list[str], first: int, dirty: bool) -> None:
        """Content lines one by one (numbered from ``first``), cards opened and
        closed on the reader's stack."""
        stack, too_deep = self.stack, self.too_deep
        contacts = self.result.contacts
        heads = self.heads
        for number, line in enumerate(lines, first):
            if not line or (line[0] in _SPACE and not line.strip(_SPACE)):
                continue  # blank
            colon = line.find(":")
            if colon >= 0 and line.find('"', 0, colon) >= 0:
                colon = _outside_quotes(line, ":")
            if colon < 0:
                if stack and not self.base64_goes_on(line, number):
                    self.problem(number, "line_without_colon")
                continue
            head, raw = line[:colon], line[colon + 1 :]
            known = heads.get(head)
            if known is None:
                if len(head) <= 5 and head.isascii() and head.upper() in ("BEGIN", "END"):
                    known = _BOUNDARY
                elif not stack or too_deep:
                    continue  # (outside a card: not parsed)
                else:
                    known = _property_head(head.encode("utf-8", "surrogateescape"))
                if len(heads) < _HEADS_REMEMBERED and len(head) <= 256:
                    heads[head] = known
                    if '"' not in head:  # (else its first colon may be inside quotes)
                        self.remember_plain(head, known)
            if known is _BOUNDARY:
                if raw.strip(_SPACE).upper() != "VCARD" or not raw.isascii():
                    continue
                if head.upper() == "BEGIN":
                    if too_deep or len(stack) + self.depth >= MAX_DEPTH:
                        too_deep += 1
                        self.problem(number, "too_deep", limit=MAX_DEPTH)
                        continue
                    if stack:
                        self.problem(number, "nested_card")
                    stack.append(_OpenCard(slot=len(contacts), line=number))
                elif too_deep:
                    too_deep -= 1
                elif stack:
                    card = stack.pop()
                    self.add_card(card.props, card.slot, number)
                    if len(contacts) >= MAX_CARDS:
                        self.problem(number, "too_many_cards", limit=MAX_CARDS)
                        self.stopped = True
                        break
                continue
            if not stack or too_deep:
                continue
            if not known:  # photos, Outlook's layout XML, addresses' labels …: not kept
                if "ENCODING=B" in (upper := head.upper()) or "BASE64" in upper:
                    self.base64_line = number  # (its value may go on unindented)
                # An encryption key, Proton's settings for it: not kept, but said. (Its
                # value, a PGP key of kilobytes, is never decoded: a mark stands for it.)
                if _is_key(upper) and raw.strip(_SPACE):
                    card = stack[-1]
                    if len(card.props) < MAX_LINES_PER_CARD:
                        card.props.append(("KEY", "", _NO_PARAMS, raw, number))
                continue
            group, prop_name, params = known
            card = stack[-1]
            if len(card.props) >= MAX_LINES_PER_CARD:
                if not card.full:
                    card.full = True
                    self.problem(number, "too_many_lines", limit=MAX_LINES_PER_CARD)
                continue
            if params is None:  # the common case: no parameters, UTF-8
                value = _redecode(raw) if dirty and not raw.isascii() else raw
                card.props.append((prop_name, group, _NO_PARAMS, value, number))
            elif "ENCODING" in params or "CHARSET" in params:
                value = _decode(raw.encode("utf-8", "surrogateescape"), params)
                card.props.append((prop_name, group, params, value, number))
            else:  # (as _decode reads it)
                value = _redecode(raw) if dirty and not raw.isascii() else raw
                card.props.append((prop_name, group, params, value, number))
        self.too_deep = too_deep

    def base64_goes_on(self, line: str, number: int) -> bool:
        """2.1 writers (Outlook, FolkerKinzel.VCards) go on with a base64 photo on
        unindented lines up to a blank one: such a line right after a BASE64
        property's line, or after another such line, is part of it (not kept)."""
        if self.base64_line != number - 1 or line.strip(_BASE64):
            return False
        self.base64_line = number
        return True

    def add_card(self, props: list[Prop], slot: int, line: int) -> None:
        """The person of a card's properties, put at ``slot`` (before the cards inside it)."""
        if not props:
            self.problem(line, "empty_card")
            return
        contact, agents = self.card(props)
        contacts = self.result.contacts
        if contact.uid is _GROUP:  # (marked by card(): no person)
            pass
        elif contact.empty:
            self.problem(line, "empty_card")
        else:
            contacts.insert(min(slot, len(contacts)), contact)
        contacts += agents

    def card(self, props: list[Prop]) -> tuple[ImportedContact, list[ImportedContact]]:
        """The person of one card, and any given inline as a 3.0 ``AGENT`` value."""
        version = None
        named: list[Prop] = []  # X-ABLabel properties, read once the version is known
        for p in props:
            if p[0] == "VERSION":
                if version is None:
                    version = p[3].strip()
            elif p[0] == "X-ABLABEL" and p[1]:
                named.append(p)
        if version is None:
            version = "3.0"
        labels = {}
        for name, group, _params, written, _line in named:
            labels[group] = self.reading(_ablabel, name, written, version)
        c = ImportedContact(self.name, props[0][4] if props else 0)  # (positional: faster)
        agents: list[ImportedContact] = []
        notes: dict[str, None] = {}  # in order, each text once
        urls: set[str] = set()
        handles: set[tuple[str, str]] = set()  # messengers (IMPP and X-SKYPE may say one twice)
        kind, members = "", []
        unread: set[str] = set()  # problem codes: what this card says that is not kept
        # FN and N: the preference of the form kept (RFC 6350 ALTID: one name in
        # several forms, a Latin and a Kanji one; without any, several are a mistake)
        kept_fn = kept_n = _NOT_KEPT
        own = own_fields.BY_PROPERTY
        # (what a value read before says: without a call; each reading is truthy but the city)
        read_before = self.readings.get
        for name, group, params, raw_text, line in props:
            if name in own:  # first: our own export has several per card
                found, text = read_before((name, version, raw_text)) or self.reading(
                    _own_value, name, raw_text, version
                )
                if found is None:
                    self.problem(line, "bad_value", name=name, value=text[:30])
                else:
                    c.own[found[0]] = found[1]
                continue
            # The value unescaped (most have no backslash: no call then); structured
            # values are split first, and their pieces unescaped.
            text = raw_text
            if "\\" in text and name not in _STRUCTURED:
                text = _unescape(text, version)
            if name == "FN":
                rank = _form_rank(params, self.language) if params else _PLAIN
                if rank < kept_fn:
                    c.display_name, kept_fn = text.strip(), rank
            elif name == "N":
                rank = _form_rank(params, self.language) if params else _PLAIN
                if rank < kept_n:
                    kept_n = rank
                    c.family_name, c.given_name, c.additional_names, c.prefix, c.suffix = _name(
                        raw_text, version
                    )
            elif name == "EMAIL":
                text = text.strip()
                if valid_email(text):
                    c.emails.append(Channel("email", text, _label(group, params, labels)))
                elif text:
                    self.problem(line, "bad_email", value=text[:40])
            elif name == "UID":
                if not c.uid:
                    c.uid = text.strip()
            elif name == "VERSION":
                pass  # (read above)
            elif name == "PRODID":
                if "XING" in raw_text.upper():
                    c.source = "xing"
                elif "//NETZJOURNAL//" in raw_text.upper():
                    c.ours = True
            elif name == "LANG":  # RFC 6350: "de", "de-AT", "en-GB"; the first we write in
                spoken = text.strip().lower().replace("_", "-").partition("-")[0]
                if not c.spoken and spoken in LANGUAGES:
                    c.spoken = spoken
            elif name == "TITLE":
                if not c.title:
                    c.title = text.strip()
            elif name == "ADR":
                city, more = read_before((name, version, raw_text)) or self.reading(
                    _address, name, raw_text, version
                )
                c.city = c.city or city
                if more:
                    unread.add("unread_street")
            elif name == "ORG":
                if not c.organisation:
                    c.organisation, c.department = read_before(
                        (name, version, raw_text)
                    ) or self.reading(_org, name, raw_text, version)
            elif name == "CATEGORIES":
                tags, overflow = read_before((name, version, raw_text)) or self.reading(
                    _tags, name, raw_text, version
                )
                if overflow:
                    self.problem(line, "too_many_values", limit=MAX_VALUES)
                c.tags += tags
            elif name == "TEL":
                text = _phone(text)
                if text:
                    c.phones.append(Channel("phone", text, _label(group, params, labels)))
            elif name == "BDAY":
                if c.birthday is None:
                    c.birthday = parse_birthday(text, params)
                    if c.birthday is None and raw_text.strip():
                        self.problem(line, "bad_birthday", value=raw_text[:30])
            elif name == "NOTE":
                text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
                if text and text not in notes:  # joined once below: many notes stay linear
                    notes[text] = None
            elif name == "URL" or (name.endswith("SOCIALPROFILE") and "://" in text):
                text = text.strip()  # (a profile that is no address, "x-apple:max", is not kept)
                if text and text not in urls:
                    named_as = labels.get(group, "") if group else ""  # as the person wrote
                    label = named_as or _profile_label(text) or _label(group, params, labels)
                    c.urls.append(Channel("url", text, label))
                    urls.add(text)
            elif name == "IMPP" or name in messengers.X_PROPERTIES:
                service_type = params.get("X-SERVICE-TYPE", [""])[0] if params else ""
                found = (
                    messengers.from_vcard(text, service_type)
                    if name == "IMPP"
                    else (messengers.X_PROPERTIES[name], text.strip())
                    if text.strip()
                    else None
                )
                if found and (key := (found[0].casefold(), found[1].casefold())) not in handles:
                    c.messengers.append(Channel("messenger", found[1], found[0]))
                    handles.add(key)
            elif name == "ROLE":
                if not c.role:
                    c.role = text.strip()
            elif name == "NICKNAME":
                if not c.nickname:
                    c.nickname = text.strip()
            elif name == "AGENT":
                if raw_text.lstrip()[:11].upper() == "BEGIN:VCARD":
                    agents += self.agent(text, line)
            elif name == own_fields.INTRODUCED_BY:
                c.introduced_by_uid = text.strip()
            elif name in _KIND:
                kind = kind or text.strip().lower()
            elif name in _MEMBER:
                members.append(text)
            elif name in _RELATED and text.strip():
                unread.add("unread_related")
            elif name in _DATES and text.strip():
                unread.add("unread_dates")
            elif name == "KEY" and text.strip():  # (or Proton's X-PM-*: see lines())
                unread.add("unread_keys")
            elif name == _ANDROID_CUSTOM:
                kind_of, _, data = raw_text.partition(";")
                read_as = _ANDROID_KINDS.get(kind_of.strip().lower(), "")
                first = _unescape(_split(data, ";", 2)[0], version).strip() if data else ""
                if not first:
                    pass
                elif read_as == "NICKNAME":
                    c.nickname = c.nickname or first
                elif read_as == "URL":
                    if first not in urls:
                        c.urls.append(Channel("url", first, _profile_label(first)))
                        urls.add(first)
                elif read_as:
                    unread.add(read_as)
        if unread:
            self.unread.update(unread)
        if kind == "group":
            if c.name:
                self.groups.append((c.name, c.line, members))
                c.uid = _GROUP
            return c, agents
        if len(c.tags) > MAX_VALUES:
            self.problem(c.line, "too_many_values", limit=MAX_VALUES)
            del c.tags[MAX_VALUES:]
        c.notes = "\n\n".join(notes)
        if "http" in c.notes:
            for url in (m.group() for m in islice(_URL_IN_TEXT.finditer(c.notes), MAX_VALUES)):
                label = _profile_label(url)
                if label and url not in urls:
                    c.urls.append(Channel("url", url, label))
                    urls.add(url)
        return c, agents

    def tag_members(self) -> None:
        """A contact group's name as a tag of its members in this file (by UID), as
        the address book shows it; the group itself is said, never a person."""
        people: dict[str, list[ImportedContact]] = {}
        for c in self.result.contacts:
            if c.uid:
                people.setdefault(_uid_key(c.uid), []).append(c)
        for name, line, members in self.groups:
            tagged = {id(c): c for m in members for c in people.get(_uid_key(m), ())}
            for c in tagged.values():
                if name not in c.tags:
                    c.tags.append(name)
            self.problem(line, "group_card", name=name, count=len(tagged))

    def agent(self, text: str, line: int) -> list[ImportedContact]:
        """A card given inline as the value of a 3.0 ``AGENT``: a person of its own."""
        if self.depth + 2 > MAX_DEPTH:
            self.problem(line, "too_deep", limit=MAX_DEPTH)
            return []
        inner = _Reader(self.name, self.depth + 1, self.language)
        found = inner.read(text.encode("utf-8"))
        self.problem(line, "nested_card")
        for c in found.contacts:
            c.line = line
        for p in found.problems:
            self.problem(line, p.code, **dict(p.params))
        return found.contacts


def read_vcards(data: bytes, name: str = "<vcard>", language: str = "") -> ReadResult:
    """Every card in ``data``; problems are collected, nothing raises. ``language``
    (the user's, "de"): of a name given in several forms (``ALTID``), the one in it
    is kept when no ``PREF`` says which."""
    return _Reader(name, language=language).read(data)
