"""Frau/Herr for the German Sie greeting (migration 0062): read where files say it,
kept verbatim for the vCard written back, chosen on the coach's card or neutral,
and kept through merges and re-imports.

„Guten Tag Lena Schubert," is what the coach writes without a salutation; people
want „Guten Tag Frau Schubert," where the journal knows it — never guessed from a
first name.
"""

from __future__ import annotations

import datetime as dt

import peewee
import pytest
from conftest import note, person
from dbfiles import connect as _dbconnect
from playhouse.migrations import Runner

from netzjournal.coach.engine import suggest
from netzjournal.commands.coach import ChooseSalutation
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.interchange.model import split_prefix
from netzjournal.interchange.vcard import read_vcards
from netzjournal.interchange.writers import vcard
from netzjournal.store.contacts import (
    create_contact,
    get_contact,
    merge_contacts,
    set_salutation,
    update_contact,
)
from netzjournal.store.interactions import create_interaction
from netzjournal.store.journal import HISTORY_TABLE, MIGRATIONS_DIR, Journal, latest_schema

TODAY = dt.date(2026, 6, 15)


def _card(prefix: str, family: str = "Schubert", given: str = "Lena") -> str:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{given} {family}\r\n"
        f"N:{family};{given};;{prefix};\r\nEND:VCARD\r\n"
    )


def _import(journal: Journal, tmp_path, text: str, name: str = "people.vcf") -> list[int]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    outcome = apply_import(journal, plan_import(journal, read_paths([path])), language="de")
    return outcome.created + outcome.merged


def test_the_migration_adds_both_columns_empty_to_an_older_journal(tmp_path):
    path = tmp_path / "journal.sqlite3"
    db = peewee.SqliteDatabase(str(path))
    Runner(db, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE).up("0061_not_duplicates")
    db.close()
    conn = _dbconnect(path)
    with conn:
        conn.execute(
            "INSERT INTO contact (id, given_name, family_name, organisation, closeness,"
            " address_form, language, cadence_never, archived, created_at, updated_at,"
            " topics, notes, display_name, salutation, title_prefix, department, role,"
            " hierarchy, city, source, source_detail, met_on, cadence_days)"
            " VALUES (1, 'Lena', 'Schubert', '', 3, 'sie', 'de', 0, 0, '2020-01-01',"
            " '2020-01-01', '', '', '', 'Frau', 'Dr.', '', '', '', '', '', '', NULL, NULL)"
        )
    conn.close()
    with Journal.open(path, backup_dir=tmp_path / "b") as j:
        assert j.schema_version == latest_schema() and latest_schema() >= 62
        c = get_contact(j, 1)
    assert (c.salutation, c.title_prefix, c.name_prefix, c.salutation_neutral) == (
        "Frau",
        "Dr.",
        "",
        False,
    )


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("Frau", ("Frau", "")),
        ("Frau Dr.", ("Frau", "Dr.")),
        ("Herr Prof. Dr.", ("Herr", "Prof. Dr.")),
        ("Fr. Dr.", ("Frau", "Dr.")),
        ("Hr.", ("Herr", "")),
        ("Mrs.", ("Frau", "")),
        ("Ms.", ("Frau", "")),
        ("Mr.", ("Herr", "")),
        ("Dr. Mr.", ("Herr", "Dr.")),
        ("Dr.", ("", "Dr.")),
        ("Herr/Frau", ("", "Herr/Frau")),  # says no one person's
        ("Mr. & Mrs.", ("", "Mr. & Mrs.")),
        ("Herrmann", ("", "Herrmann")),  # no salutation inside another word
        ("", ("", "")),
    ],
)
def test_a_name_prefix_says_frau_or_herr_and_the_title(prefix, expected):
    assert split_prefix(prefix) == expected


