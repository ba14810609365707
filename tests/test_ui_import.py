"""The import wizard and the privacy actions, through real widgets."""

from __future__ import annotations

import datetime as dt
import os
import subprocess

import pytest
from conftest import REPO, person
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QTextBrowser
from uihelpers import shown, when_modal

from netzjournal import paths
from netzjournal.store.backups import create_backup, list_backups
from netzjournal.store.contact_list import contact_rows
from netzjournal.store.contacts import contact_count, create_contact, get_contact
from netzjournal.store.errors import NotFound
from netzjournal.store.fulltext import search
from netzjournal.store.interactions import add_follow_up, create_interaction, follow_ups
from netzjournal.store.journal import Journal
from netzjournal.store.records import Channel, FollowUpRecord, InteractionRecord
from netzjournal.ui.interchange.wizard import ImportWizard, PlanModel
from netzjournal.ui.main_window import MainWindow

FIXTURES = REPO / "tests" / "data" / "contacts"


@pytest.fixture
def window(qtbot, tmp_path):
    where = paths.resolve(tmp_path / "data").ensure()
    journal = Journal.open(where.journal, backup_dir=where.backups)
    w = MainWindow(journal, where, today=lambda: dt.date(2026, 11, 22))
    qtbot.addWidget(w)
    w.show()
    yield w
    journal.close()


def test_wizard_previews_lets_me_choose_imports_and_undoes(window, qtbot, qtmodeltester):
    existing = create_contact(
        window.journal,
        person("Erika", "Mustermann", channels=[Channel("email", "erika@example.com")]),
    ).value
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    # Nothing chosen yet: a sentence says how, instead of an empty list.
    assert wizard.none_chosen.isVisibleTo(wizard) and not wizard.chosen_view.isVisibleTo(wizard)
    assert "Choose files" in wizard.none_chosen.text()
    wizard.set_paths(
        [
            FIXTURES / "csv" / "google-contacts__google-csv_2024-format.SYNTHETIC.csv",
            FIXTURES / "vcard" / "node-vcf__xing.vcf",
        ]
    )
    assert wizard.chosen_view.isVisibleTo(wizard) and not wizard.none_chosen.isVisibleTo(wizard)
    wizard.build_plan()
    model = wizard.model
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    actions = [model.index(r, PlanModel.ACTION).data(2) for r in range(4)]  # EditRole
    assert actions.count("merge") == 1  # Erika: the same e-mail address
    erika = actions.index("merge")
    assert "Erika Mustermann" in model.index(erika, PlanModel.MATCH).data()
    skip_row = next(r for r in range(4) if model.plan.rows[r].contact.organisation == "ACME AG")
    assert model.setData(model.index(skip_row, PlanModel.ACTION), "skip")
    assert not model.setData(model.index(skip_row, PlanModel.ACTION), "merge")  # nothing to merge
    before = contact_count(window.journal)
    wizard.run_import()
    assert wizard.pages.currentIndex() == 2
    assert contact_count(window.journal) == before + 2  # Jan and Hans-Peter
    merged = get_contact(window.journal, existing.id)
    assert merged.organisation == "Beispiel GmbH" and "Netzwerk" in merged.tags
    assert any(b.reason == "pre-import" for b in list_backups(window.paths.backups))
    # The last page sums it up and lists everybody by what happened to them.
    page = wizard.result_page
    qtmodeltester.check(page.model)
    assert page.counts.text() == "Created: 2 · Merged into existing contacts: 1 · Skipped: 1"
    shown = [[page.model.index(r, c).data() for c in range(4)]
             for r in range(page.model.rowCount())]  # fmt: skip
    assert [row[0] for row in shown] == ["Created", "Created", "Merged", "Skipped"]
    assert shown[2][1] == "Erika Mustermann"
    assert shown[2][3].startswith("into Erika Mustermann") and "same e-mail address" in shown[2][3]
    assert shown[3][2] == "ACME AG" and "pre-import" in page.backup.text()
    wizard.undo()
    assert contact_count(window.journal) == before
    assert page.heading.text() == "The import was taken back." and not page.table.isEnabled()
    assert get_contact(window.journal, existing.id).organisation == ""


