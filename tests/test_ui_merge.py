"""Contacts → Merge…: the question names both people, and the one kept is chosen by id."""

from __future__ import annotations

import pytest
from conftest import person
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from uihelpers import when_modal

from netzjournal.store.contacts import contact_count, create_contact, get_contact
from netzjournal.store.errors import NotFound
from netzjournal.store.journal import Journal
from netzjournal.ui.contacts.merge import MergeDialog, MergePartnerDialog
from netzjournal.ui.contacts.pane import ContactsPane


def test_merge_names_both_and_keeps_the_chosen_namesake(make_window, where, qtbot):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    a = create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht")).value
    b = create_contact(journal, person("Anna", "Schmidt", city="Leipzig")).value
    w = make_window(journal)
    pane = w.contacts
    _select(pane, a.id, b.id)
    assert sorted(pane.selected_ids()) == sorted([a.id, b.id])
    asked: list[str] = []

    def answer(dialog: MergeDialog) -> None:
        asked.append(dialog.question.text())
        dialog.choose(next(t for t in dialog.labels if "Leipzig" in t))
        dialog.merge_button.click()

    when_modal(answer)
    pane.merge_selected()
    qtbot.waitUntil(lambda: bool(asked))
    assert "Anna Schmidt · Nordlicht" in asked[0] and "Anna Schmidt · Leipzig" in asked[0]
    assert contact_count(journal) == 1
    assert get_contact(journal, b.id).city == "Leipzig"  # the Leipzig one kept, by id


def test_enter_in_the_merge_question_merges_nothing(make_window, where, qtbot):
    """Merging takes one contact away: the question's default button is Cancel."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    journal = Journal.open(where.journal, backup_dir=where.backups)
    a = create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht")).value
    b = create_contact(journal, person("Bernd", "Schmidt", city="Leipzig")).value
    w = make_window(journal)
    pane = w.contacts
    _select(pane, a.id, b.id)
    seen: list[str] = []

    def press_enter(dialog: MergeDialog) -> None:
        box = dialog.findChild(QDialogButtonBox)
        default = [b for b in box.buttons() if b.isDefault()]
        seen.append(box.buttonRole(default[0]).name if default else "none")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    when_modal(press_enter)
    pane.merge_selected()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["RejectRole"]
    assert contact_count(journal) == 2


def test_give_and_take_lines_carry_their_arrow_only(make_window, where, qtbot):
    """The arrow is each line's marker: a bullet before it read as two ("• ←")."""
    import datetime as dt

    from PySide6.QtGui import QTextListFormat

    from netzjournal.store.interactions import create_interaction
    from netzjournal.store.records import GiveTakeLine, InteractionRecord

    journal = Journal.open(where.journal, backup_dir=where.backups)
    a = create_contact(journal, person("Anna", "Schmidt")).value
    given = [GiveTakeLine("gave", "Buchtipp", a.id), GiveTakeLine("received", "Kontakt", a.id)]
    create_interaction(
        journal, InteractionRecord(dt.datetime(2026, 6, 1, 9), participants=[a.id], give_take=given)
    )
    w = make_window(journal)
    w.contacts.detail.show_contact(a.id)
    doc = w.contacts.detail.document()
    block, marked = doc.begin(), []
    while block.isValid():
        if block.text().startswith(("→", "←")):
            marked.append(block.textList().format().style() if block.textList() else None)
        block = block.next()
    assert marked == [QTextListFormat.Style.ListStyleUndefined] * 2


def test_the_merge_question_wraps_at_a_reading_width(make_window, where, qtbot, language):
    """At 1280 the question was one line ~880 px wide (a QInputDialog resists a width):
    it wraps now, the two people are radio buttons, nothing is cut."""
    from PySide6.QtWidgets import QApplication, QRadioButton

    journal = Journal.open(where.journal, backup_dir=where.backups)
    long = person("Annemarie", "Schröder-Oberndorfer", organisation="Stadtwerke Mönchengladbach")
    a = create_contact(journal, long).value
    b = create_contact(journal, person("Annemarie", "Schröder", city="Mönchengladbach")).value
    w = make_window(journal)
    w.resize(1280, 800)
    pane = w.contacts
    _select(pane, a.id, b.id)
    seen: list[tuple[int, int, int, int, list[str]]] = []

    def look(dialog: MergeDialog) -> None:
        QApplication.processEvents()
        q = dialog.question
        radios = [r.text() for r in dialog.findChildren(QRadioButton)]
        seen.append((dialog.width(), q.height(), q.heightForWidth(q.width()),
                     q.fontMetrics().lineSpacing(), radios))  # fmt: skip
        dialog.reject()

    when_modal(look)
    pane.merge_selected()
    qtbot.waitUntil(lambda: bool(seen))
    width, height, needed, line, radios = seen[0]
    em = w.fontMetrics().averageCharWidth()
    assert width <= 70 * em < w.width() // 2, (width, em)
    assert height >= needed >= 2 * line  # wrapped, and whole
    assert len(radios) == 2 and all("Annemarie" in r for r in radios)
    assert contact_count(journal) == 2