def test_vcard_prefixes_give_the_salutation_and_mrs_is_written_back(journal, tmp_path):
    """An English card's "Mrs." greets „Guten Tag Frau Schubert," and an export
    writes „Mrs." back (the card's own word); a German "Frau,Dr." needs nothing kept."""
    ids = _import(
        journal,
        tmp_path,
        _card("Mrs.") + _card("Frau,Dr.", "Weber", "Jana") + _card("Dr.", "Krause", "Kim"),
    )
    got = {c.family_name: c for c in (get_contact(journal, i) for i in ids)}
    assert (
        got["Schubert"].salutation,
        got["Schubert"].title_prefix,
        got["Schubert"].name_prefix,
    ) == ("Frau", "", "Mrs.")
    assert (got["Weber"].salutation, got["Weber"].title_prefix, got["Weber"].name_prefix) == (
        "Frau",
        "Dr.",
        "",
    )
    assert (got["Krause"].salutation, got["Krause"].title_prefix) == ("", "Dr.")
    written = vcard(list(got.values()), private=False)
    assert "N:Schubert;Lena;;Mrs.;" in written
    assert "N:Weber;Jana;;Frau,Dr.;" in written
    # The salutation changed since: the journal's, not the card's stale word.
    schubert = got["Schubert"]
    schubert.salutation = "Herr"
    assert "N:Schubert;Lena;;Herr;" in vcard([schubert], private=False)


def test_csv_columns_anrede_salutation_title_and_prefix_are_read(journal, tmp_path):
    xing = tmp_path / "xing.csv"
    xing.write_text("Anrede;Titel;Vorname;Nachname\nFrau;Dr.;Ulrike;Brandes\n", "utf-8")
    english = tmp_path / "outlook.csv"
    english.write_text("Title,First Name,Last Name\nMs.,Jane,Clarke\n", "utf-8")
    hand = tmp_path / "list.csv"
    hand.write_text("Salutation,Prefix,First Name,Last Name\nMr.,Prof.,Tom,Baker\n", "utf-8")
    plan = plan_import(journal, read_paths([xing, english, hand]))
    ids = apply_import(journal, plan, language="de").created
    got = {
        c.family_name: (c.salutation, c.title_prefix)
        for c in map(lambda i: get_contact(journal, i), ids)
    }
    assert got == {"Brandes": ("Frau", "Dr."), "Clarke": ("Frau", ""), "Baker": ("Herr", "Prof.")}


def _greeting(journal: Journal, contact_id: int) -> str:
    result = suggest(journal, TODAY, limit=10)
    (s,) = [x for x in result.suggestions if x.contact_id == contact_id]
    return s.openers[0].body.splitlines()[0] if s.openers else ""


def _due(journal: Journal, **kw: object) -> int:
    c = create_contact(journal, person("Lena", "Schubert", closeness=5, **kw)).value
    assert c.id is not None
    create_interaction(journal, note(dt.datetime(2025, 10, 1, 10), [c.id], kind="coffee"))
    return c.id


def test_the_coach_asks_frau_or_herr_only_where_it_is_not_known(journal):
    lena = _due(journal)
    result = suggest(journal, TODAY, limit=10)
    (s,) = result.suggestions
    assert s.salutation_asked and s.family_name == "Schubert"
    assert _greeting(journal, lena) == "Guten Tag Lena Schubert,"
    ChooseSalutation(journal, lena, "Frau").do()
    assert _greeting(journal, lena) == "Guten Tag Frau Schubert,"
    assert not suggest(journal, TODAY, limit=10).suggestions[0].salutation_asked


def test_a_title_is_kept_for_the_chosen_greeting(journal):
    lena = _due(journal, title_prefix="Dr.")
    assert _greeting(journal, lena) == "Guten Tag Dr. Lena Schubert,"
    set_salutation(journal, lena, "Frau")
    assert _greeting(journal, lena) == "Guten Tag Frau Dr. Schubert,"


@pytest.mark.parametrize(
    "kw",
    [
        dict(address_form="du"),
        dict(language="en"),
        dict(salutation="Herr"),
        dict(salutation_neutral=True),
    ],
)
def test_no_question_for_du_english_known_or_neutral(journal, kw):
    _due(journal, **kw)
    assert not suggest(journal, TODAY, limit=10).suggestions[0].salutation_asked


def test_neutral_is_kept_asked_no_more_and_undone_in_one_step(journal):
    lena = _due(journal)
    command = ChooseSalutation(journal, lena, "")
    command.do()
    c = get_contact(journal, lena)
    assert (c.salutation, c.salutation_neutral) == ("", True)
    assert not suggest(journal, TODAY, limit=10).suggestions[0].salutation_asked
    assert _greeting(journal, lena) == "Guten Tag Lena Schubert,"
    command.undo()
    c = get_contact(journal, lena)
    assert (c.salutation, c.salutation_neutral) == ("", False)
    assert suggest(journal, TODAY, limit=10).suggestions[0].salutation_asked


