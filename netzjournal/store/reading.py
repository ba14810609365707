"""Settings and opener templates as the coach reads them (their writes: catalog)."""

from __future__ import annotations

import json

from netzjournal.store.journal import Journal
from netzjournal.store.records import OpenerTemplateRecord


def get_setting(j: Journal, key: str, default: object = None) -> object:
    """A setting's value (JSON-decoded), or ``default`` when unset."""
    row = j.connection().execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except ValueError:
        return default


# The user's own e-mail addresses (Settings → General): an invitation's ATTENDEE with
# one of them is the user, whose PARTSTAT is the user's answer.
OWN_ADDRESSES = "user.emails"


def own_addresses(j: Journal) -> set[str]:
    """The user's own e-mail addresses, lower case."""
    value = get_setting(j, OWN_ADDRESSES, [])
    items = value if isinstance(value, list) else []
    return {str(a).strip().lower() for a in items if "@" in str(a)}


def list_openers(j: Journal) -> list[OpenerTemplateRecord]:
    """The user's own opener templates, oldest first."""
    rows = j.connection().execute(
        "SELECT id, category, language, address_form, body, subject FROM opener_template"
        " ORDER BY id"
    )
    return [OpenerTemplateRecord(r[1], r[2], r[3], r[4], r[5] or "", r[0]) for r in rows]
