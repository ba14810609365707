"""Several contacts selected (the session-33 walks): the actions for one person are off
while several are selected, and back as soon as one is — at each selection change, not
only when the Edit menu opens (Ctrl+E works without opening it). Archiving three selects
the row after the last of them, as for one person; undo selects the three again. The
page beside the list names what its archive link does."""

from __future__ import annotations

from conftest import person
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from uihelpers import answer, when_modal

from netzjournal.store.contacts import create_contact


def _people(w, names: list[str]) -> dict[str, int]:
    ids = {n: create_contact(w.journal, person(n, "Brandt")).value.id for n in names}
    w.contacts.reload()
    return ids


def _select(w, ids: list[int]) -> None:
    pane = w.contacts
    selection = pane.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.clearSelection()
    for cid in ids:
        index = pane.model.index(pane.model.row_for(cid), 0)
        selection.setCurrentIndex(index, flags)


def test_actions_for_one_person_follow_the_selection(make_window, qtbot):
    w = make_window()
    a = w.actions_
    ids = _people(w, ["Anna", "Bernd", "Cem", "Dora"])
    one_person = (a.edit_contact, a.show_all_data, a.delete_everywhere)
    _select(w, [ids["Anna"], ids["Bernd"], ids["Cem"]])
    assert [x.isEnabled() for x in one_person] == [False, False, False]
    # The list's own actions stay for several.
    assert a.archive_contact.isEnabled() and a.delete_contact.isEnabled()
    # Merging takes two: with three it was on and only explained on a click.
    assert not a.merge_contacts.isEnabled()
    w.contacts.select(ids["Dora"])  # one again: Ctrl+E works at once
    assert [x.isEnabled() for x in one_person] == [True, True, True]
    assert a.merge_contacts.isEnabled()  # (one: with whom, or the duplicates list)
    _select(w, [ids["Anna"], ids["Bernd"]])
    assert not a.edit_contact.isEnabled()
    assert a.merge_contacts.isEnabled()
    w.contacts.table.selectionModel().clearSelection()  # nobody: they would do nothing
    assert [x.isEnabled() for x in one_person] == [False, False, False]
    # Nor would archive and delete (the menus listed them enabled).
    assert not a.archive_contact.isEnabled() and not a.delete_contact.isEnabled()
    w.contacts.select(ids["Cem"])
    assert [x.isEnabled() for x in one_person] == [True, True, True]
    assert a.archive_contact.isEnabled() and a.delete_contact.isEnabled()


def test_archiving_three_selects_the_row_after_the_last_and_undo_brings_them_back(
    make_window, qtbot
):
    w = make_window()
    ids = _people(w, ["Anna", "Bernd", "Cem", "Dora", "Emil", "Frida"])
    three = [ids["Bernd"], ids["Cem"], ids["Dora"]]
    # Clicked from the last one up: the current row is Bernd's, the first of them.
    _select(w, list(reversed(three)))
    when_modal(answer(QMessageBox.StandardButton.Yes))
    w.actions_.archive_contact.trigger()
    w.contacts.refresher.flush()
    assert w.contacts.selected_ids() == [ids["Emil"]]
    assert w.contacts.detail.contact_id == ids["Emil"]
    w.undo_stack.undo()
    w.contacts.refresher.flush()
    assert sorted(w.contacts.selected_ids()) == sorted(three)
    assert w.contacts.detail.contact_id is None  # the page of several
    # The last rows archived: the row before them, as for one person.
    _select(w, [ids["Emil"], ids["Frida"]])
    when_modal(answer(QMessageBox.StandardButton.Yes))
    w.actions_.archive_contact.trigger()
    w.contacts.refresher.flush()
    assert w.contacts.selected_ids() == [ids["Dora"]]
    # Moved on since: the selection stays.
    w.contacts.select(ids["Anna"])
    w.undo_stack.undo()
    w.contacts.refresher.flush()
    assert w.contacts.selected_ids() == [ids["Anna"]]


def test_the_page_of_several_says_restore_when_they_are_archived(make_window, qtbot):
    w = make_window()
    ids = _people(w, ["Anna", "Bernd", "Cem"])
    _select(w, [ids["Anna"], ids["Bernd"]])
    page = w.contacts.detail.toPlainText()
    assert "Archive…" in page and "Restore" not in page
    when_modal(answer(QMessageBox.StandardButton.Yes))
    w.actions_.archive_contact.trigger()
    w.contacts.refresher.flush()
    w.contacts.archived.setChecked(True)
    w.contacts.refresher.flush()
    _select(w, [ids["Anna"], ids["Bernd"]])
    page = w.contacts.detail.toPlainText()
    assert "Restore from the archive" in page and "Archive…" not in page


def test_archiving_several_with_archived_shown_does_not_say_they_leave_the_list(make_window, qtbot):
    """With „Show archived“ ticked the question said "They leave the list …; “Show
    archived” brings them back" — they stay, in italics. It says so now; unticked,
    the question is as before."""
    w = make_window()
    ids = _people(w, ["Anna", "Bernd", "Cem"])
    asked: list[str] = []

    def read_and_cancel(box) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    w.contacts.archived.setChecked(True)
    _select(w, [ids["Anna"], ids["Bernd"]])
    when_modal(read_and_cancel)
    w.actions_.archive_contact.trigger()
    w.contacts.archived.setChecked(False)
    _select(w, [ids["Anna"], ids["Bernd"]])
    when_modal(read_and_cancel)
    w.actions_.archive_contact.trigger()
    shown_, hidden = asked
    assert "leave the list" not in shown_ and "stay in the list" in shown_
    assert "leave the list" in hidden


