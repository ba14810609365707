"""The import wizard with what real address books bring (session 37, task G): mailing-list
cards left out with a line and a box, the column mapping at 800×600 in German, the
reading's progress and its cancel, the last folder remembered."""

from __future__ import annotations

import pytest
from conftest import REPO
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from netzjournal.store.contact_list import contact_rows
from netzjournal.ui import mnemonics
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


@pytest.mark.usefixtures("german")
def test_the_column_mapping_fits_800_by_600_in_german(make_window, qtbot, tmp_path):
    """Thirteen fields (now fifteen: the whole name and the Anrede) one under another,
    beside the sentence, the chosen file and the buttons: at 800×600 the wizard grew
    past the window. Two columns fit."""
    window = make_window()
    window.resize(800, 600)
    crm = tmp_path / "crm-export.csv"
    crm.write_text("Kunde;Ansprechpartner;Mail;Telefonnummer;Stadt;Bemerkung;Kundennummer\n"
                   "Ada GmbH;Ada Lovelace;ada@example.org;0301234;London;Mag Tee;K-1\n",
                   encoding="utf-8")  # fmt: skip
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_paths([crm])
    wizard.build_plan()
    QApplication.processEvents()
    assert wizard.mapping_box.isVisible() and len(wizard.mapping_combos) == 15
    room = window.geometry()
    assert wizard.height() <= room.height() and wizard.width() <= room.width()
    assert wizard.minimumSizeHint().height() <= 450  # (a title bar and a panel besides)
    inside = wizard.rect()
    for name, combo in wizard.mapping_combos.items():
        where = combo.geometry().translated(combo.parentWidget().mapTo(wizard, QPoint(0, 0)))
        assert combo.isVisible() and inside.contains(where), name
        assert combo.currentText() and combo.width() >= combo.fontMetrics().averageCharWidth() * 12
    # Each field's name stands beside its own box (a label's buddy: Alt+letter, screen readers).
    labels = [w for w in wizard.mapping_box.findChildren(QLabel) if w.buddy() is not None]
    assert {label.buddy() for label in labels} == set(wizard.mapping_combos.values())
    given = next(lb for lb in labels if lb.buddy() is wizard.mapping_combos["given"])
    assert mnemonics.plain(given.text()) == "Vorname"
    # Alt+letter for the fields as for the rest of the page, no letter twice.
    page = [w.text() for w in wizard.pages.widget(0).findChildren(QAbstractButton)] + [
        lb.text() for lb in labels
    ]
    letters = [m for t in page if (m := mnemonics.marked(t)) is not None]
    assert len(letters) == len(set(letters)) and len(letters) >= 12
    assert mnemonics.marked(given.text())


def test_the_last_import_folder_is_kept_in_window_ini(make_window, where, tmp_path):
    from netzjournal.ui import file_places
    from netzjournal.ui.preferences import ui_settings

    exports = tmp_path / "Exporte" / "LinkedIn"
    exports.mkdir(parents=True)
    window = make_window()
    file_places.chosen("import", exports / "Connections.csv")
    assert ui_settings(where).value("files/import_folder") == str(exports)
    window.close()
    # The next start (another session: nothing of this one's memory left) opens there.
    file_places._last.clear()
    make_window()
    assert file_places.folder_for("import") == exports
    assert file_places.folder_for("export") != exports  # (each kind its own)
    # A folder gone since is not offered: where such files are found instead.
    exports.rmdir()
    assert file_places.folder_for("import") != exports


def test_reading_a_large_csv_shows_its_progress_and_cancel_stops_it(make_window, qtbot, tmp_path):
    """One large file: the dialog moved from 0 straight to 100 % when it was read, and
    Cancel waited for the whole file. Now it follows the file and stops inside it."""
    from netzjournal.ui.progress_dialog import ProgressDialog

    source = tmp_path / "gross.csv"
    rows = "".join(f"Vorname{n};Nachname{n};p{n}@example.org\r\n" for n in range(12_000))
    source.write_text("Vorname;Nachname;E-Mail-Adresse\r\n" + rows, encoding="utf-8")
    window = make_window()
    wizard = ImportWizard(window.journal, window.undo_stack, window)
    qtbot.addWidget(wizard)
    wizard.set_paths([source])
    shown: list[int] = []
    ticks = iter(range(10**6))  # (a clock past the 400 ms at every call: the dialog shows)

    class CancelMidway(ProgressDialog):
        def __call__(self, phase: str, done: int, total: int) -> None:
            if phase == "read" and 0 < done < total:
                shown.append(self.bar.value())
                if len(shown) == 3:
                    assert self.dialog.isVisible()
                    self.cancel()
            super().__call__(phase, done, total)

    wizard.make_progress = lambda title: CancelMidway(wizard, title, clock=lambda: next(ticks))
    wizard.build_plan()
    assert wizard.pages.currentIndex() == 0 and wizard.model.rowCount() == 0  # nothing read
    assert len(shown) == 3 and shown == sorted(shown) and 0 < shown[-1] < 100
