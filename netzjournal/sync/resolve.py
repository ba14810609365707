"""The user's answers to what a sync could not decide (no Qt; the window calls these).

- A conflict (a contact field both sides changed): keep the journal's value
  (the conflict is closed; the server already has it), or take the server's
  (the contact is updated — the next sync sends it up as an ordinary edit).
- An Inbox entry: say who it is about (``sync_state.assign_inbox``).
"""

from __future__ import annotations

from netzjournal.store import sync_state as state
from netzjournal.store.contacts import get_contact, update_contact
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_uids
from netzjournal.sync.fields import apply_fields, to_fields


def contact_label(j: Journal, conflict: state.Conflict) -> str:
    """Who the conflict is about, as the pickers name them (a namesake with their
    organisation or city: two Anna Schmidts' conflicts read alike)."""
    from netzjournal.store.people import person_choices

    ids = contact_uids(j)
    if conflict.uid in ids:
        choice = person_choices(j, [ids[conflict.uid]]).get(ids[conflict.uid])
        if choice is not None and choice.label:
            return choice.label
        c = get_contact(j, ids[conflict.uid])
        return c.name or c.organisation
    return conflict.uid


def keep_journal_value(j: Journal, conflict_id: int) -> None:
    state.resolve_conflict(j, conflict_id)


def take_server_value(j: Journal, conflict_id: int) -> None:
    """Put the server's value into the contact and close the conflict, in one transaction."""
    [conflict] = [c for c in state.open_conflicts(j) if c.id == conflict_id]
    with j.write():
        ids = contact_uids(j)
        if conflict.kind == "contact" and conflict.uid in ids:
            contact = get_contact(j, ids[conflict.uid])
            fields = to_fields(contact)
            fields[conflict.field] = conflict.server_value
            update_contact(j, apply_fields(contact, fields))
        state.resolve_conflict(j, conflict_id)
