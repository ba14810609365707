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


def list_openers(j: Journal) -> list[OpenerTemplateRecord]:
    """The user's own opener templates, oldest first."""
    rows = j.connection().execute(
        "SELECT id, category, language, address_form, body, subject FROM opener_template"
        " ORDER BY id"
    )
    return [OpenerTemplateRecord(r[1], r[2], r[3], r[4], r[5] or "", r[0]) for r in rows]
