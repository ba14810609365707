"""What an import compares to find people already in the journal.

Every contact — archived ones too: someone archived who comes back in a file
is still that person — with the name, organisation and e-mail addresses that
duplicate matching looks at, read in two queries (not a record per contact).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netzjournal.store.folding import fold
from netzjournal.store.journal import Journal
from netzjournal.store.summary import display_name

# Words a name may carry that say nothing about who it is: titles and degrees
# ("Dr. Hans Müller", "Prof. Dr.-Ing. Weiß, MBA"), folded.
_TITLES = frozenset({
    "dr", "prof", "ing", "dipl", "med", "rer", "nat", "phil", "jur", "habil", "mag", "mba",
    "msc", "bsc", "llm", "phd", "herr", "frau", "mr", "mrs",  # (not "Ma": a family name)
})  # fmt: skip
_WORDS = re.compile(r"\w+")


def name_key(name: str) -> str:
    """The form in which an import takes two names for the same: folded (case, accents,
    "ae"/"ä"), word order ignored ("Müller Hans" is "Hans Mueller")."""
    return " ".join(sorted(fold(name).split()))


def loose_name_key(name: str) -> str:
    """:func:`name_key` looser, for possible duplicates: punctuation ignored (the comma
    of "Müller, Hans"), and titles and initials left out ("Dr. Hans P. Müller")."""
    words = _WORDS.findall(fold(name))
    kept = [w for w in words if len(w) > 1 and w not in _TITLES]
    return " ".join(sorted(kept or words))


def named_alike(j: Journal, name: str) -> list[int]:
    """The contacts whose :func:`name_key` is ``name``'s (those not archived first, each
    group in id order): offered as a choice for a draft whose contact is gone, never
    taken by the name alone."""
    key = name_key(name)
    return [m.id for m in match_keys(j) if key and name_key(m.name) == key]


def phone_key(value: str) -> str:
    """A phone number's digits without the country or trunk prefix ("+49 173 …",
    "0049 173 …" and "0173 …" alike: their last nine digits); '' for fewer than six."""
    digits = "".join(c for c in value if c.isdigit())
    return digits[-9:] if len(digits) >= 6 else ""


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
            display_name(display, given, family, ""),
            organisation,
            tuple(emails.get(cid, ())),
            bool(archived),
        )
        for cid, display, given, family, organisation, archived in rows
    ]
