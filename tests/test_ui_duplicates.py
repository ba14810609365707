"""Edit → Find duplicates: the list, "Merge…" with what tells the two apart, and
"Not the same person" remembered and undone."""

from __future__ import annotations

import pytest
from conftest import person
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from uihelpers import when_modal

from netzjournal.store.contacts import contact_count, create_contact, delete_contacts, get_contact
from netzjournal.store.duplicates import possible_duplicates
from netzjournal.store.journal import Journal
from netzjournal.store.records import Channel, ContactRecord
from netzjournal.ui.contacts.duplicates import DuplicatesDialog, DuplicatesModel
from netzjournal.ui.contacts.merge import MergeDialog


def _journal(where):
    journal = Journal.open(where.journal, backup_dir=where.backups)
    hans = create_contact(journal, person(
        "Hans", "Müller", organisation="Stadtwerke", city="Köln", source="linkedin",
        channels=[Channel("email", "hans@stadtwerke.example")],
    )).value  # fmt: skip
    mueller = create_contact(journal, ContactRecord(
        display_name="Mueller, Hans", city="Bonn", source="xing",
        channels=[Channel("email", "Hans@Stadtwerke.example"), Channel("phone", "0171 555")],
    )).value  # fmt: skip
    # Namesakes at two organisations: not offered.
    create_contact(journal, person("Anna", "Schmidt", organisation="Nordlicht"))
    create_contact(journal, person("Anna", "Schmidt", organisation="Hafen AG"))
    return journal, hans.id, mueller.id


def _a_third(journal) -> int:
    """A third record of Hans Müller: same name, same organisation as the first."""
    return create_contact(journal, person(
        "Hans", "Müller", organisation="Stadtwerke", city="Köln", source="xing",
    )).value.id  # fmt: skip


def _two_groups(journal) -> tuple[int, int]:
    """A second group after Hans Müller's, Lena Kurz (weaker: one without organisation)."""
    a = create_contact(journal, person("Lena", "Kurz", organisation="Hafen AG")).value.id
    b = create_contact(journal, person("Lena", "Kurz")).value.id
    return a, b


def test_the_model_lists_each_pair_with_both_people_told_apart(where, qtmodeltester, qtbot):
    journal, _hans, _mueller = _journal(where)
    model = DuplicatesModel(journal)
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # one pair, its two people
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in (0, 1)]
    assert [rows[0][4], rows[1][4]] == ["Same e-mail address", ""]  # (said once)
    # Two lines a cell: what is read first over what tells them apart further.
    assert rows[0][:2] == ["Hans Müller\nStadtwerke · Köln", "hans@stadtwerke.example"]
    assert rows[1][:2] == ["Mueller, Hans\nBonn", "Hans@Stadtwerke.example\n0171\u00a0555"]
    assert [rows[0][3].split("\n")[0], rows[1][3].split("\n")[0]] == ["LinkedIn", "XING"]
    tip = model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Mueller, Hans" in tip and "Bonn" in tip and "Same e-mail address" in tip
    journal.close()


def test_a_person_with_three_records_is_one_group_of_three(where, qtmodeltester, qtbot):
    """Three records, two pairs (an address shared, a name and organisation shared)
    joined at the person they share: one group, why on its first row."""
    journal, hans, mueller = _journal(where)
    third = _a_third(journal)
    lena = _two_groups(journal)
    model = DuplicatesModel(journal)
    qtmodeltester.check(model)
    assert len(model.groups) == 2
    assert sorted(model.groups[0]) == sorted([hans, mueller, third])
    assert sorted(model.groups[1]) == sorted(lena)
    assert model.rowCount() == 5
    why = [model.data(model.index(r, model.REASON)) for r in range(5)]
    assert why == ["Same e-mail address", "", "", "Same name, one without organisation", ""]
    # Each row's two: the person and their likeliest partner.
    assert model.pair_at(model.index(model.row_of(third), 0)) == (third, hans)
    journal.close()


