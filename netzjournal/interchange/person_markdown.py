"""Everything the journal holds about one person, as Markdown in the interface
language: the privacy view ("Everything stored about this person") and the
Markdown export. Stored codes are named ("Kaffee", not ``coffee``), dates and
times are written as the language writes them, nothing is left out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from netzjournal import localized
from netzjournal.review.render import labels as review_labels
from netzjournal.store.contacts import get_contact
from netzjournal.store.interactions import follow_ups, get_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_history
from netzjournal.store.people import join_names, person_choices

_WORDS = {
    "de": {
        "organisation": "Organisation", "department": "Abteilung", "role": "Funktion",
        "hierarchy": "Hierarchieebene", "city": "Ort", "birthday": "Geburtstag",
        "source": "Kennengelernt über", "met_on": "Kennengelernt am",
        "introduced_by": "Vorgestellt von", "salutation": "Anrede", "name": "Name",
        "additional_names": "Weitere Vornamen", "honorific_suffix": "Namenszusatz",
        "nickname": "Spitzname",
        "address_form": "Ansprache", "language": "Sprache", "closeness": "Nähe",
        "cadence": "In Kontakt bleiben", "tags": "Schlagwörter", "topics": "Themen",
        "archived": "Archiviert", "yes": "ja", "email": "E-Mail", "phone": "Telefon",
        "url": "Web", "messenger": "Messenger", "notes": "Notizen", "meetings": "Verlauf ({n})",
        "direction": "Richtung", "place": "Ort", "duration": "Dauer",
        "minutes": "{n} Min.", "with": "Mit", "say_next": "Beim nächsten Mal aufgreifen",
        "hooks": "Private Notizen", "outcome": "Ergebnis", "gave": "Gegeben",
        "received": "Bekommen", "follow_ups": "Nächste Schritte", "due": "fällig {date}",
        "of_five": "{n} von 5", "every_days": "alle {n} Tage", "never": "nie erinnern",
        "sie": "Sie (förmlich)", "du": "du (vertraut)", "de": "Deutsch", "en": "Englisch",
        "Frau": "Frau", "Herr": "Herr",
        "levels": {"executive": "Geschäftsführung", "head": "Abteilungsleitung",
                   "lead": "Teamleitung", "specialist": "Fachkraft", "other": "Sonstiges"},
    },
    "en": {
        "organisation": "Organisation", "department": "Department", "role": "Role",
        "hierarchy": "Hierarchy level", "city": "City", "birthday": "Birthday",
        "source": "How we met", "met_on": "Met on", "introduced_by": "Introduced by",
        "name": "Name", "additional_names": "Middle names", "honorific_suffix": "Suffix",
        "nickname": "Nickname",
        "salutation": "Salutation", "address_form": "Address form", "language": "Language",
        "closeness": "Closeness", "cadence": "Keep in touch", "tags": "Tags",
        "topics": "Topics", "archived": "Archived", "yes": "yes", "email": "E-mail",
        "phone": "Phone", "url": "Web", "messenger": "Messenger", "notes": "Notes",
        "meetings": "History ({n})",
        "direction": "Direction", "place": "Place", "duration": "Duration",
        "minutes": "{n} min", "with": "With", "say_next": "Pick up next time",
        "hooks": "Private remarks", "outcome": "Outcome", "gave": "Gave",
        "received": "Received", "follow_ups": "Follow-ups", "due": "due {date}",
        "of_five": "{n} of 5", "every_days": "every {n} days", "never": "never remind me",
        "sie": "Sie (formal)", "du": "du (informal)", "de": "German", "en": "English",
        "Frau": "Ms", "Herr": "Mr",
        "levels": {"executive": "Management board", "head": "Head of department",
                   "lead": "Team lead", "specialist": "Specialist", "other": "Other"},
    },
}  # fmt: skip


def words(language: str) -> dict[str, Any]:
    return _WORDS[language if language in _WORDS else "en"]


def markdown_person(j: Journal, contact_id: int, language: str = "en") -> str:
    """Everything the journal holds about one person, readable in ``language``."""
    w = words(language)
    r = review_labels(language)
    levels: dict[str, str] = w["levels"]

    def say(key: str, **values: object) -> str:
        return str(w[key]).format(**values)

    def date(value: dt.date | None) -> str:
        return localized.format_date(value, language)

    c = get_contact(j, contact_id)
    # The heading is the whole name (with middle names and suffix) unless the
    # contact has a display name of its own; then the whole name is a fact.
    full = " ".join(p for p in (c.title_prefix, c.full_name) if p)
    heading = (c.display_name or c.full_name) if c.name else c.organisation
    out = [f"# {' '.join(p for p in (c.title_prefix, heading) if p)}", ""]
    birthday = ""
    if c.birthday:
        b = c.birthday
        birthday = (
            localized.format_date(dt.date(b.year, b.month, b.day), language)
            if b.year
            else localized.format_day_month(b.day, b.month, language)
        )
    introducer = ""
    if c.introduced_by:
        found = person_choices(j, [c.introduced_by]).get(c.introduced_by)
        introducer = found.label if found else ""
    if c.cadence_never:
        cadence = say("never")
    else:
        cadence = say("every_days", n=c.cadence_days) if c.cadence_days else ""
    source = r["sources"].get(c.source, c.source) if c.source else ""
    facts = [
        ("salutation", str(w.get(c.salutation, c.salutation)) if c.salutation else ""),
        ("name", full if c.display_name and c.full_name else ""),
        ("additional_names", c.additional_names),
        ("honorific_suffix", c.honorific_suffix),
        ("nickname", c.nickname),
        ("organisation", c.organisation),
        ("department", c.department),
        ("role", c.role),
        ("hierarchy", levels.get(c.hierarchy, c.hierarchy) if c.hierarchy else ""),
        ("city", c.city),
        ("birthday", birthday),
        ("source", " – ".join(p for p in (source, c.source_detail) if p)),
        ("met_on", date(c.met_on)),
        ("introduced_by", introducer),
        ("address_form", str(w.get(c.address_form, c.address_form))),
        ("language", str(w.get(c.language, c.language))),
        ("closeness", say("of_five", n=c.closeness)),
        ("cadence", cadence),
        ("tags", ", ".join(c.tags)),
        ("topics", c.topics),
        ("archived", say("yes") if c.archived else ""),
    ]
    out += [f"- **{say(key)}:** {value}" for key, value in facts if value]
    for ch in c.channels:
        label = localized.channel_label(ch.label, language)
        kind = say(ch.kind) if ch.kind in w else ch.kind
        out.append(f"- **{kind}" + (f" ({label})" if label else "") + f":** {ch.value}")
    if c.notes:
        out += ["", f"## {say('notes')}", "", c.notes]
    history = contact_history(j, contact_id, limit=100_000)
    out += ["", f"## {say('meetings', n=len(history))}", ""]
    for h in history:
        note = get_interaction(j, h.id)
        head = [localized.format_datetime(note.occurred_at, language),
                r["kinds"].get(note.kind, note.kind)]  # fmt: skip
        if note.title:
            head.append(note.title)
        out.append(f"### {' · '.join(head)}")
        # Labelled like the rest of the line ("together · Place: …" read as a fragment).
        direction = r["directions"].get(note.direction, note.direction)
        details = [f"{say('direction')}: {direction}"]
        if note.place:
            details.append(f"{say('place')}: {note.place}")
        if note.duration_minutes:
            details.append(f"{say('duration')}: {say('minutes', n=note.duration_minutes)}")
        others = [p for p in note.participants if p != contact_id]
        if others:
            names = person_choices(j, others)
            details.append(
                f"{say('with')}: " + join_names(names[p].label for p in others if p in names)
            )
        out += ["", "*" + " · ".join(details) + "*"]
        gave = "; ".join(g.text for g in note.give_take if g.direction == "gave")
        received = "; ".join(g.text for g in note.give_take if g.direction == "received")
        for text in (
            note.body,
            note.say_next and f"{say('say_next')}: {note.say_next}",
            (own := note.say_next_to.get(contact_id, "")) and f"{say('say_next')}: {own}",
            note.hooks and f"{say('hooks')}: {note.hooks}",
            note.outcome and f"{say('outcome')}: {note.outcome}",
            gave and f"{say('gave')}: {gave}",
            received and f"{say('received')}: {received}",
        ):
            if text:
                out += ["", text]
        out.append("")
    items = follow_ups(j, contact_id, open_only=False)
    if items:
        out += [f"## {say('follow_ups')}", ""]
        out += [
            f"- [{'x' if f.done else ' '}] {f.text}"
            + (f" ({say('due', date=date(f.due_on))})" if f.due_on else "")
            for f in items
        ]
    return "\n".join(out).rstrip() + "\n"
