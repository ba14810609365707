"""The import preview says „prüfen: Namensvetter“ of every namesake, not only of the
second: two new people of one name, and a new one named like a contact of the
journal and not merged; each told apart as the pickers tell namesakes apart."""

from __future__ import annotations

import datetime as dt

from conftest import REPO
from PySide6.QtCore import Qt

from netzjournal import paths
from netzjournal.store.contacts import create_contact
from netzjournal.store.journal import Journal
from netzjournal.store.records import ContactRecord
from netzjournal.ui.interchange.import_result import result_rows
from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel
from netzjournal.ui.main_window import MainWindow

NAMESAKES = REPO / "tests" / "data" / "contacts" / "vcard-written" / "namesakes.WRITTEN.vcf"

SAID = {
    # (one file: „in der Datei“)
    "en": ("check: a namesake in the file", "check: a namesake in the journal", "a similar name"),
    "de": (
        "prüfen: Namensvetter in der Datei",
        "prüfen: Namensvetter im Journal",
        "ein ähnlicher Name",
    ),
}


def _wizard(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    window = MainWindow(journal, where, today=lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(window)
    wizard = ImportWizard(journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    return journal, wizard


def test_both_namesakes_in_the_files_say_it(qtbot, qtmodeltester, tmp_path, language):
    journal, wizard = _wizard(qtbot, tmp_path)
    wizard.set_paths([NAMESAKES])
    wizard.build_plan()
    model = wizard.model
    qtmodeltester.check(model)
    created = [r for r in range(model.rowCount()) if model.rows[r].action == "create"]
    namesake = SAID[language][0]
    assert [model.index(r, PlanModel.MATCH).data() for r in created] == [namesake] * 4
    # Told apart in the row by the city (the column shown), and the others named whole
    # in the tooltip, as the pickers name them.
    assert not wizard.table.horizontalHeader().isSectionHidden(PlanModel.CITY)
    assert [model.index(r, PlanModel.CITY).data() for r in created] == [
        "Berlin", "München", "Hamburg", "Hamburg"]  # fmt: skip
    tip = model.index(created[0], PlanModel.MATCH).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        f"{namesake}: Hans Müller · München; Hans Müller · Hamburg (1); Hans Müller · Hamburg (2)"
    )
    # The result page names them too.
    details = [row.detail for row in result_rows(model.plan, {})]
    assert details[0] == tip
    journal.close()


def test_a_new_one_named_like_a_contact_says_it_until_merged(qtbot, tmp_path, language):
    journal, wizard = _wizard(qtbot, tmp_path)
    create_contact(
        journal, ContactRecord(given_name="Anna", family_name="Graf", organisation="Kulturhaus")
    )
    card = tmp_path / "anna.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Graf\r\nN:Graf;Anna;;;\r\nORG:Stadtwerke\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    wizard.set_paths([card])
    wizard.build_plan()
    model = wizard.model
    _files, journal_namesake, similar = SAID[language]
    match = model.index(0, PlanModel.MATCH)
    assert match.data() == f"Anna Graf · Kulturhaus ({journal_namesake})"
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last: changed.append((first.column(), last.column())))
    assert model.setData(model.index(0, PlanModel.ACTION), "merge")
    # Merged, she is no namesake: the same person (the cell follows the choice).
    assert match.data() == f"Anna Graf · Kulturhaus ({similar})"
    assert changed and changed[-1][0] <= PlanModel.MATCH <= changed[-1][1]
    journal.close()