def test_merging_two_of_three_keeps_the_group_chosen_one_smaller(make_window, where, qtbot):
    """Merging is two at a time (each its own undo step); after it the group, now
    of two, is still chosen, the focus in the list, the count read again."""
    journal, hans, mueller = _journal(where)
    third = _a_third(journal)
    _two_groups(journal)
    w = make_window(journal)
    seen: list[object] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        seen.append(dialog.count.text())

        def chosen() -> set[int]:
            rows = dialog.table.selectionModel().selectedRows()
            return {dialog.model.rows[i.row()][1] for i in rows}

        def click(contact_id: int) -> None:
            at = dialog.table.visualRect(dialog.model.index(dialog.model.row_of(contact_id), 0))
            qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=at.center())

        # The two the buttons act on: the person and their likeliest partner, whether
        # chosen with a click or with the arrow keys (the view selects no single row).
        click(mueller)
        by_click = chosen()
        click(hans)
        for _ in range(3):  # (hans, mueller and third are rows 0–2, in some order)
            if dialog.model.rows[dialog.table.currentIndex().row()][1] == third:
                break
            key = (
                Qt.Key.Key_Down
                if dialog.model.row_of(third) > dialog.model.row_of(hans)
                else Qt.Key.Key_Up
            )
            qtbot.keyClick(dialog.table, key)
        seen.append(by_click == {mueller, hans} and chosen() == {third, hans})

        def answer(merge: MergeDialog) -> None:
            merge.merge_button.click()

        when_modal(answer, lambda d: isinstance(d, MergeDialog))
        dialog.merge_button.click()
        qtbot.waitUntil(lambda: len(dialog.model.rows) == 4)
        seen.append(dialog.count.text())
        seen.append(dialog.model.group_at(dialog.table.currentIndex()))
        seen.append(len(dialog.model.groups[0]))
        seen.append(dialog.focusWidget() is dialog.table or dialog.table.hasFocus())
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(seen) == 6)
    assert str(seen[0]).startswith("2 group")
    assert str(seen[2]).startswith("2 pair")  # (read again: two pairs left)
    assert seen[1:2] + seen[3:] == [True, 0, 2, True]


def test_after_not_the_same_person_the_next_group_is_chosen(make_window, where, qtbot):
    journal, _hans, _mueller = _journal(where)
    lena = _two_groups(journal)
    w = make_window(journal)
    seen: list[object] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        dialog.apart_button.click()  # the first group: Hans Müller's
        index = dialog.table.currentIndex()
        seen.append(dialog.model.rows[index.row()][1] in lena)
        seen.append(len(dialog.table.selectionModel().selectedRows()))
        seen.append(dialog.count.text())
        seen.append(dialog.table.hasFocus() or dialog.focusWidget() is dialog.table)
        dialog.apart_button.click()  # the last one: an empty list says so
        seen.append(dialog.count.text())
        seen.append(dialog.stack.currentWidget() is dialog.empty)
        seen.append(dialog.empty.text() != "")
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(seen) == 7)
    assert str(seen[2]).startswith("1 pair")
    assert seen[:2] + seen[3:] == [True, 2, True, "No possible duplicates found.", True, True]


@pytest.mark.parametrize("size", [(800, 600), (1366, 768)])
def test_the_list_fits_800_pixels_in_german_without_a_sideways_scroll(
    german, make_window, where, qtbot, size
):
    """Five columns of two lines, none wider than a third: at 800×600 and at 1366×768
    every column is in sight, and what a cell cuts off is in its tooltip."""
    journal, _hans, _mueller = _journal(where)
    _a_third(journal)
    w = make_window(journal)
    w.resize(*size)
    seen: list[int] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        qtbot.waitUntil(dialog.isVisible)
        header = dialog.table.horizontalHeader()
        seen.append(header.length())
        seen.append(dialog.table.viewport().width())
        seen.append(dialog.width())
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.contacts.find_duplicates()
    qtbot.waitUntil(lambda: len(seen) == 3)
    length, room, width = seen
    assert width <= size[0]
    assert length <= room, (length, room)