def test_show_everything_and_delete_everywhere(window, qtbot):
    c = create_contact(
        window.journal, person("Ada", "Lovelace", notes="Mag Tee", city="London")
    ).value
    namesake = create_contact(window.journal, person("Ada", "Lovelace", city="Bonn")).value
    create_interaction(
        window.journal,
        InteractionRecord(
            occurred_at=dt.datetime(2026, 1, 2, 10), participants=[c.id], title="Kaffee"
        ),
    )
    add_follow_up(window.journal, FollowUpRecord("Buch", c.id))
    window.open_contact(c.id)
    shown = []

    def read(dialog):
        shown.append(dialog.findChild(QTextBrowser, "allDataView").toPlainText())
        dialog.reject()

    when_modal(read)
    window.actions_.show_all_data.trigger()
    assert "Ada Lovelace" in shown[0] and "Mag Tee" in shown[0] and "Buch" in shown[0]
    create_backup(window.journal, window.paths.backups, "daily")
    asked: list[str] = []

    def confirm(box) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text() + box.informativeText())
        # Cancel is the default; the destructive button has to be chosen.
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.checkBox().setChecked(True)  # the note where Ada was alone goes too
        box.findChild(QAbstractButton, "eraseButton").click()
        when_modal(lambda done: done.accept(), lambda w: isinstance(w, QMessageBox))  # "erased"

    when_modal(confirm)
    window.actions_.delete_everywhere.trigger()
    assert "backups: 1" in asked[0] and "cannot be undone" in asked[0]
    assert "Ada Lovelace (London)" in asked[0]  # told apart from her namesake
    assert get_contact(window.journal, namesake.id).city == "Bonn"
    with pytest.raises(NotFound):
        get_contact(window.journal, c.id)
    assert follow_ups(window.journal, open_only=False) == []
    assert [h.id for h in search(window.journal, "Lovelace")] == [namesake.id]
    assert search(window.journal, "Kaffee") == []  # her only note went too
    # No backup keeps her: none was taken before, and the existing one was cleaned.
    for info in list_backups(window.paths.backups):
        assert b"Mag Tee" not in info.path.read_bytes() and b"London" not in info.path.read_bytes()
    assert window.undo_stack.count() == 0


def test_unknown_csv_gets_a_column_mapping(window, qtbot, tmp_path):
    odd = tmp_path / "crm.csv"
    odd.write_text("Kunde;Mail;Stadt;Bemerkung\nAda Lovelace;ada@example.org;London;Mag Tee\n",
                   encoding="utf-8")  # fmt: skip
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([odd])
    wizard.build_plan()
    assert wizard.pages.currentIndex() == 0 and wizard.mapping_combos  # asks first
    combos = wizard.mapping_combos
    combos["family"].setCurrentIndex(combos["family"].findData("Kunde"))
    combos["email"].setCurrentIndex(combos["email"].findData("Mail"))
    combos["city"].setCurrentIndex(combos["city"].findData("Stadt"))
    combos["notes"].setCurrentIndex(combos["notes"].findData("Bemerkung"))
    wizard.build_plan()
    assert wizard.pages.currentIndex() == 1 and wizard.model.rowCount() == 1
    wizard.run_import()
    (row,) = contact_rows(window.journal)
    ada = get_contact(window.journal, row.id)
    assert (ada.family_name, ada.city, ada.notes, ada.emails()) == (
        "Ada Lovelace", "London", "Mag Tee", ["ada@example.org"],
    )  # fmt: skip


def test_export_dialog_writes_each_format(window, qtbot, tmp_path):
    from netzjournal.ui.interchange.export_dialog import ExportDialog

    c = create_contact(window.journal, person("Ada", "Lovelace")).value
    dialog = ExportDialog(window.journal, [c.id], window)
    qtbot.addWidget(dialog)
    for code, marker in (("vcf", "BEGIN:VCARD"), ("csv;", "Vorname;Nachname"),
                         ("json", '"format": "netzjournal-export"'), ("ics", "BEGIN:VCALENDAR"),
                         ("md", "# Ada Lovelace")):  # fmt: skip
        dialog.format.setCurrentIndex(dialog.format.findData(code))
        out = dialog.write(tmp_path / f"out-{code.strip(';')}{len(code)}")
        assert marker in out.read_text(encoding="utf-8-sig"), code