def test_a_merge_keeps_the_kept_person_s_choice_unless_it_has_none(journal):
    keep = create_contact(
        journal, person("Lena", "Schubert", address_form="sie", address_form_chosen=False)
    ).value
    other = create_contact(
        journal,
        person("Lena", "Schubert", address_form="du", salutation="Frau", name_prefix="Mrs."),
    ).value
    merged = merge_contacts(journal, keep.id, other.id).value
    assert (merged.address_form, merged.address_form_chosen) == ("du", True)
    assert (merged.salutation, merged.name_prefix) == ("Frau", "Mrs.")
    # Kept person's own choice wins: neutral stays neutral, Sie stays Sie.
    keep = create_contact(journal, person("Kim", "Meier", salutation_neutral=True)).value
    other = create_contact(
        journal, person("Kim", "Meier", salutation="Herr", address_form="du")
    ).value
    merged = merge_contacts(journal, keep.id, other.id).value
    assert (merged.salutation, merged.salutation_neutral, merged.address_form) == ("", True, "sie")


def test_a_re_import_keeps_the_choice_and_fills_only_what_is_open(journal, tmp_path):
    (lena,) = _import(journal, tmp_path, _card(""))
    set_salutation(journal, lena, "", neutral=True)
    c = get_contact(journal, lena)
    c.address_form = "du"
    update_contact(journal, c)
    assert _import(journal, tmp_path, _card("Herr"), "again.vcf") == [lena]
    c = get_contact(journal, lena)
    assert (c.salutation, c.salutation_neutral, c.address_form) == ("", True, "du")
    # Not chosen: the file's salutation comes in, and a card without one keeps it.
    set_salutation(journal, lena, "")
    _import(journal, tmp_path, _card("Mrs."), "third.vcf")
    c = get_contact(journal, lena)
    assert (c.salutation, c.name_prefix, c.address_form) == ("Frau", "Mrs.", "du")
    _import(journal, tmp_path, _card(""), "fourth.vcf")
    assert get_contact(journal, lena).salutation == "Frau"


def test_our_own_export_carries_the_neutral_choice(journal):
    lena = create_contact(journal, person("Lena", "Schubert", salutation_neutral=True)).value
    text = vcard([get_contact(journal, lena.id)], private=True)
    assert "X-NETZJOURNAL-SALUTATION-NEUTRAL:TRUE" in text
    (card,) = read_vcards(text.encode()).contacts
    assert card.to_record().salutation_neutral


def test_the_contact_editor_offers_neutral_and_reads_it_back(qtbot, journal):
    from netzjournal.ui.contacts.editor import NEUTRAL, ContactEditor

    lena = create_contact(journal, person("Lena", "Schubert", salutation_neutral=True)).value
    editor = ContactEditor(journal, get_contact(journal, lena.id))
    qtbot.addWidget(editor)
    assert editor.salutation.currentData() == NEUTRAL
    assert editor.salutation.currentText() == "Neutral (whole name)"
    editor.salutation.setCurrentIndex(editor.salutation.findData("Frau"))
    edited = editor.record()
    assert edited is not None and (edited.salutation, edited.salutation_neutral) == ("Frau", False)
    editor.salutation.setCurrentIndex(editor.salutation.findData(NEUTRAL))
    edited = editor.record()
    assert edited is not None and (edited.salutation, edited.salutation_neutral) == ("", True)
    update_contact(journal, edited)
    assert get_contact(journal, lena.id).salutation_neutral


def test_an_english_mr_card_without_a_first_name_is_greeted_mr(journal, tmp_path):
    """ "Mr." was kept as a title no greeting says: the English opener was withheld for
    want of a first name; the salutation read from it gives "Hello Mr Angstadt,"."""
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Angstadt\r\nN:Angstadt;;;Mr.;\r\n"
        "X-NETZJOURNAL-LANGUAGE:en\r\nEND:VCARD\r\n"
    )
    (cid,) = _import(journal, tmp_path, text)
    c = get_contact(journal, cid)
    c.closeness = 5
    update_contact(journal, c)
    create_interaction(journal, note(dt.datetime(2025, 10, 1, 10), [cid], kind="coffee"))
    assert _greeting(journal, cid) == "Hello Mr Angstadt,"