def test_merge_from_the_list_asks_with_the_details_and_keeps_the_chosen(make_window, where, qtbot):
    journal, _hans, mueller = _journal(where)
    w = make_window(journal)
    asked: list[list[str]] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        assert dialog.table.hasFocus() or dialog.table.currentIndex().isValid()

        def answer(merge: MergeDialog) -> None:
            asked.append([d.text() for d in merge.details])
            merge.choose(next(t for t in merge.labels if "Bonn" in t or "Mueller" in t))
            asked.append([merge.note.text()])
            merge.merge_button.click()

        when_modal(answer, lambda d: isinstance(d, MergeDialog))
        dialog.merge_button.click()
        qtbot.waitUntil(lambda: len(asked) == 2)
        asked.append([dialog.count.text()])
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.contacts.merge_selected()  # nothing selected: the list of possible duplicates
    qtbot.waitUntil(lambda: len(asked) == 3)
    details, note, count = asked
    assert "hans@stadtwerke.example" in details[0] and "Köln" in details[0]
    assert "LinkedIn" in details[0] and "no meeting notes" in details[0]
    assert "0171\u00a0555" in details[1] and "Bonn" in details[1] and "XING" in details[1]
    assert all("added " in d for d in details)  # (a CSV gives no source: the import's day)
    assert note[0].startswith("Mueller, Hans is kept")
    assert count == ["No possible duplicates found."]
    assert contact_count(journal) == 3
    assert get_contact(journal, mueller).city == "Bonn"  # the one chosen, by id


def test_not_the_same_person_is_remembered_and_undone(make_window, where, qtbot):
    journal, _hans, _mueller = _journal(where)
    w = make_window(journal)
    counts: list[str] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        dialog.apart_button.click()
        counts.append(dialog.count.text())
        counts.append(str(len(possible_duplicates(journal))))
        dialog.undo()  # (Ctrl+Z in the dialog)
        counts.append(dialog.count.text())
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(counts) == 3)
    assert counts[:2] == ["No possible duplicates found.", "0"]
    assert counts[2].startswith("1 pair")  # (offered again after the undo)
    assert contact_count(journal) == 4  # nothing merged


