"""The import wizard with what real address books bring (session 37, task G): mailing-list
cards left out with a line and a box, the column mapping at 800×600 in German, the
reading's progress and its cancel, the last folder remembered."""

from __future__ import annotations

from conftest import REPO

from netzjournal.store.contact_list import contact_rows
from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel

CSV = REPO / "tests" / "data" / "contacts" / "csv"


def test_mailing_list_cards_are_left_out_until_the_box_takes_them_in(
    make_window, qtbot, qtmodeltester
):
    window = make_window()
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([CSV / "outlook-de__anrede-and-mailing-lists.WRITTEN.csv"])
    wizard.build_plan()
    qtmodeltester.check(wizard.model)
    model, table = wizard.model, wizard.table
    assert wizard.lists_box.isVisibleTo(wizard)
    assert "Left out: 4 " in wizard.lists_label.text() and not wizard.lists_check.isChecked()
    assert "People found: 8" in wizard.summary.text()
    lists = [n for n, r in enumerate(model.rows) if r.contact.name == ""]
    lists = [n for n in lists if not model.rows[n].contact.organisation]
    assert len(lists) == 4 and all(table.isRowHidden(n) for n in lists)
    assert all(model.index(n, PlanModel.ACTION).data() == "Skip" for n in lists)
    wizard.lists_check.setChecked(True)
    assert not any(table.isRowHidden(n) for n in lists)
    assert all(model.index(n, PlanModel.ACTION).data() == "Create new" for n in lists)
    wizard.lists_check.setChecked(False)
    assert all(table.isRowHidden(n) for n in lists)
    wizard.run_import()
    names = {r.name for r in contact_rows(window.journal)}
    assert len(names) == 8 and not any("@" in n for n in names)


def test_the_box_takes_them_into_the_journal(make_window, qtbot):
    window = make_window()
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([CSV / "outlook-de__anrede-and-mailing-lists.WRITTEN.csv"])
    wizard.build_plan()
    wizard.lists_check.setChecked(True)
    wizard.run_import()
    assert len(contact_rows(window.journal)) == 12


def test_no_line_about_mailing_lists_when_there_are_none(make_window, qtbot):
    window = make_window()
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([CSV / "linkedin__Connections_self-employed.WRITTEN.csv"])
    wizard.build_plan()
    assert not wizard.lists_box.isVisibleTo(wizard) and "People found: 6" in wizard.summary.text()
