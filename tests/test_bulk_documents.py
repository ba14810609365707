"""The bulk path's search documents equal the row-by-row path's.

A bulk load (an import) folds all of its contacts' documents in one pass
(``folding.fold_many``: ``store/bulk.py``, ``fulltext.contact_documents``); the
row-by-row definition is ``contact_document`` on each row, folding each text on its own.
Both must give the same index, and so the same search results.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store import fulltext
from netzjournal.store.bulk import bulk_load
from netzjournal.store.contacts import create_contact
from netzjournal.store.folding import fold, fold_many
from netzjournal.store.journal import Journal
from netzjournal.store.records import Channel, ContactRecord

DATA = Path(__file__).parent / "data" / "contacts"
# Letters that fold to more than one letter, combine, or touch ae/oe/ue; and NUL,
# which fold_many joins the texts with.
GERMANISH = st.sampled_from(list("aeouäöüßÄÖÜẞéøæœłþıǿ ﬁ①Œ\u0301\u0308Ωᾧ가 -\x00\n"))
TEXTS = st.lists(st.one_of(st.text(max_size=40), st.text(GERMANISH, max_size=200)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_folding_many_equals_folding_each(texts: list[str]) -> None:
    assert fold_many(texts) == [fold(t) for t in texts]


def test_folding_many_with_many_distinct_letters_and_none() -> None:
    texts = ["".join(chr(c) for c in range(0x400, 0x500)), "Müller", "", "Straße"]
    assert fold_many(texts) == [fold(t) for t in texts]
    # "ǿ" folds to "ø", which folds on to "o": replaced one after the other, "ǿ"
    # would become "o" too
    texts = ["Søren Ǿstergaard", "ǾØ ǿø", "KELVIN \u212a ᴬᵉ"]
    assert (
        fold_many(texts) == [fold(t) for t in texts] == ["soren østergaard", "øo øo", "kelvin k Ae"]
    )
    assert fold_many([]) == []
    assert fold_many([""]) == [""]


ROW = st.tuples(
    st.integers(1, 10**6),
    *[st.one_of(st.none(), st.just(""), st.text(GERMANISH, max_size=30), st.text(max_size=20))
      for _ in range(15)],
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(ROW, max_size=8))
def test_contact_documents_equal_one_by_one(rows: list[tuple[object, ...]]) -> None:
    assert fulltext.contact_documents(rows) == [fulltext.contact_document(r) for r in rows]


def test_contact_documents_take_numbers_as_the_row_path_does() -> None:
    row = (3, "Ann", 42, None, "", "Ä", 0, "Köln", None, "x", "", "", "", "", "", "")
    assert fulltext.contact_documents([row]) == [fulltext.contact_document(row)]


def _one_by_one(j: Journal) -> dict[int, tuple[str, str]]:
    """Every contact's document by the row-by-row definition (one fold per text)."""
    ids = "[" + ",".join(str(i) for i in rows_made(j)) + "]"
    rows = j.connection().execute(fulltext._CONTACT_DOCS, (ids,)).fetchall()
    return {rowid: (name, body) for rowid, name, body in map(fulltext.contact_document, rows)}


QUERIES = ("müller", "mueller", "strasse", "köln", "koeln", "a", "ka", "berg", "gmbh", "@",
           "example", "dr", "zur", "ø", "jo")  # fmt: skip


def rows_made(j: Journal) -> list[int]:
    return [i for (i,) in j.connection().execute("SELECT id FROM contact")]


def _found(j: Journal) -> list[object]:
    return [
        (fulltext.matching_contact_ids(j, q), [h.id for h in fulltext.search(j, q)])
        for q in QUERIES
    ]


def test_an_import_indexes_exactly_as_row_by_row(tmp_path: Path) -> None:
    # Every vCard of the test data, imported in one bulk load; then the same people
    # written one by one into a second journal: the same documents, the same hits.
    files = sorted(DATA.rglob("*.vcf"))
    assert len(files) > 10
    with Journal.open(tmp_path / "bulk.sqlite3") as bulk:
        plan = plan_import(bulk, read_paths(files))
        created = apply_import(bulk, plan).created
        assert len(created) > 20
        documents = fulltext.index_snapshot(bulk)
        contacts = {rowid: doc for rowid, doc in documents.items() if rowid % 2 == 0}
        assert contacts == _one_by_one(bulk)
        assert fulltext.contact_index_snapshot(bulk) == {r // 2: d for r, d in contacts.items()}
        records = [row.contact.to_record() for row in plan.rows if row.action == "create"]
        found = _found(bulk)
        with Journal.open(tmp_path / "rows.sqlite3") as rows:
            for record in records:  # (as apply_import names them: same ids, same texts)
                if not record.name and not record.organisation:
                    record.display_name = (record.emails() or ["?"])[0]
                create_contact(rows, record)
            assert rows_made(rows) == created
            assert fulltext.index_snapshot(rows) == _one_by_one(rows)
            assert _found(rows) == found


def test_a_large_bulk_load_indexes_exactly_as_row_by_row(tmp_path: Path) -> None:
    names = ("Jörg Müller", "Anna Weiß", "Zoë Ærø", "Łukasz Dąbrowski", "Ὀδυσσεύς Λαέρτου",
             "李 小龍")  # fmt: skip
    records = [
        ContactRecord(
            id=n + 1,
            given_name=names[n % 6].split()[0],
            family_name=names[n % 6].split()[1] + str(n),
            organisation="Straßenbau Köln" if n % 3 else "",
            city="Zürich" if n % 2 else "Göttingen",
            notes="Queue\x00aee" if n == 7 else f"Kaffee bei Ülkü {n}",
            tags=["Presse", "Über"][: n % 3],
            channels=[Channel("email", f"p{n}@straße.example")],
        )
        for n in range(600)
    ]
    with Journal.open(tmp_path / "j.sqlite3") as j:
        bulk_load(j, records, [], [])
        documents = fulltext.index_snapshot(j)
        assert documents == _one_by_one(j)
        assert fulltext.contact_index_snapshot(j) == {r // 2: d for r, d in documents.items()}
        assert fulltext.matching_contact_ids(j, "muller ulku") == {
            r.id for r in records if "Müller" in r.family_name
        }
