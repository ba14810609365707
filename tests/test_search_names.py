"""A contact's nickname and middle names are searchable (migration 0018): the contacts
filter, the global search and the people pickers find "Kalle" for Karl — written row
by row, loaded in bulk (a vCard import), or already in a journal from before."""

from __future__ import annotations

from pathlib import Path

from dbfiles import connect as _dbconnect
from PySide6.QtCore import Qt

from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store import fulltext
from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.folding import fold
from netzjournal.store.journal import Journal, latest_schema
from netzjournal.store.people import search_people
from netzjournal.store.records import ContactRecord
from netzjournal.ui.people_model import PeopleCompletionModel


def karl(**kw: str) -> ContactRecord:
    fields = {"given_name": "Karl", "family_name": "Berger", "organisation": "Weserbogen"}
    return ContactRecord(**(fields | kw))  # type: ignore[arg-type]


def found_everywhere(j: Journal, text: str) -> tuple[set[int] | None, list[int], list[int]]:
    """(contacts filter, global search's contacts, picker) for ``text``."""
    return (
        fulltext.matching_contact_ids(j, text),
        [h.id for h in fulltext.search(j, text, kind="contact")],
        [c.id for c in search_people(j, text)],
    )


def documents_as_rebuilt(j: Journal) -> None:
    """The contacts' documents, both tables, are what a rebuild from the rows gives."""
    before = fulltext.index_snapshot(j), fulltext.contact_index_snapshot(j)
    with j.write():
        fulltext.rebuild(j)
    assert (fulltext.index_snapshot(j), fulltext.contact_index_snapshot(j)) == before


def test_nickname_and_middle_names_find_the_person(journal: Journal) -> None:
    k = create_contact(
        journal, karl(additional_names="Heinz, Otto", nickname="Kalle", notes="Kaffee")
    ).value.id
    other = create_contact(journal, karl(organisation="Acme")).value.id  # a namesake
    create_contact(journal, ContactRecord(given_name="Heinz", family_name="Ahrens"))
    for text in ("Kalle", "kal", "Otto", "Heinz Berger", "Kalle Weserbogen"):
        assert found_everywhere(journal, text) == ({k}, [k], [k]), text
    assert fulltext.matching_contact_ids(journal, "Karl Berger") == {k, other}
    # a word of their notes: the filter and search, not the picker (names only), as before
    assert found_everywhere(journal, "Kaffee") == ({k}, [k], [])
    # the suffix is in the body: the filter and search find it, the picker (names,
    # organisation, city) does not offer by it, as it does not by role
    c = get_contact(journal, k)
    c.honorific_suffix = "MdB"
    update_contact(journal, c, base=get_contact(journal, k))
    assert found_everywhere(journal, "MdB") == ({k}, [k], [])
    # cleared again: not found any more
    c = get_contact(journal, k)
    c.nickname = ""
    update_contact(journal, c, base=get_contact(journal, k))
    assert found_everywhere(journal, "Kalle") == (set(), [], [])
    documents_as_rebuilt(journal)


def test_the_picker_and_the_global_search_say_why(journal: Journal, qtmodeltester) -> None:
    k = create_contact(journal, karl(additional_names="Heinz", nickname="Kalle")).value.id
    create_contact(journal, karl(organisation="Acme"))  # a namesake: details as before
    (choice,) = search_people(journal, "Kalle")
    assert (choice.id, choice.label, choice.known_as) == (k, "Karl Berger · Weserbogen", "Kalle")
    (choice,) = search_people(journal, "Heinz")
    assert choice.known_as == "Karl Heinz Berger"
    # found by the name itself: nothing added
    assert {c.known_as for c in search_people(journal, "Karl")} == {""}
    assert {c.label for c in search_people(journal, "Karl")} == {
        "Karl Berger · Weserbogen", "Karl Berger · Acme"
    }  # fmt: skip
    model = PeopleCompletionModel(journal)
    qtmodeltester.check(model)
    model.set_filter("Kalle")
    qtmodeltester.check(model)
    index = model.index(0, 0)
    assert model.data(index) == "Karl Berger (Kalle) · Weserbogen"
    assert model.data(index, Qt.ItemDataRole.EditRole) == "Karl Berger · Weserbogen"
    (hit,) = fulltext.search(journal, "Kalle", kind="contact")
    assert hit.snippet == "Kalle"
    (hit,) = fulltext.search(journal, "Heinz", kind="contact")
    assert hit.snippet == "Karl Heinz Berger"
    (hit,) = fulltext.search(journal, "Berger Weserbogen", kind="contact")
    assert hit.snippet == "Weserbogen"  # as before


