"""Quick capture outside the window: a note or a contact from plain values (no Qt).

The command line (``cli_capture.py``) and launchers use this. People are
named by id or by name; a name must mean exactly one person — several
people of that name, or nobody, is a :class:`CaptureError` listing what was
found (nobody is created unless asked). Everything is checked before the
first write, and a note with the people it creates is one transaction.

Messages are in the interface language (German or English), with the
window's wording where the window says the same.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from netzjournal import validation
from netzjournal.coach.settings import new_contact
from netzjournal.commands.notes import NewPeople, QuickNote, SaveNote, name_and_organisation
from netzjournal.store.codes import INTERACTION_KINDS, SOURCES
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.errors import ValidationError
from netzjournal.store.journal import Journal
from netzjournal.store.people import PersonChoice, find_people_by_typed_name, person_by_id
from netzjournal.store.records import ContactRecord

KINDS = INTERACTION_KINDS

MESSAGES: dict[str, dict[str, str]] = {
    "ambiguous": {
        "en": "Several contacts are called “{name}”. Name one by its id (--with ID):",
        "de": "Mehrere Kontakte heißen „{name}“. Bitte einen mit seiner Nummer wählen "
        "(--with NUMMER):",
    },
    "unknown": {
        "en": "Nobody in your contacts is called “{name}”. --create-missing creates the contact.",
        "de": "Niemand in Ihren Kontakten heißt „{name}“. "
        "Mit --create-missing wird der Kontakt angelegt.",
    },
    "unknown_id": {
        "en": "There is no contact with the id {id}.",
        "de": "Es gibt keinen Kontakt mit der Nummer {id}.",
    },
    "created": {
        "en": "New contact: {name} (id {id})",
        "de": "Neuer Kontakt: {name} (Nummer {id})",
    },
    "empty_note": {
        "en": "The note is empty: give --text, --title, --hooks or --next.",
        "de": "Die Notiz ist leer: bitte --text, --title, --hooks oder --next angeben.",
    },
    "bad_when": {
        "en": "“{value}” is not a time: use YYYY-MM-DD or YYYY-MM-DDTHH:MM.",
        "de": "„{value}“ ist kein Zeitpunkt: bitte JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM.",
    },
    "bad_due": {
        "en": "“{value}” is not a date: use YYYY-MM-DD.",
        "de": "„{value}“ ist kein Datum: bitte JJJJ-MM-TT.",
    },
    "due_without_next": {
        "en": "--due belongs to a next step: give --next too.",
        "de": "--due gehört zu einem nächsten Schritt: bitte auch --next angeben.",
    },
    "no_name": {
        "en": "Please enter a name or an organisation.",
        "de": "Bitte einen Namen oder eine Organisation eingeben.",
    },
    "bad_email": {
        "en": "This is not an e-mail address: {value}",
        "de": "Das ist keine E-Mail-Adresse: {value}",
    },
    "bad_phone": {
        "en": "This is not a phone number: {value}",
        "de": "Das ist keine Telefonnummer: {value}",
    },
    "bad_met_on": {
        "en": "“Met on” is not a date: use YYYY-MM-DD or DD.MM.YYYY.",
        "de": "„Kennengelernt am“ ist kein Datum: bitte JJJJ-MM-TT oder TT.MM.JJJJ.",
    },
    "not_saved": {"en": "Not saved: {reason}", "de": "Nicht gespeichert: {reason}"},
}


class CaptureError(Exception):
    """What the person must change; ``candidates`` lists the people a name matched."""

    def __init__(self, message: str, candidates: list[PersonChoice] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


@dataclass
class Capture:
    """One language's messages and the checks both commands share."""

    language: str = "en"

    def text(self, key: str, **values: object) -> str:
        return MESSAGES[key][self.language].format(**values)

    # -- people -------------------------------------------------------------------

    def resolve(
        self, journal: Journal, specs: list[str], create_missing: bool = False
    ) -> tuple[list[int], list[str]]:
        """Ids for ``--with`` values (ids or names), and the names still to create.

        Raises :class:`CaptureError` for a name of several people, an unknown
        id, or an unknown name without ``create_missing``. Writes nothing.
        """
        ids: list[int] = []
        missing: list[str] = []
        for spec in specs:
            wanted = spec.strip()
            number = wanted.removeprefix("#")
            if number.isdigit():
                person = person_by_id(journal, int(number))
                if person is None:
                    raise CaptureError(self.text("unknown_id", id=number))
                ids.append(person.id)
                continue
            found = find_people_by_typed_name(journal, wanted)
            if not found:  # an archived person still counts, but is not preferred
                found = find_people_by_typed_name(journal, wanted, include_archived=True)
            if len(found) > 1:
                raise CaptureError(self.text("ambiguous", name=wanted), found)
            if found:
                ids.append(found[0].id)
            elif create_missing and wanted:
                missing.append(wanted)
            else:
                raise CaptureError(self.text("unknown", name=wanted))
        return list(dict.fromkeys(ids)), list(dict.fromkeys(missing))

    # -- values -------------------------------------------------------------------

    def when(self, text: str | None, now: dt.datetime) -> dt.datetime:
        """``YYYY-MM-DD`` (at the current time of day, as the quick note does) or
        ``YYYY-MM-DDTHH:MM``; None → now."""
        if not text:
            return now.replace(second=0, microsecond=0)
        value = text.strip()
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                day = dt.date.fromisoformat(value)
                return dt.datetime.combine(day, now.time()).replace(second=0, microsecond=0)
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", value):
                return dt.datetime.fromisoformat(value.replace(" ", "T"))
        except ValueError:
            pass
        raise CaptureError(self.text("bad_when", value=text))

    def due(self, text: str | None) -> dt.date | None:
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text.strip())
        except ValueError:
            raise CaptureError(self.text("bad_due", value=text)) from None