def test_wizard_lists_problems_in_the_persons_language(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication, QListView

    from netzjournal.ui.i18n import install_translators

    empty = tmp_path / "leer.csv"
    empty.write_bytes(b"")
    card = tmp_path / "karte.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEMAIL:kein-at\r\nEND:VCARD\r\n")
    installed = install_translators(QApplication.instance(), "de")
    try:
        wizard = ImportWizard(window.journal, window.undo_stack, window)
        qtbot.addWidget(wizard)
        wizard.set_paths([empty, card])
        wizard.build_plan()
        shown = wizard.findChild(QListView, "importProblems").model().stringList()
        summary = wizard.summary.text()
    finally:
        for t in installed:
            QApplication.instance().removeTranslator(t)
    assert shown == [
        "leer.csv: die Datei ist leer",
        "karte.vcf, Zeile 4: keine E-Mail-Adresse, übersprungen: kein-at",
    ]
    assert summary.startswith("Gefundene Personen: 1 (vCard).")


def test_every_preview_column_fits_a_900_pixel_wizard(window, qtbot):
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.resize(900, 560)
    wizard.show()
    wizard.set_paths([FIXTURES / "csv" / "google-contacts__google-csv_2024-format.SYNTHETIC.csv"])
    wizard.build_plan()
    table, header = wizard.table, wizard.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(PlanModel.NAME) > 60)
    # One file: "From" would say the same on every row, so it is not shown.
    assert header.isSectionHidden(PlanModel.WHERE)
    shown = [c for c in range(PlanModel.WHERE + 1) if not header.isSectionHidden(c)]
    last = shown[-1]
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    # No column squeezed below its title, or below ten characters of its content (an
    # empty column is not kept wide: the room goes to names and addresses).
    some = table.fontMetrics().averageCharWidth() * 10
    for c in shown:
        floor = max(header.sectionSizeHint(c), min(table.sizeHintForColumn(c), some))
        assert header.sectionSize(c) >= floor, c
    assert table.horizontalScrollBar().maximum() == 0
    # Elided text is there whole in the tooltip.
    name = wizard.model.index(0, PlanModel.NAME)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == name.data()