def test_an_older_journal_finds_them_after_migration_0018(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        k = create_contact(j, karl(additional_names="Heinz", nickname="Kalle")).value.id
        s = create_contact(j, karl(given_name="Sam", honorific_suffix="Jr.")).value.id
        plain = create_contact(j, karl(given_name="Anna")).value.id
        untouched = fulltext.index_snapshot(j)[2 * plain]
    # As 0014..0017 left it: the documents without the three fields.
    raw = _dbconnect(path)
    for cid, given in ((k, "Karl"), (s, "Sam")):
        name, body = fold(f"{given}\nBerger"), fold("Weserbogen")
        raw.execute("UPDATE search_index SET name = ?, body = ? WHERE rowid = ?",
                    (name, body, 2 * cid))  # fmt: skip
        raw.execute("UPDATE contact_search SET name = ?, body = ? WHERE rowid = ?",
                    (name, body, cid))  # fmt: skip
    before = latest_schema() - 1
    raw.executescript(
        "DELETE FROM schema_migration WHERE name LIKE '0018%';"
        f"UPDATE meta SET value = '{before}' WHERE key = 'schema_version';"
        f"PRAGMA user_version = {before};"
    )
    for table in ("search_index", "contact_search"):  # (the test can see)
        sql = f"SELECT count(*) FROM {table} WHERE {table} MATCH 'kalle OR heinz OR jr'"
        assert raw.execute(sql).fetchone()[0] == 0
    raw.close()
    with Journal.open(path) as j:
        assert found_everywhere(j, "Kalle") == ({k}, [k], [k])
        assert found_everywhere(j, "Heinz") == ({k}, [k], [k])
        assert fulltext.matching_contact_ids(j, "Jr") == {s}
        assert fulltext.index_snapshot(j)[2 * plain] == untouched
        documents_as_rebuilt(j)


def test_the_migration_leaves_people_without_such_names_alone(tmp_path: Path) -> None:
    """Only contacts with one of the fields get new documents (quick on a big journal)."""
    from importlib import import_module

    migration = import_module("netzjournal.store.migrations.0018_names_searchable")
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as j:
        for n in range(20):
            create_contact(j, karl(given_name=f"Anna{n}"))
        create_contact(j, karl(nickname="Kalle"))
    raw = _dbconnect(path)
    assert len(raw.execute(migration.DOCUMENTS).fetchall()) == 1
    raw.close()


CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Karl Berger\r\nN:Berger;Karl;Heinz;;\r\n"
    "NICKNAME:Kalle\r\nORG:Weserbogen\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Johanna Public\r\nN:Public;Johanna;Quincy;;PhD\r\n"
    "NICKNAME:Jojo\r\nEND:VCARD\r\n"
)


def test_a_bulk_import_makes_them_searchable(tmp_path: Path) -> None:
    source = tmp_path / "cards.vcf"
    source.write_text(CARDS, encoding="utf-8")
    with Journal.open(tmp_path / "journal.sqlite3") as j:
        create_contact(j, karl(organisation="Acme"))  # a namesake already there
        outcome = apply_import(j, plan_import(j, read_paths([source])))
        k, jo = sorted(outcome.created)
        assert get_contact(j, k).nickname == "Kalle"
        assert found_everywhere(j, "Kalle") == ({k}, [k], [k])
        assert found_everywhere(j, "Heinz") == ({k}, [k], [k])
        assert found_everywhere(j, "Jojo") == ({jo}, [jo], [jo])
        assert found_everywhere(j, "Quincy Pub") == ({jo}, [jo], [jo])
        assert fulltext.matching_contact_ids(j, "PhD") == {jo}
        (choice,) = search_people(j, "Kalle")
        assert choice.label == "Karl Berger · Weserbogen"  # namesake detail as before
        documents_as_rebuilt(j)