def test_a_mixed_selection_has_an_entry_for_each_part_and_each_is_undone(
    make_window, qtbot, language
):
    """Archived and not, selected together: the toggle no longer follows the first
    selected (restoring all when that one was archived). "Archive the 3 contacts not
    archived" archives the three that are not, "Restore the archived contact from the
    archive" the one that is (a bare "Restore contact …" beside four selected did not say
    which); each
    one undo step, after which the four are selected again. The page beside the list
    offers both."""
    from netzjournal.store.contacts import get_contact

    said = {
        "en": ("Archive the 3 contacts not archived…",
               "Restore the archived contact from the archive", "Archive…",
               "Restore from the archive", "Archive 2 contacts…"),
        "de": ("Die 3 nicht archivierten Kontakte archivieren …",
               "Den archivierten Kontakt aus dem Archiv zurückholen", "Archivieren …",
               "Aus dem Archiv zurückholen", "2 Kontakte archivieren …"),
    }[language]  # fmt: skip
    w = make_window()
    a = w.actions_
    ids = _people(w, ["Anna", "Bernd", "Cem", "Dora"])
    cem = ids["Cem"]
    w.contacts.archived.setChecked(True)
    from netzjournal.commands.contacts import ArchiveContacts

    ArchiveContacts(w.journal, [cem], True).do()
    w.contacts.refresher.flush()
    four = [cem, ids["Anna"], ids["Bernd"], ids["Dora"]]  # the archived one first
    _select(w, four)
    w.contacts.selection.name_actions()  # (as the Edit menu and the context menu open)
    assert a.archive_contact.text().replace("&", "") == said[0]
    assert a.restore_contacts.isVisible()
    assert a.restore_contacts.text().replace("&", "") == said[1]
    assert a.restore_contacts in w.contacts.selection.context_menu().actions()
    # The page's links say each part as the menu does (they said "Archive…" and
    # "Restore from the archive", as for a selection of one kind).
    page = w.contacts.detail.toPlainText()
    assert said[0] in page and said[1] in page
    assert said[2] not in page and said[3] not in page

    a.restore_contacts.trigger()
    w.contacts.refresher.flush()
    assert [get_contact(w.journal, i).archived for i in four] == [False] * 4
    w.contacts.undo_stack.undo()
    w.contacts.refresher.flush()
    assert [get_contact(w.journal, i).archived for i in four] == [True, False, False, False]
    assert sorted(w.contacts.selected_ids()) == sorted(four)

    when_modal(answer(QMessageBox.StandardButton.Yes))  # "Archive 3 contacts?"
    a.archive_contact.trigger()
    w.contacts.refresher.flush()
    assert [get_contact(w.journal, i).archived for i in four] == [True] * 4
    w.contacts.undo_stack.undo()
    w.contacts.refresher.flush()
    assert [get_contact(w.journal, i).archived for i in four] == [True, False, False, False]

    # One kind only: one entry, as before.
    _select(w, [ids["Anna"], ids["Bernd"]])
    w.contacts.selection.name_actions()
    assert not a.restore_contacts.isVisible()
    assert a.archive_contact.text().replace("&", "") == said[4]


def test_every_archive_entry_that_asks_first_ends_in_an_ellipsis(make_window, qtbot, language):
    """Archiving more than one asks first, one not: the Edit menu's entries and the
    page's links end in "…" exactly when they ask („Die 3 nicht archivierten Kontakte
    archivieren …“ asked without it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from netzjournal.commands.contacts import ArchiveContacts

    w = make_window()
    a = w.actions_
    ids = _people(w, ["Anna", "Bernd", "Cem", "Dora"])
    ArchiveContacts(w.journal, [ids["Cem"]], True).do()
    w.contacts.archived.setChecked(True)
    w.contacts.refresher.flush()
    asked: list[str] = []

    def refuse() -> None:  # every question answered No: nothing changes
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.text())
            box.reject()

    timer = QTimer(interval=20)
    timer.timeout.connect(refuse)
    timer.start()
    seen = []
    for names in (["Cem", "Anna", "Bernd", "Dora"], ["Cem", "Anna"], ["Anna", "Bernd"], ["Anna"]):
        _select(w, [ids[n] for n in names])
        w.contacts.selection.name_actions()
        page = w.contacts.detail.toPlainText()
        for action in (a.archive_contact, a.restore_contacts):
            if not action.isVisible() or not action.isEnabled():
                continue
            text = action.text().replace("&", "")
            before = len(asked)
            action.trigger()
            qtbot.wait(100)
            w.contacts.undo_stack.undo() if len(asked) == before else None
            w.contacts.refresher.flush()
            seen.append((text, text.endswith("…"), len(asked) > before))
            if names[0] == "Cem" and len(names) > 1:  # (a mixed selection's page: the same)
                assert text in page, (text, page)
    timer.stop()
    assert [s for s in seen if s[1] != s[2]] == []
    assert sum(s[2] for s in seen) == 2  # (the three not archived, the two)
