"""A contact as a flat dict of fields — the unit of the three-way merge — and
its card on the server.

Both sides are brought to one spelling before they are compared: text
stripped, line breaks as ``\\n``, dates in ISO form, tags sorted, channels as
``[value, label]`` pairs. A card is written with ``interchange.writers.vcard``
(with the private fields: netzjournal's own as ``X-NETZJOURNAL-…``, notes, tags) and read with
``interchange.vcard``; what the journal does not hold (a phone's photo, a
street address, a ringtone) is carried over from the server's card, so a
sync never strips what a phone wrote.

Middle names, the honorific suffix (both in N) and the nickname (NICKNAME)
were added later (migration 0014): they are in the fields only when they hold
something. A base stored before them then reads the same as today's fields of
a contact without them — the first sync after the update does not send every
card up again — and :func:`~netzjournal.sync.merge.merge` takes a field
missing on one side as empty.

The salutation (0062) is one choice, as in the editor's one box: "Frau", "Herr",
"" (not known) or :data:`NEUTRAL` (the whole-name greeting chosen; on the card an
empty prefix and ``X-NETZJOURNAL-SALUTATION-NEUTRAL:TRUE``). One field, so neutral
here and "Herr" on another device is a conflict like any other, not one quietly
over the other. ``name_prefix``, the card's own words ("Mrs."; 0062), is sparse as
the middle names, and in the fields only while it says what salutation and title
say: then the writer puts it into N; a stale one is on no card.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from netzjournal.interchange.model import split_prefix
from netzjournal.messengers import X_PROPERTIES
from netzjournal.store.records import Birthday, Channel, ContactRecord

SCALARS = (
    "given_name", "family_name", "display_name", "salutation", "title_prefix",
    "organisation", "department", "role", "hierarchy", "city", "source",
    "source_detail", "address_form", "language", "closeness", "cadence_days",
    "cadence_never", "topics", "notes", "archived",
)  # fmt: skip
SPARSE = ("additional_names", "honorific_suffix", "nickname")  # only when not empty
LISTS = ("emails", "phones", "urls", "tags")
FIELDS = (*SCALARS, *SPARSE, "name_prefix", "birthday", "met_on", *LISTS, "messengers")
_KIND_OF = {"emails": "email", "phones": "phone", "urls": "url"}
# Messengers (IMPP) came later still: in the fields only when there are any, as SPARSE.
_SPARSE_KIND_OF = {"messengers": "messenger"}
#: The salutation field's value for the neutral whole-name greeting chosen (0062).
NEUTRAL = "neutral"

# Properties the journal writes itself; every other line of a server's card is kept.
MANAGED = frozenset((
    "BEGIN", "END", "VERSION", "PRODID", "UID", "FN", "N", "NICKNAME", "ORG", "TITLE",
    "EMAIL", "TEL", "URL", "BDAY", "ADR", "CATEGORIES", "NOTE", "X-ABLABEL", "REV",
    # messengers: written as IMPP; a phone's older X-SKYPE … is read into them (kept
    # beside, it would bring back one deleted in the journal)
    "IMPP", *X_PROPERTIES,
))  # fmt: skip
_WRITER_GROUP = re.compile(r"^item\d+$", re.I)


def _text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def to_fields(c: ContactRecord) -> dict[str, object]:
    """The contact's synced fields (``introduced_by`` is a local id and stays local)."""
    out: dict[str, object] = {}
    for name in SCALARS:
        value = getattr(c, name)
        out[name] = _text(value) if isinstance(value, str) else value
    for name in SPARSE:
        if text := _text(getattr(c, name)):
            out[name] = text
    if c.salutation_neutral and not c.salutation:
        out["salutation"] = NEUTRAL
    # (sparse too; one no longer saying salutation and title is on no card: the writer
    # puts the journal's words there)
    prefix = _text(c.name_prefix)
    if prefix and split_prefix(prefix) == (c.salutation, c.title_prefix.strip()):
        out["name_prefix"] = prefix
    out["birthday"] = c.birthday.iso() if c.birthday else None
    out["met_on"] = c.met_on.isoformat() if c.met_on else None
    for name, kind in _KIND_OF.items():
        out[name] = [[_text(ch.value), _text(ch.label)] for ch in c.channels if ch.kind == kind]
    for name, kind in _SPARSE_KIND_OF.items():
        if mine := [[_text(ch.value), _text(ch.label)] for ch in c.channels if ch.kind == kind]:
            out[name] = mine
    out["tags"] = sorted({_text(t) for t in c.tags if _text(t)})
    if not c.address_form_chosen:  # (only then: the bases of older syncs lack it)
        out["address_form_chosen"] = False
    return out


