"""The import preview tells namesakes apart and says which rows to check (issue 14, #13)."""

from __future__ import annotations

import datetime as dt

from conftest import REPO
from PySide6.QtCore import Qt

from netzjournal import paths
from netzjournal.store.contacts import contact_count
from netzjournal.store.journal import Journal
from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel
from netzjournal.ui.main_window import MainWindow

NAMESAKES = REPO / "tests" / "data" / "contacts" / "vcard-written" / "namesakes.WRITTEN.vcf"


def test_namesakes_show_their_city_and_a_check_note(qtbot, qtmodeltester, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    window = MainWindow(journal, where, today=lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(window)
    wizard = ImportWizard(journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([NAMESAKES])
    wizard.build_plan()
    model = wizard.model
    qtmodeltester.check(model)
    assert model.headerData(PlanModel.CITY, Qt.Orientation.Horizontal) == "City"
    rows = [
        (model.index(r, PlanModel.CITY).data(), model.index(r, PlanModel.MATCH).data())
        for r in range(model.rowCount())
    ]
    assert rows == [
        # (one file: "in the file")
        ("Berlin", "check: a namesake in the file"),  # the first too
        ("München", "check: a namesake in the file"),
        ("Berlin", "the same card twice in the file"),
        ("Hamburg", "check: a namesake in the file"),
        ("Hamburg", "the same card twice in the file"),
        ("Hamburg", "check: a namesake in the file"),
    ]
    wizard.run_import()
    assert contact_count(journal) == 4
    journal.close()
