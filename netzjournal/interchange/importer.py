"""From files to journal contacts: read, find duplicates, plan, apply at once.

The plan lists for every person what will happen (create, merge into an
existing contact, skip) and why; applying it takes a backup first and writes
everything in one transaction, so an import is all or nothing — and can be
undone later as one step (:func:`undo_import`).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import operator
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from netzjournal.coach.settings import load as coach_settings
from netzjournal.interchange import own_fields
from netzjournal.interchange.csv_in import decode, looks_binary, read_table
from netzjournal.interchange.files import FileRefused, expand, read_file
from netzjournal.interchange.gc_pause import cycle_collection_paused
from netzjournal.interchange.lost_letters import lost_letters
from netzjournal.interchange.model import ImportedContact, Problem, ReadResult, tidy_read
from netzjournal.interchange.namesakes import apart_from, shown_name, tell_apart
from netzjournal.interchange.vcard import read_vcards
from netzjournal.interchange.workbook import read_xlsx, workbook_kind
from netzjournal.progress import Progress, ignore
from netzjournal.store import backups, contacts
from netzjournal.store.bulk import bulk_load, next_contact_id
from netzjournal.store.codes import UNKNOWN_LANGUAGE
from netzjournal.store.contacts import delete_contacts, get_contact, update_contact
from netzjournal.store.folding import fold, fold_many
from netzjournal.store.invitees import link_guests_by_address
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_uids
from netzjournal.store.matching import MatchKeys, match_keys, name_key
from netzjournal.store.people import PersonChoice
from netzjournal.store.records import Channel, ContactRecord
from netzjournal.store.snapshots import Snapshot, restore_snapshot, snapshot_contacts

CSV_SUFFIXES = (".csv", ".txt", ".tsv")


def is_json_export(data: bytes) -> bool:
    """Whether these bytes begin like netzjournal's JSON export."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b'"netzjournal-export"' in head


