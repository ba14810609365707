"""Exporting to a file: the format's bytes, written beside the target and only
then put in its place, so a cancelled or failed export leaves any earlier
file of that name as it was. Used by ``netzjournal export`` and File → Export….
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from netzjournal.interchange import writers
from netzjournal.progress import Progress, ignore
from netzjournal.store import journal_json
from netzjournal.store.contacts import get_contact
from netzjournal.store.journal import Journal
from netzjournal.store.listings import contact_uids
from netzjournal.store.records import ContactRecord

#: Format codes (vCard, CSV with commas, CSV with semicolons and German headers, JSON,
#: iCalendar, Markdown) and their file endings.
SUFFIX = {"vcf": ".vcf", "csv": ".csv", "csv;": ".csv", "json": ".json", "ics": ".ics", "md": ".md"}
#: The formats that are passed on: they hold the private fields only when asked.
PRIVATE_FIELDS_ASKED = frozenset(("vcf", "csv", "csv;"))


def _records(j: Journal, ids: list[int], progress: Progress) -> Iterator[ContactRecord]:
    for n, contact_id in enumerate(ids):
        if n % 100 == 0:
            progress("export", n, len(ids))
        yield get_contact(j, contact_id)
    progress("export", len(ids), len(ids))


def export_bytes(j: Journal, fmt: str, ids: list[int], today: dt.date,
                 progress: Progress = ignore, language: str = "en",
                 private: bool = False) -> bytes:  # fmt: skip
    """The export of these contacts (vcf, csv, md) or of the journal (json, ics);
    the Markdown is written in ``language`` (its words, dates and times). A vCard
    or CSV holds the journal's private fields (closeness, notes, tags …) only with
    ``private``: both are passed on; the JSON backup always holds everything."""
    if fmt == "json":
        return journal_json.export_text(j, progress).encode("utf-8")
    if fmt == "ics":
        progress("export", 0, 1)
        data = writers.ics(j, today)
        progress("export", 1, 1)
        return data
    if fmt == "md":
        parts = []
        for n, contact_id in enumerate(ids):
            progress("export", n, len(ids))
            parts.append(writers.markdown_person(j, contact_id, language))
        progress("export", len(ids), len(ids))
        return "\n".join(parts).encode("utf-8")
    if fmt == "vcf":
        by_id = {cid: uid for uid, cid in contact_uids(j).items()}  # for introductions
        cards = writers.vcard(_records(j, ids, progress), by_id, private=private)
        return cards.encode("utf-8")
    if fmt in ("csv", "csv;"):
        text = writers.csv_text(_records(j, ids, progress), ";" if fmt == "csv;" else ",",
                                private=private)  # fmt: skip
        return text.encode("utf-8-sig")  # with a BOM: Excel then reads UTF-8
    raise ValueError(f"unknown export format {fmt!r}")


def export_to(j: Journal, path: Path, fmt: str, ids: list[int], today: dt.date,
              progress: Progress = ignore, language: str = "en",
              private: bool = False, replace: bool = True) -> Path:  # fmt: skip
    """Export into ``path``: written beside it, flushed, then renamed over it (a new file
    is created 0600: an export holds private notes; see :mod:`private_files`; with
    ``replace`` False an existing file is refused, ``private_files.FileExists``). A
    :class:`~netzjournal.progress.Cancelled` raised by ``progress`` stops before
    anything is written."""
    from netzjournal.private_files import write_named

    data = export_bytes(j, fmt, ids, today, progress, language, private)
    return write_named(path, data, replace)
