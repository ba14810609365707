"""Openers a person can send unedited: templates per language and address form.

What may reach the other person: their name, the last "pick up next time"
phrase written *to be said to them* (``interaction.say_next``), their first
topic, city, role and organisation, an upcoming event, and words this module
makes itself (dates, durations). Never the note body, outcome, private
remarks, next steps, give & take or the contact's notes.

Rules that keep a message sendable:

- free text sits only where no case ending or article depends on it
  ("Stichwort: …", "zum Thema …", "…, {organisation}", "about …");
- one language per message: a phrase in the other language (or a German
  phrase in an English message) is left out, and so is every template
  that needs it;
- a hook that reads like a to-do, addresses the person in the other form
  (du/Sie) or is older than a year is not quoted; one written about them ("sein
  Halbmarathon") is said to them ("Ihr Halbmarathon"), or not quoted when it
  speaks of someone in the third person further on;
- every message has a greeting by name and a sign-off with the user's name;
- a template is offered only when every placeholder can be filled; the
  variant is stable for a person on a day, and differs from the one last
  sent to them (``CoachSummary.last_opener``).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

from netzjournal import phrases
from netzjournal.coach import promises, texts
from netzjournal.coach.rules import Occasion, days_since
from netzjournal.store.coach_data import CoachDetails, CoachSummary
from netzjournal.store.records import OpenerTemplateRecord

CATEGORIES = (
    "coffee", "follow_up", "give_first", "congrats_birthday", "congrats_role", "event",
    "event_series", "event_host",
    "check_in", "in_your_city", "thank_you", "promised",
)  # fmt: skip
MAX_LENGTH = 600  # a message longer than this is no opener
MAX_SUBJECT = 60  # a longer subject is cut off in a mail list ("Jahrestagung der Deutschen …")
MAX_OFFERS = 5  # categories offered per person: the best fitting few
HOOK_MAX_AGE = 365  # days: an older "pick up next time" is stale
APART_DAYS = 60  # days: from here on "it has been a while" is true
_FORMATTER = string.Formatter()

#: Every placeholder with its German name (ASCII, easy to type). A template may use
#: either name; the built-in texts and ``placeholders()`` use the English one.
GERMAN_NAMES = {
    "first_name": "vorname", "salutation_name": "anrede_name", "hook": "anknuepfung",
    "topic": "thema", "months": "kontaktpause", "event": "veranstaltung",
    "event_date": "veranstaltung_datum", "event_when": "veranstaltung_wann", "city": "stadt",
    "weekday": "wochentag",
    "role": "rolle", "organisation": "organisation", "known": "jahre_bekannt",
    "connected": "jahre_vernetzt",
}  # fmt: skip
PLACEHOLDERS = tuple(GERMAN_NAMES)
_CANONICAL = {**{g: e for e, g in GERMAN_NAMES.items()}, **{e: e for e in GERMAN_NAMES}}


def placeholder_names(language: str) -> tuple[str, ...]:
    """The placeholders as a user of this interface language writes them."""
    return tuple(GERMAN_NAMES.values()) if language == "de" else PLACEHOLDERS


def canonical(name: str) -> str | None:
    """The English name of a placeholder written in either language; None if unknown."""
    return _CANONICAL.get(name)


@dataclass(frozen=True)
class Opener:
    category: str
    subject: str
    body: str  # the whole message: greeting, text, sign-off
    key: str = ""  # which variant: "coffee:2", "own:7"


def _stable_index(*parts: object, modulo: int) -> int:
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(digest[:4], "big") % modulo


def form_key(language: str, address_form: str) -> str:
    return "any" if language == "en" else ("du" if address_form == "du" else "sie")


def next_week_day(contact_id: int, today: dt.date) -> dt.date:
    """A Tuesday, Wednesday or Thursday next week, stable per person and day."""
    monday = today + dt.timedelta(days=7 - today.weekday())
    return monday + dt.timedelta(days=1 + _stable_index(contact_id, today, modulo=3))


def sayable_hook(d: CoachDetails, language: str, form: str, today: dt.date) -> str | None:
    """The last "pick up next time" phrase, if it may be quoted in this message."""
    hook = phrases.clean_slot(d.last_hook)
    if not hook or len(hook) > 90 or phrases.is_todo(hook):
        return None
    if d.last_hook_on is not None and (today - d.last_hook_on).days > HOOK_MAX_AGE:
        return None
    if not phrases.fits_language(hook, language):
        return None
    # Written about them ("sein Halbmarathon in Berlin") is said to them ("Ihr
    # Halbmarathon …"); on a note with several people, whose it was the note does
    # not say.
    said_to_them = phrases.said_to_them(hook, language, form)
    if said_to_them is None or (said_to_them != hook and d.last_hook_shared):
        return None
    hook = said_to_them
    # A note with several people: "your move to Lisbon" was said to one of them, and
    # the note does not say to whom ("Ihr …" at the start too: whose?). A shared
    # thing ("the meetup in March") may be quoted to each.
    words = phrases.words(hook)
    starts_with_ihr = bool(words) and words[0] in phrases.SECOND_PERSON_SIE
    if d.last_hook_shared and (phrases.addresses_person(hook) or starts_with_ihr):
        return None
    # "your flat hunt in Munich" has one English function word, like an anglicism;
    # but a phrase that says "your" is an English sentence, not a loan word.
    if language == "de" and {w.casefold() for w in words} & phrases.SECOND_PERSON_EN:
        return None
    first = words[:1]
    if language == "de":
        said = phrases.address_form_of(hook)
        if said is not None and said != form:
            return None
        # "Ihre Fragen zu …" at the start: "her" or the polite "your" — in a du
        # letter either reads wrong ("Ihre Fragen – … Erzähl gern davon").
        if form == "du" and first and first[0] in phrases.SECOND_PERSON_SIE:
            return None
    if first and first[0].casefold() in phrases.SECOND_PERSON_DU | {"your"}:
        hook = hook[0].lower() + hook[1:]  # it stands inside a sentence
    return hook


def hook_in_other_form(d: CoachDetails, today: dt.date) -> str:
    """The address form ("du" or "sie") the last hook is written in, where a German
    message to this person uses the other one — the hook is then not quoted, and the
    card says why ("deine Session …" to someone imported with the new-contact default
    Sie); "" otherwise."""
    if (d.language if d.language in texts.LANGUAGES else "de") != "de":
        return ""
    hook = phrases.clean_slot(d.last_hook)
    if not hook or phrases.is_todo(hook):
        return ""
    if d.last_hook_on is not None and (today - d.last_hook_on).days > HOOK_MAX_AGE:
        return ""
    said = phrases.address_form_of(hook)
    return said if said is not None and said != form_key("de", d.address_form) else ""


# Legal forms that mark a display name as an organisation's ("Muster GmbH").
_ORGANISATION = re.compile(
    r"\b(?:GmbH|AG|KG|OHG|SE|UG|e\.\s?V\.|GbR|mbH|Ltd|LTD|Inc|LLC|PLC|plc|Corp)\b\.?"
)  # as the forms are written: "Se" or "ag" in a name is no company
IN_PERSON = ("coffee", "meal", "event", "other")  # the kinds that count as meeting in person


def salutation_title(title_prefix: str) -> str:
    """The part of an academic title one says in a greeting: "Prof." or "Dr.".

    In German letters only the highest title is spoken ("Frau Prof. Weber", not
    "Frau Prof. Dr. Weber"), the faculty is left out ("Dr. med." → "Dr.") and
    degrees such as "Dipl.-Ing." or "M.A." are not part of a greeting at all.
    """
    tokens = [t.casefold() for t in title_prefix.replace(".", ". ").split()]
    if any(t.startswith("prof") for t in tokens):
        return "Prof."
    if any(t in ("dr.", "dr") for t in tokens):
        return "Dr."
    return ""


def person_name(s: CoachSummary, d: CoachDetails) -> str:
    """The display name when it is all the journal knows of a *person's* name.

    Empty when given or family name are known (they say more), and when the
    display name is an organisation's: one greets no company by name.
    """
    if s.given_name.strip() or s.family_name.strip():
        return ""
    shown = " ".join(s.display_name.split())
    organisation = " ".join(d.organisation.split())
    if not shown or shown.casefold() == organisation.casefold() or _ORGANISATION.search(shown):
        return ""
    return shown


def _english_salutation(d: CoachDetails, said: dict[str, str]) -> str:
    """ "Ms"/"Mr" for Frau/Herr — or "Mrs"/"Miss" where the person's own card says so
    (its prefix, kept verbatim: one who writes "Mrs." is not greeted "Ms")."""
    if d.salutation == "Frau":
        own = {w.casefold().rstrip(".") for w in d.name_prefix.split()}
        for word in ("Mrs", "Miss"):
            if word.casefold() in own:
                return word
    return said.get(d.salutation, "")


def _names(s: CoachSummary, d: CoachDetails, language: str) -> dict[str, str]:
    """{first_name} for "Hallo …"/"Hi …" and {salutation_name} for "Guten Tag …".

    The polite form needs a family name: "Guten Tag Frau Dr. Müller", or without a
    salutation the whole name ("Guten Tag Kim Meier") — never the first name alone,
    which would be the du. An English message says "Mr"/"Ms"/"Dr", not "Herr"/"Frau".
    """
    words = texts.load(language)
    values: dict[str, str] = {}
    given, family = " ".join(s.given_name.split()), " ".join(s.family_name.split())
    shown = person_name(s, d)
    if given:
        values["first_name"] = given
    elif shown and len(shown.split()) == 1:
        values["first_name"] = shown  # a first name or a nickname, nothing else known
    title = salutation_title(d.title_prefix)
    said = words.get("salutations", {})
    if family and (d.salutation in ("Herr", "Frau") or (language == "en" and title)):
        if language == "en":  # "Dr Clarke", "Professor Clarke", else "Ms Clarke"
            parts = [said.get(title) or _english_salutation(d, said), family]
        else:
            parts = [d.salutation, title, family]
        values["salutation_name"] = " ".join(p for p in parts if p)
    elif given and family:
        parts = [said.get(title, title), given, family]  # "Dr. Kim Meier", "Dr Kim Meier"
        values["salutation_name"] = " ".join(p for p in parts if p)
    elif shown and len(shown.split()) > 1:
        values["salutation_name"] = shown
    return values


def placeholders(
    s: CoachSummary, d: CoachDetails, occasions: Iterable[Occasion], today: dt.date
) -> dict[str, str]:
    """Every placeholder that can be filled for this person (never an empty value)."""
    lang = d.language if d.language in texts.LANGUAGES else "de"
    form = form_key(lang, d.address_form)
    words = texts.load(lang)
    values = _names(s, d, lang)
    hook = sayable_hook(d, lang, form, today)
    if hook:
        values["hook"] = hook
    topics = (phrases.clean_slot(x) for x in d.topics.split(","))
    topic = next((t for t in topics if t and len(t) <= 40 and phrases.fits_language(t, lang)), "")
    if topic:
        values["topic"] = topic
    if s.last_contact is not None:
        since = texts.gap(lang, (today - s.last_contact.date()).days)
        if since:
            values["months"] = since
    city = phrases.clean_slot(d.city)
    city = words.get("cities", {}).get(city, city)
    if city and phrases.fits_as_name(city, lang):
        values["city"] = city
    role, organisation = phrases.clean_slot(d.role), phrases.clean_slot(d.organisation)
    if role and phrases.fits_language(role, lang):
        values["role"] = role
    if organisation and phrases.fits_as_name(organisation, lang):
        values["organisation"] = organisation
    values["weekday"] = texts.weekday_date(lang, next_week_day(s.id, today))
    for occasion in occasions:
        if occasion.kind == "event" and occasion.when is not None:
            event = phrases.clean_slot(occasion.text)
            if event and phrases.fits_as_name(event, lang):
                values["event"] = event
                values["event_date"] = texts.date(lang, occasion.when)
                # "heute", "morgen", "am Dienstag", else "am 19. Juni": by the clock given
                values["event_when"] = texts.when(lang, occasion.when, today)
            break
    for occasion in occasions:
        if occasion.kind == "anniversary" and occasion.years > 0:
            # "since we met" or, for a LinkedIn or XING connection, "since we connected":
            # a template names the one it says, and the other is not filled.
            known = texts.plural(words["known"], occasion.years, lang)
            # (A network's card: its "met on" stays the day of connecting after a
            # meeting in person.)
            values["connected" if d.connected or d.from_network else "known"] = known
    return {k: v for k, v in values.items() if v}


@functools.lru_cache(maxsize=1024)
def fields_of(template: str) -> frozenset[str]:
    """The placeholders in a template (parsed once: the coach fills thousands)."""
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(template) if name is not None)


def fill(template: str, values: dict[str, str]) -> str | None:
    """The filled text, or None when a placeholder has no value (or the text is broken).

    A placeholder may be written with its English or its German name ({city}, {stadt}).
    """
    try:
        needed = fields_of(template)
    except ValueError:  # an unbalanced brace in a user template
        return None
    if any(not n.isidentifier() for n in needed):
        return None
    known = {n: _CANONICAL.get(n, n) for n in needed}
    if not set(known.values()) <= values.keys():
        return None
    return template.format(**{n: values[e] for n, e in known.items()})


def _priority(occasions: list[Occasion], d: CoachDetails, has_hook: bool) -> list[str]:
    """Categories in the order that fits the person's situation best."""
    order: list[str] = []
    kinds = {o.kind for o in occasions}
    # Congratulations on the day, not a week early.
    if any(o.kind == "birthday" and o.days == 0 for o in occasions):
        order.append("congrats_birthday")
    # A next step of mine still open: the message that delivers it comes first — it
    # is the reason to write there is. Its to-do wording is never quoted (a note to
    # oneself: "Artikel schicken"); the user adds the thing itself before sending.
    if d.owed:
        order.append("promised")
    # Congratulations on a new role only when the journal knows it is new:
    # for a role held for years it would be embarrassing.
    if "new_role" in kinds:
        order.append("congrats_role")
    if any(o.kind == "event" and o.hosting for o in occasions):
        # The user organises it: a host invites ("Ich würde mich freuen, wenn Sie
        # dabei sind"); a guest's "sind Sie auch dabei?" from the host reads oddly.
        order.append("event_host")
    elif any(o.kind == "event" and o.series for o in occasions):
        order.append("event_series")  # "am … ist wieder …": they came before
    if "event" in kinds and "event_host" not in order:
        order.append("event")
    if has_hook:
        order.append("follow_up")
    # Something owed, or give & take one-sided (they gave more): give first.
    if "owed" in kinds or d.received > d.gave:
        order.append("give_first")
    # The anniversary of meeting is an occasion (DESIGN: coach rules); a LinkedIn or
    # XING connection's day is not (also once met in person: "met on" stays the day
    # of connecting): a thank-you for "six years connected" is the weakest reason to
    # write, after a coffee or a plain check-in.
    if "anniversary" in kinds and not d.from_network:
        order.append("thank_you")
    order += ["coffee", "check_in", "give_first", "in_your_city", "thank_you"]
    return list(dict.fromkeys(order))


