"""The coach's settings, kept in the journal's settings table."""

from __future__ import annotations

from dataclasses import dataclass, field

from netzjournal.store.catalog import set_setting
from netzjournal.store.journal import Journal
from netzjournal.store.reading import get_setting
from netzjournal.store.records import ContactRecord

DEFAULT_CADENCE = {5: 30, 4: 60, 3: 90, 2: 180, 1: 365}
KEY = "coach"


@dataclass
class CoachSettings:
    cadence_by_closeness: dict[int, int] = field(default_factory=lambda: dict(DEFAULT_CADENCE))
    limit: int = 5
    rest_days: int = 14  # after "reached out", the person rests
    hold_after: int = 3  # outreaches in a row without an answer
    birthday_days: int = 14
    event_days: int = 21
    anniversary_days: int = 14
    new_role_days: int = 60  # a role change this recent is worth congratulations
    # None until the person chooses: a new contact then speaks the interface's language
    # (an English interface made every new contact German) and is addressed "Sie",
    # the form nobody minds (English has only one). A choice is kept as made.
    new_contact_language: str | None = None
    new_contact_address_form: str | None = None

    def cadence(self, closeness: int) -> int:
        return self.cadence_by_closeness.get(closeness, DEFAULT_CADENCE.get(closeness, 90))

    def new_contact_defaults(self, interface_language: str) -> tuple[str, str]:
        """(language, address form) for a new contact in this interface language."""
        language = self.new_contact_language or (
            interface_language if interface_language in ("de", "en") else "de"
        )
        return language, self.new_contact_address_form or "sie"


def new_contact(
    j: Journal, interface_language: str, record: ContactRecord | None = None
) -> ContactRecord:
    """``record`` (or a blank contact) with the journal's defaults for a new contact.

    Every way of making someone the person did not describe in full goes through
    here: the contact editor, a name typed in a note's or an event's people, the
    command line.
    """
    record = record or ContactRecord()
    record.language, record.address_form = load(j).new_contact_defaults(interface_language)
    record.address_form_chosen = False  # (the default: the coach asks; migration 0054)
    return record


def new_contact_defaults(j: Journal, interface_language: str) -> tuple[str, str]:
    """(language, address form) the journal gives a new contact in this interface
    language — for people made in bulk (an import) whose cards do not say."""
    return load(j).new_contact_defaults(interface_language)


def load(j: Journal) -> CoachSettings:
    raw = get_setting(j, KEY, {}) or {}
    settings = CoachSettings()
    if not isinstance(raw, dict):
        return settings
    cadences = raw.get("cadence_by_closeness", {})
    if isinstance(cadences, dict):
        for key, value in cadences.items():
            if str(key).isdigit() and isinstance(value, int) and 1 <= value <= 3650:
                settings.cadence_by_closeness[int(key)] = value
    for name in ("limit", "rest_days", "hold_after"):
        value = raw.get(name)
        if isinstance(value, int) and 0 < value <= 1000:
            setattr(settings, name, value)
    if raw.get("new_contact_language") in ("de", "en"):
        settings.new_contact_language = raw["new_contact_language"]
    if raw.get("new_contact_address_form") in ("sie", "du"):
        settings.new_contact_address_form = raw["new_contact_address_form"]
    return settings


def save(j: Journal, settings: CoachSettings) -> None:
    raw: dict[str, object] = {
        "cadence_by_closeness": {str(k): v for k, v in settings.cadence_by_closeness.items()},
        "limit": settings.limit,
        "rest_days": settings.rest_days,
        "hold_after": settings.hold_after,
    }
    # Only a chosen default is stored: one left open keeps following the interface.
    if settings.new_contact_language:
        raw["new_contact_language"] = settings.new_contact_language
    if settings.new_contact_address_form:
        raw["new_contact_address_form"] = settings.new_contact_address_form
    set_setting(j, KEY, raw)
