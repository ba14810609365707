"""Namesakes among the cards of an import, told apart as the pickers tell the
journal's people apart (store/people.py): "Hans Müller · München".

The detail is the organisation, else the city, else both — the shortest that no
other namesake shares; where both are alike (twins), an e-mail address or phone
number no twin has, else a place among them in file order ("Hamburg (2)").
"""

from __future__ import annotations

from collections import Counter

from netzjournal.interchange.model import ImportedContact
from netzjournal.store.people import with_detail


def shown_name(c: ImportedContact) -> str:
    """A card's name as the preview shows it (a card with only an address by that)."""
    return c.name or c.organisation or (c.emails[0].value if c.emails else "")


def _both(c: ImportedContact) -> str:
    org, city = c.organisation.strip(), c.city.strip()
    return f"{org}, {city}" if org and city else org or city


def _details(c: ImportedContact) -> list[str]:
    """What may tell a card apart, shortest first: organisation, city, both."""
    return [v for v in (c.organisation.strip(), c.city.strip(), _both(c)) if v]


def tell_apart(cards: list[ImportedContact]) -> list[str]:
    """What tells each card apart from the others (cards of one name): "München",
    "Stadtwerke, Köln", "Hamburg (2)"; "" for one of which nothing is known."""
    counts: Counter[str] = Counter()
    for c in cards:  # (once per card, even where organisation and city are alike)
        counts.update({v.casefold() for v in _details(c)})
    details = [next((v for v in _details(c) if counts[v.casefold()] == 1), "") for c in cards]
    twins: dict[str, list[int]] = {}  # alike in organisation and city, in file order
    for n, c in enumerate(cards):
        if not details[n]:
            twins.setdefault(_both(c).casefold(), []).append(n)
    for alike in twins.values():
        reach = [[ch.value for ch in (*cards[n].emails, *cards[n].phones)] for n in alike]
        channels = Counter(v for values in reach for v in {_channel(x) for x in values})
        for place, (n, values) in enumerate(zip(alike, reach, strict=True), 1):
            both = _both(cards[n])
            own = next((v for v in values if channels[_channel(v)] == 1), "")
            if len(alike) == 1:  # (no twin: the others share a part, not both; or
                details[n] = both or own  # nothing is known but an address)
            elif own:
                details[n] = ", ".join(p for p in (both, own) if p)
            else:
                details[n] = f"{both} ({place})".lstrip()
    return details


def label(name: str, detail: str) -> str:
    """ "Hans Müller · München", as the pickers name a namesake."""
    return with_detail(name, detail)


def _channel(value: str) -> str:
    """An address or number as compared: case and a number's spaces and dashes ignored."""
    return "".join(ch for ch in value.casefold() if ch not in " ()./-")


def apart_from(card: ImportedContact, name: str, organisation: str, city: str) -> str:
    """A contact of the journal named like ``card``, told apart from it: its
    organisation where the card's is another, else its city, else both ("Anna Graf ·
    Kulturhaus")."""
    org, town = organisation.strip(), city.strip()
    if org and org.casefold() != card.organisation.strip().casefold():
        return label(name, org)
    if town and town.casefold() != card.city.strip().casefold():
        return label(name, town)
    return label(name, ", ".join(p for p in (org, town) if p))
