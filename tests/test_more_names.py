"""Additional names, honorific suffix and nickname (migration 0014): stored from an
imported vCard, kept by the store, written again on export (round trip lossless)."""

from __future__ import annotations

from pathlib import Path

import vobject
from dbfiles import connect as _dbconnect

from netzjournal.interchange import writers
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.interchange.vcard import read_vcards
from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.journal import Journal, latest_schema
from netzjournal.store.listings import contact_rows
from netzjournal.store.records import ContactRecord

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. John Quincy Public Jr.\r\n"
    "N:Public;John;Quincy,Adams;Dr.;Jr.,MBA\r\nNICKNAME:Johnny\\, JQ\r\n"
    "EMAIL:jqp@example.com\r\nEND:VCARD\r\n"
)


def test_an_imported_card_keeps_its_middle_names_suffix_and_nickname(tmp_path: Path) -> None:
    source = tmp_path / "card.vcf"
    source.write_text(CARD, encoding="utf-8")
    with Journal.open(tmp_path / "j.sqlite3") as j:
        outcome = apply_import(j, plan_import(j, read_paths([source])))
        (cid,) = outcome.created
        c = get_contact(j, cid)
        assert (c.additional_names, c.honorific_suffix, c.nickname) == (
            "Quincy, Adams", "Jr., MBA", "Johnny, JQ"
        )  # fmt: skip
        text = writers.vcard([c])
    assert "N:Public;John;Quincy,Adams;Dr.;Jr.,MBA" in text.splitlines()
    assert "NICKNAME:Johnny\\, JQ" in text.splitlines()
    card = next(vobject.readComponents(text))
    assert card.n.value.additional == ["Quincy", "Adams"] and card.n.value.suffix == ["Jr.", "MBA"]
    # export → import: the same again
    (back,) = read_vcards(text.encode()).contacts
    again = back.to_record()
    assert (again.additional_names, again.honorific_suffix, again.nickname) == (
        c.additional_names, c.honorific_suffix, c.nickname
    )  # fmt: skip


def test_the_store_keeps_them_through_edits_and_merges(journal: Journal) -> None:
    c = create_contact(
        journal, ContactRecord(given_name="Ada", additional_names="Augusta", nickname="Ada")
    ).value
    c.honorific_suffix = "Countess"
    update_contact(journal, c, base=get_contact(journal, c.id))
    again = get_contact(journal, c.id)
    assert (again.additional_names, again.honorific_suffix, again.nickname) == (
        "Augusta", "Countess", "Ada"
    )  # fmt: skip


def test_the_migration_adds_empty_names_to_an_older_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        create_contact(j, ContactRecord(given_name="Ola", family_name="Özdemir"))
    before = latest_schema() - 1
    raw = _dbconnect(path)
    for column in ("additional_names", "honorific_suffix", "nickname"):
        raw.execute(f"ALTER TABLE contact DROP COLUMN {column}")
    raw.executescript(
        "DELETE FROM schema_migration WHERE name LIKE '0014%';"
        f"UPDATE meta SET value = '{before}' WHERE key = 'schema_version';"
        f"PRAGMA user_version = {before};"
    )
    raw.close()
    with Journal.open(path) as j:
        (row,) = contact_rows(j)
        c = get_contact(j, row.id)
        assert (c.given_name, c.additional_names, c.honorific_suffix, c.nickname) == (
            "Ola", "", "", ""
        )  # fmt: skip
