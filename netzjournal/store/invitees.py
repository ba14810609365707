"""Who an imported invitation names (migration 0034, ``event.invitation_people``).

The import keeps everyone the newest invitation names; the events page shows
those who are neither a contact (by e-mail address) nor the user (their own
addresses), so that none of them goes unmentioned.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import replace

from netzjournal.store.events import (
    attendance,
    contacts_by_email,
    ensure_occurrence,
    occurrences,
    set_attendance,
    set_invitation_answer,
    set_my_status,
)
from netzjournal.store.journal import Journal
from netzjournal.store.reading import own_addresses
from netzjournal.store.records import Invitee, Occurrence
from netzjournal.store.values import ids_json


def _item(p: Invitee) -> dict[str, object]:
    item: dict[str, object] = {
        "address": p.address, "name": p.name, "answer": p.answer, "organiser": int(p.organiser)
    }  # fmt: skip
    if p.contact is not None:
        item["contact"] = p.contact
    if p.stamp:
        item["stamp"] = p.stamp
    return item


def invitees_of(j: Journal, event_id: int) -> list[Invitee]:
    """Who the invitation kept on this event row names (none: [])."""
    row = (
        j.connection()
        .execute("SELECT invitation_people FROM event WHERE id = ?", (event_id,))
        .fetchone()
    )
    return _read(row[0] or "") if row else []


def evenings_invitees(j: Journal, series_id: int) -> dict[dt.date, list[Invitee]]:
    """Who each evening of a series that kept its own invitation names (an evening
    invited on its own, RECURRENCE-ID), by its day in the series."""
    rows = j.connection().execute(
        "SELECT occurrence_on, invitation_people FROM event"
        " WHERE series_id = ? AND coalesce(invitation_people, '') != ''",
        (series_id,),
    )
    found = {dt.date.fromisoformat(on): _read(text) for on, text in rows.fetchall() if on}
    return {day: people for day, people in found.items() if people}


def set_invitees(j: Journal, event_id: int, people: Iterable[Invitee]) -> None:
    """Keep who the invitation taken for this event row names (replacing the last);
    a guest the user linked to a contact (:func:`set_invitee_contact`) stays linked
    while the invitation names their address."""
    links = {p.address: p.contact for p in invitees_of(j, event_id) if p.contact is not None}
    items = [_item(replace(p, contact=p.contact or links.get(p.address))) for p in people]
    text = json.dumps(items, ensure_ascii=False) if items else ""
    with j.write() as changes:
        j.connection().execute(
            "UPDATE event SET invitation_people = ? WHERE id = ?", (text, event_id)
        )
        changes.events.add(event_id)


# The user's PARTSTAT as their answer here (codes.MY_STATUS); NEEDS-ACTION and
# DELEGATED are no answer. (The import's, ical_in._take_answer, and take_own_answers.)
ANSWERS = {"ACCEPTED": "going", "TENTATIVE": "maybe", "DECLINED": "declined"}


def take_own_answers(j: Journal, addresses: Iterable[str]) -> int:
    """The user's answer in each kept invitation that names one of ``addresses``
    (their own, entered after the import) becomes their answer here, as an import
    would have set it had it known them — unless they answered here themselves
    (``my_status`` other than what the last invitation set). How many changed."""
    mine = {a.strip().lower() for a in addresses if a.strip()}
    if not mine:
        return 0
    rows = (
        j.connection()
        .execute(
            "SELECT id, invitation_people, my_status, invitation_answer FROM event"
            " WHERE invitation_people != ''"
        )
        .fetchall()
    )
    changed = 0
    with j.write():
        for event_id, text, now, set_before in rows:
            if (now or "") != (set_before or ""):
                continue
            given = [ANSWERS[p.answer] for p in _read(text) if p.address in mine
                     and not p.organiser and p.answer in ANSWERS]  # fmt: skip
            if not given:
                continue
            set_invitation_answer(j, event_id, given[0])
            if now != given[0]:
                set_my_status(j, event_id, given[0])
                changed += 1
    return changed


def _invitation_lists(j: Journal, ids: list[int]) -> dict[int, list[Invitee]]:
    """The invitation lists of the events ``ids`` that have one, in one query."""
    return {
        int(i): _read(text) for i, text in j.connection().execute(
            "SELECT id, invitation_people FROM event WHERE invitation_people != ''"
            " AND id IN (SELECT value FROM json_each(?))",
            (ids_json(ids),),
        )
    }  # fmt: skip


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
            i["contact"] if isinstance(i.get("contact"), int) else None,
            str(i.get("stamp", "")),
        )
        for i in items
        if isinstance(i, dict) and i.get("address")
    ]


def organiser_contact(j: Journal, event_ids: Iterable[int | None]) -> int | None:
    """The contact who sent the invitation kept on the first of ``event_ids`` that
    kept one (an evening's own, then its series'): linked by id, else the one
    contact with the organiser's address. None: no organiser, or not a contact (the
    page lists them among the guests then, as inviting)."""
    for event_id in (i for i in event_ids if i is not None):
        if people := invitees_of(j, event_id):
            organiser = next((p for p in people if p.organiser), None)
            if organiser is None:
                return None
            if organiser.contact is not None:
                return organiser.contact
            return contacts_by_email(j, [organiser.address]).get(organiser.address.lower())
    return None


def unknown_invitees(j: Journal, event_ids: Iterable[int | None]) -> list[Invitee]:
    """Who the invitation of the first of ``event_ids`` that kept any (an evening's
    own, then its series') names and the journal does not know: not linked to a
    contact by id (:func:`set_invitee_contact`: that contact is them, whatever
    addresses they have), no contact has their address (archived ones count), and
    it is not one of the user's own."""
    wanted = tuple(i for i in event_ids if i is not None)
    return _unknown(j, [wanted]).get(wanted, []) if wanted else []


def _unknown(j: Journal, wanted: Iterable[tuple[int, ...]]) -> dict[tuple[int, ...], list[Invitee]]:
    """:func:`unknown_invitees` for each tuple of event rows in ``wanted`` at once:
    the same few queries however many tuples (the events list asks for every
    visible evening). Tuples with nobody unknown: left out."""
    wanted = list(dict.fromkeys(wanted))
    ids = sorted({i for w in wanted for i in w})
    if not ids:
        return {}
    lists = _invitation_lists(j, ids)
    if not any(lists.values()):
        return {}
    everyone = {p.address for ps in lists.values() for p in ps}
    known = {
        a for (a,) in j.connection().execute(
            "SELECT lower(value) FROM contact_channel WHERE kind = 'email'"
            " AND lower(value) IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(everyone)),),
        )
    } | own_addresses(j)  # fmt: skip
    linked = {p.contact for ps in lists.values() for p in ps if p.contact is not None}
    there: set[int] = set()
    if linked:
        there = {c for (c,) in j.connection().execute(
            "SELECT id FROM contact WHERE id IN (SELECT value FROM json_each(?))",
            (ids_json(sorted(linked)),),
        )}  # fmt: skip
    out: dict[tuple[int, ...], list[Invitee]] = {}
    for w in wanted:
        kept = [lists.get(i, []) for i in w]
        people = next((p for p in kept if p), [])
        # A link the user made on the series' list holds on an evening's own list too.
        links = {p.address for ps in kept for p in ps if p.contact in there}
        if unknown := [p for p in people if p.address not in known and p.address not in links]:
            out[w] = unknown
    return out


def evening_guests(
    j: Journal, evenings: Iterable[Occurrence]
) -> dict[tuple[int, dt.date | None], list[Invitee]]:
    """Per evening (its ``key``): the guests the journal does not know
    (:func:`unknown_invitees`) of its invitation, as iCalendar reads one: an
    evening's own (a single event's, or one evening's RECURRENCE-ID), else its
    series' — a series' ATTENDEE answers for every evening of it that has none of
    its own, past ones too. The events list counts those who said they would come
    (:func:`guests_coming`), its tooltip and the series table name them, the
    evening's page lists them all: one rule for all. Evenings without any: left
    out. A few queries for all ``evenings`` (:func:`_unknown`), not some per row.
    (Contacts the import links by address keep their attendance row on the one
    evening they were linked to: :func:`link_guests_by_address`.)"""
    which = {o.key: tuple(i for i in (o.event_id, o.series_id) if i is not None)
             for o in evenings}  # fmt: skip
    unknown = _unknown(j, which.values())
    return {key: unknown[w] for key, w in which.items() if w in unknown}


def guests_coming(
    j: Journal, evenings: Iterable[Occurrence]
) -> dict[tuple[int, dt.date | None], list[Invitee]]:
    """Per evening: its guests (:func:`evening_guests`) who accepted, as its page
    says it („hat zugesagt“). Not the organiser, whom the page names as inviting:
    counted, each imported invitation's organiser who is no contact made every
    such evening "Coming: 1"."""
    out = {}
    for key, people in evening_guests(j, evenings).items():
        if coming := [p for p in people if p.answer == "ACCEPTED" and not p.organiser]:
            out[key] = coming
    return out


def contacts_coming(j: Journal, o: Occurrence) -> list[int]:
    """The contacts among the guests of this evening's invitation (its own, else its
    series', as :func:`evening_guests` reads it) who accepted, by id: a guest linked
    to a contact (:func:`set_invitee_contact`), else the one contact with their
    address (as :func:`link_guests_by_address` links them; an address two contacts
    share tells no one). Not the organiser. In the invitation's order, once each."""
    kept = [invitees_of(j, i) for i in (o.event_id, o.series_id) if i is not None]
    people = next((ps for ps in kept if ps), [])
    coming = [p for p in people if p.answer == "ACCEPTED" and not p.organiser]
    if not coming:
        return []
    owners = contacts_by_email(j, [p.address for p in coming])
    linked = sorted({p.contact for p in coming if p.contact is not None})
    there = {c for (c,) in j.connection().execute(
        "SELECT id FROM contact WHERE id IN (SELECT value FROM json_each(?))",
        (ids_json(linked),),
    )} if linked else set()  # fmt: skip
    found = [p.contact if p.contact in there else owners.get(p.address.lower())
             for p in coming]  # fmt: skip
    return list(dict.fromkeys(c for c in found if c is not None))


def contacts_coming_to(
    j: Journal, evenings: Iterable[Occurrence]
) -> dict[tuple[int, dt.date | None], set[int]]:
    """:func:`contacts_coming` for many evenings at once (the events list's rows):
    per evening, the contacts its invitation (its own, else its series') says
    accepted — a series' answer holds for every evening of it without its own, as
    a guest's does (:func:`evening_guests`). The same few queries however many
    evenings. Evenings with none: left out."""
    which = {o.key: tuple(i for i in (o.event_id, o.series_id) if i is not None)
             for o in evenings}  # fmt: skip
    ids = sorted({i for w in which.values() for i in w})
    if not ids:
        return {}
    lists = _invitation_lists(j, ids)
    coming = {i: [p for p in ps if p.answer == "ACCEPTED" and not p.organiser]
              for i, ps in lists.items()}  # fmt: skip
    if not any(coming.values()):
        return {}
    owners = contacts_by_email(j, {p.address for ps in coming.values() for p in ps})
    linked = sorted({p.contact for ps in coming.values() for p in ps if p.contact is not None})
    there = {c for (c,) in j.connection().execute(
        "SELECT id FROM contact WHERE id IN (SELECT value FROM json_each(?))",
        (ids_json(linked),),
    )} if linked else set()  # fmt: skip
    out: dict[tuple[int, dt.date | None], set[int]] = {}
    for key, w in which.items():
        own = next((i for i in w if lists.get(i)), None)  # (the first that kept any)
        found = {p.contact if p.contact in there else owners.get(p.address.lower())
                 for p in coming.get(own, [])} - {None} if own is not None else set()  # fmt: skip
        if found:
            out[key] = {c for c in found if c is not None}
    return out


def set_invitee_contact(
    j: Journal, event_ids: Iterable[int | None], address: str, contact_id: int | None
) -> tuple[int, int | None] | None:
    """Link the guest of this ``address`` to a contact by id (None: unlink), in the
    invitation kept on the first of ``event_ids`` that names them (an evening's own,
    then its series'): from now on they are that contact, whatever addresses the
    contact has. Returns (that row, the link before) for an undo; None: no kept
    invitation names the address."""
    address = address.strip().lower()
    for event_id in (i for i in event_ids if i is not None):
        people = invitees_of(j, event_id)
        if not any(p.address == address for p in people):
            continue
        before = next(p.contact for p in people if p.address == address)
        items = [_item(replace(p, contact=contact_id) if p.address == address else p)
                 for p in people]  # fmt: skip
        with j.write() as changes:
            j.connection().execute(
                "UPDATE event SET invitation_people = ? WHERE id = ?",
                (json.dumps(items, ensure_ascii=False), event_id),
            )
            changes.events.add(event_id)
        return event_id, before
    return None


def move_invitee_links(j: Journal, old: int, new: int) -> list[tuple[int, str]]:
    """Guests linked to contact ``old`` linked to ``new`` instead (a merge: ``old``
    is gone, its guests are the kept contact). Returns (event row, address) of each
    link moved, for an undo (:func:`set_invitee_contact` back to ``old``)."""
    moved: list[tuple[int, str]] = []
    for event_id, text in (
        j.connection()
        .execute(
            "SELECT id, invitation_people FROM event"
            " WHERE instr(invitation_people, '\"contact\"') > 0"
        )
        .fetchall()
    ):
        people = _read(text)
        if any(p.contact == old for p in people):
            moved += [(int(event_id), p.address) for p in people if p.contact == old]
            items = [_item(replace(p, contact=new) if p.contact == old else p) for p in people]
            with j.write() as changes:
                j.connection().execute(
                    "UPDATE event SET invitation_people = ? WHERE id = ?",
                    (json.dumps(items, ensure_ascii=False), event_id),
                )
                changes.events.add(int(event_id))
    return moved


def guests_evening(j: Journal, series_id: int, today: dt.date) -> Occurrence | None:
    """The evening of a series its invitation's guests are linked to: the next one
    from ``today`` on that is not cancelled (None: none ahead)."""
    ahead = occurrences(j, today, today + dt.timedelta(days=400), [series_id])
    return next((o for o in ahead if not o.cancelled), None)


def link_guests_by_address(
    j: Journal, addresses: Mapping[int, Iterable[str]], today: dt.date
) -> list[tuple[int, int, bool]]:
    """Contacts who have just got e-mail ``addresses`` (per contact id: made, an
    address added by hand, a vCard import, a sync, a merge), linked as the .ics
    import links a contact by address: as having said they would come, wherever a
    kept invitation names that address as coming (the organiser, or accepted), if
    they are the one contact with it — to the single event, or a series' next
    evening that is not cancelled. Someone already recorded there stays as recorded.
    The one place this rule is applied for contacts; the caller's transaction.
    Returns (event row, contact id, whether this made the row) for an undo."""
    coming: dict[str, list[tuple[int, bool]]] = {}
    for event_id, series, text in j.connection().execute(
        "SELECT id, coalesce(rrule, '') != '', invitation_people FROM event"
        " WHERE invitation_people != ''"
    ):  # (one read of the few invitations kept, however many contacts came in)
        for p in _read(text):
            if p.coming:
                coming.setdefault(p.address.lower(), []).append((int(event_id), bool(series)))
    if not coming:
        return []
    wanted = {
        cid: {a.strip().lower() for a in given} & coming.keys() for cid, given in addresses.items()
    }
    owners = contacts_by_email(j, {a for found in wanted.values() for a in found})
    linked: list[tuple[int, int, bool]] = []
    for contact_id, found in wanted.items():
        rows = {e for a in found if owners.get(a) == contact_id for e in coming[a]}
        for event_id, series in sorted(rows):
            made, row = False, event_id
            if series:
                evening = guests_evening(j, event_id, today)
                if evening is None:
                    continue
                if evening.event_id is None:
                    row = ensure_occurrence(j, event_id, evening.occurrence_on).value
                    made = True
                else:
                    row = evening.event_id
            if contact_id not in {a.contact_id for a in attendance(j, [row]).get(row, [])}:
                set_attendance(j, row, contact_id, "going")
                linked.append((row, contact_id, made))
    return linked