def preview_line(message: str) -> str:
    """What a one-line preview shows of a message: its start in its own words, the
    lines run together as a mail list previews a message ("Hallo Jens, zum Geburtstag
    die besten Wünsche …"); the card cuts it at its width.

    It showed the line after the greeting, marked as continuing („… zum Geburtstag
    die besten …“): the walk read it as text cut off at the front. Capitalising that
    line would show words the message does not have; the greeting is the message's
    own start, and a German letter goes on in lower case after its comma.
    """
    return " ".join(x.strip() for x in message.split("\n") if x.strip())


def _hook_opening(template: str, values: dict[str, str]) -> dict[str, str]:
    """The values for a text that opens with the hook: its first letter a capital.

    A hook is lower-cased to stand inside a sentence ("your sabbatical"); a template
    that opens with it wrote "Hi Chloe,\n\nyour sabbatical – that came to mind". (A
    German body after "Hallo Uwe," rightly goes on in lower case: "dein Sabbatical".)
    """
    hook = values.get("hook")
    if not hook or not template.lstrip().startswith(_HOOK_FIRST):
        return values
    return {**values, "hook": hook[0].upper() + hook[1:]}


_HOOK_FIRST = ("{hook}", "{" + GERMAN_NAMES["hook"] + "}")


def greeting(language: str, form: str, values: dict[str, str]) -> str | None:
    """ "Guten Tag Frau Dr. Müller," / "Hallo Jana," / "Hi Jana," — or None without a name.

    The du and English greet by first name; without one, English falls back to
    "Hello Ms Müller,", while a du letter is not written ("Hallo Herr Müller" is no du).
    """
    greetings = texts.load(language)["greeting"]
    template = greetings[form]
    if "{first_name}" in template and "first_name" not in values:
        template = greetings.get(f"{form}_formal", template)
    return fill(template, values)


