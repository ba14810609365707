"""The contacts import's words fit what was read: „in der Datei“ where the cards came
from one file (not „in den Dateien“), "same name" where neither person has an
organisation (not "same name and organisation"), and the command line's counts in
the right number („1 problem“, not "1 problems")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import REPO
from PySide6.QtCore import Qt
from uihelpers import in_language

from netzjournal import cli, paths
from netzjournal.interchange.importer import SAME_NAME, plan_import, read_paths
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord
from netzjournal.ui.interchange.import_result import result_rows
from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel
from netzjournal.ui.main_window import MainWindow

INVITATION = REPO / "tests" / "data" / "events" / "invitations" / "fruehstueck-request.WRITTEN.ics"


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _dry_run(where, files: list[Path], capsys) -> list[str]:
    with Journal.open(where.journal, backup_dir=where.backups):
        pass
    argv = ["import", *map(str, files), "--data-dir", str(where.root), "--dry-run"]
    assert cli.main(argv) == 0
    return capsys.readouterr().out.splitlines()


def test_the_dry_run_counts_one_problem_one_name_one_event_one_file(where, capsys, tmp_path):
    table = _csv(tmp_path / "liste.csv", "First Name,Last Name,Hobby\nAy?e,Berg,Golf\n")
    said = _dry_run(where, [table], capsys)
    assert said[-1] == (
        "Dry run: 1 to create, 0 to merge, 0 to skip, 1 problem. Nothing was written."
    )
    (advice,) = [line for line in said if line.startswith("check: ")]
    assert advice.startswith("check: 1 name has a “?” where a letter was lost"), advice
    assert "It is imported as it is; correct it afterwards" in advice
    assert _dry_run(where, [INVITATION], capsys) == [
        "Dry run: 1 event read from 1 file. Nothing was written."
    ]
    said = _dry_run(where, [INVITATION, INVITATION.with_name("jourfixe-series.WRITTEN.ics")],
                    capsys)  # fmt: skip
    assert said == ["Dry run: 2 events read from 2 files. Nothing was written."]


def test_the_command_line_says_in_the_file_of_one_file_and_in_the_files_of_two(
    where, capsys, tmp_path
):
    one = _csv(tmp_path / "a.csv", "First Name,Last Name,City\nHans,Berg,Köln\nHans,Berg,Bonn\n")
    said = _dry_run(where, [one], capsys)
    assert said[0].startswith("create Hans Berg  (a namesake in the file: Hans Berg · Bonn)  ")
    other = _csv(tmp_path / "b.csv", "First Name,Last Name,City\nHans,Berg,Bonn\n")
    one.write_text("First Name,Last Name,City\nHans,Berg,Köln\n", encoding="utf-8")
    said = _dry_run(where, [one, other], capsys)
    assert said[0].startswith("create Hans Berg  (a namesake in the files: Hans Berg · Bonn)  ")


def test_same_name_without_an_organisation_says_same_name(journal, tmp_path):
    create_contact(journal, ContactRecord(given_name="Jana", family_name="Berg"))
    create_contact(journal, ContactRecord(given_name="Tom", family_name="Kern",
                                          organisation="Stadtwerke"))  # fmt: skip
    table = _csv(tmp_path / "c.csv", "First Name,Last Name,Organization Name\n"
                                     "Jana,Berg,\nTom,Kern,Stadtwerke\n")  # fmt: skip
    plan = plan_import(journal, read_paths([table]))
    assert [(r.action, r.reason) for r in plan.rows] == [
        ("merge", SAME_NAME), ("merge", "same name and organisation")]  # fmt: skip


def _vcf(path: Path, *people: tuple[str, str, str]) -> Path:
    """A vCard file of these people (given name, family name, city)."""
    cards = [f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{g} {f}\r\nN:{f};{g};;;\r\n"
             f"ADR:;;;{city};;;\r\nEND:VCARD\r\n" for g, f, city in people]  # fmt: skip
    path.write_text("".join(cards), encoding="utf-8")
    return path


def _wizard(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    window = MainWindow(journal, where, today=lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(window)
    wizard = ImportWizard(journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    return journal, wizard


def test_the_preview_says_in_the_file_and_same_name_in_both_languages(qtbot, tmp_path):
    journal, wizard = _wizard(qtbot, tmp_path)
    create_contact(journal, ContactRecord(given_name="Jana", family_name="Berg"))
    one = _vcf(tmp_path / "a.vcf", ("Jana", "Berg", ""), ("Hans", "Berg", "Köln"),
               ("Hans", "Berg", "Bonn"))  # fmt: skip
    words = {
        "en": ("same name", "check: a namesake in the file", "check: a namesake in the files"),
        "de": ("gleicher Name", "prüfen: Namensvetter in der Datei",
               "prüfen: Namensvetter in den Dateien"),
    }  # fmt: skip
    for language, (same, in_file, in_files) in words.items():
        with in_language(language):
            wizard.set_paths([one])
            wizard.build_plan()
            model = wizard.model
            said = [model.index(r, PlanModel.MATCH).data() for r in range(model.rowCount())]
            assert said == [f"Jana Berg ({same})", in_file, in_file]
            tip = model.index(1, PlanModel.MATCH).data(Qt.ItemDataRole.ToolTipRole)
            assert tip == f"{in_file}: Hans Berg · Bonn"
            assert [r.detail for r in result_rows(model.plan, {})][1:] == [
                f"{in_file}: Hans Berg · Bonn", f"{in_file}: Hans Berg · Köln"]  # fmt: skip
            first = _vcf(tmp_path / "a1.vcf", ("Hans", "Berg", "Köln"))
            two = _vcf(tmp_path / "b.vcf", ("Hans", "Berg", "Bonn"))
            wizard.set_paths([first, two])
            wizard.build_plan()
            model = wizard.model
            said = [model.index(r, PlanModel.MATCH).data() for r in range(model.rowCount())]
            assert said == [in_files, in_files]
    journal.close()
