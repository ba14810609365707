"""Several contacts selected: the context menu (right click, Shift+F10), the Edit menu
and the page beside the list act on them all, one undo step each."""

from __future__ import annotations

from conftest import person
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QMessageBox, QWidget
from uihelpers import collect_message_boxes, type_text, when_modal, when_popup

from netzjournal.store.contacts import create_contact, get_contact, update_contact
from netzjournal.store.journal import Journal
from netzjournal.ui.main_window import CONTACTS


def _window(make_window, qtbot):  # type: ignore[no-untyped-def]
    w = make_window()
    ids = [
        create_contact(w.journal, person("Anna", "Schmidt", closeness=2, tags=["Kunden"])).value.id,
        create_contact(w.journal, person("Ben", "Ösel", closeness=4)).value.id,
        create_contact(w.journal, person("Chloé", "Baker", closeness=3, tags=["Golf"])).value.id,
        create_contact(w.journal, person("Dora", "Zeller", closeness=1)).value.id,
    ]
    w.show_view(CONTACTS)
    qtbot.waitUntil(lambda: all(w.contacts.model.row_for(i) is not None for i in ids))
    return w, ids


def _select(pane, ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    selection = pane.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for n, cid in enumerate(ids):
        index = pane.model.index(pane.model.row_for(cid), 0)
        if n == 0:
            selection.setCurrentIndex(index, flags)
        else:
            selection.select(index, flags)
    assert sorted(pane.selected_ids()) == sorted(ids)


def _texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _choose(menu: QMenu, *path: str) -> None:
    """Pick an entry by its text, through submenus (by key, as a person would)."""
    for step in path:
        action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(step))
        if action.menu() is not None:
            sub = action.menu()
            menu.setActiveAction(action)
            QTest.keyClick(menu, Qt.Key.Key_Right)
            assert isinstance(sub, QMenu)
            menu = sub
        else:
            menu.setActiveAction(action)
            QTest.keyClick(menu, Qt.Key.Key_Return)
            return


def test_right_click_sets_closeness_for_all_selected_in_one_undo_step(make_window, qtbot):
    w, ids = _window(make_window, qtbot)
    pane = w.contacts
    chosen = ids[:3]
    _select(pane, chosen)
    assert pane.detail.selected_count == 3
    assert "3 contacts selected" in pane.detail.toPlainText()
    heard: list[object] = []
    w.journal.subscribe(heard.append)
    seen_texts: list[list[str]] = []

    def pick(menu: QMenu) -> None:
        seen_texts.append(_texts(menu))
        _choose(menu, "Set closeness", "5")

    when_popup(pick)
    rect = pane.table.visualRect(pane.model.index(pane.model.row_for(ids[1]), 0))
    pane.table.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(lambda: get_contact(w.journal, ids[0]).closeness == 5)
    assert seen_texts and "Merge two contacts…" not in seen_texts[0]  # three: no merge
    assert [get_contact(w.journal, i).closeness for i in ids] == [5, 5, 5, 1]
    assert len(heard) == 1  # one transaction
    assert w.undo_stack.count() == 1
    assert w.undo_stack.undoText() == "Closeness 5 for 3 contacts"
    # Still selected, the page still about the three.
    assert sorted(pane.selected_ids()) == sorted(chosen)
    w.undo_stack.undo()
    assert [get_contact(w.journal, i).closeness for i in ids] == [2, 4, 3, 1]
    assert len(heard) == 2


def test_shift_f10_opens_the_menu_and_adds_a_tag_with_completion(make_window, qtbot):
    w, ids = _window(make_window, qtbot)
    pane = w.contacts
    _select(pane, ids[1:3])
    pane.table.setFocus()
    offered: list[list[str]] = []

    def pick(menu: QMenu) -> None:
        offered.append(_texts(menu))
        _choose(menu, "Add tag")

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog) and dialog.objectName() == "addTagDialog"
        field = dialog.findChild(QLineEdit, "tagName")
        completer = field.completer()
        assert completer is not None
        assert sorted(completer.model().stringList()) == ["Golf", "Kunden"]
        type_text(field, "Messe Köln")
        QTest.keyClick(field, Qt.Key.Key_Return)

    when_popup(pick)
    when_modal(name_it, lambda d: d.objectName() == "addTagDialog")
    QTest.keyClick(pane.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "Messe Köln" in get_contact(w.journal, ids[1]).tags)
    assert "Merge two contacts…" in offered[0]  # exactly two: merge offered
    assert get_contact(w.journal, ids[2]).tags == ["Golf", "Messe Köln"]
    assert get_contact(w.journal, ids[0]).tags == ["Kunden"]
    assert w.undo_stack.undoText() == "Tag 2 contacts with “Messe Köln”"
    # The list shows it (one refresh), and the tag filter offers it.
    qtbot.waitUntil(lambda: pane.tag.findData("Messe Köln") >= 0)
    w.undo_stack.undo()
    assert "Messe Köln" not in get_contact(w.journal, ids[1]).tags