# Why a person has no opener, when it is their name (the greeting cannot be
# written), and which field of theirs would give them one.
WITHHELD_FIELD = {
    "sie_family": "family_name",  # "Guten Tag Frau …" needs the family name
    "sie_salutation": "salutation",  # "Guten Tag Müller," is no greeting: Frau/Herr
    "du_given": "given_name",  # "Hallo Herr Müller" is no du
    "en_name": "given_name",  # "Hi …," or "Hello Ms …,": a first name, at least
}


def withheld_for(s: CoachSummary, d: CoachDetails) -> str:
    """Why no message can greet this person ("sie_family", "sie_salutation",
    "du_given", "en_name"; a key of :data:`WITHHELD_FIELD`), or "" when one can.

    The rules withhold the opener rather than write a wrong greeting: the Sie
    without a family name, the du without a first name, an organisation only."""
    lang = d.language if d.language in texts.LANGUAGES else "de"
    form = form_key(lang, d.address_form)
    if greeting(lang, form, _names(s, d, lang)) is not None:
        return ""
    if form == "any":
        return "en_name"
    if form == "du":
        return "du_given"
    return "sie_salutation" if " ".join(s.family_name.split()) else "sie_family"


def asks_salutation(s: CoachSummary, d: CoachDetails) -> bool:
    """Whether the card asks Frau or Herr: a German Sie message to someone with a
    family name, neither salutation known nor the neutral whole-name greeting chosen.
    (Never guessed from the first name: "Kim", "Andrea", "Jo" are anyone's.)"""
    lang = d.language if d.language in texts.LANGUAGES else "de"
    return (
        lang == "de"
        and form_key(lang, d.address_form) == "sie"
        and bool(s.family_name.strip())
        and d.salutation not in ("Herr", "Frau")
        and not d.salutation_neutral
    )


