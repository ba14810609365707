"""The import preview says which names lost a letter („Ay?e“) and, once, how to export
again so that every letter is kept — in German and English; the names stay as written."""

from __future__ import annotations

import datetime as dt

from conftest import REPO
from uihelpers import in_language

from netzjournal import paths
from netzjournal.store.contacts import get_contact
from netzjournal.store.journal import Journal
from netzjournal.ui.interchange.import_result import result_rows
from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel
from netzjournal.ui.main_window import MainWindow

LOST = REPO / "tests/data/contacts/csv/outlook-de__lost-letters-windows-1252.WRITTEN.csv"


def _wizard(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    window = MainWindow(journal, where, today=lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(window)
    wizard = ImportWizard(journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    return journal, wizard


def _matches(wizard: ImportWizard) -> list[str]:
    model = wizard.model
    return [model.index(r, PlanModel.MATCH).data() for r in range(model.rowCount())]


def test_the_preview_says_per_person_which_letters_were_lost(qtbot, qtmodeltester, tmp_path):
    with in_language("en"):  # (its plural)
        _the_preview_says_it(qtbot, qtmodeltester, tmp_path)


def _the_preview_says_it(qtbot, qtmodeltester, tmp_path) -> None:
    journal, wizard = _wizard(qtbot, tmp_path)
    wizard.set_paths([LOST])
    wizard.build_plan()
    qtmodeltester.check(wizard.model)
    assert _matches(wizard) == [
        "check: characters lost (“Ay?e”, “Y?lmaz”, “Do?an”)",
        "",
        "check: characters lost (“Wo?niak”, “?ód?”)",
        "check: characters lost (“?ükrü”, “Y?ld?z”)",
    ]
    # (nobody is in the journal: the column is shown for these notes all the same)
    assert not wizard.table.horizontalHeader().isSectionHidden(PlanModel.MATCH)
    assert not wizard.lost_label.isHidden()
    said = wizard.lost_label.text()
    assert said.startswith("3 names have a “?” where a letter was lost")
    assert "Unicode (UTF-8)" in said and "Manage contacts > Export contacts" in said
    assert "None of them is in the journal yet" in wizard.summary.text()
    wizard.run_import()
    first = get_contact(journal, 1)
    assert first.name == "Ay?e Y?lmaz"  # never guessed at
    rows = result_rows(wizard.model.plan, {})
    assert rows[0].detail == "check: characters lost (“Ay?e”, “Y?lmaz”, “Do?an”)"
    journal.close()


def test_in_german_the_note_and_the_advice(qtbot, tmp_path):
    with in_language("de"):
        journal, wizard = _wizard(qtbot, tmp_path)
        wizard.set_paths([LOST])
        wizard.build_plan()
        assert _matches(wizard)[0] == "prüfen: Zeichen verloren („Ay?e“, „Y?lmaz“, „Do?an“)"
        said = wizard.lost_label.text()
        assert said.startswith("3 Namen enthalten ein „?“, wo ein Buchstabe verloren ging")
        assert "Kontakte verwalten > Kontakte exportieren" in said
        journal.close()


def test_a_file_without_lost_letters_shows_no_advice(qtbot, tmp_path):
    journal, wizard = _wizard(qtbot, tmp_path)
    wizard.set_paths([LOST.parent / "outlook-de__comma-windows-1252-notes.WRITTEN.csv"])
    wizard.build_plan()
    assert wizard.model.rowCount() > 0
    assert wizard.lost_label.isHidden()
    assert not any("characters lost" in text for text in _matches(wizard))
    journal.close()


def test_a_name_with_a_lost_letter_is_not_broken_after_its_question_mark(qtbot, tmp_path):
    """Qt may break a line after "?": at 800 px „Ay?e Y?lmaz“ stood as „Ay?e Y?“ over
    „lmaz“. A word joiner after such a "?" keeps each word whole (drawn as nothing)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    journal, wizard = _wizard(qtbot, tmp_path)
    wizard.set_paths([LOST])
    wizard.build_plan()
    index = wizard.model.index(0, PlanModel.NAME)
    option = QStyleOptionViewItem()
    option.initFrom(wizard.table)
    option.rect.setWidth(400)
    option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    wizard.table.itemDelegateForColumn(PlanModel.NAME).initStyleOption(option, index)
    assert option.text == "Ay?\u2060e Y?\u2060lmaz"
    assert index.data() == "Ay?e Y?lmaz"  # (the model, the tooltip and the copy as written)
    journal.close()