def test_without_a_first_name_the_card_asks_and_offers_no_neutral(qtbot, journal):
    """„Guten Tag Schubert," is no greeting: the opener is withheld; the card asks
    Frau/Herr (which gives it one), and offers no neutral greeting — there is no whole
    name to greet by."""
    from netzjournal.ui.coach.card import SuggestionCard

    c = create_contact(journal, person("", "Schubert", closeness=5)).value
    create_interaction(journal, note(dt.datetime(2025, 10, 1, 10), [c.id], kind="coffee"))
    (s,) = suggest(journal, TODAY, limit=10).suggestions
    assert (s.openers, s.withheld, s.salutation_asked) == ([], "sie_salutation", True)
    card = SuggestionCard(s, "")
    qtbot.addWidget(card)
    assert set(card.salutation_buttons) == {"Frau", "Herr"}
    assert card.complete_button is None  # (the buttons give the opener)
    assert card.salutation_neutral is None
    with qtbot.waitSignal(card.salutation_chosen) as chosen:
        card.salutation_buttons["Herr"].click()
    assert chosen.args == [c.id, "Herr"]
    ChooseSalutation(journal, c.id, "Herr").do()
    assert _greeting(journal, c.id) == "Guten Tag Herr Schubert,"


@pytest.mark.parametrize(("prefix", "said"), [("Mrs.", "Mrs"), ("Miss", "Miss"), ("Ms.", "Ms")])
def test_an_english_greeting_keeps_her_own_mrs_or_miss(journal, tmp_path, prefix, said):
    text = (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Clarke\r\nN:Clarke;;;{prefix};\r\n"
        "X-NETZJOURNAL-LANGUAGE:en\r\nX-NETZJOURNAL-CLOSENESS:5\r\nEND:VCARD\r\n"
    )
    (cid,) = _import(journal, tmp_path, text)
    create_interaction(journal, note(dt.datetime(2025, 10, 1, 10), [cid], kind="coffee"))
    assert _greeting(journal, cid) == f"Hello {said} Clarke,"
    # In German she is „Frau Clarke“ whichever English word her card uses.
    c = get_contact(journal, cid)
    c.language = "de"
    update_contact(journal, c)
    assert _greeting(journal, cid) == "Guten Tag Frau Clarke,"


def test_one_question_at_a_time_frau_herr_after_sie_is_settled(journal):
    """After an import each German card asked Sie/du and Frau/Herr at once; a du
    makes the salutation moot. Frau/Herr is asked once Sie is chosen."""
    from netzjournal.store.contacts import set_address_form

    lena = _due(journal, address_form_chosen=False)
    (s,) = suggest(journal, TODAY, limit=10).suggestions
    assert (s.address_known, s.salutation_asked) == (False, False)
    set_address_form(journal, lena, "sie")
    (s,) = suggest(journal, TODAY, limit=10).suggestions
    assert (s.address_known, s.salutation_asked) == (True, True)


def test_a_salutation_from_the_first_name_keeps_no_prefix_of_its_own(journal, tmp_path):
    """„Herr Max" as first name beside the prefix "Dr.": the journal says Herr Dr.; the
    card's "Dr." alone is not kept as its own words (it no longer says all of it),
    while "Fr. Dr." as written is (an export writes it back)."""
    text = _card("Dr.", "Krause", "Herr Max") + _card("Fr. Dr.", "Weber", "Jana")
    got = {
        c.family_name: c
        for c in (get_contact(journal, i) for i in _import(journal, tmp_path, text))
    }
    krause, weber = got["Krause"], got["Weber"]
    assert (krause.given_name, krause.salutation, krause.title_prefix, krause.name_prefix) == (
        "Max", "Herr", "Dr.", ""
    )  # fmt: skip
    assert (weber.salutation, weber.title_prefix, weber.name_prefix) == ("Frau", "Dr.", "Fr. Dr.")


def _facts(qtbot, journal: Journal, contact_id: int) -> list[str]:
    """The contact page's text as shown offscreen, a line each (a fact's label, then
    its value on the next line, as Qt gives a table's cells back)."""
    from netzjournal.ui.contacts.detail import ContactDetail

    detail = ContactDetail(journal, lambda: TODAY)
    qtbot.addWidget(detail)
    detail.show_contact(contact_id)
    return detail.toPlainText().splitlines()


def _fact(lines: list[str], label: str) -> str:
    return lines[lines.index(label) + 1] if label in lines else ""