def test_one_selected_is_offered_its_duplicate_under_another_spelling(make_window, where, qtbot):
    """ "Mueller, Hans" is no namesake of "Hans Müller" by the picker's rule, but the
    same address: offered as the partner to merge with."""
    from netzjournal.ui.contacts.merge import MergePartnerDialog

    journal, hans, _mueller = _journal(where)
    w = make_window(journal)
    pane = w.contacts
    pane.table.selectionModel().select(
        pane.model.index(pane.model.row_for(hans), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    offered: list[list[str]] = []

    def pick(dialog: MergePartnerDialog) -> None:
        offered.append(list(dialog.labels))
        offered.append([d.text() for d in dialog.details])
        dialog.reject()

    when_modal(pick, lambda d: isinstance(d, MergePartnerDialog))
    pane.merge_selected()
    qtbot.waitUntil(lambda: len(offered) == 2)
    labels, details = offered
    assert labels == ["Mueller, Hans"]
    # What tells them apart, as in the merge question: address, phone, city, source.
    assert len(details) == 1
    assert "Hans@Stadtwerke.example" in details[0] and "0171\u00a0555" in details[0]
    assert "Bonn" in details[0] and "XING" in details[0]


def test_the_partner_choice_offers_the_likeliest_first(make_window, where, qtbot):
    """A namesake at another organisation may be someone else; the record with the
    same address comes first, whatever the name order."""
    from netzjournal.ui.contacts.merge import MergePartnerDialog

    journal, hans, _mueller = _journal(where)
    create_contact(journal, person("Hans", "Müller", organisation="Aachen Bau"))
    w = make_window(journal)
    pane = w.contacts
    pane.table.selectionModel().select(
        pane.model.index(pane.model.row_for(hans), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    offered: list[list[str]] = []

    def pick(dialog: MergePartnerDialog) -> None:
        offered.append(list(dialog.labels))
        dialog.reject()

    when_modal(pick, lambda d: isinstance(d, MergePartnerDialog))
    pane.merge_selected()
    qtbot.waitUntil(lambda: bool(offered))
    assert len(offered[0]) == 2
    assert offered[0][0] == "Mueller, Hans" and "Aachen Bau" in offered[0][1]


def test_the_list_is_worked_from_the_keyboard(make_window, where, qtbot):
    """Focus starts in the list on the first pair; both buttons have a letter of their
    own and are reached with Tab; Space on "Not the same person" sets the pair apart,
    Ctrl+Z takes that back, Esc closes."""
    from netzjournal.ui import mnemonics

    journal, _hans, _mueller = _journal(where)
    w = make_window(journal)
    seen: list[object] = []

    def keys(dialog: DuplicatesDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        seen.append(dialog.focusWidget() is dialog.table)
        seen.append(dialog.model.pair_at(dialog.table.currentIndex()) is not None)
        letters = {mnemonics.marked(b.text()) for b in (dialog.merge_button, dialog.apart_button)}
        seen.append(len(letters - {None}))
        for _ in range(4):  # Tab until the button has the focus
            if dialog.focusWidget() is dialog.apart_button:
                break
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
        seen.append(len(possible_duplicates(journal)))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen.append(len(possible_duplicates(journal)))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        seen.append(dialog.isVisible())

    when_modal(keys, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(seen) == 6)
    assert seen == [True, True, 2, 0, 1, False]


def test_a_double_click_on_either_person_asks_to_merge_that_pair(make_window, where, qtbot):
    journal, _hans, _mueller = _journal(where)
    w = make_window(journal)
    asked: list[list[str]] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        def answer(merge: MergeDialog) -> None:
            asked.append(list(merge.labels))
            merge.reject()

        when_modal(answer, lambda d: isinstance(d, MergeDialog))
        second = dialog.model.index(1, dialog.model.PERSON)  # the pair's second row
        at = dialog.table.visualRect(second).center()
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
        qtbot.waitUntil(lambda: bool(asked))
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.contacts.find_duplicates()
    qtbot.waitUntil(lambda: bool(asked))
    assert len(asked[0]) == 2 and "Mueller, Hans" in asked[0]
    assert contact_count(journal) == 4  # cancelled: nothing merged


def test_namesakes_at_one_organisation_are_told_apart_by_their_role(where, qtmodeltester, qtbot):
    """Two „Jürgen Bäcker · Fjordwerk UX · Kiel“: the Funktion on the second line,
    where it tells them apart (not where it is the same, or the city differs)."""
    journal = Journal.open(where.journal, backup_dir=where.backups)
    for role in ("Karriereberater", "Leiter Vertrieb"):
        create_contact(journal, person(
            "Jürgen", "Bäcker", organisation="Fjordwerk UX", city="Kiel", role=role,
        ))  # fmt: skip
    for _ in range(2):
        create_contact(journal, person("Lena", "Kurz", organisation="Hafen AG", role="CTO"))
    for city, role in (("Kiel", "Fotograf"), ("Wien", "Gründer")):  # (the city tells apart)
        create_contact(journal, person(
            "Nils", "Bäcker", city=city, role=role,
            channels=[Channel("email", "nils@mail.example")],
        ))  # fmt: skip
    model = DuplicatesModel(journal)
    qtmodeltester.check(model)
    cells = sorted(model.data(model.index(r, 0)) for r in range(model.rowCount()))
    # The role first, where it tells apart: at 800 pixels the line's end is cut.
    assert cells == [
        "Jürgen Bäcker\nKarriereberater · Fjordwerk UX · Kiel",
        "Jürgen Bäcker\nLeiter Vertrieb · Fjordwerk UX · Kiel",
        "Lena Kurz\nHafen AG",
        "Lena Kurz\nHafen AG",
        "Nils Bäcker\nKiel",
        "Nils Bäcker\nWien",
    ]
    journal.close()


def test_not_the_same_person_says_so_in_the_status_bar_with_the_undo_hint(
    make_window, where, qtbot
):
    """In a group of three only the two chosen are set apart: the message names them,
    the button's tooltip says so, and the third stays listed with one of them."""
    journal, hans, mueller = _journal(where)
    third = _a_third(journal)
    w = make_window(journal)
    seen: list[object] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        seen.append(dialog.apart_button.toolTip())
        pair = dialog.model.pair_at(dialog.table.currentIndex())
        seen.append(pair)
        dialog.apart_button.click()
        seen.append(w.statusBar().currentMessage())
        seen.append(sorted(i for _g, i in dialog.model.rows))
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(seen) == 4)
    tip, pair, message, left = seen
    assert "Only the two selected" in str(tip)
    assert str(message).startswith("Done: ") and str(message).endswith("Ctrl+Z undoes it")
    assert "not the same person" in str(message)
    assert isinstance(pair, tuple) and len(set(pair) & {hans, mueller, third}) == 2
    # The third of the group is still offered with one of the two.
    assert isinstance(left, list) and len(left) == 2 and not set(pair) <= set(left)


def test_after_undoing_a_merge_the_group_that_came_back_is_chosen(make_window, where, qtbot):
    journal, _hans, _mueller = _journal(where)
    lena = _two_groups(journal)
    w = make_window(journal)
    seen: list[object] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of(lena[0]), 0))
        when_modal(lambda m: m.merge_button.click(), lambda d: isinstance(d, MergeDialog))
        dialog.merge_button.click()  # Lena Kurz's pair merged: Hans Müller's is chosen
        qtbot.waitUntil(lambda: len(dialog.model.rows) == 2)
        dialog.undo()
        index = dialog.table.currentIndex()
        seen.append(dialog.model.rows[index.row()][1])
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0] in lena  # (not Hans Müller's, the group now at the old place)


def _twins(journal) -> list[int]:
    """Two „Jürgen Bäcker · Fjordwerk UX · Kiel“, told apart only by their role."""
    ids = []
    for role in ("Karriereberater", "Leiter Vertrieb"):
        ids.append(create_contact(journal, person(
            "Jürgen", "Bäcker", organisation="Fjordwerk UX", city="Kiel", role=role,
            channels=[Channel("email", "juergen@fjordwerk.example")],
        )).value.id)  # fmt: skip
    return ids


def test_not_the_same_person_on_namesakes_fits_the_status_bar_at_800_pixels(
    language, make_window, where, qtbot
):
    """The status bar names the two by their names alone (the name once where both
    have it); the undo menu keeps what tells them apart (the role)."""
    journal = Journal.open(where.journal, backup_dir=where.backups)
    twins = _twins(journal)
    w = make_window(journal)
    w.resize(800, 600)
    seen: list[str] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        assert set(dialog.model.pair_at(dialog.table.currentIndex()) or ()) == set(twins)
        dialog.apart_button.click()
        seen.append(w.statusBar().currentMessage())
        seen.append(w.undo_stack.undoText())
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2)
    message, step = seen
    bar = w.statusBar()
    room = bar.contentsRect().width() - 2 * bar.style().pixelMetric(
        bar.style().PixelMetric.PM_LayoutHorizontalSpacing
    )
    assert bar.fontMetrics().horizontalAdvance(message) <= room, message
    assert message.count("Jürgen Bäcker") == 1, message
    assert "Karriereberater" not in message
    assert "Karriereberater" in step and "Leiter Vertrieb" in step  # (the undo menu: all)