def test_remove_tag_offers_the_selections_tags_from_the_edit_menu(make_window, qtbot):
    w, ids = _window(make_window, qtbot)
    pane = w.contacts
    _select(pane, [ids[0], ids[2], ids[3]])
    remove = pane.selection.remove_tag
    remove.aboutToShow.emit()
    assert _texts(remove) == ["Golf", "Kunden"]
    edit_menu = next(
        m for m in w.menuBar().findChildren(QMenu) if remove.menuAction() in m.actions()
    )
    assert pane.selection.closeness.menuAction() in edit_menu.actions()
    assert w.actions_.add_tag in edit_menu.actions()
    next(a for a in remove.actions() if a.text() == "Kunden").trigger()
    assert get_contact(w.journal, ids[0]).tags == []
    assert get_contact(w.journal, ids[2]).tags == ["Golf"]
    assert w.undo_stack.undoText() == "Remove tag “Kunden” from 3 contacts"
    w.undo_stack.undo()
    assert get_contact(w.journal, ids[0]).tags == ["Kunden"]


def test_archiving_several_asks_first_and_cancel_is_the_default(make_window, qtbot):
    w, ids = _window(make_window, qtbot)
    pane = w.contacts
    _select(pane, ids[:2])
    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        QTest.keyClick(box, Qt.Key.Key_Return)  # Enter: the default, Cancel

    when_modal(cancel, lambda d: d.objectName() == "confirmDestructive")
    w.actions_.archive_contact.trigger()
    assert asked and "Archive 2 contacts?" in asked[0]
    assert not any(get_contact(w.journal, i).archived for i in ids)

    def archive(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(archive, lambda d: d.objectName() == "confirmDestructive")
    w.actions_.archive_contact.trigger()
    assert [get_contact(w.journal, i).archived for i in ids] == [True, True, False, False]
    w.undo_stack.undo()
    assert not any(get_contact(w.journal, i).archived for i in ids)


def test_the_page_of_several_links_to_their_actions(make_window, qtbot):
    w, ids = _window(make_window, qtbot)
    pane = w.contacts
    _select(pane, ids[:2])
    html = pane.detail.toHtml()
    for what in ("closeness", "add_tag", "remove_tag", "archive", "merge", "delete"):
        assert f"selection:{what}" in html
    _select(pane, ids[:3])
    assert "selection:merge" not in pane.detail.toHtml()
    _select(pane, ids[:1])
    assert pane.detail.contact_id == ids[0] and pane.detail.selected_count == 0

    when_popup(lambda menu: _choose(menu, "2"))
    _select(pane, ids[2:])
    from PySide6.QtCore import QUrl

    pane.detail.anchorClicked.emit(QUrl("selection:closeness"))
    assert [get_contact(w.journal, i).closeness for i in ids[2:]] == [2, 2]


def test_a_real_right_click_on_a_row_outside_the_selection_acts_on_that_row(make_window, qtbot):
    """The press selects the row clicked (as in a file manager); the menu acts on it."""
    w, ids = _window(make_window, qtbot)
    pane = w.contacts
    _select(pane, ids[:2])
    when_popup(lambda menu: _choose(menu, "Set closeness", "4"))
    rect = pane.table.visualRect(pane.model.index(pane.model.row_for(ids[3]), 0))
    viewport = pane.table.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())  # fmt: skip
    assert pane.selected_ids() == [ids[3]]
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), viewport.mapToGlobal(rect.center())
    )
    QApplication.sendEvent(viewport, event)
    QTest.mouseRelease(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                       rect.center())  # fmt: skip
    assert [get_contact(w.journal, i).closeness for i in ids] == [2, 4, 3, 4]


def test_in_german_the_page_and_the_undo_step_count_the_contacts(german, make_window, qtbot):
    w, ids = _window(make_window, qtbot)
    pane = w.contacts
    _select(pane, ids[:3])
    assert pane.detail.toPlainText().startswith("3 Kontakte ausgewählt")
    assert "Nähe setzen …" in pane.detail.toPlainText()
    pane.selection.set_closeness(5)
    assert w.undo_stack.undoText() == "Nähe 5 für 3 Kontakte"
    assert pane.selection.closeness.title() == "&Nähe setzen"