def test_the_contact_page_shows_frau_or_herr_as_the_editor_words_it(qtbot, qapp, journal):
    """The page showed no salutation at all: one had to open the editor to see whether
    the coach greets „Guten Tag Frau Schubert,". Shown as the editor words it (one value,
    one wording), in both languages; neutral and not known add no row."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from netzjournal.ui.contacts.editor import ContactEditor
    from netzjournal.ui.i18n import install_translators

    lena = create_contact(journal, person(
        "Lena", "Schubert", salutation="Frau", title_prefix="Dr.")).value.id  # fmt: skip
    jan = create_contact(journal, person("Jan", "Ek", salutation="Herr", language="en")).value.id
    kim = create_contact(journal, person("Kim", "Meier", salutation_neutral=True)).value.id
    jo = create_contact(journal, person("Jo", "Berg")).value.id

    def said(contact_id: int) -> tuple[str, str]:
        editor = ContactEditor(journal, get_contact(journal, contact_id))
        qtbot.addWidget(editor)
        key = QCoreApplication.translate("ContactDetail", "Salutation")
        return _fact(_facts(qtbot, journal, contact_id), key), editor.salutation.currentText()

    assert said(lena) == ("Ms", "Ms") and said(jan) == ("Mr", "Mr")
    # Beside the Sie/du and below the name with its title ("Dr. Lena Schubert").
    lines = _facts(qtbot, journal, lena)
    assert lines[0] == "Dr. Lena Schubert"
    assert lines.index("Salutation") + 2 == lines.index("Address form")
    for nobody in (kim, jo):
        assert "Salutation" not in _facts(qtbot, journal, nobody)
    installed = install_translators(qapp, "de")
    before = QLocale()
    try:
        assert said(lena) == ("Frau", "Frau") and said(jan) == ("Herr", "Herr")
        assert "Anrede" not in _facts(qtbot, journal, kim)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_a_salutation_conflict_reads_as_the_editor_words_it(qtbot, qapp, journal):
    """A sync conflict on the salutation said „salutation: here “neutral”, on the server
    “Herr”“: sync's own value and the stored German word, whatever the language."""
    from PySide6.QtCore import QLocale

    from netzjournal.store import sync_state
    from netzjournal.ui.i18n import install_translators
    from netzjournal.ui.sync_review import SyncReviewDialog

    kim = create_contact(journal, person("Kim", "Meier", salutation_neutral=True)).value
    sync_state.add_conflicts(journal, "contact", kim.uid, [("salutation", "neutral", "Herr")])
    dialog = SyncReviewDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.conflicts.item(0).text() == (
        "Kim Meier · salutation: here “Neutral (whole name)”, on the server “Mr”"
    )
    installed = install_translators(qapp, "de")
    before = QLocale()
    try:
        dialog = SyncReviewDialog(journal)
        qtbot.addWidget(dialog)
        assert dialog.conflicts.item(0).text() == (
            "Kim Meier · Anrede: hier „Neutral (ganzer Name)“, auf dem Server „Herr“"
        )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


@pytest.mark.parametrize("private", [False, True])
def test_a_vcard_export_imports_back_with_her_own_prefix(journal, tmp_path, private):
    """The journal's vCard export writes the card's own prefix into N ("Mrs.", "Fr.
    Dr."), and a journal importing it keeps it — the English greeting stays "Mrs"."""
    from netzjournal.interchange.exports import export_to

    ids = _import(
        journal,
        tmp_path,
        _card("Mrs.") + _card("Fr. Dr.", "Weber", "Jana") + _card("Herr", "Krause", "Kim"),
    )
    path = export_to(journal, tmp_path / "out.vcf", "vcf", ids, TODAY, private=private)
    text = path.read_text(encoding="utf-8")
    assert "N:Schubert;Lena;;Mrs.;" in text and "N:Weber;Jana;;Fr. Dr.;" in text
    with Journal.open(tmp_path / "other.sqlite3") as other:
        back = _import(other, tmp_path, text, "back.vcf")
        got = {c.family_name: c for c in (get_contact(other, i) for i in back)}
    said = {n: (c.salutation, c.title_prefix, c.name_prefix) for n, c in got.items()}
    assert said == {
        "Schubert": ("Frau", "", "Mrs."),
        "Weber": ("Frau", "Dr.", "Fr. Dr."),
        "Krause": ("Herr", "", ""),
    }
