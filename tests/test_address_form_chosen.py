"""Migration 0054: whether Sie/du was chosen, and the index of people without a language.

An import gave everyone the new-contact default (Sie) and the coach could not tell
it from a choice: it wrote "per Sie" as a fact to a du friend. A form is now
chosen when a person sets it or a file says it; the coach asks where it is not.
"""

from __future__ import annotations

import json

import peewee
import pytest
from conftest import person
from dbfiles import connect as _dbconnect
from playhouse.migrations import Runner

from netzjournal.coach import settings as coach_settings
from netzjournal.store.catalog import set_setting
from netzjournal.store.coach_data import count_without_language, without_language
from netzjournal.store.contacts import create_contact, get_contact
from netzjournal.store.journal import HISTORY_TABLE, MIGRATIONS_DIR, Journal, latest_schema


def _journal_before_0054(path, default_form: str | None) -> None:
    db = peewee.SqliteDatabase(str(path))
    Runner(db, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE).up("0043_event_zone")
    db.close()
    conn = _dbconnect(path)
    with conn:
        for cid, (name, form) in enumerate((("Jana", "sie"), ("Ben", "du")), start=1):
            conn.execute(
                "INSERT INTO contact (id, given_name, family_name, organisation, closeness,"
                " address_form, language, cadence_never, archived, created_at, updated_at,"
                " topics, notes, display_name, salutation, title_prefix, department, role,"
                " hierarchy, city, source, source_detail, met_on, cadence_days)"
                " VALUES (?, ?, 'Test', '', 3, ?, 'de', 0, 0, '2020-01-01', '2020-01-01',"
                " '', '', '', '', '', '', '', '', '', '', '', '2020-01-01', NULL)",
                (cid, name, form),
            )
        if default_form is not None:
            conn.execute(
                "INSERT INTO setting (key, value) VALUES ('coach', ?)",
                (json.dumps({"new_contact_address_form": default_form}),),
            )
    conn.close()


@pytest.mark.parametrize("default_form", [None, "sie", "du"])
def test_the_migration_counts_only_the_form_other_than_the_default_as_chosen(
    tmp_path, default_form
):
    """What an old journal can tell: a form other than the journal's default for new
    contacts was set by someone; one equal to it may be the import's default."""
    path = tmp_path / "journal.sqlite3"
    _journal_before_0054(path, default_form)
    with Journal.open(path, backup_dir=tmp_path / "b") as j:
        assert j.schema_version == latest_schema()
        chosen = {get_contact(j, i).given_name: get_contact(j, i).address_form_chosen
                  for i in (1, 2)}  # fmt: skip
    default = default_form or "sie"
    assert chosen == {"Jana": default != "sie", "Ben": default != "du"}


def test_made_with_the_defaults_is_not_chosen_and_a_record_s_own_is(journal):
    made = create_contact(journal, coach_settings.new_contact(journal, "de", person("A", "B")))
    assert not get_contact(journal, made.value.id).address_form_chosen
    own = create_contact(journal, person("C", "D", address_form="du")).value
    assert get_contact(journal, own.id).address_form_chosen


def test_an_import_chooses_only_what_its_file_says(journal, tmp_path):
    from netzjournal.interchange.importer import apply_import, plan_import, read_paths

    set_setting(journal, coach_settings.KEY, {"new_contact_address_form": "du"})
    cards = tmp_path / "people.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nN:Doe;Jane;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jens Dohm\r\nN:Dohm;Jens;;;\r\n"
        "X-NETZJOURNAL-ADDRESS-FORM:sie\r\nEND:VCARD\r\n"
        # Our own export leaves out the default Sie (as German): its card says it.
        "BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//netzjournal//1.0//EN\r\n"
        "FN:Ida Pohl\r\nN:Pohl;Ida;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    outcome = apply_import(journal, plan_import(journal, read_paths([cards])), language="de")
    made = {c.name: (c.address_form, c.address_form_chosen)
            for c in map(lambda i: get_contact(journal, i), outcome.created)}  # fmt: skip
    assert made == {"Jane Doe": ("du", False), "Jens Dohm": ("sie", True),
                    "Ida Pohl": ("sie", True)}  # fmt: skip


def test_people_without_a_language_are_read_from_their_own_index(journal):
    """The coach counted them by reading every contact (6.5 ms of CPU on 50,000, at
    each refresh while a listed card had no language): the partial index holds only
    them."""
    for n, language in enumerate(("", "de", "", "en")):
        create_contact(journal, person(f"P{n}", "Test", language=language))
    create_contact(journal, person("Alt", "Test", language="", archived=True))
    conn = journal.connection()
    for sql in (
        "SELECT count(*) FROM contact WHERE language = '' AND archived = 0",
        "SELECT id FROM contact WHERE language = '' AND archived = 0 ORDER BY id",
    ):
        plan = " ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "USING COVERING INDEX contact_no_language" in plan, plan
    assert count_without_language(journal) == len(without_language(journal)) == 2


def test_the_contact_editor_chooses_a_form_it_changes(qtbot, journal):
    """Another field edited leaves the import's default not chosen; the form set in
    the editor is chosen."""
    from netzjournal.ui.contacts.editor import ContactEditor

    rec = create_contact(journal, coach_settings.new_contact(journal, "de", person("A", "B")))
    editor = ContactEditor(journal, get_contact(journal, rec.value.id))
    qtbot.addWidget(editor)
    editor.city.setText("Köln")
    edited = editor.record()
    assert edited is not None and not edited.address_form_chosen
    editor.address_form.setCurrentIndex(editor.address_form.findData("du"))
    edited = editor.record()
    assert edited is not None and (edited.address_form, edited.address_form_chosen) == ("du", True)