def test_every_wizard_page_before_the_import_has_a_cancel_button(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    before = contact_count(window.journal)
    for name, prepare in (
        ("importCancelFiles", lambda w: None),
        ("importCancelPreview", lambda w: (w.set_paths([FIXTURES / "vcard" / "node-vcf__xing.vcf"]),
                                           w.build_plan())),
    ):  # fmt: skip
        wizard = ImportWizard(window.journal, window.undo_stack, window)
        qtbot.addWidget(wizard)
        wizard.show()
        prepare(wizard)
        cancel = wizard.findChild(QPushButton, name)
        assert cancel is not None and cancel.isVisible(), name
        assert not cancel.isDefault() and not cancel.autoDefault()
        cancel.click()
        assert not wizard.isVisible()
        assert wizard.result() == wizard.DialogCode.Rejected
    assert contact_count(window.journal) == before  # nothing imported


def test_enter_checks_the_chosen_files_instead_of_opening_the_picker_again(window, qtbot):
    """After choosing files, focus sat on "Choose files…", the default: Enter re-opened the
    picker. Checking is the next step."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPushButton

    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    chooser = next(
        b for b in wizard.findChildren(QPushButton) if shown(b.text()).startswith("Choose files")
    )
    chooser.setFocus()
    wizard.set_paths([FIXTURES / "vcard" / "node-vcf__xing.vcf"])
    assert wizard.next_button.isDefault()
    QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == 1  # the preview, read and not imported
    assert wizard.model.rowCount() > 0


def test_enter_on_the_preview_imports_and_then_closes(window, qtbot):
    """On the preview no button was the default: Enter did nothing. Import is (it is
    one undoable step and the result page says what was done); there Close is."""
    from PySide6.QtTest import QTest

    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.set_paths([FIXTURES / "vcard" / "node-vcf__xing.vcf"])
    QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == 1
    assert wizard.import_button.isDefault() and not wizard.next_button.isDefault()
    assert wizard.focusWidget() is wizard.table  # the rows, to check with the arrows
    # Back and forth: Enter on the files checks them again, on the preview imports.
    wizard.back()
    assert wizard.next_button.isDefault()
    QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == 1 and wizard.import_button.isDefault()
    before = contact_count(window.journal)
    QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == 2
    assert contact_count(window.journal) == before + wizard.model.rowCount()
    assert window.undo_stack.canUndo()
    assert wizard.close_button.isDefault() and not wizard.import_button.isDefault()
    assert not wizard.undo_button.isDefault()
    QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert not wizard.isVisible()
    assert wizard.result() == wizard.DialogCode.Accepted
    assert contact_count(window.journal) == before + wizard.model.rowCount()  # kept


def test_the_file_each_row_came_from_is_named_whole(window, qtbot, tmp_path):
    """Two files' rows side by side at 1024: "From" elided both "Connections.csv" and
    "contacts.csv" to "Co…sv" while "Already in the journal" had the room."""
    # (as each service names its export: the two names share their first and last letters)
    linkedin = tmp_path / "Connections.csv"
    linkedin.write_bytes(
        (FIXTURES / "csv" / "linkedin__Connections_300-rows.WRITTEN.csv").read_bytes()
    )
    google = tmp_path / "contacts.csv"
    google.write_bytes((FIXTURES / "csv" / "google__overlapping-linkedin.WRITTEN.csv").read_bytes())
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.resize(1024, 600)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.set_paths([linkedin, google])
    wizard.build_plan()
    assert wizard.pages.currentIndex() == 1 and wizard.model.several_files()
    wizard.columns.fit()
    for row in range(wizard.model.rowCount()):
        index = wizard.model.index(row, PlanModel.WHERE)
        assert not wizard.columns.cut(index), index.data()


def test_a_wrongly_chosen_file_comes_off_the_list(window, qtbot, tmp_path):
    """Once files were chosen, one chosen by mistake could not be taken off the list:
    Remove (enabled with a selection) and Delete do; its CSV mapping goes with it."""
    from PySide6.QtTest import QTest

    odd = tmp_path / "crm.csv"
    odd.write_text("Kunde;Mail\nAda Lovelace;ada@example.org\n", encoding="utf-8")
    xing = FIXTURES / "vcard" / "node-vcf__xing.vcf"
    google = FIXTURES / "csv" / "google-contacts__google-csv_2024-format.SYNTHETIC.csv"
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.set_paths([xing, odd, google])
    wizard.build_plan()  # the odd CSV asks for its columns first
    assert wizard.pages.currentIndex() == 0 and wizard.mapping_box.isVisible()
    button, view = wizard.remove_button, wizard.chosen_view
    assert button.isVisible() and not button.isEnabled()  # nothing selected
    assert not button.autoDefault() and wizard.next_button.isDefault()
    view.setCurrentIndex(wizard.chosen.index(1))
    assert button.isEnabled()
    button.click()
    assert wizard.paths == [xing, google]
    assert wizard.chosen.stringList() == [str(xing), str(google)]
    assert not wizard.mapping_combos and not wizard.mapping_box.isVisible()
    assert view.currentIndex().row() == 1  # the next one, ready to go too
    # Delete on the list does the same.
    view.setFocus()
    view.setCurrentIndex(wizard.chosen.index(0))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert wizard.paths == [google]
    wizard.build_plan()
    assert wizard.pages.currentIndex() == 1 and wizard.model.rowCount() == 3  # Google's alone
    wizard.back()
    view.selectAll()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert wizard.paths == [] and not wizard.next_button.isEnabled()
    assert wizard.none_chosen.isVisible() and not view.isVisible()


def test_a_chosen_file_s_name_shows_in_a_narrow_wizard(window, qtbot):
    """At 800×600 the chosen files' whole paths ran past the list's right edge behind
    a scroll bar, and their names — what tells them apart — were what was cut off.
    Each row now fits the list, cut at the start of the path; its tooltip names it whole."""
    from uihelpers import settle

    deep = FIXTURES / "csv" / "outlook-de__anrede-and-mailing-lists.WRITTEN.csv"
    other = FIXTURES / "csv" / "linkedin__Connections_self-employed.WRITTEN.csv"
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.resize(560, wizard.height())
    wizard.set_paths([deep, other])
    settle()
    view = wizard.chosen_view
    assert view.fontMetrics().horizontalAdvance(str(deep)) > view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    delegate = view.itemDelegate()
    for row, path in enumerate((deep, other)):
        index = wizard.chosen.index(row)
        rect = view.visualRect(index)
        assert rect.right() <= view.viewport().rect().right(), (rect, view.viewport().rect())
        shown_text = delegate.shown(index, rect.width(), view.fontMetrics())
        assert shown_text.endswith(path.name) and shown_text.startswith("…"), shown_text
    assert wizard.chosen.stringList() == [str(deep), str(other)]  # the paths stay whole


def test_a_card_without_a_name_is_not_a_blank_row_in_the_preview(window, qtbot, tmp_path):
    """A vCard with only an e-mail showed an empty Name in the preview, then
    "info@example.org" on the result page: the preview names it the same way."""
    card = tmp_path / "only-mail.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEMAIL:info@example.org\r\nEND:VCARD\r\n")
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([card])
    wizard.build_plan()
    assert wizard.model.rowCount() == 1
    assert wizard.model.index(0, PlanModel.NAME).data() == "info@example.org"


def test_an_empty_already_in_the_journal_column_gives_its_room_to_the_address(
    window, qtbot, tmp_path, language
):
    """Nobody in the files was in the journal: "Already in the journal" stayed as wide
    as its title, empty in every row, while the e-mail beside it was cut at 1024. The
    column is hidden then and the summary says so; with someone known it is shown."""
    from netzjournal.ui.dialog_shots import _VCARDS

    sample = tmp_path / "kontakte.vcf"
    sample.write_text(_VCARDS, encoding="utf-8")
    window.resize(1024, 700)

    def preview() -> ImportWizard:
        wizard = ImportWizard(window.journal, window.undo_stack, window)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.set_paths([sample])
        wizard.build_plan()
        qtbot.waitUntil(lambda: wizard.table.horizontalHeader().sectionSize(PlanModel.NAME) > 60)
        return wizard

    wizard = preview()
    table, header = wizard.table, wizard.table.horizontalHeader()
    assert header.isSectionHidden(PlanModel.MATCH)
    none_yet = {"en": "None of them is in the journal yet.", "de": "Noch niemand davon ist im"}
    assert none_yet[language] in wizard.summary.text()
    assert header.sectionSize(PlanModel.EMAIL) >= table.sizeHintForColumn(PlanModel.EMAIL)
    assert wizard.width() <= window.width()
    create_contact(
        window.journal,
        person(
            "Jürgen", "Weiß", channels=[Channel("email", "juergen.weiss@nordlicht-medien.example")]
        ),
    )
    wizard = preview()
    assert not wizard.table.horizontalHeader().isSectionHidden(PlanModel.MATCH)
    assert none_yet[language] not in wizard.summary.text()


def test_a_preview_with_nobody_found_does_not_ask_to_choose_per_row(
    window, qtbot, tmp_path, language
):
    """An Excel workbook (or any file with nobody in it): the summary said "People
    found: 0 (–). Choose per row what happens" over an empty table. It says nobody
    was found and that there is nothing to import; the problem says why."""
    import zipfile

    book = tmp_path / "Kontakte.xlsx"
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_paths([book])
    wizard.build_plan()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    summary = wizard.summary.text()
    said = {"en": ("No people found", "Choose per row"),
            "de": ("keine Personen gefunden", "Wählen Sie pro Zeile")}[language]  # fmt: skip
    assert said[0] in summary and said[1] not in summary and "(–)" not in summary
    assert not wizard.import_button.isEnabled()
    assert wizard.problems_view.isVisibleTo(wizard)


def test_the_import_result_keeps_names_and_organisations_as_wide_as_their_text(
    window, qtbot, tmp_path
):
    """Room to spare went to name and organisation alike (~400 px each for short names):
    each column is as wide as its text, the details take the rest."""
    from netzjournal.interchange.importer import ImportOutcome
    from netzjournal.ui.dialog_shots import _VCARDS
    from netzjournal.ui.interchange.import_result import ResultModel as R

    sample = tmp_path / "kontakte.vcf"
    sample.write_text(_VCARDS, encoding="utf-8")
    window.resize(1280, 800)
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 500)
    wizard.show()
    wizard.set_paths([sample])
    wizard.build_plan()
    plan = wizard.model.plan
    wizard.show_result(plan, ImportOutcome(created=[1, 2, 3], merged=[], skipped=0, backup=None))
    table = wizard.result_page.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(R.DETAIL) > 60)
    for column in (R.WHAT, R.NAME, R.ORGANISATION):
        text = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) <= text + 4, (column, header.sectionSize(column), text)
    assert header.sectionSize(R.DETAIL) > table.viewport().width() // 3


def test_everything_stored_sets_its_headings_apart(window, qtbot):
    """ "History (7)" sat as close under the last fact as one fact under the next: Qt's
    Markdown headings carry no margin. Each heading now has room above it."""
    from netzjournal.ui import style

    c = create_contact(window.journal, person("Ada", "Lovelace", city="London")).value
    for day in (2, 3):
        create_interaction(
            window.journal,
            InteractionRecord(occurred_at=dt.datetime(2026, 1, day, 10), participants=[c.id],
                              title="Kaffee", body="Über Maschinen gesprochen."),
        )  # fmt: skip
    window.open_contact(c.id)
    gaps: dict[str, list[float]] = {"heading": [], "item": []}

    def measure(dialog):
        view = dialog.findChild(QTextBrowser, "allDataView")
        layout = view.document().documentLayout()
        block = view.document().begin()
        before = None
        while block.isValid():
            if before is not None:
                gap = (
                    layout.blockBoundingRect(block).top()
                    - layout.blockBoundingRect(before).bottom()
                )
                if block.blockFormat().headingLevel():
                    gaps["heading"].append(gap)
                elif block.textList() and before.textList():
                    gaps["item"].append(gap)
            before, block = block, block.next()
        dialog.reject()

    when_modal(measure)
    window.actions_.show_all_data.trigger()
    assert gaps["heading"] and gaps["item"]
    assert min(gaps["heading"]) >= style.SPACE.M > max(gaps["item"]), gaps


def test_the_import_result_says_which_values_a_merge_kept(qtbot, tmp_path, qtmodeltester):
    """A file's role that differs from the journal's is not dropped silently: the counts
    say how many merged contacts kept their own values, the row says which."""
    from netzjournal.interchange.importer import apply_import, plan_import, read_paths
    from netzjournal.ui.interchange.import_result import ImportResultPage

    with Journal.open(tmp_path / "j.sqlite3") as j:
        mail = [Channel("email", "anna@kultur.example")]
        anna = create_contact(j, person("Anna", "Graf", role="Leiterin Programm", channels=mail))
        path = tmp_path / "kontakte.csv"
        path.write_text(
            "First Name,Last Name,E-mail Address,Job Title\n"
            "Anna,Graf,anna@kultur.example,Programmleiterin\n",
            encoding="utf-8",
        )
        plan = plan_import(j, read_paths([path]))
        outcome = apply_import(j, plan)
    page = ImportResultPage()
    qtbot.addWidget(page)
    page.show_outcome(plan, outcome, {anna.value.id: "Anna Graf"})
    qtmodeltester.check(page.model)
    assert page.counts.text().endswith(
        page.tr("Merged contacts that kept their own values where the file said "
                "something else: %1 (see Details)").replace("%1", "1")
    )  # fmt: skip
    detail = page.model.index(0, page.model.DETAIL).data()
    assert "“Leiterin Programm”" in detail and "“Programmleiterin”" in detail


@pytest.mark.skipif(
    getattr(os, "geteuid", lambda: 1)() != 0,
    reason="needs root to mount a small tmpfs (a full disk)",
)
def test_an_import_whose_backup_finds_the_disk_full_says_so_in_the_window_language(window, qtbot):
    """The backup before an import found the disk full (the fresh-eyes walk): the
    message was the store's English sentence ("The disk holding … is full. Free some
    space and start again.") in a German window, and 400 ms later the import's progress
    dialog, still pending at 0 %, rose over it and took the keyboard (Enter cancelled
    it, a click on OK did nothing). The backups' folder here is a 64 KB disk: the
    message is German, nothing was imported, no progress dialog shows while it is read."""
    from PySide6.QtWidgets import QProgressDialog
    from uihelpers import in_language

    # Something to lose, so that the import makes its backup first (an empty journal
    # is imported into without one).
    create_contact(window.journal, person("Vera", "Vorher"))
    backups = window.paths.backups
    for old in backups.iterdir():
        old.unlink()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(backups)],
                             capture_output=True, text=True)  # fmt: skip
    if mounted.returncode != 0:  # a container without CAP_SYS_ADMIN
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        before = contact_count(window.journal)
        seen: list[tuple[str, bool]] = []
        with in_language("de"):
            wizard = ImportWizard(window.journal, window.undo_stack, window)
            qtbot.addWidget(wizard)
            wizard.set_paths([FIXTURES / "vcard" / "node-vcf__xing.vcf"])
            wizard.build_plan()

            def read(box):
                qtbot.wait(700)  # longer than a progress dialog waits before it shows
                shown = [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]
                seen.append((box.text(), bool(shown)))
                box.accept()

            when_modal(read, lambda w: isinstance(w, QMessageBox))
            wizard.run_import()
    finally:
        subprocess.run(["umount", str(backups)], check=True)
    assert len(seen) == 1, seen
    text, progress_shown = seen[0]
    assert "Datenträger ist voll" in text and "nichts gespeichert" in text, text
    assert "The disk" not in text and "start again" not in text
    assert not progress_shown
    assert contact_count(window.journal) == before
    assert wizard.pages.currentIndex() == 1  # the preview stays: nothing was changed


def test_a_linkedin_file_s_empty_city_is_left_out_and_unread_columns_are_named(
    window, qtbot, tmp_path, language
):
    """LinkedIn writes no city: its empty column shrank to ~25 px with a cut title. A
    spreadsheet's "E-Mail (geschäftlich)", "Ort (geschäftlich)" were dropped without a
    word; now read, and the column nothing reads is named under the problems."""
    window.resize(1366, 768)
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_paths([FIXTURES / "csv" / "linkedin__Connections_300-rows.WRITTEN.csv"])
    wizard.build_plan()
    header = wizard.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(PlanModel.NAME) > 60)
    assert header.isSectionHidden(PlanModel.CITY)
    assert not header.isSectionHidden(PlanModel.EMAIL)  # (one in six has one)
    assert not wizard.problems_view.isVisibleTo(wizard)  # LinkedIn's columns are all read

    wizard.set_paths([FIXTURES / "csv" / "spreadsheet-de__qualified-headers.WRITTEN.csv"])
    wizard.build_plan()
    model = wizard.model
    assert [model.index(r, PlanModel.CITY).data() for r in range(3)] == [
        "Stuttgart", "Esslingen", "Ditzingen"]  # fmt: skip
    assert model.index(0, PlanModel.EMAIL).data() == "thomas.mueller@boschrexroth.example"
    assert not header.isSectionHidden(PlanModel.CITY)
    said = {"en": "spreadsheet-de__qualified-headers.WRITTEN.csv: columns not read: "
                  "Straße (geschäftlich), Lieblingsessen",
            "de": "spreadsheet-de__qualified-headers.WRITTEN.csv: nicht gelesene Spalten: "
                  "Straße (geschäftlich), Lieblingsessen"}  # fmt: skip
    assert wizard.problems.stringList() == [said[language]]
    assert wizard.problems_view.isVisibleTo(wizard)


def test_a_hand_made_english_sheet_goes_to_the_preview_without_a_mapping(window, qtbot, language):
    """ "Email (work)", "Phone (mobile)", "Company", "First name": the wizard asked which
    column holds what, as for a table of no known layout. It shows the people at once,
    with the column nothing reads named under the problems."""
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_paths([FIXTURES / "csv" / "spreadsheet-en__qualified-headers.WRITTEN.csv"])
    wizard.build_plan()
    assert wizard.pages.currentIndex() == 1 and not wizard.mapping_combos
    model = wizard.model
    assert model.index(0, PlanModel.EMAIL).data().startswith("priya.natarajan@northwind.example")
    assert model.index(1, PlanModel.CITY).data() == "Leeds"
    said = {"en": "columns not read: Interests", "de": "nicht gelesene Spalten: Interests"}
    assert wizard.problems.stringList() == [
        f"spreadsheet-en__qualified-headers.WRITTEN.csv: {said[language]}"]  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_preview_says_whom_a_row_is_joined_with_whole_at_1366(
    window, qtbot, tmp_path, language
):
    """The German walk: LinkedIn and Google at once, at 1366×768. „Schon im Journal“
    said „auch in einer anderen Datei (gleicher Name, gleiche E-Mail): ein Kontakt“, cut
    („… ein Ko…“) beside the addresses."""
    from uihelpers import in_language

    linkedin = tmp_path / "Connections.csv"
    linkedin.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Julia,Schneider,https://www.linkedin.com/in/js-ux,,Spreadshirt,UX Designerin,"
        "12 Mar 2024\n"
        "Julia,Schneider,https://www.linkedin.com/in/js-hr,julia.schneider@porsche-leipzig"
        ".example,Porsche Leipzig,HR,03 Feb 2023\n"
        "Sophie,Müller,https://www.linkedin.com/in/sm,sophie.mueller@example.de,Check24,"
        "Product Owner,01 Jun 2022\n"
        "Maximilian,Groß,https://www.linkedin.com/in/mg,,Unister Nachfolger GmbH,CTO,"
        "01 Jun 2021\n"
        "Anna-Lena,Krüger,https://www.linkedin.com/in/alk,,Stadtwerke Leipzig,PM,"
        "01 Jun 2021\n",
        encoding="utf-8",
    )
    google = tmp_path / "contacts.csv"
    google.write_text(
        "First Name,Last Name,Organization Name,Organization Title,City,"
        "E-mail 1 - Label,E-mail 1 - Value\n"
        "Julia,Schneider,Spreadshirt,,Leipzig,Work,julia.schneider@spreadshirt.example\n"
        "Sophie,Müller,,,Leipzig,Work,sophie.mueller@example.de\n"
        "Katrin,Vogel,Vogel Design Studio,,Halle (Saale),Work,katrin@vogel-design.example\n",
        encoding="utf-8",
    )
    with in_language(language):
        window.resize(1366, 768)
        wizard = ImportWizard(window.journal, window.undo_stack, window)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.set_paths([linkedin, google])
        wizard.build_plan()
        table, header = wizard.table, wizard.table.horizontalHeader()
        qtbot.waitUntil(lambda: header.sectionSize(PlanModel.NAME) > 60)
        assert not header.isSectionHidden(PlanModel.MATCH)
        rows = range(wizard.model.rowCount())
        texts = {str(wizard.model.index(r, PlanModel.MATCH).data()) for r in rows}
        assert len(texts - {""}) == 3, texts  # same organisation, same address, a namesake
        assert wizard.width() <= 1366
        shown = header.sectionSize(PlanModel.MATCH)
        sizes = [header.sectionSize(c) for c in range(header.count())]
        assert shown >= table.sizeHintForColumn(PlanModel.MATCH), (shown, texts, sizes)
