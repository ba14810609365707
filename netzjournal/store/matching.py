"""What an import compares to find people already in the journal.

Every contact — archived ones too: someone archived who comes back in a file
is still that person — with the name, organisation and e-mail addresses that
duplicate matching looks at, read in two queries (not a record per contact).
"""

from __future__ import annotations

from dataclasses import dataclass

from netzjournal.store.journal import Journal


@dataclass(frozen=True)
class MatchKeys:
    id: int
    name: str  # as ContactRecord.name: the display name, else given and family name
    organisation: str
    emails: tuple[str, ...]  # in the contact's order
    archived: bool


def match_keys(j: Journal) -> list[MatchKeys]:
    """Every contact's keys, the contacts not archived first, each group in id order."""
    conn = j.connection()
    emails: dict[int, list[str]] = {}
    for contact_id, value in conn.execute(
        "SELECT contact_id, value FROM contact_channel WHERE kind = 'email'"
        " ORDER BY contact_id, position"
    ):
        emails.setdefault(contact_id, []).append(value)
    rows = conn.execute(
        "SELECT id, display_name, given_name, family_name, organisation, archived"
        " FROM contact ORDER BY archived, id"
    )
    return [
        MatchKeys(
            cid,
            display or " ".join(p for p in (given, family) if p),
            organisation,
            tuple(emails.get(cid, ())),
            bool(archived),
        )
        for cid, display, given, family, organisation, archived in rows
    ]
