"""Low-pressure openers: templates per language and address form, filled in.

A template is offered only when every placeholder in it can be filled; the
variant is stable for a person on a given day (a hash, not ``random``), so
the pane does not reshuffle while you look at it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import string
from collections.abc import Iterable
from dataclasses import dataclass

from netzjournal.coach import texts
from netzjournal.coach.rules import Occasion
from netzjournal.store import CoachDetails, CoachSummary, OpenerTemplateRecord

CATEGORIES = (
    "coffee", "follow_up", "give_first", "congrats_birthday", "congrats_role", "event",
    "event_series",
    "check_in", "in_your_city", "thank_you",
)  # fmt: skip
_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class Opener:
    category: str
    subject: str
    body: str  # the whole message: greeting, text, closing


def _stable_index(*parts: object, modulo: int) -> int:
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(digest[:4], "big") % modulo


def form_key(language: str, address_form: str) -> str:
    return "any" if language == "en" else ("du" if address_form == "du" else "sie")


def next_week_day(contact_id: int, today: dt.date) -> dt.date:
    """A Tuesday, Wednesday or Thursday next week, stable per person and day."""
    monday = today + dt.timedelta(days=7 - today.weekday())
    return monday + dt.timedelta(days=1 + _stable_index(contact_id, today, modulo=3))


def placeholders(
    s: CoachSummary,
    d: CoachDetails,
    occasions: Iterable[Occasion],
    today: dt.date,
) -> dict[str, str]:
    """Every placeholder that can be filled for this person (never an empty value)."""
    lang = d.language if d.language in texts.LANGUAGES else "de"
    values: dict[str, str] = {}
    full = s.name.strip()
    if s.given_name.strip():
        values["first_name"] = s.given_name.strip()
    if d.salutation in ("Herr", "Frau") and s.family_name.strip():
        title = f"{d.title_prefix.strip()} " if d.title_prefix.strip() else ""
        values["salutation_name"] = f"{d.salutation} {title}{s.family_name.strip()}"
    elif full:
        values["salutation_name"] = full
    hook = " ".join(d.last_hook.split()).rstrip(".")
    if hook:
        values["hook"] = hook if len(hook) <= 90 else hook[:87].rstrip() + "…"
    topic = next((t.strip() for t in d.topics.split(",") if t.strip()), "")
    if topic:
        values["topic"] = topic
    if s.last_contact is not None:
        since = texts.duration(lang, (today - s.last_contact.date()).days)
        if since:
            values["months"] = since
    if d.city.strip():
        values["city"] = d.city.strip()
    if d.role.strip() and d.organisation.strip():
        values["role"], values["organisation"] = d.role.strip(), d.organisation.strip()
    values["weekday"] = texts.weekday_date(lang, next_week_day(s.id, today))
    for occasion in occasions:
        if occasion.kind == "event" and occasion.when is not None:
            values["event"] = occasion.text
            values["event_date"] = texts.date(lang, occasion.when)
            break
    return {k: v for k, v in values.items() if v}


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name is not None}


def fill(template: str, values: dict[str, str]) -> str | None:
    """The filled text, or None when a placeholder has no value (or the text is broken)."""
    try:
        needed = fields_of(template)
    except ValueError:  # an unbalanced brace in a user template
        return None
    if not needed <= values.keys() or any(not n.isidentifier() for n in needed):
        return None
    return template.format(**{k: values[k] for k in needed})


def _priority(occasions: list[Occasion], d: CoachDetails) -> list[str]:
    """Categories in the order that fits the person's situation best."""
    order: list[str] = []
    kinds = {o.kind for o in occasions}
    # Congratulations on the day (or the day before), not a week early.
    if any(o.kind == "birthday" and o.days <= 1 for o in occasions):
        order.append("congrats_birthday")
    # Congratulations on a new role only when the journal knows it is new:
    # for a role held for years it would be embarrassing.
    if "new_role" in kinds:
        order.append("congrats_role")
    if any(o.kind == "event" and o.series for o in occasions):
        order.append("event_series")  # "am … ist wieder …": they came before
    if "event" in kinds:
        order.append("event")
    if "owed" in kinds:
        order += ["give_first", "follow_up"]
    if d.last_hook:
        order.append("follow_up")
    if "anniversary" in kinds:
        order.append("thank_you")
    order += ["coffee", "check_in", "give_first", "in_your_city", "thank_you"]
    return list(dict.fromkeys(order))


def offers(
    s: CoachSummary,
    d: CoachDetails,
    occasions: list[Occasion],
    today: dt.date,
    user_templates: Iterable[OpenerTemplateRecord] = (),
) -> list[Opener]:
    """Openers for this person, best first: one per category that can be filled."""
    lang = d.language if d.language in texts.LANGUAGES else "de"
    form = form_key(lang, d.address_form)
    words = texts.load(lang)
    values = placeholders(s, d, occasions, today)
    greeting = words["greeting"][form]
    if "{salutation_name}" in greeting and "salutation_name" not in values:
        return []
    if "{first_name}" in greeting and "first_name" not in values:
        greeting = greeting.replace("{first_name}", values.get("salutation_name", ""))
    greeting_text = fill(greeting, values)
    if not greeting_text or greeting_text.strip(" ,") in ("Hallo", "Hi", "Guten Tag"):
        return []
    closing = words["closing"][form]
    own = [
        t for t in user_templates if t.language == lang and form_key(lang, t.address_form) == form
    ]
    result = []
    for category in _priority(occasions, d):
        variants = [(v["subject"], v["body"]) for v in words["openers"][form].get(category, [])]
        variants += [(t.subject, t.body) for t in own if t.category == category]
        usable = []
        for subject, body in variants:
            filled_body, filled_subject = fill(body, values), fill(subject, values)
            if filled_body and filled_subject is not None:
                usable.append((filled_subject, filled_body))
        if not usable:
            continue
        subject, body = usable[_stable_index(s.id, today, category, modulo=len(usable))]
        result.append(Opener(category, subject, f"{greeting_text}\n\n{body}\n\n{closing}"))
    return result