def test_ctrl_z_in_the_list_says_what_it_undid_and_chooses_what_came_back(
    language, make_window, where, qtbot
):
    journal, hans, mueller = _journal(where)
    lena = _two_groups(journal)
    w = make_window(journal)
    seen: list[object] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of(lena[0]), 0))
        dialog.apart_button.click()  # Lena Kurz set apart: Hans Müller's pair is left
        seen.append(w.statusBar().currentMessage())
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen.append(w.statusBar().currentMessage())
        rows = dialog.table.selectionModel().selectedRows()
        seen.append({dialog.model.rows[i.row()][1] for i in rows})
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(seen) == 3)
    done, undone, chosen = seen
    what = {"de": "Zwei Kontakte namens Lena Kurz: nicht dieselbe Person",
            "en": "Two contacts named Lena Kurz: not the same person"}[language]  # fmt: skip
    assert what in str(done)
    assert undone == {"de": "Rückgängig gemacht: ", "en": "Undone: "}[language] + what
    assert chosen == set(lena)  # (the pair that came back, not Hans Müller's)
    assert {hans, mueller} <= {i for _g, i in DuplicatesModel(journal).rows}


@pytest.mark.parametrize("by", ["sync", "window"])
def test_a_person_deleted_elsewhere_while_the_list_is_open_leaves_it(make_window, where, qtbot, by):
    """A sync (its change set names whom) or another window (heard within seconds,
    not whom) deletes Hans Müller's second record: his pair leaves the list, not shown
    with empty cells until a reload; Lena Kurz's pair stays, chosen, every cell with a
    name."""
    journal, hans, mueller = _journal(where)
    lena = _two_groups(journal)
    w = make_window(journal)
    seen: list[object] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of(lena[0]), 0))
        if by == "sync":
            delete_contacts(journal, [mueller])  # (as a sync reports it: by id)
        else:
            other = Journal.open(where.journal)
            try:
                delete_contacts(other, [mueller])
            finally:
                other.close()
            assert w.external_changes.check()
        model = dialog.model
        seen.append(sorted(i for _g, i in model.rows))
        seen.append([str(model.data(model.index(r, 0))) for r in range(model.rowCount())])
        rows = dialog.table.selectionModel().selectedRows()
        seen.append({model.rows[i.row()][1] for i in rows})
        seen.append(dialog.count.text())
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(seen) == 4)
    listed, names, chosen, count = seen
    assert listed == sorted(lena) and hans not in listed
    assert all(n.startswith("Lena Kurz") for n in names)  # type: ignore[union-attr]
    assert chosen == set(lena)
    assert str(count).startswith("1 pair")