def _select(pane: ContactsPane, *contact_ids: int) -> None:
    """These people's rows selected in the contacts list, as a click with Ctrl would."""
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for contact_id in contact_ids:
        pane.table.selectionModel().select(
            pane.model.index(pane.model.row_for(contact_id), 0), flags
        )


def test_a_choice_wider_than_the_question_cuts_no_text(qtbot, language):
    """Twins told apart by an e-mail address: the radio button is wider than the
    reading width, the dialog widened, and its fixed size gave the question and the
    note fewer lines than they wrap to (cut off mid-word)."""
    from PySide6.QtWidgets import QApplication

    twin = "Anja Schäfer · REWE Digital, Köln"
    dialog = MergeDialog([f"{twin}, Teamleiterin", f"{twin}, anja.schaefer@rewe-digital.example"])
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.width() > dialog.question.width()  # (the choice is the wider)
    for text in (dialog.question, dialog.note):
        assert text.height() >= text.heightForWidth(text.width()), text.text()
    dialog.reject()


def test_one_contact_selected_is_merged_with_the_namesake_picked(make_window, where, qtbot):
    """After the LinkedIn import Sabine had three Frank Meyers; the import said "merge
    later and choose with whom". She selected the one from Hildesheim and clicked
    Merge…: "Select exactly two contacts (Ctrl+click)" (the fresh-eyes walk). Now she
    picks the namesake it joins, by what tells them apart, then which one stays."""
    journal = Journal.open(where.journal, backup_dir=where.backups)
    conti = create_contact(journal, person("Frank", "Meyer", organisation="Continental")).value
    hildesheim = create_contact(journal, person("Frank", "Meyer", city="Hildesheim")).value
    linkedin = create_contact(journal, person("Frank", "Meyer", organisation="Meyer Beratung"))
    create_contact(journal, person("Jonas", ""))
    w = make_window(journal)
    pane = w.contacts
    _select(pane, hildesheim.id)
    offered: list[list[str]] = []

    def pick(dialog: MergePartnerDialog) -> None:
        offered.append(list(dialog.labels))
        dialog.choose("Frank Meyer · Meyer Beratung")
        dialog.next_button.click()

    def keep_the_first(dialog: MergeDialog) -> None:
        offered.append(list(dialog.labels))
        dialog.merge_button.click()  # the first, the one selected, is kept

    said: list[str] = []  # (before: "Select exactly two contacts (Ctrl+click) …")

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    when_modal(pick, lambda d: isinstance(d, MergePartnerDialog))
    when_modal(keep_the_first, lambda d: isinstance(d, MergeDialog))
    when_modal(read, lambda d: isinstance(d, QMessageBox))
    pane.merge_selected()
    qtbot.waitUntil(lambda: len(offered) == 2 or bool(said))
    assert not said
    assert offered[0] == ["Frank Meyer · Continental", "Frank Meyer · Meyer Beratung"]
    assert offered[1] == ["Frank Meyer · Hildesheim", "Frank Meyer · Meyer Beratung"]
    assert contact_count(journal) == 3  # four less the one merged away
    assert get_contact(journal, hildesheim.id).city == "Hildesheim"  # kept, by id
    assert get_contact(journal, conti.id).organisation == "Continental"  # untouched
    with pytest.raises(NotFound):
        get_contact(journal, linkedin.value.id)


def test_one_contact_without_namesakes_opens_the_possible_duplicates(make_window, where, qtbot):
    """Nobody shares the name: no empty choice, and no bare "select two" hint either
    (the fresh-eyes walk: duplicates were left to the eye) — the list of possible
    duplicates, here saying there are none."""
    from netzjournal.ui.contacts.duplicates import DuplicatesDialog

    journal = Journal.open(where.journal, backup_dir=where.backups)
    jonas = create_contact(journal, person("Jonas", "")).value
    w = make_window(journal)
    _select(w.contacts, jonas.id)
    said: list[str] = []

    def read(dialog: DuplicatesDialog) -> None:
        said.append(dialog.count.text())
        dialog.reject()

    when_modal(read, lambda d: isinstance(d, DuplicatesDialog | QMessageBox))
    w.contacts.merge_selected()
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["No possible duplicates found."]


def test_a_merge_s_undo_text_names_the_kept_person_short_enough_for_a_menu(journal, language):
    """„Jürgen Bäcker · Fjordwerk UX, Kiel in Jürgen Bäcker · … zusammenführen“ (both
    namesakes' labels) was too long for the Edit menu and stiff: it names the one kept,
    apart from the namesake as the pickers name them, and says two entries became one."""
    from conftest import person

    from netzjournal.commands.contacts import MergeContacts
    from netzjournal.store.contacts import create_contact
    from netzjournal.ui.texts import outcome_text

    keep = create_contact(
        journal, person("Jürgen", "Bäcker", organisation="Fjordwerk UX", city="Kiel")
    ).value.id
    other = create_contact(
        journal, person("Jürgen", "Bäcker", organisation="Hafenbau", city="Lübeck")
    ).value.id
    merge = MergeContacts(journal, keep, other)
    text = outcome_text(merge.do())
    assert (
        text
        == {
            "de": "Zusammenführen: Jürgen Bäcker · Fjordwerk UX (2 Einträge)",
            "en": "Merge: Jürgen Bäcker · Fjordwerk UX (2 entries)",
        }[language]
    )