@cycle_collection_paused()
def read_paths(
    paths: Iterable[Path],
    mapping: dict[str, str] | None = None,
    progress: Progress = ignore,
    language: str = "",
) -> ReadResult:
    """Read every file (folders: their .vcf and .csv files); problems are collected.

    ``mapping`` (our field → header name) is used for CSV files of no known layout.
    A file is recognised by what it holds; one with another extension is read
    as CSV only if it holds a table, else reported as of unknown format.
    ``progress("read", files done, files)`` may raise to stop. ``language``: the
    user's, for a vCard name given in several languages (:func:`read_vcards`).
    """
    result = ReadResult()
    formats = set()
    files = list(expand(paths))
    for done, path in enumerate(files):
        progress("read", done * _STEPS, len(files) * _STEPS)
        try:
            data = read_file(path)
        except FileRefused as refused:
            result.problems.append(refused.problem(path.name))
            continue
        if not data.strip():
            result.problems.append(Problem.of(path.name, 0, "empty_file"))
            continue

        def within(part: int, whole: int, done: int = done) -> None:
            # (a large table or workbook: how far into it, as a share of its file)
            progress("read", done * _STEPS + _STEPS * part // max(whole, 1), len(files) * _STEPS)

        part = _read_one(path, data, mapping, language, within)
        for c in part.contacts:
            tidy_read(c)
        formats.add(part.format)
        result.contacts += part.contacts
        result.problems += part.problems
    progress("read", len(files) * _STEPS, len(files) * _STEPS)
    result.format = ", ".join(sorted(f for f in formats if f))
    return result


_STEPS = 1000  # each file's share of the reading's progress, in steps


def _read_one(
    path: Path,
    data: bytes,
    mapping: dict[str, str] | None,
    language: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> ReadResult:
    head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe").replace(b"\x00", b"").upper()
    suffix = path.suffix.lower()
    if b"BEGIN:VCARD" in head or suffix == ".vcf":
        return read_vcards(data, path.name, language)
    kind = workbook_kind(data, suffix)
    if kind == "xlsx":  # a list kept in Excel: read as its CSV would be
        return read_xlsx(data, path.name, mapping, progress)
    if kind:  # a locked .xlsx, an old .xls, LibreOffice's .ods: said how to save it
        part = ReadResult()
        code = {"locked": "workbook_locked", "html": "workbook_html", "xml": "workbook_xml"}
        part.problems.append(Problem.of(path.name, 0, code.get(kind, "spreadsheet")))
        return part
    if is_json_export(data):
        part = ReadResult()
        part.problems.append(Problem.of(path.name, 0, "json_export"))
        return part
    if b"BEGIN:VCALENDAR" in head:  # events, not people: said where they go
        part = ReadResult()
        part.problems.append(Problem.of(path.name, 0, "calendar_file"))
        return part
    part = read_table(data, path.name, mapping, progress)
    if suffix not in CSV_SUFFIXES and not part.contacts:
        # Not named a table and none found in it: say what it is not.
        part = ReadResult()
        binary = looks_binary(decode(data[:65536])[0])
        part.problems.append(Problem.of(path.name, 0, "not_text" if binary else "unknown_format"))
    return part


@dataclass(slots=True)
class PlanRow:
    contact: ImportedContact
    action: str  # "create", "merge" or "skip"
    match_id: int | None = None  # the existing contact it would merge into
    reason: str = ""  # why it looks like a duplicate
    # Namesakes it could be (two or more): never merged into one of them by guess,
    # only into the one the user picks (:meth:`choose`, "merge:<id>").
    candidates: list[int] = field(default_factory=list)
    # Words of its names or organisation with a letter lost as "?" ("Ay?e"): said,
    # never changed (:mod:`lost_letters`).
    lost: list[str] = field(default_factory=list)
    # The other new people of its name in the files, each as (name, what tells them
    # apart: "München"): every one of them is marked, not only those after the first.
    namesakes: list[tuple[str, str]] = field(default_factory=list)

    def choices(self) -> list[str]:
        """What the user may choose for this row: "create", "merge" (into the one
        match), "merge:<id>" (into one of the namesakes, by id), "skip"."""
        if self.candidates:
            return ["create", *(f"merge:{i}" for i in self.candidates), "skip"]
        return ["create", "merge", "skip"] if self.match_id else ["create", "skip"]

    @property
    def choice(self) -> str:
        """The current choice, as :meth:`choices` names it."""
        if self.action == "merge" and self.candidates:
            return f"merge:{self.match_id}"
        return self.action

    def choose(self, choice: str) -> bool:
        """Take one of :meth:`choices` (False, and nothing changed, for any other):
        a namesake picked is merged into as a single match is."""
        if choice not in self.choices():
            return False
        action, _, target = choice.partition(":")
        if self.candidates:  # (a row with namesakes has no match until one is picked)
            self.match_id = int(target) if target else None
        self.action = action
        return True


@dataclass
class ImportPlan:
    rows: list[PlanRow]
    problems: list[Problem]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def files(self) -> int:
        """How many files the cards came from (a reason says "in the file" of one)."""
        return len({r.contact.source_file for r in self.rows})

    def lost_letters(self) -> list[PlanRow]:
        """The rows of people whose names lost a letter as "?" (a card seen twice once)."""
        return [r for r in self.rows if r.lost and r.reason != SAME_CARD_TWICE]

    def mailing_lists(self) -> list[PlanRow]:
        """The rows of mailing-list cards (:func:`is_mailing_list`), skipped unless taken."""
        return [r for r in self.rows if r.reason == MAILING_LIST]

    def take_lists(self, take: bool) -> None:
        """Import the mailing-list cards too (``take``), or leave them out again."""
        for r in self.mailing_lists():
            r.choose("create" if take else "skip")


def _key_name(c: ImportedContact | MatchKeys) -> str:
    return name_key(c.name)


_LEGACY_UID = re.compile(r"^urn:netzjournal:contact:\d+$", re.IGNORECASE)
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_PLAIN_UID = re.compile(r"^[^\s,;\\\x00-\x1f\x7f]{1,200}$")


@lru_cache(maxsize=16384)  # (planning and applying ask for the same cards' UIDs)
def card_uid(text: str) -> str:
    """The identity a card's UID names, in the form the journal stores ('' for none).

    ``urn:uuid:`` and bare UUIDs become the bare UUID in lower case. The old
    ``urn:netzjournal:contact:<row id>`` names no identity (row ids are reused
    and shared between journals), nor does anything with spaces, separators or
    control characters, or over 200 characters.
    """
    text = text.strip()
    if not text or _LEGACY_UID.match(text):
        return ""
    bare = text[9:] if text[:9].lower() == "urn:uuid:" else text
    if _CANONICAL_UUID.fullmatch(bare):  # what our exports hold: already in normal form
        return bare
    try:
        return str(uuid.UUID(bare))
    except ValueError:
        return text if _PLAIN_UID.match(text) else ""


_CONTENT = tuple(
    f.name
    for f in dataclasses.fields(ImportedContact)
    if f.name not in ("source_file", "line", "uid")
)


_CONTENT_OF = operator.attrgetter(*_CONTENT)


def _same_content(c: ImportedContact) -> tuple[object, ...]:
    """Everything a card says, apart from where it was found and its UID, as a key
    (lists as tuples, channels as their three texts, own fields as their items)."""
    return tuple([v if v.__class__ is str else _key_of(v) for v in _CONTENT_OF(c)])


def _key_of(value: object) -> object:
    if isinstance(value, list):
        return tuple((v.kind, v.value, v.label) if isinstance(v, Channel) else v for v in value)
    if isinstance(value, dict):
        return tuple(value.items())
    return value  # (text, a date, a birthday: hashable, equal when they say the same)


def _same_person_in_files(
    cards: list[ImportedContact], folded_names: list[str], folded_orgs: list[str]
) -> tuple[dict[int, ImportedContact], set[int], set[int]]:
    """One person in two files (LinkedIn's connections and Google's contacts): cards of
    the same name from different files with an e-mail address in common, or with the
    same organisation — the rule that merges a card into a contact of the journal, so
    that choosing both files at once makes what importing one after the other makes
    (LinkedIn gives few addresses). The first card of each such person, with what the
    later ones add (by index); the later ones' indexes; and the first cards joined by
    name and organisation alone.

    Two names behind one address (colleagues sharing info@…) stay apart, and so do
    two cards of one file: the address book they come from kept them apart (they are
    marked for review, as namesakes)."""
    first_by: dict[tuple[str, str, str], int] = {}
    combined: dict[int, ImportedContact] = {}
    joined: set[int] = set()
    by_email: set[int] = set()
    for n, c in enumerate(cards):
        key = " ".join(sorted(folded_names[n].split()))
        if not key or not (c.emails or folded_orgs[n]):
            continue
        pairs = [(key, "email", e.value.casefold()) for e in c.emails]
        if folded_orgs[n]:
            pairs.append((key, "organisation", folded_orgs[n]))
        first = next((first_by[p] for p in pairs if p in first_by), None)
        if first is not None and cards[first].source_file == c.source_file:
            continue  # (its own address book kept them apart)
        if first is None:
            for p in pairs:
                first_by.setdefault(p, n)
            continue
        into = combined.get(first) or copy.deepcopy(cards[first])
        combined[first] = _combine(into, c)
        joined.add(n)
        if any(p[1] == "email" and first_by.get(p) == first for p in pairs):
            by_email.add(first)
        for p in pairs:
            first_by.setdefault(p, first)
    return combined, joined, set(combined) - by_email


def _combine(into: ImportedContact, other: ImportedContact) -> ImportedContact:
    """``into`` with what ``other`` adds: empty fields filled, channels, tags and notes
    it lacks; where both say something, the first card's word stands."""
    for f in dataclasses.fields(ImportedContact):
        if f.name in ("source_file", "line"):
            continue
        mine, theirs = getattr(into, f.name), getattr(other, f.name)
        if f.name == "notes" and mine and theirs and theirs not in mine:
            into.notes = f"{mine}\n\n{theirs}"
        elif isinstance(mine, list):
            known = {(v.kind, v.value.casefold()) if isinstance(v, Channel) else v for v in mine}
            mine += [
                v for v in theirs
                if ((v.kind, v.value.casefold()) if isinstance(v, Channel) else v) not in known
            ]  # fmt: skip
        elif isinstance(mine, dict):
            for k, v in theirs.items():
                mine.setdefault(k, v)
        elif not mine and theirs:
            setattr(into, f.name, theirs)
    return into


# A card that is a mailing list's sender, not a person: Google's and the phones'
# address books gather them from every newsletter answered or order confirmed.
MAILING_LIST = "only a mailing list's address, no person's name"
_LIST_MAILBOX = re.compile(
    r"(?:newsletters?|news|noreply|no-reply|no_reply|donotreply|do-not-reply|do_not_reply"
    r"|info|mailer-daemon|notifications?)(?:[+\-][^@]*)?@",
    re.IGNORECASE,
)


def is_mailing_list(c: ImportedContact) -> bool:
    """A card whose only ways to reach are newsletter@, noreply@, no-reply@, info@ …
    and that names no person (an organisation alone is no person's name either: a
    hotel's info@ with its phone number has the phone, and is kept)."""
    if not c.emails or c.given_name or c.family_name or c.phones or c.messengers:
        return False
    if not all(_LIST_MAILBOX.match(e.value) for e in c.emails):
        return False
    shown = c.display_name.strip().casefold()
    # A shown name that is the address, or its mailbox, names nobody ("info",
    # "newsletter@example.de"), nor does a sender's ("Spiegel Newsletter", "Bahn
    # Service-Team"); "Katrin Vogel" beside info@ is a person.
    return (
        not shown
        or any(
            shown in (e.value.casefold(), e.value.partition("@")[0].casefold()) for e in c.emails
        )
        or not _SENDER_WORDS.isdisjoint(re.split(r"[\s\-_.,:|]+", shown))
    )


_SENDER_WORDS = frozenset(
    ("newsletter", "news", "noreply", "no-reply", "info", "team", "service", "support",
     "notification", "notifications", "benachrichtigung", "kundenservice")
)  # fmt: skip


SAME_CARD_TWICE = "the same card twice in the files"
NAMESAKE_IN_FILES = "a namesake in the files"
SIMILAR_NAME = "a similar name exists"  # (one contact of the journal: a namesake)
SAME_ORGANISATION_IN_FILES = "the same person in another file (same name and organisation)"
SAME_NAME_ORGANISATION_IN_FILES = "the same name and organisation as another card in the files"
# The journal's contact and the card alike in name, and neither has an organisation:
# "same name and organisation" said of no organisation read as if they had one.
SAME_NAME = "same name"
SEVERAL_SAME_NAME = "several with this name"


def in_files(reason: str, files: int) -> str:
    """A plan row's reason as said of the ``files`` files its cards came from: "a
    namesake in the file" of one file („in den Dateien“ of one read as several)."""
    return reason.replace(" in the files", " in the file") if files == 1 else reason


@cycle_collection_paused()
def plan_import(j: Journal, read: ReadResult, progress: Progress = ignore) -> ImportPlan:
    """Propose an action for each person.

    A card whose UID is in the journal is that contact (merge). Otherwise
    duplicates — same e-mail; same name and organisation — become merges (archived
    contacts included), and a
    name that folds the same as a contact's is created but marked for review.
    Within the files only a repeat of the same card is skipped: the same UID, or
    the same content where the UIDs do not tell two cards apart. One person in two
    files (the same name, and an address or the organisation in common) is one row,
    with what each file knew. Namesakes are created and marked for review; so are two
    cards with the same e-mail address (colleagues may share one).
    ``progress("check", …)`` may raise to stop.
    """
    by_uid = contact_uids(j)
    by_email: dict[str, int] = {}
    by_name_org: dict[tuple[str, str], list[int]] = {}
    by_name: dict[str, list[int]] = {}
    # Archived contacts too (after the others: an address both have merges into the
    # one in use): someone archived who comes back in a file is still that person.
    for keys in match_keys(j):
        for email in keys.emails:
            by_email.setdefault(email.casefold(), keys.id)
        by_name_org.setdefault((_key_name(keys), fold(keys.organisation)), []).append(keys.id)
        by_name.setdefault(_key_name(keys), []).append(keys.id)
    rows: list[PlanRow] = []
    seen_uids: set[str] = set()
    seen_content: dict[
        tuple[object, ...], set[str]
    ] = {}  # content → the UIDs it came with ('' for none)
    # Whole contents are only compared between cards alike in name, organisation,
    # city and first e-mail: the first of them waits here until a second comes.
    first_alike: dict[tuple[str, ...], ImportedContact | None] = {}
    seen_emails: set[str] = set()
    seen_names: set[str] = set()
    seen_name_orgs: set[tuple[str, str]] = set()  # (name, organisation) of the cards before
    cards = read.contacts
    names = [c.name for c in cards]
    # Every card's name and organisation folded in one pass (as a bulk load folds).
    folded_names = fold_many(names)
    folded_orgs = fold_many([c.organisation for c in cards])
    combined, joined, by_organisation = _same_person_in_files(cards, folded_names, folded_orgs)
    created: list[tuple[PlanRow, tuple[str, str]]] = []  # new people, by name and organisation
    for n, c in enumerate(cards):
        if n in joined:
            continue  # its details are in the first card of that person
        c = combined.get(n, c)
        name = names[n]
        if n % 500 == 0:
            progress("check", n, len(cards))
        uid = card_uid(c.uid)
        if uid and uid in seen_uids:
            rows.append(PlanRow(c, "skip", reason=SAME_CARD_TWICE))
            continue
        alike = (name, c.organisation, c.city, c.emails[0].value if c.emails else "")
        if alike in first_alike:
            first = first_alike[alike]
            if first is not None:
                seen_content.setdefault(_same_content(first), set()).add(card_uid(first.uid))
                first_alike[alike] = None
            uids_before = seen_content.setdefault(_same_content(c), set())
            repeat = bool(uids_before) and (not uid or "" in uids_before)
            uids_before.add(uid)
            if repeat:
                rows.append(PlanRow(c, "skip", reason=SAME_CARD_TWICE))
                continue
        else:
            first_alike[alike] = c
        if uid:
            seen_uids.add(uid)
        emails = [e.value.casefold() for e in c.emails] if c.emails else []
        key = (" ".join(sorted(folded_names[n].split())), folded_orgs[n])  # (as _key_name)
        same = by_name_org.get(key, ()) if key[0] else ()  # (lists only when found)
        similar = by_name.get(key[0], ()) if key[0] else ()
        if uid and uid in by_uid:
            rows.append(PlanRow(c, "merge", by_uid[uid], "the same card"))
        elif by_email and (match := next((by_email[e] for e in emails if e in by_email), None)):
            rows.append(PlanRow(c, "merge", match, "same e-mail address"))
        elif len(same) == 1:  # (the organisation said only where there is one)
            why = "same name and organisation" if key[1] else SAME_NAME
            rows.append(PlanRow(c, "merge", same[0], why))
        elif same:  # already there, more than once: which one is for the user to say
            why = "several with this name and organisation" if key[1] else SEVERAL_SAME_NAME
            rows.append(PlanRow(c, "skip", None, why, same))
        elif len(similar) == 1:
            rows.append(PlanRow(c, "create", similar[0], SIMILAR_NAME))
        elif similar:  # namesakes: which one is for the user to say (merge later, by id)
            rows.append(PlanRow(c, "create", None, "several people have this name", similar))
        elif is_mailing_list(c):  # left out unless asked for (ImportPlan.take_lists)
            rows.append(PlanRow(c, "skip", reason=MAILING_LIST))
        elif not seen_emails.isdisjoint(emails):  # another name: colleagues share one
            rows.append(PlanRow(c, "create", reason="same e-mail as another card in the files"))
        elif n in by_organisation:
            rows.append(PlanRow(c, "create", reason=SAME_ORGANISATION_IN_FILES))
        elif n in combined:
            rows.append(PlanRow(c, "create", reason="the same person in another file"))
        elif key[0] and key[1] and key in seen_name_orgs:
            # Not "a namesake": one name at one organisation twice in one address book
            # is likelier one person twice (a phone's copy) — kept apart, to be checked.
            rows.append(PlanRow(c, "create", reason=SAME_NAME_ORGANISATION_IN_FILES))
        elif key[0] and key[0] in seen_names:
            rows.append(PlanRow(c, "create", reason=NAMESAKE_IN_FILES))
        else:
            rows.append(PlanRow(c, "create"))
        if rows[-1].action == "create" and key[0]:
            created.append((rows[-1], key))
        seen_emails.update(emails)
        if key[0]:
            seen_names.add(key[0])
            seen_name_orgs.add(key)
    for row in rows:
        row.lost = lost_letters(row.contact)
    _mark_namesakes(created)
    return ImportPlan(rows, list(read.problems))


def journal_namesakes(plan: ImportPlan, people: Mapping[int, PersonChoice]) -> dict[int, str]:
    """The journal's contacts that new people are named like (SIMILAR_NAME), by id, as
    the pickers name them — and where that says nothing more than the name (no
    namesake in the journal), told apart from the card ("Anna Graf · Kulturhaus"):
    "Anna Graf (a namesake)" beside a new Anna Graf said not which one she is."""
    said: dict[int, str] = {}
    for r in plan.rows:
        if r.reason == SIMILAR_NAME and r.match_id and (p := people.get(r.match_id)):
            if p.detail:
                said[r.match_id] = p.label
            else:
                said[r.match_id] = apart_from(r.contact, p.name, p.organisation, p.city)
    return said


def _mark_namesakes(created: list[tuple[PlanRow, tuple[str, str]]]) -> None:
    """Every new person with a namesake among the new people in the files is marked,
    the first too (only those after the first said so), and names the others as told
    apart. One name at one organisation twice is no namesake of itself
    (SAME_NAME_ORGANISATION_IN_FILES); a row with a reason of its own keeps it."""
    by_name: dict[str, list[tuple[PlanRow, str]]] = {}
    for row, (name, organisation) in created:
        if row.reason != MAILING_LIST:
            by_name.setdefault(name, []).append((row, organisation))
    for group in by_name.values():
        if len(group) < 2:
            continue
        cards = [row.contact for row, _ in group]
        told = zip((id(row) for row, _ in group), tell_apart(cards), cards, strict=True)
        apart = {key: (shown_name(c), detail) for key, detail, c in told}
        for row, organisation in group:
            others = [
                apart[id(other)]
                for other, theirs in group
                if other is not row and not (organisation and theirs == organisation)
            ]
            if others:
                row.namesakes = others
                if not row.reason:
                    row.reason = NAMESAKE_IN_FILES


@dataclass
class ImportOutcome:
    created: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    skipped: int = 0
    before: Snapshot | None = None  # the merged contacts as they were
    backup: Path | None = None
    # Per merged contact (id): the fields where the file said something else than
    # the journal, which kept its value — (field, journal's, file's), as text.
    kept: dict[int, list[tuple[str, str, str]]] = field(default_factory=dict)
    # Evening rows made to link a new address to an invitation's guest (an undo
    # removes them with the contacts).
    evenings: list[int] = field(default_factory=list)


MERGED_FIELDS = ("given_name", "family_name", "title_prefix", "additional_names",
                 "honorific_suffix", "nickname", "organisation",
                 "department", "role", "city", "source", "met_on", "birthday")  # fmt: skip


def _as_text(value: object) -> str:
    if isinstance(value, list):
        return " ".join(map(str, value))
    iso = getattr(value, "iso", None)  # a date or a birthday
    return str(iso() if callable(iso) else value).strip()


def _merge_into(
    rec: ContactRecord, new: ContactRecord, kept: list[tuple[str, str, str]]
) -> ContactRecord:
    """Fill what the journal leaves empty from the file; where both say something
    different, the journal's value stays and the difference goes into ``kept``."""
    if rec.salutation and new.salutation and rec.salutation != new.salutation:
        kept.append(("salutation", rec.salutation, new.salutation))
    # Sie/du and Frau/Herr (or the neutral greeting) as chosen in the journal, else the file's
    contacts.keep_greeting_of(rec, new)
    for name in MERGED_FIELDS:
        mine, theirs = getattr(rec, name), getattr(new, name)
        if not mine and theirs:
            setattr(rec, name, theirs)
        elif mine and theirs and _as_text(mine).casefold() != _as_text(theirs).casefold():
            kept.append((name, _as_text(mine), _as_text(theirs)))
    contacts.unite_channels_and_tags(rec, new)
    if new.notes and new.notes not in rec.notes:
        rec.notes = f"{rec.notes}\n\n{new.notes}".strip()
    return rec


def _introducer(row: PlanRow, uids: dict[str, int], contact_id: int | None) -> int | None:
    """The id of who introduced this person, by the UID the card names (None: unknown
    here — an export of a selection may leave the introducer out)."""
    found = (
        uids.get(card_uid(row.contact.introduced_by_uid)) if row.contact.introduced_by_uid else 0
    )
    return found if found and found != contact_id else None


@cycle_collection_paused()
def apply_import(
    j: Journal,
    plan: ImportPlan,
    progress: Progress = ignore,
    language: str | None = None,
    today: dt.date | None = None,
) -> ImportOutcome:
    """Back up (unless the journal holds nothing yet), then carry out the plan in
    one transaction (all or nothing).

    A new person whose card does not say Sie/du gets the journal's default for a new
    contact in the interface ``language`` (as one made in the window does). Whose
    card does not say the language to write in (netzjournal's own field, else the
    vCard's LANG) gets the one the person chose for new contacts in the settings,
    else none: "not known" (the interface's language wrote "Hi Frank" to a German
    lawyer; the coach asks on the card). Without ``language``, the record's own
    defaults.

    Introductions (``X-NETZJOURNAL-INTRODUCED-BY``) are resolved once every new
    person has an id: the introducer may be in the journal or anywhere in the files.
    A merged contact keeps an introducer it already has.

    A new address that a kept invitation names as coming links its contact as the
    .ics import would have (``store.invitees.link_guests_by_address``, ``today``).

    ``progress("write", …)`` may raise :class:`~netzjournal.progress.Cancelled`:
    the transaction is rolled back and the journal is as it was.
    """
    outcome = ImportOutcome()
    # (a backup of an empty journal keeps nothing)
    reason = None if backups.nothing_to_lose(j) else "pre-import"
    with backups.backed_up(j, reason) as taken:
        outcome.backup = taken.path if taken is not None else None
        return _write_plan(j, plan, outcome, progress, language, today)


def _write_plan(
    j: Journal,
    plan: ImportPlan,
    outcome: ImportOutcome,
    progress: Progress,
    language: str | None,
    today: dt.date | None,
) -> ImportOutcome:
    merge_ids = [r.match_id for r in plan.rows if r.action == "merge" and r.match_id]
    outcome.before = snapshot_contacts(j, merge_ids)
    new_rows: list[tuple[PlanRow, ContactRecord]] = []
    merges: list[tuple[PlanRow, ContactRecord]] = []
    uids = contact_uids(j)  # archived contacts too
    settings = coach_settings(j) if language else None
    defaults = settings.new_contact_defaults(language) if settings and language else None
    chosen = settings.new_contact_language if settings else None
    with j.write():
        for n, row in enumerate(plan.rows):
            if n % 200 == 0:
                progress("write", n, len(plan.rows))
            if row.action == "skip":
                outcome.skipped += 1
                continue
            record = row.contact.to_record()
            if row.action == "merge" and row.match_id:
                # (a Sie/du the file does not say is no choice to carry over)
                record.address_form_chosen = own_fields.form_chosen(
                    row.contact.own, row.contact.ours
                )
                merges.append((row, record))
                continue
            if not record.organisation and not record.name:
                # Named by how to reach them: a contact shared from a messenger
                # (Signal, WhatsApp) has only its number.
                reach = record.emails() or [ch.value for ch in record.channels]
                record.display_name = (reach or ["?"])[0]
            if defaults is not None:
                own = row.contact.own
                if "language" not in own:
                    record.language = row.contact.spoken or (
                        "de" if row.contact.ours else chosen or UNKNOWN_LANGUAGE
                    )
            form_chosen = own_fields.form_chosen(row.contact.own, row.contact.ours)
            if defaults is not None and "address_form" not in row.contact.own:
                # (our older exports left out Sie, the default, even when chosen)
                record.address_form = "sie" if form_chosen else defaults[1]
            # Said by the file (netzjournal's own field, a CSV column; our own export
            # before ADDRESS-FORM-CHOSEN left out the default Sie, as it leaves out
            # German): a choice; else the default, asked by the coach (migration 0054).
            record.address_form_chosen = form_chosen
            contacts.validate(record)
            # The card's own UID, so that it is recognised when it comes back.
            uid = card_uid(row.contact.uid)
            if uid and uid not in uids:
                record.uid = uid
                uids[uid] = 0  # taken; its id follows below
            new_rows.append((row, record))
        # New people go in as one bulk insert (5,000 one by one took ~8 s), with ids
        # given here, so that introductions can name people of this same import.
        first = next_contact_id(j)
        for n, (_row, record) in enumerate(new_rows):
            record.id = first + n
            if record.uid:
                uids[record.uid] = record.id
        for row, record in new_rows:
            record.introduced_by = _introducer(row, uids, record.id)
        bulk_load(j, [record for _row, record in new_rows], [], [])
        given = {record.id or 0: set(record.emails()) for _row, record in new_rows}
        for row, record in merges:
            assert row.match_id is not None
            kept = outcome.kept.setdefault(row.match_id, [])
            was = get_contact(j, row.match_id).emails()
            merged = _merge_into(get_contact(j, row.match_id), record, kept)
            if merged.introduced_by is None:
                merged.introduced_by = _introducer(row, uids, row.match_id)
            update_contact(j, merged)
            outcome.merged.append(row.match_id)
            given[row.match_id] = {e.lower() for e in merged.emails()} - {e.lower() for e in was}
        linked = link_guests_by_address(j, given, today or dt.date.today())
        outcome.evenings = [row for row, _cid, made in linked if made]
        progress("write", len(plan.rows), len(plan.rows))
        outcome.created = [record.id or 0 for _row, record in new_rows]
    return outcome


def undo_import(j: Journal, outcome: ImportOutcome) -> None:
    """Take a whole import back: delete what it created, restore what it merged.

    The backup taken first is labelled as what it is (``pre-undo-import``), not
    as an ordinary deletion."""
    from netzjournal.store.backups import backed_up

    reason = "pre-undo-import" if len(outcome.created) > 1 else None
    # (the backup outside the transaction: the last commit)
    with backed_up(j, reason), j.write():
        if outcome.created:
            delete_contacts(j, outcome.created, backup_reason=None)
        if outcome.before is not None:
            restore_snapshot(j, outcome.before)
        if outcome.evenings:  # (made for a link only: removed)
            restore_snapshot(j, Snapshot(event_ids=outcome.evenings))