@dataclass
class NoteRequest:
    people: list[str]
    when: str | None = None
    kind: str = "other"
    title: str = ""
    text: str = ""
    hooks: str = ""
    next_step: str = ""
    due: str | None = None
    create_missing: bool = False


@dataclass
class NoteResult:
    note_id: int
    created: list[tuple[int, str]] = field(default_factory=list)  # new contacts


def add_note(
    journal: Journal, request: NoteRequest, capture: Capture, now: dt.datetime
) -> NoteResult:
    """Check everything, then write the note (and any people it creates) at once."""
    title, body, hooks = request.title.strip(), request.text.strip(), request.hooks.strip()
    next_step = request.next_step.strip()
    if request.due and not next_step:
        raise CaptureError(capture.text("due_without_next"))
    if not (title or body or hooks or next_step):
        raise CaptureError(capture.text("empty_note"))
    when = capture.when(request.when, now)
    due = capture.due(request.due)
    if request.kind not in KINDS:
        raise CaptureError(capture.text("not_saved", reason=request.kind))
    ids, missing = capture.resolve(journal, request.people, request.create_missing)
    result = NoteResult(0)
    # New people and the note: one transaction (SaveNote makes them), named as
    # the window's pickers name them ("Müller, Hans" kept as typed).
    # „Kai von Figma“ read as the window reads it (Kai, at Figma): one name
    # „Kai von Figma“ here and a split there made two different contacts of one text.
    split = {-n: name_and_organisation(name) for n, name in enumerate(missing, start=1)}
    new = NewPeople(
        {p: name for p, (name, _org) in split.items()},
        capture.language,
        {p: org for p, (_name, org) in split.items() if org},
    )
    note = QuickNote(occurred_at=when, kind=request.kind, participants=[*ids, *new.names],
                     title=title, body=body, hooks=hooks, next_step=next_step,
                     due_on=due)  # fmt: skip
    try:
        command = SaveNote(journal, note, new_people=new)
        result.note_id = command.do().value or 0
        for person_id in command.newcomers.ids.values():
            made = get_contact(journal, person_id)
            # (where they work said too: what was made of „Kai von Figma“ is seen)
            label = " · ".join(x for x in (made.name, made.organisation) if x)
            result.created.append((person_id, label))
    except ValidationError as exc:
        raise CaptureError(capture.text("not_saved", reason=exc)) from exc
    return result


def source_of(text: str) -> tuple[str, str]:
    """How we met: a known code ("xing", "barcamp" …) as the first word sets the
    source; the rest is the detail ("Barcamp Köln 2024" → barcamp + the text)."""
    text = " ".join(text.split())
    if not text:
        return "", ""
    code = text.split()[0].casefold()
    if code in SOURCES:
        return code, "" if text.casefold() == code else text
    return "other", text


@dataclass
class ContactRequest:
    given: str = ""
    family: str = ""
    organisation: str = ""
    role: str = ""
    city: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    language: str | None = None  # None: the journal's default for a new contact
    address_form: str | None = None
    closeness: int = 3
    met_on: str | None = None
    source: str = ""


def add_contact(journal: Journal, request: ContactRequest, capture: Capture) -> int:
    """Check as the contact dialog checks, then create the contact; its id."""
    record = new_contact(journal, capture.language, ContactRecord(
        given_name=request.given.strip(),
        family_name=request.family.strip(),
        organisation=request.organisation.strip(),
        role=request.role.strip(),
        city=request.city.strip(),
        closeness=request.closeness,
    ))  # fmt: skip
    record.language = request.language or record.language
    if request.address_form:  # said on the command line: chosen, the coach does not ask
        record.address_form, record.address_form_chosen = request.address_form, True
    record.source, record.source_detail = source_of(request.source)
    if not (record.name or record.organisation):
        raise CaptureError(capture.text("no_name"))
    for kind, values, key in (("email", request.emails, "bad_email"),
                              ("phone", request.phones, "bad_phone")):  # fmt: skip
        for value in values:
            try:
                record.channels += validation.parse_channels(kind, value)
            except ValueError:
                raise CaptureError(capture.text(key, value=value)) from None
    try:
        record.met_on = validation.parse_date(request.met_on or "")
    except ValueError:
        raise CaptureError(capture.text("bad_met_on")) from None
    try:
        created = create_contact(journal, record).value
    except ValidationError as exc:
        raise CaptureError(capture.text("not_saved", reason=exc)) from exc
    return created.id or 0
