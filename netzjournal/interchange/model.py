"""What a reader produces: a contact as found in a file, plus the problems met."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from netzjournal.store import Birthday, Channel, ContactRecord


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class ImportedContact:
    """One person from a file, before it becomes a journal contact."""

    source_file: str
    line: int
    given_name: str = ""
    family_name: str = ""
    additional_names: list[str] = field(default_factory=list)
    prefix: str = ""
    suffix: str = ""
    display_name: str = ""
    nickname: str = ""
    organisation: str = ""
    department: str = ""
    title: str = ""
    role: str = ""
    emails: list[Channel] = field(default_factory=list)
    phones: list[Channel] = field(default_factory=list)
    urls: list[Channel] = field(default_factory=list)
    birthday: Birthday | None = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    city: str = ""
    source: str = ""
    met_on: dt.date | None = None

    @property
    def name(self) -> str:
        if self.display_name.strip():
            return self.display_name.strip()
        parts = (self.given_name, self.family_name)
        return " ".join(p.strip() for p in parts if p.strip())

    @property
    def empty(self) -> bool:
        return not (self.name or self.organisation or self.emails or self.phones)

    def to_record(self) -> ContactRecord:
        """The journal contact this person becomes."""
        salutation = ""
        title_prefix = self.prefix.strip()
        if title_prefix in ("Herr", "Frau"):
            salutation, title_prefix = title_prefix, ""
        role = self.title.strip() or self.role.strip()
        display = ""
        structured = " ".join(p for p in (self.given_name, self.family_name) if p.strip())
        if not structured and self.display_name.strip():
            display = self.display_name.strip()
        return ContactRecord(
            given_name=self.given_name.strip(),
            family_name=self.family_name.strip(),
            display_name=display,
            salutation=salutation,
            title_prefix=title_prefix[:40],
            organisation=self.organisation.strip(),
            department=self.department.strip(),
            role=role,
            city=self.city.strip(),
            birthday=self.birthday,
            source=self.source,
            met_on=self.met_on,
            notes=self.notes.strip(),
            channels=[*self.emails, *self.phones, *self.urls],
            tags=[t for t in dict.fromkeys(t.strip() for t in self.tags) if t],
        )


@dataclass
class ReadResult:
    contacts: list[ImportedContact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    format: str = ""