@pytest.mark.parametrize("button", ["merge", "apart"])
def test_merging_or_setting_apart_a_pair_whose_person_is_gone_says_so(
    make_window, where, qtbot, button
):
    """Another window deleted Hans Müller's second record before this list heard of
    it (it asks every few seconds): „Zusammenführen …“ and „Nicht dieselbe Person“
    say so, change nothing, and the pair leaves the list."""
    journal, hans, mueller = _journal(where)
    lena = _two_groups(journal)
    w = make_window(journal)
    w.external_changes.hold()  # (the other window's change not yet heard)
    seen: list[object] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        model = dialog.model
        dialog.table.setCurrentIndex(model.index(model.row_of(mueller), 0))
        other = Journal.open(where.journal)
        try:
            delete_contacts(other, [mueller])
        finally:
            other.close()
        said: list[str] = []
        when_modal(lambda m: (said.append(m.text()), m.accept()),
                   lambda d: isinstance(d, QMessageBox))  # fmt: skip
        (dialog.merge_button if button == "merge" else dialog.apart_button).click()
        seen.append(said[0] if said else "")
        seen.append(w.undo_stack.count())
        seen.append(sorted(i for _g, i in model.rows))
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(seen) == 3)
    message, steps, listed = seen
    assert str(message).startswith("Mueller, Hans is no longer in the journal"), message
    assert steps == 0
    assert listed == sorted(lena)
    assert contact_count(journal) == 5 and get_contact(journal, hans).id == hans
    assert [{p.low, p.high} for p in possible_duplicates(journal)] == [set(lena)]