def sign_off(language: str, form: str, contact_id: int, today: dt.date, user_name: str) -> str:
    closings = texts.load(language)["closing"][form]
    closing = closings[_stable_index(contact_id, today, "closing", modulo=len(closings))]
    name = " ".join(user_name.split())
    return f"{closing}\n{name}" if name else closing


def renderings(
    s: CoachSummary,
    d: CoachDetails,
    occasions: list[Occasion],
    today: dt.date,
    user_templates: Iterable[OpenerTemplateRecord] = (),
    user_name: str = "",
    most: int | None = None,
) -> dict[str, list[Opener]]:
    """Every variant that can be filled for this person, per category, best category first.

    A "fallback" variant (one that names nothing specific) only counts when
    no other variant of its category can be filled.
    """
    lang = d.language if d.language in texts.LANGUAGES else "de"
    form = form_key(lang, d.address_form)
    words = texts.load(lang)
    values = placeholders(s, d, occasions, today)
    greeting_text = greeting(lang, form, values)
    if greeting_text is None:
        return {}
    met = s.in_person_2y > 0 or d.last_kind in IN_PERSON
    # "Danke für den Austausch": only to someone the journal saw answer or meet with
    # one (an imported connection's anniversary alone is no conversation).
    talked = s.last_two_way is not None
    # "schon eine ganze Weile": not to someone one spoke to last week (a birthday lifts them).
    apart = days_since(s, today) >= APART_DAYS
    closing = sign_off(lang, form, s.id, today, user_name)
    # "What I promised" fits what was promised (the first open one, which "Reached
    # out" marks done): sending it, proposing a meeting, an introduction, or else.
    promise = promises.kind_of(d.owed[0][0]) if d.owed else ""
    own = [
        t for t in user_templates if t.language == lang and form_key(lang, t.address_form) == form
    ]
    result: dict[str, list[Opener]] = {}
    for category in _priority(occasions, d, "hook" in values):
        if most is not None and len(result) >= most:
            break
        variants = [
            (f"{category}:{n}", v["subject"], v["body"], bool(v.get("fallback")))
            for n, v in enumerate(words["openers"][form].get(category, []))
            if (met or not v.get("met"))  # "mal wieder sehen" only to someone one has met
            and (apart or not v.get("apart"))
            and (talked or not v.get("talked"))
            and (category != "promised" or v.get("kind", "send") == promise)
        ]
        variants += [
            (f"own:{t.id}", t.subject, t.body, False) for t in own if t.category == category
        ]
        usable: list[Opener] = []
        fallbacks: list[Opener] = []
        for key, subject, body, fallback in variants:
            # An English body starts a new paragraph; a subject is a line of its own.
            filled_body = fill(body, _hook_opening(body, values) if lang == "en" else values)
            filled_subject = fill(subject, _hook_opening(subject, values))
            if not filled_body or filled_subject is None:
                continue
            message = f"{greeting_text}\n\n{filled_body}\n\n{closing}"
            # A user's own subject is theirs to make long; a built-in one stays short.
            short = len(filled_subject) <= MAX_SUBJECT or key.startswith("own:")
            if len(message) <= MAX_LENGTH and short:
                (fallbacks if fallback else usable).append(
                    Opener(category, filled_subject, message, key)
                )
        if usable or fallbacks:
            result[category] = usable or fallbacks
    return result


def offers(
    s: CoachSummary,
    d: CoachDetails,
    occasions: list[Occasion],
    today: dt.date,
    user_templates: Iterable[OpenerTemplateRecord] = (),
    user_name: str = "",
) -> list[Opener]:
    """Openers for this person, best first: one per category that can be filled."""
    result = []
    offered = renderings(s, d, occasions, today, user_templates, user_name, MAX_OFFERS)
    for category, usable in offered.items():
        # Never the same variant twice in a row for a person.
        fresh = [o for o in usable if o.key != s.last_opener] or usable
        result.append(fresh[_stable_index(s.id, today, category, modulo=len(fresh))])
    return result
