"""Contacts ↔ the "netzjournal" address book (the run itself is ``engine.py``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from netzjournal.progress import Progress
from netzjournal.store import sync_state as state
from netzjournal.store.bulk import bulk_load, next_contact_id
from netzjournal.store.codes import UNKNOWN_LANGUAGE
from netzjournal.store.contacts import delete_contacts, set_archived, update_contact, with_history
from netzjournal.store.invitees import link_guests_by_address
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord
from netzjournal.sync.dav import DavClient
from netzjournal.sync.engine import Engine, Fields, Report, item_name
from netzjournal.sync.fields import apply_fields, card_text, parse_card_saying, to_fields

_UID_LINE = re.compile(r"^UID[;:][^\r\n]*", re.M)
_OURS = re.compile(r"^PRODID:-//netzjournal//", re.M)  # a card this app wrote


def _plain_uid(text: str, uid: str) -> str:
    """``text`` (one card) with its UID line spelled ``UID:<uid>`` — no ``urn:uuid:``,
    no parameter — and every other line as it was.

    Written here, not with vobject (which reads ``UID;VALUE=text:<uid>`` as
    ``<uid>`` all right): its ``serialize`` writes the card's properties in an order
    of its own (ADR before FN …), so every card would change beyond its UID, and it
    keeps a ``VALUE=text`` parameter as read. The earlier spelling,
    ``UID;VALUE=text:<uid>`` (RFC 6350's for a text UID in vCard 4.0), stayed on the
    server that way (Radicale stores what vobject serializes), unlike every other
    card there. A UID that is no URI written plainly is common in vCard 4.0 (Proton's
    ``proton-web-…``), and our reader takes it as the same UUID (``card_uid``)."""
    return _UID_LINE.sub(f"UID:{uid}", text, count=1)


# A phone number as people write it: digits, spaces, + / - . ( ), nothing else.
_PHONE = re.compile(r"\+?[0-9 ()/.\-]+")

__all__ = ["ContactAdapter", "Report", "sync_contacts"]


def phone_number(text: str) -> str:
    """A phone number as digits with its country code, for comparing two spellings:
    ``+49 170 1234567``, ``+49 (0)170 1234567``, ``0049 170 123 45 67`` and
    ``0170/1234567`` are alike.
    A national number (one leading 0) is taken as German, the journal's users'
    country: an Austrian or Swiss one written nationally then matches only its
    own national spelling — never wrongly. "" for text without a number (or with
    an extension or letters, which are not compared)."""
    text = text.strip()
    if not text or not _PHONE.fullmatch(text):
        return ""
    # "+49 (0)170 …": the national 0 in brackets is not dialled from abroad.
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.startswith("+"):
        pass
    elif digits.startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = "49" + digits[1:]
    else:
        return ""  # a local number without its area code says too little
    return digits if len(digits) >= 8 else ""


def _numbers(fields: Fields) -> list[str]:
    return [phone_number(str(v)) or str(v) for v, _label in fields["phones"]]  # type: ignore[attr-defined]


class ContactAdapter:
    kind = "contact"
    suffix = ".vcf"
    data = "card"
    content_type = "text/vcard"
    bulk = True  # a first sync into an empty address book may go up in one request
    # Not sent alone to a base from before them (Engine._only_newer_fields): Sie/du not
    # chosen (0054); a card's own prefix (0062: "Mrs." where N said "Frau", the same).
    newer_fields = ("address_form_chosen", "name_prefix")

    def __init__(
        self,
        journal: Journal,
        include_archived: bool = True,
        today: Callable[[], dt.date] = dt.date.today,
        language: str | Callable[[], str] | None = None,
    ) -> None:
        self.j = journal
        self.include_archived = include_archived
        self.today = today
        # The interface's language (or how to find it, asked only when someone is new):
        # given, a new contact whose card does not say its language or Sie/du gets the
        # journal's defaults for new contacts, as an import does (_new_defaults).
        self.language = language
        self._defaults: Fields | None = None  # those defaults, once asked
        self._unsaid: dict[str, frozenset[str]] = {}  # UID → defaulted fields not on its card

    def local_items(self) -> dict[str, ContactRecord]:
        return {c.uid: c for c in state.all_contacts(self.j) if c.uid}

    def fields(self, item: ContactRecord) -> Fields:
        return to_fields(item)

    def included(self, item: ContactRecord) -> bool:
        return self.include_archived or not item.archived

    def parse(self, text: str, href: str) -> tuple[str, Fields] | None:
        parsed = parse_card_saying(text)
        if parsed is None:
            return None
        uid, rec, unsaid = parsed
        # A card without a UID is named by its place on the server.
        uid = uid or href.rstrip("/").rsplit("/", 1)[-1].removesuffix(".vcf")
        self._unsaid[uid] = unsaid
        return uid, to_fields(rec)

    def text(self, uid: str, fields: Fields, server_text: str | None) -> str:
        return card_text(apply_fields(ContactRecord(uid=uid), fields), server_text)

    def bulk_text(self, uid: str, fields: Fields) -> str | None:
        """The card for a collection upload, or None if it must go up on its own.

        Radicale names an uploaded collection's items after their UIDs, and by
        default refuses requests to names with ``:`` — so ``urn:uuid:…`` cards would
        land where they can no longer be edited. The UUID goes up plain there
        (``_plain_uid``), which names the card ``<uid>.vcf`` as a single upload
        would; later writes keep the server's spelling."""
        if item_name(uid) != uid:
            return None
        return _plain_uid(self.text(uid, fields, None), uid)

    @staticmethod
    def bulk_again(text: str, uid: str) -> str | None:
        """A card already in the address book, for a collection upload that goes on
        from a first sync cut off (``Engine._bulk_again``): the server's text, with
        its UID spelled as :meth:`bulk_text` spells the new ones (plain, so Radicale
        names it ``<uid>.vcf``, where it is: a ``urn:uuid:`` UID would have named it
        anew). None unless it is the card of ``uid``, alone, as this app wrote it: a
        phone's card keeps its own spelling, so it keeps the one-by-one way."""
        from netzjournal.interchange.importer import card_uid

        lines = _UID_LINE.findall(text)
        if len(lines) != 1 or text.count("BEGIN:VCARD") != 1 or not _OURS.search(text):
            return None
        if card_uid(lines[0].split(":", 1)[1].strip()) != uid:
            return None
        # (A multiget's XML reads the server's CRLF as LF: the upload speaks CRLF.)
        text = _plain_uid(text.replace("\r\n", "\n"), uid)
        return text.strip("\n").replace("\n", "\r\n") + "\r\n"

    def held_there(self, base: Fields) -> bool:
        """An archived contact left off the server whose card is there all the same, as
        archived: the phone's own card, paired with it (``Engine._pair``). It stays
        and syncs; a card the server had live goes when its contact is archived here."""
        return bool(base.get("archived"))

    @staticmethod
    def pair_keys(fields: Fields) -> set[str]:
        """One person on both sides before the first sync: the same e-mail address
        (in any case) and the same family name (namesakes with an office's shared
        address stay apart); or, for people without one, the same full name and the
        same phone number (``+49 170 …`` and ``0170 …`` alike; ``pairs_with``)."""
        family = str(fields["family_name"]).casefold()
        keys = {
            f"email\n{str(value).strip().casefold()}\n{family}"
            for value, _label in fields["emails"]  # type: ignore[attr-defined]
            if str(value).strip()
        }
        name = " ".join(f"{fields['given_name']} {family}".casefold().split())
        if fields["given_name"] and family:
            keys |= {
                f"phone\n{name}\n{number}"
                for value, _label in fields["phones"]  # type: ignore[attr-defined]
                if (number := phone_number(str(value)))
            }
        return keys

    @staticmethod
    def pairs_with(ours: Fields, theirs: Fields) -> bool:
        """Not one person after all: both sides have e-mail addresses, and none alike
        (the same name and an office's switchboard number, two colleagues)."""
        mine = {str(v).strip().casefold() for v, _l in ours["emails"]}  # type: ignore[attr-defined]
        other = {str(v).strip().casefold() for v, _l in theirs["emails"]}  # type: ignore[attr-defined]
        return not (mine and other) or bool(mine & other)

    @staticmethod
    def pair_base(ours: Fields, theirs: Fields) -> Fields:
        """The base for a pair: an empty contact, but a field the two spell alike but
        for letter case ("Joerg@Stadtwerke.example"), or phone numbers alike but for
        their spelling ("+49 170 …", "0170 …"), counts as agreed — the journal's
        spelling stays and goes up, instead of a conflict for each such pair."""
        base = to_fields(ContactRecord())
        for name, value in theirs.items():
            if name in ours and state.canonical({name: ours[name]}).casefold() == (
                state.canonical({name: value}).casefold()
            ):
                base[name] = value
        if _numbers(ours) == _numbers(theirs):
            base["phones"] = theirs["phones"]
        return base

    def label(self, fields: Fields) -> str:
        rec = apply_fields(ContactRecord(), fields)
        return rec.name or rec.organisation or "?"

    def as_read(self, uid: str, theirs: Fields, known: Fields | None) -> Fields:
        """The card's fields as the journal reads them (``Engine._as_read``). A card
        made on a phone names no language or Sie/du: the reader fills in the store's
        German "Sie", which is nobody's choice. What the card leaves unsaid is read as
        ``known`` (the last agreed base, or the journal's contact it is paired with) —
        a phone that rewrites the card without the journal's lines changes nothing —
        and for someone new as an import reads it (:meth:`_new_defaults`: the language
        chosen for new contacts, else not known). Being the card's reading, it is also the base:
        the card is not sent back just to say them (it was, every phone card once,
        for any interface but a German one)."""
        unsaid = self._unsaid.get(uid)
        if not unsaid:
            return theirs
        if known is None:
            known = self._new_defaults()
        return {**theirs, **{name: known[name] for name in unsaid if name in known}}

    def _new_defaults(self) -> Fields:
        """What a new person's card leaves unsaid is read as an import reads it: the
        language chosen in Settings for new contacts, else not known (the coach asks;
        not the interface's, which says nothing about them), and the Sie/du chosen
        there."""
        if self._defaults is None:
            from netzjournal.coach.settings import load

            language = self.language() if callable(self.language) else self.language
            # A Sie/du not said is the default, not chosen (the coach asks, 0054).
            self._defaults = {"address_form_chosen": False}
            if language:
                settings = load(self.j)
                self._defaults |= {
                    "language": settings.new_contact_language or UNKNOWN_LANGUAGE,
                    "address_form": settings.new_contact_defaults(language)[1],
                }
        return self._defaults

    def create(self, items: list[tuple[str, Fields]]) -> dict[str, ContactRecord]:
        first = next_contact_id(self.j)
        records = [
            apply_fields(ContactRecord(uid=uid, id=first + n), fields)
            for n, (uid, fields) in enumerate(items)
        ]
        for r in records:  # Sie/du the card did not say: the default, not chosen (0054)
            if "address_form" in (self._unsaid.get(r.uid) or ()):
                r.address_form_chosen = False
        bulk_load(self.j, records, [], [])
        # A guest of a kept invitation among them: linked as the .ics import links.
        link_guests_by_address(self.j, {r.id or 0: r.emails() for r in records}, self.today())
        return {r.uid: r for r in records}

    def update(self, item: ContactRecord, fields: Fields) -> ContactRecord:
        changed = apply_fields(item, fields)
        stored = update_contact(self.j, changed, today=self.today()).value
        added = {e.lower() for e in stored.emails()} - {e.lower() for e in item.emails()}
        if added and stored.id is not None:  # (an address new here: as on a new contact)
            link_guests_by_address(self.j, {stored.id: added}, self.today())
        return stored

    def delete(self, items: list[ContactRecord]) -> None:
        delete_contacts(self.j, [c.id for c in items if c.id is not None])

    def kept_when_deleted_there(self, items: list[ContactRecord]) -> list[ContactRecord]:
        """Of the contacts deleted on the server, those the journal keeps: people its
        notes, follow-ups or events name (a phone's address book tidied up must not
        take them out of her history). ``keep`` archives them."""
        ids = with_history(self.j, [c.id for c in items if c.id is not None])
        return [c for c in items if c.id in ids]

    def keep(self, items: list[ContactRecord]) -> dict[str, ContactRecord]:
        """Archive: off the server (unless archived contacts are synced), out of the
        coach and the lists, and every note still names them."""
        set_archived(self.j, [c.id for c in items if c.id is not None], True)
        return {c.uid: dataclasses.replace(c, archived=True) for c in items}


def sync_contacts(
    journal: Journal,
    client: DavClient,
    collection: str,
    *,
    include_archived: bool = True,
    dry_run: bool = False,
    today: Callable[[], dt.date] = dt.date.today,
    language: str | Callable[[], str] | None = None,
    progress: Progress | None = None,
) -> Report:
    """One sync of the journal's contacts with the address book at ``collection``.

    ``language`` is the interface's: given, people new from the server whose cards do
    not say their language or Sie/du get the journal's defaults for new contacts (a
    language not known unless one is chosen; without it, the store's own)."""
    adapter = ContactAdapter(journal, include_archived, today, language)
    return Engine(journal, client, collection, adapter, dry_run=dry_run, progress=progress).run()