def test_the_merge_question_counts_meeting_notes_not_a_contacts_own_notes(where, german):
    """Jonas merged the two Frieda Schwarz of his Google export: each had a note of her
    own („Sucht eine Freelancerin …“, „Doppelt aus dem Handy“), and the merge question
    said „keine Notizen“ under both — the count of meeting notes, read as „her notes are
    empty“ (or lost). It says „keine Gesprächsnotizen“, the app's word for them."""
    from netzjournal.store.duplicates import people_facts
    from netzjournal.ui.contacts.merge import facts_text

    journal = Journal.open(where.journal, backup_dir=where.backups)
    ids = [
        create_contact(journal, person("Frieda", "Schwarz", notes=text)).value.id
        for text in ("Sucht eine Freelancerin für Usability-Tests.", "Doppelt aus dem Handy")
    ]
    facts = people_facts(journal, ids)
    for contact_id in ids:
        shown = facts_text(facts[contact_id])
        assert "keine Gesprächsnotizen" in shown, shown
        assert "keine Notizen" not in shown, shown
    journal.close()


def test_a_person_archived_elsewhere_while_the_list_is_open_leaves_it(make_window, where, qtbot):
    """A sync archives Hans Müller's second record: the list offers no archived people,
    so his pair goes (before: it stayed until the list was read again)."""
    from netzjournal.store.contacts import set_archived

    journal, hans, mueller = _journal(where)
    lena = _two_groups(journal)
    w = make_window(journal)
    seen: list[object] = []

    def in_list(dialog: DuplicatesDialog) -> None:
        set_archived(journal, [mueller], True)  # (as a sync reports it: by id)
        seen.append(sorted(i for _g, i in dialog.model.rows))
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0] == sorted(lena) and hans not in seen[0]


@pytest.mark.parametrize("elsewhere", ["archived", "changed"])
def test_a_change_while_the_merge_question_is_open_is_not_passed_over(
    make_window, where, qtbot, elsewhere
):
    """While „Wen behalten?“ is open, a sync archives (or changes) one of the two: the
    merge that follows would run on what the question did not show. It says so and
    merges nothing (before: the change was passed over and the merge ran)."""
    from dataclasses import replace

    from netzjournal.store.contacts import existing, get_contact, set_archived, update_contact
    from netzjournal.store.merges import merged_into

    journal, hans, mueller = _journal(where)
    w = make_window(journal)
    said: list[str] = []

    def question(merge: MergeDialog) -> None:
        if elsewhere == "archived":
            set_archived(journal, [mueller], True)
        else:
            record = get_contact(journal, mueller)
            update_contact(journal, replace(record, city="Hamburg"))
        when_modal(lambda box: (said.append(box.text()), box.accept()),
                   lambda b: isinstance(b, QMessageBox))  # fmt: skip
        merge.merge_button.click()

    def in_list(dialog: DuplicatesDialog) -> None:
        dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of(hans), 0))
        when_modal(question, lambda d: isinstance(d, MergeDialog))
        dialog.merge_button.click()
        qtbot.waitUntil(lambda: len(said) == 1)
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=10_000)
    assert {"archived": "archived elsewhere", "changed": "changed elsewhere"}[elsewhere] in said[0]
    assert existing(journal, [hans, mueller]) == {hans, mueller}  # nothing merged
    assert merged_into(journal, mueller) is None and merged_into(journal, hans) is None


def test_a_person_archived_while_the_merge_question_is_open_leaves_the_list_on_cancel(
    make_window, where, qtbot
):
    """The question cancelled: what was heard while it was open is still heard (before:
    passed over, the archived person's pair stayed listed)."""
    from netzjournal.store.contacts import set_archived

    journal, hans, mueller = _journal(where)
    lena = _two_groups(journal)
    w = make_window(journal)
    seen: list[object] = []

    def question(merge: MergeDialog) -> None:
        set_archived(journal, [mueller], True)
        merge.reject()

    def in_list(dialog: DuplicatesDialog) -> None:
        dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of(hans), 0))
        when_modal(question, lambda d: isinstance(d, MergeDialog))
        dialog.merge_button.click()
        seen.append(sorted(i for _g, i in dialog.model.rows))
        dialog.reject()

    when_modal(in_list, lambda d: isinstance(d, DuplicatesDialog))
    w.actions_.find_duplicates.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    assert seen[0] == sorted(lena)
