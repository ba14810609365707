"""A row whose name several contacts have may join the one the user picks, by id; a XING
CSV is named so and says how we met (walkde, session 30: screenshots 16 and 18)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import REPO, person
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from netzjournal import paths
from netzjournal.interchange.csv_in import read_csv
from netzjournal.interchange.importer import apply_import, plan_import, read_paths
from netzjournal.store.contacts import contact_count, create_contact, get_contact
from netzjournal.store.journal import Journal
from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel
from netzjournal.ui.main_window import MainWindow
from netzjournal.ui.texts import import_format_label

CSV = REPO / "tests" / "data" / "contacts" / "csv"
LINKEDIN = CSV / "linkedin__namesake.WRITTEN.csv"
XING = CSV / "xing__kontakte-de.WRITTEN.csv"


def _two_franks(journal: Journal) -> tuple[int, int]:
    conti = create_contact(
        journal, person("Frank", "Meyer", organisation="Continental AG", city="Hannover")
    ).value.id
    hildesheim = create_contact(journal, person("Frank", "Meyer", city="Hildesheim")).value.id
    assert conti is not None and hildesheim is not None
    return conti, hildesheim


def test_a_namesake_row_joins_the_chosen_contact(journal):
    conti, hildesheim = _two_franks(journal)
    plan = plan_import(journal, read_paths([LINKEDIN]))
    frank = next(r for r in plan.rows if r.contact.family_name == "Meyer")
    assert frank.action == "create" and sorted(frank.candidates) == sorted([conti, hildesheim])
    assert frank.choices() == ["create", f"merge:{conti}", f"merge:{hildesheim}", "skip"]
    assert not frank.choose("merge")  # never into one of them by guess
    assert not frank.choose("merge:999")  # nobody it could be
    assert frank.choice == "create" and frank.match_id is None
    assert frank.choose(f"merge:{hildesheim}")
    assert (frank.action, frank.match_id) == ("merge", hildesheim)
    assert frank.choice == f"merge:{hildesheim}"
    before = contact_count(journal)
    outcome = apply_import(journal, plan)
    assert outcome.merged == [hildesheim]
    assert contact_count(journal) == before + 1  # Sabrina only
    joined = get_contact(journal, hildesheim)
    assert joined.organisation == "Meyer Controlling Beratung"
    assert "frank@meyer-controlling.de" in joined.emails()
    assert get_contact(journal, conti).emails() == []  # the other Frank Meyer untouched
    # Back to "create": the namesakes are still offered, none is chosen.
    assert frank.choose("create") and frank.match_id is None and frank.candidates


@pytest.fixture
def window(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    w = MainWindow(journal, where, today=lambda: dt.date(2026, 11, 30))
    qtbot.addWidget(w)
    yield w
    journal.close()


def test_the_preview_offers_each_namesake_by_its_label(window, qtbot, qtmodeltester):
    conti, hildesheim = _two_franks(window.journal)
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([LINKEDIN])
    wizard.build_plan()
    model = wizard.model
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.plan.rows[r].candidates)
    index = model.index(row, PlanModel.ACTION)
    delegate = wizard.table.itemDelegateForColumn(PlanModel.ACTION)
    combo = delegate.createEditor(wizard.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(combo, QComboBox)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == [
        "Create new",
        "Merge into Frank Meyer · Continental AG",
        "Merge into Frank Meyer · Hildesheim",
        "Skip",
    ]
    delegate.setEditorData(combo, index)
    assert combo.currentText() == "Create new"
    combo.setCurrentIndex(2)
    delegate.setModelData(combo, model, index)
    assert index.data() == "Merge into Frank Meyer · Hildesheim"
    qtmodeltester.check(model)
    wizard.run_import()
    assert get_contact(window.journal, hildesheim).organisation == "Meyer Controlling Beratung"
    page = wizard.result_page.model
    details = [page.index(r, 3).data() for r in range(page.rowCount())]
    assert "into Frank Meyer · Hildesheim (chosen among namesakes)" in details
    assert get_contact(window.journal, conti).organisation == "Continental AG"
    combo.deleteLater()


def test_a_xing_csv_is_named_so_and_says_how_we_met(journal):
    read = read_csv(XING.read_bytes(), XING.name)
    assert read.format == "csv-xing" and read.problems == []
    assert import_format_label(read.format) == "XING CSV"
    assert {c.source for c in read.contacts} == {"xing"}
    brandes = create_contact(
        journal, person("Ulrike", "Brandes", organisation="Deutsche Messe AG")
    ).value.id
    plan = plan_import(journal, read_paths([XING]))
    assert [r.match_id for r in plan.rows if r.action == "merge"] == [brandes]
    apply_import(journal, plan)
    assert get_contact(journal, brandes).source == "xing"  # as a XING vCard sets it
    # German Outlook's own export stays Outlook's.
    outlook = CSV / "outlook-desktop-de__german-headers.WRITTEN.csv"
    assert read_csv(outlook.read_bytes(), outlook.name).format == "csv-outlook"
