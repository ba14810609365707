"""Letters lost before the import: Outlook's CSV in an old code page says „Ay?e“.

Outlook for Windows exports in Windows-1252: „Ayşe Yılmaz“ arrives as „Ay?e Y?lmaz“,
a literal "?" for each letter the code page has not. The import kept it silently;
now the plan names the words to check (never changing a name), once with how to
export again, and the command line says it too.
"""

from __future__ import annotations

from conftest import REPO

from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.interchange.lost_letters import lost_letters
from netzjournal.interchange.model import ImportedContact
from netzjournal.store.contacts import get_contact
from netzjournal.store.journal import Journal

LOST = REPO / "tests/data/contacts/csv/outlook-de__lost-letters-windows-1252.WRITTEN.csv"


def card(**fields: str) -> ImportedContact:
    return ImportedContact("kontakte.csv", 2, **fields)  # type: ignore[arg-type]


def test_a_question_mark_between_letters_or_before_a_name_is_a_lost_letter():
    assert lost_letters(card(given_name="Ay?e", family_name="Y?lmaz")) == ["Ay?e", "Y?lmaz"]
    assert lost_letters(card(display_name="?ükrü Y??d?z")) == ["?ükrü", "Y??d?z"]
    assert lost_letters(card(organisation="Do?an Logistik GmbH")) == ["Do?an"]
    assert lost_letters(card(department="Einkauf (K?ln)")) == ["K?ln"]
    # A question's mark, a "?" alone, one before a digit, and notes: nothing lost.
    assert lost_letters(card(organisation="Was nun? Beratung", nickname="?")) == []
    assert lost_letters(card(display_name="Wer? Wie? Was?", family_name="R2?3")) == []
    assert lost_letters(card(given_name="Anna", notes="Kommt sie?Fragen!")) == []


def test_the_plan_names_the_words_to_check_and_the_import_keeps_them_as_written(journal):
    plan = plan_import(journal, read_paths([LOST]))
    rows = [(r.contact.name, r.lost) for r in plan.rows]
    assert rows == [
        ("Ay?e Y?lmaz", ["Ay?e", "Y?lmaz", "Do?an"]),
        ("Jürgen Weiß", []),  # (his „Was nun?“ asks; his notes too)
        ("Magdalena Wo?niak", ["Wo?niak", "?ód?"]),
        ("?ükrü Y?ld?z", ["?ükrü", "Y?ld?z"]),
    ]
    assert [r.contact.name for r in plan.lost_letters()] == [
        "Ay?e Y?lmaz", "Magdalena Wo?niak", "?ükrü Y?ld?z"]  # fmt: skip
    outcome = apply_import(journal, plan)
    first = get_contact(journal, outcome.created[0])
    assert (first.given_name, first.family_name, first.organisation) == (
        "Ay?e", "Y?lmaz", "Do?an Logistik GmbH")  # fmt: skip


def test_a_card_seen_twice_is_counted_once(journal, tmp_path):
    twice = tmp_path / "twice.vcf"
    once = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ay?e Y?lmaz\r\nN:Y?lmaz;Ay?e;;;\r\nEND:VCARD\r\n"
    twice.write_text(once * 2, encoding="utf-8")
    plan = plan_import(journal, read_paths([twice]))
    assert [r.action for r in plan.rows] == ["create", "skip"]
    assert len(plan.lost_letters()) == 1


def test_the_command_line_dry_run_says_it_per_person_and_once_how_to_export(where, capsys):
    from netzjournal import cli

    with Journal.open(where.journal, backup_dir=where.backups):
        pass
    assert cli.main(["import", str(LOST), "--data-dir", str(where.root), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "create Ay?e Y?lmaz  (check: characters lost: “Ay?e”, “Y?lmaz”, “Do?an”)" in out, out
    assert "create Jürgen Weiß  [" in out
    advice = [line for line in out.splitlines() if "UTF-8" in line]
    assert len(advice) == 1 and advice[0].startswith("check: 3 names have a “?”"), out
    assert "Outlook on the web" in advice[0] and "Export contacts" in advice[0]