def test_undo_is_refused_when_one_of_them_was_changed_elsewhere(make_window, qtbot):
    """As an edit's undo: the journal is left as it is, the step leaves the stack,
    and the window says why."""
    w, ids = _window(make_window, qtbot)
    pane = w.contacts
    _select(pane, ids[:3])
    pane.selection.set_closeness(5)
    other = Journal.open(w.journal.path)  # another window, its own connection
    try:
        ben = get_contact(other, ids[1])
        changed = get_contact(other, ids[1])
        changed.closeness = 1
        update_contact(other, changed, base=ben)
    finally:
        other.close()
    boxes = collect_message_boxes()
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(boxes))
    assert "cannot be undone" in boxes[0] and "Closeness 5 for 3 contacts" in boxes[0]
    assert [get_contact(w.journal, i).closeness for i in ids] == [5, 1, 5, 1]
    assert w.undo_stack.count() == 0


def test_the_closeness_they_share_is_ticked_and_none_when_they_differ(make_window, qtbot):
    w, ids = _window(make_window, qtbot)
    pane = w.contacts
    menu = pane.selection.closeness

    def ticked() -> list[int]:
        menu.aboutToShow.emit()
        return [a.data() for a in menu.actions() if a.isChecked()]

    _select(pane, ids[:2])
    assert ticked() == []  # 2 and 4
    pane.selection.set_closeness(3)
    assert ticked() == [3]
    _select(pane, [ids[3]])
    assert ticked() == [1]


def test_the_undo_step_names_one_person_and_counts_several(journal, qapp):
    from test_contact_batch import _people

    from netzjournal.commands.contact_batch import AddTag, SetCloseness
    from netzjournal.ui.texts import outcome_text

    ids = _people(journal)
    one = AddTag(journal, ids[:1], "50 %2 Rabatt").do()
    assert outcome_text(one) == "Tag Anna Schmidt with “50 %2 Rabatt”"
    several = SetCloseness(journal, ids, 4).do()
    assert outcome_text(several) == "Closeness 4 for 3 contacts"


def test_archive_and_delete_are_named_for_the_selection(make_window, qtbot, language):
    """With several selected the menus said „Kontakt archivieren …“ / „Kontakt löschen …“
    (the question named them all; the label was singular). The context menu and the Edit
    menu name what is selected, in plural forms of the translations, English too; the
    first selected archived: the toggle restores, and says so. The Alt letter stays."""
    from netzjournal.commands.contacts import ArchiveContacts
    from netzjournal.ui import mnemonics

    w, ids = _window(make_window, qtbot)
    pane, a = w.contacts, w.actions_
    edit_menu = next(m for m in w.menuBar().findChildren(QMenu) if a.delete_contact in m.actions())
    letters = mnemonics.marked(a.archive_contact.text()), mnemonics.marked(a.delete_contact.text())
    said = {
        "en": (["Archive 3 contacts…", "Delete 3 contacts…"],
               ["Archive contact", "Delete contact…"],
               ["Restore 2 contacts from the archive", "Delete 2 contacts…"]),
        "de": (["3 Kontakte archivieren …", "3 Kontakte löschen …"],
               ["Kontakt archivieren", "Kontakt löschen …"],
               ["2 Kontakte aus dem Archiv zurückholen", "2 Kontakte löschen …"]),
    }[language]  # fmt: skip

    def named() -> list[str]:
        return [t.replace("&", "") for t in (a.archive_contact.text(), a.delete_contact.text())]

    _select(pane, ids[:3])
    menu = pane.selection.context_menu()
    assert a.archive_contact in menu.actions() and named() == said[0]
    _select(pane, ids[:1])
    edit_menu.aboutToShow.emit()
    assert named() == said[1]
    assert (mnemonics.marked(a.archive_contact.text()),
            mnemonics.marked(a.delete_contact.text())) == letters  # fmt: skip
    ArchiveContacts(w.journal, ids[2:], True).do()
    pane.archived.setChecked(True)
    qtbot.waitUntil(lambda: all(pane.model.row_for(i) is not None for i in ids))
    _select(pane, ids[2:])
    edit_menu.aboutToShow.emit()
    assert named() == said[2]
    assert mnemonics.marked(a.archive_contact.text()) == letters[0]
    _select(pane, [])
    edit_menu.aboutToShow.emit()  # nothing selected: the general names, as the overview's
    overview = [
        a.archive_contact.property("overview_text"),
        a.delete_contact.property("overview_text"),
    ]
    assert named() == [t.replace("&", "") for t in overview]