def apply_fields(c: ContactRecord, fields: dict[str, object]) -> ContactRecord:
    """A copy of ``c`` with these field values (id, UID and local links kept)."""
    rec = dataclasses.replace(c, channels=list(c.channels), tags=list(c.tags))
    for name in SCALARS:
        setattr(rec, name, fields[name])
    for name in SPARSE:
        setattr(rec, name, fields.get(name) or "")
    rec.name_prefix = str(fields.get("name_prefix") or "")
    rec.salutation_neutral = rec.salutation == NEUTRAL
    if rec.salutation_neutral:
        rec.salutation = ""
    text = fields["birthday"]
    if text:
        parts = str(text).lstrip("-").split("-")
        nums = [int(p) for p in parts]
        rec.birthday = Birthday(nums[-2], nums[-1], nums[0] if len(nums) == 3 else None)
    else:
        rec.birthday = None
    rec.met_on = dt.date.fromisoformat(str(fields["met_on"])) if fields["met_on"] else None
    rec.channels = [
        Channel(kind, value, label)
        for name, kind in _KIND_OF.items()
        for value, label in fields[name]  # type: ignore[attr-defined]
    ]
    rec.channels += [
        Channel(kind, value, label)
        for name, kind in _SPARSE_KIND_OF.items()
        for value, label in fields.get(name) or []  # type: ignore[attr-defined]
    ]
    rec.tags = list(fields["tags"])  # type: ignore[call-overload]
    rec.address_form_chosen = fields.get("address_form_chosen") is not False
    return rec


# What a card may leave unsaid that a new contact still needs: the journal's defaults
# for a new contact fill them (``ContactAdapter.create``), as for an import.
DEFAULTED = frozenset(("language", "address_form"))


def parse_card(text: str) -> tuple[str, ContactRecord] | None:
    """(normalised UID, contact) of a card from the server; None if it holds no card."""
    parsed = parse_card_saying(text)
    return None if parsed is None else parsed[:2]


def parse_card_saying(text: str) -> tuple[str, ContactRecord, frozenset[str]] | None:
    """:func:`parse_card`, and which of :data:`DEFAULTED` the card does not say (a card
    made on a phone names no language to write in: the record holds the store's
    German "Sie" there, which is nobody's choice); "address_form_chosen" with it: a
    card that says Sie/du says whether it was chosen (``ADDRESS-FORM-CHOSEN:FALSE``
    when not, read into the record by the vCard reader)."""
    # (here, not at the top: a sync with nothing changed reads and writes no card)
    from netzjournal.interchange.importer import card_uid
    from netzjournal.interchange.vcard import read_vcards

    result = read_vcards(text.encode("utf-8"), "<server>")
    if not result.contacts:
        return None
    card = result.contacts[0]
    rec = card.to_record()
    # The writer puts the organisation into FN when there is no name; that is
    # no display name of its own.
    if (
        "display_name" not in card.own
        and not (rec.given_name or rec.family_name)
        and rec.display_name == rec.organisation
    ):
        rec.display_name = ""
    if not rec.name and not rec.organisation:
        rec.display_name = (rec.emails() or ["?"])[0]
    said = set(card.own)
    if "language" not in said and card.spoken:  # vCard LANG, as an import takes it
        rec.language = card.spoken
        said.add("language")
    unsaid = DEFAULTED - said
    if "address_form" in unsaid:  # whether it was chosen is as unsaid as the form
        unsaid |= {"address_form_chosen"}
    return card_uid(card.uid), rec, unsaid


def _head(line: str) -> tuple[str, str]:
    """(group, upper-case name) of a content line."""
    end = min((i for i in (line.find(":"), line.find(";")) if i >= 0), default=len(line))
    group, _, name = line[:end].rpartition(".")
    return group, name.upper()


def card_text(rec: ContactRecord, server_text: str | None = None) -> str:
    """The card to store for ``rec``; lines of the server's card the journal does
    not manage are carried over (groups renamed where they would meet the writer's)."""
    from netzjournal.interchange import writers
    from netzjournal.interchange.vcard import _logical_lines

    # Everything (the journal's own fields round-trip through the server), the labels
    # as stored: a "mobile" written as "cell" would read back as a change of every
    # such phone, and a sync would send or pull each of those cards once.
    card = writers.vcard([rec], private=True, labels_as_stored=True)
    ours = card.rstrip("\r\n").split("\r\n")
    if not server_text:
        return "\r\n".join(ours) + "\r\n"
    kept: list[str] = []
    managed_groups: set[str] = set()
    server_lines: list[tuple[str, str, str]] = []
    for _number, line, _not_utf8 in _logical_lines(server_text.encode("utf-8")):
        group, name = _head(line)
        server_lines.append((group, name, line))
        if name in ("EMAIL", "TEL", "URL") and group:
            managed_groups.add(group.lower())
    server_parsed = parse_card(server_text)
    keep_adr = bool(rec.city) and server_parsed is not None and server_parsed[1].city == rec.city
    uid_line = None
    for group, name, line in server_lines:
        if name == "UID":
            # The server's spelling of the UID, or its own UID where the journal's
            # contact was paired with a card made elsewhere (``Engine._pair``): a
            # card's UID never changes.
            uid_line = line
        if name == "ADR" and keep_adr:
            kept.append(line)
            continue
        if name in MANAGED or name.startswith("X-NETZJOURNAL-"):
            continue
        if group and group.lower() in managed_groups:
            continue
        if group and _WRITER_GROUP.match(group):
            line = "k" + line
        kept.append(line)
    out = []
    for line in ours:
        _group, name = _head(line)
        if name == "ADR" and keep_adr:
            continue
        if name == "UID" and uid_line:
            line = uid_line
        if name == "END":
            out += [writers._fold(k) for k in kept]
        out.append(line)
    return "\r\n".join(out) + "\r\n"
