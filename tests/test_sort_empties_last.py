"""The contacts table sorted by an optional column: the filled cells first, the empty
ones last, in both directions; ties by the name in collation order (migration 0026)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dbfiles import connect as _dbconnect
from PySide6.QtCore import Qt
from uihelpers import TODAY

from netzjournal.store import summary
from netzjournal.store.collation import sort_key
from netzjournal.store.contacts import create_contact
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord, InteractionRecord
from netzjournal.ui.contacts.model import ContactsTableModel

# (given name, family name, organisation): "Ärzte" sorts before "Zahnärzte" (a
# bytewise order would put "Ä" after "Z"); two people share "Ärzte am Markt"; two
# have no organisation and one has only spaces, which is none either.
PEOPLE = (
    ("Anna", "Adler", "Zahnärzte Nord"),
    ("Emil", "Ebert", "Ärzte am Markt"),
    ("Bernd", "Brandt", "Ärzte am Markt"),
    ("Carla", "Conrad", ""),
    ("Dora", "Dietz", "   "),
    ("Frieda", "Albers", ""),
    ("Gustav", "Özdemir", " Bäckerei Ost"),
)


def _people(journal: Journal) -> dict[str, int]:
    ids = {}
    for given, family, organisation in PEOPLE:
        record = ContactRecord(given_name=given, family_name=family, organisation=organisation)
        created = create_contact(journal, record).value
        assert created is not None
        ids[family] = created.id
    return ids


def _families(ids: dict[str, int], got: list[int]) -> list[str]:
    by_id = {cid: family for family, cid in ids.items()}
    return [by_id[cid] for cid in got]


def test_empty_organisations_come_last_in_both_directions(journal: Journal) -> None:
    ids = _people(journal)
    conn = journal.connection()
    ascending = _families(ids, summary.contact_ids(conn, order="organisation"))
    descending = _families(ids, summary.contact_ids(conn, order="organisation", descending=True))
    empties = ["Albers", "Conrad", "Dietz"]  # by name, the spaces-only one among them
    assert ascending == ["Brandt", "Ebert", "Özdemir", "Adler", *empties]
    assert descending == ["Adler", "Özdemir", "Brandt", "Ebert", *empties]


def test_a_first_screen_is_the_head_of_the_whole_order(journal: Journal) -> None:
    """``limit`` (the first screen) cuts the same order, also across its empty part."""
    _people(journal)
    conn = journal.connection()
    for order in summary.ORDERS:
        for descending in (False, True):
            whole = summary.contact_ids(conn, order=order, descending=descending)
            assert len(whole) == len(PEOPLE)
            for limit in range(1, len(PEOPLE) + 2):
                head = summary.contact_ids(conn, order=order, descending=descending, limit=limit)
                assert head == whole[:limit], (order, descending, limit)


def test_every_optional_column_puts_its_empty_cells_last(journal: Journal) -> None:
    """Role, city, tags and last contact as organisation; closeness is never empty and
    breaks its ties by name in both directions too."""
    people = {}
    for family, text in (("Zorn", "Köln"), ("Adam", ""), ("Bach", "Aachen"), ("Mohr", " ")):
        record = ContactRecord(given_name="X", family_name=family, role=text, city=text,
                               tags=[text] if text.strip() else [], closeness=3)  # fmt: skip
        created = create_contact(journal, record).value
        assert created is not None
        people[family] = created.id
    for family in ("Zorn", "Bach"):
        create_interaction(journal, InteractionRecord(
            occurred_at=dt.datetime(2025, 1, 1 if family == "Zorn" else 2, 9),
            participants=[people[family]]))  # fmt: skip
    conn = journal.connection()
    for order in ("role", "city", "tags", "last_contact"):
        ascending = _families(people, summary.contact_ids(conn, order=order))
        descending = _families(people, summary.contact_ids(conn, order=order, descending=True))
        first, second = ("Zorn", "Bach") if order == "last_contact" else ("Bach", "Zorn")
        assert ascending == [first, second, "Adam", "Mohr"], order
        assert descending == [second, first, "Adam", "Mohr"], order
    for descending in (False, True):
        got = summary.contact_ids(conn, order="closeness", descending=descending)
        assert _families(people, got) == ["Adam", "Bach", "Mohr", "Zorn"]


def test_the_table_shows_the_empty_organisations_last(qtmodeltester, journal: Journal) -> None:
    ids = _people(journal)
    model = ContactsTableModel(journal, lambda: TODAY)
    model.set_view(False, None)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(ContactsTableModel.ORGANISATION, order)
        qtmodeltester.check(model)
        shown = [model.id_at(r) for r in range(model.rowCount())]
        assert _families(ids, shown)[-3:] == ["Albers", "Conrad", "Dietz"]
        cells = [model.index(r, ContactsTableModel.ORGANISATION).data() for r in range(4)]
        assert all(str(c).strip() for c in cells), cells


@pytest.mark.parametrize("organisation", ["  ", " Bäckerei Ost"])
def test_migration_0026_builds_the_indexes_and_the_keys_of_a_journal_from_before(
    tmp_path: Path, organisation: str
) -> None:
    """A journal from before 0026: its descending indexes are built, and a text with
    surrounding spaces (its key made with them) gets the key without them."""
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        ids = _people(j)
    raw = _dbconnect(path)
    old_key = sort_key(organisation).encode()  # as before 0026: spaces and all
    raw.execute(
        "UPDATE contact_summary SET organisation_key = ? WHERE contact_id = ?",
        (old_key, ids["Özdemir"]),
    )
    raw.execute("UPDATE contact SET organisation = ? WHERE id = ?", (organisation, ids["Özdemir"]))
    descending = "SELECT name FROM sqlite_master WHERE name LIKE 'contact_summary_%_desc'"
    for (name,) in raw.execute(descending).fetchall():
        raw.execute(f"DROP INDEX {name}")
    raw.executescript(
        "DELETE FROM schema_migration WHERE name LIKE '0026%';"
        " UPDATE meta SET value = '20' WHERE key = 'schema_version'; PRAGMA user_version = 20;"
    )
    raw.close()
    with Journal.open(path) as j:
        conn = j.connection()
        assert summary.stored_keys(conn) == summary.keys_from_scratch(conn)
        assert len(conn.execute(descending).fetchall()) == 6
        got = _families(ids, summary.contact_ids(conn, order="organisation"))
        if organisation.strip():
            assert got == ["Brandt", "Ebert", "Özdemir", "Adler", "Albers", "Conrad", "Dietz"]
        else:
            assert got[-4:] == ["Albers", "Conrad", "Dietz", "Özdemir"]
