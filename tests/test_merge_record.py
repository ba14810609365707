"""The record of merges (migration 0055): where a merged-away contact's id went.

Real journals in tmp_path (the ``journal`` fixture: plain, or encrypted in the
encrypted run)."""

from __future__ import annotations

import pytest
from conftest import person

from netzjournal.store import cipher
from netzjournal.store.contacts import create_contact, delete_contacts, merge_contacts
from netzjournal.store.erasure import erase_person
from netzjournal.store.merges import as_was, keep_as_was, merged_into
from netzjournal.store.snapshots import restore_snapshot, snapshot_contacts


def _three(journal) -> tuple[int, int, int]:
    ids = [
        create_contact(journal, person(given, "Roth", city=city)).value.id or 0
        for given, city in (("Anna", "Kassel"), ("Anna", "Leipzig"), ("Anna", "Bonn"))
    ]
    return ids[0], ids[1], ids[2]


def test_a_merge_records_where_the_contact_went_and_an_undo_ends_it(journal):
    kassel, leipzig, bonn = _three(journal)
    assert merged_into(journal, leipzig) is None
    snap = snapshot_contacts(journal, [kassel, leipzig])
    merge_contacts(journal, kassel, leipzig)
    assert merged_into(journal, leipzig) == kassel
    assert merged_into(journal, kassel) is None  # (not merged away: nothing to follow)
    restore_snapshot(journal, snap)  # the merge's undo puts her row back
    assert merged_into(journal, leipzig) is None
    # Merged on: Leipzig went into Kassel, Kassel into Bonn; Leipzig's id leads to Bonn.
    merge_contacts(journal, kassel, leipzig)
    merge_contacts(journal, bonn, kassel)
    assert merged_into(journal, leipzig) == bonn
    delete_contacts(journal, [bonn])  # deleted since: no contact to lead to
    assert merged_into(journal, leipzig) is None


def test_the_record_is_written_in_the_merge_s_transaction(journal):
    kassel, leipzig, _ = _three(journal)
    journal.connection().execute(
        "CREATE TEMP TRIGGER refuse_merge BEFORE INSERT ON contact_merge BEGIN"
        " SELECT RAISE(ABORT, 'refused'); END"
    )
    # The record refused: the whole merge is undone (both contacts still there).
    with pytest.raises(cipher.IntegrityError, match="refused"):
        merge_contacts(journal, kassel, leipzig)
    assert journal.connection().execute(
        "SELECT count(*) FROM contact WHERE id IN (?, ?)", (kassel, leipzig)
    ).fetchone() == (2,)


def test_the_contact_as_it_was_is_kept_for_its_draft_and_erased_with_the_person(journal):
    from netzjournal.store.contacts import get_contact

    kassel, leipzig, _ = _three(journal)
    was = get_contact(journal, leipzig)
    merge_contacts(journal, kassel, leipzig)
    assert as_was(journal, leipzig) is None  # kept only when asked (a draft waiting)
    keep_as_was(journal, was)
    assert as_was(journal, leipzig) == was
    erase_person(journal, kassel, with_sole_notes=False)
    assert as_was(journal, leipzig) is None  # her details were part of Kassel's person
    assert journal.connection().execute("SELECT count(*) FROM contact_merge").fetchone() == (0,)
