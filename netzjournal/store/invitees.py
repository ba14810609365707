"""Who an imported invitation names (migration 0034, ``event.invitation_people``).

The import keeps everyone the newest invitation names; the events page shows
those who are neither a contact (by e-mail address) nor the user (their own
addresses), so that none of them goes unmentioned.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from netzjournal.store.journal import Journal
from netzjournal.store.reading import own_addresses
from netzjournal.store.records import Invitee
from netzjournal.store.values import ids_json


def set_invitees(j: Journal, event_id: int, people: Iterable[Invitee]) -> None:
    """Keep who the invitation taken for this event row names (replacing the last)."""
    items = [
        {"address": p.address, "name": p.name, "answer": p.answer, "organiser": int(p.organiser)}
        for p in people
    ]
    text = json.dumps(items, ensure_ascii=False) if items else ""
    with j.write() as changes:
        j.connection().execute(
            "UPDATE event SET invitation_people = ? WHERE id = ?", (text, event_id)
        )
        changes.events.add(event_id)


def _read(text: str) -> list[Invitee]:
    try:
        items = json.loads(text) if text else []
    except ValueError:
        return []
    return [
        Invitee(
            str(i.get("address", "")),
            str(i.get("name", "")),
            str(i.get("answer", "")),
            bool(i.get("organiser")),
        )
        for i in items
        if isinstance(i, dict) and i.get("address")
    ]


def unknown_invitees(j: Journal, event_ids: Iterable[int | None]) -> list[Invitee]:
    """Who the invitation of the first of ``event_ids`` that kept any (an evening's
    own, then its series') names and the journal does not know: no contact has
    their address (archived ones count), and it is not one of the user's own."""
    wanted = [i for i in event_ids if i is not None]
    if not wanted:
        return []
    texts = dict(j.connection().execute(
        "SELECT id, invitation_people FROM event WHERE id IN (SELECT value FROM json_each(?))",
        (ids_json(wanted),),
    ).fetchall())  # fmt: skip
    people = next((p for i in wanted if (p := _read(texts.get(i) or ""))), [])
    if not people:
        return []
    known = {
        a for (a,) in j.connection().execute(
            "SELECT lower(value) FROM contact_channel WHERE kind = 'email'"
            " AND lower(value) IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted({p.address for p in people})),),
        )
    } | own_addresses(j)  # fmt: skip
    return [p for p in people if p.address not in known]


def invitations_with_guests(j: Journal, addresses: Iterable[str]) -> list[tuple[int, bool]]:
    """The event rows whose kept invitation names one of ``addresses`` as coming (the
    organiser, or accepted): (row id, whether it is a series), in id order."""
    wanted = {a.strip().lower() for a in addresses if a.strip()}
    found: list[tuple[int, bool]] = []
    for address in sorted(wanted):
        rows = j.connection().execute(
            "SELECT id, coalesce(rrule, '') != '', invitation_people FROM event"
            " WHERE invitation_people != '' AND instr(lower(invitation_people), ?) > 0",
            (address,),
        )
        for event_id, series, text in rows:
            if any(p.address.lower() in wanted and p.coming for p in _read(text)):
                found.append((int(event_id), bool(series)))
    return sorted(set(found))
